"""The run ledger: one JSON line per ingest run of a source, append-only.

It lives beside staging (``$LANDSCAPE_HOME/ledger/<source>.jsonl``), not inside it, so a failed run is
recorded even though its staging copy was thrown away. The build loads it into ``ops.runs`` and
``ops.ledger`` of the warehouse; ``landscape status`` reads it directly.
"""

from __future__ import annotations

import json
import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

STAGED = "staged"
UNCHANGED = "unchanged"
FAILED = "failed"


@dataclass
class RunRecord:
    run_id: str
    source: str
    started_at: str
    finished_at: str = ""
    status: str = ""
    changed: bool = False
    error: str | None = None
    datasets: dict[str, dict[str, Any]] = field(default_factory=dict)
    files: list[dict[str, Any]] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)

    @property
    def rows_in(self) -> int:
        return sum(int(f["rows_in"]) for f in self.files)

    @property
    def rows_staged(self) -> int:
        return sum(int(f["rows_staged"]) for f in self.files)

    @property
    def rows_quarantined(self) -> int:
        return sum(int(f["rows_quarantined"]) for f in self.files)


def ledger_path(home: Path, source: str) -> Path:
    return home / "ledger" / f"{source}.jsonl"


def append(home: Path, record: RunRecord) -> None:
    path = ledger_path(home, record.source)
    path.parent.mkdir(parents=True, exist_ok=True)
    line = json.dumps(record.__dict__, sort_keys=True, default=str) + "\n"
    with path.open("a", encoding="utf-8") as fh:
        fh.write(line)
        fh.flush()
        os.fsync(fh.fileno())


def read(home: Path, source: str) -> list[RunRecord]:
    path = ledger_path(home, source)
    if not path.exists():
        return []
    records = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.strip():
            records.append(RunRecord(**json.loads(line)))
    return records


def last_staged_sha(home: Path, source: str) -> dict[str, str]:
    """sha256 per dataset as last staged successfully (a failed run does not count)."""
    shas: dict[str, str] = {}
    for record in read(home, source):
        if record.status == STAGED:
            for key, info in record.datasets.items():
                if info.get("staged"):
                    shas[key] = info["sha256"]
    return shas

"""What `landscape status` reports: per source, the last run and how old its data is."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from extractors import registry
from landscape import ledger
from landscape.settings import Settings

COLUMNS = (
    "source",
    "last_run",
    "status",
    "finished",
    "changed",
    "rows_in",
    "rows_staged",
    "rows_quarantined",
    "data_fetched",
    "data_age",
    "last_error",
)


def _age(iso: str | None, now: datetime) -> str:
    if not iso:
        return ""
    seconds = int((now - datetime.fromisoformat(iso)).total_seconds())
    days, rest = divmod(seconds, 86400)
    hours, rest = divmod(rest, 3600)
    return f"{days}d {hours}h" if days else f"{hours}h {rest // 60}m"


def source_rows(settings: Settings) -> list[tuple[Any, ...]]:
    now = datetime.now(UTC)
    rows: list[tuple[Any, ...]] = []
    for name in registry.names():
        runs = ledger.read(settings.home, name)
        if not runs:
            rows.append((name, "never", "", "", "", "", "", "", "", "", ""))
            continue
        last = runs[-1]
        staged = [r for r in runs if r.status == ledger.STAGED]
        counted = staged[-1] if staged else last
        fetched = max(
            (d.get("fetched_at") or "" for r in staged for d in r.datasets.values() if d.get("staged")), default=""
        )
        failures = [r for r in runs if r.status == ledger.FAILED]
        last_error = failures[-1].error if failures and failures[-1] is last else ""
        rows.append(
            (
                name,
                last.run_id,
                last.status,
                last.finished_at,
                last.changed,
                counted.rows_in,
                counted.rows_staged,
                counted.rows_quarantined,
                fetched,
                _age(fetched, now),
                last_error,
            )
        )
    return rows

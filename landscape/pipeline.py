"""The pipeline's steps as plain functions: what the Airflow tasks and the CLI both call.

``ingest`` fetches one source into the raw archive and, when something changed, stages it;
``build`` turns all staging into a new warehouse file, audits it and publishes it atomically;
``release`` exports the published warehouse for downstream observatories.
"""

from __future__ import annotations

import hashlib
import logging
import secrets
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime

from extractors import registry
from extractors.archive import RawDocument
from extractors.errors import LayoutChanged
from landscape import ledger
from landscape.settings import Settings

log = logging.getLogger("landscape.pipeline")

ProgressFactory = Callable[[str], Callable[[int, int | None], None] | None]


def new_run_id(prefix: str) -> str:
    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%SZ")
    return f"{prefix}-{stamp}-{secrets.token_hex(3)}"


def now_iso() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


@dataclass(frozen=True)
class IngestResult:
    run_id: str
    source: str
    status: str
    changed: bool
    rows_in: int
    rows_staged: int
    rows_quarantined: int
    datasets: dict[str, dict[str, object]]

    def as_event_extra(self) -> dict[str, object]:
        """What the staging Asset event carries downstream (small, JSON-serialisable)."""
        return {
            "run_id": self.run_id,
            "source": self.source,
            "changed": self.changed,
            "rows_in": self.rows_in,
            "rows_staged": self.rows_staged,
            "rows_quarantined": self.rows_quarantined,
            "sha256": {k: v["sha256"] for k, v in self.datasets.items()},
        }


def _dataset_info(doc: RawDocument, staged: bool) -> dict[str, object]:
    return {
        "url": doc.url,
        "sha256": doc.sha256,
        "bytes": doc.bytes,
        "status": doc.status,
        "etag": doc.etag,
        "last_modified": doc.last_modified,
        "fetched_at": doc.fetched_at,
        "changed": doc.changed,
        "staged": staged,
    }


def fetch_source(
    name: str, settings: Settings, *, offline: bool = False, progress: ProgressFactory | None = None
) -> dict[str, RawDocument]:
    """Download or revalidate every file of a source into the raw archive."""
    from extractors.http import HttpClient

    module = registry.module(name)
    meta = registry.meta(name)
    with HttpClient.for_source(name, settings, offline=offline, respect_robots=meta.scraped) as client:
        docs: dict[str, RawDocument] = module.fetch(client, settings.base_url(name, meta.default_base_url), progress)
    return docs


def ingest(
    name: str,
    settings: Settings,
    *,
    run_id: str | None = None,
    restage: bool = False,
    offline: bool = False,
    progress: ProgressFactory | None = None,
) -> IngestResult:
    """Fetch a source and stage what changed. Raises SourceUnusable (after logging the run) on failure."""
    run = new_run(name, run_id)
    with failures_recorded(settings, run):
        docs = fetch_source(name, settings, offline=offline, progress=progress)
        return stage_documents(name, settings, run, docs, restage=restage)


def new_run(name: str, run_id: str | None = None) -> ledger.RunRecord:
    return ledger.RunRecord(run_id=run_id or new_run_id(name), source=name, started_at=now_iso())


@contextmanager
def failures_recorded(settings: Settings, run: ledger.RunRecord) -> Iterator[None]:
    """A failed run (unusable source or any other error) goes to the ledger, then is raised again."""
    try:
        yield
    except Exception as exc:
        # Not swallowed: recorded so `landscape status` shows it, then raised again.
        run.status, run.error, run.finished_at = ledger.FAILED, f"{type(exc).__name__}: {exc}", now_iso()
        ledger.append(settings.home, run)
        log.error("source %s failed, last good staging kept: %s", run.source, exc)
        raise


def stage_documents(
    name: str, settings: Settings, run: ledger.RunRecord, docs: dict[str, RawDocument], *, restage: bool
) -> IngestResult:
    from warehouse.stage import reset_for_restage
    from warehouse.staging_store import open_for_write, staging_path

    module = registry.module(name)
    meta = registry.meta(name)
    previous = {} if restage else ledger.last_staged_sha(settings.home, name)
    if not staging_path(settings.staging_dir, name).exists():
        previous = {}
    if restage and meta.incremental:
        # Restaging drops the staging tables: rebuild them from every page ever fetched, not just this run's.
        from extractors.archive import RawArchive

        docs = {**module.archived_documents(RawArchive(settings.raw_dir, name)), **docs}
    if meta.stage_as_whole:
        combined = whole_fingerprint(docs)
        todo = docs if previous.get(WHOLE) != combined["sha256"] else {}
        run.datasets = {WHOLE: {**combined, "staged": bool(todo)}}
    else:
        todo = {key: doc for key, doc in docs.items() if previous.get(key) != doc.sha256}
        run.datasets = {key: _dataset_info(doc, key in todo) for key, doc in docs.items()}
    if todo:
        with open_for_write(settings.staging_dir, name, run.run_id, settings.duckdb_memory_limit) as con:
            if restage:
                reset_for_restage(con, module.ENTITIES)
            ledgers = module.stage(con, todo, run.run_id, settings=settings)
            _check_quarantine_share(name, settings.max_quarantine_share(name, meta.max_quarantine_share), ledgers)
        run.files = [entry.as_dict() for entry in ledgers]
        run.warnings = [f"{e.source_file}: new column {c!r}" for e in ledgers for c in e.new_columns]
    run.changed = bool(todo)
    run.status = ledger.STAGED if todo else ledger.UNCHANGED
    run.finished_at = now_iso()
    ledger.append(settings.home, run)
    return IngestResult(
        run.run_id, name, run.status, run.changed, run.rows_in, run.rows_staged, run.rows_quarantined, run.datasets
    )


WHOLE = "all"


def whole_fingerprint(docs: dict[str, RawDocument]) -> dict[str, object]:
    """One sha256 for a set of documents (keys and bodies), for sources staged as a whole."""
    digest = hashlib.sha256()
    for key in sorted(docs):
        digest.update(f"{key}\t{docs[key].sha256}\n".encode())
    fetched = [doc.fetched_at for doc in docs.values()]
    return {
        "sha256": digest.hexdigest(),
        "documents": len(docs),
        "bytes": sum(doc.bytes for doc in docs.values()),
        "changed_documents": sum(1 for doc in docs.values() if doc.changed),
        "fetched_at": max(fetched) if fetched else None,
    }


def _check_quarantine_share(name: str, limit: float, ledgers: list) -> None:
    for entry in ledgers:
        if entry.rows_in and entry.rows_quarantined / entry.rows_in > limit:
            raise LayoutChanged(
                f"{name}/{entry.dataset} {entry.source_file}: {entry.rows_quarantined} of {entry.rows_in} rows "
                f"quarantined (more than {limit:.0%}); the layout probably changed, staging left as it was"
            )

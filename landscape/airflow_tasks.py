"""Task bodies for the DAGs: thin wrappers that turn pipeline results into small XCom/asset payloads."""

from __future__ import annotations

import re
from dataclasses import asdict
from pathlib import Path
from typing import Any

from extractors.archive import RawDocument
from landscape.settings import Settings


def _doc_to_dict(doc: RawDocument) -> dict[str, Any]:
    data = asdict(doc)
    data["path"] = str(doc.path)
    return data


def _doc_from_dict(data: dict[str, Any]) -> RawDocument:
    return RawDocument(**{**data, "path": Path(data["path"])})


def ledger_run_id(name: str, airflow_run_id: str) -> str:
    """The ledger's run id for an Airflow run, so staging provenance joins back to the DAG run."""
    return f"{name}-" + re.sub(r"[^A-Za-z0-9_.-]+", "_", airflow_run_id)


def fetch_task(name: str, airflow_run_id: str) -> dict[str, dict[str, Any]]:
    from landscape.pipeline import failures_recorded, fetch_source, new_run

    settings = Settings.from_env()
    with failures_recorded(settings, new_run(name, ledger_run_id(name, airflow_run_id))):
        docs = fetch_source(name, settings)
    return {key: _doc_to_dict(doc) for key, doc in docs.items()}


def stage_task(name: str, docs: dict[str, dict[str, Any]], run_id: str) -> dict[str, Any]:
    from landscape.pipeline import failures_recorded, new_run, stage_documents

    settings = Settings.from_env()
    run = new_run(name, ledger_run_id(name, run_id))
    with failures_recorded(settings, run):
        result = stage_documents(name, settings, run, {k: _doc_from_dict(v) for k, v in docs.items()}, restage=False)
    extra = result.as_event_extra()
    extra["airflow_run_id"] = run_id
    return extra


def build_task(run_id: str) -> dict[str, Any]:
    from warehouse.build import build

    result = build(Settings.from_env())
    return {
        "build_id": result.build_id,
        "airflow_run_id": run_id,
        "sources": result.sources,
        "tables": result.tables,
        "seconds": round(result.seconds, 2),
    }


def release_task() -> dict[str, Any]:
    from landscape.release import make_release

    release = make_release(Settings.from_env())
    return {
        "release_id": release.release_id,
        "path": str(release.path),
        "created": release.created,
        "fingerprint": release.fingerprint,
    }

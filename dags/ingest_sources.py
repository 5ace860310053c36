"""One ingest DAG per registered source: fetch → stage → announce the staging asset.

Generated from ``extractors.registry``; adding a source adds its DAG here without editing this file.
The announce task is skipped when nothing changed (304 or the same sha256), so no asset event is
emitted and the build DAG is not woken up for nothing.
"""

from __future__ import annotations

from datetime import timedelta
from typing import Any

import pendulum
from airflow.sdk import ExceptionRetryPolicy, RetryAction, RetryRule, dag, task

from extractors import registry
from landscape.assets import STAGING

# Auth refused, file gone or layout changed will not heal by retrying; network trouble might.
PERMANENT = ExceptionRetryPolicy(
    rules=[
        RetryRule(exception="extractors.errors.HttpAuthError", action=RetryAction.FAIL, reason="credentials refused"),
        RetryRule(exception="extractors.errors.HttpNotFound", action=RetryAction.FAIL, reason="file gone"),
        RetryRule(exception="extractors.errors.LayoutChanged", action=RetryAction.FAIL, reason="layout changed"),
        RetryRule(exception="extractors.errors.RobotsDisallowed", action=RetryAction.FAIL, reason="robots.txt"),
    ]
)

DEFAULT_ARGS: dict[str, Any] = {
    "owner": "cluster-landscape",
    "retries": 2,
    "retry_delay": timedelta(minutes=5),
    "retry_exponential_backoff": 2.0,
    "max_retry_delay": timedelta(hours=1),
}


def _doc_md(name: str) -> str:
    meta = registry.meta(name)
    files = "\n".join(f"- `{d.filename}`: {d.title}" for d in meta.datasets)
    return (
        f"### Ingest {meta.title}\n\nPublisher: {meta.publisher}. Licence: {meta.licence}.\n\n"
        f"Fetches (conditional GET, archived by sha256):\n{files}\n\n"
        f"Stages changed files into `staging/{name}.duckdb` and announces asset `{STAGING[name].uri}`. "
        f"Base URL: `LANDSCAPE_{name.upper()}_BASE_URL`."
    )


def make_ingest_dag(name: str) -> Any:
    meta = registry.meta(name)
    asset = STAGING[name]

    @dag(
        dag_id=f"ingest__{name}",
        schedule=meta.schedule,
        start_date=pendulum.datetime(2026, 1, 1, tz="UTC"),
        catchup=False,
        max_active_runs=1,
        default_args=DEFAULT_ARGS,
        tags=["landscape", "ingest", *meta.tags],
        doc_md=_doc_md(name),
    )
    def ingest_dag() -> None:
        @task(retry_policy=PERMANENT)
        def fetch(**context: Any) -> dict[str, dict[str, Any]]:
            from landscape.airflow_tasks import fetch_task

            return fetch_task(name, context["run_id"])

        @task(retry_policy=PERMANENT)
        def stage(docs: dict[str, dict[str, Any]], **context: Any) -> dict[str, Any]:
            from landscape.airflow_tasks import stage_task

            return stage_task(name, docs, context["run_id"])

        @task(outlets=[asset])
        def announce(result: dict[str, Any], *, outlet_events: Any = None) -> dict[str, Any]:
            from airflow.sdk.exceptions import AirflowSkipException

            if not result["changed"]:
                raise AirflowSkipException(f"{name} unchanged: no staging event")
            outlet_events[asset].extra = result
            return result

        announce(stage(fetch()))

    return ingest_dag()


for _name in registry.names():
    globals()[f"ingest__{_name}"] = make_ingest_dag(_name)

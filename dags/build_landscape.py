"""Build the warehouse whenever any source's staging changed, then release when the warehouse changed.

``build_landscape`` runs write → audit → publish (a failed audit leaves the published warehouse
untouched and fails the run loudly). ``release_landscape`` exports the published warehouse as a
versioned release; observatories can subscribe to the ``release`` asset.
"""

from __future__ import annotations

from datetime import timedelta
from typing import Any

import pendulum
from airflow.sdk import AssetAny, dag, task

from landscape.assets import RELEASE, STAGING, WAREHOUSE

DEFAULT_ARGS: dict[str, Any] = {"owner": "cluster-landscape", "retries": 1, "retry_delay": timedelta(minutes=2)}


@dag(
    dag_id="build_landscape",
    schedule=AssetAny(*STAGING.values()),
    start_date=pendulum.datetime(2026, 1, 1, tz="UTC"),
    catchup=False,
    max_active_runs=1,  # one writer of the warehouse at a time
    default_args=DEFAULT_ARGS,
    tags=["landscape", "build"],
    doc_md=__doc__,
)
def build_landscape() -> None:
    @task(outlets=[WAREHOUSE])
    def build(*, triggering_asset_events: Any = None, outlet_events: Any = None, **context: Any) -> dict[str, Any]:
        from landscape.airflow_tasks import build_task

        result = build_task(context["run_id"])
        outlet_events[WAREHOUSE].extra = result
        return result

    build()


@dag(
    dag_id="release_landscape",
    schedule=[WAREHOUSE],
    start_date=pendulum.datetime(2026, 1, 1, tz="UTC"),
    catchup=False,
    max_active_runs=1,
    default_args=DEFAULT_ARGS,
    tags=["landscape", "release"],
    doc_md=__doc__,
)
def release_landscape() -> None:
    @task(outlets=[RELEASE])
    def release(*, outlet_events: Any = None) -> dict[str, Any]:
        from landscape.airflow_tasks import release_task

        result = release_task()
        outlet_events[RELEASE].extra = result
        return result

    release()


build_landscape()
release_landscape()

"""DAG integrity and full in-process runs of the ingest and build DAGs on the offline snapshot."""

from __future__ import annotations

import os
from pathlib import Path

import duckdb
import pytest

from extractors import registry
from landscape import ledger

pytestmark = pytest.mark.airflow


@pytest.fixture(scope="module")
def airflow_db() -> None:
    from airflow.utils import db

    db.resetdb()


@pytest.fixture(scope="module")
def dagbag(airflow_db: None):  # type: ignore[no-untyped-def]
    from airflow.dag_processing.dagbag import DagBag

    return DagBag(dag_folder=os.environ["AIRFLOW__CORE__DAGS_FOLDER"])


def test_dags_import_cleanly_and_one_ingest_dag_per_source(dagbag) -> None:  # type: ignore[no-untyped-def]
    assert dagbag.import_errors == {}
    expected = {f"ingest__{n}" for n in registry.names()} | {"build_landscape", "release_landscape"}
    assert expected <= set(dagbag.dag_ids)
    for dag_id in expected:
        dag = dagbag.dags[dag_id]
        assert "landscape" in dag.tags and dag.doc_md, dag_id
        assert all(t.retries >= 1 for t in dag.tasks), dag_id


def test_build_and_release_dags_are_scheduled_on_assets(dagbag) -> None:  # type: ignore[no-untyped-def]
    from landscape.assets import STAGING

    condition = dagbag.dags["build_landscape"].timetable.asset_condition
    assert {a.uri for a in condition.objects} == {a.uri for a in STAGING.values()}
    release = dagbag.dags["release_landscape"].timetable.asset_condition
    assert [a.uri for a in release.objects] == ["landscape://warehouse/landscape"]


def test_ingest_then_build_with_dag_test(dagbag, served_snapshot, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    settings = served_snapshot
    for key, value in (settings.env or {}).items():
        if key.startswith("LANDSCAPE_"):
            monkeypatch.setenv(key, value)
    ingest = dagbag.dags["ingest__cordis"]
    run = ingest.test()
    assert run.state == "success"
    states = {ti.task_id: ti.state for ti in run.get_task_instances()}
    assert states == {"fetch": "success", "stage": "success", "announce": "success"}
    runs = ledger.read(settings.home, "cordis")
    assert runs[-1].status == ledger.STAGED and runs[-1].rows_staged > 0
    assert runs[-1].run_id.startswith("cordis-") and run.run_id.split("__")[0] in runs[-1].run_id

    again = ingest.test()
    assert again.state == "success"
    states = {ti.task_id: ti.state for ti in again.get_task_instances()}
    assert states["announce"] == "skipped", "an unchanged source must not emit a staging event"
    assert ledger.read(settings.home, "cordis")[-1].status == ledger.UNCHANGED

    build = dagbag.dags["build_landscape"].test()
    assert build.state == "success"
    con = duckdb.connect(str(Path(settings.home) / "landscape.duckdb"), read_only=True)
    try:
        projects = con.execute("select count(*) from core.projects").fetchall()[0][0]
    finally:
        con.close()
    assert projects == sum(f["rows_staged"] for f in runs[-1].files if f["entity"] == "project") > 0
    release = dagbag.dags["release_landscape"].test()
    assert release.state == "success"
    assert (Path(settings.home) / "releases" / "LATEST").exists()


def test_dag_files_parse_without_heavy_imports(tmp_path: Path) -> None:
    # The scheduler parses DAG files again and again: data libraries belong inside tasks.
    import subprocess
    import sys

    code = (
        "import sys, runpy\n"
        "for f in ('dags/ingest_sources.py', 'dags/build_landscape.py'): runpy.run_path(f)\n"
        "print('HEAVY=' + ','.join(m for m in ('duckdb', 'pandas', 'pandera', 'great_expectations', 'pyarrow') "
        "if m in sys.modules))\n"
    )
    env = {**os.environ, "AIRFLOW_HOME": str(tmp_path)}
    repo = Path(__file__).resolve().parents[1]
    out = subprocess.run([sys.executable, "-c", code], cwd=repo, env=env, capture_output=True, text=True, check=True)
    heavy = [line for line in out.stdout.splitlines() if line.startswith("HEAVY=")]
    assert heavy == ["HEAVY="], out.stdout

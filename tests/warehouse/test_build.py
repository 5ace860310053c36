"""Write → audit → publish: readers never blocked, failed builds never published."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import duckdb
import pytest

from extractors import registry
from landscape.pipeline import ingest
from tests.conftest import Served
from warehouse.build import AuditFailed, build

READER = r"""
import duckdb, json, sys, time, pathlib
path, stop, mode = sys.argv[1], pathlib.Path(sys.argv[2]), sys.argv[3]
errors, builds, queries = [], set(), 0
# "hold": an analyst's session left open all along; "reopen": a dashboard connecting per query.
held = duckdb.connect(path, read_only=True) if mode == "hold" else None
print("ready", flush=True)
while not stop.exists():
    try:
        con = held or duckdb.connect(path, read_only=True)
        builds.add(con.execute("select build_id from ops.builds").fetchall()[0][0])
        con.execute("select count(*) from core.projects join core.participations using (project_key)").fetchall()
        if held is None:
            con.close()
        queries += 1
    except Exception as exc:
        errors.append(repr(exc))
    time.sleep(0.01)
print(json.dumps({"errors": errors, "builds": sorted(builds), "queries": queries}))
"""


def _build_id(path: Path) -> str:
    con = duckdb.connect(str(path), read_only=True)
    try:
        return str(con.execute("select build_id from ops.builds").fetchall()[0][0])
    finally:
        con.close()


def test_readers_keep_querying_while_a_refresh_publishes(served: Served, tmp_path: Path) -> None:
    ingest("cordis", served.settings)
    first = build(served.settings, with_gx=False)
    stop = tmp_path / "stop"
    readers = {
        mode: subprocess.Popen(
            [sys.executable, "-c", READER, str(first.warehouse), str(stop), mode], stdout=subprocess.PIPE, text=True
        )
        for mode in ("hold", "reopen")
    }
    for reader in readers.values():
        assert reader.stdout is not None and reader.stdout.readline().strip() == "ready"
    second = build(served.settings, with_gx=False)
    time.sleep(0.5)
    stop.touch()
    reports = {mode: json.loads(r.communicate(timeout=30)[0].strip().splitlines()[-1]) for mode, r in readers.items()}
    for report in reports.values():
        assert report["errors"] == []
        assert report["queries"] > 5
    assert reports["hold"]["builds"] == [first.build_id], "an open session keeps the version it opened"
    assert second.build_id in reports["reopen"]["builds"], "new connections see the newly published build"
    assert _build_id(served.settings.warehouse_path) == second.build_id


def test_failed_audit_keeps_the_previous_warehouse(served: Served, monkeypatch: pytest.MonkeyPatch) -> None:
    ingest("cordis", served.settings)
    first = build(served.settings, with_gx=False)
    meta = registry.meta("cordis")
    monkeypatch.setitem(meta.expected_rows, "project", (10**9, 10**10))
    with pytest.raises(AuditFailed, match=r"cordis\.project\.rows") as err:
        build(served.settings, with_gx=False)
    assert err.value.kept_at.exists(), "the rejected build is kept for inspection"
    assert _build_id(served.settings.warehouse_path) == first.build_id


def test_killed_build_leaves_the_previous_warehouse(served: Served) -> None:
    ingest("cordis", served.settings)
    first = build(served.settings, with_gx=False)
    env = {**os.environ, **(served.settings.env or {})}
    code = "from landscape.settings import Settings; from warehouse.build import build; build(Settings.from_env())"
    proc = subprocess.Popen([sys.executable, "-c", code], env=env)
    deadline = time.monotonic() + 30
    # Kill it once its new file exists, i.e. mid-build.
    while not list(served.settings.home.glob(".landscape.*.building.duckdb")) and time.monotonic() < deadline:
        time.sleep(0.005)
    proc.send_signal(signal.SIGKILL)
    proc.wait(timeout=30)
    assert proc.returncode == -signal.SIGKILL
    assert _build_id(served.settings.warehouse_path) == first.build_id
    con = duckdb.connect(str(served.settings.warehouse_path), read_only=True)
    assert con.execute("select count(*) from core.projects").fetchall()[0][0] == first.tables["core.projects"]


def test_warehouse_documents_itself_and_passes_its_audits(served: Served) -> None:
    ingest("cordis", served.settings)
    result = build(served.settings, with_gx=True)
    kinds = {a.kind for a in result.audits}
    assert {"sql", "expectation", "pandera", "great_expectations"} <= kinds
    assert all(a.passed for a in result.audits)
    con = duckdb.connect(str(result.warehouse), read_only=True)
    undocumented = con.execute(
        "select schema_name || '.' || table_name from duckdb_tables() "
        "where schema_name in ('staging', 'core', 'marts', 'ops') and comment is null"
    ).fetchall()
    assert undocumented == []
    staged_cols = con.execute(
        "select count(*), count(comment) from duckdb_columns() where schema_name = 'staging'"
    ).fetchall()[0]
    assert staged_cols[0] == staged_cols[1]
    # Ledger and quarantine travel into the warehouse; the accounting holds there too.
    bad = con.execute("select * from ops.ledger where rows_in <> rows_staged + rows_quarantined").fetchall()
    assert bad == []
    assert con.execute("select count(*) from ops.quarantine").fetchall()[0][0] > 0
    # The funding mart reconciles with core to the cent.
    core_total, mart_total = con.execute(
        "select (select sum(ec_contribution) from core.participations), "
        "(select sum(ec_contribution_eur) from marts.region_funding where level = 'country')"
    ).fetchall()[0]
    assert core_total == mart_total


def test_canonical_ids_are_hashes_of_source_keys_not_row_order(served: Served) -> None:
    import hashlib

    ingest("cordis", served.settings)
    first = build(served.settings, with_gx=False)
    con = duckdb.connect(str(first.warehouse), read_only=True)
    rows = con.execute("select project_id, project_key from core.projects order by project_id limit 50").fetchall()
    orgs = con.execute("select pic, organisation_key from core.organisations where pic is not null limit 50").fetchall()
    con.close()
    for project_id, key in rows:
        assert key == "proj_" + hashlib.sha256(f"cordis|{project_id}".encode()).hexdigest()[:16]
    for pic, key in orgs:
        assert key == "org_" + hashlib.sha256(f"cordis-pic|{pic}".encode()).hexdigest()[:16]
    # Re-staging the same files in another order of runs gives the same ids.
    ingest("cordis", served.settings, restage=True, offline=True)
    second = build(served.settings, with_gx=False)
    con = duckdb.connect(str(second.warehouse), read_only=True)
    again = con.execute("select project_id, project_key from core.projects order by project_id limit 50").fetchall()
    con.close()
    assert again == rows


def test_a_published_source_whose_staging_vanished_blocks_the_publish(served: Served) -> None:
    from warehouse.build import NothingToBuild
    from warehouse.staging_store import staging_path

    ingest("cordis", served.settings)
    first = build(served.settings, with_gx=False)
    staged = staging_path(served.settings.staging_dir, "cordis")
    staged.rename(staged.with_suffix(".away"))
    with pytest.raises(NothingToBuild):
        build(served.settings, with_gx=False)
    assert _build_id(served.settings.warehouse_path) == first.build_id
    from warehouse.build import _sources_still_present

    missing = _sources_still_present(served.settings, [])
    assert [a.name for a in missing] == ["cordis.staging_present"] and not missing[0].passed


def test_every_core_mart_and_ops_column_is_documented(served: Served) -> None:
    ingest("cordis", served.settings)
    result = build(served.settings, with_gx=False)
    con = duckdb.connect(str(result.warehouse), read_only=True)
    missing = con.execute(
        "select schema_name || '.' || table_name || '.' || column_name from duckdb_columns() "
        "where schema_name in ('core', 'marts', 'ops') and comment is null order by 1"
    ).fetchall()
    assert missing == []

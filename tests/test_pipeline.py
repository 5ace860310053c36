"""Ingest over loopback HTTP: every record staged or quarantined, change detection, loud failures."""

from __future__ import annotations

import json
import zipfile
from pathlib import Path

import duckdb
import pytest

from extractors.errors import HttpAuthError, HttpNotFound, LayoutChanged
from landscape import ledger
from landscape.pipeline import ingest
from landscape.snapshot.server import ScriptedResponse
from tests.conftest import Served
from warehouse.build import build
from warehouse.staging_store import staging_path

ZIPS = {
    "HORIZON": "cordis-HORIZONprojects-csv.zip",
    "H2020": "cordis-h2020projects-csv.zip",
    "FP7": "cordis-fp7projects-csv.zip",
}
MEMBER_ENTITY = {"project.csv": "project", "organization.csv": "participation", "euroSciVoc.csv": "field_of_science"}


def staging(served: Served) -> duckdb.DuckDBPyConnection:
    return duckdb.connect(str(staging_path(served.settings.staging_dir, "cordis")), read_only=True)


def truth_members(truth: dict) -> dict[tuple[str, str], dict]:
    out = {}
    for zip_info in truth["zips"].values():
        for member, info in zip_info["members"].items():
            if Path(member).name in MEMBER_ENTITY:
                out[(zip_info["programme"], Path(member).name)] = info
    return out


def test_every_record_is_staged_or_quarantined(served: Served, truth: dict) -> None:
    result = ingest("cordis", served.settings)
    assert result.status == ledger.STAGED and result.changed
    files = {(f["dataset"], f["source_file"]): f for f in ledger.read(served.settings.home, "cordis")[-1].files}
    assert len(files) == 9
    for key, info in truth_members(truth).items():
        entry = files[key]
        assert entry["rows_in"] == entry["rows_staged"] + entry["rows_quarantined"], key
        assert entry["rows_staged"] == info["records"] - len(info["bad"]), key
        assert entry["rows_quarantined"] >= len(info["bad"]), key


def test_bad_records_are_quarantined_at_their_line_with_a_reason(served: Served, truth: dict) -> None:
    ingest("cordis", served.settings)
    con = staging(served)
    rows = con.execute("select dataset, source_file, line, reason_code, detail, raw_record from quarantine").fetchall()
    by_place = {(d, f, line): (reason, detail, raw) for d, f, line, reason, detail, raw in rows}
    expected_reason = {
        "broken_quoting": {"malformed_csv"},
        "extra_column": {"malformed_csv"},
        "bad_value": {"unparseable_value", "schema_violation"},
    }
    checked = 0
    for (programme, member), info in truth_members(truth).items():
        for bad in info["bad"]:
            found = by_place.get((programme, member, bad["line"]))
            assert found, f"{programme}/{member} line {bad['line']} ({bad['kind']}) not quarantined"
            assert found[0] in expected_reason[bad["kind"]], (bad, found)
            assert found[1] and found[2], "reason detail and raw record are kept"
            checked += 1
    assert checked >= 9


def test_quirky_values_are_read_not_mangled(served: Served) -> None:
    ingest("cordis", served.settings)
    con = staging(served)
    # Decimal comma in project money, decimal point in participant contributions.
    fractional = con.execute(
        "select count(*) from stg_cordis__projects where total_cost <> round(total_cost)"
    ).fetchall()[0][0]
    assert fractional > 0
    assert (
        con.execute(
            "select count(*) from stg_cordis__participations where ec_contribution <> round(ec_contribution)"
        ).fetchall()[0][0]
        > 0
    )
    # Greece and the UK in EU convention become ISO, with the source code kept.
    pairs = set(con.execute("select distinct country_code, country from stg_cordis__participations").fetchall())
    assert ("EL", "GR") in pairs and ("UK", "GB") in pairs
    # Outside Europe nutsCode is a bare country code: kept as published, not taken for a region.
    outside = con.execute(
        "select count(*), count(nuts_code) from stg_cordis__participations where length(nuts_code_source) = 2"
    ).fetchall()[0]
    assert outside[0] > 0 and outside[1] == 0
    assert (
        con.execute(
            "select count(*) from stg_cordis__participations where latitude is not null and longitude is not null"
        ).fetchall()[0][0]
        > 0
    )
    # Every programme arrived, whatever its folder or BOM.
    assert {r[0] for r in con.execute("select distinct dataset from stg_cordis__projects").fetchall()} == set(ZIPS)
    assert con.execute("select count(*) from stg_cordis__projects where project_id is null").fetchall()[0][0] == 0


def test_unchanged_source_is_not_restaged(served: Served) -> None:
    ingest("cordis", served.settings)
    path = staging_path(served.settings.staging_dir, "cordis")
    before = path.stat().st_mtime_ns
    served.server.clear_requests()
    again = ingest("cordis", served.settings)
    assert again.status == ledger.UNCHANGED and not again.changed
    assert path.stat().st_mtime_ns == before
    assert all("if-none-match" in r.headers for r in served.server.requests), "conditional GET expected"


def test_next_release_keeps_first_seen_and_moves_last_seen(served: Served, tmp_path: Path) -> None:
    from landscape.demo import ensure_snapshot
    from tests.conftest import TEST_PROJECTS

    first = ingest("cordis", served.settings)
    second_root = ensure_snapshot(tmp_path / "release2", TEST_PROJECTS, release=2)
    from landscape.demo import settings_for
    from landscape.snapshot.server import SnapshotServer

    with SnapshotServer(second_root / "cordis") as server:
        env = dict(served.settings.env or {})
        second = ingest("cordis", settings_for({"cordis": server.url}, env))
    assert second.status == ledger.STAGED
    con = staging(served)
    rows = con.execute(
        "select count(*), count(*) filter (where first_seen < last_seen), "
        "count(*) filter (where first_seen = last_seen) from stg_cordis__projects"
    ).fetchall()[0]
    total, carried, new = rows
    assert carried > 0, "projects seen in both releases keep their first_seen"
    assert new > 0, "projects new in release 2 start their history now"
    assert carried + new == total
    assert first.run_id != second.run_id


def test_unusable_source_fails_loudly_and_keeps_last_good_data(served: Served) -> None:
    ingest("cordis", served.settings)
    built = build(served.settings, with_gx=False)
    staged_before = staging_path(served.settings.staging_dir, "cordis").read_bytes()
    served.server.script("/" + ZIPS["H2020"], [ScriptedResponse(404)])
    with pytest.raises(HttpNotFound, match="404"):
        ingest("cordis", served.settings)
    served.server.script("/" + ZIPS["HORIZON"], [ScriptedResponse(401)])
    with pytest.raises(HttpAuthError):
        ingest("cordis", served.settings)
    runs = ledger.read(served.settings.home, "cordis")
    assert [r.status for r in runs[-2:]] == [ledger.FAILED, ledger.FAILED]
    assert "404" in (runs[-2].error or "")
    assert staging_path(served.settings.staging_dir, "cordis").read_bytes() == staged_before
    con = duckdb.connect(str(built.warehouse), read_only=True)
    assert con.execute("select count(*) from core.projects").fetchall()[0][0] == built.tables["core.projects"]


def _rewrite_zip(src: Path, dst: Path, drop: str | None = None, mangle: str | None = None) -> None:
    with zipfile.ZipFile(src) as zin, zipfile.ZipFile(dst, "w") as zout:
        for info in zin.infolist():
            name = Path(info.filename).name
            if name == drop:
                continue
            data = zin.read(info)
            if name == mangle:
                lines = data.decode("utf-8-sig").split("\n")
                # Break the order column of most rows: a layout change, not a few bad records.
                data = "\n".join(
                    [lines[0]] + [line.replace('"participant"', '"participant";"x"') for line in lines[1:]]
                ).encode()
            zout.writestr(info, data)


@pytest.mark.parametrize("change", ["missing_member", "mostly_broken_rows"])
def test_changed_layout_stops_the_source_and_keeps_staging(served: Served, tmp_path: Path, change: str) -> None:
    from landscape.demo import settings_for
    from landscape.snapshot.server import SnapshotServer

    ingest("cordis", served.settings)
    staged_before = staging_path(served.settings.staging_dir, "cordis").read_bytes()
    broken = tmp_path / "broken" / "cordis"
    broken.mkdir(parents=True)
    for name in ZIPS.values():
        src = served.root / "cordis" / name
        if name == ZIPS["HORIZON"]:
            if change == "missing_member":
                _rewrite_zip(src, broken / name, drop="organization.csv")
            else:
                _rewrite_zip(src, broken / name, mangle="organization.csv")
        else:
            (broken / name).write_bytes(src.read_bytes())
    with SnapshotServer(broken) as server, pytest.raises(LayoutChanged) as err:
        ingest("cordis", settings_for({"cordis": server.url}, dict(served.settings.env or {})))
    assert "organization.csv" in str(err.value)
    assert staging_path(served.settings.staging_dir, "cordis").read_bytes() == staged_before
    assert ledger.read(served.settings.home, "cordis")[-1].status == ledger.FAILED


def test_offline_replay_reads_the_archive_without_network(served: Served) -> None:
    ingest("cordis", served.settings)
    served.server.clear_requests()
    replay = ingest("cordis", served.settings, offline=True, restage=True)
    assert replay.status == ledger.STAGED and replay.rows_staged > 0
    assert served.server.requests == []
    manifest = served.settings.raw_dir / "cordis" / "manifest.jsonl"
    entries = [json.loads(line) for line in manifest.read_text().splitlines()]
    assert {e["url"].rsplit("/", 1)[1] for e in entries} == set(ZIPS.values())


def test_failed_restage_keeps_staging_and_first_seen(served: Served, monkeypatch: pytest.MonkeyPatch) -> None:
    from extractors import cordis

    ingest("cordis", served.settings)
    path = staging_path(served.settings.staging_dir, "cordis")
    before = path.read_bytes()

    def broken(*args: object, **kwargs: object) -> None:
        raise RuntimeError("disk full")

    monkeypatch.setattr(cordis, "stage", broken)
    with pytest.raises(RuntimeError, match="disk full"):
        ingest("cordis", served.settings, restage=True, offline=True)
    assert path.read_bytes() == before, "a failed restage leaves the last good staging in place"
    last = ledger.read(served.settings.home, "cordis")[-1]
    assert last.status == ledger.FAILED and "disk full" in (last.error or "")
    monkeypatch.undo()
    con = staging(served)
    first_seen = con.execute("select min(first_seen) from stg_cordis__projects").fetchall()[0][0]
    con.close()
    ingest("cordis", served.settings, restage=True, offline=True)
    con = staging(served)
    assert con.execute("select min(first_seen) from stg_cordis__projects").fetchall()[0][0] == first_seen

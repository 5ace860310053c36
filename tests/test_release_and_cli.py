"""Releases (data package with hashes and licences) and the CLI an analyst uses."""

from __future__ import annotations

import csv
import hashlib
import io
import json

import pytest

from landscape import cli
from landscape.pipeline import ingest
from landscape.release import make_release
from tests.conftest import Served
from warehouse.build import build


@pytest.fixture
def published(served: Served, monkeypatch: pytest.MonkeyPatch) -> Served:
    ingest("cordis", served.settings)
    build(served.settings, with_gx=False)
    for key, value in (served.settings.env or {}).items():
        if key.startswith("LANDSCAPE_"):
            monkeypatch.setenv(key, value)
    return served


def test_release_is_a_data_package_with_hashes_and_attribution(published: Served) -> None:
    release = make_release(published.settings)
    assert release.created
    package = json.loads((release.path / "datapackage.json").read_text())
    names = {r["name"] for r in package["resources"]}
    assert {"core_projects_parquet", "marts_region_funding_csv", "marts_organisation_funding_parquet"} <= names
    for resource in package["resources"]:
        data = (release.path / resource["path"]).read_bytes()
        assert resource["hash"] == "sha256:" + hashlib.sha256(data).hexdigest()
        assert resource["bytes"] == len(data)
    assert any("CC BY 4.0" in s["attribution"] for s in package["sources"])
    assert package["inputs"] and all(len(i["sha256"]) == 64 for i in package["inputs"])
    assert (published.settings.releases_dir / "LATEST").read_text().strip() == release.release_id
    again = make_release(published.settings)
    assert not again.created and again.release_id == release.release_id


def test_sql_command_reads_the_warehouse_in_each_format(published: Served, capsys: pytest.CaptureFixture) -> None:
    query = "select level, country, projects from marts.region_funding where level = 'country' order by country"
    assert cli.main(["sql", query, "--format", "csv"]) == 0
    rows = list(csv.DictReader(io.StringIO(capsys.readouterr().out)))
    assert rows and set(rows[0]) == {"level", "country", "projects"}
    assert "GR" in {r["country"] for r in rows}
    assert cli.main(["sql", query, "--format", "json"]) == 0
    assert json.loads(capsys.readouterr().out)[0]["level"] == "country"
    assert cli.main(["sql", "select count(*) as n from core.projects"]) == 0
    assert "(1 row)" in capsys.readouterr().out


def test_sql_command_is_read_only(published: Served, capsys: pytest.CaptureFixture) -> None:
    assert cli.main(["sql", "drop table core.projects"]) == 2
    assert "read-only" in capsys.readouterr().err.lower()


def test_status_reports_each_source(published: Served, capsys: pytest.CaptureFixture) -> None:
    assert cli.main(["status", "--format", "json"]) == 0
    status = {row["source"]: row for row in json.loads(capsys.readouterr().out)}
    cordis = status["cordis"]
    assert cordis["status"] == "staged" and cordis["changed"] is True
    assert cordis["rows_in"] == cordis["rows_staged"] + cordis["rows_quarantined"] > 0
    assert cordis["data_fetched"] and cordis["data_age"]

"""PatentSearch as an incremental source: resume from the watermark, accumulate increments, give way to
the next bulk release in core; over loopback HTTP against the stand-in API and the bulk snapshot."""

from __future__ import annotations

import json
import os
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import duckdb
import pytest

from extractors.errors import HttpAuthError
from extractors.patentsearch import API_KEY_ENV
from extractors.patentsearch_source import cpc_symbol, first_start, link_id, page_key
from landscape import ledger
from landscape.cli import main as cli_main
from landscape.demo import settings_for
from landscape.pipeline import ingest
from landscape.settings import Settings
from landscape.snapshot.patentsearch_api import PatentSearchApi, PatentSearchServer
from landscape.snapshot.server import SnapshotServer
from tests.test_patents import staged
from transforms.patent_scope import EUROPE
from warehouse.build import build

PATENTS = 1500
KEY = "ps-test-key-8c41d2e07f"


@pytest.fixture(scope="module")
def releases(tmp_path_factory: pytest.TempPathFactory) -> dict[int, Path]:
    from landscape.snapshot.patents import generate_patents

    roots = {}
    for release in (1, 2):
        roots[release] = tmp_path_factory.mktemp(f"patents-r{release}")
        generate_patents(roots[release], patents=PATENTS, release=release)
    return roots


def api_patents(root: Path) -> list[dict[str, Any]]:
    patents: list[dict[str, Any]] = json.loads((root / "patentsearch" / "patents.json").read_text())["patents"]
    return patents


@dataclass
class Site:
    settings: Settings
    api: PatentSearchApi
    bulk: SnapshotServer


@pytest.fixture
def site(releases: dict[int, Path], tmp_path: Path) -> Iterator[Site]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("LANDSCAPE_")}
    env["LANDSCAPE_HOME"] = str(tmp_path / "home")
    env[API_KEY_ENV] = KEY
    api = PatentSearchApi(api_patents(releases[1]), api_key=KEY)
    with SnapshotServer(releases[1] / "patentsview") as bulk, PatentSearchServer(api) as server:
        yield Site(settings_for({"patentsview": bulk.url, "patentsearch": server.url}, env), api, bulk)


def first_query(api: PatentSearchApi, index: int = 0) -> dict[str, Any]:
    return {k: json.loads(v) for k, v in api.requests[index]["query"].items()}


def ids(settings: Settings) -> set[str]:
    return {r[0] for r in staged(settings, "patentsearch", "select patent_id from stg_patentsearch__patents")}


def test_first_run_starts_after_the_bulk_release_and_stages_every_new_grant(site: Site, releases: dict) -> None:
    ingest("patentsview", site.settings)
    result = ingest("patentsearch", site.settings)

    expected = api_patents(releases[1])
    assert result.status == ledger.STAGED
    bulk_last = staged(site.settings, "patentsview", "select max(patent_date) from stg_patentsview__patents")[0][0]
    assert first_query(site.api)["q"] == {"_gte": {"patent_date": first_start(site.settings, bulk_last).isoformat()}}
    assert ids(site.settings) == {p["patent_id"] for p in expected}
    assert result.rows_quarantined == 0
    n_assignees = sum(len(p["assignees"]) for p in expected)
    n_cpc = sum(len(p["cpc_current"]) for p in expected)
    assert (
        staged(site.settings, "patentsearch", "select count(*) from stg_patentsearch__assignees")[0][0] == n_assignees
    )
    assert staged(site.settings, "patentsearch", "select count(*) from stg_patentsearch__cpc")[0][0] == n_cpc
    # HATEOAS links became bare ids and CPC symbols; holders carry their country inline.
    sample = staged(
        site.settings,
        "patentsearch",
        "select assignee_id, country from stg_patentsearch__assignees where assignee_id is not null limit 1",
    )[0]
    assert "/" not in sample[0] and len(sample[1]) == 2
    groups = staged(site.settings, "patentsearch", "select cpc_group, cpc_subclass from stg_patentsearch__cpc")
    assert groups and all("/" in g and g.startswith(s) and ":" not in g for g, s in groups)
    # The key went only to the API, never into archive or ledger.
    home = site.settings.home
    assert all(KEY.encode() not in p.read_bytes() for p in home.rglob("*") if p.is_file())


def test_unchanged_refresh_asks_from_the_watermark_and_stages_nothing(site: Site) -> None:
    ingest("patentsview", site.settings)
    ingest("patentsearch", site.settings)
    watermark = staged(site.settings, "patentsearch", "select max(patent_date) from stg_patentsearch__patents")[0][0]
    before = len(site.api.requests)

    again = ingest("patentsearch", site.settings)

    assert again.status == ledger.UNCHANGED and not again.changed
    assert first_query(site.api, before)["q"] == {"_gte": {"patent_date": watermark.isoformat()}}
    assert len(ids(site.settings)) == len(site.api.patents)


def test_new_grants_are_added_without_losing_earlier_increments(site: Site) -> None:
    ingest("patentsview", site.settings)
    later = [p for p in site.api.patents if p["patent_date"] == max(q["patent_date"] for q in site.api.patents)]
    # The API has not got the last grant day yet on the first run.
    site.api.patents = [p for p in site.api.patents if p not in later]
    first = ingest("patentsearch", site.settings)
    assert ids(site.settings) == {p["patent_id"] for p in site.api.patents}
    # One patent of the watermark day arrives late, next to the new grant day.
    site.api.patents = site.api.patents + later
    second = ingest("patentsearch", site.settings)

    assert first.status == second.status == ledger.STAGED
    assert ids(site.settings) == {p["patent_id"] for p in site.api.patents}
    assert second.rows_staged == len(later) + sum(len(p["assignees"]) + len(p["cpc_current"]) for p in later)
    datasets = staged(site.settings, "patentsearch", "select count(distinct dataset) from stg_patentsearch__patents")
    assert datasets[0][0] >= 2


def test_restage_and_offline_replay_rebuild_every_increment_from_the_archive(site: Site) -> None:
    ingest("patentsview", site.settings)
    site.api.patents, later = site.api.patents[:-5], site.api.patents[-5:]
    ingest("patentsearch", site.settings)
    site.api.patents = site.api.patents + later
    ingest("patentsearch", site.settings)
    everything = ids(site.settings)
    assert len(everything) == len(site.api.patents)

    restaged = ingest("patentsearch", site.settings, restage=True)
    assert restaged.status == ledger.STAGED
    assert ids(site.settings) == everything

    requests = len(site.api.requests)
    replayed = ingest("patentsearch", site.settings, offline=True, restage=True)
    assert len(site.api.requests) == requests, "offline replay must not reach the API"
    assert replayed.rows_quarantined == 0 and ids(site.settings) == everything


def test_core_takes_api_grants_until_the_bulk_release_has_them(site: Site, releases: dict[int, Path]) -> None:
    ingest("patentsview", site.settings)
    ingest("patentsearch", site.settings)
    build(site.settings, with_gx=False)
    api_ids = {p["patent_id"] for p in site.api.patents}
    con = duckdb.connect(str(site.settings.warehouse_path), read_only=True)
    try:
        from_api = {
            r[0] for r in con.execute("select patent_id from core.patents where source = 'patentsearch'").fetchall()
        }
        holders = con.execute(
            "select count(*), count(country) from core.patent_holders where source = 'patentsearch'"
        ).fetchall()[0]
        fields = con.execute(
            "select count(*) from core.patent_technology_fields f join core.patents p using (patent_id) "
            "where p.source = 'patentsearch'"
        ).fetchall()[0][0]
    finally:
        con.close()
    # In scope: at least one European holder, the same rule as for bulk patents.
    european = {
        p["patent_id"] for p in site.api.patents if any(a["assignee_country"] in EUROPE for a in p["assignees"])
    }
    assert from_api == european and from_api
    assert holders[0] > 0 and holders[1] > 0 and fields > 0

    # The next bulk release arrives with the same patents: core takes them from the bulk, once each.
    with SnapshotServer(releases[2] / "patentsview") as bulk_2:
        settings_2 = settings_for({"patentsview": bulk_2.url}, dict(site.settings.env or {}))
        ingest("patentsview", settings_2)
    build(site.settings, with_gx=False)
    con = duckdb.connect(str(site.settings.warehouse_path), read_only=True)
    try:
        rows = con.execute(
            "select source, count(*), count(distinct patent_id) from core.patents "
            "where list_contains(?, patent_id) group by source",
            [sorted(api_ids)],
        ).fetchall()
        duplicates = con.execute("select count(*) - count(distinct patent_id) from core.patents").fetchall()[0][0]
    finally:
        con.close()
    assert rows == [("patentsview", len(european), len(european))]
    assert duplicates == 0


def test_without_a_key_refresh_all_skips_it_but_asking_for_it_fails_loudly(
    site: Site, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    for name, value in (site.settings.env or {}).items():
        monkeypatch.setenv(name, value)
    monkeypatch.delenv(API_KEY_ENV)
    monkeypatch.delenv("AIRFLOW_CONN_PATENTSEARCH", raising=False)
    monkeypatch.setenv("LANDSCAPE_CORDIS_BASE_URL", "http://127.0.0.1:9/unreachable")

    from landscape.cli import runnable_sources

    settings = Settings.from_env()
    assert "patentsearch" not in runnable_sources(settings)
    assert "patentsearch: skipped" in capsys.readouterr().err

    code = cli_main(["refresh", "--source", "patentsearch", "--no-build"])
    err = capsys.readouterr().err
    assert code == 1
    assert "patentsearch: FAILED" in err and API_KEY_ENV in err
    assert ledger.read(settings.home, "patentsearch")[-1].status == ledger.FAILED
    with pytest.raises(HttpAuthError):
        ingest("patentsearch", settings)


def test_page_keys_links_and_symbols() -> None:
    base = "https://search.patentsview.org/api/v1/patent/"
    first = base + '?q={"_gte":{"patent_date":"2026-09-30"}}&f=["patent_id"]&o={"size":1000}'
    later = base + '?q={"_gte":{"patent_date":"2026-09-30"}}&o={"size":1000,"after":["2026-10-13","D1067001"]}'
    assert page_key(first) == "2026-09-30@start"
    assert page_key(later) == "2026-09-30@2026-10-13/D1067001"
    with pytest.raises(ValueError):
        page_key(base)
    assert link_id("https://search.patentsview.org/api/v1/assignee/5c9e8a3e-7a11/") == "5c9e8a3e-7a11"
    assert link_id("5c9e8a3e-7a11") == "5c9e8a3e-7a11" and link_id("") is None
    assert cpc_symbol("https://search.patentsview.org/api/v1/cpc_group/G01S7:4811/") == "G01S7/4811"
    settings = Settings.from_env({"LANDSCAPE_PATENTSEARCH_START": "2026-01-05"})
    assert first_start(settings, None).isoformat() == "2026-01-05"
    with pytest.raises(ValueError):
        first_start(Settings.from_env({"LANDSCAPE_PATENTSEARCH_START": "05/01/2026"}), None)

"""TERCET postcode files over loopback HTTP: names read from the index, every row accounted for, quirks kept."""

from __future__ import annotations

import io
import json
import os
import shutil
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import duckdb
import pytest

from extractors.errors import LayoutChanged
from extractors.tercet import current_files, extract_csv, listed_files, parse_file_url
from landscape import ledger
from landscape.demo import settings_for
from landscape.pipeline import IngestResult, ingest
from landscape.settings import Settings
from landscape.snapshot.reference import MALFORMED_TERCET, generate_reference, tercet_file_name
from landscape.snapshot.server import ScriptedResponse, SnapshotServer
from warehouse.staging_store import staging_path

PAGE_URL = "https://gisco-services.ec.europa.eu/tercet/flat-files"


@pytest.fixture(scope="session")
def reference_root(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("reference")
    generate_reference(root)
    return root


@pytest.fixture(scope="session")
def tercet_truth(reference_root: Path) -> dict:
    return json.loads((reference_root / "truth.json").read_text())


@dataclass
class Site:
    settings: Settings
    server: SnapshotServer
    first: IngestResult


def _settings(home: Path, server: SnapshotServer, **extra: str) -> Settings:
    env = {k: v for k, v in os.environ.items() if not k.startswith("LANDSCAPE_")}
    env["LANDSCAPE_HOME"] = str(home)
    env.update(extra)
    return settings_for({"tercet": server.url}, env)


@pytest.fixture(scope="module")
def site(reference_root: Path, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Site]:
    """Release 1 served and ingested once; the tests below read it or run further ingests against it."""
    with SnapshotServer(reference_root / "tercet") as server:
        settings = _settings(tmp_path_factory.mktemp("tercet-home"), server)
        yield Site(settings, server, ingest("tercet", settings))


def staged(settings: Settings, sql: str, params: list | None = None) -> list[tuple]:
    con = duckdb.connect(str(staging_path(settings.staging_dir, "tercet")), read_only=True)
    try:
        return con.execute(sql, params or []).fetchall()
    finally:
        con.close()


# -- the source's rows -------------------------------------------------------------------------------


def test_every_record_of_every_file_is_accounted_for(site: Site, tercet_truth: dict) -> None:
    assert site.first.status == ledger.STAGED
    files = ledger.read(site.settings.home, "tercet")[0].files
    assert {f["dataset"] for f in files} == set(tercet_truth["tercet"]["files"])
    for entry in files:
        assert entry["rows_in"] == entry["rows_staged"] + entry["rows_quarantined"], entry
        assert entry["new_columns"] == [], "the BOM must not turn NUTS3 into a new column"
    # Every row the generator wrote, plus the malformed line it slipped into the Slovenian file.
    assert site.first.rows_in == tercet_truth["counts"]["tercet_rows"] + 1
    assert site.first.rows_quarantined == 1 + tercet_truth["tercet"]["duplicate_rows"]
    assert staged(site.settings, "select count(*) from stg_tercet__postcodes")[0][0] == site.first.rows_staged
    versions = staged(site.settings, "select distinct nuts_version from stg_tercet__postcodes")
    assert versions == [(2024,)]


def test_malformed_line_is_quarantined_with_its_text_and_the_rest_of_its_file_stages(site: Site) -> None:
    country, line, text = MALFORMED_TERCET
    rows = staged(
        site.settings,
        "select reason_code, line, raw_record, source_file from quarantine where dataset = ? and reason_code <> ?",
        [country, "duplicate_key"],
    )
    assert rows == [("malformed_csv", line, text, f"{tercet_file_name(country)}.csv")]
    entry = next(f for f in ledger.read(site.settings.home, "tercet")[0].files if f["dataset"] == country)
    assert entry["rows_quarantined"] == 1 and entry["rows_staged"] == entry["rows_in"] - 1
    # Line numbers after the rejected record still point at the right line of the file.
    after = staged(
        site.settings,
        "select min(source_line) from stg_tercet__postcodes where dataset = ? and source_line > ?",
        [country, line],
    )
    assert after == [(line + 1,)]


def test_postcodes_are_kept_as_published_text(site: Site) -> None:
    types = dict(
        staged(
            site.settings,
            "select column_name, data_type from duckdb_columns() where table_name = ?",
            ["stg_tercet__postcodes"],
        )
    )
    assert types["postcode"] == "VARCHAR"
    for country, postcode in (("DE", "01069"), ("NL", "1012 WX"), ("PT", "1049-001"), ("PL", "00-927")):
        found = staged(
            site.settings,
            "select count(*) from stg_tercet__postcodes where country = ? and postcode = ?",
            [country, postcode],
        )
        assert found[0][0] >= 1, (country, postcode)


def test_greece_is_iso_gr_with_the_files_el_beside_it(site: Site) -> None:
    rows = staged(
        site.settings,
        "select country, country_source, count(*), count(*) filter (where nuts3 not like 'EL%') "
        "from stg_tercet__postcodes where dataset = 'EL' group by all",
    )
    assert len(rows) == 1
    country, source, count, not_el = rows[0]
    assert (country, source, not_el) == ("GR", "EL", 0) and count > 100
    assert staged(site.settings, "select count(*) from stg_tercet__postcodes where country = 'EL'")[0][0] == 0


def test_postcodes_in_two_regions_keep_both_rows_and_verbatim_repeats_are_duplicates(
    site: Site, tercet_truth: dict
) -> None:
    for shared in tercet_truth["tercet"]["shared_postcodes"]:
        regions = staged(
            site.settings,
            "select nuts3 from stg_tercet__postcodes where country_source = ? and postcode = ? order by nuts3",
            [shared["country"], shared["postcode"]],
        )
        assert [r[0] for r in regions] == sorted(shared["nuts3"]), shared
    repeats = staged(site.settings, "select dataset, raw_record from quarantine where reason_code = 'duplicate_key'")
    assert len(repeats) == tercet_truth["tercet"]["duplicate_rows"]
    assert {dataset for dataset, _ in repeats} == {"EL"}
    # The raw record names the CSV's columns: no BOM in front of NUTS3.
    assert all(set(json.loads(raw)) == {"NUTS3", "CODE"} for _, raw in repeats)


# -- refreshing ------------------------------------------------------------------------------------


def test_nothing_changed_is_unchanged_and_costs_conditional_requests(site: Site) -> None:
    site.server.clear_requests()
    result = ingest("tercet", site.settings)
    assert result.status == ledger.UNCHANGED
    assert not any(info["changed"] for info in result.datasets.values())
    requests = site.server.requests
    assert len(requests) == 1 + len(result.datasets)
    assert all("if-none-match" in r.headers for r in requests), "index and zips are revalidated, not downloaded"


def test_a_page_without_zips_fails_loudly_and_keeps_the_last_staging(site: Site) -> None:
    before = staged(
        site.settings, "select dataset, run_id, count(*) from stg_tercet__postcodes group by all order by 1"
    )
    page = (
        b"<html><body><h1>TERCET flat files</h1>"
        b'<a href="NUTS-2021/pc2020_AT_NUTS-2021_v4.0.zip">AT</a> <a href="pc2020_NUTS-2021_v1.0.zip">all</a>'
        b"</body></html>"
    )
    site.server.script("/flat-files", [ScriptedResponse(200, {"Content-Type": "text/html; charset=utf-8"}, page)])
    with pytest.raises(LayoutChanged, match="NUTS-2024"):
        ingest("tercet", site.settings)
    assert ledger.read(site.settings.home, "tercet")[-1].status == ledger.FAILED
    after = staged(site.settings, "select dataset, run_id, count(*) from stg_tercet__postcodes group by all order by 1")
    assert after == before


def test_a_republished_country_file_restages_only_that_country(reference_root: Path, tmp_path: Path) -> None:
    next_month = tmp_path / "release2"
    generate_reference(next_month, release=2)
    served = tmp_path / "site"
    shutil.copytree(reference_root / "tercet", served)
    with SnapshotServer(served) as server:
        settings = _settings(tmp_path / "home", server)
        first = ingest("tercet", settings)
        france_before = staged(settings, "select count(*) from stg_tercet__postcodes where dataset = 'FR'")[0][0]
        shutil.rmtree(served)
        shutil.copytree(next_month / "tercet", served)
        server.clear_requests()
        second = ingest("tercet", settings)
    assert second.status == ledger.STAGED
    assert {key for key, info in second.datasets.items() if info["staged"]} == {"FR"}
    assert {f["dataset"] for f in ledger.read(settings.home, "tercet")[-1].files} == {"FR"}
    downloads = [r.path for r in server.requests if r.path.endswith(".zip") and "if-none-match" not in r.headers]
    assert downloads == [f"/NUTS-2024/{tercet_file_name('FR', release=2)}.zip"]
    france = staged(
        settings,
        "select count(*), min(source_url), count(distinct run_id) from stg_tercet__postcodes where dataset = 'FR'",
    )[0]
    assert france[0] > france_before and france[1].endswith("_v1.1.zip") and france[2] == 1
    others = staged(settings, "select distinct run_id from stg_tercet__postcodes where dataset <> 'FR'")
    assert others == [(first.run_id,)]


def test_the_country_filter_fetches_only_those_countries(reference_root: Path, tmp_path: Path) -> None:
    with SnapshotServer(reference_root / "tercet") as server:
        settings = _settings(tmp_path / "home", server, LANDSCAPE_TERCET_COUNTRIES="de, GR")
        result = ingest("tercet", settings)
        zips = sorted(r.path for r in server.requests if r.path.endswith(".zip"))
    assert set(result.datasets) == {"DE", "EL"}
    assert zips == [f"/NUTS-2024/{tercet_file_name(c)}.zip" for c in ("DE", "EL")]
    assert staged(settings, "select distinct country from stg_tercet__postcodes order by 1") == [("DE",), ("GR",)]


# -- the index page and the zips, without the network -------------------------------------------------


def test_links_resolve_against_the_page_and_the_newest_edition_of_a_country_wins() -> None:
    page = b"""<html><body><table>
    <tr><td><a href="NUTS-2024/pc2024_DE_NUTS-2024_v1.2.zip">old year</a></td></tr>
    <tr><td><a href="NUTS-2024/pc2025_DE_NUTS-2024_v1.0.zip">new year</a></td></tr>
    <tr><td><a href="https://gisco-services.ec.europa.eu/tercet/NUTS-2024/pc2024_IT_NUTS-2024_v1.9.zip">9</a></td></tr>
    <tr><td><a href="NUTS-2024/pc2024_IT_NUTS-2024_v1.10.zip">10</a></td></tr>
    <tr><td><a href="NUTS-2021/pc2020_AT_NUTS-2021_v4.0.zip">older NUTS</a></td></tr>
    <tr><td><a href="NUTS-2021/pc2020_NUTS-2021_v1.0.zip">all countries</a></td></tr>
    <tr><td><a href="NUTS-2024/PCODE_2024_PT.zip">points</a></td></tr>
    </table></body></html>"""
    files = listed_files(page, PAGE_URL)
    assert {f.country for f in files} == {"DE", "IT", "AT"}
    chosen = current_files(files, 2024)
    assert {c: f.url.rsplit("/", 1)[1] for c, f in chosen.items()} == {
        "DE": "pc2025_DE_NUTS-2024_v1.0.zip",
        "IT": "pc2024_IT_NUTS-2024_v1.10.zip",
    }
    assert chosen["DE"].url == "https://gisco-services.ec.europa.eu/tercet/NUTS-2024/pc2025_DE_NUTS-2024_v1.0.zip"
    assert list(current_files(files, 2021)) == ["AT"]
    with pytest.raises(LayoutChanged, match="NUTS-2016"):
        current_files(files, 2016)
    with pytest.raises(LayoutChanged, match="FR"):
        current_files(files, 2024, frozenset({"DE", "FR"}))


def test_file_names_that_are_not_country_files_are_ignored() -> None:
    assert parse_file_url(f"{PAGE_URL}/../NUTS-2024/pc2024_EL_NUTS-2024_v1.0.zip") is not None
    assert parse_file_url("https://x/NUTS-2021/pc2020_NUTS-2021_v1.0.zip") is None
    assert parse_file_url("https://x/NUTS-2024/pc2024_EL_NUTS-2024_v1.0.csv") is None


def test_the_csv_is_found_in_a_sub_folder_and_copied_byte_for_byte(tmp_path: Path) -> None:
    body = "\ufeffNUTS3;CODE\r\n'AT130';'1010'\r\n'AT130';'1020'\r\n".encode()
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("pc2024_AT_NUTS-2024_v1.0/", b"")
        archive.writestr("pc2024_AT_NUTS-2024_v1.0/pc2024_AT_NUTS-2024_v1.0.csv", body)
    zip_path = tmp_path / "pc2024_AT_NUTS-2024_v1.0.zip"
    zip_path.write_bytes(buffer.getvalue())
    out = tmp_path / "out"
    out.mkdir()
    csv_path = extract_csv(zip_path, out)
    assert csv_path.name == "pc2024_AT_NUTS-2024_v1.0.csv"
    assert csv_path.read_bytes() == body

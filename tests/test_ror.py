"""ROR over loopback HTTP: the newest dump found through Zenodo's records API, verified, staged, built."""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import duckdb
import pytest

from extractors import ror
from extractors.archive import RawDocument
from extractors.errors import DownloadIncomplete, LayoutChanged
from landscape import ledger
from landscape.demo import settings_for
from landscape.pipeline import IngestResult, ingest
from landscape.settings import Settings
from landscape.snapshot.reference import ROR_LISTING, SITES, generate_reference
from landscape.snapshot.server import ScriptedResponse, SnapshotServer
from warehouse.build import build
from warehouse.staging_store import staging_path

LISTING_PATH = "/" + ROR_LISTING.partition("?")[0]


@pytest.fixture(scope="session")
def releases(tmp_path_factory: pytest.TempPathFactory) -> dict[int, Path]:
    """The reference snapshot as published this month (release 1) and next month (release 2)."""
    roots = {}
    for release in (1, 2):
        roots[release] = tmp_path_factory.mktemp(f"reference-{release}")
        generate_reference(roots[release], release=release)
    return roots


def truth(root: Path) -> dict[str, Any]:
    return json.loads((root / "truth.json").read_text())


@dataclass
class Site:
    settings: Settings
    server: SnapshotServer
    folder: Path  # the served copy of the Zenodo site: tests may change it


def _serve(release_root: Path, work: Path) -> Iterator[Site]:
    folder = work / "zenodo"
    shutil.copytree(release_root / "ror", folder)
    env = {k: v for k, v in os.environ.items() if not k.startswith("LANDSCAPE_")}
    env["LANDSCAPE_HOME"] = str(work / "home")
    with SnapshotServer(folder) as server:
        yield Site(settings_for({"ror": server.url}, env), server, folder)


@pytest.fixture
def site(releases: dict[int, Path], tmp_path: Path) -> Iterator[Site]:
    """Release 1 served from a copy of its own, nothing ingested yet."""
    yield from _serve(releases[1], tmp_path)


@dataclass
class Ingested:
    site: Site
    first: IngestResult


@pytest.fixture(scope="module")
def ingested(releases: dict[int, Path], tmp_path_factory: pytest.TempPathFactory) -> Iterator[Ingested]:
    """Release 1 ingested once, for the tests that only read what it staged."""
    for served in _serve(releases[1], tmp_path_factory.mktemp("ror")):
        yield Ingested(served, ingest("ror", served.settings))


def staged(settings: Settings, sql: str, params: list | None = None) -> list[tuple]:
    con = duckdb.connect(str(staging_path(settings.staging_dir, "ror")), read_only=True)
    try:
        return con.execute(sql, params or []).fetchall()
    finally:
        con.close()


def count(settings: Settings, table: str) -> int:
    return int(staged(settings, f"select count(*) from {table}")[0][0])


# -- fetching: discovery, rebasing, verification, conditional requests --------------------------------


def test_newest_dump_is_fetched_from_the_configured_host_only(ingested: Ingested, releases: dict[int, Path]) -> None:
    site = ingested.site
    assert ingested.first.status == ledger.STAGED
    zip_path = "/" + truth(releases[1])["ror"]["file"]
    # Zenodo's link says https://zenodo.org/...: every request still reached the loopback server.
    assert {r.path for r in site.server.requests} == {LISTING_PATH, zip_path}
    assert SITES["ror"] in (site.folder / ROR_LISTING).read_text()
    urls = {url for (url,) in staged(site.settings, "select distinct source_url from stg_ror__organisations")}
    assert urls == {site.server.url + zip_path}
    assert set(ingested.first.datasets) == {"dump"}, "the listing is archived, not staged"


def test_second_ingest_is_unchanged_and_asks_conditionally(site: Site) -> None:
    ingest("ror", site.settings)
    site.server.clear_requests()
    again = ingest("ror", site.settings)
    assert again.status == ledger.UNCHANGED
    assert len(site.server.requests) == 2
    assert all("if-none-match" in r.headers for r in site.server.requests)


def test_md5_mismatch_fails_loudly_and_keeps_the_last_good_staging(site: Site, releases: dict[int, Path]) -> None:
    ingest("ror", site.settings)
    before = count(site.settings, "stg_ror__organisations")
    dump = site.folder / truth(releases[1])["ror"]["file"]
    good = dump.read_bytes()
    middle = len(good) // 2
    dump.write_bytes(good[:middle] + bytes([good[middle] ^ 0xFF]) + good[middle + 1 :])  # same size, other bytes
    with pytest.raises(DownloadIncomplete, match="md5"):
        ingest("ror", site.settings)
    assert ledger.read(site.settings.home, "ror")[-1].status == ledger.FAILED
    assert count(site.settings, "stg_ror__organisations") == before
    dump.write_bytes(good)
    assert ingest("ror", site.settings).status == ledger.UNCHANGED, "the good dump is the one staged"


def test_a_corrupt_copy_revalidated_by_the_server_is_downloaded_again(site: Site, releases: dict[int, Path]) -> None:
    ingest("ror", site.settings)
    zip_path = "/" + truth(releases[1])["ror"]["file"]
    good = (site.folder / zip_path.lstrip("/")).read_bytes()
    etag = f'"{hashlib.sha256(good).hexdigest()}"'
    # A proxy that damaged the body but passed the server's validators on: the archive now holds a
    # corrupt copy under the good ETag, which the next conditional request would merely confirm.
    corrupt = good[:100] + bytes(len(good) - 100)
    site.server.script(zip_path, [ScriptedResponse(200, headers={"ETag": etag}, body=corrupt)])
    with pytest.raises(DownloadIncomplete):
        ingest("ror", site.settings)
    site.server.clear_requests()
    assert ingest("ror", site.settings).status == ledger.UNCHANGED
    conditional = ["if-none-match" in r.headers for r in site.server.requests_to(zip_path)]
    assert conditional == [True, False], "304 confirmed the bad copy, so it was fetched again in full"


def test_release_2_replaces_the_dump_with_one_more_record_and_the_old_name_as_alias(
    site: Site, releases: dict[int, Path]
) -> None:
    ingest("ror", site.settings)
    untouched = staged(site.settings, "select ror_id, first_seen from stg_ror__organisations order by ror_id limit 1")
    shutil.copytree(releases[2] / "ror", site.folder, dirs_exist_ok=True)
    result = ingest("ror", site.settings)
    assert result.status == ledger.STAGED
    changes = truth(releases[2])["ror"]["changes_since_release_1"]
    assert count(site.settings, "stg_ror__organisations") == truth(releases[2])["counts"]["ror_records"]
    added = [url.rsplit("/", 1)[1] for url in changes["added"]]
    assert staged(site.settings, "select count(*) from stg_ror__organisations where ror_id = ?", added) == [(1,)]
    (renamed,) = changes["renamed"]
    ror_id = renamed["id"].rsplit("/", 1)[1]
    assert staged(site.settings, "select name from stg_ror__organisations where ror_id = ?", [ror_id]) == [
        (renamed["to"],)
    ]
    aliases = staged(site.settings, "select name from stg_ror__names where ror_id = ? and kind = 'alias'", [ror_id])
    assert (renamed["from"],) in aliases
    assert {url.rsplit("/", 4)[1] for (url,) in staged(site.settings, "select source_url from stg_ror__names")} == {
        "18552190"
    }, "the new Zenodo record replaced every row"
    kept = staged(
        site.settings, "select ror_id, first_seen from stg_ror__organisations where ror_id = ?", [untouched[0][0]]
    )
    assert kept == untouched, "first_seen carries over to the new dump"


# -- staging: every record accounted for, names, ids, relationships ---------------------------------


def test_every_record_is_accounted_for(ingested: Ingested, releases: dict[int, Path]) -> None:
    settings = ingested.site.settings
    files = ledger.read(settings.home, "ror")[0].files
    assert {f["entity"] for f in files} == {spec.entity for spec in ror.ENTITIES}
    for entry in files:
        assert entry["rows_in"] == entry["rows_staged"] + entry["rows_quarantined"], entry
        assert entry["source_file"].endswith("-ror-data_schema_v2.json")
    organisations = next(f for f in files if f["entity"] == "ror_organisation")
    assert organisations["rows_in"] == truth(releases[1])["counts"]["ror_records"]
    assert organisations["rows_quarantined"] == 0
    # The snapshot repeats a few aliases verbatim (an ASCII folding equal to an English alias): the
    # copy is quarantined as a duplicate, the name itself staged once.
    reasons = staged(settings, "select distinct reason_code from quarantine")
    assert set(reasons) <= {("duplicate_key",)}


def test_inactive_and_withdrawn_organisations_are_kept_with_their_status(
    ingested: Ingested, releases: dict[int, Path]
) -> None:
    statuses = dict(staged(ingested.site.settings, "select status, count(*) from stg_ror__organisations group by 1"))
    assert statuses == truth(releases[1])["ror"]["statuses"]
    assert statuses["inactive"] > 0 and statuses["withdrawn"] > 0


def test_names_of_every_kind_with_their_languages(ingested: Ingested) -> None:
    settings = ingested.site.settings
    kinds = dict(staged(settings, "select kind, count(*) from stg_ror__names group by 1"))
    assert set(kinds) == {"ror_display", "label", "alias", "acronym"}
    langs = {lang for (lang,) in staged(settings, "select distinct lang from stg_ror__names where kind = 'label'")}
    assert {"en", "de"} <= langs
    assert staged(settings, "select count(lang) from stg_ror__names where kind = 'acronym'") == [(0,)]
    # The display name is the organisation's name, and also one of its labels.
    mismatched = staged(
        settings,
        """
        select o.ror_id from stg_ror__organisations o
        where (select count(*) from stg_ror__names n
               where n.ror_id = o.ror_id and n.kind = 'ror_display' and n.name = o.name) != 1
           or not exists (select 1 from stg_ror__names n where n.ror_id = o.ror_id and n.kind = 'label'
                          and n.name = o.name)
        """,
    )
    assert mismatched == []
    assert kinds["ror_display"] == count(settings, "stg_ror__organisations")


def test_external_ids_prefer_the_preferred_else_the_first(ingested: Ingested) -> None:
    settings = ingested.site.settings
    types = {t for (t,) in staged(settings, "select distinct id_type from stg_ror__external_ids")}
    assert types == {"fundref", "grid", "isni", "wikidata"}
    # ISNI often has no preferred value: the organisation carries the first listed one anyway.
    unpreferred = staged(
        settings,
        """
        select o.isni, e.id_value from stg_ror__organisations o
        join stg_ror__external_ids e on e.ror_id = o.ror_id and e.id_type = 'isni'
        where not e.preferred
        """,
    )
    assert unpreferred and all(isni == value for isni, value in unpreferred)
    assert all(" " in isni for isni, _ in unpreferred), "ISNIs keep ROR's spaces"


def test_relationships_come_in_pairs(ingested: Ingested) -> None:
    settings = ingested.site.settings
    kinds = {k for (k,) in staged(settings, "select distinct relationship from stg_ror__relationships")}
    assert {"parent", "child", "related", "predecessor", "successor"} == kinds
    unpaired = staged(
        settings,
        """
        select r.* from stg_ror__relationships r
        where not exists (
            select 1 from stg_ror__relationships back
            where back.ror_id = r.related_ror_id and back.related_ror_id = r.ror_id
              and back.relationship = case r.relationship when 'parent' then 'child' when 'child' then 'parent'
                                       when 'successor' then 'predecessor' when 'predecessor' then 'successor'
                                       else 'related' end)
        """,
    )
    assert unpaired == []
    parent_child = staged(settings, "select count(*) from stg_ror__relationships where relationship = 'parent'")
    assert parent_child[0][0] > 0
    closed = staged(
        settings,
        """
        select count(*) from stg_ror__organisations o
        where o.status = 'inactive' and not exists (
            select 1 from stg_ror__relationships r where r.ror_id = o.ror_id and r.relationship = 'successor')
        """,
    )
    assert closed == [(0,)], "every closed organisation in the snapshot names its successor"


# -- the warehouse -------------------------------------------------------------------------------------


def test_build_publishes_ror_organisations_and_names(ingested: Ingested) -> None:
    settings = ingested.site.settings
    result = build(settings, with_gx=False)
    con = duckdb.connect(str(result.warehouse), read_only=True)
    try:
        organisations = con.execute("select count(*) from core.ror_organisations").fetchall()[0][0]
        names = con.execute("select count(*) from core.ror_names").fetchall()[0][0]
        undocumented = con.execute(
            "select table_name, column_name from duckdb_columns() where schema_name = 'core' "
            "and table_name like 'ror_%' and comment is null"
        ).fetchall()
    finally:
        con.close()
    assert organisations == count(settings, "stg_ror__organisations")
    assert names == count(settings, "stg_ror__names")
    assert undocumented == []


# -- pure parts: the records API answer, the zip, bad records ------------------------------------------


def _listing(root: Path) -> dict[str, Any]:
    return json.loads((root / "ror" / ROR_LISTING).read_text())


def test_the_newest_record_wins_whatever_order_the_api_chose(releases: dict[int, Path]) -> None:
    listing = _listing(releases[2])
    listing["hits"]["hits"].reverse()
    dump = ror.newest_dump(json.dumps(listing).encode(), where="listing")
    assert dump.record_id == "18552190" and dump.checksum.startswith("md5:")
    assert ror.rebased(dump.link, "http://127.0.0.1:9") == (
        f"http://127.0.0.1:9/api/records/18552190/files/{dump.key}/content"
    )


def test_a_listing_without_a_ror_data_zip_is_a_layout_change(releases: dict[int, Path]) -> None:
    listing = _listing(releases[1])
    listing["hits"]["hits"][0]["files"][0]["key"] = "v1.88-2026-11-12-ror-data-v2.tar.gz"
    with pytest.raises(LayoutChanged, match=r"ror-data\.zip"):
        ror.newest_dump(json.dumps(listing).encode(), where="listing")
    with pytest.raises(LayoutChanged, match="no records"):
        ror.newest_dump(b'{"hits": {"hits": [], "total": 0}}', where="listing")


def _zip(path: Path, members: dict[str, bytes]) -> Path:
    with zipfile.ZipFile(path, "w") as archive:
        for name, data in members.items():
            archive.writestr(name, data)
    return path


def test_a_dump_with_only_schema_v1_files_is_refused(tmp_path: Path) -> None:
    stem = "v1.50-2024-08-21-ror-data"
    dump = _zip(tmp_path / f"{stem}.zip", {f"{stem}.json": b"[]", f"{stem}.csv": b"id\n"})
    with pytest.raises(LayoutChanged, match="schema v1"):
        ror.extract_json(dump, tmp_path)


def _document(path: Path) -> RawDocument:
    return RawDocument(
        source="ror",
        url="http://127.0.0.1:9/dump.zip",
        final_url="http://127.0.0.1:9/dump.zip",
        status=200,
        etag=None,
        last_modified=None,
        content_type="application/zip",
        bytes=path.stat().st_size,
        sha256="0" * 64,
        fetched_at="2026-12-01T00:00:00.000Z",
        path=path,
        changed=True,
    )


def test_bad_records_are_quarantined_with_everything_that_hangs_off_them(
    releases: dict[int, Path], tmp_path: Path
) -> None:
    dump_zip = releases[1] / "ror" / truth(releases[1])["ror"]["file"]
    with zipfile.ZipFile(dump_zip) as archive:
        member = next(n for n in archive.namelist() if n.endswith("_schema_v2.json"))
        records = json.loads(archive.read(member))
    without_id, eu_code, no_country = records[0], records[1], records[2]
    without_id["id"] = None
    eu_code["locations"][0]["geonames_details"]["country_code"] = "UK"
    no_country["locations"] = []
    records[3]["names"][0]["script"] = "Latn"  # a field ROR might add one day
    doc = _document(_zip(tmp_path / "dump.zip", {member: json.dumps(records).encode()}))
    con = duckdb.connect()
    ledgers = {entry.entity: entry for entry in ror.stage(con, {"dump": doc}, "run-1")}
    organisations = ledgers["ror_organisation"]
    assert (organisations.rows_in, organisations.rows_quarantined) == (len(records), 3)
    assert organisations.new_columns == ("names[].script",)
    details = dict(
        con.execute("select line, detail from quarantine where entity = 'ror_organisation' order by line").fetchall()
    )
    assert set(details) == {1, 2, 3}
    assert "ror_id" in details[1] and "country" in details[2] and "country" in details[3]
    names_of_bad = con.execute(
        "select count(*), count(*) filter (where detail like '%organisation quarantined%') "
        "from quarantine where entity = 'ror_name' and line in (1, 2, 3)"
    ).fetchall()[0]
    assert names_of_bad[0] > 0 and names_of_bad[0] == names_of_bad[1]
    staged_lines = con.execute("select count(*) from stg_ror__names where source_line in (1, 2, 3)").fetchall()
    assert staged_lines == [(0,)]

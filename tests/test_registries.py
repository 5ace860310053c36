"""Cluster registries over loopback HTTP: scraping politely, landing drops, and one cluster, one id."""

from __future__ import annotations

import csv
import json
import os
import shutil
from collections import defaultdict
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import duckdb
import pytest

from extractors.errors import LayoutChanged
from landscape import ledger
from landscape.demo import settings_for
from landscape.pipeline import ingest
from landscape.settings import Settings
from landscape.snapshot.server import ScriptedResponse, SnapshotServer
from warehouse.build import build
from warehouse.staging_store import staging_path

CLUSTERS = 300


@pytest.fixture(scope="session")
def registry_root(tmp_path_factory: pytest.TempPathFactory) -> Path:
    from landscape.snapshot.registries import generate_registries

    root = tmp_path_factory.mktemp("registries")
    generate_registries(root, clusters=CLUSTERS)
    return root


@pytest.fixture(scope="session")
def registry_truth(registry_root: Path) -> dict:
    return json.loads((registry_root / "truth.json").read_text())


@dataclass
class Sites:
    settings: Settings
    eccp: SnapshotServer
    esca: SnapshotServer
    root: Path


def _sites(eccp_root: Path, esca_root: Path, home: Path, root: Path) -> Iterator[Sites]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("LANDSCAPE_")}
    env["LANDSCAPE_HOME"] = str(home)
    with SnapshotServer(eccp_root) as eccp, SnapshotServer(esca_root) as esca:
        yield Sites(settings_for({"eccp": eccp.url, "esca": esca.url}, env), eccp, esca, root)


@pytest.fixture
def sites(registry_root: Path, tmp_path: Path) -> Iterator[Sites]:
    yield from _sites(registry_root / "eccp", registry_root / "esca", tmp_path / "home", registry_root)


def staged(settings: Settings, source: str, sql: str) -> list[tuple]:
    con = duckdb.connect(str(staging_path(settings.staging_dir, source)), read_only=True)
    try:
        return con.execute(sql).fetchall()
    finally:
        con.close()


def test_eccp_walks_the_listing_to_its_last_page_and_quarantines_profiles_without_country(
    sites: Sites, registry_truth: dict
) -> None:
    result = ingest("eccp", sites.settings)
    truth = registry_truth["eccp"]
    listings = [r for r in sites.eccp.requests if r.path == "/cluster-organisations" and "page=" in r.query]
    assert sorted(int(r.query.split("=")[1]) for r in listings) == list(range(truth["pages"]))
    fetched_profiles = truth["profiles"] - len(truth["disallowed"])
    clusters = staged(sites.settings, "eccp", "select count(*) from stg_eccp__clusters")[0][0]
    assert clusters == fetched_profiles - len(truth["missing_country"])
    quarantined = staged(
        sites.settings, "eccp", "select source_ref, reason_code, detail from quarantine where entity = 'cluster'"
    )
    assert {ref.split("://", 1)[1].split("/", 1)[1] for ref, _, _ in quarantined} == {
        p.lstrip("/") for p in truth["missing_country"]
    }
    assert all(reason == "schema_violation" and "country" in detail for _, reason, detail in quarantined)
    member_details = staged(
        sites.settings, "eccp", "select distinct detail from quarantine where entity = 'membership'"
    )
    assert member_details in ([], [("profile quarantined",)])
    assert result.rows_in == result.rows_staged + result.rows_quarantined
    members = staged(sites.settings, "eccp", "select count(*), count(distinct profile_url) from stg_eccp__memberships")
    assert members[0][0] > 0 and 0 < members[0][1] < clusters, "only some profiles list their members"


def test_robots_disallowed_profiles_are_never_requested(sites: Sites, registry_truth: dict) -> None:
    ingest("eccp", sites.settings)
    requested = {r.path for r in sites.eccp.requests}
    assert "/robots.txt" in requested
    assert registry_truth["eccp"]["disallowed"], "the snapshot lists disallowed profiles"
    for path in registry_truth["eccp"]["disallowed"]:
        assert path not in requested
    assert not any(p.startswith("/cluster-organisations/private-") for p in requested)


def test_429_with_retry_after_is_waited_out(sites: Sites) -> None:
    import time

    sites.eccp.script("/cluster-organisations?page=2", [ScriptedResponse(429, headers={"Retry-After": "1"})])
    started = time.monotonic()
    result = ingest("eccp", sites.settings)
    assert time.monotonic() - started >= 1.0, "Retry-After: 1 was waited out"
    assert result.status == ledger.STAGED
    page_two = [r for r in sites.eccp.requests if r.path == "/cluster-organisations" and r.query == "page=2"]
    assert len(page_two) == 2


def test_second_refresh_rereads_listings_but_not_unchanged_profiles(sites: Sites) -> None:
    ingest("eccp", sites.settings)
    sites.eccp.clear_requests()
    again = ingest("eccp", sites.settings)
    paths = [r.path for r in sites.eccp.requests]
    assert any(p == "/cluster-organisations" for p in paths), "listings are always re-fetched"
    assert not [p for p in paths if p.startswith("/cluster-organisations/")], "profiles come from the archive"
    assert again.status == ledger.UNCHANGED


def test_changed_layout_fails_loudly_names_the_selector_and_keeps_data(
    sites: Sites, registry_root: Path, tmp_path: Path
) -> None:
    ingest("eccp", sites.settings)
    before = staging_path(sites.settings.staging_dir, "eccp").read_bytes()
    redesigned = tmp_path / "eccp-redesign"
    shutil.copytree(registry_root / "eccp", redesigned)
    for page in (redesigned / "cluster-organisations").iterdir():
        if page.is_file():
            page.write_text(page.read_text(encoding="utf-8").replace("field--name-field-country", "field--name-land"))
    # Profiles must look changed to be fetched again: age limit 0 days.
    env = {**(sites.settings.env or {}), "LANDSCAPE_ECCP_PROFILE_MAX_AGE_DAYS": "0"}
    with SnapshotServer(redesigned) as server, pytest.raises(LayoutChanged, match="field--name-field-country"):
        ingest("eccp", settings_for({"eccp": server.url}, env))
    assert staging_path(sites.settings.staging_dir, "eccp").read_bytes() == before
    assert ledger.read(sites.settings.home, "eccp")[-1].status == ledger.FAILED


def test_a_profile_that_repeats_a_field_is_quarantined_not_the_whole_scrape(
    sites: Sites, registry_root: Path, tmp_path: Path
) -> None:
    from bs4 import BeautifulSoup

    edited = tmp_path / "eccp-edited"
    shutil.copytree(registry_root / "eccp", edited)
    profile = next(
        page
        for page in sorted((edited / "cluster-organisations").iterdir())
        if page.is_file()
        and "field--name-field-country" in (text := page.read_text(encoding="utf-8"))
        and "field--name-field-members" in text
    )
    soup = BeautifulSoup(profile.read_text(encoding="utf-8"), "html.parser")
    country = soup.select_one(".field--name-field-country")
    assert country is not None
    country.insert_after(BeautifulSoup(str(country), "html.parser"))  # an editor's slip: the country twice
    profile.write_text(str(soup), encoding="utf-8")

    with SnapshotServer(edited) as server:
        result = ingest("eccp", settings_for({"eccp": server.url}, sites.settings.env))
    assert result.status == ledger.STAGED
    quarantined = staged(sites.settings, "eccp", "select source_ref, detail from quarantine where entity = 'cluster'")
    repeated = [(ref, detail) for ref, detail in quarantined if "appears 2 times" in detail]
    assert len(repeated) == 1 and repeated[0][0].endswith("/cluster-organisations/" + profile.name)
    assert "field 'country' appears 2 times" in repeated[0][1]
    # A member list is only as good as its profile: its members are quarantined with it, not staged.
    members = staged(
        sites.settings,
        "eccp",
        "select count(*) from quarantine where entity = 'membership' and detail = 'profile quarantined'",
    )
    assert members[0][0] > 0
    staged_members = staged(
        sites.settings,
        "eccp",
        f"select count(*) from stg_eccp__memberships where profile_url = '{repeated[0][0]}'",
    )
    assert staged_members == [(0,)]
    assert result.rows_staged > 0 and result.rows_in == result.rows_staged + result.rows_quarantined


def test_esca_label_list_is_read_per_country(sites: Sites, registry_truth: dict) -> None:
    ingest("esca", sites.settings)
    rows = staged(
        sites.settings, "esca", "select count(*), count(distinct country), count(label) from stg_esca__labels"
    )
    assert rows[0] == (registry_truth["esca"]["rows"], registry_truth["esca"]["countries"], rows[0][0])
    labels = {r[0] for r in staged(sites.settings, "esca", "select distinct label from stg_esca__labels")}
    assert labels <= {"GOLD", "SILVER", "BRONZE"}


def test_csv_and_xlsx_drops_are_staged_once_with_their_mappings(sites: Sites, registry_truth: dict) -> None:
    dropped = _drop(sites)
    assert {p.suffix for p in dropped} == {".csv", ".xlsx"}
    first = ingest("registry_drops", sites.settings)
    counts = dict(
        staged(sites.settings, "registry_drops", "select registry, count(*) from stg_registry__clusters group by 1")
    )
    assert counts == {
        "clusterplattform": registry_truth["clusterplattform"]["rows"],
        "poles": registry_truth["poles"]["rows"],
    }
    countries = dict(
        staged(
            sites.settings,
            "registry_drops",
            "select registry, any_value(country) from stg_registry__clusters group by 1",
        )
    )
    assert countries == {"clusterplattform": "DE", "poles": "FR"}
    assert first.status == ledger.STAGED
    assert ingest("registry_drops", sites.settings).status == ledger.UNCHANGED, "the same file is ingested once"


def _drop(sites: Sites) -> list[Path]:
    landing = sites.root / "landing"
    out = []
    for folder in sorted(landing.iterdir()):
        target = sites.settings.landing_dir / "registries" / folder.name
        target.mkdir(parents=True, exist_ok=True)
        for path in folder.iterdir():
            shutil.copyfile(path, target / path.name)
            out.append(target / path.name)
    return out


def test_broken_mapping_names_the_file_the_mapping_and_the_column(sites: Sites) -> None:
    _drop(sites)
    folder = sites.settings.landing_dir / "registries" / "clusterplattform"
    newest = sorted(folder.iterdir())[-1]
    text = newest.read_bytes().decode("utf-8-sig").replace("Clustername", "Name des Clusters", 1)
    renamed = folder / "clusterplattform-deutschland-2026-11.csv"
    renamed.write_bytes(("\ufeff" + text).encode())
    with pytest.raises(LayoutChanged) as err:
        ingest("registry_drops", sites.settings)
    message = str(err.value)
    assert renamed.name in message, "the message names the file as dropped, not its archive hash"
    assert "clusterplattform.json" in message and "Clustername" in message


def _truth_by_mention(root: Path, truth: dict) -> dict[str, str]:
    """mention_id (as core.cluster_mentions writes it) -> truth cluster id."""
    csv_rows = list(
        csv.DictReader((root / truth["clusterplattform"]["path"]).read_text("utf-8-sig").splitlines(), delimiter=";")
    )
    from openpyxl import load_workbook

    sheet = load_workbook(root / truth["poles"]["path"], read_only=True)[truth["poles"]["sheet"]]
    pole_rows = [r for r in sheet.iter_rows(min_row=3, values_only=True) if any(r)]
    out = {}
    for cluster in truth["clusters"]:
        sources = cluster["sources"]
        if sources["eccp"]:
            out[f"eccp|/cluster-organisations/{sources['eccp']}"] = cluster["id"]
        if sources["esca"]:
            out[f"esca|{sources['esca']['country']}#{sources['esca']['row']}"] = cluster["id"]
        if sources["clusterplattform"]:
            out[
                f"registry:clusterplattform|clusterplattform:{csv_rows[sources['clusterplattform'] - 1]['Clustername']}"
            ] = cluster["id"]
        if sources["poles"]:
            out[f"registry:poles|poles:{pole_rows[sources['poles'] - 1][0]}"] = cluster["id"]
    return out


def test_duplicate_clusters_across_registries_merge_into_one(sites: Sites, registry_truth: dict) -> None:
    _drop(sites)
    for source in ("eccp", "esca", "registry_drops"):
        ingest(source, sites.settings)
    result = build(sites.settings, with_gx=False)
    con = duckdb.connect(str(result.warehouse), read_only=True)
    rows = con.execute("select mention_id, cluster_id, source_key, source from core.cluster_mentions").fetchall()
    con.close()
    truth_of = _truth_by_mention(sites.root, registry_truth)

    def key(mention_id: str, source_key: str, source: str) -> str:
        if source == "eccp":
            return "eccp|" + "/" + source_key.split("/", 3)[3]
        if source == "esca":
            page, row = source_key.rsplit("#", 1)
            return f"esca|{page.split('country=')[1]}#{row}"
        return mention_id

    truth_ids = {m: truth_of.get(key(m, k, s)) for m, _, k, s in rows}
    unknown = [m for m, t in truth_ids.items() if t is None]
    assert unknown == [], unknown[:5]
    by_cluster: dict[str, set[str]] = defaultdict(set)
    by_truth: dict[str, set[str]] = defaultdict(set)
    for mention, cluster_id, _, _ in rows:
        by_cluster[cluster_id].add(truth_ids[mention])  # type: ignore[arg-type]
        by_truth[truth_ids[mention]].add(cluster_id)  # type: ignore[index]
    wrongly_merged = [c for c, ts in by_cluster.items() if len(ts) > 1]
    split = [t for t, cs in by_truth.items() if len(cs) > 1]
    assert wrongly_merged == [], "different clusters merged"
    assert len(split) <= 0.02 * len(by_truth), f"{len(split)} of {len(by_truth)} clusters split: {split[:5]}"
    three_sources = [c for c in registry_truth["clusters"] if sum(1 for v in c["sources"].values() if v) >= 3]
    merged_three = [c for c in three_sources if len(by_truth[c["id"]]) == 1]
    assert len(merged_three) >= 0.95 * len(three_sources) and len(three_sources) >= 10
    for pair in registry_truth["hard_non_matches"]:
        ids = [i for i in pair["ids"] if i in by_truth]
        assert len({next(iter(by_truth[i])) for i in ids}) == len(ids), pair


def test_a_cluster_that_left_every_registry_stays_as_no_longer_listed(
    sites: Sites, registry_root: Path, tmp_path: Path
) -> None:
    from landscape.snapshot.registries import generate_registries

    ingest("eccp", sites.settings)
    first = build(sites.settings, with_gx=False)
    con = duckdb.connect(str(first.warehouse), read_only=True)
    before = dict(con.execute("select cluster_id, last_seen from core.clusters").fetchall())
    con.close()
    later = tmp_path / "release2"
    truth2 = generate_registries(later, clusters=CLUSTERS, release=2)
    removed = truth2["changes_since_release_1"]["eccp"]["removed"]
    assert removed
    with SnapshotServer(later / "eccp") as server:
        ingest("eccp", settings_for({"eccp": server.url}, dict(sites.settings.env or {})))
    second = build(sites.settings, with_gx=False)
    con = duckdb.connect(str(second.warehouse), read_only=True)
    gone = con.execute("select cluster_id, last_seen from core.clusters where not still_listed").fetchall()
    total = con.execute("select count(*) from core.clusters").fetchall()[0][0]
    con.close()
    assert len(gone) == len(removed)
    assert all(before[cluster_id] == last_seen for cluster_id, last_seen in gone), "last_seen is kept as it was"
    assert total == len(before) + len(truth2["changes_since_release_1"]["eccp"]["added"])


def test_a_listed_profile_that_is_gone_is_skipped_not_fatal(sites: Sites, registry_truth: dict) -> None:
    slug = next(c["sources"]["eccp"] for c in registry_truth["clusters"] if c["sources"]["eccp"])
    sites.eccp.script(f"/cluster-organisations/{slug}", [ScriptedResponse(404)])
    result = ingest("eccp", sites.settings)
    assert result.status == ledger.STAGED
    urls = {r[0] for r in staged(sites.settings, "eccp", "select profile_url from stg_eccp__clusters")}
    assert not any(u.endswith("/" + slug) for u in urls)


def test_a_pager_that_comes_round_again_stops_early(sites: Sites, registry_root: Path) -> None:
    page_zero = (registry_root / "eccp" / "cluster-organisations?page=0").read_bytes()
    sites.eccp.script("/cluster-organisations?page=1", [ScriptedResponse(200, body=page_zero)])
    with pytest.raises(LayoutChanged, match="came round again"):
        ingest("eccp", sites.settings)
    listings = [r for r in sites.eccp.requests if r.path == "/cluster-organisations"]
    assert len(listings) <= 3, "stopped at the first repeated page, not after 1,000"


def test_new_profile_fields_are_reported_and_members_follow_their_profile(
    sites: Sites, registry_root: Path, tmp_path: Path
) -> None:
    site = tmp_path / "eccp-new-field"
    shutil.copytree(registry_root / "eccp", site)
    for page in (site / "cluster-organisations").iterdir():
        if page.is_file() and page.name != "index.html":
            text = page.read_text(encoding="utf-8")
            marker = '<div class="field field--name-field-acronym'
            new = '<div class="field field--name-field-value-chains"><div class="field__item">Batteries</div></div>'
            page.write_text(text.replace(marker, new + marker, 1), encoding="utf-8")
    with SnapshotServer(site) as server:
        ingest("eccp", settings_for({"eccp": server.url}, dict(sites.settings.env or {})))
    run = ledger.read(sites.settings.home, "eccp")[-1]
    cluster_file = next(f for f in run.files if f["entity"] == "cluster")
    assert cluster_file["new_columns"] == ["field--name-field-value-chains"]
    orphans = staged(
        sites.settings,
        "eccp",
        "select count(*) from stg_eccp__memberships m "
        "where m.profile_url not in (select profile_url from stg_eccp__clusters)",
    )[0][0]
    assert orphans == 0
    member_file = next(f for f in run.files if f["entity"] == "membership")
    assert member_file["rows_in"] == member_file["rows_staged"] + member_file["rows_quarantined"]


def test_esca_country_page_without_labels_is_empty_not_fatal() -> None:
    from extractors.esca import parse_country_page

    empty = b'<html><body><div class="view"><div class="view-empty">No clusters found.</div></div></body></html>'
    assert parse_country_page(empty, "http://x/benchmarked-clusters?country=1") == []
    with pytest.raises(LayoutChanged, match="no label table"):
        parse_country_page(b"<html><body><p>Maintenance</p></body></html>", "http://x/p")


def test_only_profiles_the_listing_shows_as_changed_are_fetched_again(
    sites: Sites, registry_root: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import extractors.archive
    from landscape.snapshot.registries import generate_registries, release_time

    later = tmp_path / "release2"
    changes = generate_registries(later, clusters=CLUSTERS, release=2)["changes_since_release_1"]["eccp"]
    # Age limit out of the way: this test is about the listing's "changed" time alone.
    env = {**(sites.settings.env or {}), "LANDSCAPE_ECCP_PROFILE_MAX_AGE_DAYS": "3650"}
    # The same site (same URL) one month later: release 1, then release 2 on the same port.
    with SnapshotServer(registry_root / "eccp") as first:
        port = int(first.url.rsplit(":", 1)[1])
        settings = settings_for({"eccp": first.url}, env)
        # Our first scrape happened when release 1 was current (the snapshot's clock, not today's).
        taken = release_time(1).strftime("%Y-%m-%dT%H:%M:%S.000Z")
        with monkeypatch.context() as clock:
            clock.setattr(extractors.archive, "utc_now_iso", lambda: taken)
            ingest("eccp", settings)
    with SnapshotServer(later / "eccp", port=port) as second:
        result = ingest("eccp", settings)
        fetched = {r.path for r in second.requests if r.path.startswith("/cluster-organisations/")}
    assert result.status == ledger.STAGED
    expected = set(changes["changed"]) | set(changes["added"])
    assert expected and fetched == expected, (sorted(fetched - expected), sorted(expected - fetched))


def test_the_quarantine_share_limit_is_one_setting_for_both_checks(
    sites: Sites, registry_root: Path, tmp_path: Path
) -> None:
    # With the limit raised to 100 %, a page redesign no longer stops the scrape: every profile is
    # quarantined instead (and the build's row-count expectation is what would stop a publish).
    redesigned = tmp_path / "eccp-redesign"
    shutil.copytree(registry_root / "eccp", redesigned)
    for page in (redesigned / "cluster-organisations").iterdir():
        if page.is_file():
            page.write_text(page.read_text(encoding="utf-8").replace("field--name-field-country", "field--name-land"))
    env = {**(sites.settings.env or {}), "LANDSCAPE_ECCP_MAX_QUARANTINE_SHARE": "1.0"}
    with SnapshotServer(redesigned) as server:
        result = ingest("eccp", settings_for({"eccp": server.url}, env))
    clusters = next(f for f in ledger.read(sites.settings.home, "eccp")[-1].files if f["entity"] == "cluster")
    assert result.status == ledger.STAGED
    assert clusters["rows_staged"] == 0 and clusters["rows_quarantined"] == clusters["rows_in"] > 0

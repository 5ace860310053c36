"""The synthetic cluster registries: formats and quirks, determinism, releases, and an exact truth file."""

from __future__ import annotations

import csv
import difflib
import hashlib
import html
import io
import json
import math
import re
import time
import urllib.request
import xml.etree.ElementTree as ET
from collections import Counter
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from urllib.robotparser import RobotFileParser

import pytest
from bs4 import BeautifulSoup, Tag
from openpyxl import load_workbook

from landscape.snapshot import registry_vocab as rv
from landscape.snapshot.registries import (
    CLUSTERPLATTFORM_HEADER,
    CLUSTERPLATTFORM_PATH,
    ESCA_HEADER,
    PAGE_SIZE,
    POLES_HEADER,
    POLES_PATH,
    POLES_SHEET,
    generate_registries,
    pathauto_slug,
)
from landscape.snapshot.server import SnapshotServer

LISTING = "cluster-organisations"
NON_EU = {"NO", "CH", "TR", "IL", "UA", "RS", "GB"}


@pytest.fixture(scope="module")
def generated(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, float]:
    out = tmp_path_factory.mktemp("registries-r1")
    started = time.perf_counter()
    generate_registries(out)
    return out, time.perf_counter() - started


@pytest.fixture(scope="module")
def release_1(generated: tuple[Path, float]) -> Path:
    return generated[0]


@pytest.fixture(scope="module")
def truth_1(release_1: Path) -> dict[str, Any]:
    return json.loads((release_1 / "truth.json").read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def release_2(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("registries-r2")
    generate_registries(out, release=2)
    return out


@pytest.fixture(scope="module")
def truth_2(release_2: Path) -> dict[str, Any]:
    return json.loads((release_2 / "truth.json").read_text(encoding="utf-8"))


@dataclass(frozen=True)
class ParsedProfile:
    """An ECCP profile page read with regular expressions (BeautifulSoup on 1,400 pages is too slow)."""

    text: str
    title: str
    nid: str
    changed: str
    fields: dict[str, list[str]]  # field machine name without "field-" -> item texts


_FIELD = re.compile(
    r'<div class="field field--name-field-([a-z0-9-]+) [^"]*">\s*<div class="field__label">[^<]*</div>\s*'
    r'(?:<div class="field__item">(.*?)</div>|<div class="field__items">(.*?)\n    </div>)',
    re.S,
)
_ITEM = re.compile(r'<div class="field__item">(.*?)</div>', re.S)


def parse_profile(text: str) -> ParsedProfile:
    nid = re.search(r'node--view-mode-full" data-history-node-id="(\d+)"', text)
    changed = re.search(r'<div class="field field--name-changed"><time datetime="([^"]+)">', text)
    assert nid is not None and changed is not None
    fields: dict[str, list[str]] = {}
    for match in _FIELD.finditer(text):
        items = [match.group(2)] if match.group(2) is not None else _ITEM.findall(match.group(3))
        assert match.group(1) not in fields
        fields[match.group(1)] = [html.unescape(re.sub(r"<[^>]+>", "", item)) for item in items]
    return ParsedProfile(text, eccp_title(text), nid.group(1), changed.group(1), fields)


@pytest.fixture(scope="module")
def profiles_1(release_1: Path, truth_1: dict[str, Any]) -> dict[str, ParsedProfile]:
    slugs = sorted(c["sources"]["eccp"] for c in truth_1["clusters"] if c["sources"]["eccp"])
    return {slug: parse_profile(profile_text(release_1, slug)) for slug in slugs}


@pytest.fixture(scope="module")
def listing_1(release_1: Path, truth_1: dict[str, Any]) -> list[BeautifulSoup]:
    return listing_soups(release_1, truth_1["eccp"]["pages"])


@pytest.fixture(scope="module")
def esca_1(release_1: Path) -> dict[str, list[list[str]]]:
    pages = sorted((release_1 / "esca").glob("benchmarked-clusters?country=*"))
    return {page.name.split("=", 1)[1]: esca_rows(release_1, page.name.split("=", 1)[1]) for page in pages}


def tree_hashes(root: Path) -> dict[str, str]:
    return {
        path.relative_to(root).as_posix(): hashlib.sha256(path.read_bytes()).hexdigest()
        for path in sorted(root.rglob("*"))
        if path.is_file()
    }


def listing_soups(root: Path, pages: int) -> list[BeautifulSoup]:
    return [
        BeautifulSoup((root / "eccp" / f"{LISTING}?page={page}").read_text(encoding="utf-8"), "html.parser")
        for page in range(pages)
    ]


def teasers(soup: BeautifulSoup) -> list[Tag]:
    return soup.select("div.view-content > div.views-row > article.node--view-mode-teaser")


def profile_path(href: str) -> str:
    return href.removeprefix("https://www.clustercollaboration.eu")


def profile_text(root: Path, slug: str) -> str:
    return (root / "eccp" / LISTING / slug).read_text(encoding="utf-8")


def bare_host(url: str) -> str:
    """A web address reduced to its host without ``www.``: what every source's spelling shares."""
    host = re.sub(r"^[a-z]+://", "", url.strip()).split("/")[0]
    return host.removeprefix("www.")


def eccp_title(text: str) -> str:
    found = re.search(r'<span class="field field--name-title">([^<]*)</span>', text)
    assert found is not None
    return BeautifulSoup(found.group(1), "html.parser").get_text()


def esca_rows(root: Path, country: str) -> list[list[str]]:
    soup = BeautifulSoup((root / "esca" / f"benchmarked-clusters?country={country}").read_text("utf-8"), "html.parser")
    table = soup.select_one("table.views-table")
    assert table is not None
    return [[td.get_text() for td in tr.find_all("td")] for tr in table.select("tbody > tr")]


def csv_rows(root: Path) -> list[list[str]]:
    text = (root / CLUSTERPLATTFORM_PATH).read_bytes().decode("utf-8-sig")
    return list(csv.reader(io.StringIO(text, newline=""), delimiter=";"))


def xlsx_rows(root: Path) -> list[tuple[Any, ...]]:
    workbook = load_workbook(root / POLES_PATH, read_only=True)
    return list(workbook[POLES_SHEET].iter_rows(values_only=True))


def source_count(cluster: dict[str, Any]) -> int:
    return sum(value is not None for value in cluster["sources"].values())


# --- size, speed, determinism --------------------------------------------------------------------


def test_default_size_is_fast_and_shaped_like_the_real_registries(
    generated: tuple[Path, float], truth_1: dict[str, Any]
) -> None:
    _, elapsed = generated
    assert elapsed < 10, f"generation took {elapsed:.1f}s"
    clusters = truth_1["clusters"]
    assert len(clusters) == 1500
    assert [c["id"] for c in clusters] == [f"cl-{n:04d}" for n in range(1, 1501)]
    eccp = truth_1["eccp"]
    assert 1350 <= eccp["profiles"] <= 1450
    assert eccp["pages"] == math.ceil(eccp["profiles"] / 20) and PAGE_SIZE == 20
    assert 1200 <= truth_1["esca"]["rows"] <= 1400 and truth_1["esca"]["countries"] == 48
    assert 150 <= truth_1["clusterplattform"]["rows"] <= 450
    assert 50 <= truth_1["poles"]["rows"] <= 60
    countries = Counter(c["country"] for c in clusters)
    assert countries.most_common(1)[0][0] == "DE"
    assert {code for code, _ in countries.most_common(5)} == {"DE", "ES", "FR", "IT", "PL"}
    assert sum(1 for n in countries.values() if n >= 10) >= 25  # about 30 countries carry the weight
    assert all(re.fullmatch(r"[A-Z]{2}", code) and code not in ("EL", "UK") for code in countries)
    assert all(source_count(c) >= 1 for c in clusters)


def test_same_arguments_give_identical_bytes(release_1: Path, tmp_path: Path) -> None:
    generate_registries(tmp_path / "again")
    assert tree_hashes(tmp_path / "again") == tree_hashes(release_1)


def test_another_seed_gives_another_population(tmp_path: Path) -> None:
    a = generate_registries(tmp_path / "a", clusters=200, seed=1)
    b = generate_registries(tmp_path / "b", clusters=200, seed=2)
    assert [c["name"] for c in a["clusters"]] != [c["name"] for c in b["clusters"]]
    assert len(a["clusters"]) == 200 and a["esca"]["countries"] == 48


def test_rejects_bad_arguments(tmp_path: Path) -> None:
    with pytest.raises(ValueError, match="clusters"):
        generate_registries(tmp_path, clusters=10)
    with pytest.raises(ValueError, match="release"):
        generate_registries(tmp_path, release=0)


# --- release 2 ------------------------------------------------------------------------------------


def test_release_2_changes_only_what_it_announces(
    release_1: Path, release_2: Path, truth_1: dict[str, Any], truth_2: dict[str, Any]
) -> None:
    before, after = tree_hashes(release_1), tree_hashes(release_2)
    changes = truth_2["changes_since_release_1"]["eccp"]
    assert truth_1["changes_since_release_1"]["eccp"] == {
        "changed": [],
        "description_changed": [],
        "removed": [],
        "added": [],
    }
    assert len(changes["removed"]) == 2 and len(changes["added"]) == 3
    assert 3 <= len(changes["changed"]) <= 6 and len(changes["description_changed"]) == 1
    assert set(changes["description_changed"]) <= set(changes["changed"])

    def key(path: str) -> str:
        return f"eccp{path}"

    assert {key(p) for p in changes["removed"]} <= set(before) - set(after)
    assert {key(p) for p in changes["added"]} <= set(after) - set(before)
    differing = {name for name in set(before) & set(after) if before[name] != after[name]}
    profiles_changed = {name for name in differing if name.startswith(f"eccp/{LISTING}/") and "index" not in name}
    assert profiles_changed == {key(p) for p in changes["changed"]}
    # Only ECCP listings, sitemap and the truth may change besides the announced profiles.
    for name in differing - profiles_changed:
        assert name == "truth.json" or name == "eccp/sitemap.xml" or name.startswith(f"eccp/{LISTING}"), name
    assert not any(name.startswith(("esca/", "landing/")) for name in differing)

    for path in changes["changed"]:
        old = (release_1 / key(path)).read_text("utf-8")
        new = (release_2 / key(path)).read_text("utf-8")
        old_time = re.search(r'field--name-changed"><time datetime="([^"]+)"', old)
        new_time = re.search(r'field--name-changed"><time datetime="([^"]+)"', new)
        assert old_time and new_time and new_time.group(1) > old_time.group(1)
        assert new_time.group(1) > "2026-10-12T09:31:00Z"
        strip = re.compile(r"<time datetime=\"[^\"]+\">[^<]+</time>")
        if path in changes["description_changed"]:
            assert strip.sub("", old) != strip.sub("", new)
            assert new.count("<p>") == old.count("<p>") + 1
        else:
            assert strip.sub("", old) == strip.sub("", new)

    sitemap_1 = sitemap_entries(release_1)
    sitemap_2 = sitemap_entries(release_2)
    for path in changes["changed"]:
        assert sitemap_2[path] > sitemap_1[path]
    assert set(sitemap_2) == (set(sitemap_1) - set(changes["removed"])) | set(changes["added"])
    unchanged = set(sitemap_1) - set(changes["changed"]) - set(changes["removed"])
    assert all(sitemap_1[p] == sitemap_2[p] for p in unchanged)

    assert truth_2["eccp"]["profiles"] == truth_1["eccp"]["profiles"] + 1
    assert len(truth_2["clusters"]) == len(truth_1["clusters"]) + 3
    by_slug_2 = {c["sources"]["eccp"]: c for c in truth_2["clusters"] if c["sources"]["eccp"]}
    for path in changes["added"]:
        assert by_slug_2[path.rsplit("/", 1)[1]]["id"] > "cl-1500"
    removed_ids = {c["id"] for c in truth_1["clusters"] if f"/{LISTING}/{c['sources']['eccp']}" in changes["removed"]}
    for cluster in truth_2["clusters"]:
        if cluster["id"] in removed_ids:
            assert cluster["sources"]["eccp"] is None and source_count(cluster) >= 1


# --- ECCP -----------------------------------------------------------------------------------------


def sitemap_entries(root: Path) -> dict[str, str]:
    text = (root / "eccp" / "sitemap.xml").read_text("utf-8")
    xml = text[text.index("<?xml") :]
    xml = xml[: xml.index("</urlset>") + len("</urlset>")]
    ns = {"s": "http://www.sitemaps.org/schemas/sitemap/0.9"}
    root_element = ET.fromstring(xml.encode("utf-8"))
    entries = {}
    for url in root_element.findall("s:url", ns):
        loc, lastmod = url.findtext("s:loc", namespaces=ns), url.findtext("s:lastmod", namespaces=ns)
        assert loc is not None and lastmod is not None and loc.startswith("http://default/")
        entries[loc.removeprefix("http://default")] = lastmod
    return entries


def test_robots_txt(release_1: Path) -> None:
    text = (release_1 / "eccp" / "robots.txt").read_text("utf-8")
    for line in (
        "User-agent: *",
        "Crawl-delay: 1",
        "Disallow: /user/",
        "Disallow: /search/",
        "Disallow: /cluster-organisations/private-",
        "Sitemap: http://default/sitemap.xml",
    ):
        assert line in text.splitlines()
    robots = RobotFileParser()
    robots.parse(text.splitlines())
    assert robots.crawl_delay("landscape") == 1
    assert robots.can_fetch("landscape", "https://www.clustercollaboration.eu/cluster-organisations?page=3")
    assert not robots.can_fetch("landscape", "https://www.clustercollaboration.eu/cluster-organisations/private-x")


def test_sitemap_has_theme_debug_before_xml_and_the_broken_host(
    release_1: Path, truth_1: dict[str, Any], profiles_1: dict[str, ParsedProfile]
) -> None:
    text = (release_1 / "eccp" / "sitemap.xml").read_text("utf-8")
    assert text.index("<!-- THEME DEBUG -->") < text.index("<?xml")
    with pytest.raises(ET.ParseError):
        ET.fromstring(text.encode("utf-8"))  # a strict parser must strip the comment first
    entries = sitemap_entries(release_1)
    slugs = {c["sources"]["eccp"] for c in truth_1["clusters"] if c["sources"]["eccp"]}
    assert set(entries) == {f"/{LISTING}/{slug}" for slug in slugs}
    assert all(re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\+00:00", v) for v in entries.values())
    assert max(entries.values()) <= "2026-10-12T09:31:00+00:00"
    # lastmod is the profile's own "changed" time.
    for path in sorted(entries)[:50]:
        found = re.search(
            r'field--name-changed"><time datetime="([^"]+)Z"', profile_text(release_1, path.rsplit("/")[-1])
        )
        assert found and f"{found.group(1)}+00:00" == entries[path]


def test_listing_pages_have_20_teasers_and_a_drupal_pager(
    release_1: Path, truth_1: dict[str, Any], listing_1: list[BeautifulSoup]
) -> None:
    pages = truth_1["eccp"]["pages"]
    soups = listing_1
    assert not (release_1 / "eccp" / f"{LISTING}?page={pages}").exists()
    assert (release_1 / "eccp" / LISTING / "index.html").read_bytes() == (
        release_1 / "eccp" / f"{LISTING}?page=0"
    ).read_bytes()
    seen: list[str] = []
    for page, soup in enumerate(soups):
        rows = teasers(soup)
        if page < pages - 1:
            assert len(rows) == 20
        else:
            assert 1 <= len(rows) <= 20
        pager = soup.select_one("nav.pager ul.pager__items")
        assert pager is not None
        following = pager.select("li.pager__item--next a[rel=next]")
        last = pager.select("li.pager__item--last a")
        if page < pages - 1:
            assert [a["href"] for a in following] == [f"?page={page + 1}"]
            assert [a["href"] for a in last] == [f"?page={pages - 1}"]
            assert following[0].get_text() == "Next \u203a"
        else:
            assert following == [] and last == []
        active = pager.select("li.is-active a")
        assert [a["href"] for a in active] == [f"?page={page}"]
        for row in rows:
            link = row.select_one("h2.node__title a[rel=bookmark]")
            assert link is not None
            seen.append(profile_path(str(link["href"])))
    assert len(seen) == len(set(seen)) == truth_1["eccp"]["profiles"]


def test_every_teaser_has_a_profile_page_of_the_same_node(
    release_1: Path, listing_1: list[BeautifulSoup], profiles_1: dict[str, ParsedProfile]
) -> None:
    absolute = 0
    for soup in listing_1:
        for row in teasers(soup):
            link = row.select_one("h2.node__title a")
            assert link is not None and link.span is not None
            href = str(link["href"])
            absolute += href.startswith("https://www.clustercollaboration.eu/")
            path = profile_path(href)
            assert path.startswith(f"/{LISTING}/")
            assert (release_1 / "eccp" / path.lstrip("/")).is_file()
            profile = profiles_1[path.rsplit("/", 1)[1]]
            assert profile.nid == row["data-history-node-id"]
            assert profile.title == link.span.get_text()
            time_tag = row.select_one("div.field--name-changed time")
            assert time_tag is not None and re.fullmatch(r"\d\d/\d\d/\d{4}", time_tag.get_text())
    assert 20 <= absolute <= 300  # some links absolute on the www host, most relative


def test_profiles_without_country_are_listed_in_truth(
    truth_1: dict[str, Any], profiles_1: dict[str, ParsedProfile], listing_1: list[BeautifulSoup]
) -> None:
    missing = set(truth_1["eccp"]["missing_country"])
    profiles = truth_1["eccp"]["profiles"]
    assert 0.005 * profiles <= len(missing) <= 0.02 * profiles
    names = {n.iso: n.name for n in rv.NATIONS}
    for cluster in truth_1["clusters"]:
        slug = cluster["sources"]["eccp"]
        if slug is None:
            continue
        profile = profiles_1[slug]
        if f"/{LISTING}/{slug}" in missing:
            assert "country" not in profile.fields and "field--name-field-country" not in profile.text
        else:
            assert profile.fields["country"] == [names[cluster["country"]]]
    # The teasers of those profiles lack the country too.
    without = set()
    for soup in listing_1:
        for row in teasers(soup):
            if row.select_one("div.field--name-field-country") is None:
                link = row.select_one("h2.node__title a")
                assert link is not None
                without.add(profile_path(str(link["href"])))
    assert without == missing


def test_disallowed_profiles_are_listed_in_truth(release_1: Path, truth_1: dict[str, Any]) -> None:
    disallowed = truth_1["eccp"]["disallowed"]
    assert len(disallowed) == 2
    assert all(path.startswith(f"/{LISTING}/private-") for path in disallowed)
    assert all((release_1 / "eccp" / path.lstrip("/")).is_file() for path in disallowed)


def test_profile_fields_carry_the_real_quirks(profiles_1: dict[str, ParsedProfile]) -> None:
    with_members = 0
    member_texts: set[str] = set()
    labels: Counter[str] = Counter()
    endings: set[str] = set()
    for profile in profiles_1.values():
        assert profile.text.count('node--view-mode-full"') == 1
        assert "<!-- THEME DEBUG -->" in profile.text
        assert 'class="clearfix text-formatted field field--name-body' in profile.text
        members = profile.fields.get("members", [])
        if members:
            with_members += 1
            assert 5 <= len(members) <= 40 and len(set(members)) == len(members)
            endings.update(m.rsplit(" ", 1)[-1] for m in members)
        if "number-of-members" in profile.fields:
            member_texts.add(re.sub(r"\d+", "N", profile.fields["number-of-members"][0]))
        if "cluster-label" in profile.fields:
            labels[profile.fields["cluster-label"][0]] += 1
            assert re.fullmatch(r"\d\d/\d\d/\d{4}", profile.fields["label-valid-until"][0])
        for name in ("sectors", "industrial-ecosystems", "s3-areas"):
            assert len(profile.fields.get(name, ["x"])) >= 1
        assert set(profile.fields.get("industrial-ecosystems", [])) <= set(rv.INDUSTRIAL_ECOSYSTEMS)
        assert set(profile.fields.get("sectors", [])) <= set(rv.ECCP_SECTORS)
    total = len(profiles_1)
    assert 0.25 * total <= with_members <= 0.35 * total
    assert {"N", "approx. N", "N+", "over N members"} <= member_texts
    assert set(labels) == {"Gold", "Silver", "Bronze"} and sum(labels.values()) < total * 0.7
    assert {"GmbH", "S.A.", "e.V.", "Oy", "AB", "Ltd", "S.r.l.", "SAS"} <= endings
    bodies = [p.text for p in profiles_1.values()]
    assert sum("&amp;" in text for text in bodies) > 0.5 * total
    assert any("&#039;" in text for text in bodies)  # Twig escapes apostrophes in names


def test_snapshot_server_serves_the_files_under_their_urls(release_1: Path, truth_1: dict[str, Any]) -> None:
    slug = next(c["sources"]["eccp"] for c in truth_1["clusters"] if c["sources"]["eccp"])
    with SnapshotServer(release_1 / "eccp") as server:
        for path, expected in (
            (f"/{LISTING}?page=2", release_1 / "eccp" / f"{LISTING}?page=2"),
            (f"/{LISTING}", release_1 / "eccp" / LISTING / "index.html"),
            (f"/{LISTING}/{slug}", release_1 / "eccp" / LISTING / slug),
            ("/sitemap.xml", release_1 / "eccp" / "sitemap.xml"),
        ):
            with urllib.request.urlopen(server.url + path, timeout=5) as response:
                assert response.read() == expected.read_bytes(), path


# --- ESCA -----------------------------------------------------------------------------------------


def test_esca_country_pages(release_1: Path, truth_1: dict[str, Any], esca_1: dict[str, list[list[str]]]) -> None:
    index = BeautifulSoup((release_1 / "esca" / "benchmarked-clusters").read_text("utf-8"), "html.parser")
    links = index.select('a[href^="/benchmarked-clusters?country="]')
    assert len(links) == truth_1["esca"]["countries"] == 48
    names = {a.get_text() for a in links}
    assert {"Norway", "Switzerland", "Türkiye", "Israel", "Ukraine", "Serbia", "United Kingdom"} <= names
    total = 0
    schemeless = empty = 0
    for link in links:
        uuid = str(link["href"]).split("=", 1)[1]
        assert re.fullmatch(r"[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}", uuid)
        page = BeautifulSoup(
            (release_1 / "esca" / f"benchmarked-clusters?country={uuid}").read_text("utf-8"), "html.parser"
        )
        table = page.select_one("table.views-table")
        assert table is not None
        assert [th.get_text() for th in table.select("thead th")] == list(ESCA_HEADER)
        rows = esca_1[uuid]
        assert rows
        total += len(rows)
        for _, portfolio, www, label, valid in rows:
            assert portfolio and label in ("BRONZE", "SILVER", "GOLD")
            assert re.fullmatch(r"20\d\d/\d\d/\d\d", valid)
            schemeless += bool(www) and "://" not in www
            empty += not www
    assert total == truth_1["esca"]["rows"] and set(esca_1) == {str(a["href"]).split("=", 1)[1] for a in links}
    assert schemeless > 100 and 0 < empty < 100
    esca_only = [c for c in truth_1["clusters"] if c["sources"]["esca"] and source_count(c) == 1]
    assert len(esca_only) > 20
    assert {c["country"] for c in truth_1["clusters"] if c["sources"]["esca"]} >= NON_EU


# --- Clusterplattform and pôles -------------------------------------------------------------------


def test_clusterplattform_csv(release_1: Path, truth_1: dict[str, Any]) -> None:
    data = (release_1 / CLUSTERPLATTFORM_PATH).read_bytes()
    assert data.startswith(b"\xef\xbb\xbf")
    assert data.removeprefix(b"\xef\xbb\xbf").split(b"\r\n", 1)[0].decode() == ";".join(CLUSTERPLATTFORM_HEADER)
    rows = csv_rows(release_1)
    assert rows[0] == list(CLUSTERPLATTFORM_HEADER)
    body = rows[1:]
    assert len(body) == truth_1["clusterplattform"]["rows"]
    for name, land, city, website, fields, members, _programme in body:
        assert land in rv.BUNDESLAENDER and name and city and website.startswith("http")
        assert members.isdigit() and int(members) >= 15
        assert all(f and f == f.strip() for f in fields.split(", "))
    text = data.decode("utf-8-sig")
    assert "e.V." in text and re.search("[äöüß]", text) and "go-cluster" in text
    assert len({row[1] for row in body}) >= 12


def test_poles_xlsx_has_a_title_row_above_the_header(release_1: Path, truth_1: dict[str, Any]) -> None:
    workbook = load_workbook(release_1 / POLES_PATH)
    assert workbook.sheetnames == [POLES_SHEET]
    rows = xlsx_rows(release_1)
    title = [v for v in rows[0] if v is not None]
    assert len(title) == 1 and "pôles de compétitivité" in str(title[0]).lower()
    assert rows[1] == POLES_HEADER
    body = rows[2:]
    assert len(body) == truth_1["poles"]["rows"]
    for name, region, city, website, domains, members, phase in body:
        assert region in rv.REGIONS_FR and name and city and website and domains
        assert isinstance(members, int) and phase == "Phase V"
    assert any(str(row[0]).startswith("Pôle ") for row in body)


# --- truth and entity resolution ------------------------------------------------------------------


def test_every_source_row_in_truth_is_the_right_cluster(
    release_1: Path,
    truth_1: dict[str, Any],
    profiles_1: dict[str, ParsedProfile],
    esca_1: dict[str, list[list[str]]],
) -> None:
    """Each pointer in truth leads to a row or page whose web address is that cluster's."""
    csv_body = csv_rows(release_1)[1:]
    xlsx_body = xlsx_rows(release_1)[2:]
    checked = Counter[str]()
    for cluster in truth_1["clusters"]:
        host = bare_host(cluster["website"])
        sources = cluster["sources"]
        if sources["eccp"]:
            website = profiles_1[sources["eccp"]].fields.get("website")
            if website is not None:
                assert bare_host(website[0]) == host, cluster["id"]
                checked["eccp"] += 1
        if sources["esca"]:
            row = esca_1[sources["esca"]["country"]][sources["esca"]["row"] - 1]
            if row[2]:
                assert bare_host(row[2]) == host, cluster["id"]
                checked["esca"] += 1
        if sources["clusterplattform"]:
            assert cluster["country"] == "DE"
            assert bare_host(csv_body[sources["clusterplattform"] - 1][3]) == host
            checked["clusterplattform"] += 1
        if sources["poles"]:
            assert cluster["country"] == "FR"
            assert bare_host(str(xlsx_body[sources["poles"] - 1][3])) == host
            checked["poles"] += 1
    assert checked["clusterplattform"] == len(csv_body) and checked["poles"] == len(xlsx_body)
    assert checked["eccp"] > 0.9 * truth_1["eccp"]["profiles"]
    assert checked["esca"] > 0.9 * truth_1["esca"]["rows"]
    # Canonical web addresses identify clusters.
    hosts = [bare_host(c["website"]) for c in truth_1["clusters"]]
    assert len(hosts) == len(set(hosts))


def test_at_least_40_clusters_are_in_three_sources(truth_1: dict[str, Any]) -> None:
    counts = Counter(source_count(c) for c in truth_1["clusters"])
    assert counts[3] + counts[4] >= 40
    assert counts[1] > 0 and counts[2] > 0


def test_names_and_web_addresses_differ_between_sources(
    release_1: Path,
    truth_1: dict[str, Any],
    profiles_1: dict[str, ParsedProfile],
    esca_1: dict[str, list[list[str]]],
) -> None:
    csv_body = csv_rows(release_1)[1:]
    xlsx_body = xlsx_rows(release_1)[2:]
    different_names = Counter[str]()
    spellings: list[str] = []
    for cluster in truth_1["clusters"]:
        names: dict[str, str] = {}
        sources = cluster["sources"]
        if sources["eccp"]:
            profile = profiles_1[sources["eccp"]]
            names["eccp"] = profile.title
            spellings += profile.fields.get("website", [])
        if sources["esca"]:
            row = esca_1[sources["esca"]["country"]][sources["esca"]["row"] - 1]
            names["esca"] = row[0]
            spellings.append(row[2])
        if sources["clusterplattform"]:
            row = csv_body[sources["clusterplattform"] - 1]
            names["clusterplattform"] = row[0]
            spellings.append(row[3])
        if sources["poles"]:
            names["poles"] = str(xlsx_body[sources["poles"] - 1][0])
        if len(names) >= 2 and len(set(names.values())) > 1:
            different_names[",".join(sorted(names))] += 1
    assert sum(different_names.values()) > 300
    assert different_names["clusterplattform,eccp,esca"] > 20
    assert different_names["eccp,esca,poles"] > 5
    assert any(s.startswith("http://") for s in spellings) and any(s.startswith("https://") for s in spellings)
    assert any(s.startswith("www.") for s in spellings)  # no scheme at all
    assert any(s.endswith("/") for s in spellings) and any(s and not s.endswith("/") for s in spellings)


def test_hard_non_matches(release_1: Path, truth_1: dict[str, Any]) -> None:
    by_id = {c["id"]: c for c in truth_1["clusters"]}
    kinds = {case["kind"]: [by_id[i] for i in case["ids"]] for case in truth_1["hard_non_matches"]}
    a, b = kinds["same_name_other_country"]
    assert a["name"] == b["name"] and a["country"] != b["country"] and a["website"] != b["website"]
    assert a["sources"]["eccp"] and b["sources"]["eccp"]
    # Drupal's pathauto gives the later node the "-0" alias.
    assert {a["sources"]["eccp"], b["sources"]["eccp"]} == {pathauto_slug(a["name"]), pathauto_slug(a["name"]) + "-0"}
    c, d = kinds["similar_name_same_country"]
    assert c["country"] == d["country"] and c["website"] != d["website"] and c["name"] != d["name"]
    assert difflib.SequenceMatcher(None, c["name"], d["name"]).ratio() > 0.85
    assert all(source_count(x) >= 2 for x in (a, b, c, d))


def test_vocabulary_is_consistent() -> None:
    assert len(rv.INDUSTRIAL_ECOSYSTEMS) == 14 and len(rv.BUNDESLAENDER) == 16 and len(rv.REGIONS_FR) == 18
    assert len({n.iso for n in rv.NATIONS}) == len(rv.NATIONS) == 48
    for theme in rv.THEMES:
        assert set(theme.words) == set(rv.NAME_LANGUAGES), theme.key
        assert set(theme.sectors) <= set(rv.ECCP_SECTORS), theme.key
        assert set(theme.ecosystems) <= set(rv.INDUSTRIAL_ECOSYSTEMS), theme.key
        assert set(theme.s3) <= set(rv.S3_AREAS), theme.key
        assert all(", " not in f for f in theme.technologiefelder), "the CSV joins fields with ', '"
    for nation in rv.NATIONS:
        for language, _ in nation.languages:
            assert language in rv.NAME_PATTERNS

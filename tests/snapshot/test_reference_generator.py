"""The synthetic reference snapshot: GISCO NUTS lists and maps, Eurostat correspondences, TERCET, ROR."""

from __future__ import annotations

import csv
import hashlib
import io
import itertools
import json
import re
import time
import unicodedata
import urllib.request
import zipfile
from collections import Counter, defaultdict
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import Any

import pytest
from openpyxl import load_workbook

from landscape.snapshot import cordis, vocab
from landscape.snapshot.reference import (
    BORDER_POINT,
    GISCO_HEADER,
    MALFORMED_TERCET,
    ROR_CSV_HEADER,
    ROR_LISTING,
    SEA_POINT,
    WRONG_COUNTRY_POINT,
    generate_reference,
    tercet_postcode,
)
from landscape.snapshot.server import SnapshotServer

VERSIONS = (2013, 2016, 2021, 2024)
NON_NUTS = {"XK"}


@pytest.fixture(scope="module")
def generated(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, float, dict[str, int]]:
    root = tmp_path_factory.mktemp("reference-r1")
    started = time.perf_counter()
    counts = generate_reference(root)
    return root, time.perf_counter() - started, counts


@pytest.fixture(scope="module")
def release_1(generated: tuple[Path, float, dict[str, int]]) -> Path:
    return generated[0]


@pytest.fixture(scope="module")
def release_2(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("reference-r2")
    generate_reference(root, release=2)
    return root


@pytest.fixture(scope="module")
def truth(release_1: Path) -> dict[str, Any]:
    return json.loads((release_1 / "truth.json").read_text(encoding="utf-8"))


def _files(root: Path) -> dict[str, str]:
    return {
        str(path.relative_to(root)): hashlib.sha256(path.read_bytes()).hexdigest()
        for path in sorted(root.rglob("*"))
        if path.is_file()
    }


def _european_cities() -> Iterator[vocab.City]:
    for country in vocab.COUNTRIES:
        if country.european and country.code not in NON_NUTS:
            yield from country.cities


# --- determinism and size ------------------------------------------------------------------------


def test_same_arguments_give_the_same_bytes(release_1: Path, tmp_path: Path) -> None:
    generate_reference(tmp_path)
    assert _files(tmp_path) == _files(release_1)


def test_generation_is_fast_and_small(generated: tuple[Path, float, dict[str, int]]) -> None:
    root, seconds, counts = generated
    assert seconds < 15
    assert sum(path.stat().st_size for path in root.rglob("*") if path.is_file()) < 5_000_000
    assert counts["gisco_csv"] == 4 and counts["eurostat_xlsx"] == 3 and counts["ror_zip"] == 1
    assert 300 <= counts["ror_records"] <= 2000


# --- GISCO code lists ----------------------------------------------------------------------------


def _nuts_list(root: Path, version: int) -> list[dict[str, str]]:
    raw = (root / "gisco" / "csv" / f"NUTS_AT_{version}.csv").read_bytes()
    text = raw.decode("utf-8")
    assert not text.startswith("\ufeff") and "\r" not in text
    lines = text.splitlines()
    # Every field double-quoted, numbers and the header included.
    assert all(re.fullmatch(r'"[^"]*"(,"[^"]*")*', line) for line in lines)
    rows = list(csv.DictReader(io.StringIO(text)))
    assert list(rows[0]) == list(GISCO_HEADER)
    return rows


@pytest.fixture(scope="module")
def nuts_lists(release_1: Path) -> dict[int, dict[str, dict[str, str]]]:
    return {version: {row["NUTS_ID"]: row for row in _nuts_list(release_1, version)} for version in VERSIONS}


def test_code_lists_are_complete_hierarchies(nuts_lists: dict[int, dict[str, dict[str, str]]]) -> None:
    for version, rows in nuts_lists.items():
        for code, row in rows.items():
            assert row["FID"] == code and row["CNTR_CODE"] == code[:2]
            assert int(row["LEVL_CODE"]) == len(code) - 2
            if len(code) > 2:
                assert code[:-1] in rows, f"{version}: {code} without parent"
            if len(code) < 5:
                assert (row["MOUNT_TYPE"], row["URBN_TYPE"], row["COAST_TYPE"]) == ("0", "0", "0")
            else:
                assert row["MOUNT_TYPE"] in "1234" and row["URBN_TYPE"] in "123" and row["COAST_TYPE"] in "123"
        countries = {code for code in rows if len(code) == 2}
        for country in countries:
            assert {len(code) for code in rows if code.startswith(country)} == {2, 3, 4, 5}


def test_countries_per_version(nuts_lists: dict[int, dict[str, dict[str, str]]]) -> None:
    european = {country.code for country in vocab.COUNTRIES if country.european and country.code not in NON_NUTS}
    for version, rows in nuts_lists.items():
        countries = {code for code in rows if len(code) == 2}
        # The United Kingdom left NUTS after the 2021 classification.
        expected = european if version < 2024 else european - {"UK"}
        assert countries == expected, version
    assert "EL" in nuts_lists[2024] and "GR" not in nuts_lists[2024]


def test_national_names_in_national_script(nuts_lists: dict[int, dict[str, dict[str, str]]]) -> None:
    greek = nuts_lists[2024]["EL303"]
    assert greek["NUTS_NAME"] == "Κεντρικός Τομέας Αθηνών" and greek["NAME_LATN"] == "Kentrikos Tomeas Athinon"
    assert nuts_lists[2024]["BG411"]["NUTS_NAME"] == "София (столица)"
    assert nuts_lists[2024]["BG411"]["NAME_LATN"] == "Sofia (stolitsa)"
    assert nuts_lists[2024]["DE212"]["NUTS_NAME"] == "München, Kreisfreie Stadt"
    # Relabelled between versions, code unchanged.
    assert nuts_lists[2016]["CZ"]["NAME_LATN"] == "Česká republika" and nuts_lists[2021]["CZ"]["NAME_LATN"] == "Česko"


def test_vocab_codes_are_in_the_right_versions(nuts_lists: dict[int, dict[str, dict[str, str]]]) -> None:
    for city in _european_cities():
        newest = (2016, 2021) if city.nuts.startswith("UK") else (2021, 2024)
        for version in newest:
            assert city.nuts in nuts_lists[version], (city.name, city.nuts, version)
        if city.nuts_old:
            older = [version for version in (2013, 2016) if city.nuts_old in nuts_lists[version]]
            assert older, (city.name, city.nuts_old)
    # Recoded in 2016 (the French régions): the old code is a 2013 code only.
    assert "FR716" in nuts_lists[2013] and "FR716" not in nuts_lists[2016] and "FRK26" in nuts_lists[2016]
    # Recoded in 2021: the old code is still a 2016 code.
    assert "NL326" in nuts_lists[2016] and "NL329" not in nuts_lists[2016]


# --- Eurostat correspondence tables --------------------------------------------------------------


def _sheet_rows(path: Path, sheet: str, code_column: int, heading: str) -> list[tuple[Any, ...]]:
    workbook = load_workbook(path, read_only=True, data_only=True)
    rows = [tuple(row) for row in workbook[sheet].iter_rows(values_only=True)]
    start = next(i for i, row in enumerate(rows) if len(row) > code_column and row[code_column] == heading) + 1
    return rows[start:]


@pytest.fixture(scope="module")
def correspondences(release_1: Path) -> dict[int, list[tuple[str, str, str]]]:
    """(old, new, change) per step, read at the column positions of the real workbooks."""
    folder = release_1 / "eurostat"
    layouts = {
        2016: ("NUTS2013-NUTS2016.xlsx", "NUTS2013-NUTS2016", 1, 2, 7, "Code 2013"),
        2021: ("NUTS2016-NUTS2021.xlsx", "Changes detailed NUTS 2016-2021", 0, 1, 6, "Code 2016"),
        2024: ("NUTS2021-NUTS2024.xlsx", "NUTS2021- NUTS2024", 2, 3, 7, "Code 2021"),
    }
    tables: dict[int, list[tuple[str, str, str]]] = {}
    for version, (name, sheet, old, new, change, heading) in layouts.items():
        rows = _sheet_rows(folder / name, sheet, old, heading)
        tables[version] = [(row[old] or "", row[new] or "", row[change] or "") for row in rows]
    return tables


def test_correspondence_covers_both_versions(
    correspondences: dict[int, list[tuple[str, str, str]]], nuts_lists: dict[int, dict[str, dict[str, str]]]
) -> None:
    for version, rows in correspondences.items():
        earlier = VERSIONS[VERSIONS.index(version) - 1]
        olds = {old for old, _, _ in rows if old}
        news = {new for _, new, _ in rows if new}
        levels = (0, 1, 2, 3) if version < 2024 else (1, 2, 3)
        assert news == {c for c in nuts_lists[version] if len(c) - 2 in levels}
        expected_old = {c for c in nuts_lists[earlier] if len(c) - 2 in levels}
        if version == 2024:
            expected_old = {c for c in expected_old if not c.startswith("UK")}
        assert olds == expected_old
        for old, new, change in rows:
            if not change:
                assert old == new, (version, old, new)


def test_correspondence_has_every_kind_of_change(correspondences: dict[int, list[tuple[str, str, str]]]) -> None:
    kinds = Counter(change for rows in correspondences.values() for _, _, change in rows)
    for kind in ("recoded", "split", "merged", "boundary shift", "discontinued", "new region", "relabelled"):
        assert kinds[kind] > 0, kind
    assert kinds[""] > 400
    assert ("ES530", "ES532", "split") in correspondences[2016]
    assert ("PT184", "PT1C2", "recoded") in correspondences[2024]
    assert ("ITI31", "ITH59", "boundary shift") in correspondences[2024]


def test_correspondence_maps_every_old_vocab_code_to_its_current_code(
    correspondences: dict[int, list[tuple[str, str, str]]],
) -> None:
    forward: dict[int, dict[str, set[str]]] = {}
    for version, rows in correspondences.items():
        forward[version] = defaultdict(set)
        for old, new, _ in rows:
            if old and new:
                forward[version][old].add(new)
    checked = 0
    for city in _european_cities():
        if not city.nuts_old:
            continue
        reached = {city.nuts_old}
        for version in (2016, 2021, 2024):
            step = {new for code in reached for new in forward[version].get(code, ())}
            reached = step or reached
            if city.nuts in reached:
                break
        assert city.nuts in reached, (city.name, city.nuts_old, reached)
        checked += 1
    assert checked >= 20


def test_workbooks_have_the_real_sheet_names(release_1: Path) -> None:
    sheets = {
        name: load_workbook(release_1 / "eurostat" / name, read_only=True).sheetnames
        for name in ("NUTS2013-NUTS2016.xlsx", "NUTS2016-NUTS2021.xlsx", "NUTS2021-NUTS2024.xlsx")
    }
    assert sheets["NUTS2013-NUTS2016.xlsx"][1:] == ["NUTS2013-NUTS2016", "Correspondence NUTS-2"]
    assert sheets["NUTS2016-NUTS2021.xlsx"][0] == "NUTS & SR 2021"
    assert sheets["NUTS2016-NUTS2021.xlsx"][3] == "Changes detailed NUTS 2016-2021"
    assert sheets["NUTS2021-NUTS2024.xlsx"][:3] == ["NUTS2024", "Statistical Regions", "NUTS2021- NUTS2024"]
    changes = _sheet_rows(release_1 / "eurostat" / "NUTS2021-NUTS2024.xlsx", "Changes NUTS-2", 1, "Code 2021")
    assert ("PT18", "PT1D", "split") in {(row[1], row[2], row[4]) for row in changes}


# --- GISCO GeoJSON -------------------------------------------------------------------------------


Polygon = list[list[list[float]]]


def _inside_ring(lon: float, lat: float, ring: Sequence[Sequence[float]]) -> bool:
    inside = False
    for (x0, y0), (x1, y1) in itertools.pairwise(ring):
        if (y0 > lat) != (y1 > lat) and lon < x0 + (lat - y0) * (x1 - x0) / (y1 - y0):
            inside = not inside
    return inside


def _inside(lon: float, lat: float, polygons: Sequence[Polygon]) -> bool:
    return any(
        _inside_ring(lon, lat, polygon[0]) and not any(_inside_ring(lon, lat, hole) for hole in polygon[1:])
        for polygon in polygons
    )


def _on_edge(lon: float, lat: float, polygons: Sequence[Polygon]) -> bool:
    for polygon in polygons:
        for ring in polygon:
            for (x0, y0), (x1, y1) in itertools.pairwise(ring):
                collinear = (x1 - x0) * (lat - y0) == (y1 - y0) * (lon - x0)
                if collinear and min(x0, x1) <= lon <= max(x0, x1) and min(y0, y1) <= lat <= max(y0, y1):
                    return True
    return False


class Layer:
    """One GeoJSON level: polygons and bounding boxes per NUTS code."""

    def __init__(self, data: dict[str, Any]) -> None:
        self.data = data
        self.polygons: dict[str, list[Polygon]] = {}
        self.boxes: dict[str, tuple[float, float, float, float]] = {}
        for feature in data["features"]:
            geometry = feature["geometry"]
            polygons = [geometry["coordinates"]] if geometry["type"] == "Polygon" else geometry["coordinates"]
            points = [point for polygon in polygons for point in polygon[0]]
            self.polygons[feature["id"]] = polygons
            self.boxes[feature["id"]] = (
                min(p[0] for p in points),
                min(p[1] for p in points),
                max(p[0] for p in points),
                max(p[1] for p in points),
            )

    def containing(self, lon: float, lat: float) -> list[str]:
        return sorted(
            code
            for code, (x0, y0, x1, y1) in self.boxes.items()
            if x0 <= lon <= x1 and y0 <= lat <= y1 and _inside(lon, lat, self.polygons[code])
        )


@pytest.fixture(scope="module")
def layers(release_1: Path) -> dict[int, Layer]:
    folder = release_1 / "gisco" / "geojson"
    return {
        level: Layer(json.loads((folder / f"NUTS_RG_60M_2024_4326_LEVL_{level}.geojson").read_text(encoding="utf-8")))
        for level in (0, 1, 2, 3)
    }


def test_geojson_has_the_gisco_shape(
    layers: dict[int, Layer], nuts_lists: dict[int, dict[str, dict[str, str]]]
) -> None:
    for level, layer in layers.items():
        assert layer.data["type"] == "FeatureCollection"
        assert layer.data["crs"] == {"type": "name", "properties": {"name": "urn:ogc:def:crs:EPSG::4326"}}
        codes = {code for code in nuts_lists[2024] if len(code) - 2 == level}
        assert set(layer.polygons) == codes
        for feature in layer.data["features"]:
            properties = feature["properties"]
            assert list(properties) == list(GISCO_HEADER)
            assert properties["NUTS_ID"] == feature["id"] and properties["LEVL_CODE"] == level
            assert isinstance(properties["MOUNT_TYPE"], int) and isinstance(properties["COAST_TYPE"], int)
            assert feature["geometry"]["type"] in ("Polygon", "MultiPolygon")
            for polygon in layer.polygons[feature["id"]]:
                for ring in polygon:
                    assert ring[0] == ring[-1] and len(ring) >= 4
                    assert all(-32 < lon < 46 and 27 < lat < 72 for lon, lat in ring)


def test_every_city_lies_in_its_own_region_only(layers: dict[int, Layer]) -> None:
    checked = 0
    for city in _european_cities():
        if city.nuts.startswith("UK"):
            assert layers[0].containing(city.lon, city.lat) == []
            continue
        assert layers[3].containing(city.lon, city.lat) == [city.nuts], city.name
        assert layers[2].containing(city.lon, city.lat) == [city.nuts[:4]], city.name
        assert layers[0].containing(city.lon, city.lat) == [city.nuts[:2]], city.name
        checked += 1
    assert checked > 100


def test_documented_points(layers: dict[int, Layer], truth: dict[str, Any]) -> None:
    for layer in layers.values():
        assert layer.containing(*SEA_POINT) == []
    lon, lat, (north, south) = BORDER_POINT
    for code in (north, south):
        assert _on_edge(lon, lat, layers[3].polygons[code]), code
    # Ray casting cannot decide a point on a border; a hair to either side it can.
    assert layers[3].containing(lon, lat + 1e-6) == [north]
    assert layers[3].containing(lon, lat - 1e-6) == [south]
    lon, lat, region = WRONG_COUNTRY_POINT
    assert layers[3].containing(lon, lat) == [region]
    assert layers[0].containing(lon, lat) == ["FR"]
    assert not any(_inside(lon, lat, layers[3].polygons[code]) for code in layers[3].polygons if code[:2] == "DE")
    assert truth["nuts"]["border_point"] == {"lon": BORDER_POINT[0], "lat": BORDER_POINT[1], "between": [north, south]}


def test_islands_are_separate_polygons(layers: dict[int, Layer]) -> None:
    assert len(layers[3].polygons["ES531"]) == 2  # Ibiza and Formentera
    assert len(layers[2].polygons["ES53"]) >= 3  # the Balearic Islands
    assert len(layers[0].polygons["ES"]) >= 4  # mainland and islands
    madeira = layers[3].boxes["PT300"]
    assert madeira[2] < -15 and layers[3].containing(-14.0, 33.0) == []


def test_regions_do_not_overlap(layers: dict[int, Layer]) -> None:
    # Points on a grid offset from every vertex: each in at most one region of a level, and the
    # NUTS-3 region's parents contain it too.
    for lon10 in range(-100, 450, 3):
        for lat10 in range(350, 715, 3):
            lon, lat = lon10 / 10 + 0.013, lat10 / 10 + 0.017
            found = layers[3].containing(lon, lat)
            assert len(found) <= 1, (lon, lat, found)
            for level in (0, 1, 2):
                assert layers[level].containing(lon, lat) == [code[: level + 2] for code in found], (lon, lat)


def test_neighbours_share_edges_exactly(layers: dict[int, Layer]) -> None:
    directed: dict[tuple[tuple[float, float], tuple[float, float]], str] = {}
    for code, polygons in layers[3].polygons.items():
        for polygon in polygons:
            for ring in polygon:
                for a, b in itertools.pairwise(ring):
                    directed[(a[0], a[1]), (b[0], b[1])] = code
    unmatched = 0
    shared = 0
    for (start, end), code in sorted(directed.items()):
        if (end, start) in directed:
            shared += 1
            assert directed[(end, start)] != code
            continue
        unmatched += 1
        if unmatched % 7:
            continue
        # An edge without a twin is a coast or a foreign border: nothing lies on its other side
        # (rings run counter-clockwise, so the other side is to the right).
        dx, dy = end[0] - start[0], end[1] - start[1]
        length = abs(dx) + abs(dy)
        lon, lat = (start[0] + end[0]) / 2 + dy / length * 1e-4, (start[1] + end[1]) / 2 - dx / length * 1e-4
        assert layers[3].containing(lon, lat) == [], (code, start, end)
    assert shared > 5000


# --- TERCET --------------------------------------------------------------------------------------


def _tercet_tables(root: Path) -> dict[str, tuple[str, bytes]]:
    page = (root / "tercet" / "flat-files" / "index.html").read_text(encoding="utf-8")
    links = re.findall(r'href="(NUTS-2024/[^"]+\.zip)"', page)
    tables = {}
    for link in links:
        with zipfile.ZipFile(root / "tercet" / link) as archive:
            (member,) = archive.namelist()
            assert member == Path(link).name.replace(".zip", ".csv")
            country = re.fullmatch(r"pc20(?:24|25)_([A-Z]{2})_NUTS-2024_v\d\.\d\.csv", member)
            assert country, member
            tables[country.group(1)] = (member, archive.read(member))
    return tables


@pytest.fixture(scope="module")
def tercet(release_1: Path) -> dict[str, tuple[str, bytes]]:
    return _tercet_tables(release_1)


def _tercet_rows(data: bytes) -> list[list[str]]:
    text = data.decode("utf-8")
    assert text.startswith("\ufeffNUTS3;CODE\r\n")
    assert "\n" not in text.replace("\r\n", "")
    return list(csv.reader(io.StringIO(text.removeprefix("\ufeff"), newline=""), delimiter=";", quotechar="'"))


def test_tercet_covers_every_nuts_country_but_the_uk(
    tercet: dict[str, tuple[str, bytes]], nuts_lists: dict[int, dict[str, dict[str, str]]]
) -> None:
    assert set(tercet) == {code for code in nuts_lists[2024] if len(code) == 2}
    assert "UK" not in tercet and "EL" in tercet and "GR" not in tercet
    names = {member for member, _ in tercet.values()}
    assert {"pc2025_DE_NUTS-2024_v1.0.csv", "pc2024_IT_NUTS-2024_v1.1.csv", "pc2024_AT_NUTS-2024_v1.0.csv"} <= names


def test_tercet_dialect_and_the_one_malformed_line(
    tercet: dict[str, tuple[str, bytes]], nuts_lists: dict[int, dict[str, dict[str, str]]]
) -> None:
    malformed = []
    for country, (member, data) in tercet.items():
        rows = _tercet_rows(data)
        assert rows[0] == ["NUTS3", "CODE"]
        raw_lines = data.decode("utf-8").removeprefix("\ufeff").split("\r\n")
        for number, row in enumerate(rows[1:], start=2):
            if len(row) != 2:
                malformed.append((country, number, raw_lines[number - 1]))
                continue
            nuts3, code = row
            assert nuts3 in nuts_lists[2024] and len(nuts3) == 5 and nuts3[:2] == country, (member, row)
            assert raw_lines[number - 1] == f"'{nuts3}';'{code}'"
        assert 100 <= len(rows) <= 3000
    assert malformed == [MALFORMED_TERCET]


def test_tercet_postcodes_are_text(tercet: dict[str, tuple[str, bytes]]) -> None:
    codes = {
        country: {row[1] for row in _tercet_rows(data)[1:] if len(row) == 2} for country, (_, data) in tercet.items()
    }
    assert "01069" in codes["DE"] and "00185" in codes["IT"] and "08012" in codes["ES"] and "07122" in codes["ES"]
    assert "1012 WX" in codes["NL"] and "1049-001" in codes["PT"] and "00-927" in codes["PL"]
    assert "114 28" in codes["SE"] and "160 00" in codes["CZ"] and "D02 PN40" in codes["IE"]
    assert "10682" in codes["EL"] and "01513" in codes["LT"] and "1359" in codes["LU"]
    patterns = {
        "NL": r"\d{4} [A-Z]{2}",
        "PT": r"\d{4}-\d{3}",
        "PL": r"\d{2}-\d{3}",
        "SE": r"\d{3} \d{2}",
        "DE": r"\d{5}",
    }
    for country, pattern in patterns.items():
        assert all(re.fullmatch(pattern, code) for code in codes[country]), country


def test_every_vocab_postcode_resolves_to_its_city_region(tercet: dict[str, tuple[str, bytes]]) -> None:
    regions: dict[tuple[str, str], set[str]] = defaultdict(set)
    for code, (_, data) in tercet.items():
        for row in _tercet_rows(data)[1:]:
            if len(row) == 2:
                regions[(code, row[1])].add(row[0])
    checked = 0
    for country in vocab.COUNTRIES:
        if country.code not in tercet:
            continue
        for city in country.cities:
            code = tercet_postcode(country.code, city.postcode)
            last = max(i for i, char in enumerate(code) if char.isdigit())
            # CORDIS varies the last digit of a city's postcode.
            for digit in "0123456789":
                variant = code[:last] + digit + code[last + 1 :]
                assert regions[(country.code, variant)] == {city.nuts}, (city.name, variant)
            checked += 1
    assert checked > 100


def test_tercet_many_to_many_and_duplicates(tercet: dict[str, tuple[str, bytes]], truth: dict[str, Any]) -> None:
    regions: dict[tuple[str, str], set[str]] = defaultdict(set)
    repeated = Counter[str]()
    for country, (_, data) in tercet.items():
        rows = [tuple(row) for row in _tercet_rows(data)[1:] if len(row) == 2]
        repeated[country] = len(rows) - len(set(rows))
        for nuts3, code in rows:
            regions[(country, code)].add(nuts3)
    shared = {key: value for key, value in regions.items() if len(value) > 1}
    expected = {(s["country"], s["postcode"]): set(s["nuts3"]) for s in truth["tercet"]["shared_postcodes"]}
    assert shared == expected and len(shared) >= 5
    assert {country: n for country, n in repeated.items() if n} == {"EL": 3}


# --- ROR -----------------------------------------------------------------------------------------


ROR_ID = re.compile(r"https://ror\.org/0[0-9a-hjkmnp-tv-z]{6}\d{2}")
CROCKFORD = "0123456789abcdefghjkmnpqrstvwxyz"


def _valid_ror_id(value: str) -> bool:
    if not ROR_ID.fullmatch(value):
        return False
    number = 0
    for char in value[-8:-2]:
        number = number * 32 + CROCKFORD.index(char)
    return 98 - (number * 100) % 97 == int(value[-2:])


def _ror_dump(root: Path) -> tuple[dict[str, Any], bytes, dict[str, bytes]]:
    listing = json.loads((root / "ror" / ROR_LISTING).read_text(encoding="utf-8"))
    entry = listing["hits"]["hits"][0]["files"][0]
    path = entry["links"]["self"].removeprefix("https://zenodo.org/")
    data = (root / "ror" / path).read_bytes()
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        members = {name: archive.read(name) for name in archive.namelist()}
    return listing, data, members


@pytest.fixture(scope="module")
def ror(release_1: Path) -> tuple[dict[str, Any], bytes, dict[str, bytes]]:
    return _ror_dump(release_1)


@pytest.fixture(scope="module")
def ror_records(ror: tuple[dict[str, Any], bytes, dict[str, bytes]]) -> list[dict[str, Any]]:
    _, _, members = ror
    (name,) = [name for name in members if name.endswith("_schema_v2.json")]
    records: list[dict[str, Any]] = json.loads(members[name])
    return records


def test_zenodo_listing_describes_the_file(ror: tuple[dict[str, Any], bytes, dict[str, bytes]]) -> None:
    listing, data, members = ror
    hit = listing["hits"]["hits"][0]
    entry = hit["files"][0]
    assert re.fullmatch(r"v1\.\d\d-\d{4}-\d\d-\d\d-ror-data\.zip", entry["key"])
    assert entry["size"] == len(data)
    assert entry["checksum"] == "md5:" + hashlib.md5(data).hexdigest()
    assert entry["links"]["self"] == f"https://zenodo.org/api/records/{hit['id']}/files/{entry['key']}/content"
    assert hit["conceptdoi"] == "10.5281/zenodo.6347574" and hit["metadata"]["version"] == entry["key"][:5]
    stem = entry["key"].removesuffix(".zip")
    assert sorted(members) == [f"{stem}_schema_v2.csv", f"{stem}_schema_v2.json"]


def test_ror_records_have_the_v2_field_set(ror_records: list[dict[str, Any]]) -> None:
    ids = {record["id"] for record in ror_records}
    assert len(ids) == len(ror_records)
    by_id = {record["id"]: record for record in ror_records}
    reverse = {"parent": "child", "child": "parent", "successor": "predecessor", "predecessor": "successor"}
    reverse["related"] = "related"
    for record in ror_records:
        assert list(record) == [
            "locations",
            "established",
            "external_ids",
            "id",
            "domains",
            "links",
            "names",
            "relationships",
            "status",
            "types",
            "admin",
        ]
        assert _valid_ror_id(record["id"]), record["id"]
        assert record["status"] in ("active", "inactive", "withdrawn")
        assert record["types"] == sorted(record["types"]) and record["types"]
        assert set(record["types"]) <= {
            "education",
            "funder",
            "healthcare",
            "company",
            "archive",
            "nonprofit",
            "government",
            "facility",
            "other",
        }
        assert record["established"] is None or 1000 < record["established"] <= 2026
        assert record["domains"] == sorted(record["domains"])
        names = record["names"]
        assert [n["value"] for n in names] == sorted(n["value"] for n in names)
        assert sum("ror_display" in n["types"] for n in names) == 1
        for name in names:
            assert set(name) == {"value", "types", "lang"}
            assert set(name["types"]) <= {"ror_display", "label", "alias", "acronym"}
        (location,) = record["locations"]
        assert set(location) == {"geonames_id", "geonames_details"}
        assert set(location["geonames_details"]) == {
            "continent_code",
            "continent_name",
            "country_code",
            "country_name",
            "country_subdivision_code",
            "country_subdivision_name",
            "lat",
            "lng",
            "name",
        }
        assert location["geonames_details"]["country_code"] not in ("EL", "UK")
        for link in record["links"]:
            assert link["type"] in ("website", "wikipedia")
        for external in record["external_ids"]:
            assert set(external) == {"type", "all", "preferred"}
            assert external["type"] in ("fundref", "grid", "isni", "wikidata")
            assert external["preferred"] is None or external["preferred"] in external["all"]
        assert set(record["admin"]) == {"created", "last_modified"}
        assert record["admin"]["last_modified"]["date"] >= record["admin"]["created"]["date"]
        for relation in record["relationships"]:
            assert set(relation) == {"id", "label", "type"}
            other = by_id[relation["id"]]
            display = next(n["value"] for n in other["names"] if "ror_display" in n["types"])
            assert relation["label"] == display
            assert {"id": record["id"], "type": reverse[relation["type"]]} in [
                {"id": r["id"], "type": r["type"]} for r in other["relationships"]
            ]
    countries = Counter(r["locations"][0]["geonames_details"]["country_code"] for r in ror_records)
    assert countries["GR"] > 5 and countries["GB"] > 5
    statuses = Counter(r["status"] for r in ror_records)
    assert statuses["inactive"] > 5 and statuses["withdrawn"] > 0
    kinds = Counter(rel["type"] for r in ror_records for rel in r["relationships"])
    assert kinds["parent"] > 10 and kinds["successor"] > 5 and kinds["related"] > 0
    languages = {n["lang"] for r in ror_records for n in r["names"]}
    assert {"de", "fr", "el", "en", None} <= languages


def test_ror_csv_matches_the_json(
    ror: tuple[dict[str, Any], bytes, dict[str, bytes]], ror_records: list[dict[str, Any]]
) -> None:
    _, _, members = ror
    (name,) = [name for name in members if name.endswith(".csv")]
    rows = list(csv.DictReader(io.StringIO(members[name].decode("utf-8"), newline="")))
    assert list(rows[0]) == list(ROR_CSV_HEADER)
    assert [row["id"] for row in rows] == [record["id"] for record in ror_records]
    for row, record in zip(rows, ror_records, strict=True):
        display = next(n for n in record["names"] if "ror_display" in n["types"])
        assert row["names.types.ror_display"] == display["value"]
        assert row["status"] == record["status"]
        assert (
            row["locations.geonames_details.country_code"] == record["locations"][0]["geonames_details"]["country_code"]
        )


def _normal(name: str) -> str:
    """A name as a matcher compares it: no accents, case or punctuation, umlauts however transcribed.

    CORDIS transcribes umlauts in words but not in cities ("TECHNISCHE UNIVERSITAET KOLN"), ROR
    aliases in both ("Technische Universitaet Koeln"), so AE/OE/UE are compared as A/O/U."""
    undecomposed: dict[str, str | int | None] = {"ø": "o", "æ": "ae", "ß": "ss", "ł": "l"}
    name = name.translate(str.maketrans(undecomposed))
    name = "".join(c for c in unicodedata.normalize("NFKD", name) if not unicodedata.combining(c)).upper()
    name = name.replace("AE", "A").replace("OE", "O").replace("UE", "U")
    return " ".join("".join(c for c in name if c.isalnum() or c == " ").split())


def test_cordis_universities_and_research_bodies_are_in_ror(ror_records: list[dict[str, Any]]) -> None:
    names: dict[tuple[str, float, float], set[str]] = defaultdict(set)
    for record in ror_records:
        details = record["locations"][0]["geonames_details"]
        for name in record["names"]:
            names[(details["country_code"], details["lat"], details["lng"])].add(_normal(name["value"]))
    pool = cordis.OrganisationPool(cordis.DEFAULT_SEED, cordis._pool_size(cordis.DEFAULT_PROJECTS))
    found: Counter[str] = Counter()
    total: Counter[str] = Counter()
    for rank in range(pool.size):
        org = pool.get(rank)
        if org.person or org.activity not in ("HES", "REC"):
            continue
        iso = {"EL": "GR", "UK": "GB"}.get(org.country.code, org.country.code)
        total[org.activity] += 1
        found[org.activity] += _normal(org.name) in names[(iso, org.city.lat, org.city.lon)]
    # Every university CORDIS knows is registered; most research organisations are.
    assert total["HES"] > 100 and found["HES"] == total["HES"]
    assert total["REC"] > 100 and 0.75 * total["REC"] <= found["REC"] < total["REC"]


# --- release 2 -----------------------------------------------------------------------------------


def test_release_2_is_next_month(release_1: Path, release_2: Path, ror_records: list[dict[str, Any]]) -> None:
    before, after = _files(release_1), _files(release_2)
    for path, digest in before.items():
        if path.startswith(("gisco/", "eurostat/")):
            assert after[path] == digest, path
    # The old Zenodo record stays, byte for byte; a new one is the most recent.
    old_zip = next(p for p in before if p.startswith("ror/api/records/") and p.endswith("/content"))
    assert after[old_zip] == before[old_zip]
    listing, _, members = _ror_dump(release_2)
    hits = listing["hits"]["hits"]
    assert len(hits) == 2 and hits[0]["id"] != hits[1]["id"]
    assert hits[0]["files"][0]["checksum"] != hits[1]["files"][0]["checksum"]
    assert hits[0]["metadata"]["version"] > hits[1]["metadata"]["version"]
    (name,) = [name for name in members if name.endswith(".json")]
    records = {record["id"]: record for record in json.loads(members[name])}
    first = {record["id"]: record for record in ror_records}
    assert len(set(records) - set(first)) == 1 and not set(first) - set(records)

    def display(record: dict[str, Any]) -> str:
        return str(next(n["value"] for n in record["names"] if "ror_display" in n["types"]))

    renamed = [key for key in first if display(first[key]) != display(records[key])]
    assert len(renamed) == 1
    record = records[renamed[0]]
    assert display(first[renamed[0]]) in [n["value"] for n in record["names"] if "alias" in n["types"]]
    assert record["admin"]["last_modified"]["date"] > first[renamed[0]]["admin"]["last_modified"]["date"]


def test_release_2_republishes_one_tercet_file(release_1: Path, release_2: Path) -> None:
    before, after = _tercet_tables(release_1), _tercet_tables(release_2)
    changed = [country for country in before if before[country] != after[country]]
    assert changed == ["FR"]
    assert before["FR"][0] == "pc2024_FR_NUTS-2024_v1.0.csv" and after["FR"][0] == "pc2024_FR_NUTS-2024_v1.1.csv"
    old_rows = {tuple(row) for row in _tercet_rows(before["FR"][1])}
    new_rows = {tuple(row) for row in _tercet_rows(after["FR"][1])}
    assert old_rows < new_rows and len(new_rows) > len(old_rows) + 50
    page = (release_2 / "tercet" / "flat-files" / "index.html").read_text(encoding="utf-8")
    assert "pc2024_FR_NUTS-2024_v1.1.zip" in page and "pc2024_FR_NUTS-2024_v1.0.zip" not in page


# --- served over loopback ------------------------------------------------------------------------


def test_sites_are_served_as_the_live_urls(release_1: Path) -> None:
    with SnapshotServer(release_1 / "ror") as server:
        with urllib.request.urlopen(f"{server.url}/api/records/?communities=ror-data&sort=mostrecent") as response:
            listing = json.loads(response.read())
        entry = listing["hits"]["hits"][0]["files"][0]
        url = entry["links"]["self"].replace("https://zenodo.org", server.url)
        with urllib.request.urlopen(url) as response:
            assert "md5:" + hashlib.md5(response.read()).hexdigest() == entry["checksum"]
    with SnapshotServer(release_1 / "tercet") as server:
        with urllib.request.urlopen(f"{server.url}/flat-files") as response:
            assert response.headers["Content-Type"].startswith("text/html")
            page = response.read().decode("utf-8")
        link = re.search(r'href="(NUTS-2024/[^"]+\.zip)"', page)
        assert link is not None
        with urllib.request.urlopen(f"{server.url}/{link.group(1)}") as response:
            assert zipfile.is_zipfile(io.BytesIO(response.read()))
    with (
        SnapshotServer(release_1 / "gisco") as server,
        urllib.request.urlopen(f"{server.url}/csv/NUTS_AT_2024.csv") as response,
    ):
        assert response.read().startswith(b'"NUTS_ID","LEVL_CODE"')

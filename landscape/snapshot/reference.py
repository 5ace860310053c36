"""Deterministic generator of the reference-data sites: NUTS regions, postcodes, organisation identity.

Four public sources, each written as the site it comes from so the pipeline can fetch it over
loopback with its real base URL swapped for the snapshot server's:

``gisco/`` = https://gisco-services.ec.europa.eu/distribution/v2/nuts
    Eurostat GISCO's NUTS distribution. ``csv/NUTS_AT_{2013,2016,2021,2024}.csv``: the code lists,
    comma-separated, every field double-quoted, header ``NUTS_ID, LEVL_CODE, CNTR_CODE, NAME_LATN,
    NUTS_NAME, MOUNT_TYPE, URBN_TYPE, COAST_TYPE, FID``, UTF-8, LF; ``NUTS_NAME`` in the national
    script (Greek, Cyrillic), ``NAME_LATN`` its Latin transliteration; typologies are 0 above NUTS-3.
    ``geojson/NUTS_RG_60M_2024_4326_LEVL_{0,1,2,3}.geojson``: FeatureCollections with a ``crs`` member
    (``urn:ogc:def:crs:EPSG::4326``), one feature per region, ``id`` = NUTS_ID, the same properties
    as the code list, Polygon or MultiPolygon in lon/lat. Geometries © EuroGeographics for the
    administrative boundaries, reusable for non-commercial purposes only; code lists and statistics
    CC BY 4.0.
``eurostat/`` = https://ec.europa.eu/eurostat/documents/345175/629341
    The correspondence tables between NUTS versions, XLSX: ``NUTS2013-NUTS2016.xlsx``,
    ``NUTS2016-NUTS2021.xlsx``, ``NUTS2021-NUTS2024.xlsx`` (© European Union, CC BY 4.0).
``tercet/`` = https://gisco-services.ec.europa.eu/tercet
    TERCET postcode → NUTS-3 tables. ``flat-files`` (an HTML page, served from
    ``flat-files/index.html``) lists one zip per country under ``NUTS-2024/`` (which also has a
    directory listing), e.g. ``NUTS-2024/pc2024_AT_NUTS-2024_v1.0.zip`` holding
    ``pc2024_AT_NUTS-2024_v1.0.csv``. Licence unclear: the postcode point data says CC BY-SA 4.0,
    the flat files page "statistical and other non-commercial purposes".
``ror/`` = https://zenodo.org
    The Research Organization Registry dump (CC0) as Zenodo publishes it:
    ``api/records/?communities=ror-data&sort=mostrecent`` (the snapshot server serves a request with
    a query from the file named with it) answers the records API JSON; ``hits.hits[0].files[0]`` has
    ``key``, ``size``, ``checksum`` ("md5:…") and ``links.self``, an absolute
    ``https://zenodo.org/api/records/<id>/files/<key>/content`` URL whose path exists in the snapshot.
    The zip holds ``v1.NN-YYYY-MM-DD-ror-data_schema_v2.json`` (a JSON array of schema 2.1 records)
    and ``…_schema_v2.csv``.

Everything is synthetic but real in form; see :mod:`landscape.snapshot.reference_vocab` for what is
real (codes, names, version changes) and where vocab.py's codes win over the real classification.

Quirks reproduced, because the pipeline must survive them:

* NUTS codes change between versions (recoded, split, merged, boundary shifts, discontinued, new,
  relabelled) and vocab.py's older codes (``nuts_old``) are 2013 or 2016 codes: FR7xx, ITDxx/ITExx,
  IE0xx, PL127, UKM25, ES530 were recoded or split in 2016, NL326, HU101, HR041, NO011, NO051,
  DEA2B, DK012 in 2021. The United Kingdom is in the 2013, 2016 and 2021 lists, not in 2024.
* TERCET files start with a UTF-8 BOM, use ``;`` and wrap every value in *single* quotes
  (``'DE300';'10115'``) under an unquoted ``NUTS3;CODE`` header; postcodes are text with leading
  zeros and inner spaces or hyphens (``'01069'``, ``'1012 WX'``, ``'1049-001'``, ``'00-927'``,
  ``'114 28'``). Greece is ``EL``; Greek postcodes have no space, Lithuanian, Latvian and Luxembourg
  ones no country prefix (CORDIS writes ``106 82``, ``LT-01513``, ``L-1359``). Some postcodes belong
  to two NUTS-3 regions, Greece repeats a few rows verbatim, file names differ by country (postcode
  year pc2024/pc2025, version v1.0 to v1.2), and exactly one line of one file is malformed (see
  :data:`MALFORMED_TERCET`).
* ROR: multi-valued fields sorted, nulls where a value is missing (acronym languages, unknown
  subdivisions), inactive and withdrawn records with successor/predecessor relationships,
  parent/child pairs, labels in the national language and English; country codes are ISO (GR, GB).

Verified from readers of the real files (code and documentation of third-party projects): the
TERCET dialect (BOM, ``;``, single quotes, ``NUTS3;CODE``, unspaced Greek codes), the GISCO column
set, the ROR v2.1 record and CSV column set, the Zenodo file fields, and of the correspondence
workbooks their sheet names and the columns holding the two codes and the change: in
``NUTS2013-NUTS2016`` columns B/C/H under a title row, in ``Changes detailed NUTS 2016-2021``
columns A/B/G from the first row, in ``NUTS2021- NUTS2024`` (sic, with a space) columns C/D/H from
the first row, in ``Changes NUTS-2`` (2021-2024) columns B/C/E under a title row. Assumed: the other
column headings, sheet order, line endings of the CSVs (LF for GISCO, CRLF for TERCET), the flat
files page's markup (relative links), ROR CSV value formats (``en: name; de: Name``).

The map is a raster of 1/8-degree cells grown from each region's towns (see
:mod:`landscape.snapshot.geometry`): coarse, but regions tile their country, neighbours share edges
vertex for vertex, seas separate coasts, islands are separate rings (ES531 Ibiza and Formentera, the
Balearics, Corsica, Crete, Madeira). Points the tests use (lon, lat):

* (3.0, 54.8), :data:`SEA_POINT`: the North Sea, in no polygon of any level.
* (13.34375, 52.40625), :data:`BORDER_POINT`: the middle of an edge shared by DE300 Berlin (north of
  it) and DE423 Potsdam (south); ray casting cannot decide it, a hair north is DE300, south DE423.
* (7.95, 48.55), :data:`WRONG_COUNTRY_POINT`: in FRF11 Bas-Rhin near the Rhine, in no German polygon.
* The malformed TERCET line, :data:`MALFORMED_TERCET`: line 35 (header = line 1) of
  ``pc2024_SI_NUTS-2024_v1.0.csv``, ``'SI041';'1231';'Ljubljana - Črnuče'``, three fields; 1231 is
  in no other row.

``release=2`` is the next month: one more ROR record and one renamed (new Zenodo record and
version), the French TERCET file republished as v1.1 with more postcodes. NUTS files are unchanged.
"""

from __future__ import annotations

import csv
import hashlib
import io
import json
import random
import re
import shutil
import unicodedata
import zipfile
from collections import Counter
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from functools import cache
from pathlib import Path
from typing import Any

from openpyxl import Workbook

from landscape.snapshot import cordis, geometry, vocab
from landscape.snapshot import reference_vocab as rv
from landscape.snapshot.vocab import City, Country

DEFAULT_SEED = 20261129
SITES: Mapping[str, str] = {
    "gisco": "https://gisco-services.ec.europa.eu/distribution/v2/nuts",
    "eurostat": "https://ec.europa.eu/eurostat/documents/345175/629341",
    "tercet": "https://gisco-services.ec.europa.eu/tercet",
    "ror": "https://zenodo.org",
}
GISCO_HEADER: tuple[str, ...] = (
    "NUTS_ID",
    "LEVL_CODE",
    "CNTR_CODE",
    "NAME_LATN",
    "NUTS_NAME",
    "MOUNT_TYPE",
    "URBN_TYPE",
    "COAST_TYPE",
    "FID",
)
ROR_QUERY = "communities=ror-data&sort=mostrecent"
ROR_LISTING = f"api/records/?{ROR_QUERY}"
ROR_CSV_HEADER: tuple[str, ...] = (
    "id",
    "admin.created.date",
    "admin.created.schema_version",
    "admin.last_modified.date",
    "admin.last_modified.schema_version",
    "domains",
    "established",
    "external_ids.type.fundref.all",
    "external_ids.type.fundref.preferred",
    "external_ids.type.grid.all",
    "external_ids.type.grid.preferred",
    "external_ids.type.isni.all",
    "external_ids.type.isni.preferred",
    "external_ids.type.wikidata.all",
    "external_ids.type.wikidata.preferred",
    "links.type.website",
    "links.type.wikipedia",
    "locations.geonames_id",
    "locations.geonames_details.continent_code",
    "locations.geonames_details.continent_name",
    "locations.geonames_details.country_code",
    "locations.geonames_details.country_name",
    "locations.geonames_details.country_subdivision_code",
    "locations.geonames_details.country_subdivision_name",
    "locations.geonames_details.lat",
    "locations.geonames_details.lng",
    "locations.geonames_details.name",
    "names.types.acronym",
    "names.types.alias",
    "names.types.label",
    "names.types.ror_display",
    "ror_display_lang",
    "relationships",
    "status",
    "types",
)

# A point in the North Sea, in no polygon of any level.
SEA_POINT: tuple[float, float] = (3.0, 54.8)
# (lon, lat) in the middle of a border edge shared by two NUTS-3 regions (north, south of it): on
# the boundary of both.
BORDER_POINT: tuple[float, float, tuple[str, str]] = (13.34375, 52.40625, ("DE300", "DE423"))
# A point in Strasbourg's region, a few kilometres from the German border: in FRF11 and FR, in no
# German polygon (an organisation claiming a German address there has the wrong country).
WRONG_COUNTRY_POINT: tuple[float, float, str] = (7.95, 48.55, "FRF11")
# The one malformed TERCET line: (country, physical line number counting the header as 1, text).
MALFORMED_TERCET: tuple[str, int, str] = ("SI", 35, "'SI041';'1231';'Ljubljana - Črnuče'")

_TERCET_PUBLISHED = {1: date(2025, 3, 12), 2: date(2026, 12, 3)}
_TERCET_UPDATED = "FR"  # the country whose file release 2 republishes
# Irish routing keys and Maltese locality codes are the first three characters of a postcode.
_MIN_PREFIX = {"IE": 3, "MT": 3}
_ROR_RELEASES = {
    1: ("v1.88", date(2026, 11, 12), 18113467),
    2: ("v1.89", date(2026, 12, 10), 18552190),
}
_ROR_CONCEPT = 6347574
_FIXED_TIME = (2025, 1, 15, 9, 30, 0)
# Eurostat's protocol order of countries, which the correspondence tables follow.
_COUNTRY_ORDER: tuple[str, ...] = (
    *("BE", "BG", "CZ", "DK", "DE", "EE", "IE", "EL", "ES", "FR", "HR", "IT", "CY", "LV", "LT", "LU", "HU", "MT"),
    *("NL", "AT", "PL", "PT", "RO", "SI", "SK", "FI", "SE", "UK", "IS", "LI", "NO", "CH", "ME", "MK", "AL", "RS"),
    "TR",
)


# ---------------------------------------------------------------------------------------------------
# NUTS classification


@dataclass(frozen=True)
class NutsUnit:
    """One code of one NUTS version."""

    code: str
    latn: str
    native: str
    mountain: int = 0
    urban: int = 0

    @property
    def level(self) -> int:
        return len(self.code) - 2

    @property
    def country(self) -> str:
        return self.code[:2]

    @property
    def name(self) -> str:
        return self.native or self.latn


@cache
def classification() -> Mapping[int, Mapping[str, NutsUnit]]:
    """The code lists of every version, built backwards from 2024 through the change tables."""
    lists: dict[int, dict[str, NutsUnit]] = {2024: _newest_units(2024)}
    for later, earlier in zip(rv.VERSIONS[:0:-1], rv.VERSIONS[-2::-1], strict=True):
        rows = [change for change in rv.CHANGES if change.version == later]
        olds = {row.old for row in rows if row.old}
        created = {row.new for row in rows if row.new} - olds
        units = {code: unit for code, unit in lists[later].items() if code not in created}
        for row in rows:
            if row.old and row.old not in units:
                units[row.old] = _old_unit(row.old, row, lists[later])
        units.update(_newest_units(earlier))
        for (code, version), (latn, native) in rv.RELABELLED.items():
            if version == earlier and code in units:
                units[code] = NutsUnit(code, latn, native, units[code].mountain, units[code].urban)
        lists[earlier] = units
    for version, units in lists.items():
        for code in units:
            if len(code) > 2 and code[:-1] not in units:
                raise ValueError(f"NUTS {version}: {code} has no parent {code[:-1]}")
    return {
        version: dict(sorted(units.items(), key=lambda item: _sort_key(item[0]))) for version, units in lists.items()
    }


def _sort_key(code: str) -> tuple[int, str]:
    country = code[:2]
    return (_COUNTRY_ORDER.index(country) if country in _COUNTRY_ORDER else len(_COUNTRY_ORDER), code)


def _newest_units(version: int) -> dict[str, NutsUnit]:
    units: dict[str, NutsUnit] = {}
    for country in rv.NUTS:
        if country.last_version != version:
            continue
        for area in country.areas:
            units[area.code] = NutsUnit(area.code, area.latn, area.native, area.mountain, area.urban)
            for length in (2, 3, 4):
                code = area.code[:length]
                latn, native = country.names[code]
                units.setdefault(code, NutsUnit(code, latn, native))
    return units


def _old_unit(code: str, row: rv.Change, later: Mapping[str, NutsUnit]) -> NutsUnit:
    successor = later.get(row.new) if row.new else None
    if code in rv.OLD_NAMES:
        latn, native = rv.OLD_NAMES[code]
    elif successor is not None:
        latn, native = successor.latn, successor.native
    else:
        raise ValueError(f"no name for discontinued NUTS code {code}")
    if successor is None or successor.level != len(code) - 2:
        return NutsUnit(code, latn, native)
    return NutsUnit(code, latn, native, successor.mountain, successor.urban)


def correspondence(version: int) -> list[tuple[str, str, str, str]]:
    """(old code, new code, change, comment) of the table from the previous version to ``version``.

    Unchanged codes appear as rows with both codes equal and no change; level-0 rows are kept only
    in the tables that list countries (2016 and 2021)."""
    earlier = rv.VERSIONS[rv.VERSIONS.index(version) - 1]
    lists = classification()
    old_units, new_units = lists[earlier], lists[version]
    rows = [(c.old, c.new, c.kind, c.comment) for c in rv.CHANGES if c.version == version]
    touched = {code for row in rows for code in row[:2] if code}
    # The United Kingdom left NUTS after 2021: its codes are simply absent from the 2024 table.
    rows += [(code, code, "", "") for code in old_units if code in new_units and code not in touched]
    if version == 2024:
        rows = [row for row in rows if len(row[0] or row[1]) > 2]
    return sorted(rows, key=lambda row: (_sort_key(row[1] or row[0]), row[0]))


# ---------------------------------------------------------------------------------------------------
# Map


@dataclass(frozen=True)
class RegionMap:
    """The rasterised regions and their polygons per NUTS level (2024 codes only)."""

    cells: Mapping[geometry.Cell, str]
    polygons: Mapping[int, Mapping[str, list[geometry.Polygon]]]
    coast: Mapping[str, int]


# The vocabulary's reaches are the radius of each seed's own land; land grows a bit further so that
# neighbouring seeds' land meets without inland gaps, the sea seeds drawing the coasts.
_LAND_REACH = 1.5


def _level_key(units: Mapping[str, NutsUnit], level: int) -> Callable[[str], str | None]:
    """Cells owned by a NUTS-3 region count for its parent of ``level``; foreign land for nothing."""

    def key(owner: str) -> str | None:
        return owner[: level + 2] if owner in units else None

    return key


@cache
def region_map() -> RegionMap:
    """The 2024 regions drawn from their towns, with every vocab.py town inside its own region."""
    units = classification()[2024]
    seeds: list[geometry.Seed] = []
    for country in rv.NUTS:
        for area in country.areas:
            seeds.append(geometry.Seed(area.lat, area.lon, area.reach * _LAND_REACH, area.code))
            seeds.extend(geometry.Seed(lat, lon, reach * _LAND_REACH, area.code) for lat, lon, reach in area.seeds)
    pins: list[tuple[float, float, str]] = []
    area_codes = {area.code for country in rv.NUTS for area in country.areas}
    for _, city in _vocab_cities():
        if city.nuts in area_codes:
            if geometry.on_grid_line(city.lat, city.lon):
                raise ValueError(f"{city.name} lies on a grid line; move the grid origin")
            seeds.append(geometry.Seed(city.lat, city.lon, 0.2, city.nuts))
            pins.append((city.lat, city.lon, city.nuts))
    seeds.extend(geometry.Seed(lat, lon, reach, code) for code, lat, lon, reach in rv.FOREIGN_LAND)
    seeds.extend(geometry.Seed(lat, lon, geometry.SEA_REACH, None) for lat, lon in rv.SEA)
    cells, sea = geometry.rasterise(seeds, pins)
    lost = [owner for lat, lon, owner in pins if cells[geometry.cell_of(lat, lon)] != owner]
    if lost:
        raise ValueError(f"towns of {', '.join(lost)} share a cell with another region's town")
    polygons = {level: geometry.outlines(cells, _level_key(units, level)) for level in (0, 1, 2, 3)}
    missing = sorted(code for code, unit in units.items() if code not in polygons[unit.level])
    if missing:
        raise ValueError(f"regions without land on the map: {', '.join(missing)}")
    coast: dict[str, int] = {}
    for (col, row), owner in cells.items():
        # Regions with land next to open water are coastal; borders with foreign land do not count.
        touches_sea = any(cell in sea for cell in ((col + 1, row), (col - 1, row), (col, row + 1), (col, row - 1)))
        coast[owner] = 1 if touches_sea or coast.get(owner) == 1 else 3
    return RegionMap(cells, polygons, coast)


def _vocab_cities() -> Iterable[tuple[Country, City]]:
    for country in vocab.COUNTRIES:
        for city in country.cities:
            yield country, city


# ---------------------------------------------------------------------------------------------------
# GISCO


def _write_gisco(site: Path) -> dict[str, int]:
    lists = classification()
    regions = region_map()
    counts = {"gisco_csv": 0, "gisco_geojson": 0, "nuts_codes": 0, "geojson_features": 0}
    for version, units in lists.items():
        buffer = io.StringIO(newline="")
        writer = csv.writer(buffer, quoting=csv.QUOTE_ALL, lineterminator="\n")
        writer.writerow(GISCO_HEADER)
        for unit in units.values():
            writer.writerow(_gisco_row(unit, _coast_of(unit.code, regions)))
        _write_bytes(site / "csv" / f"NUTS_AT_{version}.csv", buffer.getvalue().encode("utf-8"))
        counts["gisco_csv"] += 1
        counts["nuts_codes"] += len(units)
    units_2024 = lists[2024]
    for level in (0, 1, 2, 3):
        features = []
        for code, polygons in sorted(regions.polygons[level].items(), key=lambda item: _sort_key(item[0])):
            unit = units_2024[code]
            row = _gisco_row(unit, regions.coast.get(code, 3))
            numeric = ("LEVL_CODE", "MOUNT_TYPE", "URBN_TYPE", "COAST_TYPE")
            properties: dict[str, Any] = {
                name: int(value) if name in numeric else value for name, value in zip(GISCO_HEADER, row, strict=True)
            }
            shape: dict[str, Any] = (
                {"type": "Polygon", "coordinates": polygons[0]}
                if len(polygons) == 1
                else {"type": "MultiPolygon", "coordinates": polygons}
            )
            features.append({"type": "Feature", "id": code, "properties": properties, "geometry": shape})
        collection = {
            "type": "FeatureCollection",
            "crs": {"type": "name", "properties": {"name": "urn:ogc:def:crs:EPSG::4326"}},
            "features": features,
        }
        text = json.dumps(collection, ensure_ascii=False, separators=(",", ":"))
        _write_bytes(site / "geojson" / f"NUTS_RG_60M_2024_4326_LEVL_{level}.geojson", text.encode("utf-8"))
        counts["gisco_geojson"] += 1
        counts["geojson_features"] += len(features)
    return counts


def _gisco_row(unit: NutsUnit, coast: int) -> list[str]:
    level = unit.level
    # GISCO fills the typologies only for NUTS-3 regions; other levels carry 0.
    types = (unit.mountain, unit.urban, coast) if level == 3 else (0, 0, 0)
    return [unit.code, str(level), unit.country, unit.latn, unit.name, *(str(t) for t in types), unit.code]


def _coast_of(code: str, regions: RegionMap) -> int:
    if len(code) != 5:
        return 0
    if code in regions.coast:
        return regions.coast[code]
    for change in rv.CHANGES:
        if change.old == code and change.new in regions.coast:
            return regions.coast[change.new]
    return 3


# ---------------------------------------------------------------------------------------------------
# Eurostat correspondence workbooks


def _write_eurostat(site: Path) -> dict[str, int]:
    lists = classification()
    rows_written = 0
    workbooks = {
        "NUTS2013-NUTS2016.xlsx": _workbook_2016(lists),
        "NUTS2016-NUTS2021.xlsx": _workbook_2021(lists),
        "NUTS2021-NUTS2024.xlsx": _workbook_2024(lists),
    }
    for name, (workbook, rows) in workbooks.items():
        _write_bytes(site / name, _stable_xlsx(workbook))
        rows_written += rows
    return {"eurostat_xlsx": len(workbooks), "correspondence_rows": rows_written}


def _names_by_level(unit: NutsUnit | None) -> list[str]:
    """Country, NUTS level 1, 2, 3 columns: the name sits in its level's column."""
    cells = ["", "", "", ""]
    if unit is not None:
        cells[unit.level] = unit.name
    return cells


def _unit_for_row(old: str, new: str, old_units: Mapping[str, NutsUnit], new_units: Mapping[str, NutsUnit]) -> Any:
    return new_units.get(new) if new else old_units.get(old)


def _order_numbers(units: Mapping[str, NutsUnit]) -> dict[str, int]:
    return {code: index for index, code in enumerate(units, start=1)}


def _country_order(code: str) -> int:
    country = code[:2]
    return _COUNTRY_ORDER.index(country) + 1 if country in _COUNTRY_ORDER else 99


def _workbook_2016(lists: Mapping[int, Mapping[str, NutsUnit]]) -> tuple[Workbook, int]:
    old_units, new_units = lists[2013], lists[2016]
    workbook = _new_workbook()
    intro = workbook.create_sheet("Introduction")
    intro.append(["Correspondence table NUTS 2013 - NUTS 2016"])
    intro.append(["Changes between the NUTS 2013 and NUTS 2016 classifications, with the unchanged codes."])
    sheet = workbook.create_sheet("NUTS2013-NUTS2016")
    sheet.append(["NUTS 2013 - NUTS 2016 correspondence"])
    sheet.append(
        [
            "#",
            "Code 2013",
            "Code 2016",
            "Country",
            "NUTS level 1",
            "NUTS level 2",
            "NUTS level 3",
            "Change",
            "NUTS level",
            "Countries sorting order",
            "Sorting order 2013",
            "Sorting order 2016",
        ]
    )
    rows = correspondence(2016)
    order_old, order_new = _order_numbers(old_units), _order_numbers(new_units)
    for index, (old, new, kind, _comment) in enumerate(rows, start=1):
        unit = _unit_for_row(old, new, old_units, new_units)
        sheet.append(
            [
                index,
                old or None,
                new or None,
                *(name or None for name in _names_by_level(unit)),
                kind or None,
                len(old or new) - 2,
                _country_order(old or new),
                order_old.get(old),
                order_new.get(new),
            ]
        )
    _level_sheet(workbook, "Correspondence NUTS-2", rows, 2, ("Code 2013", "Code 2016"), lists[2013], lists[2016])
    return workbook, len(rows)


def _workbook_2021(lists: Mapping[int, Mapping[str, NutsUnit]]) -> tuple[Workbook, int]:
    old_units, new_units = lists[2016], lists[2021]
    workbook = _new_workbook()
    listing = workbook.create_sheet("NUTS & SR 2021")
    listing.append(["Code 2021", "Country", "NUTS level 1", "NUTS level 2", "NUTS level 3", "NUTS level"])
    for unit in new_units.values():
        listing.append([unit.code, *(name or None for name in _names_by_level(unit)), unit.level])
    rows = correspondence(2021)
    codes = ("Code 2016", "Code 2021")
    _level_sheet(workbook, "Changes NUTS-1", rows, 1, codes, old_units, new_units)
    _level_sheet(workbook, "Changes NUTS-2", rows, 2, codes, old_units, new_units)
    sheet = workbook.create_sheet("Changes detailed NUTS 2016-2021")
    sheet.append(
        [
            "Code 2016",
            "Code 2021",
            "Country",
            "NUTS level 1",
            "NUTS level 2",
            "NUTS level 3",
            "Change",
            "Change comments",
            "NUTS level",
            "Country order",
            "Region order 2016",
            "Region order 2021",
        ]
    )
    order_old, order_new = _order_numbers(old_units), _order_numbers(new_units)
    for old, new, kind, comment in rows:
        unit = _unit_for_row(old, new, old_units, new_units)
        sheet.append(
            [
                old or None,
                new or None,
                *(name or None for name in _names_by_level(unit)),
                kind or None,
                comment or None,
                len(old or new) - 2,
                _country_order(old or new),
                order_old.get(old),
                order_new.get(new),
            ]
        )
    _level_sheet(workbook, "Changes NUTS-3", rows, 3, codes, old_units, new_units)
    return workbook, len(rows)


def _workbook_2024(lists: Mapping[int, Mapping[str, NutsUnit]]) -> tuple[Workbook, int]:
    old_units, new_units = lists[2021], lists[2024]
    workbook = _new_workbook()
    # EU member states are NUTS proper; EFTA and candidate countries have "statistical regions".
    statistical = {"NO", "CH", "IS", "LI", "TR", "RS", "ME", "MK", "AL"}
    for title, wanted in (("NUTS2024", False), ("Statistical Regions", True)):
        listing = workbook.create_sheet(title)
        listing.append(["Country code", "NUTS Code", "NUTS label", "NUTS level", "Country order", "#"])
        number = 0
        for unit in new_units.values():
            if unit.level == 0 or (unit.country in statistical) != wanted:
                continue
            number += 1
            listing.append([unit.country, unit.code, unit.name, unit.level, _country_order(unit.code), number])
    sheet = workbook.create_sheet("NUTS2021- NUTS2024")
    sheet.append(
        [
            "#",
            "Country code",
            "Code 2021",
            "Code 2024",
            "NUTS level 1",
            "NUTS level 2",
            "NUTS level 3",
            "Change",
            "NUTS level",
            "Country order",
            "Region order 2021",
            "Region order 2024",
        ]
    )
    rows = correspondence(2024)
    order_old, order_new = _order_numbers(old_units), _order_numbers(new_units)
    for index, (old, new, kind, _comment) in enumerate(rows, start=1):
        unit = _unit_for_row(old, new, old_units, new_units)
        sheet.append(
            [
                index,
                (old or new)[:2],
                old or None,
                new or None,
                *(name or None for name in _names_by_level(unit)[1:]),
                kind or None,
                len(old or new) - 2,
                _country_order(old or new),
                order_old.get(old),
                order_new.get(new),
            ]
        )
    _level_sheet(workbook, "Changes NUTS-2", rows, 2, ("Code 2021", "Code 2024"), old_units, new_units, numbered=True)
    return workbook, len(rows)


def _level_sheet(
    workbook: Workbook,
    title: str,
    rows: Sequence[tuple[str, str, str, str]],
    level: int,
    headings: tuple[str, str],
    old_units: Mapping[str, NutsUnit],
    new_units: Mapping[str, NutsUnit],
    *,
    numbered: bool = False,
) -> None:
    """The changes of one NUTS level only (unchanged codes left out), as the real workbooks add."""
    sheet = workbook.create_sheet(title)
    if numbered:
        sheet.append([f"Changes at NUTS level {level}"])
    header = [*headings, f"NUTS level {level} name", "Change"]
    sheet.append(["#", *header] if numbered else header)
    number = 0
    for old, new, kind, _comment in rows:
        if len(old or new) - 2 != level or not kind:
            continue
        number += 1
        unit = _unit_for_row(old, new, old_units, new_units)
        values = [old or None, new or None, unit.name if unit else None, kind]
        sheet.append([number, *values] if numbered else values)


def _new_workbook() -> Workbook:
    workbook = Workbook()
    workbook.remove(workbook.worksheets[0])
    workbook.properties.creator = "Eurostat"
    return workbook


def _stable_xlsx(workbook: Workbook) -> bytes:
    """The workbook's bytes with fixed timestamps (openpyxl stamps the save time into the zip)."""
    raw = io.BytesIO()
    workbook.save(raw)
    members = []
    with zipfile.ZipFile(io.BytesIO(raw.getvalue())) as archive:
        for info in archive.infolist():
            data = archive.read(info.filename)
            if info.filename == "docProps/core.xml":
                stamp = "2024-01-17T10:00:00Z"
                data = re.sub(rb"(<dcterms:(?:created|modified)[^>]*>)[^<]*", rb"\g<1>" + stamp.encode(), data)
            members.append((info.filename, data))
    return _zip_bytes(members, _FIXED_TIME)


# ---------------------------------------------------------------------------------------------------
# TERCET


def tercet_postcode(country: str, postcode: str) -> str:
    """How TERCET writes a postcode that CORDIS (vocab.py) writes with a country prefix or a space."""
    for part in rv.TERCET_STRIP.get(country, ()):
        postcode = postcode.replace(part, "")
    return postcode


def tercet_file_name(country: str, release: int = 1) -> str:
    """``pc{year}_{CC}_NUTS-2024_v{X.Y}`` without extension, as the flat files page lists it."""
    year, version = rv.TERCET_FILES.get(country, (2024, "v1.0"))
    if release >= 2 and country == _TERCET_UPDATED:
        version = "v1.1"
    return f"pc{year}_{country}_NUTS-2024_{version}"


def tercet_countries() -> list[str]:
    return sorted(country.code for country in rv.NUTS if country.last_version >= 2024)


@dataclass
class _PostcodeTable:
    country: str
    rows: list[tuple[str, str]] = field(default_factory=list)  # (NUTS3, CODE)


def _tercet_table(country: str, seed: int, release: int) -> _PostcodeTable:
    nuts = next(c for c in rv.NUTS if c.code == country)
    rng = random.Random(f"{seed}/tercet/{country}")
    template = rv.POSTCODE_FORMATS[country]
    samples: list[tuple[str, str]] = [(area.code, area.postcode) for area in nuts.areas]
    vocab_codes: list[tuple[str, str]] = []
    for vocab_country, city in _vocab_cities():
        if vocab_country.code == country and city.postcode:
            vocab_codes.append((city.nuts, tercet_postcode(country, city.postcode)))
    for _, code in [*samples, *vocab_codes]:
        if not _matches(code, template):
            raise ValueError(f"{country} postcode {code!r} does not fit {template!r}")
    width = max(_prefix_width([*samples, *vocab_codes]), _MIN_PREFIX.get(country, 1))
    owner: dict[str, str] = {}
    for area, code in [*samples, *vocab_codes]:
        owner.setdefault(code[:width], area)
    table = _PostcodeTable(country)
    taken: dict[str, str] = {}
    if country == MALFORMED_TERCET[0]:
        # The postcode of the malformed line is in no valid row: quarantining the line loses it.
        taken[MALFORMED_TERCET[2].split(";")[1].strip("'")] = ""
    per_prefix: Counter[str] = Counter()

    def add(code: str, area: str) -> bool:
        if code in taken:
            return False
        taken[code] = area
        per_prefix[code[:width]] += 1
        table.rows.append((area, code))
        return True

    # CORDIS varies the last digit of a city's postcode, so every variant must resolve to the city.
    for area, code in vocab_codes:
        last = max(i for i, char in enumerate(code) if char.isdigit())
        for digit in "0123456789":
            add(code[:last] + digit + code[last + 1 :], area)
    for area, code in samples:
        add(code, area)
    weights = {area.code: {1: 3.0, 2: 2.0}.get(area.urban, 1.0) for area in nuts.areas}
    # Release 2 republishes one country with more postcodes: a second pass, so release 1's rows stay.
    passes = [1.0, 0.08] if release >= 2 and country == _TERCET_UPDATED else [1.0]
    for portion in passes:
        for prefix in sorted(owner):
            area = owner[prefix]
            share = weights[area] / sum(weights.values())
            prefixes = sum(1 for p in owner.values() if p == area)
            wanted = per_prefix[prefix] + max(1, round(rv.TERCET_ROWS[country] * portion * share / prefixes))
            for _ in range(wanted * 20):
                if per_prefix[prefix] >= wanted:
                    break
                add(prefix + _fill(rng, template[width:], country), area)
    shared = {(code, areas) for c, code, areas in rv.SHARED_POSTCODES if c == country}
    for code, (first, second) in sorted(shared):
        if code[:width] not in owner or owner[code[:width]] != first:
            raise ValueError(f"shared postcode {code} is not in {first}'s range")
        add(code, first)
        table.rows.append((second, code))
    if country == "EL":
        # The real Greek file repeats some rows verbatim.
        for row in rng.sample(sorted(set(table.rows)), 3):
            table.rows.append(row)
    table.rows.sort(key=lambda row: (row[1], row[0]))
    return table


def _matches(code: str, template: str) -> bool:
    if len(code) != len(template):
        return False
    for char, kind in zip(code, template, strict=True):
        if kind == "#" and not char.isdigit():
            return False
        if kind == "@" and not (char.isalpha() and char.isupper()):
            return False
        if kind == "*" and char not in rv.POSTCODE_LETTERS["*"]:
            return False
        if kind not in "#@*" and char != kind:
            return False
    return True


def _prefix_width(codes: Sequence[tuple[str, str]]) -> int:
    for width in range(1, 8):
        seen: dict[str, str] = {}
        if all(seen.setdefault(code[:width], area) == area for area, code in codes):
            return width
    raise ValueError("postcode prefixes never separate the regions")


def _fill(rng: random.Random, template: str, country: str) -> str:
    letters = rv.POSTCODE_LETTERS.get(country, "ABCDEFGHJKLMNPQRSTUVWXYZ")
    out = []
    for kind in template:
        if kind == "#":
            out.append(str(rng.randrange(10)))
        elif kind == "@":
            out.append(rng.choice(letters))
        elif kind == "*":
            out.append(rng.choice(rv.POSTCODE_LETTERS["*"]))
        else:
            out.append(kind)
    return "".join(out)


def _tercet_csv(table: _PostcodeTable) -> bytes:
    lines = ["NUTS3;CODE", *(f"'{nuts}';'{code}'" for nuts, code in table.rows)]
    country, line_number, text = MALFORMED_TERCET
    if table.country == country:
        # One record exported with a stray third field (the place name leaked in), in its sorted place.
        code = text.split(";")[1].strip("'")
        position = 1 + sum(1 for _, other in table.rows if other < code)
        if position != line_number - 1:
            raise ValueError(f"the malformed TERCET line now sorts to line {position + 1}, not {line_number}")
        lines.insert(position, text)
    # The files come from Windows tooling: BOM and CRLF.
    return ("\ufeff" + "\r\n".join(lines) + "\r\n").encode("utf-8")


def _write_tercet(site: Path, seed: int, release: int) -> dict[str, Any]:
    published = _TERCET_PUBLISHED[1]
    entries = []
    rows = 0
    shared: list[dict[str, Any]] = []
    duplicates = 0
    for country in tercet_countries():
        table = _tercet_table(country, seed, release)
        name = tercet_file_name(country, release)
        data = _tercet_csv(table)
        when = _TERCET_PUBLISHED[2] if release >= 2 and country == _TERCET_UPDATED else published
        _write_bytes(site / "NUTS-2024" / f"{name}.zip", _zip_bytes([(f"{name}.csv", data)], _datetime_tuple(when)))
        entries.append((name, country, when))
        rows += len(table.rows)
        duplicates += len(table.rows) - len(set(table.rows))
        shared.extend(
            {"country": country, "postcode": code, "nuts3": list(areas)}
            for c, code, areas in rv.SHARED_POSTCODES
            if c == country
        )
    # A release generated over an older one: the files GISCO replaced are gone from the site.
    current = {f"{name}.zip" for name, _, _ in entries}
    for stale in (site / "NUTS-2024").glob("pc*_NUTS-2024_*.zip"):
        if stale.name not in current:
            stale.unlink()
    _write_bytes(site / "flat-files" / "index.html", _flat_files_page(entries).encode("utf-8"))
    _write_bytes(site / "NUTS-2024" / "index.html", _directory_listing(entries).encode("utf-8"))
    return {
        "counts": {"tercet_zip": len(entries), "tercet_rows": rows},
        "files": {country: f"NUTS-2024/{name}.zip" for name, country, _ in entries},
        "shared_postcodes": shared,
        "duplicate_rows": duplicates,
    }


def _flat_files_page(entries: Sequence[tuple[str, str, date]]) -> str:
    rows = "\n".join(
        f'<tr><td><a href="NUTS-2024/{name}.zip">{name}.zip</a></td>'
        f"<td>Postal codes for {country}, NUTS 2024</td><td>{when:%d/%m/%Y}</td></tr>"
        for name, country, when in entries
    )
    return f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>GISCO - TERCET flat files</title>
</head>
<body>
<h1>TERCET flat files</h1>
<p>Correspondence tables between postal codes and NUTS-3 regions, one file per country, for use in
statistics. Postal codes are matched to NUTS by the location of their points; codes that cover
several regions are listed once per region.</p>
<h2>Known issues for NUTS 2024</h2>
<ul>
<li>Non-geographic postal codes (post office boxes, large organisations) are not included.</li>
<li>Some countries' files are updated separately; check the date of each file.</li>
</ul>
<table>
<thead><tr><th>Flat filename</th><th>Description</th><th>Last updated (DD/MM/YYYY)</th></tr></thead>
<tbody>
{rows}
</tbody>
</table>
</body>
</html>
"""


def _directory_listing(entries: Sequence[tuple[str, str, date]]) -> str:
    rows = "\n".join(
        f'<tr><td><a href="{name}.zip">{name}.zip</a></td><td align="right">{when:%Y-%m-%d} 08:00</td></tr>'
        for name, _, when in entries
    )
    return f"""<!DOCTYPE html>
<html>
<head><title>Index of /tercet/NUTS-2024</title></head>
<body>
<h1>Index of /tercet/NUTS-2024</h1>
<table>
<tr><th>Name</th><th>Last modified</th></tr>
<tr><td><a href="../">Parent Directory</a></td><td></td></tr>
{rows}
</table>
</body>
</html>
"""


# ---------------------------------------------------------------------------------------------------
# ROR


@dataclass
class _Org:
    """One ROR organisation before it is written; ``key`` names it stably across releases."""

    key: str
    country: Country
    city: City
    display: str
    display_lang: str | None
    types: list[str]
    labels: list[tuple[str, str | None]] = field(default_factory=list)
    aliases: list[tuple[str, str | None]] = field(default_factory=list)
    acronym: str = ""
    established: int | None = None
    status: str = "active"
    domain: str = ""
    website: bool = True
    domain_listed: bool = True
    wikipedia: bool = False
    relationships: list[tuple[str, str]] = field(default_factory=list)  # (type, key)
    external_ids: dict[str, tuple[list[str], str | None]] = field(default_factory=dict)
    created: date = date(2019, 3, 1)
    modified: date = date(2024, 12, 17)
    ror_id: str = ""


_CROCKFORD = "0123456789abcdefghjkmnpqrstvwxyz"


def ror_id(number: int) -> str:
    """A ROR identifier: "0", six Crockford base32 digits, two ISO 7064 mod 97-10 check digits."""
    digits = "".join(_CROCKFORD[(number >> (5 * i)) & 31] for i in range(5, -1, -1))
    return f"https://ror.org/0{digits}{98 - (number * 100) % 97:02d}"


# Letters Unicode does not decompose into a base letter and an accent.
_UNDECOMPOSED: dict[str, str | int | None] = {"ø": "o", "Ø": "O", "æ": "ae", "ß": "ss", "ł": "l", "Ł": "L", "đ": "d"}
_GERMAN_UMLAUTS: dict[str, str | int | None] = {"ä": "ae", "ö": "oe", "ü": "ue", "Ä": "Ae", "Ö": "Oe", "Ü": "Ue"}


def _fold(text: str) -> str:
    text = text.translate(str.maketrans(_UNDECOMPOSED))
    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))


def _city_local(city: City) -> str:
    if city.native and _fold(city.native).lower() == _fold(city.name).lower():
        return city.native
    return city.name.title() if city.name.isupper() else city.name


def _city_english(city: City) -> str:
    return rv.CITY_ENGLISH.get(city.name, _city_local(city))


def _proper(name: str, city: City) -> str:
    """A CORDIS upper case name in the organisation's own spelling."""
    upper_city = city.name.upper()
    words = []
    for word in name.replace(upper_city, "\0").split(" "):
        if "\0" in word:
            words.append(word.replace("\0", _city_local(city)).replace("ER", "er"))
        elif word in rv.PROPER_WORDS:
            words.append(rv.PROPER_WORDS[word])
        else:
            words.append(word.capitalize() if word.isalpha() else word.title())
    text = " ".join(words)
    return text[0].upper() + text[1:]


_ENGLISH_WORDS = frozenset({"UNIVERSITY", "INSTITUTE", "RESEARCH", "LABORATORY", "CENTRE", "TECHNOLOGY", "THE"})
_TRANSLITERATED = frozenset({"el"})


def _name_language(name: str, country: Country) -> str | None:
    if _ENGLISH_WORDS & set(name.split()):
        return "en"
    if country.lang in _TRANSLITERATED:
        return None  # Greek written in Latin letters: no language code fits
    return rv.COUNTRY_LANGUAGES.get(country.code, "en")


def _ascii_alias(text: str, lang: str | None) -> str:
    if lang == "de":
        text = text.translate(str.maketrans(_GERMAN_UMLAUTS))
    return _fold(text)


def _acronym(name: str, city: City) -> str:
    skip = {_city_local(city), _city_english(city), city.name}
    letters = [w[0] for w in name.replace("-", " ").split() if w not in rv.ACRONYM_STOP_WORDS and w not in skip]
    initials = "".join(letter for letter in letters if letter.isalpha()).upper()
    return initials if 2 <= len(initials) <= 6 else ""


def _slug(text: str) -> str:
    return "".join(c for c in _fold(text).lower() if c.isascii() and c.isalnum())


def _university(country: Country, city: City, template: str) -> _Org:
    key = f"hes|{country.code}|{city.name}|{template}"
    cordis_name = template.format(city=city.name.upper())
    local_city, english_city = _city_local(city), _city_english(city)
    greek = rv.CITY_GREEK_GENITIVE.get(city.name, local_city)
    org = _Org(key, country, city, "", None, ["education"])
    if template in rv.UNIVERSITY_NAMES:
        local, english = (
            pattern.format(city=local_city, city_en=english_city, city_gen=greek)
            for pattern in rv.UNIVERSITY_NAMES[template]
        )
        if country.lang == "el":
            org.display, org.display_lang = english, "en"
            org.labels.append((local, "el"))
            org.aliases.append((_proper(cordis_name, city), None))
        else:
            lang = rv.COUNTRY_LANGUAGES.get(country.code, "en")
            if country.lang == "nordic" and template.endswith("TEKNISKA HOGSKOLA") and lang != "sv":
                lang = "sv"
            org.display, org.display_lang = local, lang
            org.labels.append((english, "en"))
    else:
        org.display, org.display_lang = _proper(cordis_name, city), "en"
        if english_city != local_city:
            org.aliases.append((org.display.replace(local_city, english_city), "en"))
    return org


def _research_body(organisation: cordis.Organisation) -> _Org:
    city = organisation.city
    key = f"cordis|{organisation.country.code}|{city.name}|{organisation.name}"
    lang = _name_language(organisation.name, organisation.country)
    types = ["facility"]
    if organisation.name.startswith(("STICHTING", "FONDAZIONE", "FUNDACION", "STIFTUNG")):
        types = ["nonprofit"]
    return _Org(key, organisation.country, city, _proper(organisation.name, city), lang, types)


def _cordis_organisations(seed: int, projects: Sequence[Mapping[str, int]]) -> dict[str, cordis.Organisation]:
    """The universities and research organisations of the CORDIS snapshots of these sizes, by key."""
    found: dict[str, cordis.Organisation] = {}
    for counts in projects:
        # The pool's size, and so each organisation's activity, depends on the project counts.
        pool = cordis.OrganisationPool(seed, cordis._pool_size(counts))
        for rank in range(pool.size):
            org = pool.get(rank)
            if org.person or org.activity not in ("HES", "REC"):
                continue
            kind = "hes" if org.activity == "HES" else "cordis"
            key = (
                f"hes|{org.country.code}|{org.city.name}|{_template_of(org)}"
                if kind == "hes"
                else f"cordis|{org.country.code}|{org.city.name}|{org.name}"
            )
            found.setdefault(key, org)
    return found


def _template_of(org: cordis.Organisation) -> str:
    for template in vocab.LANGUAGES[org.country.lang].hes:
        if template.format(city=org.city.name.upper()) == org.name:
            return template
    return org.name


def _ror_organisations(seed: int, projects: Sequence[Mapping[str, int]], release: int) -> list[_Org]:
    rng = random.Random(f"{seed}/ror")
    in_cordis = _cordis_organisations(seed, projects)
    orgs: dict[str, _Org] = {}
    for country, city in _vocab_cities():
        for template in vocab.LANGUAGES[country.lang].hes:
            key = f"hes|{country.code}|{city.name}|{template}"
            # Every university CORDIS knows is in ROR; about half of the others exist too.
            if key in in_cordis or rng.random() < 0.5:
                orgs[key] = _university(country, city, template)
    for key, organisation in sorted(in_cordis.items()):
        if key.startswith("cordis|") and rng.random() < 0.85:
            orgs[key] = _research_body(organisation)
    for country, city in _vocab_cities():
        if rng.random() < 0.25:
            lang = vocab.LANGUAGES[country.lang]
            name = rng.choice(lang.rec).format(
                city=city.name.upper(), field=rng.choice(lang.fields), word=rng.choice(vocab.NAME_WORDS)
            )
            key = f"ror|{country.code}|{city.name}|{name}"
            orgs.setdefault(
                key, _Org(key, country, city, _proper(name, city), _name_language(name, country), ["facility"])
            )
    ordered = [orgs[key] for key in sorted(orgs)]
    for org in ordered:
        _decorate(org, rng)
    _add_hospitals(ordered, rng)
    _add_lifecycle(ordered, rng)
    _assign_ids(ordered)
    _assign_domains(ordered)
    if release >= 2:
        _apply_release_2(ordered, seed)
        _assign_ids(ordered)
        _assign_domains(ordered)
    return ordered


def _decorate(org: _Org, rng: random.Random) -> None:
    education = "education" in org.types
    if rng.random() < (0.7 if education else 0.35):
        org.acronym = _acronym(org.display, org.city)
    alias = _ascii_alias(org.display, org.display_lang)
    if alias != org.display:
        org.aliases.append((alias, org.display_lang))
    org.established = None if rng.random() < 0.15 else rng.randint(1348, 2010) if education else rng.randint(1900, 2020)
    org.website = rng.random() < 0.92
    org.domain_listed = rng.random() < 0.75
    org.wikipedia = education and rng.random() < 0.45
    org.created = date(2018, 1, 1) + (date(2025, 6, 30) - date(2018, 1, 1)) * rng.random()
    org.modified = min(date(2026, 10, 30), org.created + (date(2026, 10, 30) - org.created) * rng.random())
    if org.created < date(2022, 1, 1) and rng.random() < 0.85:
        grid = f"grid.{rng.randint(1000, 99999)}.{rng.randint(1, 99)}"
        org.external_ids["grid"] = ([grid], grid)
    if rng.random() < 0.6:
        isni = f"0000 000{rng.randint(1, 9)} {rng.randint(0, 9999):04d} {rng.randint(0, 9999):04d}"
        org.external_ids["isni"] = ([isni], isni if rng.random() < 0.5 else None)
    if rng.random() < 0.65:
        wikidata = f"Q{rng.randint(10_000, 99_999_999)}"
        org.external_ids["wikidata"] = ([wikidata], wikidata)
    if not education and rng.random() < 0.12:
        org.types = sorted({*org.types, "funder"})
        fundref = f"5011000{rng.randint(10_000, 99_999)}"
        org.external_ids["fundref"] = ([fundref], fundref)


def _add_hospitals(orgs: list[_Org], rng: random.Random) -> None:
    cities_done: set[tuple[str, str]] = set()
    for org in list(orgs):
        place = (org.country.code, org.city.name)
        if "education" not in org.types or place in cities_done or rng.random() < 0.7:
            continue
        cities_done.add(place)
        patterns = rv.HOSPITAL_NAMES.get(org.country.lang)
        english_city = _city_english(org.city)
        english = (patterns[1] if patterns else "{city_en} University Hospital").format(city_en=english_city)
        key = f"hospital|{org.key}"
        hospital = _Org(key, org.country, org.city, english, "en", ["healthcare"])
        if patterns:
            local = patterns[0].format(
                city=_city_local(org.city), city_gen=rv.CITY_GREEK_GENITIVE.get(org.city.name, _city_local(org.city))
            )
            lang = "el" if org.country.lang == "el" else rv.COUNTRY_LANGUAGES.get(org.country.code, "en")
            if org.country.lang == "el":
                hospital.labels.append((local, lang))
            else:
                hospital.display, hospital.display_lang = local, lang
                hospital.labels.append((english, "en"))
        _decorate(hospital, rng)
        hospital.relationships.append(("parent", org.key))
        org.relationships.append(("child", key))
        orgs.append(hospital)


def _add_lifecycle(orgs: list[_Org], rng: random.Random) -> None:
    """Some organisations closed (inactive, with a successor) or were registered twice (withdrawn)."""
    by_city: dict[tuple[str, str], list[_Org]] = {}
    for org in orgs:
        by_city.setdefault((org.country.code, org.city.name), []).append(org)
    for org in orgs:
        if org.status != "active" or org.relationships or "healthcare" in org.types:
            continue
        roll = rng.random()
        others = [
            o
            for o in by_city[(org.country.code, org.city.name)]
            if o is not org and o.status == "active" and o.types == org.types
        ]
        if roll < 0.04 and others:
            successor = rng.choice(others)
            org.status = "inactive"
            org.relationships.append(("successor", successor.key))
            successor.relationships.append(("predecessor", org.key))
        elif roll < 0.055:
            org.status = "withdrawn"
            org.external_ids.clear()
            org.website = False
        elif roll < 0.08 and others:
            partner = rng.choice(others)
            if partner.status == "active" and not any(key == org.key for _, key in partner.relationships):
                org.relationships.append(("related", partner.key))
                partner.relationships.append(("related", org.key))


def _apply_release_2(orgs: list[_Org], seed: int) -> None:
    """Next month's dump: one organisation renamed, one registered."""
    published = _ROR_RELEASES[2][1]
    renamed = next(o for o in orgs if o.key.endswith("|HOCHSCHULE {city}") and o.status == "active")
    renamed.aliases.append((renamed.display, renamed.display_lang))
    renamed.display = f"Technische Hochschule {_city_local(renamed.city)}"
    renamed.modified = published
    country = next(c for c in vocab.COUNTRIES if c.code == "DE")
    city = next(c for c in country.cities if c.name == "Jena")
    key = f"ror|DE|Jena|QUANTUM TECHNOLOGY INSTITUTE {seed}"
    new = _Org(key, country, city, "Institut für Quantentechnologie Jena", "de", ["facility"])
    new.labels.append(("Jena Institute for Quantum Technology", "en"))
    new.acronym = "IQTJ"
    new.established = 2026
    new.created = new.modified = published
    orgs.append(new)


def _assign_ids(orgs: list[_Org]) -> None:
    used = {org.ror_id for org in orgs if org.ror_id}
    for org in orgs:
        if org.ror_id:
            continue
        number = int.from_bytes(hashlib.sha256(org.key.encode()).digest()[:8], "big") % (32**6)
        while ror_id(number) in used:
            number = (number + 1) % (32**6)
        org.ror_id = ror_id(number)
        used.add(org.ror_id)


def _assign_domains(orgs: list[_Org]) -> None:
    used = {org.domain for org in orgs if org.domain}
    for org in orgs:
        if org.domain or not org.website:
            continue
        tld = "ac.uk" if org.country.code == "UK" and "education" in org.types else org.country.tld
        base = (org.acronym or "".join(w[0] for w in org.display.split() if w[0].isalpha())).lower()
        city = _slug(_city_english(org.city))
        stem = _slug(base) or "org"
        candidate = f"{stem}-{city}" if city not in stem else stem
        domain = f"{candidate}.{tld}"
        suffix = 2
        while domain in used:
            domain = f"{candidate}{suffix}.{tld}"
            suffix += 1
        used.add(domain)
        org.domain = domain


def _location(org: _Org) -> dict[str, Any]:
    country = org.country.code
    iso = {"EL": "GR", "UK": "GB"}.get(country, country)
    continent = rv.CONTINENTS.get(country, ("EU", "Europe"))
    subdivision_code, subdivision_name = rv.SUBDIVISIONS[(country, org.city.name)]
    digest = hashlib.sha256(f"geonames|{country}|{org.city.name}".encode()).digest()
    return {
        "geonames_id": 100_000 + int.from_bytes(digest[:4], "big") % 9_000_000,
        "geonames_details": {
            "continent_code": continent[0],
            "continent_name": continent[1],
            "country_code": iso,
            "country_name": rv.COUNTRY_NAMES[country],
            "country_subdivision_code": subdivision_code,
            "country_subdivision_name": subdivision_name,
            "lat": org.city.lat,
            "lng": org.city.lon,
            "name": _city_english(org.city),
        },
    }


def _record(org: _Org, by_key: Mapping[str, _Org]) -> dict[str, Any]:
    names: list[dict[str, Any]] = [{"value": org.display, "types": ["ror_display", "label"], "lang": org.display_lang}]
    names += [{"value": value, "types": ["label"], "lang": lang} for value, lang in org.labels if value != org.display]
    names += [{"value": value, "types": ["alias"], "lang": lang} for value, lang in org.aliases]
    if org.acronym:
        names.append({"value": org.acronym, "types": ["acronym"], "lang": None})
    names.sort(key=lambda name: (name["value"], name["types"]))
    links = []
    if org.website and org.domain:
        links.append({"type": "website", "value": f"https://www.{org.domain}/"})
    if org.wikipedia:
        links.append({"type": "wikipedia", "value": "https://en.wikipedia.org/wiki/" + org.display.replace(" ", "_")})
    relationships = [
        {"id": by_key[key].ror_id, "label": by_key[key].display, "type": kind} for kind, key in org.relationships
    ]
    relationships.sort(key=lambda r: (r["label"], r["type"]))
    external_ids = [
        {"type": kind, "all": values, "preferred": preferred}
        for kind, (values, preferred) in sorted(org.external_ids.items())
    ]
    # Field order as in ROR's own example record.
    return {
        "locations": [_location(org)],
        "established": org.established,
        "external_ids": external_ids,
        "id": org.ror_id,
        "domains": [org.domain] if org.domain and org.domain_listed else [],
        "links": links,
        "names": names,
        "relationships": relationships,
        "status": org.status,
        "types": sorted(org.types),
        "admin": {
            "created": {"date": org.created.isoformat(), "schema_version": _schema_at(org.created, created=True)},
            "last_modified": {"date": org.modified.isoformat(), "schema_version": _schema_at(org.modified)},
        },
    }


def _schema_at(day: date, *, created: bool = False) -> str:
    if day < date(2024, 4, 15):
        return "1.0" if created else "2.0"
    return "2.0" if day < date(2024, 12, 17) else "2.1"


def _csv_row(record: Mapping[str, Any]) -> list[str]:
    def joined(values: Iterable[str]) -> str:
        return "; ".join(values)

    def names(kind: str) -> str:
        return joined(
            f"{name['lang'] or 'no_lang_code'}: {name['value']}" for name in record["names"] if kind in name["types"]
        )

    ids = {entry["type"]: entry for entry in record["external_ids"]}
    links = {link["type"]: link["value"] for link in record["links"]}
    location = record["locations"][0]
    details = location["geonames_details"]
    display = next(name for name in record["names"] if "ror_display" in name["types"])
    row = [
        record["id"],
        record["admin"]["created"]["date"],
        record["admin"]["created"]["schema_version"],
        record["admin"]["last_modified"]["date"],
        record["admin"]["last_modified"]["schema_version"],
        joined(record["domains"]),
        "" if record["established"] is None else str(record["established"]),
    ]
    for kind in ("fundref", "grid", "isni", "wikidata"):
        entry = ids.get(kind)
        row += [joined(entry["all"]), entry["preferred"] or ""] if entry else ["", ""]
    row += [
        links.get("website", ""),
        links.get("wikipedia", ""),
        str(location["geonames_id"]),
        details["continent_code"],
        details["continent_name"],
        details["country_code"],
        details["country_name"],
        details["country_subdivision_code"] or "",
        details["country_subdivision_name"] or "",
        str(details["lat"]),
        str(details["lng"]),
        details["name"],
        names("acronym"),
        names("alias"),
        names("label"),
        display["value"],
        display["lang"] or "no_lang_code",
        joined(f"{r['type']}: {r['id']}" for r in record["relationships"]),
        record["status"],
        joined(record["types"]),
    ]
    return row


def _ror_zip(records: Sequence[Mapping[str, Any]], stem: str, when: date) -> bytes:
    text = json.dumps(list(records), ensure_ascii=False)
    buffer = io.StringIO(newline="")
    writer = csv.writer(buffer)
    writer.writerow(ROR_CSV_HEADER)
    writer.writerows(_csv_row(record) for record in records)
    members = [
        (f"{stem}_schema_v2.csv", buffer.getvalue().encode("utf-8")),
        (f"{stem}_schema_v2.json", text.encode("utf-8")),
    ]
    return _zip_bytes(members, _datetime_tuple(when))


def _zenodo_hit(record_id: int, version: str, published: date, key: str, data: bytes, index: int) -> dict[str, Any]:
    base = SITES["ror"]
    stamp = f"{published.isoformat()}T14:03:17.512345+00:00"
    doi = f"10.5281/zenodo.{record_id}"
    return {
        "created": stamp,
        "modified": stamp,
        "id": record_id,
        "conceptrecid": str(_ROR_CONCEPT),
        "doi": doi,
        "conceptdoi": f"10.5281/zenodo.{_ROR_CONCEPT}",
        "doi_url": f"https://doi.org/{doi}",
        "metadata": {
            "title": "ROR Data",
            "doi": doi,
            "publication_date": published.isoformat(),
            "description": "<p>Data dump from the Research Organization Registry (ROR), a community-led registry of "
            "open identifiers for research organizations.</p>",
            "access_right": "open",
            "creators": [{"name": "Research Organization Registry"}],
            "version": version,
            "resource_type": {"title": "Dataset", "type": "dataset"},
            "license": {"id": "cc0-1.0"},
            "communities": [{"id": "ror-data"}],
            "relations": {
                "version": [
                    {"index": index, "is_last": True, "parent": {"pid_type": "recid", "pid_value": str(_ROR_CONCEPT)}}
                ]
            },
        },
        "title": "ROR Data",
        "links": {
            "self": f"{base}/api/records/{record_id}",
            "self_html": f"{base}/records/{record_id}",
            "doi": f"https://doi.org/{doi}",
            "parent": f"{base}/api/records/{_ROR_CONCEPT}",
            "files": f"{base}/api/records/{record_id}/files",
            "versions": f"{base}/api/records/{record_id}/versions",
            "latest": f"{base}/api/records/{record_id}/versions/latest",
        },
        "updated": stamp,
        "recid": str(record_id),
        "revision": 3,
        "files": [
            {
                "id": str(uuid_from(f"{record_id}/{key}")),
                "key": key,
                "size": len(data),
                "checksum": "md5:" + hashlib.md5(data).hexdigest(),
                "links": {"self": f"{base}/api/records/{record_id}/files/{key}/content"},
            }
        ],
        "swh": {},
        "owners": [{"id": "262717"}],
        "status": "published",
        "state": "done",
        "submitted": True,
    }


def uuid_from(text: str) -> str:
    digest = hashlib.sha256(text.encode()).hexdigest()
    return f"{digest[:8]}-{digest[8:12]}-4{digest[13:16]}-a{digest[17:20]}-{digest[20:32]}"


def _write_ror(site: Path, seed: int, release: int, projects: Sequence[Mapping[str, int]]) -> dict[str, Any]:
    hits = []
    latest: dict[str, Any] = {}
    for number in range(release, 0, -1):
        version, published, record_id = _ROR_RELEASES[number]
        orgs = _ror_organisations(seed, projects, number)
        by_key = {org.key: org for org in orgs}
        records = sorted((_record(org, by_key) for org in orgs), key=lambda record: record["id"])
        stem = f"{version}-{published.isoformat()}-ror-data"
        data = _ror_zip(records, stem, published)
        key = f"{stem}.zip"
        _write_bytes(site / "api" / "records" / str(record_id) / "files" / key / "content", data)
        hits.append(_zenodo_hit(record_id, version, published, key, data, int(version.split(".")[1]) - 1))
        if number == release:
            latest = {"records": records, "file": key, "record_id": record_id, "orgs": orgs}
    for older in hits[1:]:
        older["metadata"]["relations"]["version"][0]["is_last"] = False
    published_ids = {str(hit["id"]) for hit in hits}
    for folder in (site / "api" / "records").glob("*/files"):
        if folder.parent.name not in published_ids:
            shutil.rmtree(folder.parent)
    listing = {
        "hits": {"hits": hits, "total": len(hits)},
        "links": {"self": f"{SITES['ror']}/api/records/?page=1&size=10&sort=mostrecent&communities=ror-data"},
    }
    _write_bytes(site / ROR_LISTING, (json.dumps(listing, ensure_ascii=False, indent=2) + "\n").encode("utf-8"))
    records = latest["records"]
    changes: dict[str, Any] = {}
    if release >= 2:
        first = {org.key: org for org in _ror_organisations(seed, projects, 1)}
        now = latest["orgs"]
        changes = {
            "added": [org.ror_id for org in now if org.key not in first],
            "renamed": [
                {"id": org.ror_id, "from": first[org.key].display, "to": org.display}
                for org in now
                if org.key in first and first[org.key].display != org.display
            ],
        }
    return {
        "counts": {"ror_zip": len(hits), "ror_records": len(records)},
        "file": f"api/records/{latest['record_id']}/files/{latest['file']}/content",
        "statuses": {
            status: sum(1 for r in records if r["status"] == status) for status in ("active", "inactive", "withdrawn")
        },
        "changes_since_release_1": changes,
    }


# ---------------------------------------------------------------------------------------------------
# Files


def _datetime_tuple(day: date) -> tuple[int, int, int, int, int, int]:
    return (day.year, day.month, day.day, 8, 0, 0)


def _zip_bytes(members: Sequence[tuple[str, bytes]], when: tuple[int, int, int, int, int, int]) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        for name, data in members:
            info = zipfile.ZipInfo(name, date_time=when)
            info.compress_type = zipfile.ZIP_DEFLATED
            # Fixed rather than taken from the machine, so the bytes are the same everywhere.
            info.create_system = 3
            info.external_attr = 0o644 << 16
            archive.writestr(info, data)
    return buffer.getvalue()


def _write_bytes(path: Path, data: bytes) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(data)


def generate_reference(
    root: Path,
    *,
    release: int = 1,
    seed: int = DEFAULT_SEED,
    cordis_projects: Sequence[Mapping[str, int]] | None = None,
) -> dict[str, int]:
    """Write the four reference sites under ``root`` (``gisco/``, ``eurostat/``, ``tercet/``, ``ror/``)
    and ``truth.json``; return how many files and records of each kind were written.

    ``cordis_projects``: the project counts of the CORDIS snapshots whose universities and research
    organisations ROR should know (their names depend on the pool size); default CORDIS' own.
    """
    if release not in (1, 2):
        raise ValueError(f"release must be 1 or 2, got {release}")
    root = Path(root)
    projects = list(cordis_projects) if cordis_projects is not None else [cordis.DEFAULT_PROJECTS]
    counts: dict[str, int] = {}
    counts.update(_write_gisco(root / "gisco"))
    counts.update(_write_eurostat(root / "eurostat"))
    tercet = _write_tercet(root / "tercet", seed, release)
    counts.update(tercet["counts"])
    ror = _write_ror(root / "ror", seed, release, projects)
    counts.update(ror["counts"])
    truth = {
        "generator": "landscape.snapshot.reference",
        "seed": seed,
        "release": release,
        "sites": dict(SITES),
        "licences": {
            "gisco": "© EuroGeographics for the administrative boundaries (non-commercial use); code lists CC BY 4.0",
            "eurostat": "© European Union, CC BY 4.0",
            "tercet": "unclear: CC BY-SA 4.0 (postcode points) or non-commercial (flat files page)",
            "ror": "CC0 1.0",
        },
        "nuts": {
            "codes": {str(version): len(units) for version, units in classification().items()},
            "sea_point": list(SEA_POINT),
            "border_point": {"lon": BORDER_POINT[0], "lat": BORDER_POINT[1], "between": list(BORDER_POINT[2])},
            "wrong_country_point": {
                "lon": WRONG_COUNTRY_POINT[0],
                "lat": WRONG_COUNTRY_POINT[1],
                "in": WRONG_COUNTRY_POINT[2],
            },
        },
        "tercet": {
            "files": tercet["files"],
            "malformed_line": {
                "country": MALFORMED_TERCET[0],
                "file": tercet["files"][MALFORMED_TERCET[0]],
                "line": MALFORMED_TERCET[1],
                "text": MALFORMED_TERCET[2],
            },
            "shared_postcodes": tercet["shared_postcodes"],
            "duplicate_rows": tercet["duplicate_rows"],
        },
        "ror": {
            "listing": ROR_LISTING,
            "file": ror["file"],
            "statuses": ror["statuses"],
            "changes_since_release_1": ror["changes_since_release_1"],
        },
        "counts": counts,
    }
    _write_bytes(root / "truth.json", (json.dumps(truth, indent=2, ensure_ascii=False) + "\n").encode("utf-8"))
    return counts


def main(argv: Sequence[str] | None = None) -> int:
    import argparse

    parser = argparse.ArgumentParser(description="Write the synthetic reference-data snapshot.")
    parser.add_argument("root", type=Path)
    parser.add_argument("--release", type=int, default=1)
    args = parser.parse_args(argv)
    started = datetime.now()
    counts = generate_reference(args.root, release=args.release)
    print(json.dumps(counts, indent=2), f"in {(datetime.now() - started).total_seconds():.1f} s")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

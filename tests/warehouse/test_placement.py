"""Placement of organisations and clusters in NUTS 2024 regions, method by method, on a small world.

The world is written straight into DuckDB staging and core tables (two German regions sharing a border,
a French one, Greek, Italian, Portuguese and British codes across NUTS versions), then the real models
run: point in polygon (shapely), the version map, TERCET postcodes, the gazetteer and the placements.
"""

from __future__ import annotations

import json
from collections.abc import Iterator

import duckdb
import pytest

from warehouse.point_regions import place_points
from warehouse.sql_files import SQL_DIR, run_file

# (code, level, country as NUTS writes it, latin name) per version
REGIONS_2024 = [
    ("DE", 0, "DE", "Deutschland"),
    ("DE3", 1, "DE", "Berlin"),
    ("DE30", 2, "DE", "Berlin"),
    ("DE300", 3, "DE", "Berlin"),
    ("DE4", 1, "DE", "Brandenburg"),
    ("DE42", 2, "DE", "Brandenburg"),
    ("DE423", 3, "DE", "Potsdam, Kreisfreie Stadt"),
    ("FR", 0, "FR", "France"),
    ("FRK", 1, "FR", "Auvergne-Rhône-Alpes"),
    ("FRK2", 2, "FR", "Rhône-Alpes"),
    ("FRK26", 3, "FR", "Rhône"),
    ("EL", 0, "EL", "Elláda"),
    ("EL3", 1, "EL", "Attiki"),
    ("EL30", 2, "EL", "Attiki"),
    ("EL303", 3, "EL", "Kentrikos Tomeas Athinon"),
    ("IT", 0, "IT", "Italia"),
    ("ITH", 1, "IT", "Nord-Est"),
    ("ITH5", 2, "IT", "Emilia-Romagna"),
    ("ITH55", 3, "IT", "Bologna"),
    ("ITI", 1, "IT", "Centro (IT)"),
    ("ITI4", 2, "IT", "Lazio"),
    ("ITI43", 3, "IT", "Roma"),
    ("PT", 0, "PT", "Portugal"),
    ("PT1", 1, "PT", "Continente"),
    ("PT1A", 2, "PT", "Grande Lisboa"),
    ("PT1A0", 3, "PT", "Grande Lisboa"),
    ("PT1B", 2, "PT", "Península de Setúbal"),
    ("PT1B0", 3, "PT", "Península de Setúbal"),
]
OLD_ONLY = {
    2016: [
        ("FR7", 1, "FR", "Centre-Est"),
        ("FR71", 2, "FR", "Rhône-Alpes"),
        ("FR716", 3, "FR", "Rhône"),
        ("ITD", 1, "IT", "Nord-Est"),
        ("ITD5", 2, "IT", "Emilia-Romagna"),
        ("ITD55", 3, "IT", "Bologna"),
        ("UK", 0, "UK", "United Kingdom"),
        ("UKI", 1, "UK", "London"),
        ("UKI3", 2, "UK", "Inner London - West"),
        ("UKI31", 3, "UK", "Camden and City of London"),
    ],
    2021: [
        ("UK", 0, "UK", "United Kingdom"),
        ("UKI", 1, "UK", "London"),
        ("UKI3", 2, "UK", "Inner London - West"),
        ("UKI31", 3, "UK", "Camden and City of London"),
        ("PT17", 2, "PT", "Área Metropolitana de Lisboa"),
        ("PT170", 3, "PT", "Área Metropolitana de Lisboa"),
    ],
}
# (from, to, old code, new code, change)
CHANGES = [
    (2016, 2021, "FR716", "FRK26", "recoded"),
    (2016, 2021, "ITD55", "ITH55", "recoded"),
    (2016, 2021, "DE300", "DE300", None),
    (2016, 2021, "UKI31", "UKI31", None),
    (2021, 2024, "DE300", "DE300", None),
    (2021, 2024, "FRK26", "FRK26", None),
    (2021, 2024, "PT170", "PT1A0", "split"),
    (2021, 2024, "PT170", "PT1B0", "split"),
    (2021, 2024, "UKI31", None, "discontinued"),
]
# (country ISO, country as the file writes it, NUTS-3, postcode)
POSTCODES = [
    ("DE", "DE", "DE300", "10115"),
    ("DE", "DE", "DE300", "14467"),
    ("DE", "DE", "DE423", "14467"),
    ("FR", "FR", "FRK26", "69007"),
    ("GR", "EL", "EL303", "10682"),
    ("IT", "IT", "ITI43", "00185"),
    ("IT", "IT", "ITH55", "40126"),
    ("DE", "DE", "DE423", "14469"),
]


def square(west: float, south: float, east: float, north: float) -> str:
    ring = [[west, south], [east, south], [east, north], [west, north], [west, south]]
    return json.dumps({"type": "Polygon", "coordinates": [ring]})


BORDER = 52.40625  # DE300 lies north of it, DE423 south
BOUNDARIES = [
    ("DE300", "DE", square(13.0, BORDER, 13.5, 52.6)),
    ("DE423", "DE", square(13.0, 52.2, 13.5, BORDER)),
    ("FRK26", "FR", square(4.5, 45.5, 5.0, 46.0)),
]
SEA = (54.8, 3.0)
ON_BORDER = (BORDER, 13.34375)
IN_DE423 = (52.3, 13.2)
IN_FRANCE = (45.75, 4.8)

# key, country, country as CORDIS writes it, city, postcode, NUTS code, (lat, lon)
ORGANISATIONS = [
    ("code_current", "DE", "DE", "Berlin", None, "DE300", None),
    ("code_old", "FR", "FR", "Lyon", None, "FR716", None),
    ("postcode_zeros", "IT", "IT", "Roma", "00185", None, None),
    ("greek_postcode", "GR", "EL", "Athina", "106 82", None, None),
    ("coordinates", "DE", "DE", "Potsdam", None, None, IN_DE423),
    ("border_then_city", "DE", "DE", "BERLIN", None, None, ON_BORDER),
    ("at_sea", "DE", "DE", "Nowhere", None, None, SEA),
    ("code_vs_coordinates", "DE", "DE", "Berlin", None, "DE300", IN_DE423),
    ("british", "GB", "UK", "London", "NW1 2DB", "UKI31", None),
    ("split", "PT", "PT", "Lisboa", None, "PT170", None),
    ("other_country", "DE", "DE", "Kehl", None, None, IN_FRANCE),
    ("two_regions_postcode", "DE", "DE", "Somewhere", "14467", None, None),
    ("postcode_disagrees", "DE", "DE", "Berlin", "D-14467", "DE423", None),
    ("kosovo", "XK", "XK", "Prishtina", "10000", None, None),
    ("code_outvoted", "DE", "DE", "Potsdam", "14469", "DE300", IN_DE423),
]
CLUSTERS = [
    ("cl_berlin", "DE", "Berlin", "BERLIN"),
    ("cl_emilia", "IT", "Emilia-Romagna", "Somewhere in Emilia"),
    ("cl_nowhere", "DE", None, "Atlantis"),
    ("cl_norway", "NO", None, "Oslo"),
]


@pytest.fixture(scope="module")
def con() -> Iterator[duckdb.DuckDBPyConnection]:
    con = duckdb.connect()
    run_file(con, SQL_DIR / "00_schemas.sql")
    con.execute(
        "create table staging.stg_nuts__regions (nuts_id varchar, level integer, country_code varchar, "
        "name_latn varchar, name varchar, mount_type integer, urbn_type integer, coast_type integer, "
        "dataset varchar, source varchar, raw_sha256 varchar, first_seen timestamp, last_seen timestamp)"
    )
    rows = [(*r, "2024") for r in REGIONS_2024] + [(*r, str(v)) for v, rs in OLD_ONLY.items() for r in rs]
    rows += [(*r, str(v)) for v in (2016, 2021) for r in REGIONS_2024 if r[0].startswith(("DE", "EL"))]
    con.executemany(
        "insert into staging.stg_nuts__regions values (?, ?, ?, ?, ?, 0, 0, 0, ?, 'nuts', 'x', now(), now())",
        [(code, level, country, name, name, version) for code, level, country, name, version in rows],
    )
    con.execute(
        "create table staging.stg_nuts_changes__correspondence as select * from (values "
        + ", ".join("(?, ?, ?, ?, ?)" for _ in CHANGES)
        + ") t(from_version, to_version, code_from, code_to, change)",
        [v for change in CHANGES for v in change],
    )
    con.execute(
        "create table staging.stg_tercet__postcodes (country varchar, country_source varchar, nuts3 varchar, "
        "postcode varchar, nuts_version integer, source varchar, raw_sha256 varchar, first_seen timestamp, "
        "last_seen timestamp)"
    )
    con.executemany(
        "insert into staging.stg_tercet__postcodes values (?, ?, ?, ?, 2024, 'tercet', 'x', now(), now())", POSTCODES
    )
    con.execute(
        "create table staging.stg_nuts__boundaries (nuts_id varchar, level integer, country_code varchar, "
        "geometry varchar)"
    )
    con.executemany("insert into staging.stg_nuts__boundaries values (?, 3, ?, ?)", BOUNDARIES)
    con.execute(
        "create table core.organisations (organisation_key varchar, country varchar, country_code_source varchar, "
        "city varchar, post_code varchar, nuts_code varchar, latitude double, longitude double)"
    )
    con.executemany(
        "insert into core.organisations values (?, ?, ?, ?, ?, ?, ?, ?)",
        [(k, c, cs, city, pc, nuts, *(point or (None, None))) for k, c, cs, city, pc, nuts, point in ORGANISATIONS],
    )
    con.execute("create table staging.stg_cordis__participations as select latitude, longitude from core.organisations")
    con.execute("create table staging.stg_ror__organisations (latitude double, longitude double)")
    con.execute("create table core.clusters (cluster_id varchar, country varchar, region varchar, city varchar)")
    con.executemany("insert into core.clusters values (?, ?, ?, ?)", CLUSTERS)
    place_points(con)
    for model in (
        "core_nuts_regions",
        "core_nuts_code_map",
        "core_postcode_regions",
        "core_organisation_place_evidence",
        "core_place_names",
        "core_organisation_places",
        "core_cluster_places",
    ):
        run_file(con, SQL_DIR / "core" / f"{model}.sql")
    yield con
    con.close()


def placed(con: duckdb.DuckDBPyConnection, key: str) -> dict:
    cursor = con.execute("select * from core.organisation_places where organisation_key = ?", [key])
    names = [d[0] for d in cursor.description or []]
    return dict(zip(names, cursor.fetchone() or (), strict=True))


def test_points_inside_on_a_border_and_at_sea(con: duckdb.DuckDBPyConnection) -> None:
    rows = {
        (lat, lon): (nuts3, count, cands)
        for lat, lon, nuts3, _, count, cands, _ in con.execute("select * from core.point_regions").fetchall()
    }
    assert rows[IN_DE423] == ("DE423", 1, ["DE423"])
    assert rows[ON_BORDER] == (None, 2, ["DE300", "DE423"])  # covered by both: no guess
    assert rows[SEA] == (None, 0, [])
    assert rows[IN_FRANCE][0] == "FRK26"


def test_version_map_chains_revisions_and_keeps_splits(con: duckdb.DuckDBPyConnection) -> None:
    def mapped(code: str) -> tuple:
        return con.execute(
            "select mapping, code_2024, nuts2_2024, nuts1_2024, codes_2024 from core.nuts_code_map "
            "where code = ? and is_newest_version",
            [code],
        ).fetchone()

    assert mapped("DE300") == ("current", "DE300", "DE30", "DE3", ["DE300"])
    assert mapped("FR716") == ("recoded", "FRK26", "FRK2", "FRK", ["FRK26"])  # 2016 → 2021 → 2024
    assert mapped("PT170") == ("split", None, None, "PT1", ["PT1A0", "PT1B0"])
    assert mapped("UKI31")[:2] == ("discontinued", None)


def test_each_method_places_and_says_which(con: duckdb.DuckDBPyConnection) -> None:
    expected = {
        "code_current": ("nuts_code", "DE300", "DE30", "DE3"),
        "code_old": ("nuts_code_mapped", "FRK26", "FRK2", "FRK"),
        "postcode_zeros": ("postcode", "ITI43", "ITI4", "ITI"),
        "greek_postcode": ("postcode", "EL303", "EL30", "EL3"),
        "coordinates": ("coordinates", "DE423", "DE42", "DE4"),
        "border_then_city": ("city", "DE300", "DE30", "DE3"),
        "code_vs_coordinates": ("nuts_code", "DE300", "DE30", "DE3"),
        "postcode_disagrees": ("nuts_code", "DE423", "DE42", "DE4"),
    }
    for key, (method, nuts3, nuts2, nuts1) in expected.items():
        row = placed(con, key)
        assert (row["method"], row["nuts3"], row["nuts2"], row["nuts1"]) == (method, nuts3, nuts2, nuts1), key
        assert row["placed_level"] == 3


def test_greek_and_british_codes_are_iso_in_core_with_the_source_code_kept(con: duckdb.DuckDBPyConnection) -> None:
    greek, british = placed(con, "greek_postcode"), placed(con, "british")
    assert (greek["country"], greek["country_source"]) == ("GR", "EL")
    assert (british["country"], british["country_source"]) == ("GB", "UK")
    # The UK left NUTS in 2024: its 2021 code is recognised but leads nowhere.
    assert british["in_nuts_country"] is False and british["method"] == "outside_nuts"
    assert british["source_nuts_mapping"] == "discontinued"
    kosovo = placed(con, "kosovo")
    assert (kosovo["country"], kosovo["method"], kosovo["nuts3"]) == ("XK", "outside_nuts", None)


def test_untrusted_coordinates_and_disagreements_are_flagged(con: duckdb.DuckDBPyConnection) -> None:
    assert placed(con, "at_sea")["conflicts"] == ["coordinates_in_sea_or_outside_nuts"]
    assert placed(con, "at_sea")["method"] == "not_placed"
    assert placed(con, "border_then_city")["conflicts"] == ["coordinates_on_border"]
    assert placed(con, "code_vs_coordinates")["conflicts"] == ["coordinates_outside_claimed_region"]
    other = placed(con, "other_country")
    assert other["conflicts"] == ["coordinates_in_other_country"] and other["nuts3"] is None
    assert placed(con, "postcode_disagrees")["conflicts"] == []  # 14467 lies in two regions: no evidence
    outvoted = placed(con, "code_outvoted")  # a still-valid code of a region whose boundary moved
    assert (outvoted["method"], outvoted["nuts3"], outvoted["conflicts"]) == (
        "postcode",
        "DE423",
        ["nuts_code_outvoted"],
    )
    split = placed(con, "split")
    assert (split["placed_level"], split["nuts1"], split["nuts2"]) == (1, "PT1", None)
    assert split["conflicts"] == ["nuts_code_split"]


def test_a_postcode_in_two_regions_places_nothing_by_itself(con: duckdb.DuckDBPyConnection) -> None:
    row = placed(con, "two_regions_postcode")
    assert row["nuts3_by_postcode"] is None and row["method"] == "not_placed"
    assert con.execute("select regions from core.postcode_regions where postcode = '14467' limit 1").fetchone() == (2,)
    # Leading zeros survive as text all the way.
    assert con.execute("select postcode_key from core.postcode_regions where postcode = '00185'").fetchone() == (
        "00185",
    )


def test_clusters_by_city_and_region_name(con: duckdb.DuckDBPyConnection) -> None:
    rows = {
        r[0]: r[1:]
        for r in con.execute(
            "select cluster_id, method, nuts3, nuts2, nuts1, placed_level from core.cluster_places"
        ).fetchall()
    }
    assert rows["cl_berlin"] == ("city", "DE300", "DE30", "DE3", 3)
    assert rows["cl_emilia"] == ("region_name", None, "ITH5", "ITH", 2)
    assert rows["cl_nowhere"] == ("not_placed", None, None, None, None)
    assert rows["cl_norway"][0] == "outside_nuts"

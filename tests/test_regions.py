"""Regions end to end: CORDIS and the reference sources over loopback HTTP, built, and every organisation
placed in NUTS 2024 as the generator's geography says it should be."""

from __future__ import annotations

import os
import unicodedata
from collections.abc import Iterator
from contextlib import ExitStack
from pathlib import Path

import duckdb
import pytest

from landscape import ledger
from landscape.demo import SNAPSHOT_SITES, settings_for
from landscape.pipeline import ingest
from landscape.settings import Settings
from landscape.snapshot import vocab
from landscape.snapshot.server import SnapshotServer
from warehouse.build import build

SOURCES = ("cordis", "nuts", "nuts_changes", "tercet", "ror")


@pytest.fixture(scope="module")
def built(snapshot_root: Path, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Settings]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("LANDSCAPE_")}
    env["LANDSCAPE_HOME"] = str(tmp_path_factory.mktemp("regions-home"))
    with ExitStack() as stack:
        urls = {name: stack.enter_context(SnapshotServer(snapshot_root / SNAPSHOT_SITES[name])).url for name in SOURCES}
        settings = settings_for(urls, env)
        for name in SOURCES:
            assert ingest(name, settings).status == ledger.STAGED, name
    build(settings, with_gx=False)
    yield settings


def query(settings: Settings, sql: str, params: list | None = None) -> list[tuple]:
    con = duckdb.connect(str(settings.warehouse_path), read_only=True)
    try:
        return con.execute(sql, params or []).fetchall()
    finally:
        con.close()


def key(name: str) -> str:
    text = unicodedata.normalize("NFKD", name.lower().replace("ß", "ss"))
    text = "".join(c for c in text if not unicodedata.combining(c))
    text = text.replace("ue", "u").replace("oe", "o").replace("ae", "a")
    return " ".join("".join(c if c.isalnum() else " " for c in text).split())


def expected_regions() -> dict[tuple[str, str], str]:
    """(ISO country, city key) → the NUTS-3 (2024) region the generator put that city in."""
    regions = {}
    for country in vocab.COUNTRIES:
        iso = {"EL": "GR", "UK": "GB"}.get(country.code, country.code)
        for city in country.cities:
            for name in filter(None, (city.name, city.native)):
                regions[(iso, key(name))] = city.nuts
    return regions


def test_every_european_organisation_is_placed_where_its_city_is(built: Settings) -> None:
    rows = query(
        built,
        "select o.country, o.city, p.nuts3, p.method, p.in_nuts_country from core.organisations o "
        "join core.organisation_places p using (organisation_key)",
    )
    expected = expected_regions()
    checked = wrong = unplaced = 0
    for country, city, nuts3, _method, in_nuts in rows:
        want = expected.get((country, key(city or "")))
        if want is None or not in_nuts or want[:2] == "UK":
            continue
        checked += 1
        unplaced += nuts3 is None
        wrong += nuts3 is not None and nuts3 != want
    assert checked > 500
    assert wrong == 0, f"{wrong} of {checked} organisations placed in another region than their city"
    assert unplaced <= checked * 0.02, f"{unplaced} of {checked} not placed at NUTS-3"


def test_methods_are_used_and_coverage_adds_up(built: Settings) -> None:
    methods = dict(query(built, "select method, count(*) from core.organisation_places group by all"))
    assert {"nuts_code", "nuts_code_mapped", "postcode"} <= set(methods), methods
    organisations = query(built, "select count(*) from core.organisations")[0][0]
    coverage = query(built, "select sum(rows), sum(share) from marts.placement_coverage where entity = 'organisation'")[
        0
    ]
    assert coverage[0] == organisations and abs(float(coverage[1]) - 1.0) < 0.01
    # Outside the NUTS area (third countries, the UK after 2020) nothing is placed, but it is said.
    outside = query(built, "select count(*), count(nuts3) from core.organisation_places where method = 'outside_nuts'")
    assert outside[0][0] > 0 and outside[0][1] == 0
    greek = query(built, "select distinct country_source from core.organisation_places where country = 'GR'")
    assert greek == [("EL",)]


def test_marts_join_to_nuts2_of_2024(built: Settings) -> None:
    unknown = query(
        built,
        "select distinct f.nuts2 from marts.region_funding f where f.nuts2 is not null and f.nuts2 not in "
        "(select nuts_id from core.nuts_regions where is_target_version and level = 2)",
    )
    assert unknown == []
    assert query(built, "select count(*) from marts.region_funding where level = 'nuts2'")[0][0] > 20


def test_the_malformed_tercet_line_is_quarantined_and_the_rest_of_its_file_staged(built: Settings) -> None:
    rows = query(
        built,
        "select reason_code, line, raw_record from ops.quarantine where source = 'tercet' "
        "and reason_code = 'malformed_csv'",
    )
    assert rows == [("malformed_csv", 35, "'SI041';'1231';'Ljubljana - Črnuče'")]
    slovenian = query(built, "select count(*) from core.postcode_regions where country = 'SI'")[0][0]
    assert slovenian > 100


def test_reference_sources_are_refreshed_only_when_changed(built: Settings, snapshot_root: Path) -> None:
    with ExitStack() as stack:
        urls = {
            name: stack.enter_context(SnapshotServer(snapshot_root / SNAPSHOT_SITES[name])).url
            for name in ("nuts", "nuts_changes")
        }
        settings = settings_for(urls, dict(built.env or {}))
        for name in urls:
            assert ingest(name, settings).status == ledger.UNCHANGED, name


def test_every_release_states_the_boundary_licence(built: Settings) -> None:
    import json

    from landscape.release import make_release

    release = make_release(built)
    package = json.loads((release.path / "datapackage.json").read_text(encoding="utf-8"))
    nuts = next(s for s in package["sources"] if s["name"] == "nuts")
    assert "EuroGeographics" in nuts["attribution"] and "non-commercial" in nuts["licence"]
    # Regions derived from the boundaries are released; the boundaries themselves are not.
    names = {r["name"] for r in package["resources"]}
    assert any(n.startswith("core_organisation_places") for n in names)
    assert not any("boundar" in n for n in names)

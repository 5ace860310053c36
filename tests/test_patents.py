"""Patents: PatentsView bulk tables over loopback HTTP and REGPAT drops, through to core with technology fields."""

from __future__ import annotations

import json
import os
import shutil
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import duckdb
import pytest

from landscape import ledger
from landscape.demo import settings_for
from landscape.pipeline import ingest
from landscape.settings import Settings
from landscape.snapshot.server import SnapshotServer
from transforms.patent_scope import EUROPE
from warehouse.build import build
from warehouse.staging_store import staging_path

PATENTS = 1500


@pytest.fixture(scope="session")
def patent_root(tmp_path_factory: pytest.TempPathFactory) -> Path:
    from landscape.snapshot.patents import generate_patents

    root = tmp_path_factory.mktemp("patents")
    generate_patents(root, patents=PATENTS)
    return root


@pytest.fixture(scope="session")
def patent_truth(patent_root: Path) -> dict:
    return json.loads((patent_root / "patents_truth.json").read_text())


@dataclass
class PatentSite:
    settings: Settings
    server: SnapshotServer
    root: Path


@pytest.fixture
def site(patent_root: Path, tmp_path: Path) -> Iterator[PatentSite]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("LANDSCAPE_")}
    env["LANDSCAPE_HOME"] = str(tmp_path / "home")
    with SnapshotServer(patent_root / "patentsview") as server:
        yield PatentSite(settings_for({"patentsview": server.url}, env), server, patent_root)


def staged(settings: Settings, source: str, sql: str) -> list[tuple]:
    con = duckdb.connect(str(staging_path(settings.staging_dir, source)), read_only=True)
    try:
        return con.execute(sql).fetchall()
    finally:
        con.close()


def test_bulk_tables_keep_their_quirks_and_every_row_is_accounted_for(site: PatentSite, patent_truth: dict) -> None:
    result = ingest("patentsview", site.settings)
    assert result.status == ledger.STAGED
    for entry in ledger.read(site.settings.home, "patentsview")[-1].files:
        assert entry["rows_in"] == entry["rows_staged"] + entry["rows_quarantined"], entry
    ids = {r[0] for r in staged(site.settings, "patentsview", "select patent_id from stg_patentsview__patents")}
    assert any(i.startswith("D") for i in ids) and any(i.startswith("RE") for i in ids)
    flags = staged(site.settings, "patentsview", "select distinct withdrawn from stg_patentsview__patents")
    assert {f for (f,) in flags} <= {True, False, None} and len(flags) >= 2
    nones = staged(
        site.settings,
        "patentsview",
        "select count(*) from stg_patentsview__locations where state = 'None' or county = 'None'",
    )[0][0]
    assert nones == 0, "the literal None is read as null"


def test_core_keeps_european_patents_and_maps_technology_fields(site: PatentSite, patent_truth: dict) -> None:
    ingest("patentsview", site.settings)
    result = build(site.settings, with_gx=False)
    con = duckdb.connect(str(result.warehouse), read_only=True)
    try:
        kept = con.execute("select count(*) from core.patents").fetchall()[0][0]
        outside = con.execute(
            "select count(*) from core.patents p where not exists (select 1 from core.patent_holders h "
            "where h.patent_id = p.patent_id and h.in_scope_country)"
        ).fetchall()[0][0]
        mapped = con.execute("select count(*), count(technology_field) from core.patent_classes").fetchall()[0]
        shares = con.execute(
            "select max(abs(s - 1)) from (select sum(share) as s from core.patent_technology_fields group by patent_id)"
        ).fetchall()[0][0]
        h01l = con.execute(
            "select distinct technology_field from core.patent_classes where cpc_subclass = 'H01L'"
        ).fetchall()
    finally:
        con.close()
    assert kept == patent_truth["patentsview"]["patents_with_european_assignee"]
    assert set(patent_truth["european_countries"]) == set(EUROPE)
    assert outside == 0
    assert mapped[0] > 0 and mapped[1] / mapped[0] > 0.9, "most CPC groups map to a WIPO field"
    assert shares is not None and shares < 1e-9
    assert h01l in ([], [(8,)]), "H01L is field 8, Semiconductors"
    assert set(EUROPE) >= {"DE", "FR", "GB", "CH", "NO", "TR"}


def test_regpat_drop_is_staged_and_counted_by_region(site: PatentSite) -> None:
    landing = site.settings.landing_dir / "regpat"
    landing.mkdir(parents=True)
    for f in (site.root / "regpat").iterdir():
        shutil.copyfile(f, landing / f.name)
    first = ingest("regpat", site.settings)
    assert first.status == ledger.STAGED and first.rows_staged > 0
    assert ingest("regpat", site.settings).status == ledger.UNCHANGED
    result = build(site.settings, with_gx=False)
    con = duckdb.connect(str(result.warehouse), read_only=True)
    try:
        apps = con.execute("select count(distinct appln_id) from staging.stg_regpat__applicant_regions").fetchall()[0][
            0
        ]
        total = con.execute("select sum(fractional_applications) from core.regpat_regions").fetchall()[0][0]
        regions = con.execute("select count(distinct reg_code) from core.regpat_regions").fetchall()[0][0]
    finally:
        con.close()
    assert regions > 1
    assert total == pytest.approx(apps, rel=1e-6), "fractional counts add up to one per application"

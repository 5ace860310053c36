"""EPO OPS as a source: which organisations are searched, how answers become staging rows and core patents."""

from __future__ import annotations

import json
import os
from collections.abc import Iterator
from dataclasses import dataclass, replace
from datetime import date
from pathlib import Path

import duckdb
import pytest

from extractors.epo_ops import OpsQuotaExhausted, applicant_query, build_search_url, parse_biblio_search
from extractors.epo_ops_source import (
    applicant_records,
    class_records,
    page_key,
    publication_records,
    searched_applicant,
    weekly_slice,
)
from landscape import ledger
from landscape.demo import settings_for
from landscape.pipeline import ingest
from landscape.settings import Settings
from landscape.snapshot.ops_api import (
    DEMO_KEY,
    DEMO_SECRET,
    FAST_THROTTLING,
    SEARCH_PATH,
    OpsRequest,
    OpsServer,
    OpsStandIn,
    parse_applicant_cql,
)
from landscape.snapshot.ops_data import generate_ops_publications
from warehouse.build import build
from warehouse.staging_store import staging_path

FIXTURES = Path(__file__).resolve().parent / "fixtures" / "epo_ops"


def test_weekly_slices_cover_every_organisation_and_move_each_week() -> None:
    names = [f"ORG {i:03d}" for i in range(250)]
    seen: set[str] = set()
    day = date(2026, 11, 30)  # a Monday
    slices = []
    for week in range(3):
        part = weekly_slice(names, 100, date.fromordinal(day.toordinal() + 7 * week))
        assert len(part) == len(set(part)) == 100
        slices.append(part)
        seen.update(part)
    assert seen == set(names)  # three weeks of 100 cover all 250
    assert slices[0] != slices[1]
    # Within one week the slice is stable, whatever the weekday.
    assert weekly_slice(names, 100, date(2026, 12, 4)) == slices[0]
    assert weekly_slice(names, 500, day) == names
    assert weekly_slice(names, 0, day) == [] and weekly_slice([], 10, day) == []


def test_page_key_names_query_and_range_and_gives_back_the_applicant() -> None:
    url = build_search_url(
        "https://ops.epo.org/3.2", 'pa="ACME \\"NORD\\" GMBH" and pd within "20160101,20261129"', 101, 200
    )
    key = page_key(url)
    assert key == 'pa="ACME \\"NORD\\" GMBH" and pd within "20160101,20261129"|101-200'
    assert searched_applicant(key) == 'ACME "NORD" GMBH'


def test_answers_become_publication_applicant_and_class_rows() -> None:
    _, documents = parse_biblio_search((FIXTURES / "search_biblio_fraunhofer_3-3.xml").read_bytes())
    publications = publication_records(documents, "Fraunhofer")
    assert publications == [
        {
            "publication_number": "WO2023156789A1",
            "country": "WO",
            "doc_number": "2023156789",
            "kind": "A1",
            "publication_date": "2023-08-24",
            "family_id": "78541203",
            "title": "OPTICAL SENSOR ASSEMBLY FOR A LIDAR SYSTEM",
            "title_lang": "en",
            "searched_applicant": "Fraunhofer",
        }
    ]
    applicants = applicant_records(documents)
    assert applicants == [
        {
            "publication_number": "WO2023156789A1",
            "applicant_sequence": "1",
            "name_epodoc": "FRAUNHOFER GES FORSCHUNG",
            "name_original": "FRAUNHOFER-GESELLSCHAFT ZUR FÖRDERUNG DER ANGEWANDTEN FORSCHUNG E.V.",
            "country": "DE",
        }
    ]
    classes = class_records(documents)
    # The CPC given twice (by EP and US) is one class; IPC comes from the fixed-width text.
    assert [(c["scheme"], c["symbol"]) for c in classes] == [
        ("cpc", "G01S7/4811"),
        ("ipc", "G01S7/481"),
        ("ipc", "G01S17/931"),
    ]


def test_unpaired_applicant_lists_are_not_forced_together() -> None:
    _, documents = parse_biblio_search((FIXTURES / "search_biblio_fraunhofer_1-2.xml").read_bytes())
    paired = applicant_records(documents[:1])
    assert [(r["name_epodoc"], r["name_original"], r["country"]) for r in paired] == [
        ("FRAUNHOFER GES FORSCHUNG", "Fraunhofer-Gesellschaft zur Förderung der angewandten Forschung e.V.", "DE"),
        ("INFINEON TECHNOLOGIES AG", "Infineon Technologies AG", "DE"),
    ]
    # One original name missing: which epodoc name it belonged to is unknown, so none is paired.
    lopsided = replace(documents[0], applicants_original=documents[0].applicants_original[1:])
    rows = applicant_records([lopsided])
    assert [(r["name_epodoc"], r["name_original"]) for r in rows] == [
        ("FRAUNHOFER GES FORSCHUNG", None),
        ("INFINEON TECHNOLOGIES AG", None),
        (None, "Infineon Technologies AG"),
    ]
    assert [r["applicant_sequence"] for r in rows] == ["1", "2", "3"]


# -- over loopback HTTP, against the OPS stand-in ----------------------------------------------------

APPLICANTS = [
    ("TECHNISCHE UNIVERSITAET MUENCHEN", "DE"),
    ("UNIVERSIDAD DE BARCELONA", "ES"),
    ("POLITECNICO DI MILANO", "IT"),
    ("TEKNOLOGIAN TUTKIMUSKESKUS VTT OY", "FI"),
    ("INSTITUT NATIONAL DE RECHERCHE EN INFORMATIQUE ET AUTOMATIQUE", "FR"),
    ("STICHTING NEDERLANDSE WETENSCHAPPELIJK ONDERZOEK INSTITUTEN", "NL"),
    ("KATHOLIEKE UNIVERSITEIT LEUVEN", "BE"),
    ("POLITECHNIKA WARSZAWSKA", "PL"),
]


@pytest.fixture(scope="module")
def ops_data(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("ops")
    generate_ops_publications(out, APPLICANTS)
    return out / "publications.json"


class BlackAfter(OpsStandIn):
    """OPS turning the search service black once ``limit`` searches were answered."""

    limit: int = 10**9

    def answer(self, request: OpsRequest, body: bytes) -> tuple[int, dict[str, str], bytes]:
        searches = sum(1 for r in self.requests if r.path == SEARCH_PATH)
        if request.path == SEARCH_PATH and searches >= self.limit:
            self.throttling = FAST_THROTTLING.replace("search=green:6000", "search=black:0")
        return super().answer(request, body)


@dataclass
class OpsSite:
    settings: Settings
    api: OpsStandIn


def publish_landscape(settings: Settings, names: list[str]) -> None:
    """A published warehouse with these organisations: all the OPS source reads of it."""
    settings.warehouse_path.parent.mkdir(parents=True, exist_ok=True)
    con = duckdb.connect(str(settings.warehouse_path))
    try:
        con.execute("create schema core; create table core.organisations (name varchar)")
        con.executemany("insert into core.organisations values (?)", [[n] for n in names])
    finally:
        con.close()


@pytest.fixture
def ops_site(ops_data: Path, tmp_path: Path) -> Iterator[OpsSite]:
    document = json.loads(ops_data.read_text(encoding="utf-8"))
    api = BlackAfter(document["publications"])
    env = {k: v for k, v in os.environ.items() if not k.startswith("LANDSCAPE_")}
    env.update(
        LANDSCAPE_HOME=str(tmp_path / "home"),
        LANDSCAPE_EPO_OPS_KEY=DEMO_KEY,
        LANDSCAPE_EPO_OPS_SECRET=DEMO_SECRET,
        LANDSCAPE_EPO_OPS_SINCE="2015-01-01",
    )
    with OpsServer(api) as server:
        settings = settings_for({"epo_ops": server.url}, env)
        publish_landscape(settings, [name for name, _ in APPLICANTS] + ["ORGANISATION WITHOUT PATENTS"])
        yield OpsSite(settings, api)


def staged_numbers(settings: Settings) -> list[str]:
    con = duckdb.connect(str(staging_path(settings.staging_dir, "epo_ops")), read_only=True)
    try:
        return [r[0] for r in con.execute("select publication_number from stg_epo_ops__publications").fetchall()]
    finally:
        con.close()


def expected_numbers(api: OpsStandIn, names: list[str]) -> set[str]:
    found = set()
    for name in names:
        query = parse_applicant_cql(applicant_query(name))
        found.update(f"{p['country']}{p['doc_number']}{p['kind']}" for p in api.search(query))
    return found


def test_searches_every_organisation_and_stages_what_ops_has(ops_site: OpsSite) -> None:
    result = ingest("epo_ops", ops_site.settings)

    names = [name for name, _ in APPLICANTS] + ["ORGANISATION WITHOUT PATENTS"]
    numbers = staged_numbers(ops_site.settings)
    assert result.status == ledger.STAGED and result.rows_quarantined == 0
    assert set(numbers) == expected_numbers(ops_site.api, names) and numbers
    # The most published applicant needed more than one page of 100; one token served the whole run.
    searches = [r for r in ops_site.api.requests if r.path == SEARCH_PATH]
    assert any(r.query["Range"].startswith("101-") for r in searches)
    assert {r.query["q"].split('"')[1] for r in searches} == set(names)
    assert sum(1 for r in ops_site.api.requests if r.path.endswith("/auth/accesstoken")) == 1
    # Credentials never reach archive, ledger or staging.
    stored = b"".join(p.read_bytes() for p in ops_site.settings.home.rglob("*") if p.is_file())
    assert DEMO_SECRET.encode() not in stored and DEMO_KEY.encode() not in stored

    again = ingest("epo_ops", ops_site.settings)
    assert again.status == ledger.UNCHANGED, "the same answers are not staged twice"


def test_core_holds_the_publications_once_with_applicants_and_fields(ops_site: OpsSite) -> None:
    ingest("epo_ops", ops_site.settings)
    build(ops_site.settings, with_gx=False)
    con = duckdb.connect(str(ops_site.settings.warehouse_path), read_only=True)
    try:
        patents = con.execute(
            "select count(*), count(distinct patent_id), count(family_id) from core.patents where source = 'epo_ops'"
        ).fetchall()[0]
        holders = con.execute(
            "select count(*) from core.patent_holders where source = 'epo_ops' and country is not null"
        ).fetchall()[0][0]
        unmapped = con.execute(
            "select count(*) from core.patent_classes where source = 'epo_ops' and technology_field is null "
            "and cpc_section <> 'Y'"
        ).fetchall()[0][0]
        offices = {
            r[0] for r in con.execute("select distinct office from core.patents where source = 'epo_ops'").fetchall()
        }
    finally:
        con.close()
    staged = staged_numbers(ops_site.settings)
    assert patents[0] == patents[1] == len(set(staged)) == patents[2]  # co-applicant duplicates folded
    assert len(staged) >= len(set(staged))
    assert holders >= patents[0] and offices == {"EP", "WO"}
    assert unmapped == 0  # every class maps to a technology field, except CPC's Y tagging codes (no IPC twin)


def test_black_stops_searching_but_keeps_what_was_fetched(ops_site: OpsSite) -> None:
    ops_site.api.limit = 3  # type: ignore[attr-defined]
    result = ingest("epo_ops", ops_site.settings)
    searches = [r for r in ops_site.api.requests if r.path == SEARCH_PATH]
    assert result.status == ledger.STAGED
    assert len(searches) == 4  # the fourth was answered black: no fifth
    assert 0 < len(staged_numbers(ops_site.settings)) < len(expected_numbers(ops_site.api, [n for n, _ in APPLICANTS]))


def test_black_before_anything_was_fetched_fails_the_run(ops_site: OpsSite) -> None:
    ops_site.api.limit = 0  # type: ignore[attr-defined]
    with pytest.raises(OpsQuotaExhausted):
        ingest("epo_ops", ops_site.settings)
    assert ledger.read(ops_site.settings.home, "epo_ops")[-1].status == ledger.FAILED


def test_restage_and_offline_replay_use_every_archived_page(ops_site: OpsSite) -> None:
    ingest("epo_ops", ops_site.settings)
    before = sorted(staged_numbers(ops_site.settings))
    requests = len(ops_site.api.requests)
    ingest("epo_ops", ops_site.settings, offline=True, restage=True)
    assert sorted(staged_numbers(ops_site.settings)) == before
    assert len(ops_site.api.requests) == requests


def test_nothing_to_search_before_the_first_build(ops_site: OpsSite) -> None:
    ops_site.settings.warehouse_path.unlink()
    result = ingest("epo_ops", ops_site.settings)
    assert result.status == ledger.UNCHANGED and not ops_site.api.requests

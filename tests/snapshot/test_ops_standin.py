"""The synthetic OPS publications and the loopback OPS stand-in, driven by the real OPS client.

The client (extractors/epo_ops.py) talks real HTTP to the stand-in on 127.0.0.1: OAuth token, Range
paging, 404 for no results, token expiry. What it parses must be exactly what the generator wrote.
"""

from __future__ import annotations

import base64
import json
import math
import re
import urllib.error
import urllib.request
from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import Any
from urllib.parse import quote

import pytest

from extractors.epo_ops import (
    NS,
    OpsClient,
    OpsCredentials,
    OpsDocument,
    applicant_query,
    build_search_url,
    parse_xml,
    search_biblio,
)
from extractors.errors import HttpAuthError
from extractors.http import HttpClient
from landscape.settings import Settings
from landscape.snapshot.ops_api import (
    DEMO_KEY,
    DEMO_SECRET,
    FAST_THROTTLING,
    OpsServer,
    OpsStandIn,
    parse_applicant_cql,
)
from landscape.snapshot.ops_data import ORDINARY_CEILING, PUBLICATIONS_FILE, epodoc_name, generate_ops_publications
from tests.fake_time import FakeTime

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "epo_ops"
# Invented organisations; no name's words are contained in another's, so each search finds only its own.
APPLICANTS = (
    ("INSTITUT FUER PHOTONISCHE SYSTEME EV", "DE"),
    ("UNIVERSIDAD DE VALDEMORA", "ES"),
    ('ATELIER "LUMIERE" SARL', "FR"),
    ("Forschungszentrum Kühlungsborn GmbH", "DE"),
    ("KENTRO EREVNAS THESSALIAS", "EL"),
    ("NORDISK MATERIALTEKNIK AB", "SE"),
    ("POLITECNICO DI VALTELLINA", "IT"),
    ("TECHNISCHE HOGESCHOOL ZEELAND", "NL"),
    ("HALDEN OFFSHORE INSTRUMENTS AS", "NO"),
    ("BRIGHTWATER BIOLOGICS LTD", "UK"),
    ("CENTRE D'ETUDES DES MATERIAUX AVANCES", "FR"),
    ("INSTITUTO DE OPTICA APLICADA", "PT"),
)
BIG = APPLICANTS[0][0]
CPC_SYMBOL = re.compile(r"^[A-HY][0-9]{2}[A-Z][0-9]{1,4}/[0-9]{1,6}$")
IPC_TEXT = re.compile(r"^([A-H]\d{2}[A-Z])([ \d]{4})/(\d{1,6}) *(\d{8})A[FL][IN](\d{8})BH[A-Z]{2} {8}$")


@pytest.fixture(scope="module")
def snapshot(tmp_path_factory: pytest.TempPathFactory) -> tuple[dict[str, Any], dict[str, Any], Path]:
    out = tmp_path_factory.mktemp("ops")
    truth = generate_ops_publications(out, APPLICANTS)
    return truth, json.loads((out / PUBLICATIONS_FILE).read_text(encoding="utf-8")), out / PUBLICATIONS_FILE


@pytest.fixture
def server_time() -> FakeTime:
    return FakeTime(100.0)


@pytest.fixture
def server(snapshot: tuple[dict[str, Any], dict[str, Any], Path], server_time: FakeTime) -> Iterator[OpsServer]:
    with OpsServer.from_file(snapshot[2], clock=server_time.clock) as running:
        yield running


def make_client(tmp_path: Path, url: str, time: FakeTime, credentials: OpsCredentials | None = None) -> OpsClient:
    settings = Settings(
        home=tmp_path / "home",
        max_retries=2,
        requests_per_second=math.inf,
        connect_timeout=2.0,
        read_timeout=2.0,
        env={"LANDSCAPE_EPO_OPS_BASE_URL": url},
    )
    http = HttpClient.for_source("epo_ops", settings, sleep=time.sleep, clock=time.clock)
    return OpsClient(
        http,
        credentials=credentials or OpsCredentials(DEMO_KEY, DEMO_SECRET),
        clock=time.clock,
        sleep=time.sleep,
    )


def held_by(publications: list[dict[str, Any]], name: str) -> list[dict[str, Any]]:
    """The generator's own answer: every publication listing the applicant, in file order."""
    return [
        p for p in publications if any(a["original"].rstrip(",").casefold() == name.casefold() for a in p["applicants"])
    ]


def expected(publication: dict[str, Any]) -> tuple[Any, ...]:
    titles = publication["titles"]
    title = next((t for t in titles if t["lang"] == "en"), titles[0])
    return (
        f"{publication['country']}{publication['doc_number']}{publication['kind']}",
        date.fromisoformat(publication["date"]),
        publication["family_id"],
        (title["text"], title["lang"]),
        tuple(a["epodoc"] for a in publication["applicants"]),
        tuple(a["original"].rstrip(",") for a in publication["applicants"]),
        tuple(dict.fromkeys(i["symbol"] for i in publication["ipc"])),
        tuple(dict.fromkeys(c["symbol"] for c in publication["cpc"])),
    )


def parsed(document: OpsDocument) -> tuple[Any, ...]:
    return (
        document.publication_number,
        document.date,
        document.family_id,
        (document.title, document.title_lang),
        document.applicants_epodoc,
        document.applicants_original,
        document.ipcr,
        document.cpc,
    )


def searches(api: OpsStandIn) -> list[tuple[str, int]]:
    return [(r.query.get("Range", ""), r.status) for r in api.requests if r.method == "GET"]


# -- the generated data --------------------------------------------------------------------------------


def test_counts_are_heavy_tailed_with_one_big_applicant_and_some_without(
    snapshot: tuple[dict[str, Any], dict[str, Any], Path],
) -> None:
    truth, document, _ = snapshot
    counts = truth["per_applicant"]
    assert list(counts) == [name for name, _ in APPLICANTS]
    assert [name for name, count in counts.items() if count > 100] == [BIG] == [truth["most_published"]]
    assert counts[BIG] > 100  # several Range pages even at 100 per request
    assert truth["without_publications"] and all(counts[name] == 0 for name in truth["without_publications"])
    assert all(count <= ORDINARY_CEILING for name, count in counts.items() if name != BIG)
    assert truth["total"] == len(document["publications"])
    for name, count in counts.items():
        assert len(held_by(document["publications"], name)) == count
    assert {a["name"]: a["publications"] for a in document["applicants"]} == counts


def test_publications_look_like_docdb(snapshot: tuple[dict[str, Any], dict[str, Any], Path]) -> None:
    _, document, _ = snapshot
    publications = document["publications"]
    numbers = [(p["country"], p["doc_number"], p["kind"]) for p in publications]
    assert len(set(numbers)) == len(numbers)
    by_number: dict[str, set[str]] = {}
    for p in publications:
        day = date.fromisoformat(p["date"])
        assert date(2015, 1, 1) <= day <= date(2026, 11, 29)
        if p["country"] == "EP":
            assert re.fullmatch(r"\d{7}", p["doc_number"]) and p["kind"] in ("A1", "A2", "B1")
            assert day.weekday() == 2  # the EP Bulletin comes out on Wednesdays
            by_number.setdefault(p["doc_number"], set()).add(p["family_id"])
        else:
            assert p["country"] == "WO" and p["kind"] in ("A1", "A2")
            assert re.fullmatch(rf"{day.year}\d{{6}}", p["doc_number"])
            assert day.weekday() == 3  # PCT publications on Thursdays
        assert re.fullmatch(r"\d{8,9}", p["family_id"])
        assert all(CPC_SYMBOL.match(c["symbol"]) for c in p["cpc"])
        for ipc in p["ipc"]:
            match = IPC_TEXT.match(ipc["text"])
            assert match is not None, ipc["text"]
            assert f"{match[1]}{match[2].strip()}/{match[3]}" == ipc["symbol"]
            assert len(ipc["text"]) == 50
        assert all(re.fullmatch(r"[A-Z0-9 ]+ \[[A-Z]{2}\]", a["epodoc"]) for a in p["applicants"])
    # A grant keeps the number of its application's publication.
    assert all(len(families) == 1 for families in by_number.values())
    kinds = {(p["country"], p["kind"]) for p in publications}
    assert {("EP", "A1"), ("EP", "B1"), ("WO", "A1")} <= kinds
    assert any(len(p["applicants"]) > 1 for p in publications)
    assert any(all(t["lang"] != "en" for t in p["titles"]) for p in publications)
    assert any(a["original"].endswith(",") for p in publications for a in p["applicants"])
    assert any(not p["cpc"] for p in publications if p["country"] == "WO")
    # CORDIS country codes become ISO ones in the epodoc brackets.
    countries = {a["name"]: a["epodoc"][-3:-1] for a in document["applicants"]}
    assert countries["KENTRO EREVNAS THESSALIAS"] == "GR" and countries["BRIGHTWATER BIOLOGICS LTD"] == "GB"


def test_epodoc_names() -> None:
    assert epodoc_name("Technische Universität München", "DE") == "TECH UNIV MUENCHEN [DE]"
    assert epodoc_name("CENTRE NATIONAL DE LA RECHERCHE SCIENTIFIQUE", "FR") == "CENTRE NAT RECH SCIENT [FR]"
    assert epodoc_name("DATASYS MATERIALS S.R.L.", "IT") == "DATASYS MATERIALS SRL [IT]"


def test_generation_is_deterministic(tmp_path: Path, snapshot: tuple[dict[str, Any], dict[str, Any], Path]) -> None:
    truth, _, path = snapshot
    again = generate_ops_publications(tmp_path / "again", APPLICANTS)
    assert (tmp_path / "again" / PUBLICATIONS_FILE).read_bytes() == path.read_bytes()
    assert again == truth
    other = generate_ops_publications(tmp_path / "other", APPLICANTS, seed=7)
    assert other["sha256"] != truth["sha256"]
    namesakes = generate_ops_publications(tmp_path / "twice", [("A GMBH", "DE"), ("B SA", "FR"), ("a gmbh", "AT")])
    assert list(namesakes["per_applicant"]) == ["A GMBH", "B SA"]  # one name, one applicant to a search
    with pytest.raises(ValueError):
        generate_ops_publications(tmp_path / "bad", [("A GMBH", "Germany")])


# -- the stand-in, through the real client ---------------------------------------------------------------


def test_search_returns_exactly_the_generated_publications(
    snapshot: tuple[dict[str, Any], dict[str, Any], Path], server: OpsServer, server_time: FakeTime, tmp_path: Path
) -> None:
    truth, document, _ = snapshot
    client = make_client(tmp_path, server.url, server_time)
    for name, _ in APPLICANTS:
        if truth["per_applicant"][name] == 0:
            continue
        found = list(search_biblio(client, name, range_size=100))
        assert [parsed(d) for d in found] == [expected(p) for p in held_by(document["publications"], name)], name
    # The big applicant over several pages of 25.
    server.api.requests.clear()
    found = list(search_biblio(client, BIG, range_size=25))
    count = truth["per_applicant"][BIG]
    assert len(found) == count
    pages = [f"{begin}-{min(begin + 24, count)}" for begin in range(1, count + 1, 25)]
    assert searches(server.api) == [(page, 200) for page in pages]
    assert len(pages) >= 5
    # One token for everything.
    assert len([r for r in server.api.requests if r.method == "POST"]) == 0
    assert len(server.api.tokens) == 1


def test_applicant_without_publications_is_a_404(
    snapshot: tuple[dict[str, Any], dict[str, Any], Path], server: OpsServer, server_time: FakeTime, tmp_path: Path
) -> None:
    truth, _, _ = snapshot
    client = make_client(tmp_path, server.url, server_time)
    assert list(search_biblio(client, truth["without_publications"][0])) == []
    assert searches(server.api) == [("1-25", 404)]


def test_pd_within_limits_by_publication_date(
    snapshot: tuple[dict[str, Any], dict[str, Any], Path], server: OpsServer, server_time: FakeTime, tmp_path: Path
) -> None:
    _, document, _ = snapshot
    client = make_client(tmp_path, server.url, server_time)
    window = (date(2019, 1, 1), date(2021, 12, 31))
    found = list(search_biblio(client, BIG, range_size=100, published_within=window))
    wanted = [p for p in held_by(document["publications"], BIG) if "2019-01-01" <= p["date"] <= "2021-12-31"]
    assert 0 < len(wanted) < len(held_by(document["publications"], BIG))
    assert [parsed(d) for d in found] == [expected(p) for p in wanted]
    (request,) = [r for r in server.api.requests if r.method == "GET"]
    assert request.query["q"] == f'pa="{BIG}" and pd within "20190101,20211231"'


def test_word_search_and_escaped_quotes(
    snapshot: tuple[dict[str, Any], dict[str, Any], Path], server: OpsServer, server_time: FakeTime, tmp_path: Path
) -> None:
    truth, document, _ = snapshot
    client = make_client(tmp_path, server.url, server_time)
    quoted = 'ATELIER "LUMIERE" SARL'
    assert len(list(search_biblio(client, quoted))) == truth["per_applicant"][quoted]
    # Like OPS's word index: any case, any order, a subset of the words, umlauts as they are.
    kuehlungsborn = "Forschungszentrum Kühlungsborn GmbH"
    found = {d.publication_number for d in search_biblio(client, "kühlungsborn FORSCHUNGSZENTRUM")}
    assert found == {
        f"{p['country']}{p['doc_number']}{p['kind']}" for p in held_by(document["publications"], kuehlungsborn)
    }
    assert parse_applicant_cql(applicant_query('a "b" \\c')).words == frozenset({"a", "b", "c"})


def test_wrong_credentials_are_an_auth_error(server: OpsServer, server_time: FakeTime, tmp_path: Path) -> None:
    client = make_client(tmp_path, server.url, server_time, OpsCredentials(DEMO_KEY, "not-the-secret"))
    with pytest.raises(HttpAuthError):
        list(search_biblio(client, BIG))
    assert [(r.method, r.status) for r in server.api.requests] == [("POST", 401)]


def test_expired_token_is_refreshed(server: OpsServer, server_time: FakeTime, tmp_path: Path) -> None:
    # The client's clock lags the server's: it still trusts a token the server has let expire.
    client_time = FakeTime(100.0)
    client = make_client(tmp_path, server.url, client_time)
    url = build_search_url(server.url, applicant_query(BIG), 1, 5)
    client.get(url)
    server_time.now += 1199
    client.get(url)
    assert [(r.method, r.status) for r in server.api.requests] == [
        ("POST", 200),
        ("GET", 200),
        ("GET", 400),
        ("POST", 200),
        ("GET", 200),
    ]
    assert len(server.api.tokens) == 2


# -- the wire format -------------------------------------------------------------------------------------


def _token(url: str, key: str = DEMO_KEY, secret: str = DEMO_SECRET, grant: str = "client_credentials") -> Any:
    basic = base64.b64encode(f"{key}:{secret}".encode()).decode()
    request = urllib.request.Request(
        f"{url}/auth/accesstoken",
        data=f"grant_type={grant}".encode(),
        headers={"Authorization": f"Basic {basic}", "Content-Type": "application/x-www-form-urlencoded"},
    )
    return urllib.request.urlopen(request, timeout=2)


def _get(url: str, token: str) -> tuple[int, dict[str, str], bytes]:
    request = urllib.request.Request(url, headers={"Authorization": f"Bearer {token}"})
    try:
        with urllib.request.urlopen(request, timeout=2) as response:
            return response.status, dict(response.headers), response.read()
    except urllib.error.HTTPError as error:
        return error.code, dict(error.headers), error.read()


def _paths(element: Any, prefix: str = "") -> set[str]:
    path = f"{prefix}/{element.tag}"
    return {path}.union(*(_paths(child, path) for child in element))


def test_wire_format_headers_and_faults(server: OpsServer) -> None:
    with _token(server.url) as answer:
        assert answer.headers["Content-Type"] == "application/json"
        token_document = json.loads(answer.read())
    assert token_document["expires_in"] == "1199" and token_document["token_type"] == "BearerToken"
    token = token_document["access_token"]

    status, headers, body = _get(build_search_url(server.url, applicant_query(BIG), 1, 3), token)
    assert status == 200 and headers["Content-Type"] == "application/xml"
    assert headers["X-Throttling-Control"] == FAST_THROTTLING
    assert headers["X-IndividualQuotaPerHour-Used"] == headers["X-RegisteredQuotaPerWeek-Used"] == str(len(body))
    assert b"<!DOCTYPE" not in body
    root = parse_xml(body)
    assert root.tag == f"{{{NS['ops']}}}world-patent-data"
    search = root.find("ops:biblio-search", NS)
    assert search is not None and int(search.get("total-result-count", "0")) > 100
    assert search.findtext("ops:query", None, NS) == f'pa="{BIG}"'
    page_range = search.find("ops:range", NS)
    assert page_range is not None and (page_range.get("begin"), page_range.get("end")) == ("1", "3")
    # Every element path of the recorded fixtures appears in the stand-in's answer.
    fixture_root = parse_xml((FIXTURES / "search_biblio_fraunhofer_1-2.xml").read_bytes())
    assert _paths(fixture_root) <= _paths(root)

    status, headers, second = _get(build_search_url(server.url, applicant_query(BIG), 4, 4), token)
    assert status == 200 and headers["X-RegisteredQuotaPerWeek-Used"] == str(len(body) + len(second))

    search_url = f"{server.url}/rest-services/published-data/search/biblio?q={quote(applicant_query(BIG))}"
    for bad_range in ("1-101", "1995-2001", "5-4", "x"):
        status, _, fault = _get(f"{search_url}&Range={bad_range}", token)
        assert status == 400 and b"CLIENT.InvalidQuery" in fault, bad_range
    status, _, fault = _get(f"{server.url}/rest-services/published-data/search/biblio?q=ti%3Dlaser", token)
    assert status == 400 and b"CLIENT.InvalidQuery" in fault
    status, _, fault = _get(f"{search_url}&Range=1-5", "forged-token")
    assert status == 400 and b"invalid_access_token" in fault
    assert parse_xml(fault).tag == f"{{{NS['ops']}}}fault"
    status, _, fault = _get(f"{search_url}&Range=2000-2000", token)
    assert status == 404 and b"SERVER.EntityNotFound" in fault  # past the last result
    status, _, fault = _get(f"{server.url}/rest-services/published-data/publication/epodoc/EP1000000/biblio", token)
    assert status == 404 and b"EntityNotFound" not in fault

    for key, secret, grant, code in (
        (DEMO_KEY, "wrong", "client_credentials", 401),
        (DEMO_KEY, DEMO_SECRET, "password", 400),
    ):
        with pytest.raises(urllib.error.HTTPError) as info:
            _token(server.url, key, secret, grant)
        assert info.value.code == code
        info.value.close()

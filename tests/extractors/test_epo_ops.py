"""EPO OPS client over real HTTP on loopback, against a small fake of OPS.

The fake issues OAuth tokens (checking Basic auth and the grant type), enforces their lifetime on the
same injected clock as the client, answers searches from the recorded-style fixture pages by Range,
sends X-Throttling-Control and quota headers, and can be scripted to answer faults.
"""

from __future__ import annotations

import base64
import json
import logging
import math
import threading
import time
from collections import deque
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs, urlsplit

import pytest

from extractors.epo_ops import (
    KEY_ENV,
    SECRET_ENV,
    OpsClient,
    OpsCredentials,
    OpsQuotaExhausted,
    OpsSearchTooBroad,
    UnsafeXml,
    applicant_query,
    build_search_url,
    parse_biblio_search,
    parse_throttling_control,
    parse_token_response,
    parse_xml,
    read_credentials,
    search_biblio,
    seconds_until_weekly_reset,
    service_for_url,
)
from extractors.errors import HttpAuthError, LayoutChanged
from extractors.http import HttpClient
from landscape.settings import Settings
from landscape.snapshot.loopback import LoopbackApiServer
from landscape.snapshot.ops_api import OpsRequest, OpsRequestHandler
from tests.fake_time import FakeTime

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "epo_ops"
KEY = "ops-consumer-key-3c1f9b7e"
SECRET = "ops-consumer-secret-Qm8vT2xZ"
CREDENTIALS = OpsCredentials(KEY, SECRET)
GREEN = "busy (images=green:100, inpadoc=green:45, other=green:1000, retrieval=green:100, search=green:15)"
FAST = "idle (images=green:200, inpadoc=green:60, other=green:1000, retrieval=green:200, search=green:6000)"
SEARCH_PATH = "/3.2/rest-services/published-data/search/biblio"


def fixture(name: str) -> bytes:
    return (FIXTURES / name).read_bytes()


@dataclass
class Recorded:
    method: str
    path: str
    query: dict[str, str]
    headers: dict[str, str]
    body: bytes
    status: int = 0


@dataclass
class FakeOps:
    time: FakeTime
    expires_in: str = "1199"
    throttle: str = GREEN  # X-Throttling-Control when no per-response value is queued
    throttle_queue: deque[str] = field(default_factory=deque)
    weekly_used: int = 1_234_567
    pages: dict[str, bytes] = field(default_factory=dict)  # Range -> body
    scripted: deque[tuple[int, dict[str, str], bytes]] = field(default_factory=deque)
    tokens: dict[str, float] = field(default_factory=dict)  # token -> expiry on the fake clock
    reject_all_tokens: bool = False
    requests: list[Recorded] = field(default_factory=list)
    lock: threading.Lock = field(default_factory=threading.Lock)

    def revoke_tokens(self) -> None:
        self.tokens.clear()

    def bearer_tokens(self) -> list[str]:
        return [r.headers["authorization"].removeprefix("Bearer ") for r in self.requests if r.method == "GET"]

    def token_requests(self) -> list[Recorded]:
        return [r for r in self.requests if r.method == "POST"]

    def answer(self, incoming: OpsRequest, body: bytes) -> tuple[int, dict[str, str], bytes]:
        request = Recorded(incoming.method, incoming.path, incoming.query, incoming.headers, body)
        with self.lock:
            self.requests.append(request)
            status, headers, body = self._answer(request)
            request.status = status
            return status, headers, body

    def _answer(self, request: Recorded) -> tuple[int, dict[str, str], bytes]:
        if request.method == "POST":
            return self._token(request)
        throttle = self.throttle_queue.popleft() if self.throttle_queue else self.throttle
        headers = {
            "X-Throttling-Control": throttle,
            "X-IndividualQuotaPerHour-Used": "45678",
            "X-RegisteredQuotaPerWeek-Used": str(self.weekly_used),
            "Content-Type": "application/xml",
        }
        token = request.headers.get("authorization", "").removeprefix("Bearer ")
        expiry = self.tokens.get(token)
        if self.reject_all_tokens or expiry is None or expiry <= self.time.now:
            return 400, headers, fixture("fault_invalid_token.xml")
        if self.scripted:
            status, extra, body = self.scripted.popleft()
            return status, {**headers, **extra}, body
        if request.path != SEARCH_PATH:
            return 404, headers, fixture("fault_not_found.xml")
        page = self.pages.get(request.query.get("Range", ""))
        if page is None:
            return 404, headers, fixture("fault_not_found.xml")
        return 200, headers, page

    def _token(self, request: Recorded) -> tuple[int, dict[str, str], bytes]:
        basic = base64.b64encode(f"{KEY}:{SECRET}".encode()).decode()
        if (
            request.path != "/3.2/auth/accesstoken"
            or request.headers.get("authorization") != f"Basic {basic}"
            or request.headers.get("content-type") != "application/x-www-form-urlencoded"
            or request.body != b"grant_type=client_credentials"
        ):
            return 401, {}, b'{"error":"invalid_client"}'
        value = f"ops-token-{len(self.tokens) + len(self.token_requests())}-Zk38dQp1"
        self.tokens[value] = self.time.now + float(self.expires_in)
        document = json.loads(fixture("token.json"))
        document.update(access_token=value, expires_in=self.expires_in)
        return 200, {"Content-Type": "application/json"}, json.dumps(document).encode()


@pytest.fixture
def fake_time() -> FakeTime:
    return FakeTime(5000.0)


@pytest.fixture
def ops(fake_time: FakeTime) -> Iterator[tuple[FakeOps, str]]:
    fake = FakeOps(
        fake_time,
        pages={
            "1-2": fixture("search_biblio_fraunhofer_1-2.xml"),
            "3-3": fixture("search_biblio_fraunhofer_3-3.xml"),
        },
    )
    with LoopbackApiServer(fake, OpsRequestHandler) as server:
        yield fake, server.url + "/3.2"


def make_ops(
    tmp_path: Path,
    base_url: str,
    fake_time: FakeTime,
    *,
    offline: bool = False,
    env: dict[str, str] | None = None,
    **kw: Any,
) -> OpsClient:
    settings = Settings(
        home=tmp_path / "home",
        max_retries=2,
        requests_per_second=math.inf,
        connect_timeout=2.0,
        read_timeout=2.0,
        env={"LANDSCAPE_EPO_OPS_BASE_URL": base_url, **(env or {})},
    )
    http = HttpClient.for_source("epo_ops", settings, sleep=fake_time.sleep, clock=fake_time.clock, offline=offline)
    kw.setdefault("credentials", CREDENTIALS)
    return OpsClient(http, clock=fake_time.clock, sleep=fake_time.sleep, **kw)


def search_url(base: str, begin: int = 1, end: int = 2) -> str:
    return build_search_url(base, applicant_query("Fraunhofer"), begin, end)


# -- pure parts ------------------------------------------------------------------------------------


def test_parse_biblio_search_reads_recorded_page() -> None:
    total, documents = parse_biblio_search(fixture("search_biblio_fraunhofer_1-2.xml"))
    assert total == 3
    first, second = documents
    assert first.publication_number == "EP4321987A1"
    assert (first.country, first.doc_number, first.kind) == ("EP", "4321987", "A1")
    assert first.date == date(2024, 2, 14)
    assert first.family_id == "84360811"
    assert first.title == "METHOD FOR PRODUCING A SEMICONDUCTOR PACKAGE WITH THROUGH VIAS"  # en preferred over de
    assert first.title_lang == "en"
    assert first.applicants_epodoc == ("FRAUNHOFER GES FORSCHUNG [DE]", "INFINEON TECHNOLOGIES AG [DE]")
    # The trailing list comma of the original-format name is gone; umlauts survive.
    assert first.applicants_original == (
        "Fraunhofer-Gesellschaft zur Förderung der angewandten Forschung e.V.",
        "Infineon Technologies AG",
    )
    assert first.ipcr == ("H01L21/67", "H01L23/48")
    assert first.cpc == ("H01L21/67109", "H01L23/481")
    # Only a German title: it is used, and says so.
    assert (second.title_lang, second.title) == ("de", "Greifvorrichtung mit nachgiebigen Fingern für einen Roboter")
    assert second.ipcr == ("B25J9/16",)
    assert second.cpc == ("B25J9/1697",)
    _, (wo,) = parse_biblio_search(fixture("search_biblio_fraunhofer_3-3.xml"))
    assert wo.cpc == ("G01S7/4811",)  # the same code from two offices, once
    assert wo.ipcr == ("G01S7/481", "G01S17/931")


def test_parse_biblio_search_refuses_other_documents() -> None:
    with pytest.raises(LayoutChanged):
        parse_biblio_search(fixture("fault_not_found.xml"))
    with pytest.raises(LayoutChanged) as info:
        parse_biblio_search(
            b"<ops:world-patent-data xmlns:ops='http://ops.epo.org'><ops:biblio-search/></ops:world-patent-data>"
        )
    assert "total-result-count" in str(info.value)
    with pytest.raises(LayoutChanged):
        parse_biblio_search(b"<html><body>Service Unavailable</body>")


@pytest.mark.parametrize("name", ["billion_laughs.xml", "external_entity.xml"])
def test_doctype_and_entities_are_refused_without_expansion(name: str) -> None:
    started = time.monotonic()
    with pytest.raises(UnsafeXml) as info:
        parse_xml(fixture(name))
    assert "DOCTYPE" in str(info.value)
    with pytest.raises(UnsafeXml):
        parse_biblio_search(fixture(name))
    assert time.monotonic() - started < 1.0  # 10^9 "lol"s were never built


def test_parse_throttling_control() -> None:
    state = parse_throttling_control(GREEN)
    assert state.system == "busy"
    assert set(state.services) == {"images", "inpadoc", "other", "retrieval", "search"}
    assert (state.services["search"].colour, state.services["search"].per_minute) == ("green", 15)
    mixed = parse_throttling_control(
        "idle (images=green:200, inpadoc=yellow:50, search=green:200, other=red:5, retrieval=black:0)"
    )
    assert mixed.system == "idle"
    assert [(s.colour, s.per_minute) for s in mixed.services.values()] == [
        ("green", 200),
        ("yellow", 50),
        ("green", 200),
        ("red", 5),
        ("black", 0),
    ]
    for bad in ("busy", "busy (search=purple:3)", "busy (search=green)"):
        with pytest.raises(ValueError):
            parse_throttling_control(bad)


def test_service_for_url() -> None:
    base = "https://ops.epo.org/3.2/rest-services/"
    assert service_for_url(base + "published-data/search/biblio?q=pa%3D%22x%22") == "search"
    assert service_for_url(base + "published-data/publication/epodoc/EP2496850/biblio") == "retrieval"
    assert service_for_url(base + "published-data/images/EP/1000000/A1/fullimage") == "images"
    assert service_for_url(base + "family/publication/docdb/EP.1000000.A1") == "inpadoc"
    assert service_for_url(base + "legal/publication/docdb/EP.1000000.A1") == "inpadoc"
    assert service_for_url(base + "register/publication/epodoc/EP1000000") == "other"
    assert service_for_url("https://ops.epo.org/3.2/auth/accesstoken") == "other"


def test_parse_token_response_handles_string_lifetime() -> None:
    token = parse_token_response(fixture("token.json"), now=100.0)
    assert token.value == "fixture-access-token-9Qx2"
    assert (token.expires_at, token.refresh_at) == (1299.0, 1239.0)  # 60 s margin
    short = parse_token_response(b'{"access_token": "t", "expires_in": "2"}', now=100.0)
    assert (short.expires_at, short.refresh_at) == (102.0, 101.0)  # margin capped at half the lifetime
    assert "fixture-access-token" not in repr(token)
    for bad in (
        b'{"access_token": "t"}',
        b'{"expires_in": "1199"}',
        b"<html/>",
        b'{"access_token": "t", "expires_in": "0"}',
    ):
        with pytest.raises(LayoutChanged):
            parse_token_response(bad, now=0.0)


def test_applicant_query_and_url() -> None:
    assert applicant_query('Société "Générale"') == 'pa="Société \\"Générale\\""'
    cql = applicant_query("Fraunhofer", (date(2020, 1, 1), date(2020, 12, 31)))
    assert cql == 'pa="Fraunhofer" and pd within "20200101,20201231"'
    url = search_url("https://ops.epo.org/3.2", 26, 50)
    parts = urlsplit(url)
    assert parts.path == SEARCH_PATH
    assert parse_qs(parts.query) == {"q": ['pa="Fraunhofer"'], "Range": ["26-50"]}
    with pytest.raises(ValueError):
        build_search_url("https://x", "pa=x", 1, 101)


def test_seconds_until_weekly_reset() -> None:
    assert seconds_until_weekly_reset(datetime(2026, 11, 28, 12, 0, tzinfo=UTC)) == 36 * 3600  # Saturday noon
    assert seconds_until_weekly_reset(datetime(2026, 11, 30, 0, 0, tzinfo=UTC)) == 7 * 24 * 3600  # Monday 00:00


def test_credentials_from_env_or_airflow(monkeypatch: pytest.MonkeyPatch) -> None:
    assert read_credentials({KEY_ENV: KEY, SECRET_ENV: SECRET}) == CREDENTIALS
    assert SECRET not in repr(read_credentials({KEY_ENV: KEY, SECRET_ENV: SECRET}))
    monkeypatch.setenv("AIRFLOW_CONN_EPO_OPS", json.dumps({"conn_type": "http", "login": KEY, "password": SECRET}))
    assert read_credentials({}) == CREDENTIALS
    monkeypatch.delenv("AIRFLOW_CONN_EPO_OPS")
    with pytest.raises(HttpAuthError) as info:
        read_credentials({KEY_ENV: KEY})  # a key without its secret is no credential
    assert KEY_ENV in str(info.value) and SECRET_ENV in str(info.value) and "'epo_ops'" in str(info.value)


# -- over HTTP -------------------------------------------------------------------------------------


def test_search_pages_through_results_with_one_token_and_keeps_secrets_out(
    ops: tuple[FakeOps, str], tmp_path: Path, fake_time: FakeTime, caplog: pytest.LogCaptureFixture
) -> None:
    fake, base = ops
    caplog.set_level(logging.DEBUG)
    client = make_ops(tmp_path, base, fake_time)
    documents = list(search_biblio(client, "Fraunhofer", range_size=2))

    assert [d.publication_number for d in documents] == ["EP4321987A1", "DE102022201234A1", "WO2023156789A1"]
    searches = [r for r in fake.requests if r.method == "GET"]
    assert [r.query["Range"] for r in searches] == ["1-2", "3-3"]
    assert {r.query["q"] for r in searches} == {'pa="Fraunhofer"'}
    assert all(r.headers["accept"] == "application/xml" for r in searches)
    # One token, issued with Basic auth and the client-credentials grant, used for both pages.
    (token_request,) = fake.token_requests()
    assert token_request.status == 200
    token = fake.bearer_tokens()[0]
    assert fake.bearer_tokens() == [token, token]
    # search=green:15 allows a request every 4 s.
    assert fake_time.sleeps == [4.0]
    assert client.throttle is not None and client.throttle.services["search"].per_minute == 15
    assert (client.weekly_quota_used, client.hourly_quota_used) == (1_234_567, 45678)
    # Provenance: each document points at its archived page; the token answer is not archived.
    entries = client.http.archive.entries()
    assert [e.url for e in entries] == [search_url(base, 1, 2), search_url(base, 3, 3)]
    assert documents[2].source_url == entries[1].url and documents[2].sha256 == entries[1].sha256
    stored = b"".join(p.read_bytes() for p in client.http.archive.folder.rglob("*") if p.is_file())
    for secret in (SECRET, token, base64.b64encode(f"{KEY}:{SECRET}".encode()).decode()):
        assert secret.encode() not in stored
        assert secret not in caplog.text
    assert "accesstoken" in caplog.text  # the token request is logged, by URL only


def test_token_is_refreshed_before_it_expires(ops: tuple[FakeOps, str], tmp_path: Path, fake_time: FakeTime) -> None:
    fake, base = ops
    fake.expires_in = "2"
    fake.throttle = FAST
    client = make_ops(tmp_path, base, fake_time)
    url = search_url(base)
    client.get(url)
    fake_time.now += 0.5
    client.get(url)  # 1.5 s of lifetime left: reused
    fake_time.now += 0.7
    client.get(url)  # 0.8 s left, inside the margin: refreshed although still valid
    first, second = sorted(fake.tokens)
    assert fake.bearer_tokens() == [first, first, second]
    assert len(fake.token_requests()) == 2
    assert [r.status for r in fake.requests if r.method == "GET"] == [200, 200, 200]  # never sent an expired one


def test_invalid_access_token_is_refreshed_once_and_retried(
    ops: tuple[FakeOps, str], tmp_path: Path, fake_time: FakeTime
) -> None:
    fake, base = ops
    fake.throttle = FAST
    client = make_ops(tmp_path, base, fake_time)
    url = search_url(base)
    client.get(url)
    fake.revoke_tokens()  # OPS forgets the token early: it answers 400 invalid_access_token
    doc = client.get(url)
    assert doc.path.read_bytes() == fixture("search_biblio_fraunhofer_1-2.xml")
    assert [(r.method, r.status) for r in fake.requests] == [
        ("POST", 200),
        ("GET", 200),
        ("GET", 400),
        ("POST", 200),
        ("GET", 200),
    ]

    fake.reject_all_tokens = True
    before = len(fake.requests)
    with pytest.raises(HttpAuthError) as info:
        client.get(url)
    assert "freshly issued" in str(info.value)
    assert [(r.method, r.status) for r in fake.requests[before:]] == [("GET", 400), ("POST", 200), ("GET", 400)]


def test_yellow_halves_the_pace_and_red_waits(ops: tuple[FakeOps, str], tmp_path: Path, fake_time: FakeTime) -> None:
    fake, base = ops
    colours = ("green", "yellow", "red", "green")
    fake.throttle_queue.extend(GREEN.replace("search=green:15", f"search={c}:15") for c in colours)
    client = make_ops(tmp_path, base, fake_time)
    url = search_url(base)
    for _ in colours:
        client.get(url)
    # green:15 -> 4 s between searches; yellow -> 8 s; red -> hold off a minute.
    assert fake_time.sleeps == [4.0, 8.0, 60.0]


def test_black_stops_with_a_clear_error_and_honours_retry_after(
    ops: tuple[FakeOps, str], tmp_path: Path, fake_time: FakeTime
) -> None:
    fake, base = ops
    black = GREEN.replace("search=green:15", "search=black:0")
    fake.scripted.append((403, {"Retry-After": "120"}, fixture("fault_fair_use.xml")))
    fake.throttle_queue.append(black)
    client = make_ops(tmp_path, base, fake_time)
    url = search_url(base)
    with pytest.raises(OpsQuotaExhausted) as info:
        client.get(url)
    assert "quota exhausted" in str(info.value) and "black" in str(info.value)
    assert info.value.retry_after == 120.0
    sent = len(fake.requests)

    fake_time.now += 100
    with pytest.raises(OpsQuotaExhausted) as again:
        client.get(url)  # still blocked: refused without asking OPS
    assert again.value.retry_after == pytest.approx(20.0)
    assert len(fake.requests) == sent

    fake_time.now += 21
    assert client.get(url).path.read_bytes() == fixture("search_biblio_fraunhofer_1-2.xml")
    assert fake_time.sleeps == []  # the blocked minute has long passed


def test_quota_rejection_stops(ops: tuple[FakeOps, str], tmp_path: Path, fake_time: FakeTime) -> None:
    fake, base = ops
    fake.scripted.append((403, {"X-Rejection-Reason": "IndividualQuotaPerHour"}, fixture("fault_fair_use.xml")))
    client = make_ops(tmp_path, base, fake_time)
    with pytest.raises(OpsQuotaExhausted) as info:
        client.get(search_url(base))
    assert "IndividualQuotaPerHour" in str(info.value)
    assert info.value.retry_after == 60.0  # no Retry-After: the red wait


def test_weekly_quota_stops_before_the_configured_limit(
    ops: tuple[FakeOps, str], tmp_path: Path, fake_time: FakeTime
) -> None:
    fake, base = ops
    fake.throttle = FAST
    page = fixture("search_biblio_fraunhofer_1-2.xml")
    limit = 1_000_000
    # The header counts this answer already; the limit leaves room for half of one more like it.
    fake.weekly_used = limit - len(page) // 2
    saturday_noon = datetime(2026, 11, 28, 12, 0, tzinfo=UTC)
    client = make_ops(
        tmp_path,
        base,
        fake_time,
        env={"LANDSCAPE_EPO_OPS_WEEKLY_QUOTA_BYTES": str(limit)},
        wall_clock=lambda: saturday_noon,
    )
    assert client.weekly_quota_bytes == limit
    client.get(search_url(base))
    sent = len(fake.requests)
    with pytest.raises(OpsQuotaExhausted) as info:
        client.get(search_url(base))
    assert "weekly quota" in str(info.value) and "LANDSCAPE_EPO_OPS_WEEKLY_QUOTA_BYTES" in str(info.value)
    assert info.value.retry_after == 36 * 3600  # Monday 00:00 UTC
    assert len(fake.requests) == sent


def test_default_weekly_quota_is_4_gb(ops: tuple[FakeOps, str], tmp_path: Path, fake_time: FakeTime) -> None:
    _, base = ops
    assert make_ops(tmp_path, base, fake_time).weekly_quota_bytes == 4_000_000_000
    with pytest.raises(ValueError):
        make_ops(tmp_path, base, fake_time, env={"LANDSCAPE_EPO_OPS_WEEKLY_QUOTA_BYTES": "4GB"})


def test_search_without_results_yields_nothing(ops: tuple[FakeOps, str], tmp_path: Path, fake_time: FakeTime) -> None:
    fake, base = ops
    client = make_ops(tmp_path, base, fake_time)
    assert list(search_biblio(client, "Nobody In Particular GmbH")) == []
    (search,) = [r for r in fake.requests if r.method == "GET"]
    assert (search.status, search.query["Range"]) == (404, "1-25")


def test_xml_bomb_from_ops_is_refused(ops: tuple[FakeOps, str], tmp_path: Path, fake_time: FakeTime) -> None:
    fake, base = ops
    fake.pages["1-25"] = fixture("billion_laughs.xml")
    client = make_ops(tmp_path, base, fake_time)
    with pytest.raises(UnsafeXml):
        list(search_biblio(client, "Fraunhofer"))


def test_too_broad_search_fails_before_yielding(ops: tuple[FakeOps, str], tmp_path: Path, fake_time: FakeTime) -> None:
    fake, base = ops
    fake.pages["1-25"] = fixture("search_biblio_fraunhofer_1-2.xml").replace(
        b'total-result-count="3"', b'total-result-count="2517"'
    )
    client = make_ops(tmp_path, base, fake_time)
    with pytest.raises(OpsSearchTooBroad) as info:
        next(search_biblio(client, "Fraunhofer"))
    assert "2517" in str(info.value) and "published_within" in str(info.value)


def test_missing_credentials_fail_at_first_request(
    ops: tuple[FakeOps, str], tmp_path: Path, fake_time: FakeTime, monkeypatch: pytest.MonkeyPatch
) -> None:
    fake, base = ops
    for name in (KEY_ENV, SECRET_ENV, "AIRFLOW_CONN_EPO_OPS"):
        monkeypatch.delenv(name, raising=False)
    client = make_ops(tmp_path, base, fake_time, credentials=None)  # constructing reads nothing
    with pytest.raises(HttpAuthError):
        client.get(search_url(base))
    assert fake.requests == []


def test_wrong_credentials_are_an_auth_error(ops: tuple[FakeOps, str], tmp_path: Path, fake_time: FakeTime) -> None:
    fake, base = ops
    client = make_ops(tmp_path, base, fake_time, credentials=OpsCredentials(KEY, "not-the-secret-000"))
    with pytest.raises(HttpAuthError) as info:
        client.get(search_url(base))
    assert "accesstoken" in str(info.value) and "not-the-secret" not in str(info.value)
    assert [(r.method, r.status) for r in fake.requests] == [("POST", 401)]


def test_offline_replay_needs_no_credentials(
    ops: tuple[FakeOps, str], tmp_path: Path, fake_time: FakeTime, monkeypatch: pytest.MonkeyPatch
) -> None:
    fake, base = ops
    fake.throttle = FAST
    online = list(search_biblio(make_ops(tmp_path, base, fake_time), "Fraunhofer", range_size=2))
    sent = len(fake.requests)
    for name in (KEY_ENV, SECRET_ENV, "AIRFLOW_CONN_EPO_OPS"):
        monkeypatch.delenv(name, raising=False)
    offline = list(
        search_biblio(make_ops(tmp_path, base, fake_time, offline=True, credentials=None), "Fraunhofer", range_size=2)
    )
    assert offline == online
    assert len(fake.requests) == sent

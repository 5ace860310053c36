"""PatentSearch client over real HTTP on loopback, against the stand-in API (landscape.snapshot.patentsearch_api)
serving the recorded-style fixture."""

from __future__ import annotations

import json
import logging
import math
from collections.abc import Iterator
from datetime import date
from pathlib import Path
from urllib.parse import parse_qs, urlsplit

import pytest

from extractors.errors import HttpAuthError, LayoutChanged, SourceUnusable
from extractors.http import HttpClient
from extractors.patentsearch import (
    API_KEY_ENV,
    REQUESTS_PER_SECOND,
    SORT,
    PatentPage,
    advance_watermark,
    build_query_url,
    iter_patents,
    parse_page,
    read_api_key,
    resume_patents,
)
from landscape.settings import Settings
from landscape.snapshot.patentsearch_api import PatentSearchApi, PatentSearchServer
from tests.fake_time import FakeTime

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "patentsearch"
RECORDED = FIXTURES / "patents_2024-01.json"
API_KEY = "ps-key-4f7d2c9a81b3e6f05d2a"
PACE = 1.0 / REQUESTS_PER_SECOND  # 1.333… s between requests to the API host


# -- the stand-in PatentSearch API ------------------------------------------------------------------


@pytest.fixture
def api() -> Iterator[tuple[PatentSearchApi, str]]:
    fake = PatentSearchApi(json.loads(RECORDED.read_text(encoding="utf-8"))["patents"], api_key=API_KEY)
    with PatentSearchServer(fake) as server:
        yield fake, server.url


@pytest.fixture
def fake_time() -> FakeTime:
    return FakeTime()


def make_client(tmp_path: Path, base_url: str, fake_time: FakeTime, *, offline: bool = False) -> HttpClient:
    settings = Settings(
        home=tmp_path / "home",
        max_retries=3,
        requests_per_second=math.inf,  # only the PatentSearch host limit applies
        connect_timeout=2.0,
        read_timeout=2.0,
        env={"LANDSCAPE_PATENTSEARCH_BASE_URL": base_url},
    )
    return HttpClient.for_source(
        "patentsearch", settings, sleep=fake_time.sleep, clock=fake_time.clock, offline=offline
    )


def ids(pages: list[PatentPage]) -> list[str]:
    return [p["patent_id"] for page in pages for p in page.patents]


ALL_IDS = ["11857412", "11857433", "D1012345", "11864201", "RE49876", "11871050", "PP35612"]


# -- pure parts ------------------------------------------------------------------------------------


def test_parse_page_reads_recorded_response() -> None:
    page = parse_page(RECORDED.read_bytes())
    assert (page.count, page.total_hits) == (7, 7)
    assert ids([page]) == ALL_IDS  # alphanumeric ids stay text
    assert page.cursor == ("2024-01-16", "PP35612")
    assert page.last_date == date(2024, 1, 16)
    infineon = page.patents[3]
    assert [a["assignee_country"] for a in infineon["assignees"]] == ["DE", "DE"]
    assert infineon["assignees"][1]["assignee_organization"].startswith("Fraunhofer-Gesellschaft zur Förderung")
    assert infineon["cpc_current"][0]["cpc_group_id"].endswith("/cpc_group/H01L23:481/")


def _one(patent: str) -> bytes:
    return b'{"error": false, "count": 1, "total_hits": 1, "patents": [' + patent.encode() + b"]}"


@pytest.mark.parametrize(
    ("body", "error", "message"),
    [
        (b"<html>Bad Gateway</html>", LayoutChanged, "not JSON"),
        (b'{"error": true, "reason": "Invalid query"}', SourceUnusable, "Invalid query"),
        (b'{"error": false, "count": 0, "total_hits": 0, "inventors": []}', LayoutChanged, "'patents'"),
        (
            _one('{"patent_id": "1", "patent_date": "2024-01-02"}').replace(b'"count": 1', b'"count": 2'),
            LayoutChanged,
            "count=2",
        ),
        (_one('{"patent_id": 10000000, "patent_date": "2024-01-02"}'), LayoutChanged, "patent_id"),
        (_one('{"patent_id": "1", "patent_date": "02/01/2024"}'), LayoutChanged, "not ISO"),
    ],
)
def test_parse_page_refuses_unknown_shapes(body: bytes, error: type[Exception], message: str) -> None:
    with pytest.raises(error) as info:
        parse_page(body)
    assert message in str(info.value)


def test_parse_page_accepts_empty_result_as_null() -> None:
    page = parse_page(b'{"error": false, "count": 0, "total_hits": 0, "patents": null}')
    assert (page.patents, page.cursor, page.last_date) == ([], None, None)


def test_build_query_url_encodes_query_sort_fields_and_cursor() -> None:
    url = build_query_url(
        "https://search.patentsview.org/api/v1/",
        since=date(2024, 1, 2),
        until=date(2024, 3, 31),
        fields=["patent_title", "patent_id"],
        size=500,
        after=("2024-01-09", "RE49876"),
    )
    parts = urlsplit(url)
    assert parts.path == "/api/v1/patent/"
    query = {k: json.loads(v[0]) for k, v in parse_qs(parts.query).items()}
    assert query["q"] == {"_and": [{"_gte": {"patent_date": "2024-01-02"}}, {"_lte": {"patent_date": "2024-03-31"}}]}
    assert query["f"] == ["patent_id", "patent_date", "patent_title"]  # cursor keys first, no duplicates
    assert query["s"] == [{"patent_date": "asc"}, {"patent_id": "asc"}]
    assert query["o"] == {"size": 500, "after": ["2024-01-09", "RE49876"]}
    assert " " not in url and "+" not in url
    with pytest.raises(ValueError):
        build_query_url("https://x", since=date(2024, 1, 1), size=1001)
    with pytest.raises(ValueError):
        build_query_url("https://x", since=date(2024, 2, 1), until=date(2024, 1, 1))


# -- over HTTP -------------------------------------------------------------------------------------


def test_iter_patents_pages_through_cursor_paced_and_honouring_429(
    api: tuple[PatentSearchApi, str], tmp_path: Path, fake_time: FakeTime
) -> None:
    fake, base = api
    fake.throttle = {2}
    with make_client(tmp_path, base, fake_time) as client:
        pages = list(iter_patents(client, since=date(2024, 1, 1), page_size=3, api_key=API_KEY))

    assert [p.count for p in pages] == [3, 3, 1]
    assert ids(pages) == ALL_IDS
    assert all(p.total_hits == 7 for p in pages)
    # Every request carried the key; the cursor of each page is the last row of the previous one.
    assert [r["headers"]["x-api-key"] for r in fake.requests] == [API_KEY] * 4
    options = [json.loads(r["query"]["o"]) for r in fake.requests]
    assert options == [
        {"size": 3},
        {"size": 3, "after": ["2024-01-02", "D1012345"]},  # answered 429
        {"size": 3, "after": ["2024-01-02", "D1012345"]},
        {"size": 3, "after": ["2024-01-16", "11871050"]},
    ]
    assert json.loads(fake.requests[0]["query"]["q"]) == {"_gte": {"patent_date": "2024-01-01"}}
    # Waits: pace before request 2; Retry-After 1 s, then the rest of the pace slot; pace before request 4.
    assert fake_time.sleeps == [round(PACE, 3), 1.0, round(PACE - 1.0, 3), round(PACE, 3)]
    # Provenance: each page points at its archived raw response.
    entries = client.archive.entries()
    assert [p.sha256 for p in pages] == [e.sha256 for e in entries]
    assert [p.url for p in pages] == [e.url for e in entries]


def test_pace_holds_to_45_requests_a_minute(
    api: tuple[PatentSearchApi, str], tmp_path: Path, fake_time: FakeTime
) -> None:
    fake, base = api
    started = fake_time.now
    with make_client(tmp_path, base, fake_time) as client:
        pages = list(iter_patents(client, since=date(2024, 1, 1), page_size=1, api_key=API_KEY))
    assert len(pages) == 8  # 7 full pages of one, then an empty one
    assert len(fake.requests) == 8
    assert fake_time.now - started == pytest.approx(7 * 60 / 45)


def test_api_key_never_reaches_archive_or_logs(
    api: tuple[PatentSearchApi, str],
    tmp_path: Path,
    fake_time: FakeTime,
    caplog: pytest.LogCaptureFixture,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    fake, base = api
    monkeypatch.setenv(API_KEY_ENV, API_KEY)
    caplog.set_level(logging.DEBUG)
    with make_client(tmp_path, base, fake_time) as client:
        pages = list(iter_patents(client, since=date(2024, 1, 8), page_size=2))
    assert ids(pages) == ALL_IDS[3:]
    assert fake.requests[0]["headers"]["x-api-key"] == API_KEY  # read lazily from the environment
    raw = client.archive.folder
    stored = b"".join(p.read_bytes() for p in raw.rglob("*") if p.is_file())
    assert API_KEY.encode() not in stored
    assert API_KEY not in caplog.text
    assert "PatentSearch page 1" in caplog.text


def test_missing_key_fails_clearly_when_iteration_starts(
    api: tuple[PatentSearchApi, str], tmp_path: Path, fake_time: FakeTime, monkeypatch: pytest.MonkeyPatch
) -> None:
    fake, base = api
    monkeypatch.delenv(API_KEY_ENV, raising=False)
    monkeypatch.delenv("AIRFLOW_CONN_PATENTSEARCH", raising=False)
    with make_client(tmp_path, base, fake_time) as client:
        pages = iter_patents(client, since=date(2024, 1, 1))  # nothing read yet: a generator
        with pytest.raises(HttpAuthError) as info:
            next(pages)
    assert API_KEY_ENV in str(info.value)
    assert "'patentsearch'" in str(info.value)
    assert fake.requests == []


def test_api_key_from_airflow_connection(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("AIRFLOW_CONN_PATENTSEARCH", json.dumps({"conn_type": "http", "password": API_KEY}))
    assert read_api_key({}) == API_KEY
    assert read_api_key({API_KEY_ENV: "from-env-wins-0123456789"}) == "from-env-wins-0123456789"


def test_wrong_key_is_an_auth_error_with_the_api_reason(
    api: tuple[PatentSearchApi, str], tmp_path: Path, fake_time: FakeTime
) -> None:
    fake, base = api
    with make_client(tmp_path, base, fake_time) as client, pytest.raises(HttpAuthError) as info:
        list(iter_patents(client, since=date(2024, 1, 1), api_key="wrong-key-000000000000"))
    assert "Invalid API key" in str(info.value)
    assert "wrong-key" not in str(info.value)
    assert len(fake.requests) == 1  # not retried


def test_bad_request_reason_is_surfaced(api: tuple[PatentSearchApi, str], tmp_path: Path, fake_time: FakeTime) -> None:
    fake, base = api
    fake.status_reason = "Invalid field: patent_colour"
    with make_client(tmp_path, base, fake_time) as client, pytest.raises(SourceUnusable) as info:
        list(iter_patents(client, since=date(2024, 1, 1), fields=["patent_colour"], api_key=API_KEY))
    assert "HTTP 400: Invalid field: patent_colour" in str(info.value)


def test_resume_starts_at_watermark_and_drops_loaded_patents(
    api: tuple[PatentSearchApi, str], tmp_path: Path, fake_time: FakeTime
) -> None:
    fake, base = api
    # A previous run stopped in the middle of 2024-01-09: it had loaded 11864201 but not RE49876.
    with make_client(tmp_path, base, fake_time) as client:
        pages = list(
            resume_patents(
                client,
                watermark=date(2024, 1, 9),
                start=date(2000, 1, 1),
                known_ids={"11864201"},
                page_size=2,
                api_key=API_KEY,
            )
        )
    assert json.loads(fake.requests[0]["query"]["q"]) == {"_gte": {"patent_date": "2024-01-09"}}
    assert ids(pages) == ["RE49876", "11871050", "PP35612"]
    assert pages[0].count == 2  # the API's count; one of its rows was dropped as already loaded
    assert pages[-1].patents == [] and pages[-1].last_date is None  # the final, empty page
    watermark = None
    for page in pages:
        watermark = advance_watermark(watermark, page)
    assert watermark == date(2024, 1, 16)

    # Resuming again from the new watermark repeats only the boundary date, which is dropped.
    with make_client(tmp_path, base, fake_time) as client:
        again = list(
            resume_patents(
                client,
                watermark=watermark,
                start=date(2000, 1, 1),
                known_ids={"11871050", "PP35612"},
                api_key=API_KEY,
            )
        )
    assert ids(again) == []
    assert json.loads(fake.requests[-1]["query"]["q"]) == {"_gte": {"patent_date": "2024-01-16"}}


def test_first_run_without_watermark_starts_at_start(
    api: tuple[PatentSearchApi, str], tmp_path: Path, fake_time: FakeTime
) -> None:
    fake, base = api
    with make_client(tmp_path, base, fake_time) as client:
        pages = list(
            resume_patents(client, watermark=None, start=date(2024, 1, 3), until=date(2024, 1, 9), api_key=API_KEY)
        )
    assert ids(pages) == ["11864201", "RE49876"]
    assert json.loads(fake.requests[0]["query"]["q"])["_and"][0] == {"_gte": {"patent_date": "2024-01-03"}}


def test_offline_replay_needs_no_key_and_no_network(
    api: tuple[PatentSearchApi, str], tmp_path: Path, fake_time: FakeTime, monkeypatch: pytest.MonkeyPatch
) -> None:
    fake, base = api
    with make_client(tmp_path, base, fake_time) as client:
        online = list(iter_patents(client, since=date(2024, 1, 1), page_size=3, api_key=API_KEY))
    requests_online = len(fake.requests)
    monkeypatch.delenv(API_KEY_ENV, raising=False)
    with make_client(tmp_path, base, fake_time, offline=True) as client:
        offline = list(iter_patents(client, since=date(2024, 1, 1), page_size=3))
    assert ids(offline) == ids(online) == ALL_IDS
    assert len(fake.requests) == requests_online


def test_post_query_is_archived_without_its_body_or_key(
    api: tuple[PatentSearchApi, str], tmp_path: Path, fake_time: FakeTime, caplog: pytest.LogCaptureFixture
) -> None:
    # HttpClient.post, for callers that need the API's POST form (queries too long for a URL).
    fake, base = api
    caplog.set_level(logging.DEBUG)
    query = {
        "q": {"_gte": {"patent_date": "2024-01-16"}},
        "f": ["patent_id", "patent_date"],
        "s": SORT,
        "o": {"size": 10},
    }
    with make_client(tmp_path, base, fake_time) as client:
        doc = client.post(
            base + "/patent/",
            data=json.dumps(query).encode(),
            headers={"Content-Type": "application/json"},
            secret_headers={"X-Api-Key": API_KEY},
        )
        entries = client.archive.entries()
    assert ids([parse_page(doc.path.read_bytes())]) == ["11871050", "PP35612"]
    (request,) = fake.requests
    assert (request["headers"][":method"], request["headers"]["x-api-key"]) == ("POST", API_KEY)
    assert [(e.url, e.sha256) for e in entries] == [(base + "/patent/", doc.sha256)]
    manifest = client.archive.manifest_path.read_text()
    for secret_or_body in (API_KEY, "_gte", "2024-01-16"):
        assert secret_or_body not in manifest
        assert secret_or_body not in caplog.text
    assert f"POST {base}/patent/ -> 200" in caplog.text

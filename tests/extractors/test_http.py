"""HttpClient over real HTTP on loopback (SnapshotServer); no mocks of requests."""

from __future__ import annotations

import gzip
import hashlib
import json
import logging
import re
import threading
import time
from collections.abc import Callable
from email.utils import formatdate
from pathlib import Path

import pytest

from extractors.errors import (
    DownloadIncomplete,
    HttpAuthError,
    HttpNotFound,
    RetriesExhausted,
    RobotsDisallowed,
    SourceUnusable,
)
from extractors.http import HttpClient, RateLimiter, parse_retry_after
from landscape.settings import DEFAULT_USER_AGENT, Settings
from landscape.snapshot.server import ScriptedResponse, SnapshotServer
from tests.extractors.conftest import CSV_BODY, HTML_BODY, SleepRecorder

ClientFactory = Callable[..., HttpClient]
SECRET = "s3cr3t-api-key-value"


def archived_files(settings: Settings) -> list[Path]:
    folder = settings.raw_dir / "demo"
    return [p for p in folder.rglob("*") if p.is_file() and p.name != "manifest.jsonl"]


# -- basics ----------------------------------------------------------------------------------------


def test_fetch_archives_body_by_sha256_and_sends_project_user_agent(
    server: SnapshotServer, make_client: ClientFactory, settings: Settings
) -> None:
    client = make_client()
    doc = client.fetch(server.url + "/files/clusters.csv")

    sha = hashlib.sha256(CSV_BODY).hexdigest()
    assert doc.status == 200
    assert doc.changed is True
    assert doc.sha256 == sha
    assert doc.bytes == len(CSV_BODY)
    assert doc.path == settings.raw_dir / "demo" / sha[:2] / sha
    assert doc.path.read_bytes() == CSV_BODY
    assert doc.etag == f'"{sha}"'
    assert doc.last_modified is not None
    assert doc.content_type == "text/csv"
    assert doc.final_url == server.url + "/files/clusters.csv"
    (request,) = server.requests
    assert request.headers["user-agent"] == DEFAULT_USER_AGENT
    assert "ClusterLandscape" in request.headers["user-agent"]


def test_for_source_archives_under_settings_raw_dir(server: SnapshotServer, settings: Settings) -> None:
    with HttpClient.for_source("cordis", settings) as client:
        doc = client.fetch(server.url + "/page.html")
    assert doc.source == "cordis"
    assert doc.path.is_relative_to(settings.raw_dir / "cordis")
    assert (settings.raw_dir / "cordis" / "manifest.jsonl").exists()


def test_get_text_decodes_with_charset_and_still_archives(server: SnapshotServer, make_client: ClientFactory) -> None:
    server.script(
        "/page.html",
        [ScriptedResponse(200, {"Content-Type": "text/html; charset=latin-1"}, "Pôle".encode("latin-1"))],
    )
    client = make_client()
    assert client.get_text(server.url + "/page.html") == "Pôle"
    # Unscripted, the server sends no charset: UTF-8 is assumed.
    assert client.get_text(server.url + "/page.html") == HTML_BODY.decode("utf-8")
    assert len(client.archive.entries()) == 2


# -- retries and backoff ---------------------------------------------------------------------------


def test_5xx_is_retried_with_exponential_backoff(
    server: SnapshotServer, make_client: ClientFactory, sleeps: SleepRecorder
) -> None:
    path = "/files/clusters.csv"
    server.script(path, [ScriptedResponse(503), ScriptedResponse(502), ScriptedResponse(500)])
    doc = make_client().fetch(server.url + path)
    assert doc.path.read_bytes() == CSV_BODY
    assert sleeps.calls == [1.0, 2.0, 4.0]
    assert len(server.requests_to(path)) == 4


def test_retries_exhausted_names_url_and_last_status(
    server: SnapshotServer, make_client: ClientFactory, sleeps: SleepRecorder, settings: Settings
) -> None:
    path = "/files/clusters.csv"
    server.script(path, [ScriptedResponse(500)] * 5 + [ScriptedResponse(503)])
    client = make_client(max_retries=5, max_backoff=3.0)
    with pytest.raises(RetriesExhausted) as info:
        client.fetch(server.url + path)
    assert server.url + path in str(info.value)
    assert "HTTP 503" in str(info.value)
    assert sleeps.calls == [1.0, 2.0, 3.0, 3.0, 3.0]  # capped by max_backoff
    assert len(server.requests_to(path)) == 6  # one try + max_retries retries
    assert archived_files(settings) == []


def test_429_honours_retry_after_seconds_capped_by_max_backoff(
    server: SnapshotServer, make_client: ClientFactory, sleeps: SleepRecorder
) -> None:
    path = "/files/clusters.csv"
    server.script(
        path,
        [
            ScriptedResponse(429, {"Retry-After": "7"}),
            ScriptedResponse(503, {"Retry-After": "86400"}),
        ],
    )
    doc = make_client(max_backoff=60.0).fetch(server.url + path)
    assert doc.status == 200
    assert sleeps.calls == [7.0, 60.0]


def test_retry_after_http_date_is_honoured(
    server: SnapshotServer, make_client: ClientFactory, sleeps: SleepRecorder
) -> None:
    path = "/files/clusters.csv"
    server.script(path, [ScriptedResponse(503, {"Retry-After": formatdate(time.time() + 30, usegmt=True)})])
    make_client().fetch(server.url + path)
    (wait,) = sleeps.calls
    assert 27.0 <= wait <= 30.0


def test_parse_retry_after_forms() -> None:
    assert parse_retry_after("120") == 120.0
    assert parse_retry_after(None) is None
    assert parse_retry_after("soon") is None
    assert parse_retry_after("Wed, 21 Oct 2015 07:28:00 GMT") == 0.0  # in the past: no wait


def test_read_timeout_is_retried(server: SnapshotServer, make_client: ClientFactory, sleeps: SleepRecorder) -> None:
    path = "/files/clusters.csv"
    server.script(path, [ScriptedResponse(200, body=b"late", delay=0.6)])
    doc = make_client(read_timeout=0.2).fetch(server.url + path)
    assert doc.path.read_bytes() == CSV_BODY
    assert sleeps.calls == [1.0]


def test_dropped_connection_is_retried(
    server: SnapshotServer, make_client: ClientFactory, sleeps: SleepRecorder
) -> None:
    path = "/files/clusters.csv"
    server.script(path, [ScriptedResponse(200, drop=True)])
    doc = make_client().fetch(server.url + path)
    assert doc.path.read_bytes() == CSV_BODY
    assert sleeps.calls == [1.0]


def test_connection_refused_exhausts_retries(
    snapshot_root: Path, make_client: ClientFactory, sleeps: SleepRecorder
) -> None:
    with SnapshotServer(snapshot_root) as srv:
        url = srv.url + "/files/clusters.csv"
    # The port is now closed: every attempt is refused.
    with pytest.raises(RetriesExhausted) as info:
        make_client(max_retries=2).fetch(url)
    assert url in str(info.value)
    assert "ConnectionError" in str(info.value)
    assert sleeps.calls == [1.0, 2.0]


# -- non-retryable statuses ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("status", "error"),
    [(401, HttpAuthError), (403, HttpAuthError), (404, HttpNotFound), (410, HttpNotFound)],
)
def test_auth_and_gone_fail_immediately_without_leaking_secrets(
    status: int,
    error: type[SourceUnusable],
    server: SnapshotServer,
    make_client: ClientFactory,
    sleeps: SleepRecorder,
    settings: Settings,
    caplog: pytest.LogCaptureFixture,
) -> None:
    path = "/private/members.csv"
    server.script(path, [ScriptedResponse(status)])
    caplog.set_level(logging.DEBUG, logger="landscape")
    with pytest.raises(error) as info:
        make_client().fetch(server.url + path, secret_headers={"X-Api-Key": SECRET})
    message = str(info.value)
    assert server.url + path in message
    assert str(status) in message
    assert SECRET not in message
    assert SECRET not in caplog.text
    assert f"{server.url + path} -> {status}" in caplog.text
    assert sleeps.calls == []
    (request,) = server.requests_to(path)
    assert request.headers["x-api-key"] == SECRET  # it was sent, just never echoed
    assert archived_files(settings) == []


@pytest.mark.parametrize("status", [400, 418, 451])
def test_other_4xx_is_source_unusable(status: int, server: SnapshotServer, make_client: ClientFactory) -> None:
    path = "/files/clusters.csv"
    server.script(path, [ScriptedResponse(status)])
    with pytest.raises(SourceUnusable) as info:
        make_client().fetch(server.url + path)
    assert type(info.value) is SourceUnusable
    assert f"HTTP {status}" in str(info.value)
    assert len(server.requests_to(path)) == 1


def test_secret_headers_never_reach_archive_or_logs(
    server: SnapshotServer, make_client: ClientFactory, settings: Settings, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG, logger="landscape")
    client = make_client()
    doc = client.fetch(
        server.url + "/files/clusters.csv",
        secret_headers={"Authorization": f"Bearer {SECRET}"},
        headers={"Accept": "text/csv"},
    )
    request = server.requests_to("/files/clusters.csv")[0]
    assert request.headers["authorization"] == f"Bearer {SECRET}"
    assert request.headers["accept"] == "text/csv"
    manifest = (settings.raw_dir / "demo" / "manifest.jsonl").read_text()
    assert SECRET not in manifest
    assert "Authorization" not in manifest and "text/csv," not in manifest
    assert SECRET not in caplog.text
    assert doc.changed


def test_secret_headers_dropped_on_cross_origin_redirect(server: SnapshotServer, make_client: ClientFactory) -> None:
    other_origin = server.url.replace("127.0.0.1", "localhost")
    server.script("/same", [ScriptedResponse(302, {"Location": "/files/clusters.csv"})])
    server.script("/away", [ScriptedResponse(301, {"Location": other_origin + "/page.html"})])
    client = make_client()

    same = client.fetch(server.url + "/same", secret_headers={"X-Api-Key": SECRET})
    away = client.fetch(server.url + "/away", secret_headers={"X-Api-Key": SECRET})

    assert same.final_url == server.url + "/files/clusters.csv"
    assert same.url == server.url + "/same"
    assert server.requests_to("/files/clusters.csv")[0].headers.get("x-api-key") == SECRET
    assert away.final_url == other_origin + "/page.html"
    assert away.path.read_bytes() == HTML_BODY
    assert "x-api-key" not in server.requests_to("/page.html")[0].headers


# -- conditional GET -------------------------------------------------------------------------------


def test_conditional_get_304_reuses_archived_body(
    server: SnapshotServer, make_client: ClientFactory, settings: Settings
) -> None:
    url = server.url + "/files/clusters.csv"
    client = make_client()
    first = client.fetch(url)
    second = client.fetch(url)

    first_request, second_request = server.requests_to("/files/clusters.csv")
    assert "if-none-match" not in first_request.headers
    assert second_request.headers["if-none-match"] == first.etag
    assert second_request.headers["if-modified-since"] == first.last_modified
    assert second.status == 304
    assert second.changed is False
    assert second.path == first.path
    assert second.sha256 == first.sha256
    entries = client.archive.entries()
    assert [e.status for e in entries] == [200, 304]
    assert [e.changed for e in entries] == [True, False]
    assert len(archived_files(settings)) == 1


def test_if_modified_since_alone_gives_304(server: SnapshotServer, make_client: ClientFactory) -> None:
    url = server.url + "/files/clusters.csv"
    # First answer without an ETag: only Last-Modified can make the next request conditional.
    server.script(
        "/files/clusters.csv",
        [ScriptedResponse(200, {"Last-Modified": formatdate(time.time(), usegmt=True)}, CSV_BODY)],
    )
    client = make_client()
    first = client.fetch(url)
    second = client.fetch(url)
    request = server.requests_to("/files/clusters.csv")[1]
    assert "if-none-match" not in request.headers
    assert request.headers["if-modified-since"] == first.last_modified
    assert (second.status, second.changed) == (304, False)


def test_same_body_without_validators_is_unchanged(server: SnapshotServer, make_client: ClientFactory) -> None:
    url = server.url + "/files/clusters.csv"
    server.script("/files/clusters.csv", [ScriptedResponse(200, body=CSV_BODY)] * 2)
    client = make_client()
    first = client.fetch(url)
    second = client.fetch(url)
    assert (first.changed, second.changed) == (True, False)
    assert second.status == 200
    assert second.path == first.path


def test_changed_file_is_downloaded_again(
    server: SnapshotServer, snapshot_root: Path, make_client: ClientFactory
) -> None:
    url = server.url + "/files/clusters.csv"
    client = make_client()
    first = client.fetch(url)
    (snapshot_root / "files" / "clusters.csv").write_bytes(CSV_BODY + b"3;Minalogic\n")
    second = client.fetch(url)
    assert second.status == 200
    assert second.changed is True
    assert second.sha256 != first.sha256
    assert first.path.read_bytes() == CSV_BODY  # history is kept
    assert client.archive.latest(url) == second


def test_unconditional_fetch_sends_no_validators(server: SnapshotServer, make_client: ClientFactory) -> None:
    url = server.url + "/files/clusters.csv"
    client = make_client()
    client.fetch(url)
    again = client.fetch(url, conditional=False)
    request = server.requests_to("/files/clusters.csv")[1]
    assert "if-none-match" not in request.headers
    assert "if-modified-since" not in request.headers
    assert (again.status, again.changed) == (200, False)


# -- streaming, size checks, progress -------------------------------------------------------------


def test_large_download_streams_in_chunks_with_progress(
    server: SnapshotServer, snapshot_root: Path, make_client: ClientFactory
) -> None:
    body = (snapshot_root / "files" / "big.bin").read_bytes()
    calls: list[tuple[int, int | None]] = []
    doc = make_client().fetch(server.url + "/files/big.bin", progress=lambda done, total: calls.append((done, total)))
    assert doc.sha256 == hashlib.sha256(body).hexdigest()
    assert doc.bytes == len(body)
    assert len(calls) >= 4  # 3 MiB + a bit, in 1 MiB chunks
    assert calls[-1] == (len(body), len(body))
    assert [done for done, _ in calls] == sorted(done for done, _ in calls)


def test_cut_download_raises_and_archives_nothing(
    server: SnapshotServer, make_client: ClientFactory, settings: Settings
) -> None:
    path = "/files/clusters.csv"
    server.script(path, [ScriptedResponse(200, body=CSV_BODY, truncate_to=10)])
    client = make_client()
    with pytest.raises(DownloadIncomplete) as info:
        client.fetch(server.url + path)
    assert server.url + path in str(info.value)
    assert archived_files(settings) == []  # temp file removed too
    assert client.archive.entries() == []


def test_max_bytes_from_content_length(server: SnapshotServer, make_client: ClientFactory, settings: Settings) -> None:
    with pytest.raises(DownloadIncomplete) as info:
        make_client().fetch(server.url + "/files/big.bin", max_bytes=1024 * 1024)
    assert "cap" in str(info.value)
    assert archived_files(settings) == []


def test_max_bytes_while_streaming_decoded_body(
    server: SnapshotServer, make_client: ClientFactory, settings: Settings
) -> None:
    # gzip: the Content-Length (compressed) is under the cap, the decoded body is not.
    payload = b"a" * 200_000
    compressed = gzip.compress(payload)
    server.script("/files/z.csv", [ScriptedResponse(200, {"Content-Encoding": "gzip"}, compressed)])
    with pytest.raises(DownloadIncomplete):
        make_client().fetch(server.url + "/files/z.csv", max_bytes=10_000)
    assert archived_files(settings) == []


def test_gzip_body_is_archived_decoded(server: SnapshotServer, make_client: ClientFactory) -> None:
    payload = b"id;name\n" * 10_000
    server.script("/files/z.csv", [ScriptedResponse(200, {"Content-Encoding": "gzip"}, gzip.compress(payload))])
    doc = make_client().fetch(server.url + "/files/z.csv")
    assert doc.path.read_bytes() == payload
    assert doc.bytes == len(payload)


# -- robots.txt ------------------------------------------------------------------------------------


def test_robots_disallowed_path_is_never_requested(
    server: SnapshotServer, snapshot_root: Path, make_client: ClientFactory
) -> None:
    (snapshot_root / "robots.txt").write_text(
        "User-agent: *\nDisallow: /\n\nUser-agent: ClusterLandscape\nDisallow: /private/\n"
    )
    client = make_client(respect_robots=True)
    client.fetch(server.url + "/files/clusters.csv")
    client.fetch(server.url + "/page.html")
    with pytest.raises(RobotsDisallowed) as info:
        client.fetch(server.url + "/private/members.csv")
    assert "/private/members.csv" in str(info.value)
    assert server.requests_to("/private/members.csv") == []
    robots = server.requests_to("/robots.txt")
    assert len(robots) == 1  # once per host
    assert robots[0].headers["user-agent"] == DEFAULT_USER_AGENT


def test_robots_not_consulted_by_default(
    server: SnapshotServer, snapshot_root: Path, make_client: ClientFactory
) -> None:
    (snapshot_root / "robots.txt").write_text("User-agent: *\nDisallow: /\n")
    make_client().fetch(server.url + "/page.html")
    assert server.requests_to("/robots.txt") == []


def test_robots_404_allows_everything(server: SnapshotServer, make_client: ClientFactory) -> None:
    doc = make_client(respect_robots=True).fetch(server.url + "/private/members.csv")
    assert doc.status == 200
    assert len(server.requests_to("/robots.txt")) == 1


def test_robots_5xx_means_disallow_all(server: SnapshotServer, make_client: ClientFactory) -> None:
    server.script("/robots.txt", [ScriptedResponse(503)])
    client = make_client(respect_robots=True)
    with pytest.raises(RobotsDisallowed) as info:
        client.fetch(server.url + "/page.html")
    assert "503" in str(info.value)
    assert "RFC 9309" in str(info.value)
    assert server.requests_to("/page.html") == []


def test_robots_with_secret_headers_sends_no_secret_to_robots(
    server: SnapshotServer, make_client: ClientFactory
) -> None:
    make_client(respect_robots=True).fetch(server.url + "/page.html", secret_headers={"X-Api-Key": SECRET})
    assert "x-api-key" not in server.requests_to("/robots.txt")[0].headers
    assert server.requests_to("/page.html")[0].headers["x-api-key"] == SECRET


# -- rate limit ------------------------------------------------------------------------------------


def test_rate_limit_spaces_requests_to_one_host(server: SnapshotServer, make_client: ClientFactory) -> None:
    client = make_client(requests_per_second=20.0, sleep=time.sleep)
    started = time.monotonic()
    for _ in range(5):
        client.fetch(server.url + "/page.html", conditional=False)
    assert time.monotonic() - started >= 0.2  # 4 gaps of 50 ms


def test_rate_limit_is_thread_safe(server: SnapshotServer, make_client: ClientFactory) -> None:
    client = make_client(requests_per_second=20.0, sleep=time.sleep)
    stamps: list[float] = []
    lock = threading.Lock()

    def worker() -> None:
        for _ in range(2):
            client.fetch(server.url + "/page.html", conditional=False)
            with lock:
                stamps.append(time.monotonic())

    started = time.monotonic()
    threads = [threading.Thread(target=worker) for _ in range(3)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert len(stamps) == 6
    assert max(stamps) - started >= 0.25  # 6 requests at 20/s: 5 gaps of 50 ms


def test_rate_limit_is_per_host(server: SnapshotServer, make_client: ClientFactory) -> None:
    # 127.0.0.1 and localhost are two hosts to the limiter (same server behind them).
    other = server.url.replace("127.0.0.1", "localhost")
    client = make_client(requests_per_second=2.0, sleep=time.sleep)
    started = time.monotonic()
    for base in (server.url, other, server.url, other):
        client.fetch(base + "/page.html", conditional=False)
    elapsed = time.monotonic() - started
    assert 0.45 <= elapsed < 1.2  # one shared limit would need 1.5 s


def test_rate_limiter_uses_injected_sleep() -> None:
    recorder = SleepRecorder()
    now = [100.0]
    limiter = RateLimiter(4.0, recorder, clock=lambda: now[0])
    for _ in range(3):
        limiter.wait("example.org")
    limiter.wait("other.org")
    assert recorder.calls == [0.25, 0.5]
    with pytest.raises(ValueError):
        RateLimiter(0.0, recorder)


# -- offline ---------------------------------------------------------------------------------------


def test_offline_replays_archive_without_network(snapshot_root: Path, make_client: ClientFactory) -> None:
    with SnapshotServer(snapshot_root) as srv:
        url = srv.url + "/files/clusters.csv"
        online = make_client().fetch(url)
        seen = len(srv.requests)
    # The server is gone: any network use would fail.
    offline = make_client(offline=True).fetch(url)
    assert seen == 1
    assert offline.changed is False
    assert offline.sha256 == online.sha256
    assert offline.path.read_bytes() == CSV_BODY


def test_offline_without_archive_is_source_unusable(server: SnapshotServer, make_client: ClientFactory) -> None:
    url = server.url + "/files/clusters.csv"
    with pytest.raises(SourceUnusable) as info:
        make_client(offline=True).fetch(url)
    assert "no archived copy of" in str(info.value)
    assert url in str(info.value)
    assert server.requests == []


# -- logging ---------------------------------------------------------------------------------------


def test_log_names_url_status_bytes_and_seconds(
    server: SnapshotServer, make_client: ClientFactory, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.INFO, logger="landscape.http")
    url = server.url + "/files/clusters.csv"
    make_client().fetch(url, headers={"X-Trace": "visible-only-on-the-wire"})
    (record,) = [r for r in caplog.records if r.name == "landscape.http"]
    message = record.getMessage()
    assert url in message
    assert "200" in message
    assert f"{len(CSV_BODY)} bytes" in message
    assert re.search(r"in \d+\.\d\ds", message)
    assert "visible-only-on-the-wire" not in caplog.text


def test_manifest_line_is_plain_json_with_relative_path(
    server: SnapshotServer, make_client: ClientFactory, settings: Settings
) -> None:
    doc = make_client().fetch(server.url + "/files/clusters.csv")
    (line,) = (settings.raw_dir / "demo" / "manifest.jsonl").read_text().splitlines()
    record = json.loads(line)
    assert record["path"] == f"{doc.sha256[:2]}/{doc.sha256}"
    assert record["status"] == 200
    assert record["url"] == server.url + "/files/clusters.csv"

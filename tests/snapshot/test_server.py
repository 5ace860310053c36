"""SnapshotServer: static serving with validators, path safety, scripting, and its CLI."""

from __future__ import annotations

import hashlib
import http.client
import os
import signal
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from email.utils import formatdate, parsedate_to_datetime
from pathlib import Path
from urllib.parse import urlsplit

import pytest

from landscape.snapshot.server import ScriptedResponse, SnapshotServer

REPO = Path(__file__).resolve().parents[2]
CSV = b"id;name\n1;Aerospace Valley\n"


@pytest.fixture
def root(tmp_path: Path) -> Path:
    root = tmp_path / "site"
    (root / "data").mkdir(parents=True)
    (root / "data" / "clusters.csv").write_bytes(CSV)
    (root / "docs").mkdir()
    (root / "docs" / "index.html").write_bytes(b"<html>index</html>")
    (root / "empty").mkdir()
    (root / "list?page=2").write_bytes(b"page two")
    (root / "list").write_bytes(b"page one")
    (tmp_path / "outside.txt").write_bytes(b"do not serve")
    (root / "link.txt").symlink_to(tmp_path / "outside.txt")
    return root


@pytest.fixture
def server(root: Path) -> Iterator[SnapshotServer]:
    with SnapshotServer(root) as srv:
        yield srv


def connect(url: str, timeout: float = 5) -> http.client.HTTPConnection:
    parts = urlsplit(url)
    assert parts.hostname is not None and parts.port is not None
    return http.client.HTTPConnection(parts.hostname, parts.port, timeout=timeout)


def request(
    server: SnapshotServer, path: str, method: str = "GET", headers: dict[str, str] | None = None
) -> tuple[int, dict[str, str], bytes]:
    """Send one raw request (http.client does not normalise paths, so escapes reach the server)."""
    conn = connect(server.url)
    try:
        conn.request(method, path, headers=headers or {})
        response = conn.getresponse()
        body = response.read()
        return response.status, {k.lower(): v for k, v in response.getheaders()}, body
    finally:
        conn.close()


def test_serves_file_with_length_type_and_validators(server: SnapshotServer, root: Path) -> None:
    status, headers, body = request(server, "/data/clusters.csv")
    assert status == 200
    assert body == CSV
    assert headers["content-length"] == str(len(CSV))
    assert headers["content-type"] == "text/csv"
    assert headers["etag"] == f'"{hashlib.sha256(CSV).hexdigest()}"'
    mtime = (root / "data" / "clusters.csv").stat().st_mtime
    assert parsedate_to_datetime(headers["last-modified"]).timestamp() == int(mtime)


def test_head_sends_headers_without_body(server: SnapshotServer) -> None:
    status, headers, body = request(server, "/data/clusters.csv", method="HEAD")
    assert status == 200
    assert headers["content-length"] == str(len(CSV))
    assert body == b""
    assert server.requests[-1].method == "HEAD"


def test_if_none_match_gives_304(server: SnapshotServer) -> None:
    _, headers, _ = request(server, "/data/clusters.csv")
    status, headers304, body = request(server, "/data/clusters.csv", headers={"If-None-Match": headers["etag"]})
    assert status == 304
    assert body == b""
    assert headers304["etag"] == headers["etag"]
    status, _, _ = request(server, "/data/clusters.csv", headers={"If-None-Match": '"something-else"'})
    assert status == 200


def test_if_modified_since_gives_304_unless_file_is_newer(server: SnapshotServer, root: Path) -> None:
    _, headers, _ = request(server, "/data/clusters.csv")
    status, _, _ = request(server, "/data/clusters.csv", headers={"If-Modified-Since": headers["last-modified"]})
    assert status == 304
    older = formatdate(time.time() - 3600, usegmt=True)
    os.utime(root / "data" / "clusters.csv", (time.time(), time.time()))
    status, _, body = request(server, "/data/clusters.csv", headers={"If-Modified-Since": older})
    assert (status, body) == (200, CSV)


def test_etag_changes_when_file_changes(server: SnapshotServer, root: Path) -> None:
    _, before, _ = request(server, "/data/clusters.csv")
    (root / "data" / "clusters.csv").write_bytes(CSV + b"2;Minalogic\n")
    status, after, body = request(server, "/data/clusters.csv", headers={"If-None-Match": before["etag"]})
    assert status == 200
    assert after["etag"] != before["etag"]
    assert body.endswith(b"Minalogic\n")


@pytest.mark.parametrize(
    "path",
    [
        "/../outside.txt",
        "/data/../../outside.txt",
        "/%2e%2e/outside.txt",
        "/link.txt",
        "/missing.csv",
        "/empty/",
    ],
)
def test_no_escape_no_listing_no_missing(server: SnapshotServer, path: str) -> None:
    status, _, body = request(server, path)
    assert status == 404
    assert b"do not serve" not in body


def test_directory_with_index_serves_index(server: SnapshotServer) -> None:
    status, headers, body = request(server, "/docs/")
    assert (status, body) == (200, b"<html>index</html>")
    assert headers["content-type"] == "text/html"


def test_query_string_maps_to_snapshotted_page(server: SnapshotServer) -> None:
    assert request(server, "/list?page=2")[2] == b"page two"
    assert request(server, "/list")[2] == b"page one"
    assert request(server, "/list?page=9")[2] == b"page one"  # unknown query: the plain page


def test_robots_txt_is_404_unless_present(server: SnapshotServer, root: Path) -> None:
    assert request(server, "/robots.txt")[0] == 404
    (root / "robots.txt").write_text("User-agent: *\nDisallow: /private/\n")
    status, _, body = request(server, "/robots.txt")
    assert status == 200
    assert b"Disallow: /private/" in body


def test_scripted_responses_come_first_then_normal_serving(server: SnapshotServer) -> None:
    server.script(
        "/data/clusters.csv",
        [ScriptedResponse(503, {"Retry-After": "3"}), ScriptedResponse(200, {"X-Test": "yes"}, b"scripted")],
    )
    first = request(server, "/data/clusters.csv")
    second = request(server, "/data/clusters.csv")
    third = request(server, "/data/clusters.csv")
    assert (first[0], first[1]["retry-after"]) == (503, "3")
    assert (second[0], second[1]["x-test"], second[2]) == (200, "yes", b"scripted")
    assert (third[0], third[2]) == (200, CSV)


def test_truncated_response_announces_more_than_it_sends(server: SnapshotServer) -> None:
    server.script("/cut.bin", [ScriptedResponse(200, body=b"0123456789", truncate_to=4)])
    conn = connect(server.url)
    try:
        conn.request("GET", "/cut.bin")
        response = conn.getresponse()
        assert response.getheader("Content-Length") == "10"
        with pytest.raises(http.client.IncompleteRead) as info:
            response.read()
        assert info.value.partial == b"0123"
    finally:
        conn.close()


def test_dropped_and_delayed_scripted_responses(server: SnapshotServer) -> None:
    server.script("/x", [ScriptedResponse(200, drop=True), ScriptedResponse(200, body=b"ok", delay=0.2)])
    with pytest.raises(http.client.RemoteDisconnected):
        request(server, "/x")
    started = time.monotonic()
    assert request(server, "/x")[2] == b"ok"
    assert time.monotonic() - started >= 0.2


def test_requests_are_recorded_with_headers_and_thread_safe(server: SnapshotServer) -> None:
    def worker() -> None:
        for _ in range(10):
            request(server, "/data/clusters.csv", headers={"User-Agent": "tester/1"})

    threads = [threading.Thread(target=worker) for _ in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    recorded = server.requests_to("/data/clusters.csv")
    assert len(recorded) == 40
    assert all(r.headers["user-agent"] == "tester/1" and r.method == "GET" for r in recorded)
    server.clear_requests()
    assert server.requests == []


def test_stop_refuses_further_connections(root: Path) -> None:
    srv = SnapshotServer(root).start()
    url = srv.url
    assert request(srv, "/data/clusters.csv")[0] == 200
    srv.stop()
    with pytest.raises(ConnectionRefusedError):
        connect(url, timeout=2).request("GET", "/")
    with pytest.raises(RuntimeError):
        _ = srv.url


def test_cli_serves_until_interrupted(root: Path) -> None:
    proc = subprocess.Popen(
        [sys.executable, "-m", "landscape.snapshot.server", str(root), "--port", "0"],
        cwd=REPO,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        assert proc.stdout is not None
        line = proc.stdout.readline()
        assert "http://127.0.0.1:" in line
        conn = connect(line.split(" at ")[-1].strip())
        conn.request("GET", "/data/clusters.csv")
        assert conn.getresponse().read() == CSV
        conn.close()
        proc.send_signal(signal.SIGINT)
        assert proc.wait(timeout=10) == 0
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()

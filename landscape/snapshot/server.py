"""A loopback HTTP server for a snapshot folder laid out like the live sites.

The build machines have no internet, so the demo, the tests and the benchmark point each source's
base URL at this server instead. It behaves like a well-configured static file host: GET and HEAD,
Content-Length, Content-Type, a strong ETag (sha256 of the file), Last-Modified, and 304 answers to
``If-None-Match`` / ``If-Modified-Since``; ``/robots.txt`` is whatever file the snapshot holds (404
if none). Tests can *script* the next responses for a path (errors, ``Retry-After``, cut downloads,
stalls, dropped connections) and inspect every request it received.

Run it by hand with ``python -m landscape.snapshot.server ROOT --port 8000``.
"""

from __future__ import annotations

import argparse
import contextlib
import hashlib
import logging
import mimetypes
import shutil
import socket
import threading
import time
from collections import deque
from collections.abc import Sequence
from dataclasses import dataclass, field
from email.utils import formatdate, parsedate_to_datetime
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any
from urllib.parse import unquote, urlsplit

log = logging.getLogger("landscape.snapshot")


@dataclass(frozen=True)
class RecordedRequest:
    """One request as received. ``headers`` keys are lower-cased (HTTP names are case-insensitive)."""

    method: str
    path: str  # decoded path, without the query string
    query: str
    headers: dict[str, str]


@dataclass
class ScriptedResponse:
    """A canned answer for the next request to a path.

    ``truncate_to``: announce ``Content-Length: len(body)`` but send only that many bytes, then close
    the connection (a cut download). ``delay``: wait that many seconds before answering (a stalled
    server, to exercise read timeouts). ``drop``: close the connection without any response.
    """

    status: int
    headers: dict[str, str] = field(default_factory=dict)
    body: bytes = b""
    truncate_to: int | None = None
    delay: float = 0.0
    drop: bool = False


@dataclass(frozen=True)
class _FileInfo:
    path: Path
    size: int
    mtime: float
    etag: str


class _ETagCache:
    """sha256 ETags keyed by (path, mtime_ns, size), so a changed file gets a new tag."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._tags: dict[tuple[Path, int, int], str] = {}

    def info(self, path: Path) -> _FileInfo:
        stat = path.stat()
        key = (path, stat.st_mtime_ns, stat.st_size)
        with self._lock:
            tag = self._tags.get(key)
        if tag is None:
            digest = hashlib.sha256()
            with path.open("rb") as fh:
                for block in iter(lambda: fh.read(1024 * 1024), b""):
                    digest.update(block)
            tag = f'"{digest.hexdigest()}"'
            with self._lock:
                self._tags[key] = tag
        return _FileInfo(path, stat.st_size, stat.st_mtime, tag)


class _Server(ThreadingHTTPServer):
    daemon_threads = True
    allow_reuse_address = True

    def __init__(self, address: tuple[str, int], owner: SnapshotServer) -> None:
        self.owner = owner
        self.open_sockets: set[socket.socket] = set()
        self.sockets_lock = threading.Lock()
        super().__init__(address, _Handler)

    def process_request(self, request: Any, client_address: Any) -> None:
        with self.sockets_lock:
            self.open_sockets.add(request)
        super().process_request(request, client_address)

    def shutdown_request(self, request: Any) -> None:
        with self.sockets_lock:
            self.open_sockets.discard(request)
        super().shutdown_request(request)

    def close_open_sockets(self) -> None:
        """Cut keep-alive connections, so a stopped server really refuses further requests."""
        with self.sockets_lock:
            sockets = list(self.open_sockets)
        for sock in sockets:
            # OSError: already closed by the client or the handler.
            with contextlib.suppress(OSError):
                sock.shutdown(socket.SHUT_RDWR)

    def handle_error(self, request: Any, client_address: Any) -> None:
        # Clients hanging up mid-response (size caps, timeouts) are expected in tests: stay quiet.
        log.debug("error while serving %s", client_address, exc_info=True)


class _Handler(BaseHTTPRequestHandler):
    # Headers and body go out in separate writes; with Nagle's algorithm on, each response waits for
    # the client's delayed ACK (about 40 ms), which made a 1,400-page scrape take a minute.
    disable_nagle_algorithm = True

    # HTTP/1.1 keeps connections alive, like real file hosts; every response sets Content-Length.
    protocol_version = "HTTP/1.1"
    server: _Server

    def do_GET(self) -> None:
        self._serve(send_body=True)

    def do_HEAD(self) -> None:
        self._serve(send_body=False)

    def log_message(self, format: str, *args: Any) -> None:
        log.debug("%s - " + format, self.address_string(), *args)

    def _serve(self, *, send_body: bool) -> None:
        owner = self.server.owner
        parts = urlsplit(self.path)
        path = unquote(parts.path)
        owner._record(RecordedRequest(self.command, path, parts.query, {k.lower(): v for k, v in self.headers.items()}))
        # A script for "path?query" (one listing page) wins over one for the bare path.
        scripted = (owner._next_scripted(f"{path}?{parts.query}") if parts.query else None) or owner._next_scripted(
            path
        )
        if scripted is not None:
            self._send_scripted(scripted, send_body)
            return
        file = owner._resolve(path, parts.query)
        if file is None:
            self._send_plain(404, b"not found\n", send_body)
            return
        info = owner._etags.info(file)
        if self._not_modified(info):
            self.send_response(304)
            self._validator_headers(info)
            self.send_header("Content-Length", "0")
            self.end_headers()
            return
        self.send_response(200)
        self.send_header("Content-Type", _content_type(file))
        self.send_header("Content-Length", str(info.size))
        self._validator_headers(info)
        self.end_headers()
        if send_body:
            with file.open("rb") as fh:
                shutil.copyfileobj(fh, self.wfile, 1024 * 1024)

    def _validator_headers(self, info: _FileInfo) -> None:
        self.send_header("ETag", info.etag)
        self.send_header("Last-Modified", formatdate(info.mtime, usegmt=True))

    def _not_modified(self, info: _FileInfo) -> bool:
        # RFC 9110 §13.2.2: If-None-Match takes precedence; If-Modified-Since is ignored when present.
        if_none_match = self.headers.get("If-None-Match")
        if if_none_match is not None:
            tags = [t.strip().removeprefix("W/") for t in if_none_match.split(",")]
            return "*" in tags or info.etag in tags
        if_modified_since = self.headers.get("If-Modified-Since")
        if if_modified_since is None:
            return False
        try:
            since = parsedate_to_datetime(if_modified_since).timestamp()
        except (TypeError, ValueError):
            return False  # an unparsable date is ignored (RFC 9110 §13.1.3)
        return int(info.mtime) <= since  # Last-Modified has one-second resolution

    def _send_scripted(self, scripted: ScriptedResponse, send_body: bool) -> None:
        if scripted.delay:
            time.sleep(scripted.delay)
        if scripted.drop:
            self.close_connection = True
            return
        self.send_response(scripted.status)
        headers = {k.lower(): (k, v) for k, v in scripted.headers.items()}
        for name, value in headers.values():
            self.send_header(name, value)
        if "content-length" not in headers:
            self.send_header("Content-Length", str(len(scripted.body)))
        if scripted.truncate_to is not None:
            self.close_connection = True
        self.end_headers()
        if send_body and scripted.status != 304:
            end = len(scripted.body) if scripted.truncate_to is None else scripted.truncate_to
            self.wfile.write(scripted.body[:end])

    def _send_plain(self, status: int, body: bytes, send_body: bool) -> None:
        self.send_response(status)
        self.send_header("Content-Type", "text/plain; charset=utf-8")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        if send_body:
            self.wfile.write(body)


def _content_type(path: Path) -> str:
    guessed, _ = mimetypes.guess_type(path.name)
    return guessed or "application/octet-stream"


class SnapshotServer:
    """Serve ``root`` on loopback in a background thread. Use as a context manager."""

    def __init__(self, root: Path, host: str = "127.0.0.1", port: int = 0) -> None:
        self.root = Path(root).resolve()
        self.host = host
        self.port = port
        self._etags = _ETagCache()
        self._lock = threading.Lock()
        self._requests: list[RecordedRequest] = []
        self._scripts: dict[str, deque[ScriptedResponse]] = {}
        self._server: _Server | None = None
        self._thread: threading.Thread | None = None

    # -- lifecycle ---------------------------------------------------------------------------------

    def start(self) -> SnapshotServer:
        if self._server is not None:
            raise RuntimeError("server already started")
        if not self.root.is_dir():
            raise FileNotFoundError(f"snapshot root {self.root} is not a directory")
        self._server = _Server((self.host, self.port), self)
        self.port = self._server.server_address[1]
        self._thread = threading.Thread(
            target=self._server.serve_forever,
            # A short poll interval makes stop() return quickly; tests start and stop many servers.
            kwargs={"poll_interval": 0.05},
            name=f"snapshot:{self.port}",
            daemon=True,
        )
        self._thread.start()
        return self

    def stop(self) -> None:
        if self._server is None:
            return
        self._server.shutdown()
        self._server.close_open_sockets()
        self._server.server_close()
        if self._thread is not None:
            self._thread.join(timeout=5)
        self._server = None
        self._thread = None

    def __enter__(self) -> SnapshotServer:
        return self.start()

    def __exit__(self, *exc_info: object) -> None:
        self.stop()

    @property
    def url(self) -> str:
        """Base URL without a trailing slash, e.g. ``http://127.0.0.1:43121``."""
        if self._server is None:
            raise RuntimeError("server not started")
        return f"http://{self.host}:{self.port}"

    # -- scripting and inspection --------------------------------------------------------------------

    @property
    def requests(self) -> list[RecordedRequest]:
        """A copy of every request received so far, in arrival order."""
        with self._lock:
            return list(self._requests)

    def requests_to(self, path: str) -> list[RecordedRequest]:
        """The recorded requests whose path equals ``path``."""
        return [r for r in self.requests if r.path == path]

    def clear_requests(self) -> None:
        with self._lock:
            self._requests.clear()

    def script(self, path: str, responses: Sequence[ScriptedResponse]) -> None:
        """The next ``len(responses)`` requests to ``path`` get these answers, then normal serving.

        ``path`` may carry a query (``/list?page=2``) to script one page of a paginated listing."""
        with self._lock:
            self._scripts.setdefault(path, deque()).extend(responses)

    def _record(self, request: RecordedRequest) -> None:
        with self._lock:
            self._requests.append(request)

    def _next_scripted(self, path: str) -> ScriptedResponse | None:
        with self._lock:
            queue = self._scripts.get(path)
            return queue.popleft() if queue else None

    def _resolve(self, path: str, query: str) -> Path | None:
        """The file for a request path, or None (missing, a directory without index, or outside root)."""
        if "\x00" in path or any(part == ".." for part in path.split("/")):
            return None
        relative = path.lstrip("/")
        # Paginated pages are snapshotted as files named with their query ("list?page=2").
        candidates = [f"{relative}?{query}"] if query else []
        candidates.append(relative)
        for candidate in candidates:
            file = (self.root / candidate).resolve()
            if file.is_dir():
                file = file / "index.html"
            # resolve() follows symlinks too, so a link pointing outside the snapshot is refused.
            if file.is_file() and file.is_relative_to(self.root):
                return file
        return None


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Serve a snapshot folder over HTTP on loopback.")
    parser.add_argument("root", type=Path, help="snapshot folder laid out like the live sites")
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--port", type=int, default=8000, help="0 picks a free port")
    args = parser.parse_args(argv)
    server = SnapshotServer(args.root, args.host, args.port).start()
    # The URL goes to stdout (flushed) so scripts can read it when --port 0 picked the port.
    print(f"serving {server.root} at {server.url}", flush=True)
    try:
        threading.Event().wait()
    except KeyboardInterrupt:
        pass
    finally:
        server.stop()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

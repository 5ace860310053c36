"""The one HTTP client every source uses (DESIGN.md §3, convention 2).

It owns everything a polite, reproducible fetch needs, so source modules never do:

* one ``requests.Session`` with a User-Agent naming the project and (connect, read) timeouts;
* retries with exponential backoff on connection errors, timeouts, 429 and 5xx, honouring
  ``Retry-After``; immediate, clear failures on 401/403 (auth), 404/410 (gone) and other 4xx;
* conditional GET from the raw archive (``If-None-Match`` / ``If-Modified-Since``), so an unchanged
  upstream costs one small request and is reported as ``changed=False``;
* streaming downloads to the archive with the sha256 computed on the fly, checked against
  ``Content-Length`` and an optional size cap;
* robots.txt (opt-in per source) and a per-host rate limit, which a source may tighten for its host
  (``set_host_rate``: an API's published per-key limit);
* an offline mode that replays the archive and never touches the network;
* POST for APIs that need it (query endpoints, OAuth token requests), and an ``on_response`` hook that
  lets an API client read response headers and error bodies (throttling state, "token expired")
  before the client acts on the status.

Secrets are passed separately (``secret_headers``) and never appear in logs, error messages or the
archive; they are also dropped when a redirect leaves the origin they were meant for. Request bodies
are never logged or archived either (they may hold credentials), and a response that *is* a
credential (an OAuth access token) is read with ``request_secret``, which keeps it out of the archive.
"""

from __future__ import annotations

import hashlib
import logging
import math
import os
import tempfile
import threading
import time
from collections.abc import Callable, Mapping
from dataclasses import dataclass, replace
from datetime import UTC, datetime
from email.utils import parsedate_to_datetime
from pathlib import Path
from typing import Any, TypeVar
from urllib.parse import urljoin, urlsplit
from urllib.robotparser import RobotFileParser

import requests

from extractors.archive import RawArchive, RawDocument
from extractors.errors import (
    DownloadIncomplete,
    HttpAuthError,
    HttpNotFound,
    RetriesExhausted,
    RobotsDisallowed,
    SourceUnusable,
)
from landscape.settings import Settings

log = logging.getLogger("landscape.http")

CHUNK_SIZE = 1024 * 1024
# How much of an error body a response hook gets to see: enough for any API's fault document.
ERROR_BODY_LIMIT = 64 * 1024
# Responses read into memory (credentials) are small; anything bigger is not what we asked for.
SECRET_RESPONSE_LIMIT = 1024 * 1024
# RFC 9110 does not fix a limit; browsers stop around 20. Ten is plenty for file mirrors.
MAX_REDIRECTS = 10
_REDIRECT_STATUSES = frozenset({301, 302, 303, 307, 308})

Sleep = Callable[[float], None]
Clock = Callable[[], float]
Progress = Callable[[int, int | None], None]
# A form (sent as application/x-www-form-urlencoded) or a ready-made body.
RequestData = Mapping[str, str] | bytes
_T = TypeVar("_T")


@dataclass(frozen=True)
class ResponseInfo:
    """What an ``on_response`` hook sees of one response. Never the request's headers or body."""

    method: str
    url: str  # as requested
    final_url: str  # after redirects
    status: int
    headers: Mapping[str, str]  # response headers; lookups are case-insensitive
    # The first ERROR_BODY_LIMIT bytes of an error answer (not 2xx/304), where APIs explain what went
    # wrong; None for successful answers, whose bodies stream to the archive.
    body: bytes | None


ResponseHook = Callable[[ResponseInfo], None]


@dataclass(frozen=True)
class _Request:
    method: str
    url: str
    headers: Mapping[str, str]
    secret_headers: Mapping[str, str]
    data: RequestData | None
    on_response: ResponseHook | None


class _Transient(Exception):
    """One attempt failed in a way that a later attempt may not (connection, timeout, 429, 5xx)."""

    def __init__(self, reason: str, retry_after: float | None = None) -> None:
        super().__init__(reason)
        self.reason = reason
        self.retry_after = retry_after


def parse_retry_after(value: str | None, now: datetime | None = None) -> float | None:
    """Seconds to wait from a ``Retry-After`` header (delay-seconds or HTTP-date); None if absent/invalid."""
    if value is None:
        return None
    value = value.strip()
    if value.isdigit():
        return float(value)
    try:
        when = parsedate_to_datetime(value)
    except (TypeError, ValueError):
        log.debug("ignoring unparsable Retry-After %r", value)
        return None
    if when.tzinfo is None:  # RFC 9110 HTTP-dates are always GMT
        when = when.replace(tzinfo=UTC)
    return max(0.0, (when - (now or datetime.now(UTC))).total_seconds())


def _origin(url: str) -> str:
    parts = urlsplit(url)
    return f"{parts.scheme.lower()}://{parts.netloc.lower()}"


def _host(url: str) -> str:
    return (urlsplit(url).hostname or "").lower()


def _int_or_none(value: str | None) -> int | None:
    if value is None or not value.strip().isdigit():
        return None
    return int(value.strip())


def _interval(requests_per_second: float) -> float:
    if math.isnan(requests_per_second) or requests_per_second <= 0:
        raise ValueError(f"requests_per_second must be > 0 (or inf), got {requests_per_second}")
    return 0.0 if math.isinf(requests_per_second) else 1.0 / requests_per_second


class RateLimiter:
    """At most ``requests_per_second`` request starts per host, shared by all threads.

    Each caller reserves the next free slot for its host under a lock and sleeps outside it, so
    threads queue up fairly without holding the lock while waiting. ``inf`` disables the limit.
    ``set_rate`` gives one host a stricter limit (an API's published per-key limit).
    """

    def __init__(self, requests_per_second: float, sleep: Sleep, clock: Clock = time.monotonic) -> None:
        self._interval = _interval(requests_per_second)
        self._host_interval: dict[str, float] = {}
        self._sleep = sleep
        self._clock = clock
        self._lock = threading.Lock()
        self._next_slot: dict[str, float] = {}

    def set_rate(self, host: str, requests_per_second: float) -> None:
        """Limit ``host`` to ``requests_per_second``; the general limit still applies if stricter."""
        interval = _interval(requests_per_second)
        with self._lock:
            self._host_interval[host.lower()] = interval

    def wait(self, host: str) -> None:
        interval = max(self._interval, self._host_interval.get(host, 0.0))
        if interval == 0.0:
            return
        with self._lock:
            now = self._clock()
            slot = max(now, self._next_slot.get(host, now))
            self._next_slot[host] = slot + interval
        if slot > now:
            self._sleep(slot - now)


@dataclass(frozen=True)
class _RobotsRules:
    """What robots.txt of one origin allows: a parser, or a reason why everything is refused."""

    parser: RobotFileParser | None
    refusal: str | None = None


class HttpClient:
    """Fetches URLs for one source into its raw archive. Thread-safe; use one per source and run."""

    def __init__(
        self,
        source: str,
        archive: RawArchive,
        settings: Settings,
        *,
        respect_robots: bool = False,
        offline: bool = False,
        sleep: Sleep = time.sleep,
        max_backoff: float = 300.0,
        clock: Clock = time.monotonic,
    ) -> None:
        self.source = source
        self.archive = archive
        self.settings = settings
        self.respect_robots = respect_robots
        self.offline = offline
        self.max_backoff = max_backoff
        self._sleep = sleep
        self._timeout = (settings.connect_timeout, settings.read_timeout)
        self._limiter = RateLimiter(settings.requests_per_second, sleep, clock)
        self._robots: dict[str, _RobotsRules] = {}
        self._robots_lock = threading.Lock()
        self._session = requests.Session()
        self._session.headers["User-Agent"] = settings.user_agent

    @classmethod
    def for_source(cls, source: str, settings: Settings, **kw: Any) -> HttpClient:
        """A client archiving under ``settings.raw_dir/<source>``."""
        return cls(source, RawArchive(settings.raw_dir, source), settings, **kw)

    def __enter__(self) -> HttpClient:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()

    def close(self) -> None:
        self._session.close()

    # -- public API --------------------------------------------------------------------------------

    def set_host_rate(self, host: str, requests_per_second: float) -> None:
        """Hold requests to ``host`` to at most ``requests_per_second`` (stricter of this and the setting)."""
        self._limiter.set_rate(host, requests_per_second)

    def fetch(
        self,
        url: str,
        *,
        conditional: bool = True,
        secret_headers: Mapping[str, str] | None = None,
        headers: Mapping[str, str] | None = None,
        max_bytes: int | None = None,
        progress: Progress | None = None,
        method: str = "GET",
        data: RequestData | None = None,
        on_response: ResponseHook | None = None,
    ) -> RawDocument:
        """Download ``url`` into the archive (or confirm the archived copy) and describe the body.

        ``method="POST"`` sends ``data`` (a form or bytes) and is never conditional. It is retried like
        a GET, so use it only for requests that are safe to repeat (queries, token requests). The
        archive keys responses by URL alone: offline, a POST replays the latest response for its URL,
        so prefer GET where several different queries must replay. ``on_response`` is called with
        every response received (each attempt), before its status is acted on; what it raises
        propagates unchanged.

        Raises HttpAuthError, HttpNotFound, RobotsDisallowed, DownloadIncomplete, RetriesExhausted
        or SourceUnusable; all of them mean "this source cannot be ingested right now".
        """
        method = _check_method(method, data)
        if self.offline:
            return self._archived_copy(url)
        previous = self.archive.latest(url) if conditional and method == "GET" else None
        if previous is not None and not previous.path.exists():
            previous = None  # body lost from the archive: fetch it in full again
        request = _Request(
            method=method,
            url=url,
            headers={**self._conditional_headers(previous), **(headers or {})},
            secret_headers=dict(secret_headers or {}),
            data=data,
            on_response=on_response,
        )

        def archive_response(response: requests.Response, started: float) -> RawDocument:
            return self._archive_response(request, response, previous, started, max_bytes, progress)

        return self._with_retries(request, archive_response)

    def post(
        self,
        url: str,
        *,
        data: RequestData | None = None,
        secret_headers: Mapping[str, str] | None = None,
        headers: Mapping[str, str] | None = None,
        max_bytes: int | None = None,
        on_response: ResponseHook | None = None,
    ) -> RawDocument:
        """POST ``data`` and archive the response (see ``fetch``); the body itself is never stored."""
        return self.fetch(
            url,
            method="POST",
            data=data,
            conditional=False,
            secret_headers=secret_headers,
            headers=headers,
            max_bytes=max_bytes,
            on_response=on_response,
        )

    def request_secret(
        self,
        url: str,
        *,
        method: str = "POST",
        data: RequestData | None = None,
        secret_headers: Mapping[str, str] | None = None,
        headers: Mapping[str, str] | None = None,
        max_bytes: int = SECRET_RESPONSE_LIMIT,
        on_response: ResponseHook | None = None,
    ) -> bytes:
        """Send a request whose *response* is a credential (an OAuth access token) and return its body.

        Same retries, rate limit, redirects and errors as ``fetch``, but the body stays in memory:
        it is not archived (the archive is copied around far more freely than secrets are) and not
        logged. There is nothing to replay offline, so offline mode refuses.
        """
        method = _check_method(method, data)
        if self.offline:
            raise SourceUnusable(f"{url}: credentials cannot be requested in offline mode")
        request = _Request(
            method=method,
            url=url,
            headers=dict(headers or {}),
            secret_headers=dict(secret_headers or {}),
            data=data,
            on_response=on_response,
        )

        def read_in_memory(response: requests.Response, started: float) -> bytes:
            return self._read_secret_response(request, response, started, max_bytes)

        return self._with_retries(request, read_in_memory)

    def _with_retries(self, request: _Request, handle: Callable[[requests.Response, float], _T]) -> _T:
        attempts = self.settings.max_retries + 1
        for attempt in range(attempts):
            try:
                return self._attempt(request, handle)
            except _Transient as failure:
                if attempt == attempts - 1:
                    raise RetriesExhausted(
                        f"{request.url}: gave up after {attempts} attempt(s); last failure: {failure.reason}"
                    ) from failure
                wait = self._backoff(attempt, failure.retry_after)
                log.warning(
                    "%s %s failed (%s); retry %d/%d in %.1fs",
                    request.method,
                    request.url,
                    failure.reason,
                    attempt + 1,
                    attempts - 1,
                    wait,
                )
                self._sleep(wait)
        raise AssertionError("unreachable: the loop returns or raises")

    def _backoff(self, attempt: int, retry_after: float | None) -> float:
        """Seconds before retry number ``attempt + 1``: the server's Retry-After if it sent one,
        else 1 s, 2 s, 4 s …; always capped, so a hostile or buggy Retry-After cannot stall a run."""
        wait = retry_after if retry_after is not None else 2.0**attempt
        return min(max(wait, 0.0), self.max_backoff)

    def get_text(self, url: str, *, encoding: str | None = None, **kw: Any) -> str:
        """Fetch a small page and decode it (charset from ``encoding``, Content-Type, else UTF-8)."""
        doc = self.fetch(url, **kw)
        charset = encoding or _charset(doc.content_type) or "utf-8"
        try:
            return doc.path.read_bytes().decode(charset)
        except LookupError as exc:
            raise SourceUnusable(f"{url}: unknown charset {charset!r}") from exc

    # -- one attempt -------------------------------------------------------------------------------

    def _attempt(self, request: _Request, handle: Callable[[requests.Response, float], _T]) -> _T:
        started = time.monotonic()
        response = self._send_following_redirects(request)
        with response:
            status = response.status_code
            if request.on_response is not None:
                request.on_response(_response_info(request, response))
            if status == 429 or status >= 500:
                raise _Transient(f"HTTP {status}", parse_retry_after(response.headers.get("Retry-After")))
            if not (200 <= status < 300 or status == 304):
                log.warning("%s %s -> %d in %.2fs", request.method, request.url, status, time.monotonic() - started)
                _raise_for_status(request.url, status, response.reason)
            return handle(response, started)

    def _archive_response(
        self,
        request: _Request,
        response: requests.Response,
        previous: RawDocument | None,
        started: float,
        max_bytes: int | None,
        progress: Progress | None,
    ) -> RawDocument:
        url = request.url
        if response.status_code == 304:
            return self._not_modified(url, response, previous, started)
        doc = self._download(url, response, max_bytes, progress)
        log.info(
            "%s %s -> %d, %d bytes in %.2fs%s",
            request.method,
            url,
            response.status_code,
            doc.bytes,
            time.monotonic() - started,
            "" if doc.changed else " (unchanged)",
        )
        return doc

    def _read_secret_response(
        self, request: _Request, response: requests.Response, started: float, max_bytes: int
    ) -> bytes:
        url = request.url
        if response.status_code == 304:
            raise SourceUnusable(f"{url}: HTTP 304 to an unconditional request")
        content_length = _int_or_none(response.headers.get("Content-Length"))
        if content_length is not None and content_length > max_bytes:
            raise DownloadIncomplete(f"{url}: Content-Length {content_length} exceeds the cap of {max_bytes} bytes")
        try:
            body = _read_capped(response, max_bytes + 1)
        except requests.exceptions.ChunkedEncodingError as exc:
            raise DownloadIncomplete(f"{url}: connection closed before the body was complete") from exc
        except (requests.ConnectionError, requests.Timeout) as exc:
            raise _Transient(f"{type(exc).__name__} while reading the body: {exc}") from exc
        if len(body) > max_bytes:
            raise DownloadIncomplete(f"{url}: body exceeds the cap of {max_bytes} bytes")
        log.info(
            "%s %s -> %d, %d bytes in %.2fs (credential response: kept in memory, not archived)",
            request.method,
            url,
            response.status_code,
            len(body),
            time.monotonic() - started,
        )
        return body

    def _send_following_redirects(self, request: _Request) -> requests.Response:
        """Send with redirects followed by hand, so each hop passes robots and the rate limit and
        secrets never follow a redirect to another origin (requests only strips Authorization)."""
        current = request.url
        method = request.method
        data = request.data
        secrets = dict(request.secret_headers)
        for _ in range(MAX_REDIRECTS + 1):
            if self.respect_robots:
                self._check_robots(current)
            response = self._send(current, {**request.headers, **secrets}, method=method, data=data)
            location = response.headers.get("Location")
            if response.status_code not in _REDIRECT_STATUSES or not location:
                return response
            status = response.status_code
            response.close()
            target = urljoin(current, location)
            leaves_origin = _origin(target) != _origin(current)
            if status == 303 or (status in (301, 302) and method == "POST"):
                # RFC 9110 §15.4: user agents turn these into a GET without the body.
                method, data = "GET", None
            elif data is not None and leaves_origin:
                # 307/308 would resend the body, which may hold credentials, to a host we never chose.
                raise SourceUnusable(f"{request.url}: refusing to resend a request body to another origin ({target})")
            if secrets and leaves_origin:
                log.info("redirect %s -> %s leaves the origin; secret headers dropped", current, target)
                secrets = {}
            current = target
        raise SourceUnusable(f"{request.url}: more than {MAX_REDIRECTS} redirects")

    def _send(
        self,
        url: str,
        headers: Mapping[str, str],
        *,
        method: str = "GET",
        data: RequestData | None = None,
        allow_redirects: bool = False,
    ) -> requests.Response:
        self._limiter.wait(_host(url))
        try:
            return self._session.request(
                method,
                url,
                headers=dict(headers),
                data=data,
                timeout=self._timeout,
                stream=True,
                allow_redirects=allow_redirects,
            )
        except (requests.ConnectionError, requests.Timeout) as exc:
            # str(exc) names host, path and cause; requests never puts header values in it.
            raise _Transient(f"{type(exc).__name__}: {exc}") from exc

    def _not_modified(
        self, url: str, response: requests.Response, previous: RawDocument | None, started: float
    ) -> RawDocument:
        if previous is None:
            raise SourceUnusable(f"{url}: HTTP 304 to an unconditional request")
        doc = self.archive.record_not_modified(url, final_url=response.url, headers=response.headers)
        log.info("GET %s -> 304, 0 bytes in %.2fs (unchanged)", url, time.monotonic() - started)
        return doc

    def _download(
        self, url: str, response: requests.Response, max_bytes: int | None, progress: Progress | None
    ) -> RawDocument:
        """Stream the body to a temp file under the archive, then hand it to the archive."""
        content_length = _int_or_none(response.headers.get("Content-Length"))
        # With a Content-Encoding, Content-Length counts the encoded bytes on the wire, while
        # iter_content yields decoded bytes; compare like with like.
        encoded = response.headers.get("Content-Encoding", "identity").strip().lower() not in ("", "identity")
        if max_bytes is not None and content_length is not None and content_length > max_bytes:
            raise DownloadIncomplete(f"{url}: Content-Length {content_length} exceeds the cap of {max_bytes} bytes")
        fd, tmp_name = tempfile.mkstemp(dir=self.archive.tmp_dir(), prefix="download-")
        tmp = Path(tmp_name)
        try:
            digest, received = self._stream_to(
                fd, url, response, max_bytes, progress, None if encoded else content_length
            )
            wire_bytes = response.raw.tell() if encoded else received
            if content_length is not None and wire_bytes != content_length:
                raise DownloadIncomplete(f"{url}: received {wire_bytes} of {content_length} bytes (Content-Length)")
            return self.archive.store(
                tmp,
                url=url,
                final_url=response.url,
                status=response.status_code,
                headers=response.headers,
                sha256=digest,
                bytes=received,
            )
        finally:
            tmp.unlink(missing_ok=True)  # already moved on success; a partial body is never kept

    def _stream_to(
        self,
        fd: int,
        url: str,
        response: requests.Response,
        max_bytes: int | None,
        progress: Progress | None,
        total: int | None,
    ) -> tuple[str, int]:
        digest = hashlib.sha256()
        received = 0
        with os.fdopen(fd, "wb") as fh:
            try:
                for chunk in response.iter_content(CHUNK_SIZE):
                    received += len(chunk)
                    if max_bytes is not None and received > max_bytes:
                        raise DownloadIncomplete(f"{url}: body exceeds the cap of {max_bytes} bytes")
                    digest.update(chunk)
                    fh.write(chunk)
                    if progress is not None:
                        progress(received, total)
            except requests.exceptions.ChunkedEncodingError as exc:
                # urllib3 enforces Content-Length itself and reports a short body this way.
                raise DownloadIncomplete(
                    f"{url}: connection closed after {received} bytes" + (f" of {total}" if total is not None else "")
                ) from exc
            except (requests.ConnectionError, requests.Timeout) as exc:
                raise _Transient(f"{type(exc).__name__} while reading the body: {exc}") from exc
            fh.flush()
            os.fsync(fh.fileno())
        return digest.hexdigest(), received

    # -- conditional GET, offline, robots ------------------------------------------------------------

    @staticmethod
    def _conditional_headers(previous: RawDocument | None) -> dict[str, str]:
        if previous is None:
            return {}
        headers: dict[str, str] = {}
        if previous.etag:
            headers["If-None-Match"] = previous.etag
        if previous.last_modified:
            headers["If-Modified-Since"] = previous.last_modified
        return headers

    def _archived_copy(self, url: str) -> RawDocument:
        doc = self.archive.latest(url)
        if doc is None or not doc.path.exists():
            raise SourceUnusable(f"no archived copy of {url} for source {self.source!r} (offline mode)")
        log.info("offline: %s from the archive (%s, %d bytes)", url, doc.sha256[:12], doc.bytes)
        return replace(doc, changed=False)

    def _check_robots(self, url: str) -> None:
        origin = _origin(url)
        with self._robots_lock:  # held while fetching, so each origin's robots.txt is fetched once
            rules = self._robots.get(origin)
            if rules is None:
                rules = self._load_robots(origin)
                self._robots[origin] = rules
        if rules.refusal is not None:
            raise RobotsDisallowed(f"{url} not fetched: {rules.refusal}")
        if rules.parser is not None and not rules.parser.can_fetch(self.settings.user_agent, url):
            raise RobotsDisallowed(f"robots.txt of {origin} disallows {url} for our user agent")

    def _load_robots(self, origin: str) -> _RobotsRules:
        robots_url = origin + "/robots.txt"
        # RFC 9309 §2.3.1.4: when robots.txt is unreachable (network error or 5xx) the crawler MUST
        # assume complete disallow: the site may be overloaded, and its rules are unknown. 429 is
        # treated the same way, since the server is explicitly asking us to back off.
        try:
            response = self._send(robots_url, {}, allow_redirects=True)
        except _Transient as failure:
            return _RobotsRules(
                None,
                f"{robots_url} is unreachable ({failure.reason}); RFC 9309 says to assume every path is disallowed",
            )
        with response:
            status = response.status_code
            log.info("GET %s -> %d (robots.txt)", robots_url, status)
            if status == 429 or status >= 500:
                return _RobotsRules(
                    None,
                    f"{robots_url} answered HTTP {status}; RFC 9309 says to "
                    "assume every path is disallowed until it can be read",
                )
            parser = RobotFileParser(robots_url)
            if 200 <= status < 300:
                parser.parse(response.content.decode("utf-8", errors="replace").splitlines())
            else:
                # §2.3.1.3: 4xx means there are no rules, so everything is allowed.
                parser.parse([])
            return _RobotsRules(parser)


def _check_method(method: str, data: RequestData | None) -> str:
    method = method.upper()
    if method not in ("GET", "POST"):
        raise ValueError(f"unsupported HTTP method {method!r}: the client speaks GET and POST")
    if method == "GET" and data is not None:
        raise ValueError("a GET request carries no body; put the parameters in the URL")
    return method


def _read_capped(response: requests.Response, limit: int) -> bytes:
    """Up to ``limit`` bytes of the (decoded) body, without reading further."""
    chunks: list[bytes] = []
    received = 0
    for chunk in response.iter_content(min(CHUNK_SIZE, limit)):
        chunks.append(chunk)
        received += len(chunk)
        if received >= limit:
            break
    return b"".join(chunks)[:limit]


def _response_info(request: _Request, response: requests.Response) -> ResponseInfo:
    body: bytes | None = None
    if not (200 <= response.status_code < 300 or response.status_code == 304):
        try:
            body = _read_capped(response, ERROR_BODY_LIMIT)
        except (requests.ConnectionError, requests.Timeout, requests.exceptions.ChunkedEncodingError):
            body = b""  # the status still tells the story; a cut error body adds nothing we rely on
    return ResponseInfo(
        method=request.method,
        url=request.url,
        final_url=response.url,
        status=response.status_code,
        headers=response.headers,
        body=body,
    )


def _raise_for_status(url: str, status: int, reason: str | None) -> None:
    """Map non-retryable statuses to the source-level exceptions (no retry can fix these)."""
    label = f"HTTP {status} {reason or ''}".rstrip()
    if status in (401, 403):
        raise HttpAuthError(f"{url}: {label}: credentials missing or refused")
    if status in (404, 410):
        raise HttpNotFound(f"{url}: {label}: the publisher may have moved or removed the file")
    if 400 <= status < 500:
        raise SourceUnusable(f"{url}: {label}")
    if not 200 <= status < 300:
        raise SourceUnusable(f"{url}: unexpected {label}")


def _charset(content_type: str | None) -> str | None:
    if not content_type:
        return None
    for param in content_type.split(";")[1:]:
        key, _, value = param.partition("=")
        if key.strip().lower() == "charset" and value.strip():
            return value.strip().strip('"')
    return None

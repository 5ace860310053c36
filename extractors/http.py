"""The one HTTP client every source uses (DESIGN.md §3, convention 2).

It owns everything a polite, reproducible fetch needs, so source modules never do:

* one ``requests.Session`` with a User-Agent naming the project and (connect, read) timeouts;
* retries with exponential backoff on connection errors, timeouts, 429 and 5xx, honouring
  ``Retry-After``; immediate, clear failures on 401/403 (auth), 404/410 (gone) and other 4xx;
* conditional GET from the raw archive (``If-None-Match`` / ``If-Modified-Since``), so an unchanged
  upstream costs one small request and is reported as ``changed=False``;
* streaming downloads to the archive with the sha256 computed on the fly, checked against
  ``Content-Length`` and an optional size cap;
* robots.txt (opt-in per source) and a per-host rate limit;
* an offline mode that replays the archive and never touches the network.

Secrets are passed separately (``secret_headers``) and never appear in logs, error messages or the
archive; they are also dropped when a redirect leaves the origin they were meant for.
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
from typing import Any
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
# RFC 9110 does not fix a limit; browsers stop around 20. Ten is plenty for file mirrors.
MAX_REDIRECTS = 10
_REDIRECT_STATUSES = frozenset({301, 302, 303, 307, 308})

Sleep = Callable[[float], None]
Progress = Callable[[int, int | None], None]


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


class RateLimiter:
    """At most ``requests_per_second`` request starts per host, shared by all threads.

    Each caller reserves the next free slot for its host under a lock and sleeps outside it, so
    threads queue up fairly without holding the lock while waiting. ``inf`` disables the limit.
    """

    def __init__(self, requests_per_second: float, sleep: Sleep, clock: Callable[[], float] = time.monotonic) -> None:
        if math.isnan(requests_per_second) or requests_per_second <= 0:
            raise ValueError(f"requests_per_second must be > 0 (or inf), got {requests_per_second}")
        self._interval = 0.0 if math.isinf(requests_per_second) else 1.0 / requests_per_second
        self._sleep = sleep
        self._clock = clock
        self._lock = threading.Lock()
        self._next_slot: dict[str, float] = {}

    def wait(self, host: str) -> None:
        if self._interval == 0.0:
            return
        with self._lock:
            now = self._clock()
            slot = max(now, self._next_slot.get(host, now))
            self._next_slot[host] = slot + self._interval
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
    ) -> None:
        self.source = source
        self.archive = archive
        self.settings = settings
        self.respect_robots = respect_robots
        self.offline = offline
        self.max_backoff = max_backoff
        self._sleep = sleep
        self._timeout = (settings.connect_timeout, settings.read_timeout)
        self._limiter = RateLimiter(settings.requests_per_second, sleep)
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

    def fetch(
        self,
        url: str,
        *,
        conditional: bool = True,
        secret_headers: Mapping[str, str] | None = None,
        headers: Mapping[str, str] | None = None,
        max_bytes: int | None = None,
        progress: Progress | None = None,
    ) -> RawDocument:
        """Download ``url`` into the archive (or confirm the archived copy) and describe the body.

        Raises HttpAuthError, HttpNotFound, RobotsDisallowed, DownloadIncomplete, RetriesExhausted
        or SourceUnusable; all of them mean "this source cannot be ingested right now".
        """
        if self.offline:
            return self._archived_copy(url)
        previous = self.archive.latest(url) if conditional else None
        if previous is not None and not previous.path.exists():
            previous = None  # body lost from the archive: fetch it in full again
        request_headers = {**self._conditional_headers(previous), **(headers or {})}
        attempts = self.settings.max_retries + 1
        for attempt in range(attempts):
            try:
                return self._attempt(url, request_headers, secret_headers or {}, previous, max_bytes, progress)
            except _Transient as failure:
                if attempt == attempts - 1:
                    raise RetriesExhausted(
                        f"{url}: gave up after {attempts} attempt(s); last failure: {failure.reason}"
                    ) from failure
                wait = self._backoff(attempt, failure.retry_after)
                log.warning(
                    "GET %s failed (%s); retry %d/%d in %.1fs",
                    url,
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

    def _attempt(
        self,
        url: str,
        headers: Mapping[str, str],
        secret_headers: Mapping[str, str],
        previous: RawDocument | None,
        max_bytes: int | None,
        progress: Progress | None,
    ) -> RawDocument:
        started = time.monotonic()
        response = self._get(url, headers, secret_headers)
        with response:
            status = response.status_code
            if status == 304:
                return self._not_modified(url, response, previous, started)
            if status == 429 or status >= 500:
                raise _Transient(f"HTTP {status}", parse_retry_after(response.headers.get("Retry-After")))
            if not 200 <= status < 300:
                log.warning("GET %s -> %d in %.2fs", url, status, time.monotonic() - started)
                _raise_for_status(url, status, response.reason)
            doc = self._download(url, response, max_bytes, progress)
        log.info(
            "GET %s -> %d, %d bytes in %.2fs%s",
            url,
            status,
            doc.bytes,
            time.monotonic() - started,
            "" if doc.changed else " (unchanged)",
        )
        return doc

    def _get(self, url: str, headers: Mapping[str, str], secret_headers: Mapping[str, str]) -> requests.Response:
        """GET with redirects followed by hand, so each hop passes robots and the rate limit and
        secrets never follow a redirect to another origin (requests only strips Authorization)."""
        current = url
        secrets = dict(secret_headers)
        for _ in range(MAX_REDIRECTS + 1):
            if self.respect_robots:
                self._check_robots(current)
            response = self._send(current, {**headers, **secrets})
            location = response.headers.get("Location")
            if response.status_code not in _REDIRECT_STATUSES or not location:
                return response
            response.close()
            target = urljoin(current, location)
            if secrets and _origin(target) != _origin(current):
                log.info("redirect %s -> %s leaves the origin; secret headers dropped", current, target)
                secrets = {}
            current = target
        raise SourceUnusable(f"{url}: more than {MAX_REDIRECTS} redirects")

    def _send(self, url: str, headers: Mapping[str, str], *, allow_redirects: bool = False) -> requests.Response:
        self._limiter.wait(_host(url))
        try:
            return self._session.get(
                url,
                headers=dict(headers),
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

"""The raw archive: every response body a source ever fetched, addressed by its sha256.

Layout under ``settings.raw_dir``::

    <root>/<source>/manifest.jsonl        one JSON object per fetch, append-only
    <root>/<source>/<sha[:2]>/<sha256>    response bodies, stored once per distinct content
    <root>/<source>/.tmp/                 downloads in progress (same filesystem, so the final move
                                          is an atomic rename)

The archive is what makes a source replayable without the network and what provenance points at
(every staged row carries the sha256 of the file it came from). The manifest keeps the *response*
validators (ETag, Last-Modified) needed for conditional GET and never any request header: request
headers may carry API keys, and the archive is copied around far more freely than secrets are.
"""

from __future__ import annotations

import json
import logging
import os
import threading
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from extractors.errors import SourceUnusable

log = logging.getLogger("landscape.archive")

MANIFEST_NAME = "manifest.jsonl"
TMP_DIR_NAME = ".tmp"
# Statuses whose manifest entries point at a usable body: a 2xx we stored, or a 304 that confirmed
# the previous body is still current.
_BODY_STATUSES = range(200, 300)
_NOT_MODIFIED = 304


@dataclass(frozen=True)
class RawDocument:
    """One archived response body and its metadata; also one line of the manifest."""

    source: str
    url: str
    final_url: str
    status: int
    etag: str | None
    last_modified: str | None
    content_type: str | None
    bytes: int
    sha256: str
    fetched_at: str  # ISO-8601, UTC
    path: Path  # absolute path of the archived body
    # False when the server answered 304, or sent a body whose sha256 equals the previous one for
    # this url (servers without validators, or validators that change while the content does not).
    changed: bool


def utc_now_iso() -> str:
    """Current time as ISO-8601 UTC with millisecond precision (sortable, unambiguous)."""
    return datetime.now(UTC).isoformat(timespec="milliseconds").replace("+00:00", "Z")


def _header(headers: Mapping[str, str], name: str) -> str | None:
    """Case-insensitive lookup that works for plain dicts as well as requests' header mapping."""
    wanted = name.lower()
    for key, value in headers.items():
        if key.lower() == wanted:
            return value
    return None


class RawArchive:
    """Content-addressed store of one source's raw responses plus its append-only manifest."""

    def __init__(self, root: Path, source: str) -> None:
        if not source or "/" in source or source.startswith("."):
            raise ValueError(f"invalid source name {source!r}")
        self.root = Path(root)
        self.source = source
        self.folder = self.root / source
        self.manifest_path = self.folder / MANIFEST_NAME
        self._lock = threading.Lock()
        # Incremental index of the newest body-bearing entry per url. The manifest only ever grows,
        # so we remember how far we have read and parse just the new tail on each lookup; this also
        # picks up entries appended by other processes.
        self._latest: dict[str, RawDocument] = {}
        self._read_offset = 0

    # -- paths -------------------------------------------------------------------------------------

    def path_for(self, sha256: str) -> Path:
        """Where the body with this sha256 lives (whether or not it has been stored yet)."""
        if len(sha256) != 64 or any(c not in "0123456789abcdef" for c in sha256):
            raise ValueError(f"not a lowercase hex sha256: {sha256!r}")
        return self.folder / sha256[:2] / sha256

    def tmp_dir(self) -> Path:
        """Folder for downloads in progress; inside the source folder so the final move is a rename."""
        path = self.folder / TMP_DIR_NAME
        path.mkdir(parents=True, exist_ok=True)
        return path

    # -- reading -----------------------------------------------------------------------------------

    def entries(self) -> list[RawDocument]:
        """Every manifest entry, oldest first."""
        if not self.manifest_path.exists():
            return []
        with self.manifest_path.open("rb") as fh:
            data = fh.read()
        documents, _ = self._parse(data, 0)
        return documents

    def latest_answers(self, keep: Callable[[str], bool]) -> dict[str, RawDocument]:
        """The newest stored 200 answer per URL, for the URLs ``keep`` accepts (an API's pages)."""
        latest: dict[str, RawDocument] = {}
        for doc in self.entries():
            if doc.status == 200 and keep(doc.url):
                latest[doc.url] = doc
        return latest

    def latest(self, url: str) -> RawDocument | None:
        """Newest entry for ``url`` that points at a body (a stored 2xx, or a 304 confirming one)."""
        with self._lock:
            self._refresh_index()
            return self._latest.get(url)

    def _refresh_index(self) -> None:
        try:
            size = self.manifest_path.stat().st_size
        except FileNotFoundError:
            self._latest.clear()
            self._read_offset = 0
            return
        if size < self._read_offset:  # manifest was replaced (e.g. archive restored): start over
            self._latest.clear()
            self._read_offset = 0
        if size == self._read_offset:
            return
        with self.manifest_path.open("rb") as fh:
            fh.seek(self._read_offset)
            tail = fh.read(size - self._read_offset)
        documents, consumed = self._parse(tail, self._read_offset)
        self._read_offset += consumed
        for doc in documents:
            if doc.status in _BODY_STATUSES or doc.status == _NOT_MODIFIED:
                self._latest[doc.url] = doc

    def _parse(self, data: bytes, base_offset: int) -> tuple[list[RawDocument], int]:
        """Parse complete manifest lines; returns the documents and how many bytes were consumed.

        A last line without its newline is a write still in progress (or torn by a crash): it is
        left unconsumed rather than guessed at. Any other unreadable line is corruption and stops
        the source instead of silently forgetting what was fetched.
        """
        documents: list[RawDocument] = []
        consumed = 0
        for raw_line in data.splitlines(keepends=True):
            if not raw_line.endswith(b"\n"):
                log.warning("%s: ignoring incomplete last line at byte %d", self.manifest_path, base_offset + consumed)
                break
            consumed += len(raw_line)
            if not raw_line.strip():
                continue
            try:
                documents.append(self._from_record(json.loads(raw_line)))
            except (ValueError, KeyError, TypeError) as exc:
                raise SourceUnusable(
                    f"corrupt raw-archive manifest {self.manifest_path} at byte "
                    f"{base_offset + consumed - len(raw_line)}: {exc}"
                ) from exc
        return documents, consumed

    def _from_record(self, record: dict[str, Any]) -> RawDocument:
        return RawDocument(
            source=self.source,
            url=record["url"],
            final_url=record["final_url"],
            status=int(record["status"]),
            etag=record["etag"],
            last_modified=record["last_modified"],
            content_type=record["content_type"],
            bytes=int(record["bytes"]),
            sha256=record["sha256"],
            fetched_at=record["fetched_at"],
            path=self.folder / record["path"],
            changed=bool(record["changed"]),
        )

    # -- writing -----------------------------------------------------------------------------------

    def store(
        self,
        tmp_path: Path,
        *,
        url: str,
        final_url: str,
        status: int,
        headers: Mapping[str, str],
        sha256: str,
        bytes: int,  # shadows the builtin on purpose: mirrors the RawDocument field
    ) -> RawDocument:
        """Move a fully written temp file to its content address and append a manifest entry.

        ``headers`` are the *response* headers; only ETag, Last-Modified and Content-Type are kept.
        """
        tmp_path = Path(tmp_path)
        actual = tmp_path.stat().st_size
        if actual != bytes:
            raise ValueError(f"{tmp_path} has {actual} bytes, caller said {bytes}")
        target = self.path_for(sha256)
        target.parent.mkdir(parents=True, exist_ok=True)
        if target.exists():
            # Identical content is stored once; the existing copy is as good as the new one.
            tmp_path.unlink()
        else:
            os.replace(tmp_path, target)
        previous = self.latest(url)
        doc = RawDocument(
            source=self.source,
            url=url,
            final_url=final_url,
            status=status,
            etag=_header(headers, "ETag"),
            last_modified=_header(headers, "Last-Modified"),
            content_type=_header(headers, "Content-Type"),
            bytes=bytes,
            sha256=sha256,
            fetched_at=utc_now_iso(),
            path=target,
            changed=previous is None or previous.sha256 != sha256,
        )
        self._append(doc)
        return doc

    def record_not_modified(
        self, url: str, *, final_url: str | None = None, headers: Mapping[str, str] | None = None
    ) -> RawDocument:
        """Record a 304: a manifest entry pointing at the previous body, with ``changed=False``.

        A 304 may carry refreshed validators (RFC 9111 §4.3.4); those replace the stored ones so
        the next conditional request uses them.
        """
        previous = self.latest(url)
        if previous is None or not previous.path.exists():
            raise SourceUnusable(f"{url} answered 304 Not Modified but no archived copy exists")
        headers = headers or {}
        doc = RawDocument(
            source=self.source,
            url=url,
            final_url=final_url or previous.final_url,
            status=_NOT_MODIFIED,
            etag=_header(headers, "ETag") or previous.etag,
            last_modified=_header(headers, "Last-Modified") or previous.last_modified,
            content_type=previous.content_type,
            bytes=previous.bytes,
            sha256=previous.sha256,
            fetched_at=utc_now_iso(),
            path=previous.path,
            changed=False,
        )
        self._append(doc)
        return doc

    def _append(self, doc: RawDocument) -> None:
        record = {
            "url": doc.url,
            "final_url": doc.final_url,
            "status": doc.status,
            "etag": doc.etag,
            "last_modified": doc.last_modified,
            "content_type": doc.content_type,
            "bytes": doc.bytes,
            "sha256": doc.sha256,
            "fetched_at": doc.fetched_at,
            "changed": doc.changed,
            "path": doc.path.relative_to(self.folder).as_posix(),
        }
        line = (json.dumps(record, ensure_ascii=False, separators=(",", ":")) + "\n").encode("utf-8")
        self.folder.mkdir(parents=True, exist_ok=True)
        with self._lock:
            # One write() on an O_APPEND descriptor: concurrent writers (threads or processes) never
            # interleave inside a line, and fsync makes the entry durable before we report success.
            fd = os.open(self.manifest_path, os.O_WRONLY | os.O_APPEND | os.O_CREAT, 0o644)
            try:
                written = os.write(fd, line)
                if written != len(line):
                    raise OSError(f"short write to {self.manifest_path}: {written} of {len(line)} bytes")
                os.fsync(fd)
            finally:
                os.close(fd)

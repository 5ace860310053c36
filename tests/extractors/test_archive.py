"""RawArchive on a real filesystem: content addressing, manifest, latest/changed bookkeeping."""

from __future__ import annotations

import hashlib
import json
import threading
from pathlib import Path

import pytest

from extractors.archive import RawArchive, RawDocument
from extractors.errors import SourceUnusable

URL = "https://cordis.europa.eu/data/cordis-HORIZONprojects-csv.zip"
RESPONSE_HEADERS = {
    "ETag": '"v1"',
    "Last-Modified": "Tue, 01 Jul 2025 10:00:00 GMT",
    "Content-Type": "text/csv",
}


def put(archive: RawArchive, body: bytes, *, url: str = URL, headers: dict[str, str] | None = None) -> RawDocument:
    """Write ``body`` to a temp file the way the HTTP client does, then store it."""
    tmp = archive.tmp_dir() / f"part-{hashlib.sha256(body).hexdigest()[:8]}"
    tmp.write_bytes(body)
    return archive.store(
        tmp,
        url=url,
        final_url=url,
        status=200,
        headers=RESPONSE_HEADERS if headers is None else headers,
        sha256=hashlib.sha256(body).hexdigest(),
        bytes=len(body),
    )


@pytest.fixture
def archive(tmp_path: Path) -> RawArchive:
    return RawArchive(tmp_path / "raw", "cordis")


def test_store_moves_temp_file_to_content_address(archive: RawArchive, tmp_path: Path) -> None:
    doc = put(archive, b"a;b\n1;2\n")
    sha = hashlib.sha256(b"a;b\n1;2\n").hexdigest()
    assert doc.path == tmp_path / "raw" / "cordis" / sha[:2] / sha
    assert archive.path_for(sha) == doc.path
    assert doc.path.read_bytes() == b"a;b\n1;2\n"
    assert list(archive.tmp_dir().iterdir()) == []
    assert (doc.etag, doc.last_modified, doc.content_type) == (
        '"v1"',
        RESPONSE_HEADERS["Last-Modified"],
        "text/csv",
    )
    assert doc.changed is True
    assert doc.source == "cordis"
    assert doc.fetched_at.endswith("Z")


def test_identical_bodies_are_stored_once(archive: RawArchive) -> None:
    first = put(archive, b"same", url="https://a.example/1")
    second = put(archive, b"same", url="https://a.example/2")
    assert first.path == second.path
    bodies = [p for p in archive.folder.rglob("*") if p.is_file() and p.parent.name == first.sha256[:2]]
    assert bodies == [first.path]
    assert second.changed is True  # new to that url


def test_changed_flag_follows_previous_sha_of_the_same_url(archive: RawArchive) -> None:
    assert put(archive, b"v1").changed is True
    assert put(archive, b"v1").changed is False
    assert put(archive, b"v2").changed is True
    assert archive.latest(URL).path.read_bytes() == b"v2"  # type: ignore[union-attr]


def test_manifest_lines_hold_metadata_but_no_request_headers(archive: RawArchive) -> None:
    doc = put(archive, b"body")
    (line,) = archive.manifest_path.read_text().splitlines()
    record = json.loads(line)
    assert set(record) == {
        "url", "final_url", "status", "etag", "last_modified", "content_type",
        "bytes", "sha256", "fetched_at", "changed", "path",
    }  # fmt: skip
    assert record["path"] == f"{doc.sha256[:2]}/{doc.sha256}"
    assert record["bytes"] == 4


def test_only_known_response_headers_are_kept(archive: RawArchive) -> None:
    put(archive, b"body", headers={"etag": '"x"', "Set-Cookie": "session=abc", "X-Amz-Request-Id": "r"})
    text = archive.manifest_path.read_text()
    assert '"etag":"\\"x\\""' in text
    assert "session=abc" not in text
    assert "X-Amz" not in text


def test_latest_and_entries_survive_a_new_instance(archive: RawArchive, tmp_path: Path) -> None:
    put(archive, b"v1")
    put(archive, b"v2")
    put(archive, b"other", url="https://other.example/x")
    reopened = RawArchive(tmp_path / "raw", "cordis")
    assert [d.bytes for d in reopened.entries()] == [2, 2, 5]
    assert reopened.latest(URL) == archive.latest(URL)
    assert reopened.latest(URL).path.read_bytes() == b"v2"  # type: ignore[union-attr]
    assert reopened.latest("https://nowhere.example/") is None


def test_latest_sees_entries_appended_by_another_instance(archive: RawArchive, tmp_path: Path) -> None:
    put(archive, b"v1")
    assert archive.latest(URL) is not None
    other = RawArchive(tmp_path / "raw", "cordis")
    put(other, b"v2")
    assert archive.latest(URL).path.read_bytes() == b"v2"  # type: ignore[union-attr]


def test_record_not_modified_points_at_previous_body(archive: RawArchive) -> None:
    stored = put(archive, b"v1")
    doc = archive.record_not_modified(URL, final_url=URL, headers={"ETag": '"v1b"'})
    assert doc.status == 304
    assert doc.changed is False
    assert (doc.path, doc.sha256, doc.bytes) == (stored.path, stored.sha256, stored.bytes)
    assert doc.etag == '"v1b"'  # refreshed validator
    assert doc.last_modified == stored.last_modified  # kept when the 304 omits it
    assert archive.latest(URL) == doc
    assert [e.status for e in archive.entries()] == [200, 304]


def test_record_not_modified_without_previous_body_is_an_error(archive: RawArchive) -> None:
    with pytest.raises(SourceUnusable, match="no archived copy"):
        archive.record_not_modified(URL)


def test_store_rejects_size_mismatch(archive: RawArchive) -> None:
    tmp = archive.tmp_dir() / "part"
    tmp.write_bytes(b"12345")
    with pytest.raises(ValueError, match="5 bytes"):
        archive.store(tmp, url=URL, final_url=URL, status=200, headers={}, sha256="0" * 64, bytes=6)
    assert not archive.manifest_path.exists()


def test_incomplete_last_line_is_ignored_but_corruption_is_not(archive: RawArchive, tmp_path: Path) -> None:
    put(archive, b"v1")
    with archive.manifest_path.open("a") as fh:
        fh.write('{"url": "torn')  # a crash mid-append leaves no newline
    reopened = RawArchive(tmp_path / "raw", "cordis")
    assert len(reopened.entries()) == 1
    assert reopened.latest(URL) is not None

    archive.manifest_path.write_text(archive.manifest_path.read_text() + "\nnot json\n")
    with pytest.raises(SourceUnusable, match="corrupt raw-archive manifest"):
        RawArchive(tmp_path / "raw", "cordis").entries()


def test_concurrent_appends_keep_every_line_whole(archive: RawArchive) -> None:
    def worker(n: int) -> None:
        for i in range(20):
            put(archive, f"{n}-{i}".encode(), url=f"https://a.example/{n}/{i}")

    threads = [threading.Thread(target=worker, args=(n,)) for n in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    entries = archive.entries()
    assert len(entries) == 80
    assert len({e.url for e in entries}) == 80


def test_path_for_rejects_non_sha256(archive: RawArchive) -> None:
    with pytest.raises(ValueError):
        archive.path_for("../../etc/passwd")


@pytest.mark.parametrize("name", ["", "../x", ".hidden", "a/b"])
def test_invalid_source_names_are_refused(tmp_path: Path, name: str) -> None:
    with pytest.raises(ValueError):
        RawArchive(tmp_path, name)

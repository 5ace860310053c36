"""Files people drop into ``$LANDSCAPE_HOME/landing/``: archived by sha256 exactly like downloads.

A dropped file gets a ``file://`` URL and a manifest entry, so provenance, change detection ("staged
once") and offline replay work the same as for fetched files, and the same bytes are never archived twice.
"""

from __future__ import annotations

import hashlib
import shutil
from pathlib import Path
from typing import TYPE_CHECKING

from extractors.archive import RawDocument

if TYPE_CHECKING:
    from extractors.http import HttpClient


def sha256_of(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as fh:
        for chunk in iter(lambda: fh.read(1 << 20), b""):
            digest.update(chunk)
    return digest.hexdigest()


def archive_dropped_file(client: HttpClient, path: Path, content_type: str) -> RawDocument:
    url = path.resolve().as_uri()
    sha = sha256_of(path)
    previous = client.archive.latest(url)
    if previous is not None and previous.sha256 == sha and previous.path.exists():
        return previous
    tmp = client.archive.tmp_dir() / f"{sha}.part"
    shutil.copyfile(path, tmp)
    return client.archive.store(
        tmp,
        url=url,
        final_url=url,
        status=200,
        headers={"Content-Type": content_type},
        sha256=sha,
        bytes=path.stat().st_size,
    )

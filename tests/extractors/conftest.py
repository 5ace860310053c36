"""Fixtures for the HTTP client and raw archive tests: a snapshot folder served on loopback."""

from __future__ import annotations

import hashlib
import math
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

from extractors.http import HttpClient
from landscape.settings import Settings
from landscape.snapshot.server import SnapshotServer

CSV_BODY = b"id;name\n1;Aerospace Valley\n2;Silicon Saxony\n"
HTML_BODY = "<html><body><h1>Pôle de compétitivité</h1></body></html>".encode()


def big_body(size: int) -> bytes:
    """Deterministic, incompressible-looking bytes (a sha256 chain), so tests are reproducible."""
    blocks: list[bytes] = []
    block = b"seed"
    total = 0
    while total < size:
        block = hashlib.sha256(block).digest()
        blocks.append(block * 128)
        total += len(block) * 128
    return b"".join(blocks)[:size]


class SleepRecorder:
    """Stands in for time.sleep: records every requested wait and returns at once."""

    def __init__(self) -> None:
        self.calls: list[float] = []

    def __call__(self, seconds: float) -> None:
        self.calls.append(seconds)


@pytest.fixture
def snapshot_root(tmp_path: Path) -> Path:
    root = tmp_path / "snapshot"
    (root / "files").mkdir(parents=True)
    (root / "files" / "clusters.csv").write_bytes(CSV_BODY)
    (root / "files" / "big.bin").write_bytes(big_body(3 * 1024 * 1024 + 123))
    (root / "page.html").write_bytes(HTML_BODY)
    (root / "private").mkdir()
    (root / "private" / "members.csv").write_bytes(b"secret;list\n")
    return root


@pytest.fixture
def server(snapshot_root: Path) -> Iterator[SnapshotServer]:
    with SnapshotServer(snapshot_root) as srv:
        yield srv


@pytest.fixture
def sleeps() -> SleepRecorder:
    return SleepRecorder()


@pytest.fixture
def settings(tmp_path: Path) -> Settings:
    # No rate limit by default (inf), so recorded sleeps are backoff waits only.
    return Settings(
        home=tmp_path / "home",
        max_retries=3,
        requests_per_second=math.inf,
        connect_timeout=2.0,
        read_timeout=2.0,
    )


@pytest.fixture
def make_client(settings: Settings, sleeps: SleepRecorder) -> Iterator[Callable[..., HttpClient]]:
    """Build clients for source "demo"; keyword arguments override settings fields or client options."""
    clients: list[HttpClient] = []
    setting_names = set(Settings.__dataclass_fields__)

    def factory(**kw: Any) -> HttpClient:
        overrides = {k: kw.pop(k) for k in list(kw) if k in setting_names}
        resolved = Settings(**{**settings.__dict__, **overrides})
        kw.setdefault("sleep", sleeps)
        client = HttpClient.for_source("demo", resolved, **kw)
        clients.append(client)
        return client

    yield factory
    for client in clients:
        client.close()

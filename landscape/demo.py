"""The offline demo: generate the snapshot, serve it on loopback, run the whole pipeline against it.

The extractors do not know they are offline: they download from a local HTTP server laid out like
the live sites, through the same client, archive, parsers and warehouse code as a live run.
"""

from __future__ import annotations

import json
import os
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from pathlib import Path

from landscape.settings import Settings

# Offline snapshot folder per source, relative to the snapshot root; served at <server>/<folder>.
SNAPSHOT_FOLDERS: dict[str, str] = {"cordis": "cordis"}
DEMO_PROJECTS: dict[str, int] = {"HORIZON": 300, "H2020": 400, "FP7": 250}


def snapshot_root(settings: Settings) -> Path:
    return settings.home / "snapshot"


def ensure_snapshot(root: Path, projects: Mapping[str, int] | None = None, *, release: int = 1) -> Path:
    """Generate the snapshot unless the same one (same sizes and release) is already there."""
    from landscape.snapshot.cordis import generate_cordis

    sizes = dict(projects or DEMO_PROJECTS)
    wanted = {"projects": sizes, "release": release}
    stamp = root / "snapshot.json"
    if stamp.exists() and json.loads(stamp.read_text()) == wanted:
        return root
    root.mkdir(parents=True, exist_ok=True)
    generate_cordis(root / SNAPSHOT_FOLDERS["cordis"], projects=sizes, release=release)
    stamp.write_text(json.dumps(wanted, sort_keys=True))
    return root


def settings_for(server_url: str, base_env: Mapping[str, str] | None = None) -> Settings:
    """Settings whose source base URLs point at a snapshot server."""
    env = dict(os.environ if base_env is None else base_env)
    for source, folder in SNAPSHOT_FOLDERS.items():
        env[f"LANDSCAPE_{source.upper()}_BASE_URL"] = f"{server_url}/{folder}"
    # The local server is ours: no need to be as polite as with a public site.
    env.setdefault("LANDSCAPE_REQUESTS_PER_SECOND", "50")
    return Settings.from_env(env)


@contextmanager
def served(root: Path, base_env: Mapping[str, str] | None = None) -> Iterator[Settings]:
    """Serve ``root`` on loopback and yield settings whose base URLs point at it."""
    from landscape.snapshot.server import SnapshotServer

    with SnapshotServer(root) as server:
        yield settings_for(server.url, base_env)

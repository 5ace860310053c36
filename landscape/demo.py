"""The offline demo: generate the snapshot, serve it on loopback, run the whole pipeline against it.

The extractors do not know they are offline: they download from a local HTTP server laid out like
the live sites, through the same client, archive, parsers and warehouse code as a live run.
"""

from __future__ import annotations

import json
import os
import shutil
from collections.abc import Iterator, Mapping
from contextlib import ExitStack, contextmanager
from pathlib import Path
from typing import TYPE_CHECKING

from landscape.settings import Settings

if TYPE_CHECKING:
    from landscape.snapshot.ops_api import OpsServer
    from landscape.snapshot.patentsearch_api import PatentSearchServer
    from landscape.snapshot.server import SnapshotServer

# Each source's site in the snapshot, served by its own loopback server so that it sits at the root
# of its "host" (robots.txt is looked up at the root, as on the real sites).
SNAPSHOT_SITES: dict[str, str] = {
    "cordis": "cordis",
    "eccp": "registries/eccp",
    "esca": "registries/esca",
    "patentsview": "patents/patentsview",
    "nuts": "reference/gisco",
    "nuts_changes": "reference/eurostat",
    "tercet": "reference/tercet",
    "ror": "reference/ror",
}
# APIs answered by a loopback stand-in serving the snapshot's data.
SNAPSHOT_API: dict[str, str] = {
    "patentsearch": "patents/patentsearch/patents.json",
    "epo_ops": "patents/epo_ops/publications.json",
}
# Files people drop into the landing folder: snapshot folder -> landing sub-folder.
SNAPSHOT_LANDING: dict[str, str] = {
    "registries/landing/clusterplattform": "registries/clusterplattform",
    "registries/landing/poles": "registries/poles",
    "patents/regpat": "regpat",
}
DEMO_PROJECTS: dict[str, int] = {"HORIZON": 300, "H2020": 400, "FP7": 250}
DEMO_CLUSTERS = 1500
DEMO_PATENTS = 5000


def snapshot_root(settings: Settings) -> Path:
    return settings.home / "snapshot"


def ensure_snapshot(
    root: Path,
    projects: Mapping[str, int] | None = None,
    *,
    clusters: int = DEMO_CLUSTERS,
    patents: int = DEMO_PATENTS,
    release: int = 1,
) -> Path:
    """Generate the snapshot unless the same one (same sizes and release) is already there."""
    from landscape.snapshot.cordis import generate_cordis
    from landscape.snapshot.patents import generate_patents
    from landscape.snapshot.reference import generate_reference
    from landscape.snapshot.registries import generate_registries

    sizes = dict(projects or DEMO_PROJECTS)
    wanted = {"projects": sizes, "clusters": clusters, "patents": patents, "release": release, "reference": True}
    stamp = root / "snapshot.json"
    if stamp.exists() and json.loads(stamp.read_text()) == wanted:
        return root
    root.mkdir(parents=True, exist_ok=True)
    stamp.unlink(missing_ok=True)  # a generation that fails half-way must not look complete
    generate_cordis(root / SNAPSHOT_SITES["cordis"], projects=sizes, release=release)
    generate_registries(root / "registries", clusters=clusters, release=release)
    generate_patents(root / "patents", patents=patents, release=release)
    # ROR's names follow the CORDIS organisations of this snapshot's size.
    generate_reference(root / "reference", release=release, cordis_projects=[sizes])
    stamp.write_text(json.dumps(wanted, sort_keys=True))
    return root


def drop_landing_files(root: Path, settings: Settings) -> list[Path]:
    """Put the snapshot's registry and REGPAT files into the landing folder, as people would."""
    dropped = []
    for source, landing in SNAPSHOT_LANDING.items():
        target = settings.landing_dir / landing
        target.mkdir(parents=True, exist_ok=True)
        for path in sorted((root / source).iterdir()):
            shutil.copyfile(path, target / path.name)
            dropped.append(target / path.name)
    return dropped


def settings_for(urls: Mapping[str, str], base_env: Mapping[str, str] | None = None) -> Settings:
    """Settings whose source base URLs point at the snapshot servers."""
    env = dict(os.environ if base_env is None else base_env)
    for source, url in urls.items():
        env[f"LANDSCAPE_{source.upper()}_BASE_URL"] = url
    # The local servers are ours: no need to be as polite as with a public site.
    env.setdefault("LANDSCAPE_REQUESTS_PER_SECOND", "1000")
    return Settings.from_env(env)


@contextmanager
def serve_sites(root: Path) -> Iterator[dict[str, SnapshotServer | PatentSearchServer | OpsServer]]:
    """One loopback server per source site of the snapshot, and stand-ins of the APIs."""
    from landscape.snapshot.ops_api import OpsServer
    from landscape.snapshot.patentsearch_api import PatentSearchServer
    from landscape.snapshot.server import SnapshotServer

    with ExitStack() as stack:
        servers: dict[str, SnapshotServer | PatentSearchServer | OpsServer] = {
            source: stack.enter_context(SnapshotServer(root / folder)) for source, folder in SNAPSHOT_SITES.items()
        }
        servers["patentsearch"] = stack.enter_context(PatentSearchServer.from_file(root / SNAPSHOT_API["patentsearch"]))
        servers["epo_ops"] = stack.enter_context(OpsServer.from_file(root / SNAPSHOT_API["epo_ops"]))
        yield servers


@contextmanager
def served(root: Path, base_env: Mapping[str, str] | None = None) -> Iterator[Settings]:
    """Serve the snapshot on loopback and yield settings whose base URLs point at it."""
    from landscape.snapshot.ops_api import DEMO_KEY, DEMO_SECRET
    from landscape.snapshot.patentsearch_api import DEMO_API_KEY

    env = dict(os.environ if base_env is None else base_env)
    # The stand-ins accept only the demo credentials; real ones in the environment must not be sent to them.
    env["LANDSCAPE_PATENTSEARCH_API_KEY"] = DEMO_API_KEY
    env["LANDSCAPE_EPO_OPS_KEY"], env["LANDSCAPE_EPO_OPS_SECRET"] = DEMO_KEY, DEMO_SECRET
    # The whole generated window, and every organisation in one run (the live default is a weekly slice).
    env.setdefault("LANDSCAPE_EPO_OPS_SINCE", "2015-01-01")
    env.setdefault("LANDSCAPE_EPO_OPS_MAX_APPLICANTS", "100000")
    with serve_sites(root) as servers:
        yield settings_for({source: server.url for source, server in servers.items()}, env)

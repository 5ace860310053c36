"""Test-wide set-up. Airflow reads its configuration at import, so its environment is set here,
before any test module imports it: a throw-away AIRFLOW_HOME (never the user's) and the repo's dags/."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
os.environ["AIRFLOW_HOME"] = tempfile.mkdtemp(prefix="landscape-airflow-")
os.environ["AIRFLOW__CORE__DAGS_FOLDER"] = str(REPO / "dags")
os.environ["AIRFLOW__CORE__LOAD_EXAMPLES"] = "False"
os.environ["AIRFLOW__CORE__UNIT_TEST_MODE"] = "True"
os.environ.setdefault("LANDSCAPE_HOME", tempfile.mkdtemp(prefix="landscape-home-"))

from collections.abc import Iterator  # noqa: E402
from dataclasses import dataclass  # noqa: E402

import pytest  # noqa: E402

from landscape.settings import Settings  # noqa: E402
from landscape.snapshot.server import SnapshotServer  # noqa: E402

# Small but with every quirk; the generator injects 9 bad project rows per zip, so each zip needs more
# than 180 projects to stay under the 5 % quarantine share that marks a file as unusable.
TEST_PROJECTS = {"HORIZON": 230, "H2020": 260, "FP7": 230}


@pytest.fixture(scope="session")
def snapshot_root(tmp_path_factory: pytest.TempPathFactory) -> Path:
    from landscape.demo import ensure_snapshot

    return ensure_snapshot(tmp_path_factory.mktemp("snapshot"), TEST_PROJECTS)


@pytest.fixture(scope="session")
def truth(snapshot_root: Path) -> dict:
    import json

    return json.loads((snapshot_root / "cordis" / "truth.json").read_text())


@dataclass
class Served:
    settings: Settings
    server: SnapshotServer
    root: Path


def _served(root: Path, home: Path) -> Iterator[Served]:
    from landscape.demo import settings_for

    env = {k: v for k, v in os.environ.items() if not k.startswith("LANDSCAPE_")}
    env["LANDSCAPE_HOME"] = str(home)
    # CORDIS only: the registry tests serve their own sites.
    with SnapshotServer(root / "cordis") as server:
        yield Served(settings_for({"cordis": server.url}, env), server, root)


@pytest.fixture
def served(snapshot_root: Path, tmp_path: Path) -> Iterator[Served]:
    """The snapshot on a loopback server, and settings pointing at it with a fresh LANDSCAPE_HOME."""
    yield from _served(snapshot_root, tmp_path / "home")


@pytest.fixture
def served_snapshot(served: Served) -> Settings:
    return served.settings

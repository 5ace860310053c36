"""Settings read from ``LANDSCAPE_*`` environment variables.

Every variable is documented in docs/configuration.md. Secrets never live here: sources that need one
read it from the environment or an Airflow connection at the moment they use it.
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path

PREFIX = "LANDSCAPE_"
PROJECT_URL = "https://github.com/cluster-landscape/cluster-landscape"
DEFAULT_USER_AGENT = f"ClusterLandscape/0.1 (+{PROJECT_URL})"


def _float(env: Mapping[str, str], name: str, default: float) -> float:
    raw = env.get(PREFIX + name)
    if raw is None or raw == "":
        return default
    try:
        return float(raw)
    except ValueError as exc:
        raise ValueError(f"{PREFIX}{name} must be a number, got {raw!r}") from exc


@dataclass(frozen=True)
class Settings:
    """Resolved configuration. Build it with :meth:`from_env`; tests pass their own mapping."""

    home: Path
    user_agent: str = DEFAULT_USER_AGENT
    connect_timeout: float = 10.0
    read_timeout: float = 120.0
    max_retries: int = 5
    requests_per_second: float = 1.0
    # DuckDB spills to disk beyond this, so a 6-million-row table stages in bounded memory.
    duckdb_memory_limit: str = "1GB"
    # Only the LANDSCAPE_* variables, and never printed: the environment may hold secrets.
    env: Mapping[str, str] | None = field(default=None, repr=False)

    @classmethod
    def from_env(cls, env: Mapping[str, str] | None = None) -> Settings:
        env = {k: v for k, v in (os.environ if env is None else env).items() if k.startswith(PREFIX)}
        return cls(
            home=Path(env.get(PREFIX + "HOME") or "./data").resolve(),
            user_agent=env.get(PREFIX + "USER_AGENT") or DEFAULT_USER_AGENT,
            connect_timeout=_float(env, "CONNECT_TIMEOUT", 10.0),
            read_timeout=_float(env, "READ_TIMEOUT", 120.0),
            max_retries=int(_float(env, "MAX_RETRIES", 5)),
            requests_per_second=_float(env, "REQUESTS_PER_SECOND", 1.0),
            duckdb_memory_limit=env.get(PREFIX + "DUCKDB_MEMORY_LIMIT") or "1GB",
            env=env,
        )

    def base_url(self, source: str, default: str) -> str:
        """``LANDSCAPE_<SOURCE>_BASE_URL`` or the source's public default, without a trailing slash."""
        value = (self.env or {}).get(f"{PREFIX}{source.upper()}_BASE_URL") or default
        return value.rstrip("/")

    def max_quarantine_share(self, source: str, default: float) -> float:
        """``LANDSCAPE_<SOURCE>_MAX_QUARANTINE_SHARE`` or the source's own default: the share of a
        file's records that may be quarantined before the source is declared unusable."""
        return _float(self.env or {}, f"{source.upper()}_MAX_QUARANTINE_SHARE", default)

    @property
    def raw_dir(self) -> Path:
        return self.home / "raw"

    @property
    def staging_dir(self) -> Path:
        return self.home / "staging"

    @property
    def warehouse_path(self) -> Path:
        return self.home / "landscape.duckdb"

    @property
    def releases_dir(self) -> Path:
        return self.home / "releases"

    @property
    def landing_dir(self) -> Path:
        return self.home / "landing"

"""What every source declares about itself: identity, licence, files, and the row counts to expect.

A source module exposes ``SOURCE: SourceMeta`` plus its ``fetch`` and ``stage`` functions; the
registry (``extractors.registry``) turns that into DAGs and CLI commands. Adding a source touches its
module, its fixtures, its tests and one line of the registry.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from transforms.parse_sql import Field

if TYPE_CHECKING:
    from extractors.archive import RawDocument
    from extractors.http import HttpClient


@dataclass(frozen=True)
class Dataset:
    """One downloadable file of a source (e.g. the Horizon Europe projects zip)."""

    key: str
    filename: str
    title: str


@dataclass(frozen=True)
class SourceMeta:
    name: str
    title: str
    publisher: str
    homepage: str
    default_base_url: str
    licence: str
    attribution: str
    datasets: tuple[Dataset, ...]
    # Per entity: (minimum, maximum) staged rows for the whole source. A build whose staging falls
    # outside these bounds stops before publish; they are set loosely around a healthy live run and
    # around the offline demo snapshot, so a half-empty download can never pass as a release.
    expected_rows: dict[str, tuple[int, int]] = field(default_factory=dict)
    # Share of a file's rows that may be quarantined before we call the file unusable.
    max_quarantine_share: float = 0.05
    schedule: str = "@daily"
    tags: tuple[str, ...] = ()
    # A scraped site: robots.txt is obeyed for every request.
    scraped: bool = False
    # Many small files that only make sense together (a site's pages, a landing folder): when any of
    # them changed, all are staged again, and the ledger keeps one fingerprint for the set.
    stage_as_whole: bool = False
    # Each run fetches only what is new (an API with a watermark): staged pages accumulate, and a
    # restage replays every page in the raw archive (the module's ``archived_documents``).
    incremental: bool = False
    # Reads the published warehouse (e.g. searches for the landscape's organisations): the demo runs it
    # after a first build, and it has nothing to do before one.
    reads_landscape: bool = False


@dataclass(frozen=True)
class EntitySpec:
    """How one source file becomes one staging table."""

    entity: str
    table: str
    member: str
    fields: tuple[Field, ...]
    key: tuple[str, ...]
    # "module:attribute" of the entity's Pandera schema, imported only when a run validates (pandera
    # and pandas are too heavy for DAG parsing).
    schema: str
    # Source columns read on purpose but not staged; anything else new in the header is reported.
    ignored_columns: tuple[str, ...] = ()

    @property
    def expected_columns(self) -> tuple[str, ...]:
        mapped = tuple(dict.fromkeys(f.column for f in self.fields))
        return mapped + tuple(c for c in self.ignored_columns if c not in mapped)

    def load_schema(self) -> Any:
        module, _, attribute = self.schema.partition(":")
        return getattr(importlib.import_module(module), attribute)


ProgressFactory = Callable[[str], Callable[[int, int | None], None] | None]


def fetch_datasets(
    client: HttpClient, base_url: str, meta: SourceMeta, progress: ProgressFactory | None = None
) -> dict[str, RawDocument]:
    """Download (or revalidate) each file a source declares, from ``<base_url>/<filename>``: the whole
    ``fetch`` of a bulk-file source."""
    return {
        d.key: client.fetch(f"{base_url}/{d.filename}", progress=progress(d.filename) if progress else None)
        for d in meta.datasets
    }

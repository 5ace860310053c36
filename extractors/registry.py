"""The sources the pipeline knows. DAGs, the CLI and the build are generated from this list.

A source module provides ``SOURCE`` (its metadata), ``ENTITIES`` (its staging tables),
``fetch(client, base_url, progress)`` (the only I/O) and ``stage(con, docs, run_id, settings)`` (parse,
validate, stage; ``settings`` are the run's, for limits a source lets users change).
Importing this module is cheap: it must not touch the network or a database.
"""

from __future__ import annotations

import importlib
from types import ModuleType

from extractors.base import SourceMeta

# name -> module path. Adding a source is one line here.
SOURCES: dict[str, str] = {
    "cordis": "extractors.cordis",
    "eccp": "extractors.eccp",
    "esca": "extractors.esca",
    "registry_drops": "extractors.registry_drops",
    "patentsview": "extractors.patentsview",
    "regpat": "extractors.regpat",
    "patentsearch": "extractors.patentsearch_source",
    "epo_ops": "extractors.epo_ops_source",
    "nuts": "extractors.nuts",
    "nuts_changes": "extractors.nuts_changes",
    "tercet": "extractors.tercet",
    "ror": "extractors.ror",
}


def names() -> list[str]:
    return list(SOURCES)


def module(name: str) -> ModuleType:
    try:
        return importlib.import_module(SOURCES[name])
    except KeyError:
        raise KeyError(f"unknown source {name!r}; known sources: {', '.join(SOURCES)}") from None


def meta(name: str) -> SourceMeta:
    source: SourceMeta = module(name).SOURCE
    return source

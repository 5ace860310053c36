"""Releases: versioned exports of the published warehouse for downstream observatories.

Each release is a folder ``releases/<release_id>/`` holding every core and mart table as Parquet (and
the marts as CSV too), plus ``datapackage.json`` (Frictionless Data Package) listing each file with its
rows, bytes, sha256 and column descriptions, the sources with their licences and required attribution,
and the raw-file sha256s the release was built from. ``releases/LATEST`` names the newest release and
is replaced atomically. A release whose inputs are identical to the previous one is not made again.
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

import duckdb

from extractors import registry
from extractors.landing import sha256_of
from landscape.settings import Settings
from transforms.sqltext import ident, literal

EXPORTED_SCHEMAS = ("core", "marts")
CSV_SCHEMAS = ("marts",)


@dataclass(frozen=True)
class Release:
    release_id: str
    path: Path
    fingerprint: str
    created: bool


def code_fingerprint() -> str:
    """Hash of the package version and every SQL model: a release of new code is a new release."""
    from importlib.metadata import PackageNotFoundError, version

    from warehouse.sql_files import SQL_DIR

    try:
        digest = hashlib.sha256(version("cluster-landscape").encode())
    except PackageNotFoundError:
        digest = hashlib.sha256(b"unknown")
    for path in sorted(SQL_DIR.rglob("*.sql")):
        digest.update(path.relative_to(SQL_DIR).as_posix().encode())
        digest.update(path.read_bytes())
    return digest.hexdigest()


def input_fingerprint(con: duckdb.DuckDBPyConnection) -> tuple[str, list[dict[str, str]]]:
    """What the release was built from: the raw files currently staged, and the code."""
    rows = con.execute(
        """
        select l.source, l.dataset, arg_max(l.raw_sha256, r.finished_at) as sha256
        from ops.ledger l join ops.runs r using (run_id)
        where r.status = 'staged'
        group by all order by all
        """
    ).fetchall()
    inputs = [{"source": s, "dataset": d, "sha256": h} for s, d, h in rows]
    text = json.dumps({"code": code_fingerprint(), "inputs": inputs}, sort_keys=True)
    return hashlib.sha256(text.encode()).hexdigest(), inputs


def latest(settings: Settings) -> str | None:
    marker = settings.releases_dir / "LATEST"
    return marker.read_text(encoding="utf-8").strip() if marker.exists() else None


def make_release(settings: Settings, *, force: bool = False) -> Release:
    con = duckdb.connect(str(settings.warehouse_path), read_only=True)
    try:
        fingerprint, inputs = input_fingerprint(con)
        previous = latest(settings)
        if previous and not force:
            manifest = json.loads((settings.releases_dir / previous / "datapackage.json").read_text())
            if manifest.get("fingerprint") == fingerprint:
                return Release(previous, settings.releases_dir / previous, fingerprint, created=False)
        release_id = datetime.now(UTC).strftime("%Y.%m.%d-%H%M%S")
        final = settings.releases_dir / release_id
        work = settings.releases_dir / f".{release_id}.tmp"
        shutil.rmtree(work, ignore_errors=True)
        work.mkdir(parents=True)
        resources = _export_tables(con, work)
        package = _datapackage(release_id, fingerprint, inputs, resources)
        package["match_quality"] = _match_quality(con)
        (work / "datapackage.json").write_text(json.dumps(package, indent=2, default=str), encoding="utf-8")
    finally:
        con.close()
    os.replace(work, final)
    marker_tmp = settings.releases_dir / ".LATEST.tmp"
    marker_tmp.write_text(release_id + "\n", encoding="utf-8")
    os.replace(marker_tmp, settings.releases_dir / "LATEST")
    return Release(release_id, final, fingerprint, created=True)


def _export_tables(con: duckdb.DuckDBPyConnection, folder: Path) -> list[dict[str, object]]:
    tables = con.execute(
        "select schema_name, table_name, comment from duckdb_tables() "
        "where list_contains(?, schema_name) order by schema_name, table_name",
        [list(EXPORTED_SCHEMAS)],
    ).fetchall()
    resources = []
    for schema, table, comment in tables:
        formats = ["parquet"] + (["csv"] if schema in CSV_SCHEMAS else [])
        columns = con.execute(
            "select column_name, data_type, comment from duckdb_columns() "
            "where schema_name = ? and table_name = ? order by column_index",
            [schema, table],
        ).fetchall()
        rows = con.execute(f"select count(*) from {schema}.{table}").fetchall()[0][0]
        for fmt in formats:
            rel_path = f"{schema}/{table}.{fmt}"
            target = folder / rel_path
            target.parent.mkdir(parents=True, exist_ok=True)
            option = "(format parquet, compression zstd)" if fmt == "parquet" else "(format csv, header true)"
            con.execute(f"copy (select * from {ident(schema)}.{ident(table)}) to {literal(str(target))} {option}")
            resources.append(
                {
                    "name": f"{schema}_{table}_{fmt}",
                    "path": rel_path,
                    "format": fmt,
                    "description": comment,
                    "rows": rows,
                    "bytes": target.stat().st_size,
                    "hash": "sha256:" + sha256_of(target),
                    "schema": {"fields": [{"name": n, "type": t, "description": c} for n, t, c in columns]},
                }
            )
    return resources


def _match_quality(con: duckdb.DuckDBPyConnection) -> list[dict[str, object]]:
    """Precision, recall and F1 of organisation matching as the build measured them (ops.match_quality)."""
    found = con.execute(
        "select count(*) from duckdb_tables() where schema_name = 'ops' and table_name = 'match_quality'"
    ).fetchall()[0][0]
    if not found:
        return []
    cursor = con.execute("select * from ops.match_quality order by evaluation, kind")
    names = [d[0] for d in cursor.description or []]
    return [dict(zip(names, row, strict=True)) for row in cursor.fetchall()]


def _datapackage(
    release_id: str, fingerprint: str, inputs: list[dict[str, str]], resources: list[dict[str, object]]
) -> dict[str, object]:
    sources = []
    licences = []
    for name in registry.names():
        meta = registry.meta(name)
        sources.append(
            {
                "name": name,
                "title": meta.title,
                "path": meta.homepage,
                "publisher": meta.publisher,
                "licence": meta.licence,
                "attribution": meta.attribution,
            }
        )
        licences.append({"name": meta.licence, "scope": name})
    return {
        "profile": "data-package",
        "name": "cluster-landscape",
        "title": "Cluster Landscape release",
        "version": release_id,
        "created": datetime.now(UTC).isoformat(timespec="seconds"),
        "fingerprint": fingerprint,
        "inputs": inputs,
        "licenses": licences,
        "sources": sources,
        "resources": resources,
    }

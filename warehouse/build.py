"""Write → audit → publish.

A build never writes into what analysts read. It creates a new DuckDB file beside the published one,
copies every source's staging into it, runs the core and mart models, runs the audits, and only when
all pass renames the new file over ``landscape.duckdb`` (an atomic rename on one filesystem). Readers
that had the old file open keep reading the old version; a failed or killed build leaves the old
file untouched and the rejected build under ``failed/`` for inspection.
"""

from __future__ import annotations

import json
import logging
import os
import shutil
from dataclasses import asdict, dataclass
from datetime import UTC, datetime
from pathlib import Path

import duckdb

from extractors import registry
from extractors.base import EntitySpec, SourceMeta
from landscape import ledger
from landscape.settings import Settings
from transforms.sqltext import ident, literal
from warehouse.audits import AuditResult, run_all
from warehouse.cluster_mentions import build_cluster_mentions
from warehouse.column_docs import document_columns
from warehouse.point_regions import place_points
from warehouse.reference import load_reference
from warehouse.sql_files import SQL_DIR, PythonModel, model_files, run_file
from warehouse.stage import empty_staging_ddl
from warehouse.staging_store import staging_path

log = logging.getLogger("landscape.build")


class NothingToBuild(Exception):
    """No source has staged anything yet."""


class AuditFailed(Exception):
    def __init__(self, failures: list[AuditResult], kept_at: Path) -> None:
        self.failures = failures
        self.kept_at = kept_at
        names = ", ".join(f"{f.name} ({f.detail})" for f in failures)
        super().__init__(f"audits failed, previous warehouse still published; rejected build at {kept_at}: {names}")


@dataclass(frozen=True)
class BuildResult:
    build_id: str
    warehouse: Path
    sources: list[str]
    tables: dict[str, int]
    audits: list[AuditResult]
    seconds: float


def staged_sources(settings: Settings) -> list[str]:
    return [n for n in registry.names() if staging_path(settings.staging_dir, n).exists()]


def build(settings: Settings, *, build_id: str | None = None, with_gx: bool = True) -> BuildResult:
    started = datetime.now(UTC)
    build_id = build_id or "build-" + started.strftime("%Y%m%dT%H%M%S%fZ")
    sources = staged_sources(settings)
    if not sources:
        raise NothingToBuild(f"nothing staged under {settings.staging_dir}; run `landscape refresh` first")
    settings.home.mkdir(parents=True, exist_ok=True)
    work = settings.home / f".landscape.{build_id}.building.duckdb"
    work.unlink(missing_ok=True)
    con = duckdb.connect(str(work))
    con.execute("set memory_limit = ?", [settings.duckdb_memory_limit])
    try:
        run_file(con, SQL_DIR / "00_schemas.sql")
        for name in registry.names():
            if name in sources:
                _copy_staging(con, settings, name)
            else:
                _create_empty_staging(con, name)
        _load_ledger(con, settings, sources)
        load_reference(con, settings)
        build_cluster_mentions(con)
        place_points(con)
        for model in model_files(python_models(settings, build_id))[1:]:
            if isinstance(model, PythonModel):
                model.run(con)
            else:
                run_file(con, model)
        _keep_delisted_clusters(con, settings)
        audits = run_all(con, sources, with_gx=with_gx) + _sources_still_present(settings, sources)
        _record_build(con, build_id, started, audits, sources)
        document_columns(con)
        tables = table_counts(con, ("staging", "core", "marts", "ops"))
        con.execute("checkpoint")
    except BaseException:
        con.close()
        work.unlink(missing_ok=True)
        raise
    con.close()
    failures = [a for a in audits if not a.passed]
    if failures:
        kept = settings.home / "failed" / f"{build_id}.duckdb"
        kept.parent.mkdir(parents=True, exist_ok=True)
        shutil.move(str(work), kept)
        raise AuditFailed(failures, kept)
    os.replace(work, settings.warehouse_path)
    seconds = (datetime.now(UTC) - started).total_seconds()
    log.info("published %s (%d tables) in %.1f s", settings.warehouse_path, len(tables), seconds)
    return BuildResult(build_id, settings.warehouse_path, sources, tables, audits, seconds)


def python_models(settings: Settings, build_id: str) -> list[PythonModel]:
    """The models written in Python, ordered among the SQL ones by what they read and create."""
    from functools import partial

    from warehouse import org_identity

    return [
        PythonModel(
            "organisation identity",
            org_identity.READS,
            org_identity.CREATES,
            partial(org_identity.build_identity, settings=settings, build_id=build_id),
        )
    ]


def _create_empty_staging(con: duckdb.DuckDBPyConnection, name: str) -> None:
    """A source that never ran still gets its (empty) staging tables, so every model can run."""
    meta = registry.meta(name)
    for spec in registry.module(name).ENTITIES:
        con.execute(empty_staging_ddl(spec, f"staging.{ident(spec.table)}"))
        _document_staging(con, meta, spec, note=" No run staged yet.")


def _copy_staging(con: duckdb.DuckDBPyConnection, settings: Settings, name: str) -> None:
    module = registry.module(name)
    meta = registry.meta(name)
    path = staging_path(settings.staging_dir, name)
    alias = f"src_{name}"
    con.execute(f"attach {literal(str(path))} as {alias} (read_only)")
    try:
        for spec in module.ENTITIES:
            con.execute(f"create or replace table staging.{spec.table} as select * from {alias}.main.{spec.table}")
            _document_staging(con, meta, spec)
        con.execute(
            "create table if not exists ops.quarantine as select * from " + alias + ".main.quarantine where false"
        )
        con.execute(f"insert into ops.quarantine select * from {alias}.main.quarantine")
    finally:
        con.execute(f"detach {alias}")


def _document_staging(con: duckdb.DuckDBPyConnection, meta: SourceMeta, spec: EntitySpec, note: str = "") -> None:
    table = f"staging.{ident(spec.table)}"
    doc = f"{meta.title}: validated rows of {spec.member} ({spec.entity}). Licence: {meta.licence}.{note}"
    con.execute(f"comment on table {table} is {literal(doc)}")
    for column, text in _PROVENANCE_COMMENTS.items():
        con.execute(f"comment on column {table}.{column} is {literal(text)}")
    for f in spec.fields:
        con.execute(
            f"comment on column {table}.{ident(f.name)} is {literal(f'From source column {f.column} ({f.kind}).')}"
        )


_PROVENANCE_COMMENTS = {
    "source": "Source name in the registry.",
    "dataset": "File of the source the row came from (e.g. the programme zip).",
    "run_id": "Ingest run that staged the row.",
    "raw_sha256": "sha256 of the archived raw download (see raw/<source>/manifest.jsonl).",
    "source_url": "URL the raw file was downloaded from.",
    "source_file": "Member file inside the download.",
    "source_line": "Line in the source file where the record starts.",
    "fetched_at": "When the raw file was fetched (UTC).",
    "first_seen": "Fetch time of the first download that contained this record key.",
    "last_seen": "Fetch time of the latest download that contained this record key.",
}


def _keep_delisted_clusters(con: duckdb.DuckDBPyConnection, settings: Settings) -> None:
    """A cluster no registry lists any more stays in core.clusters, marked still_listed = false, with
    the last_seen it had: analysts can tell an inactive cluster from one we never knew."""
    if not settings.warehouse_path.exists():
        return
    con.execute(f"attach {literal(str(settings.warehouse_path))} as published (read_only)")
    try:
        have = con.execute(
            "select column_name from duckdb_columns() where database_name = 'published' "
            "and schema_name = 'core' and table_name = 'clusters' order by column_index"
        ).fetchall()
        want = con.execute(
            "select column_name from duckdb_columns() where database_name = current_database() "
            "and schema_name = 'core' and table_name = 'clusters' order by column_index"
        ).fetchall()
        if have != want:
            # First build with clusters, or their columns changed with the code: say so, loudly.
            log.warning("delisted clusters of the published warehouse not carried over: columns differ")
            return
        # Carried by mention, not by id: a cluster whose id changed (it gained a website, two groups
        # merged) is still listed through its records, and must not come back as a closed ghost.
        con.execute(
            """
            insert into core.clusters
            select * replace (false as still_listed) from published.core.clusters p
            where p.cluster_id not in (select cluster_id from core.clusters)
              and not exists (
                  select 1 from published.core.cluster_mentions pm
                  join core.cluster_mentions cm using (mention_id)
                  where pm.cluster_id = p.cluster_id)
            """
        )
    finally:
        con.execute("detach published")


def _sources_still_present(settings: Settings, sources: list[str]) -> list[AuditResult]:
    """A source in the published warehouse whose staging vanished must not silently drop out."""
    if not settings.warehouse_path.exists():
        return []
    con = duckdb.connect(str(settings.warehouse_path), read_only=True)
    try:
        published = set(con.execute("select unnest(sources) from ops.builds").fetchall())
    except duckdb.Error:
        published = set()
    finally:
        con.close()
    missing = sorted(name for (name,) in published if name not in sources)
    return [
        AuditResult(
            f"{name}.staging_present",
            "expectation",
            False,
            f"{name} is in the published warehouse but has no staging; restage it or remove it",
        )
        for name in missing
    ]


def _load_ledger(con: duckdb.DuckDBPyConnection, settings: Settings, sources: list[str]) -> None:
    con.execute(
        """
        create table ops.runs (run_id varchar, source varchar, started_at timestamptz, finished_at timestamptz,
            status varchar, changed boolean, error varchar, datasets json, warnings json)
        """
    )
    con.execute(
        """
        create table ops.ledger (run_id varchar, source varchar, dataset varchar, entity varchar,
            source_file varchar, raw_sha256 varchar, rows_in bigint, rows_staged bigint,
            rows_quarantined bigint, new_columns json)
        """
    )
    for name in sources:
        for run in ledger.read(settings.home, name):
            con.execute(
                "insert into ops.runs values (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                [
                    run.run_id,
                    run.source,
                    run.started_at,
                    run.finished_at or None,
                    run.status,
                    run.changed,
                    run.error,
                    json.dumps(run.datasets),
                    json.dumps(run.warnings),
                ],
            )
            for f in run.files:
                con.execute(
                    "insert into ops.ledger values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    [
                        f["run_id"],
                        f["source"],
                        f["dataset"],
                        f["entity"],
                        f["source_file"],
                        f["raw_sha256"],
                        f["rows_in"],
                        f["rows_staged"],
                        f["rows_quarantined"],
                        json.dumps(f["new_columns"]),
                    ],
                )
    con.execute("comment on table ops.runs is 'Every ingest run: staged, unchanged or failed, with the files it saw.'")
    con.execute("comment on table ops.ledger is 'Per run and file: rows_in = rows_staged + rows_quarantined, always.'")
    con.execute(
        "comment on table ops.quarantine is 'Rows that did not pass parsing or validation, with reason, "
        "file, line and the raw record.'"
    )


def _record_build(
    con: duckdb.DuckDBPyConnection, build_id: str, started: datetime, audits: list[AuditResult], sources: list[str]
) -> None:
    con.execute(
        "create table ops.audits (build_id varchar, name varchar, kind varchar, passed boolean, detail varchar)"
    )
    for a in audits:
        con.execute("insert into ops.audits values (?, ?, ?, ?, ?)", [build_id, *asdict(a).values()])
    con.execute(
        "create table ops.builds "
        "(build_id varchar, started_at timestamptz, published_at timestamptz, sources varchar[])"
    )
    con.execute("insert into ops.builds values (?, ?, now(), ?)", [build_id, started, sources])
    con.execute("comment on table ops.audits is 'Audit results of the build that produced this file.'")
    con.execute("comment on table ops.builds is 'The build that produced this file and when it was published.'")


def table_counts(con: duckdb.DuckDBPyConnection, schemas: tuple[str, ...]) -> dict[str, int]:
    """Exact row count of every table in ``schemas`` of the connection's database."""
    names = con.execute(
        "select schema_name, table_name from duckdb_tables() "
        "where database_name = current_database() and list_contains(?, schema_name) order by 1, 2",
        [list(schemas)],
    ).fetchall()
    return {
        f"{schema}.{table}": int(con.execute(f"select count(*) from {ident(schema)}.{ident(table)}").fetchall()[0][0])
        for schema, table in names
    }

"""Parse → validate → stage one delimited file for one entity, losing nothing.

Every record of the file ends in exactly one place: the entity's staging table, or the quarantine
table with a reason code, a readable detail, the file, the line and the raw record. The returned
:class:`FileLedger` proves it (``rows_in == rows_staged + rows_quarantined``), and a run whose counts
do not add up stops before anything is swapped in.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import asdict, dataclass
from pathlib import Path

import duckdb
import pandas as pd

from extractors.archive import RawDocument
from extractors.base import EntitySpec
from extractors.errors import LayoutChanged
from extractors.tabular import SEMICOLON_QUOTED, CsvDialect, drop_loaded, load_csv
from schemas.validate import checked_part, present_part, validate_batches
from transforms.parse_sql import SQL_TYPES, select_typed_sql
from transforms.sqltext import ident, literal

BATCH_ROWS = 100_000

REASON_MALFORMED = "malformed_csv"
REASON_UNPARSEABLE = "unparseable_value"
REASON_SCHEMA = "schema_violation"
REASON_DUPLICATE = "duplicate_key"

QUARANTINE_DDL = """
create table if not exists quarantine (
    run_id varchar not null,
    source varchar not null,
    dataset varchar not null,
    entity varchar not null,
    source_file varchar not null,
    raw_sha256 varchar not null,
    record_no bigint not null,
    line bigint,
    source_ref varchar,
    reason_code varchar not null,
    detail varchar not null,
    record_key varchar,
    raw_record varchar not null,
    quarantined_at timestamp not null
)
"""


@dataclass(frozen=True)
class Provenance:
    run_id: str
    source: str
    dataset: str
    raw_sha256: str
    source_url: str
    fetched_at: str

    @classmethod
    def of(cls, run_id: str, source: str, dataset: str, doc: RawDocument) -> Provenance:
        """Where a dataset staged from one archived document comes from."""
        return cls(run_id, source, dataset, doc.sha256, doc.url, doc.fetched_at)


@dataclass(frozen=True)
class FileLedger:
    run_id: str
    source: str
    dataset: str
    entity: str
    source_file: str
    raw_sha256: str
    rows_in: int
    rows_staged: int
    rows_quarantined: int
    new_columns: tuple[str, ...]

    @property
    def counts(self) -> str:
        """For progress logs: ``"120 in, 118 staged, 2 quarantined"``."""
        return f"{self.rows_in} in, {self.rows_staged} staged, {self.rows_quarantined} quarantined"

    def as_dict(self) -> dict[str, object]:
        data = asdict(self)
        data["new_columns"] = list(self.new_columns)
        return data


def stage_file(
    con: duckdb.DuckDBPyConnection,
    path: Path,
    spec: EntitySpec,
    prov: Provenance,
    *,
    extra_problems: list[str] | None = None,
    dialect: CsvDialect = SEMICOLON_QUOTED,
) -> FileLedger:
    """Stage ``path`` into ``spec.table``, replacing the rows the same dataset staged before."""
    con.execute(QUARANTINE_DDL)
    loaded = load_csv(
        con,
        path,
        expected_columns=spec.expected_columns,
        table="raw_rows",
        dialect=dialect,
        context=f"{prov.source}/{prov.dataset}",
    )
    return stage_loaded(con, spec, prov, loaded.columns, loaded.records_in, loaded.unexpected_columns, extra_problems)


def stage_records(
    con: duckdb.DuckDBPyConnection,
    records: list[dict[str, str | None]],
    spec: EntitySpec,
    prov: Provenance,
    *,
    extra_problems: list[str] | None = None,
    new_columns: tuple[str, ...] = (),
) -> FileLedger:
    """Stage records a parser built in Python (scraped pages, spreadsheets) through the same checks.

    Each record maps source column names to text. Optional ``_url``, ``_sha256`` and ``_fetched_at``
    give the record its own provenance (one scraped page each); ``_line`` its line or row in a file;
    ``_problem`` what the parser found wrong with it, which quarantines it with that reason.
    """
    import pyarrow as pa

    con.execute(QUARANTINE_DDL)
    columns = list(spec.expected_columns)
    data: dict[str, list[object]] = {c: [r.get(c) for r in records] for c in columns}
    data["_record"] = list(range(1, len(records) + 1))
    data["_line"] = [int(line) if (line := r.get("_line")) else None for r in records]
    for meta in ("_url", "_sha256", "_fetched_at"):
        data[meta] = [r.get(meta) for r in records]
    schema = pa.schema(
        [(c, pa.string()) for c in columns]
        + [
            ("_record", pa.int64()),
            ("_line", pa.int64()),
            ("_url", pa.string()),
            ("_sha256", pa.string()),
            ("_fetched_at", pa.string()),
        ]
    )
    table = pa.Table.from_pydict(data, schema=schema)
    drop_loaded(con, "raw_rows")
    con.register("raw_rows_arrow", table)
    # Same shape as load_csv leaves behind: the rows in a table, read through the raw_rows view.
    con.execute("create temp table raw_rows_read as select * from raw_rows_arrow")
    con.execute("create temp view raw_rows as select * from raw_rows_read")
    con.unregister("raw_rows_arrow")
    con.execute(
        "create temp table raw_rows_rejects (logical_line bigint, csv_line varchar, error_types varchar, "
        "error_message varchar, _record bigint, _line bigint)"
    )
    problems = list(extra_problems or [])
    found = [(number, problem) for number, r in enumerate(records, start=1) if (problem := r.get("_problem"))]
    if found:
        # The parser's own findings, by record number (what the typed rows keep of each record).
        problems.append("case _record " + " ".join(f"when {n} then {literal(p)}" for n, p in found) + " end")
    return stage_loaded(con, spec, prov, tuple(columns), len(records), new_columns, problems)


def stage_loaded(
    con: duckdb.DuckDBPyConnection,
    spec: EntitySpec,
    prov: Provenance,
    columns: tuple[str, ...],
    records_in: int,
    new_columns: tuple[str, ...],
    extra_problems: list[str] | None,
) -> FileLedger:
    """Parse, validate, quarantine and stage records already loaded as the ``raw_rows`` view (by
    load_csv, or a source's own view over it that adds columns, e.g. values from the file name)."""
    _parse(con, spec, extra_problems or [])
    _validate(con, spec)
    _flag_duplicates(con, spec)
    quarantined = _quarantine(con, spec, prov, columns)
    staged = _replace_staged_rows(con, spec, prov)
    ledger = FileLedger(
        run_id=prov.run_id,
        source=prov.source,
        dataset=prov.dataset,
        entity=spec.entity,
        source_file=spec.member,
        raw_sha256=prov.raw_sha256,
        rows_in=records_in,
        rows_staged=staged,
        rows_quarantined=quarantined,
        new_columns=new_columns,
    )
    if ledger.rows_in != ledger.rows_staged + ledger.rows_quarantined:
        raise RuntimeError(f"row accounting broken for {spec.member}: {ledger}")
    drop_loaded(con, "raw_rows")
    con.execute("drop table if exists typed")
    return ledger


def _parse(con: duckdb.DuckDBPyConnection, spec: EntitySpec, extra_problems: list[str]) -> None:
    """Typed values, parse problems and source-specific problems, in one pass."""
    typed = select_typed_sql(list(spec.fields), "raw_rows")
    extra = (
        f"list_concat(_problems, list_filter([{', '.join(extra_problems)}]::varchar[], x -> x is not null))"
        if extra_problems
        else "_problems"
    )
    con.execute(f"create or replace temp table typed as select * replace ({extra} as _problems) from ({typed})")


def _flag_duplicates(con: duckdb.DuckDBPyConnection, spec: EntitySpec) -> None:
    """The first *valid* occurrence of a key is kept; later valid ones are quarantined pointing at it.

    Runs after validation, so a rejected first copy never takes a valid later copy down with it.
    """
    keys = ", ".join(ident(k) for k in spec.key)
    duplicate = f"'duplicate key ({', '.join(spec.key)}); first at line ' || _first_line"
    con.execute(
        f"""
        create or replace temp table typed as
        select * exclude (_rank, _first_line)
               replace (case when len(_problems) = 0 and _rank > 1 then [{duplicate}] else _problems end
                        as _problems)
        from (select *, row_number() over w as _rank, first_value(_line) over w as _first_line
              from typed window w as (partition by {keys}, len(_problems) = 0 order by _record))
        """
    )


def _batches(con: duckdb.DuckDBPyConnection, columns: list[str]) -> Iterator[pd.DataFrame]:
    selected = ", ".join(["_record", *(ident(c) for c in columns)])
    reader = con.execute(f"select {selected} from typed where len(_problems) = 0 order by _record").to_arrow_reader(
        BATCH_ROWS
    )
    for batch in reader:
        yield batch.to_pandas()


def _validate(con: duckdb.DuckDBPyConnection, spec: EntitySpec) -> None:
    schema = checked_part(present_part(spec.load_schema(), [f.name for f in spec.fields]))
    failures = list(validate_batches(schema, _batches(con, list(schema.columns))))
    con.execute("create or replace temp table schema_failures (record bigint, message varchar)")
    if failures:
        frame = pd.DataFrame({"record": [f.record for f in failures], "message": [f.message for f in failures]})
        con.register("failure_frame", frame)
        con.execute("insert into schema_failures select record, message from failure_frame")
        con.unregister("failure_frame")
        con.execute(
            """
            update typed set _problems = list_concat(_problems, f.messages)
            from (select record, list(message order by message) as messages
                  from schema_failures group by record) f
            where f.record = typed._record
            """
        )


def _quarantine(con: duckdb.DuckDBPyConnection, spec: EntitySpec, prov: Provenance, columns: tuple[str, ...]) -> int:
    key_json = "to_json(struct_pack(" + ", ".join(f"{ident(k)} := t.{ident(k)}" for k in spec.key) + "))"
    raw_json = "to_json(struct_pack(" + ", ".join(f"{ident(c)} := r.{ident(c)}" for c in columns) + "))"
    common = [prov.run_id, prov.source, prov.dataset, spec.entity, spec.member, prov.raw_sha256]
    # Quarantine mirrors current staging: re-staging a dataset replaces its rows (the ledger keeps
    # the counts of every run).
    con.execute("delete from quarantine where source = ? and dataset = ? and entity = ?", common[1:4])
    con.execute(
        """
        insert into quarantine
        select ?, ?, ?, ?, ?, ?, _record, _line, null, ?, error_types || ': ' || error_message, null, csv_line,
               now()::timestamp
        from raw_rows_rejects
        """,
        [*common, REASON_MALFORMED],
    )
    con.execute(
        f"""
        insert into quarantine
        select ?, ?, ?, ?, ?, coalesce(t._sha256, ?), t._record, t._line, t._url,
               case when exists (select 1 from schema_failures f where f.record = t._record)
                        then '{REASON_SCHEMA}'
                    when len(t._problems) = 1 and t._problems[1] like 'duplicate key%'
                        then '{REASON_DUPLICATE}'
                    else '{REASON_UNPARSEABLE}' end,
               array_to_string(t._problems, '; '), {key_json}, {raw_json}, now()::timestamp
        from typed t join raw_rows r on r._record = t._record
        where len(t._problems) > 0
        """,
        common,
    )
    written = con.execute(
        "select count(*) from quarantine where run_id = ? and dataset = ? and entity = ?",
        [prov.run_id, prov.dataset, spec.entity],
    ).fetchall()[0][0]
    return int(written)


def _replace_staged_rows(con: duckdb.DuckDBPyConnection, spec: EntitySpec, prov: Provenance) -> int:
    """Swap this dataset's rows, carrying each key's ``first_seen`` over from earlier runs."""
    names = [f.name for f in spec.fields]
    cols = ", ".join(f"t.{ident(n)}" for n in dict.fromkeys(names))
    # coalesce, not IS NOT DISTINCT FROM: keeps it a hash join
    keys = " and ".join(f"coalesce(o.{ident(k)}::varchar, '') = coalesce(t.{ident(k)}::varchar, '')" for k in spec.key)
    select = f"""
        select {cols},
               ?::varchar as source, ?::varchar as dataset, ?::varchar as run_id,
               coalesce(t._sha256, ?::varchar) as raw_sha256, coalesce(t._url, ?::varchar) as source_url,
               ?::varchar as source_file, t._line as source_line,
               coalesce(t._fetched_at, ?)::timestamp as fetched_at,
               coalesce(o.first_seen, ?::timestamp) as first_seen,
               -- seen = listed by the run, even when the record's body came from the archive
               ?::timestamp as last_seen
        from typed t
        left join previous o on {keys}
        where len(t._problems) = 0
    """
    params = [
        prov.source,
        prov.dataset,
        prov.run_id,
        prov.raw_sha256,
        prov.source_url,
        spec.member,
        prov.fetched_at,
        prov.fetched_at,
        prov.fetched_at,
    ]
    if _table_exists(con, spec.table):
        key_cols = ", ".join(ident(k) for k in spec.key)
        con.execute(
            f"create or replace temp table previous as select {key_cols}, min(first_seen) as first_seen "
            f"from {ident(spec.table)} where dataset = ? group by all",
            [prov.dataset],
        )
        _ensure_same_columns(con, spec, select, params)
        con.execute(f"delete from {ident(spec.table)} where dataset = ?", [prov.dataset])
        con.execute(f"insert into {ident(spec.table)} {select}", params)
    else:
        if _table_exists(con, f"carry_{spec.table}", schema="temp"):
            con.execute(
                f"create or replace temp table previous as select * exclude (dataset) "
                f"from {ident('carry_' + spec.table)} where dataset = ?",
                [prov.dataset],
            )
        else:
            key_cols = ", ".join(f"null::varchar as {ident(k)}" for k in spec.key)
            con.execute(
                f"create or replace temp table previous as select {key_cols}, null::timestamp as first_seen where false"
            )
        con.execute(f"create table {ident(spec.table)} as {select}", params)
    staged = con.execute(
        f"select count(*) from {ident(spec.table)} where dataset = ? and run_id = ?", [prov.dataset, prov.run_id]
    ).fetchall()[0][0]
    con.execute("drop table if exists previous")
    return int(staged)


# Provenance columns every staging table ends with, in this order (see _replace_staged_rows).
PROVENANCE_COLUMNS: tuple[tuple[str, str], ...] = (
    ("source", "varchar"),
    ("dataset", "varchar"),
    ("run_id", "varchar"),
    ("raw_sha256", "varchar"),
    ("source_url", "varchar"),
    ("source_file", "varchar"),
    ("source_line", "bigint"),
    ("fetched_at", "timestamp"),
    ("first_seen", "timestamp"),
    ("last_seen", "timestamp"),
)


def empty_staging_ddl(spec: EntitySpec, qualified_table: str) -> str:
    """CREATE TABLE for a staging table with no rows yet (a source that has not run)."""
    fields = {f.name: SQL_TYPES[f.kind] for f in spec.fields}
    columns = [*fields.items(), *PROVENANCE_COLUMNS]
    return f"create table {qualified_table} (" + ", ".join(f"{ident(n)} {t}" for n, t in columns) + ")"


def _table_exists(con: duckdb.DuckDBPyConnection, table: str, schema: str = "main") -> bool:
    found = con.execute(
        "select count(*) from duckdb_tables() where table_name = ? and schema_name = ?", [table, schema]
    ).fetchall()[0][0]
    return bool(found)


def reset_for_restage(con: duckdb.DuckDBPyConnection, specs: tuple[EntitySpec, ...]) -> None:
    """Before re-parsing every file: keep each key's ``first_seen``, then drop the staging tables so
    they are rebuilt with this version's columns (the way out after an upgrade changed them)."""
    for spec in specs:
        if not _table_exists(con, spec.table):
            continue
        key_cols = ", ".join(ident(k) for k in spec.key)
        con.execute(
            f"create or replace temp table {ident('carry_' + spec.table)} as "
            f"select dataset, {key_cols}, min(first_seen) as first_seen from {ident(spec.table)} group by all"
        )
        con.execute(f"drop table {ident(spec.table)}")


def _ensure_same_columns(con: duckdb.DuckDBPyConnection, spec: EntitySpec, select: str, params: list) -> None:
    """A code upgrade may change a staging table's columns; rebuild it empty rather than misalign."""
    have = [r[0] for r in con.execute(f"describe {ident(spec.table)}").fetchall()]
    want = [r[0] for r in con.execute(f"describe {select}", params).fetchall()]
    if have != want:
        raise LayoutChanged(
            f"staging table {spec.table} has columns {have}, this version writes {want}; "
            "run `landscape refresh --source SOURCE --restage` to restage it from the raw archive"
        )

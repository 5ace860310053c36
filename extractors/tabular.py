"""Read delimited files into DuckDB as text, keeping every record accounted for.

DuckDB's CSV reader streams the file (no pandas copy), and in strict mode with ``store_rejects`` it
refuses records whose quoting is broken or whose column count is wrong instead of shifting values
into the wrong columns. Those rejects become quarantine rows; the accepted records land in a raw
table of VARCHAR columns with their record number and the physical line where they start, so a
quarantined or staged row can always be traced back to ``file:line``.
"""

from __future__ import annotations

import codecs
import csv
import io
import logging
from dataclasses import dataclass, field
from pathlib import Path

import duckdb

from extractors.dialects import SEMICOLON_QUOTED, CsvDialect
from extractors.errors import LayoutChanged
from transforms.sqltext import ident, literal

log = logging.getLogger("landscape.tabular")

# Long free text (project objectives) can run to hundreds of kB in one record.
MAX_LINE_SIZE = 20_000_000


# Catches a field beyond the header. DuckDB 1.5 accepts some records with one field too many when
# that field is an empty "" (a `;` inside a name, shifting every later column by one), so we read one
# column more than the header and look at it ourselves.
OVERFLOW = "__overflow__"


@dataclass(frozen=True)
class LoadedFile:
    """A file read into ``raw_table`` (text columns + ``_record`` + ``_line``) and ``rejects_table``."""

    path: Path
    raw_table: str
    rejects_table: str
    columns: tuple[str, ...]
    unexpected_columns: tuple[str, ...]
    records_accepted: int
    records_rejected: int
    warnings: tuple[str, ...] = field(default_factory=tuple)

    @property
    def records_in(self) -> int:
        return self.records_accepted + self.records_rejected


def read_header(path: Path, dialect: CsvDialect) -> list[str]:
    """The header row, parsed with the file's dialect; a UTF-8 BOM is tolerated (CORDIS FP7 has one)."""
    with path.open("rb") as fh:
        head = fh.read(1 << 16)
    if head.startswith(codecs.BOM_UTF8):
        head = head[len(codecs.BOM_UTF8) :]
    first_line = head.decode(dialect.encoding, errors="replace").splitlines()[0] if head else ""
    reader = csv.reader(io.StringIO(first_line), delimiter=dialect.delimiter, quotechar=dialect.quote)
    return [name.strip() for name in next(reader, [])]


def check_header(path: Path, header: list[str], expected: tuple[str, ...], context: str) -> tuple[str, ...]:
    """Missing columns make the file unusable; new columns are reported, never silently dropped."""
    missing = [name for name in expected if name not in header]
    if missing:
        raise LayoutChanged(
            f"{context}: {path.name} lacks column(s) {', '.join(missing)}; header is {';'.join(header)}"
        )
    duplicates = sorted({name for name in header if header.count(name) > 1})
    if duplicates:
        raise LayoutChanged(f"{context}: {path.name} repeats column(s) {', '.join(duplicates)}")
    return tuple(name for name in header if name not in expected)


def load_csv(
    con: duckdb.DuckDBPyConnection,
    path: Path,
    *,
    expected_columns: tuple[str, ...],
    table: str,
    dialect: CsvDialect = SEMICOLON_QUOTED,
    context: str = "",
) -> LoadedFile:
    """Load ``path`` into ``table`` (all VARCHAR) and its rejected records into ``table``_rejects."""
    header = read_header(path, dialect)
    unexpected = check_header(path, header, expected_columns, context or str(path))
    warnings = tuple(f"{path.name}: new column {name!r} is not mapped yet" for name in unexpected)
    for message in warnings:
        log.warning("%s", message)

    rejects = f"{table}_rejects"
    scan = f"{table}_scan"
    read_columns = [*header, OVERFLOW] if dialect.all_quoted else header
    columns_sql = "{" + ", ".join(f"{literal(name)}: 'VARCHAR'" for name in read_columns) + "}"
    # DuckDB cannot pad records in parallel when quoted fields hold newlines (CORDIS objectives do).
    shape_options = "null_padding=true, allow_quoted_nulls=false, parallel=false," if dialect.all_quoted else ""
    drop_loaded(con, table)
    con.execute(f"drop table if exists {scan}; drop table if exists {scan}_errors")
    con.execute(
        f"""
        create temp table {table}_read as
        select * from read_csv({literal(str(path))},
            delim={literal(dialect.delimiter)}, quote={literal(dialect.quote)},
            escape={literal(dialect.escape)}, header=true, auto_detect=false,
            columns={columns_sql}, strict_mode=true, max_line_size={MAX_LINE_SIZE}, {shape_options}
            store_rejects=true, rejects_scan={literal(scan)}, rejects_table={literal(scan + "_errors")})
        """
    )
    # A record can raise several errors (one per bad column); quarantine it once.
    con.execute(
        f"""
        create temp table {rejects} as
        select line as logical_line,
               -- In a CRLF file DuckDB hands the reject over with the previous line's line feed in
               -- front: stripped, or the raw text and every later line number would be one off.
               ltrim(arg_min(csv_line, column_idx), chr(13) || chr(10)) as csv_line,
               string_agg(distinct error_type, ', ' order by error_type) as error_types,
               arg_min(error_message, column_idx) as error_message
        from {scan}_errors
        group by line
        """
    )
    _number_records(con, table, rejects, read_columns)
    if dialect.all_quoted:
        _reject_wrong_shapes(con, table, rejects, header)
    accepted = con.execute(f"select count(*) from {table}").fetchall()[0][0]
    rejected = con.execute(f"select count(*) from {rejects}").fetchall()[0][0]
    return LoadedFile(
        path=path,
        raw_table=table,
        rejects_table=rejects,
        columns=tuple(header),
        unexpected_columns=unexpected,
        records_accepted=int(accepted),
        records_rejected=int(rejected),
        warnings=warnings,
    )


def drop_loaded(con: duckdb.DuckDBPyConnection, table: str) -> None:
    """Remove what :func:`load_csv` created for ``table``."""
    con.execute(f"drop view if exists {table}")
    for suffix in ("", "_read", "_lines", "_rejects"):
        con.execute(f"drop table if exists {table}{suffix}")


def _number_records(con: duckdb.DuckDBPyConnection, table: str, rejects: str, columns: list[str]) -> None:
    """Give each accepted and rejected record its record number and physical start line.

    DuckDB reports a reject's *logical* line (header = 1, then one per record read, a record whose
    quoting broke counting once per piece it fell into). Accepted records come in file order. Merging
    the two sequences gives every record's logical position; a running sum of the physical lines each
    record spans (1 + newlines inside its quoted fields) turns that into the line a person opens the
    file at. Two window passes, no per-row updates.
    """
    # One concatenation per record is cheaper than counting column by column.
    joined = "concat(" + ", ".join(ident(c) for c in columns) + ")"
    newlines = f"length({joined}) - length(replace({joined}, chr(10), ''))"
    con.execute(
        f"""
        create temp table {table}_lines as
        with accepted as (
            select 'a' as kind, rowid as ref, rowid as pos, 1 as ord, 1 + {newlines} as span from {table}_read
        ),
        rejected as (
            -- pos: how many accepted records come before the reject
            select 'r' as kind, logical_line as ref,
                   logical_line - 2 - (row_number() over (order by logical_line) - 1) as pos, 0 as ord,
                   1 + length(csv_line) - length(replace(csv_line, chr(10), '')) as span
            from {rejects}
        ),
        ordered as (
            select kind, ref, span, row_number() over (order by pos, ord, ref) as record_no
            from (select * from accepted union all select * from rejected)
        )
        select kind, ref, record_no,
               2 + coalesce(sum(span) over (order by record_no rows between unbounded preceding and 1 preceding), 0)
                   as line
        from ordered
        """
    )
    overflow = f", {ident(OVERFLOW)}" if OVERFLOW in columns else ""
    # A view, not a copy: the parse step reads every record once through it anyway.
    con.execute(
        f"""
        create temp view {table} as
        select r.* exclude (_rowid{overflow}), l.record_no as _record, l.line as _line,
               null::varchar as _url, null::varchar as _sha256, null::varchar as _fetched_at
        from (select *, rowid as _rowid from {table}_read) r
        join {table}_lines l on l.kind = 'a' and l.ref = r._rowid
        """
    )
    con.execute(f"alter table {rejects} add column _record bigint")
    con.execute(f"alter table {rejects} add column _line bigint")
    con.execute(
        f"""
        update {rejects} set _record = l.record_no, _line = l.line
        from {table}_lines l where l.kind = 'r' and l.ref = {rejects}.logical_line
        """
    )


def _reject_wrong_shapes(con: duckdb.DuckDBPyConnection, table: str, rejects: str, header: list[str]) -> None:
    """Move records with a field too many or too few from the accepted table to the rejects."""
    missing = " or ".join(f"{ident(c)} is null" for c in header)
    # Rebuild the record as it was written (every field quoted) so the quarantine keeps it readable.
    fields = ", ".join(f"coalesce({ident(c)}, '')" for c in [*header, OVERFLOW])
    con.execute(
        f"""
        insert into {rejects} (logical_line, csv_line, error_types, error_message, _record, _line)
        select null, '"' || array_to_string(list_filter([{fields}], x -> x is not null), '";"') || '"',
               case when {ident(OVERFLOW)} is not null then 'TOO MANY COLUMNS' else 'MISSING COLUMNS' end,
               case when {ident(OVERFLOW)} is not null
                    then 'more fields than the {len(header)} of the header (a delimiter inside a value?)'
                    else 'fewer fields than the {len(header)} of the header' end,
               _record, _line
        from (select r.*, l.record_no as _record, l.line as _line
              from (select *, rowid as _rowid from {table}_read) r
              join {table}_lines l on l.kind = 'a' and l.ref = r._rowid)
        where {ident(OVERFLOW)} is not null or {missing}
        """
    )
    con.execute(f"delete from {table}_read where {ident(OVERFLOW)} is not null or {missing}")

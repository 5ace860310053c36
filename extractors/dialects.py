"""CSV dialects of the sources (no heavy imports: source modules declare theirs at DAG-parse time)."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class CsvDialect:
    delimiter: str = ";"
    quote: str = '"'
    escape: str = '"'
    encoding: str = "utf-8"
    # Every field of every record is quoted (CORDIS): an empty field is "" and never missing, which
    # lets us catch records with too few or too many fields that DuckDB's strict mode lets through.
    all_quoted: bool = False


# CORDIS and other EU publishers: ';' between fields, every field in double quotes.
SEMICOLON_QUOTED = CsvDialect(all_quoted=True)

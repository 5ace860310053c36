"""Typed parsing of text columns, as DuckDB SQL generated from a small declarative field list.

Each field kind yields two expressions: the typed value, and a *problem* (NULL when fine, else a short
message). A value that is present but cannot be read is never silently turned into NULL: its problem
sends the whole record to quarantine. Whether a field may be empty is the entity schema's business
(Pandera), not the parser's.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from transforms.countries import to_iso_sql
from transforms.country_names import NAME_TO_ISO
from transforms.labels import LABEL_WORDINGS
from transforms.sqltext import ident, literal

Kind = Literal[
    "text",
    "digits",
    "int",
    "decimal_comma",
    "decimal_point",
    "date",
    "timestamp",
    "bool",
    "latitude_of_pair",
    "longitude_of_pair",
    "country_iso",
    "nuts_code",
    "count_text",
    "date_dmy",
    "date_ymd_slash",
    "timestamp_iso",
    "country_name",
    "label_level",
    "text_none",
    "flag",
    "float",
]

SQL_TYPES: dict[str, str] = {
    "text": "varchar",
    "digits": "varchar",
    "int": "bigint",
    "decimal_comma": "decimal(18,2)",
    "decimal_point": "decimal(18,2)",
    "date": "date",
    "timestamp": "timestamp",
    "bool": "boolean",
    "latitude_of_pair": "double",
    "longitude_of_pair": "double",
    "country_iso": "varchar",
    "nuts_code": "varchar",
    "count_text": "bigint",
    "date_dmy": "date",
    "date_ymd_slash": "date",
    "timestamp_iso": "timestamptz",
    "country_name": "varchar",
    "label_level": "varchar",
    "text_none": "varchar",
    "flag": "boolean",
    "float": "double",
}

# Money has no thousands separator in any CORDIS file; a value with both '.' and ',' is ambiguous
# (1.234,56 vs 1,234.56) and is refused rather than guessed.
_PATTERNS: dict[str, str] = {
    "digits": r"[0-9]+",
    "int": r"-?[0-9]+",
    "decimal_comma": r"-?[0-9]+(,[0-9]+)?",
    "decimal_point": r"-?[0-9]+(\.[0-9]+)?",
    "bool": r"(?i)(true|false)",
    "flag": r"(?i)(0|1|true|false)",
    "float": r"-?[0-9]+(\.[0-9]+)?([eE]-?[0-9]+)?",
    "latitude_of_pair": r"-?[0-9]+(\.[0-9]+)?\s*,\s*-?[0-9]+(\.[0-9]+)?",
}

_DESCRIPTIONS: dict[str, str] = {
    "digits": "not a numeric identifier",
    "int": "not an integer",
    "decimal_comma": "not an amount with a decimal comma",
    "decimal_point": "not an amount with a decimal point",
    "bool": "not true/false",
    "flag": "not 0/1/true/false",
    "float": "not a number",
    "latitude_of_pair": "not a 'lat,lon' pair",
    "date": "not a YYYY-MM-DD date",
    "timestamp": "not a YYYY-MM-DD HH:MM:SS timestamp",
    "count_text": "no number in it",
    "date_dmy": "not a DD/MM/YYYY date",
    "date_ymd_slash": "not a YYYY/MM/DD date",
    "timestamp_iso": "not an ISO-8601 timestamp",
    "country_name": "not a country we know (transforms/country_names.py)",
    "label_level": "not a label wording we know (transforms/labels.py)",
}


@dataclass(frozen=True)
class Field:
    """``name`` in staging is read from source column ``column`` as ``kind``."""

    name: str
    column: str
    kind: Kind = "text"


def cleaned(column: str) -> str:
    """Trimmed source text with empty strings as NULL (CORDIS writes empty as ``""``)."""
    return f"nullif(trim({ident(column)}), '')"


def value_sql(field: Field) -> str:
    c = cleaned(field.column)
    kind = field.kind
    if kind in ("text", "digits"):
        return c
    if kind == "int":
        return f"try_cast({c} as bigint)"
    if kind == "decimal_comma":
        return f"try_cast(replace({c}, ',', '.') as decimal(18,2))"
    if kind == "decimal_point":
        return f"try_cast({c} as decimal(18,2))"
    if kind == "date":
        return f"try_strptime({c}, '%Y-%m-%d')::date"
    if kind == "timestamp":
        return f"try_strptime({c}, '%Y-%m-%d %H:%M:%S')"
    if kind == "bool":
        return f"(case lower({c}) when 'true' then true when 'false' then false end)"
    if kind == "latitude_of_pair":
        return f"try_cast(trim(split_part({c}, ',', 1)) as double)"
    if kind == "longitude_of_pair":
        return f"try_cast(trim(split_part({c}, ',', 2)) as double)"
    if kind == "country_iso":
        return to_iso_sql(c)
    if kind == "count_text":
        # Registries print counts as prose: "approx. 150", "120+", "over 1,200 members".
        return f"try_cast(regexp_replace(regexp_extract({c}, '[0-9][0-9.,]*', 0), '[.,]', '', 'g') as bigint)"
    if kind == "date_dmy":
        return f"try_strptime({c}, '%d/%m/%Y')::date"
    if kind == "date_ymd_slash":
        return f"try_strptime({c}, '%Y/%m/%d')::date"
    if kind == "timestamp_iso":
        return f"try_cast({c} as timestamptz)"
    if kind == "country_name":
        cases = " ".join(f"when {literal(name)} then {literal(iso)}" for name, iso in NAME_TO_ISO.items())
        return f"(case lower({c}) {cases} end)"
    if kind == "text_none":
        # PatentsView writes the literal string None for a missing value.
        return f"nullif({c}, 'None')"
    if kind == "flag":
        # One column, several spellings: 0, 1, FALSE, False, true.
        return f"(case when lower({c}) in ('1', 'true') then true when lower({c}) in ('0', 'false') then false end)"
    if kind == "float":
        return f"try_cast({c} as double)"
    if kind == "label_level":
        cases = " ".join(f"when {literal(wording)} then {literal(level)}" for wording, level in LABEL_WORDINGS.items())
        return f"(case lower({c}) {cases} end)"
    if kind == "nuts_code":
        # Outside Europe CORDIS puts the bare country code in nutsCode; that is not a region.
        return f"(case when length({c}) > 2 then upper({c}) end)"
    raise ValueError(f"unknown field kind {kind!r}")


def problem_sql(field: Field) -> str | None:
    """SQL giving a message when a present value cannot be parsed, else NULL; None if it cannot fail."""
    c = cleaned(field.column)
    label = field.column
    kind = field.kind
    if kind in _PATTERNS:
        check = f"not regexp_full_match({c}, {literal(_PATTERNS[kind])})"
    elif kind in (
        "date",
        "timestamp",
        "count_text",
        "date_dmy",
        "date_ymd_slash",
        "timestamp_iso",
        "country_name",
        "label_level",
    ):
        check = f"{value_sql(field)} is null"
    else:
        return None
    message = literal(f"{label}: {_DESCRIPTIONS[kind]}: ")
    return f"(case when {c} is not null and {check} then {message} || {c} end)"


def select_typed_sql(fields: list[Field], raw_table: str) -> str:
    """SELECT of the typed fields plus ``_problems`` (a list of messages) for every raw record."""
    values = [f"{value_sql(f)}::{SQL_TYPES[f.kind]} as {ident(f.name)}" for f in fields]
    problems = [p for f in fields if (p := problem_sql(f)) is not None]
    problem_list = "list_filter([" + ", ".join(problems) + "], x -> x is not null)" if problems else "[]"
    columns = ", ".join([*values, f"{problem_list}::varchar[] as _problems"])
    # _url/_sha256/_fetched_at: per-record provenance (a scraped page each); NULL for rows of one file.
    return f"select _record, _line, _url, _sha256, _fetched_at, {columns} from {raw_table}"

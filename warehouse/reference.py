"""Reference tables the core models join to: patent scope and the WIPO technology concordance.

Written by the build before the SQL models run, from data shipped in ``transforms/data/`` and from
settings, so the models stay plain SQL.
"""

from __future__ import annotations

from pathlib import Path

import duckdb

from landscape.settings import Settings
from transforms.patent_scope import scope_countries
from transforms.sqltext import literal

DATA = Path(__file__).resolve().parents[1] / "transforms" / "data"
FIELDS_CSV = DATA / "wipo_technology_fields.csv"
CONCORDANCE_CSV = DATA / "wipo_ipc_technology_concordance.csv"


def load_reference(con: duckdb.DuckDBPyConnection, settings: Settings) -> None:
    scope = (settings.env or {}).get("LANDSCAPE_PATENT_SCOPE") or "europe"
    countries = scope_countries(scope)
    con.execute("create or replace table core.patent_scope as select ?::varchar as scope", [scope])
    con.execute("create or replace table core.patent_scope_countries (country varchar)")
    if countries:
        con.executemany("insert into core.patent_scope_countries values (?)", [[c] for c in sorted(countries)])
    con.execute(
        "comment on table core.patent_scope is 'Which patents core keeps (LANDSCAPE_PATENT_SCOPE): europe or all.'"
    )
    con.execute(
        "comment on table core.patent_scope_countries is 'Countries whose patent holders put a patent in scope "
        "(EU-27, EEA/EFTA, GB, CH, candidate countries).'"
    )
    con.execute("comment on column core.patent_scope.scope is 'europe: at least one holder located in Europe; all.'")
    con.execute("comment on column core.patent_scope_countries.country is 'ISO 3166-1 alpha-2.'")
    _load_concordance(con)


def _load_concordance(con: duckdb.DuckDBPyConnection) -> None:
    if FIELDS_CSV.exists() and CONCORDANCE_CSV.exists():
        con.execute(
            f"create or replace table core.technology_fields as select field_number::integer as field_number, "
            f"field_name, sector from read_csv({literal(str(FIELDS_CSV))}, header=true, all_varchar=true)"
        )
        con.execute(
            f"create or replace table core.ipc_technology_concordance as select ipc_prefix, "
            f"field_number::integer as field_number "
            f"from read_csv({literal(str(CONCORDANCE_CSV))}, header=true, all_varchar=true)"
        )
    else:
        con.execute(
            "create or replace table core.technology_fields (field_number integer, field_name varchar, sector varchar)"
        )
        con.execute(
            "create or replace table core.ipc_technology_concordance (ipc_prefix varchar, field_number integer)"
        )
    con.execute(
        "comment on table core.technology_fields is 'The 35 WIPO technology fields in 5 sectors "
        "(WIPO IPC-Technology Concordance, Schmoch 2008; see transforms/data/README.md).'"
    )
    con.execute(
        "comment on table core.ipc_technology_concordance is 'IPC subclass or main group -> WIPO technology field; "
        "the longest matching prefix wins.'"
    )
    for table, column, doc in (
        ("technology_fields", "field_number", "WIPO technology field number, 1-35."),
        ("technology_fields", "field_name", "WIPO technology field name."),
        (
            "technology_fields",
            "sector",
            "Electrical engineering, Instruments, Chemistry, Mechanical engineering or Other fields.",
        ),
        ("ipc_technology_concordance", "ipc_prefix", "IPC subclass (G06F) or subclass and main group (G06F16)."),
        ("ipc_technology_concordance", "field_number", "WIPO technology field number."),
    ):
        con.execute(f"comment on column core.{table}.{column} is {literal(doc)}")

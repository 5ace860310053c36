"""Checks shared by the entity schemas.

Types are fixed upstream by the SQL parse step (DuckDB casts), so the schemas leave dtypes alone
(``dtype=None``) and check the domain: identifiers, vocabularies, ranges, cross-field rules.
"""

from __future__ import annotations

from typing import Any

import pandera.pandas as pa

PROJECT_ID = r"^[0-9]{1,9}$"
PIC = r"^[0-9]{9}$"
ISO2 = r"^[A-Z]{2}$"
NUTS = r"^[A-Z]{2}[A-Z0-9]{1,3}$"


def col(*checks: pa.Check, nullable: bool = True, **kwargs: Any) -> pa.Column:
    """A column whose dtype was already fixed by the parse step."""
    return pa.Column(None, checks=list(checks), nullable=nullable, **kwargs)


def matches(pattern: str) -> pa.Check:
    return pa.Check.str_matches(pattern)


def one_of(values: frozenset[str] | set[str]) -> pa.Check:
    return pa.Check.isin(sorted(values))


def not_blank() -> pa.Check:
    return pa.Check(lambda s: s.str.strip().str.len() > 0, element_wise=False, name="not_blank")

"""Quoting for the SQL text we generate (identifiers, string literals). One place, used everywhere."""

from __future__ import annotations


def ident(name: str) -> str:
    """A double-quoted SQL identifier."""
    return '"' + name.replace('"', '""') + '"'


def literal(text: str) -> str:
    """A single-quoted SQL string literal (paths, titles, comments)."""
    return "'" + text.replace("'", "''") + "'"

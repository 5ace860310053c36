"""Run the warehouse's SQL model files in order (schemas, then core, then marts)."""

from __future__ import annotations

import re
from pathlib import Path

import duckdb

SQL_DIR = Path(__file__).parent / "sql"
LAYERS = ("core", "marts")


_CREATES = re.compile(r"create\s+or\s+replace\s+table\s+(\w+\.\w+)", re.IGNORECASE)
_READS = re.compile(r"\b((?:core|marts)\.\w+)\b", re.IGNORECASE)


def model_files() -> list[Path]:
    """The schemas file, then every core and mart model after the models it reads (its references
    to core.x / marts.y), so a new model never needs a number in its name to run in order."""
    files = [path for layer in LAYERS for path in sorted((SQL_DIR / layer).glob("*.sql"))]
    texts = {path: path.read_text(encoding="utf-8") for path in files}
    creates = {table.lower(): path for path in files for table in _CREATES.findall(texts[path])}
    ordered: list[Path] = []
    visiting: set[Path] = set()

    def visit(path: Path) -> None:
        if path in ordered:
            return
        if path in visiting:
            raise RuntimeError(f"SQL models read each other in a cycle through {path.name}")
        visiting.add(path)
        for table in sorted(set(_READS.findall(texts[path]))):
            dependency = creates.get(table.lower())
            if dependency is not None and dependency != path:
                visit(dependency)
        visiting.discard(path)
        ordered.append(path)

    for path in files:
        visit(path)
    return [SQL_DIR / "00_schemas.sql", *ordered]


def audit_files() -> list[Path]:
    return sorted((SQL_DIR / "audits").glob("*.sql"))


def run_file(con: duckdb.DuckDBPyConnection, path: Path) -> None:
    try:
        con.execute(path.read_text(encoding="utf-8"))
    except duckdb.Error as exc:
        raise RuntimeError(f"{path.relative_to(SQL_DIR)} failed: {exc}") from exc

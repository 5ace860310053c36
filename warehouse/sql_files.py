"""Run the warehouse's SQL model files in order (schemas, then core, then marts)."""

from __future__ import annotations

from pathlib import Path

import duckdb

SQL_DIR = Path(__file__).parent / "sql"
LAYERS = ("core", "marts")


def model_files() -> list[Path]:
    files = [SQL_DIR / "00_schemas.sql"]
    for layer in LAYERS:
        files.extend(sorted((SQL_DIR / layer).glob("*.sql")))
    return files


def audit_files() -> list[Path]:
    return sorted((SQL_DIR / "audits").glob("*.sql"))


def run_file(con: duckdb.DuckDBPyConnection, path: Path) -> None:
    try:
        con.execute(path.read_text(encoding="utf-8"))
    except duckdb.Error as exc:
        raise RuntimeError(f"{path.relative_to(SQL_DIR)} failed: {exc}") from exc

"""Run the warehouse's SQL model files in order (schemas, then core, then marts)."""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

import duckdb

SQL_DIR = Path(__file__).parent / "sql"
LAYERS = ("core", "marts")


_CREATES = re.compile(r"create\s+or\s+replace\s+table\s+(\w+\.\w+)", re.IGNORECASE)
_READS = re.compile(r"\b((?:core|marts)\.\w+)\b", re.IGNORECASE)


@dataclass(frozen=True)
class PythonModel:
    """A model written in Python (what SQL cannot do here), ordered among the SQL models by the tables
    it reads and creates."""

    name: str
    reads: tuple[str, ...]
    creates: tuple[str, ...]
    run: Callable[[duckdb.DuckDBPyConnection], object]


Model = Path | PythonModel


def model_files(python_models: Sequence[PythonModel] = ()) -> list[Model]:
    """The schemas file, then every core and mart model after the models it reads (its references
    to core.x / marts.y), so a new model never needs a number in its name to run in order."""
    files: list[Model] = [path for layer in LAYERS for path in sorted((SQL_DIR / layer).glob("*.sql"))]
    files += list(python_models)
    reads: dict[Model, set[str]] = {}
    creates: dict[str, Model] = {}
    for model in files:
        if isinstance(model, PythonModel):
            reads[model] = {t.lower() for t in model.reads}
            created = model.creates
        else:
            text = model.read_text(encoding="utf-8")
            reads[model] = {t.lower() for t in _READS.findall(text)}
            created = tuple(_CREATES.findall(text))
        creates.update({table.lower(): model for table in created})
    ordered: list[Model] = []
    visiting: set[Model] = set()

    def visit(model: Model) -> None:
        if model in ordered:
            return
        if model in visiting:
            raise RuntimeError(f"models read each other in a cycle through {model.name}")
        visiting.add(model)
        for table in sorted(reads[model]):
            dependency = creates.get(table)
            if dependency is not None and dependency != model:
                visit(dependency)
        visiting.discard(model)
        ordered.append(model)

    for model in files:
        visit(model)
    return [SQL_DIR / "00_schemas.sql", *ordered]


def audit_files() -> list[Path]:
    return sorted((SQL_DIR / "audits").glob("*.sql"))


def run_file(con: duckdb.DuckDBPyConnection, path: Path) -> None:
    try:
        con.execute(path.read_text(encoding="utf-8"))
    except duckdb.Error as exc:
        raise RuntimeError(f"{path.relative_to(SQL_DIR)} failed: {exc}") from exc

"""Run an entity schema over a stream of record batches and name the records that fail.

Validation is lazy (every failure of a batch is collected, not just the first) and batch by batch, so
a whole framework programme never sits in pandas at once. Each failure is tied back to the record's
``_record`` number, which the caller turns into a quarantine row with the file and line.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass

import pandas as pd
import pandera.errors
import pandera.pandas as pa

from extractors.errors import LayoutChanged


@dataclass(frozen=True)
class Failure:
    record: int
    column: str | None
    check: str
    value: str | None

    @property
    def message(self) -> str:
        where = f"{self.column}: " if self.column else ""
        shown = "" if self.value is None else f" (got {self.value!r})"
        return f"{where}fails {self.check}{shown}"


def checked_part(schema: pa.DataFrameSchema) -> pa.DataFrameSchema:
    """Only the columns something checks: the rest need not be copied out of DuckDB at all."""
    frame_columns = set((schema.metadata or {}).get("frame_check_columns", []))
    needed = [
        name for name, column in schema.columns.items() if column.checks or not column.nullable or name in frame_columns
    ]
    return schema.select_columns(needed)


def present_part(schema: pa.DataFrameSchema, columns: list[str]) -> pa.DataFrameSchema:
    """The schema without the optional columns (``required=False``) a source does not provide."""
    keep = [name for name, column in schema.columns.items() if name in columns or column.required]
    return schema.select_columns(keep)


def validate_batches(schema: pa.DataFrameSchema, batches: Iterable[pd.DataFrame]) -> Iterator[Failure]:
    for frame in batches:
        yield from _validate(schema, frame)


def _validate(schema: pa.DataFrameSchema, frame: pd.DataFrame) -> Iterator[Failure]:
    try:
        schema.validate(frame, lazy=True)
    except pandera.errors.SchemaErrors as errors:
        cases = errors.failure_cases
        # A failure without a row index is about the frame itself (a missing column): that is a
        # mapping bug or a changed layout, never a bad record.
        structural = cases[cases["index"].isna()]
        if not structural.empty:
            first = structural.iloc[0]
            raise LayoutChanged(f"schema {schema.name!r}: {first['check']} on column {first['column']!r}") from errors
        records = frame["_record"].to_numpy()
        seen: set[tuple[int, str]] = set()
        for row in cases.itertuples(index=False):
            record = int(records[int(row.index)])
            check = str(row.check)
            # Frame-wide checks report one failure per column of the failing row; keep one.
            column = None if row.schema_context == "DataFrameSchema" else str(row.column)
            if (record, f"{column}:{check}") in seen:
                continue
            seen.add((record, f"{column}:{check}"))
            value = None if pd.isna(row.failure_case) else str(row.failure_case)
            yield Failure(record=record, column=column, check=check, value=value)

"""One DuckDB staging file per source, replaced atomically.

An ingest never writes into the file that a build may be reading: it copies the current staging file,
writes the copy, and renames it over the original only after every file of the run was staged. A run
that fails or is killed leaves the previous staging untouched (its temp copy is removed or ignored),
and two sources can ingest at the same time because they never share a file.
"""

from __future__ import annotations

import contextlib
import fcntl
import os
import shutil
from collections.abc import Iterator
from pathlib import Path

import duckdb


def staging_path(staging_dir: Path, source: str) -> Path:
    return staging_dir / f"{source}.duckdb"


@contextlib.contextmanager
def _source_lock(staging_dir: Path, source: str) -> Iterator[None]:
    """One writer per source at a time, whoever starts it (Airflow, the CLI, a second scheduler):
    two runs copying the same file would otherwise both swap in, and the first one's rows be lost."""
    with (staging_dir / f".{source}.lock").open("w") as handle:
        try:
            fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            raise SourceBusy(f"another run is staging {source!r} right now; try again when it has finished") from None
        try:
            yield
        finally:
            fcntl.flock(handle, fcntl.LOCK_UN)


class SourceBusy(RuntimeError):
    """Another process holds the source's staging lock."""


@contextlib.contextmanager
def open_for_write(
    staging_dir: Path, source: str, run_id: str, memory_limit: str | None = None
) -> Iterator[duckdb.DuckDBPyConnection]:
    staging_dir.mkdir(parents=True, exist_ok=True)
    with _source_lock(staging_dir, source), _swap(staging_dir, source, run_id) as con:
        if memory_limit:
            con.execute("set memory_limit = ?", [memory_limit])
        yield con


@contextlib.contextmanager
def _swap(staging_dir: Path, source: str, run_id: str) -> Iterator[duckdb.DuckDBPyConnection]:
    target = staging_path(staging_dir, source)
    work = staging_dir / f".{source}.{run_id}.tmp.duckdb"
    work.unlink(missing_ok=True)
    if target.exists():
        shutil.copyfile(target, work)
    con = duckdb.connect(str(work))
    try:
        yield con
        con.execute("checkpoint")
        con.close()
        os.replace(work, target)
    except BaseException:
        con.close()
        work.unlink(missing_ok=True)
        Path(str(work) + ".wal").unlink(missing_ok=True)
        raise


@contextlib.contextmanager
def read_only(staging_dir: Path, source: str) -> Iterator[duckdb.DuckDBPyConnection | None]:
    """A read-only look at a source's published staging (None when it has none yet). Safe beside a
    running ingest: writers only ever replace the file, never write into it."""
    path = staging_path(staging_dir, source)
    if not path.exists():
        yield None
        return
    con = duckdb.connect(str(path), read_only=True)
    try:
        yield con
    finally:
        con.close()

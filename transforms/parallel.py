"""Ordered parallel map over chunks, and a pause of the cycle collector, for the CPU-bound loops of entity resolution.

The work is pure Python, so threads would wait on one another; worker processes are forked instead, and inherit the
read-only data they need (``shared``) rather than receiving it pickled: at 300,000 mentions that data is a gigabyte.
Results come back in input order, so a parallel run decides exactly as a serial one does.

Each worker is a bare ``os.fork()`` that runs pure Python on its chunks, writes its results to a file and leaves
with ``os._exit``: no pool, no helper threads, no queues. A multiprocessing pool forked from a build process that
already runs other threads (DuckDB's, an HTTP server's in tests) was seen to hang a worker on a lock it inherited
locked; a bare child that touches nothing but its own Python objects has no such lock to wait for, and a child that
fails or dies makes the parent raise instead of waiting.

Only for large inputs: forking costs tens of milliseconds and a little memory, and a small build, a test or a
platform without ``fork`` simply runs serially.
"""

from __future__ import annotations

import gc
import os
import pickle
import tempfile
import traceback
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import Any, TypeVar

T = TypeVar("T")
R = TypeVar("R")

# Chunks per worker, dealt out in turn: cost estimates are rough, and one worker left with the slow half would keep
# the other idle.
CHUNKS_PER_WORKER = 4


def default_workers() -> int:
    """``LANDSCAPE_MATCH_WORKERS`` if set, else the cores this process may use, at most two (the target machine)."""
    configured = os.environ.get("LANDSCAPE_MATCH_WORKERS", "").strip()
    if configured:
        if not configured.isdigit() or int(configured) < 1:
            raise ValueError(f"LANDSCAPE_MATCH_WORKERS must be a whole number of processes, 1 or more: {configured!r}")
        return int(configured)
    available = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else (os.cpu_count() or 1)
    return max(1, min(2, available))


def map_chunks(
    function: Callable[[Any, Sequence[T]], list[R]],
    items: Sequence[T],
    shared: Any,
    workers: int,
    costs: Sequence[float] | None = None,
) -> list[R]:
    """``function(shared, chunk)`` over contiguous chunks of ``items`` of about equal total ``costs`` (default: one
    each) in ``workers`` processes, results concatenated in order."""
    if workers <= 1 or len(items) < 2 or not hasattr(os, "fork"):
        return function(shared, items)
    ranges = _balanced_ranges([1.0] * len(items) if costs is None else costs, workers * CHUNKS_PER_WORKER)
    dealt = [list(range(worker, len(ranges), workers)) for worker in range(min(workers, len(ranges)))]
    parts: dict[int, list[R]] = {}
    with tempfile.TemporaryDirectory(prefix="landscape-match-") as folder:
        # Frozen objects are left alone by the workers' garbage collector, which would otherwise walk (and so copy,
        # page by page) the whole inherited heap.
        gc.freeze()
        try:
            children = {
                _fork(function, items, shared, [ranges[i] for i in chunks], chunks, Path(folder) / str(worker)): worker
                for worker, chunks in enumerate(dealt)
            }
        finally:
            gc.unfreeze()
        failures = []
        for pid, worker in children.items():
            _, status = os.waitpid(pid, 0)
            result = Path(folder) / f"{worker}.pickle"
            if os.waitstatus_to_exitcode(status) != 0 or not result.exists():
                error = Path(folder) / f"{worker}.error"
                failures.append(error.read_text(encoding="utf-8") if error.exists() else f"worker {worker}: {status}")
                continue
            with result.open("rb") as handle:
                parts.update(pickle.load(handle))
        if failures:
            raise RuntimeError("a matching worker failed:\n" + "\n".join(failures))
    return [result for index in range(len(ranges)) for result in parts[index]]


def _fork(
    function: Callable[[Any, Sequence[Any]], list[Any]],
    items: Sequence[Any],
    shared: Any,
    ranges: list[tuple[int, int]],
    chunks: list[int],
    output: Path,
) -> int:
    """Fork a worker for ``chunks``; it writes ``<output>.pickle`` (chunk -> results) or ``<output>.error``."""
    pid = os.fork()
    if pid:
        return pid
    # The child: compute, write, leave without running the parent's exit handlers or flushing its buffers.
    code = 0
    try:
        results = {
            chunk: function(shared, items[start:end]) for chunk, (start, end) in zip(chunks, ranges, strict=True)
        }
        with output.with_suffix(".pickle").open("wb") as handle:
            pickle.dump(results, handle, protocol=pickle.HIGHEST_PROTOCOL)
    except BaseException:  # whatever happened must reach the parent, which raises it
        output.with_suffix(".error").write_text(traceback.format_exc(), encoding="utf-8")
        code = 1
    finally:
        os._exit(code)


def _balanced_ranges(costs: Sequence[float], parts: int) -> list[tuple[int, int]]:
    total = sum(costs) or 1.0
    ranges: list[tuple[int, int]] = []
    start, running = 0, 0.0
    for index, cost in enumerate(costs):
        running += cost
        if running >= total * (len(ranges) + 1) / parts and len(ranges) < parts - 1:
            ranges.append((start, index + 1))
            start = index + 1
    ranges.append((start, len(costs)))
    return [(a, b) for a, b in ranges if b > a]


@contextmanager
def cycle_collector_paused() -> Iterator[None]:
    """Run a block that allocates millions of objects and frees none in cycles without the cycle collector.

    Each time enough objects have been allocated, CPython walks every tracked object in search of cycles; matching
    300,000 mentions allocates tens of millions (names, features, links), so those walks took a fifth of the run.
    Reference counting still frees everything; whatever cycles the block leaves, the next collection finds."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()

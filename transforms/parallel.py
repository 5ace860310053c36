"""Ordered parallel map over chunks, and a pause of the cycle collector, for the CPU-bound loops of entity resolution.

The work is pure Python, so threads would wait on one another; worker processes are forked instead, and inherit the
read-only data they need (``shared``) rather than receiving it pickled: at 300,000 mentions that data is a gigabyte.
Results come back in input order, so a parallel run decides exactly as a serial one does.

Only for large inputs: forking costs tens of milliseconds and a little memory, and a small build, a test or a
platform without ``fork`` simply runs serially.
"""

from __future__ import annotations

import gc
import multiprocessing
import os
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from typing import Any, TypeVar

T = TypeVar("T")
R = TypeVar("R")

CHUNKS_PER_WORKER = 4
# Set in the parent just before forking; each worker reads its inherited copy.
_SHARED: Any = None
_ITEMS: Sequence[Any] | None = None
_FUNCTION: Callable[[Any, Sequence[Any]], list[Any]] | None = None


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
    if workers <= 1 or len(items) < 2 or "fork" not in multiprocessing.get_all_start_methods():
        return function(shared, items)
    global _SHARED, _ITEMS, _FUNCTION
    # A few chunks per worker, handed out as workers free up: cost estimates are rough, and one worker left with
    # the slow chunk would keep the other idle.
    ranges = _balanced_ranges([1.0] * len(items) if costs is None else costs, workers * CHUNKS_PER_WORKER)
    # Workers inherit the items too and are sent only where their chunk starts and ends: pickling a million
    # candidate pairs to them would cost more than scoring them.
    _SHARED, _ITEMS, _FUNCTION = shared, items, function
    # Frozen objects are left alone by the workers' garbage collector, which would otherwise walk (and so copy,
    # page by page) the whole inherited heap.
    gc.freeze()
    try:
        with multiprocessing.get_context("fork").Pool(min(workers, len(ranges))) as pool:
            parts = pool.map(_run, ranges, chunksize=1)
    finally:
        gc.unfreeze()
        _SHARED = _ITEMS = _FUNCTION = None
    return [result for part in parts for result in part]


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


def _run(bounds: tuple[int, int]) -> list[Any]:
    assert _FUNCTION is not None and _ITEMS is not None
    start, end = bounds
    return _FUNCTION(_SHARED, _ITEMS[start:end])


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

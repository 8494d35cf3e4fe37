"""Heavy work off the page's threads, in a pool of worker processes sized to the cores.

Streamlit runs every session's script as a thread of one server process, so one session's
extraction holds the interpreter lock while it runs: while one user pastes a 50 KB table, every
other user's page waits (issue 12 measured 54 s instead of 4.5 s). Loading, extraction and
comparison are pure functions of frozen records, so the page hands them to this pool and its own
thread only draws. The pool starts its workers on first use with the "spawn" method (forking a
threaded server is unsafe) and starts again if a worker dies. `settings.WORKER_PROCESSES = 0`
runs everything in the calling thread, as the command line always does.
"""

from __future__ import annotations

import multiprocessing
import os
import threading
from collections.abc import Callable
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from typing import TypeVar

from . import settings

Result = TypeVar("Result")

_pool: ProcessPoolExecutor | None = None
_lock = threading.Lock()


def worker_count() -> int:
    """settings.WORKER_PROCESSES, or one per core when it is None."""
    configured = settings.WORKER_PROCESSES
    return (os.cpu_count() or 1) if configured is None else configured


def _shared_pool() -> ProcessPoolExecutor:
    global _pool
    with _lock:
        if _pool is None:
            _pool = ProcessPoolExecutor(max_workers=worker_count(), mp_context=multiprocessing.get_context("spawn"))
        return _pool


def _discard(pool: ProcessPoolExecutor) -> None:
    global _pool
    with _lock:
        if _pool is pool:
            _pool = None
    pool.shutdown(wait=False, cancel_futures=True)


def run(function: Callable[..., Result], *args, **kwargs) -> Result:
    """function(*args, **kwargs) in a worker process; its exceptions are raised here as they were there.
    A pool whose worker died (killed for memory, say) is replaced and the call is made once more."""
    if worker_count() == 0:
        return function(*args, **kwargs)
    pool = _shared_pool()
    try:
        return pool.submit(function, *args, **kwargs).result()
    except BrokenProcessPool:
        _discard(pool)
    return _shared_pool().submit(function, *args, **kwargs).result()

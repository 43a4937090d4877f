"""Forked worker processes for the build, and the pause of the cyclic garbage collector.

The parent fills SHARED just before it starts a pool; fork gives the children a copy, so
nothing but an index goes down the pipe, and the results come back in order.
"""

from __future__ import annotations

import gc
import multiprocessing
import os
import signal
import threading
from concurrent.futures import ProcessPoolExecutor
from contextlib import contextmanager

SHARED: dict = {}


def fork_pool_allowed(jobs: int) -> bool:
    """Forking needs two jobs, the platform's support, and no other thread (it would be lost)."""
    return jobs >= 2 and "fork" in multiprocessing.get_all_start_methods() and threading.active_count() == 1


def _die_with_parent(parent: int) -> None:
    """In a worker: ask the kernel to end this process when the builder dies (even by kill -9)."""
    try:
        import ctypes

        pr_set_pdeathsig = 1
        ctypes.CDLL(None, use_errno=True).prctl(pr_set_pdeathsig, signal.SIGKILL, 0, 0, 0)
    except (OSError, AttributeError):  # not Linux: the pool's own checks still end idle workers
        pass
    if os.getppid() != parent:  # the builder died before the request took effect
        os._exit(1)


def _fork_pool(jobs: int) -> ProcessPoolExecutor | None:
    """A pool of forked workers, or None where forking is unavailable or unsafe (other threads)."""
    if not fork_pool_allowed(jobs):
        return None
    return ProcessPoolExecutor(jobs, mp_context=multiprocessing.get_context("fork"),
                               initializer=_die_with_parent, initargs=(os.getpid(),))


def _call_shared(item):
    return SHARED["fn"](item)


@contextmanager
def mapped(fn, items, parallel: bool, jobs: int, chunksize: int = 1, **shared):
    """Gives the results of fn over items, in order as they come: in forked workers when
    `parallel` (they inherit fn, `shared` and all they refer to; every item is submitted at
    once, so the caller may do other work before it reads), else here, one by one."""
    pool = _fork_pool(jobs) if parallel else None
    SHARED.update(shared, fn=fn)
    try:
        yield pool.map(_call_shared, items, chunksize=chunksize) if pool else map(fn, items)
    finally:
        SHARED.clear()
        if pool:
            pool.shutdown(cancel_futures=True)


@contextmanager
def cyclic_gc_paused():
    """A build makes millions of small objects and few reference cycles: the cyclic collector
    would walk them again and again. It is paused for the build and resumes afterwards."""
    collecting = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if collecting:
            gc.enable()

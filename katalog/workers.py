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


def _fork_pool(jobs: int, workers: int | None = None) -> ProcessPoolExecutor | None:
    """A pool of forked workers (`jobs` of them, or `workers`), or None where forking is unavailable
    or unsafe (other threads)."""
    if not fork_pool_allowed(jobs):
        return None
    return ProcessPoolExecutor(workers or jobs, mp_context=multiprocessing.get_context("fork"),
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


def beside(fn, items: list, parallel: bool, jobs: int, meanwhile, collect: bool = False, **shared) -> tuple[list, object]:
    """fn over items with this process taking part: `jobs - 1` forked workers take the items from the
    front while this process runs `meanwhile()`, then takes from the back each item no worker has
    begun. Returns (the results in order, what `meanwhile()` returned).

    A forked worker pays for every object of this process it touches (a page copied on write, a
    worker renders a page 1.6× slower than this process does: measured at 1,000 theses); two workers
    beside this process also left three processes on two cores. Not parallel: all here, in order.

    `collect`: after each item done here, the reference cycles it left are collected (the cyclic collector
    is paused for a build; rendering half the pages here left 27 MB of them at 1,000 theses). What was
    made before is frozen meanwhile, so each collection looks at that item's objects only (0.001 s; the
    first would otherwise walk every object of the build, 0.23 s at 1,000)."""
    SHARED.update(shared, fn=fn)
    pool = _fork_pool(jobs, workers=jobs - 1) if parallel and jobs >= 2 else None
    try:
        if pool is None:
            extra = meanwhile()
            return [fn(item) for item in items], extra
        futures = [pool.submit(_call_shared, item) for item in items]
        extra = meanwhile()
        results: list = [None] * len(items)
        last = len(items)
        if collect:
            gc.freeze()
        try:
            while last > 0 and futures[last - 1].cancel():  # no worker has begun it: done here (they go in order)
                last -= 1
                results[last] = fn(items[last])
                if collect:
                    gc.collect(1)
        finally:
            if collect:
                gc.unfreeze()
        for k in range(last):
            results[k] = futures[k].result()
        return results, extra
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

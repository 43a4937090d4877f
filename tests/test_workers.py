"""workers.beside: this process works beside the forked workers once its own task is done, taking
from the back what no worker has begun; the results come in order either way."""

import os
import time

from katalog import workers


def _slow_square(n: int) -> tuple[int, int]:
    time.sleep(0.02)
    return n * n, os.getpid()


def test_this_process_takes_part_once_its_own_task_is_done(monkeypatch):
    monkeypatch.setattr(workers.threading, "active_count", lambda: 1)  # the test session's threads are idle
    items = list(range(60))
    results, extra = workers.beside(_slow_square, items, True, 2, lambda: time.sleep(0.3) or "meanwhile done")
    assert extra == "meanwhile done"
    assert [square for square, _ in results] == [n * n for n in items]
    here = [n for n, (_, pid) in zip(items, results) if pid == os.getpid()]
    elsewhere = [n for n, (_, pid) in zip(items, results) if pid != os.getpid()]
    assert here and elsewhere  # both worked
    assert min(here) > max(elsewhere)  # the worker from the front, this process from the back


def test_without_parallel_work_all_runs_here_in_order():
    calls = []
    results, extra = workers.beside(lambda n: calls.append(n) or n + 1, [3, 1, 2], False, 2, lambda: calls.append("m") or 7)
    assert (results, extra, calls) == ([4, 2, 3], 7, ["m", 3, 1, 2])


class _Node:
    pass


def test_cycles_left_by_the_items_done_here_are_collected_while_the_collector_is_paused(monkeypatch):
    import gc
    import weakref

    monkeypatch.setattr(workers.threading, "active_count", lambda: 1)
    left = []

    def cyclic(n):
        time.sleep(0.02)
        node = _Node()
        node.me = node  # a reference cycle, freed only by the cyclic collector
        left.append(weakref.ref(node))
        return n

    was = gc.isenabled()
    gc.disable()
    try:
        for collect, freed in ((False, False), (True, True)):
            left.clear()
            workers.beside(cyclic, list(range(40)), True, 2, lambda: time.sleep(0.2), collect=collect)
            here = [ref for ref in left]  # only this process's items leave references here
            assert here and all((ref() is None) == freed for ref in here[:-1])
    finally:
        if was:
            gc.enable()
        gc.collect()

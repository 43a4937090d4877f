"""How long the gazetteer takes to load and to answer its first lookup, and the memory it holds.

Usage (from the repository root): python benchmarks/gazetteer_load.py
Not a test: timings depend on the machine. Memory is measured in a second pass under tracemalloc.
"""

from __future__ import annotations

import sys
import time
import tracemalloc
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from benchmarks.bench import speed_check
from katalog.gazetteer import DATA_PATH, load_gazetteer


def timed() -> tuple[float, float, float, int]:
    """Seconds to load, for 1,000 lookups, for a full pass over aliases(); number of aliases."""
    load_gazetteer.cache_clear()
    start = time.perf_counter()
    gazetteer = load_gazetteer()
    loaded = time.perf_counter()
    for name in ["Bogor", "Kota Kyoto", "Vung Tau", "RRT", "Springfield"] * 200:
        gazetteer.lookup(name)
    looked = time.perf_counter()
    count = sum(1 for _ in gazetteer.aliases())
    return loaded - start, looked - loaded, time.perf_counter() - looked, count


def traced() -> float:
    """Megabytes the loaded gazetteer holds."""
    load_gazetteer.cache_clear()
    tracemalloc.start()
    gazetteer = load_gazetteer()
    held = tracemalloc.get_traced_memory()[0]
    tracemalloc.stop()
    assert len(gazetteer)
    return held / 1e6


def main() -> int:
    print(f"speed check: {speed_check():.2f} s for a fixed loop")
    load, lookups, aliases, count = min(timed() for _ in range(3))
    print(f"{DATA_PATH.name}: {DATA_PATH.stat().st_size / 1e6:.1f} MB on disk, {len(load_gazetteer()):,} places")
    print(f"load {load:.3f} s, {traced():.1f} MB held; 1,000 lookups {lookups:.3f} s; "
          f"aliases() {count:,} in {aliases:.3f} s")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

"""What the gazetteer costs a build: the same realistic catalogue built in turn with the gazetteer
scan and with it switched off (find_places returning nothing), in fresh processes.

    python benchmarks/places_cost.py 1000 [--runs 2]

Prints wall and CPU time of each full build and the scan alone. Issue 10 asks that the gazetteer
not slow the build measurably at 10,000 theses; on this shared 2-core machine, compare the ranges.
"""

from __future__ import annotations

import argparse
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
RUN = """
import sys, time
sys.path.insert(0, {root!r})
from pathlib import Path
from katalog import pipeline, places
from katalog.config import Config
if {off}:
    pipeline.find_places = lambda theses, vocab, **options: places.Found()
config = Config.for_project(Path({project!r}), out=Path({out!r}))
pipeline.Builder(config).build()
"""


def build(project: Path, off: bool) -> tuple[float, float]:
    with tempfile.TemporaryDirectory() as out:
        before = resource.getrusage(resource.RUSAGE_CHILDREN)
        started = time.monotonic()
        code = RUN.format(root=str(ROOT), off=off, project=str(project), out=str(Path(out) / "site"))
        subprocess.run([sys.executable, "-c", code], check=True)
        wall = time.monotonic() - started
        after = resource.getrusage(resource.RUSAGE_CHILDREN)
    return wall, (after.ru_utime + after.ru_stime) - (before.ru_utime + before.ru_stime)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("n", type=int, help="theses in the realistic catalogue")
    parser.add_argument("--runs", type=int, default=2, help="builds of each kind, in turn")
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory() as work:
        project = Path(work) / "proj"
        subprocess.run([sys.executable, str(ROOT / "benchmarks/corpus.py"), str(args.n), str(project)], check=True,
                       stdout=subprocess.DEVNULL)
        times: dict[bool, list[tuple[float, float]]] = {True: [], False: []}
        for _ in range(args.runs):
            for off in (False, True):
                times[off].append(build(project, off))
        for off, label in ((False, "with the gazetteer"), (True, "without it")):
            rows = ", ".join(f"{w:.1f} s ({c:.1f} s CPU)" for w, c in times[off])
            print(f"{args.n:,} theses, full build {label}: {rows}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

"""Benchmark: build synthetic catalogues of N theses and print measured numbers.

Usage: python benchmarks/bench.py [N ...] [--search]
Each synthetic thesis is shaped like a summary and made of the seeds' own material: front
matter with a partnership of seed cities, two seed theories and three stages; an abstract of
four sentences drawn from the seed texts, a keywords line, then two or three chapters of two
three-sentence paragraphs (about 3 kB). Printed per N: full build, no-change rebuild and
one-edited-thesis rebuild (in the same process, as `serve` does), peak memory (largest resident
set of the builder or a worker), output size, search index size; with --search, per query in
headless Chromium from file://: bytes of search code and shards loaded, time to results, and
time from the last shard's arrival to the results. First, a speed check: the seconds a fixed
pure-Python loop takes, since a shared machine's speed varies from hour to hour.
"""

from __future__ import annotations

import os
import random
import re
import resource
import shutil
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from katalog.config import Config
from katalog.load import load_vocabulary
from katalog.pipeline import Builder

CHAPTERS = ["BAB I PENDAHULUAN", "BAB II KERANGKA TEORI", "BAB III PEMBAHASAN", "BAB IV KESIMPULAN", "Metode Penelitian"]
KEYWORDS = ["sister city", "kerja sama", "paradiplomasi", "pemerintah daerah", "hubungan internasional", "diplomasi kota"]
QUERIES = ["kerjasama", "paradiplomasi", "Jepang", "nota kesepahaman", "perikanan padang", '"sister city"', "Hildes",
           "kerjsama", "hubungan bilateral", "Vung Tau", "paradiplomasi zzyzx"]


def sentences() -> list[str]:
    text = " ".join(p.read_text() for p in (ROOT / "seeds/theses").glob("*.md"))
    text = re.sub(r"<[^>]+>|[*#_]", "", text)
    return [s.strip() for s in re.split(r"(?<=[.!?])\s+", text) if 60 < len(s.strip()) < 400]


def make_catalogue(root: Path, n: int) -> Config:
    shutil.copytree(ROOT / "templates", root / "templates")
    shutil.copytree(ROOT / "static", root / "static")
    (root / "seeds/theses").mkdir(parents=True)
    for f in (ROOT / "seeds").glob("*.yml"):
        shutil.copy(f, root / "seeds" / f.name)
    config = Config.for_project(root)
    vocab, _ = load_vocabulary(config)
    rng = random.Random(n)
    pool = sentences()
    cities = sorted(vocab.terms["cities"])
    home = [c for c in cities if vocab.terms["cities"][c].data["country"] == "indonesia"]
    abroad = [c for c in cities if c not in home]
    theories, stages = sorted(vocab.terms["theories"]), [t.slug for t in vocab.ordered("stages")]
    for i in range(n):
        a, b = rng.choice(home), rng.choice(abroad)
        # Shaped like a summary: an abstract with keywords, then two or three chapters.
        chapters = rng.sample(CHAPTERS, rng.randint(2, 3))
        body = " ".join(rng.sample(pool, 4)) + "\n\n**Kata kunci:** " + ", ".join(rng.sample(KEYWORDS, 3))
        for chapter in chapters:
            body += f"\n\n## {chapter}\n\n" + "\n\n".join(" ".join(rng.sample(pool, 3)) for _ in range(2))
        (root / f"seeds/theses/t{i:05d}.md").write_text(
            f"---\ntitle: Kerja sama sister city {vocab.terms['cities'][a].name} dan "
            f"{vocab.terms['cities'][b].name} ({i})\nkind: abstract\npartnership: [{a}, {b}]\n"
            f"theories: [{', '.join(rng.sample(theories, 2))}]\nstages: [{', '.join(sorted(rng.sample(stages, 3)))}]\n"
            f"---\n\n## ABSTRAK\n\n{body}\n")
    return config


def cpu_seconds() -> float:
    """User and system time of this process and of the finished worker processes."""
    own, workers = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime + workers.ru_utime + workers.ru_stime


def size(path: Path) -> int:
    return sum(p.stat().st_size for p in path.rglob("*") if p.is_file())


WATCH_STATUS = """() => {
  window.__shown = null;
  new MutationObserver(() => { if (window.__shown === null) window.__shown = performance.now(); })
    .observe(document.getElementById('search-status'), {childList: true, characterData: true, subtree: true});
  window.__lastShard = 0;
  const register = window.KatalogSearchShard;
  window.KatalogSearchShard = function () { window.__lastShard = performance.now(); return register.apply(this, arguments); };
  window.__typed = performance.now();
}"""
TIMINGS = "() => [window.__shown - window.__typed, window.__shown - Math.max(window.__lastShard, window.__typed)]"


def search_numbers(out: Path) -> list[tuple[str, int, float, float]]:
    """Per query: bytes of search code and shards it needed, ms to results, ms after the last shard."""
    from playwright.sync_api import sync_playwright

    chromium = os.environ.get("CHROMIUM", "/usr/bin/chromium")
    rows = []
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=chromium, args=["--no-sandbox"])
        for q in QUERIES:
            page = browser.new_page()
            loaded = []
            page.on("requestfinished", lambda r, loaded=loaded: loaded.append(r.url))
            page.goto((out / "search.html").as_uri())
            page.wait_for_selector("#filters:not([hidden])")
            page.evaluate("performance.clearResourceTimings()")
            page.evaluate(WATCH_STATUS)
            page.fill("#q", q + " ")
            page.wait_for_function("window.__shown !== null")
            to_results, after_last = page.evaluate(TIMINGS)
            files = {u for u in loaded if "/search/" in u or re.search(r"/static/search[^/]*\.js$", u)}
            total = sum(Path(u.removeprefix("file://")).stat().st_size for u in files)
            rows.append((q, total, to_results, after_last))
            if os.environ.get("BENCH_FILES"):
                print(q, sorted((Path(u.removeprefix("file://")).stat().st_size, u.rsplit("/", 1)[-1]) for u in files), file=sys.stderr)
            page.close()
        browser.close()
    return rows


def speed_check() -> float:
    """Seconds for a fixed pure-Python loop: how fast this machine is right now (a shared VM's
    speed varies by a third from hour to hour), to read the build times against."""
    started, total = time.perf_counter(), 0
    for i in range(10_000_000):
        total += i
    return time.perf_counter() - started


def main() -> None:
    args = [a for a in sys.argv[1:] if not a.startswith("--")]
    ns = [int(a) for a in args] or [100, 1000, 10000]
    with_search = "--search" in sys.argv
    print(f"Speed check: a fixed loop of 10 million additions took {speed_check():.2f} s\n")
    print("| theses | full build | its CPU time (all processes) | no-change rebuild | one edit rebuild | peak memory | output | search index |")
    print("|---:|---:|---:|---:|---:|---:|---:|---:|")
    searches = {}
    for n in ns:
        with tempfile.TemporaryDirectory() as tmp:
            config = make_catalogue(Path(tmp) / "proj", n)
            builder = Builder(config)
            cpu = cpu_seconds()
            t = time.perf_counter()
            builder.build()
            full = time.perf_counter() - t
            cpu = cpu_seconds() - cpu
            t = time.perf_counter()
            builder.build()
            again = time.perf_counter() - t
            edited = config.seeds / "theses/t00000.md"
            edited.write_text(edited.read_text().replace("## ABSTRAK", "## ABSTRAK\n\nKalimat baru tentang revitalisasi."))
            t = time.perf_counter()
            builder.build()
            edit = time.perf_counter() - t
            peak = max(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss, resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)
            cols = [f"{n:,}", f"{full:.1f} s", f"{cpu:.1f} s", f"{again:.2f} s", f"{edit:.2f} s", f"{peak / 1024:.0f} MiB",
                    f"{size(config.out) / 2**20:.1f} MiB", f"{size(config.out / 'search') / 2**20:.1f} MiB"]
            print("| " + " | ".join(cols) + " |", flush=True)
            if with_search:
                searches[n] = search_numbers(config.out)
    if searches:
        print("\nSearch in headless Chromium from file:// (downloaded = search code + index shards the query loaded)\n")
        print("| theses | query | downloaded | time to results | after the last shard |")
        print("|---:|---|---:|---:|---:|")
        for n, rows in searches.items():
            for q, total, to_results, after_last in rows:
                print(f"| {n:,} | `{q}` | {total / 1024:.0f} kB | {to_results:.0f} ms | {after_last:.0f} ms |")


if __name__ == "__main__":
    main()

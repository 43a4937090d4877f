"""Benchmark: build catalogues of N theses, here and (with --hugo) with Hugo, and print measured numbers.

Usage: python benchmarks/bench.py [N ...] [--shape realistic|seeds] [--seed S] [--hugo] [--repeat R]
       [--search] [--keep DIR]      (python benchmarks/bench.py --help for the details)

Shapes of catalogue:
- realistic (the default; see benchmarks/corpus.py): a vocabulary that keeps growing with N
  (Heaps' law), lengths log-normal around 4 kB with a tail of long chapters to about 50 kB, 300
  cities, partnerships that keep appearing (thousands at 10,000 theses);
- seeds (the earlier benchmark): every thesis made of the seeds' own sentences and cities,
  about 3 kB each, so the vocabulary stops growing after the first hundred theses.

Printed: a speed check first (the seconds a fixed pure-Python loop takes, since a shared
machine's speed varies from hour to hour); per N the catalogue's measured shape (Heaps'
exponent, sizes); full build, no-change rebuild and one-edited-thesis rebuild in one process
(as `serve` does), peak memory (largest resident set of the builder or a worker), output and
search index size. With --hugo: the same catalogue laid out for Hugo (benchmarks/hugo_peer.py)
and, R times in turn on the same machine, a cold full build here (`build.py build` in a fresh
process into a fresh output folder) and `hugo --quiet` (fresh output folder, cache ignored):
wall time, CPU time and peak memory of each, and the ratios of the median wall and CPU times
(CPU time moves less than wall time on a busy machine). A builder with a persistent build cache
(`build --help` offers --no-cache) is timed cold with --no-cache and also warm (cache present,
output folder removed), in a second table. With --search, per query in headless
Chromium from file://: bytes of search code and shards loaded, time to results, and time from
the last shard's arrival to the results.
"""

from __future__ import annotations

import argparse
import os
import random
import re
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

import corpus
import hugo_peer

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


def make_seed_catalogue(root: Path, n: int) -> list[Path]:
    """The earlier shape: seed cities, theories, stages and sentences (about 3 kB a thesis)."""
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
    paths = []
    for i in range(n):
        a, b = rng.choice(home), rng.choice(abroad)
        # Shaped like a summary: an abstract with keywords, then two or three chapters.
        chapters = rng.sample(CHAPTERS, rng.randint(2, 3))
        body = " ".join(rng.sample(pool, 4)) + "\n\n**Kata kunci:** " + ", ".join(rng.sample(KEYWORDS, 3))
        for chapter in chapters:
            body += f"\n\n## {chapter}\n\n" + "\n\n".join(" ".join(rng.sample(pool, 3)) for _ in range(2))
        path = root / f"seeds/theses/t{i:05d}.md"
        path.write_text(
            f"---\ntitle: Kerja sama sister city {vocab.terms['cities'][a].name} dan "
            f"{vocab.terms['cities'][b].name} ({i})\nkind: abstract\npartnership: [{a}, {b}]\n"
            f"theories: [{', '.join(rng.sample(theories, 2))}]\nstages: [{', '.join(sorted(rng.sample(stages, 3)))}]\n"
            f"---\n\n## ABSTRAK\n\n{body}\n")
        paths.append(path)
    return paths


def make_catalogue(root: Path, n: int) -> Config:
    """The seeds-shaped catalogue of `n` theses, as a project config (what the tests build)."""
    make_seed_catalogue(root, n)
    return Config.for_project(root)


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
            deadline = time.monotonic() + 30  # polled from here: the pages' CSP forbids wait_for_function's eval
            while not page.evaluate("window.__shown !== null") and time.monotonic() < deadline:
                time.sleep(0.01)
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


def parse_args(argv: list[str] | None = None) -> argparse.Namespace:
    p = argparse.ArgumentParser(description="Build catalogues of N theses, here and (with --hugo) with Hugo, and print measured numbers.",
                                epilog="Other helpers share this machine? Run small N: a 10,000-thesis run takes minutes.")
    p.add_argument("ns", nargs="*", type=int, metavar="N", help="catalogue sizes (default: 100 1000 10000)")
    p.add_argument("--shape", choices=("realistic", "seeds"), default="realistic",
                   help="realistic (default): growing vocabulary, 2-53 kB theses; seeds: the earlier 3 kB theses")
    p.add_argument("--seed", type=int, default=1, help="seed of the realistic catalogue (same seed and N, same files)")
    p.add_argument("--hugo", action="store_true", help="also time Hugo on the same catalogue, cold builds in turn")
    p.add_argument("--repeat", type=int, default=3, help="cold builds of each with --hugo (default: %(default)s)")
    p.add_argument("--search", action="store_true", help="time search queries in headless Chromium")
    p.add_argument("--keep", type=Path, metavar="DIR", help="write the catalogues (and Hugo sites) under DIR/N/ and keep them")
    return p.parse_args(argv)


def in_process(config: Config, edited: Path, n: int) -> list[str]:
    """Full build, no-change rebuild and one-edit rebuilds in one builder, as `serve` does: an
    edit of the abstract's first paragraph (what lists show of the thesis changes too) and one
    of its last paragraph (only its own page changes)."""
    builder = Builder(config, reuse_site=False)
    cpu = cpu_seconds()
    t = time.perf_counter()
    builder.build()
    full = time.perf_counter() - t
    cpu = cpu_seconds() - cpu
    builder.warm()  # as `serve` does after its first build
    t = time.perf_counter()
    builder.build()
    again = time.perf_counter() - t
    text = edited.read_text(encoding="utf-8")  # a new first paragraph of the abstract, as before
    assert "ABSTRAK\n\n" in text, f"{edited} has no ABSTRAK heading to edit under"
    edited.write_text(text.replace("ABSTRAK\n\n", "ABSTRAK\n\nKalimat baru tentang revitalisasi.\n\n", 1), encoding="utf-8")
    t = time.perf_counter()
    builder.build()
    edit = time.perf_counter() - t
    text = edited.read_text(encoding="utf-8")
    cut = text.rstrip().rfind("\n\n")
    edited.write_text(text[:cut] + "\n\nKalimat penutup yang baru." + text[cut:], encoding="utf-8")
    t = time.perf_counter()
    builder.build()
    late = time.perf_counter() - t
    peak = max(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss, resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)
    return [f"{n:,}", f"{full:.1f} s", f"{cpu:.1f} s", f"{again:.2f} s", f"{edit:.2f} s", f"{late:.2f} s", f"{peak / 1024:.0f} MiB",
            f"{size(config.out) / 2**20:.1f} MiB", f"{size(config.out / 'search') / 2**20:.1f} MiB"]


def cold_builds(project: Path, hugo_site: Path, work: Path, repeat: int,
                build_py: Path = ROOT / "build.py") -> dict[str, list[tuple[float, float, int]]]:
    """Full builds here and with Hugo, in turn (who goes first rotates), a fresh output folder each time.

    "ours" is cold. A builder with a persistent build cache (its `build --help` offers
    --no-cache) is run cold with --no-cache, and also warm: "warm" with a cache filled by one
    untimed build of the same files, and "changed" with a cache filled before one thesis
    changed (a copy of the catalogue where a new sentence is added to one thesis before each
    run): what CI does on a commit that edits a summary.
    """
    ours = [sys.executable, str(build_py), "build", "--root", str(project)]
    help_text = subprocess.run([*ours[:3], "--help"], capture_output=True, text=True, check=False).stdout
    commands = {"ours": [*ours, "--out", str(work / "ours")],
                "hugo": ["hugo", "--quiet", "--ignoreCache", "-s", str(hugo_site), "-d", str(work / "hugo")]}
    edited = None
    if "--no-cache" in help_text:
        commands["ours"].append("--no-cache")
        commands["warm"] = [*ours, "--out", str(work / "warm"), "--cache", str(work / "cache")]
        hugo_peer.run(commands["warm"])
        copy = work / "project-changed"
        shutil.rmtree(copy, ignore_errors=True)
        shutil.copytree(project, copy)
        edited = sorted((copy / "seeds" / "theses").glob("*.md"))[0]
        commands["changed"] = [*ours[:4], str(copy), "--out", str(work / "changed"), "--cache", str(work / "cache-changed")]
        hugo_peer.run(commands["changed"])
    runs: dict[str, list] = {who: [] for who in commands}
    for r in range(repeat):
        for who in list(commands)[r % len(commands):] + list(commands)[: r % len(commands)]:
            shutil.rmtree(work / who, ignore_errors=True)
            if who == "changed":
                edited.write_text(edited.read_text(encoding="utf-8") + f"\nKalimat suntingan ke-{r + 1}.\n", encoding="utf-8")
            os.sync()  # the deletion's disk work (this disk is mounted with online discard) is not timed
            runs[who].append(hugo_peer.run(commands[who]))
    return runs


def spread(values: list[float], unit: str, digits: int = 1) -> str:
    """Median, and the range when there are several values."""
    med = f"{statistics.median(values):.{digits}f}"
    if len(values) == 1:
        return f"{med} {unit}"
    return f"{med} {unit} ({min(values):.{digits}f}–{max(values):.{digits}f})"


def peer_row(n: int, ours: list[tuple[float, float, int]], hugo: list[tuple[float, float, int]]) -> str:
    """N, our wall/CPU/peak memory, Hugo's, and the ratios of the median wall and CPU times."""
    ratio = statistics.median(w for w, _, _ in ours) / statistics.median(w for w, _, _ in hugo)
    cpu_ratio = statistics.median(c for _, c, _ in ours) / statistics.median(c for _, c, _ in hugo)
    cols = [f"{n:,}"]
    for runs in (ours, hugo):
        cols += [spread([w for w, _, _ in runs], "s"), spread([c for _, c, _ in runs], "s"),
                 spread([m / 1024 for _, _, m in runs], "MiB", 0)]
    return "| " + " | ".join([*cols, f"{ratio:.1f}×", f"{cpu_ratio:.1f}×"]) + " |"


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)
    ns = sorted(args.ns) or [100, 1000, 10000]
    version = hugo_peer.hugo_version()
    if args.hugo and version is None:
        print(hugo_peer.HUGO_MISSING, file=sys.stderr)
        return 2
    print(f"Speed check: a fixed loop of 10 million additions took {speed_check():.2f} s; "
          f"{os.cpu_count()} cores, load average {os.getloadavg()[0]:.1f} at the start")
    if args.hugo:
        print(f"Peer: {version}")
    builds, shapes, peers, warm, changed, searches = [], [], [], [], [], {}
    for n in ns:
        with tempfile.TemporaryDirectory() as tmp:
            base = args.keep / str(n) if args.keep else Path(tmp)
            project = base / "project"
            if args.shape == "realistic":
                paths = corpus.make_catalogue(project, n, args.seed)
            else:
                paths = make_seed_catalogue(project, n)
            stats = corpus.corpus_stats(paths)
            shapes.append(corpus.describe(stats))
            print(f"catalogue ({args.shape}): {shapes[-1]}", file=sys.stderr, flush=True)
            config = Config.for_project(project)
            builds.append(in_process(config, paths[0], n))
            print("in one process: " + " | ".join(builds[-1]), file=sys.stderr, flush=True)
            if args.search:
                searches[n] = search_numbers(config.out)
            if args.hugo:
                hugo_peer.lay_out(project, base / "hugo")
                runs = cold_builds(project, base / "hugo", base / "out", args.repeat)
                peers.append(peer_row(n, runs["ours"], runs["hugo"]))
                if "warm" in runs:
                    warm.append(peer_row(n, runs["warm"], runs["hugo"]))
                    changed.append(peer_row(n, runs["changed"], runs["hugo"]))
                print(peers[-1], *warm[-1:], *changed[-1:], file=sys.stderr, flush=True)
    print_tables(args, builds, shapes, {"Cold": peers, "Warm (build cache of the same files present)": warm,
                                        "Warm, one thesis changed since the cache was filled": changed}, searches)
    return 0


def print_tables(args, builds: list[list[str]], shapes: list[str], peers: dict[str, list[str]], searches: dict) -> None:
    print(f"\nCatalogues ({args.shape} shape" + (f", seed {args.seed}" if args.shape == "realistic" else "") + "):")
    for line in shapes:
        print(f"- {line}")
    print("\nIn one process (as `serve` does):\n")
    print("| theses | full build | its CPU time (all processes) | no-change rebuild | one edit: abstract | one edit: last paragraph | peak memory | output | search index |")
    print("|---:|---:|---:|---:|---:|---:|---:|---:|---:|")
    for cols in builds:
        print("| " + " | ".join(cols) + " |")
    for kind, rows in peers.items():
        if not rows:
            continue
        print(f"\n{kind} full builds here, and Hugo's, {args.repeat} of each in turn, fresh output folders: "
              "median (min–max); peak memory is the largest resident set of one process (os.wait4)\n")
        print("| theses | ours: wall | ours: CPU | ours: peak memory | Hugo: wall | Hugo: CPU | Hugo: peak memory "
              "| ours / Hugo (wall) | (CPU) |")
        print("|---:|---:|---:|---:|---:|---:|---:|---:|---:|")
        for row in rows:
            print(row)
    if searches:
        print("\nSearch in headless Chromium from file:// (downloaded = search code + index shards the query loaded)\n")
        print("| theses | query | downloaded | time to results | after the last shard |")
        print("|---:|---|---:|---:|---:|")
        for n, rows in searches.items():
            for q, total, to_results, after_last in rows:
                print(f"| {n:,} | `{q}` | {total / 1024:.0f} kB | {to_results:.0f} ms | {after_last:.0f} ms |")


if __name__ == "__main__":
    raise SystemExit(main())

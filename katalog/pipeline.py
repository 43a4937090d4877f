"""The build: first gather everything (load → enrich → render → index), then write.

A ``Builder`` keeps what it computed, keyed by content digests, so a rebuild after one edit
re-renders only the pages whose inputs changed and hard-links every unchanged file.
"""

from __future__ import annotations

import gc
import multiprocessing
import os
import sys
import threading
import time
from collections import Counter
from concurrent.futures import ProcessPoolExecutor
from contextlib import contextmanager
from dataclasses import dataclass, field, replace

from .analyze import Analyzer
from .config import Config
from .enrich import Entry, Tagger, build_site, prepare_entry
from .errors import BuildFailed, Diagnostic
from .load import Thesis, Vocabulary, load_theses, load_thesis, load_vocabulary
from .package import zip_bytes
from .render import Cards, make_env, pages, render_page, site_context, template_digest
from .search import DocTerms, IndexCache, analyze_entry
from .validate import validate_thesis, validate_unique_ids, validate_vocabulary_links
from .write import WriteStats, write_site

PARALLEL_THRESHOLD = 300  # theses or pages to do before a second process pays for its start-up
PARALLEL_TERMS = 10_000  # index terms to encode before workers pay
RENDER_BATCH = 50  # pages per task


@dataclass
class BuildResult:
    files: dict[str, bytes]
    diagnostics: list[Diagnostic]
    page_counts: Counter
    rendered: int
    seconds: float = 0.0
    write: WriteStats | None = None
    warnings: list[Diagnostic] = field(default_factory=list)


class Progress:
    """Progress on a terminal, silence otherwise (the summary line says the rest)."""

    def __init__(self, stream=None):
        self.stream = stream or sys.stderr
        self.live = hasattr(self.stream, "isatty") and self.stream.isatty()
        self.start = time.monotonic()

    def __call__(self, what: str, done: int, total: int) -> None:
        if self.live and (done == total or done % 200 == 0):
            elapsed = time.monotonic() - self.start
            end = "\n" if done == total else ""
            print(f"\r{what}: {done}/{total} ({elapsed:.1f} s)\033[K", end=end, file=self.stream, flush=True)


def _quiet(what: str, done: int, total: int) -> None:
    pass


# Work handed to forked worker processes. The parent fills _SHARED just before it starts the
# pool; fork gives the children a copy, so nothing but an index goes down the pipe.
_SHARED: dict = {}


def _fork_pool(jobs: int) -> ProcessPoolExecutor | None:
    """A pool of forked workers, or None where forking is unavailable or unsafe (other threads)."""
    if jobs < 2 or "fork" not in multiprocessing.get_all_start_methods() or threading.active_count() > 1:
        return None
    return ProcessPoolExecutor(jobs, mp_context=multiprocessing.get_context("fork"))


def _call_shared(item):
    return _SHARED["fn"](item)


def _work(task: tuple[str, list]) -> list:
    """One batch: pages to render (by index into the to-do list), or index terms to serialise."""
    kind, batch = task
    if kind == "encode":
        return _SHARED["index"].encode(_SHARED["dirty_terms"], *batch)
    env, todo, site_ctx, site, cards = (_SHARED[k] for k in ("env", "todo", "site_ctx", "site", "cards"))
    return [render_page(env, todo[i], site_ctx, site, cards).encode() for i in batch]


@contextmanager
def _cyclic_gc_paused():
    """A build makes millions of small objects and few reference cycles: the cyclic collector
    would walk them again and again. It is paused for the build and resumes afterwards."""
    collecting = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if collecting:
            gc.enable()




class Builder:
    def __init__(self, config: Config, progress=None, jobs: int | None = None):
        self.config = config
        self.progress = progress or _quiet
        self.jobs = jobs if jobs is not None else min(2, os.cpu_count() or 1)
        self.prepared: dict[tuple, tuple[Entry, DocTerms]] = {}
        self.pages: dict[str, tuple[str, bytes]] = {}  # dest_path → (key, bytes)
        self.cards = Cards()
        self.loaded: dict = {}
        self.vocab_digest = ""
        self.tagger: Tagger | None = None
        self.analyzer: Analyzer | None = None
        self.index = IndexCache()
        self.related: dict = {}
        self.written: dict[str, tuple[bytes, str]] = {}  # path → (bytes last written, sha256)

    # ------------------------------------------------------------------ gather
    def gather(self) -> BuildResult:
        """Everything the site holds, in memory. With a zip link, the offline zip is one of the files."""
        with _cyclic_gc_paused():
            return self._gather_all()

    def _gather_all(self) -> BuildResult:
        if not self.config.zip_link:
            return self._gather(self.config)
        started = time.monotonic()
        offline = self._gather(replace(self.config, zip_link=None))
        result = self._gather(self.config)
        folder = self.config.zip_name.removesuffix(".zip")
        result.files[self.config.zip_link] = zip_bytes(offline.files, folder)
        result.seconds = time.monotonic() - started
        return result

    def _gather(self, config: Config) -> BuildResult:
        started = time.monotonic()
        vocab, problems = load_vocabulary(config)
        theses, errs = load_theses(config, self.loaded, self._parse_many)
        problems += errs
        display = {k: config.display_path(config.seeds / f"{k}.yml") for k in ("cities",)}
        problems += validate_vocabulary_links(vocab, display)
        problems += validate_unique_ids(theses)
        for thesis in theses:
            problems += validate_thesis(thesis, vocab)
        if any(p.severity == "error" for p in problems):
            raise BuildFailed(problems)

        if self.vocab_digest != vocab.digest:
            self.vocab_digest, self.prepared = vocab.digest, {}
            self.tagger, self.analyzer = Tagger(vocab), Analyzer(vocab)
        prepared = self._prepare(theses, vocab)
        entries = [entry for entry, _ in prepared]
        site = build_site(entries, vocab, self.related, self._map_chunks)
        warnings = [s for e in entries for s in e.suggestions]
        dirty_terms = self.index.stage(site, {e.id: terms for e, terms in prepared})
        files, counts, rendered, fragments = self._render_and_encode(site, config, dirty_terms)
        files.update(self.index.finish(site, self.analyzer, fragments))
        files.update(self._static())
        return BuildResult(files, problems, counts, rendered, time.monotonic() - started, warnings=warnings)

    def _parallel_map(self, fn, items, threshold: int, chunksize: int = 1):
        """fn over items, results in order as they come; in forked workers (which inherit fn and
        whatever it refers to) when there are at least `threshold` items."""
        pool = _fork_pool(self.jobs) if len(items) >= threshold else None
        if pool is None:
            yield from map(fn, items)
            return
        _SHARED["fn"] = fn
        try:
            yield from pool.map(_call_shared, items, chunksize=chunksize)
        finally:
            _SHARED.clear()
            pool.shutdown()

    def _map_chunks(self, fn, chunks: list) -> list:
        """[fn(chunk) for chunk in chunks], in workers when there are several (for build_site)."""
        return list(self._parallel_map(fn, chunks, threshold=4))

    def _parse_many(self, files: list[tuple]) -> list:
        """Parse thesis files, in workers when there are many (for load_theses)."""
        return list(self._parallel_map(lambda i: load_thesis(files[i][0], self.config, files[i][1]),
                                       range(len(files)), threshold=PARALLEL_THRESHOLD * 3, chunksize=100))

    def _prepare(self, theses: list[Thesis], vocab: Vocabulary) -> list[tuple[Entry, DocTerms]]:
        """Clean, tag, render and analyse each thesis whose file changed; reuse the rest."""
        keyed = [((t.digest, t.id, t.src_path), t) for t in theses]
        missing = [(k, t) for k, t in keyed if k not in self.prepared]
        tagger, analyzer = self.tagger, self.analyzer

        def prepare(thesis: Thesis) -> tuple[Entry, DocTerms]:
            entry = prepare_entry(thesis, vocab, tagger)
            return entry, analyze_entry(entry, vocab, analyzer)

        todo = [t for _, t in missing]
        # Indices cross the pipe, not the theses: the workers already hold `todo`.
        results = self._parallel_map(lambda i: prepare(todo[i]), range(len(todo)), PARALLEL_THRESHOLD, chunksize=32)
        for done, ((key, thesis), result) in enumerate(zip(missing, results), start=1):
            self.prepared[key] = result
            self.index.update(thesis.id, result[1])  # while the workers prepare the next ones
            self.progress("texts prepared", done, len(missing))
        live = {k for k, _ in keyed}
        self.prepared = {k: v for k, v in self.prepared.items() if k in live}
        return [self.prepared[k] for k, _ in keyed]

    def _render_and_encode(self, site, config: Config, dirty_terms: list[str]):
        """Render the pages whose key changed and serialise the changed index terms, on all cores."""
        env = make_env(config)
        site_ctx = site_context(site, config)
        templates_key = template_digest(config)
        self.cards.bind(env, site, (templates_key, site.vocab.digest))
        all_pages = list(pages(site, config, templates_key))
        todo = [p for p in all_pages if self.pages.get(p.dest_path, ("",))[0] != p.key]
        # Each worker encodes the postings of one range of documents; join() puts them together.
        shares = self.jobs if len(dirty_terms) >= PARALLEL_TERMS else 1
        n = len(self.index.docs_in_order)
        tasks = [("encode", (n * k // shares, n * (k + 1) // shares)) for k in range(shares)] if dirty_terms else []
        tasks += [("render", list(range(i, min(i + RENDER_BATCH, len(todo))))) for i in range(0, len(todo), RENDER_BATCH)]
        big = len(todo) >= PARALLEL_THRESHOLD or len(dirty_terms) >= PARALLEL_TERMS
        pool = _fork_pool(self.jobs) if big else None
        if pool:
            for entry in site.entries.values():  # every card once, before the fork, so no worker redoes them
                self.cards(entry.id, {"dest_path": entry.url})
        _SHARED.update(env=env, todo=todo, site_ctx=site_ctx, site=site, cards=self.cards, index=self.index,
                       dirty_terms=dirty_terms)
        fresh: dict[str, bytes] = {}
        encoded: list[dict] = []
        try:
            results = [pool.submit(_work, task) for task in tasks] if pool else None
            for number, task in enumerate(tasks):
                out = results[number].result() if pool else _work(task)
                if task[0] == "encode":
                    encoded.append(out)  # the tasks come in document order
                    continue
                for i, data in zip(task[1], out):
                    fresh[todo[i].dest_path] = data
                self.progress("pages rendered", len(fresh), len(todo))
        finally:
            _SHARED.clear()
            if pool:
                pool.shutdown(cancel_futures=True)
        files, counts, cache = {}, Counter(), {}
        for page in all_pages:
            data = fresh.get(page.dest_path) or self.pages[page.dest_path][1]
            cache[page.dest_path] = (page.key, data)
            files[page.dest_path] = data
            counts[page.template.removesuffix(".html")] += 1
        self.pages = cache
        self.cards.prune()
        return files, counts, len(fresh), self.index.join(dirty_terms, encoded)

    def _static(self) -> dict[str, bytes]:
        files = {}
        for path in sorted(self.config.static.rglob("*")):
            if path.is_file():
                files["static/" + path.relative_to(self.config.static).as_posix()] = path.read_bytes()
        return files

    # ------------------------------------------------------------------ build
    def build(self) -> BuildResult:
        started = time.monotonic()
        with _cyclic_gc_paused():
            result = self.gather()
            protected = [self.config.seeds, self.config.templates, self.config.static, self.config.root / ".git"]
            # A file whose bytes are the very object written last time needs no new hash.
            known = {path: digest for path, (data, digest) in self.written.items() if result.files.get(path) is data}
            result.write = write_site(self.config.out, result.files, self.config.root, protected, known)
            self.written = {path: (result.files[path], digest) for path, digest in result.write.manifest.items()}
        result.seconds = time.monotonic() - started
        return result

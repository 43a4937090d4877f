"""The build: first gather everything (load → enrich → render → index), then write.

A ``Builder`` keeps what it computed, keyed by content digests, so a rebuild after one edit
re-renders only the pages whose inputs changed and hard-links every unchanged file.
"""

from __future__ import annotations

import os
import sys
import time
from collections import Counter
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field, replace

from .analyze import Analyzer
from .config import Config
from .enrich import Entry, Tagger, build_site, prepare_entry
from .errors import BuildFailed, Diagnostic
from .package import zip_bytes
from .load import Thesis, Vocabulary, load_theses, load_vocabulary
from .render import make_env, pages, render_page, site_context, template_digest
from .search import DocTerms, analyze_entry, build_index
from .validate import validate_thesis, validate_unique_ids, validate_vocabulary_links
from .write import WriteStats, write_site

PARALLEL_THRESHOLD = 400  # theses to prepare before a second process pays for its start-up


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


_WORKER: dict = {}


def _worker_init(config: Config) -> None:
    vocab, _ = load_vocabulary(config)
    _WORKER.update(vocab=vocab, tagger=Tagger(vocab), analyzer=Analyzer(vocab))


def _worker_prepare(thesis: Thesis) -> Entry:
    return prepare_entry(thesis, _WORKER["vocab"], _WORKER["tagger"])


class Builder:
    def __init__(self, config: Config, progress=None, jobs: int | None = None):
        self.config = config
        self.progress = progress or _quiet
        self.jobs = jobs if jobs is not None else min(2, os.cpu_count() or 1)
        self.entries: dict[tuple[str, str], Entry] = {}
        self.doc_terms: dict[tuple[str, str], DocTerms] = {}
        self.pages: dict[str, tuple[str, bytes]] = {}  # dest_path → (key, bytes)
        self.loaded: dict = {}
        self.analyzer: Analyzer | None = None
        self.analyzer_digest = ""

    # ------------------------------------------------------------------ gather
    def gather(self) -> BuildResult:
        """Everything the site holds, in memory. With a zip link, the offline zip is one of the files."""
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
        theses, errs = load_theses(config, self.loaded)
        problems += errs
        display = {k: config.display_path(config.seeds / f"{k}.yml") for k in ("cities",)}
        problems += validate_vocabulary_links(vocab, display)
        problems += validate_unique_ids(theses)
        for thesis in theses:
            problems += validate_thesis(thesis, vocab)
        if any(p.severity == "error" for p in problems):
            raise BuildFailed(problems)

        entries = self._prepare(theses, vocab)
        site = build_site(entries, vocab)
        warnings = [s for e in entries for s in e.suggestions]
        files, counts, rendered = self._render(site, config)
        files.update(self._index(site, vocab, entries))
        files.update(self._static())
        return BuildResult(files, problems, counts, rendered, time.monotonic() - started, warnings=warnings)

    def _prepare(self, theses: list[Thesis], vocab: Vocabulary) -> list[Entry]:
        keyed = [((t.digest, vocab.digest), t) for t in theses]
        missing = [(k, t) for k, t in keyed if k not in self.entries]
        if len(missing) >= PARALLEL_THRESHOLD and self.jobs > 1:
            with ProcessPoolExecutor(self.jobs, initializer=_worker_init, initargs=(self.config,)) as pool:
                for done, ((key, _), entry) in enumerate(
                    zip(missing, pool.map(_worker_prepare, [t for _, t in missing], chunksize=64)), start=1
                ):
                    self.entries[key] = entry
                    self.progress("texts prepared", done, len(missing))
        else:
            tagger = Tagger(vocab) if missing else None
            for done, (key, thesis) in enumerate(missing, start=1):
                self.entries[key] = prepare_entry(thesis, vocab, tagger)
                self.progress("texts prepared", done, len(missing))
        live = {k for k, _ in keyed}
        self.entries = {k: v for k, v in self.entries.items() if k in live}
        # The same file under another id or path: keep the id and path of this build.
        out = []
        for key, thesis in keyed:
            entry = self.entries[key]
            if entry.id != thesis.id or entry.src_path != thesis.src_path:
                entry = prepare_entry(thesis, vocab, Tagger(vocab))
                self.entries[key] = entry
            out.append(entry)
        return out

    def _render(self, site, config: Config) -> tuple[dict[str, bytes], Counter, int]:
        env = make_env(config)
        site_ctx = site_context(site, config)
        all_pages = list(pages(site, config, template_digest(config)))
        files, counts, rendered, cache = {}, Counter(), 0, {}
        for done, page in enumerate(all_pages, start=1):
            cached = self.pages.get(page.dest_path)
            if cached and cached[0] == page.key:
                data = cached[1]
            else:
                data = render_page(env, page, site_ctx, site).encode()
                rendered += 1
            cache[page.dest_path] = (page.key, data)
            files[page.dest_path] = data
            counts[page.template.removesuffix(".html")] += 1
            self.progress("pages rendered", done, len(all_pages))
        self.pages = cache
        return files, counts, rendered

    def _index(self, site, vocab: Vocabulary, entries: list[Entry]) -> dict[str, bytes]:
        if self.analyzer is None or self.analyzer_digest != vocab.digest:
            self.analyzer, self.analyzer_digest, self.doc_terms = Analyzer(vocab), vocab.digest, {}
        terms = {}
        for entry in entries:
            key = (entry.digest, entry.id)
            if key not in self.doc_terms:
                self.doc_terms[key] = analyze_entry(entry, vocab, self.analyzer)
            terms[entry.id] = self.doc_terms[key]
        live = {(e.digest, e.id) for e in entries}
        self.doc_terms = {k: v for k, v in self.doc_terms.items() if k in live}
        return build_index(site, self.analyzer, terms)

    def _static(self) -> dict[str, bytes]:
        files = {}
        for path in sorted(self.config.static.rglob("*")):
            if path.is_file():
                files["static/" + path.relative_to(self.config.static).as_posix()] = path.read_bytes()
        return files

    # ------------------------------------------------------------------ build
    def build(self) -> BuildResult:
        started = time.monotonic()
        result = self.gather()
        protected = [self.config.seeds, self.config.templates, self.config.static, self.config.root / ".git"]
        result.write = write_site(self.config.out, result.files, self.config.root, protected)
        result.seconds = time.monotonic() - started
        return result

"""The build: first gather everything (load → enrich → render → index), then write.

A ``Builder`` keeps what it computed, keyed by content digests, so a rebuild after one edit
re-renders only the pages whose inputs changed and hard-links every unchanged file.
"""

from __future__ import annotations

import hashlib
import math
import os
import sys
import time
from collections import Counter
from dataclasses import dataclass, replace
from functools import partial
from pathlib import Path

from . import worldmap
from .analyze import Analyzer
from .buildcache import BuildCache, check_cache_path
from .buildmemo import SiteMemo
from .config import Config
from .enrich import Entry, Tagger, prepare_entry
from .errors import BuildFailed, Diagnostic
from .export import Exporter
from .files import folder_files, read_inside
from .gazetteer import load_gazetteer
from .i18n import LANGS
from .load import VOCABULARY_KINDS, Thesis, Vocabulary, load_theses, load_thesis, load_vocabulary, stat_mark
from .package import zip_bytes
from .places import Found, find_places, judge, known_names, scan, warm_scan
from .places_vocab import extend_vocabulary
from .publish import BuildResult, Publishing
from .references import ReferenceFiles, listed_theses
from .render import Cards, PagePlans, check_templates, fresh_helpers, make_env, pages, render_page, site_context, template_digest
from .reviewed import apply_reviewed
from .search import DocTerms, IndexCache, analyze_entry, count_terms, long_word_warnings
from .site import Site, build_site, related_search, related_signature
from .validate import validate_thesis, validate_unique_ids, validate_vocabulary_links
from .workers import SHARED, beside, cyclic_gc_paused, fork_pool_allowed, mapped
from .write import Linked

PARALLEL_THRESHOLD = 300  # theses or pages to do before a second process pays for its start-up
PARALLEL_TERMS = 10_000  # index terms to encode before workers pay
RENDER_BATCH = 50  # pages per task
PREPARE_CHUNK = 64  # theses per task: a worker counts their index terms before sending them
PARALLEL_CHUNKS = 4  # chunks of theses to find related ones for (500 each) before workers pay


def _origins(pages, config: Config) -> dict[str, tuple[str, ...]]:
    """Where each page comes from, for reports about its links: its template (project-relative),
    then the thesis or vocabulary file it shows."""
    out = {}
    for page in pages:
        template = config.display_path(config.templates / page.template)
        entry, kind = page.context.get("e"), page.context.get("kind")
        source = entry.src_path if entry is not None else (
            config.display_path(config.seeds / f"{kind}.yml") if kind and page.context.get("term") else None)
        out[page.dest_path] = (template, source) if source else (template,)
    return out


@dataclass
class _RenderPlan:
    env: object
    site_ctx: dict
    site: Site
    all_pages: list
    todo: list  # the pages whose key changed


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


def _work(task: tuple[str, list]) -> list:
    """One batch: theses to find related ones for, a range of documents whose postings to
    encode, or pages to render (by index into the to-do list)."""
    kind, batch = task
    if kind == "related":
        return SHARED["best_of"](batch)
    if kind == "encode":
        return SHARED["index"].encode(SHARED["dirty_terms"], *batch)
    if kind == "cards":
        cards, entries = SHARED["cards"], SHARED["site"].entries
        return [cards(i, {"dest_path": entries[i].url}) for i in batch]
    env, todo, site_ctx, site, cards = (SHARED[k] for k in ("env", "todo", "site_ctx", "site", "cards"))
    pages = [render_page(env, todo[i], site_ctx, site, cards).encode() for i in batch]
    if SHARED.get("spool"):  # written here, only their names sent back: see Builder.build
        return [_spooled(SHARED["spool"], data) for data in pages]
    if SHARED.get("hash"):  # in a worker: hash there too, so that writing the site needs not
        return [(data, hashlib.sha256(data).hexdigest()) for data in pages]
    return [(data, None) for data in pages]


def _spooled(spool: str, data: bytes) -> tuple[Linked, str]:
    """A page written into the spool folder under its digest (atomically: two workers may render
    the same bytes), as a Linked file the write stage links into the site."""
    digest = hashlib.sha256(data).hexdigest()
    path = Path(spool) / digest
    if not path.exists():
        tmp = path.with_name(f"{digest}.{os.getpid()}.tmp")
        tmp.write_bytes(data)
        os.replace(tmp, path)
    return Linked(path, digest, len(data)), digest


def _is_prepared(value, thesis: Thesis) -> bool:
    """A cache entry that is what _prepare makes for this thesis (the digest vouches for the rest)."""
    return (isinstance(value, tuple) and len(value) == 2 and isinstance(value[0], Entry)
            and isinstance(value[1], DocTerms) and value[0].id == thesis.id and value[0].src_path == thesis.src_path)


class Builder(Publishing):
    def __init__(self, config: Config, progress=None, jobs: int | None = None, reuse_site: bool = True,
                 origins: bool = False):
        """`reuse_site`: a build may take a whole site from the cache's memo (buildmemo.py) when
        its inputs are those of one built before. `serve` says no: it keeps what it prepares in
        memory for the edits to come, and a site taken whole leaves nothing there."""
        self.config = config
        self.reuse_site = reuse_site
        self.origins = origins  # say where each page comes from (for `check`'s reports of links; 0.1 s at 1,000)
        self.site_key: str | None = None  # input digest of the last site built or reused
        self.reused = False  # the last build took its site from the memo
        self.last: tuple = ()  # (input digest, result, the output manifest's stat) of the last site written
        self.inputs_seen: dict = {}  # each input file's stat and sha256 when last read (see buildmemo._walk)
        self.theses_seen: dict = {}  # each thesis file's stat and digest when last read (see load_theses)
        self.listing: dict = {}  # the summary files found last, while their folders are unchanged (see thesis_files)
        self.walk_marks: dict = {}  # path → stat mark, as this build's input digest took them (see load_theses)
        self.progress = progress or _quiet
        self.jobs = jobs if jobs is not None else min(2, os.cpu_count() or 1)
        self.prepared: dict[tuple, tuple[Entry, DocTerms]] = {}
        self.pages: dict[str, tuple[str, bytes | Linked]] = {}  # dest_path → (key, its bytes or file)
        self.spool: Path | None = None  # where the workers write the pages during a build (_gather_spooled)
        self.cards = Cards()
        self.plans: dict[int, PagePlans] = {}  # by hash(config): a build with an offline zip plans two sites
        self.loaded: dict = {}
        self.vocab_digest = ""
        self.vocab_loaded: tuple = ((), None, [])  # (stat marks of the vocabulary files, vocabulary, problems)
        self.tagger: Tagger | None = None
        self.analyzer: Analyzer | None = None
        self.index = IndexCache()
        self.related: dict = {}
        self.last_site: Site | None = None  # the link graph of the last build (build_site reuses its lists)
        self.places_stored = False  # this builder wrote the places cache once
        self.doc_keys: dict[str, str] = {}  # thesis id → the cache key of its prepared text (the index's documents)
        self.index_pending = False  # the last build's index, as the cache kept it, is still to be read
        self.index_taken = False  # this builder's index began as the one the cache kept
        self.places_memo: dict = {}  # (text digest, vocabulary digest) → gazetteer names found in the text
        self.places_judged: dict = {}  # (text digest, path, vocabulary digest) → the places it was judged to name
        self.checked: dict = {}  # (text digest, path, vocabulary digest) → the thesis's problems (0.4 s an edit at 10,000)
        self.written: dict[str, tuple[bytes, str]] = {}  # path → (bytes last written, sha256)
        self.references = ReferenceFiles()
        self.exporter = Exporter()
        self.cache: BuildCache | None = None  # on disk, when config.cache is set (opened by the first build)
        self.cache_keys: set[str] = set()  # the keys of this build's prepared theses in that cache
        self.fresh = 0  # theses the last build prepared (not found in memory or in the cache)
        # The Jinja environment, its templates compiled and checked once per version of them:
        # (templates digest, environment, the check's problems), and what its helpers were made for.
        self.templates: tuple = ("", None, [])
        self.helpers_for: tuple = ()

    def warm(self) -> None:
        """What a long-lived builder (`serve`) makes once after its first build, so that the first edit
        does not: the map outlines (0.2 s), the gazetteer's name sets (see places.warm_scan) and which
        pages show which thesis (render.PagePlans: 0.4 s at 10,000 theses)."""
        worldmap.warm()
        warm_scan()
        for plans in self.plans.values():
            plans.warm()

    # ------------------------------------------------------------------ gather
    def gather(self) -> BuildResult:
        """Everything the site holds, in memory. With a zip link, the offline zip is one of the files."""
        with cyclic_gc_paused():
            self._open_cache()
            result = self._gather_all()
            if self.cache:
                self.cache.prune(self.cache_keys)
            return result

    def _vocabulary(self, config: Config) -> tuple[Vocabulary, list]:
        """The vocabularies, parsed again only when one of their files changed (size, times, inode, as
        load_theses trusts them): parsing the YAML was 50 ms of a 1 s rebuild after an edit at 1,000."""
        marks = tuple(stat_mark(config.seeds / f"{kind}.yml") for kind in (*VOCABULARY_KINDS, "synonyms"))
        if marks and None not in marks and marks == self.vocab_loaded[0]:
            return self.vocab_loaded[1], list(self.vocab_loaded[2])
        vocab, problems = load_vocabulary(config)
        self.vocab_loaded = (marks, vocab, list(problems))
        return vocab, problems

    def _protected(self) -> list[Path]:
        return [self.config.seeds, self.config.templates, self.config.static, self.config.root / ".git"]

    def _open_cache(self) -> None:
        """The build cache, checked like the output folder; its places memo joins this one."""
        if self.config.cache is None or self.cache is not None:
            return
        check_cache_path(self.config.cache, self.config.root, self.config.out, self._protected())
        self.cache = BuildCache(self.config.cache)
        self.places_memo.update(self.cache.get_places())
        self.places_judged.update((key, Found(*value)) for key, value in self.cache.get_places("judged").items()
                                  if isinstance(value, tuple) and len(value) == 4)
        # a fresh process: the index of the last build, read when the theses are known to need it (a build
        # that takes back a whole site never does: reading 30 MB at 1,000 theses cost it 0.5 s)
        self.index_pending = not self.index.docs

    def store_index(self) -> None:
        """Keep this build's search index (and related theses) in the cache for the next process."""
        if self.cache and self.doc_keys:
            self.cache.put_places({**self.index.snapshot(), "vocab": self.vocab_digest, "doc_keys": self.doc_keys,
                                   "related": self.related}, "index")

    def _take_stored_index(self, stored: dict, vocab: Vocabulary, disk_key: dict, found: list) -> list:
        """The index the cache kept (`stored`), when it was built with this vocabulary: its documents stand
        for the found theses whose prepared text is the very one it indexed (same cache key), so only the
        others are indexed again. Returns those others."""
        keys = stored.get("doc_keys")
        if stored.get("vocab") != vocab.digest or self.index.docs or not isinstance(keys, dict):
            return found
        same = {t.id: value for k, t, value in found if keys.get(t.id) == disk_key[k]}
        now = {k[1]: key for k, key in disk_key.items()}
        if any(i not in same and now.get(i) == key for i, key in keys.items()):
            return found  # a document it indexed, unchanged but not in the cache (damaged): the index is made afresh
        hits, misses, rejected = self.cache.hits, self.cache.misses, list(self.cache.rejected)
        docs = {i: same[i][1] if i in same else self.cache.get(key) for i, key in keys.items()}  # an edited one: as it was
        self.cache.hits, self.cache.misses, self.cache.rejected = hits, misses, rejected  # the counts are this build's
        docs = {i: value[1] if isinstance(value, tuple) and len(value) == 2 else value for i, value in docs.items()}
        if not all(isinstance(doc, DocTerms) for doc in docs.values()):
            return found  # a document it indexed is gone from the cache: the index is made afresh
        index = IndexCache.restored(stored, docs)
        if index is None:
            return found
        self.index, self.related = index, stored.get("related") if isinstance(stored.get("related"), dict) else {}
        self.index_taken = True
        for k, t, value in found:
            if t.id in same and same[t.id] is value:
                self.prepared[k] = value  # indexed as it is: not counted again
        return [(k, t, value) for k, t, value in found if not (t.id in same and same[t.id] is value)]

    def cache_summary(self) -> str:
        """'; build cache: 990 of 1000 theses reused', or '' without a cache."""
        if self.cache is None:
            return ""
        if self.reused:
            return "; build cache: the whole site reused (same inputs as an earlier build)"
        older = sum(name in self.cache.outdated for name in self.cache.rejected)
        rejected = (f", {older} entries of another version replaced" if older else "") + (
            f", {len(self.cache.rejected) - older} damaged or foreign entries ignored" if len(self.cache.rejected) > older else "")
        kept = ", search index kept" if self.index_taken else ""
        return f"; build cache: {self.cache.hits} reused, {self.fresh} theses prepared{kept}{rejected}"

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
        vocab, problems = self._vocabulary(config)
        marks, self.walk_marks = self.walk_marks, {}  # taken by this build's input digest, if it ran
        theses, errs = load_theses(config, self.loaded, self._parse_many, self.theses_seen, self.listing, marks)
        problems += errs
        display = {k: config.display_path(config.seeds / f"{k}.yml") for k in VOCABULARY_KINDS}
        problems += validate_vocabulary_links(vocab, display)
        problems += validate_unique_ids(theses)
        places_changed = False
        own: dict[str, frozenset[str]] = {}  # thesis id → the gazetteer places its text was judged to name
        if not any(p.severity == "error" for p in problems):  # the gazetteer's places the theses name join
            known, judged = len(self.places_memo), set(self.places_judged)
            found = find_places(theses, vocab, memo=self.places_memo, scan_many=partial(self._scan_many, vocab),
                                judged=self.places_judged, judge_many=partial(self._judge_many, vocab))
            live_judged = ((t.digest, t.src_path, vocab.digest) for t in theses)
            self.places_judged = {k: self.places_judged[k] for k in live_judged if k in self.places_judged}
            live = {(t.digest, vocab.digest) for t in theses}
            places_changed = (len(self.places_memo) != known or len(live) != known  # new texts scanned, or some gone
                              or self.places_judged.keys() != judged)
            if places_changed:
                self.places_memo = {k: v for k, v in self.places_memo.items() if k in live}
            own = {t.id: frozenset(self.places_judged[(t.digest, t.src_path, vocab.digest)].places) for t in theses}
            vocab = extend_vocabulary(vocab, found)
            problems += found.problems
        checked = {}
        for thesis in theses:
            key = (thesis.digest, thesis.src_path, vocab.digest)
            checked[key] = self.checked[key] if key in self.checked else validate_thesis(thesis, vocab)
            problems += checked[key]
        self.checked = checked
        problems += self._check_templates(config)
        static, errs = self._static()  # read now: a bad static file stops the build before anything is prepared
        problems += errs
        if any(p.severity == "error" for p in problems):
            raise BuildFailed(problems)

        # only once the input is valid: a failed build writes nothing. serve's edits leave the file for a
        # later process to bring up to date (pickling every text's places was 0.13 s of an edit at 10,000);
        # what it lacks is found again, each text by its own digest
        if self.cache and places_changed and (self.reuse_site or len(self.places_memo) - known > 20 or not self.places_stored):
            self.places_stored = True
            self.cache.put_places(self.places_memo)
            self.cache.put_places({k: (f.places, f.problems, f.aliases, f.written) for k, f in self.places_judged.items()},
                                  "judged")
        if self.vocab_digest != vocab.digest:
            self.vocab_digest, self.prepared = vocab.digest, {}
            self.tagger, self.analyzer = Tagger(vocab), Analyzer(vocab)
        prepared = self._prepare(theses, vocab, own)
        entries = [entry for entry, _ in prepared]
        site = self.last_site = build_site(entries, vocab, self.last_site)
        (problems, warnings), stale = apply_reviewed(theses, problems, [s for e in entries for s in e.suggestions])
        warnings += stale
        dirty_terms = self.index.stage(site, {e.id: terms for e, terms in prepared})
        patched = self.index.patch(dirty_terms)  # an edit: no pass over every document
        plan, encoded = self._relate_and_encode(site, config, dirty_terms if patched is None else [])

        def index_and_data_files() -> dict[str, bytes]:
            joined = self.index.join(dirty_terms, encoded) if patched is None else patched
            files = self.index.finish(site, self.analyzer, joined)
            shown = [p for p in plan.all_pages if p.lang == "id"]  # the English twins list the same theses
            files.update(self.references.files(plan.site, listed_theses(shown), config))  # .bib, .ris
            files.update(self.exporter.files(plan.site, config))  # data/catalogue.json, .csv
            return files

        files, counts, rendered, digests = self._render(plan, index_and_data_files)
        files.update(static)
        return BuildResult(files, problems, counts, rendered, time.monotonic() - started, warnings=warnings,
                           digests=digests, origins=_origins(plan.all_pages, config) if self.origins else {})

    def _workers(self, fn, items: list, parallel: bool, chunksize: int = 1, **shared):
        """workers.mapped() with this builder's number of jobs."""
        return mapped(fn, items, parallel, self.jobs, chunksize, **shared)

    def _parse_many(self, files: list[tuple]) -> list:
        """Parse thesis files, in workers when there are many (for load_theses)."""
        def parse(i: int):
            return load_thesis(files[i][0], self.config, files[i][1])

        with self._workers(parse, range(len(files)), len(files) >= PARALLEL_THRESHOLD * 3, chunksize=100) as results:
            return list(results)

    def _scan_many(self, vocab: Vocabulary, texts: list[str]) -> list[list]:
        """Gazetteer names in the texts, in workers when there are many (for find_places)."""
        chunks = [range(i, min(i + PREPARE_CHUNK, len(texts))) for i in range(0, len(texts), PREPARE_CHUNK)]

        def scan_chunk(chunk: range) -> list[list]:
            # places by slug: pickling the Place objects cost more than the scan saved (measured at 1,000)
            return [[(*hit[:4], tuple(p.slug for p in hit[4])) for hit in hits]
                    for hits in scan([texts[i] for i in chunk], vocab)]

        gazetteer, places = load_gazetteer(), {}
        with self._workers(scan_chunk, chunks, len(texts) >= PARALLEL_THRESHOLD) as results:
            return [[(*hit[:4], [places.get(s) or places.setdefault(s, gazetteer.get(s)) for s in hit[4]]) for hit in hits]
                    for chunk_hits in results for hits in chunk_hits]

    def _judge_many(self, vocab: Vocabulary, theses: list[Thesis], hits: list[list]) -> list[Found]:
        """The places each thesis names, judged from its gazetteer names `hits` (for find_places), in
        workers when there are many (with the scan in workers too: find_places 4.1 → 2.6 s at 1,000 theses)."""
        gazetteer, known = load_gazetteer(), known_names(vocab)
        chunks = [range(i, min(i + PREPARE_CHUNK, len(theses))) for i in range(0, len(theses), PREPARE_CHUNK)]

        def judge_chunk(chunk: range) -> list[tuple]:
            found = [judge(theses[i], vocab, gazetteer, known, hits[i]) for i in chunk]
            return [(list(f.places), f.problems, f.aliases, f.written) for f in found]  # places by slug, as _scan_many's

        with self._workers(judge_chunk, chunks, len(theses) >= PARALLEL_THRESHOLD) as results:
            return [Found({slug: gazetteer.get(slug) for slug in slugs}, problems, aliases, written)
                    for chunk_found in results for slugs, problems, aliases, written in chunk_found]

    def _prepare(self, theses: list[Thesis], vocab: Vocabulary, own: dict[str, frozenset[str]]) -> list[tuple[Entry, DocTerms]]:
        """Clean, tag, render and analyse each thesis whose file changed; reuse the rest. `own`: the
        places each thesis's text was judged to name (a function of its text and the vocabularies,
        which the cache key holds)."""
        keyed = [((t.digest, t.id, t.src_path), t) for t in theses]
        missing = [(k, t) for k, t in keyed if k not in self.prepared]
        tagger, analyzer, cache = self.tagger, self.analyzer, self.cache
        disk_key = {k: cache.key(vocab.digest, *k) for k, _ in keyed} if cache else {}
        self.cache_keys = set(disk_key.values())
        if cache:  # what an earlier process prepared: read back, not redone
            found = [(k, t, cache.get(disk_key[k])) for k, t in missing]
            found = [(k, t, v) for k, t, v in found if _is_prepared(v, t)]
            if self.index_pending and found:
                self.index_pending = False
                found = self._take_stored_index(cache.get_places("index"), vocab, disk_key, found)
            for k, _, value in found:
                self.prepared[k] = value
            if found:
                docs = [(t.id, value[1]) for _, t, value in found]
                self.index.update_many(docs, count_terms(doc for _, doc in docs))
            missing = [(k, t) for k, t in missing if k not in self.prepared]

        def prepare(thesis: Thesis) -> tuple[Entry, DocTerms]:
            entry = prepare_entry(thesis, vocab, tagger, own.get(thesis.id))
            terms = analyze_entry(entry, vocab, analyzer)
            # its plain text served the analysis only: not sent back, cached nor kept (about 80 MiB at 10,000 theses)
            entry.body_text = ""
            if terms.long_words:  # only then: a scan of every text costs about what tokenising it does
                entry.suggestions += long_word_warnings(thesis)
            return entry, terms

        todo = [t for _, t in missing]
        self.fresh = len(todo)
        chunks = [range(i, min(i + PREPARE_CHUNK, len(todo))) for i in range(0, len(todo), PREPARE_CHUNK)]

        def prepare_chunk(chunk: range) -> tuple[list, tuple[Counter, Counter]]:
            results = [prepare(todo[i]) for i in chunk]
            if cache:  # stored where prepared: in the workers, side by side
                for i, result in zip(chunk, results):
                    cache.put(disk_key[missing[i][0]], result)
            return results, count_terms(doc for _, doc in results)

        # Chunks of indices cross the pipe, not the theses: the workers already hold `todo`.
        done = 0
        with self._workers(prepare_chunk, chunks, len(chunks) >= math.ceil(PARALLEL_THRESHOLD / PREPARE_CHUNK)) as out:
            for chunk, (results, counts) in zip(chunks, out):
                for i, result in zip(chunk, results):
                    self.prepared[missing[i][0]] = result
                # while the workers prepare the next chunks
                self.index.update_many([(todo[i].id, doc) for i, (_, doc) in zip(chunk, results)], counts)
                done += len(chunk)
                self.progress("texts prepared", done, len(missing))
        live = {k for k, _ in keyed}
        self.prepared = {k: v for k, v in self.prepared.items() if k in live}
        self.doc_keys = {t.id: disk_key[k] for k, t in keyed} if cache else {}
        return [self.prepared[k] for k, _ in keyed]

    def _relate_and_encode(self, site: Site, config: Config, dirty_terms: list[str]) -> tuple[_RenderPlan, list]:
        """Find the related theses (unless no tag changed) and encode the changed index terms, side
        by side in workers when there are many. Once the related theses are in, the pages to
        render are planned here while the workers go on encoding."""
        signature = related_signature(site)
        tasks: list[tuple[str, object]] = []
        best_of = None
        if self.related.get("signature") != signature:
            chunks, best_of = related_search(site.entries, site.subjects)
            tasks += [("related", chunk) for chunk in chunks]
        # Each worker encodes the postings of one range of documents; join() puts them together.
        shares = self.jobs if len(dirty_terms) >= PARALLEL_TERMS else 1
        n = len(self.index.docs_in_order)
        tasks += [("encode", (n * k // shares, n * (k + 1) // shares)) for k in range(shares)] if dirty_terms else []
        big = sum(kind == "related" for kind, _ in tasks) >= PARALLEL_CHUNKS or len(dirty_terms) >= PARALLEL_TERMS
        templates_key, env, _ = self.templates
        if self.helpers_for != (site.vocab.digest, config):
            fresh_helpers(env, config)
            self.helpers_for = (site.vocab.digest, config)
        self.cards.bind(env, site, (templates_key, site.vocab.digest))
        if big:  # the list items of the theses, in the workers too (the pages need them all)
            ids = [i for i, e in site.entries.items() if self.cards.key(i, {"dest_path": e.url}) not in self.cards.cache]
            cards = [("cards", ids[i : i + 500]) for i in range(0, len(ids), 500)]
            tasks = [t for t in tasks if t[0] == "related"] + cards + [t for t in tasks if t[0] != "related"]
        related: dict[str, tuple[str, ...]] = {}
        plan, encoded = None, []
        with self._workers(_work, tasks, big, best_of=best_of, index=self.index, dirty_terms=dirty_terms,
                           cards=self.cards, site=site) as results:
            for kind, batch in tasks + [("end", None)]:
                if plan is None and kind != "related":  # the related theses are all in
                    if best_of is not None:
                        self.related = {"signature": signature, "related": related}
                    site = replace(site, related=self.related["related"])
                    plan = self._plan_render(site, config, env, templates_key)
                if kind == "end":
                    break
                out = next(results)
                if kind == "related":
                    related.update(zip(batch, out))
                elif kind == "cards":
                    for i, html in zip(batch, out):
                        self.cards.store(i, {"dest_path": site.entries[i].url}, html)
                else:
                    encoded.append(out)  # the ranges come in document order
        return plan, encoded

    def _plan_render(self, site: Site, config: Config, env, templates_key: str) -> _RenderPlan:
        """The pages of the site (the cards are bound to this environment already)."""
        plans = self.plans.get(hash(config)) or self.plans.setdefault(hash(config), PagePlans())
        if len(self.plans) > 2:
            self.plans = {hash(config): plans}
        plans.begin(site)
        all_pages = [p for lang in LANGS for p in pages(site, config, templates_key, lang, plans)]
        plans.end()
        if not self.pages and self.cache and self.reuse_site:  # a fresh process: the pages of the last site kept
            self.pages = SiteMemo(self.cache).prior_pages()
        todo = [p for p in all_pages if self.pages.get(p.dest_path, ("",))[0] != p.key]
        # a page's two languages side by side, so one process cuts their map's outlines (each process cuts
        # a view once): at 1,000 theses 336 → 221 views cut; with the snapped views, rendering 7.9–8.8 → 6.7–7.7 s CPU
        todo.sort(key=lambda p: p.dest_path.removeprefix("en/"))
        return _RenderPlan(env, {lang: site_context(site, config, lang) for lang in LANGS}, site, all_pages, todo)

    def _render(self, plan: _RenderPlan, meanwhile) -> tuple[dict[str, bytes], Counter, int, dict[str, str]]:
        """Render the pages whose key changed, on all cores; the result of `meanwhile()`, run here
        while the workers render, joins the files."""
        todo = plan.todo
        tasks = [("render", list(range(i, min(i + RENDER_BATCH, len(todo))))) for i in range(0, len(todo), RENDER_BATCH)]
        # (forking workers for an edit's few pages, to render beside the index, made an edit at 10,000
        # theses 1.5–3 s slower: measured)
        parallel = len(todo) >= PARALLEL_THRESHOLD and fork_pool_allowed(self.jobs)
        if parallel:
            worldmap.warm()  # the map outlines too: shared by the workers, not decoded in each
            for name in plan.env.list_templates(filter_func=lambda n: n.endswith(".html")):
                plan.env.get_template(name)  # compiled once here (0.26 s), not in each worker and again at serve's first edit
            for entry in plan.site.entries.values():  # every card once, before the fork, so no worker redoes them
                self.cards(entry.id, {"dest_path": entry.url})
        fresh: dict[str, bytes] = {}
        digests: dict[str, str] = {}
        spool = str(self.spool) if parallel and self.spool else None
        # This process renders beside the workers once `meanwhile()` is done (workers.beside): at 1,000 theses the
        # pages took 7.2 s (13.5 s of CPU) with one worker beside it, 7.8 s (14.8 s) with two (3 runs each, alternated)
        results, extra = beside(_work, tasks, parallel, self.jobs, meanwhile, collect=True, env=plan.env, todo=todo,
                                site_ctx=plan.site_ctx, site=plan.site, cards=self.cards, hash=parallel, spool=spool)
        for (_, batch), out in zip(tasks, results):
            for i, (data, digest) in zip(batch, out):
                fresh[todo[i].dest_path] = data
                if digest:
                    digests[todo[i].dest_path] = digest
        self.progress("pages rendered", len(fresh), len(todo))
        files, counts, cache = {}, Counter(), {}
        for page in plan.all_pages:
            data = fresh.get(page.dest_path) or self.pages[page.dest_path][1]
            cache[page.dest_path] = (page.key, data)
            files[page.dest_path] = data
            counts[page.template.removesuffix(".html")] += 1
        self.pages = cache
        self.cards.prune()
        files.update(extra)
        return files, counts, len(fresh), digests

    def _check_templates(self, config: Config) -> list[Diagnostic]:
        """The templates' problems; an environment holding them compiled for the build."""
        try:
            key = template_digest(config)
        except (OSError, RecursionError, UnicodeError):  # names or depths the check reports: checked afresh
            key = ""
        if not key or key != self.templates[0]:
            env = make_env(config)
            self.templates, self.helpers_for = (key, env, check_templates(config, env)), ()
        return self.templates[2]

    def _static(self) -> tuple[dict[str, bytes], list[Diagnostic]]:
        """The files of static/, read like every source: regular files inside the project only."""
        files: dict[str, bytes] = {}
        paths, problems = folder_files(self.config.static, self.config.display_path)  # no recursion: any depth
        for path in paths:
            data, errs = read_inside(path, self.config.root, self.config.display_path(path))
            problems += errs
            if data is not None:
                files["static/" + path.relative_to(self.config.static).as_posix()] = data
        return files, problems


"""Index stage: a sharded BM25F search index, shipped as self-registering JavaScript.

Every shard is a file ``search/<name>.js`` that calls ``window.KatalogSearchShard(name, data)``
when a ``<script>`` tag loads it, so search works from ``file://`` where ``fetch`` is blocked.

- ``meta``: version, field weights, the alias table (query phrases → concept tokens), facets,
  and the list of shard keys, so the client never asks for a file that does not exist.
- forms shards (``f…``): every word form seen → its stems, with document frequency; the client
  needs no stemmer of its own, and prefix and typo matching run over these forms.
- term shards (``t…``): stem → postings (doc numbers and BM25F scores ×100, precomputed,
  packed as text: see ``encode_postings``); bigrams ``"a b"`` for phrase queries; concept tokens ``~kind:slug``
  for aliases; facet tokens ``#kind:slug`` (the subject tags) for filters.
- doc shards (``d…``): what a result shows: title, link, partnership, year, excerpt text.

Shards are split by key prefix until each is under a byte budget, so one query downloads
a small part of a large index.
"""

from __future__ import annotations

import json
import math
import operator
import re
from array import array
from collections import Counter, defaultdict, deque
from dataclasses import dataclass, field
from itertools import compress, pairwise, repeat
from json.encoder import encode_basestring

from .analyze import Analyzer, concept, facet
from .enrich import TAG_KINDS, Entry, Site
from .text import fold, plain
from .text import words as text_words

INDEX_VERSION = 2
FIELD_WEIGHTS = {"title": 4.0, "tags": 6.0, "keywords": 3.0, "abstract": 2.0, "body": 1.0}
# Function words left out of the bigrams that answer phrase queries: '"kota dan kabupaten"'
# is looked up as "kota kabupaten". A third fewer bigrams to build, ship and download.
PHRASE_SKIP = frozenset({
    "yang", "dan", "di", "ke", "dari", "dengan", "untuk", "dalam", "pada", "ini", "itu", "atau", "juga",
    "oleh", "sebagai", "adalah", "akan", "tersebut", "telah", "karena", "bahwa", "agar", "bagi", "serta",
    "the", "of", "and", "a", "an", "in", "on", "to", "for", "with", "by", "is", "are", "as", "at", "from", "that",
})
FIELD_PIVOT = {"title": 12, "tags": 40, "keywords": 10, "abstract": 200, "body": 800}  # words: typical lengths
FIELD_B = {"title": 0.5, "tags": 0.3, "keywords": 0.3, "abstract": 0.75, "body": 0.75}
K1 = 1.2
DOCS_PER_SHARD = 4  # a results page of 20 loads at most 20 small files
SHARD_BUDGET = 24_000  # bytes: a shard is split by a longer prefix once it grows past this
SNIPPET_CHARS = 400


@dataclass
class DocTerms:
    """One document's share of the index: each term's weighted frequency, its word forms, its card.

    Compact, because a worker process makes it and the builder keeps one per thesis: the terms
    as lines of one string, their saturated frequencies as the bytes of an array of doubles.
    """

    terms: str = ""  # one term per line
    saturations: bytes = b""  # array("d"): each term's tf / (tf + K1), in the order of `terms`; 0.0 for a facet
    pairs: str = ""  # one "form<TAB>stem" per line: the word forms seen and their stems, each once
    card: dict = field(default_factory=dict)

    def term_list(self) -> list[str]:
        return self.terms.split("\n") if self.terms else []

    def pair_list(self) -> list[str]:
        return self.pairs.split("\n") if self.pairs else []

    def contrib(self) -> dict[str, float]:
        """term → saturated tf (0.0: a facet)."""
        return dict(zip(self.term_list(), array("d", self.saturations)))

    @classmethod
    def make(cls, contrib: dict[str, float], pairs, card: dict) -> DocTerms:
        return cls("\n".join(contrib), array("d", contrib.values()).tobytes(),
                   "\n".join(sorted(map("\t".join, pairs))), card)


def _field_terms(analyzer: Analyzer, text: str, lang: str, pairs: set) -> tuple[Counter, int]:
    """Counts of stems, stem bigrams (for phrase queries) and concepts; adds (form, stem) to pairs."""
    if not text:  # most theses have no English title or abstract
        return Counter(), 0
    words = text_words(text)
    stems = analyzer.stems(words, lang)
    pairs.update(zip(words, stems))
    counts = Counter(stems)
    content = [stem for word, stem in zip(words, stems) if word not in PHRASE_SKIP]
    counts.update(map(" ".join, pairwise(content)))
    counts.update(analyzer.concepts(text))
    return counts, len(words)


def _name_terms(analyzer: Analyzer, term) -> tuple[Counter, set]:
    """The words of a vocabulary term's names, as the tags field counts them (memoised)."""
    key = ("name", term.kind, term.slug)
    if key not in analyzer.memo:
        counts, pairs = Counter(), set()
        for name in sorted({term.name, term.name_en}):
            c, _ = _field_terms(analyzer, name, "id", pairs)
            counts.update({k: v for k, v in c.items() if not k.startswith("~")})
        analyzer.memo[key] = (counts, pairs)
    return analyzer.memo[key]


def analyze_entry(entry: Entry, site_vocab, analyzer: Analyzer) -> DocTerms:
    pairs: set[tuple[str, str]] = set()
    lengths: dict[str, int] = {}
    title = f"{entry.title} {entry.title_en}"
    abstract_id, abstract_en = entry.abstracts.get("id", ""), entry.abstracts.get("en", "")
    parts = {
        "title": [(title, "id"), (entry.title_en, "en")],
        "keywords": [(" ; ".join(map(str, entry.meta.get("keywords", []) + entry.meta.get("sectors", [])
                                     + entry.meta.get("authors", []) + entry.meta.get("advisors", [])
                                     + [entry.meta.get("institution", "")])), "id")],
        "abstract": [(abstract_id, "id"), (abstract_en, "en")],
        "body": [(entry.body_text, "id")],
    }
    fields: dict[str, Counter] = {}
    for name, texts in parts.items():
        counts, length = Counter(), 0
        for text, lang in texts:
            c, n = _field_terms(analyzer, text, lang, pairs)
            counts.update(c)
            length += n
        fields[name], lengths[name] = counts, length
    tags, facets = Counter(), []
    for kind in TAG_KINDS:
        for slug in entry.subjects[kind]:
            tags[concept(kind, slug)] += 1
            facets.append(facet(kind, slug))
            name_counts, name_pairs = _name_terms(analyzer, site_vocab.get(kind, slug))
            tags.update(name_counts)
            pairs.update(name_pairs)
    fields["tags"], lengths["tags"] = tags, sum(tags.values())
    names = site_vocab.terms["cities"]
    card = {
        "id": entry.id, "url": entry.url, "title": entry.title, "en": entry.title_en,
        "pair": [names[c].name for c in entry.partnership] if entry.partnership else [],
        "year": str(entry.meta.get("year") or entry.meta.get("period") or ""),
        "authors": entry.meta.get("authors", []),
        "text": plain(" ".join(x for x in (abstract_id or entry.excerpt, abstract_en) if x))[:SNIPPET_CHARS],
    }
    return DocTerms.make(_contributions(fields, lengths, facets), pairs, card)


# Postings travel as text: per document, the gap from the previous document number as a
# base-32 varint (digits '0'-'V' end a number, 'W'-'_' continue it) and the score in two
# base-64 digits. A term found in every one of 10,000 documents costs 30 kB, not 90 kB.
CODE_ALPHABET = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz-_"
MAX_SCORE = 64 * 64 - 1


def _gap_code(gap: int) -> str:
    digits = []
    while True:
        digits.append(gap & 31)
        gap >>= 5
        if not gap:
            break
    return "".join(CODE_ALPHABET[32 + d] for d in reversed(digits[1:])) + CODE_ALPHABET[digits[0]]


SCORE_CODES = [CODE_ALPHABET[s >> 6] + CODE_ALPHABET[s & 63] for s in range(MAX_SCORE + 1)]
_CODE_VALUE = {c: i for i, c in enumerate(CODE_ALPHABET)}
GAP_TABLE_MAX = 1 << 16
_gap_table: list[str] = [_gap_code(g) for g in range(1024)]


def encode_postings(pairs) -> str:
    """[(doc, score), …] in increasing doc order → the postings text."""
    nums = [doc for doc, _ in pairs]
    return _encode(nums, [min(score, MAX_SCORE) for _, score in pairs], max(nums, default=0))


def _encode_scored(nums: list[int], saturations: list, factor: float, n: int) -> str:
    """encode_postings for one term: increasing doc numbers and their saturations (0.0: a facet)."""
    if not saturations[0]:  # a facet: no score
        return _encode(nums, [0] * len(nums), n)
    factor = min(factor, MAX_SCORE)
    return _encode(nums, [round(factor * saturation) or 1 for saturation in saturations], n)


def _encode(nums: list[int], scores: list[int], n: int) -> str:
    """Bulk operations (map over C functions) rather than a Python loop: the build's hottest code,
    run once per posting. `n` bounds the document numbers."""
    global _gap_table
    if len(_gap_table) <= n < GAP_TABLE_MAX:
        _gap_table = [_gap_code(g) for g in range(min(2 * n + 2, GAP_TABLE_MAX))]
    table = _gap_table
    code = table.__getitem__ if n < len(table) else (lambda g: table[g] if g < len(table) else _gap_code(g))
    gaps = map(operator.sub, nums, [-1, *nums[:-1]])
    return "".join(map(operator.add, map(code, gaps), map(SCORE_CODES.__getitem__, scores)))


def join_postings(pieces: list[tuple[str, int, int]]) -> str:
    """One postings text from encode()'s pieces for consecutive document ranges: each piece's
    first gap, counted from -1, is recounted from the previous piece's last document."""
    texts, last = [pieces[0][0]], pieces[0][2]
    for text, first, end in pieces[1:]:
        texts += [_gap_code(first - last), text[len(_gap_code(first + 1)):]]
        last = end
    return "".join(texts)


def decode_postings(text: str) -> list[int]:
    """'…' → [doc, score, doc, score, …] (the client's decoder, in Python)."""
    flat, doc, value, i = [], -1, 0, 0
    while i < len(text):
        digit = _CODE_VALUE[text[i]]
        i += 1
        if digit >= 32:
            value = value * 32 + digit - 32
            continue
        doc += value * 32 + digit
        value = 0
        flat += [doc, _CODE_VALUE[text[i]] * 64 + _CODE_VALUE[text[i + 1]]]
        i += 2
    return flat


def count_terms(docs) -> tuple[Counter, Counter]:
    """How many of the documents have each term, and each word-form pair (for update_many())."""
    terms, pairs = Counter(), Counter()
    for doc in docs:
        terms.update(doc.term_list())
        pairs.update(doc.pair_list())
    return terms, pairs


class IndexCache:
    """Builds the index shards and keeps what it computed, so a rebuild redoes only what changed.

    A document's contribution to each posting depends on nothing but the document; a term's
    scores depend on its postings and the number of documents. An edit redoes the text of the
    terms the edited documents had or have, and nothing else; a new order (a thesis added,
    removed or retitled) redoes every term. Postings are gathered afresh for the terms to redo,
    by one pass over the documents; worker processes each take a range of documents when there
    are many, and join_postings() puts the pieces together. Document frequencies are counted as
    documents arrive, so a worker knows every term's weight without seeing the other documents.
    The result is always what a build from nothing gives.
    """

    def __init__(self):
        self.order: tuple[str, ...] = ()
        self.docs: dict[str, DocTerms] = {}
        self.docs_in_order: list[DocTerms] = []
        self.fragments: dict[str, str] = {}  # term → '"term":"<encoded postings>"'
        self.df: Counter = Counter()  # term → documents that have it, kept current by update()
        self.changes: list[tuple[DocTerms | None, DocTerms | None]] = []  # (before, after) since the last stage()
        self.dirty_forms: set[str] = set()
        self.pair_counts: Counter = Counter()  # "form<TAB>stem" → documents that have it
        self.dirty_pairs: set[str] = set()  # pairs whose count changed since the last stage()
        self.known_pairs: set[str] = set()
        self.form_index: dict[str, set[str]] = defaultdict(set)  # form → stems ever seen
        self.stem_forms: dict[str, set[str]] = defaultdict(set)
        self.form_fragments: dict[str, str] = {}
        self.doc_shards: dict[int, tuple[tuple, bytes]] = {}

    def build(self, site: Site, analyzer: Analyzer, doc_terms: dict[str, DocTerms]) -> dict[str, bytes]:
        """The index files, redoing only what changed since the last call."""
        dirty = self.stage(site, doc_terms)
        return self.finish(site, analyzer, self.join(dirty, [self.encode(dirty)]))

    def update(self, doc_id: str, doc: DocTerms | None, counted: bool = False) -> None:
        """Note one document's new terms (None: the document is gone). Cheap, and nothing when unchanged.

        The builder calls this as each prepared thesis arrives. Postings are not kept: the
        terms whose postings changed are marked, and encode() gathers them afresh.
        """
        old = self.docs.get(doc_id)
        if old is doc:
            return
        self.changes.append((old, doc))
        if old is not None:
            terms, pairs = old.term_list(), old.pair_list()
            self.df.subtract(terms)
            for term in terms:
                if not self.df[term]:
                    del self.df[term]
            self.pair_counts.subtract(pairs)
            self.dirty_pairs.update(pairs)
            del self.docs[doc_id]
        if doc is None:
            return
        if not counted:
            pairs = doc.pair_list()
            self.df.update(doc.term_list())
            self.pair_counts.update(pairs)
            self.dirty_pairs.update(pairs)
        self.docs[doc_id] = doc

    def update_many(self, docs: list[tuple[str, DocTerms]], counts: tuple[Counter, Counter]) -> None:
        """update() for new documents whose terms and pairs are already counted (count_terms()):
        counting where the documents are made, in workers, spares the builder a pass over them."""
        for doc_id, doc in docs:
            if self.docs.get(doc_id) is doc:
                raise ValueError(f"document {doc_id} is already in the index")
            self.update(doc_id, doc, counted=True)
        terms, pairs = counts
        self.df.update(terms)
        self.pair_counts.update(pairs)
        self.dirty_pairs.update(pairs.keys())

    def stage(self, site: Site, doc_terms: dict[str, DocTerms]) -> list[str]:
        """Take the documents of this build; returns the terms whose postings text must be redone."""
        for doc_id in [i for i in self.docs if i not in doc_terms]:
            self.update(doc_id, None)
        for doc_id, doc in doc_terms.items():
            self.update(doc_id, doc)
        order = tuple(e.id for e in site.ordered_entries())
        changes, self.changes = self.changes, []
        dirty: set[str] = set()
        if order != self.order:  # numbers moved or the count changed: every term's text changes
            self.order = order
            dirty.update(self.fragments)
            dirty.update(self.df)
        else:
            dirty = self._changed_terms(changes, len(order))
        self.docs_in_order = [self.docs[i] for i in order]
        for pair in self.dirty_pairs:
            form, stem = pair.split("\t")
            self.dirty_forms.add(form)
            if pair not in self.known_pairs:
                self.known_pairs.add(pair)
                self.form_index[form].add(stem)
                self.stem_forms[stem].add(form)
        self.dirty_pairs = set()
        for term in dirty:
            self.dirty_forms.update(self.stem_forms.get(term, ()))  # the document frequency they show may change
        return sorted(dirty)

    def _changed_terms(self, changes: list, n: int) -> set[str]:
        """Terms whose postings text differs after these changes (the document count staying n).

        A term a changed document gained or lost changes its document frequency, so every score
        in it moves. A term it kept changes only if that document's rounded score changed: an
        edit that lengthens a thesis by a sentence leaves most of its scores as they were.
        """
        dirty: set[str] = set()
        kept = []
        for old, new in changes:
            if old is None or new is None:
                dirty.update((old or new).term_list())
            else:
                before, after = old.contrib(), new.contrib()
                dirty.update(before.keys() ^ after.keys())
                kept.append((before, after))
        for before, after in kept:
            for term in before.keys() & after.keys():
                if term in dirty or before[term] == after[term]:
                    continue
                df = self.df.get(term, 0)
                factor = min(MAX_SCORE, 100 * (K1 + 1) * math.log(1 + (n - df + 0.5) / (df + 0.5)))
                if (round(factor * before[term]) or 1) != (round(factor * after[term]) or 1):
                    dirty.add(term)
        return dirty

    def encode(self, terms: list[str], start: int = 0, stop: int | None = None) -> dict[str, tuple[str, int, int]]:
        """The postings of each term over the documents numbered start to stop (all by default):
        term → (postings text, first document, last document), for terms found there.

        The text's first gap counts from -1, as if the range began the list; join() mends that.
        Pure, so forked workers can each take a range of documents.
        """
        wanted = set(terms)
        every = wanted.issuperset(self.df)  # a full rebuild: no term of any document to leave out
        postings: dict[str, list] = defaultdict(list)  # term → [doc, saturation, doc, saturation, …]
        lists_of, append = postings.__getitem__, list.append
        docs = self.docs_in_order
        for num in range(start, len(docs) if stop is None else stop):
            doc = docs[num]
            found, saturations = doc.term_list(), array("d", doc.saturations)
            if not every:
                keep = list(map(wanted.__contains__, found))
                found, saturations = list(compress(found, keep)), compress(saturations, keep)
            # Two appends per posting, looped over in C (the build's hottest loop): the
            # document number to each of its terms' lists, then each term's saturation.
            lists = list(map(lists_of, found))
            deque(map(append, lists, repeat(num)), maxlen=0)
            deque(map(append, lists, saturations), maxlen=0)
        n, df, out = len(docs), self.df, {}
        for term, flat in postings.items():
            nums = flat[0::2]
            factor = 100 * (K1 + 1) * math.log(1 + (n - df[term] + 0.5) / (df[term] + 0.5))
            out[term] = (_encode_scored(nums, flat[1::2], factor, n), nums[0], nums[-1])
        return out

    def join(self, terms: list[str], shares: list[dict[str, tuple[str, int, int]]]) -> dict[str, str]:
        """The fragment ('"term":"postings"') of each term from the encode() results of consecutive
        document ranges, in order; '' for a term no document has any more."""
        out = {}
        for term in terms:
            pieces = [share[term] for share in shares if term in share]
            out[term] = f'{encode_basestring(term)}:"{join_postings(pieces)}"' if pieces else ""
        return out

    def finish(self, site: Site, analyzer: Analyzer, encoded: dict[str, str]) -> dict[str, bytes]:
        """Take the newly encoded terms (join()'s result), redo the changed forms, write out every shard."""
        for term, fragment in encoded.items():
            if fragment:
                self.fragments[term] = fragment
            else:
                self.fragments.pop(term, None)
        pair_counts, docs = self.pair_counts, self.docs_in_order
        n = len(docs)
        dirty_forms, self.dirty_forms = self.dirty_forms, set()
        for form in dirty_forms:
            stems = sorted(s for s in self.form_index[form] if pair_counts[f"{form}\t{s}"] > 0)
            if not stems:
                self.form_fragments.pop(form, None)
                continue
            df = max(self.df.get(s, 0) for s in stems)
            self.form_fragments[form] = f"{_dumps(form)}:{_dumps([stems, df])}"

        out: dict[str, bytes] = {}
        term_keys = _write_shards(out, "t", self.fragments)
        form_keys = _write_shards(out, "f", self.form_fragments)
        doc_shards = 0
        for start in range(0, n, DOCS_PER_SHARD):
            shard = start // DOCS_PER_SHARD
            members = tuple(docs[start : start + DOCS_PER_SHARD])
            cached = self.doc_shards.get(shard)
            if cached is None or len(cached[0]) != len(members) or any(a is not b for a, b in zip(cached[0], members)):
                cached = self.doc_shards[shard] = (members, _shard_bytes(f"d{shard}", [d.card for d in members]))
            out[f"search/d{shard}.js"] = cached[1]
            doc_shards += 1
        for shard in [k for k in self.doc_shards if k >= doc_shards]:
            del self.doc_shards[shard]
        facets = {kind: [[slug, site.vocab.get(kind, slug).name, len(site.subjects.get((kind, slug), ()))]
                         for slug in (t.slug for t in (site.vocab.ordered(kind) if kind == "stages"
                                                       else sorted(site.vocab.terms[kind].values(), key=lambda t: t.name.lower())))
                         if site.subjects.get((kind, slug))]
                  for kind in TAG_KINDS}
        meta = {
            "version": INDEX_VERSION, "docs": n, "docsPerShard": DOCS_PER_SHARD, "docShards": doc_shards,
            "termShards": term_keys, "formShards": form_keys, "aliases": analyzer.alias_table(), "facets": facets,
            "phraseSkip": sorted(PHRASE_SKIP),
        }
        _write(out, "meta", meta)
        return out


def _contributions(fields: dict[str, Counter], lengths: dict[str, int], facets: list[str]) -> dict[str, float]:
    """Each term's field-weighted, length-normalised frequency in one document (BM25F), saturated:
    tf / (tf + K1), so that a posting's score is this times the term's idf weight.

    Lengths are normalised against fixed pivots (FIELD_PIVOT) rather than the catalogue's
    averages, so a document's weights depend on nothing but itself: worker processes compute
    them, and an edit changes only the edited document's postings.
    """
    merged: dict[str, float] = {}
    for f, counts in sorted(fields.items(), key=lambda fc: -len(fc[1])):
        norm = FIELD_WEIGHTS[f] / (1 - FIELD_B[f] + FIELD_B[f] * lengths[f] / FIELD_PIVOT[f])
        if not merged:  # the largest field: one comprehension
            merged = {term: tf * norm for term, tf in counts.items()}
            continue
        for term, tf in counts.items():
            merged[term] = merged.get(term, 0.0) + tf * norm
    contrib = {term: tf / (tf + K1) for term, tf in merged.items()}  # BM25 saturation
    for token in facets:
        contrib[token] = 0.0
    return contrib


def build_index(site: Site, analyzer: Analyzer, doc_terms: dict[str, DocTerms]) -> dict[str, bytes]:
    """The index of a site, from nothing."""
    return IndexCache().build(site, analyzer, doc_terms)


def shard_file(prefix: str, key: str) -> str:
    """A safe file name for a shard key: letters and digits kept, anything else as _hex."""
    safe = "".join(c if c.isascii() and c.isalnum() else f"_{ord(c):x}" for c in key)
    return f"{prefix}{safe or '_'}"


def _dumps(data) -> str:
    return json.dumps(data, ensure_ascii=False, sort_keys=True, separators=(",", ":"))


def _shard_bytes(name: str, data) -> bytes:
    return f"KatalogSearchShard({_dumps(name)},{_dumps(data)});\n".encode()


def _write(out: dict, name: str, data) -> None:
    out[f"search/{name}.js"] = _shard_bytes(name, data)


def _write_shards(out: dict, prefix: str, fragments: dict[str, str]) -> list[str]:
    """Split serialised items by key prefix until every shard fits the budget; returns the shard keys."""
    keys: list[str] = []

    def emit(key: str, members: list[str]) -> None:
        keys.append(key)
        name = shard_file(prefix, key)
        body = ",".join(fragments[k] for k in members)
        out[f"search/{name}.js"] = f"KatalogSearchShard({_dumps(name)},{{{body}}});\n".encode()

    def split(group: list[str], depth: int) -> None:
        buckets: dict[str, list[str]] = defaultdict(list)
        for k in group:
            buckets[k[:depth]].append(k)
        for key in sorted(buckets):
            members = buckets[key]
            longer = [k for k in members if len(k) > depth]
            if sum(len(fragments[k]) + 1 for k in members) <= SHARD_BUDGET or not longer:
                emit(key, members)
                continue
            exact = [k for k in members if len(k) <= depth]
            if exact:
                emit(key, exact)
            split(longer, depth + 1)

    split(sorted(fragments), 1)
    return keys


# ---------------------------------------------------------------------- the reference query
# The Python twin of static/search.js's pure functions: tests compare the two on one index.

QUOTE_RE = re.compile(r'"([^"]*)"')
PREFIX_DISCOUNT, TYPO_DISCOUNT = 0.8, 0.6


def load_shards(files: dict[str, bytes]) -> dict[str, object]:
    shards = {}
    for data in files.values():
        text = data.decode()
        name, payload = re.match(r'KatalogSearchShard\(("[^"]*"),(.*)\);\n$', text, re.DOTALL).groups()
        shards[json.loads(name)] = json.loads(payload)
    return shards


def shard_for(key: str, keys: list[str]) -> str | None:
    best = None
    for k in keys:
        if key.startswith(k) and (best is None or len(k) > len(best)):
            best = k
    return best


def query(shards: dict, q: str, filters: dict[str, str] | None = None, limit: int = 20) -> list[str]:
    """Ranked document ids for a query, exactly as the browser ranks them."""
    meta = shards["meta"]
    clauses = parse_query(q, meta["aliases"], lambda f: _form_lookup(shards, f), lambda p: _prefix_forms(shards, p),
                          set(meta["phraseSkip"]))
    scores = evaluate(clauses, lambda t: _postings(shards, t))
    for kind, slug in (filters or {}).items():
        allowed = set(_postings(shards, f"#{kind}:{slug}")[0::2])
        scores = {d: s for d, s in scores.items() if d in allowed}
    ranked = sorted(scores.items(), key=lambda kv: (-kv[1][0], -kv[1][1], kv[0]))[:limit]
    cards = []
    for number, _ in ranked:
        cards.append(shards[f"d{number // meta['docsPerShard']}"][number % meta["docsPerShard"]]["id"])
    return cards


def _postings(shards: dict, term: str) -> list[int]:
    key = shard_for(term, shards["meta"]["termShards"])
    return decode_postings(shards.get(shard_file("t", key), {}).get(term, "")) if key is not None else []


def _form_lookup(shards: dict, form: str):
    key = shard_for(form, shards["meta"]["formShards"])
    return shards.get(shard_file("f", key), {}).get(form) if key is not None else None


def _prefix_forms(shards: dict, prefix: str) -> dict:
    found = {}
    for key in shards["meta"]["formShards"]:
        if key.startswith(prefix) or prefix.startswith(key):
            for form, row in shards.get(shard_file("f", key), {}).items():
                found[form] = row
    return found


def tokenize_query(text: str) -> list[str]:
    return re.findall(r"[^\W_]+(?:'[^\W_]+)?", fold(text))


def parse_query(q: str, aliases: list, lookup, prefix_forms, skip=()) -> list[dict]:
    """Clauses: each a list of (term, weight) alternatives; a document must match every clause."""
    phrases = QUOTE_RE.findall(q)
    rest = QUOTE_RE.sub(" ", q)
    typing = not q.endswith((" ", '"'))
    clauses = []
    for phrase in phrases:
        words = tokenize_query(phrase)
        concept_clauses, leftover = _match_aliases(words, aliases)
        if concept_clauses and not leftover:
            clauses += concept_clauses
        elif words:
            stems = [(lookup(w) or [[w]])[0][0] for w in words]
            content = [s for w, s in zip(words, stems) if w not in skip]
            grams = [f"{a} {b}" for a, b in pairwise(content)] or content or stems
            clauses += [{"alts": [[g, 1.0]], "words": words} for g in grams]
    words = tokenize_query(rest)
    concept_clauses, leftover = _match_aliases(words, aliases)
    clauses += concept_clauses
    for i, word in leftover:
        last = typing and i == len(words) - 1
        clauses.append({"alts": _word_alternatives(word, last, lookup, prefix_forms), "words": [word]})
    return clauses


def _match_aliases(words: list[str], aliases: list) -> tuple[list[dict], list[tuple[int, str]]]:
    clauses, leftover, i = [], [], 0
    while i < len(words):
        for alias, token in aliases:
            parts = alias.split(" ")
            if words[i : i + len(parts)] == parts:
                clauses.append({"alts": [[token, 1.0]], "words": parts})
                i += len(parts)
                break
        else:
            leftover.append((i, words[i]))
            i += 1
    return clauses, leftover


def _word_alternatives(word: str, last: bool, lookup, prefix_forms) -> list[list]:
    alts: dict[str, float] = {}
    row = lookup(word)
    if row:
        for stem in row[0]:
            alts[stem] = 1.0
    if (last or not row) and len(word) >= 3:
        candidates = sorted(((f, r) for f, r in prefix_forms(word[:2]).items() if f.startswith(word) and f != word),
                            key=lambda fr: (-fr[1][1], fr[0]))[:10]
        for _, r in candidates:
            for stem in r[0]:
                alts.setdefault(stem, PREFIX_DISCOUNT)
    if not alts and len(word) >= 5:
        pool = dict(prefix_forms(word[:2]))
        for prefix in typo_prefixes(word):
            pool.update(prefix_forms(prefix))
        for form, r in sorted(pool.items()):
            if within_one_edit(word, form):
                for stem in r[0]:
                    alts.setdefault(stem, TYPO_DISCOUNT)
    if not alts:
        alts[word] = 1.0
    return [[t, w] for t, w in sorted(alts.items())]


def typo_prefixes(word: str) -> list[str]:
    """Where a word's forms are filed if the typo is in its first two letters: swapped, or one too many."""
    out: list[str] = []
    for prefix in (word[1] + word[0], word[1:3], word[0] + word[2]):
        if prefix != word[:2] and prefix not in out:
            out.append(prefix)
    return out


def within_one_edit(a: str, b: str) -> bool:
    if a == b or abs(len(a) - len(b)) > 1:
        return False
    if len(a) > len(b):
        a, b = b, a
    i = j = edits = 0
    while i < len(a) and j < len(b):
        if a[i] == b[j]:
            i += 1
            j += 1
            continue
        edits += 1
        if edits > 1:
            return False
        if len(a) == len(b):
            if i + 1 < len(a) and a[i] == b[j + 1] and a[i + 1] == b[j]:
                i += 2  # a swap of two neighbouring letters counts as one edit
                j += 2
                continue
            i += 1
        j += 1
    return edits + (len(b) - j) <= 1


def evaluate(clauses: list[dict], postings) -> dict[int, tuple[int, int]]:
    """Document → (clauses matched, summed score). All clauses if any document has them all."""
    per_clause = []
    for clause in clauses:
        best: dict[int, float] = {}
        for term, weight in clause["alts"]:
            flat = postings(term)
            for k in range(0, len(flat), 2):
                score = flat[k + 1] * weight
                if score > best.get(flat[k], -1):
                    best[flat[k]] = score
        per_clause.append(best)
    totals: dict[int, list] = {}
    for best in per_clause:
        for doc, score in best.items():
            entry = totals.setdefault(doc, [0, 0.0])
            entry[0] += 1
            entry[1] += score
    if not totals:
        return {}
    full = {d: v for d, v in totals.items() if v[0] == len(clauses)}
    chosen = full or totals
    return {d: (v[0], round(v[1])) for d, v in chosen.items()}

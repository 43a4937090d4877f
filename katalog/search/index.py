"""The incremental index: documents' terms in, every shard's bytes out, redoing only what changed."""

from __future__ import annotations

import math
from array import array
from bisect import bisect_left
from collections import Counter, defaultdict, deque
from itertools import compress, repeat
from json.encoder import encode_basestring

from ..analyze import Analyzer
from ..enrich import TAG_KINDS
from ..site import Site
from .analysis import K1, PHRASE_SKIP, DocTerms
from .postings import MAX_SCORE, SCORE_CODES, encode_scored, join_postings, read_postings, score_code
from .shards import DOCS_PER_SHARD, ShardSet, dumps, shard_bytes, shard_file, write

PATCH_DOCS = 20  # more changed documents than this: one pass over all of them (encode) is cheaper
INDEX_VERSION = 3  # 3: shard keys and aliases in directories by first character (see directories())


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
        self.changed_ids: set[str] = set()  # the documents of those changes
        self.patchable: list[int] | None = None  # the changed documents' numbers, when stage() kept the order
        self.dirty_forms: set[str] = set()
        self.pair_counts: Counter = Counter()  # "form<TAB>stem" → documents that have it
        self.dirty_pairs: set[str] = set()  # pairs whose count changed since the last stage()
        self.known_pairs: set[str] = set()
        self.form_index: dict[str, set[str]] = defaultdict(set)  # form → stems ever seen
        self.stem_forms: dict[str, set[str]] = defaultdict(set)
        self.form_fragments: dict[str, str] = {}
        self.doc_shards: dict[int, tuple[tuple, bytes]] = {}
        self.term_shards, self.form_shards = ShardSet("t"), ShardSet("f")

    def snapshot(self) -> dict:
        """What this index holds after a build, as plain data (lists, dicts, strings; the documents'
        DocTerms), for the build cache: a fresh process restores it and redoes only what changed
        instead of encoding every term again (2–3 s of CPU at 1,000 theses after one edit)."""
        shards = {name: {"letters": dict(ss.letters), "units": ss.units, "done": ss.done, "sizes": ss.sizes,
                         "totals": dict(ss.totals)} for name, ss in (("t", self.term_shards), ("f", self.form_shards))}
        # The documents themselves are not in it: the cache holds each with its prepared thesis.
        ids = {id(doc): doc_id for doc_id, doc in self.docs.items()}
        doc_shards = {shard: (tuple(ids[id(d)] for d in members), data) for shard, (members, data) in self.doc_shards.items()}
        return {"version": INDEX_VERSION, "order": self.order, "doc_ids": sorted(self.docs), "fragments": self.fragments,
                "df": dict(self.df), "pair_counts": dict(self.pair_counts), "known_pairs": self.known_pairs,
                "form_index": dict(self.form_index), "stem_forms": dict(self.stem_forms),
                "form_fragments": self.form_fragments, "doc_shards": doc_shards, "shards": shards}

    @classmethod
    def restored(cls, state: dict, docs: dict[str, DocTerms]) -> IndexCache | None:
        """The index a snapshot() describes, given its documents (`docs`: id → DocTerms, each the
        one it indexed), or None when the snapshot is of another shape or a document is missing."""
        try:
            if state["version"] != INDEX_VERSION or sorted(docs) != state["doc_ids"]:
                return None
            index = cls()
            index.order, index.docs, index.fragments = tuple(state["order"]), dict(docs), dict(state["fragments"])
            index.df, index.pair_counts = Counter(state["df"]), Counter(state["pair_counts"])
            index.known_pairs = set(state["known_pairs"])
            index.form_index, index.stem_forms = defaultdict(set, state["form_index"]), defaultdict(set, state["stem_forms"])
            index.form_fragments = dict(state["form_fragments"])
            index.doc_shards = {shard: (tuple(docs[i] for i in ids), data) for shard, (ids, data) in state["doc_shards"].items()}
            index.docs_in_order = [index.docs[i] for i in index.order]
            for name, ss in (("t", index.term_shards), ("f", index.form_shards)):
                kept = state["shards"][name]
                ss.letters, ss.units, ss.done = defaultdict(list, kept["letters"]), kept["units"], kept["done"]
                ss.sizes, ss.totals = kept["sizes"], defaultdict(int, kept["totals"])
        except (KeyError, TypeError, ValueError, AttributeError):
            return None
        return index

    def build(self, site: Site, analyzer: Analyzer, doc_terms: dict[str, DocTerms]) -> dict[str, bytes]:
        """The index files, redoing only what changed since the last call."""
        dirty = self.stage(site, doc_terms)
        patched = self.patch(dirty)
        return self.finish(site, analyzer, self.join(dirty, [self.encode(dirty)]) if patched is None else patched)

    def update(self, doc_id: str, doc: DocTerms | None, counted: bool = False) -> None:
        """Note one document's new terms (None: the document is gone). Cheap, and nothing when unchanged.

        The builder calls this as each prepared thesis arrives. Postings are not kept: the
        terms whose postings changed are marked, and encode() gathers them afresh.
        """
        old = self.docs.get(doc_id)
        if old is doc:
            return
        self.changes.append((old, doc))
        self.changed_ids.add(doc_id)
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
        changed_ids, self.changed_ids = self.changed_ids, set()
        dirty: set[str] = set()
        if order != self.order:  # numbers moved or the count changed: every term's text changes
            self.order = order
            dirty.update(self.fragments)
            dirty.update(self.df)
            self.patchable = None
        else:
            dirty = self._changed_terms(changes, len(order))
            self.patchable = sorted(num for num, doc_id in enumerate(order) if doc_id in changed_ids)
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
            out[term] = (encode_scored(nums, flat[1::2], factor, n), nums[0], nums[-1])
        return out

    def patch(self, terms: list[str]) -> dict[str, str] | None:
        """What join(terms, [encode(terms)]) gives, worked out from each term's last postings text
        and the few documents that changed, without a pass over every document (the pass took
        1.3–1.6 s of an edit at 10,000 realistic theses; with the patch the whole edit took 1.9–2.5 s
        less); None when the order moved or many documents changed.

        A term no changed document gained or lost keeps its document frequency, so only the
        changed documents' scores move: their two score digits are replaced in place. A term
        gained or lost has all its scores redone, from each document's saturation."""
        changed = self.patchable
        if changed is None or len(changed) > PATCH_DOCS:
            return None
        docs, n = self.docs_in_order, len(self.docs_in_order)
        now = {num: docs[num].contrib() for num in changed}
        out = {}
        for term in terms:
            head = f'{encode_basestring(term)}:"'
            text = self.fragments.get(term, head + '"')[len(head) : -1]
            units, nums = read_postings(text)
            at = {num: bisect_left(nums, num) for num in changed}
            was = {num for num, i in at.items() if i < len(nums) and nums[i] == num}
            has = {num for num in changed if term in now[num]}
            df = self.df.get(term, 0)
            factor = 100 * (K1 + 1) * math.log(1 + (n - df + 0.5) / (df + 0.5))
            if was == has and nums and nums[0] not in has:  # the same documents: splice the changed scores
                facet = units[0][2] == SCORE_CODES[0]
                for num in has:
                    units[at[num]] = (*units[at[num]][:2], SCORE_CODES[0] if facet else score_code(now[num][term], factor))
                text = "".join(map("".join, units))
            else:
                nums = sorted((set(nums) - set(changed)) | has)
                saturations = [now[num][term] if num in now else docs[num].saturation(term) for num in nums]
                text = encode_scored(nums, saturations, factor, n) if nums else ""
            out[term] = f'{head}{text}"' if text else ""
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
        changed = []  # the terms whose fragment is new, other or gone: only their shards are written again
        for term, fragment in encoded.items():
            if fragment == self.fragments.get(term, ""):
                continue
            changed.append(term)
            if fragment:
                self.fragments[term] = fragment
            else:
                self.fragments.pop(term, None)
        self.last_changed = len(changed)
        pair_counts, docs = self.pair_counts, self.docs_in_order
        n = len(docs)
        dirty_forms, self.dirty_forms = self.dirty_forms, set()
        for form in dirty_forms:
            stems = sorted(s for s in self.form_index[form] if pair_counts[f"{form}\t{s}"] > 0)
            if not stems:
                self.form_fragments.pop(form, None)
                continue
            df = max(self.df.get(s, 0) for s in stems)
            self.form_fragments[form] = f"{dumps(form)}:{dumps([stems, df])}"

        out: dict[str, bytes] = {}
        term_keys = self.term_shards.write(out, self.fragments, changed)
        form_keys = self.form_shards.write(out, self.form_fragments, dirty_forms)
        doc_shards = 0
        for start in range(0, n, DOCS_PER_SHARD):
            shard = start // DOCS_PER_SHARD
            members = tuple(docs[start : start + DOCS_PER_SHARD])
            cached = self.doc_shards.get(shard)
            if cached is None or len(cached[0]) != len(members) or any(a is not b for a, b in zip(cached[0], members)):
                cached = self.doc_shards[shard] = (members, shard_bytes(f"d{shard}", [d.card for d in members]))
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
            "dirs": directories(out, term_keys, form_keys, analyzer.alias_table()), "facets": facets,
            "phraseSkip": sorted(PHRASE_SKIP),
        }
        write(out, "meta", meta)
        return out



def alias_key(text: str) -> str:
    """The file an alias row is in: the first two characters of its first word (the client's
    aliasKey). By first character only, 'k' held every 'Kota …' and 'Kabupaten …' place: 86 kB of
    the 368 kB a query for 'kerjsama' loaded at 10,000 realistic theses."""
    return text.split(" ", 1)[0][:2]


def directories(out: dict, term_keys: list[str], form_keys: list[str], aliases: list[list[str]]) -> dict[str, list[str]]:
    """Write the term shards' keys and the form shards' keys in one file per first character
    (`kt<c>`, `kf<c>`: a query loads those of its words' first characters), the alias rows in one
    per first two characters of their first word (`ka<cc>`, see alias_key);
    returns the characters there are files for, by kind. Every key of a shard starts with the
    character of the words it holds, and an alias matches only a query word equal to its first
    word, so no query needs another character's file. Alias rows carry their rank in the whole
    table (longest first), which the client's matcher follows; a file also holds the other rows of
    each concept it names (the alias words a snippet marks). At 10,000 realistic theses the
    lists were 300 kB in meta.js, loaded by every query; a query now loads a few kB of them."""
    groups: dict[str, dict[str, list]] = {"t": defaultdict(list), "f": defaultdict(list), "a": defaultdict(list)}
    for kind, keys in (("t", term_keys), ("f", form_keys)):
        for key in keys:
            groups[kind][key[:1]].append(key)
    of_token: dict[str, list] = defaultdict(list)
    for rank, (alias, token) in enumerate(aliases):
        of_token[token].append([alias, token, rank])
    for rows in of_token.values():  # a file holds every row of the concepts it names: the words to mark in snippets
        for start in {alias_key(alias) for alias, _, _ in rows}:
            groups["a"][start] += rows
    for char, rows in groups["a"].items():
        groups["a"][char] = sorted({row[2]: row for row in rows}.values(), key=lambda row: row[2])
    for kind, by_char in groups.items():
        for char, rows in by_char.items():
            write(out, shard_file("k" + kind, char), rows)
    return {kind: sorted(by_char) for kind, by_char in groups.items()}


def build_index(site: Site, analyzer: Analyzer, doc_terms: dict[str, DocTerms]) -> dict[str, bytes]:
    """The index of a site, from nothing."""
    return IndexCache().build(site, analyzer, doc_terms)

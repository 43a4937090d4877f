"""Index stage: a sharded BM25F search index, shipped as self-registering JavaScript.

Every shard is a file ``search/<name>.js`` that calls ``window.KatalogSearchShard(name, data)``
when a ``<script>`` tag loads it, so search works from ``file://`` where ``fetch`` is blocked.

- ``meta``: version, field weights, the alias table (query phrases → concept tokens), facets,
  and the list of shard keys, so the client never asks for a file that does not exist.
- forms shards (``f…``): every word form seen → its stems, with document frequency; the client
  needs no stemmer of its own, and prefix and typo matching run over these forms.
- term shards (``t…``): stem → postings ``[doc, score, doc, score, …]`` with the BM25F score
  precomputed (×100, integers); bigrams ``"a b"`` for phrase queries; concept tokens ``~kind:slug``
  for aliases; facet tokens ``#kind:slug`` (the subject tags) for filters.
- doc shards (``d…``): what a result shows: title, link, partnership, year, excerpt text.

Shards are split by key prefix until each is under a byte budget, so one query downloads
a small part of a large index.
"""

from __future__ import annotations

import json
import math
import re
from collections import Counter, defaultdict
from dataclasses import dataclass, field

from .analyze import Analyzer, concept, facet
from .enrich import TAG_KINDS, Entry, Site
from .text import fold, plain

INDEX_VERSION = 1
FIELD_WEIGHTS = {"title": 4.0, "tags": 6.0, "keywords": 3.0, "abstract": 2.0, "body": 1.0}
FIELD_B = {"title": 0.5, "tags": 0.3, "keywords": 0.3, "abstract": 0.75, "body": 0.75}
K1 = 1.2
DOCS_PER_SHARD = 8
SHARD_BUDGET = 24_000  # bytes: a shard is split by a longer prefix once it grows past this
SNIPPET_CHARS = 700


@dataclass
class DocTerms:
    """One document's term frequencies per field, ready to merge into the index."""

    fields: dict[str, Counter] = field(default_factory=dict)
    lengths: dict[str, int] = field(default_factory=dict)
    forms: dict[str, set] = field(default_factory=dict)  # form → stems
    facets: list[str] = field(default_factory=list)
    card: dict = field(default_factory=dict)


def _field_terms(analyzer: Analyzer, text: str, lang: str, forms: dict) -> tuple[Counter, int]:
    words = analyzer.words(text, lang)
    counts = Counter(stem for _, stem in words)
    for form, stem in words:
        forms.setdefault(form, set()).add(stem)
    stems = [stem for _, stem in words]
    counts.update(f"{a} {b}" for a, b in zip(stems, stems[1:]))  # bigrams for phrase queries
    counts.update(analyzer.concepts(text))
    return counts, len(words)


def analyze_entry(entry: Entry, site_vocab, analyzer: Analyzer) -> DocTerms:
    doc, forms = DocTerms(), {}
    title = f"{entry.title} {entry.title_en}"
    abstract_id, abstract_en = entry.abstracts.get("id", ""), entry.abstracts.get("en", "")
    parts = {
        "title": [(title, "id"), (entry.title_en, "en")],
        "keywords": [(" ; ".join(map(str, entry.meta.get("keywords", []) + entry.meta.get("sectors", [])
                                     + entry.meta.get("authors", []) + entry.meta.get("advisors", [])
                                     + [entry.meta.get("institution", "")])), "id")],
        "abstract": [(abstract_id, "id"), (abstract_en, "en")],
        "body": [(entry.plain_body, "id")],
    }
    for name, texts in parts.items():
        counts, length = Counter(), 0
        for text, lang in texts:
            c, n = _field_terms(analyzer, text, lang, forms)
            counts.update(c)
            length += n
        doc.fields[name], doc.lengths[name] = counts, length
    tags = Counter()
    for kind in TAG_KINDS:
        for slug in entry.subjects[kind]:
            tags[concept(kind, slug)] += 1
            doc.facets.append(facet(kind, slug))
            term = site_vocab.get(kind, slug)
            for name in {term.name, term.name_en}:
                c, _ = _field_terms(analyzer, name, "id", forms)
                tags.update(k for k in c if not k.startswith("~"))
    doc.fields["tags"], doc.lengths["tags"] = tags, sum(tags.values())
    doc.forms = forms
    names = site_vocab.terms["cities"]
    doc.card = {
        "id": entry.id, "url": entry.url, "title": entry.title, "en": entry.title_en,
        "pair": [names[c].name for c in entry.partnership] if entry.partnership else [],
        "year": str(entry.meta.get("year") or entry.meta.get("period") or ""),
        "authors": entry.meta.get("authors", []),
        "text": plain(" ".join(x for x in (abstract_id or entry.excerpt, abstract_en) if x))[:SNIPPET_CHARS],
    }
    return doc


def build_index(site: Site, analyzer: Analyzer, doc_terms: dict[str, DocTerms]) -> dict[str, bytes]:
    """Merge per-document terms into scored postings and serialise the shards."""
    order = [e.id for e in site.ordered_entries()]
    docs = [doc_terms[i] for i in order]
    n = len(docs)
    avg = {f: (sum(d.lengths[f] for d in docs) / n if n else 0) or 1 for f in FIELD_WEIGHTS}
    pseudo_tf: dict[str, list[tuple[int, float]]] = defaultdict(list)
    for number, d in enumerate(docs):
        merged: dict[str, float] = defaultdict(float)
        for f, counts in d.fields.items():
            norm = FIELD_WEIGHTS[f] / (1 - FIELD_B[f] + FIELD_B[f] * d.lengths[f] / avg[f])
            for term, tf in counts.items():
                merged[term] += tf * norm
        for term, tf in merged.items():
            pseudo_tf[term].append((number, tf))
    terms: dict[str, list[int]] = {}
    for term, postings in pseudo_tf.items():
        idf = math.log(1 + (n - len(postings) + 0.5) / (len(postings) + 0.5))
        flat = []
        for number, tf in postings:
            flat += [number, max(1, round(100 * idf * tf * (K1 + 1) / (tf + K1)))]
        terms[term] = flat
    for number, d in enumerate(docs):
        for token in d.facets:
            terms.setdefault(token, []).extend([number, 0])
    forms: dict[str, list] = {}
    df = {t: len(p) // 2 for t, p in terms.items()}
    for d in docs:
        for form, stems in d.forms.items():
            forms.setdefault(form, set()).update(stems)
    form_rows = {f: [sorted(s), max(df.get(s_, 0) for s_ in s)] for f, s in forms.items()}

    out: dict[str, bytes] = {}
    term_keys = _write_shards(out, "t", {t: terms[t] for t in sorted(terms)})
    form_keys = _write_shards(out, "f", {f: form_rows[f] for f in sorted(form_rows)})
    doc_shards = 0
    for start in range(0, n, DOCS_PER_SHARD):
        _write(out, f"d{start // DOCS_PER_SHARD}", [d.card for d in docs[start : start + DOCS_PER_SHARD]])
        doc_shards += 1
    facets = {kind: [[slug, site.vocab.get(kind, slug).name, len(site.subjects.get((kind, slug), ()))]
                     for slug in (t.slug for t in (site.vocab.ordered(kind) if kind == "stages"
                                                   else sorted(site.vocab.terms[kind].values(), key=lambda t: t.name.lower())))
                     if site.subjects.get((kind, slug))]
              for kind in TAG_KINDS}
    meta = {
        "version": INDEX_VERSION, "docs": n, "docsPerShard": DOCS_PER_SHARD, "docShards": doc_shards,
        "termShards": term_keys, "formShards": form_keys, "aliases": analyzer.alias_table(), "facets": facets,
    }
    _write(out, "meta", meta)
    return out


def shard_file(prefix: str, key: str) -> str:
    """A safe file name for a shard key: letters and digits kept, anything else as _hex."""
    safe = "".join(c if c.isascii() and c.isalnum() else f"_{ord(c):x}" for c in key)
    return f"{prefix}{safe or '_'}"


def _dumps(data) -> str:
    return json.dumps(data, ensure_ascii=False, sort_keys=True, separators=(",", ":"))


def _write(out: dict, name: str, data) -> None:
    out[f"search/{name}.js"] = f"KatalogSearchShard({_dumps(name)},{_dumps(data)});\n".encode()


def _write_shards(out: dict, prefix: str, items: dict) -> list[str]:
    """Split items by key prefix until every shard fits the budget; returns the shard keys."""
    sizes = {k: len(_dumps(k)) + len(_dumps(v)) + 2 for k, v in items.items()}
    keys: list[str] = []

    def split(group: list[str], depth: int) -> None:
        buckets: dict[str, list[str]] = defaultdict(list)
        for k in group:
            buckets[k[:depth]].append(k)
        for key in sorted(buckets):
            members = buckets[key]
            exact = [k for k in members if len(k) <= depth]
            longer = [k for k in members if len(k) > depth]
            if sum(sizes[k] for k in members) <= SHARD_BUDGET or not longer:
                keys.append(key)
                _write(out, shard_file(prefix, key), {k: items[k] for k in members})
                continue
            if exact:
                keys.append(key)
                _write(out, shard_file(prefix, key), {k: items[k] for k in exact})
            split(longer, depth + 1)

    split(sorted(items), 1)
    return keys


# ---------------------------------------------------------------------- the reference query
# The Python twin of static/search.js's pure functions: tests compare the two on one index.

QUOTE_RE = re.compile(r'"([^"]*)"')
PREFIX_DISCOUNT, TYPO_DISCOUNT = 0.8, 0.6


def load_shards(files: dict[str, bytes]) -> dict[str, object]:
    shards = {}
    for path, data in files.items():
        text = data.decode()
        name, payload = re.match(r'KatalogSearchShard\(("[^"]*"),(.*)\);\n$', text, re.S).groups()
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
    clauses = parse_query(q, meta["aliases"], lambda f: _form_lookup(shards, f), lambda p: _prefix_forms(shards, p))
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
    return shards.get(shard_file("t", key), {}).get(term, []) if key is not None else []


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


def parse_query(q: str, aliases: list, lookup, prefix_forms) -> list[dict]:
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
            grams = [f"{a} {b}" for a, b in zip(stems, stems[1:])] or stems
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
        for form, r in sorted(prefix_forms(word[:2]).items()):
            if within_one_edit(word, form):
                for stem in r[0]:
                    alts.setdefault(stem, TYPO_DISCOUNT)
    if not alts:
        alts[word] = 1.0
    return [[t, w] for t, w in sorted(alts.items())]


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

"""The reference query engine: the Python twin of static/search.js's pure functions.

Tests run both on one index and compare the rankings (tests/test_search.py).
"""

from __future__ import annotations

import re
from itertools import pairwise

from ..text import fold
from .postings import decode_postings
from .shards import shard_file, shard_for

QUOTE_RE = re.compile(r'"([^"]*)"')
PREFIX_DISCOUNT, TYPO_DISCOUNT = 0.8, 0.6


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

"""The reference query engine: the Python twin of static/search-query.js.

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
PLACE_CONCEPTS = ("~cities:", "~countries:")


def query(shards: dict, q: str, filters: dict[str, str] | None = None, limit: int = 20) -> list[str]:
    """Ranked document ids for a query, exactly as the browser ranks them."""
    return search(shards, q, filters, limit)[0]


def search(shards: dict, q: str, filters: dict[str, str] | None = None, limit: int = 20) -> tuple[list[str], bool]:
    """(ranked document ids, whether they match only some of the query's words)."""
    meta = shards["meta"]
    clauses = parse_query(q, meta["aliases"], lambda f: _form_lookup(shards, f), lambda p: _prefix_forms(shards, p),
                          set(meta["phraseSkip"]))
    allowed = None
    for kind, slug in (filters or {}).items():
        docs = set(_postings(shards, f"#{kind}:{slug}")[0::2])
        allowed = docs if allowed is None else allowed & docs
    scores = evaluate(clauses, lambda t: _postings(shards, t), allowed)
    cards = []
    for number in rank(scores)[:limit]:
        cards.append(shards[f"d{number // meta['docsPerShard']}"][number % meta["docsPerShard"]]["id"])
    return cards, is_partial(scores, clauses)


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
    """Clauses: each a list of (term, weight) alternatives; a document must match every clause
    but the bonus ones, which only add to the score of the documents that match."""
    phrases = QUOTE_RE.findall(q)
    rest = QUOTE_RE.sub(" ", q)
    typing = not q.endswith((" ", '"'))
    clauses = []
    for phrase in phrases:
        words = tokenize_query(phrase)
        concept_clauses, leftover = _match_aliases(words, aliases, lookup, skip)
        if concept_clauses and not leftover:
            clauses += concept_clauses
        elif words:
            stems = [_first_stem(w, lookup) for w in words]
            content = [s for w, s in zip(words, stems) if w not in skip]
            grams = [f"{a} {b}" for a, b in pairwise(content)] or content or stems
            clauses += [{"alts": [[g, 1.0]], "words": words} for g in grams]
    words = tokenize_query(rest)
    concept_clauses, leftover = _match_aliases(words, aliases, lookup, skip)
    clauses += concept_clauses
    single = {alias: token for alias, token in aliases if " " not in alias}
    for i, word in leftover:
        last = typing and i == len(words) - 1
        clauses.append({"alts": _word_alternatives(word, last, lookup, prefix_forms, single), "words": [word]})
    return clauses + _adjacent_bonus(words, dict(leftover), lookup, skip)


def _first_stem(word: str, lookup) -> str:
    return (lookup(word) or [[word]])[0][0]


def _adjacent_bonus(words: list[str], leftover: dict[int, str], lookup, skip) -> list[dict]:
    """Bonus clauses for query words side by side (function words between them left out, as the
    index's bigrams leave them out): "hubungan bilateral" ranks that phrase above the two words apart."""
    out, previous = [], None
    for i, word in enumerate(words):
        if i not in leftover:  # part of an alias: the run of plain words ends
            previous = None
        elif word not in skip:
            stem = _first_stem(word, lookup) if lookup(word) else None
            if previous and stem:
                out.append({"alts": [[f"{previous[1]} {stem}", 1.0]], "words": [previous[0], word], "bonus": True})
            previous = (word, stem) if stem else None
    return out


def _match_aliases(words: list[str], aliases: list, lookup, skip) -> tuple[list[dict], list[tuple[int, str]]]:
    clauses, leftover, i = [], [], 0
    while i < len(words):
        for alias, token in aliases:
            parts = alias.split(" ")
            if words[i : i + len(parts)] == parts:
                plain = _plain_alternatives(parts, lookup, skip) if token.startswith(PLACE_CONCEPTS) else []
                clauses.append({"alts": [[token, 1.0], *plain], "words": parts})
                i += len(parts)
                break
        else:
            leftover.append((i, words[i]))
            i += 1
    return clauses, leftover


def _plain_alternatives(parts: list[str], lookup, skip) -> list[list]:
    """A place name's own words as an alternative to its concept, so that "Vung Tau" also finds the
    text that writes "Ba Ria Vung Tau" (tagged as the longer name): a word's stems, or two words' bigram.
    (Other aliases need none: their concept is found wherever their words are.)"""
    content = [w for w in parts if w not in skip]
    if len(content) == 1:
        row = lookup(content[0])
        return [[stem, 1.0] for stem in row[0]] if row else []
    if len(content) == 2:
        return [[" ".join(_first_stem(w, lookup) for w in content), 1.0]]
    return []


def _word_alternatives(word: str, last: bool, lookup, prefix_forms, single: dict[str, str]) -> list[list]:
    """A word's terms: its own stems; while typing, or when unknown, the stems of forms it begins;
    failing both, those of forms one edit away. A form found that is an alias brings its concept too
    (typed "kerjsama" finds what "kerjasama" finds)."""
    alts: dict[str, float] = {}
    row = lookup(word)
    if row:
        for stem in row[0]:
            alts[stem] = 1.0
    if (last or not row) and len(word) >= 3:
        candidates = sorted(((f, r) for f, r in prefix_forms(word[:2]).items() if f.startswith(word) and f != word),
                            key=lambda fr: (-fr[1][1], fr[0]))[:10]
        for form, r in candidates:
            for term in [*r[0], *([single[form]] if form in single else [])]:
                alts.setdefault(term, PREFIX_DISCOUNT)
    if not alts and len(word) >= 5:
        pool = near_forms(word, prefix_forms)
        if not pool:  # the typo is in the first three letters: look wider (what the client loads then)
            pool = dict(prefix_forms(word[:2]))
            for prefix in typo_prefixes(word):
                pool.update(prefix_forms(prefix))
        for form, r in sorted(pool.items()):
            if within_one_edit(word, form):
                for term in [*r[0], *([single[form]] if form in single else [])]:
                    alts.setdefault(term, TYPO_DISCOUNT)
    if not alts:
        alts[word] = 1.0
    return [[t, w] for t, w in sorted(alts.items())]


def near_forms(word: str, prefix_forms) -> dict:
    """The forms one edit from an unknown word that share its first three letters: where most typos
    leave a word, and all the client looks at when there are some (the shards of its first two
    letters are then not loaded: 150 of the 304 kB 'kerjsama' loaded at 10,000 realistic theses)."""
    return {f: r for f, r in prefix_forms(word[:3]).items() if f.startswith(word[:3]) and within_one_edit(word, f)}


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


def evaluate(clauses: list[dict], postings, allowed: set[int] | None = None) -> dict[int, tuple[int, int, int]]:
    """Document → (required clauses matched, bonus clauses matched, summed score), among the allowed
    documents (None: all). All required clauses if any document has them all, else those that have
    some; a bonus clause (query words side by side in the text) counts for the documents chosen, and
    ranks them above those with fewer. Without a required clause: every allowed document."""
    required = [c for c in clauses if not c.get("bonus")]
    totals: dict[int, list] = {}
    for clause in required:
        for doc, score in _best_scores(clause, postings, allowed).items():
            entry = totals.setdefault(doc, [0, 0, 0.0])
            entry[0] += 1
            entry[2] += score
    if not required:
        return {d: (0, 0, 0) for d in allowed} if allowed is not None else {}
    full = {d: v for d, v in totals.items() if v[0] == len(required)}
    chosen = full or totals
    for clause in clauses:
        if clause.get("bonus"):
            for doc, score in _best_scores(clause, postings, allowed).items():
                if doc in chosen:
                    chosen[doc][1] += 1
                    chosen[doc][2] += score
    return {d: (v[0], v[1], round(v[2])) for d, v in chosen.items()}


def rank(scores: dict[int, tuple[int, int, int]]) -> list[int]:
    """Documents in result order: most required clauses, then most bonus clauses, then score."""
    return sorted(scores, key=lambda d: (-scores[d][0], -scores[d][1], -scores[d][2], d))


def _best_scores(clause: dict, postings, allowed: set[int] | None) -> dict[int, float]:
    """Document → its best weighted score among the clause's alternatives."""
    best: dict[int, float] = {}
    for term, weight in clause["alts"]:
        flat = postings(term)
        for k in range(0, len(flat), 2):
            score = flat[k + 1] * weight
            if score > best.get(flat[k], -1) and (allowed is None or flat[k] in allowed):
                best[flat[k]] = score
    return best


def is_partial(scores: dict[int, tuple[int, int, int]], clauses: list[dict]) -> bool:
    """Do the documents found match only some of the required clauses?"""
    required = sum(not c.get("bonus") for c in clauses)
    return any(v[0] < required for v in scores.values())

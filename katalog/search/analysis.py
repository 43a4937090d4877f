"""What one thesis contributes to the search index: its terms, their BM25F weights, its card.

Runs where a thesis is prepared (often in a worker process): a thesis's weights depend on
nothing but the thesis (see contributions), so one edit never shifts another thesis's scores.
"""

from __future__ import annotations

import re
from array import array
from collections import Counter
from dataclasses import dataclass, field
from itertools import pairwise
from struct import unpack_from

from ..analyze import Analyzer, concept, facet
from ..enrich import TAG_KINDS, Entry
from ..errors import Diagnostic
from ..load import Thesis
from ..text import excerpt
from ..text import words as text_words

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
SNIPPET_CHARS = 400
# Longer "words" are not indexed (long_word_warnings() says so): no language has them, and each
# would cost a form and a term as long as itself. The longest Indonesian and English words run to
# about 30 letters.
MAX_WORD_CHARS = 64
LONG_WORD_RE = re.compile(rf"[^\W_]{{{MAX_WORD_CHARS + 1},}}")


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
    long_words: int = 0  # words left out for their length (MAX_WORD_CHARS)

    def term_list(self) -> list[str]:
        return self.terms.split("\n") if self.terms else []

    def pair_list(self) -> list[str]:
        return self.pairs.split("\n") if self.pairs else []

    def saturation(self, term: str) -> float:
        """contrib()[term] without building the dict: a find and a count in C over the terms."""
        terms = self.terms
        if terms == term or terms.startswith(term + "\n"):
            position = 0
        else:
            at = terms.find(f"\n{term}\n")
            if at < 0:
                if not terms.endswith(f"\n{term}"):
                    raise KeyError(term)
                at = len(terms) - len(term) - 1
            position = terms.count("\n", 0, at + 1)
        return unpack_from("d", self.saturations, 8 * position)[0]

    def contrib(self) -> dict[str, float]:
        """term → saturated tf (0.0: a facet)."""
        return dict(zip(self.term_list(), array("d", self.saturations)))

    @classmethod
    def make(cls, contrib: dict[str, float], pairs, card: dict, long_words: int = 0) -> DocTerms:
        return cls("\n".join(contrib), array("d", contrib.values()).tobytes(),
                   "\n".join(sorted(map("\t".join, pairs))), card, long_words)


def _field_terms(analyzer: Analyzer, text: str, lang: str, pairs: set) -> tuple[Counter, int, int]:
    """Counts of stems, stem bigrams (for phrase queries) and concepts, the number of words, and
    the number of words too long to index; adds (form, stem) to pairs."""
    if not text:  # most theses have no English title or abstract
        return Counter(), 0, 0
    words, too_long = text_words(text), 0
    if max(map(len, words), default=0) > MAX_WORD_CHARS:  # rare: one C pass over the lengths spares the filter
        kept = [w for w in words if len(w) <= MAX_WORD_CHARS]
        words, too_long = kept, len(words) - len(kept)
    stems = analyzer.stems(words, lang)
    pairs.update(zip(words, stems))
    counts = Counter(stems)
    content = [stem for word, stem in zip(words, stems) if word not in PHRASE_SKIP]
    counts.update(map(" ".join, pairwise(content)))
    counts.update(analyzer.concepts(text))
    return counts, len(words), too_long


def _name_terms(analyzer: Analyzer, term) -> tuple[Counter, set]:
    """The words of a vocabulary term's names, as the tags field counts them (memoised)."""
    key = ("name", term.kind, term.slug)
    if key not in analyzer.memo:
        counts, pairs = Counter(), set()
        for name in sorted({term.name, term.name_en}):
            c, _, _ = _field_terms(analyzer, name, "id", pairs)
            counts.update({k: v for k, v in c.items() if not k.startswith("~")})
        analyzer.memo[key] = (counts, pairs)
    return analyzer.memo[key]


def _regions(vocab, cities) -> list[str]:
    """The provinces and regions the cities lie in (parent_slug chains), not the cities themselves."""
    out: dict[str, None] = {}
    for slug in cities:
        term = vocab.get("cities", slug)
        for _ in range(5):
            term = vocab.get("cities", term.data.get("parent_slug", "")) if term is not None else None
            if term is None:
                break
            if term.slug not in cities:
                out[term.slug] = None
    return list(out)


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
    long_words = 0
    for name, texts in parts.items():
        counts, length = Counter(), 0
        for text, lang in texts:
            c, n, skipped = _field_terms(analyzer, text, lang, pairs)
            long_words += skipped
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
    for region in _regions(site_vocab, entry.subjects["cities"]):  # 'Sumatera Barat' finds the Padang theses
        tags[concept("cities", region)] += 1
        facets.append(facet("cities", region))
        name_counts, name_pairs = _name_terms(analyzer, site_vocab.get("cities", region))
        tags.update(name_counts)
        pairs.update(name_pairs)
    fields["tags"], lengths["tags"] = tags, sum(tags.values())
    card = {
        "id": entry.id, "url": entry.url, "title": entry.title, "en": entry.title_en,
        "pair": [site_vocab.place(c).name for c in entry.partnership] if entry.partnership else [],
        "year": str(entry.meta.get("year") or entry.meta.get("period") or ""),
        "authors": entry.meta.get("authors", []),
        "text": excerpt(" ".join(x for x in (abstract_id or entry.excerpt, abstract_en) if x), SNIPPET_CHARS),
    }
    if entry.title_descriptive:  # the result shows the badge the thesis's card shows
        card["descriptive"] = True
    return DocTerms.make(contributions(fields, lengths, facets), pairs, card, long_words)



def contributions(fields: dict[str, Counter], lengths: dict[str, int], facets: list[str]) -> dict[str, float]:
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



def count_terms(docs) -> tuple[Counter, Counter]:
    """How many of the documents have each term, and each word-form pair (for update_many())."""
    terms, pairs = Counter(), Counter()
    for doc in docs:
        terms.update(doc.term_list())
        pairs.update(doc.pair_list())
    return terms, pairs


def long_word_warnings(thesis: Thesis) -> list[Diagnostic]:
    """A warning for each word of the text or of the front matter too long to index, with its line."""
    found = [(thesis.body_line + thesis.body.count("\n", 0, m.start()), m.group())
             for m in LONG_WORD_RE.finditer(thesis.body)]
    for key, value in thesis.meta.items():
        found += [(thesis.meta_lines.get(key, 1), m.group()) for m in LONG_WORD_RE.finditer(str(value))]
    return [Diagnostic(thesis.src_path, line, f"a word of {len(word)} characters ('{word[:20]}…') is not indexed "
                       f"for search (the limit is {MAX_WORD_CHARS})", "warning") for line, word in sorted(found)]

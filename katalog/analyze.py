"""Word analysis for search: folding, Indonesian and English stemming, aliases as concepts.

Indonesian words go through Sastrawi (PySastrawi, run by katalog/stemmer.py), which checks a root-word dictionary
before removing affixes, so 'berdiplomasi' and 'diplomasi' meet while 'diplomasi' itself
stays whole. Words of English text that the Indonesian dictionary does not know go through
the Snowball English stemmer. Names from the vocabularies are never stemmed.
"""

from __future__ import annotations

import snowballstemmer
from Sastrawi.Dictionary.ArrayDictionary import ArrayDictionary
from Sastrawi.Stemmer.StemmerFactory import StemmerFactory

from .enrich import Tagger
from .load import Vocabulary
from .stemmer import FastStemmer
from .text import words

# Roots the stock dictionary lacks but our corpus needs, so that their affixed forms meet.
EXTRA_ROOTS = ("kerjasama", "tandatangan", "diplomasi", "paradiplomasi", "revitalisasi", "implementasi",
               "otonomi", "globalisasi", "kota", "sister", "city")
CONCEPT_PREFIX = "~"
FACET_PREFIX = "#"


class Analyzer:
    def __init__(self, vocab: Vocabulary):
        words = StemmerFactory().get_words()
        self.dictionary = set(words) | set(EXTRA_ROOTS)
        # Sastrawi's stems, 6× faster (0.16 → 0.03 ms per new word form; see stemmer.py)
        self._id = FastStemmer(ArrayDictionary(sorted(self.dictionary)))
        self._en = snowballstemmer.stemmer("english")
        self.tagger = Tagger(vocab, with_synonyms=True)
        self.keep = set()  # words of names and aliases: never stemmed
        for entries in self.tagger.table.values():
            for phrase, _, kind, _, _ in entries:
                if kind in ("cities", "countries"):
                    self.keep.update(phrase)
        self._stems: dict[str, dict[str, str]] = {"id": {}, "en": {}}
        self.memo: dict = {}  # for callers: results that depend only on the vocabulary

    def stem_id(self, word: str) -> str:
        if word in self.keep or word.isdigit() or len(word) < 4:
            return word
        return self._id.stem(word) or word

    def stem_en(self, word: str) -> str:
        if word in self.keep or word in self.dictionary or word.isdigit() or len(word) < 4:
            return self.stem_id(word)
        return self._en.stemWord(word)

    def stems(self, words: list[str], lang: str = "id") -> list[str]:
        """The stem of each word (memoised: a catalogue repeats its words a lot)."""
        cache = self._stems["en" if lang == "en" else "id"]
        stem = self.stem_en if lang == "en" else self.stem_id
        for word in set(words).difference(cache):
            cache[word] = stem(word)
        return list(map(cache.__getitem__, words))

    def words(self, text: str, lang: str = "id") -> list[tuple[str, str]]:
        """(folded form, stem) for each word of the text."""
        forms = words(text)
        return list(zip(forms, self.stems(forms, lang)))

    def concepts(self, text: str) -> list[str]:
        """Concept tokens for every vocabulary alias or synonym in the text, and for those inside a
        longer one: 'pengelolaan sampah' (a sector's alias) also holds 'sampah' (a synonym group's),
        which a search for 'waste' must find."""
        out = []
        for m in self.tagger.find(text):
            out.append(concept(m.kind, m.slug))
            out += self._inner(text[m.offset : m.offset + len(m.alias)], {(m.kind, m.slug)})
        return out

    def _inner(self, span: str, seen: set) -> list[str]:
        """The concepts of the aliases inside a matched span, without its first or its last word."""
        words = span.split()
        if len(words) < 2:
            return []
        out = []
        for part in (" ".join(words[1:]), " ".join(words[:-1])):
            for m in self.tagger.find(part):
                if (m.kind, m.slug) not in seen:
                    seen.add((m.kind, m.slug))
                    out.append(concept(m.kind, m.slug))
                    out += self._inner(part[m.offset : m.offset + len(m.alias)], seen)
        return out

    def alias_table(self) -> list[list[str]]:
        """[alias words joined by spaces, concept] for the client's query matcher, longest first."""
        rows = {(" ".join(phrase), concept(kind, slug))
                for entries in self.tagger.table.values() for phrase, _, kind, slug, _ in entries}
        return [list(r) for r in sorted(rows, key=lambda r: (-len(r[0].split()), r))]


def concept(kind: str, slug: str) -> str:
    return f"{CONCEPT_PREFIX}{kind}:{slug}"


def facet(kind: str, slug: str) -> str:
    return f"{FACET_PREFIX}{kind}:{slug}"

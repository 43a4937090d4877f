"""Places a summary names that the hand-kept vocabularies do not know, found in the gazetteer.

The gazetteer (katalog/gazetteer.py: every Indonesian province, kabupaten and kota, world cities
and regions, countries) is the bottom knowledge layer; seeds/cities.yml and countries.yml stay on
top and win wherever they know a name. Before tagging, every thesis text is scanned for
capitalised words that start a gazetteer name; the places found (and the regions and countries
they lie in) join this build's vocabulary, so they get pages, partnerships and search like the
hand-kept ones. A page exists only for a place some thesis names.

A bare name with several candidates (Bogor: Kota or Kabupaten; Perth: Australia or Scotland) is
resolved from the text — a qualified form ('Kota Bogor', 'Bogor Regency') or a country the text
names — or reported by `check` with the candidates, never silently guessed.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cache

from .errors import Diagnostic
from .gazetteer import Gazetteer, Place, fold_key, load_gazetteer, to_city_entry
from .load import Term, Thesis, Vocabulary

MAX_WORDS = 5  # longest place name tried, in words ('Kabupaten Lima Puluh Kota')
_WORD = re.compile(r"[^\W_]+(?:['’-][^\W_]+)*")
QUALIFIERS = {"kota", "kabupaten", "provinsi", "propinsi", "city", "regency", "province", "prefecture", "prefektur",
              "pemkot", "pemkab", "pemprov", "state", "negara", "bagian"}
SENTENCE_END = re.compile(r"[.!?:]\s*$")
NOT_PLACES = {"asia", "eropa", "europe", "afrika", "africa", "amerika latin", "latin america", "pasifik", "pacific",
              "timur tengah", "middle east", "asean", "oseania", "oceania", "antartika", "barat", "timur", "utara",
              "selatan", "tengah"}  # regions of the world, not places with a government
BIG_CITY = 100_000  # a city abroad named bare (no 'Kota', no country in the text) must be at least this big
_PERSONISH = re.compile(r"^\s*(?:[A-Z][a-z]*\.|[A-Z][a-z]+\b(?!\s*(?:City|Regency|Province|Prefecture)))")


@dataclass
class Found:
    """What the scan of all theses found: places to add, and what it could not resolve."""

    places: dict[str, Place] = field(default_factory=dict)
    problems: list[Diagnostic] = field(default_factory=list)


@cache
def _first_words(gazetteer: Gazetteer) -> frozenset[str]:
    """The folded first word of every gazetteer name: only n-grams starting so are looked up."""
    # The name index is already folded and sorted: its first words, not a fold of 380,000 aliases (1.4 s → 0.1 s).
    return frozenset(line.split("\t", 1)[0].split(" ", 1)[0] for line in gazetteer._names) | {"kota", "city"}


def _known_names(vocab: Vocabulary) -> set[str]:
    return {fold_key(name) for kind in ("cities", "countries") for term in vocab.terms.get(kind, {}).values()
            for name in (term.name, term.name_en, *term.aliases)}


def _candidates(text: str, gazetteer: Gazetteer, firsts: frozenset[str], known: set[str], seen: dict | None = None):
    """(line offset, name as written, qualified, places) for each capitalised gazetteer name in the text.
    `seen` keeps each span's (key, places) across the texts of one scan."""
    words = list(_WORD.finditer(text))
    seen = {} if seen is None else seen
    starts = seen.setdefault("", {})  # word → whether it may start a name ('' is never a span)
    i = 0
    while i < len(words):
        word = words[i]
        written = word.group()
        if written not in starts:
            starts[written] = written[:1].isupper() and fold_key(written) in firsts
        if not starts[written]:
            i += 1
            continue
        for n in range(min(MAX_WORDS, len(words) - i), 0, -1):
            span = text[word.start() : words[i + n - 1].end()]
            if "\n\n" in span or len(span) > 80:
                continue
            # the same spans recur in every text: each folded and looked up once per scan (2.2 → 1.4–1.9 s of CPU at 1,000 realistic theses)
            if span not in seen:
                key = fold_key(span)
                seen[span] = key, None if key in known else (
                    [] if key in NOT_PLACES or all(w in QUALIFIERS for w in key.split()) else gazetteer.lookup(span))
            key, places = seen[span]
            if places is None:
                break  # the hand-kept layer knows this name
            if places:
                before = text[max(0, word.start() - 30) : word.start()]
                after = text[words[i + n - 1].end() : words[i + n - 1].end() + 15]
                qualified = (bool(re.search(r"(?:kota|kabupaten|provinsi|city of|pemkot|pemkab|pemprov)\s+$", before,
                                            re.IGNORECASE))
                             or bool(re.match(r"\s+(?:city|regency|province|prefecture)\b", after, re.IGNORECASE))
                             or any(w in QUALIFIERS for w in key.split()[:1]))
                sentence_start = not before.strip() or bool(SENTENCE_END.search(before))
                # 'Robert O. Keohane', 'David Easton', 'Crikemas, David, 2008': a person, not Robert or David
                person = (bool(_PERSONISH.match(after)) or bool(re.search(r"[A-Z][a-z]+,?\s+$", before))
                          or bool(re.match(r",\s*(?:[A-Z]|\d{4})", after)))
                yield word.start(), span, qualified, sentence_start and not qualified or person and not qualified, places
                i += n - 1
                break
        i += 1


def _choose(span: str, places: list[Place], qualified: bool, countries: set[str], text: str) -> tuple[Place | None, str]:
    """One place for a name, or None and why not."""
    if len(places) == 1:
        return places[0], ""
    key = fold_key(span)
    exact = [p for p in places if fold_key(p.name) == key or fold_key(p.official) == key]
    if len(exact) == 1 and qualified:
        return exact[0], ""
    named_country = [p for p in places if p.country in countries and not p.is_indonesian]
    if len(named_country) == 1:
        return named_country[0], ""
    home = [p for p in places if p.is_indonesian]
    if home and len({p.slug for p in home}) > 1:
        return None, "ambiguous"
    cities = sorted((p for p in places if p.type == "city"), key=lambda p: -(p.population or 0))
    if cities and (len(cities) == 1 or (cities[0].population or 0) >= 10 * (cities[1].population or 1)) and not home:
        return cities[0], ""
    if home and len(home) == 1:
        return home[0], ""
    return None, "ambiguous"


def scan(theses: list[Thesis], vocab: Vocabulary) -> list[tuple[tuple[str, str], list]]:
    """Each text's candidates by (text digest, vocabulary digest), as find_places() memoises them:
    for a builder to scan many texts in its worker processes first."""
    gazetteer = load_gazetteer()
    firsts, known, seen = _first_words(gazetteer), _known_names(vocab), {}
    return [((t.digest, vocab.digest), _scan_text(t.body, vocab, gazetteer, firsts, known, seen)) for t in theses]


def _scan_text(text: str, vocab: Vocabulary, gazetteer: Gazetteer, firsts, known, seen) -> tuple[list, set[str]]:
    """The text's candidates, and the countries of the vocabulary whose name it contains."""
    hits = list(_candidates(text, gazetteer, firsts, known, seen))
    countries = {p.country for _, _, _, _, places in hits for p in places if p.type == "country"}
    folded = fold_key(text)  # once per text, not twice per country (a no-change rebuild at 1,000: 23 s → 1.7 s)
    countries |= {t.slug for t in vocab.terms.get("countries", {}).values()
                  if any(fold_key(a) in folded for a in (t.name, t.name_en))}
    return hits, countries


def find_places(theses: list[Thesis], vocab: Vocabulary, gazetteer: Gazetteer | None = None,
                memo: dict | None = None) -> Found:
    """The gazetteer places the theses name and the vocabularies lack, with their regions and countries.
    `memo` keeps each text's candidates by its digest between builds (a rebuild scans only what changed)."""
    gazetteer = gazetteer or load_gazetteer()
    firsts, known = _first_words(gazetteer), _known_names(vocab)
    memo = {} if memo is None else memo
    found, seen = Found(), {}
    for thesis in theses:
        text = thesis.body
        key = (thesis.digest, vocab.digest)
        if key not in memo:  # memoised with the countries the text names: a rebuild folds no unchanged text
            memo[key] = _scan_text(text, vocab, gazetteer, firsts, known, seen)
        hits, countries = memo[key]
        countries = set(countries)
        reported: set[str] = set()
        for offset, span, qualified, sentence_start, places in hits:
            needs_context = all(span in p.context_aliases or fold_key(span) in map(fold_key, p.context_aliases)
                                for p in places)
            if needs_context and not qualified or sentence_start:
                continue  # 'As' opening a sentence, 'Batu' as a stone, 'Sama' in 'Kerja Sama': only 'Kota Batu' counts
            place, _ = _choose(span, places, qualified, countries, text)
            if (place is not None and not qualified and place.type == "city" and not place.is_indonesian
                    and place.country not in countries and (place.population or 0) < BIG_CITY):
                continue  # a small town abroad named bare, in a text that never names its country: too weak
            line = thesis.body_line + text.count("\n", 0, offset)
            if place is None:
                if fold_key(span) not in reported:
                    reported.add(fold_key(span))
                    options = "; ".join(f"{p.slug} ({p.official}, {p.type}, {p.country})" for p in places[:5])
                    found.problems.append(Diagnostic(thesis.src_path, line,
                                                     f"ambiguous place '{span}': {options} — write the qualified name "
                                                     "in the text's front matter or add the one meant to seeds/cities.yml",
                                                     "warning"))
                continue
            for p in [place, *gazetteer.ancestors(place.slug)]:
                found.places.setdefault(p.slug, p)
    return found


def extend_vocabulary(vocab: Vocabulary, found: Found, gazetteer: Gazetteer | None = None) -> Vocabulary:
    """This build's vocabulary: the hand-kept entries, then the gazetteer places the theses name."""
    gazetteer = gazetteer or load_gazetteer()
    terms = {kind: dict(entries) for kind, entries in vocab.terms.items()}
    cities, countries = terms.setdefault("cities", {}), terms.setdefault("countries", {})
    position = max((t.position for t in cities.values()), default=0) + 1
    for slug, place in sorted(found.places.items()):
        if place.type == "country":
            if slug not in countries:
                aliases = tuple(a for a in place.aliases if a not in place.context_aliases)
                countries[slug] = Term("countries", slug, place.name, place.official or place.name, aliases,
                                       {"name_id": place.name, "name_en": place.official, "code": place.country_code,
                                        "from_gazetteer": True}, 0, 10_000 + position)
        elif slug not in cities:
            entry = to_city_entry(place, gazetteer)
            entry.update(code=place.code, from_gazetteer=True)
            aliases = tuple(entry.get("aliases", ()))
            cities[slug] = Term("cities", slug, place.name, place.name, aliases, entry, 0, position)
        position += 1
    for slug, term in list(cities.items()):  # hand-kept cities nest in the gazetteer's regions
        if term.data.get("parent_slug") or term.data.get("from_gazetteer"):
            continue
        match = next((p for p in gazetteer.lookup(str(term.data.get("official", term.name)))
                      if p.country == term.data.get("country") and p.type == term.data.get("type")), None)
        for region in gazetteer.ancestors(match.slug) if match else []:
            if region.type == "country":
                break
            if region.slug not in cities:
                entry = to_city_entry(region, gazetteer)
                entry.update(code=region.code, from_gazetteer=True)
                cities[region.slug] = Term("cities", region.slug, region.name, region.name,
                                           tuple(entry.get("aliases", ())), entry, 0, position)
                position += 1
            cities[slug] = Term("cities", slug, term.name, term.name_en, term.aliases,
                                {**term.data, "parent_slug": region.slug, "code": term.data.get("code", match.code)},
                                term.line, term.position)
            break
    digest = vocab.digest + "+" + ",".join(sorted(found.places))
    return Vocabulary(terms=terms, synonyms=vocab.synonyms, digest=digest)


def paste_entry(place: Place, gazetteer: Gazetteer | None = None) -> str:
    """A seeds/cities.yml entry for a place, ready to paste."""
    import yaml

    return yaml.safe_dump({place.slug: to_city_entry(place, gazetteer)}, allow_unicode=True, sort_keys=False)

"""Place names the gazetteer does not know as written: the nearest names it does know.

A summary may misspell a region ('Kujawsko-Promorskie (Poland)') or name one the gazetteer lacks.
Such a name is never dropped silently: `check` reports it with the nearest gazetteer candidates.
Only a name the text marks as a place — followed by its country in brackets, or qualified as a
province or region in its sentence — is looked at; a close misspelling is read as the place it
misspells only when the text qualifies it as a province/region, the candidate is a region of the
named country, and no other place comes close (the warning still asks the maintainer to confirm).
"""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass, field
from difflib import SequenceMatcher

from rapidfuzz import fuzz
from rapidfuzz.process import extract

from .errors import Diagnostic
from .gazetteer import Gazetteer, Place, fold_key
from .load import Thesis

# 'Kujawsko-Promorskie (Poland)', 'Nordrhein Westfalen (Jerman)': a name, then its country in brackets
_WITH_COUNTRY = re.compile(r"\b([A-Z][\w'’]+(?:[- ][A-Z][\w'’]+){0,3})\s*\(([A-Z][^\W\d_]+(?: [A-Z][^\W\d_]+){0,3})\)"
                           # 'Shizouka Prefecture, Japan': a region by its kind, then its country after a comma
                           r"|\b([A-Z][\w'’]+(?:[- ][A-Z][\w'’]+){0,2}\s+(?:Prefecture|Province|State|Region))\s*,\s*"
                           r"([A-Z][^\W\d_]+(?: [A-Z][^\W\d_]+){0,2})\b")
_REGION_WORD = re.compile(r"\b(?:province|provinsi|propinsi|region|state|prefecture|prefektur|voivodeship|"
                          r"negara bagian|wilayah)\b", re.IGNORECASE)
_TYPE_WORD = re.compile(r"province|provinsi|prefecture|prefektur|state|region|regency|city|kota|kabupaten")
CLOSE = 0.9  # a misspelling: one or two letters off in a long name
NEAR = 0.8  # close enough to list as a candidate


@dataclass
class Near:
    """Places read from close misspellings (with the spelling to tag) and the names reported."""

    places: dict[str, Place] = field(default_factory=dict)
    aliases: dict[str, list[str]] = field(default_factory=dict)
    problems: list[Diagnostic] = field(default_factory=list)


def spelt_alike(word: str, names, ratio: float) -> bool:
    """`word` is within `ratio` (difflib's) of one of `names`, all folded: a slip of the pen for it
    ('Yokomaha', 'Seramban'), where the text names that place elsewhere."""
    folded = fold_key(word)
    return any(SequenceMatcher(None, folded, fold_key(name)).ratio() >= ratio for name in names)


_NEAREST: dict[tuple, list[tuple[float, Place]]] = {}  # a name is looked for once per process (many texts share it)
_WITHIN: dict[tuple, tuple[list[str], list[Place]]] = {}  # a country's folded names, made once per process


def nearest(name: str, gazetteer: Gazetteer, country: Place | None = None, limit: int = 3) -> list[tuple[float, Place]]:
    """The places whose names are nearest to `name`, best first: among the regions and cities of
    `country` or, without it, among all names sharing the first two letters (a misspelling rarely
    touches them; it keeps the search to a slice of the sorted name index)."""
    memo_key = (fold_key(name), id(gazetteer), country and country.slug, limit)
    if memo_key not in _NEAREST:
        if len(_NEAREST) > 10_000:
            _NEAREST.clear()
        _NEAREST[memo_key] = _nearest(fold_key(name), gazetteer, country, limit)
    return _NEAREST[memo_key]


def _nearest(key: str, gazetteer: Gazetteer, country: Place | None, limit: int) -> list[tuple[float, Place]]:
    names, places = _country_names(gazetteer, country) if country is not None else _index_slice(gazetteer, key[:2])
    # rapidfuzz's ratio (2·LCS / total length) is never below difflib's (whose matching blocks are one
    # common subsequence), so it picks in C the few names worth difflib's exact ratio: judging places
    # cost 3.7 s at 1,000 theses, most of it difflib's bounds over thousands of names (profiled).
    picked = extract(key, names, scorer=fuzz.ratio, score_cutoff=NEAR * 100 - 1e-6, limit=None)
    scored: dict[str, tuple[float, Place]] = {}
    for alias, _, i in sorted(picked, key=lambda hit: hit[2]):  # in index order, as difflib's scan went
        place = places[i]
        if country is None and abs(len(alias) - len(key)) > 3:
            continue
        ratio = SequenceMatcher(None, key, alias).ratio()
        if ratio >= NEAR and ratio > scored.get(place.slug, (0.0,))[0]:
            scored[place.slug] = (ratio, place)
    return sorted(scored.values(), key=lambda pair: -pair[0])[:limit]


class _Lazy(list):
    """Places by position, parsed from the gazetteer's rows only when asked for."""

    def __init__(self, gazetteer: Gazetteer, rows: list[int]) -> None:
        super().__init__(rows)
        self.gazetteer = gazetteer

    def __getitem__(self, i):
        return self.gazetteer._place(list.__getitem__(self, i))


_SLICES: dict[tuple, tuple[list[str], _Lazy]] = {}


def _index_slice(gazetteer: Gazetteer, prefix: str) -> tuple[list[str], _Lazy]:
    """The index's (folded) names starting with `prefix`, and their places; once per process."""
    memo_key = (id(gazetteer), prefix)
    if memo_key not in _SLICES:
        names, found, rows = gazetteer._names, [], []
        i = bisect_left(names, prefix)
        while i < len(names) and names[i].startswith(prefix):
            alias, row = names[i].split("\t")  # the index is folded already
            found.append(alias)
            rows.append(int(row))
            i += 1
        _SLICES[memo_key] = (found, _Lazy(gazetteer, rows))
    return _SLICES[memo_key]


def _country_names(gazetteer: Gazetteer, country: Place) -> tuple[list[str], list[Place]]:
    """Every folded name of the country's regions and their cities, and its place; once per process."""
    memo_key = (id(gazetteer), country.slug)
    if memo_key not in _WITHIN:
        regions = gazetteer.children(country.slug)
        within = regions + [city for region in regions for city in gazetteer.children(region.slug)]
        pairs = [(fold_key(alias), place) for place in within for alias in (place.name, *place.aliases)]
        _WITHIN[memo_key] = ([alias for alias, _ in pairs], [place for _, place in pairs])
    return _WITHIN[memo_key]


def clearly_nearest(key: str, ratio: float, place: Place, runner_up: float) -> bool:
    """`place` (`ratio` alike) is the one a misspelling `key` means: a tenth nearer than any other name (`runner_up`),
    or two neighbouring letters swapped."""
    return runner_up <= ratio - 0.1 or _transposed(key, place)


def _transposed(key: str, place: Place) -> bool:
    """Two neighbouring letters of the folded name swapped give one of the place's names ('Shizouka
    Prefecture'): the commonest slip of the pen, whatever other names come close."""
    names = {fold_key(n) for n in (place.name, *place.aliases)}
    return any(key[:i] + key[i + 1] + key[i] + key[i + 2 :] in names for i in range(len(key) - 1) if key[i] != key[i + 1])


def options(found: list[tuple[float, Place]]) -> str:
    return "; ".join(f"{p.slug} ({p.official}, {p.type}, {p.country}, {ratio:.0%} alike)" for ratio, p in found)


def near_places(thesis: Thesis, gazetteer: Gazetteer, known: set[str]) -> Near:
    """Names followed by their country in brackets that neither the vocabularies nor the gazetteer know."""
    near, seen = Near(), set()
    text = thesis.body
    for match in _WITH_COUNTRY.finditer(text):
        name, country_name = match.group(1) or match.group(3), match.group(2) or match.group(4)
        key = fold_key(name)
        words = key.split()
        bare = words[:-1] if len(words) > 1 and _TYPE_WORD.fullmatch(words[-1]) else words  # 'X Province'
        # 'Government Of Kyoto (Japan)' names Kyoto, 'West Nusa Tenggara Province (Indonesia)' West Nusa Tenggara
        tails = [" ".join(w[i:]) for w in (words, bare) for i in range(len(w))]
        if key in seen or len(key) < 5 or any(t in known or gazetteer.lookup(t) for t in tails):
            continue
        country = next((p for p in gazetteer.lookup(country_name) if p.type == "country"), None)
        if country is None:
            continue
        seen.add(key)
        found = nearest(name, gazetteer, country)
        line = thesis.body_line + text.count("\n", 0, match.start())
        sentence = text[max(0, match.start() - 200) : match.end() + 100]
        close = [(r, p) for r, p in found if r >= CLOSE]
        runner_up = found[1][0] if len(found) > 1 else 0.0
        if (len(close) == 1 and close[0][1].type not in ("city", "country") and _REGION_WORD.search(sentence)
                and clearly_nearest(key, *close[0], runner_up)):
            place = close[0][1]
            near.places[place.slug] = place
            near.aliases.setdefault(place.slug, []).append(name)
            near.problems.append(Diagnostic(thesis.src_path, line, f"place '{name}' read as {place.slug} ({place.official}, "
                                            f"{place.type}, {place.country}): the gazetteer knows no such spelling; "
                                            "correct the text or confirm", "warning"))
            continue
        if not found:
            continue  # 'Foreign Affairs (Indonesia)': nothing in that country is named like it, no place
        near.problems.append(Diagnostic(thesis.src_path, line, f"unknown place '{name}' ({country_name}): nearest "
                                        f"in the gazetteer: {options(found)} — "
                                        "correct its spelling or add it to seeds/cities.yml", "warning"))
    return near

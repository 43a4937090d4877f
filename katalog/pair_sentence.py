"""The partnership a summary states in one phrase: 'antara Pemerintah Kota X dan Pemerintah Kota Y',
'kerja sama X dengan Y', 'between X Province and Y'. Such a phrase says which two places the study
is about; other places the text merely mentions (neighbours, other partners, a simile's
'Washington DC') do not compete with it.

katalog/enrich.py asks `choose_pair`: the stated pair first, else its own guess from the opening
text. When the phrase names a side the vocabularies do not know, `unknown_side` gives its words so
that the build reports it (with the gazetteer's nearest names) instead of picking another place.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Collection, Sequence
from dataclasses import dataclass
from typing import Protocol

from .places_near import spelt_alike


class PlaceMatch(Protocol):
    kind: str
    slug: str
    alias: str
    offset: int


_QUALIFIER = r"(?:(?:Pemerintah|Pemkot|Pemkab|Pemprov|the|Government of|the City of)\s+)?" \
             r"(?:(?:Kota|Kabupaten|Provinsi|Propinsi|City of|Province of|Prefektur|Distrik|District of|Negara Bagian)\s+)?"
_OPEN = re.compile(rf"\b(?:antara|between)\s+{_QUALIFIER}$", re.IGNORECASE)
# between the two sides: the first side's own qualifier or country, then the joining word
_JOIN = re.compile(rf"^(?:\s+(?:City|Regency|Province|Prefecture|Municipality|District))?(?:\s*\([^()]{{1,30}}\))?,?"
                   r"(?:\s+of\s+[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?)?"  # 'the Timor Tengah Utara District of Indonesia and …'
                   # the first side's own region ('antara Kota Linyi Provinsi Shandong dengan …')
                   r"(?:\s+(?:Provinsi|Propinsi|Province of|Prefektur|Negara Bagian|State of)\s+[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2},?)?"
                   rf"\s+(?:dan|dengan|and|with|&)\s+{_QUALIFIER}$", re.IGNORECASE)
# 'sister city Surabaya-Kochi', 'kerja sama Jakarta – Tokyo': a pair written as one compound
_COMPOUND_OPEN = re.compile(rf"\b(?:sister[ -](?:city|cities|province|state)|kota kembar|kerja ?sama|cooperation)\s+{_QUALIFIER}$",
                            re.IGNORECASE)
_DASH = re.compile(rf"^(?:\s+(?:City|Regency|Province|Prefecture))?\s*[-–—]\s*{_QUALIFIER}$", re.IGNORECASE)
# 'Kota Malang menjalin kerja sama sister city dengan Kota Hebron': one sentence, home side first
# '… menjalin kerja sama sister city dengan ': the cooperation, then 'with' its other side, in one clause
_COOPERATION_WITH = (r"[^.;:!?\n]{0,100}?\b(?:kerja ?sama|sister[ -]?(?:city|cities|province)|kota (?:kembar|bersaudara)"
                     r"|twin (?:city|town)s?)\b[^.;:!?\n]{0,60}?\b(?:dengan|with)\s+")
_COOPERATES_WITH = re.compile(rf"^{_COOPERATION_WITH}{_QUALIFIER}$", re.IGNORECASE)
# 'Pemerintah Kota Yogyakarta dengan Distrik Commewijne di Suriname telah menjalin Sister City': the
# two sides joined by 'with', the cooperation they entered after them in the same clause
_WITH = re.compile(rf"^\s+(?:dengan|with)\s+{_QUALIFIER}$", re.IGNORECASE)
_ENTERED_AFTER = re.compile(r"^[^.;:!?\n]{0,40}?\b(?:menjalin|menandatangani|membentuk|sepakat|bekerja\s?sama|establish\w*"
                            r"|signed|formali[sz]\w*)\b[^.;:!?\n]{0,40}?\b(?:kerja\s?sama|sister[ -]?(?:city|cities|province)"
                            r"|kota (?:kembar|bersaudara)|provinsi (?:kembar|bersaudara)|twin (?:city|town)s?|mou\b|nota kesepahaman)",
                            re.IGNORECASE)
# a headline's verb of taking on a partner, home side first: 'Bengkulu Akan Rangkul Inggris', 'Pemkot X Gandeng Kota Y'
TAKE_ON = r"rangkul|merangkul|gandeng|menggandeng"
_TAKES_ON = re.compile(rf"^\s+(?:akan\s+|siap\s+|ingin\s+|mau\s+)?(?:{TAKE_ON}|embraces?|courts?|woos?)\s+{_QUALIFIER}$",
                       re.IGNORECASE)
# after 'X and Y': the two named as sisters ('… dan Kota Solo di Jawa Tengah sebagai sister cities', '… and Y became twin cities')
_AS_SISTERS_AFTER = re.compile(r"^(?:\s+(?:di|in)\s+[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,3})?,?"
                               r"(?:\s+(?:resmi|secara\s+resmi|officially|telah|sudah|have|had))?"
                               r"\s+(?:sebagai|as|menjadi|became|become)\s+(?:(?:a|the|sebuah)\s+)?(?:sister[ -](?:city|cities|province|provinces"
                               r"|state|states)|kota\s+(?:kembar|bersaudara)|provinsi\s+(?:kembar|bersaudara)|twin\s+(?:cities|towns))\b",
                               re.IGNORECASE)
_SISTER_AFTER = re.compile(r"^(?:\s+(?:City|Regency|Province|Prefecture))?\s+(?:sister[ -](?:city|cities|province|provinces|state|states)"
                           r"|twin\s+(?:city|cities|town|towns)|kota\s+(?:kembar|bersaudara)|provinsi\s+(?:kembar|bersaudara))\b", re.IGNORECASE)
_NAME_AFTER = re.compile(r"\s*([A-Z][\w'’-]+(?:[ -][A-Z][\w'’-]+){0,3})")


def _places(matches: Sequence[PlaceMatch]) -> list[PlaceMatch]:
    return sorted((m for m in matches if m.kind == "cities"), key=lambda m: m.offset)


@dataclass(frozen=True)
class _Bare:
    kind: str
    slug: str
    alias: str
    offset: int


_AFFIX = re.compile(r"^(?:(?:Pemerintah|Pemkot|Pemkab|Pemprov)\s+)?(?:Kota|Kabupaten|Provinsi|City of|Province of)\s+|"
                    r"\s+(?:City|Regency|Province)$")


def _with_bare_names(text: str, places: list[PlaceMatch]) -> list[PlaceMatch]:
    """The places, and the bare names of those the text writes in full elsewhere: 'antara Bogor dan
    Kota Tainan' in a text saying 'Pemerintah Kota Bogor' (where a bare 'Bogor' alone is ambiguous)."""
    slugs: dict[str, set[str]] = {}
    for m in places:
        bare = _AFFIX.sub("", m.alias)
        if bare != m.alias and len(bare) >= 3:
            slugs.setdefault(bare, set()).add(m.slug)
    taken = {(m.offset, m.offset + len(m.alias)) for m in places}
    extra = []
    for bare, owners in slugs.items():
        if len(owners) != 1:
            continue  # 'Kota Bogor' and 'Kabupaten Bogor' both named: a bare 'Bogor' stays unread
        for found in re.finditer(rf"(?<![\w-]){re.escape(bare)}(?![\w-])", text):
            if not any(a <= found.start() < b for a, b in taken):
                extra.append(_Bare("cities", next(iter(owners)), bare, found.start()))
    return sorted([*places, *extra], key=lambda m: m.offset)


def stated_pair(text: str, matches: Sequence[PlaceMatch], is_home: Callable[[str], bool],
                country_of: Callable[[str], str | None] | None = None,
                parent_of: Callable[[str], str | None] = lambda slug: None) -> tuple[str, str] | None:
    """The first 'antara X dan Y' / 'between X and Y' / 'sister city X-Y' whose sides are a place at
    home and one abroad, home first; given `country_of`, also two places abroad in two countries
    ('sister city Seattle-Kobe' studied from Indonesia), in the text's order."""
    pairs = _stated_pairs(text, matches, is_home, country_of, parent_of)
    first = next(pairs, None)
    if first is None:
        return None
    if _written_as_province(text, matches, first[0]):
        return first  # 'antara Propinsi Kalimantan Barat dan Propinsi Ibaraki': the province itself, not a kabupaten in it
    for later in pairs:  # 'Sister City Yogya- Kota Varaždin', then 'antara Kota Yogyakarta dengan Kota Varaždin':
        if later[1] == first[1] and lies_in(later[0], first[0], parent_of):  # the place inside the region meant
            return later
    return first


_PROVINCE_BEFORE = re.compile(r"\b(?:provinsi|propinsi|pemprov|province\s+of)\s+$", re.IGNORECASE)


def _written_as_province(text: str, matches: Sequence[PlaceMatch], slug: str) -> bool:
    """The text names `slug` with the word for a province ('Propinsi Kalimantan Barat')."""
    return any(m.slug == slug and (_PROVINCE_BEFORE.search(text, max(0, m.offset - 20), m.offset)
                                   or re.match(r"(?:provinsi|propinsi)\s", m.alias, re.IGNORECASE)) for m in _places(matches))


def lies_in(place: str, region: str, parent_of: Callable[[str], str | None]) -> bool:
    """`place` lies inside `region` (its province, the province's country region, …)."""
    seen: set[str] = set()
    while (place := parent_of(place)) and place not in seen:
        if place == region:
            return True
        seen.add(place)
    return False


def _stated_pairs(text: str, matches: Sequence[PlaceMatch], is_home: Callable[[str], bool],
                  country_of: Callable[[str], str | None] | None, parent_of: Callable[[str], str | None]):
    """Each pair stated_pair() reads, in the text's order; after 'between X-Y and Z-W' none."""
    places = _without_own_regions(text, _with_bare_names(text, _places(matches)), parent_of)
    reversed_pairs = []
    for i, (first, second) in enumerate(zip(places, places[1:])):
        before, between = text[max(0, first.offset - 60) : first.offset], text[first.offset + len(first.alias) : second.offset]
        opened = _OPEN.search(before) or _COMPOUND_OPEN.search(before)  # 'between Magelang City-Tula City'
        if (_COOPERATES_WITH.match(between) and is_home(first.slug) != is_home(second.slug)
                and not _EXAMPLES_OF_OTHERS.search(between)):
            if not is_home(first.slug):  # the side abroad said to cooperate with one at home: 'Kota Zundert,
                reversed_pairs.append((second.slug, first.slug))  # Belanda yang telah menjalin hubungan kerjasama
                continue  # dengan Pemerintah Kabupaten Karo' (after the pairs stated the usual way round)
            inner = _located_in(text, places[:i], first, parent_of)
            yield (inner.slug if inner else first.slug), second.slug
            continue
        after = text[second.offset + len(second.alias) : second.offset + len(second.alias) + 120]
        if _WITH.match(between) and _ENTERED_AFTER.match(after) and is_home(first.slug) != is_home(second.slug):
            yield (first.slug, second.slug) if is_home(first.slug) else (second.slug, first.slug)
            continue
        if _TAKES_ON.match(between) and is_home(first.slug) and not is_home(second.slug):
            yield first.slug, second.slug
            continue
        if _DASH.match(between) and _SISTER_AFTER.match(after) and is_home(first.slug) != is_home(second.slug):
            yield (first.slug, second.slug) if is_home(first.slug) else (second.slug, first.slug)
            continue  # 'the Seattle-Surabaya Sister City Association': the pair as a compound before the bond's name
        if _AND.match(between) and _AS_SISTERS_AFTER.match(after) and is_home(first.slug) != is_home(second.slug):
            yield (first.slug, second.slug) if is_home(first.slug) else (second.slug, first.slug)
            continue  # 'menjadikan Kota Nara dan Kota Solo di Jawa Tengah sebagai sister cities'
        if not (opened and (_JOIN.match(between) or _DASH.match(between))):  # 'kerjasama Sister City X dan Y City' too
            continue
        if _DASH.match(between) and _another_pair_follows(text, places[i + 1 :]):
            return  # 'between Surabaya-Busan and Medan-Gwangju': two partnerships compared, neither the one
        if is_home(first.slug) != is_home(second.slug):
            yield (first.slug, second.slug) if is_home(first.slug) else (second.slug, first.slug)
        elif country_of and _abroad_pair(first.slug, second.slug, is_home, country_of):
            yield first.slug, second.slug
    yield from reversed_pairs
    sister = _sister_with(text, places, is_home)
    if sister:
        yield sister


_IN_BEFORE = re.compile(r"\b(?:di|in)\s+$", re.IGNORECASE)


def _located_in(text: str, earlier: Sequence[PlaceMatch], region: PlaceMatch,
                parent_of: Callable[[str], str | None]) -> PlaceMatch | None:
    """The place the same sentence names just before `region` as lying in it ('Gianyar yang dijuluki kota seni di
    Bali … kota kembar dengan Kanazawa'): the subject, `region` only where it lies."""
    if not _IN_BEFORE.search(text, max(0, region.offset - 4), region.offset):
        return None
    for place in reversed(earlier):
        between = text[place.offset + len(place.alias) : region.offset]
        if len(between) > 120 or re.search(r"[.!?](?:\s|$)|\n", between):
            return None
        if lies_in(place.slug, region.slug, parent_of):
            return place
    return None


# '… telah menjalin kerjasama internasional lainnya dengan beberapa negara seperti Provinsi Jeollabuk': other ties, examples
_EXAMPLES_OF_OTHERS = re.compile(r"\b(?:lainnya|other|seperti|such\s+as|antara\s+lain|di\s+antaranya|misalnya|including)\b",
                                 re.IGNORECASE)


# 'The West Java Provincial Government has completed the signing … after officially establishing a sister
# province with Heilongjiang Province': the bond named, then 'with' its other side
_SISTER_WITH = re.compile(rf"\b(?:sister[ -](?:city|cities|province|state)|kota (?:kembar|bersaudara)|provinsi (?:kembar|bersaudara))"
                          rf"\s+(?:(?:agreement|relationship|relations|cooperation|kerja ?sama)\s+)?(?:with|dengan)\s+{_QUALIFIER}$",
                          re.IGNORECASE)


def _sister_with(text: str, places: list[PlaceMatch], is_home: Callable[[str], bool]) -> tuple[str, str] | None:
    """'… a sister province with X': X abroad and the place at home the same sentence names before it,
    further back than a clause joining the two ('_COOPERATES_WITH') reaches."""
    for i, second in enumerate(places):
        if is_home(second.slug) or not _SISTER_WITH.search(text[max(0, second.offset - 80) : second.offset]):
            continue
        for first in reversed(places[:i]):
            between = text[first.offset + len(first.alias) : second.offset]
            ends = len(re.findall(r"[.!?](?:\s|$)", between))
            if len(between) > 300 or "\n" in between or ends > 1 or ends and not is_home(first.slug):
                break
            # (or the sentence before, where this one names no place before the bond: 'Provinsi Sumut merupakan … .
            # Sejak dibentuknya provinsi bersaudara dengan Provinsi Guangdong, …': its subject goes on)
            if is_home(first.slug):
                return first.slug, second.slug
    return None


_APPOSITION = re.compile(r"^[ \t]*,?[ \t]*(?:(?:Provinsi|Propinsi|Province of|Prefektur|Negara Bagian|State of)[ \t]+)?$", re.IGNORECASE)


def _without_own_regions(text: str, places: list[PlaceMatch], parent_of: Callable[[str], str | None]) -> list[PlaceMatch]:
    """The places less a region named right after a place inside it ('Kota Linyi Provinsi Shandong'):
    it says where the place lies, it is no side of the pair."""
    out: list[PlaceMatch] = []
    for m in places:
        previous = out[-1] if out else None
        if previous and _APPOSITION.match(text[previous.offset + len(previous.alias) : m.offset]):
            up, seen = parent_of(previous.slug), set()
            while up and up not in seen and up != m.slug:
                seen.add(up)
                up = parent_of(up)
            if up == m.slug:
                continue
        out.append(m)
    return out


_AND = re.compile(r"^\s*(?:,|and|dan|&|vs\.?|versus|serta)\s+" + _QUALIFIER + "$", re.IGNORECASE)


def _another_pair_follows(text: str, rest: Sequence[PlaceMatch]) -> bool:
    """The pair just read ('X-Y', `rest[0]` its second side) is followed by 'and Z-W'."""
    if len(rest) < 3:
        return False
    second, third, fourth = rest[0], rest[1], rest[2]
    return bool(_AND.match(text[second.offset + len(second.alias) : third.offset])
                and _DASH.match(text[third.offset + len(third.alias) : fourth.offset]))


def _abroad_pair(first: str, second: str, is_home: Callable[[str], bool], country_of: Callable[[str], str | None]) -> bool:
    """Two places abroad, each in a different known country: a partnership of two foreign cities."""
    countries = country_of(first), country_of(second)
    return not is_home(first) and not is_home(second) and None not in countries and countries[0] != countries[1]


def guess_pair(cities: Sequence[str], is_home: Callable[[str], bool], country_of: Callable[[str], str | None],
               parent_of: Callable[[str], str | None] = lambda slug: None, venues: Collection[str] = (),
               is_region: Callable[[str], bool] = lambda slug: False) -> tuple[str, str] | None:
    """The pair the subject places make when no phrase states one: one place at home and one abroad,
    or, where none is at home, exactly two places abroad in two different countries. A region that
    holds another subject place ('Xiamen' in 'Fujian') gives way to it, unless the place abroad is a region
    too (`is_region`: a province pairs with a prefecture, not a city inside it); a place abroad only ever named
    as where something happened (`venues`: 'forum … di Kuala Lumpur') is no partner."""
    named = set(cities)
    # a place named only as a venue ('di Bumi Praja Andounoho Kendari') holds no region's place for it
    unique = [c for c in dict.fromkeys(cities) if not any(parent_of(other) == c for other in named - set(venues))]
    home = [c for c in unique if is_home(c)]
    home = [c for c in home if c not in venues] or home  # 'festival film … terlaksana di Yogyakarta': a venue at home
    abroad = [c for c in unique if not is_home(c)]
    abroad = [c for c in abroad if c not in venues]  # 'di Chengdu' only: where it happened, no partner
    if len(abroad) == 1 and is_region(abroad[0]):
        # a region abroad ('Prefektur Shizuoka') is the partner of the region at home, not of a city inside it
        # (where the text names the region at least as often as what it holds in it: 'Kota Padang Panjang, Sumatera
        # Barat' once, then Padang Panjang throughout, pairs the city with Negeri Sembilan)
        holders = [c for c in dict.fromkeys(cities) if is_home(c) and any(parent_of(other) == c for other in named)]
        inner = [c for c in cities if holders and parent_of(c) == holders[0]]
        home = holders if len(holders) == 1 and cities.count(holders[0]) >= len(inner) else home
    if len(home) > 1 and len(abroad) == 1:
        # one place at home the text keeps naming, the others once in passing ('… the Lesser Sunda Islands with the
        # exception of Bali'): the one it keeps naming, where it does so twice as often as all the others together
        counts = sorted(((cities.count(c), c) for c in home), reverse=True)
        if counts[0][0] >= 3 and all(n == 1 for n, _ in counts[1:]) and counts[0][0] >= 2 * (len(counts) - 1):
            home = [counts[0][1]]
    if len(home) == 1 and len(abroad) == 1:
        return home[0], abroad[0]
    if not home and len(abroad) == 2 and _abroad_pair(abroad[0], abroad[1], is_home, country_of):
        return abroad[0], abroad[1]
    return None


def unknown_side(text: str, matches: Sequence[PlaceMatch]) -> tuple[int, str] | None:
    """'antara Wonogiri (Indonesia) dengan Wuming (China)' where Wuming is known to no vocabulary:
    (offset, 'Wuming'), for a report; None when the phrase has no such side."""
    for first in _places(matches):
        before = text[max(0, first.offset - 60) : first.offset]
        if not (_OPEN.search(before) or _COMPOUND_OPEN.search(before)):  # 'antara X dan …', 'Kerja Sama X dan …'
            continue
        rest = text[first.offset + len(first.alias) : first.offset + len(first.alias) + 120]
        join = re.match(rf"(?:\s+(?:City|Regency|Province))?(?:\s*\([^()]{{1,30}}\))?,?\s+(?:dan|dengan|and|with)\s+"
                        rf"{_QUALIFIER}", rest, re.IGNORECASE)
        name = _NAME_AFTER.match(rest[join.end() :]) if join else None
        if name:
            at = first.offset + len(first.alias) + join.end() + name.start(1)
            if not _covered(at, matches):
                return at, name.group(1)
    for second in _places(matches):  # 'antara Distrik Rupandehi dan Pemkab Magelang': the first side unknown
        before = text[max(0, second.offset - 90) : second.offset]
        join = _UNKNOWN_FIRST.search(before)
        if join and not _covered(second.offset - len(before) + join.start(1), matches):
            return second.offset - len(before) + join.start(1), join.group(1)
    for first in _places(matches):  # 'Pemkab Purwakarta … menjajaki kerja sama dengan Pemerintah Kabupaten Gurye'
        end = first.offset + len(first.alias)
        join = _COOPERATES_WITH_NAMED.match(text, end, end + 200)
        name = _NAME_AFTER.match(text, join.end()) if join else None
        if name and not _covered(name.start(1), matches):
            return name.start(1), name.group(1)
    return None


# the side after 'kerja sama … dengan', written as a local government ('Pemerintah Kabupaten X', 'Kota X')
_COOPERATES_WITH_NAMED = re.compile(_COOPERATION_WITH + r"(?:(?:Pemerintah|Pemkot|Pemkab|Pemprov)\s+)?"
                                    r"(?:Kota|Kabupaten|Provinsi|Prefektur|Distrik)\s+", re.IGNORECASE)


# 'antara Distrik Rupandehi dan Pemkab ', the name written as a local government's, then the joining word
_UNKNOWN_FIRST = re.compile(r"\b(?:antara|between)\s+(?:(?:Pemerintah|Pemkot|Pemkab|Pemprov|the)\s+)?"
                            r"(?:Kota|Kabupaten|Provinsi|Prefektur|Distrik|District\s+of|City\s+of)\s+"
                            r"([A-Z][\w'’-]+(?:[ -][A-Z][\w'’-]+){0,2})\s+(?:dan|dengan|and|with)\s+" + _QUALIFIER + "$")


def _covered(at: int, matches: Sequence[PlaceMatch]) -> bool:
    """A place match spans `at` ('Kisarazu' inside the match 'Kota Kisarazu')."""
    return any(m.kind == "cities" and m.offset <= at < m.offset + len(m.alias) for m in matches)


def choose_pair(text: str, matches: Sequence[PlaceMatch], is_home: Callable[[str], bool],
                guess: Callable[[], tuple[str, str] | None], country_of: Callable[[str], str | None] | None = None,
                parent_of: Callable[[str], str | None] = lambda slug: None
                ) -> tuple[tuple[str, str] | None, tuple[int, str] | None]:
    """The partnership: the pair the text states in one phrase, else `guess()` (the subject places);
    when the phrase names a side no vocabulary knows, no pair but that side (offset, name) for a
    report, not another place the text mentions. `matches` must leave out reference lists."""
    stated = stated_pair(text, matches, is_home, country_of, parent_of)
    if stated:
        return stated, None
    unknown = unknown_side(text, matches)
    if unknown and not _covered(unknown[0], matches) and _named_as_place(text, *unknown) and not _misspelt(unknown[1], matches):
        return None, unknown
    return guess(), None


def _misspelt(name: str, matches: Sequence[PlaceMatch]) -> bool:
    """'Kota Yokomaha' in a text that names Yokohama elsewhere: a slip of the pen, no unknown side."""
    k = len(name.split())
    for m in _places(matches):  # against the alias's words as many as the name's ('Kota Yokohama': 'Yokohama')
        words = m.alias.split()
        if spelt_alike(name, (" ".join(words[i : i + k]) for i in range(len(words) - k + 1)), 0.75):
            return True
    return False


_PLACE_BEFORE = re.compile(r"\b(?:Kota|Kabupaten|Provinsi|Propinsi|Prefektur|Distrik|City of|Province of|District of)\s+$", re.IGNORECASE)
_PLACE_AFTER = re.compile(r"^(?:\s+(?:City|Regency|Province|Prefecture|Municipality)\b|\s*\([A-Z][^()]{1,30}\))")


def _named_as_place(text: str, offset: int, name: str) -> bool:
    """'Kota X', 'X City', 'X (China)': the unknown side is written as a place, not 'Pemerintah Pusat',
    'Dinas Pendidikan' or a country the vocabularies spell otherwise."""
    return bool(_PLACE_BEFORE.search(text[max(0, offset - 20) : offset]) or _PLACE_AFTER.match(text[offset + len(name) :]))

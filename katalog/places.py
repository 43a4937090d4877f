"""Places a summary names that the hand-kept vocabularies do not know, found in the gazetteer.

The gazetteer (katalog/gazetteer.py: every Indonesian province, kabupaten and kota, world cities
and regions, countries) is the bottom knowledge layer; seeds/cities.yml and countries.yml stay on
top and win wherever they know a name. Before tagging, every thesis text is scanned for
capitalised words that start a gazetteer name; the places found (and the regions and countries
they lie in) join this build's vocabulary (places_vocab.py), so they get pages, partnerships and search like the
hand-kept ones. A page exists only for a place some thesis names.

A bare name with several candidates (Bogor: Kota or Kabupaten; Perth: Australia or Scotland) is
resolved from the text — a qualified form ('Kota Bogor', 'Bogor Regency') or a country the text
names — or reported by `check` with the candidates, never silently guessed.
"""

from __future__ import annotations

import re
from collections.abc import Collection
from dataclasses import dataclass, field
from functools import cache, lru_cache

from .errors import Diagnostic
from .gazetteer import Gazetteer, Place, fold_key, load_gazetteer
from .load import Thesis, Vocabulary
from .places_near import CLOSE, clearly_nearest, near_places, nearest, options
from .text import fold_same_length

MAX_WORDS = 5  # longest place name tried, in words ('Kabupaten Lima Puluh Kota')
# 'Surabaya-Kochi': two names; 'Gyeongsangbuk-do' is found as two words; an English possessive ('Fort Worth’s') is no part of one
_WORD = re.compile(r"[^\W_]+(?:['’](?![sS]\b)[^\W_]+)*")
QUALIFIERS = {"kota", "kabupaten", "provinsi", "propinsi", "city", "regency", "province", "prefecture", "prefektur",
              "pemkot", "pemkab", "pemprov", "state", "negara", "bagian"}
_QUALIFIER_AFTER = {"city", "regency", "province", "prefecture"}
_KINDS_BEFORE = frozenset({"kota", "kabupaten", "provinsi", "propinsi", "prefektur"})  # written before a name
SENTENCE_END = re.compile(r"[.!?:]\s*$")
NOT_PLACES = {"asia", "eropa", "europe", "afrika", "africa", "amerika latin", "latin america", "pasifik", "pacific",
              "timur tengah", "middle east", "asean", "oseania", "oceania", "antartika", "barat", "timur", "utara",
              "selatan", "tengah",  # regions of the world, not places with a government
              "wako", "kadis",  # offices news writes short ('Wako' wali kota, 'Kadis' kepala dinas): Wakō and Cádiz too
              "kab", "kec", "kel", "prov", "pemkab", "pemkot", "pemprov"}  # a unit's kind written short ('Kab/Kota'): Kāb too
BIG_NAME = 500_000  # a city this big is meant by its name even where the name is also a word (Berlin)
BIG_CITY = 100_000  # a city abroad named bare (no 'Kota', no country in the text) must be at least this big
# (and Malaysia's titles: 'Dato Sri Michael Manyin', 'Datuk Seri …', 'Tan Sri …', not the Isle of Man's Michael)
_HONORIFIC_BEFORE = re.compile(r"(?:\b(?:Mr|Mrs|Ms|Dr|Prof|Atty|Sir)\.?|\b[A-Z][a-z]+\s+[A-Z]\."
                               r"|\b(?:Dato['’]?|Datuk|Datin|Tan)\s+S(?:ri|eri)|\bDato['’]?|\bDatuk|\bTun)\s+$")
# an office and its place, then the holder's name: '(Bappeda) Pekanbaru Ahmad', 'Gubernur Jawa Tengah Ahmad Luthfi'
_OFFICE_HOLDER_BEFORE = re.compile(r"\b(?:Wali\s?[Kk]ota|Walikota|Bupati|Gubernur|Kepala|Ketua|Sekretaris|Sekda|Camat|Bappeda\)"
                                   r"|Dinas|Wakil)\b[^,.;:\n]{0,50}?\s[A-Z][\w'’-]+(?:\s[A-Z][\w'’-]+)?\s+$")
_PERSONISH = re.compile(r"^\s*(?:[A-Z][a-z]*\.|[A-Z][a-z]+\b(?!\s*(?:City|Regency|Province|Prefecture)))")


@dataclass
class Found:
    """What the scan of all theses found: places to add, and what it could not resolve."""

    places: dict[str, Place] = field(default_factory=dict)
    problems: list[Diagnostic] = field(default_factory=list)
    aliases: dict[str, list[str]] = field(default_factory=dict)  # a close misspelling the text uses, by slug
    written: dict[str, list[str]] = field(default_factory=dict)  # how the texts write a place abroad ('Melaka'), by slug


@cache
def _first_words(gazetteer: Gazetteer) -> frozenset[str]:
    """The folded first word of every gazetteer name: only n-grams starting so are looked up."""
    # The name index is already folded and sorted: its first words, not a fold of 380,000 aliases (1.4 s → 0.1 s).
    firsts = frozenset(line.split("\t", 1)[0].split(" ", 1)[0] for line in gazetteer._names)
    return (firsts | frozenset(w.replace("’", "'") for w in firsts if "’" in w) | {"kota", "city"}  # 'Xi'an' too
            | frozenset(gazetteer.joined_names()))


@cache
def _name_keys(gazetteer: Gazetteer) -> frozenset[str]:
    """Every folded gazetteer name, so that an n-gram is looked up only when it is one (a set lookup
    instead of a bisection and a fold for each of the ~40 n-grams of a capitalised word)."""
    names = frozenset(line.split("\t", 1)[0] for line in gazetteer._names)
    # a name GeoNames writes with a typographic apostrophe ('xi’an') is found as texts write it ('xi'an')
    return names | frozenset(n.replace("’", "'") for n in names if "’" in n) | frozenset(gazetteer.joined_names())


def known_names(vocab: Vocabulary) -> set[str]:
    return {fold_key(name) for kind in ("cities", "countries") for term in vocab.terms.get(kind, {}).values()
            for name in (term.name, term.name_en, *term.aliases)}


def _candidates(text: str, gazetteer: Gazetteer, firsts: frozenset[str], known: set[str]):
    """(line offset, name as written, qualified, sentence start or person, places) for each capitalised
    gazetteer name in the text."""
    words = list(_WORD.finditer(text))
    # Only capitalised words start a name: they and the few after them are folded, each spelling once per
    # process, and only they are visited (a pass over every word was a third of the scan's time).
    caps = [k for k, w in enumerate(words) if w.group()[:1].isupper()]
    folded = [""] * len(words)
    for k in caps:
        for j in range(k, min(k + MAX_WORDS, len(words))):
            if not folded[j]:
                folded[j] = _fold_word(words[j].group())
    names = _name_keys(gazetteer)
    free = 0  # the first word not yet taken by a name found
    for i in caps:
        if i < free:
            continue
        word = words[i]
        pinyin = i + 1 < len(words) and folded[i + 1] and folded[i] + folded[i + 1] in names  # 'Qing Dao'
        if folded[i].split(" ", 1)[0] not in firsts and not pinyin:
            continue
        if folded[i] in QUALIFIERS and _known_after(folded, i + 1, known):
            continue  # 'Kota Ba Ria Vung Tau': the hand-kept layer knows what follows the qualifier
        for n in range(min(MAX_WORDS, len(words) - i), 0, -1):
            end = words[i + n - 1].end()
            if end - word.start() > 80:
                continue
            key = " ".join(folded[i : i + n])
            if key in known:
                free = i + n  # the hand-kept layer knows this name ('KOTA BOGOR'): its words are taken
                break
            written = text[word.start() : end]
            syllables = folded[i + n - 2] + folded[i + n - 1] if n >= 2 else ""
            if key not in names and syllables in names and _pinyin_city(gazetteer, syllables):
                # 'Qing Dao': Qingdao, its syllables apart; 'Kota Hui Zhou': Huizhou, not a Hui county and a stray word
                key = written = " ".join([*folded[i : i + n - 2], syllables])
            if key not in names:
                affixed = _CITY_AFFIX.match(key) if key.startswith(_AFFIX_STARTS) or key.endswith(" city") else None
                if not (affixed and (affixed.group(1) or affixed.group(2)) in names):
                    continue
            span = text[word.start() : end]
            if "\n\n" in span:
                continue
            if n > 1 and folded[i] in _KINDS_BEFORE and not words[i + 1].group()[:1].isupper():
                continue  # 'Kota masa depan' (a city of the future): a name after its kind is capitalised
            places = [] if key in NOT_PLACES or all(w in QUALIFIERS for w in key.split()) else gazetteer.lookup(written)
            if places:
                before = text[max(0, word.start() - 30) : word.start()]
                qualifier = _LEVEL_BEFORE.search(before)
                if len(places) > 1 and qualifier:  # 'Kota Bogor' is not 'Kabupaten Bogor'; 'Gubernur Gorontalo' is the province
                    places = gazetteer.lookup(f"{_LEVEL_OF[qualifier.group(1).lower().replace(' ', '')]} {span}") or places
                head = None if qualifier else _HEAD_OF.search(before) or _HEAD_AFTER.match(text, end)
                if len(places) > 1 and head:  # 'Bengkulu Mayor', 'the Mayor of Kerman': the city; 'Governor of X': the province
                    places = gazetteer.lookup(f"{_LEVEL_OF[head.group(1).lower()]} {span}") or places
                # the region word before the name, or opening the span ('Propinsi Ibaraki' looked up as 'Ibaraki')
                lead = _REGION_LEAD.match(span).group()
                regions = _of_region_type(before + lead, len(before) + len(lead), places)
                after = text[end : end + 25]
                # (a kind ending the paragraph before does not qualify the next one's first word: 'Pemkot' / 'Marten Dukung …')
                qualified = (bool(re.search(r"(?:kota|kabupaten|provinsi|city of|pemkot|pemkab|pemprov|distrik|district"
                                            r"|majlis\s+(?:daerah|perbandaran|bandaraya)|dewan\s+bandaraya)"  # Malaysia's councils
                                            r"(?:[ \t]+|[ \t]*\n[ \t]*)\Z", before,
                                            re.IGNORECASE))
                             # 'the Mossel Bay Government', 'Mossel Bay Municipality': a local government's seat
                             or bool(re.match(r"\s+(?:city|regency|province|prefecture|municipality|(?:local\s+|city\s+|"
                                              r"municipal\s+)?government)\b", after, re.IGNORECASE))
                             or key.split()[0] in QUALIFIERS or key.startswith(_AFFIX_STARTS)  # 'Pemerintah Kota X'
                             or key.split()[-1] in _QUALIFIER_AFTER and key not in names  # 'Tula City', not 'Smart City'
                             or regions is not places  # 'Negeri Malaka': the state of that name
                             or head is not None and len(places) == 1)  # 'Bengkulu Mayor': the kota, by its head
                places = regions
                if qualified and span.isupper() and all(_bare(span) in map(fold_key, p.context_aliases) for p in places):
                    qualified = False  # 'KOTA MASA DEPAN': in a line of capitals, 'KOTA' before a word makes no name of it
                if qualified and re.search(r"\b[Tt]he\s+$", before) and all(span in p.context_aliases for p in places):
                    qualified = False  # 'The Federal Government of Quebec': an adjective before 'Government', not Federal (AR)
                sentence_start = not before.strip() or bool(SENTENCE_END.search(before))
                # 'Robert O. Keohane', 'Crikemas, David, 2008', 'Easton, David': a person, not a place
                person = (bool(re.match(r"\s+[A-Z]\.", after)) or bool(re.match(r",\s*(?:19|20)\d\d", after))
                          or bool(re.match(r",\s*(?:[A-Z]\.\s?){1,3}(?:,|\s*\(|\s*&|\s+dan\b|\s+and\b)", after))  # 'Seto, K. C. (2018)'
                          or bool(_HONORIFIC_BEFORE.search(before))  # 'Mr. Datun', 'Elmer O. Datun': not Datong
                          or bool(_OFFICE_HOLDER_BEFORE.search(text, max(0, word.start() - 90), word.start()))
                          or bool(re.search(r"[A-Z][a-z]+,\s+$", before) and not _LIST_GOES_ON_RE.match(after))
                          or _in_name_line(text, word.start(), end)
                          or bool(_TREATY_AFTER.match(after)) or bool(_TREATY_BEFORE.search(before))  # 'the Helsinki Agreement'
                          or bool(_SPEAKER_BEFORE.search(before)))  # '“…,” ujar Marten', 'menurut Marten': who speaks
                if qualified and _MAYOR_NAMED.search(before) and key.split()[0] == "kota" and _named_elsewhere(text, word.start(), end):
                    qualified, person = False, True  # 'Wakil Wali Kota Erwin Yunaz': the mayor's name, not a Kota Erwin
                # the flag: "person" (never a place unless qualified), "start" (a sentence's first word), ""
                flag = "" if qualified else "person" if person else "start" if sentence_start else ""
                yield word.start(), span, qualified, flag, places
                free = i + n
                break


# a treaty or declaration named after the place it was signed in: no place of the story ('under the
# Helsinki Agreement 2005', 'Perjanjian Helsinki', 'Deklarasi Bangkok')
_TREATY_AFTER = re.compile(r"\s+(?:Agreement|Accords?|Declaration|Treaty|Convention|Protocol"
                           # 'Surat Edaran Menteri', 'Surat Keputusan': a letter, not India's Surat
                           r"|Edaran|Keputusan|Kabar|Perintah|Izin|Kuasa|Rekomendasi|Pengantar|Tugas|Undangan|Permohonan)\b")
# a verb of saying, then who said it: '“…,” ujar Marten', 'jelas Marten', 'menurut Marten', '… said Tanaka'
_SPEAKER_BEFORE = re.compile(r"\b(?:ujar|ujarnya|kata|katanya|jelas|jelasnya|tutur|ungkap|ucap|imbuh|tambah|terang|sebut|menurut"
                             r"|papar|tegas|pungkas|said|says|according\s+to)\s+$", re.IGNORECASE)
_TREATY_BEFORE = re.compile(r"\b(?:[Pp]erjanjian|[Dd]eklarasi|[Kk]onvensi|[Pp]rotokol|[Tt]raktat)\s+$")


# The level of government before a name: written out, in brackets ('antara (provinsi) Gorontalo'), or
# as its head's title ('Pj Gubernur Gorontalo', 'Wali Kota Bogor', 'Bupati Bogor').
_LEVEL_BEFORE = re.compile(r"\(?(kota|kabupaten|provinsi|gubernur|wali\s?kota|bupati|pemprov|pemkot|pemkab)\)?\s+$", re.IGNORECASE)
_LEVEL_OF = {"kota": "kota", "kabupaten": "kabupaten", "provinsi": "provinsi", "gubernur": "provinsi", "walikota": "kota",
             "bupati": "kabupaten", "pemprov": "provinsi", "pemkot": "kota", "pemkab": "kabupaten",
             "mayor": "kota", "governor": "provinsi", "regent": "kabupaten"}
# the English heads of a local government, before or after its name
_HEAD_OF = re.compile(r"\b(Mayor|Governor|Regent)\s+of\s+(?:the\s+)?$")
_HEAD_AFTER = re.compile(r"[ \t]+(Mayor|Governor|Regent)\b")
_MAYOR_NAMED = re.compile(r"\b[Ww]ali\s+$")  # 'Wali ' before 'Kota X Y': the office, then its holder's name
_NAME_GOES_ON = re.compile(r"\s+([A-Z][\w'’-]+)")  # another capitalised word after a name: 'Erwin Yunaz'


def _named_elsewhere(text: str, start: int, end: int) -> bool:
    """'Wali Kota Erwin Yunaz' where the text writes 'Erwin Yunaz' elsewhere without 'Kota' before it: a person's
    name after the office (not 'Wali Kota Kisarazu Yoshikuni Watanabe', whose 'Kisarazu Yoshikuni' stands nowhere else)."""
    after = _NAME_GOES_ON.match(text, end)
    if not after:
        return False
    name = text[start:end].split(None, 1)[-1] + " " + after.group(1)  # 'Erwin Yunaz'
    return any(not re.search(r"\bKota\s+$", text[max(0, m.start() - 6) : m.start()])
               for m in re.finditer(re.escape(name), text) if m.start() != end - len(name.split()[0]))


def _headed(text: str, offset: int, span: str) -> bool:
    """'Bupati Jindo,': a head of government's title, then the name alone (not 'Gubernur Ahmad Heryawan')."""
    level = _LEVEL_BEFORE.search(text, max(0, offset - 12), offset)
    return bool(level) and level.group(1).lower() in ("bupati", "gubernur") and not _NAME_GOES_ON.match(text, offset + len(span))


_NAME_LINE = re.compile(r"[A-Z][\w'’-]+(?: [A-Z][\w'’-]+){2,3}")


def _in_name_line(text: str, start: int, end: int) -> bool:
    """'ARIO BIMO UTOMO' on a line of its own: a word inside a person's name standing alone on a line
    (three or four capitalised words, no qualifier, nothing else), not the place it may also name."""
    line_start, line_end = text.rfind("\n", 0, start) + 1, text.find("\n", end)
    line = text[line_start : len(text) if line_end < 0 else line_end].strip()
    return (bool(_NAME_LINE.fullmatch(line)) and text[start:end] != line
            and not any(fold_key(w) in QUALIFIERS for w in line.split()))


@lru_cache(maxsize=1 << 18)
def _fold_word(word: str) -> str:
    return fold_key(word)


_AFFIX_STARTS = ("kota ", "city of ", "pemerintah kota ")
# the name itself, without its kind: 'Kota Melaka' and 'Provinsi Sichuan' write 'Melaka' and 'Sichuan'
_AFFIX_WRITTEN = re.compile(r"^(?:(?:Pemerintah|Pemkot|Pemkab|Pemprov)\s+)?(?:Kota|Kabupaten|Provinsi|Propinsi|Prefektur|Negara\s+Bagian"
                            r"|City\s+of|Province\s+of)\s+|\s+(?:City|Regency|Province|Prefecture|State|County)$", re.IGNORECASE)
_CITY_AFFIX = re.compile(r"^(?:kota|city of|pemerintah kota) (.+)$|^(.+) city$")


def _pinyin_city(gazetteer: Gazetteer, joined: str) -> bool:
    """A city of China or Taiwan whose one-word name a text may write as syllables ('Qing Dao', 'Xia Men')."""
    return any(p.type == "city" and p.country_code in ("CN", "TW") for p in gazetteer.lookup(joined))


def _known_after(folded: list[str], i: int, known: set[str]) -> bool:
    return any(" ".join(folded[i : j + 1]) in known for j in range(i, min(i + MAX_WORDS, len(folded))))


@cache
def _indonesian_words() -> frozenset[str]:
    """Sastrawi's dictionary of Indonesian root words: 'Sama' in 'Kerja Sama' is no town in Spain."""
    from Sastrawi.Stemmer.StemmerFactory import StemmerFactory

    return frozenset(StemmerFactory().get_words())


@lru_cache(maxsize=50_000)
def _indonesian_word(word: str) -> bool:
    """A root word of the dictionary, or one it makes with a suffix ('warisan' from 'waris': 'Warisan
    Dunia' is World Heritage, not Warīsān in Dubai)."""
    words = _indonesian_words()
    if word in words:
        return True
    if " " in word or len(word) < 6:
        return False
    from Sastrawi.Dictionary.ArrayDictionary import ArrayDictionary

    from .stemmer import FastStemmer

    global _STEMMER
    if _STEMMER is None:
        _STEMMER = FastStemmer(ArrayDictionary(sorted(words)))
    root = _STEMMER.stem(word)  # a suffix only: prefixes strip too much from names ('Se-remban', 'Pe-nang', 'Ber-lin')
    return root in words and word[len(root):] in ("an", "kan", "nya") and word.startswith(root)


_STEMMER = None


def _bare(span: str) -> str:
    """The name without a 'Kota'/'City' affix ('Green City' → 'Green')."""
    key = fold_key(span)
    return re.sub(r"^(?:kota|city of|pemerintah kota) | city$", "", key)


# A place named inside an institution's name ('Universitas Muhammadiyah Yogyakarta') says where the
# institution is, not which local government a thesis is about; a quoted name is a nickname or a term
# ('dijuluki “Green City”').
_INSTITUTION_RE = re.compile(r"\b(?:universitas|university|universidade|universidad|universit[éeà]|universit[äa]t|"
                             r"institut|institute|sekolah tinggi|politeknik|akademi|uin|upn|iain|college)\b[^\n.,;:()]*$", re.IGNORECASE)
# 'PT Amman Mineral', 'CV Bali Jaya': a company's name, not the place it may be named after
_COMPANY_RE = re.compile(r"\b(?:PT|CV)\.?[ \t]+(?:[A-Z][\w&.-]*[ \t]+){0,2}$")
_OPEN_QUOTE_RE = re.compile(r"[“\"‘'][*_\s]*$")
_CLOSE_QUOTE_RE = re.compile(r"^[*_]*[,.;:!?]?[”\"’']")  # ('“City of Flowers,”': its punctuation inside)


# a landform's word that names a district on its own (Hong Kong's 'Islands', Springs in Gauteng) standing last in
# a longer name: 'the Lesser Sunda Islands', 'Palm Springs'
# a lake, mountain or river named after a place ('Danau Toba', 'Lake Toba'): the landform, no local government
_LANDFORM_BEFORE_RE = re.compile(r"\b(?:Danau|Lake|Gunung|Mount|Mt\.|Sungai|River|Kawah|Selat|Strait\s+of)[ \t]+$")
_LANDFORM_WORD_RE = re.compile(r"(?:Islands?|Isles|Springs|Falls|Heights|Hills|Valley|Bay|Beach|Lakes|Woodlands|Keys)")
_NAME_WORD_BEFORE_RE = re.compile(r"[A-Z][\w'’-]+[ \t]+$")


_UNIT_WORDS_RE = re.compile(r"^(?:kota|kabupaten|provinsi|prefektur) | (?:city|prefecture|province|regency)$")


def _own_name(place: Place) -> str:
    """A place's name without its unit word ('Kabupaten Batang' → 'batang'), folded as _bare folds a span."""
    return _UNIT_WORDS_RE.sub("", fold_key(place.name))


def _not_a_place_here(text: str, offset: int, span: str) -> bool:
    line_start = text.rfind("\n", 0, offset) + 1
    before, after = text[line_start:offset], text[offset + len(span) : offset + len(span) + 4]
    return (bool(_INSTITUTION_RE.search(before)) or bool(_COMPANY_RE.search(before))
            or bool(_LANDFORM_WORD_RE.fullmatch(span) and _NAME_WORD_BEFORE_RE.search(before))
            or bool(_LANDFORM_BEFORE_RE.search(before))
            or bool(_OPEN_QUOTE_RE.search(before) and _CLOSE_QUOTE_RE.match(after)))


def _own_choice(places: list[Place], thesis: Thesis) -> Place | None:
    """Of the places a name may be, the one the thesis's front matter lists (its 'Bogor' is its Kota Bogor)."""
    own = {str(s) for key in ("partnership", "cities") for s in (thesis.meta.get(key) or [])
           if isinstance(thesis.meta.get(key), list)}
    chosen = [p for p in places if p.slug in own]
    return chosen[0] if len(chosen) == 1 else None


def _choose(span: str, places: list[Place], qualified: bool, countries: set[str], text: str,
            regions: Collection[str] = ()) -> tuple[Place | None, str]:
    """One place for a name, or None and why not. `regions`: the regions abroad the text names (any of
    their candidates' slugs): of several towns of one name, the one inside a named region is meant."""
    if len(places) == 1:
        return places[0], ""
    key = fold_key(span)
    exact = [p for p in places if fold_key(p.name) == key or fold_key(p.official) == key]
    if len(exact) == 1 and qualified:
        return exact[0], ""
    country = [p for p in exact if p.type == "country"]
    if len(country) == 1 and all(p.country == country[0].country for p in exact):
        return country[0], ""  # 'Taiwan': the country, not the province of its own name
    named_country = [p for p in places if p.country in countries and not p.is_indonesian]
    if len(named_country) > 1 and not _after_given_name(text, span):  # 'Palmerston' in a text naming Australia:
        # the town of that name, not Darwin (once called so) nor a suburb whose name is only a word-like alias
        named_country = [p for p in named_country if fold_key(p.name) == key and span not in p.context_aliases] or named_country
    home_named = [p for p in places if p.is_indonesian and key in {fold_key(a) for a in (p.name, *p.aliases)}]
    if len(home_named) == 1 and named_country and all((p.population or 0) < BIG_CITY for p in named_country):
        # 'Sultan Ternate … di Ternate' in a story of the Philippine consul: Kota Ternate, not a town of that name in
        # the Philippines (the text would write 'Ternate, Filipina' for that one, read before this)
        return home_named[0], ""
    if len(named_country) == 1:
        return named_country[0], ""
    inside = [p for p in named_country if p.parent in regions and fold_key(p.name) == key]
    if len(inside) == 1:
        return inside[0], ""  # 'Walikota Sakai' in a story of Osaka: Sakai in Osaka Prefecture, not Sakai in Fukui
    local = sorted((p for p in named_country if p.type == "city"), key=lambda p: -(p.population or 0))
    if local and (len(local) == 1 or (local[0].population or 0) >= 10 * (local[1].population or 1)):
        return local[0], ""  # 'Kota Kochi (Jepang)': of the Kochis in Japan, the city, not a village nor the prefecture
    home = [p for p in places if p.is_indonesian]
    if home and len({p.slug for p in home}) > 1:
        return None, "ambiguous"
    cities = sorted((p for p in places if p.type == "city"), key=lambda p: -(p.population or 0))
    if cities and (len(cities) == 1 or (cities[0].population or 0) >= 10 * (cities[1].population or 1)) and not home:
        return cities[0], ""
    if home and len(home) == 1:
        return home[0], ""
    return None, "ambiguous"


_NOT_GIVEN_NAMES = frozenset(["kota", "kabupaten", "provinsi", "bupati", "gubernur", "wali", "walikota", "mayor", "di", "ke",
                              "dari", "dan", "antara", "the", "in", "of", "and", "with", "dengan", "city", "sister", "pemerintah",
                              # a region's government or its kind ('Kerajaan Selangor', 'Negeri Sembilan', 'State of …')
                              "kerajaan", "negeri", "negara", "bagian", "state", "province", "prefecture", "pemprov", "pemkot",
                              "pemkab", "distrik", "district", "region", "governor", "government"])


_KIND_IN_SPAN = re.compile(r"\b(?:kota|kabupaten|provinsi|prefektur|prefecture|province|regency|city|municipality|distrik"
                           r"|district)\b", re.IGNORECASE)  # 'Pemerintah Kabupaten BATANG': the name with its kind


def _before_family_name(text: str, span: str, gazetteer: Gazetteer) -> bool:
    """Everywhere the text names `span`, a capitalised word follows it that is no place, no Indonesian word
    and no kind of place: 'Ahmad Heryawan', 'Zekeriya Akcam', a person, not the town of that name."""
    found = [m.end() for m in re.finditer(rf"(?<![\w-]){re.escape(span)}(?![\w-])", text)]
    after = [re.match(r"[ \t]*\n?[ \t]*(?<=\s)([A-Z][a-z]+)\b(?![-'’])", text[i : i + 30]) for i in found]  # (a line wrapped between)
    return bool(found) and all(a and (word := fold_key(a.group(1))) not in _NOT_GIVEN_NAMES and not _indonesian_word(word)
                               and not gazetteer.lookup(a.group(1)) for a in after)


def _between_names(text: str, offset: int, span: str, gazetteer: Gazetteer) -> bool:
    """At this place in the text, `span` stands between two capitalised words that are no place, no kind
    of place, no title and no Indonesian word ('Pham Vinh Quang'): inside a person's name."""
    before = re.search(r"(?<![\w-])([A-Z][a-z]+)[ \t]+$", text[max(0, offset - 30) : offset])
    after = re.match(r"[ \t]+([A-Z][a-z]+)\b(?![-'’])", text[offset + len(span) : offset + len(span) + 30])
    return bool(before and after) and all(
        (word := fold_key(found.group(1))) not in _NOT_GIVEN_NAMES and not _indonesian_word(word)
        and not gazetteer.lookup(found.group(1)) for found in (before, after))


def _after_given_name(text: str, span: str) -> bool:
    """Everywhere the text names `span`, a capitalised word stands before it that is no title or
    preposition: 'Kyle Campbell', a person, not the town of that name."""
    found = [m.start() for m in re.finditer(rf"(?<![\w-]){re.escape(span)}(?![\w-])", text)]
    before = [re.search(r"([A-Za-z]+)[ \t]+$", text[max(0, i - 30) : i]) for i in found]
    return bool(found) and all(b and b.group(1)[:1].isupper() and b.group(1).lower() not in _NOT_GIVEN_NAMES for b in before)


_CITY_WORD = re.compile(r"(?:kota|city of|pemkot|pemerintah kota)\s+$", re.IGNORECASE)
_CITY_AFTER = re.compile(r"\s+(?:city|municipality)\b", re.IGNORECASE)  # "Magelang Municipality": the kota


def _of_qualified_type(text: str, offset: int, span: str, places: list[Place]) -> list[Place]:
    """'Kota Montana' is a city: of the candidates, those that are cities (not the district nor the
    state of that name), when some are. A name written as a city's keeps its exact spelling first."""
    before, after = text[max(0, offset - 20) : offset], text[offset + len(span) : offset + len(span) + 20]
    bare = _bare(span)  # 'Kota Montana', 'Pemerintah Kota Montana' → 'montana'
    if len(places) < 2 or not (_CITY_WORD.search(before) or _CITY_AFTER.match(after) or bare != fold_key(span)):
        return places
    cities = [p for p in places if p.type in ("city", "kota")]
    exact = [p for p in cities if fold_key(p.name) == bare]
    return exact if len(exact) == 1 else cities or places


# a state's or province's own word before a name abroad: 'Negeri Malaka', 'Kerajaan Melaka', 'Menteri Besar Melaka',
# 'Gubernur Osaka', 'State of Victoria'
REGION_WORD = re.compile(r"\b(?:negeri|kerajaan|menteri\s+besar|negara\s+bagian|gubernur|governor\s+of|state\s+of"
                         r"|province\s+of|provinsi|propinsi|prefektur|prefecture\s+of)\s+$", re.IGNORECASE)
_REGION_LEAD = re.compile(r"(?:(?:provinsi|propinsi|prefektur|negeri|negara\s+bagian)\s+)?", re.IGNORECASE)


def _of_region_type(text: str, offset: int, places: list[Place]) -> list[Place]:
    """'Negeri Malaka, Malaysia', 'Menteri Besar Melaka': the state, not the city of its name, where
    of the candidates abroad some are regions (a first-level unit, not a city, a town or a country)."""
    if len(places) < 2 or not REGION_WORD.search(text, max(0, offset - 20), offset):
        return places
    regions = [p for p in places if not p.is_indonesian and p.type not in ("city", "country")]
    return regions if regions and len(regions) < len(places) else places


def warm_scan() -> None:
    """The name sets a scan and a judgement use, made now: a long-lived builder (`serve`) calls this
    after its first build, whose scan ran in worker processes, so that the first edit does not make
    them (0.25 s at 1,000 theses). Not before a build's workers fork: it adds 33 MiB to the peak."""
    gazetteer = load_gazetteer()
    _first_words(gazetteer), _name_keys(gazetteer), _indonesian_words(), gazetteer.joined_names()


def scan(texts: list[str], vocab: Vocabulary, gazetteer: Gazetteer | None = None) -> list[list]:
    """The gazetteer names in each text (what find_places judges), for texts scanned elsewhere."""
    gazetteer = gazetteer or load_gazetteer()
    firsts, known = _first_words(gazetteer), known_names(vocab)
    return [list(_candidates(text, gazetteer, firsts, known)) for text in texts]


def find_places(theses: list[Thesis], vocab: Vocabulary, gazetteer: Gazetteer | None = None,
                memo: dict | None = None, scan_many=None, judged: dict | None = None, judge_many=None) -> Found:
    """The gazetteer places the theses name and the vocabularies lack, with their regions and countries.
    `memo` keeps each text's candidates by its digest between builds (a rebuild scans only what changed);
    `scan_many(texts)`, given, scans the new texts (the builder passes its workers: 2 ms a thesis);
    `judged`, given, keeps what each text was judged to name between builds; `judge_many(theses, hits)`,
    given, judges the theses not judged yet (the builder passes its workers)."""
    gazetteer = gazetteer or load_gazetteer()
    known = known_names(vocab)
    memo = {} if memo is None else memo
    new = [t for t in theses if (t.digest, vocab.digest) not in memo]
    if new:
        texts = [t.body for t in new]
        results = scan_many(texts) if scan_many else scan(texts, vocab, gazetteer)
        memo.update(((t.digest, vocab.digest), hits) for t, hits in zip(new, results))
    found = Found()
    judged = {} if judged is None else judged  # judged once per text and vocabulary: a rebuild judges only what changed
    todo = [t for t in theses if (t.digest, t.src_path, vocab.digest) not in judged]
    hits = [memo[(t.digest, vocab.digest)] for t in todo]
    ones = judge_many(todo, hits) if judge_many else [judge(t, vocab, gazetteer, known, h) for t, h in zip(todo, hits)]
    judged.update(((t.digest, t.src_path, vocab.digest), one) for t, one in zip(todo, ones))
    for thesis in theses:
        one = judged[(thesis.digest, thesis.src_path, vocab.digest)]
        for slug, place in one.places.items():
            found.places.setdefault(slug, place)
        for slug, names in one.aliases.items():
            found.aliases.setdefault(slug, []).extend(names)
        for slug, names in one.written.items():
            found.written.setdefault(slug, []).extend(names)
        found.problems += one.problems
    return found


def judge(thesis: Thesis, vocab: Vocabulary, gazetteer: Gazetteer, known: set[str], hits: list) -> Found:
    """The places one thesis names (its candidates `hits` judged in context), and what it leaves unresolved."""
    found = Found()
    for slug in _named_in_front_matter(thesis):  # a gazetteer slug the maintainer wrote in
        place = gazetteer.get(slug)
        if place is not None and slug not in vocab.terms.get("cities", {}):
            for p in [place, *gazetteer.ancestors(slug)]:
                found.places.setdefault(p.slug, p)
    text = thesis.body
    countries = {p.country for _, _, _, _, places in hits for p in places if p.type == "country"}
    regions = {p.slug for _, _, _, flag, places in hits if flag != "person" for p in places
               if not p.is_indonesian and p.type not in ("city", "country")}
    folded = fold_same_length(text)  # once per text, by a C translate: folding was 18 of 26 s (200 theses, profiled)
    countries |= {t.slug for t in vocab.terms.get("countries", {}).values()
                  if any(name in folded for name in _country_names(t.name, t.name_en))}
    reported: set[str] = set()
    problems, misspelt = _unknown_qualified(thesis, gazetteer, known, countries)
    found.problems += problems
    for name, place in misspelt:  # 'Phom Penh City' read as Phnom Penh: the tagger must know the spelling
        for p in [place, *gazetteer.ancestors(place.slug)]:
            found.places.setdefault(p.slug, p)
        found.aliases.setdefault(place.slug, []).append(name)
    people = people_spans(thesis)
    settled: dict[str, list[Place]] = {}  # a bare name its country settled once ('Kota Valencia, Spanyol')
    home_ends = {offset + len(span) for offset, span, _, _, places in hits if any(p.is_indonesian for p in places)}
    home_starts = {offset + len(span): offset for offset, span, _, _, places in hits if any(p.is_indonesian for p in places)}
    # the places the text names with their kind ('Prefektur Shizuoka', 'Pemerintah Kabupaten BATANG'): a bare name one of
    # them bears ('Pemprov Jabar ke Shizuoka', the headline's 'Batang dan Zhijiang') is that place, not a namesake (the
    # city of Shizuoka, a town in Chongqing); where the text names two of them so ('Kota Bogor', 'Kabupaten Bogor'), no one
    named_with_kind = {places[0].slug for _, span, qualified, _, places in hits if len(places) == 1
                       and (qualified or _KIND_IN_SPAN.search(span)) and places[0].type != "country"}
    for offset, span, qualified, flag, places in hits:
        if flag == "person" or any(start <= offset < end for start, end in people):
            continue  # 'George C. Edward III', 'Easton, David', the stated author 'Alia Rizka Mansyur': a person
        sentence_start = flag == "start"
        bare = _bare(span)
        home_name = any(p.is_indonesian for p in places)
        needs_context = (all(span in p.context_aliases or bare in map(fold_key, p.context_aliases)
                             or fold_key(p.name) != fold_key(span) and bare in _indonesian_words()
                             for p in places)
                         or _indonesian_word(bare) and not any(p.is_indonesian for p in places)
                         ) and not (any((p.population or 0) >= BIG_NAME and fold_key(p.name) == bare for p in places)
                                    # (a word opening a sentence is the word: 'Lima sampai enam kali ketukan', five knocks)
                                    and not (sentence_start and _indonesian_word(bare) and not home_name))
        home = any(p.is_indonesian for p in places)
        if (needs_context and not sentence_start and all(p.type == "country" for p in places) and span.istitle()
                and " " not in span and _indonesian_word(bare) and not _LANGUAGE_BEFORE.search(text, max(0, offset - 25), offset)):
            # an Indonesian word that names a country and its language ('Inggris', 'Belanda', 'Yunani'), capitalised
            # mid-sentence: 'upaya merangkul Inggris' is the country, 'bahasa Inggris' its language (not 'Jordan', a name)
            needs_context = False
        anchored = _anchored(text, offset + len(span), places, gazetteer) if needs_context and not sentence_start else []
        if anchored:  # 'Seremban, Negeri Sembilan': a word-like name beside its own region's name is that place
            places, needs_context = anchored, False
        if needs_context and not sentence_start and not qualified and (_between_with_home(text, offset, home_starts)
                                                                       or _before_home(text, offset + len(span), home_starts)):
            qualified = True  # 'antara Bukittinggi dengan Seremban', 'in Serian and Sanggau': paired with a place at home
        if needs_context and not sentence_start and not qualified and _headed(text, offset, span):
            # 'Bupati Yeongdeok, Korea Selatan': its head's title before a place of a country the text names (not
            # 'Gubernur Aher bersama …', a governor's nickname that is also a town in Iran)
            headed = [p for p in places if p.country in countries]
            places, qualified = headed or places, bool(headed)
        if needs_context and not sentence_start and not qualified:
            listed = _listed_with(text, offset, span, places, hits)
            if listed:  # 'Kuala Lumpur, Labuan, dan Putrajaya': in a list of places of one country, a word is a place
                places, qualified = listed, True
        if needs_context and (sentence_start or not qualified and not home) or _not_a_place_here(text, offset, span):
            continue  # capitalised mid-sentence, an Indonesian place's name ('di Bogor', 'Kota Medan') counts  # 'As' opening a sentence, 'Batu' as a stone, 'Sama' in 'Kerja Sama': only 'Kota Batu' counts
        if bare != fold_key(span) and not _anchored(text, offset + len(span), places, gazetteer):
            # 'Kota Valencia, Spanyol': GeoNames gives 'City of Valencia' to a Philippine town; the country says which,
            # and the name means that place wherever else the text writes it
            moved = _anchored(text, offset + len(span), gazetteer.lookup(bare), gazetteer)
            if moved:
                settled[bare] = moved
        places = settled.get(bare, places)
        if (not qualified and len(places) > 1 and len(named := [p for p in places if p.slug in named_with_kind]) == 1
                and (_own_name(named[0]) == bare
                     or not any(_own_name(p) == bare and p.slug != named[0].parent and p.country == named[0].country
                                for p in places))):
            places = named  # (not Darwin for 'Palmerston', its name until 1911, where the town Palmerston bears it;
            # 'Kota Melaka' still makes a bare 'Melaka' the city, though the state around it bears the name)
        places = _of_qualified_type(text, offset, span, places)
        place = _own_choice(places, thesis) or _choose(span, places, qualified, countries, text, regions)[0]
        if place is None:
            place = _from_context(thesis, places, folded, bare)
        if place is not None and sentence_start and place.type == "city" and (place.population or 0) < BIG_CITY:
            continue  # a small town's name opening a sentence or standing in a citation: most likely a word or a person
        qualified = qualified or _paired_with_home(text, offset) or _joined_to_home(text, offset, span, home_ends)
        if (place is not None and not qualified and place.type == "city" and not place.is_indonesian
                and place.country not in countries and place.parent not in regions and (place.population or 0) < BIG_CITY):
            continue  # a small town abroad named bare, in a text that names neither its country nor its region: too weak
        if (place is not None and not qualified and place.type == "city" and not place.is_indonesian
                and (place.population or 0) < BIG_NAME and _after_given_name(text, span)):
            continue  # 'Gubernur Ehime, Tokihiro Nakamura': a family name after a given name, wherever it stands
        if (place is not None and not qualified and not place.is_indonesian and place.country not in countries
                and (place.population or 0) < BIG_NAME and not any(bare[:2] == fold_key(n)[:2] for n in (place.name, place.official))):
            continue  # an alternate name unlike the name of a place abroad ('Google', one of Topeka's), its country never named
        if (place is not None and not qualified and place.type == "city" and not place.is_indonesian
                and place.country not in countries and (place.population or 0) < BIG_NAME
                and bare not in {fold_key(place.name), fold_key(place.official)}):
            continue  # only another name of a town abroad whose country the text never names: 'Aher', Ahar's in Iran
        if (place is not None and not qualified and place.type == "city" and not place.is_indonesian and " " not in span
                and ((place.population or 0) < BIG_NAME or bare not in {fold_key(place.name), fold_key(place.official)})
                and _before_family_name(text, span, gazetteer)):
            continue  # a given name before a family name: 'Ahmad Heryawan' (Al Ahmadi's), 'Zekeriya Akcam'
        if (place is not None and not qualified and place.type == "city" and not place.is_indonesian and " " not in span
                and _between_names(text, offset, span, gazetteer)):
            continue  # here the middle of a person's name: 'Duta Besar Vietnam … Pham Vinh Quang', however big Vinh is
        line = thesis.body_line + text.count("\n", 0, offset)
        if place is None:
            if not (qualified or any(p.is_indonesian or (p.population or 0) >= BIG_CITY for p in places)
                    or len(re.findall(rf"\b{re.escape(span)}\b", text)) >= 3):
                # 'Campbell' or 'Quincy' in a list of references: small namesakes abroad, not worth a question (but
                # a name the text keeps using, 'Rockingham councillor', 'Rockingham’s ties', is what it is about)
                continue
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
        if not place.is_indonesian:
            found.written.setdefault(place.slug, []).append(_AFFIX_WRITTEN.sub("", span))
        if fold_key(span) in gazetteer.joined_names() or fold_key(span) not in _name_keys(gazetteer):
            # 'Tanjungpinang', 'Qing Dao': a spelling the gazetteer does not list, the tagger must know it too
            found.aliases.setdefault(place.slug, []).append(span)
    near = near_places(thesis, gazetteer, known)
    found.problems += near.problems
    for slug, place in near.places.items():
        found.aliases.setdefault(slug, []).extend(near.aliases[slug])
        for p in [place, *gazetteer.ancestors(slug)]:
            found.places.setdefault(p.slug, p)
    return found


def people_spans(thesis: Thesis, facts: dict | None = None) -> list[tuple[int, int]]:
    """Where the text writes the people it names as its authors and advisors (front matter, or what a raw
    text's header states): a word of a person's name is no place ('Alia' Rizka Mansyur is not Aley)."""
    from .intake import read_intake  # intake reads places' words too: imported here, not at module load

    named = [thesis.meta.get(key) for key in ("authors", "advisors")]
    if not thesis.has_front_matter:
        facts = read_intake(thesis.body).facts if facts is None else facts
        named += [facts[key].value for key in ("authors", "advisors") if key in facts]
    names = {str(n) for value in named if isinstance(value, list) for n in value if len(str(n).split()) >= 2}
    body, spans = thesis.body.casefold(), []
    for name in names:
        at = body.find(name.casefold())
        while at >= 0:
            spans.append((at, at + len(name)))
            at = body.find(name.casefold(), at + 1)
    return spans


# 'ANTARA KOTA MALANG DENGAN FUQING', 'between Kota Bogor and …': the partner of a local government
# named just before it, as titles pair them
_PAIRED_AFTER_RE = re.compile(r"\b(?:kota|kabupaten|provinsi|city|regency|province)\s+[\w'’-]+(?:\s+[\w'’-]+)?"
                              r"\s+(?:dengan|dan|and|with|[-–])\s*$", re.IGNORECASE)


_BOND_AFTER_RE = re.compile(r"\s+(?:sister|twin|kota\s+(?:kembar|bersaudara)|kerja\s?sama|cooperation|partnership|friendship)\b",
                            re.IGNORECASE)


def _joined_to_home(text: str, offset: int, span: str, home_ends: set[int]) -> bool:
    """'Denpasar-Mossel Bay sister city cooperation': a name joined by a dash to a place at home, the bond after them."""
    return (offset > 0 and offset - 1 in home_ends and text[offset - 1] in "-–"
            and bool(_BOND_AFTER_RE.match(text, offset + len(span))))


_BETWEEN_BEFORE_RE = re.compile(r"\b(?:antara|between)\s+(?:(?:kota|kabupaten|provinsi|city\s+of)\s+)?$", re.IGNORECASE)
_AND_RE = re.compile(r"\s+(?:dengan|dan|and|with)\s+$", re.IGNORECASE)


# the words before a country's name that make it its language: 'bahasa Inggris', 'berbahasa Prancis', 'versi Belanda'
_LANGUAGE_BEFORE = re.compile(r"\b(?:bahasa|berbahasa|bhs\.?|dialek|aksen|sastra|kamus|terjemahan|versi)\s+$",
                              re.IGNORECASE)


def _before_home(text: str, end: int, home_starts: dict[int, int]) -> bool:
    """'particularly in Serian and Sanggau': a capitalised word joined by 'and' to a place at home right after it."""
    joined = re.match(r"[ \t]+(?:dan|and)[ \t]+", text[end : end + 10])
    return bool(joined) and end + joined.end() in home_starts.values()


def _between_with_home(text: str, offset: int, home_starts: dict[int, int]) -> bool:
    """'antara Bukittinggi dengan Seremban', 'between Padang and Hildesheim': the second of a pair whose first is at home."""
    for end, start in home_starts.items():
        if end < offset and offset - end <= 10 and _AND_RE.search(text, end, offset) and text[end:offset].strip():
            return bool(_BETWEEN_BEFORE_RE.search(text, max(0, start - 30), start))
    return False


# 'Kuala Lumpur, Labuan, dan Putrajaya': after 'Lumpur, ' a list goes on, no 'Easton, David' citation
_LIST_GOES_ON_RE = re.compile(r",?[ \t]+(?:dan|serta|and)[ \t]+[A-Z]")
LIST_JOIN_RE = re.compile(r"[ \t]*(?:,[ \t]*(?:(?:dan|serta|and)[ \t]+)?|[ \t]+(?:dan|serta|and)[ \t]+)")


def _listed_with(text: str, offset: int, span: str, places: list[Place], hits: list) -> list[Place]:
    """'Kuala Lumpur, Labuan, dan Putrajaya': a name standing in a list ('A, B dan C') beside another
    name whose places all lie in one country abroad: its candidates in that country, else none."""
    end = offset + len(span)
    for other, other_span, _, flag, others in hits:
        countries = {p.country for p in others}
        if flag == "person" or len(countries) != 1 or any(p.is_indonesian or p.type == "country" for p in others):
            continue
        gap = text[other + len(other_span) : offset] if other < offset else text[end:other]
        if 0 < len(gap) <= 8 and LIST_JOIN_RE.fullmatch(gap):
            inside = [p for p in places if p.country in countries and not p.is_indonesian]
            if inside:
                return inside
    return []


def _paired_with_home(text: str, offset: int) -> bool:
    line = text[text.rfind("\n", 0, offset) + 1 : offset]
    return bool(_PAIRED_AFTER_RE.search(line[-60:]))


_QUALIFIED_RE = re.compile(r"\b(?:Kota|Kabupaten|Provinsi|Prefektur|City of|Province of)[ \t]+"
                           r"([A-Z][\w'’-]+(?:[ \t]+[A-Z][\w'’-]+){0,3})"
                           r"|\b([A-Z][\w'’-]+(?:[ \t]+[A-Z][\w'’-]+)?)[ \t]+(?:City|Regency|Province|Prefecture)\b")
_NOT_NAMES = {"the", "of", "and", "government", "pemerintah", "council", "hall", "state", "sister", "twin", "twinning",
              "twinned", "smart", "friendship", "green", "new", "old", "big", "capital", "global", "local", "this", "that", "each", "every", "organic",
              "potential", "program", "programme", "partnership", "cooperation", "cities", "abstract", "abstrak",
              "bersaudara", "kembar", "rayakan",  # 'Kota Bersaudara' is a sister city, 'Wali Kota Rayakan …' a headline
              "vol", "volume", "no", "nomor", "issue", "edisi"}  # 'Jurnal Diplomasi Kota Vol. 4': a journal's issue


def _unknown_qualified(thesis: Thesis, gazetteer: Gazetteer, known: set[str],
                       countries: set[str]) -> tuple[list[Diagnostic], list[tuple[str, Place]]]:
    """'Kota X' or 'X Prefecture' that neither the vocabularies nor the gazetteer know: never dropped silently. Where
    it misspells a place of a country the text names, that place, with a warning to confirm (see _misspelt)."""
    out, seen, read = [], set(), []
    matches = [(match, _qualified_name(match)) for match in _QUALIFIED_RE.finditer(thesis.body)]
    writings: dict[str, list[str]] = {}  # each name's qualified writings: 'Kota Gyonggi' and 'Provinsi Gyonggi'
    for match, name in matches:
        writings.setdefault(fold_key(name), []).append(match.group())
    for match, name in matches:
        words = [fold_key(w) for w in name.split()]
        if (any(w in _NOT_NAMES or w in _indonesian_words() for w in words) or fold_key(name) in seen
                or any(w.isupper() and len(w) <= 4 for w in name.split())  # 'Kerjasama Sister City', 'LoI Sister City'
                or _OPEN_QUOTE_RE.search(thesis.body, max(0, match.start() - 3), match.start())
                and _CLOSE_QUOTE_RE.match(thesis.body[match.end() : match.end() + 4])):  # 'the “City of Flowers,”': a nickname
            continue
        seen.add(fold_key(name))
        heads = [" ".join(name.split()[:k]) for k in range(len(name.split()), 0, -1)]  # 'Kota Yantai China'
        if fold_key(name) in known or fold_key(match.group()) in known or any(map(gazetteer.lookup, heads)) \
                or gazetteer.lookup(match.group()):
            continue
        line = thesis.body_line + thesis.body.count("\n", 0, match.start())
        close = nearest(name, gazetteer)
        place = _misspelt(name, writings[fold_key(name)], close, countries)
        if place is not None:
            read.append((name, place))
            out.append(Diagnostic(thesis.src_path, line, f"place '{match.group()}' read as {place.slug} ({place.official}, "
                                  f"{place.type}, {place.country}), a near spelling in a country the text names: the "
                                  "gazetteer knows no such spelling; correct the text or confirm", "warning"))
            continue
        hint = f"; nearest in the gazetteer: {options(close)}" if close else ""
        out.append(Diagnostic(thesis.src_path, line, f"unknown place '{match.group()}': neither seeds/cities.yml nor the "
                              f"gazetteer knows it{hint} — add it to seeds/cities.yml (name, official, type, country) "
                              "or correct its spelling", "warning"))
    return out, read


def _qualified_name(match: re.Match) -> str:
    name = re.sub(r"['’]s$|['’]$", "", match.group(1) or match.group(2))  # 'City of Gold Coast's', 'Kota Kembar’'
    return re.sub(r"\s+(?:City|Regency|Province|Prefecture)$", "", name)  # 'Wali Kota Vientaine City': Vientaine


_CITY_KIND = re.compile(r"\b(?:Kota|City)\b")


def _misspelt(name: str, writings: list[str], close: list[tuple[float, Place]], countries: set[str]) -> Place | None:
    """The place a qualified name no vocabulary knows misspells ('Phom Penh City', 'Kota Denhaag'): the one
    place of that name one or two letters off (CLOSE) in a country the text names, a city where the text says
    'Kota' or 'City' and a region where it says 'Provinsi' or 'Prefecture' (in any of its `writings`: 'Gubernur
    Kota Gyonggi' and 'Provinsi Gyonggi' may mean the province), clearly nearer than any other name (or two
    letters swapped); else None, and the name is reported unknown."""
    here = [(ratio, p) for ratio, p in close if ratio >= CLOSE and p.country in countries]
    if not here or len({fold_key(p.name) for _, p in here}) > 1:
        return None
    others = [ratio for ratio, p in close if fold_key(p.name) != fold_key(here[0][1].name)]
    if not clearly_nearest(fold_key(name), *here[0], others[0] if others else 0.0):
        return None
    city = [bool(_CITY_KIND.search(written)) for written in writings]
    kind = [p for _, p in here if (p.type == "city") in city]
    return kind[0] if len(kind) == 1 else None


def _named_in_front_matter(thesis: Thesis) -> list[str]:
    slugs = []
    for key in ("partnership", "cities"):
        value = thesis.meta.get(key)
        if isinstance(value, list):
            slugs += [v for v in value if isinstance(v, str)]
    return slugs


@cache
def _country_names(*names: str) -> tuple[str, ...]:
    return tuple(fold_key(name) for name in names)


_BESIDE = re.compile(r"[ \t]*[,(][ \t]*([A-Z][\w'’-]*(?:[ \t]+[A-Z][\w'’-]*){0,3})"
                     r"|-([A-Z][\w'’]*(?:[ \t]+[A-Z][\w'’]*){0,2})")  # 'Varna-Bulgaria': its country joined by a hyphen


def _anchored(text: str, end: int, places: list[Place], gazetteer: Gazetteer) -> list[Place]:
    """The candidates whose own region or country is named right after the name ('Seremban, Negeri
    Sembilan', 'Hebron (Palestina)')."""
    beside = _BESIDE.match(text, end)
    if not beside:
        return []
    words = fold_key(beside.group(1) or beside.group(2)) + " "
    return [p for p in places if any(words.startswith(fold_key(a) + " ") for up in gazetteer.ancestors(p.slug)
                                     for a in up.aliases if len(a) >= 4)]


def _from_context(thesis: Thesis, places: list[Place], folded: str, bare: str) -> Place | None:
    """The candidate the thesis itself settles: named in its front matter, or written out in full
    ('Kota Bogor') elsewhere in its text while the other candidates are not."""
    named = set(_named_in_front_matter(thesis))
    chosen = [p for p in places if p.slug in named]
    if len(chosen) == 1:
        return chosen[0]
    written = [p for p in places if p.official and fold_key(p.official) != bare and fold_key(p.official) in folded]
    if len(written) == 1:
        return written[0]
    said = re.search(rf"\b{re.escape(bare)}\s+{_SAID_KIND.pattern}", folded)
    if said:  # 'Bandung is Indonesia's third-largest city', 'Bogor merupakan kabupaten …': the text says which kind
        kind = "kota" if said.group(1) in ("city", "kota") else "kabupaten"
        of_kind = [p for p in places if p.type == kind]
        return of_kind[0] if len(of_kind) == 1 else None
    return None


# after a name: what the text says it is, within its clause (not a sister city, 'kota kembar', nor a capital's
# 'ibu kota', which a kabupaten may have)
_SAID_KIND = re.compile(r"(?:is|was|adalah|merupakan|ialah)\b[^.,;\n]{0,40}?(?<!sister )(?<!twin )(?<!ibu )"
                        r"\b(city|kota|regency|kabupaten)\b(?!\s+(?:kembar|bersaudara|mitra))")

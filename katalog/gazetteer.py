"""A gazetteer of places the hand-kept seeds/cities.yml may not know.

Indonesia's provinces, kabupaten and kota (Kemendagri codes), first-level regions abroad, GeoNames
cities of 5,000+ inhabitants and every country, nested city → region → country. The data file
katalog/data/gazetteer.tsv.gz is derived by tools/build_gazetteer.py from maintained packages
(see katalog/data/README.md); this module only reads it.

Data file (gzip, UTF-8 text): a '#' header line (JSON: sources, versions, number of places), then one
place a line, tab-separated: slug, name, official, type, country slug, ISO country code, parent slug,
code, lat, lon, population, aliases ('|'-separated; a leading '?' marks a name that needs context, see
Place.context_aliases); then a '#names' line and the name index: 'folded name<TAB>row' lines sorted
by name (rows in data order), searched by bisection, so loading builds no dictionary of names.
"""

from __future__ import annotations

import gzip
import json
import re
import unicodedata
from bisect import bisect_left
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import NamedTuple

from katalog.text import fold

DATA_PATH = Path(__file__).parent / "data" / "gazetteer.tsv.gz"
SLUG_RE = re.compile(r"[a-z0-9]+(?:-[a-z0-9]+)*")
_NON_SLUG_RE = re.compile(r"[^a-z0-9]+")
INDONESIAN_TYPES = ("provinsi", "kabupaten", "kota")
JOINED_ABROAD = 500_000  # a city abroad this big is also found with its two words written as one ('Capetown')
# How theses name a city abroad around its bare name; not stored per city, added by lookup() and aliases()
# (not to a town at home: 'Kota Cibinong' would name a municipality that does not exist).
CITY_FORMS = ("{} City", "City of {}", "Kota {}")
_TYPE_PREFIX = re.compile(r"^(?:kota|kabupaten|provinsi) ")
_CITY_AFFIX_RE = re.compile(r"^(?:kota|city of|pemerintah kota) (.+)$|^(.+) city$")


def slugify(text: str) -> str:
    """'Daerah Istimewa Yogyakarta' → 'daerah-istimewa-yogyakarta', 'Côte d’Ivoire' → 'cote-d-ivoire'."""
    return _NON_SLUG_RE.sub("-", fold(text)).strip("-")


def without_diacritics(text: str) -> str:
    """'Vũng Tàu' → 'Vung Tau' (case kept)."""
    decomposed = unicodedata.normalize("NFKD", text.replace("đ", "d").replace("Đ", "D"))
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def fold_key(text: str) -> str:
    """The lookup key of a name: folded case and diacritics, single spaces, dashes as spaces."""
    lowered = text.lower() if text.isascii() else fold(text)
    return " ".join(lowered.replace("–", " ").replace("-", " ").split())


@dataclass(frozen=True, slots=True)
class Place:
    """One place. `country` is the catalogue's country slug (Indonesian CLDR name), `parent` a slug."""

    slug: str
    name: str
    official: str
    type: str  # provinsi, kabupaten, kota; abroad: city, prefecture, province, state, ...; country
    country: str
    country_code: str  # ISO 3166-1 alpha-2
    parent: str | None  # region for a city, country for a region, None for a country
    code: str  # Kemendagri code in Indonesia, else GeoNames id (ISO 3166-2 code if GeoNames has none)
    lat: float | None
    lon: float | None
    population: int | None
    aliases: tuple[str, ...]
    context_aliases: frozenset[str]  # aliases that are common words, very short or small towns' names
    point_of: str = ""  # the town a region or kabupaten is drawn at, its coordinates being that town's ('Melbourne')

    @property
    def is_indonesian(self) -> bool:
        return self.country == "indonesia"


class Alias(NamedTuple):
    """A name a tagger may look for; needs_context: match it only capitalised or after a 'Kota'-like word."""

    text: str
    slug: str
    needs_context: bool


def _parse(line: str) -> Place:
    """One data line → Place."""
    slug, name, official, kind, country, code2, parent, code, lat, lon, pop, aliases, point_of = line.split("\t")
    names = aliases.split("|") if aliases else []
    return Place(
        slug, name, official, kind, country, code2, parent or None, code,
        float(lat) if lat else None, float(lon) if lon else None, int(pop) if pop else None,
        tuple(a.lstrip("?") for a in names), frozenset(a[1:] for a in names if a.startswith("?")), point_of,
    )


class Gazetteer:
    """Places by slug and by name. Lines are parsed into Place objects only when asked for."""

    def __init__(self, lines: list[str], names: list[str], meta: dict) -> None:
        self.meta = meta
        self._lines = lines
        self._names = names  # 'folded name\trow', sorted
        self._row = {line[: line.index("\t")]: i for i, line in enumerate(lines)}
        self._cache: dict[int, Place] = {}
        self._children: dict[str, list[int]] | None = None
        self._joined: dict[str, list[int]] | None = None

    def __len__(self) -> int:
        return len(self._lines)

    def __iter__(self) -> Iterator[Place]:
        """Every place, in data order; parsed afresh, so a full pass does not keep 70,000 objects."""
        return (self._cache.get(i) or _parse(line) for i, line in enumerate(self._lines))

    def _place(self, row: int) -> Place:
        place = self._cache.get(row)
        if place is None:
            place = self._cache[row] = _parse(self._lines[row])
        return place

    def get(self, slug: str) -> Place | None:
        """The place with this slug, or None."""
        row = self._row.get(slug)
        return None if row is None else self._place(row)

    def country(self, code: str) -> Place | None:
        """The country with this ISO 3166-1 alpha-2 code ('CN' → Tiongkok), or None."""
        code = code.upper()
        return next((p for p in self.places("country") if p.country_code == code), None)

    def lookup(self, name: str) -> list[Place]:
        """Every place one of whose names folds to the same key, in data order; ambiguity is kept.

        Data order: countries, Indonesia (by Kemendagri code), cities abroad (biggest first), regions abroad.
        """
        key = fold_key(name)
        places = [self._place(row) for row in self._rows_named(key) or self.joined_names().get(key, ())]
        affixed = None if places else _CITY_AFFIX_RE.match(key)
        if affixed:  # 'Kota Kyoto', 'Kyoto City' (not stored): the city abroad of that name
            bare = map(self._place, self._rows_named(affixed.group(1) or affixed.group(2)))
            places += [p for p in bare if p.type == "city" and p not in places]
        return places

    def _rows_named(self, key: str) -> list[int]:
        """Rows of the places with a name folding to key, by bisection in the sorted name index."""
        prefix = key + "\t"
        names, rows = self._names, []
        i = bisect_left(names, prefix)
        while i < len(names) and names[i].startswith(prefix):
            rows.append(int(names[i][len(prefix) :]))
            i += 1
        if not rows and "'" in key:  # GeoNames writes 'Xi’an'; texts mostly 'Xi'an'
            return self._rows_named(key.replace("'", "’"))
        return rows

    def joined_names(self) -> dict[str, list[int]]:
        """Indonesian names as texts also write them: two or three words as one, as many texts and some
        officials do ('Tanjungpinang', 'Pangkalpinang', 'Bandarlampung'; abroad, a big city's two words:
        'Capetown', 'Kualalumpur'), and an island regency without
        'Kepulauan' ('Kabupaten Sangihe' for Kabupaten Kepulauan Sangihe; only with 'Kabupaten', the bare
        name may be a word or another place): folded name → rows. Built once, from the Indonesian rows only
        (a few thousand names)."""
        if self._joined is None:
            joined: dict[str, list[int]] = {}
            for row, line in enumerate(self._lines):
                head = line.split("\t", 5)
                if head[3] == "city" and head[4] != "indonesia":  # a big city abroad of two words: 'Capetown'
                    fields = line.split("\t", 11)
                    words = fold_key(head[1]).split()
                    key = "".join(words)
                    if (len(words) == 2 and fields[10].isdigit() and int(fields[10]) >= JOINED_ABROAD
                            and not self._rows_named(key)):
                        joined.setdefault(key, []).append(row)
                    continue
                if head[4] != "indonesia" or head[3] not in ("kota", "kabupaten"):
                    continue
                aliases = line.split("\t")[11].split("|")
                for name in {head[1], *(a.lstrip("?") for a in aliases if a)}:
                    words = _TYPE_PREFIX.sub("", fold_key(name)).split()
                    if head[3] == "kabupaten" and words[:1] == ["kepulauan"] and len(words) >= 2:
                        short = "kabupaten " + " ".join(words[1:])
                        if not self._rows_named(short) and row not in joined.get(short, []):
                            joined.setdefault(short, []).append(row)
                    if not 2 <= len(words) <= 3 or {"regency", "city"} & set(words) or "." in name:
                        continue
                    for key in ("".join(words), f"{head[3]} {''.join(words)}"):  # 'Kota Tanjungpinang' too
                        if not self._rows_named(key) and row not in joined.get(key, []):
                            joined.setdefault(key, []).append(row)
            self._joined = joined
        return self._joined

    def ancestors(self, slug: str) -> list[Place]:
        """The enclosing places, nearest first: region, then country."""
        out: list[Place] = []
        place = self.get(slug)
        while place is not None and place.parent and len(out) < 5:
            place = self.get(place.parent)
            if place is not None:
                out.append(place)
        return out

    def children(self, slug: str) -> list[Place]:
        """Places directly inside this one, in data order (Kemendagri code, or biggest city first)."""
        if self._children is None:
            index: dict[str, list[int]] = {}
            for row, line in enumerate(self._lines):
                index.setdefault(line.split("\t", 7)[6], []).append(row)
            self._children = index
        return [self._place(row) for row in self._children.get(slug, [])]

    def aliases(self) -> Iterator[Alias]:
        """Every (alias, slug, needs_context), for a tagger to build its matcher from."""
        for line in self._lines:
            fields = line.split("\t")
            slug = fields[0]
            for alias in fields[11].split("|"):
                if alias:
                    yield Alias(alias.lstrip("?"), slug, alias[0] == "?")
            if fields[3] == "city" and fields[4] != "indonesia":  # a town at home is no 'Kota' (a municipality)
                yield from (Alias(form.format(fields[1]), slug, False) for form in CITY_FORMS)

    def places(self, *types: str) -> list[Place]:
        """All places of the given types (all places if none given), in data order; not cached."""
        wanted = set(types)
        lines = enumerate(self._lines)
        return [self._cache.get(i) or _parse(line) for i, line in lines if not wanted or line.split("\t", 4)[3] in wanted]


@cache
def load_gazetteer(path: Path = DATA_PATH) -> Gazetteer:
    """The gazetteer from its data file, read once per process."""
    text = gzip.decompress(path.read_bytes()).decode("utf-8")
    lines = text.splitlines()
    meta = json.loads(lines[0][1:])
    count = meta["places"]
    return Gazetteer(lines[1 : count + 1], lines[count + 2 :], meta)


def to_city_entry(place: Place, gazetteer: Gazetteer | None = None) -> dict:
    """A ready-to-paste seeds/cities.yml entry for a place (aliases that need context left out)."""
    gazetteer = gazetteer or load_gazetteer()
    parent = gazetteer.get(place.parent) if place.parent else None
    entry: dict = {"name": place.name, "official": place.official, "type": place.type, "country": place.country}
    if parent is not None and parent.type != "country":
        entry["parent"] = parent.name
        entry["parent_slug"] = parent.slug
    if place.lat is not None and place.lon is not None:
        entry["lat"], entry["lon"] = place.lat, place.lon
        if place.point_of:
            entry["point_of"] = place.point_of
    aliases = [a for a in place.aliases if a not in place.context_aliases]
    if without_diacritics(place.name) != place.name:
        aliases.insert(1, without_diacritics(place.name))
    if place.type == "city" and not place.is_indonesian:
        aliases += [form.format(place.name) for form in CITY_FORMS]
    entry["aliases"] = aliases
    return entry


def main(argv: list[str] | None = None) -> int:
    """`python -m katalog.gazetteer NAME...`: every place so named, as seeds/cities.yml entries."""
    import sys

    import yaml

    gazetteer = load_gazetteer()
    names = sys.argv[1:] if argv is None else argv
    entries = {p.slug: to_city_entry(p, gazetteer) for name in names for p in gazetteer.lookup(name)}
    print(yaml.safe_dump(entries, allow_unicode=True, sort_keys=False, width=120), end="")
    return 0 if entries or not names else 1


if __name__ == "__main__":
    raise SystemExit(main())

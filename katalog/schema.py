"""The fields of a thesis's front matter and of every vocabulary entry: type, whether required,
an example.

One table for the front matter (validate.py takes its field sets from it, scaffold.py writes every
field into a new thesis) and one per vocabulary kind (`check_entry` applies it). The field
reference, docs/fields.md, is generated from the same tables (`python -m katalog.schema >
docs/fields.md`; a test compares the two), so they cannot drift.
"""

from __future__ import annotations

import gzip
import math
import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from .errors import shown

SLUG_RE = re.compile(r"[a-z0-9]+(?:-[a-z0-9]+)*")  # used with fullmatch: no trailing newline slips through
MAX_SLUG = 120
RESERVED_SLUGS = frozenset({"index"})  # theses/index.html, cities/index.html… are the list pages


@dataclass(frozen=True)
class Field:
    name: str
    type: str  # "text", "texts" (a list of text), "number", "slug", "slugs", "mapping"
    required: bool = False
    example: str = ""
    about: str = ""


TEXT, TEXTS, NUMBER, SLUG, SLUGS = "text", "texts", "number", "slug", "slugs"
FLAG, YEAR, MAPPING, EVENTS, PAIR = "true/false", "year", "mapping", "list of events", "two slugs"

# Kinds of local government a city entry may be: Indonesia's own, the usual ones abroad, and
# every type the gazetteer gives its places (katalog/data/gazetteer.tsv.gz), read at first use.
CITY_TYPES = ("kota", "kabupaten", "provinsi", "city", "town", "municipality", "prefecture", "province", "state",
              "region", "county", "district", "department", "special administrative region", "autonomous region")

FRONT_MATTER_FIELDS: tuple[Field, ...] = (
    Field("title", TEXT, False, '"Hambatan Kerjasama Luar Negeri Kota Padang"',
          "the title the text gives (an all-caps title may be written in title case); without front matter, the first line"),
    Field("title_en", TEXT, False, '"Overseas Cooperation Barriers"', "the English title the text gives"),
    Field("title_descriptive", FLAG, False, "true", "the text has no title and `title` is ours: shown as such"),
    Field("id", TEXT, False, "padang-vung-tau", "the page's name; default: the file name"),
    Field("authors", TEXTS, False, "[Khoero Dara Fazra]", "authors as the text names them"),
    Field("advisors", TEXTS, False, '["Dr. Sidik Jatmika, M.Si"]', "supervisors as the text names them"),
    Field("institution", TEXT, False, "Universitas Muhammadiyah Yogyakarta", "university"),
    Field("faculty", TEXT, False, "Fakultas Ilmu Sosial dan Politik", "faculty"),
    Field("program", TEXT, False, "Magister Ilmu Hubungan Internasional", "study programme"),
    Field("degree", TEXT, False, "S-2", "S-1 (skripsi), S-2 (tesis), S-3 (disertasi), D-3 (karya tulis)"),
    Field("year", YEAR, False, "2016", "year of the work, four digits"),
    Field("academic_year", TEXT, False, "2013/2014", "academic year the text gives"),
    Field("period", TEXT, False, "2016-2018", "the period the work studies"),
    Field("kind", TEXT, False, "abstract", "what the text is: abstract, conclusion, chapter, summary, full"),
    Field("work", TEXT, False, "article", "a work that is no thesis: article (journal), news, web (a page); omit for a thesis"),
    Field("published_in", TEXT, False, '"Jurnal Hubungan Internasional"', "an article's journal or a news story's outlet"),
    Field("volume", TEXT, False, '"4"', "the journal's volume"),
    Field("issue", TEXT, False, '"2"', "the journal's issue (number)"),
    Field("language", TEXTS, False, "[id, en]", "languages of the text: id, en"),
    Field("partnership", PAIR, False, "[padang, hildesheim]", "the two places of the partnership studied (slugs of cities.yml; one side may be a country of countries.yml when the text names no place there)"),
    Field("cities", SLUGS, False, "[kota-bogor]", "other cities the work studies (slugs of cities.yml)"),
    Field("countries", SLUGS, False, "[jepang]", "countries studied beyond those of its cities (slugs of countries.yml)"),
    Field("theories", SLUGS, False, "[paradiplomasi, kerjasama-internasional]", "theories and concepts it uses (slugs of theories.yml)"),
    Field("stages", SLUGS, False, "[loi, mou]", "cooperation stages it deals with (slugs of stages.yml)"),
    Field("stage_status", MAPPING, False, "{moa: draft}", "a listed stage not done: planned, draft or failed (done is the default)"),
    Field("cites", MAPPING, False, "{paradiplomasi: [Takdir Ali Mukti]}", "whom the text cites for a theory"),
    Field("events", EVENTS, False, '[{date: "2008-09", stage: mou, note: "MoU disusun"}]',
          "dated events the text states: date YYYY or YYYY-MM, optional stage slug and short note"),
    Field("sectors", SLUGS, False, "[pendidikan, pariwisata]", "sectors of the cooperation (slugs of sectors.yml)"),
    Field("keywords", TEXTS, False, "[Sister City, Kota Padang]", "the text's keywords; default: its 'Kata Kunci' line"),
    Field("source", TEXT, False, "Skripsi Fazra UMY.pdf", "the original document's file name (shown only when it means something)"),
    Field("doi", TEXT, False, "10.1234/abcd", "DOI of the original, when it has one"),
    Field("url", TEXT, False, "https://repository.example.ac.id/123", "where the original can be read"),
    Field("reviewed", TEXTS, False, "[\"text mentions theory 'sister-city'\"]",
          "suggestions of `check` judged false: each silences the warnings about this thesis containing it"),
)
_NAMES = (Field("name_id", TEXT, True, "Paradiplomasi", "name in Indonesian"),
          Field("name_en", TEXT, True, "Paradiplomacy", "name in English"),
          Field("aliases", TEXTS, False, "[paradiplomacy, para diplomasi]", "spellings matched in thesis text"))

VOCABULARY_FIELDS: dict[str, tuple[Field, ...]] = {
    "countries": (*_NAMES, Field("code", TEXT, False, "ID", "ISO 3166-1 alpha-2 code")),
    "cities": (
        Field("name", TEXT, True, "Padang", "display name"),
        Field("name_en", TEXT, False, "Padang", "English name, when different"),
        Field("official", TEXT, True, "Kota Padang", "official name of the local government"),
        Field("type", TEXT, True, "kota", "kota, kabupaten, provinsi, city, prefecture, province, state, region…"),
        Field("country", SLUG, True, "indonesia", "slug in countries.yml"),
        Field("parent", TEXT, False, "Sumatera Barat", "the region it lies in, as text"),
        Field("parent_slug", SLUG, False, "ba-ria-vung-tau", "the region it lies in, when that region has an entry"),
        Field("code", TEXT, False, "13.71", "Kemendagri code or GeoNames id"),
        Field("lat", NUMBER, False, "-0.9471", "latitude, -90 to 90 (with lon)"),
        Field("lon", NUMBER, False, "100.4172", "longitude, -180 to 180 (with lat)"),
        Field("point_of", TEXT, False, "Melbourne", "the town a region is drawn at, when lat/lon are a town's ('towns': "
              "the centre of its towns); the map says so"),
        Field("aliases", TEXTS, False, "[Kota Padang, Padang City]", "spellings matched in thesis text"),
        Field("note", TEXT, False, "Bukan Kota Bogor.", "a note shown on the city's page"),
    ),
    "theories": (*_NAMES,
                 Field("summary", TEXT, True, "Kegiatan luar negeri pemerintah sub-nasional…", "two or three sentences, our words"),
                 Field("authors", TEXTS, False, "[Ivo Duchacek, Panayotis Soldatos]", "key authors in the literature"),
                 Field("framework_only", FLAG, False, "true",
                       "tag from text only where the text calls it a concept, theory or approach"),
                 Field("modified_is_other", FLAG, False, "true",
                       "its one-word name with a modifier ('city diplomacy', 'diplomasi budaya') is another concept")),
    "stages": (*_NAMES,
               Field("description", TEXT, True, "Kedua pihak menandatangani…", "what happens in this stage"),
               Field("legal", "list", False, "[pp-28-2018, uu-23-2014: Pasal 367 ayat (2)]",
                     "slugs of seeds/legal.yml, each optionally with the article"),
               Field("short", TEXT, False, "LoI", "short label for the timeline"),
               Field("short_en", TEXT, False, "LoI", "short label on the English pages")),
    "sectors": _NAMES,
    "legal": (
        Field("short", TEXT, True, "UU No. 23 Tahun 2014", "short name"),
        Field("title", TEXT, True, "Undang-Undang Nomor 23 Tahun 2014 tentang Pemerintahan Daerah", "full title"),
        Field("status", TEXT, True, "current", "current or repealed"),
        Field("governs_id", TEXT, True, "Dasar otonomi daerah…", "what it governs, in Indonesian"),
        Field("governs_en", TEXT, True, "The basis of regional autonomy…", "what it governs, in English"),
        Field("replaced_by", SLUG, False, "permendagri-25-2020", "the rule that replaced a repealed one"),
        Field("note", TEXT, False, "Telah beberapa kali diubah…", "a note"),
    ),
}


def _type_problem(spec: Field, value: object) -> str | None:
    if spec.type == TEXT and (isinstance(value, bool) or not isinstance(value, (str, int, float))):
        return f"'{spec.name}' must be text, e.g. {spec.name}: {spec.example}"
    if spec.type == FLAG and not isinstance(value, bool):
        return f"'{spec.name}' must be true or false"
    if spec.type == NUMBER and (isinstance(value, bool) or not isinstance(value, (int, float)) or not math.isfinite(value)):
        return f"'{spec.name}' must be a number, e.g. {spec.name}: {spec.example}"
    if spec.type == SLUG and not (isinstance(value, str) and valid_slug(value)):
        return f"'{spec.name}' must be a slug (lowercase letters, digits, hyphens), e.g. {spec.name}: {spec.example}"
    if spec.type in (TEXTS, SLUGS) and not (isinstance(value, list) and all(isinstance(v, (str, int)) for v in value)):
        return f"'{spec.name}' must be a list, e.g. {spec.name}: {spec.example}"
    return None


def valid_slug(value: object) -> bool:
    return isinstance(value, str) and len(value) <= MAX_SLUG and SLUG_RE.fullmatch(value) is not None


def slug_problem(value: object, what: str) -> str | None:
    """Why `value` cannot name a page file, or None. `what` says whose slug it is, for the message."""
    if not valid_slug(value):
        return f"{what} {shown(value)} must be lowercase letters, digits and hyphens (it becomes a file name)"
    if value in RESERVED_SLUGS:
        return f"{what} {shown(value)} is reserved: the list page of its folder has that name"
    return None


def check_entry(kind: str, slug: object, entry: dict, lines: dict, line: int) -> Iterator[tuple[int, str]]:
    """Every field of a vocabulary entry has its type; required ones are there; the slug is a slug."""
    problem = slug_problem(slug, f"{kind} slug")
    if problem:
        yield line, problem
    specs = {spec.name: spec for spec in VOCABULARY_FIELDS.get(kind, ())}
    for spec in specs.values():
        if spec.required and entry.get(spec.name) in (None, "", []):
            yield line, f"{kind} entry {shown(slug)} is missing required field '{spec.name}'"
    for key, value in entry.items():
        spec = specs.get(key)
        if spec is None or value is None:
            continue
        problem = _type_problem(spec, value)
        if problem:
            yield lines.get(key, line), problem
    if kind == "cities":
        yield from _coordinates(entry, lines, line)
        kind_of = entry.get("type")
        if isinstance(kind_of, str) and kind_of not in known_city_types():
            from .validate import did_you_mean  # validate imports this module

            yield lines.get("type", line), (f"unknown city type {shown(kind_of)} (e.g. {', '.join(CITY_TYPES[:9])}; "
                                            f"see docs/fields.md){did_you_mean(kind_of, known_city_types())}")


@cache
def known_city_types() -> frozenset[str]:
    """CITY_TYPES and every type the gazetteer's places have."""
    types = set(CITY_TYPES)
    try:
        with gzip.open(Path(__file__).parent / "data" / "gazetteer.tsv.gz", "rt", encoding="utf-8") as data:
            types.update(row.split("\t")[3] for row in data if row.count("\t") > 4 and not row.startswith("#"))
    except OSError:
        pass
    types.discard("country")
    types.discard("")
    return frozenset(types)


def _coordinates(entry: dict, lines: dict, line: int) -> Iterator[tuple[int, str]]:
    """Latitude and longitude come together and within range."""
    lat, lon = entry.get("lat"), entry.get("lon")
    if (lat is None) != (lon is None):
        yield lines.get("lat", lines.get("lon", line)), "'lat' and 'lon' go together: give both or neither"
        return
    for key, value, bound in (("lat", lat, 90), ("lon", lon, 180)):
        if isinstance(value, (int, float)) and not isinstance(value, bool) and math.isfinite(value) and abs(value) > bound:
            yield lines.get(key, line), f"'{key}' must be between -{bound} and {bound}, not {value}"


def _table(specs) -> list[str]:
    rows = ["| field | type | required | example | meaning |", "|---|---|---|---|---|"]
    return rows + [f"| `{s.name}` | {s.type} | {'yes' if s.required else ''} | `{s.example.replace('|', '&#124;')}` | "
                   f"{s.about.replace('|', '&#124;')} |" for s in specs]


FOOTNOTES = """## Footnotes and other conversion artefacts

Paste a text as received: `build.py` cleans it at build time (katalog/cleanup.py) and never edits
the file. Footnotes are understood in these forms:

- a marker `<sup>2</sup>` or a Unicode superscript `²` after a word (not after a digit: `10²` is a power);
- a definition: a block opening with `<sup>2</sup>` or `²`, usually below a `---` rule where a page ended;
- a lone number on its own line right after a paragraph, when a definition with that number exists.

Bracketed numbers (`[2]`) are **not** footnotes: theses use them for numbered references too, so
they stay as written. Write `<sup>2</sup>` in a text whose footnotes are bracketed.

Also cleaned: a paragraph or list item cut by a page break is joined; stray page numbers go; a
section label (`ABSTRAK`) becomes a heading in the source's own words and case; the cover pages
before the first heading are labelled; after a caption such as `Tabel 1.1`, a diagram lost in
conversion is noted as such; a diagram's legend line (`- · - · - Hubungan transnasional`) stays
text; a link whose text is its own address loses doubled escapes (`Kabupaten\\_Bogor`).
"""


def reference() -> str:
    """The field reference as Markdown (docs/fields.md)."""
    out = ["# Field reference", "",
           "Generated from katalog/schema.py by `python -m katalog.schema > docs/fields.md`; do not edit by hand.",
           "", "## Thesis front matter (`seeds/theses/*.md`)", "",
           "Every field is optional: fill in only what the text states. `build.py new` writes them all, commented out.", ""]
    out += _table(FRONT_MATTER_FIELDS)
    out += ["", "## Vocabularies", ""]
    for kind, specs in VOCABULARY_FIELDS.items():
        out += [f"### `seeds/{kind}.yml`", ""] + _table(specs) + [""]
    out += ["City types (`type` in cities.yml): " + ", ".join(f"`{t}`" for t in CITY_TYPES)
            + ", and any type the gazetteer gives a place (`district`, `governorate`, `oblast` …).", ""]
    out.append(FOOTNOTES)
    return "\n".join(out)


if __name__ == "__main__":
    print(reference())

"""The fields of every vocabulary entry: their type, whether required, an example.

One table per vocabulary kind; `check_entry` applies it, and the README's field reference is
generated from the same tables (`python -m katalog.schema`), so the two cannot drift.
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterator
from dataclasses import dataclass

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
        Field("aliases", TEXTS, False, "[Kota Padang, Padang City]", "spellings matched in thesis text"),
        Field("note", TEXT, False, "Bukan Kota Bogor.", "a note shown on the city's page"),
    ),
    "theories": (*_NAMES,
                 Field("summary", TEXT, True, "Kegiatan luar negeri pemerintah sub-nasional…", "two or three sentences, our words"),
                 Field("authors", TEXTS, False, "[Ivo Duchacek, Panayotis Soldatos]", "key authors in the literature")),
    "stages": (*_NAMES,
               Field("description", TEXT, True, "Kedua pihak menandatangani…", "what happens in this stage"),
               Field("legal_basis", TEXT, False, "PP No. 28 Tahun 2018", "the rules that govern it")),
}


def _type_problem(spec: Field, value: object) -> str | None:
    if spec.type == TEXT and (isinstance(value, bool) or not isinstance(value, (str, int, float))):
        return f"'{spec.name}' must be text, e.g. {spec.name}: {spec.example}"
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


def _coordinates(entry: dict, lines: dict, line: int) -> Iterator[tuple[int, str]]:
    """Latitude and longitude come together and within range."""
    lat, lon = entry.get("lat"), entry.get("lon")
    if (lat is None) != (lon is None):
        yield lines.get("lat", lines.get("lon", line)), "'lat' and 'lon' go together: give both or neither"
        return
    for key, value, bound in (("lat", lat, 90), ("lon", lon, 180)):
        if isinstance(value, (int, float)) and not isinstance(value, bool) and math.isfinite(value) and abs(value) > bound:
            yield lines.get(key, line), f"'{key}' must be between -{bound} and {bound}, not {value}"


def reference() -> str:
    """The field reference as Markdown tables (for the README)."""
    out = []
    for kind, specs in VOCABULARY_FIELDS.items():
        out += [f"#### `seeds/{kind}.yml`", "", "| field | type | required | example | meaning |", "|---|---|---|---|---|"]
        out += [f"| `{s.name}` | {s.type} | {'yes' if s.required else ''} | `{s.example}` | {s.about} |" for s in specs]
        out.append("")
    return "\n".join(out)


if __name__ == "__main__":
    print(reference())

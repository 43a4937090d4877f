"""The catalogue as data: `data/catalogue.json` and `data/catalogue.csv` (fields: docs/data.md).

One record per thesis, built from the prepared entries and the vocabularies. A field is looked up
by name on the entry, then in its front matter, so a field the builder gains later (events,
sectors, inferred …) appears here without a change; any other front matter key is added too.
"""

from __future__ import annotations

import csv
import dataclasses
import io
import json
import posixpath

from .cite import document_type
from .config import Config
from .enrich import Entry, Site, partnership_key
from .load import Vocabulary

VERSION = 1
JSON_PATH, CSV_PATH, README_PATH = "data/catalogue.json", "data/catalogue.csv", "data/README.md"
# The record's fields in CSV column order. Lists become "a; b" in the CSV.
FIELDS = ("id", "src_name", "title", "title_en", "title_descriptive", "authors", "advisors", "institution",
          "faculty", "program", "degree", "document_type", "year", "academic_year", "period", "kind", "language",
          "partnership", "places", "countries", "theories", "stages", "sectors", "keywords", "events", "inferred",
          "source", "url")
LIST_FIELDS = {"authors", "advisors", "language", "sectors", "keywords", "events", "inferred"}
# Entry attributes that are text or rendering, never data: not exported under any name.
NOT_EXPORTED = {"digest", "src_path", "meta", "subjects", "mentions", "abstracts", "abstracts_html", "excerpt",
                "html", "toc", "body_text", "suggestions"}
SEPARATOR = "; "


def _plain(value):
    """A JSON-ready copy: tuples → lists, dataclasses → dicts, dates → ISO text."""
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return _plain(dataclasses.asdict(value))
    if isinstance(value, dict):
        return {str(k): _plain(v) for k, v in value.items()}
    if isinstance(value, (list, tuple, set, frozenset)):
        items = [_plain(v) for v in value]
        return sorted(items, key=str) if isinstance(value, (set, frozenset)) else items
    if value is None or isinstance(value, (str, int, float, bool)):
        return value
    return value.isoformat() if hasattr(value, "isoformat") else str(value)


def _lookup(entry: Entry, name: str):
    """A field by name: the entry's own attribute first, then its front matter."""
    if name not in NOT_EXPORTED and hasattr(entry, name):
        return getattr(entry, name)
    return entry.meta.get(name)


def _place(vocab: Vocabulary, slug: str, role: str | None = None) -> dict:
    term = vocab.get("cities", slug)
    data = term.data if term else {}
    place = {"slug": slug, "name": term.name if term else slug, "type": data.get("type"),
             "country": data.get("country")}
    if role is None:
        return place
    return {**place, "parent": data.get("parent_slug"), "parent_name": data.get("parent"),
            "code": data.get("code"), "lat": data.get("lat"), "lon": data.get("lon"), "role": role}


def _named(vocab: Vocabulary, kind: str, slugs) -> list[dict]:
    out = []
    for slug in slugs:
        term = vocab.get(kind, slug)
        out.append({"slug": slug, "name": term.name if term else slug,
                    "name_en": (term.name_en or None) if term else None})
    return out


def thesis_record(entry: Entry, vocab: Vocabulary, config: Config) -> dict:
    """Everything the catalogue knows of one thesis, as plain data."""
    meta = entry.meta
    year = meta.get("year")
    record = {name: _plain(_lookup(entry, name)) for name in FIELDS}
    record.update(
        src_name=posixpath.basename(entry.src_path), title_en=entry.title_en or None,
        year=year if isinstance(year, int) else None,
        document_type=document_type(meta.get("degree"), meta.get("program")),
        partnership=[_place(vocab, s) for s in entry.partnership] if entry.partnership else None,
        places=[_place(vocab, s, "subject") for s in entry.subjects.get("cities", ())]
        + [_place(vocab, s, "mention") for s in entry.mentions.get("cities", ())],
        countries=[{**c, "role": "subject"} for c in _named(vocab, "countries", entry.subjects.get("countries", ()))]
        + [{**c, "role": "mention"} for c in _named(vocab, "countries", entry.mentions.get("countries", ()))],
        theories=_named(vocab, "theories", entry.subjects.get("theories", ())),
        stages=_named(vocab, "stages", entry.subjects.get("stages", ())),
        url=(config.site_url.rstrip("/") + "/" + entry.url) if config.site_url else entry.url,
    )
    for name in LIST_FIELDS:
        if record[name] is None:
            record[name] = []
        elif not isinstance(record[name], list):
            record[name] = [record[name]]
    for key in sorted(meta):  # front matter fields this module does not know yet
        if key not in record:
            record[key] = _plain(meta[key])
    return record


def records(site: Site, config: Config) -> list[dict]:
    return [thesis_record(site.entries[i], site.vocab, config) for i in sorted(site.entries)]


def catalogue_json(rows: list[dict]) -> bytes:
    data = {"version": VERSION, "theses": rows}
    return (json.dumps(data, ensure_ascii=False, sort_keys=True, indent=1) + "\n").encode()


def _cell(name: str, value) -> str:
    """One CSV cell: places and vocabulary terms by name, lists joined with '; '."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if name == "places":
        value = [p["name"] for p in value if p.get("role") == "subject"]
    elif name == "places_mentioned":
        value = [p["name"] for p in value if p.get("role") == "mention"]
    elif name == "countries":
        value = [c["name"] for c in value if c.get("role") == "subject"]
    if isinstance(value, list):
        return SEPARATOR.join(_cell("", v) for v in value)
    if isinstance(value, dict):
        return str(value.get("name") or value.get("slug") or json.dumps(value, ensure_ascii=False, sort_keys=True))
    return str(value)


def catalogue_csv(rows: list[dict]) -> bytes:
    """One row per thesis; the columns of FIELDS (places split into subjects and mentions, the
    partnership's key added), then any field that only some records carry, by name."""
    columns = list(FIELDS)
    columns[columns.index("partnership") + 1 : columns.index("partnership") + 1] = ["partnership_key"]
    columns[columns.index("places") + 1 : columns.index("places") + 1] = ["places_mentioned"]
    columns += sorted({k for row in rows for k in row} - set(columns))
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow(columns)
    for row in rows:
        pair = row.get("partnership")
        extra = {"partnership_key": partnership_key(tuple(p["slug"] for p in pair)) if pair else None,
                 "places_mentioned": row.get("places")}
        writer.writerow([_cell(c, extra[c] if c in extra else row.get(c)) for c in columns])
    return buffer.getvalue().encode()


def export_files(site: Site, config: Config) -> dict[str, bytes]:
    """The two data files, and the description of their fields (docs/data.md) beside them."""
    rows = records(site, config)
    files = {JSON_PATH: catalogue_json(rows), CSV_PATH: catalogue_csv(rows)}
    readme = config.root / "docs" / "data.md"
    if readme.is_file():
        files[README_PATH] = readme.read_bytes()
    return files

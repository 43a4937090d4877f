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
from .enrich import Entry
from .load import Vocabulary
from .site import Site, partnership_key

VERSION = 1
JSON_PATH, CSV_PATH, README_PATH = "data/catalogue.json", "data/catalogue.csv", "data/README.md"
# The record's fields in CSV column order. Lists become "a; b" in the CSV.
FIELDS = ("id", "src_name", "title", "title_en", "title_descriptive", "authors", "advisors", "institution",
          "faculty", "program", "degree", "document_type", "work", "published_in", "volume", "issue", "year", "academic_year", "period", "kind", "language",
          "partnership", "places", "countries", "theories", "stages", "sectors", "keywords", "events", "inferred",
          "source", "url", "original_url")
LIST_FIELDS = {"authors", "advisors", "language", "sectors", "keywords", "events", "inferred"}
# Entry attributes that are text or rendering, never data: not exported under any name.
NOT_EXPORTED = {"digest", "src_path", "meta", "subjects", "mentions", "abstracts", "abstracts_html", "excerpt",
                "html", "toc", "body_text", "suggestions"}
SEPARATOR = "; "


def _plain(value):
    """A JSON-ready copy: tuples → lists, dataclasses → dicts, dates → ISO text."""
    if value is None or isinstance(value, (str, int, float, bool)):
        return value
    if isinstance(value, (list, tuple)):
        return [_plain(v) for v in value]
    if isinstance(value, dict):
        return {str(k): _plain(v) for k, v in value.items()}
    if isinstance(value, (set, frozenset)):
        return sorted((_plain(v) for v in value), key=str)
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return _plain(dataclasses.asdict(value))
    return value.isoformat() if hasattr(value, "isoformat") else str(value)


def _lookup(entry: Entry, name: str):
    """A field by name: the entry's own attribute first, then its front matter."""
    if name not in NOT_EXPORTED and hasattr(entry, name):
        return getattr(entry, name)
    return entry.meta.get(name)


def _place(vocab: Vocabulary, slug: str, role: str | None = None) -> dict:
    term = vocab.place(slug)
    data = term.data if term else {}
    country = term is not None and term.kind == "countries"  # a partnership's side that is a whole country
    place = {"slug": slug, "name": term.name if term else slug, "type": "country" if country else data.get("type"),
             "country": slug if country else data.get("country")}
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


# Fields made from the vocabularies or the configuration rather than looked up by name.
COMPUTED = {"src_name", "title_en", "year", "document_type", "partnership", "places", "countries", "theories",
            "stages", "url", "original_url"}


def thesis_record(entry: Entry, vocab: Vocabulary, config: Config) -> dict:
    """Everything the catalogue knows of one thesis, as plain data."""
    meta = entry.meta
    year = meta.get("year")
    record = {name: None if name in COMPUTED else _plain(_lookup(entry, name)) for name in FIELDS}
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
        original_url=meta.get("url") if isinstance(meta.get("url"), str) else None,  # front matter's `url`
    )
    record["events"] = [{"date": e.date, "stage": e.stage, "note": e.note or None}
                        for e in (entry.meta.get("events") or ()) if hasattr(e, "_asdict")]
    if isinstance(record.get("inferred"), dict):  # field → line: the names of the fields taken from the text
        record["inferred"] = sorted(record["inferred"])
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


def _json_line(record: dict) -> str:
    # Compact separators: the C encoder (an indent would fall back to pure Python, 5x slower).
    return json.dumps(record, ensure_ascii=False, sort_keys=True, separators=(",", ":"))


def catalogue_json(rows: list[dict], lines: list[bytes] | None = None) -> bytes:
    """{"theses":[…],"version":1}: keys sorted, one thesis a line (diffs stay readable). `lines`: each
    record's line, already encoded (joining 27 MB of text and encoding it took 0.14 s an edit at 10,000
    theses; joining the bytes takes 0.01–0.03 s)."""
    lines = lines if lines is not None else [_json_line(r).encode() for r in rows]
    return b'{"theses":[\n' + b",\n".join(lines) + f'\n],"version":{VERSION}}}\n'.encode()


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
    elif name == "events":  # date and stage ("2008-09 mou"); the notes are in the JSON
        value = [" ".join(filter(None, (str(e.get("date") or ""), e.get("stage")))) for e in value]
    if isinstance(value, list):
        return SEPARATOR.join(_cell("", v) for v in value)
    if isinstance(value, dict):
        return str(value.get("name") or value.get("slug") or json.dumps(value, ensure_ascii=False, sort_keys=True))
    return str(value)


def _base_columns() -> list[str]:
    columns = list(FIELDS)
    columns.insert(columns.index("partnership") + 1, "partnership_key")
    columns.insert(columns.index("places") + 1, "places_mentioned")
    return columns


def csv_columns(rows: list[dict], extra: set[str] | None = None) -> list[str]:
    """The columns of FIELDS (places split into subjects and mentions, the partnership's key
    added), then any field that only some records carry, by name (`extra`, when known)."""
    columns = _base_columns()
    return columns + sorted(extra if extra is not None else {k for row in rows for k in row} - set(columns))


def csv_row(row: dict, columns: list[str]) -> list[str]:
    pair = row.get("partnership")
    extra = {"partnership_key": partnership_key(tuple(p["slug"] for p in pair)) if pair else None,
             "places_mentioned": row.get("places")}
    return [_cell(c, extra[c] if c in extra else row.get(c)) for c in columns]


def _csv_text(rows: list[list[str]]) -> str:
    buffer = io.StringIO()
    csv.writer(buffer, lineterminator="\r\n").writerows(rows)
    return buffer.getvalue()


def catalogue_csv(rows: list[dict]) -> bytes:
    """One row per thesis under a header row (see csv_columns)."""
    columns = csv_columns(rows)
    return _csv_text([columns, *(csv_row(r, columns) for r in rows)]).encode()


_BASE_COLUMNS = frozenset(_base_columns())


class Exporter:
    """The data files, kept by the builder across rebuilds: a thesis's record and its JSON and
    CSV lines are made once per (digest, vocabulary, site address); unchanged files keep their
    very bytes (the writer then needs not hash them again)."""

    def __init__(self):
        self.rows: dict[tuple, tuple[dict, bytes, frozenset]] = {}  # key → (record, JSON line, its fields beyond the columns)
        self.csv_lines: dict[tuple, str] = {}  # (key, columns) → CSV line
        self.last: tuple = ((), {})

    def files(self, site: Site, config: Config) -> dict[str, bytes]:
        """The two data files, and the description of their fields (docs/data.md) beside them."""
        keys = tuple((i, site.entries[i].digest, site.vocab.digest, config.site_url) for i in sorted(site.entries))
        if self.last[0] != keys:
            rows = {k: self.rows.get(k) or self._row(site.entries[k[0]], site.vocab, config) for k in keys}
            self.rows = rows
            records = [rows[k][0] for k in keys]
            columns = csv_columns(records, set().union(*(rows[k][2] for k in keys)))  # (each record's own, once)
            lines = {(k, tuple(columns)): self.csv_lines.get((k, tuple(columns)))
                     or _csv_text([csv_row(rows[k][0], columns)]) for k in keys}
            self.csv_lines = lines
            self.last = (keys, {JSON_PATH: catalogue_json(records, [rows[k][1] for k in keys]),
                                CSV_PATH: (_csv_text([columns]) + "".join(lines.values())).encode()})
        files = dict(self.last[1])
        readme = config.root / "docs" / "data.md"
        if readme.is_file():
            files[README_PATH] = readme.read_bytes()
        return files

    @staticmethod
    def _row(entry: Entry, vocab: Vocabulary, config: Config) -> tuple[dict, str, frozenset]:
        record = thesis_record(entry, vocab, config)
        return record, _json_line(record).encode(), frozenset(record) - _BASE_COLUMNS

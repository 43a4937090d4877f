"""Metadata records a copied page carries, read field by field before any guessing.

Repository and index pages often hold the document's facts as a record rather than as a title
block: a BibTeX entry (Garuda's export, all on one line: `title = "…", author = "A; B", year =
"2020"`), RIS lines (`TI  - …`, `AU  - …`, `PY  - …`), DSpace's full item view (`| dc.title | … |`,
`dc.contributor.author: …`) or a two-column table of labelled rows (`Title - …`, `Author | …`).
A field says what it holds, so its value is taken as stated; a field that names a publisher or a
journal (`journal = "Universitas X"`) is never read as the authors' institution.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from .intake_facts import Fact, people

# what a field holds → the fact it states
_FIELDS = {
    "title": "title", "judul": "title", "ti": "title", "t1": "title", "dc.title": "title",
    "author": "authors", "authors": "authors", "penulis": "authors", "pengarang": "authors", "creator": "authors",
    "au": "authors", "a1": "authors", "dc.contributor.author": "authors", "dc.creator": "authors",
    "advisor": "advisors", "pembimbing": "advisors", "dc.contributor.advisor": "advisors",
    "year": "year", "tahun": "year", "py": "year", "y1": "year", "da": "year", "dc.date.issued": "year",
    "date": "year", "tanggal terbit": "year", "school": "institution", "institution": "institution",
}
_YEAR = re.compile(r"\b((?:19|20)\d{2})\b")
# BibTeX: name = "value" | {value} | 2020, anywhere on a line (a whole entry may stand on one)
_BIBTEX_START = re.compile(r"@\w+\s*\{")
_BIBTEX_FIELD = re.compile(r"\b([A-Za-z]+)\s*=\s*(?:\"([^\"]*)\"|\{((?:[^{}]|\{[^{}]*\})*)\}|(\d{4})\b)")
_RIS = re.compile(r"^([A-Z][A-Z0-9])  ?- (.+)$")
# '| dc.title | Value | en_US |', 'dc.title: Value', 'Title - Value', 'Author | Value'
_ROW = re.compile(r"^\|?\s*(dc\.[a-z.]*[a-z]|[A-Za-z][A-Za-z ]{1,20}?)\s*(?:\||:| - )\s*(.+?)"
                  r"(?:\s*\|\s*(?:[a-z]{2}(?:_[A-Z]{2})?)?)?\s*\|?\s*$")


@dataclass
class Record:
    """The facts a record states and the lines it occupies (no other rule reads those lines)."""

    facts: dict[str, Fact] = field(default_factory=dict)
    lines: set[int] = field(default_factory=set)


def _value(kind: str, raw: str) -> object | None:
    raw = re.sub(r"\s+", " ", raw).strip(" .,;\"")
    if kind == "year":
        found = _YEAR.search(raw)
        return int(found.group(1)) if found else None
    if kind in ("authors", "advisors"):
        return people(re.sub(r"\s+and\s+", "; ", raw)) or None
    return raw if len(raw.split()) >= (3 if kind == "title" else 1) else None


def _add(record: Record, kind: str, raw: str, number: int) -> None:
    value = _value(kind, raw)
    if value is None:
        return
    known = record.facts.get(kind)
    if known is None:
        record.facts[kind] = Fact(value, number)
    elif kind in ("authors", "advisors") and isinstance(known.value, list):  # RIS and DSpace: one row a person
        known.value += [p for p in value if p not in known.value]
    record.lines.add(number)


def read_records(body: str, limit: int = 120) -> Record:
    """The fields of the BibTeX, RIS, DSpace or labelled-row records in the opening lines."""
    record = Record()
    for number, line in enumerate(body.split("\n")[:limit], 1):
        text = line.strip()
        if _BIBTEX_START.search(text) or (record.lines and number - 1 in record.lines and _BIBTEX_FIELD.search(text)):
            found = False
            for match in _BIBTEX_FIELD.finditer(text):
                kind = _FIELDS.get(match.group(1).lower())
                found = True
                if kind:
                    _add(record, kind, next(g for g in match.groups()[1:] if g is not None), number)
            if found:
                record.lines.add(number)
            continue
        ris = _RIS.match(text)
        row = None if ris else _ROW.match(text)
        label, value = (ris.group(1), ris.group(2)) if ris else (row.group(1), row.group(2)) if row else ("", "")
        kind = _FIELDS.get(label.strip().lower())
        if kind and (ris or row and (label.startswith("dc.") or text.startswith("|") or " - " in text[:30])):
            _add(record, kind, value, number)
    return record

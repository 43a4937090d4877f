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

from .intake_facts import NAME_SEPARATOR, Fact, people

# what a field holds → the fact it states; labels are read case-folded, '(s)' and a trailing ':' dropped
_FIELDS = {
    "title": "title", "judul": "title", "ti": "title", "t1": "title", "dc.title": "title", "judul skripsi": "title",
    "author": "authors", "authors": "authors", "penulis": "authors", "creator": "authors",
    "pengarang": "authors family first",  # a library catalogue's field: "Lestari, Dewi Anggraini"
    "creators": "authors", "au": "authors", "a1": "authors", "dc.contributor.author": "authors", "dc.creator": "authors",
    "nama penulis": "authors", "nama mahasiswa": "authors", "written by": "authors",
    # a reporter's line: 'Laporan : Dewi Lestari', 'Laporan : Mustafa akmal-Batusangkar' (where the report came from)
    "pewarta": "authors reporter", "laporan": "authors reporter", "reporter": "authors reporter",
    "main authors": "authors family first", "main author": "authors family first",
    "other authors": "authors family first",
    "advisor": "advisors", "advisors": "advisors", "adviser": "advisors", "supervisor": "advisors",
    "supervisors": "advisors", "pembimbing": "advisors", "dosen pembimbing": "advisors", "promotor": "advisors",
    "dc.contributor.advisor": "advisors",
    "year": "year", "tahun": "year", "py": "year", "y1": "year", "da": "year", "dc.date.issued": "year",
    "date": "year", "tanggal terbit": "year", "publication year": "year", "year of publication": "year",
    "tahun terbit": "year", "tahun publikasi": "year", "date issued": "year", "issue date": "year",
    "published": "year", "publication date": "year", "date published": "year", "diterbitkan": "year",
    "tanggal publikasi": "year", "terbit": "year", "publish date": "year", "tanggal terbit artikel": "year",
    "school": "institution", "institution": "institution", "institusi": "institution", "university": "institution",
    "universitas": "institution", "perguruan tinggi": "institution", "affiliation": "institution", "afiliasi": "institution",
    "program studi": "program", "prodi": "program", "jurusan": "program", "study program": "program",
    "department": "program", "departemen": "program",
}
_YEAR = re.compile(r"\b((?:19|20)\d{2})\b")
_REPORTED_FROM = re.compile(r"(?<=[a-z])\s*[-–]\s*[A-Z][a-z]+(?:\s[A-Z][a-z]+)?$")  # '…akmal-Batusangkar': the place after the name
_TYPED_NAME = re.compile(r"[A-Z][a-z'’]+(?:\s[A-Za-z][a-z'’]+){1,3}")
# BibTeX: name = "value" | {value} | 2020, anywhere on a line (a whole entry may stand on one)
_BIBTEX_START = re.compile(r"@\w+\s*\{")
_BIBTEX_FIELD = re.compile(r"\b([A-Za-z]+)\s*=\s*(?:\"([^\"]*)\"|\{((?:[^{}]|\{[^{}]*\})*)\}|(\d{4})\b)")
# a label standing alone, its value on the next line: 'Author(s) -' / 'Penulis:'
_LABEL_ALONE = re.compile(r"^\|?\s*([A-Za-z][A-Za-z. ]{1,24}?(?:\(s\))?)\s*(?:\||:|[-–])?\s*\|?$")
# the value under a label with no separator ('Published' / '2021-06-30'): only a date says it is one
_DATE_ONLY = re.compile(r"^(?:\d{1,2}[ -]\w+[ -]|\d{4}-\d{2}-\d{2}$|\w+ \d{1,2},? )?(?:19|20)\d{2}\b")
_RIS = re.compile(r"^([A-Z][A-Z0-9])  ?- (.+)$")
# '| dc.title | Value | en_US |', 'dc.title: Value', 'Title - Value', 'Author | Value'
_ROW = re.compile(r"^\|?\s*(dc\.[a-z.]*[a-z]|[A-Za-z][A-Za-z ]{1,24}?(?:\(s\))?|[A-Za-z]+/[A-Za-z]+)\s*(?:\||:| [-–] )\s*(.+?)"
                  r"(?:\s*\|\s*(?:[a-z]{2}(?:_[A-Z]{2})?)?)?\s*\|?\s*$")


@dataclass
class Record:
    """The facts a record states and the lines it occupies (no other rule reads those lines)."""

    facts: dict[str, Fact] = field(default_factory=dict)
    lines: set[int] = field(default_factory=set)


def _value(kind: str, raw: str) -> object | None:
    raw = re.sub(r"\s+", " ", raw).strip(" .,;\"")
    if kind == "authors family first":  # a library catalogue's 'Dharmajaya, Andriani Florencia, Raharyo, Anggara'
        parts = [p.strip(" |") for p in raw.strip(" |").split(",")]
        if len(parts) % 2 or not all(re.fullmatch(r"[A-Z][\w'’.-]*(?:\s[A-Z][\w'’.-]*){0,3}", p) for p in parts):
            return people(raw) or None
        return [f"{given} {family}" for family, given in zip(parts[::2], parts[1::2])]
    if kind == "authors reporter":
        raw = _REPORTED_FROM.sub("", raw)
        # the label says a person follows: a name typed with a lowercase family name ('Mustafa akmal') is still one
        return people(raw) or ([raw] if _TYPED_NAME.fullmatch(raw) else None)
    if kind == "year":
        found = _YEAR.search(raw)
        return int(found.group(1)) if found else None
    if kind in ("authors", "advisors"):
        return people(re.sub(r"\s+and\s+", "; ", raw)) or None
    return raw if len(raw.split()) >= (3 if kind == "title" else 1) else None


def _add(record: Record, kind: str, raw: str, number: int) -> None:
    value = _value(kind, raw)
    kind = kind.removesuffix(" family first").removesuffix(" reporter")
    if value is None:
        return
    known = record.facts.get(kind)
    if known is None:
        record.facts[kind] = Fact(value, number)
    elif kind in ("authors", "advisors") and isinstance(known.value, list):  # RIS and DSpace: one row a person
        known.value += [p for p in value if p not in known.value]
    record.lines.add(number)


# EndNote's Refer export (EPrints' 'EndNote' link), its tags often run onto one line:
# '%0 Thesis %9 Skripsi %A Hizkia Simbolon, Jehfri %A Universitas Pakuan, %D 2019 %I Universitas Pakuan %T …'
_REFER_START = re.compile(r"^%0 \S")
_REFER_TAG = re.compile(r"(?:^|\s)%([A-Z0-9]) ((?:(?!\s%[A-Z0-9] ).)*)")
_REFER_FIELDS = {"T": "title", "D": "year", "I": "institution"}
_REFER_DEGREES = {"skripsi": "S-1", "tesis": "S-2", "disertasi": "S-3", "undergraduate thesis": "S-1",
                  "masters thesis": "S-2", "doctoral thesis": "S-3"}
_NOT_A_PERSON = re.compile(r"\b(?:Universitas|University|Universiti|Fakultas|Faculty|Institut|Institute|Sekolah|Program)\b")


def _refer(record: Record, text: str, number: int) -> None:
    """The fields of a Refer record: titles, years and the publisher as stated; '%A Family, Given'
    authors in reading order ('Chairijah, Chairijah': one name), an institution listed as an author left out."""
    thesis = re.search(r"%0 (?:Thesis|Report)\b", text) is not None
    for tag, value in _REFER_TAG.findall(text):
        value = value.strip()
        if tag == "A" and value and not _NOT_A_PERSON.search(value):
            family, _, given = (part.strip() for part in value.partition(","))
            name = family if not given or given == family else f"{given} {family}"
            _add(record, "authors", name, number)
        elif tag in _REFER_FIELDS and (tag != "I" or thesis):
            _add(record, _REFER_FIELDS[tag], value, number)
        elif tag == "9" and value.lower() in _REFER_DEGREES:  # '%9 Skripsi': the kind of work, as stated
            _add(record, "degree", _REFER_DEGREES[value.lower()], number)
    record.lines.add(number)


def field_of(label: str) -> str | None:
    """The fact a row's label names ('Author(s)', 'PUBLICATION YEAR', 'Dosen Pembimbing:'), if any."""
    key = re.sub(r"\s+", " ", re.sub(r"\(s\)$", "s", label.strip().rstrip(":").strip()).lower())
    if "/" in key:  # one person in two roles: 'Editor/Pewarta' is the reporter who also edited
        return next((_FIELDS[part] for part in key.split("/") if _FIELDS.get(part, "").startswith("authors")), None)
    return _FIELDS.get(key)


def read_records(body: str, limit: int = 120) -> Record:
    """The fields of the BibTeX, RIS, DSpace or labelled-row records in the opening lines. A row
    is 'Label - value', 'Label: value', '| Label | value |', or a label alone with its value on the
    next line ('Author(s) -' / 'Witarsa Tambunan'); ':' rows count in the opening 40 lines only,
    where a page's record stands, and a bare 'Date:' never (a site's upload date)."""
    record = Record()
    pending: tuple[str, int] | None = None
    for number, line in enumerate(body.split("\n")[:limit], 1):
        text = line.strip()
        if pending and text:
            kind, since = pending
            pending = None
            bare = kind.startswith("bare ")
            kind = kind.removeprefix("bare ")
            label = _LABEL_ALONE.match(text)
            # another label is no value ('Pewarta :' over 'Editor :', both left empty by the page)
            another = label and (field_of(label.group(1)) or re.search(r"[:|]\s*\|?$", text))
            if (number - since <= 2 and not another and not _ROW.match(text)
                    and (not bare or kind == "year" and _DATE_ONLY.match(text))):
                _add(record, kind, text, number)
                record.lines.add(since)
                if kind.startswith(("authors", "advisors")) and text.endswith((",", ";")):
                    pending = (kind, number)  # one name a line: 'Efraim Sitinjak,' / 'Saut Sagala,' / …
                continue
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
        if _REFER_START.match(text):
            _refer(record, text, number)
            continue
        alone = _LABEL_ALONE.match(text)
        if alone and field_of(alone.group(1)) and number <= 40:
            bare = not re.search(r"[|:\-–]\s*\|?$", text)  # 'Published' alone: a label only if a date follows
            pending = (("bare " if bare else "") + field_of(alone.group(1)), number)
            continue
        ris = _RIS.match(text)
        row = None if ris else _ROW.match(text)
        label, value = (ris.group(1), ris.group(2)) if ris else (row.group(1), row.group(2)) if row else ("", "")
        kind = _FIELDS.get(label.strip().lower()) if ris else field_of(label)
        colon = row and ":" in text[len(label) : len(label) + 3] and number <= 40 and label.strip().lower() != "date"
        if kind and (ris or row and (label.startswith("dc.") or text.startswith("|") or " - " in text[:30]
                                     or " – " in text[:30] or colon)):
            _add(record, kind, value, number)
    return record


# A repository's running head, repeated atop every page of a thesis (UPN Veteran Jakarta's, among others):
# 'Rizki Fitrayansyah, 2023' / 'TITLE IN CAPITALS' / 'UPN VETERAN JAKARTA, Fakultas …, Hubungan Internasional [www…]'
_HEAD_NAME_YEAR = re.compile(r"^([A-Z][\w'’.-]+(?: [A-Z][\w'’.-]+){1,5}),\s*((?:19|20)\d{2})$")
_HEAD_INSTITUTION = re.compile(r"^((?:UNIVERSITAS|UNIVERSITY|INSTITUT|UPN|UIN|POLITEKNIK|SEKOLAH TINGGI)\b[^,\[]*?)\s*,"
                               r"\s*(Fakultas[^,\[]*|Faculty[^,\[]*)(?:,\s*([^,\[]+?))?\s*(?:\[|$)", re.IGNORECASE)


def running_head(header: list[tuple[int, str]]) -> dict[str, Fact]:
    """The author, year, title, institution and programme a running head states (three lines in a row)."""
    for i in range(len(header) - 2):
        who, title, where = header[i], header[i + 1], header[i + 2]
        named, place = _HEAD_NAME_YEAR.match(who[1]), _HEAD_INSTITUTION.match(where[1])
        letters = [c for c in title[1] if c.isalpha()]
        if not (named and place and len(title[1].split()) >= 4 and letters
                and sum(c.isupper() for c in letters) >= 0.8 * len(letters)):
            continue
        facts = {"authors": Fact(people(named.group(1)) or [named.group(1)], who[0]),
                 "year": Fact(int(named.group(2)), who[0]), "title": Fact(title[1], title[0]),
                 "institution": Fact(place.group(1).strip(), where[0])}
        if place.group(3) and len(place.group(3).split()) <= 5:
            facts["program"] = Fact(place.group(3).strip(), where[0])
        return facts
    return {}


# A blog's byline under its post's title: 'Diposting oleh Andi Firmansyah pada 3 Maret 2023 | 4 Komentar',
# 'Posted by Rina Dewi on June 18, 2011'; the line above it is the post's title, the blog a web page
_BYLINE = re.compile(r"^(?:diposting|dipos|posted|ditulis|written)\s+(?:oleh|by)\s+([A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,4})"
                     r"\s+(?:pada|on)\s+[^|]*?\b((?:19|20)\d{2})\b", re.IGNORECASE)


# the same, dated first: 'date 2022-01-03 By Amiruddin*', 'Published on 2021-05-04 by Rina Dewi'
_DATED_BYLINE = re.compile(r"^(?:date|posted(?: on)?|published(?: on)?|diposting(?: pada)?)\s*:?\s*((?:19|20)\d{2})-\d{2}-\d{2}"
                           r"\s+(?:by|oleh)\s+([A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,4})", re.IGNORECASE)


# An OJS article page's licence block names the authors who keep the copyright: 'Copyright (c) 2025
# Irsyaad Suharyadi, Arie Fitria, Fitri Fatharani' (a journal or a publisher holding it names no person).
_AUTHORS_COPYRIGHT = re.compile(r"^copyright\s*(?:\(c\)|©)\s*((?:19|20)\d{2})\s+(.{5,200})$", re.IGNORECASE)
_NOT_PEOPLE = re.compile(r"\b(?:jurnal|journal|universit\w*|press|penerbit|publisher|pt|cv|lembaga|institut\w*|fakultas"
                         r"|faculty|program|media|network|the authors?|penulis|all rights)\b", re.IGNORECASE)


def copyright_authors(body: str) -> dict[str, Fact]:
    """The authors and year an article page's own copyright line states, when it names persons only."""
    for number, line in enumerate(body.split("\n")[:120], 1):
        found = _AUTHORS_COPYRIGHT.match(line.strip(" *_#•"))
        if not found or _NOT_PEOPLE.search(found.group(2)):
            continue
        names = people(found.group(2))
        parts = [p for p in NAME_SEPARATOR.split(found.group(2)) if p.strip()]
        if names and len(names) == len(parts) and all(len(n.split()) >= 2 for n in names):
            return {"authors": Fact(names, number), "year": Fact(int(found.group(1)), number)}
    return {}


def blog_byline(body: str, header: list[tuple[int, str]]) -> dict[str, Fact]:
    """The author, year, title and kind a blog post's byline states (the byline, with its '|', is
    furniture to the header; the title is the header's line above it)."""
    for number, line in enumerate(body.split("\n")[:120], 1):
        byline = _BYLINE.match(line.strip(" *_#•"))
        dated = None if byline else _DATED_BYLINE.match(line.strip(" *_#•"))
        if not (byline or dated):
            continue
        author, year = (byline.group(1), byline.group(2)) if byline else (dated.group(2), dated.group(1))
        facts = {"authors": Fact([author], number), "year": Fact(int(year), number), "work": Fact("web", number)}
        above = max((h for h in header if h[0] < number), default=None)
        # ('BUKITTINGGI-SERAMBAN': a short title of two names joined by a dash is one too)
        if above and (len(above[1].split()) >= 3 or re.fullmatch(r"[^\W\d_]{3,}\s?[-–]\s?[^\W\d_]{3,}", above[1])) \
                and not above[1].endswith((".", "!", "?")):
            facts["title"] = Fact(above[1], above[0])
        return facts
    return {}

"""Citations of a thesis: names, APA 7 and Chicago author-date in Indonesian, BibTeX and RIS.

Pure functions from the facts the catalogue knows (`Facts`) to text. Nothing here guesses: an
unknown author, year, institution or degree is left out, never filled in. The page metadata
(Highwire, schema.org, Open Graph, COinS) is in `katalog.citemeta`.

The second style is Chicago author-date (17th ed.): like APA it puts the year after the author,
so a reader who sees both recognises the same work; its thesis form needs no access date.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from markupsafe import Markup, escape

from .text import SMALL_WORDS

# Kinds of document by degree. BibTeX has no undergraduate type: a skripsi is written as
# @mastersthesis with type = {Skripsi}, the common Indonesian practice (the type field replaces
# the printed label); an unknown degree is @misc, so no degree is claimed.
DOC_TYPES = {  # kind → (label, BibTeX entry type, degree level in English)
    "skripsi": ("Skripsi", "mastersthesis", "Bachelor's (S1)"),
    "tesis": ("Tesis", "mastersthesis", "Master's (S2)"),
    "disertasi": ("Disertasi", "phdthesis", "Doctoral (S3)"),
}
UNKNOWN_DOC_LABEL = "Tugas akhir"  # the generic word for a final thesis of any degree
# A work that is no thesis, as the text shows (katalog/intake_work.py): label, RIS type, schema.org type
WORK_TYPES = {"article": ("Artikel jurnal", "JOUR", "ScholarlyArticle"), "news": ("Berita", "NEWS", "NewsArticle"),
              "web": ("Laman web", "ELEC", "WebPage")}
NO_DATE = "t.t."  # tanpa tahun
MONTHS_ID = ("Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus", "September",
             "Oktober", "November", "Desember")
ACCESS_PLACEHOLDER = "[tanggal akses]"  # in the page, cite.js puts the reader's date here

_DEGREE_PATTERNS = (  # what a `degree` or `program` field says → kind of document
    (re.compile(r"^(?:s-?\s?1|sarjana|bachelor|skripsi|undergraduate)\b", re.IGNORECASE), "skripsi"),
    (re.compile(r"^(?:s-?\s?2|magister|master|tesis|thesis)\b", re.IGNORECASE), "tesis"),
    (re.compile(r"^(?:s-?\s?3|doktor|doctor|doctoral|disertasi|dissertation|ph\.?\s?d)\b", re.IGNORECASE), "disertasi"),
)
_HONORIFICS = {"dr", "prof", "ir", "drs", "dra", "hj", "kh", "mr", "mrs", "ms"}
_PARTICLES = {"van", "von", "de", "der", "den", "di", "da", "du", "la", "le", "del", "della", "dos", "das",
              "ter", "ten", "bin", "binti", "al", "el", "ibn"}
# An academic degree written after a comma: "M.Si", "S.IP", "Ph.D.", "S.H.", or a bare "MA".
_DEGREE_RE = re.compile(r"^(?:[A-Z][A-Za-z]{0,3}\.){1,3}[A-Za-z]{0,4}\.?$|^(?:MA|MSc|MPhil|PhD|MBA|MPA|SE|SH|SIP)$")


def document_type(degree: str | None, program: str | None = None) -> str | None:
    """'skripsi', 'tesis' or 'disertasi' from a degree ('S-2') or a programme's name ('Magister …');
    None when neither says it."""
    for text in (degree, program):
        for pattern, kind in _DEGREE_PATTERNS:
            if text and pattern.match(str(text).strip()):
                return kind
    return None


@dataclass(frozen=True)
class Name:
    family: str  # with its particles: "van Gogh"; a single name ("Sukarno") is all family
    given: str = ""

    @property
    def inverted(self) -> str:
        """'Fazra, Khoero Dara' (Highwire, RIS, BibTeX); a single name as it is."""
        return f"{self.family}, {self.given}" if self.given else self.family

    @property
    def natural(self) -> str:
        return f"{self.given} {self.family}" if self.given else self.family

    @property
    def initials(self) -> str:
        """'K. D.' for 'Khoero Dara'; 'J.-P.' for 'Jean-Paul'."""
        out = []
        for word in self.given.split():
            parts = [p for p in word.split("-") if p]
            if word.lower() in _PARTICLES or not parts:
                continue
            out.append("-".join(p[0].upper() + "." for p in parts))
        return " ".join(out)

    @property
    def apa(self) -> str:
        """'Fazra, K. D.'; a single name as it is."""
        return f"{self.family}, {self.initials}" if self.initials else self.family


def _is_degree(part: str) -> bool:
    return " " not in part.strip() and bool(_DEGREE_RE.match(part.strip()))


def parse_name(raw: str) -> Name:
    """A person's name as a thesis gives it → family and given names.

    'Khoero Dara Fazra' → (Fazra, Khoero Dara); 'Fazra, Khoero Dara' stays so; academic titles
    ('Dr.', ', M.Si') are dropped; lowercase particles ('van', 'bin') stay with the family name;
    a single name is a family name with no given name.
    """
    parts = [p.strip() for p in re.sub(r"\s+", " ", raw).strip().split(",")]
    while len(parts) > 1 and _is_degree(parts[-1]):
        parts.pop()
    words = parts[0].split()
    while len(words) > 1 and words[0].lower().rstrip(".") in _HONORIFICS:
        words.pop(0)
    if len(parts) > 1:  # already "Last, First"
        return Name(" ".join(words), " ".join(parts[1:]).strip())
    if len(words) <= 1:
        return Name(" ".join(words))
    start = len(words) - 1
    while start > 1 and words[start - 1].lower() in _PARTICLES:
        start -= 1
    return Name(" ".join(words[start:]), " ".join(words[:start]))


@dataclass(frozen=True)
class Facts:
    """What is known of one thesis; empty means unknown."""

    id: str
    title: str
    title_descriptive: bool = False
    title_en: str = ""
    authors: tuple[Name, ...] = ()
    year: int | None = None
    doc_type: str | None = None  # skripsi | tesis | disertasi
    degree: str = ""  # as the text gives it: 'S-2'
    institution: str = ""
    program: str = ""
    languages: tuple[str, ...] = ()  # ISO 639-1
    keywords: tuple[str, ...] = ()
    url: str | None = None  # the page's public address, only when the site knows it
    site_title: str = ""
    work: str | None = None  # article | news | web: no thesis (WORK_TYPES)
    published_in: str = ""  # the journal or news outlet of a work that is no thesis, as the text names it
    volume: str = ""
    issue: str = ""
    original: str | None = None  # where the original text can be read (http or https)

    @property
    def doc_label(self) -> str:
        if self.doc_type:
            return DOC_TYPES[self.doc_type][0]
        return WORK_TYPES[self.work][0] if self.work in WORK_TYPES else UNKNOWN_DOC_LABEL

    @property
    def cited_url(self) -> str | None:
        """The original's address where known (a reader goes there), else this catalogue page's."""
        return self.original or self.url

    @property
    def shown_title(self) -> str:
        """The title, or the descriptive one in square brackets (it is ours, not the author's)."""
        return f"[{self.title}]" if self.title_descriptive else self.title


def format_date_id(day: date) -> str:
    """'2 Desember 2026'."""
    return f"{day.day} {MONTHS_ID[day.month - 1]} {day.year}"


# ---------------------------------------------------------------------------- styles as segments


@dataclass(frozen=True)
class Rendered:
    text: str  # plain text, for copying
    html: Markup  # escaped; italics as <i>


# A citation is a list of (text, style) segments; style "" plain, "i" italic, "date" the access
# date placeholder, "url" a link. Text and HTML come from the same segments, so they agree.
Segments = list[tuple[str, str]]


def _render(segments: Segments) -> Rendered:
    html = []
    for text, style in segments:
        if style == "i":
            html.append(Markup("<i>{}</i>").format(text))
        elif style == "date":
            html.append(Markup('<span class="cite-accessed">{}</span>').format(text))
        elif style == "url":
            html.append(Markup('<a href="{0}">{0}</a>').format(text))
        else:
            html.append(escape(text))
    return Rendered("".join(t for t, _ in segments), Markup("").join(html))


def _end(text: str) -> str:
    """A sentence's closing period, unless it already ends in one (or ?/!)."""
    return text if text.endswith((".", "?", "!")) else text + "."


def _apa_authors(names: tuple[Name, ...]) -> str:
    """APA 7: up to 20 names, '&' before the last; with 21 or more, the first 19, '…', the last."""
    shown = [n.apa for n in names]
    if len(shown) == 1:
        return shown[0]
    if len(shown) > 20:
        return ", ".join(shown[:19]) + ", … " + shown[-1]
    return ", ".join(shown[:-1]) + ", & " + shown[-1]


def _title_segments(f: Facts, style: str) -> Segments:
    if f.title_descriptive:
        return [(f.shown_title, "")]
    return [(f.title, style)]


def _place(f: Facts) -> str:
    """'Skripsi, Universitas X'; an article's or a report's institution is its writer's, not its publisher."""
    return f"{f.doc_label}, {f.institution}" if f.institution and not f.work else f.doc_label


def _container(f: Facts) -> bool:
    """An article or a news story whose journal or outlet is known: cited in it, not as a document."""
    return bool(f.work in ("article", "news") and f.published_in)


def _apa_container(f: Facts) -> Segments:
    """' *Jurnal X*, *4*(2).' or ' *ANTARA*.'"""
    segs: Segments = [(" ", ""), (f.published_in, "i")]
    if f.volume:
        segs += [(", ", ""), (f.volume, "i")]
    if f.issue:
        segs.append((f"({f.issue})", "") if f.volume else (f", no. {f.issue}", ""))
    return [*segs, (".", "")]


def apa(f: Facts, accessed: date | None = None) -> Rendered:
    """APA 7 reference, Indonesian locale: (t.t.) without a year, the kind of document and the
    institution in brackets, a descriptive title in brackets and not italic, and — only when the
    site knows its address — 'Diakses <date> dari <URL>'. Without `accessed`, the date is a
    placeholder the page's script fills with the reader's date."""
    when = f"({f.year if f.year else NO_DATE})."
    # an article or a story: its title plain, then the journal or outlet in italics; else the document in brackets
    kind = [(".", ""), *_apa_container(f)] if _container(f) else [(f" [{_place(f)}].", "")]
    style = "" if _container(f) else "i"
    if f.authors:
        segs: Segments = [(_end(_apa_authors(f.authors)) + " " + when + " ", "")]
        segs += _title_segments(f, style) + kind
    elif _container(f):  # no author: the title, the date, then the journal or outlet ('Title. (2019). *J*, *7*(2).')
        segs = _title_segments(f, style) + [(". " + when, ""), *_apa_container(f)]
    else:  # no author: the title takes the author's place
        segs = _title_segments(f, style) + kind + [(" " + when, "")]
    if f.cited_url:
        day = format_date_id(accessed) if accessed else ACCESS_PLACEHOLDER
        site = f" {f.site_title}." if f.site_title and not f.original else ""  # the catalogue is the source read
        segs += [(site, ""), (" Diakses ", ""), (day, "" if accessed else "date"), (" dari ", ""), (f.cited_url, "url")]
    return _render([s for s in segs if s[0]])


_SHORT_TITLE_TAIL = SMALL_WORDS | {"atau", "serta", "a", "an", "to", "for", "on", "between"}


def _short_title(f: Facts) -> str:
    """The first words of a title, for an in-text citation of a work with no author."""
    title = re.split(r"[:(]", f.title, maxsplit=1)[0].strip() or f.title
    words = title.split()
    if len(words) <= 8:
        return title
    words = words[:6]
    while len(words) > 1 and words[-1].lower() in _SHORT_TITLE_TAIL:  # not '… Kota Bogor dan'
        words.pop()
    return " ".join(words)


def apa_in_text(f: Facts) -> Rendered:
    """Parenthetical in-text citation: (Fazra, 2014), (A & B, t.t.), (A dkk., 2020)."""
    when = str(f.year) if f.year else NO_DATE
    names = [n.family for n in f.authors]
    if not names:
        short = _short_title(f)
        return _render([("(", ""), *([(f"[{short}]", "")] if f.title_descriptive else [(short, "i")]),
                        (f", {when})", "")])
    who = names[0] if len(names) == 1 else f"{names[0]} & {names[1]}" if len(names) == 2 else f"{names[0]} dkk."
    return _render([(f"({who}, {when})", "")])


def _chicago_authors(names: tuple[Name, ...]) -> str:
    """Chicago 17: the first name inverted, the rest in natural order; over ten, seven and 'dkk.'."""
    if len(names) > 10:
        return ", ".join([names[0].inverted] + [n.natural for n in names[1:7]]) + ", dkk."
    parts = [names[0].inverted] + [n.natural for n in names[1:]]
    if len(parts) == 1:
        return parts[0]
    return ", ".join(parts[:-1]) + (", dan " if len(parts) > 2 else " dan ") + parts[-1]


def chicago(f: Facts) -> Rendered:
    """Chicago author-date (17th ed.), Indonesian words: the title in quotation marks (a thesis is
    unpublished), a descriptive title without them, 't.t.' without a year, then the kind of
    document and the institution, and the URL when the site knows it."""
    when = _end(str(f.year) if f.year else NO_DATE)
    title = f.shown_title if f.title_descriptive else f"“{_end(f.title)}”"
    title = _end(title) if f.title_descriptive else title
    if f.authors:
        segs: Segments = [(_end(_chicago_authors(f.authors)) + " " + when + " " + title, "")]
    else:
        segs = [(title + " " + when, "")]
    if _container(f):  # ' *Jurnal X* 4 (2).'
        number = " ".join(filter(None, (f.volume, f"({f.issue})" if f.issue else "")))
        segs += [(" ", ""), (f.published_in, "i"), ((" " + number if number else "") + ".", "")]
    else:
        segs.append((" " + _end(_place(f)), ""))
    if f.cited_url:
        segs += [(" ", ""), (f.cited_url, "url"), (".", "")]
    return _render(segs)


# ---------------------------------------------------------------------------- BibTeX and RIS

_BIB_SPECIALS = {"\\": r"\textbackslash{}", "{": r"\{", "}": r"\}", "$": r"\$", "&": r"\&", "%": r"\%",
                 "#": r"\#", "_": r"\_", "~": r"\textasciitilde{}", "^": r"\textasciicircum{}"}
_BIB_RE = re.compile("|".join(map(re.escape, _BIB_SPECIALS)))
_LANGIDS = {"id": "indonesian", "en": "english"}


def bib_escape(text: str) -> str:
    """Text safe inside a BibTeX field: LaTeX specials escaped, one line."""
    return _BIB_RE.sub(lambda m: _BIB_SPECIALS[m.group()], " ".join(str(text).split()))


def _bib_name(name: Name) -> str:
    """'Last, First'; a word 'and' inside a name is braced so it does not split the list."""
    return re.sub(r"\band\b", "{and}", bib_escape(name.inverted))


def bibtex(f: Facts) -> str:
    """One BibTeX entry, keyed by the thesis id (stable across rebuilds and edits).

    @mastersthesis for a tesis and a skripsi (type = {Skripsi}), @phdthesis for a disertasi,
    @misc when the degree is unknown. The title is double-braced so styles keep its capitals."""
    entry = DOC_TYPES[f.doc_type][1] if f.doc_type else "article" if _container(f) and f.work == "article" else "misc"
    fields: list[tuple[str, str]] = []
    if f.authors:
        fields.append(("author", " and ".join(_bib_name(n) for n in f.authors)))
    fields.append(("title", "{" + bib_escape(f.shown_title) + "}"))
    if f.doc_type:
        fields.append(("type", f.doc_label))
        if f.institution:
            fields.append(("school", bib_escape(f.institution)))
    elif entry == "article":
        fields.append(("journal", bib_escape(f.published_in)))
        fields += [(name, bib_escape(value)) for name, value in (("volume", f.volume), ("number", f.issue)) if value]
    else:
        fields.append(("howpublished", bib_escape(", ".join(filter(None, (_place(f), f.published_in))))))
    if f.year:
        fields.append(("year", str(f.year)))
    if f.languages and f.languages[0] in _LANGIDS:
        fields.append(("langid", _LANGIDS[f.languages[0]]))
    if f.keywords:
        fields.append(("keywords", bib_escape(", ".join(f.keywords))))
    if f.cited_url:
        fields.append(("url", f.cited_url.replace("\\", "").replace("{", "%7B").replace("}", "%7D")))
    body = ",\n".join(f"  {k} = {{{v}}}" for k, v in fields)
    return f"@{entry}{{{f.id},\n{body}\n}}\n"


def _ris_value(text: str) -> str:
    return " ".join(str(text).split())


def ris(f: Facts) -> str:
    """One RIS record (TY THES … ER; JOUR, NEWS or ELEC for a work that is no thesis), lines
    ending in CR LF as the format asks."""
    kind = "THES" if f.doc_type or f.work not in WORK_TYPES else WORK_TYPES[f.work][1]
    lines = [("TY", kind), ("ID", f.id)]
    lines += [("AU", _ris_value(n.inverted)) for n in f.authors]
    lines.append(("TI", _ris_value(f.shown_title)))
    if f.title_en:
        lines.append(("TT", _ris_value(f.title_en)))
    if f.year:
        lines.append(("PY", str(f.year)))
    if f.institution and not f.work:  # a thesis's university; an article's is only its writer's affiliation
        lines.append(("PB", _ris_value(f.institution)))
    if f.doc_type:
        lines.append(("M3", f.doc_label))
    if _container(f):  # the journal or newspaper, its volume and issue
        lines.append(("T2", _ris_value(f.published_in)))
        lines += [(tag, _ris_value(value)) for tag, value in (("VL", f.volume), ("IS", f.issue)) if value]
    lines += [("LA", lang) for lang in f.languages]
    lines += [("KW", _ris_value(k)) for k in f.keywords]
    if f.cited_url:
        lines.append(("UR", f.cited_url))
    lines.append(("ER", ""))
    return "".join(f"{tag}  - {value}\r\n" for tag, value in lines)

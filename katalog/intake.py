"""Intake of a raw summary: what its text states about itself (title, authors, advisors,
institution, programme, degree, year, keywords), found in its header lines, never guessed.

A summary copied from a repository page opens with page furniture (navigation, "skip to main
content", search boxes), a `<!-- source: … -->` comment, then a title block: title, author
lines, affiliation, sometimes a citation line ("Gunawan, T. (2024). Judul. Skripsi, …"). Each
fact found keeps the line it came from, so pages mark it "taken from the text" and `check` can
ask the maintainer to confirm it (`build.py adopt` writes them into the front matter).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

HEADER_LINES = 40  # facts about the document stand in its opening lines, not in its body

_FURNITURE = re.compile(
    r"^(?:skip to (?:main )?content|lewati ke konten|beranda|home|menu|cari|search|login|masuk|daftar|register"
    r"|tidak ada hasil.*|no results.*|download(?: pdf)?|unduh(?: pdf)?|lihat|view|share|bagikan|membagikan.*"
    r"|abstract views?.*|dilihat.*|views?:.*|pdf|full text|teks lengkap|copyrights? ©.*|© ?\d{4}.*|hak cipta.*"
    r"|academic year:.*|tahun akademik:.*|page \d+.*|halaman \d+.*|issue|arsip|archives?|tentang|about"
    r"|toggle navigation|navigasi|kembali|back|print|cetak|informasi|information|bahasa|language|english|indonesia"
    r"|details?|detail|metadata|statistics?|statistik|citations?|sitasi|references?"
    r"|anda di halaman.*|\+ ?all categories|published ?:.*|claim missing document|check|articles?|found \d+ documents?"
    r"|date post:.*|category:.*|upload:.*|view:.*|download:.*|share this document.*|publisher ?:.*|show abstract.*"
    r"|transcript of.*|(?:home|beranda)\s*[>›/»].*|more info.*|open access|akses terbuka)$",
    re.IGNORECASE)
_BREADCRUMB = re.compile(r"^[^.!?]{0,80}(?:\s[/›»>|]\s[^.!?]{0,60}){1,}$")
_LABEL = re.compile(r"^[#*_\s]*(abstra[kc]t?|abstrak|intisari|ringkasan|summary|kata[ -]?kunci|keywords?"
                    r"|key words|pendahuluan|introduction|bab\s+[ivx1-9]+|latar belakang)\b[*_\s]*[:.\-–—]?", re.IGNORECASE)
_EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+|\[email[^\]]*protected\]", re.IGNORECASE)
_INSTITUTION_CAPS = re.compile(r"\b((?:UNIVERSITAS|INSTITUT|SEKOLAH TINGGI|POLITEKNIK|UNIVERSITY OF)(?: [A-Z]{2,})+)")
_PROGRAM_CAPS = re.compile(r"\b((?:PROGRAM STUDI|JURUSAN|DEPARTEMEN|PRODI)(?: (?!FAKULTAS\b|UNIVERSITAS\b)[A-Z]{2,})+)")
_JOURNAL_YEAR = re.compile(r"[Jj]ournal\b[^\n]{0,80}?,\s*((?:19|20)\d{2})\s*,\s*\d+\s*\(")  # 'eJournal …, 2017, 4 (4)'
_PUBLICATION = re.compile(r"[Jj]ournal|[Jj]urnal|\bISSN\b|\bVol(?:\.|ume)|\bDOI\b")  # a journal's line, no title's
_BY_INLINE = re.compile(r"\b(?:Oleh|OLEH|Disusun oleh|DISUSUN OLEH|By)\s*:?\s+(" + r"[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){1,5})")
_INSTITUTION = re.compile(
    r"\b((?:Universitas|Institut|Sekolah Tinggi|Politeknik|Akademi|UIN|IAIN|STAIN|UPN)\b[\w .'’&-]*?"
    r"|University of [A-Z][\w .'-]*?|[A-Z][\w'-]+(?: [A-Z][\w'-]+)* University)"
    r"(?=\s*(?:[,;()\n]|$| Kota | Fakultas| Jurusan| Program| Email| Jl\.| \d))")
_PROGRAM = re.compile(r"\b((?:Program Studi|Prodi|Jurusan|Departemen|Department of|Magister|Master of|Program Sarjana)"
                      r"\s+[A-Z][\w ]*?)(?=\s*(?:[,;()\n]|$| Fakultas| Universitas| Institut| Email))")
_PERSON = r"[A-Z][\w'’.-]*(?:\s+(?:[A-Z][\w'’.-]*|bin|binti|van|de|al-\w+))*"
_BY = re.compile(r"^(?:penyusun(?:\s+nama)?|di\s?susun\s+oleh|ditulis\s+oleh|oleh|by|penulis|author\(?s?\)?|nama(?:\s+mahasiswa)?)\s*[:.]?\s+(.+)$",
                 re.IGNORECASE)
_ADVISOR = re.compile(r"^(?:dosen\s+)?(?:pembimbing|supervisor|advisor|promotor)(?:\s+(?:[IV]+|\d))?\s*[:.]?\s+(.+)$",
                      re.IGNORECASE)
# "Gunawan, T. (2024)." or "Madeten, Selina Liane (2020) Title. Bachelor thesis, Universitas …"
_CITATION = re.compile(r"^(?i:cara mengutip:?\s*|how to cite:?\s*|sitasi:?\s*)?"
                       r"((?:[A-Z][\w'’-]+,\s+(?:[A-Z]\.\s?)+(?:,\s*|\s*&\s*|\s+dan\s+)?)+"
                       r"|[A-Z][\w'’-]+,\s+[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)*)\s*\((\d{4})\)[.,]?\s*(.*)$")
_YEAR_LINE = re.compile(r"^(?:[A-Z][\w ]+[, ]\s*)?((?:19|20)\d{2})$")
_VOLUME_YEAR = re.compile(r"\bVol(?:ume)?\.?\s*\d+[^()\n]{0,20}\(((?:19|20)\d{2})\)")
_DEGREES = (("disertasi", "S-3"), ("dissertation", "S-3"), ("doctoral", "S-3"), ("tesis", "S-2"),
            ("master's thesis", "S-2"), ("master thesis", "S-2"), ("magister", "S-2"), ("skripsi", "S-1"),
            ("bachelor thesis", "S-1"), ("undergraduate thesis", "S-1"), ("sarjana", "S-1"))
SMALL_WORDS = {"dan", "di", "ke", "dari", "yang", "untuk", "dengan", "pada", "dalam", "antara", "terhadap", "atas",
               "oleh", "sebagai", "melalui", "tentang", "of", "the", "and", "in", "on", "for", "to", "with",
               "between", "a", "an", "at", "by", "as"}
ACRONYMS = {"loi": "LoI", "mou": "MoU", "moa": "MoA", "rrt": "RRT", "rrc": "RRC", "dprd": "DPRD", "diy": "DIY",
            "ntb": "NTB", "ntt": "NTT", "dki": "DKI", "ri": "RI", "as": "AS", "asean": "ASEAN", "apeksi": "APEKSI",
            "ham": "HAM", "umkm": "UMKM", "pemprov": "Pemprov", "pemkot": "Pemkot", "pemkab": "Pemkab"}


@dataclass
class Fact:
    value: object
    line: int  # 1-based, in the body


@dataclass
class Intake:
    facts: dict[str, Fact] = field(default_factory=dict)

    def get(self, name: str, default=None):
        fact = self.facts.get(name)
        return fact.value if fact else default


def _clean(line: str) -> str:
    line = re.sub(r"<!--.*?-->", " ", line)
    line = re.sub(r"[*_`#>]+", " ", line)
    line = re.sub(r"^\s*[•·▪●◦\-–]\s*", "", line)
    return re.sub(r"\s+", " ", line).strip(" \t|")


def is_furniture(line: str) -> bool:
    """Navigation and repository page furniture, not part of the document."""
    text = _clean(line)
    return (not text or _FURNITURE.match(text) is not None or bool(_BREADCRUMB.match(text)) and len(text.split()) <= 12
            or not re.search(r"[^\W\d_]{2}", text))


def _header(body: str) -> list[tuple[int, str]]:
    """The opening lines that are not furniture, with their line numbers, up to the abstract."""
    out = []
    in_comment = False
    for number, raw in enumerate(body.split("\n")[:HEADER_LINES * 3], 1):
        if in_comment:
            in_comment = "-->" not in raw
            continue
        if "<!--" in raw and "-->" not in raw:
            in_comment = True
            continue
        if raw.lstrip().startswith(":") and out:  # 'Penyusun Nama' / ': Selvinda …': one labelled line
            out[-1] = (out[-1][0], f"{out[-1][1]} {_clean(raw)}")
            continue
        if is_furniture(raw):
            continue
        out.append((number, _clean(raw)))
        if len(out) >= HEADER_LINES:
            break
    return out


def _caps_ratio(text: str) -> float:
    letters = [c for c in text if c.isalpha()]
    return sum(c.isupper() for c in letters) / len(letters) if letters else 0.0


def _caps_prefix(text: str) -> str:
    """The all-caps words at the start of a line (a title followed on the same line by its author)."""
    words, kept = text.split(), []
    for word in words:
        letters = [c for c in word if c.isalpha()]
        if letters and not all(c.isupper() for c in letters) and len(kept) >= 4:
            break
        kept.append(word)
    return " ".join(kept)


def _is_person_line(text: str) -> bool:
    return bool(_EMAIL.search(text) or _BY.match(text) or _ADVISOR.match(text) or _CITATION.match(text)
                or re.search(r"\b(?:NIM|NPM|NRP|Student ID|ID No)\b", text))


def recase(title: str, names: dict[str, str] | None = None) -> str:
    """An all-caps title in title case, keeping acronyms and the spelling of known names."""
    if _caps_ratio(title) < 0.8:
        return title
    names = names or {}
    out, start = [], True
    for token in re.split(r"(\s+|[-–/(])", title.lower()):
        if not token or token.isspace() or token in "-–/(":
            out.append(token)
            start = start or token == "("
            continue
        core = token.strip(".,:;)\"'")
        if core in ACRONYMS:
            word = token.replace(core, ACRONYMS[core])
        elif core in names:
            word = token.replace(core, names[core])
        elif core in SMALL_WORDS and not start:
            word = token
        else:
            word = token[:1].upper() + token[1:]
        out.append(word)
        start = token.endswith(":")
    return "".join(out)


_INLINE_END = re.compile(r"\s+(?:ABSTRA[KC]T?|Abstra[kc]t?\b|SKRIPSI|Skripsi|TESIS|Tesis|DISERTASI|Oleh\s*:|OLEH\b"
                         r"|Disusun\b|DISUSUN\b|Diajukan\b|DIAJUKAN\b|Kata [Kk]unci|Keywords?\s*:)")
_TRUNCATED = re.compile(r"\s*(?:\.\.\.|…)")


def _looks_like_name(text: str) -> bool:
    """A line of two to six capitalised words and no small words: a person, not a title."""
    words = text.split()
    return (2 <= len(words) <= 6 and _caps_ratio(text) < 0.8 and all(w[:1].isupper() or w[:1] == "(" for w in words)
            and not any(w.lower() in SMALL_WORDS for w in words) and not _INSTITUTION.search(text))


def _untruncate(text: str, header: list[tuple[int, str]], i: int) -> tuple[int, str] | None:
    """A page title cut with '…': the fuller line further down that starts with the same words."""
    stem = _TRUNCATED.split(text, maxsplit=1)[0].strip()
    if len(stem.split()) < 3:
        return None
    folded = stem.casefold()
    for number, more in header[i + 1 :]:
        at = more.casefold().find(folded)
        if at >= 0 and not _TRUNCATED.match(more[at + len(stem):]):
            return number, more[at:]
    return None


def _title_text(text: str) -> str:
    """The title within a line: an author, a label or a degree statement after it cut off."""
    text = _INLINE_END.split(text, maxsplit=1)[0]
    prefix = _caps_prefix(text)
    rest = text[len(prefix):].strip()
    subtitle = re.fullmatch(r"\([^()]{1,100}\)", rest)  # '… NEGERI (Perspektif Hukum Administrasi Negara)'
    if prefix != text and _caps_ratio(prefix) >= 0.8 and len(prefix.split()) >= 4 and not subtitle:
        text = prefix
    return re.sub(r"^judul\s*:\s*", "", text, flags=re.IGNORECASE).strip(" .,;")


def _title(header: list[tuple[int, str]]) -> Fact | None:
    """The first line of the title block: not furniture, not a label, not a person; its
    continuation lines join it; an author after the title on the same line is cut off."""
    names = [text for _, text in header[:8] if _looks_like_name(text)]
    for i, (number, text) in enumerate(header):
        if _LABEL.match(text):
            return None
        if (_is_person_line(text) or _INSTITUTION.match(text) or _looks_like_name(text)
                or _PROGRAM_CAPS.match(text) or _INSTITUTION_CAPS.match(text)):
            continue
        if len(text.split()) < 3 or len(text) > 600:
            continue
        words = len(text.split())
        if _caps_ratio(text) < 0.8 and (words > 45 or words > 20 and re.search(r"[a-z]{2}[.!?]\s+[A-Z]", text[:400])):
            return None  # the text opens with prose: it states no title (a descriptive one is made)
        if _TRUNCATED.search(text):
            fuller = _untruncate(text, header, i)
            if fuller:
                number, text = fuller
            elif _TRUNCATED.search(text.rstrip()[-3:]):
                continue
        for name in names:  # "Judul … Anak Agung Dradjat; Savitri Aditiany"
            if name in text and not text.startswith(name):
                text = text[: text.index(name)]
        title = _title_text(text)
        if title == text.strip(" .,;"):
            for _, more in header[i + 1 : i + 3]:  # a title broken over lines
                if (_LABEL.match(more) or _is_person_line(more) or _INSTITUTION.search(more)
                        or _looks_like_name(more) or _PUBLICATION.search(more)):
                    break
                all_caps = _caps_ratio(title) >= 0.8 and _caps_ratio(more) >= 0.8
                open_end = title.split()[-1].lower() in SMALL_WORDS or more[:1] in "(" or more[:1].islower()
                if not (all_caps or open_end):
                    break
                title = _title_text(title + " " + more)
        if len(title.split()) >= 3:
            return Fact(title, number)
    return None


_TITLE_BEFORE = re.compile(r"\b(?:Prof|Dr|Drs|Dra|Ir|Hj?)\.\s*")
_DEGREE_AFTER = re.compile(r",\s*(?:[A-Z][A-Za-z]{0,4}\.\s?)+[A-Za-z]*\.?(?=\s*(?:,|;|$|\s+dan\s|\s&\s))")


def _people(text: str) -> list[str]:
    """Names in an author line: academic titles and degrees dropped ('Dr. X, M.Si' is one person);
    cut at the e-mail, the affiliation, a student number."""
    text = _DEGREE_AFTER.sub("", _TITLE_BEFORE.sub("", _EMAIL.sub(",", text)))
    text = re.split(r"\(|\b(?:ID No|Student ID|University|International Relations|Department|Faculty|Fakultas|"
                    r"Master|NIM|Nim|NPM|NRP|Universitas|Institut|Fakultas|Program|Jurusan|Magister|Departemen|Email)\b",
                    text)[0]
    names = []
    for part in re.split(r",|;|\s&\s|\sdan\s|\sand\s", text):
        part = re.sub(r"[\d*¹²³†]+$", "", part.strip(" .:")).strip()
        if part.isupper() and len(part) <= 4:
            continue  # 'DOI', 'ISSN': an acronym, not a person
        if re.fullmatch(_PERSON, part) and 1 <= len(part.split()) <= 6 and not _INSTITUTION.search(part):
            names.append(part.title() if part.isupper() and len(part) > 3 else part)  # 'PUTRI AYU' → 'Putri Ayu'
    return names


_NOT_NAME_WORD = re.compile(r"(?:tion|sion|ions|ship|ity|ance|ence|ment|ies|ism|ics)$|^(?:city|cities"
                            r"|province|state|government|kota|provinsi|kabupaten|kerja|sama|sister|program|penyusun"
                            r"|nama|oleh|indonesia|universitas|university)$", re.IGNORECASE)


def _right_after(header: list[tuple[int, str]], title: Fact, number: int) -> bool:
    """Is `number` the header line right after the title's lines?"""
    after = [(n, text) for n, text in header if n > title.line]
    while after and after[0][1] and after[0][1].strip(" .") in title.value:  # the title's continuation lines
        after.pop(0)
    return bool(after) and after[0][0] == number


def _names_only(text: str) -> bool:
    """A line that is nothing but persons' names ('A B; C D', 'A B dan C D'), no topic words."""
    parts = [p.strip(" .") for p in re.split(r";|,|\s&\s|\sdan\s|\sand\s", text) if p.strip(" .")]
    return (bool(parts) and len(parts) <= 8 and all(_looks_like_name(p) for p in parts)
            and not any(_NOT_NAME_WORD.search(w.strip("'’.")) for p in parts for w in p.split()))


def _invert(cited: str) -> list[str]:
    """'Gunawan, T.' or 'Madeten, Selina Liane' → names in reading order."""
    parts = re.findall(r"([A-Z][\w'’-]+),\s+((?:[A-Z]\.\s?)+|[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)*)", cited)
    return [f"{given.strip()} {family}" for family, given in parts]


def read_intake(body: str) -> Intake:
    """What the header of a raw summary states about the document."""
    intake = Intake()
    header = _header(body)
    facts = intake.facts
    title = _title(header)
    if title:
        facts["title"] = title
    for number, text in header:
        if _LABEL.match(text) and not _LABEL.match(text).group(1).lower().startswith(("kata", "key")):
            break  # the abstract begins: its sentences are not the header's
        cited = _CITATION.match(text)
        if cited:
            facts.setdefault("authors", Fact(_invert(cited.group(1)), number))
            facts.setdefault("year", Fact(int(cited.group(2)), number))
        by = _BY.match(text)
        if by and "authors" not in facts and _people(by.group(1)):
            facts["authors"] = Fact(_people(by.group(1)), number)
        if re.fullmatch(r"(?:di\s?susun|ditulis)\s+oleh\s*:?|oleh\s*:?|by\s*:?", text, re.IGNORECASE):
            following = next(((n, t) for n, t in header if n > number), None)
            if following and "authors" not in facts and _people(following[1]):
                facts["authors"] = Fact(_people(following[1]), following[0])
        if re.fullmatch(r"(?:authors?|penulis|author\(s\))\s*:?", text, re.IGNORECASE) and "authors" not in facts:
            people = []
            for n, following in [(n, t) for n, t in header if n > number][:8]:
                found = _people(following)
                if not found or _LABEL.match(following):
                    break
                people.append(found[0])
            if people:
                facts["authors"] = Fact(people, number + 1)
        inline = _BY_INLINE.search(text)
        if inline and "authors" not in facts and _people(inline.group(1)):
            facts["authors"] = Fact(_people(inline.group(1)), number)
        advisor = _ADVISOR.match(text)
        if advisor and _people(advisor.group(1)):
            found = facts.setdefault("advisors", Fact([], number)).value
            found += [p for p in _people(advisor.group(1)) if p not in found]
        if (_EMAIL.search(text) or re.search(r"\b(?:NIM|NPM|ID No|Student ID)\b", text)) and "authors" not in facts \
                and not by:
            rest = text[len(title.value):] if title and text.startswith(title.value) else text
            if _people(rest):
                facts["authors"] = Fact(_people(rest), number)
        if title and number == title.line and "authors" not in facts and text != title.value and title.value in text:
            rest = text[text.index(title.value) + len(title.value):].strip()
            if rest and (_INSTITUTION.search(rest) or _PROGRAM.search(rest) or _EMAIL.search(rest)
                         or re.search(r"\b(?:NIM|NPM)\b", rest, re.IGNORECASE)) and _people(rest):
                facts["authors"] = Fact(_people(rest)[:1], number)
        if title and "authors" not in facts and _right_after(header, title, number) and _names_only(text):
            facts["authors"] = Fact(_people(text), number)  # 'Dewi Kartika Sari; Rudi Hartono' under the title
        _affiliation(facts, number, text, title)
        degree = next((d for word, d in _DEGREES if re.search(rf"\b{word}\b", text, re.IGNORECASE)), None)
        if degree and "degree" not in facts and (not title or number != title.line):
            facts["degree"] = Fact(degree, number)
        year = _YEAR_LINE.match(text) or _VOLUME_YEAR.search(text)
        if year and "year" not in facts and (not title or number != title.line):
            facts["year"] = Fact(int(year.group(1)), number)
    return intake


def _affiliation(facts: dict[str, Fact], number: int, text: str, title: Fact | None) -> None:
    if title and number == title.line and text == title.value:
        return
    institution = _INSTITUTION.search(text)
    if institution and "institution" not in facts:
        facts["institution"] = Fact(institution.group(1).strip(" ,."), number)
    caps = _INSTITUTION_CAPS.search(text)
    if caps and "institution" not in facts:
        facts["institution"] = Fact(recase(caps.group(1)), number)
    found = institution or caps
    if found and "year" not in facts:  # 'UNIVERSITAS … JAKARTA 2019': the year the cover states after it
        year = re.match(r"\W*((?:19|20)\d{2})\b(?![-–/]\d)", text[found.end() :])
        if year:
            facts["year"] = Fact(int(year.group(1)), number)
    program = _PROGRAM_CAPS.search(text)
    if program and "program" not in facts:
        facts["program"] = Fact(recase(program.group(1)), number)
    journal = _JOURNAL_YEAR.search(text)
    if journal and "year" not in facts:
        facts["year"] = Fact(int(journal.group(1)), number)
    program = _PROGRAM.search(text)
    if program and "program" not in facts:
        facts["program"] = Fact(program.group(1).strip(" ,."), number)


def keywords(body: str) -> dict[str, Fact]:
    """'Kata kunci:' and 'Keywords:' lines, split at ',' or ';'."""
    out = {}
    for number, line in enumerate(body.split("\n"), 1):
        match = re.match(r"^[*_\s]*(kata[ -]?kunci|keywords?|key words)[*_\s]*[:.\-–—][*_\s]*(.+)$", line, re.IGNORECASE)
        if not match:
            match = re.search(r"\b(Kata [Kk]unci|Keywords?)\s*[:\-–—]\s*(.+?)(?:$|(?<=\.)\s+[A-Z])", line)
        if match:
            lang = "id" if match.group(1).lower().startswith("kata") else "en"
            words = [w.strip(" .*_") for w in re.split(r"[;,]", re.sub(r"[*_]", "", match.group(2)))]
            if lang not in out and any(words):
                out[lang] = Fact([w for w in words if w and len(w) < 80], number)
    return out

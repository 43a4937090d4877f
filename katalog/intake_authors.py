"""Who wrote a raw summary, as its header lines state it: a citation line, 'Oleh: X', 'Disusun
oleh' and the name below, an 'Authors' label, names with an e-mail or a student number, names right
under the title. Split out of intake.py (which finds the title and the other facts)."""

from __future__ import annotations

import re

from .intake_facts import EMAIL as _EMAIL
from .intake_facts import INSTITUTION as _INSTITUTION
from .intake_facts import LABEL as _LABEL
from .intake_facts import PROGRAM as _PROGRAM
from .intake_facts import AGENCY_WORDS, NOT_NAME_WORD, Fact, names_before_affiliation
from .intake_facts import invert as _invert
from .intake_facts import looks_like_name as _looks_like_name
from .intake_facts import names_list
from .intake_facts import names_only as _names_only
from .intake_facts import people as _people
from .text import fold

__all__ = ["BY", "CITATION", "NOT_AN_AGENCY", "REPORTED_FROM", "REPORTER", "authors", "authors_under_title"]


def _words(text: str) -> list[str]:
    return re.findall(r"\w+", fold(text))


# 'oleh Pemerintah Kota …' in a title: a government does it, no author follows
NOT_AN_AGENCY = rf"(?!\s*(?i:{AGENCY_WORDS})\b)"
BY_INLINE = re.compile(r"\b(?:Oleh|OLEH|Disusun oleh|DISUSUN OLEH|By)\s*:?\s+" + NOT_AN_AGENCY + r"(" + r"[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){1,5})")
# … 'Laporan Reporter POS-KUPANG.COM, Asti Dhema': a news site's credit, the outlet before the comma
BY = re.compile(r"^(?:laporan\s+(?:reporter|wartawan|kontributor)(?:\s+[^,\s]+){0,3},|see all articles by|penyusun(?:\s+nama)?|di\s?susun\s+oleh|ditulis\s+oleh|oleh(?!\s+(?:karena|sebab)\b)|by|penulis|author\(?s?\)?|nama(?:\s+(?:mahasiswa|penulis|lengkap))?)\s*[:.]?\s+(.+)$",
                 re.IGNORECASE)
# A news desk's credit line: the reporter, then the editor or translator ('Reported by X | Translated by Y',
# 'Rep: X/ Red: Y', 'Jumat, 20 April 2018 Reporter: X Editor: Y'); the reporter is the writer.
REPORTER = re.compile(r"(?:^|\s)(?:Reported\s+by|Reporter\s*:|Rep\s*:|Wartawan\s*:)\s*"
                      r"([A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,4}?)"
                      r"\s*(?:\||/|,)?\s*(?:Translated\s+by|Editor\s*:|Red\s*:|Redaktur\s*:|Penyunting\s*:|$)")
# 'Inkana Izatifiqa R Putri - detikJabar' under a headline: the writer, then the outlet as one word
NAME_DASH_OUTLET = re.compile(r"^([A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){1,5})\s+[-–—|]\s+([a-z]+[A-Z][\w]*|[\w-]+\.(?:com|co\.id|id|net))$")
# 'Laporan Deny Suhendar dari Subang Jawa Barat': a reporter's credit, the name, then where the report came from
REPORTED_FROM = re.compile(r"^Laporan\s+([A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){1,3})\s+(?:dari|from)\s+[A-Z]")
# "Gunawan, T. (2024)." or "Madeten, Selina Liane (2020) Title. Bachelor thesis, Universitas …", or a repository's
# "DEWI LESTARI, 071511233001 (2020) Title. Skripsi thesis, …" (the name in reading order, then the student number)
CITATION = re.compile(r"^(?i:cara mengutip:?\s*|how to cite:?\s*|sitasi:?\s*)?"
                       r"((?:[A-Z][\w'’-]+,\s+(?:[A-Z]\.\s?)+(?:,\s*|\s*&\s*|\s+dan\s+)?)+"
                       r"|[A-Z][\w'’.-]+(?:\s+[A-Z][\w'’.-]+){0,4},\s+[A-Z]?\d{6,15}"
                       r"|[A-Z][\w'’-]+,\s+[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)*"
                       # EPrints: further creators in reading order, then their degrees ('and Y Z,, S.Sos., M.A.')
                       r"(?:,?\s+(?:and|dan|&)\s+[A-Z][\w'’-]+(?:,?\s+[A-Z][\w'’-]+)*)*"
                       r"(?:,+\s*(?:[A-Z][A-Za-z]{0,4}\.\s?)+)*)\s*\((\d{4})\)[.,]?\s*(.*)$")


_INVERTED_LIST = re.compile(r"([A-Z][\w'’-]+),\s+([A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)*)\s*(?:;|$)")  # 'Riyanto, Budi; Keliat, Cyntia'


def cited_people(cited: str) -> list[str]:
    """The creators of a citation in reading order: 'Gunawan, T.', 'Madeten, Selina Liane',
    'Budiono, Herfinka and Yustika Mahendra,, S.Sos.' (a family name first, then one in reading order)."""
    numbered = re.fullmatch(r"(.+?),\s+[A-Z]?\d{6,15}", cited.strip())
    if numbered:  # 'DEWI LESTARI, 071511233001': one person, in reading order
        return _people(numbered.group(1))
    cited = re.sub(r"(?:,+\s*(?:[A-Z][A-Za-z]{0,4}\.\s?)+)+\s*$", "", cited.strip())
    if not re.search(r"\s(?:and|dan)\s", cited):
        return _invert(cited)
    out = []
    for part in re.split(r",?\s+(?:and|dan|&)\s+", cited):
        out += _invert(part) if "," in part else _people(part)
    return out

def _own_citation(text: str, number: int, title: Fact | None, header: list[tuple[int, str]]) -> bool:
    """A citation line cites this document (not a reference it lists): it is labelled 'Cara mengutip'/
    'How to cite', or names the title, or stands above the title (above the first paragraph of
    prose when the text states no title)."""
    if re.match(r"(?i)(?:cara mengutip|how to cite|sitasi)", text):
        return True
    if title is None:
        prose = next((n for n, line in header if len(line.split()) > 30), None)
        return prose is None or number < prose
    if number <= title.line:
        return True
    words = _words(title.value)[:6]
    return bool(words) and " ".join(words) in " ".join(_words(text))


_MONONYM = re.compile(r"^([A-Z][a-z]{3,})\s+(?=Universitas|University|Universiti|Institut)")


_FAMILY_FIRST = re.compile(r"^([A-Z][\w'’-]+(?:\s[A-Z][\w'’-]+){0,2}),\s+([A-Z][\w'’-]+(?:\s[A-Z][\w'’-]+){0,2})"
                           r"\s*\((?:Unknown|[^()]{2,80})\)$")


def _keyword_like(names: list[str]) -> bool:
    """Most 'names' one word, or one run into the abstract's label: keywords, not people."""
    return len(names) >= 3 and (sum(" " not in n for n in names) * 2 >= len(names)
                                or any(re.search(r"[a-z](?:Abstract|Abstrak)$", n) for n in names))


# a title in title case, five words or more: 'Kerjasama Pemerintah Provinsi Dki Jakarta Dengan … Sister City'
_TRANSLATED_TITLE = re.compile(r"(?:[A-Z][\w'’-]*[\s:–-]+){4,}[A-Z][\w'’-]*[.:]?")


_AFTER_EMAIL = re.compile("(?:" + _EMAIL.pattern + r")\s+([A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){1,3})$")


def authors_under_title(header: list[tuple[int, str]], title: Fact | None) -> Fact | None:
    """The lines right under the title (or under its repetition, where a page shows its heading
    and then the document) that open with persons' names, an affiliation or nothing after them
    ('Rina Dewi Universitas X', '• Bayu Saputra University of Y', 'A B; C D')."""
    if title is None:
        return None
    key = _words(title.value)
    starts = [i for i, (number, text) in enumerate(header) if number == title.line or _words(text) == key]
    for start in starts:
        found, first, translated = [], None, False
        for number, text in header[start + 1 :]:
            if not found and text.strip(" .") in title.value:
                continue  # the title's continuation lines
            if not found and not translated and _TRANSLATED_TITLE.fullmatch(text) and not _INSTITUTION.search(text):
                translated = True  # the title in the other language, then the authors
                continue
            inverted = _FAMILY_FIRST.match(text)  # an index's 'Madyar Dewi, Untari Narulita (Unknown)': one person
            names = ([f"{inverted.group(2)} {inverted.group(1)}"] if inverted else
                     names_before_affiliation(text) or (_people(text) if _names_only(text) else []))
            if _keyword_like(names):
                break  # 'Paradiplomacy, Subnational, Multi Sector, Twin CitiesAbstract': an unlabelled keywords line
            single = _MONONYM.match(text) if found and not names else None
            names = names or ([single.group(1)] if single and not NOT_NAME_WORD.search(single.group(1))
                              and _INSTITUTION.search(text) else [])  # a co-author of one name ('Surwandono Universitas X')
            if not names and found and (_INSTITUTION.search(text) or _PROGRAM.search(text)):
                after = _AFTER_EMAIL.search(text)  # 'Universitas X, a@x.ac.id Ali Maksum': the next author, run on
                found += [n for n in _people(after.group(1)) if n not in found] if after else []
                continue  # each author over an affiliation line of their own: the next author follows it
            if not names:
                break
            first = first or number
            found += [n for n in names if n not in found]
        if found:
            return Fact(found, first)
    return None


# an author label alone on its line, the name on the next: 'Disusun oleh :', 'Oleh :', 'By'
BY_LABEL = re.compile(r"(?:di\s?susun|ditulis)\s+oleh\s*:?|oleh\s*:?|by\s*:?", re.IGNORECASE)


# the line under a writer's name in a blog's, news site's or essay platform's author box
ROLES = r"(?:Mahasiswa|Mahasiswi|Dosen|Peneliti|Alumni|Alumnus|Student|Lecturer|Researcher|Graduate)"
_ROLE = re.compile(rf"^{ROLES}\s+(?:(?:of|at|di|pada)\s+)?[A-Z]")


def _author_box(text: str, number: int, header: list[tuple[int, str]]) -> bool:
    """A name standing alone, and within the next three lines its role at an institution ('Mahasiswa
    Hubungan Internasional Universitas X', 'Lecturer at Y University'): the writer of the post."""
    if not _looks_like_name(text) or not _people(text) or any(NOT_NAME_WORD.search(w.strip("'’.")) for w in text.split()):
        return False  # 'Mengulik Sister Province Sulawesi Selatan-Prefektur Ehime': a headline's words
    for line in [line for n, line in header if n > number][:3]:
        if _ROLE.match(line) and _INSTITUTION.search(line):
            return True
        if _looks_like_name(line):
            return False  # another name stands nearer the role: the headline above the writer's name is none
    return False


_BULLETS = "•·▪◦*-– \t"  # a list item's mark before a name


def authors(facts: dict[str, Fact], number: int, text: str, title: Fact | None,
             following: tuple[int, str] | None, header: list[tuple[int, str]]) -> None:
    """The author shapes of one header line: a citation, 'Oleh: X', 'Disusun oleh' and the name
    below, an 'Authors' label and one name a line, a name with an e-mail or a student number,
    names after the title on its own line."""
    cited = CITATION.match(text)
    if cited and _own_citation(text, number, title, header):
        facts.setdefault("authors", Fact(cited_people(cited.group(1)), number))
        facts.setdefault("year", Fact(int(cited.group(2)), number))
    by = BY.match(text)
    if by and "authors" not in facts and _people(by.group(1)):
        facts["authors"] = Fact(_people(by.group(1)), number)
    desk = REPORTER.search(text)
    if desk and "authors" not in facts and _people(desk.group(1)):
        facts["authors"] = Fact(_people(desk.group(1)), number)
    dashed = NAME_DASH_OUTLET.match(text)
    if (dashed and "authors" not in facts and title and 0 < number - title.line <= 4 and _looks_like_name(dashed.group(1))
            and _people(dashed.group(1))):
        facts["authors"] = Fact(_people(dashed.group(1)), number)
    reported = REPORTED_FROM.match(text)
    if reported and "authors" not in facts and _people(reported.group(1)):
        facts["authors"] = Fact(_people(reported.group(1)), number)
    if (BY_LABEL.fullmatch(text)
            and following and "authors" not in facts and _people(following[1])):
        facts["authors"] = Fact(_people(following[1]), following[0])
    if re.fullmatch(r"(?:authors?|penulis|author\(s\))\s*:?", text, re.IGNORECASE) and "authors" not in facts:
        above = [(n, t) for n, t in header if n < number][-1:]
        if (above and number - above[0][0] <= 2 and _looks_like_name(above[0][1]) and _people(above[0][1])
                and not (title and above[0][0] == title.line)  # the work's title above a journal page's 'Authors'
                and not (following and _looks_like_name(following[1].lstrip(_BULLETS)))):
            # 'Alsadad Rudi' / 'Penulis' / 'JAKARTA, KOMPAS.com — …': a news site prints the label under the name
            facts["authors"] = Fact(_people(above[0][1]), above[0][0])
        found = []
        for _, line in [(n, t) for n, t in header if n > number][:8] if "authors" not in facts else []:
            line = line.lstrip(_BULLETS)  # '  • Sri Lestari Rahayu Universitas Sebelas Maret': a journal page's list
            people = _people(line)
            if not people or _LABEL.match(line) or sum(w[:1].islower() for w in line.split()) >= 4:
                break  # a paragraph names people; it lists no authors
            found.append(people[0])
        if found:
            facts["authors"] = Fact(found, number + 1)
    inline = BY_INLINE.search(text)
    if inline and "authors" not in facts and _people(inline.group(1)):
        facts["authors"] = Fact(_people(inline.group(1)), number)
    if (_EMAIL.search(text) or re.search(r"\b(?:NIM|NPM|ID No|Student ID)\b", text)) and "authors" not in facts \
            and not by:
        rest = text[len(title.value):] if title and text.startswith(title.value) else text
        if _people(rest):
            facts["authors"] = Fact(_people(rest), number)
    if title and number == title.line and "authors" not in facts and text != title.value and title.value in text:
        rest = text[text.index(title.value) + len(title.value):].strip(" .,;")
        if rest and (_INSTITUTION.search(rest) or _PROGRAM.search(rest) or _EMAIL.search(rest)
                     or re.search(r"\b(?:NIM|NPM)\b", rest, re.IGNORECASE)) and _people(rest):
            facts["authors"] = Fact(_people(rest)[:1], number)
        elif len(_INVERTED_LIST.findall(rest)) >= 2 and not _INVERTED_LIST.sub("", rest).strip(" ;"):
            facts["authors"] = Fact([f"{given} {family}" for family, given in _INVERTED_LIST.findall(rest)], number)
        elif rest and _names_only(rest):  # 'Judul … Anak Agung Dradjat; Savitri Aditiany' (an index page's row)
            facts["authors"] = Fact(_people(rest), number)
    if ("authors" not in facts and following and _EMAIL.fullmatch(following[1].strip(" ;,()")) and len(text.split()) <= 6
            and _people(text)):  # 'ARIO BIMO UTOMO' over 'ario@…': a name standing on the line above its e-mail
        facts["authors"] = Fact(_people(text), number)
    opening = names_list(text) if "authors" not in facts and header and number == header[0][0] else []
    if len(opening) >= 2 and (title is None or number < title.line):  # a journal page opening with its authors' names
        facts["authors"] = Fact(opening, number)
    if "authors" not in facts and _author_box(text, number, header):
        facts["authors"] = Fact(_people(text), number)

"""Where a raw summary states its title twice, and where an opening line is no title at all.

A copied page often repeats its title: in the address it was copied from (`<!-- source:
…/kerja-sama-sister-city-antara-kota-a-dan-kota-b -->`), or once after a section or site name
('Metode Penelitian - JUDUL', 'Judul | Nama Situs') and again on its own further down. The
repeated words are the title; what only one copy carries (a section name, a page number, an
author's box) is not. A line that is a sentence of running text is no title.
"""

from __future__ import annotations

import re

from .intake_facts import EMAIL
from .text import fold

_SOURCE = re.compile(r"<!--\s*source:\s*(\S+)\s*-->", re.IGNORECASE)
SIDES = re.compile(r"\s+[-–—|]\s+")


def _letters(text: str) -> str:
    return re.sub(r"[\W_]+", "", fold(text))


def slug_words(body: str) -> list[str]:
    """The words of the source address's most wordy path segment ('…/kerja-sama-sister-city-…')."""
    found = _SOURCE.search(body[:2000])
    if not found:
        return []
    path = re.sub(r"^[a-z]+://[^/]+", "", found.group(1)).split("?")[0]
    segments = [re.sub(r"\.\w{2,5}$", "", s) for s in path.split("/")]
    best = max(segments, key=lambda s: s.count("-"), default="")
    words = [w for w in best.split("-") if w]
    return words if len(words) >= 4 else []


def slug_line(words: list[str], header: list[tuple[int, str]]) -> tuple[int, str] | None:
    """The header line (and where in it) that spells the slug's words, spaces and case aside:
    (line number, the line from the slug's first word on)."""
    if not words:
        return None
    pattern = re.compile(r"[\W_]*".join(re.escape(c) for c in "".join(words)), re.IGNORECASE)
    for number, text in header:
        if "".join(words).lower() not in _letters(text):
            continue
        found = pattern.search(text)
        if found:
            return number, text[found.start():]
    return None


def repeated_side(text: str, later: list[tuple[int, str]]) -> str | None:
    """'Metode Penelitian - JUDUL …' where the page shows 'JUDUL …' again on its own further
    down: that side (at least four words) is the title, the other a section or site name."""
    sides = SIDES.split(text)
    if len(sides) < 2:
        return None
    for side in sides:
        head = _letters(" ".join(side.split()[:4]))
        if len(side.split()) >= 4 and any(_letters(line).startswith(head) for _, line in later):
            return side
    return None


def title_cased(text: str) -> bool:
    """Most words capitalised, as a title's are ('Hubungan Luar Negeri … Daerah. Studi Evaluasi …'), not a sentence's."""
    words = [w for w in re.findall(r"[^\W\d_][\w'’-]*", text) if len(w) > 3]
    return len(words) >= 4 and sum(w[:1].isupper() for w in words) >= 0.85 * len(words)


def is_sentence(text: str) -> bool:
    """A line of running text: long, ending in a full stop, its words mostly lower case."""
    words = text.split()
    lower = sum(1 for w in words if w[:1].islower())
    return len(words) > 15 and text.rstrip(" \"'”’").endswith(".") and lower > len(words) / 2  # a quote's '."' too


# the end of a journal's running head: its last ISSN ('ISSN 2338-1353 electronic'), then the title
_LAST_ISSN = re.compile(r".*\bISSN:?\s*\d{4}-\d{3}[\dXx](?:\s+\(?(?:print|electronic|online|cetak|elektronik)\)?)?\s+",
                        re.IGNORECASE)
_NAME_WORD = re.compile(r"[A-Z][a-z'’-]+|[A-Z]\.")


# a proceedings series and its conference over a paper's title ('Advances in Social Science, Education and
# Humanities Research, volume 292 1st Aceh Global Conference (AGC 2018) Title …')
_SERIES_HEAD = re.compile(r"^[A-Z][^()\n]{5,120}?,\s+[Vv]olume\s+\d+\s+[^()\n]{0,120}?\((?:[A-Z][\w-]*\s+){1,3}\d{4}\)\s+")


def unflatten_journal(text: str, affiliation: re.Pattern, not_name: re.Pattern, bare: bool = False) -> list[str] | None:
    """A journal's or proceedings' first page flattened into one line ('Journal of X, Vol. 6 … ISSN …
    electronic Title Rina Dewi Universitas A Budi Universitas A Abstract …'; '16 Title Rina Dewi, Budi
    Santoso Faculty of … Abstract …'): its running head, title and author lines again. The title ends
    where the capitalised words before the first affiliation begin (a name has no word such as
    'Indonesia' or 'Relations'; names may run in a list: 'Rina Dewi, Budi Santoso'); None when the
    line has no such shape. `bare`: a page without a running head (a page number at most), which
    must go on to its abstract."""
    head = _LAST_ISSN.match(text) or _SERIES_HEAD.match(text) or (re.match(r"\d{1,4}\s+(?=[A-Z])|", text) if bare else None)
    if not head:
        return None
    rest = text[head.end() :]
    abstract = re.search(r"\s(?=Abstra[ck]t?\b|ABSTRA[CK]T?\b)", rest)
    if not head.group(0) and (not abstract or len(rest[: abstract.start()].split()) > 80):
        return None
    top, body = (rest[: abstract.start()], rest[abstract.start() :].strip()) if abstract else (rest, "")
    first = affiliation.search(top)
    if not first:
        return None
    words = top[: first.start()].split()
    name = _name_words(words, not_name)
    if name == 0 or not head.group(0) and len(words) - name > 30:
        return None
    title, names, affiliations = " ".join(words[:-name]), " ".join(words[-name:]), top[first.start() :]
    if "," in names:  # a list of names: one line each, and each next author after the e-mails
        people = [p.strip() for p in names.split(",")] + _after_emails(affiliations.strip())
    else:
        people = _coauthors((names + affiliations).split(), name)
    return [*filter(None, [head.group(0).strip(), title]), *people, *filter(None, [body])]


# a further author after the first authors' affiliation and e-mails ('… Malaysia a@x.my, b@x.my Abdul
# Talib Bon Department of …'; redacted e-mails read '[email protected]')
_NEXT_AUTHOR = re.compile(r"(?<=\S)\s+(?=(?:[A-Z][a-z'’-]+\s+){1,3}[A-Z][a-z'’-]+\s+(?:Department|Faculty|Fakultas|Jurusan|School of|Universit))")


def _after_emails(text: str) -> list[str]:
    """An affiliation line cut before each further author that follows an e-mail address."""
    lines, start = [], 0
    for cut in _NEXT_AUTHOR.finditer(text):
        before = text[start : cut.start()].rstrip(" ,;")
        if any(e.end() == len(before) for e in EMAIL.finditer(before)):  # '[email protected]' has a space in it
            lines.append(text[start : cut.start()])
            start = cut.end()
    return [*lines, text[start:]]


def _name_words(words: list[str], not_name: re.Pattern) -> int:
    """How many of the last words are persons' names: one name of up to four words, and the names
    listed before it with commas ('Rina Dewi, Budi Santoso'); the title keeps three words at least."""
    def name_at(end: int) -> int:  # words of the name ending at words[end - 1]
        n = 0
        while n < min(4, end - 3) and _NAME_WORD.fullmatch(words[end - 1 - n].rstrip(",") if n == 0 else words[end - 1 - n]) \
                and not not_name.search(words[end - 1 - n].rstrip(",")):
            n += 1
            if end - 1 - n >= 0 and words[end - 1 - n].endswith(","):
                break
        return n if n >= 2 or n == 1 and end == len(words) else 0
    taken = name_at(len(words))
    while taken and len(words) - taken - 1 >= 3 and words[len(words) - taken - 1].endswith(","):
        more = name_at(len(words) - taken)
        if not more:
            break
        taken += more
    return taken


def _coauthors(words: list[str], name: int) -> list[str]:
    """'Ali Maksum Universitas X Y Surwandono Universitas X Y': one line a person where the next
    author's institution repeats the first's (the words between the two are the next name)."""
    lines, rest = [], words
    while True:
        start = rest[name:]
        again = next((j for j in range(1, len(start)) if start[j] == start[0]), None)
        found = None
        for m in range(1, 4) if again else ():
            affiliation = start[: again - m]
            if affiliation and start[again : again + len(affiliation)] == affiliation:
                found = m
                break
        if not found:
            return [*lines, " ".join(rest)]
        lines.append(" ".join(rest[: name + again - found]))
        rest, name = rest[name + again - found :], found

"""Where a text's reference list is: nothing a careful reader takes as the text's own statement.

A summary copied from a journal page often ends with the article's references ("Daftar Pustaka",
"References", or just lines shaped like "Berridge, G. (2010). Diplomacy: Theory and Practice").
A theory named only in a reference title is not the text's framework, and a year or author there
is not the text's own. `reference_spans(text)` gives the character ranges of such lists;
`reference_start(text)` the first offset (for a reader that stops there, such as the intake of
header facts).
"""

from __future__ import annotations

import re

# A line that is only a label opening a reference list (markdown marks, a colon allowed); a journal
# page's 'Full Text:' counts where entries follow it.
_HEADING_RE = re.compile(
    r"^[#*_\s]*(?:daftar\s+pustaka|daftar\s+referensi|referensi|rujukan|kepustakaan|pustaka|bibliografi"
    r"|references?|bibliography|works\s+cited|literature\s+cited|sources?\s+cited|full\s+text)[*_\s]*:?[*_\s]*$",
    re.IGNORECASE)
# A line that closes the list: a markdown heading, or a label of what comes after references.
_AFTER_RE = re.compile(r"^(?:#{1,6}\s|[*_\s]*(?:lampiran|appendix|appendices|bab\s+[ivx\d]+)\b)", re.IGNORECASE)
_YEAR_RE = re.compile(r"\(?\b(?:1[89]|20)\d\d[a-z]?\b\)?(?=\s*[.,:;])|\(n\.\s?d\.\)")
_NUMBERING_RE = re.compile(r"^\s*(?:\[\d{1,3}\]|\d{1,3}[.)]|[-*•])\s+")
# Words that may stand, lowercase, among the names before an entry's year.
_NAME_PARTICLES = {"&", "and", "dan", "et", "al", "al.", "van", "von", "de", "der", "den", "di", "da", "bin", "binti",
                   "dkk", "dkk.", "eds", "ed", "(eds.)", "(ed.)", "(eds.).", "(ed.).", "(ed)", "(eds)"}
_LOOKAHEAD = 5  # non-blank lines a heading may stand before its first entry, or an entry before the next


def is_entry(line: str) -> bool:
    """'Alam, G. N., & Sudirman, A. (2020). Title…', 'Dinas Kominfo Jawa Timur, 2018. Title…':
    names (capitalised words, initials, '&'), a comma among them, then a year and a stop."""
    text = _NUMBERING_RE.sub("", line).strip()
    year = _YEAR_RE.search(text, 0, 160)
    if not year or not text[:1].isupper():
        return False
    names = text[: year.start()]
    words = names.replace(",", " ").split()
    return ("," in names and 0 < len(words) <= 24
            and all(w[:1].isupper() or w.lower() in _NAME_PARTICLES for w in words))


def _lines(text: str) -> list[tuple[int, str]]:
    """(offset, line) of each line of text that is not blank."""
    out, offset = [], 0
    for line in text.split("\n"):
        if line.strip():
            out.append((offset, line))
        offset += len(line) + 1
    return out


def reference_spans(text: str) -> list[tuple[int, int]]:
    """Character ranges [start, end) of the reference lists in text.

    A list opens at a heading ('Daftar Pustaka', 'References') that an entry follows within a few
    lines, or at an entry that another entry follows, or at an entry after which only short lines
    remain (a list cut off after one entry). A lone entry with prose after it is the text's own
    citation line ('Gunawan, T. (2024). Judul. Skripsi …'), no list. A list ends at a markdown
    heading or an appendix or chapter label, else at the end of the text.
    """
    lines = _lines(text)
    entries = [is_entry(line) for _, line in lines]
    spans: list[tuple[int, int]] = []
    i = 0
    while i < len(lines):
        ahead = entries[i + 1 : i + 1 + _LOOKAHEAD]
        opens = (_HEADING_RE.match(lines[i][1]) and any(ahead)) or (entries[i] and (
            any(ahead) or all(len(line.strip()) < 60 for _, line in lines[i + 1 :])))
        if not opens:
            i += 1
            continue
        end = i + 1
        while end < len(lines) and not _AFTER_RE.match(lines[end][1]):
            end += 1
        spans.append((lines[i][0], lines[end][0] if end < len(lines) else len(text)))
        i = end
    return spans


def reference_start(text: str) -> int | None:
    """Offset where the first reference list begins, or None when the text has none."""
    spans = reference_spans(text)
    return spans[0][0] if spans else None


def in_spans(offset: int, spans: list[tuple[int, int]]) -> bool:
    return any(start <= offset < end for start, end in spans)

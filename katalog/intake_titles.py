"""Where a raw summary states its title twice, and where an opening line is no title at all.

A copied page often repeats its title: in the address it was copied from (`<!-- source:
…/kerja-sama-sister-city-antara-kota-a-dan-kota-b -->`), or once after a section or site name
('Metode Penelitian - JUDUL', 'Judul | Nama Situs') and again on its own further down. The
repeated words are the title; what only one copy carries (a section name, a page number, an
author's box) is not. A line that is a sentence of running text is no title.
"""

from __future__ import annotations

import re

from .text import fold

_SOURCE = re.compile(r"<!--\s*source:\s*(\S+)\s*-->", re.IGNORECASE)
_SIDES = re.compile(r"\s+[-–—|]\s+")


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
    sides = _SIDES.split(text)
    if len(sides) < 2:
        return None
    for side in sides:
        head = _letters(" ".join(side.split()[:4]))
        if len(side.split()) >= 4 and any(_letters(line).startswith(head) for _, line in later):
            return side
    return None


def is_sentence(text: str) -> bool:
    """A line of running text: long, ending in a full stop, its words mostly lower case."""
    words = text.split()
    lower = sum(1 for w in words if w[:1].islower())
    return len(words) > 15 and text.rstrip().endswith(".") and lower > len(words) / 2

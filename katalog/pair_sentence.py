"""The partnership a summary states in one phrase: 'antara Pemerintah Kota X dan Pemerintah Kota Y',
'kerja sama X dengan Y', 'between X Province and Y'. Such a phrase says which two places the study
is about; other places the text merely mentions (neighbours, other partners, a simile's
'Washington DC') do not compete with it.

Not wired in yet: katalog/enrich.py (kept by another person) decides the subject places; it can ask
`stated_pair` first and fall back to its window of opening text. When the phrase names a side the
vocabularies do not know, `unknown_side` gives its words so that the build reports it instead of
picking another place.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from typing import Protocol


class PlaceMatch(Protocol):
    kind: str
    slug: str
    alias: str
    offset: int


_QUALIFIER = r"(?:(?:Pemerintah|Pemkot|Pemkab|Pemprov|the|Government of|the City of)\s+)?" \
             r"(?:(?:Kota|Kabupaten|Provinsi|Propinsi|City of|Province of|Prefektur)\s+)?"
_OPEN = re.compile(rf"\b(?:antara|between)\s+{_QUALIFIER}$", re.IGNORECASE)
# between the two sides: the first side's own qualifier or country, then the joining word
_JOIN = re.compile(rf"^(?:\s+(?:City|Regency|Province|Prefecture|Municipality))?(?:\s*\([^()]{{1,30}}\))?,?"
                   rf"\s+(?:dan|dengan|and|with|&)\s+{_QUALIFIER}$", re.IGNORECASE)
_NAME_AFTER = re.compile(r"\s*([A-Z][\w'’-]+(?:[ -][A-Z][\w'’-]+){0,3})")


def _places(matches: Sequence[PlaceMatch]) -> list[PlaceMatch]:
    return sorted((m for m in matches if m.kind == "cities"), key=lambda m: m.offset)


def stated_pair(text: str, matches: Sequence[PlaceMatch], is_home: Callable[[str], bool]) -> tuple[str, str] | None:
    """The first 'antara X dan Y' / 'between X and Y' whose sides are a place at home and one abroad."""
    places = _places(matches)
    for first, second in zip(places, places[1:]):
        if not _OPEN.search(text[max(0, first.offset - 60) : first.offset]):
            continue
        if not _JOIN.match(text[first.offset + len(first.alias) : second.offset]):
            continue
        if is_home(first.slug) != is_home(second.slug):
            return (first.slug, second.slug) if is_home(first.slug) else (second.slug, first.slug)
    return None


def unknown_side(text: str, matches: Sequence[PlaceMatch]) -> tuple[int, str] | None:
    """'antara Wonogiri (Indonesia) dengan Wuming (China)' where Wuming is known to no vocabulary:
    (offset, 'Wuming'), for a report; None when the phrase has no such side."""
    for first in _places(matches):
        if not _OPEN.search(text[max(0, first.offset - 60) : first.offset]):
            continue
        rest = text[first.offset + len(first.alias) : first.offset + len(first.alias) + 120]
        join = re.match(rf"(?:\s+(?:City|Regency|Province))?(?:\s*\([^()]{{1,30}}\))?,?\s+(?:dan|dengan|and|with)\s+"
                        rf"{_QUALIFIER}", rest, re.IGNORECASE)
        name = _NAME_AFTER.match(rest[join.end() :]) if join else None
        if name:
            at = first.offset + len(first.alias) + join.end() + name.start(1)
            if not any(m.offset == at for m in matches if m.kind == "cities"):
                return at, name.group(1)
    return None

"""Words the pages use for a thesis and its places: what kind of work it is, how a city is
named, whether the original file name means anything to a reader."""

from __future__ import annotations

import re

from .cite import WORK_TYPES, document_type

NEUTRAL_KIND = "karya"  # a work whose degree the text does not give
_DIPLOMA_RE = re.compile(r"^(?:d-?\s?[1-4]|diploma)\b", re.IGNORECASE)


def work_kind(meta: dict) -> str:
    """'skripsi', 'tesis', 'disertasi' or 'karya tulis' (a diploma's final paper) where the degree
    or programme says so; 'artikel jurnal', 'berita' or 'laman web' for a work that is no thesis;
    'karya' where nothing says."""
    degree, program = meta.get("degree"), meta.get("program")
    kind = document_type(degree, program)
    if kind:
        return kind
    if any(text and _DIPLOMA_RE.match(str(text).strip()) for text in (degree, program)):
        return "karya tulis"
    work = WORK_TYPES.get(str(meta.get("work")))  # a work that is no thesis: 'artikel jurnal', 'berita', 'laman web'
    return work[0].lower() if work else NEUTRAL_KIND


# An original file name that is only a sequence number and a hash ('003_67c8e3af816ed54d.txt') or
# a bare number tells a reader nothing; one with words ('Skripsi Fazra UMY 2016.pdf') may.
_OPAQUE_RE = re.compile(r"^[\d_\-\s]*(?:[0-9a-f]{8,})?[\d_\-\s]*$", re.IGNORECASE)


def meaningful_source(name: object) -> str | None:
    """The original document's name where it can mean something to a reader, else None."""
    if not isinstance(name, str) or not name.strip():
        return None
    stem = re.sub(r"\.[A-Za-z0-9]{1,5}$", "", name.strip().rsplit("/", 1)[-1])
    if _OPAQUE_RE.fullmatch(stem) or not re.search(r"[^\W\d_]{3,}", stem):
        return None
    return name.strip().rsplit("/", 1)[-1]

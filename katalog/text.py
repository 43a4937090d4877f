"""Text helpers shared by tagging and search: folding, tokenising, plain text."""

from __future__ import annotations

import re
import unicodedata

WORD_RE = re.compile(r"[^\W_]+(?:'[^\W_]+)?")
_MD_NOISE_RE = re.compile(r"<[^>]+>|[*_`#>\[\]]|\(https?://[^)]*\)|\\")


class _CombiningTable(dict):
    """str.translate table, filled on demand: a combining mark → None (dropped), any other → itself."""

    def __missing__(self, code: int) -> int | None:
        self[code] = None if unicodedata.combining(chr(code)) else code
        return self[code]


_COMBINING = _CombiningTable()


def fold(text: str) -> str:
    """Lowercase and strip diacritics: 'Vũng Tàu' → 'vung tau'."""
    decomposed = unicodedata.normalize("NFKD", text)
    # one C pass (translate) instead of a Python test per character: 30× faster on a 5 kB text
    stripped = decomposed if decomposed.isascii() else decomposed.translate(_COMBINING)
    return stripped.replace("đ", "d").replace("Đ", "D").lower()


class _FoldTable(dict):
    """str.translate table, filled on demand: a character → its folded, lowercase first character."""

    def __missing__(self, code: int) -> str:
        ch = chr(code)
        base = "".join(c for c in unicodedata.normalize("NFKD", ch) if not unicodedata.combining(c)) or " "
        folded = base[:1].replace("đ", "d").replace("Đ", "D").lower()[:1] or " "
        self[code] = folded
        return folded


_FOLD_TABLE = _FoldTable()
_NON_ASCII_RE = re.compile(r"[^\x00-\x7f]")


def fold_same_length(text: str) -> str:
    """Like fold(), but one character out for each character in, so offsets stay valid."""
    lowered = text.lower()
    if lowered.isascii():
        return lowered
    if len(lowered) == len(text):  # the usual case: only a few letters outside ASCII to fold
        return _NON_ASCII_RE.sub(lambda m: _FOLD_TABLE[ord(m.group())], lowered)
    return text.translate(_FOLD_TABLE)


def words(text: str) -> list[str]:
    """The folded words of a text."""
    return WORD_RE.findall(fold_same_length(text))


def tokenize(text: str) -> list[str]:
    return [fold(m.group()) for m in WORD_RE.finditer(text)]


def plain(markdown_text: str) -> str:
    """Markdown to plain text, good enough for search and excerpts."""
    text = _MD_NOISE_RE.sub("", markdown_text)
    return re.sub(r"\s+", " ", text).strip()


def excerpt(text: str, limit: int = 280) -> str:
    text = plain(text)
    if len(text) <= limit:
        return text
    cut = text.rfind(" ", 0, limit)
    return text[: cut if cut > 0 else limit].rstrip(",;:") + "…"


SMALL_WORDS = {"dan", "di", "ke", "dari", "dengan", "dalam", "antara", "yang", "pada", "untuk", "of", "the", "and", "in", "with"}


def title_case(text: str) -> str:
    """Turn an all-caps line into a readable title; leave mixed case alone."""
    if text != text.upper():
        return text
    words = text.lower().split()
    out = []
    for i, word in enumerate(words):
        if i and word in SMALL_WORDS:
            out.append(word)
        elif word in {"loi", "mou", "moa", "rrt", "dprd", "upn"}:
            out.append({"loi": "LoI", "mou": "MoU", "moa": "MoA"}.get(word, word.upper()))
        else:
            out.append(word[:1].upper() + word[1:])
    return " ".join(out)

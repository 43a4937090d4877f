"""Postings as text: how a term's (document, score) list travels in a shard, both ways."""

from __future__ import annotations

import operator
import re
from itertools import accumulate

# Postings travel as text: per document, the gap from the previous document number as a
# base-32 varint (digits '0'-'V' end a number, 'W'-'_' continue it) and the score in two
# base-64 digits. A term found in every one of 10,000 documents costs 30 kB, not 90 kB.
CODE_ALPHABET = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz-_"
MAX_SCORE = 64 * 64 - 1


def _gap_code(gap: int) -> str:
    digits = []
    while True:
        digits.append(gap & 31)
        gap >>= 5
        if not gap:
            break
    return "".join(CODE_ALPHABET[32 + d] for d in reversed(digits[1:])) + CODE_ALPHABET[digits[0]]


SCORE_CODES = [CODE_ALPHABET[s >> 6] + CODE_ALPHABET[s & 63] for s in range(MAX_SCORE + 1)]
_CODE_VALUE = {c: i for i, c in enumerate(CODE_ALPHABET)}
GAP_TABLE_MAX = 1 << 16
_gap_table: list[str] = [_gap_code(g) for g in range(1024)]


def encode_postings(pairs) -> str:
    """[(doc, score), …] in increasing doc order → the postings text."""
    nums = [doc for doc, _ in pairs]
    return _encode(nums, [min(score, MAX_SCORE) for _, score in pairs], max(nums, default=0))


def encode_scored(nums: list[int], saturations: list, factor: float, n: int) -> str:
    """encode_postings for one term: increasing doc numbers and their saturations (0.0: a facet)."""
    if not saturations[0]:  # a facet: no score
        return _encode(nums, [0] * len(nums), n)
    factor = min(factor, MAX_SCORE)
    return _encode(nums, [round(factor * saturation) or 1 for saturation in saturations], n)


def score_code(saturation: float, factor: float) -> str:
    """The two digits encode_scored() writes for one posting (not a facet)."""
    return SCORE_CODES[round(min(factor, MAX_SCORE) * saturation) or 1]


def _encode(nums: list[int], scores: list[int], n: int) -> str:
    """Bulk operations (map over C functions) rather than a Python loop: the build's hottest code,
    run once per posting. `n` bounds the document numbers."""
    global _gap_table
    if len(_gap_table) <= n < GAP_TABLE_MAX:
        _gap_table = [_gap_code(g) for g in range(min(2 * n + 2, GAP_TABLE_MAX))]
    table = _gap_table
    code = table.__getitem__ if n < len(table) else (lambda g: table[g] if g < len(table) else _gap_code(g))
    gaps = map(operator.sub, nums, [-1, *nums[:-1]])
    return "".join(map(operator.add, map(code, gaps), map(SCORE_CODES.__getitem__, scores)))


def join_postings(pieces: list[tuple[str, int, int]]) -> str:
    """One postings text from encode()'s pieces for consecutive document ranges: each piece's
    first gap, counted from -1, is recounted from the previous piece's last document."""
    texts, last = [pieces[0][0]], pieces[0][2]
    for text, first, end in pieces[1:]:
        texts += [_gap_code(first - last), text[len(_gap_code(first + 1)):]]
        last = end
    return "".join(texts)


_UNIT_RE = re.compile(r"([W-Za-z_-]*)([0-9A-V])(..)", re.DOTALL)


def read_postings(text: str) -> tuple[list[tuple[str, str, str]], list[int]]:
    """A postings text's units, each (gap digits that continue, last gap digit, score digits), and
    its document numbers. Bulk operations: an edit at 10,000 theses reads 200,000 postings."""
    units = _UNIT_RE.findall(text)
    if not units:
        return [], []
    more, last, _ = zip(*units)
    if any(more):
        gaps = []
        for digits, end in zip(more, last):
            value = 0
            for digit in digits:
                value = value * 32 + _CODE_VALUE[digit] - 32
            gaps.append(value * 32 + _CODE_VALUE[end])
    else:
        gaps = map(_CODE_VALUE.__getitem__, last)
    return units, list(accumulate(gaps, initial=-1))[1:]


def decode_postings(text: str) -> list[int]:
    """'…' → [doc, score, doc, score, …] (the client's decoder, in Python)."""
    flat, doc, value, i = [], -1, 0, 0
    while i < len(text):
        digit = _CODE_VALUE[text[i]]
        i += 1
        if digit >= 32:
            value = value * 32 + digit - 32
            continue
        doc += value * 32 + digit
        value = 0
        flat += [doc, _CODE_VALUE[text[i]] * 64 + _CODE_VALUE[text[i + 1]]]
        i += 2
    return flat

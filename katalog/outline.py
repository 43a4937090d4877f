"""The outline of a converted text, read from its headings' own numbering.

PDF conversion gives headings arbitrary Markdown levels ('## A. Latar Belakang', '#### C. Tinjauan
pustaka', '##### 1. Konsep …'), so the levels say nothing. The numbering does: 'A.', 'B.' are one
level, '1.', '2.' under them, 'a.' under those. `depths` gives each heading its depth (0 = top)
from that numbering; the table of contents nests by it and shows the numbering the text has,
with no second numbering on top.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

_ROMAN = {"i": 1, "ii": 2, "iii": 3, "iv": 4, "v": 5, "vi": 6, "vii": 7, "viii": 8, "ix": 9, "x": 10,
          "xi": 11, "xii": 12}
_NUMBER_RE = re.compile(r"^\s*(?:(bab|chapter)\s+)?([0-9]+(?:\.[0-9]+)*|[ivx]{1,4}|[a-z])(?:[.)]\s+|\s*$|\s+(?=\S))",
                        re.IGNORECASE)


def numbering(text: str) -> tuple[str, int] | None:
    """'A. Latar belakang' → ('upper', 1); '2. Konsep' → ('digit', 2); '1.2 Tujuan' → ('dec2', 2);
    'BAB II' → ('bab', 2); 'II. Teori' → ('roman', 2); an unnumbered heading → None."""
    match = _NUMBER_RE.match(text)
    if not match:
        return None
    chapter, mark = match.group(1), match.group(2)
    separated = text[match.end(2):match.end(2) + 1] in (".", ")")
    if chapter:
        value = int(mark) if mark.isdigit() else _ROMAN.get(mark.lower())
        return ("bab", value) if value else None
    if not separated and not re.fullmatch(r"[0-9]+(\.[0-9]+)+", mark):
        return None  # 'Tujuan' is no numbering; '1.2 Tujuan' is
    if re.fullmatch(r"[0-9]+(\.[0-9]+)*", mark):
        parts = mark.split(".")
        return ("digit", int(parts[0])) if len(parts) == 1 else (f"dec{len(parts)}", int(parts[-1]))
    if len(mark) > 1:  # 'II.', 'IV.'; a single 'I.' reads as a letter
        value = _ROMAN.get(mark.lower())
        return ("roman", value) if value and mark.isupper() else None
    return ("upper" if mark.isupper() else "lower", ord(mark.lower()) - ord("a") + 1)


@dataclass
class _Level:
    style: str
    value: int


def depths(texts: list[str], resets: set[int] = frozenset()) -> list[int] | None:
    """Each heading's depth from its numbering, or None when fewer than two headings are
    numbered (then the Markdown levels are all there is). An unnumbered heading sits under the
    last numbered one; those at `resets` (section labels such as 'ABSTRAK') start over at the top."""
    numbers = [numbering(t) for t in texts]
    if sum(n is not None for n in numbers) < 2:
        return None
    stack: list[_Level] = []
    out = []
    for index, number in enumerate(numbers):
        if index in resets:
            stack = []
            out.append(0)
            continue
        if number is None:
            out.append(len(stack))
            continue
        out.append(_place(stack, *number))
    return out


def _place(stack: list[_Level], style: str, value: int) -> int:
    """Where a numbered heading goes: after its predecessor in sequence (the deepest such), as
    the first child of the current heading ('A.' under '4.'), or back at the level of its style."""
    same = [d for d, level in enumerate(stack) if level.style == style]
    follows = [d for d in same if stack[d].value + 1 == value]
    if follows:
        depth = follows[-1]
    elif same and not (value == 1 and same[-1] < len(stack) - 1):
        depth = same[-1] if value == 1 else same[0]
    else:
        depth = len(stack)
    del stack[depth:]
    stack.append(_Level(style, value))
    return depth


@dataclass
class Node:
    heading: object
    children: list[Node] = field(default_factory=list)


def tree(headings, depth_of=lambda h: h.depth) -> list[Node]:
    """Nest headings by depth: a heading deeper than the previous one becomes its child (a jump
    of several levels nests one level only)."""
    roots: list[Node] = []
    path: list[tuple[int, Node]] = []
    for heading in headings:
        depth = depth_of(heading)
        while path and path[-1][0] >= depth:
            path.pop()
        node = Node(heading)
        (path[-1][1].children if path else roots).append(node)
        path.append((depth, node))
    return roots

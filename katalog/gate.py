"""A long regex of alternatives, run only where it can match.

The stage patterns (paraphrase.py) are alternations of dozens of phrasings, each starting at a word
boundary, so Python's `re` tries every alternative at every position of a text: 0.03 s per
alternative over 2 MB, 3.7 of a 25 s build at 1,000 theses. Most alternatives hold words a text
seldom has ('menyurati', 'dijajaki'). `Gated` splits a pattern into its top-level alternatives,
works out the words each one cannot match without (from the parsed pattern), and runs only the
alternatives whose words the text holds; their matches are merged the way the whole alternation
would have found them (leftmost first, the earlier alternative at the same place, no overlaps).
The matches' spans are the whole pattern's, exactly; their groups are numbered within each
alternative.
"""

from __future__ import annotations

import re

try:  # reading the parsed pattern only; without it every alternative is always run
    from re import _constants as _ops
    from re import _parser
except ImportError:  # pragma: no cover - a Python without these internals
    _parser = _ops = None

MIN_WORD = 3  # shorter literals are in nearly every text: no use as a gate


def alternatives(source: str) -> list[str]:
    """The top-level alternatives of a pattern's source: split at each '|' outside groups and sets."""
    parts, depth, start, i = [], 0, 0, 0
    while i < len(source):
        c = source[i]
        if c == "\\":
            i += 2
            continue
        if c == "[":  # a set, to its closing ']' (one right after '[' or '[^' is a member; '\]' is one too)
            i += 2 if source[i + 1 : i + 2] == "^" else 1
            i += 1 if source[i : i + 1] == "]" else 0
            while i < len(source) and source[i] != "]":
                i += 2 if source[i] == "\\" else 1
        elif c == "(":
            depth += 1
        elif c == ")":
            depth -= 1
        elif c == "|" and depth == 0:
            parts.append(source[start:i])
            start = i + 1
        i += 1
    return [*parts, source[start:]]


def _needs(items) -> list[frozenset[str]]:
    """Groups of words such that every match holds at least one word of each group."""
    needs, run = [], ""

    def flush():
        nonlocal run
        if len(run) >= MIN_WORD:
            needs.append(frozenset({run}))
        run = ""

    for op, av in items:
        if op is _ops.LITERAL:
            run += chr(av)
        elif op in (_ops.AT, _ops.ASSERT, _ops.ASSERT_NOT):
            continue  # takes no characters: the literals on either side stay side by side
        else:
            flush()
            if op is _ops.SUBPATTERN and not av[1] and not av[2]:  # a group that sets no flags
                needs += _needs(av[3])
            elif op is _ops.BRANCH:
                best = [max(_needs(branch), key=lambda group: min(map(len, group)), default=None) for branch in av[1]]
                if all(best):  # each branch holds one of these
                    needs.append(frozenset().union(*best))
            elif op in (_ops.MAX_REPEAT, _ops.MIN_REPEAT, _ops.POSSESSIVE_REPEAT) and av[0] >= 1:
                needs += _needs(av[2])
    flush()
    return needs


def needed_words(source: str, flags: int) -> list[frozenset[str]]:
    """What a match of `source` must hold; none when that cannot be read (case-blind, back-references)."""
    if _parser is None or flags & re.IGNORECASE:
        return []
    try:
        parsed = _parser.parse(source, flags)
        return [] if _has_groupref(parsed.data) else _needs(parsed)
    except (re.error, AttributeError, TypeError, ValueError):  # pragma: no cover - internals that changed: run it always
        return []


def _has_groupref(value) -> bool:
    if isinstance(value, tuple) and len(value) == 2 and value[0] in (_ops.GROUPREF, _ops.GROUPREF_EXISTS):
        return True
    if isinstance(value, _parser.SubPattern):
        value = value.data
    return isinstance(value, (list, tuple)) and any(_has_groupref(v) for v in value)


class Gated:
    """`pattern`, whose finditer runs only the alternatives a text can match."""

    def __init__(self, pattern: re.Pattern):
        self.pattern = pattern
        parts = [pattern.pattern] if pattern.flags & re.VERBOSE else alternatives(pattern.pattern)  # '#' comments
        try:
            compiled = [re.compile(part, pattern.flags) for part in parts]
        except re.error:  # a split inside something this reading misses: the pattern is run whole
            parts, compiled = [pattern.pattern], [pattern]
        self.parts = [(rx, needed_words(part, pattern.flags)) for rx, part in zip(compiled, parts)]

    def finditer(self, text: str):
        live = [part for part, needs in self.parts if all(any(word in text for word in group) for group in needs)]
        if len(live) == len(self.parts):
            yield from self.pattern.finditer(text)
            return
        heads = {k: m for k, part in enumerate(live) if (m := part.search(text))}
        while heads:
            k = min(heads, key=lambda j: (heads[j].start(), j))  # leftmost; at one place, the earlier alternative
            found = heads[k]
            if found.end() == found.start():  # an empty match: the alternation's own stepping decides
                yield from (m for m in self.pattern.finditer(text) if m.start() >= found.start())
                return
            yield found
            for j in [j for j, m in heads.items() if m.start() < found.end()]:
                nxt = live[j].search(text, found.end())
                if nxt:
                    heads[j] = nxt
                else:
                    del heads[j]

"""Shard files: their names, their bytes, and the split of a key space into shards under a budget."""

from __future__ import annotations

import json
import re
from bisect import bisect_left
from itertools import accumulate
from collections import defaultdict

DOCS_PER_SHARD = 4  # a results page of 20 loads at most 20 small files
SHARD_BUDGET = 24_000  # bytes: a shard is split by a longer prefix once it grows past this
# The longest shard key: a file name of at most 1 + 7 × 16 characters (see shard_file), and
# a shard of items sharing 16 letters may exceed the budget (only made-up words share so many).
MAX_KEY_CHARS = 16


def shard_file(prefix: str, key: str) -> str:
    """A safe file name for a shard key: letters and digits kept, anything else as _hex."""
    safe = "".join(c if c.isascii() and c.isalnum() else f"_{ord(c):x}" for c in key)
    return f"{prefix}{safe or '_'}"


def dumps(data) -> str:
    return json.dumps(data, ensure_ascii=False, sort_keys=True, separators=(",", ":"))


def shard_bytes(name: str, data) -> bytes:
    return f"KatalogSearchShard({dumps(name)},{dumps(data)});\n".encode()


def write(out: dict, name: str, data) -> None:
    out[f"search/{name}.js"] = shard_bytes(name, data)


def write_shards(out: dict, prefix: str, fragments: dict[str, str], depth: int = 1, sizes: dict[str, int] | None = None,
                 items: list[str] | None = None) -> list[str]:
    """Split serialised items by key prefix until every shard fits the budget; returns the shard keys.
    (`depth`: the prefix length to start from, for items that share a shorter prefix; `sizes`: the
    bytes each item takes, and `items`: the sorted keys of `fragments` to write, when known: see ShardSet.)"""
    keys: list[str] = []
    sizes = sizes or {k: len(fragment) + 1 for k, fragment in fragments.items()}
    for key, members in shard_groups(sorted(fragments) if items is None else items, sizes, depth):
        keys.append(key)
        name = shard_file(prefix, key)
        body = ",".join(fragments[k] for k in members)
        out[f"search/{name}.js"] = f"KatalogSearchShard({dumps(name)},{{{body}}});\n".encode()
    return keys


class ShardSet:
    """write_shards() kept between builds: only the parts of the key space some of whose items
    changed are split and written again. The same files: shard_groups() splits a first letter over
    the budget into its one-letter key and its two-letter prefixes, and a two-letter prefix over
    the budget into its two-letter key and its three-letter prefixes, each on its own.
    (At 1,000 realistic theses, 235,000 terms: no change 1.2 s → 0.001 s of CPU; one edit's 300
    changed terms fall in most two-letter prefixes, but in few three-letter ones.)"""

    def __init__(self, prefix: str):
        self.prefix = prefix
        self.letters: dict[str, list[str]] = {}  # first letter → its keys, sorted
        self.units: dict[str, list[tuple[str, int]]] = {}  # first letter → its parts (see _parts)
        self.twos: dict[str, list[str]] = {}  # first letter → the two-letter prefixes of its longer keys, sorted
        self.two_units: dict[str, list[tuple[str, int]]] = {}  # two-letter prefix → its parts
        self.done: dict[str, tuple[list[str], dict[str, bytes]]] = {}  # part → (shard keys, files)
        self.sizes: dict[str, int] = {}  # key → bytes it takes in a shard
        self.totals: dict[str, int] = defaultdict(int)  # a prefix of one or two letters → bytes of its keys
        self.groups: dict[str, list[tuple[str, list[str]]]] = {}  # part → its shard_groups(), while no size in it changed
        self.shards: dict[str, tuple[list[str], bytes]] = {}  # shard name → (its keys, its bytes)
        self.dirty: dict[str, set[str]] = defaultdict(set)  # part → its keys changed since it was last written

    def write(self, out: dict, fragments: dict[str, str], changed) -> list[str]:
        """Like write_shards(out, prefix, fragments), given the keys whose fragment changed, came or went."""
        changed = set(changed)
        if len(changed) * 8 > len(fragments) or not self.done:  # many: sort afresh
            self.letters, self.units, self.done, self.groups, self.shards = defaultdict(list), {}, {}, {}, {}
            self.twos, self.two_units, self.dirty = {}, {}, defaultdict(set)
            self.sizes = {k: len(fragment) + 1 for k, fragment in fragments.items()}
            self.totals = defaultdict(int)
            for key in sorted(fragments):
                self.letters[key[:1]].append(key)
                self._count(key, self.sizes[key])
            changed = set()
        for key in changed:
            self._change(key, fragments)
        self.letters = {k: v for k, v in self.letters.items() if v}
        shard_keys: list[str] = []
        for letter in sorted(self.letters):
            if letter not in self.units:
                self.units[letter] = self._parts(letter)
            for part, depth in self.units[letter]:
                if part not in self.done:
                    self.done[part] = self._write_part(letter, part, depth, fragments, self.dirty.pop(part, set()))
                shard_keys += self.done[part][0]
                out.update(self.done[part][1])
        return shard_keys

    def _write_part(self, letter: str, part: str, depth: int, fragments: dict[str, str], changed: set[str]
                    ) -> tuple[list[str], dict[str, bytes]]:
        """A part's shard keys and files. Its split is kept while no size in it changed (an edit's new
        scores are mostly as long as the old), and a shard none of whose keys changed keeps its bytes:
        an edit touches most parts, but few shards in each (0.3 s of splitting and 0.3 s of joining
        an edit at 10,000 theses)."""
        groups = self.groups.get(part)
        if groups is None:
            groups = self.groups[part] = shard_groups(self._members(letter, part), self.sizes, depth)
        keys, files = [], {}
        for key, members in groups:
            name = shard_file(self.prefix, key)
            old = self.shards.get(name)
            if old is None or old[0] is not members or not changed.isdisjoint(members):
                body = ",".join(fragments[k] for k in members)
                old = self.shards[name] = (members, f"KatalogSearchShard({dumps(name)},{{{body}}});\n".encode())
            keys.append(key)
            files[f"search/{name}.js"] = old[1]
        return keys, files

    def _count(self, key: str, size: int) -> None:
        self.totals[key[:1]] += size
        if len(key) > 1:
            self.totals[key[:2]] += size

    def _change(self, key: str, fragments: dict[str, str]) -> None:
        """Forget the parts holding `key`; the split of its letter only when a key comes or goes
        or a prefix crosses the budget (working it out for every changed key: 0.4 s an edit)."""
        letter, two = key[:1], key[:2]
        size = len(fragments[key]) + 1 if key in fragments else 0
        for part in (letter, letter + "\0", two, two + "\0", key[:3]):
            self.done.pop(part, None)
            self.dirty[part].add(key)  # (a part out of use meanwhile learns of it when next written)
            if size != self.sizes.get(key, 0):
                self.groups.pop(part, None)  # its split may move
        small = (self.totals[letter] <= SHARD_BUDGET, self.totals[two] <= SHARD_BUDGET)
        self._count(key, size - self.sizes.pop(key, 0))
        if size:
            self.sizes[key] = size
        keys = self.letters.setdefault(letter, [])
        i = bisect_left(keys, key)
        present = i < len(keys) and keys[i] == key
        if key in fragments and not present:
            keys.insert(i, key)
        elif key not in fragments and present:
            del keys[i]
        if present != (key in fragments):  # a key came or went: its prefix's parts are worked out again
            self.units.pop(letter, None)
            self.two_units.pop(two, None)
            if len(key) > 1 and letter in self.twos:
                twos, j = self.twos[letter], bisect_left(self.twos[letter], two)
                held = j < len(twos) and twos[j] == two
                lo = bisect_left(keys, two)
                needed = any(k[:2] == two and len(k) > 1 for k in keys[lo : lo + 2])
                if needed and not held:
                    twos.insert(j, two)
                elif held and not needed:
                    del twos[j]
        if small != (self.totals[letter] <= SHARD_BUDGET, self.totals[two] <= SHARD_BUDGET):
            self.units.pop(letter, None)
            self.two_units.pop(two, None)

    def _parts(self, letter: str) -> list[tuple[str, int]]:
        """(part, depth to split it from), in the order shard_groups() walks them: the letter whole
        when it needs no split; else its one-letter key ('a\\0'), then each two-letter prefix whole
        or, when that is split too, its two-letter key ('ab\\0') and its three-letter prefixes."""
        keys = self.letters[letter]
        alone = keys[0] == letter  # the one-letter key sorts first
        if len(keys) == alone or self.totals[letter] <= SHARD_BUDGET:
            return [(letter, 1)]
        parts = [(letter + "\0", 1)] if alone else []
        if letter not in self.twos:
            self.twos[letter] = sorted({k[:2] for k in keys if len(k) > 1})
        for two in self.twos[letter]:  # each prefix's parts kept until a key in it comes or goes (5 letters
            if two not in self.two_units:  # of 100,000 keys split afresh were 0.9 s of an edit at 10,000)
                self.two_units[two] = self._two_parts(keys, two)
            parts += self.two_units[two]
        return parts

    def _two_parts(self, keys: list[str], two: str) -> list[tuple[str, int]]:
        members = keys[bisect_left(keys, two) : bisect_left(keys, two + "\U0010ffff")]
        deeper = [k for k in members if len(k) > 2]
        if not deeper or self.totals[two] <= SHARD_BUDGET:
            return [(two, 2)]
        parts = [(two + "\0", 2)] if len(deeper) < len(members) else []
        return parts + [(three, 3) for three in sorted({k[:3] for k in deeper})]

    def _members(self, letter: str, part: str) -> list[str]:
        keys = self.letters[letter]
        if part == letter:
            return keys
        if part.endswith("\0"):  # the key as long as the prefix, alone
            return [part[:-1]]
        return keys[bisect_left(keys, part) : bisect_left(keys, part + "\U0010ffff")]


def shard_groups(items: list[str], sizes: dict[str, int], depth: int = 1) -> list[tuple[str, list[str]]]:
    """(shard key, its items) for sorted items: a group of items sharing a prefix is split by one
    more letter while it is over the budget, down to MAX_KEY_CHARS letters (so a file name stays
    short whatever the words); an item as long as the prefix stays in the prefix's own shard.

    The items sharing a prefix are a run of the sorted list, found by bisection, and a run's
    bytes are a difference of running sums: the work grows with the shards, not with items ×
    letters (bucketing every item at every depth took 1.2 s of an edit at 10,000 theses).
    Recursion is at most MAX_KEY_CHARS deep, whatever the words."""
    totals = list(accumulate(map(sizes.__getitem__, items), initial=0))
    groups: list[tuple[str, list[str]]] = []

    def split(lo: int, hi: int, depth: int) -> None:  # items[lo:hi] share their first depth - 1 letters
        i = lo
        while i < hi:
            key = items[i][:depth]
            j = i + 1 if len(key) < depth else bisect_left(items, key + "\U0010ffff", i, hi)
            exact = items[i] == key  # sorted first among the items it prefixes
            if j - i == exact or depth >= MAX_KEY_CHARS or totals[j] - totals[i] <= SHARD_BUDGET:
                groups.append((key, items[i:j]))
            else:
                if exact:
                    groups.append((key, [key]))
                split(i + exact, j, depth + 1)
            i = j

    split(0, len(items), depth)
    return groups


def load_shards(files: dict[str, bytes]) -> dict[str, object]:
    """Every shard by name; `meta` with the full lists of its directories (see expand_meta)."""
    shards = {}
    for data in files.values():
        text = data.decode()
        name, payload = re.match(r'KatalogSearchShard\(("[^"]*"),(.*)\);\n$', text, re.DOTALL).groups()
        shards[json.loads(name)] = json.loads(payload)
    if "meta" in shards:
        shards["meta"] = expand_meta(shards["meta"], shards)
    return shards


def expand_meta(meta: dict, shards: dict) -> dict:
    """meta with `termShards`, `formShards` and `aliases` gathered from the directory shards
    present (index.directories); what the client's expandMeta() does with those it loaded."""
    def gathered(kind: str) -> list:
        rows = []
        for char in meta.get("dirs", {}).get(kind, []):
            part = shards.get(shard_file("k" + kind, char))
            rows += part if isinstance(part, list) else []
        return rows

    aliases = sorted({row[2]: row for row in gathered("a")}.values(), key=lambda row: row[2])
    return {**meta, "termShards": gathered("t"), "formShards": gathered("f"), "aliases": [row[:2] for row in aliases]}


def shard_for(key: str, keys: list[str]) -> str | None:
    best = None
    for k in keys:
        if key.startswith(k) and (best is None or len(k) > len(best)):
            best = k
    return best

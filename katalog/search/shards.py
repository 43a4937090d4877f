"""Shard files: their names, their bytes, and the split of a key space into shards under a budget."""

from __future__ import annotations

import json
import re
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


def write_shards(out: dict, prefix: str, fragments: dict[str, str]) -> list[str]:
    """Split serialised items by key prefix until every shard fits the budget; returns the shard keys."""
    keys: list[str] = []
    sizes = {k: len(fragment) + 1 for k, fragment in fragments.items()}
    for key, members in shard_groups(sorted(fragments), sizes):
        keys.append(key)
        name = shard_file(prefix, key)
        body = ",".join(fragments[k] for k in members)
        out[f"search/{name}.js"] = f"KatalogSearchShard({dumps(name)},{{{body}}});\n".encode()
    return keys


def shard_groups(items: list[str], sizes: dict[str, int]) -> list[tuple[str, list[str]]]:
    """(shard key, its items) for sorted items: a group of items sharing a prefix is split by one
    more letter while it is over the budget, down to MAX_KEY_CHARS letters (so a file name stays
    short whatever the words); an item as long as the prefix stays in the prefix's own shard.
    Iterative, so no key length can exhaust the stack."""
    groups: list[tuple[str, list[str]]] = []
    todo: list[tuple[list[str], int] | tuple[str, list[str]]] = [(items, 1)]  # (items, depth) to split or (key, items)
    while todo:
        first, second = todo.pop()
        if isinstance(first, str):
            groups.append((first, second))
            continue
        depth, steps = second, []
        buckets: dict[str, list[str]] = defaultdict(list)
        for k in first:
            buckets[k[:depth]].append(k)
        for key in sorted(buckets):
            members = buckets[key]
            longer = [k for k in members if len(k) > depth]
            if not longer or depth >= MAX_KEY_CHARS or sum(map(sizes.__getitem__, members)) <= SHARD_BUDGET:
                steps.append((key, members))
                continue
            exact = [k for k in members if len(k) <= depth]
            if exact:
                steps.append((key, exact))
            steps.append((longer, depth + 1))
        todo += reversed(steps)  # the first step is popped first: keys come out in the order of a depth-first walk
    return groups


def load_shards(files: dict[str, bytes]) -> dict[str, object]:
    shards = {}
    for data in files.values():
        text = data.decode()
        name, payload = re.match(r'KatalogSearchShard\(("[^"]*"),(.*)\);\n$', text, re.DOTALL).groups()
        shards[json.loads(name)] = json.loads(payload)
    return shards


def shard_for(key: str, keys: list[str]) -> str | None:
    best = None
    for k in keys:
        if key.startswith(k) and (best is None or len(k) > len(best)):
            best = k
    return best

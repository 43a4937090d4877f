"""Shard files: their names, their bytes, and the split of a key space into shards under a budget."""

from __future__ import annotations

import json
import re
from collections import defaultdict

DOCS_PER_SHARD = 4  # a results page of 20 loads at most 20 small files
SHARD_BUDGET = 24_000  # bytes: a shard is split by a longer prefix once it grows past this


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

    def emit(key: str, members: list[str]) -> None:
        keys.append(key)
        name = shard_file(prefix, key)
        body = ",".join(fragments[k] for k in members)
        out[f"search/{name}.js"] = f"KatalogSearchShard({dumps(name)},{{{body}}});\n".encode()

    def split(group: list[str], depth: int) -> None:
        buckets: dict[str, list[str]] = defaultdict(list)
        for k in group:
            buckets[k[:depth]].append(k)
        for key in sorted(buckets):
            members = buckets[key]
            longer = [k for k in members if len(k) > depth]
            if sum(len(fragments[k]) + 1 for k in members) <= SHARD_BUDGET or not longer:
                emit(key, members)
                continue
            exact = [k for k in members if len(k) <= depth]
            if exact:
                emit(key, exact)
            split(longer, depth + 1)

    split(sorted(fragments), 1)
    return keys


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

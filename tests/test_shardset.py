"""Shards written again only where items changed are the shards a fresh split writes."""

import random

from katalog.search import shards
from katalog.search.shards import ShardSet, write_shards


def test_shardset_writes_what_a_fresh_split_writes_after_each_change(monkeypatch):
    monkeypatch.setattr(shards, "SHARD_BUDGET", 300)  # small shards: many splits at several depths
    rng = random.Random(5)
    words = ["".join(rng.choice("aabkmnprstu") for _ in range(rng.randint(1, 9))) for _ in range(3000)]
    fragments = {w: f'"{w}":"{"x" * rng.randint(1, 60)}"' for w in words[:2000]}
    shard_set = ShardSet("t")
    changed = set(fragments)
    redone = []
    real_groups = shards.shard_groups
    monkeypatch.setattr(shards, "shard_groups", lambda *a: redone.append(a[0]) or real_groups(*a))
    for step in range(200):  # enough steps that a kept split goes stale if sizes moved it
        out, fresh = {}, {}
        redone.clear()
        keys = shard_set.write(out, fragments, changed)
        split_again = len(redone)
        assert keys == write_shards(fresh, "t", fragments) and out == fresh, step
        if step:  # only the parts with a changed key were split again
            assert 0 < split_again < len(shard_set.done) / 2
        changed = set(rng.sample(sorted(fragments), 15)) | set(rng.sample(words, 10))
        for word in sorted(changed):  # a changed fragment (of another length or the same), a new key, a key gone
            if word in fragments and rng.random() < 0.3:
                del fragments[word]
            elif word in fragments and rng.random() < 0.5:
                fragments[word] = fragments[word].replace("x", "z").replace("y", "x")  # new scores, as long as the old
            else:
                fragments[word] = f'"{word}":"{"y" * rng.randint(1, 90)}"'
    assert len({k[:1] for k in fragments}) > 5 and len(keys) > 50

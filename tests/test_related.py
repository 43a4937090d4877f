"""'Tesis terkait': the pruned search must give exactly what scoring every pair gives."""

import random
from collections import defaultdict
from types import SimpleNamespace

from katalog.enrich import TAG_KINDS
from katalog.site import RELATED_WEIGHTS, partnership_key, related_theses


def brute_force(entries, subjects, limit=5):
    lists = defaultdict(list, {k: list(v) for k, v in subjects.items()})
    for i in sorted(entries):
        if entries[i].partnership:
            lists[("partnership", partnership_key(entries[i].partnership))].append(i)
    if len(entries) > 2:
        lists = defaultdict(list, {t: ids for t, ids in lists.items() if len(ids) < len(entries)})
    weight = {t: RELATED_WEIGHTS[t[0]] / (1 + len(ids) / 50) for t, ids in lists.items()}

    def tags(i):
        e = entries[i]
        out = {(k, s) for k in TAG_KINDS for s in e.subjects.get(k, ())}
        return out | ({("partnership", partnership_key(e.partnership))} if e.partnership else set())

    out = {}
    for i in entries:
        scored = []
        for j in entries:
            common = tags(i) & tags(j) & set(lists)
            if j != i and common:
                scored.append((-round(sum(weight[t] for t in sorted(common)), 6), j))
        out[i] = tuple(j for _, j in sorted(scored)[:limit])
    return out


def test_related_theses_equal_scoring_every_pair():
    rng = random.Random(7)
    cities = [f"c{k}" for k in range(8)]
    entries, subjects = {}, defaultdict(list)
    for n in range(240):
        pair = tuple(rng.sample(cities, 2)) if rng.random() < 0.8 else None
        subj = {"cities": list(pair or rng.sample(cities, 1)), "countries": [rng.choice("ab")],
                "theories": rng.sample(["t1", "t2", "t3", "t4"], rng.randint(0, 2)),
                "stages": rng.sample(["s1", "s2", "s3", "s4", "s5"], rng.randint(0, 3))}
        entries[f"x{n:03d}"] = SimpleNamespace(partnership=pair, subjects=subj)
        for kind, slugs in subj.items():
            for slug in slugs:
                subjects[(kind, slug)].append(f"x{n:03d}")
    subjects = {k: tuple(sorted(v)) for k, v in subjects.items()}
    fast = related_theses(entries, subjects)
    assert fast == brute_force(entries, subjects)
    assert all(len(v) == 5 for v in fast.values())

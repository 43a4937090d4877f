"""The link graph: the prepared theses joined into a site (subjects, mentions, partnerships,
places within places) and the related theses of each.

Split out of enrich.py, which prepares one thesis at a time (clean-up, tagging, intake).
"""

from __future__ import annotations

import heapq
from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass, field
from itertools import chain, filterfalse

from .enrich import TAG_KINDS, Entry
from .load import Vocabulary


@dataclass(frozen=True)
class Partnership:
    key: str
    cities: tuple[str, str]
    theses: tuple[str, ...]

    @property
    def url(self) -> str:
        return f"partnerships/{self.key}.html"


def partnership_key(pair: tuple[str, str]) -> str:
    return "--".join(sorted(pair))


@dataclass
class Site:
    entries: dict[str, Entry]
    vocab: Vocabulary
    subjects: dict[tuple[str, str], tuple[str, ...]]
    mentions: dict[tuple[str, str], tuple[str, ...]]
    partnerships: dict[str, Partnership]
    related: dict[str, tuple[str, ...]]
    within: dict[str, tuple[str, ...]] = field(default_factory=dict)  # region → theses about places inside it

    def region_of(self, slug: str) -> list[str]:
        """The places a city lies in, nearest first (its province or region, then theirs)."""
        out, term = [], self.vocab.get("cities", slug)
        while term is not None and term.data.get("parent_slug") and len(out) < 5:
            term = self.vocab.get("cities", term.data["parent_slug"])
            if term is not None:
                out.append(term.slug)
        return out

    def related_partnerships(self) -> dict[str, list[Partnership]]:
        """For each partnership, those joining the same places or places inside them
        (Padang–Vung Tau ↔ Padang–Ba Ria–Vung Tau; Kalimantan Timur–Rusia ↔ Samarinda–Kazan, a side that
        is a whole country holding its places), in the catalogue's order of partnerships.
        One pass over an index of places (not every pair of partnerships: thousands at 10,000 theses)."""
        ends = {c for p in self.partnerships.values() for c in p.cities}
        country_sides = set(filter(self.vocab.is_country, ends))
        family = {c: {c} if c in country_sides else {c, *self.region_of(c)} for c in ends}
        # what a side reaches: its family, and its country where some partnership has that country as a side
        reach = {c: family[c] | ({country} & country_sides if (country := self._country(c)) else set()) for c in ends}
        holding: dict[str, set[str]] = defaultdict(set)  # a place → partnerships with an end in or at it
        for p in self.partnerships.values():
            for c in p.cities:
                for place in reach[c]:
                    holding[place].add(p.key)
        order = {k: i for i, k in enumerate(self.partnerships)}

        def meet(u: str, v: str) -> bool:  # two sides meet: a place shared, or a country side holding the other
            return bool(family[u] & family[v]) or u in country_sides and u in reach[v] or v in country_sides and v in reach[u]

        out = {}
        for key, p in self.partnerships.items():
            a, b = p.cities
            candidates = set().union(*(holding[x] for x in reach[a])) & set().union(*(holding[x] for x in reach[b]))
            found = []
            for other in sorted(candidates - {key}, key=order.__getitem__):
                x, y = self.partnerships[other].cities
                if (meet(a, x) and meet(b, y)) or (meet(a, y) and meet(b, x)):
                    found.append(self.partnerships[other])
            out[key] = found
        return out

    def _country(self, slug: str) -> str | None:
        term = self.vocab.get("cities", slug)
        return term.data.get("country") if term is not None else None

    def ordered_entries(self) -> list[Entry]:
        """The theses by title; sorted once per set of prepared theses (the pages of both languages
        and their citations ask for it: five sorts were 0.13 s of an edit at 10,000)."""
        if _ORDERED[0] is not self.entries:
            _ORDERED[:] = [self.entries, sorted(self.entries.values(), key=lambda e: (e.title.lower(), e.id))]
        return list(_ORDERED[1])


_ORDERED: list = [None, []]  # (the entries dict last sorted, its theses in order)


RELATED_WEIGHTS = {"partnership": 6.0, "cities": 3.0, "countries": 1.0, "theories": 2.0, "stages": 0.5, "sectors": 1.0}


def build_site(entries: list[Entry], vocab: Vocabulary, previous: Site | None = None) -> Site:
    """The link graph, without the related theses (related_search(), the slow part, fills them).
    Given the `previous` build's, its lists are taken back when the same theses carry the same
    tags: an edit of a thesis's text changes no list (0.3 s of an edit at 10,000 theses)."""
    by_id = {e.id: e for e in entries}
    if previous is not None and previous.vocab.digest == vocab.digest and previous.entries.keys() == by_id.keys():
        old = previous.entries
        if all(e is old[i] or (e.subjects == old[i].subjects and e.mentions == old[i].mentions
                               and e.partnership == old[i].partnership) for i, e in by_id.items()):
            return Site(by_id, vocab, previous.subjects, previous.mentions, previous.partnerships, {}, previous.within)
    order = sorted(by_id)
    subjects: dict[tuple[str, str], list[str]] = defaultdict(list)
    mentions: dict[tuple[str, str], list[str]] = defaultdict(list)
    pairs: dict[str, list[str]] = defaultdict(list)
    pair_cities: dict[str, tuple[str, str]] = {}
    for thesis_id in order:
        entry = by_id[thesis_id]
        for kind in TAG_KINDS:
            for slug in entry.subjects.get(kind, ()):
                subjects[(kind, slug)].append(thesis_id)
            for slug in entry.mentions.get(kind, ()):
                mentions[(kind, slug)].append(thesis_id)
        if entry.partnership:
            key = partnership_key(entry.partnership)
            pairs[key].append(thesis_id)
            pair_cities.setdefault(key, entry.partnership)
    partnerships = {k: Partnership(k, pair_cities[k], tuple(v)) for k, v in sorted(pairs.items())}
    site = Site(by_id, vocab, {k: tuple(v) for k, v in subjects.items()}, {k: tuple(v) for k, v in mentions.items()},
                partnerships, {})
    within: dict[str, list[str]] = defaultdict(list)
    for thesis_id in order:  # a province or region lists the theses of the places inside it
        entry = by_id[thesis_id]
        direct = set(entry.subjects["cities"])
        for region in dict.fromkeys(r for c in entry.subjects["cities"] for r in site.region_of(c)):
            if region not in direct:
                within[region].append(thesis_id)
    site.within = {k: tuple(v) for k, v in within.items()}
    return site


def related_signature(site: Site) -> tuple:
    """All that the related theses depend on: while it stays the same, so do they."""
    return tuple((i, site.entries[i].partnership, tuple(site.entries[i].subjects.items())) for i in sorted(site.entries))


def related_theses(entries: dict[str, Entry], subjects: dict[tuple[str, str], tuple[str, ...]],
                   limit: int = 5) -> dict[str, tuple[str, ...]]:
    """Up to `limit` theses for each thesis, sharing the most weighted tags (see related_search)."""
    chunks, best_of = related_search(entries, subjects, limit)
    return {i: best for chunk in chunks for i, best in zip(chunk, best_of(chunk))}


class _NegatedScores(dict):
    """Bits of shared tags → minus the sum of their weights, computed once per combination."""

    def __init__(self, bit_weights: list[float]):
        super().__init__()
        self.bit_weights = bit_weights

    def __missing__(self, common: int) -> float:
        total, bits = 0.0, common
        while bits:  # only the set bits, lowest first (1.9 s → 0.1 s at 1,000: tags number in the thousands)
            low = bits & -bits
            total += self.bit_weights[low.bit_length() - 1]
            bits ^= low
        score = self[common] = -round(total, 6)
        return score


def related_search(entries: dict[str, Entry], subjects: dict[tuple[str, str], tuple[str, ...]],
                   limit: int = 5) -> tuple[list[list[str]], Callable[[list[str]], list[tuple[str, ...]]]]:
    """The related-theses search, ready to run: chunks of thesis ids, and a function giving the
    related theses of each id of a chunk (forked workers may each run some chunks).

    Up to `limit` theses sharing the most weighted tags; none when nothing but a tag that every
    thesis carries is shared.
    A tag weighs its kind's weight, less the more theses carry it (a partnership shared by few
    says more than a country shared by hundreds). The best are found without scoring every pair:
    a thesis's tags are visited heaviest first, and once the fifth best score beats all that the
    theses not yet met could still reach, the search stops. Ties go to the smaller id.
    """
    lists: dict[tuple[str, str], tuple[str, ...]] = dict(subjects)
    for thesis_id in sorted(entries):
        if entries[thesis_id].partnership:
            key = ("partnership", partnership_key(entries[thesis_id].partnership))
            lists[key] = (*lists.get(key, ()), thesis_id)
    if len(entries) > 2:  # a tag every thesis carries (Indonesia, in this catalogue) relates none of them
        lists = {tag: ids for tag, ids in lists.items() if len(ids) < len(entries)}
    weight = {tag: RELATED_WEIGHTS[tag[0]] / (1 + len(ids) / 50) for tag, ids in lists.items()}
    # Tags as bits of an integer: what two theses share is one AND, and its score is memoised.
    bit = {tag: 1 << i for i, tag in enumerate(sorted(lists))}
    bit_weights = [weight[tag] for tag in sorted(lists)]
    mask: dict[str, int] = {}
    tags_of: dict[str, list] = {}
    for thesis_id, entry in entries.items():
        tags = [(kind, slug) for kind in TAG_KINDS for slug in entry.subjects.get(kind, ())]
        if entry.partnership:
            tags.append(("partnership", partnership_key(entry.partnership)))
        tags_of[thesis_id] = sorted({t for t in tags if t in lists}, key=lambda t: (-weight[t], t))
        mask[thesis_id] = sum(bit[t] for t in tags_of[thesis_id])
    lost = _NegatedScores(bit_weights)  # shared bits → minus their weight (memoised)

    def best_for(thesis_id: str) -> tuple[str, ...]:
        mine, ordered = mask[thesis_id], tags_of[thesis_id]
        remaining = sum(weight[t] for t in ordered)
        seen = {thesis_id}
        best: list[tuple[float, str]] = []  # (-score, id), sorted, at most `limit`
        for tag in ordered:
            if len(best) == limit and -best[-1][0] > round(remaining, 6):
                break  # no thesis not met yet can reach the fifth best
            remaining -= weight[tag]
            others = list(filterfalse(seen.__contains__, lists[tag]))
            seen.update(others)
            # Scored and ranked by mapping C functions: a tag's list may hold hundreds of theses.
            scores = map(lost.__getitem__, map(mine.__and__, map(mask.__getitem__, others)))
            best = heapq.nsmallest(limit, chain(best, zip(scores, others)))
        return tuple(other for _, other in best)

    ids = sorted(entries)
    return [ids[i : i + 500] for i in range(0, len(ids), 500)], lambda chunk: [best_for(i) for i in chunk]

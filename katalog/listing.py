"""What list pages show and in which order: partnerships by name, index pages grouped (partners,
other subjects, mere mentions, the rest) with the same counts the home page gives, and why two
theses are related."""

from __future__ import annotations

from dataclasses import dataclass

from .enrich import TAG_KINDS
from .site import Partnership, Site, partnership_key
from .text import fold


def partnership_facts(site: Site, p: Partnership) -> dict:
    """What the theses about a partnership say of it: the stages they cover (a stage done in one
    counts as done), the sectors and the periods they study."""
    entries = [site.entries[i] for i in p.theses]
    stages = [s for s in (t.slug for t in site.vocab.ordered("stages")) if any(s in e.subjects["stages"] for e in entries)]
    status = {}
    for s in stages:
        given = {str((e.meta.get("stage_status") or {}).get(s, "done")) for e in entries if s in e.subjects["stages"]}
        if "done" not in given:
            status[s] = min(given)
    sectors = list(dict.fromkeys(str(x) for e in entries for x in e.meta.get("sectors") or ()))
    periods = list(dict.fromkeys(str(e.meta["period"]) for e in entries if e.meta.get("period")))
    return {"stages": stages, "stage_status": status, "sectors": sectors, "periods": periods}


def pair_name(site: Site, p: Partnership) -> str:
    return " – ".join(site.vocab.place(c).name for c in p.cities)


def partnerships_by_name(site: Site, pairs=None) -> list[Partnership]:
    """Partnerships in the order a reader looks for them: by the names shown, not by slug."""
    pairs = site.partnerships.values() if pairs is None else pairs
    return sorted(pairs, key=lambda p: (fold(pair_name(site, p)), p.key))


@dataclass(frozen=True)
class Group:
    key: str  # partners | subjects | mentions | other
    heading: str
    note: str
    terms: tuple


_GROUP_TEXT = {  # kind → key → (heading, note)
    "cities": {
        "partners": ("Kota dan daerah mitra", "Pihak dalam kemitraan kota bersaudara yang dikaji."),
        "subjects": ("Dikaji tanpa kemitraan", "Pokok kajian sebuah karya, tanpa kemitraan tercatat di katalog."),
        "mentions": ("Hanya disebut", "Disebut dalam teks (misalnya sebagai contoh atau dalam tinjauan pustaka), bukan pokok kajian."),
        "other": ("Wilayah lain", "Tidak dikaji atau disebut: wilayah yang memuat kota dan daerah di atas."),
    },
    "countries": {
        "subjects": ("Negara yang dikaji", "Negara kota atau daerah yang menjadi pokok kajian."),
        "mentions": ("Hanya disebut", "Negara, atau kota di negara itu, yang disebut dalam teks tanpa menjadi pokok kajian."),
        "other": ("Negara lain", "Tidak dikaji atau disebut: negara wilayah yang tercatat di katalog."),
    },
    "theories": {
        "subjects": ("Dipakai dalam karya", "Teori dan konsep yang menjadi kerangka sebuah karya."),
        "mentions": ("Hanya disebut", ""),
        "other": ("Belum dipakai", "Tercatat di katalog, belum menjadi kerangka karya mana pun."),
    },
}


def _mentioned(site: Site, kind: str, slug: str) -> bool:
    return bool(site.mentions.get((kind, slug)))


def index_groups(site: Site, kind: str, terms: list) -> list[Group]:
    """The terms of an index page, grouped; empty groups left out. Stages are one list (the lifecycle)."""
    if kind not in _GROUP_TEXT:
        return [Group("all", "", "", tuple(terms))]
    partners = {c for p in site.partnerships.values() for c in p.cities} if kind == "cities" else set()
    found: dict[str, list] = {key: [] for key in _GROUP_TEXT[kind]}
    for term in terms:
        if term.slug in partners:
            key = "partners"
        elif (kind, term.slug) in site.subjects:
            key = "subjects"
        elif _mentioned(site, kind, term.slug):
            key = "mentions"
        else:
            key = "other"
        found.setdefault(key, []).append(term)
    return [Group(key, *_GROUP_TEXT[kind][key], tuple(found[key])) for key in _GROUP_TEXT[kind] if found.get(key)]


def home_counts(site: Site) -> dict[str, int]:
    """The home page's numbers, each the size of what its index page lists first: theses,
    partnerships, cities and countries studied, theories used, and the stages of the lifecycle."""
    vocab = site.vocab
    studied = {kind: sum(1 for s in vocab.terms.get(kind, {}) if (kind, s) in site.subjects) for kind in TAG_KINDS}
    return {"theses": len(site.entries), "partnerships": len(site.partnerships), "cities": studied["cities"],
            "countries": studied["countries"], "theories": studied["theories"],
            "stages": len(vocab.terms.get("stages", {}))}


_REASON_LABELS = (("partnership", "kemitraan yang sama"), ("cities", "kota/daerah"), ("theories", "teori"),
                  ("stages", "tahap"), ("countries", "negara"))


def universal_tags(site: Site) -> set[tuple[str, str]]:
    """The tags every thesis carries (they relate none; see site.related_search)."""
    if len(site.entries) <= 2:
        return set()
    return {tag for tag, ids in site.subjects.items() if len(ids) == len(site.entries)}


def related_reasons(site: Site, one: str, other: str,
                    universal: set | None = None) -> list[tuple[str, tuple[tuple[str, str, str], ...]]]:
    """What two theses share, as (label, ((kind, slug, name), …)): the partnership, cities,
    theories, stages; a country only where no shared city already implies it. `universal`:
    universal_tags(site), when the caller has it already."""
    a, b = site.entries[one], site.entries[other]
    out, said = [], set()
    if a.partnership and b.partnership and partnership_key(a.partnership) == partnership_key(b.partnership):
        key = partnership_key(a.partnership)
        out.append(("kemitraan yang sama", (("partnership", key, pair_name(site, site.partnerships[key])),)))
        said.update((site.vocab.place(c).kind, c) for c in a.partnership)
    cities = [s for s in a.subjects["cities"] if s in b.subjects["cities"]]
    said.update(("countries", site.vocab.get("cities", c).data.get("country")) for c in cities)
    said.update(universal_tags(site) if universal is None else universal)
    for kind, label in _REASON_LABELS[1:]:
        shared = [s for s in a.subjects[kind] if s in b.subjects[kind] and (kind, s) not in said]
        if shared:
            out.append((label, tuple((kind, s, site.vocab.get(kind, s).name) for s in shared)))
    return out

"""The gazetteer places a build's theses name, joined to its vocabulary: a term for each (with its
short names where a thesis names it for sure), and the regions the hand-kept cities lie in, so that
every place has its page, its parent and its partnerships. The finding and judging is places.py's."""

from __future__ import annotations

from collections import Counter
from dataclasses import replace

from .gazetteer import Gazetteer, Place, fold_key, load_gazetteer, slugify, to_city_entry
from .load import Term, Vocabulary
from .places import Found


def extend_vocabulary(vocab: Vocabulary, found: Found, gazetteer: Gazetteer | None = None) -> Vocabulary:
    """This build's vocabulary: the hand-kept entries, then the gazetteer places the theses name."""
    gazetteer = gazetteer or load_gazetteer()
    terms = {kind: dict(entries) for kind, entries in vocab.terms.items()}
    cities, countries = terms.setdefault("cities", {}), terms.setdefault("countries", {})
    position = max((t.position for t in cities.values()), default=0) + 1
    for slug, place in sorted(found.places.items()):
        if place.type == "country":
            if slug not in countries:
                # a word-like name only as a text was judged to use it ('merangkul Inggris', not 'bahasa Inggris'),
                # and then only in the texts judged so (Tagger.own_places)
                written = set(found.written.get(slug, ()))
                aliases = tuple(a for a in place.aliases if a not in place.context_aliases or a in written)
                countries[slug] = Term("countries", slug, place.name, place.official or place.name, aliases,
                                       {"name_id": place.name, "name_en": place.official, "code": place.country_code,
                                        "from_gazetteer": True}, 0, 10_000 + position)
        elif slug not in cities:
            entry = to_city_entry(place, gazetteer)
            entry.update(code=place.code, from_gazetteer=True)
            # A place a thesis names for sure: its short and word-like names join too ('NTB', 'Malang',
            # 'Ambon'); the tagger still wants them capitalised, and acronyms in capitals.
            extra = [a for a in place.context_aliases if len(a) >= 4 or a.isupper() and len(a) >= 2]
            aliases = tuple(dict.fromkeys([*entry.get("aliases", ()), *sorted(extra), *found.aliases.get(slug, ())]))
            # the Indonesian pages say it as the texts write it ('Australia Selatan'), the English ones as the data does
            shown = _display_name(place)
            name = _as_written(place, shown, found.written.get(slug, ()), gazetteer)
            entry["name"] = name
            cities[slug] = Term("cities", slug, name, shown, aliases, entry, 0, position)
        position += 1
    _bare_names_to_cities(cities, found)
    _own_names_first(cities, found)
    for slug, term in list(cities.items()):  # hand-kept cities nest in the gazetteer's regions
        if term.data.get("parent_slug") or term.data.get("from_gazetteer"):
            continue
        # by its official name, else by its name ('Nanning Shi (南宁市)', a local script in brackets, is no gazetteer name)
        match = next((p for name in dict.fromkeys([str(term.data.get("official", term.name)), term.name])
                      for p in gazetteer.lookup(name)
                      if p.country == term.data.get("country") and p.type == term.data.get("type")), None)
        if match is not None and match.lat is not None and term.data.get("lat") is None:
            # a hand-kept entry without coordinates is drawn where the gazetteer puts the place (DKI Jakarta)
            point = {"lat": match.lat, "lon": match.lon, "point_from_gazetteer": True,
                     **({"point_of": match.point_of} if match.point_of else {})}
            term = cities[slug] = Term("cities", slug, term.name, term.name_en, term.aliases, {**term.data, **point},
                                       term.line, term.position)
        for region in gazetteer.ancestors(match.slug) if match else []:
            if region.type == "country":
                break
            if region.slug not in cities:
                entry = to_city_entry(region, gazetteer)
                entry.update(code=region.code, from_gazetteer=True)
                # an Indonesian province's short form too ('Sumbar' for Sumatera Barat): a student searches by it
                short = [a for a in region.context_aliases if region.is_indonesian and len(a) >= 4]
                cities[region.slug] = Term("cities", region.slug, region.name, region.name,
                                           tuple(dict.fromkeys([*entry.get("aliases", ()), *sorted(short)])), entry, 0, position)
                position += 1
            cities[slug] = Term("cities", slug, term.name, term.name_en, term.aliases,
                                {**term.data, "parent_slug": region.slug, "code": term.data.get("code", match.code)},
                                term.line, term.position)
            break
    shown = ",".join(f"{s}={cities[s].name}" for s in sorted(found.places) if s in cities and cities[s].data.get("from_gazetteer"))
    digest = vocab.digest + "+" + ",".join(sorted(found.places)) + "|" + shown
    return Vocabulary(terms=terms, synonyms=vocab.synonyms, digest=digest, broken=vocab.broken,
                      unreadable=vocab.unreadable)


def _own_names_first(cities: dict[str, Term], found: Found) -> None:
    """Two places the theses name that answer to one name, one of them by its own name (the town Palmerston) and
    the other by an old or other one (Darwin, called Palmerston until 1911): the name is the first's."""
    own = {fold_key(cities[slug].name): slug for slug in found.places  # (towns only: a bare 'Bengkulu' stays the kota's)
           if slug in cities and cities[slug].data.get("type") == "city"}
    for slug in found.places:
        term = cities.get(slug)
        if term is None or not term.data.get("from_gazetteer"):
            continue
        # (not the region around the town: Melaka the state and Malacca the city share theirs as _bare_names_to_cities says)
        kept = tuple(a for a in term.aliases if own.get(fold_key(a), slug) == slug
                     or cities[own[fold_key(a)]].data.get("parent_slug") == slug)
        if kept != term.aliases:
            cities[slug] = replace(term, aliases=kept)


def _bare_names_to_cities(cities: dict[str, Term], found: Found) -> None:
    """A city and the region around it that a thesis names both (Zagreb and Grad Zagreb, Kyoto and
    Kyoto Prefecture): the bare name they share is the city's; the region keeps its longer names."""
    for slug in found.places:
        city = cities.get(slug)
        if city is None or not city.data.get("from_gazetteer") or city.data.get("type") != "city":
            continue
        names = {fold_key(n) for n in (city.name, *city.aliases)}
        parent = cities.get(city.data.get("parent_slug") or "")
        while parent is not None and parent.data.get("from_gazetteer") and parent.slug in found.places:
            kept = tuple(a for a in parent.aliases if fold_key(a) not in names)
            if kept != parent.aliases:
                cities[parent.slug] = replace(parent, aliases=kept)
            parent = cities.get(parent.data.get("parent_slug") or "")


def _as_written(place: Place, shown: str, written, gazetteer: Gazetteer) -> str:
    """The name a place abroad is shown by: the one the texts write most often where it is one of the
    gazetteer's names for it ('Melaka', not GeoNames' English 'Malacca'; 'Gurye', not 'Kurye'), else
    `shown`. Spellings in capitals, short or word-like names and misspellings are no name to show, nor
    the name another place bears as its own, other than one it lies in (Belém's Portuguese-English
    'Bethlehem' is Bethlehem's: shown on Belém's page it would hide a wrong reading; 'Melaka' is also
    its state's); a tie keeps `shown`, else goes to the first in alphabetical order (the same on every build)."""
    names = {fold_key(n) for n in (place.name, place.official, *place.aliases)} - {fold_key(a) for a in place.context_aliases}
    around = {place.slug, *(p.slug for p in gazetteer.ancestors(place.slug))}

    def anothers(w: str) -> bool:
        return any(p.slug not in around and fold_key(w) in (fold_key(p.name), fold_key(p.official)) for p in gazetteer.lookup(w))

    forms = Counter(w for w in written if w[:1].isupper() and not w.isupper() and fold_key(w) in names)
    forms = Counter({w: n for w, n in forms.items() if not anothers(w)})  # each spelling looked up once
    if not forms:
        return shown
    most = max(forms.values())
    if any(fold_key(w) == fold_key(shown) for w, n in forms.items() if n == most):
        return shown  # the texts write the name shown, perhaps without its accents ('Tono' for 'Tōno')
    return min(w for w, n in forms.items() if n == most)


def _display_name(place: Place) -> str:
    """The name a reader knows: 'Zhejiang', not GeoNames' 'Zhejiang Sheng' (a shorter name of the place
    that its full name starts with); Indonesian names stay as Kemendagri writes them."""
    if place.is_indonesian:
        return place.name
    parent = place.parent or ""  # 'Johor Bahru' stays: 'Johor' is its state's name
    shorter = [a for a in place.aliases if a not in place.context_aliases and place.name.startswith(a + " ")
               and len(a) >= 4 and slugify(a) != parent]
    return max(shorter, key=len) if shorter else place.name


"""Render stage: the Jinja environment, one page context per output file, render_page()."""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Iterator
from dataclasses import dataclass, replace
from functools import partial
from operator import itemgetter
from pathlib import Path
from typing import NamedTuple

from jinja2 import Environment, FileSystemLoader, TemplateSyntaxError, meta, select_autoescape
from markupsafe import Markup

from . import i18n
from .config import Config
from .enrich import TAG_KINDS, Entry
from .errors import Diagnostic
from .files import folder_files, read_inside
from .i18n import localized, neutral_path, translate
from .labels import meaningful_source, work_kind
from .listing import home_counts, index_groups, pair_name, partnership_facts, partnerships_by_name, related_reasons, universal_tags
from .load import legal_refs
from .markdown import in_language, render_markdown
from .outline import tree as toc_tree
from .references import facts_of, template_helpers
from .site import Site, partnership_key
from .timeline import in_order, order_sentence, render_timeline
from .worldmap import Link, Place, bbox_of, render_map

KIND_LABELS = {"abstract": "Abstrak", "conclusion": "Kesimpulan", "chapter": "Bab",
               "summary": "Ringkasan", "full": "Teks lengkap"}
CITY_TYPES = {"kota": "Kota", "kabupaten": "Kabupaten", "provinsi": "Provinsi", "city": "Kota",
              "prefecture": "Prefektur", "state": "Negara bagian", "municipality": "Munisipalitas",
              # every type the gazetteer gives (schema.CITY_TYPES), in Indonesian on the Indonesian pages
              "town": "Kota kecil", "province": "Provinsi", "region": "Wilayah", "county": "County", "district": "Distrik",
              "department": "Departemen (wilayah)", "special administrative region": "Daerah administratif khusus",
              "autonomous region": "Daerah otonom"}
LANGUAGES = {"id": "Indonesia", "en": "Inggris"}
STAGE_STATUS_LABELS = {"planned": "direncanakan", "draft": "rancangan", "failed": "tidak terwujud"}
LEGAL_STATUS_LABELS = {"current": "berlaku", "repealed": "dicabut"}
# Theses on a list page; a longer list goes on over numbered pages (`countries/x/2.html`). At 10,000
# theses a country's page listed every one (10 MB), and an edit of one thesis rendered and wrote it
# again; now only the page holding the edited thesis's card changes.
LIST_PAGE = 100
# The lists a page may hold, and the file name stem of their further pages.
_LIST_STEMS = {"theses": "", "within": "within-", "mentioned": "mentioned-"}


def list_page_url(first: str, which: str, number: int) -> str:
    """The address of page `number` of a list whose first page is `first` ('countries/x.html')."""
    if number == 1:
        return first
    return f"{first.removesuffix('.html')}/{_LIST_STEMS[which]}{number}.html"


def list_pages(ids) -> int:
    return max(1, -(-len(ids) // LIST_PAGE))


def pager(first: str, which: str, number: int, pages: int) -> list[dict]:
    """The links of a list's page bar, each {"rel": "prev" | "next" | "" , "label", "url"} (url None:
    the page shown, or a gap '…'): the previous and next page, the first and last page and two on
    each side of this one."""
    shown = sorted({1, pages, *range(max(1, number - 2), min(pages, number + 2) + 1)})
    links, last = [], 0
    if number > 1:
        links.append({"rel": "prev", "label": "", "url": list_page_url(first, which, number - 1)})
    for n in shown:
        if n - last > 1:
            links.append({"rel": "", "label": "…", "url": None})
        links.append({"rel": "", "label": str(n), "url": None if n == number else list_page_url(first, which, n)})
        last = n
    if number < pages:
        links.append({"rel": "next", "label": "", "url": list_page_url(first, which, number + 1)})
    return links


SECTIONS = {  # kind → (folder, Indonesian plural, Indonesian singular)
    "cities": ("cities", "Kota dan daerah", "Kota"),
    "countries": ("countries", "Negara", "Negara"),
    "theories": ("theories", "Teori dan konsep", "Teori"),
    "sectors": ("sectors", "Sektor kerja sama", "Sektor"),
    "stages": ("stages", "Tahap kerja sama", "Tahap"),
}


@dataclass(frozen=True)
class Page:
    dest_path: str
    template: str
    context: dict
    key: str  # changes whenever anything the page shows changes
    lang: str = "id"  # the interface's language (the content keeps its own)


class _ProjectLoader(FileSystemLoader):
    """Templates read like every source: regular files inside the project only."""

    def __init__(self, config: Config):
        super().__init__(str(config.templates))
        self.config = config

    def get_source(self, environment, template):
        _, filename, uptodate = super().get_source(environment, template)
        raw, problems = read_inside(Path(filename), self.config.root, self.config.display_path(Path(filename)))
        if raw is None:
            raise TemplateSyntaxError(problems[0].message, 1, template, filename)
        return raw.decode("utf-8", "replace"), filename, uptodate


def check_templates(config: Config, env: Environment | None = None) -> list[Diagnostic]:
    """Every template compiles (into `env`, when given: it keeps them); a syntax error is
    reported at its file and line."""
    env = env or make_env(config)
    paths, problems = folder_files(config.templates, config.display_path)  # not jinja's recursive walk: any depth
    names = sorted(p.relative_to(config.templates).as_posix() for p in paths if p.suffix == ".html")
    for name in names:
        try:
            env.get_template(name)
        except TemplateSyntaxError as exc:
            path = config.display_path(config.templates / name)
            problems.append(Diagnostic(path, exc.lineno or 1, f"template error: {exc.message}"))
            continue
        source = env.loader.get_source(env, name)[0]
        for used in meta.find_referenced_templates(env.parse(source)):  # an include or extends naming no file
            if used is not None and used not in names:
                line = next((i for i, text in enumerate(source.splitlines(), 1) if used in text), 1)
                problems.append(Diagnostic(config.display_path(config.templates / name), line,
                                           f"template error: it uses '{used}', which templates/ does not have"))
    for name in sorted(set(PAGE_TEMPLATES) - set(names)):  # a project's templates from before a page kind was added
        problems.append(Diagnostic(config.display_path(config.templates / name), 1,
                                   f"template missing: the builder renders {PAGE_TEMPLATES[name]} with it "
                                   f"(copy it from the shipped templates/)"))
    return problems


# The templates the builder renders pages with, and what with each.
PAGE_TEMPLATES = {
    "home.html": "the home page", "theses.html": "the list of all works", "search.html": "the search page",
    "legal.html": "the legal framework page", "partnerships.html": "the list of partnerships",
    "partnership.html": "each partnership's page", "terms.html": "each vocabulary's index", "term.html": "each term's page",
    "thesis.html": "each thesis's page", "list_page.html": "the further pages of a long list",
    "partials/card.html": "each thesis's list item", "partials/stage_strip.html": "the strip of stages",
}


def make_env(config: Config) -> Environment:
    env = Environment(
        loader=_ProjectLoader(config),
        autoescape=select_autoescape(["html"]),
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
        auto_reload=False,  # an environment lives for one build; `serve` makes a new one each time
    )
    env.filters["url"] = relative_url
    env.globals.update(i18n.template_globals())
    env.globals.update(KIND_LABELS=KIND_LABELS, CITY_TYPES=CITY_TYPES, LANGUAGES=LANGUAGES, SECTIONS=SECTIONS,
                       STAGE_STATUS_LABELS=STAGE_STATUS_LABELS, LEGAL_STATUS_LABELS=LEGAL_STATUS_LABELS,
                       toc_tree=toc_tree, work_kind=work_kind, meaningful_source=meaningful_source)
    fresh_helpers(env, config)
    return env


def fresh_helpers(env: Environment, config: Config) -> None:
    """The helpers that keep what they made for one site (stage strips, maps, timelines, citation
    spans), made anew; the compiled templates stay (compiling them all again costs 0.3 s a build)."""
    env.globals.update(stage_strip=_stage_strips(env), world_map=_world_maps(), timeline_svg=_timelines())
    env.globals.update(template_helpers(config))  # citation(e), coins(e)


def _stage_strips(env: Environment):
    """The strip of cooperation stages, rendered once per (stages covered, their statuses, current
    stage, folder depth): every thesis page shows one, and few combinations occur. One environment,
    one site. `status` maps a stage to 'planned', 'draft' or 'failed' where a thesis says so."""
    cache: dict[tuple, Markup] = {}

    def stage_strip(site: dict, covered, current, page: dict, status=None) -> Markup:
        status = {str(k): str(v) for k, v in (status or {}).items() if v != "done"}
        key = (None if covered is None else tuple(covered), tuple(sorted(status.items())), current,
               page["dest_path"].count("/"), page.get("lang", "id"))
        html = cache.get(key)
        if html is None:
            template = env.get_template("partials/stage_strip.html")
            html = cache[key] = Markup(template.render(site=site, covered=covered, current=current, page=page,
                                                       status=status, term_url=term_url,
                                                       lang=page.get("lang", "id")).removesuffix("\n"))
        return html

    return stage_strip


_MAPS: dict[tuple, Markup] = {}  # kept across builds (serve, rebuilds): a map is a function of its key alone
# At most this many characters of maps are kept (a page's map is 20–40 kB with its outlines; the 4,096 maps
# kept before were 140 MB at 10,000 theses in the process that renders beside its workers)
_MAPS_BUDGET = 16_000_000
_MAPS_SIZE = [0]


def _world_maps():
    """The map of a page (see map_context), as SVG with links relative to the page; each
    (map, folder depth) drawn once per process."""

    def world_map(m: dict, page: dict) -> Markup:
        key = (repr(m), page["dest_path"])
        svg = _MAPS.get(key)
        if svg is None:
            places = [p._replace(url=relative_url(p.url, page)) for p in m["places"]]
            links = [k._replace(url=relative_url(k.url, page)) for k in m["links"]]
            here = relative_url(neutral_path(page["dest_path"]), page)
            svg = Markup(render_map(places, links, m["bbox"], title=m["title"], current=here))
            if _MAPS_SIZE[0] + len(svg) > _MAPS_BUDGET:
                _MAPS.clear()
                _MAPS_SIZE[0] = 0
            _MAPS[key] = svg
            _MAPS_SIZE[0] += len(svg)
        return svg

    return world_map


def _timelines():
    """The SVG strip of a page's events (see timeline_context), drawn once per environment."""
    cache: dict[str, Markup] = {}

    def timeline_svg(tl: dict) -> Markup:
        key = repr(tl)
        if key not in cache:
            cache[key] = Markup(render_timeline(tl["events"], tl["names"], tl["title"], lang=tl.get("lang", "id")))
        return cache[key]

    return timeline_svg


def timeline_context(site: Site, events, title: str, subject: str, lang: str = "id") -> dict:
    """The events (date order), short stage names for the strip, and the sentence saying where
    the dated order of stages differs from the lifecycle ('' when it does not)."""
    stages = site.vocab.ordered("stages")
    names = {t.slug: str(t.data.get("short") or t.name) for t in stages}
    events = tuple(in_order(events))
    used = {e.stage for e in events}
    return {"events": events, "title": title, "lang": lang, "names": {k: v for k, v in names.items() if k in used},
            "several_theses": len({e.thesis for e in events}) > 1,
            "order_note": order_sentence(events, {t.slug: t.position for t in stages}, names, subject, lang)}


def _coordinate(value) -> float | None:
    try:
        return float(value)
    except (TypeError, ValueError):
        return None


def map_context(site: Site, cities, pairs, title: str, zoom_on=None, world: bool = False) -> dict:
    """What a page's map shows: places (the cities, and the partners of the pairs), links (the
    pairs), the box to zoom on (that of `zoom_on`, default all places; none for the world), and
    `missing`, the places that have no coordinates and so are listed but not drawn; `geonames`
    when a drawn place's coordinates come from the gazetteer (GeoNames data, CC BY 4.0: credited)."""
    vocab = site.vocab
    slugs = list(dict.fromkeys([*cities, *(c for p in pairs for c in p.cities)]))
    places = tuple(Place(s, t.name, _coordinate(t.data.get("lat")), _coordinate(t.data.get("lon")), term_url("cities", s),
                         str(t.data.get("point_of") or "")) for s in slugs if (t := vocab.get("cities", s)))
    # a partnership's side that is a whole country: listed with the places, not drawn as a point
    areas = tuple(Place(s, t.name, None, None, term_url("countries", s))
                  for s in slugs if vocab.is_country(s) and (t := vocab.get("countries", s)))
    # a side that is a whole country has no point: its pair is listed, not drawn
    links = tuple(Link(*p.cities, pair_name(site, p), p.url) for p in pairs)
    focus = [p for p in places if zoom_on is None or p.slug in zoom_on]
    geonames = any(p.lat is not None and ((data := vocab.get("cities", p.slug).data).get("from_gazetteer")
                                          or data.get("point_from_gazetteer")) for p in places)
    return {"places": places, "links": links, "title": title, "bbox": None if world else bbox_of(focus),
            "drawn": bbox_of(places) is not None, "missing": tuple(p for p in places if p.lat is None or p.lon is None),
            "areas": areas,
            "geonames": geonames}


def relative_url(target: str, page: dict) -> str:
    """A link from the current page to a file of the site: up to the site root, then down. A
    page (.html) is the one in the current page's language; other files (styles, scripts, the
    search index, downloads) are shared by both languages."""
    if not target or target.startswith("#"):
        return target
    lang = page.get("lang", "id")
    if lang != "id" and target.split("#", 1)[0].endswith(".html"):
        target = i18n.PREFIX[lang] + target
    return "../" * page["dest_path"].count("/") + target


def template_digest(config: Config) -> str:
    digest = hashlib.sha256()
    for path in sorted(config.templates.rglob("*.html")):
        digest.update(path.relative_to(config.templates).as_posix().encode())
        digest.update(path.read_bytes())
    return digest.hexdigest()


def _key(*parts: object) -> str:
    return hashlib.sha256(repr(parts).encode()).hexdigest()


def term_url(kind: str, slug: str) -> str:
    return f"{SECTIONS[kind][0]}/{slug}.html"


def site_context(site: Site, config: Config, lang: str = "id") -> dict:
    vocab = localized(site.vocab, lang)
    return {
        "title": config.site_title,
        "title_en": config.site_title_en,
        "zip_link": config.zip_link,
        "site_url": config.site_url,
        "data_readme": (config.root / "docs" / "data.md").is_file(),
        "source_date": config.source_date,
        "source_date_label": i18n.date_label(config.source_date, lang) if config.source_date else None,
        "counts": home_counts(site),
        "stages": [t for t in vocab.ordered("stages")],
    }


def card_data(e) -> dict:
    """What a list of theses shows of one thesis."""
    return {"lang": i18n.content_language(e.meta), "id": e.id, "url": e.url, "title": e.title, "descriptive": e.title_descriptive,
            "partnership": e.partnership, "period": e.meta.get("period"), "year": e.meta.get("year"),
            "kind": e.meta.get("kind"), "excerpt": e.excerpt, "authors": e.meta.get("authors", []),
            "work_kind": work_kind(e.meta), "degree": e.meta.get("degree")}


class Cards:
    """Each thesis's list item rendered once per folder depth and reused by every list showing it.

    Kept by the builder across rebuilds; keyed by the entry's digest, the vocabulary and templates.
    """

    def __init__(self):
        self.cache: dict[tuple, Markup] = {}
        self.used: set[tuple] = set()
        self.env: Environment | None = None
        self.site: Site | None = None
        self.base: tuple = ()

    def bind(self, env: Environment, site: Site, base: tuple) -> None:
        if base != self.base:
            self.cache = {}
        self.env, self.site, self.base, self.used = env, site, base, set()

    def __call__(self, thesis_id: str, page: dict) -> Markup:
        key = self.key(thesis_id, page)
        self.used.add(key)
        html = self.cache.get(key)
        if html is None:
            template = self.env.get_template("partials/card.html")
            lang = page.get("lang", "id")
            html = self.cache[key] = Markup(template.render(t=card_data(self.site.entries[thesis_id]), page=page,
                                                            vocab=localized(self.site.vocab, lang), lang=lang))
        return html

    def many(self, thesis_ids: list[str], page: dict) -> Markup:
        """The items of a whole list at once (a template loop over 10,000 items cost seconds)."""
        entries, depth, lang = self.site.entries, page["dest_path"].count("/"), page.get("lang", "id")
        out = []
        for i in thesis_ids:
            key = (i, entries[i].digest, depth, lang)
            html = self.cache.get(key)
            if html is None:
                html = self(i, page)
            else:
                self.used.add(key)
            out.append(html)
        return Markup("".join(out))

    def key(self, thesis_id: str, page: dict) -> tuple:
        return (thesis_id, self.site.entries[thesis_id].digest, page["dest_path"].count("/"), page.get("lang", "id"))

    def store(self, thesis_id: str, page: dict, html: Markup) -> None:
        """A card rendered elsewhere (by a worker process) with the same templates and site."""
        self.cache[self.key(thesis_id, page)] = html

    def prune(self) -> None:
        """Forget the cards no page of the last build used."""
        self.cache = {k: v for k, v in self.cache.items() if k in self.used}


_TOKENS: dict[tuple, str] = {}  # what a list shows of a thesis, as a short digest, made once per process


def _list_keys(site: Site, config: Config):
    """A function giving a short key of a list of theses: changes when the list changes or what
    a list shows of an item does (its card and COinS span), not with every edit of its text:
    a typo mended in a chapter re-renders its own page, not the 60 lists that show it."""
    base = (site.vocab.digest, hash(config))
    token = {}
    for e in site.entries.values():
        memo = (e.id, e.digest, e.src_path, base)  # a prepared entry is a function of its text and the vocabulary
        if memo not in _TOKENS:
            if len(_TOKENS) > 100_000:
                _TOKENS.clear()
            _TOKENS[memo] = hashlib.sha256(repr((card_data(e), facts_of(e, config))).encode()).hexdigest()[:20]
        token[e.id] = _TOKENS[memo]
    return lambda ids: hashlib.sha256("\n".join(map(token.__getitem__, ids)).encode()).hexdigest()


class PagePlans:
    """The pages the last build planned, each with a signature of all its key is made from: a page
    whose signature is the same again is taken back, key and all, not planned afresh. (Planning every
    page cost 2.2–2.9 s of a one-thesis edit at 10,000 theses, 28,000 contexts and keys; with this,
    0.6–1.0 s, the pages that show the edited thesis made afresh.) A signature holds the prepared theses a page shows: a thesis
    kept from the last build is the very same object, so comparing costs next to nothing, and one
    prepared again compares by its fields, which with the vocabulary and templates (in every
    signature) fix all a page shows of it.

    When the structure, the theses and what every page shares (`affected`'s `shared`) are those of
    the last plan, only the pages whose signature holds a thesis prepared again are planned: the
    rest are the last plan's, in its order. (Building and comparing 31,500 signatures was 0.6–1.0 s
    of an edit at 10,000 theses.)"""

    def __init__(self):
        self.last: dict[tuple, tuple[tuple, Page]] = {}  # (language, config, page) → (signature, page)
        self.now: dict[tuple, tuple[tuple, Page]] = {}
        self.structure: tuple = ()  # of the site `last` was planned for
        self.planning: tuple = ()  # of the site being planned
        self.same_structure = False  # the tags, partnerships and regions' lists are those `last` was planned with
        self.orders: dict[tuple, list[tuple]] = {}  # (language, config) → the page ids of the last plan, in order
        self.shared: dict[tuple, tuple] = {}  # (language, config) → what every page of the last plan shared
        self.entries: dict = {}  # the prepared theses of the last plan
        self.dependents: dict[str, list[tuple]] | None = None  # thesis id → the pages whose signature holds it
        self.next: tuple = ({}, {}, {})
        self.shapes: dict[tuple, dict] = {}  # (language, vocabulary) → what _site_shape() worked out for the structure
        self.ended = False  # the last plan was complete (one cut short may have left shapes of another structure)
        self.replanned = False  # this plan planned every page of a language (what a page shows may have moved)
        self.keys: dict[tuple, tuple] = {}  # (language, config) → (its order, the plan's keys in it, page id → place)

    def begin(self, site: Site) -> None:
        self.planning, self.now = (site.subjects, site.mentions, site.within, site.partnerships), {}
        self.same_structure = self.planning == self.structure
        self.next, self.replanned = ({}, {}, site.entries), False
        if not (self.same_structure and self.ended):
            self.shapes = {}
        self.ended = False

    def shape(self, key: tuple, make: Callable[[], dict]) -> dict:
        """What a structure gives every page (its partnerships by name, their relations, the home
        map): kept while the structure is the same (0.3 s of an edit's plan at 10,000 theses)."""
        if key not in self.shapes:
            self.shapes[key] = make()
        return self.shapes[key]

    def affected(self, where: tuple, shared: tuple) -> set[tuple] | None:
        """The ids of the pages in `where` (language, config) to plan afresh, given what all its pages
        share: those showing a thesis prepared again since the last plan. None: plan every page."""
        self.next[1][where] = shared
        entries = self.next[2]
        if (not self.same_structure or where not in self.orders or self.shared.get(where) != shared
                or entries.keys() != self.entries.keys()):
            self.replanned = True
            return None
        if self.dependents is None:
            self.dependents = _dependents(self.last)
        fresh = {page_id for page_id in self.orders[where] if (*where, page_id) not in self.last}  # not signed last time
        for thesis_id, entry in entries.items():
            if self.entries[thesis_id] is not entry:
                fresh.update(key[2] for key in self.dependents.get(thesis_id, ()) if key[:2] == where)
        return fresh

    def warm(self) -> None:
        """Which pages show which thesis, worked out now rather than at the first edit."""
        if self.dependents is None:
            self.dependents = _dependents(self.last)

    def order(self, where: tuple, page_ids: list[tuple]) -> None:
        self.next[0][where] = page_ids

    def take(self, where: tuple, signature: tuple | None, make: Callable[[], Page]) -> Page:
        if signature is None:
            return make()
        if type(signature) is _Unproven:  # made afresh, and kept for a next plan with this structure
            page = make()
            self.now[where] = (tuple(signature), page)
            return page
        old = self.last.get(where)
        page = old[1] if old is not None and old[0] == signature else make()
        self.now[where] = (signature, page)
        return page

    def replay(self, where: tuple, order: list[tuple], fresh: dict[tuple, tuple], take: Callable) -> list[Page]:
        """The pages of `where` (language, config) in the last plan's `order`: the last plan's, unchanged
        (see affected), but those in `fresh` (page id → signature, maker), which `take` plans again. The
        kept ones are looked up in C, not one by one through a generator (an edit's plan at 10,000 theses:
        0.27–0.37 s before, 0.23–0.29 s after, on a machine some 8 % quicker the second time)."""
        cached = self.keys.get(where)
        kept = list(map(self.last.get, cached[1])) if cached is not None and cached[0] is order else None
        if kept is None or None in kept:  # another order, or a page planned every time: which ones, found again
            known = [(i, (*where, page_id)) for i, page_id in enumerate(order) if (*where, page_id) in self.last]
            cached = self.keys[where] = (order, [key for _, key in known], [i for i, _ in known],
                                         {page_id: i for i, page_id in enumerate(order)})
            kept = list(map(self.last.__getitem__, cached[1]))
        _, keys, places, positions = cached
        self.now.update(zip(keys, kept))
        out: list = [None] * len(order)
        for i, (_, page) in zip(places, kept):
            out[i] = page
        for page_id, (signature, make) in fresh.items():
            out[positions[page_id]] = take(page_id, signature, make)
        if None in out:  # a page neither kept nor planned: the plan is not the last one's shape
            raise ValueError(f"page plan of {where[0]} incomplete")
        return out

    def end(self) -> None:
        """The plan is complete: the next build compares with it (a plan cut short is forgotten)."""
        orders, shared, entries = self.next
        if self.replanned or self.now.keys() != self.last.keys():
            self.dependents = None  # other pages, or other theses in them (the related ones): found again when needed
        self.replanned = False
        self.last, self.now, self.structure = self.now, {}, self.planning
        self.orders, self.shared, self.entries, self.next = orders, shared, entries, ({}, {}, {})
        self.ended = True


class _Unproven(tuple):
    """A term page's signature when the structure changed since the last plan: it leaves out the
    structure, so it says nothing about the last plan's page; the next plan, if the structure is
    the same then, compares with it (a full build's term pages are then no longer planned again
    at the first edit: 1.3–1.7 s at 10,000)."""


def _dependents(planned: dict[tuple, tuple[tuple, Page]]) -> dict[str, list[tuple]]:
    """Thesis id → the keys of the planned pages whose signature holds that thesis."""
    out: dict[str, list[tuple]] = {}
    for key, (signature, _) in planned.items():
        for part in signature:
            for item in part if type(part) is tuple else (part,):
                if type(item) is Entry:
                    out.setdefault(item.id, []).append(key)
    return out


def _fixed(site: Site, ids) -> tuple:
    """The prepared theses `ids`, for a signature (see PagePlans)."""
    return tuple(map(site.entries.__getitem__, ids))


def pages(site: Site, config: Config, templates_key: str, lang: str = "id", plans: PagePlans | None = None) -> Iterator[Page]:
    """Every page of the site in one language (the Indonesian at the root, the English under en/),
    with its context and a key of all it depends on; with `plans`, the unchanged ones as planned before."""
    site = replace(site, vocab=localized(site.vocab, lang))
    prefix = i18n.PREFIX[lang]

    def finished(make: Callable[[], Page]) -> Callable[[], Page]:
        def made() -> Page:
            page = make()
            return replace(page, dest_path=prefix + page.dest_path, lang=lang, key=_key(page.key, lang))
        return made

    where = (lang, hash(config))
    if plans is None:
        for _, _, make in _pages(site, config, templates_key, lang):
            yield finished(make)()
        return
    planned = list(_pages(site, config, templates_key, lang, plans.same_structure, partial(plans.affected, where),
                          partial(plans.shape, (lang, site.vocab.digest))))
    if planned and planned[0][0] == _ALL:
        plans.order(where, [page_id for page_id, _, _ in planned[1:]])
        for page_id, signature, make in planned[1:]:
            yield plans.take((*where, page_id), signature, finished(make))
        return
    fresh = {page_id: (signature, make) for page_id, signature, make in planned[1:]}
    order = plans.orders[where]
    plans.order(where, order)
    yield from plans.replay(where, order, fresh, lambda page_id, signature, make: plans.take(
        (*where, page_id), signature, finished(make)))


_ALL, _SOME = ("all pages",), ("some pages",)  # what _pages yields first, given `affected`


def _pages(site: Site, config: Config, templates_key: str, lang: str, same_structure: bool = False,
           affected: Callable[[tuple], set[tuple] | None] | None = None,
           shape: Callable[[Callable[[], dict]], dict] = lambda make: make()) -> Iterator[tuple]:
    """(what page, its signature or None, a function making it) for every page; see PagePlans. Given
    `affected` (what all pages share → the ids of the pages to plan, or None: all), first _ALL or _SOME,
    then those pages and the ones planned every time."""
    def _(text: str) -> str:
        return translate(text, lang)

    vocab, base = site.vocab, (templates_key, site.vocab.digest, config.source_date, config.site_title,
                               config.site_url)
    all_ids = [e.id for e in site.ordered_entries()]
    _cards_key = _list_keys(site, config)
    # Worked out once for all pages (per page, they cost 6 s at 1,000 theses: measured).
    shaped = shape(partial(_site_shape, site, lang))
    partnerships, related_pairs, by_place, home_map = (shaped[k] for k in ("partnerships", "related", "by_place", "home_map"))
    universal = universal_tags(site)
    universal_key, index = sorted(universal), {**shaped["places"], "cited_by": _cited_by(site)}
    tags = _TagTokens(site)
    only = affected((base, universal_key, index["cited_by"], all_ids, site.related)) if affected else None
    if affected:
        yield (_ALL if only is None else _SOME), None, None
    wanted = (lambda page_id: True) if only is None else only.__contains__
    # the site's own pages, planned every time: each draws on every thesis
    # the home page shows the twelve latest theses, the partnerships' names and counts and their map: an
    # edit of another thesis renders it no more (at 10,000, 0.4 s of every edit)
    yield ("home",), None, lambda: Page("index.html", "home.html",
                                   {"recent": all_ids[:12], "partnerships": partnerships, "map": home_map},
                                   _key(base, _cards_key(all_ids[:12]), "home", config.zip_link, sorted(home_counts(site).items()),
                                        shaped["pairs_key"], shaped["subject_cities"]))
    yield ("theses",), None, lambda: Page("theses/index.html", "theses.html", {"theses": all_ids, **_first_list_pages(
        "theses/index.html", {"theses": all_ids})}, _key(base, _cards_key(all_ids[:LIST_PAGE]), len(all_ids), "theses"))
    yield from _further_list_pages(site, "theses/index.html", "Semua karya", "", {"theses": all_ids}, base, _cards_key, lang,
                                   ("all",), wanted)
    # the search page shows no thesis, the partnerships' list only their names and counts: an edit of
    # a thesis's text renders neither again (at 10,000, 0.3 s and 1.4 MB written of every edit)
    yield ("search",), None, lambda: Page("search.html", "search.html", {}, _key(base, "search"))
    yield ("legal",), None, lambda: Page("legal.html", "legal.html", legal_context(vocab), _key(base, "legal"))
    yield ("partnerships",), None, lambda: Page("partnerships/index.html", "partnerships.html", {"partnerships": partnerships},
                                   _key(base, "partnerships", shaped["pairs_key"]))
    for p in partnerships:
        if not wanted(("partnership", p.key)):
            continue
        related = related_pairs[p.key]
        signature = (base, p.cities, _fixed(site, p.theses), tuple((r.key, r.cities) for r in related))
        yield ("partnership", p.key), signature, partial(_partnership_page, site, p, related, base, _cards_key, lang)
    for kind in TAG_KINDS:
        folder = SECTIONS[kind][0]
        terms = vocab.ordered(kind) if kind == "stages" else sorted(vocab.terms[kind].values(), key=lambda t: t.name.lower())
        counts = {t.slug: len(site.subjects.get((kind, t.slug), ())) for t in terms}
        mention_counts = {t.slug: len(site.mentions.get((kind, t.slug), ())) for t in terms}
        groups = index_groups(site, kind, terms)
        yield ("index", kind), None, partial(Page, f"{folder}/index.html", "terms.html",
                                  {"kind": kind, "terms": terms, "counts": counts, "mention_counts": mention_counts, "groups": groups},
                                  _key(base, kind, sorted(counts.items()), sorted(mention_counts.items()), repr(groups)))
        for position, term in enumerate(terms):
            if wanted((kind, term.slug)):
                # beyond its own lists, a term's page draws on the tags and partnerships of all theses (its map)
                signature = (base, *(_fixed(site, ids) for ids in (
                    site.subjects.get((kind, term.slug), ()), site.mentions.get((kind, term.slug), ()), site.within.get(term.slug, ()))),
                    index["cited_by"].get(term.slug))
                signature = signature if same_structure else _Unproven(signature)
                yield (kind, term.slug), signature, partial(_term_page, site, kind, term, terms, position, lang, by_place, index, base, _cards_key)
            lists = {"theses": site.subjects.get((kind, term.slug), ()), "within": site.within.get(term.slug, ()) if kind == "cities" else (),
                     "mentioned": site.mentions.get((kind, term.slug), ())}
            if max(map(len, lists.values())) > LIST_PAGE:
                yield from _further_list_pages(site, term_url(kind, term.slug), _SUBJECT_HEADINGS[kind], term.name, lists, base,
                                               _cards_key, lang, (kind, term.slug), wanted)
    for thesis_id in all_ids if only is None else [page_id[1] for page_id in only if page_id[0] == "thesis"]:
        e, related = site.entries[thesis_id], site.related.get(thesis_id, ())
        signature = (base, e, _fixed(site, related), universal_key)
        yield ("thesis", e.id), signature, partial(_thesis_page, site, e, related, universal, lang, base, _cards_key, tags, universal_key)


class _TagTokens(dict):
    """A thesis's tags as a short digest, worked out for the theses whose pages are planned afresh."""

    def __init__(self, site: Site):
        super().__init__()
        self.site = site

    def __missing__(self, thesis_id: str) -> str:
        e = self.site.entries[thesis_id]
        value = self[thesis_id] = hashlib.sha256(repr((e.subjects, e.partnership)).encode()).hexdigest()[:20]
        return value


def _partnership_page(site: Site, p, related: list, base: tuple, _cards_key, lang: str) -> Page:
    names = pair_name(site, p)
    events = [ev for i in p.theses for ev in site.entries[i].meta.get("events", ())]
    facts = {**partnership_facts(site, p),  # drawn from its theses beyond their cards: part of the key
             "timeline": timeline_context(site, events, translate("Linimasa kemitraan {}", lang).format(names),
                                          translate("kemitraan ini", lang), lang),
             "thesis_titles": {i: site.entries[i].title for i in p.theses}}
    return Page(p.url, "partnership.html", {"partnership": p, "theses": p.theses, **facts, "related_pairs": related,
                                            "map": Deferred(map_context, (site, p.cities, [p],
                                                                          translate("Peta kemitraan {}", lang).format(names)))},
                _key(base, _cards_key(p.theses), p.key, p.cities, [(r.key, r.cities) for r in related], repr(facts)))


def _term_page(site: Site, kind: str, term, terms: list, position: int, lang: str, by_place: dict, index: dict,
               base: tuple, _cards_key) -> Page:
    ids = site.subjects.get((kind, term.slug), ())
    mentioned = site.mentions.get((kind, term.slug), ())
    extra = _term_extra(site, kind, term, terms, position, lang, by_place, index)
    url = term_url(kind, term.slug)
    lists = {"theses": ids, "within": extra.get("within", ()), "mentioned": mentioned}
    return Page(url, "term.html",
                {"kind": kind, "term": term, "theses": ids, "mentioned": mentioned,
                 "summary_html": _summary_html(str(term.data.get("summary") or term.data.get("description") or "")),
                 **extra, **_first_list_pages(url, lists)},
                # the first page shows the first LIST_PAGE items of each list and its length
                _key(base, kind, term.slug, *((_cards_key(items[:LIST_PAGE]), len(items)) for items in lists.values()),
                     repr(extra)))


def _first_list_pages(url: str, lists: dict[str, tuple]) -> dict:
    """What the first page of its lists needs: how many items a list page holds, and the page bar
    of each list longer than that (None: it fits)."""
    return {"list_page": LIST_PAGE,
            "bars": {which: {"links": pager(url, which, 1, list_pages(items)), "pages": list_pages(items)}
                     if len(items) > LIST_PAGE else None for which, items in lists.items()}}


def _further_list_pages(site: Site, first: str, heading: str, back: str, lists: dict[str, tuple], base: tuple,
                        _cards_key, lang: str, where: tuple, wanted: Callable[[tuple], bool] = lambda page_id: True
                        ) -> Iterator[tuple]:
    """(page id, signature, make) of the pages 2, 3, … of each list longer than LIST_PAGE; a page's
    context is made only when its signature changed (making them all was 0.3 s of an edit at 10,000)."""
    for which, items in lists.items():
        pages = list_pages(items)
        for number in range(2, pages + 1):
            if not wanted((*where, which, number)):
                continue
            part = tuple(items[(number - 1) * LIST_PAGE : number * LIST_PAGE])
            signature = (base, where, which, number, pages, heading, back, _fixed(site, part))
            yield (*where, which, number), signature, partial(_list_page, first, heading, back, which, number, pages, part,
                                                              base, _cards_key, lang)


def _list_page(first: str, heading: str, back: str, which: str, number: int, pages: int, part: tuple, base: tuple,
               _cards_key, lang: str) -> Page:
    title = translate(heading if which == "theses" else _LIST_HEADINGS[which], lang).format(back)
    context = {"theses": part, "heading": title, "back": back, "first": first, "number": number, "pages": pages,
               "bar": pager(first, which, number, pages), "start": (number - 1) * LIST_PAGE + 1}
    return Page(list_page_url(first, which, number), "list_page.html", context,
                _key(base, first, which, number, pages, title, back, _cards_key(part)))


_LIST_HEADINGS = {"within": "Karya tentang tempat di dalam {}", "mentioned": "Karya yang hanya menyebut {}"}
_SUBJECT_HEADINGS = {"cities": "Karya yang mengkaji {}", "countries": "Karya yang mengkaji {}", "theories": "Karya yang memakai {}",
                     "stages": "Karya yang membahas tahap {}", "sectors": "Karya tentang kerja sama di bidang {}"}


def _thesis_page(site: Site, e, related: tuple, universal: set, lang: str, base: tuple, _cards_key, tags: dict,
                 universal_key: list) -> Page:
    abstracts = {code: in_language(html, lang) for code, html in e.abstracts_html.items()}
    return Page(e.url, "thesis.html",
                {"e": e, "abstracts": abstracts, "related": related, "reasons": _Reasons(site, e.id, universal),
                 "pair_key": partnership_key(e.partnership) if e.partnership else None,
                 "timeline": Deferred(timeline_context, (site, e.meta.get("events", ()),
                                                         translate("Linimasa peristiwa dalam tesis ini", lang),
                                                         translate("tesis ini", lang), lang)),
                 "html": Deferred(in_language, (e.html, lang))},
                # the reasons follow from the tags of both theses (names from the vocabulary, in `base`)
                _key(base, e.digest, _cards_key(related), [tags[o] for o in related], universal_key))


class _Reasons(dict):
    """What a thesis shares with each related one (listing.related_reasons), worked out when its
    page is rendered, not for every page planned (10,000 of them at 1,000 theses: 0.25 s a build)."""

    def __init__(self, site: Site, thesis_id: str, universal: set):
        super().__init__()
        self.site, self.thesis_id, self.universal = site, thesis_id, universal

    def __missing__(self, other: str):
        value = self[other] = related_reasons(self.site, self.thesis_id, other, self.universal)
        return value


def stage_legal(vocab, stage) -> list[tuple]:
    """The legal bases a stage cites, as (legal term, article note), in the order given."""
    refs = legal_refs(stage.data.get("legal"), stage.line)
    return [(vocab.get("legal", slug), note) for slug, note, _ in refs if vocab.get("legal", slug)]


def legal_context(vocab) -> dict:
    """The legal framework page: current rules, then repealed ones, each with the stages citing it."""
    rules = vocab.ordered("legal")
    cited_by: dict[str, list] = {t.slug: [] for t in rules}
    for stage in vocab.ordered("stages"):
        for rule, note in stage_legal(vocab, stage):
            cited_by[rule.slug].append((stage, note))
    replaces = {t.slug: [r for r in rules if r.data.get("replaced_by") == t.slug] for t in rules}
    return {"current": [t for t in rules if t.data.get("status") == "current"],
            "repealed": [t for t in rules if t.data.get("status") != "current"],
            "cited_by": cited_by, "replaces": replaces}


def _cited_by(site: Site) -> dict[str, list[tuple[str, str, tuple]]]:
    """For each theory, (url, title, names) of the theses whose front matter says whom they cite for it."""
    out: dict[str, list] = {}
    for e in site.ordered_entries():
        for theory, names in (e.meta.get("cites") or {}).items():
            if names:
                out.setdefault(theory, []).append((e.url, e.title, tuple(str(n) for n in names)))
    return out


_SUMMARIES: dict[str, Markup] = {}  # a term's summary as HTML, by its text: made once per process


def _summary_html(text: str) -> Markup:
    if text not in _SUMMARIES:
        if len(_SUMMARIES) > 4096:
            _SUMMARIES.clear()
        _SUMMARIES[text] = Markup(render_markdown(text).html)
    return _SUMMARIES[text]


def _site_shape(site: Site, lang: str) -> dict:
    """What the structure (tags, partnerships, places) gives every page in one language."""
    vocab = site.vocab
    partnerships = partnerships_by_name(site)
    by_place: dict[tuple[str, str], list] = {}  # ("cities" | "countries", slug) → its partnerships, by name
    for p in partnerships:
        sides = [vocab.place(c) for c in p.cities]  # a city or region, or a whole country
        for kind, slug in dict.fromkeys([*((t.kind, t.slug) for t in sides),
                                         *(("countries", t.data.get("country")) for t in sides if t.kind == "cities")]):
            by_place.setdefault((kind, slug), []).append(p)
    subject_cities = [t.slug for t in vocab.ordered("cities") if ("cities", t.slug) in site.subjects]
    home_map = map_context(site, subject_cities, partnerships, translate("Peta kemitraan kota bersaudara", lang), world=True)
    return {"partnerships": partnerships, "related": site.related_partnerships(), "by_place": by_place,
            "home_map": home_map, "places": _places_index(site), "subject_cities": subject_cities,
            "pairs_key": [(p.key, p.cities, len(p.theses)) for p in partnerships]}


def _places_index(site: Site) -> dict:
    """Worked out once for all term pages (per page, the lists of cities cost O(cities²)):
    each place's places inside it, each country's cities (the citations of each theory: _cited_by)."""
    vocab = site.vocab
    inside: dict[str, list] = {}
    for t in vocab.ordered("cities"):
        if t.data.get("parent_slug"):
            inside.setdefault(t.data["parent_slug"], []).append(t)
    in_country: dict[str, list] = {}
    for t in sorted(vocab.terms["cities"].values(), key=lambda t: t.name.lower()):
        in_country.setdefault(t.data.get("country"), []).append(t)
    return {"inside": inside, "in_country": in_country}


def _term_extra(site: Site, kind: str, term, terms: list, position: int, lang: str, by_place: dict, index: dict) -> dict:
    """What a term's page shows besides its theses; `by_place`: (kind, slug) → the partnerships of a city
    or country, by name; `index`: _places_index(site)."""
    pairs = by_place.get((kind, term.slug), [])
    vocab = site.vocab
    if kind == "stages":
        return {"previous": terms[position - 1] if position else None,
                "next": terms[position + 1] if position + 1 < len(terms) else None,
                "legal": [(rule.slug, note) for rule, note in stage_legal(vocab, term)]}
    if kind == "theories":
        return {"cited_by": index["cited_by"].get(term.slug, [])}
    if kind == "cities":
        country = vocab.get("countries", term.data.get("country", ""))
        parent = vocab.get("cities", term.data.get("parent_slug", ""))
        inside = index["inside"].get(term.slug, [])
        # a province's or region's page: the partnerships of the places inside it too, on its map and listed
        inside_pairs = list(dict.fromkeys(p for c in inside for p in by_place.get(("cities", c.slug), []) if p not in pairs))
        return {"country": country, "parent_term": parent, "inside": inside, "pairs": pairs, "inside_pairs": inside_pairs,
                "within": site.within.get(term.slug, ()),
                "map": map_context(site, [term.slug, *(c.slug for c in inside if ("cities", c.slug) in site.subjects)],
                                   [*pairs, *inside_pairs], translate("Peta: {} dan mitranya", lang).format(term.name))}
    if kind == "countries":
        cities = index["in_country"].get(term.slug, [])
        # On the map: the cities a thesis studies or a partnership joins, their partners, zoomed on the country.
        paired = {slug for p in pairs for slug in p.cities}  # (a look through every pair for each city was 0.06 s an edit at 10,000)
        own = [c.slug for c in cities if ("cities", c.slug) in site.subjects or c.slug in paired]
        return {"cities": cities, "pairs": pairs, "map": map_context(site, own, pairs, translate("Peta: kota dan daerah di {}", lang).format(term.name), zoom_on=own)}
    return {}


class Deferred(NamedTuple):
    """A part of a page's context that its key does not need: worked out only if the page is
    rendered (a thesis page's timeline, a partnership's map: 0.1 s of each rebuild at 1,000 theses)."""

    make: Callable
    args: tuple


def render_page(env: Environment, page: Page, site_ctx: dict, site: Site, cards: Cards) -> str:
    """One page; `site_ctx` maps each language to its site_context."""
    template = env.get_template(page.template)
    page_ctx = {"dest_path": page.dest_path, "lang": page.lang, "neutral_path": neutral_path(page.dest_path),
                **{k: v.make(*v.args) if isinstance(v, Deferred) else v for k, v in page.context.items()}}
    ctx = site_ctx[page.lang]
    return template.render(site=ctx, page=page_ctx, vocab=localized(site.vocab, page.lang), term_url=term_url,
                           partnerships=site.partnerships, card=cards, entries=site.entries, lang=page.lang,
                           other_lang=i18n.other(page.lang), site_name=ctx["title_en"] if page.lang == "en" else ctx["title"])

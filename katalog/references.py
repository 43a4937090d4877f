"""Citations wired into the site: an entry's facts, the template helpers, the .bib/.ris files.

Every page that lists theses (a thesis, a city, a country, a theory, a stage, a partnership, all
theses) gets a BibTeX and an RIS file beside it with the same name: `theses/<id>.bib`,
`cities/padang.ris`, `theses/index.bib` … Each thesis's entry is made once per build and cached
across rebuilds by its content digest and the site's address.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cached_property

from markupsafe import Markup

from . import cite, citemeta
from .config import Config
from .enrich import Entry
from .site import Site

LIST_FORMATS = ("bib", "ris")


def public_url(config: Config, path: str) -> str | None:
    """The absolute address of a file of the site, when the site knows where it is published."""
    if not config.site_url:
        return None
    return config.site_url.rstrip("/") + "/" + path


def _texts(value) -> tuple[str, ...]:
    if value in (None, ""):
        return ()
    return tuple(str(v) for v in value) if isinstance(value, (list, tuple)) else (str(value),)


def facts_of(entry: Entry, config: Config) -> cite.Facts:
    """What the catalogue knows of a thesis, as the citation functions take it."""
    meta = entry.meta
    year = meta.get("year")
    return cite.Facts(
        id=entry.id, title=entry.title, title_descriptive=entry.title_descriptive, title_en=entry.title_en,
        authors=tuple(cite.parse_name(a) for a in _texts(meta.get("authors"))),
        year=year if isinstance(year, int) else None,
        doc_type=cite.document_type(meta.get("degree"), meta.get("program")),
        degree=str(meta.get("degree") or ""), institution=str(meta.get("institution") or ""),
        program=str(meta.get("program") or ""), languages=_texts(meta.get("language")),
        keywords=_texts(meta.get("keywords")), url=public_url(config, entry.url), site_title=config.site_title,
        work=meta.get("work") if meta.get("work") in cite.WORK_TYPES else None,
        published_in=str(meta.get("published_in") or ""), volume=str(meta.get("volume") or ""),
        issue=str(meta.get("issue") or ""),
        original=meta["url"] if str(meta.get("url", "")).startswith(("https://", "http://")) else None,
    )


@dataclass
class ThesisCitation:
    """What a thesis page shows and puts in its <head>; computed when the page is rendered."""

    facts: cite.Facts
    description: str
    page_title: str

    @cached_property
    def apa(self) -> cite.Rendered:
        return cite.apa(self.facts)

    @cached_property
    def apa_in_text(self) -> cite.Rendered:
        return cite.apa_in_text(self.facts)

    @cached_property
    def chicago(self) -> cite.Rendered:
        return cite.chicago(self.facts)

    @property
    def highwire(self) -> list[tuple[str, str]]:
        return citemeta.highwire(self.facts)

    @property
    def open_graph(self) -> list[tuple[str, str]]:
        return citemeta.open_graph(self.facts, self.description)

    @property
    def json_ld(self) -> Markup:
        return citemeta.script_json(citemeta.json_ld(self.facts, self.page_title))

    @property
    def canonical(self) -> str | None:
        return self.facts.url


def template_helpers(config: Config) -> dict:
    """Globals for the Jinja environment: `citation(e)` for a thesis page, `coins(e)` and
    `coins_of(ids, entries)` for lists."""

    def citation(entry: Entry) -> ThesisCitation:
        return ThesisCitation(facts_of(entry, config), entry.excerpt, f"{entry.title} · {config.site_title}")

    spans: dict[tuple[str, str], Markup] = {}  # a thesis is on many lists: its span is made once

    def coins(entry: Entry) -> Markup:
        span = spans.get((entry.id, entry.digest))
        if span is None:
            span = spans[entry.id, entry.digest] = Markup('<span class="Z3988" title="{}"></span>').format(
                citemeta.coins(facts_of(entry, config)))
        return span

    def coins_of(ids: list[str], entries: dict) -> Markup:  # a list's spans in one call, not a template loop
        return Markup("".join([coins(entries[i]) for i in ids]))

    return {"citation": citation, "coins": coins, "coins_of": coins_of}


class ReferenceFiles:
    """The .bib and .ris files of the site. Kept by the builder across rebuilds: one entry's text
    is made once per (digest, site address), and a list whose entries did not change keeps its
    very bytes (the writer then needs not hash them again)."""

    def __init__(self):
        # (id, digest, vocabulary, site address, title) → (.bib, .ris), encoded: a list of 10,000 is joined as bytes
        # (joining its text and encoding it was 0.1 s of an edit at 10,000 theses)
        self.entries: dict[tuple, tuple[bytes, bytes]] = {}
        self.lists: dict[str, tuple] = {}  # path → (site, its entries, .bib, .ris, ids, each entry's (.bib, .ris) texts)
        self.seen: dict[str, Entry] | None = None  # the prepared theses of the last call

    def files(self, site: Site, lists: dict[str, tuple[str, ...]], config: Config) -> dict[str, bytes]:
        """`lists`: a page's path → the theses it lists. Each gets <page>.bib and <page>.ris.
        A list is compared by its prepared entries: one kept from the last build is the very same
        object, so an unchanged list of 10,000 costs a pointer check each (keying every item by its
        digest was 0.9 s of an edit at 10,000 theses)."""
        cached_lists, self.lists = self.lists, {}
        where = (site.vocab.digest, config.site_url, config.site_title)
        seen, self.seen = self.seen, site.entries
        # the theses prepared again since the last call: a list of the same ids holding none of them is
        # kept without a look at its entries (looking at all 31,000 lists was 0.3 s of an edit at 10,000)
        changed = None if seen is None else {i for i, e in site.entries.items() if seen.get(i) is not e}
        out: dict[str, bytes] = {}
        for path, ids in sorted(lists.items()):
            old = cached_lists.get(path)
            same = old is not None and changed is not None and old[0] == where and old[4] == ids
            kept = same and changed.isdisjoint(ids)
            listed = () if kept else tuple(map(site.entries.__getitem__, ids))
            if not kept and (old is None or old[0] != where or old[1] != listed):
                if same:  # the same list with a few theses changed: only their texts are made again
                    texts = list(old[5])
                    for k, thesis_id in enumerate(ids):
                        if thesis_id in changed:
                            texts[k] = self._text(listed[k], where, config)
                else:
                    texts = [self._text(entry, where, config) for entry in listed]
                old = (where, listed, b"\n".join(b for b, _ in texts), b"".join(r for _, r in texts), ids, texts)
            self.lists[path] = old
            stem = path.removesuffix(".html")
            out[stem + ".bib"], out[stem + ".ris"] = old[2], old[3]
        if len(self.entries) > 2 * len(site.entries) + 100:  # edited theses leave old texts behind
            live = {(e.id, e.digest, *where) for e in site.entries.values()}
            self.entries = {k: v for k, v in self.entries.items() if k in live}
        return out

    def _text(self, entry: Entry, where: tuple, config: Config) -> tuple[bytes, bytes]:
        key = (entry.id, entry.digest, *where)
        text = self.entries.get(key)
        if text is None:
            text = self.entries[key] = self._texts(entry, config)
        return text

    @staticmethod
    def _texts(entry: Entry, config: Config) -> tuple[bytes, bytes]:
        facts = facts_of(entry, config)
        return cite.bibtex(facts).encode(), cite.ris(facts).encode()


def listed_theses(pages) -> dict[str, tuple[str, ...]]:
    """From the site's pages, those that list theses and which: a thesis page lists itself;
    a city, country, theory, stage or partnership page its subjects, those of the places inside it, then its mentions; the
    list of all theses all of them. The home page's recent theses and related theses are not lists."""
    lists: dict[str, tuple[str, ...]] = {}
    for page in pages:
        if page.template == "thesis.html":
            lists[page.dest_path] = (page.context["e"].id,)
        elif page.template in ("term.html", "partnership.html", "theses.html"):
            ids = (*page.context.get("theses", ()), *page.context.get("within", ()), *page.context.get("mentioned", ()))
            lists[page.dest_path] = tuple(dict.fromkeys(ids))
    return lists

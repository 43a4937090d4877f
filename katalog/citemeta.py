"""Metadata a reference manager or a search engine reads from a thesis page or a list.

- Highwire Press `citation_*` tags (Zotero, Google Scholar): one `citation_author` per person in
  'Last, First' form, `citation_dissertation_institution` (Zotero's sign of a thesis) and a
  publication date only when the year is known;
- `DC.type` = Thesis and Open Graph `og:type` = article: Zotero ranks og:type 'website' above
  the Highwire type and would save a web page, 'article' is only its last guess;
- schema.org JSON-LD: the thesis as a `Thesis`, and our page as a `WebPage` that is *about* it
  and *based on* it, described as a summary, so no one takes the page for the thesis;
- COinS spans (OpenURL ContextObject, dissertation format) for the theses of a list page.
"""

from __future__ import annotations

import json
from urllib.parse import urlencode

from markupsafe import Markup

from .cite import DOC_TYPES, WORK_TYPES, Facts

LANGUAGE_NAMES = {"id": "Indonesia", "en": "Inggris"}
_JSON_ESCAPES = {"<": "\\u003c", ">": "\\u003e", "&": "\\u0026", "\u2028": "\\u2028", "\u2029": "\\u2029"}


def highwire(f: Facts) -> list[tuple[str, str]]:
    """(name, content) pairs for <meta name=… content=…>, in the order Google Scholar documents."""
    tags = [("citation_title", f.shown_title)]
    tags += [("citation_author", n.inverted) for n in f.authors]
    if f.year:
        tags.append(("citation_publication_date", str(f.year)))
    if f.institution and not f.work:
        tags.append(("citation_dissertation_institution", f.institution))
    if f.work == "article" and f.published_in:
        tags.append(("citation_journal_title", f.published_in))
        tags += [(name, value) for name, value in (("citation_volume", f.volume), ("citation_issue", f.issue)) if value]
    tags += [("citation_language", lang) for lang in f.languages]
    tags += [("citation_keywords", k) for k in f.keywords]
    if f.url:
        tags.append(("citation_abstract_html_url", f.url))
    tags.append(("DC.type", "Text" if f.work else "Thesis"))
    return tags


def open_graph(f: Facts, description: str) -> list[tuple[str, str]]:
    """(property, content) pairs; og:url only with a public address."""
    tags = [("og:type", "article"), ("og:title", f.shown_title), ("og:description", description),
            ("og:site_name", f.site_title), ("og:locale", "id_ID")]
    if f.url:
        tags.append(("og:url", f.url))
    return [(k, v) for k, v in tags if v]


def _thesis_node(f: Facts) -> dict:
    kind = WORK_TYPES[f.work][2] if f.work in WORK_TYPES else "Thesis"
    node: dict = {"@type": kind, "@id": (f.url or "") + "#thesis"}
    if f.original:
        node["url"] = f.original
    if f.title_descriptive:
        node["description"] = f"Judul deskriptif (teks sumber tidak memuat judul): {f.title}"
    else:
        node["name"] = f.title
        if f.title_en:
            node["alternateName"] = f.title_en
    if f.authors:
        node["author"] = [{"@type": "Person", "name": n.natural, "familyName": n.family,
                           **({"givenName": n.given} if n.given else {})} for n in f.authors]
    if f.year:
        node["datePublished"] = str(f.year)
    if f.doc_type:
        node["inSupportOf"] = f"{DOC_TYPES[f.doc_type][0]} ({f.degree or DOC_TYPES[f.doc_type][2]})"
    elif f.degree:
        node["inSupportOf"] = f.degree
    if f.institution:
        node["sourceOrganization"] = {"@type": "CollegeOrUniversity", "name": f.institution}
    if f.languages:
        node["inLanguage"] = list(f.languages)
    if f.keywords:
        node["keywords"] = list(f.keywords)
    return node


def json_ld(f: Facts, page_title: str) -> dict:
    """The thesis and the page about it, as one schema.org graph."""
    thesis = _thesis_node(f)
    page: dict = {"@type": "WebPage", "name": page_title, "inLanguage": "id",
                  "description": "Ringkasan dan metadata sebuah tugas akhir di katalog ini; bukan dokumen "
                                 "tugas akhir aslinya.",
                  "about": {"@id": thesis["@id"]}, "isBasedOn": {"@id": thesis["@id"]},
                  "genre": "Ringkasan (summary)"}
    if f.url:
        page["@id"] = page["url"] = f.url
    if f.site_title:
        page["isPartOf"] = {"@type": "WebSite", "name": f.site_title}
    return {"@context": "https://schema.org", "@graph": [page, thesis]}


def script_json(data: dict) -> Markup:
    """JSON to put inside <script type="application/ld+json">: sorted, and no '<', '>' or '&'
    left as such, so a '</script>' in a title cannot end the element."""
    text = json.dumps(data, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    for ch, escaped in _JSON_ESCAPES.items():
        text = text.replace(ch, escaped)
    return Markup(text)


def coins(f: Facts) -> str:
    """The title attribute of a COinS span (escape it as any attribute): dissertation format."""
    pairs = [("ctx_ver", "Z39.88-2004"), ("rft_val_fmt", "info:ofi/fmt:kev:mtx:dissertation"),
             ("rfr_id", "info:sid/katalog-kota-bersaudara"), ("rft.title", f.shown_title)]
    for n in f.authors:
        pairs.append(("rft.au", n.natural))
    if f.authors:
        pairs.append(("rft.aulast", f.authors[0].family))
        if f.authors[0].given:
            pairs.append(("rft.aufirst", f.authors[0].given))
    if f.year:
        pairs.append(("rft.date", str(f.year)))
    if f.institution:
        pairs.append(("rft.inst", f.institution))
    if f.doc_type:
        pairs.append(("rft.degree", DOC_TYPES[f.doc_type][0]))
    if f.url:
        pairs.append(("rft_id", f.url))
    return urlencode(pairs)

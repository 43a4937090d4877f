"""Markdown → safe HTML: markdown-it-py with footnotes, heading ids, a table of contents,
and nh3 (the Ammonia sanitiser) so that nothing in a thesis file can inject script."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

import nh3
from markdown_it import MarkdownIt
from markupsafe import Markup
from mdit_py_plugins.footnote import footnote_plugin

from .cleanup import section_label
from .outline import depths
from .text import fold

ALLOWED_TAGS = {
    "p", "br", "hr", "h2", "h3", "h4", "h5", "h6", "strong", "em", "b", "i", "u", "s", "sub", "sup",
    "blockquote", "ul", "ol", "li", "a", "code", "pre", "table", "thead", "tbody", "tr", "th", "td",
    "section", "span", "small", "abbr", "dl", "dt", "dd",
}
ALLOWED_ATTRIBUTES = {
    "a": {"href", "id", "title"},
    "li": {"id"},
    "sup": {"id"},
    "h2": {"id"}, "h3": {"id"}, "h4": {"id"}, "h5": {"id"}, "h6": {"id"},
    "th": {"colspan", "rowspan"}, "td": {"colspan", "rowspan"},
    "abbr": {"title"}, "ol": {"start"},
}
ALLOWED_CLASSES = {
    "a": {"footnote-backref"}, "sup": {"footnote-ref"}, "section": {"footnotes"},
    "ol": {"footnotes-list"}, "li": {"footnote-item"}, "hr": {"footnotes-sep"},
    "p": {"figure-missing", "cover-label"},  # notes the clean-up adds (see cleanup.py)
}
FOOTNOTE_REF_RE = re.compile(r'(<sup class="footnote-ref"><a [^>]*>)\[(\d+)\]</a>')
FOOTNOTE_REF_ID_RE = re.compile(r'(<sup class="footnote-ref"><a href="#fn\d+") id="fnref[\d:]+"')
TOP_LEVEL = 3  # the page has h1 (title) and h2 (its own sections); the text starts at h3


@dataclass(frozen=True)
class Heading:
    level: int
    text: str
    id: str
    depth: int = 0  # place in the outline, 0 = top (see outline.py)


@dataclass(frozen=True)
class Rendered:
    html: str
    toc: tuple[Heading, ...]
    parts: dict[str, str] = field(default_factory=dict)  # see render_markdown


HEADING_ID_PREFIX = "sec-"  # no id of the templates starts so
FOOTNOTES_ID = "catatan-kaki"
FOOTNOTES_HEADING = "Catatan kaki"
HEADING_RE = re.compile(r'(<h([3-6]) id="([^"]+)">)(.*?)(</h\2>)', re.DOTALL)


def slugify(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", fold(text)).strip("-")[:60] or "bagian"


def _parser() -> MarkdownIt:
    return MarkdownIt("commonmark", {"html": True, "linkify": False}).use(footnote_plugin).enable("table")


_MD = _parser()


def _heading_text(inline) -> str:
    return re.sub(r"\s+", " ", "".join(c.content for c in (inline.children or []) if c.type in ("text", "code_inline"))).strip()


def _number_headings(tokens) -> list[Heading]:
    """Give headings unique ids and levels without gaps (h3, h4, … under the page's own h2).
    Where the headings are numbered ('A.', '1.'), the numbering sets the levels; otherwise the
    Markdown levels do, closed up."""
    opening = [i for i, token in enumerate(tokens) if token.type == "heading_open"]
    texts = [_heading_text(tokens[i + 1]) for i in opening]
    resets = {n for n, text in enumerate(texts) if section_label(text) or text == "Catatan tanpa penanda"}
    outline = depths(texts, resets)
    headings, used, previous = [], set(), TOP_LEVEL - 1
    next_number: dict[str, int] = {}
    for n, index in enumerate(opening):
        token, text = tokens[index], texts[n]
        if outline is None:
            level = max(TOP_LEVEL, min(int(token.tag[1]), previous + 1, 6))
        else:
            level = min(TOP_LEVEL + outline[n], 6)
        previous = level
        base = HEADING_ID_PREFIX + slugify(text)  # own namespace: '## Main' must not clobber the page's id="main"
        k = next_number.get(base, 2)  # the next free number per base id: linear, not 2 + 3 + … tries per repeat
        anchor = base
        while anchor in used:
            anchor, k = f"{base}-{k}", k + 1
        next_number[base] = k
        used.add(anchor)
        token.tag = f"h{level}"
        tokens[index + 2].tag = f"h{level}"  # the matching heading_close
        token.attrSet("id", anchor)
        headings.append(Heading(level, text, anchor, outline[n] if outline else level - TOP_LEVEL))
    return headings


_IN_ENGLISH = (('aria-label="Tautan ke bagian ini"', 'aria-label="Link to this section"'),
               (f">{FOOTNOTES_HEADING} <a", ">Footnotes <a"), (">Catatan tanpa penanda <a", ">Notes without a marker <a"))


def in_language(html: str, lang: str) -> Markup:
    """A rendered text for a page in `lang`: the words the renderer adds (an anchor's label, the
    footnotes' heading) in that language; the text itself as written."""
    if lang == "en":
        for indonesian, english in _IN_ENGLISH:
            html = html.replace(indonesian, english)
    return Markup(html)


def _reading_aids(html: str) -> str:
    """On sanitised HTML: a visible, focusable anchor link in every heading, and the footnotes
    under their own heading."""
    html = HEADING_RE.sub(lambda m: f'{m.group(1)}{m.group(4)} <a class="anchor" href="#{m.group(3)}" '
                                    f'aria-label="Tautan ke bagian ini">#</a>{m.group(5)}', html)
    return html.replace('<section class="footnotes">',
                        f'<section class="footnotes" aria-labelledby="{FOOTNOTES_ID}">'
                        f'<h{TOP_LEVEL} id="{FOOTNOTES_ID}">{FOOTNOTES_HEADING} <a class="anchor" href="#{FOOTNOTES_ID}" '
                        f'aria-label="Tautan ke bagian ini">#</a></h{TOP_LEVEL}>', 1)


# Built once: nh3.clean() would convert the allow-lists on every call (30 µs, more than the
# cleaning of a typical abstract).
_CLEANER = nh3.Cleaner(
    tags=ALLOWED_TAGS,
    clean_content_tags={"script", "style", "iframe", "object", "embed", "template", "noscript", "svg", "math"},
    attributes=ALLOWED_ATTRIBUTES,
    allowed_classes=ALLOWED_CLASSES,
    url_schemes={"http", "https", "mailto"},
    link_rel="noopener noreferrer",
)


def sanitize(html: str) -> str:
    return _CLEANER.clean(html)


def render_markdown(text: str, parts: dict[str, list[range]] | None = None) -> Rendered:
    """The HTML of the text; with `parts` (name → ranges of 0-based source lines), also the HTML
    of each part alone: the top-level blocks that start on those lines, from the same parse.
    A footnote reference in a part keeps its link but not its id, which the whole text has."""
    env: dict = {}
    tokens = _MD.parse(text, env)
    toc = _number_headings(tokens)
    html = _MD.renderer.render(tokens, _MD.options, env)
    html = FOOTNOTE_REF_RE.sub(r"\1\2</a>", html)  # footnote refs read 1, not [1]
    rendered = {}
    for name, lines in (parts or {}).items():
        chosen, inside = [], False
        for token in tokens:
            if token.level == 0 and token.nesting >= 0:  # a top-level block begins (footnotes have no map)
                inside = token.map is not None and any(token.map[0] in r for r in lines)
            if inside:
                chosen.append(token)
        part = FOOTNOTE_REF_RE.sub(r"\1\2</a>", _MD.renderer.render(chosen, _MD.options, env))
        rendered[name] = sanitize(FOOTNOTE_REF_ID_RE.sub(r"\1", part))
    html = _reading_aids(sanitize(html))
    if FOOTNOTES_ID in html:
        toc.append(Heading(TOP_LEVEL, FOOTNOTES_HEADING, FOOTNOTES_ID, 0))
    return Rendered(html, tuple(toc), rendered)


def render_inline(text: str) -> str:
    """A short Markdown fragment (a summary) to safe inline HTML."""
    return sanitize(_MD.renderInline(text))

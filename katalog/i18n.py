"""The interface in two languages: Indonesian (the site's own, at the root) and English (the same
pages under en/). Interface strings are written in Indonesian in the templates and looked up
here by that text; content (titles, abstracts, full texts, vocabulary summaries) is never
translated. Vocabulary terms are named by language: the English pages see a vocabulary whose
terms carry their `name_en` as `name` (and the Indonesian name as `name_en`, "the other name")."""

from __future__ import annotations

import json
from dataclasses import replace

from jinja2 import pass_context
from markupsafe import Markup, escape

from . import builddate
from .i18n_en import EN, SEARCH_EN
from .load import Term, Vocabulary
from .timeline import MONTHS_EN

LANGS = ("id", "en")
PREFIX = {"id": "", "en": "en/"}
LANG_NAMES = {"id": "Bahasa Indonesia", "en": "English"}


def translate(text: str, lang: str) -> str:
    """The interface string in `lang`; the Indonesian text itself where no translation is known.
    A key may name its sense before a bar ('type|Kota' is a city's type, 'Kota' the menu's cities)."""
    if lang == "en" and text in EN:
        return EN[text]
    return text.split("|", 1)[-1]


def other(lang: str) -> str:
    return "en" if lang == "id" else "id"


def neutral_path(dest_path: str) -> str:
    """A page's path in the Indonesian site (the key its twins share)."""
    return dest_path.removeprefix(PREFIX["en"])


def twin_path(dest_path: str, lang: str) -> str:
    """The path of the same page in `lang`."""
    return PREFIX[lang] + neutral_path(dest_path)


@pass_context
def gettext(ctx, text: str) -> str:
    """`_('…')` in a template: the page's language comes from its context."""
    page = ctx.get("page") or {}
    return translate(text, page.get("lang", "id") if isinstance(page, dict) else "id")


@pass_context
def ngettext(ctx, text: str, n: int) -> str:
    """`n_('dikaji dalam {} karya', n)`: the key's singular sense ('one|…') where the language has one and n is 1."""
    page = ctx.get("page") or {}
    lang = page.get("lang", "id") if isinstance(page, dict) else "id"
    return translate(f"one|{text}" if n == 1 and lang == "en" and f"one|{text}" in EN else text, lang)


def _english_term(term: Term) -> Term:
    data = dict(term.data)
    data["short"] = data.get("short_en")  # none: the strip and the timeline show the full name
    return replace(term, name=term.name_en or term.name, name_en=term.name, data=data)


_VOCABS: dict[str, Vocabulary] = {}


def localized(vocab: Vocabulary, lang: str) -> Vocabulary:
    """The vocabulary as the pages of `lang` name its terms (one English copy per vocabulary digest)."""
    if lang == "id":
        return vocab
    key = f"{id(vocab)}:{vocab.digest}"
    found = _VOCABS.get(key)
    if found is None:
        if len(_VOCABS) > 8:
            _VOCABS.clear()
        terms = {kind: {slug: _english_term(t) for slug, t in group.items()} for kind, group in vocab.terms.items()}
        found = _VOCABS[key] = replace(vocab, terms=terms)
    return found


def content_language(meta: dict) -> str:
    """The language a thesis's text is written in (its first `language`, Indonesian by default)."""
    langs = meta.get("language") or ["id"]
    first = str(langs[0]) if isinstance(langs, (list, tuple)) and langs else "id"
    return first if first in LANGS else "id"


def date_label(value: str, lang: str) -> tuple[str | None, str]:
    """The build date in words in `lang` (see builddate.date_label)."""
    iso, label = builddate.date_label(value)
    if iso is None or lang == "id":
        return iso, label
    year, month, day = (int(x) for x in iso.split("-"))
    return iso, f"{day} {MONTHS_EN[month - 1]} {year}"


@pass_context
def content_lang(ctx, lang: str) -> Markup:
    """` lang="id"` on an element whose content is in `lang` when the page's interface is not."""
    page = ctx.get("page") or {}
    here = page.get("lang", "id") if isinstance(page, dict) else "id"
    return Markup(f' lang="{escape(lang)}"') if lang and lang != here else Markup("")


@pass_context
def content_span(ctx, text, lang: str) -> Markup:
    """`text`, in a span marked as `lang` where the page's interface is in another language."""
    attr = content_lang(ctx, lang)
    return Markup("<span{}>{}</span>").format(attr, text) if attr else escape(text)


def twin(page: dict, lang: str) -> str:
    """The site path of this page in `lang`."""
    return twin_path(page["dest_path"], lang)


def twin_url(page: dict, lang: str) -> str:
    """A relative link from this page to its twin in `lang` (or to itself)."""
    return "../" * page["dest_path"].count("/") + twin(page, lang)


@pass_context
def date_words(ctx, event) -> str:
    """An event's date in words in the page's language."""
    page = ctx.get("page") or {}
    return event.label_in(page.get("lang", "id") if isinstance(page, dict) else "id")


def search_strings(lang: str) -> str:
    """The search UI's words in `lang` as JSON, for static/search.js (read from a data attribute:
    the pages' CSP allows no inline script)."""
    return json.dumps(SEARCH_EN if lang == "en" else {}, ensure_ascii=False, sort_keys=True)


def facet_names(vocab: Vocabulary) -> str:
    """slug → name of every filterable term, by kind, as JSON (the index carries the Indonesian names)."""
    kinds = ("cities", "countries", "theories", "stages", "sectors")
    return json.dumps({k: {slug: t.name for slug, t in sorted(vocab.terms.get(k, {}).items())} for k in kinds},
                      ensure_ascii=False, sort_keys=True)


def template_globals() -> dict:
    return {"_": gettext, "n_": ngettext, "content_lang": content_lang, "content_span": content_span, "twin": twin, "twin_url": twin_url,
            "date_words": date_words, "search_strings": search_strings, "facet_names": facet_names}

"""Validation rules: small generators yielding (line, message) for one thesis each."""

from __future__ import annotations

import difflib
import re
from collections.abc import Iterator

from .errors import Diagnostic, shown
from .load import Thesis, Vocabulary
from .schema import slug_problem

TEXT_FIELDS = {"id", "title", "title_en", "institution", "faculty", "program", "degree",
               "academic_year", "period", "kind", "source", "doi", "url"}
LIST_FIELDS = {"authors", "advisors", "language", "keywords", "sectors"}
VOCAB_FIELDS = {"cities": "cities", "countries": "countries", "theories": "theories", "stages": "stages"}
KNOWN_FIELDS = TEXT_FIELDS | LIST_FIELDS | set(VOCAB_FIELDS) | {"partnership", "title_descriptive", "year"}
KINDS = ("abstract", "conclusion", "chapter", "summary", "full")
PLACEHOLDER = "Paste the summary here, as received."  # what `build.py new` leaves below the front matter
_BAD_CHAR_RE = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\ud800-\udfff]")

Problem = tuple[int, str]


def did_you_mean(word: str, candidates) -> str:
    match = difflib.get_close_matches(str(word), sorted(candidates), n=1, cutoff=0.6)
    return f" (did you mean '{match[0]}'?)" if match else ""


def rule_known_keys(thesis: Thesis, vocab: Vocabulary) -> Iterator[Problem]:
    """Every front matter key is one the catalogue knows."""
    for key in thesis.meta:
        if key not in KNOWN_FIELDS:
            yield thesis.meta_lines.get(key, 1), f"unknown front matter key {shown(key)}{did_you_mean(key, KNOWN_FIELDS)}"


def _strings(value) -> Iterator[str]:
    if isinstance(value, str):
        yield value
    elif isinstance(value, list):
        for item in value:
            yield from _strings(item)
    elif isinstance(value, dict):
        for key, item in value.items():
            yield from _strings(key)
            yield from _strings(item)


def rule_clean_text(thesis: Thesis, vocab: Vocabulary) -> Iterator[Problem]:
    """Front matter text holds no control characters and no lone surrogates (they cannot be written)."""
    for key, value in thesis.meta.items():
        for text in _strings(value):
            bad = _BAD_CHAR_RE.search(text)
            if bad:
                yield thesis.meta_lines.get(key, 1), (f"{shown(key)} holds an invalid character "
                                                      f"U+{ord(bad.group()):04X}")
                break


def rule_field_types(thesis: Thesis, vocab: Vocabulary) -> Iterator[Problem]:
    """Text fields hold text, list fields hold lists of text, flags hold true/false."""
    for key, value in thesis.meta.items():
        line = thesis.meta_lines.get(key, 1)
        if key in TEXT_FIELDS and not isinstance(value, (str, int, float)):
            yield line, f"'{key}' must be text"
        elif key in LIST_FIELDS | set(VOCAB_FIELDS) | {"partnership"}:
            if not isinstance(value, list) or not all(isinstance(v, (str, int)) for v in value):
                yield line, f"'{key}' must be a list, e.g. {key}: [a, b]"
        elif key == "title_descriptive" and not isinstance(value, bool):
            yield line, "'title_descriptive' must be true or false"


def rule_year(thesis: Thesis, vocab: Vocabulary) -> Iterator[Problem]:
    """A year, when given, is a plausible four-digit year."""
    if "year" in thesis.meta:
        year = thesis.meta["year"]
        if not isinstance(year, int) or not 1900 <= year <= 2100:
            yield thesis.meta_lines.get("year", 1), f"'year' must be a four-digit year, not {year!r}"


def rule_kind(thesis: Thesis, vocab: Vocabulary) -> Iterator[Problem]:
    """The kind of text is one of the known kinds."""
    kind = thesis.meta.get("kind")
    if isinstance(kind, (str, int, float)) and kind not in KINDS:  # other types: rule_field_types
        yield thesis.meta_lines.get("kind", 1), f"unknown kind {shown(kind)} (one of: {', '.join(KINDS)}){did_you_mean(kind, KINDS)}"


def rule_vocabulary_refs(thesis: Thesis, vocab: Vocabulary) -> Iterator[Problem]:
    """Every city, country, theory and stage slug exists in its vocabulary."""
    for key, kind in VOCAB_FIELDS.items():
        values = thesis.meta.get(key)
        if not isinstance(values, list):
            continue
        known = vocab.terms.get(kind, {})
        for slug in values:
            if not vocab.defines(kind, slug):
                singular = {"cities": "city", "countries": "country", "theories": "theory", "stages": "stage"}[kind]
                yield thesis.meta_lines.get(key, 1), f"unknown {singular} {shown(slug)}{did_you_mean(slug, known)}"


def rule_partnership(thesis: Thesis, vocab: Vocabulary) -> Iterator[Problem]:
    """A partnership names exactly two different known cities."""
    pair = thesis.meta.get("partnership")
    if not isinstance(pair, list):
        return
    line = thesis.meta_lines.get("partnership", 1)
    if len(pair) != 2 or pair[0] == pair[1]:
        yield line, "'partnership' must name two different cities, e.g. partnership: [padang, hildesheim]"
    cities = vocab.terms.get("cities", {})
    for slug in pair:
        if not vocab.defines("cities", slug):
            yield line, f"unknown city {shown(slug)}{did_you_mean(slug, cities)}"


def rule_id(thesis: Thesis, vocab: Vocabulary) -> Iterator[Problem]:
    """A thesis id is a lowercase slug (it becomes a file name)."""
    if "id" in thesis.meta and not isinstance(thesis.meta["id"], str):
        yield thesis.meta_lines["id"], "'id' must be text, e.g. id: padang-vung-tau"
    elif problem := slug_problem(thesis.id, "thesis id"):
        hint = "" if "id" in thesis.meta else "; rename the file or give an 'id'"
        yield thesis.meta_lines.get("id", 1), problem + hint


def rule_has_text(thesis: Thesis, vocab: Vocabulary) -> Iterator[Problem]:
    """A thesis file has some text below its front matter."""
    if not thesis.body.strip():
        yield thesis.body_line, "thesis has no text below the front matter"
    elif thesis.body.strip() == PLACEHOLDER:
        blank_lines = thesis.body[: len(thesis.body) - len(thesis.body.lstrip())].count("\n")
        yield (thesis.body_line + blank_lines,
               "the summary is still the placeholder of 'build.py new': paste the text as received")


def rule_title(thesis: Thesis, vocab: Vocabulary) -> Iterator[Problem]:
    """A title, when given, is not empty."""
    if "title" in thesis.meta and isinstance(thesis.meta["title"], str) and not thesis.meta["title"].strip():
        yield thesis.meta_lines.get("title", 1), "'title' is empty: write the title the text gives, or remove the line"


RULES = (rule_known_keys, rule_clean_text, rule_field_types, rule_year, rule_kind, rule_vocabulary_refs,
         rule_partnership, rule_id, rule_has_text, rule_title)


def validate_thesis(thesis: Thesis, vocab: Vocabulary) -> list[Diagnostic]:
    return [Diagnostic(thesis.src_path, line, message) for rule in RULES for line, message in rule(thesis, vocab)]


def validate_unique_ids(theses: list[Thesis]) -> list[Diagnostic]:
    seen: dict[str, Thesis] = {}
    problems = []
    for thesis in theses:
        if thesis.id in seen:
            problems.append(Diagnostic(thesis.src_path, thesis.meta_lines.get("id", 1),
                                       f"duplicate thesis id '{thesis.id}' (also used by {seen[thesis.id].src_path})"))
        else:
            seen[thesis.id] = thesis
    return problems


def validate_vocabulary_links(vocab: Vocabulary, display: dict[str, str]) -> list[Diagnostic]:
    """Cities name a known country; a parent_slug names a known city."""
    problems = []
    for term in vocab.terms.get("cities", {}).values():
        country = term.data.get("country")
        if country and not vocab.defines("countries", country):
            problems.append(Diagnostic(display["cities"], term.line,
                                       f"city '{term.slug}' has unknown country '{country}'{did_you_mean(country, vocab.terms['countries'])}"))
        parent = term.data.get("parent_slug")
        if parent and not vocab.defines("cities", parent):
            problems.append(Diagnostic(display["cities"], term.line, f"city '{term.slug}' has unknown parent_slug '{parent}'"))
    return problems

"""Validation rules: small generators yielding (line, message) for one thesis each."""

from __future__ import annotations

import difflib
import re
from collections.abc import Iterator

from .cite import WORK_TYPES
from .errors import Diagnostic, shown
from .load import Thesis, Vocabulary, legal_refs
from .schema import FRONT_MATTER_FIELDS, SLUGS, TEXT, TEXTS, slug_problem
from .timeline import parse_events

# The field sets come from the one table of front matter fields (schema.py), which the field
# reference and `build.py new` are made from too.
TEXT_FIELDS = {f.name for f in FRONT_MATTER_FIELDS if f.type == TEXT}
LIST_FIELDS = {f.name for f in FRONT_MATTER_FIELDS if f.type == TEXTS}
VOCAB_FIELDS = {f.name: f.name for f in FRONT_MATTER_FIELDS if f.type == SLUGS}  # key → vocabulary kind
KNOWN_FIELDS = {f.name for f in FRONT_MATTER_FIELDS}
# How far a thesis says a stage got; 'done' is the default and need not be written.
STAGE_STATUSES = ("done", "planned", "draft", "failed")
LEGAL_STATUSES = ("current", "repealed")
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
    """The kind of text and the kind of work are known kinds; an original's address is http(s)."""
    for key, known in (("kind", KINDS), ("work", tuple(WORK_TYPES))):
        value = thesis.meta.get(key)
        if isinstance(value, (str, int, float)) and value not in known:  # other types: rule_field_types
            yield (thesis.meta_lines.get(key, 1),
                   f"unknown {key} {shown(value)} (one of: {', '.join(known)}){did_you_mean(value, known)}")
    url = thesis.meta.get("url")
    if isinstance(url, str) and not re.match(r"https?://[^\s/]+", url):  # a page links it: never javascript: or a file
        yield thesis.meta_lines.get("url", 1), f"url {shown(url)} is not an http:// or https:// address"


def rule_vocabulary_refs(thesis: Thesis, vocab: Vocabulary) -> Iterator[Problem]:
    """Every city, country, theory and stage slug exists in its vocabulary."""
    for key, kind in VOCAB_FIELDS.items():
        values = thesis.meta.get(key)
        if not isinstance(values, list):
            continue
        known = vocab.terms.get(kind, {})
        for index, slug in enumerate(values):
            if not vocab.defines(kind, slug):
                singular = {"cities": "city", "countries": "country", "theories": "theory", "stages": "stage", "sectors": "sector"}[kind]
                yield _item_line(thesis, key, index), f"unknown {singular} {shown(slug)}{did_you_mean(slug, known)}"


def _item_line(thesis: Thesis, key: str, index: int) -> int:
    """The line of a list item in the front matter: its own line where the YAML says, else the key's."""
    lines = getattr(thesis.meta.get(key), "lines", None) or []
    return lines[index] + 1 if index < len(lines) else thesis.meta_lines.get(key, 1)


def rule_partnership(thesis: Thesis, vocab: Vocabulary) -> Iterator[Problem]:
    """A partnership names two different known places, or a place and a country ([kalimantan-timur, rusia])."""
    pair = thesis.meta.get("partnership")
    if not isinstance(pair, list):
        return
    line = thesis.meta_lines.get("partnership", 1)
    if len(pair) != 2 or pair[0] == pair[1]:
        yield line, "'partnership' must name two different cities, e.g. partnership: [padang, hildesheim]"
    places = {**vocab.terms.get("countries", {}), **vocab.terms.get("cities", {})}
    for index, slug in enumerate(pair):
        if not vocab.defines("cities", slug) and not vocab.defines("countries", slug):
            yield _item_line(thesis, "partnership", index), f"unknown city {shown(slug)}{did_you_mean(slug, places)}"
    if len(pair) == 2 and all(vocab.is_country(str(s)) for s in pair):
        yield line, "'partnership' joins two countries: a partnership has a city, regency or province on at least one side"


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


def rule_events(thesis: Thesis, vocab: Vocabulary) -> Iterator[Problem]:
    """Each event has a date (year or year-month), a known stage if any, and a short note if any."""
    _, problems = parse_events(thesis.meta.get("events"), vocab.terms.get("stages", {}), key_line=thesis.meta_lines.get("events", 1))
    yield from problems


def rule_title(thesis: Thesis, vocab: Vocabulary) -> Iterator[Problem]:
    """A title, when given, is not empty."""
    if "title" in thesis.meta and isinstance(thesis.meta["title"], str) and not thesis.meta["title"].strip():
        yield thesis.meta_lines.get("title", 1), "'title' is empty: write the title the text gives, or remove the line"


def _key_line(thesis: Thesis, key: str, sub) -> int:
    """The line of `key: {sub: …}` in the file: the nested key's own line where known."""
    lines = getattr(thesis.meta.get(key), "lines", {})
    return lines[sub] + 1 if sub in lines else thesis.meta_lines.get(key, 1)


def _mapping(thesis: Thesis, key: str, rule: str):
    """The mapping a front matter key holds (None when absent), after yielding a problem if it is not one."""
    value = thesis.meta.get(key)
    if value is not None and not isinstance(value, dict):
        yield thesis.meta_lines.get(key, 1), f"'{key}' {rule}"
        return None
    return value


def rule_stage_status(thesis: Thesis, vocab: Vocabulary) -> Iterator[Problem]:
    """`stage_status: {moa: draft}`: known stages, known statuses, stages the thesis lists."""
    value = yield from _mapping(thesis, "stage_status", "must map stages to a status, e.g. stage_status: {moa: draft}")
    if value is None:
        return
    stages, listed = vocab.terms.get("stages", {}), thesis.meta.get("stages")
    for slug, status in value.items():
        line = _key_line(thesis, "stage_status", slug)
        if str(slug) not in stages:
            yield line, f"unknown stage '{slug}'{did_you_mean(slug, stages)}"
        elif isinstance(listed, list) and str(slug) not in map(str, listed):
            yield line, f"stage_status gives stage '{slug}', which 'stages' does not list"
        if status not in STAGE_STATUSES:
            yield line, f"unknown stage status '{status}' (one of: {', '.join(STAGE_STATUSES)}){did_you_mean(status, STAGE_STATUSES)}"


def rule_cites(thesis: Thesis, vocab: Vocabulary) -> Iterator[Problem]:
    """`cites: {paradiplomasi: [Takdir Ali Mukti]}`: known theories, lists of names the text gives."""
    value = yield from _mapping(thesis, "cites",
                                "must map theories to the names the text cites, e.g. cites: {paradiplomasi: [Takdir Ali Mukti]}")
    if value is None:
        return
    theories = vocab.terms.get("theories", {})
    for slug, names in value.items():
        line = _key_line(thesis, "cites", slug)
        if str(slug) not in theories:
            yield line, f"unknown theory '{slug}'{did_you_mean(slug, theories)}"
        if not isinstance(names, list) or not all(isinstance(n, str) for n in names):
            yield line, f"'cites: {slug}' must be a list of names, e.g. [{slug}: [Name One, Name Two]]"


RULES = (rule_known_keys, rule_clean_text, rule_field_types, rule_year, rule_kind, rule_vocabulary_refs,
         rule_partnership, rule_id, rule_has_text, rule_title, rule_stage_status, rule_cites, rule_events)


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


def validate_legal(vocab: Vocabulary, display: dict[str, str]) -> list[Diagnostic]:
    """Stages cite known legal bases; a legal basis has a known status and a known replacement."""
    legal, problems = vocab.terms.get("legal", {}), []
    for stage in vocab.ordered("stages"):
        line = stage.lines.get("legal", stage.line)
        for slug, _, item_line in legal_refs(stage.data.get("legal"), line):
            if slug is None:
                problems.append(Diagnostic(display["stages"], item_line,
                                           f"stage '{stage.slug}': 'legal' must list slugs of legal.yml, each optionally 'slug: article note'"))
            elif slug not in legal:
                problems.append(Diagnostic(display["stages"], item_line, f"unknown legal basis '{slug}'{did_you_mean(slug, legal)}"))
    for term in legal.values():
        status, replaced_by = term.data.get("status"), term.data.get("replaced_by")
        if status not in LEGAL_STATUSES:
            problems.append(Diagnostic(display["legal"], term.lines.get("status", term.line),
                                       f"legal basis '{term.slug}' has unknown status '{status}' (one of: {', '.join(LEGAL_STATUSES)})"))
        if replaced_by is not None and str(replaced_by) not in legal:
            problems.append(Diagnostic(display["legal"], term.lines.get("replaced_by", term.line),
                                       f"unknown legal basis '{replaced_by}'{did_you_mean(replaced_by, legal)}"))
        elif replaced_by is not None and status == "current":
            problems.append(Diagnostic(display["legal"], term.lines.get("replaced_by", term.line),
                                       f"legal basis '{term.slug}' is current but names a replacement: mark it 'repealed'"))
    return problems


def validate_vocabulary_links(vocab: Vocabulary, display: dict[str, str]) -> list[Diagnostic]:
    """Cities name a known country; a parent_slug names a known city; legal references hold."""
    problems = validate_legal(vocab, display)
    for term in vocab.terms.get("cities", {}).values():
        country = term.data.get("country")
        if country and not vocab.defines("countries", country):
            problems.append(Diagnostic(display["cities"], term.lines.get("country", term.line),
                                       f"city '{term.slug}' has unknown country '{country}'{did_you_mean(country, vocab.terms['countries'])}"))
        parent = term.data.get("parent_slug")
        if parent and not vocab.defines("cities", parent):
            problems.append(Diagnostic(display["cities"], term.lines.get("parent_slug", term.line),
                                       f"city '{term.slug}' has unknown parent_slug '{parent}'"))
    return problems

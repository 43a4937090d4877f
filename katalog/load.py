"""Load stage: seeds → Vocabulary and Thesis objects, with the line of every value."""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass, field
from pathlib import Path

import yaml

from .config import Config
from .errors import Diagnostic

VOCABULARY_KINDS = ("countries", "cities", "theories", "stages", "legal")
OPTIONAL_KINDS = ("legal",)  # a project without legal.yml builds; stages then cite nothing
REQUIRED_FIELDS = {
    "countries": ("name_id", "name_en"),
    "cities": ("name", "official", "type", "country"),
    "theories": ("name_id", "name_en", "summary"),
    "stages": ("name_id", "name_en", "description"),
    "legal": ("short", "title", "status", "governs_id", "governs_en"),
}


class LineDict(dict):
    """A mapping that remembers the 1-based line of itself and of each key."""

    line: int = 0
    lines: dict


class LineList(list):
    """A list that remembers the 1-based line of each item (of the YAML text it came from)."""

    lines: list


class _LineLoader(getattr(yaml, "CSafeLoader", yaml.SafeLoader)):  # the C parser when built
    def construct_mapping(self, node, deep=False):
        mapping = LineDict(super().construct_mapping(node, deep=True))
        mapping.line = node.start_mark.line + 1
        mapping.lines = {}
        for key_node, _ in node.value:
            key = self.construct_object(key_node, deep=True)
            mapping.lines[key] = key_node.start_mark.line + 1
        return mapping


def _construct_map(loader: _LineLoader, node):
    return loader.construct_mapping(node)


def _construct_seq(loader: _LineLoader, node):
    items = LineList(loader.construct_object(child, deep=True) for child in node.value)
    items.lines = [child.start_mark.line + 1 for child in node.value]
    return items


_LineLoader.add_constructor("tag:yaml.org,2002:map", _construct_map)
_LineLoader.add_constructor("tag:yaml.org,2002:seq", _construct_seq)

# Dates stay strings: "2016-2018" or "2013/2014" are not to be reinterpreted.
_LineLoader.yaml_implicit_resolvers = {
    k: [(tag, rx) for tag, rx in v if tag != "tag:yaml.org,2002:timestamp"]
    for k, v in yaml.SafeLoader.yaml_implicit_resolvers.items()
}


def parse_yaml(text: str, path: str, line_offset: int = 0) -> tuple[object, list[Diagnostic]]:
    """Parse YAML; a syntax error becomes a diagnostic at the parser's line."""
    try:
        return yaml.load(text, Loader=_LineLoader), []
    except yaml.YAMLError:
        pass
    try:  # the pure-Python parser names the problem and its line more precisely
        return yaml.load(text, Loader=yaml.SafeLoader), []
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None) or getattr(exc, "context_mark", None)
        line = (mark.line + 1 if mark else 1) + line_offset
        problem = getattr(exc, "problem", None) or str(exc)
        return None, [Diagnostic(path, line, f"invalid YAML: {problem}")]


@dataclass(frozen=True)
class Term:
    """One vocabulary entry: a city, country, theory, stage or legal basis."""

    kind: str
    slug: str
    name: str
    name_en: str
    aliases: tuple[str, ...]
    data: dict
    line: int
    position: int  # order within its file (the lifecycle order for stages)
    lines: dict = field(default_factory=dict, compare=False, repr=False)  # line of each field


@dataclass
class Vocabulary:
    terms: dict[str, dict[str, Term]] = field(default_factory=dict)
    synonyms: dict[str, tuple[str, ...]] = field(default_factory=dict)
    digest: str = ""

    def get(self, kind: str, slug: str) -> Term | None:
        return self.terms.get(kind, {}).get(slug)

    def ordered(self, kind: str) -> list[Term]:
        return sorted(self.terms.get(kind, {}).values(), key=lambda t: t.position)


@dataclass
class Thesis:
    id: str
    src_path: str
    meta: dict
    meta_lines: dict
    body: str
    body_line: int  # line number of the body's first line in the file
    has_front_matter: bool
    digest: str


def read_text(path: Path, display: str, raw: bytes | None = None) -> tuple[str | None, list[Diagnostic]]:
    """Read a file as UTF-8, reporting the line of the first undecodable byte."""
    raw = path.read_bytes() if raw is None else raw
    try:
        return raw.decode("utf-8").replace("\r\n", "\n"), []
    except UnicodeDecodeError as exc:
        line = raw[: exc.start].count(b"\n") + 1
        return None, [Diagnostic(display, line, f"file is not UTF-8 (byte 0x{raw[exc.start]:02x} cannot be decoded)")]


def _term_from(kind: str, slug: str, entry: LineDict, position: int) -> Term:
    if kind == "cities":
        name, name_en = str(entry.get("name", slug)), str(entry.get("name_en", entry.get("name", slug)))
    elif kind == "legal":
        name = name_en = str(entry.get("short", slug))
    else:
        name, name_en = str(entry.get("name_id", slug)), str(entry.get("name_en", slug))
    aliases = tuple(str(a) for a in (entry.get("aliases") or []))
    return Term(kind, str(slug), name, name_en, aliases, dict(entry), entry.line, position, dict(entry.lines))


def legal_refs(value, line: int) -> list[tuple[str | None, str, int]]:
    """A stage's `legal:` list as (slug, article note, line); slug None for an item of the wrong shape.

    Items are `slug` or `slug: note`; `line` is used where an item's own line is not known.
    """
    if value is None:
        return []
    if not isinstance(value, list):
        return [(None, "", line)]
    lines = getattr(value, "lines", None) or [line] * len(value)
    refs: list[tuple[str | None, str, int]] = []
    for item, item_line in zip(value, lines):
        if isinstance(item, str):
            refs.append((item, "", item_line))
        elif isinstance(item, dict) and len(item) == 1:
            (slug, note), = item.items()
            refs.append((str(slug), "" if note is None else str(note), item_line))
        else:
            refs.append((None, "", item_line))
    return refs


def load_vocabulary(config: Config) -> tuple[Vocabulary, list[Diagnostic]]:
    vocab, problems, digest = Vocabulary(), [], hashlib.sha256()
    for kind in VOCABULARY_KINDS:
        path = config.seeds / f"{kind}.yml"
        display = config.display_path(path)
        vocab.terms[kind] = {}
        if not path.exists():
            if kind in OPTIONAL_KINDS:
                continue
            problems.append(Diagnostic(display, 1, f"missing vocabulary file {kind}.yml"))
            continue
        text, errs = read_text(path, display)
        problems += errs
        if text is None:
            continue
        digest.update(text.encode())
        data, errs = parse_yaml(text, display)
        problems += errs
        if data is None:
            continue
        if not isinstance(data, dict):
            problems.append(Diagnostic(display, 1, "a vocabulary file must be a mapping of slug: entry"))
            continue
        for position, (slug, entry) in enumerate(data.items()):
            line = data.lines.get(slug, 1)
            if not isinstance(entry, dict):
                problems.append(Diagnostic(display, line, f"entry '{slug}' must be a mapping"))
                continue
            for name in REQUIRED_FIELDS[kind]:
                if entry.get(name) in (None, ""):
                    problems.append(Diagnostic(display, line, f"{kind} entry '{slug}' is missing required field '{name}'"))
            vocab.terms[kind][str(slug)] = _term_from(kind, slug, entry, position)
    synonyms_path = config.seeds / "synonyms.yml"
    if synonyms_path.exists():
        display = config.display_path(synonyms_path)
        text, errs = read_text(synonyms_path, display)
        problems += errs
        if text is not None:
            digest.update(text.encode())
            data, errs = parse_yaml(text, display)
            problems += errs
            for key, phrases in (data or {}).items():
                vocab.synonyms[str(key)] = tuple(str(p) for p in phrases or [])
    vocab.digest = digest.hexdigest()
    return vocab, problems


def split_front_matter(text: str, display: str) -> tuple[dict, dict, str, int, bool, list[Diagnostic]]:
    """Split ``---`` YAML front matter from the body. Returns meta, key lines, body, body line."""
    lines = text.split("\n")
    if not lines or lines[0].strip() != "---":
        return {}, {}, text, 1, False, []
    for end in range(1, len(lines)):
        if lines[end].strip() == "---":
            break
    else:
        return {}, {}, text, 1, False, [Diagnostic(display, 1, "front matter opened with '---' is never closed")]
    data, problems = parse_yaml("\n".join(lines[1:end]), display, line_offset=1)
    body = "\n".join(lines[end + 1 :])
    if data is None:
        return {}, {}, body, end + 2, True, problems
    if not isinstance(data, dict):
        problems.append(Diagnostic(display, 2, "front matter must be a mapping of key: value"))
        return {}, {}, body, end + 2, True, problems
    key_lines = {k: v + 1 for k, v in data.lines.items()}
    return dict(data), key_lines, body, end + 2, True, problems


def load_thesis(path: Path, config: Config, raw: bytes | None = None) -> tuple[Thesis | None, list[Diagnostic]]:
    display = config.display_path(path)
    raw = path.read_bytes() if raw is None else raw
    text, problems = read_text(path, display, raw)
    if text is None:
        return None, problems
    meta, key_lines, body, body_line, has_fm, errs = split_front_matter(text, display)
    problems += errs
    thesis_id = str(meta.get("id") or re.sub(r"[^a-z0-9]+", "-", path.stem.lower()).strip("-"))
    digest = hashlib.sha256(raw).hexdigest()
    return Thesis(thesis_id, display, meta, key_lines, body, body_line, has_fm, digest), problems


def thesis_paths(config: Config) -> list[Path]:
    return sorted((config.seeds / "theses").rglob("*.md"))


def load_theses(config: Config, cache: dict | None = None, parse_many=None) -> tuple[list[Thesis], list[Diagnostic]]:
    """All thesis files; `cache` maps (path, content digest) to an earlier result, for rebuilds.

    Files are always read (cheap); only their parsing is reused. A digest, unlike a timestamp,
    cannot miss an edit made within the file system's clock tick. `parse_many(files)`, given,
    parses [(path, bytes), …] into [(thesis, problems), …] (the builder passes its workers).
    """
    cache = {} if cache is None else cache
    keyed = []
    for path in thesis_paths(config):
        raw = path.read_bytes()
        keyed.append(((str(path), hashlib.sha256(raw).digest()), path, raw))
    missing = [(path, raw) for key, path, raw in keyed if key not in cache]
    if missing:
        parsed = parse_many(missing) if parse_many else [load_thesis(path, config, raw) for path, raw in missing]
        cache.update(zip([key for key, _, _ in keyed if key not in cache], parsed))
    theses, problems = [], []
    for key, _, _ in keyed:
        thesis, errs = cache[key]
        problems += errs
        if thesis is not None:
            theses.append(thesis)
    for key in set(cache) - {key for key, _, _ in keyed}:
        del cache[key]
    return theses, problems

"""Load stage: seeds → Vocabulary and Thesis objects, with the line of every value."""

from __future__ import annotations

import hashlib
import os
import re
import stat
import time
from dataclasses import dataclass, field
from pathlib import Path

import yaml

from .config import Config
from .errors import Diagnostic, shown
from .files import read_inside, summary_files
from .schema import check_entry

VOCABULARY_KINDS = ("countries", "cities", "theories", "stages", "sectors", "legal")
OPTIONAL_KINDS = ("legal", "sectors")  # a project without legal.yml builds; stages then cite nothing


class LineDict(dict):
    """A mapping that remembers the 1-based line of itself and of each key."""

    line: int = 0
    lines: dict


class LineList(list):
    """A list that remembers the 1-based line of each item (of the YAML text it came from)."""

    lines: list


MAX_YAML_VALUES = 20_000  # values that aliases may add: a front matter has tens, a whole vocabulary thousands
MAX_YAML_DEPTH = 40  # nesting of lists and mappings


class _LineLoader(getattr(yaml, "CSafeLoader", yaml.SafeLoader)):  # the C parser when built
    def construct_mapping(self, node, deep=False):
        mapping = LineDict(super().construct_mapping(node, deep=True))
        mapping.line = node.start_mark.line + 1
        mapping.lines = {}
        for key_node, _ in node.value:
            key = self.construct_object(key_node, deep=True)
            if key in mapping.lines:  # YAML would let the last one win, silently
                self.duplicates.append((key_node.start_mark.line + 1, key, mapping.lines[key]))
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


def _children(node) -> list:
    if isinstance(node, yaml.SequenceNode):
        return node.value
    if isinstance(node, yaml.MappingNode):
        return [n for pair in node.value for n in pair]
    return []


def _graph_problem(root) -> tuple[int, str] | None:
    """An alias bomb, a recursive alias or too deep a nesting, found on the node graph before any
    value is built (aliases share nodes, so the walk is as cheap as the text is long)."""
    size: dict[int, int] = {}
    open_nodes = {id(root)}
    stack = [(root, iter(_children(root)))]
    while stack:
        node, rest = stack[-1]
        for child in rest:
            if id(child) in size:
                continue
            if id(child) in open_nodes:
                return child.start_mark.line + 1, "recursive YAML alias (a value that contains itself)"
            if len(stack) >= MAX_YAML_DEPTH:
                return child.start_mark.line + 1, f"YAML nested more than {MAX_YAML_DEPTH} levels deep"
            open_nodes.add(id(child))
            stack.append((child, iter(_children(child))))
            break
        else:
            stack.pop()
            open_nodes.discard(id(node))
            size[id(node)] = 1 + sum(size[id(c)] for c in _children(node))
            # Values beyond the distinct nodes written come from aliases: a long file is no bomb.
            if size[id(node)] - len(size) > MAX_YAML_VALUES:
                return node.start_mark.line + 1, (f"YAML aliases expand to more than {MAX_YAML_VALUES:,} values "
                                                  "(an alias bomb?): not read")
    return None


def _yaml_error(exc: Exception, text: str, reparse: bool) -> tuple[int, str]:
    if reparse:  # the pure-Python parser names the problem and its line more precisely than libyaml
        try:
            yaml.compose(text, Loader=yaml.SafeLoader)
        except yaml.YAMLError as slow:
            exc = slow
        except RecursionError:
            pass
    mark = getattr(exc, "problem_mark", None) or getattr(exc, "context_mark", None)
    context = getattr(exc, "context", None) or ""
    if getattr(exc, "context_mark", None) and ("flow" in context or "quoted" in context):
        mark = exc.context_mark  # an unclosed '[', '{' or quote: the line that opened it, not where the file ran out
    problem = getattr(exc, "problem", None) or str(exc).split("\n")[0]
    return (mark.line + 1 if mark else 1), f"invalid YAML: {problem}"


def parse_yaml(text: str, path: str, line_offset: int = 0) -> tuple[object, list[Diagnostic]]:
    """Parse YAML safely: syntax errors, duplicate keys, alias bombs and deep nesting are
    diagnostics at their line, never an exception or a runaway."""
    if "\0" in text:
        line = text.count("\n", 0, text.index("\0")) + 1 + line_offset
        return None, [Diagnostic(path, line, "raw NUL character in YAML")]
    try:
        node = yaml.compose(text, Loader=_LineLoader)
    except yaml.YAMLError as exc:
        line, message = _yaml_error(exc, text, reparse=True)
        return None, [Diagnostic(path, line + line_offset, message)]
    except RecursionError:
        return None, [Diagnostic(path, 1 + line_offset, f"YAML nested more than {MAX_YAML_DEPTH} levels deep")]
    if node is None:
        return None, []
    found = _graph_problem(node)
    if found:
        return None, [Diagnostic(path, found[0] + line_offset, found[1])]
    loader = _LineLoader("")
    loader.duplicates = []
    try:
        data = loader.construct_document(node)
    except yaml.YAMLError as exc:
        line, message = _yaml_error(exc, text, reparse=False)
        return None, [Diagnostic(path, line + line_offset, message)]
    except RecursionError:
        return None, [Diagnostic(path, 1 + line_offset, f"YAML nested more than {MAX_YAML_DEPTH} levels deep")]
    finally:
        loader.dispose()
    problems = [Diagnostic(path, line + line_offset, f"duplicate key {shown(key)} (also on line {first + line_offset}); "
                           "only one may stay") for line, key, first in loader.duplicates]
    return data, problems


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
    # Slugs whose entry has errors (already reported): references to them are not "unknown" too.
    broken: dict[str, set[str]] = field(default_factory=dict)
    unreadable: set[str] = field(default_factory=set)  # kinds whose file could not be read at all

    def defines(self, kind: str, slug: object) -> bool:
        """The slug has an entry, valid or not, or its file could not be read: an error in a
        vocabulary is reported once, where it is, not again at every thesis that uses it."""
        return (kind in self.unreadable or str(slug) in self.terms.get(kind, {})
                or str(slug) in self.broken.get(kind, set()))

    def get(self, kind: str, slug: str) -> Term | None:
        return self.terms.get(kind, {}).get(slug)

    def place(self, slug: str) -> Term | None:
        """A side of a partnership: a city or region, else a country (a text may name a whole country
        as a place's partner: 'Kerja sama Provinsi Kalimantan Timur dengan Rusia')."""
        return self.get("cities", slug) or self.get("countries", slug)

    def is_country(self, slug: str) -> bool:
        """The partnership side `slug` is a whole country, not a city or region."""
        return slug not in self.terms.get("cities", {}) and slug in self.terms.get("countries", {})

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


def decode(raw: bytes, display: str) -> tuple[str | None, list[Diagnostic]]:
    """Bytes of a source file as text: UTF-8 (a byte-order mark is dropped) or UTF-16 with its
    byte-order mark; line ends made LF (CRLF and old Mac CR alike)."""
    if raw.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            text = raw.decode("utf-16")
        except UnicodeDecodeError:
            return None, [Diagnostic(display, 1, "file starts like UTF-16 but cannot be decoded as UTF-16")]
    elif b"\0" in raw:
        line = raw[: raw.index(b"\0")].count(b"\n") + 1
        return None, [Diagnostic(display, line, "file contains NUL bytes (UTF-16 without a byte-order mark?); "
                                                "save it as UTF-8")]
    else:
        try:
            text = raw.decode("utf-8")
        except UnicodeDecodeError as exc:
            line = raw[: exc.start].count(b"\n") + 1
            return None, [Diagnostic(display, line, f"file is not UTF-8 (byte 0x{raw[exc.start]:02x} cannot be decoded)")]
    text = text.removeprefix("\ufeff")
    if "\0" in text:
        return None, [Diagnostic(display, text.count("\n", 0, text.index("\0")) + 1, "file contains NUL characters")]
    return text.replace("\r\n", "\n").replace("\r", "\n"), []


def read_source(path: Path, config: Config) -> tuple[str | None, list[Diagnostic]]:
    """A project file as text, read only if it is a regular file inside the project."""
    display = config.display_path(path)
    raw, problems = read_inside(path, config.root, display)
    if raw is None:
        return None, problems
    return decode(raw, display)


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


def _read_yaml_file(path: Path, config: Config, digest) -> tuple[object, list[Diagnostic]]:
    text, problems = read_source(path, config)
    if text is None:
        return None, problems
    digest.update(text.encode("utf-8", "surrogatepass"))
    data, errs = parse_yaml(text, config.display_path(path))
    return data, problems + errs


def load_vocabulary(config: Config) -> tuple[Vocabulary, list[Diagnostic]]:
    vocab, problems, digest = Vocabulary(), [], hashlib.sha256()
    for kind in VOCABULARY_KINDS:
        path = config.seeds / f"{kind}.yml"
        display = config.display_path(path)
        vocab.terms[kind], vocab.broken[kind] = {}, set()
        if not path.exists() and not path.is_symlink():
            if kind in OPTIONAL_KINDS:
                continue
            problems.append(Diagnostic(display, 1, f"missing vocabulary file {kind}.yml"))
            vocab.unreadable.add(kind)
            continue
        data, errs = _read_yaml_file(path, config, digest)
        problems += errs
        if data is None or not isinstance(data, dict):
            if errs or data is not None:
                vocab.unreadable.add(kind)
            if data is not None:
                problems.append(Diagnostic(display, 1, "a vocabulary file must be a mapping of slug: entry"))
            continue
        for position, (slug, entry) in enumerate(data.items()):
            line = data.lines.get(slug, 1)
            if not isinstance(entry, dict):
                problems.append(Diagnostic(display, line, f"entry {shown(slug)} must be a mapping of field: value"))
                vocab.broken[kind].add(str(slug))
                continue
            entry_problems = [Diagnostic(display, n, message) for n, message in check_entry(kind, slug, entry, entry.lines, line)]
            problems += entry_problems
            if not entry_problems:
                vocab.terms[kind][str(slug)] = _term_from(kind, slug, entry, position)
            else:
                vocab.broken[kind].add(str(slug))
    problems += _load_synonyms(config, vocab, digest)
    vocab.digest = digest.hexdigest()
    return vocab, problems


def _load_synonyms(config: Config, vocab: Vocabulary, digest) -> list[Diagnostic]:
    """synonyms.yml: a mapping of key → list of phrases that find the same theses."""
    path = config.seeds / "synonyms.yml"
    if not path.exists() and not path.is_symlink():
        return []
    display = config.display_path(path)
    data, problems = _read_yaml_file(path, config, digest)
    if data is None:
        return problems
    if not isinstance(data, dict):
        return problems + [Diagnostic(display, 1, "synonyms.yml must be a mapping of key: [phrase, phrase, …]")]
    for key, phrases in data.items():
        line = data.lines.get(key, 1)
        if not isinstance(phrases, list) or not all(isinstance(p, str) for p in phrases):
            problems.append(Diagnostic(display, line, f"synonyms {shown(key)} must be a list of phrases, "
                                                      "e.g. kerjasama: [kerja sama, cooperation]"))
            continue
        vocab.synonyms[str(key)] = tuple(phrases)
    return problems


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
    if raw is None:
        raw, problems = read_inside(path, config.root, display)
        if raw is None:
            return None, problems
    text, problems = decode(raw, display)
    if text is None:
        return None, problems
    meta, key_lines, body, body_line, has_fm, errs = split_front_matter(text, display)
    problems += errs
    given = meta.get("id")
    thesis_id = given if isinstance(given, str) and given else re.sub(r"[^a-z0-9]+", "-", path.stem.lower()).strip("-")
    digest = hashlib.sha256(raw).hexdigest()
    return Thesis(thesis_id, display, meta, key_lines, body, body_line, has_fm, digest), problems


def thesis_files(config: Config, listing: dict | None = None) -> tuple[list[Path], list[Diagnostic]]:
    """The summary files under seeds/theses/ (.md, .markdown, .txt in any case), and what was skipped.

    `listing` (kept by a long-lived builder) holds the last answer with the stat of every folder it
    listed: while none of those folders changed (a file added, removed or renamed changes its
    folder's time), the answer stands without listing 10,000 names again (0.13 s of an edit at
    10,000 theses). A folder changed within the last three seconds is listed again next time: a change
    in the same tick of its clock (two seconds on FAT) would leave its time as it was. Nor is a listing
    kept that met a symbolic link or a folder it could not read: what those stand for can change while
    no folder listed does."""
    folder = config.seeds / "theses"
    if folder.is_symlink():
        return [], [Diagnostic(config.display_path(folder), 1,
                               "the folder of thesis summaries is a symbolic link: not followed (make it a real folder)")]
    if not folder.is_dir():
        return [], [Diagnostic(config.display_path(folder), 1,
                               "missing folder of thesis summaries (seeds/theses/): nothing to build")]
    if listing is None:
        return summary_files(folder, config.root, config.display_path)
    known = listing.get(str(folder))
    if known is not None and all(_folder_mark(path) == mark for path, mark in known[0]):
        return list(known[1]), list(known[2])
    listing.clear()
    walked: list[Path | None] = []
    started = time.time_ns()
    paths, problems = summary_files(folder, config.root, config.display_path, walked)
    marks = tuple((path, _folder_mark(path)) for path in walked if path is not None)
    if None not in walked and all(mark is not None and started - mark[0] > 3_000_000_000 for _, mark in marks):
        listing[str(folder)] = (marks, tuple(paths), tuple(problems))
    return paths, problems


def _folder_mark(path: Path) -> tuple | None:
    """A folder's (modified time, inode, changed time), not following a link; None if it is gone."""
    info = _lstat(path)
    return (info.st_mtime_ns, info.st_ino, info.st_ctime_ns) if info and stat.S_ISDIR(info.st_mode) else None


def load_theses(config: Config, cache: dict | None = None, parse_many=None, seen: dict | None = None,
                listing: dict | None = None, marks: dict | None = None) -> tuple[list[Thesis], list[Diagnostic]]:
    """All thesis files; `cache` maps (path, content digest) to an earlier result, for rebuilds.

    A file is read and its digest taken unless `seen` (path → (stat mark, digest), kept by the
    builder) says it was read with the same size, times and inode: then its parse is reused
    unread, as the site memo's input digest trusts the same marks (buildmemo._walk). At 10,000
    theses reading every file cost 2.6 s of a 14 s rebuild after one edit. `parse_many(files)`,
    given, parses [(path, bytes), …] into [(thesis, problems), …] (the builder passes its workers).
    """
    cache = {} if cache is None else cache
    seen = {} if seen is None else seen
    keyed = []
    paths, problems = thesis_files(config, listing)
    for path in paths:
        name = str(path)
        mark = marks.get(name) if marks else None  # just taken by the build's input digest (buildmemo._walk)
        mark = mark or stat_mark(path)
        known = seen.get(name)
        if mark is not None and known is not None and known[0] == mark and (name, known[1]) in cache:
            keyed.append(((name, known[1]), path, None))
            continue
        raw, errs = read_inside(path, config.root, config.display_path(path))
        problems += errs
        if raw is not None:
            digest = hashlib.sha256(raw).digest()
            keyed.append(((name, digest), path, raw))
            if mark is not None:
                seen[name] = (mark, digest)
    missing = [(path, raw) for key, path, raw in keyed if key not in cache]
    if missing:
        parsed = parse_many(missing) if parse_many else [load_thesis(path, config, raw) for path, raw in missing]
        cache.update(zip([key for key, _, _ in keyed if key not in cache], parsed))
    theses = []
    for key, _, _ in keyed:
        thesis, errs = cache[key]
        problems += errs
        if thesis is not None:
            theses.append(thesis)
    for key in set(cache) - {key for key, _, _ in keyed}:
        del cache[key]
    live = {str(path) for _, path, _ in keyed}
    for path in set(seen) - live:
        del seen[path]
    return theses, problems


def stat_mark(path: Path) -> tuple | None:
    """A regular file's (size, modified, inode, changed) times, not following a link; None otherwise."""
    info = _lstat(path)
    return (info.st_size, info.st_mtime_ns, info.st_ino, info.st_ctime_ns) if info and stat.S_ISREG(info.st_mode) else None


def _lstat(path: Path) -> os.stat_result | None:
    try:
        return os.lstat(path)
    except OSError:
        return None

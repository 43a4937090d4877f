"""`build.py adopt FILE`: write what the builder took from a raw summary into its front matter.

The maintainer then reviews a diff instead of typing: every line is something the text states
(its title, authors, institution, year, keywords as found in its header) or a tag the builder
found in it (the partnership, places, theories, stages, sectors). The text below stays byte for
byte as received.
"""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

import yaml

from .config import Config
from .enrich import Tagger, prepare_entry
from .errors import Diagnostic
from .files import read_inside
from .load import decode, load_theses, load_thesis, load_vocabulary
from .places import find_places
from .places_vocab import extend_vocabulary

FACTS = ("authors", "advisors", "institution", "program", "degree", "year", "work", "published_in", "volume", "issue",
         "keywords", "url")
HEADER = ("# Written by `build.py adopt` from what the text below states: review every line, delete what\n"
          "# the text does not say (unknown stays absent). The text itself is unchanged.\n")


class AdoptError(Exception):
    """The file cannot be adopted; carries a `path:line: message` diagnostic."""

    def __init__(self, diagnostic: Diagnostic):
        self.diagnostic = diagnostic
        super().__init__(str(diagnostic))


def front_matter(config: Config, path: Path) -> tuple[dict, bytes]:
    """The front matter the builder would infer for a raw summary, and the file's bytes."""
    display = config.display_path(path)
    theses_dir = (config.seeds / "theses").resolve()
    if theses_dir not in Path(os.path.abspath(path)).parents:
        raise AdoptError(Diagnostic(display, 1, "only a summary in seeds/theses/ can be adopted"))
    raw, problems = read_inside(path, config.root, display)
    if raw is None:
        raise AdoptError(problems[0])
    thesis, problems = load_thesis(path, config, raw)
    if thesis is None or problems:
        raise AdoptError(problems[0])
    if thesis.has_front_matter:
        raise AdoptError(Diagnostic(display, 1, "already has front matter: edit it by hand"))
    vocab, _ = load_vocabulary(config)
    theses, _ = load_theses(config)
    vocab = extend_vocabulary(vocab, find_places(theses, vocab))
    entry = prepare_entry(thesis, vocab, Tagger(vocab))
    meta: dict = {"title": entry.title}
    if entry.title_descriptive:
        meta["title_descriptive"] = True
    meta.update({name: entry.meta[name] for name in FACTS if name in entry.inferred})
    if entry.partnership:
        meta["partnership"] = list(entry.partnership)
    others = [c for c in entry.subjects["cities"] if c not in (entry.partnership or ())]
    if others:
        meta["cities"] = others
    for kind in ("theories", "stages", "sectors"):
        if entry.subjects.get(kind):
            meta[kind] = list(entry.subjects[kind])
    if "url" not in meta:  # where the original can be read is its address, when the text gives one
        meta["source"] = path.name
    return meta, raw


def _as_utf8(raw: bytes) -> bytes:
    """The text's bytes as they are, unless they are not plain UTF-8 (a BOM, UTF-16): then its text in UTF-8."""
    if not raw.startswith((b"\xef\xbb\xbf", b"\xff\xfe", b"\xfe\xff")):
        try:
            raw.decode("utf-8")
            return raw
        except UnicodeDecodeError:
            pass
    text, _ = decode(raw, "")
    return (text or "").encode("utf-8")


def render_front_matter(meta: dict) -> str:
    body = yaml.safe_dump(meta, allow_unicode=True, sort_keys=False, width=10_000, default_flow_style=None)
    return "---\n" + HEADER + body + "---\n"


def adopt(config: Config, path: Path, dry_run: bool = False) -> str:
    """Write the inferred front matter above the text (atomically); return it."""
    meta, raw = front_matter(config, path)
    text = render_front_matter(meta)
    if not dry_run:
        fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", dir=path.parent)
        try:
            with os.fdopen(fd, "wb") as handle:
                handle.write(text.encode("utf-8") + b"\n" + _as_utf8(raw))
            os.replace(tmp, path)
        except BaseException:
            Path(tmp).unlink(missing_ok=True)
            raise
    return text

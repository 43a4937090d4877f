"""`build.py new "<title>"`: a thesis file with commented front matter listing the slugs."""

from __future__ import annotations

import json
from pathlib import Path

from .config import Config
from .errors import shown
from .load import load_vocabulary
from .markdown import slugify
from .schema import FRONT_MATTER_FIELDS, valid_slug
from .validate import PLACEHOLDER


def _choices(vocab, kind: str) -> str:
    terms = vocab.ordered(kind) if kind == "stages" else sorted(vocab.terms[kind].values(), key=lambda t: t.slug)
    return ", ".join(t.slug for t in terms)


def _field_lines() -> list[str]:
    """Every front matter field but the title, commented out: its example and what it means
    (the same table as the validator and docs/fields.md)."""
    return [f"# {f.name}: {f.example}".ljust(48) + f" # {f.about}" for f in FRONT_MATTER_FIELDS if f.name != "title"]


def new_thesis(config: Config, title: str, slug: str | None = None) -> Path:
    """Raise ValueError for an empty title or an id that is not a slug, FileExistsError if taken."""
    title = " ".join(title.split())
    if not title:
        raise ValueError("the title is empty: give the title the text states, or a descriptive one")
    if any("\ud800" <= ch <= "\udfff" or ch < " " for ch in title):
        raise ValueError("the title holds characters that cannot be written (control characters or invalid bytes)")
    slug = slugify(title) if slug is None else slug
    if not valid_slug(slug):
        raise ValueError(f"id {shown(slug)} must be lowercase letters, digits and hyphens (it becomes a file name)")
    vocab, _ = load_vocabulary(config)
    path = config.seeds / "theses" / f"{slug}.md"
    if path.exists():
        raise FileExistsError(f"{config.display_path(path)} already exists")
    quoted = json.dumps(title, ensure_ascii=False)  # a JSON string is a valid YAML string
    text = "\n".join(["---", "# Fill in only what the text states. Delete a line rather than guess: unknown stays empty.",
                      f"title: {quoted}", *_field_lines(), "#",
                      f"# cities: {_choices(vocab, 'cities')}",
                      f"# countries: {_choices(vocab, 'countries')}",
                      f"# theories: {_choices(vocab, 'theories')}",
                      f"# stages (in the usual order): {_choices(vocab, 'stages')}",
                      "---", "", PLACEHOLDER, ""])
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, "utf-8")
    return path

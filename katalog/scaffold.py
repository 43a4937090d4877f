"""`build.py new "<title>"`: a thesis file with commented front matter listing the slugs."""

from __future__ import annotations

import json
import os
from pathlib import Path

from .config import Config
from .load import load_vocabulary
from .markdown import slugify
from .schema import FRONT_MATTER_FIELDS, slug_problem
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
    problem = slug_problem(slug, "id")
    if problem:
        raise ValueError(problem)
    vocab, _ = load_vocabulary(config)
    folder = config.seeds / "theses"
    path = folder / f"{slug}.md"
    if path.exists() or path.is_symlink():
        raise FileExistsError(f"{config.display_path(path)} already exists")
    if folder.is_symlink() or (folder.exists() and config.root not in folder.resolve().parents):
        raise ValueError(f"{config.display_path(folder)} is a symbolic link or outside the project: not written to")
    quoted = json.dumps(title, ensure_ascii=False)  # a JSON string is a valid YAML string
    text = "\n".join(["---", "# Fill in only what the text states. Delete a line rather than guess: unknown stays empty.",
                      f"title: {quoted}", *_field_lines(), "#",
                      f"# cities: {_choices(vocab, 'cities')}",
                      f"# countries: {_choices(vocab, 'countries')}",
                      f"# theories: {_choices(vocab, 'theories')}",
                      f"# stages (in the usual order): {_choices(vocab, 'stages')}",
                      "---", "", PLACEHOLDER, ""])
    folder.mkdir(parents=True, exist_ok=True)
    # O_EXCL|O_NOFOLLOW: never through a link, never over a file that appeared since the check.
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_NOFOLLOW", 0), 0o644)
    with os.fdopen(fd, "w", encoding="utf-8") as handle:
        handle.write(text)
    return path

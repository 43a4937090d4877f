"""`build.py new "<title>"`: a thesis file with commented front matter listing the slugs."""

from __future__ import annotations

import json
import os
from pathlib import Path

from .config import Config
from .load import load_vocabulary
from .markdown import slugify
from .schema import slug_problem


def _choices(vocab, kind: str) -> str:
    terms = vocab.ordered(kind) if kind == "stages" else sorted(vocab.terms[kind].values(), key=lambda t: t.slug)
    return ", ".join(t.slug for t in terms)


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
    text = f"""---
# Fill in only what the text states. Delete a line rather than guess: unknown stays empty.
title: {quoted}
# title_en: ""
# title_descriptive: true      # when the text gives no title and you wrote one
# authors: []
# advisors: []
# institution: ""
# program: ""
# degree: ""                   # S-1, S-2, S-3
# year: 2020
# period: ""                   # period studied, e.g. 2016-2018
# language: [id]               # id, en
# kind: abstract               # abstract, conclusion, chapter, summary, full
# partnership: [city-a, city-b]
# cities: []                   # other cities that are a subject of the thesis
# theories: []
# stages: []
# sectors: []
# keywords: []
# source: ""                   # the original file name
#
# cities: {_choices(vocab, "cities")}
# countries: {_choices(vocab, "countries")}
# theories: {_choices(vocab, "theories")}
# stages (in lifecycle order): {_choices(vocab, "stages")}
---

Paste the summary here, as received.
"""
    folder.mkdir(parents=True, exist_ok=True)
    # O_EXCL|O_NOFOLLOW: never through a link, never over a file that appeared since the check.
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_NOFOLLOW", 0), 0o644)
    with os.fdopen(fd, "w", encoding="utf-8") as handle:
        handle.write(text)
    return path

"""Suggestions a maintainer has read and judged: a thesis silences them in its front matter.

    reviewed:
      - "text mentions theory 'sister-city'"   # it studies a sister city; the concept is not its framework

Each note silences the warnings about that thesis whose message contains it (so a note may quote
as much of the message as needed to be unambiguous). A note that silences nothing is reported,
so notes do not outlive the text or the rule they answered.
"""

from __future__ import annotations

from .errors import Diagnostic
from .load import Thesis


def notes(thesis: Thesis) -> list[tuple[str, int]]:
    """The thesis's reviewed notes with their lines (the key's line where an item's is unknown)."""
    value = thesis.meta.get("reviewed")
    if not isinstance(value, list):
        return []
    key_line = thesis.meta_lines.get("reviewed", 1)
    lines = getattr(value, "lines", None) or []
    return [(str(note), lines[i] + 1 if i < len(lines) else key_line) for i, note in enumerate(value)
            if isinstance(note, str) and note.strip()]


def apply_reviewed(theses: list[Thesis], *groups: list[Diagnostic]) -> tuple[list[list[Diagnostic]], list[Diagnostic]]:
    """Each group of diagnostics without the warnings reviewed notes silence; and a warning for
    every note that silenced nothing."""
    by_path = {t.src_path: notes(t) for t in theses}
    used: set[tuple[str, int]] = set()

    def silenced(d: Diagnostic) -> bool:
        if d.severity != "warning":
            return False
        hits = [(d.path, line) for note, line in by_path.get(d.path, ()) if note in d.message]
        used.update(hits)
        return bool(hits)

    noted = {path for path, found in by_path.items() if found}  # (most theses have none: 80,000 suggestions
    kept = [[d for d in group if d.path not in noted or not silenced(d)] for group in groups]  # looked at, 0.1 s)
    stale = [Diagnostic(path, line, f"reviewed note {note!r} matches no suggestion: remove it", "warning")
             for path, found in by_path.items() for note, line in found if (path, line) not in used]
    return kept, stale

"""Diagnostics: every problem is reported as ``path:line: message``."""

from __future__ import annotations

import re
from dataclasses import dataclass

# Control characters, and the bidirectional controls that can reorder what a terminal shows.
_CONTROL_RE = re.compile(r"[\x00-\x1f\x7f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]")


def printable(text: str) -> str:
    """One line that any terminal can print and shows as it is: control characters, bidirectional
    controls and lone surrogates escaped."""
    text = _CONTROL_RE.sub(lambda m: m.group().encode("unicode_escape").decode("ascii"), text)
    return text.encode("utf-8", "backslashreplace").decode("utf-8")


def shown(value: object, limit: int = 80) -> str:
    """A value quoted for a message, on one line and cut to `limit` characters."""
    text = printable(str(value))
    return f"'{text[:limit]}…'" if len(text) > limit else f"'{text}'"


@dataclass(frozen=True, order=True)
class Diagnostic:
    path: str
    line: int
    message: str
    severity: str = "error"  # "error" or "warning"

    def __str__(self) -> str:
        prefix = "" if self.severity == "error" else "warning: "
        return printable(f"{self.path}:{self.line}: {prefix}{self.message}")


class BuildFailed(Exception):
    """Raised when a build cannot go on; carries every diagnostic found."""

    def __init__(self, diagnostics: list[Diagnostic]):
        self.diagnostics = sorted(diagnostics)
        super().__init__(f"{len(self.errors)} errors")

    @property
    def errors(self) -> list[Diagnostic]:
        return [d for d in self.diagnostics if d.severity == "error"]


class UnsafeOutput(Exception):
    """Raised when the output folder is somewhere the builder must not write."""


def summary_line(diagnostics: list[Diagnostic]) -> str:
    errors = sum(d.severity == "error" for d in diagnostics)
    warnings = len(diagnostics) - errors
    parts = [f"{errors} error{'s' if errors != 1 else ''}"]
    if warnings:
        parts.append(f"{warnings} warning{'s' if warnings != 1 else ''}")
    return ", ".join(parts)

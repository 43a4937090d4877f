"""`build.py check`: everything the build validates, plus links and anchors, without writing."""

from __future__ import annotations

import html
import posixpath
import re
from html.parser import HTMLParser
from pathlib import Path

from .config import Config
from .errors import BuildFailed, Diagnostic
from .pipeline import Builder
from .write import contents


class _Links(HTMLParser):
    def __init__(self):
        super().__init__()
        self.links: list[str] = []
        self.ids: set[str] = set()

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if attrs.get("id"):
            self.ids.add(attrs["id"])
        for name in ("href", "src"):
            if attrs.get(name) and not (tag == "a" and name == "src"):
                self.links.append(attrs[name])


def check_links(files: dict[str, bytes], origins: dict[str, tuple[str, ...]] | None = None,
                root: Path | None = None) -> list[Diagnostic]:
    """Every relative link names a file of the site, and every #anchor exists on its page. With
    `origins` (page → template, source files) and the project `root`, each problem is reported at
    the source line that wrote the link (see locate); without, at the output page."""
    parsed = {}
    for path, data in files.items():
        if path.endswith(".html"):
            p = _Links()
            p.feed(contents(data).decode("utf-8"))
            parsed[path] = p
    problems = []
    for path, p in sorted(parsed.items()):
        for link in p.links:
            message = _link_problem(link, path, files, parsed)
            if message:
                where, line = locate(link, origins.get(path, ()), root) if origins and root else (path, 1)
                suffix = "" if where == path else f" (on page {path})"
                problems.append(Diagnostic(where, line, message + suffix))
    return problems


def _link_problem(link: str, path: str, files: dict[str, bytes], parsed: dict) -> str | None:
    if re.match(r"^[a-z][a-z0-9+.-]*:", link, re.IGNORECASE):
        if link.startswith(("http:", "https:", "mailto:", "data:,")):
            return None
        return f"link with a disallowed scheme: {link}"
    if link.startswith("/"):
        return f"root-absolute link breaks under a sub-path and file://: {link}"
    target, _, anchor = link.partition("#")
    target = target.split("?")[0]
    dest = posixpath.normpath(posixpath.join(posixpath.dirname(path), target)) if target else path
    if target and dest not in files:
        return f"broken link: {link}"
    if anchor and dest in parsed and anchor not in parsed[dest].ids:
        return f"missing anchor: {link}"
    return None


def _needles(link: str) -> list[str]:
    """What a source may hold of a link: the link as written, without its '../', its anchor."""
    bare = re.sub(r"^(\.\./)+", "", link)
    target, _, anchor = bare.partition("#")
    out = [link, html.unescape(link), bare]
    if target:
        out.append(target)
    if anchor:
        out.append("#" + anchor)
    return [n for n in dict.fromkeys(out) if n]


def locate(link: str, origins: tuple[str, ...], root: Path) -> tuple[str, int]:
    """The file and line that wrote a link: the page's source files (a thesis, a vocabulary) first,
    then its template and the templates it includes; failing all, the page's template at line 1."""
    sources, templates = list(origins[1:]), list(origins[:1])
    if templates:
        folder = (root / templates[0]).parent
        templates += sorted({str((folder / p).relative_to(root)) for p in ("base.html",)} |
                            {str(f.relative_to(root)) for f in (folder / "partials").glob("*.html")} - set(templates))
    for display in [*sources, *templates]:
        try:
            text = (root / display).read_text("utf-8")
        except (OSError, UnicodeDecodeError):
            continue
        for needle in _needles(link):
            at = text.find(needle)
            if at >= 0:
                return display, text.count("\n", 0, at) + 1
    return (origins[0], 1) if origins else ("", 1)


def run_check(config: Config) -> list[Diagnostic]:
    try:
        result = Builder(config, origins=True).gather()
    except BuildFailed as failed:
        return failed.diagnostics
    return sorted(result.diagnostics + result.warnings + check_links(result.files, result.origins, config.root))

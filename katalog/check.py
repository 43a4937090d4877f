"""`build.py check`: everything the build validates, plus links and anchors, without writing."""

from __future__ import annotations

import posixpath
import re
from html.parser import HTMLParser

from .config import Config
from .errors import BuildFailed, Diagnostic
from .pipeline import Builder


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


def check_links(files: dict[str, bytes]) -> list[Diagnostic]:
    """Every relative link names a file of the site, and every #anchor exists on its page."""
    parsed = {}
    for path, data in files.items():
        if path.endswith(".html"):
            p = _Links()
            p.feed(data.decode("utf-8"))
            parsed[path] = p
    problems = []
    for path, p in sorted(parsed.items()):
        for link in p.links:
            if re.match(r"^[a-z][a-z0-9+.-]*:", link, re.IGNORECASE):
                if link.startswith(("http:", "https:", "mailto:", "data:,")):
                    continue
                problems.append(Diagnostic(path, 1, f"link with a disallowed scheme: {link}"))
                continue
            if link.startswith("/"):
                problems.append(Diagnostic(path, 1, f"root-absolute link breaks under a sub-path and file://: {link}"))
                continue
            target, _, anchor = link.partition("#")
            target = target.split("?")[0]
            dest = posixpath.normpath(posixpath.join(posixpath.dirname(path), target)) if target else path
            if target and dest not in files:
                problems.append(Diagnostic(path, 1, f"broken link: {link}"))
            elif anchor and dest in parsed and anchor not in parsed[dest].ids:
                problems.append(Diagnostic(path, 1, f"missing anchor: {link}"))
    return problems


def run_check(config: Config) -> list[Diagnostic]:
    try:
        result = Builder(config).gather()
    except BuildFailed as failed:
        return failed.diagnostics
    return sorted(result.diagnostics + result.warnings + check_links(result.files))

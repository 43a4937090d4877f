"""A peer to measure against: the same catalogue laid out for Hugo, and timed child processes.

`lay_out(project, dest)` writes a minimal Hugo site (no theme): content/theses/<id>.md with the
thesis's own Markdown body unchanged and front matter taxonomies cities, countries, theories,
stages and partnerships taken from the thesis's front matter; layouts for a page per thesis
(metadata links, table of contents, text) and for list pages (home, section, taxonomy, term:
each lists its pages with a short summary). RSS, sitemap and robots.txt are off, as this
project writes none. Raw HTML in Markdown is let through (`unsafe`), as theses hold <sup>.

`run(cmd)` runs one child process and gives its wall time, CPU time and peak resident set
(os.wait4: the largest of the child and of the descendants it waited for, as /usr/bin/time -v).
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import yaml

HUGO_MISSING = ("Hugo is not installed: it is a Debian package, `sudo apt-get install -y hugo` "
                "(or see https://gohugo.io/installation/); this benchmark installs nothing itself.")
CONFIG = """baseURL = "/"
title = "Katalog Tesis Kota Bersaudara"
languageCode = "id"
relativeURLs = true
disableKinds = ["RSS", "sitemap", "robotsTXT"]
[taxonomies]
  city = "cities"
  country = "countries"
  theory = "theories"
  stage = "stages"
  partnership = "partnerships"
[markup.goldmark.renderer]
  unsafe = true
[markup.tableOfContents]
  startLevel = 2
  endLevel = 4
"""
LAYOUTS = {
    "baseof.html": """<!doctype html>
<html lang="id"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width">
<title>{{ .Title }} · {{ .Site.Title }}</title></head>
<body><header><a href="{{ "/" | relURL }}">{{ .Site.Title }}</a></header>
<main>{{ block "main" . }}{{ end }}</main></body></html>
""",
    "single.html": """{{ define "main" }}<article><h1>{{ .Title }}</h1>
<dl>{{ range $taxonomy, $_ := .Site.Taxonomies }}{{ with $.GetTerms $taxonomy }}<dt>{{ $taxonomy }}</dt>
<dd>{{ range . }}<a href="{{ .RelPermalink }}">{{ .LinkTitle }}</a> {{ end }}</dd>{{ end }}{{ end }}</dl>
<nav>{{ .TableOfContents }}</nav>
{{ .Content }}</article>{{ end }}
""",
    "list.html": """{{ define "main" }}<h1>{{ .Title }}</h1>
<ul>{{ range .Pages }}<li><a href="{{ .RelPermalink }}">{{ .LinkTitle }}</a>
<p>{{ .Summary | plainify | truncate 200 }}</p></li>{{ end }}</ul>{{ end }}
""",
}


def hugo_version() -> str | None:
    """Hugo's version line, or None when it is not on PATH."""
    if not shutil.which("hugo"):
        return None
    return subprocess.run(["hugo", "version"], capture_output=True, text=True, check=False).stdout.strip()


def _front_matter(meta: dict, city_country: dict[str, str]) -> dict:
    pair = [str(c) for c in meta.get("partnership") or []]
    countries = sorted({city_country[c] for c in pair if c in city_country})
    return {
        "title": str(meta.get("title", "")), "cities": pair, "countries": countries,
        "theories": meta.get("theories") or [], "stages": meta.get("stages") or [],
        "partnerships": ["--".join(sorted(pair))] if len(pair) == 2 else [],
        "keywords": [str(k) for k in meta.get("keywords") or []],
    }


def lay_out(project: Path, dest: Path) -> int:
    """Write the Hugo site for the project's theses into dest; returns the number of theses."""
    cities = yaml.load((project / "seeds/cities.yml").read_text(encoding="utf-8"), Loader=yaml.CSafeLoader)
    city_country = {slug: entry["country"] for slug, entry in cities.items()}
    (dest / "content/theses").mkdir(parents=True)
    (dest / "layouts/_default").mkdir(parents=True)
    (dest / "config.toml").write_text(CONFIG, encoding="utf-8")
    for name, text in LAYOUTS.items():
        (dest / "layouts/_default" / name).write_text(text, encoding="utf-8")
    count = 0
    for path in sorted((project / "seeds/theses").glob("*.md")):
        text = path.read_text(encoding="utf-8")
        _, front, body = text.split("---\n", 2)
        meta = _front_matter(yaml.load(front, Loader=yaml.CSafeLoader), city_country)
        lines = "".join(f"{k}: {json.dumps(v, ensure_ascii=False)}\n" for k, v in meta.items())
        (dest / "content/theses" / path.name).write_text(f"---\n{lines}---\n{body}", encoding="utf-8")
        count += 1
    return count


def run(cmd: list[str], cwd: Path | None = None) -> tuple[float, float, int]:
    """(wall seconds, CPU seconds, peak RSS in KiB) of one child process; raises if it fails.

    The child is started by a small measuring process (this file, `--measure`), as
    /usr/bin/time does: Linux carries a process's peak RSS over fork and exec, so a child
    started straight from this benchmark (after an in-process build) would report our peak.
    """
    with tempfile.TemporaryFile() as errors:  # a file, not a pipe: a chatty child cannot block
        done = subprocess.run([sys.executable, __file__, "--measure", *cmd], check=False, cwd=cwd, stdout=subprocess.PIPE,
                              stderr=errors, text=True)
        if done.returncode != 0:
            errors.seek(0)
            raise RuntimeError(f"{' '.join(cmd)} failed ({done.returncode}): {errors.read().decode()[-2000:]}")
    wall, cpu, peak = done.stdout.split()
    return float(wall), float(cpu), int(peak)


def _measure(cmd: list[str]) -> int:
    """Run cmd; print its wall time, CPU time and peak RSS (KiB); exit with its status."""
    started = time.perf_counter()
    child = subprocess.Popen(cmd, stdout=subprocess.DEVNULL)
    _, status, usage = os.wait4(child.pid, 0)
    print(f"{time.perf_counter() - started:.4f} {usage.ru_utime + usage.ru_stime:.4f} {usage.ru_maxrss}")
    return os.waitstatus_to_exitcode(status)


if __name__ == "__main__":
    if sys.argv[1:2] != ["--measure"] or len(sys.argv) < 3:
        sys.exit("usage: hugo_peer.py --measure COMMAND [ARG ...]")
    sys.exit(_measure(sys.argv[2:]))

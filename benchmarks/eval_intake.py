"""Score the builder's intake of raw thesis summaries against a careful reader's answer key.

Usage:
    python benchmarks/eval_intake.py RAW_DIR [--key KEY.yml]       build, then score
    python benchmarks/eval_intake.py --catalogue catalogue.json [--key KEY.yml]

RAW_DIR holds summaries as found (no front matter). They are copied unchanged, as
seeds/theses/<name>.md, into a temporary project together with this repository's
vocabularies (seeds/*.yml), templates/ and static/; the project is built with
`build.py build --root TMP --out TMP/site`, and TMP/site/data/catalogue.json is scored.
With --catalogue an existing catalogue.json is scored instead (no build).

The key (benchmarks/eval/key.yml) maps a raw file name to what its text states:
pair (two lists of acceptable names, or null), title (a string, a list of acceptable
strings, or null = the text has no title, so a descriptive one is right), authors,
advisors, institution, program, year (omitted = not stated), theories, stages, sectors.

Printed per file and in total: subject pair right (both sides match by folded name, in
either order); title right (case, punctuation and spacing ignored); stated facts shown
(each stated author, advisor, institution, program, year found / number stated); invented
facts (a field shown that the key does not state) and wrong facts (shown, stated, but not
matching); precision/recall of theories, stages and sectors; places dropped (a key place
that appears nowhere in the output: neither in the partnership nor in places).
"""

from __future__ import annotations

import argparse
import json
import re
import shutil
import subprocess
import sys
import tempfile
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_KEY = ROOT / "benchmarks" / "eval" / "key.yml"
FACT_FIELDS = ("authors", "advisors", "institution", "program", "year")
PERSON_FIELDS = ("authors", "advisors")
TAG_FIELDS = ("theories", "stages", "sectors")


class EvalError(Exception):
    """A problem that stops the evaluation; its message is for the user."""


def fold(text: object) -> str:
    """Casefold, drop diacritics and punctuation, collapse whitespace."""
    decomposed = unicodedata.normalize("NFKD", str(text))
    plain = "".join(c for c in decomposed if not unicodedata.combining(c)).casefold()
    return " ".join("".join(c if c.isalnum() else " " for c in plain).split())


def as_list(value: object) -> list:
    """None → [], a scalar → [scalar], a list → itself without empty items."""
    if value is None:
        return []
    items = value if isinstance(value, list) else [value]
    items = [item.get("slug") if isinstance(item, dict) else item for item in items]  # {slug, name, …} records
    return [item for item in items if item not in (None, "")]


def stem(name: str) -> str:
    """The file name without folders and without a .md suffix."""
    base = Path(str(name)).name
    return base.removesuffix(".md")


# ---------------------------------------------------------------- inputs


def load_key(path: Path) -> dict[str, dict]:
    """The answer key, indexed by file stem."""
    if not path.is_file():
        raise EvalError(f"{path}: answer key not found")
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    if not isinstance(data, dict) or not all(isinstance(v, dict) for v in data.values()):
        raise EvalError(f"{path}: the key must map file names to mappings")
    return {stem(name): entry for name, entry in data.items()}


def load_catalogue(path: Path) -> dict[str, dict]:
    """The builder's catalogue.json, its theses indexed by the stem of src_name."""
    if not path.is_file():
        raise EvalError(
            f"{path}: catalogue.json is missing; the build does not write site/data/"
            "catalogue.json (yet?), so there is nothing to score"
        )
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except json.JSONDecodeError as exc:
        raise EvalError(f"{path}:{exc.lineno}: not valid JSON: {exc.msg}") from exc
    theses = data.get("theses") if isinstance(data, dict) else None
    if not isinstance(theses, list):
        raise EvalError(f"{path}: expected an object with a list under \"theses\"")
    return {stem(t.get("src_name") or t.get("id") or ""): t for t in theses}


def stage_project(raw_dir: Path, repo: Path, project: Path) -> list[Path]:
    """Copy vocabularies, templates, static and the raw files (unchanged) into project."""
    raws = sorted(p for p in raw_dir.glob("*.md") if p.is_file())
    if not raws:
        raise EvalError(f"{raw_dir}: no .md files to evaluate")
    theses = project / "seeds" / "theses"
    theses.mkdir(parents=True)
    for vocabulary in sorted((repo / "seeds").glob("*.yml")):
        shutil.copy2(vocabulary, project / "seeds" / vocabulary.name)
    for folder in ("templates", "static"):
        shutil.copytree(repo / folder, project / folder)
    for raw in raws:
        shutil.copyfile(raw, theses / raw.name)
    return raws


def build_catalogue(raw_dir: Path, repo: Path, project: Path) -> Path:
    """Build the staged project with the repository's build.py; return catalogue.json's path."""
    stage_project(raw_dir, repo, project)
    out = project / "site"
    command = [sys.executable, str(repo / "build.py"), "build", "--root", str(project), "--out", str(out)]
    done = subprocess.run(command, check=False, capture_output=True, text=True, cwd=repo)
    if done.returncode != 0:
        raise EvalError(f"build failed (exit {done.returncode}):\n{done.stderr}{done.stdout}")
    return out / "data" / "catalogue.json"


# ---------------------------------------------------------------- scoring


@dataclass
class FileScore:
    """What one file's output got right and wrong."""

    name: str
    missing: bool = False
    pair: bool = False
    title: bool | None = None
    stated: dict = field(default_factory=lambda: {f: 0 for f in FACT_FIELDS})
    found: dict = field(default_factory=lambda: {f: 0 for f in FACT_FIELDS})
    invented: list = field(default_factory=list)
    missed: list = field(default_factory=list)
    wrong: list = field(default_factory=list)
    tags: dict = field(default_factory=lambda: {f: [0, 0, 0] for f in TAG_FIELDS})
    places: int = 0
    dropped: list = field(default_factory=list)


def place_names(place: object) -> set[str]:
    """The folded names a place in the output answers to (name, official, slug)."""
    if not isinstance(place, dict):
        return {fold(place)}
    names = {fold(place.get(k) or "") for k in ("name", "official")}
    names.add(fold(str(place.get("slug") or "").replace("-", " ")))
    # a county or district abroad is its name without the unit word: 'Yeongwol-gun' is the key's 'Yeongwol'
    names |= {re.sub(r"[- ](?:gun|si|gu|shi|ku|qu|xian|county|district)$", "", n) for n in names}
    # the capital's province is the city: 'DKI Jakarta' is the key's 'Jakarta'
    names |= {re.sub(r"^(?:dki|daerah khusus ibukota) ", "", n) for n in names}
    return names - {""}


def side_matches(place: object, acceptable: list) -> bool:
    """A side is right when one of its names is an acceptable one, spaces and hyphens inside a name
    aside ('Kota Bau-Bau', Kemendagri's spelling, is the key's 'Kota Baubau')."""
    return bool({n.replace(" ", "") for n in place_names(place)} & {fold(a).replace(" ", "") for a in acceptable})


def pair_right(key_pair: list | None, partnership: list | None) -> bool:
    """Both sides match, in either order; a null key pair wants no partnership."""
    if not key_pair:
        return not partnership
    if not partnership or len(partnership) != 2:
        return False
    (a, b), (x, y) = partnership, key_pair
    return (side_matches(a, x) and side_matches(b, y)) or (side_matches(a, y) and side_matches(b, x))


def title_right(entry: dict, thesis: dict) -> bool | None:
    """None when the key has no title field; a null title wants a descriptive one."""
    if "title" not in entry:
        return None
    if entry["title"] is None:
        return bool(thesis.get("title_descriptive"))
    wanted = {fold(t) for t in as_list(entry["title"])}
    shown = {fold(thesis.get(k) or "") for k in ("title", "title_en")}
    return bool(wanted & shown)


def fact_matches(field_name: str, wanted: object, shown: object) -> bool:
    """Year: equal numbers; person: every word of the key's name shown; else containment."""
    if field_name == "year":
        try:
            return int(str(wanted)) == int(str(shown))
        except ValueError:
            return False
    if field_name in PERSON_FIELDS:
        words = set(fold(wanted).split())
        return bool(words) and words <= set(fold(shown).split())
    return bool(fold(wanted)) and fold(wanted) in fold(shown)


def score_facts(entry: dict, thesis: dict, score: FileScore) -> None:
    for name in FACT_FIELDS:
        shown, wanted = as_list(thesis.get(name)), as_list(entry.get(name))
        if not wanted:
            score.invented += [f"{name}: {value}" for value in shown]
            continue
        if name in PERSON_FIELDS:
            score.stated[name] += len(wanted)
            score.found[name] += sum(any(fact_matches(name, w, s) for s in shown) for w in wanted)
            score.missed += [f"{name}: {w}" for w in wanted if not any(fact_matches(name, w, s) for s in shown)]
            extra = [s for s in shown if not any(fact_matches(name, w, s) for w in wanted)]
        else:
            score.stated[name] += 1
            right = any(fact_matches(name, w, s) for w in wanted for s in shown)
            score.found[name] += right
            if not right:
                score.missed.append(f"{name}: {wanted[0]}")
            extra = [] if right else shown
        score.wrong += [f"{name}: {value}" for value in extra]


def score_places(entry: dict, thesis: dict, score: FileScore) -> None:
    shown = list(thesis.get("partnership") or []) + list(thesis.get("places") or [])
    for side in entry.get("pair") or []:
        score.places += 1
        if not any(side_matches(place, side) for place in shown):
            score.dropped.append(str(side[0]))


def score_file(name: str, entry: dict, thesis: dict | None) -> FileScore:
    """Score one thesis; a thesis missing from the output gets everything wrong."""
    score = FileScore(name, missing=thesis is None)
    thesis = thesis or {}
    score.pair = not score.missing and pair_right(entry.get("pair"), thesis.get("partnership"))
    if score.missing:
        score.title = None if "title" not in entry else False
    else:
        score.title = title_right(entry, thesis)
    score_facts(entry, thesis, score)
    for tag in TAG_FIELDS:
        wanted, shown = set(as_list(entry.get(tag))), set(as_list(thesis.get(tag)))
        score.tags[tag] = [len(wanted & shown), len(shown - wanted), len(wanted - shown)]
    score_places(entry, thesis, score)
    return score


def score_all(key: dict[str, dict], catalogue: dict[str, dict]) -> list[FileScore]:
    return [score_file(name, entry, catalogue.get(name)) for name, entry in sorted(key.items())]


# ---------------------------------------------------------------- totals and report


def ratio(part: float, whole: float) -> str:
    return f"{part}/{whole} ({100 * part / whole:.0f}%)" if whole else f"{part}/{whole}"


def precision_recall(tp: int, fp: int, fn: int) -> tuple[float | None, float | None]:
    return (tp / (tp + fp) if tp + fp else None, tp / (tp + fn) if tp + fn else None)


def totals(scores: list[FileScore]) -> dict:
    """The numbers of the whole run, for printing and for --json."""
    titled = [s for s in scores if s.title is not None]
    result = {
        "files": len(scores),
        "missing": sum(s.missing for s in scores),
        "pair_right": sum(s.pair for s in scores),
        "title_right": sum(bool(s.title) for s in titled),
        "titles_scored": len(titled),
        "facts": {f: [sum(s.found[f] for s in scores), sum(s.stated[f] for s in scores)] for f in FACT_FIELDS},
        "invented": sum(len(s.invented) for s in scores),
        "wrong": sum(len(s.wrong) for s in scores),
        "places": sum(s.places for s in scores),
        "places_dropped": sum(len(s.dropped) for s in scores),
        "tags": {},
    }
    for tag in TAG_FIELDS:
        tp, fp, fn = (sum(s.tags[tag][i] for s in scores) for i in range(3))
        precision, recall = precision_recall(tp, fp, fn)
        result["tags"][tag] = {"tp": tp, "fp": fp, "fn": fn, "precision": precision, "recall": recall}
    return result


def _two_places(value: float | None) -> str:
    return "-" if value is None else f"{value:.2f}"


def _pr_text(tp: int, fp: int, fn: int) -> str:
    precision, recall = precision_recall(tp, fp, fn)
    return f"P {_two_places(precision)} R {_two_places(recall)}"


def file_line(s: FileScore) -> str:
    found, stated = sum(s.found.values()), sum(s.stated.values())
    title = "n/a" if s.title is None else ("ok" if s.title else "NO")
    tags = "  ".join(f"{t[:3]} {_pr_text(*s.tags[t])}" for t in TAG_FIELDS)
    head = f"{s.name:<40} {'MISSING ' if s.missing else ''}pair {'ok' if s.pair else 'NO'}  title {title}"
    return f"{head}  facts {found}/{stated}  invented {len(s.invented)}  wrong {len(s.wrong)}  {tags}"


def report(scores: list[FileScore], extra: int) -> str:
    lines = []
    for s in scores:
        lines.append(file_line(s))
        for label, items in (("invented", s.invented), ("missed", s.missed), ("wrong", s.wrong), ("dropped", s.dropped)):
            if items:
                lines.append(f"    {label}: " + "; ".join(items))
    t = totals(scores)
    lines += ["", f"files {t['files']} (missing from output: {t['missing']}; output theses not in key: {extra})"]
    lines.append(f"subject pair right   {ratio(t['pair_right'], t['files'])}")
    lines.append(f"title right          {ratio(t['title_right'], t['titles_scored'])}")
    found, stated = (sum(v[i] for v in t["facts"].values()) for i in (0, 1))
    per_field = ", ".join(f"{f} {v[0]}/{v[1]}" for f, v in t["facts"].items())
    lines.append(f"stated facts shown   {ratio(found, stated)}  [{per_field}]")
    lines.append(f"invented facts       {t['invented']}    wrong facts {t['wrong']}")
    for tag, v in t["tags"].items():
        lines.append(f"{tag:<20} {_pr_text(v['tp'], v['fp'], v['fn'])}  (tp {v['tp']}, fp {v['fp']}, fn {v['fn']})")
    lines.append(f"places dropped       {ratio(t['places_dropped'], t['places'])}")
    return "\n".join(lines)


# ---------------------------------------------------------------- command line


def parse_args(argv: list[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(
        description="Score the builder's intake of raw summaries against an answer key.",
        epilog="See the module docstring (benchmarks/eval_intake.py) for what is measured.",
    )
    parser.add_argument("raw", nargs="?", type=Path, help="folder of raw summaries (*.md) to build")
    parser.add_argument("--key", type=Path, default=DEFAULT_KEY, help=f"answer key (default: {DEFAULT_KEY.relative_to(ROOT)})")
    parser.add_argument("--catalogue", type=Path, help="score this catalogue.json instead of building")
    parser.add_argument("--repo", type=Path, default=ROOT, help="project whose build.py, seeds, templates and static are used")
    parser.add_argument("--keep", action="store_true", help="keep the temporary project and print its path")
    parser.add_argument("--json", action="store_true", help="print the totals as JSON after the report")
    args = parser.parse_args(argv)
    if (args.raw is None) == (args.catalogue is None):
        parser.error("give either a folder of raw summaries or --catalogue FILE")
    return args


def run(args: argparse.Namespace) -> str:
    """Build (or read) the catalogue, score it, and return the report."""
    key = load_key(args.key)
    if args.catalogue is not None:
        catalogue = load_catalogue(args.catalogue)
    else:
        if not args.raw.is_dir():
            raise EvalError(f"{args.raw}: not a folder")
        project = Path(tempfile.mkdtemp(prefix="katalog-eval-"))
        try:
            catalogue = load_catalogue(build_catalogue(args.raw, args.repo.resolve(), project))
        finally:
            if args.keep:
                print(f"temporary project kept at {project}", file=sys.stderr)
            else:
                shutil.rmtree(project, ignore_errors=True)
    scores = score_all(key, catalogue)
    text = report(scores, extra=len(set(catalogue) - set(key)))
    return text + ("\n" + json.dumps(totals(scores), indent=2) if args.json else "")


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)
    try:
        print(run(args))
    except EvalError as exc:
        print(f"eval_intake: {exc}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())

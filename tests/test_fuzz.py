"""Property-based fuzzing (issue 9): whatever the front matter, a vocabulary file or a Markdown
body holds, the builder either builds or raises BuildFailed with one-line `path:line: message`
diagnostics; it never crashes otherwise and never writes outside its output folder.

Bounded and derandomised, so the run is short and the same on every machine and in CI."""

from __future__ import annotations

import os
import re
import shutil
import tempfile
from pathlib import Path

import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from katalog.config import Config
from katalog.errors import BuildFailed
from katalog.pipeline import Builder
from katalog.validate import KNOWN_FIELDS
from tests.conftest import make_project

# KATALOG_FUZZ_EXAMPLES=200 for a longer, random hunt on a developer's machine.
EXAMPLES = int(os.environ.get("KATALOG_FUZZ_EXAMPLES", "0"))
FUZZ = settings(max_examples=EXAMPLES or 10, derandomize=not EXAMPLES, deadline=None, database=None,
                suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
DIAGNOSTIC = re.compile(r"[^\n]+:\d+: [^\n]+")  # path:line: message, on one line

NASTY = ["../../../x", "../x", "/etc/passwd", "a/b", "index", "a\nb", "a?b#c d", "", " ", "\ud800", "\x00", "\u202e",
         "x" * 300, "padang", "paradiplomasi", "mou", "indonesia", "*a", "&a", "!!binary", "---", "{{ 7*7 }}",
         "<script>alert(1)</script>", "javascript:alert(1)", "[", "]" * 50, "%00", "\r", "\t", "\ufeff"]
text = st.one_of(st.sampled_from(NASTY), st.text(max_size=40))
scalars = st.one_of(text, st.integers(-10**20, 10**20), st.floats(), st.booleans(), st.none())
values = st.recursive(scalars, lambda inner: st.one_of(st.lists(inner, max_size=4),
                                                       st.dictionaries(text, inner, max_size=4)), max_leaves=12)
keys = st.one_of(st.sampled_from(sorted(KNOWN_FIELDS)), text)
MARKDOWN = "#*_[]()!<>`-|\\:=~^\"'&;/ \n\t\rabcxyzAZ09äß\u0301\u200b\u202e{}%"
bodies = st.one_of(st.text(alphabet=MARKDOWN, max_size=300), st.text(max_size=200),
                   st.sampled_from(NASTY).map(lambda s: s * 40))


def dump(data) -> str:
    """YAML for structured data; falls back to its repr when a value cannot be dumped."""
    try:
        return yaml.safe_dump(data, allow_unicode=True, sort_keys=False)
    except yaml.YAMLError:
        return repr(data)


def yaml_text(structured: st.SearchStrategy) -> st.SearchStrategy:
    """YAML made from data (valid) or raw text (anything), half and half."""
    return st.one_of(structured.map(dump), st.text(max_size=200), st.sampled_from(NASTY))


class Sandbox:
    """A project and an output folder inside a temporary folder, for one test's examples."""

    def __init__(self):
        self.base = Path(tempfile.mkdtemp(prefix="fuzz-"))  # written to by nothing else: all of it is checked
        self.top = self.base / "a/b/c"
        self.config = make_project(self.top / "proj")
        self.config = Config.for_project(self.config.root, out=self.top / "site")
        self.pristine = self.top / "pristine"
        shutil.copytree(self.config.seeds, self.pristine)

    def reset(self) -> None:
        shutil.rmtree(self.config.seeds)
        shutil.copytree(self.pristine, self.config.seeds)

    def listing(self) -> set[str]:
        """Everything outside the output folder, up to three folders above the project."""
        seen = set()
        for dirpath, dirnames, filenames in os.walk(self.base):
            dirnames[:] = [d for d in dirnames if Path(dirpath, d) != self.config.out]
            seen.update(str(Path(dirpath, name).relative_to(self.base)) for name in dirnames + filenames)
        return seen

    def build_once(self) -> None:
        """The property: built, or refused with diagnostics at path:line; nothing written elsewhere."""
        before = self.listing()
        try:
            Builder(self.config, jobs=1).build()
        except BuildFailed as failed:
            assert failed.errors, "BuildFailed without an error"
            for diagnostic in failed.diagnostics:
                assert DIAGNOSTIC.fullmatch(str(diagnostic)), repr(str(diagnostic))
                assert diagnostic.line >= 1
        assert self.listing() == before
        if self.config.out.exists():
            for path in self.config.out.rglob("*"):
                assert path.resolve().is_relative_to(self.config.out.resolve()), path


def check(sandbox: Sandbox, mutate) -> None:
    sandbox.reset()
    mutate(sandbox.config.seeds)
    sandbox.build_once()


SANDBOX: dict[str, Sandbox] = {}


def sandbox(name: str) -> Sandbox:
    if name not in SANDBOX:
        SANDBOX[name] = Sandbox()
    return SANDBOX[name]


def teardown_module() -> None:
    for box in SANDBOX.values():
        shutil.rmtree(box.base, ignore_errors=True)


@FUZZ
@given(front=yaml_text(st.dictionaries(keys, values, max_size=6)), body=bodies)
def test_front_matter_and_body(front, body):
    def mutate(seeds: Path) -> None:
        (seeds / "theses/fuzz.md").write_text(f"---\n{front}\n---\n\n{body}\n", "utf-8", errors="surrogatepass")

    check(sandbox("thesis"), mutate)


@FUZZ
@given(kind=st.sampled_from(["cities", "countries", "theories", "stages", "synonyms"]),
       entry=yaml_text(st.dictionaries(text, st.dictionaries(keys, values, max_size=5), min_size=1, max_size=3)),
       replace_all=st.booleans())
def test_vocabulary_files(kind, entry, replace_all):
    def mutate(seeds: Path) -> None:
        path = seeds / f"{kind}.yml"
        old = "" if replace_all else path.read_text("utf-8") + "\n"
        path.write_text(old + entry, "utf-8", errors="surrogatepass")

    check(sandbox("vocabulary"), mutate)


@FUZZ
@given(body=bodies, summary=st.one_of(text, bodies))
def test_markdown_bodies_and_summaries(body, summary):
    def mutate(seeds: Path) -> None:
        path = seeds / "theses/padang-hildesheim.md"
        path.write_text(path.read_text("utf-8") + "\n" + body + "\n", "utf-8", errors="surrogatepass")
        theories = seeds / "theories.yml"
        theories.write_text(theories.read_text("utf-8") + "fuzz:\n  name_id: F\n  name_en: F\n  summary: "
                            + yaml.safe_dump(summary, allow_unicode=True).split("\n...")[0].replace("\n", "\n    ")
                            + "\n", "utf-8", errors="surrogatepass")

    check(sandbox("markdown"), mutate)

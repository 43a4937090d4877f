"""Hostile and broken input (issue 9): every attack is refused as `path:line: message`, all at
once, with exit code 1; nothing is written outside the output folder; the previous site stays
byte for byte as it was. Inputs that are merely unusual (a BOM, CR line ends, shout.MD) build."""

from __future__ import annotations

import asyncio
import hashlib
import os
import re
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from katalog.cli import main
from katalog.config import Config
from katalog.errors import BuildFailed
from katalog.pipeline import Builder
from katalog.scaffold import new_thesis
from katalog.serve import DevServer, _server_class, local_hosts
from tests.conftest import REPO, SITES, free_port, make_project

# ---------------------------------------------------------------------------------------- helpers


def tree(folder: Path) -> dict[str, str]:
    """Every entry under `folder` (links not followed): relative path → sha256, link target or kind."""
    found = {}
    for dirpath, dirnames, filenames in os.walk(folder):
        for name in dirnames + filenames:
            path = Path(dirpath, name)
            rel = path.relative_to(folder).as_posix()
            if path.is_symlink():
                found[rel] = "-> " + os.readlink(path)
            elif path.is_file():
                found[rel] = hashlib.sha256(path.read_bytes()).hexdigest()
            else:
                found[rel] = "dir" if path.is_dir() else "special"
    return found


def around(config: Config) -> tuple[dict[str, str], list[str]]:
    """The test's folder in full (project, site), and the names one level above it."""
    top = config.root.parent
    return tree(top), sorted(os.listdir(top.parent))


def cli(capsys, *args: str) -> tuple[int, list[str]]:
    """The command line, in this process (fast): exit code and the lines it printed to stderr."""
    code = main(list(args))
    return code, capsys.readouterr().err.splitlines()


def thesis(name: str, content: str | bytes):
    def mutate(root: Path) -> None:
        path = root / "seeds/theses" / name
        path.write_bytes(content if isinstance(content, bytes) else content.encode())
    return mutate


def append(rel: str, text: str):
    def mutate(root: Path) -> None:
        path = root / rel
        path.write_text(path.read_text() + text)
    return mutate


def replace(rel: str, old: str, new: str):
    def mutate(root: Path) -> None:
        path = root / rel
        text = path.read_text()
        assert old in text, f"fixture changed: {old!r} not in {rel}"
        path.write_text(text.replace(old, new, 1))
    return mutate


def link(name: str, target: str):
    def mutate(root: Path) -> None:
        os.symlink(target.replace("<theses>", str(root / "seeds/theses")), root / "seeds/theses" / name)
    return mutate


def both(*mutations):
    def mutate(root: Path) -> None:
        for m in mutations:
            m(root)
    return mutate


def front(lines: str, body: str = "Penelitian ini membahas kerja sama Kota Padang.") -> str:
    """A thesis file; `lines` may give its own title."""
    title = "" if re.search(r"^title:", lines, re.MULTILINE) else "title: Judul\n"
    return f"---\n{title}{lines}\n---\n\n{body}\n"


def bomb(indent: str = "") -> str:
    """The billion laughs: ten levels of ten aliases (10^10 values once expanded)."""
    rows = [f"{indent}l0: &l0 [x, x, x, x, x, x, x, x, x, x]"]
    rows += [f"{indent}l{i}: &l{i} [{', '.join([f'*l{i - 1}'] * 10)}]" for i in range(1, 10)]
    return "\n".join(rows)


@pytest.fixture(scope="session")
def good_site(tmp_path_factory) -> Path:
    """The minimal project built once: the 'previous site' every attacked build must leave alone."""
    root = tmp_path_factory.mktemp("good")
    config = make_project(root / "proj")
    out = root / "site"
    Builder(Config.for_project(config.root, out=out)).build()
    return out


@pytest.fixture
def attacked(tmp_path, good_site):
    """A fresh copy of the minimal project and of its previously built site."""
    config = make_project(tmp_path / "proj")
    out = tmp_path / "site"
    shutil.copytree(good_site, out, symlinks=True)
    return Config.for_project(config.root, out=out)


# ------------------------------------------------------------------------------- refused builds

T = "seeds/theses/"
CITIES, THEORIES, COUNTRIES, SYNONYMS = "seeds/cities.yml", "seeds/theories.yml", "seeds/countries.yml", "seeds/synonyms.yml"
SLUG_RULE = "must be lowercase letters, digits and hyphens (it becomes a file name)"


def _end(rel: str) -> int:
    """The line an appended entry starts on in the minimal fixture's file (it grows with the vocabularies)."""
    return len((SITES / "minimal" / rel.removeprefix("seeds/")).read_text().splitlines()) + 1


def _line_of(rel: str, key: str) -> int:
    return (SITES / "minimal" / rel.removeprefix("seeds/")).read_text().splitlines().index(f"{key}:") + 1


END_THEORIES, END_CITIES = _end(THEORIES), _end(CITIES)


def _scaffold_lines() -> int:
    """The line of the placeholder in what `new` writes (it grows with the front matter fields)."""
    import tempfile

    from katalog.scaffold import new_thesis
    from katalog.validate import PLACEHOLDER

    with tempfile.TemporaryDirectory() as tmp:
        path = new_thesis(make_project(Path(tmp) / "p"), "Judul Baru")
        return path.read_text().splitlines().index(PLACEHOLDER) + 1

REFUSED = [
    # 1. slugs and ids that would write outside the output folder
    pytest.param(append(THEORIES, '"../../../x": {name_id: E, name_en: E, summary: s}\n'),
                 [f"{THEORIES}:{END_THEORIES}: theories slug '../../../x' {SLUG_RULE}"], id="vocabulary-slug-dotdot"),
    pytest.param(append(CITIES, "../../../../../../../../tmp/hostile-x/y:\n  name: Y\n  official: Y\n"
                        "  type: kota\n  country: indonesia\n"),
                 [f"{CITIES}:{END_CITIES}: cities slug '../../../../../../../../tmp/hostile-x/y' {SLUG_RULE}"],
                 id="vocabulary-slug-deep"),
    pytest.param(thesis("x.md", front('id: "../../x"')), [f"{T}x.md:3: thesis id '../../x' {SLUG_RULE}"],
                 id="front-matter-id-dotdot"),
    pytest.param(thesis("index.md", front("")),
                 [(f"{T}index.md:1: thesis id 'index' is reserved: the list page of its folder has that name; "
                  "rename the file or give an 'id'")], id="thesis-id-index-would-overwrite-the-list"),
    pytest.param(append(CITIES, "index:\n  name: I\n  official: I\n  type: kota\n  country: indonesia\n"),
                 [f"{CITIES}:{END_CITIES}: cities slug 'index' is reserved: the list page of its folder has that name"],
                 id="city-slug-index-would-overwrite-the-list"),
    # 2. files that are not regular files inside the project
    pytest.param(link("passwd.md", "/etc/passwd"),
                 [f"{T}passwd.md:1: symbolic link to /etc/passwd, outside the project: not read"], id="link-etc-passwd"),
    pytest.param(link("env.md", "/proc/self/environ"),
                 [f"{T}env.md:1: symbolic link to /proc/<pid>/environ, outside the project: not read"],
                 id="link-proc-environ"),
    pytest.param(link("zero.md", "/dev/zero"),
                 [f"{T}zero.md:1: symbolic link to /dev/zero, outside the project: not read"], id="link-dev-zero"),
    pytest.param(link("gone.md", "<theses>/nothing.md"), [f"{T}gone.md:1: dangling symbolic link: not read"],
                 id="link-dangling"),
    pytest.param(both(link("a.md", "<theses>/b.md"), link("b.md", "<theses>/a.md")),
                 [f"{T}a.md:1: symbolic link loop: not read", f"{T}b.md:1: symbolic link loop: not read"], id="link-loop"),
    pytest.param(lambda root: (root / T / "x.md").mkdir(), [f"{T}x.md:1: is a directory, not a file: not read"],
                 id="directory-named-x.md"),
    pytest.param(lambda root: (shutil.move(root / T, root.parent / "elsewhere"), os.symlink(root.parent / "elsewhere", root / T)),
                 ["seeds/theses:1: the folder of thesis summaries is a symbolic link: not followed (make it a real folder)"],
                 id="theses-folder-a-link"),
    pytest.param(lambda root: (root / T).joinpath(os.fsdecode(b"a\xff.md")).write_text(front("")),
                 [f"{T}a\\udcff.md:1: file name is not valid UTF-8: rename the file"], id="thesis-name-not-utf8"),
    pytest.param(lambda root: (root / "static").joinpath(os.fsdecode(b"a\xff.css")).write_text("a {}"),
                 ["static/a\\udcff.css:1: file name is not valid UTF-8: rename the file"], id="static-name-not-utf8"),
    pytest.param(lambda root: (root / "templates").joinpath(os.fsdecode(b"a\xff.html")).write_text("x"),
                 ["templates/a\\udcff.html:1: file name is not valid UTF-8: rename the file"],
                 id="template-name-not-utf8"),
    pytest.param(both(lambda root: (root / "static/style.css").unlink(), link("../../static/style.css", "/etc/passwd")),
                 ["static/style.css:1: symbolic link to /etc/passwd, outside the project: not read"], id="static-link-out"),
    # 4. resource limits
    pytest.param(thesis("bomb.md", front(bomb())),
                 [f"{T}bomb.md:7: YAML aliases expand to more than 20,000 values (an alias bomb?): not read"],
                 id="alias-bomb-front-matter"),
    pytest.param(append(THEORIES, "bom:\n" + bomb("  ") + "\n"),
                 [f"{THEORIES}:{END_THEORIES + 5}: YAML aliases expand to more than 20,000 values (an alias bomb?): not read"],
                 id="alias-bomb-vocabulary"),
    pytest.param(thesis("big.md", front("", "kata " * 500_000)),
                 [f"{T}big.md:1: file is 2,500,024 bytes, over the limit of 2,097,152 bytes per file: not read"],
                 id="file-over-size-limit"),
    # 6. crashes that hid every other diagnostic
    pytest.param(thesis("s.md", front('title_en: "\\ud800"')),
                 [f"{T}s.md:3: invalid YAML: found invalid Unicode character escape code"], id="lone-surrogate"),
    pytest.param(thesis("n.md", "---\ntitle: " + "[" * 20_000 + "\n---\n\nTeks.\n"),
                 [f"{T}n.md:2: invalid YAML: exceeded maximum nesting depth"], id="20000-nested-brackets"),
    pytest.param(replace(CITIES, "country: indonesia\n  parent: Sumatera Barat", "country: [indonesia]\n  parent: x"),
                 [f"{CITIES}:9: 'country' must be a slug (lowercase letters, digits, hyphens), e.g. country: indonesia"],
                 id="city-country-list"),
    pytest.param(replace(CITIES, "parent_slug: ba-ria-vung-tau", "parent_slug: [padang]"),
                 [(f"{CITIES}:20: 'parent_slug' must be a slug (lowercase letters, digits, hyphens), "
                  "e.g. parent_slug: ba-ria-vung-tau")], id="city-parent-slug-list"),
    pytest.param(replace(CITIES, "lat: -0.9471", "lat: utara"),
                 [f"{CITIES}:11: 'lat' must be a number, e.g. lat: -0.9471"], id="city-lat-text"),
    pytest.param(replace(CITIES, "  lon: 100.4172\n", ""),
                 [f"{CITIES}:11: 'lat' and 'lon' go together: give both or neither"], id="city-lat-without-lon"),
    pytest.param(lambda root: (root / SYNONYMS).write_text("- kerja sama\n- kerjasama\n"),
                 [f"{SYNONYMS}:1: synonyms.yml must be a mapping of key: [phrase, phrase, …]"], id="synonyms-a-list"),
    pytest.param(append(SYNONYMS, "angka: [satu, 2]\n"),
                 [f"{SYNONYMS}:8: synonyms 'angka' must be a list of phrases, e.g. kerjasama: [kerja sama, cooperation]"],
                 id="synonyms-a-number"),
    pytest.param(append("templates/home.html", "\n{% if %}\n"),
                 [(f"templates/home.html:{len((REPO / 'templates/home.html').read_text().splitlines()) + 2}: template error: "
                  "Expected an expression, got 'end of statement block'")],
                 id="template-syntax-error"),
    pytest.param(thesis("nul.md", b"---\ntitle: a\x00b\n---\n\nTeks.\n"),
                 [f"{T}nul.md:2: file contains NUL bytes (UTF-16 without a byte-order mark?); save it as UTF-8"],
                 id="raw-nul-in-front-matter"),
    pytest.param(thesis("k.md", front('"ke\\ny": 1\n"a\\rb": 2')),
                 [f"{T}k.md:3: unknown front matter key 'ke\\ny'", f"{T}k.md:4: unknown front matter key 'a\\rb'"],
                 id="keys-with-newlines"),
    pytest.param(thesis("k.md", front('"ab\u202edc": 1')), [f"{T}k.md:3: unknown front matter key 'ab\\u202edc'"],
                 id="key-with-bidi-override-shown-escaped"),
    # 7. accepted silently before
    pytest.param(thesis("k.md", front('id: "abc\\n"')), [f"{T}k.md:3: thesis id 'abc\\n' {SLUG_RULE}"],
                 id="id-with-newline"),
    pytest.param(thesis("k.md", front('id: "a?b#c d"')), [f"{T}k.md:3: thesis id 'a?b#c d' {SLUG_RULE}"],
                 id="id-with-url-characters"),
    pytest.param(thesis("k.md", front("title: Judul\ntitle: Lain")),
                 [f"{T}k.md:3: duplicate key 'title' (also on line 2); only one may stay"], id="duplicate-front-matter-key"),
    pytest.param(append(THEORIES, "diplomasi: {name_id: E, name_en: E, summary: s}\n"),
                 [f"{THEORIES}:{END_THEORIES}: duplicate key 'diplomasi' (also on line {_line_of(THEORIES, 'diplomasi')}); only one may stay"],
                 id="duplicate-vocabulary-slug"),
    pytest.param(replace(COUNTRIES, "name_id: Vietnam", "name_id: [a, b]"),
                 [f"{COUNTRIES}:7: 'name_id' must be text, e.g. name_id: Paradiplomasi"], id="name-id-a-list"),
    pytest.param(replace(COUNTRIES, "aliases: [Viet Nam, Việt Nam]", "aliases: abc"),
                 [f"{COUNTRIES}:9: 'aliases' must be a list, e.g. aliases: [paradiplomacy, para diplomasi]"],
                 id="aliases-a-string"),
    pytest.param(thesis("u.md", front("").encode("utf-16-le")),
                 [f"{T}u.md:1: file contains NUL bytes (UTF-16 without a byte-order mark?); save it as UTF-8"],
                 id="utf16-without-bom"),
    pytest.param(lambda root: shutil.rmtree(root / T),
                 ["seeds/theses:1: missing folder of thesis summaries (seeds/theses/): nothing to build"],
                 id="missing-theses-folder"),
    pytest.param(lambda root: new_thesis(Config.for_project(root), "Judul Baru"),
                 [(f"{T}judul-baru.md:{_scaffold_lines()}: the summary is still the placeholder of 'build.py new': "
                  "paste the text as received")],
                 id="untouched-new-placeholder"),
    pytest.param(thesis("k.md", front("kind: {a: 1}")), [f"{T}k.md:3: 'kind' must be text"], id="kind-a-mapping"),
    pytest.param(thesis("k.md", '---\ntitle: ""\n---\n\nTeks.\n'),
                 [f"{T}k.md:2: 'title' is empty: write the title the text gives, or remove the line"], id="empty-title"),
    # all at once: three files, three problems, one run
    pytest.param(both(thesis("k.md", front('id: "a b"')), link("p.md", "/etc/passwd"),
                      replace(CITIES, "lat: -0.9471", "lat: utara")),
                 [f"{CITIES}:11: 'lat' must be a number, e.g. lat: -0.9471",
                  f"{T}k.md:3: thesis id 'a b' {SLUG_RULE}",
                  f"{T}p.md:1: symbolic link to /etc/passwd, outside the project: not read"], id="all-errors-at-once"),
]


@pytest.mark.parametrize("mutate, expected", REFUSED)
def test_refused_at_path_line_and_previous_site_untouched(attacked, capsys, mutate, expected):
    mutate(attacked.root)
    before = around(attacked)  # the project, the site and their neighbours
    started = time.monotonic()
    code, lines = cli(capsys, "build", "--root", str(attacked.root), "--out", str(attacked.out))
    assert time.monotonic() - started < 10  # an alias bomb or /dev/zero must not run away
    assert code == 1
    assert lines[:-1] == [line.replace("<pid>", str(os.getpid())) for line in expected]
    assert lines[-1].startswith(f"build failed: {len(expected)} error")
    assert around(attacked) == before


def test_vocabulary_slug_through_build_py_writes_nothing_outside(tmp_path, good_site):
    """The critical one, end to end: exit 1 and not one file created anywhere around."""
    config = make_project(tmp_path / "a/b/proj")
    append(THEORIES, '"../../../x": {name_id: E, name_en: E, summary: s}\n')(config.root)
    out = tmp_path / "a/b/site"
    shutil.copytree(good_site, out)
    before = tree(tmp_path)
    run = subprocess.run([sys.executable, str(REPO / "build.py"), "build", "--root", str(config.root), "--out", str(out)],
                         capture_output=True, text=True, timeout=60, check=False)
    assert run.returncode == 1
    assert f"{THEORIES}:{END_THEORIES}: theories slug '../../../x' {SLUG_RULE}" in run.stderr.splitlines()
    assert tree(tmp_path) == before
    assert not (tmp_path / "x.html").exists() and not (tmp_path / "a/x.html").exists()


def test_a_long_vocabulary_is_not_mistaken_for_an_alias_bomb(attacked):
    """A gazetteer of every Indonesian kota and kabupaten and their partners: 2,000 cities."""
    from katalog.load import load_vocabulary

    rows = [f"kota-{i}:\n  name: Kota {i}\n  official: Kota {i}\n  type: kota\n  country: indonesia\n"
            f"  parent: Provinsi {i % 38}\n  lat: -6.{i}\n  lon: 106.{i}\n  aliases: [Kota {i}, City {i}, Pemkot {i}]\n"
            for i in range(2000)]
    (attacked.seeds / "cities.yml").write_text("".join(rows))
    vocab, problems = load_vocabulary(attacked)
    assert problems == [] and len(vocab.terms["cities"]) == 2000


def nest(folder: Path, depth: int) -> None:
    """folder/a/a/…/a, `depth` deep (os.makedirs itself recurses), removed again after the test."""
    fd = os.open(folder, os.O_RDONLY)
    for _ in range(depth):
        os.mkdir("a", dir_fd=fd)
        inner = os.open("a", os.O_RDONLY, dir_fd=fd)
        os.close(fd)
        fd = inner
    os.close(fd)


def unnest(folder: Path) -> None:
    """Remove what nest() made, one level at a time (shutil.rmtree recurses too)."""
    while (folder / "a").is_dir():
        if (folder / "a/a").is_dir():
            os.rename(folder / "a/a", folder / "lift")
            os.rmdir(folder / "a")
            os.rename(folder / "lift", folder / "a")
        else:
            os.rmdir(folder / "a")


@pytest.mark.parametrize("where, expected", [
    ("seeds/theses", "seeds/theses" + "/a" * 17 + ":1: folders nested more than 16 deep: not read"),
    ("static", "static/"),
    ("templates", "templates/"),
])
def test_folders_nested_1100_deep_are_reported_not_a_crash(attacked, capsys, where, expected):
    nest(attacked.root / where, 1100)
    try:
        code, lines = cli(capsys, "build", "--root", str(attacked.root), "--out", str(attacked.out))
    finally:
        unnest(attacked.root / where)
    assert code == 1 and lines[0].startswith(expected) and re.fullmatch(r"[^:]+:\d+: .+", lines[0])


def test_a_fifo_is_reported_and_does_not_hang(attacked):
    os.mkfifo(attacked.seeds / "theses/fifo.md")
    run = subprocess.run([sys.executable, str(REPO / "build.py"), "build", "--root", str(attacked.root),
                          "--out", str(attacked.out)], capture_output=True, text=True, timeout=30, check=False)
    assert run.returncode == 1
    assert run.stderr.splitlines()[0] == f"{T}fifo.md:1: is not a regular file (a FIFO, socket or device): not read"


def test_unsafe_output_path_refused_before_anything_is_written(attacked):
    """Even if a bad path slipped past validation, the writer proves every path first."""
    from katalog.errors import UnsafeOutput
    from katalog.write import write_site

    before = tree(attacked.out.parent)
    for bad in ("../x.html", "a/../../x.html", "/etc/x", "a//b", "a\\b", "c:x", "x\0y", "./a"):
        with pytest.raises(UnsafeOutput):
            write_site(attacked.out, {"index.html": b"ok", bad: b"evil"}, attacked.root, [attacked.seeds])
    assert tree(attacked.out.parent) == before


# ------------------------------------------------------------------------------ built, correctly

BUILT = [
    # (file name, its bytes, the page it must give, text the page must show)
    pytest.param("u.md", front("title: Judul UTF-16").encode("utf-16"), "theses/u.html", "Judul UTF-16",
                 id="utf16-with-bom"),
    pytest.param("b.md", b"\xef\xbb\xbf" + front("title: Judul BOM").encode(), "theses/b.html", "Judul BOM",
                 id="utf8-bom-front-matter-found"),
    pytest.param("c.md", front("title: Judul CR").replace("\n", "\r").encode(), "theses/c.html", "Judul CR",
                 id="cr-only-front-matter-found"),
    pytest.param("shout.MD", front("title: Judul Shout").encode(), "theses/shout.html", "Judul Shout", id="shout.MD"),
    pytest.param("ringkas.txt", front("title: Judul Teks").encode(), "theses/ringkas.html", "Judul Teks",
                 id="txt-summary"),
    pytest.param("n.md", front("title: Kurung", "[" * 20_000).encode(), "theses/n.html", "[[[[", id="20000-brackets-body"),
]


@pytest.mark.parametrize("name, content, page, shows", BUILT)
def test_unusual_but_valid_input_builds(attacked, capsys, name, content, page, shows):
    thesis(name, content)(attacked.root)
    code, lines = cli(capsys, "build", "--root", str(attacked.root), "--out", str(attacked.out))
    assert code == 0, lines
    html = (attacked.out / page).read_text("utf-8")
    assert shows in html
    assert "---" not in html.split('<main id="main">')[1].split("</main>")[0].replace("&mdash;", "")
    assert "Judul" not in shows or re.search(rf"<h1[^>]*>\s*{re.escape(shows)}", html)


# ------------------------------------------------------------------------------ search shards (5)

LONG_WORD = "a" * 12_000
SHARED_PREFIX = " ".join("b" * 302 + f"{i:03d}" for i in range(400))


@pytest.mark.parametrize("body", [LONG_WORD, SHARED_PREFIX], ids=["12000-char-word", "400-words-302-char-prefix"])
def test_extreme_words_build(attacked, capsys, body):
    thesis("long.md", front("title: Panjang", body))(attacked.root)
    code, lines = cli(capsys, "build", "--root", str(attacked.root), "--out", str(attacked.out))
    assert code == 0, lines
    assert (attacked.out / "theses/long.html").is_file()


def test_many_identical_headings_render_in_linear_time():
    """20 kB of '## h' lines took 1.4 s, 100 kB 40 s; 2 MB would take hours."""
    from katalog.markdown import render_markdown

    started = time.process_time()
    rendered = render_markdown("## h\n" * 4000)
    assert time.process_time() - started < 0.5
    assert rendered.toc[-1].id == "sec-h-4000"


# ---------------------------------------------------------------------------------- build.py new


def test_new_never_writes_through_a_link(attacked, capsys, tmp_path):
    target = tmp_path / "outside.md"
    os.symlink(target, attacked.seeds / "theses/judul.md")  # dangling: exists() says no
    code, lines = cli(capsys, "new", "--root", str(attacked.root), "Judul")
    assert (code, lines) == (1, [f"error: {T}judul.md already exists"]) and not target.exists()
    os.unlink(attacked.seeds / "theses/judul.md")
    shutil.move(attacked.seeds / "theses", tmp_path / "elsewhere")
    os.symlink(tmp_path / "elsewhere", attacked.seeds / "theses")
    code, lines = cli(capsys, "new", "--root", str(attacked.root), "Judul")
    assert (code, lines) == (1, ["error: seeds/theses is a symbolic link or outside the project: not written to"])
    assert not (tmp_path / "elsewhere/judul.md").exists()


@pytest.mark.parametrize("args, message", [
    (["--id", "../../../x", "Judul"], f"error: id '../../../x' {SLUG_RULE}"),
    (["--id", "abc\n", "Judul"], f"error: id 'abc\\n' {SLUG_RULE}"),
    ([""], "error: the title is empty: give the title the text states, or a descriptive one"),
    (["   "], "error: the title is empty: give the title the text states, or a descriptive one"),
    (["--id", "index", "Judul"], "error: id 'index' is reserved: the list page of its folder has that name"),
])
def test_new_refuses_bad_ids_and_empty_titles(attacked, capsys, args, message):
    before = around(attacked)
    code, lines = cli(capsys, "new", "--root", str(attacked.root), *args)
    assert (code, lines) == (1, [message])
    assert around(attacked) == before


# ------------------------------------------------------------------------------------- zip (3)


@pytest.mark.parametrize("target, message", [
    ("proj/seeds/cities.yml", "the file name must end in .zip"),
    ("proj/seeds/katalog.zip", "it is inside"),
    ("folder.zip", "it is a folder; give a file name ending in .zip"),
    ("notes.zip", "it exists and is not a zip file"),
    ("proj/build.zip", None),  # allowed: shows the rules are not simply 'refuse everything'
])
def test_zip_output_follows_the_output_rules(attacked, capsys, target, message):
    (attacked.root.parent / "folder.zip").mkdir()
    (attacked.root.parent / "notes.zip").write_text("my notes")
    dest = attacked.root.parent / target
    before = tree(attacked.root.parent)
    code, lines = cli(capsys, "zip", "--root", str(attacked.root), "--output", str(dest))
    if message is None:
        assert code == 0 and dest.read_bytes()[:4] == b"PK\x03\x04"
        return
    assert code == 1 and len(lines) == 1 and lines[0].startswith(f"error: refusing to write the zip to {dest}: ")
    assert message in lines[0]
    assert tree(attacked.root.parent) == before  # cities.yml unchanged, no .tmp litter


@pytest.mark.parametrize("files, folder", [({"../x.html": b"x"}, "katalog"), ({"/etc/x": b"x"}, "katalog"),
                                           ({"index.html": b"x"}, ".."), ({"index.html": b"x"}, "a/../..")])
def test_zip_entries_cannot_unpack_outside_their_folder(files, folder):
    from katalog.errors import UnsafeOutput
    from katalog.package import zip_bytes

    with pytest.raises(UnsafeOutput):
        zip_bytes({"index.html": b"ok", **files}, folder)


# ----------------------------------------------------------------------------------- the swap (8)


def dead_pid() -> int:
    child = subprocess.Popen([sys.executable, "-c", "pass"])
    child.wait()
    return child.pid


def test_a_site_moved_aside_by_a_killed_swap_is_restored_then_replaced(attacked):
    site = tree(attacked.out)
    aside = attacked.out.parent / f".site.old-{dead_pid()}-k1ll3d"
    aside.mkdir()
    os.replace(attacked.out, aside / "site")  # killed between the two renames: no site/ at all
    half = attacked.out.parent / f".site.new-{dead_pid()}-h4lf"  # a half-written new site
    half.mkdir()
    (half / "index.html").write_text("half")
    Builder(attacked).build()
    assert tree(attacked.out) == site  # the same sources give the same site
    assert sorted(p.name for p in attacked.out.parent.iterdir()) == ["proj", "site"]


def test_a_failing_build_still_restores_the_site_a_killed_swap_moved_aside(attacked, capsys):
    site = tree(attacked.out)
    aside = attacked.out.parent / f".site.old-{dead_pid()}-k1ll3d"
    aside.mkdir()
    os.replace(attacked.out, aside / "site")
    (attacked.seeds / "theses/bad.md").write_text(front('id: "a b"'))
    assert cli(capsys, "build", "--root", str(attacked.root), "--out", str(attacked.out))[0] == 1
    assert tree(attacked.out) == site
    assert sorted(p.name for p in attacked.out.parent.iterdir()) == ["proj", "site"]


def test_the_litter_of_a_running_build_is_left_alone(attacked):
    running = attacked.out.parent / f".site.new-{os.getppid()}-b3s1de"
    running.mkdir()
    Builder(attacked).build()
    assert running.is_dir()


# --------------------------------------------------------------------------- forked workers (9)


def children(pid: int) -> list[int]:
    found = []
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                fields = (entry / "stat").read_text().rsplit(")", 1)[1].split()
            except OSError:
                continue
            if int(fields[1]) == pid:
                found.append(int(entry.name))
    return found


def alive(pid: int) -> bool:
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except OSError:
        return False
    return state not in ("Z", "X")


@pytest.mark.skipif(not Path("/proc/self/stat").exists(), reason="needs /proc (Linux)")
def test_workers_exit_when_the_builder_is_killed(tmp_path):
    from benchmarks.bench import make_seed_catalogue

    make_seed_catalogue(tmp_path / "big", 320)  # enough theses for the builder to fork
    config = Config.for_project(tmp_path / "big")
    builder = subprocess.Popen([sys.executable, str(REPO / "build.py"), "build", "--root", str(config.root),
                                "--out", str(tmp_path / "site"), "--jobs", "2"],
                               stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    workers: list[int] = []
    try:
        deadline = time.monotonic() + 60
        while not workers and builder.poll() is None and time.monotonic() < deadline:
            workers = children(builder.pid)
            time.sleep(0.02)
        assert workers, "the builder never forked"
        os.kill(builder.pid, signal.SIGKILL)
        builder.wait()
        time.sleep(1)
        assert [pid for pid in workers if alive(pid)] == []
    finally:
        if builder.poll() is None:
            builder.kill()
            builder.wait()
        for pid in workers:  # should the test fail, leave no orphan behind (only ours: its command names our folder)
            try:
                if alive(pid) and str(tmp_path).encode() in Path(f"/proc/{pid}/cmdline").read_bytes():
                    os.kill(pid, signal.SIGKILL)
            except OSError:
                pass


# ------------------------------------------------------------------------------------- serve (10)


def get(dev: DevServer, path: str, host: str | None = None) -> tuple[str, str]:
    status = {}
    environ = {"PATH_INFO": path, **({"HTTP_HOST": host} if host else {})}
    body = b"".join(dev.app(environ, lambda s, h: status.update(code=s)))
    return status["code"], body.decode()


def test_serve_nul_path_is_404_and_foreign_host_403(good_site):
    dev = DevServer(good_site, lambda: None, hosts=local_hosts("127.0.0.1", 8000))
    assert get(dev, "/index.html", "127.0.0.1:8000")[0] == "200 OK"
    assert get(dev, "/index.html", "localhost:8000")[0] == "200 OK"
    for path in ("/%00", "/\0", "/index.html%00.png", "/%2e%2e/%2e%2e/etc/passwd"):
        code, body = get(dev, path, "127.0.0.1:8000")
        assert code == "404 Not Found" and "Traceback" not in body
    assert get(dev, "/index.html", "evil.example:8000")[0] == "403 Forbidden"
    assert get(dev, "/index.html", "127.0.0.1:9999")[0] == "403 Forbidden"


def test_serve_on_all_addresses_answers_to_ip_addresses_but_not_names(good_site):
    """--host 0.0.0.0 (a phone on the LAN) must work; a rebinding domain name still must not."""
    dev = DevServer(good_site, lambda: None, hosts=local_hosts("0.0.0.0", 8000))
    for host in ("192.168.1.20:8000", "[fe80::1]:8000", "localhost:8000"):
        assert get(dev, "/index.html", host)[0] == "200 OK", host
    for host in ("evil.example:8000", "192.168.1.20.nip.io:8000", "192.168.1.20:8001", "192.168.1.20"):
        assert get(dev, "/index.html", host)[0] == "403 Forbidden", host


def test_serve_an_unexpected_exception_shows_the_banner(good_site):
    def build():
        raise RuntimeError("kaboom in enrich")

    logs: list[str] = []
    dev = DevServer(good_site, build, log=logs.append)
    assert not dev.rebuild()
    code, body = get(dev, "/index.html")
    assert code == "200 OK"
    assert 'id="build-error"' in body and "RuntimeError: kaboom in enrich" in body
    assert "style=" not in body.split('id="build-error"')[1].split(">")[0]
    assert "RuntimeError: kaboom in enrich" in logs[-1]


def in_thread(fn):
    """fn() in a thread of its own: Playwright's sync API keeps an event loop running in this one."""
    from concurrent.futures import ThreadPoolExecutor

    with ThreadPoolExecutor(1) as pool:
        return pool.submit(fn).result(60)


def test_livereload_server_checks_host_and_origin_over_the_wire(good_site):
    """The real server: pages and the reload socket answer only to this machine's names."""
    from tornado.httpclient import AsyncHTTPClient, HTTPClientError, HTTPRequest
    from tornado.websocket import websocket_connect

    port = free_port()
    dev = DevServer(good_site, lambda: None, hosts=local_hosts("127.0.0.1", port),
                    live_script=f"/livereload.js?port={port}")
    mine = f"127.0.0.1:{port}"

    async def status(path: str, **headers) -> int:
        request = HTTPRequest(f"http://127.0.0.1:{port}{path}", headers=headers)
        try:
            return (await AsyncHTTPClient().fetch(request)).code
        except HTTPClientError as exc:
            return exc.code

    async def socket(**headers) -> int:
        try:
            conn = await websocket_connect(HTTPRequest(f"ws://127.0.0.1:{port}/livereload", headers=headers))
        except HTTPClientError as exc:
            return exc.code
        conn.close()
        return 101

    async def probe() -> dict:
        server = _server_class()(app=dev.app).application(port, "127.0.0.1")
        try:
            return {
                "page": await status("/index.html", Host=mine),
                "nul": await status("/%00", Host=mine),
                "evil host": await status("/index.html", Host=f"evil.example:{port}"),
                "socket": await socket(Host=mine, Origin=f"http://{mine}"),
                "socket evil origin": await socket(Host=mine, Origin="http://evil.example"),
                "socket null origin": await socket(Host=mine, Origin="null"),
                "socket evil host": await socket(Host=f"evil.example:{port}", Origin=f"http://evil.example:{port}"),
            }
        finally:
            server.stop()
            await server.close_all_connections()

    assert in_thread(lambda: asyncio.run(probe())) == {"page": 200, "nul": 404, "evil host": 403, "socket": 101,
                                    "socket evil origin": 403, "socket null origin": 403, "socket evil host": 403}


# ---------------------------------------------------------------------------- heading ids (11)


def test_headings_do_not_clobber_page_ids(attacked, capsys):
    thesis("h.md", front("title: Judul", "## Search page\n\nSatu.\n\n### Main\n\nDua.\n\n## Quick results\n\nTiga."))(
        attacked.root)
    assert cli(capsys, "build", "--root", str(attacked.root), "--out", str(attacked.out))[0] == 0
    html = (attacked.out / "theses/h.html").read_text("utf-8")
    ids = re.findall(r'\sid="([^"]+)"', html)
    assert sorted(i for i in set(ids) if ids.count(i) > 1) == []
    assert {"sec-search-page", "sec-main", "sec-quick-results"} <= set(ids)
    assert "search-page" not in ids and ids.count("main") == 1


# ------------------------------------------------------------------------- user files in site/ (12)


def test_files_a_user_put_into_the_site_refuse_the_build_and_stay(attacked, capsys):
    (attacked.out / "catatan.txt").write_text("jangan dihapus")
    (attacked.out / "theses/lain.html").write_text("<p>punya saya</p>")
    (attacked.out / "draf/kosong").mkdir(parents=True)  # folders too, even empty ones
    before = tree(attacked.out)
    code, lines = cli(capsys, "build", "--root", str(attacked.root), "--out", str(attacked.out))
    assert code == 1
    assert lines == [(f"error: refusing to write to {attacked.out}: it holds files the builder did not write "
                     "(catatan.txt, draf/, theses/lain.html), which the next build would delete; move them out of the "
                     "output folder")]
    assert tree(attacked.out) == before


# --------------------------------------------------------------------------------- Also: the CSP


def test_every_page_has_the_csp_and_no_inline_script_or_style(seeds_site):
    config, result = seeds_site
    pages = sorted(config.out.rglob("*.html"))
    assert len(pages) == sum(result.page_counts.values())
    for page in pages:
        html = page.read_text("utf-8")
        where = page.relative_to(config.out)
        assert ('<meta http-equiv="Content-Security-Policy" content="default-src \'none\'; script-src \'self\'; '
                "style-src 'self';") in html, where
        # a data block (JSON-LD for reference managers) is no script: the CSP does not govern it
        assert re.findall(r"<script(?![^>]*\ssrc=)(?![^>]*type=\"application/ld\+json\")[^>]*>", html) == [], where
        assert not re.search(r"<style[\s>]", html), where
        assert not re.search(r"\sstyle\s*=", html), where
        assert not re.search(r"\son[a-z]+\s*=", html), where  # no inline event handlers either


# ------------------------------------------------------------------------- Also: bench --help


def test_bench_help_prints_help_and_runs_nothing():
    run = subprocess.run([sys.executable, str(REPO / "benchmarks/bench.py"), "--help"], capture_output=True,
                         text=True, timeout=5, check=False)
    assert run.returncode == 0
    assert "usage" in run.stdout.lower() and "full build" not in run.stdout


# ------------------------------------------------------------------ Also: the CSP in a browser

WATCH_CSP = """window.__csp = [];
document.addEventListener('securitypolicyviolation',
  e => window.__csp.push(e.violatedDirective + ' ' + e.blockedURI));"""


def _csp_visit(browser, base: str, thesis_page: str) -> dict:
    """A thesis page, the search page with a query, the home page and its quick search."""
    page = browser.new_page()
    page.add_init_script(WATCH_CSP)
    console: list[str] = []
    page.on("console", lambda m: console.append(f"{m.type}: {m.text}") if m.type in ("error", "warning") else None)
    page.on("pageerror", lambda e: console.append(f"page error: {e}"))
    violations = []
    page.goto(base + thesis_page)
    violations += page.evaluate("window.__csp")
    page.goto(base + "search.html?q=paradiplomasi")
    page.wait_for_selector("#search-results li.result", timeout=15_000)
    results = page.locator("#search-results li.result").count()
    violations += page.evaluate("window.__csp")
    page.goto(base + "index.html")
    page.fill("#q-top", "kisarazu")
    page.wait_for_selector("#quick-results li[role=option]", timeout=15_000)
    quick = page.locator("#quick-results li[role=option]").count()
    messages = list(console)
    # The policy is in force: an inline script added now is blocked and reported.
    ran = page.evaluate("""() => { const s = document.createElement('script'); s.textContent = 'window.__ran = 1';
                                   document.head.appendChild(s); return window.__ran === 1; }""")
    page.wait_for_function("window.__csp.length > 0", timeout=5_000)
    blocked = page.evaluate("window.__csp")
    page.close()
    return {"violations": violations, "console": messages, "results": results, "quick": quick, "inline ran": ran, "blocked": blocked}


@pytest.mark.browser
@pytest.mark.parametrize("where", ["file", "http"])
def test_csp_pages_load_without_violations_and_search_works(browser, seeds_site, http_root, where):
    config, result = seeds_site
    base = config.out.as_uri() + "/" if where == "file" else http_root
    thesis_page = min(p for p in result.files if p.startswith("theses/") and p.endswith(".html") and p != "theses/index.html")
    seen = _csp_visit(browser, base, thesis_page)
    assert seen["violations"] == [] and seen["console"] == []
    assert seen["results"] >= 3 and seen["quick"] >= 1
    assert seen["inline ran"] is False and [v.split()[0] for v in seen["blocked"]] == ["script-src-elem"]


@pytest.mark.browser
def test_csp_under_serve_live_reload_connects_and_banner_shows(browser, good_site):
    """`serve` adds the reload script and, after a failed rebuild, the banner: both within the policy."""
    import threading

    port = free_port()

    def broken():
        raise RuntimeError("kaboom")

    dev = DevServer(good_site, broken, log=lambda text: None, hosts=local_hosts("127.0.0.1", port),
                    live_script=f"/livereload.js?port={port}")
    dev.rebuild()
    loop, ready, holder = asyncio.new_event_loop(), threading.Event(), {}

    def run() -> None:
        asyncio.set_event_loop(loop)
        holder["server"] = _server_class()(app=dev.app).application(port, "127.0.0.1")
        ready.set()
        loop.run_forever()

    thread = threading.Thread(target=run, daemon=True)
    thread.start()
    ready.wait(10)
    page = browser.new_page()
    try:
        page.add_init_script(WATCH_CSP)
        console: list[str] = []
        page.on("console", lambda m: console.append(m.text) if m.type == "error" else None)
        with page.expect_websocket(timeout=10_000) as socket:
            page.goto(f"http://127.0.0.1:{port}/index.html")
        assert socket.value.url == f"ws://127.0.0.1:{port}/livereload"
        banner = page.locator("#build-error")
        assert banner.is_visible() and "RuntimeError: kaboom" in banner.inner_text()
        assert banner.evaluate("e => getComputedStyle(e).position") == "sticky"  # styled by style.css
        assert page.evaluate("window.__csp") == [] and console == []
    finally:
        page.close()

        async def stop() -> None:
            holder["server"].stop()
            await holder["server"].close_all_connections()

        asyncio.run_coroutine_threadsafe(stop(), loop).result(10)
        loop.call_soon_threadsafe(loop.stop)
        thread.join(10)
        loop.close()


def test_a_thesis_swapped_for_a_link_outside_between_rebuilds_is_refused(attacked, tmp_path):
    """`serve` rebuilds without reading unchanged files again: a file replaced by a link to a
    secret outside the project, keeping its size, must still be read as a link and refused."""
    builder = Builder(attacked, jobs=1)
    builder.build()
    thesis = next((attacked.seeds / "theses").glob("*.md"))
    secret = tmp_path / "secret.md"
    secret.write_bytes(thesis.read_bytes().replace(b"a", b"Z", 1))  # same size, other bytes
    thesis.unlink()
    os.symlink(secret, thesis)
    with pytest.raises(BuildFailed) as failed:
        builder.build()
    assert any("outside the project: not read" in d.message for d in failed.value.diagnostics)


def test_an_edit_keeping_size_and_time_is_still_seen_on_rebuild(attacked):
    builder = Builder(attacked, jobs=1)
    builder.build()
    thesis = next((attacked.seeds / "theses").glob("*.md"))
    text = thesis.read_text()
    stat_before = thesis.stat()
    thesis.write_text(text.replace("a", "Q", 1))  # same size; its time put back: only the inode's ctime tells
    os.utime(thesis, ns=(stat_before.st_atime_ns, stat_before.st_mtime_ns))
    builder.build()
    assert any("Q" in p.read_text() for p in (attacked.out / "theses").glob("*.html"))

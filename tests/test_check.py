"""`build.py check`: every problem at the file and line a maintainer must edit; `--strict` passes
on the shipped seeds; reviewed suggestions stay silent."""

import pytest

from katalog.check import run_check
from katalog.cli import main
from katalog.errors import BuildFailed
from katalog.pipeline import Builder
from tests.conftest import REPO, make_project

T = "seeds/theses/t.md"

# (front matter and text, the line the problem must be reported at, a part of the message)
LINE_CASES = [
    ("---\ntitle: x\nstages: [mou\n---\nTeks.\n", 3, "invalid YAML"),
    ("---\ntitle: x\nstages:\n  - mou\n  - [loi\n---\nTeks.\n", 5, "invalid YAML"),
    ("---\ntitle: x\ntitle: y\n---\nTeks.\n", 3, "duplicate"),
    ("---\ntitle: x\n", 1, "never closed"),
    ("---\ntitle: x\nauthor: [A]\n---\nTeks.\n", 3, "unknown front matter key 'author'"),
    ("---\ntitle: x\npartnership: [padangg, hildesheim]\n---\nTeks.\n", 3, "unknown city 'padangg'"),
    ("---\ntitle: x\nstages:\n  - mou\n  - loj\n---\nTeks.\n", 5, "unknown stage 'loj'"),
    ("---\ntitle: x\ntheories:\n  - paradiplomasi\n\n  - teori-x\n---\nTeks.\n", 6, "unknown theory 'teori-x'"),
    ("---\ntitle: x\nyear: 20016\n---\nTeks.\n", 3, "'year' must be a four-digit year"),
    ("---\ntitle: x\nkind: bab\n---\nTeks.\n", 3, "unknown kind 'bab'"),
    ("---\ntitle: x\nstages: [mou]\nstage_status:\n  mou: drafted\n---\nTeks.\n", 5, "unknown stage status 'drafted'"),
    ("---\ntitle: x\ncites:\n  paradiplomasi: [A]\n  teori-y: [B]\n---\nTeks.\n", 5, "unknown theory 'teori-y'"),
    ("---\ntitle: x\nevents:\n  - {date: \"2015\"}\n  - {date: \"15-2015\"}\n---\nTeks.\n", 5, "date"),
    ("---\ntitle: x\nreviewed: yes\n---\nTeks.\n", 3, "'reviewed' must be a list"),
    ("---\ntitle: x\n---\n", 4, "no text below the front matter"),  # where the text should start
    (b"---\ntitle: x\n---\nbaris satu\nKota \xe9 Padang\n", 5, "not UTF-8"),
]


@pytest.mark.parametrize("content, line, part", LINE_CASES, ids=[c[2] for c in LINE_CASES])
def test_each_error_class_is_reported_at_its_line(tmp_path, content, line, part):
    config = make_project(tmp_path / "p", theses={"t.md": content})
    with pytest.raises(BuildFailed) as failed:
        Builder(config).gather()
    found = [d for d in failed.value.diagnostics if d.path == T and part in d.message]
    assert found, [str(d) for d in failed.value.diagnostics]
    assert found[0].line == line, str(found[0])


VOCAB_CASES = [
    ("cities.yml", "padang:\n", "padang:\n  bogus: [\n", "invalid YAML"),
    ("cities.yml", "  country: jerman\n", "  country: jermann\n", "unknown country 'jermann'"),
    ("cities.yml", "  type: kabupaten\n", "  type: regency-ish\n", "unknown city type 'regency-ish'"),
    ("stages.yml", "    - pp-28-2018\n", "    - pp-28-2019\n", "unknown legal basis 'pp-28-2019'"),
]


@pytest.mark.parametrize("name, old, new, part", VOCAB_CASES, ids=[c[3] for c in VOCAB_CASES])
def test_vocabulary_errors_are_reported_at_their_line(tmp_path, name, old, new, part):
    config = make_project(tmp_path / "p")
    path = config.seeds / name
    text = path.read_text()
    assert old in text
    path.write_text(text.replace(old, new, 1))
    line = text[: text.index(old)].count("\n") + 1 + (1 if new.count("\n") > old.count("\n") else 0)
    with pytest.raises(BuildFailed) as failed:
        Builder(config).gather()
    found = [d for d in failed.value.diagnostics if d.path == f"seeds/{name}" and part in d.message]
    assert found, [str(d) for d in failed.value.diagnostics]
    assert found[0].line == line, str(found[0])


def test_broken_links_are_reported_at_the_source_line_that_wrote_them(tmp_path):
    body = ("---\ntitle: Kerja sama Kota Padang\npartnership: [padang, hildesheim]\n---\n\n## ABSTRAK\n\n"
            "Teks dengan [tautan rusak](../cities/tidak-ada.html) dan [jangkar](#tidak-ada).\n")
    config = make_project(tmp_path / "p", theses={"t.md": body})
    template = config.templates / "legal.html"
    lines = template.read_text().split("\n")
    at = lines.index("{% block main %}") + 1
    lines.insert(at, '<p><a href="hilang.html">rusak</a></p>')
    template.write_text("\n".join(lines))
    problems = [str(d) for d in run_check(config)]
    assert f"{T}:8: broken link: ../cities/tidak-ada.html (on page theses/t.html)" in problems
    assert f"{T}:8: missing anchor: #tidak-ada (on page theses/t.html)" in problems
    assert f"templates/legal.html:{at + 1}: broken link: hilang.html (on page legal.html)" in problems
    assert not [p for p in problems if ":1: broken link" in p or p.startswith("theses/")]


def test_check_strict_passes_on_the_shipped_seeds(capsys):
    assert main(["check", "--strict", "--root", str(REPO)]) == 0
    assert capsys.readouterr().out.strip().endswith("0 errors")


def test_a_reviewed_suggestion_is_silenced_and_a_stale_note_reported(tmp_path):
    text = ("Penelitian ini membahas kerja sama Kota Padang dan Hildesheim melalui paradiplomasi, "
            "tahap perencanaan kerja sama, tahap perencanaan program, dan penandatanganan MoU.\n")
    plain = "---\ntitle: x\npartnership: [padang, hildesheim]\ntheories: [paradiplomasi]\nstages: [mou]\n---\n" + text
    config = make_project(tmp_path / "a", theses={"t.md": plain})
    assert any("text mentions stage 'perencanaan'" in d.message for d in run_check(config) if d.path == T)
    reviewed = plain.replace("stages: [mou]\n", "stages: [mou]\nreviewed:\n  - \"text mentions stage 'perencanaan'\"\n"
                             "  - \"text mentions theory 'diplomasi'\"\n")
    config = make_project(tmp_path / "b", theses={"t.md": reviewed})
    mine = [str(d) for d in run_check(config) if d.path == T]
    assert not any("perencanaan" in p for p in mine)
    assert mine == [f"{T}:8: warning: reviewed note \"text mentions theory 'diplomasi'\" matches no suggestion: remove it"]


def test_a_term_named_once_by_one_ordinary_word_is_no_suggestion(tmp_path):
    once = ("---\ntitle: x\npartnership: [padang, hildesheim]\nstages: [mou]\n---\n"
            "Kerja sama Kota Padang dan Hildesheim: MoU, dengan evaluasi seadanya.\n")
    config = make_project(tmp_path / "p", theses={"t.md": once})
    assert not [d for d in run_check(config) if d.path == T and "evaluasi" in d.message]


def _legal_template_with(config, line: str) -> tuple[list[str], int]:
    """templates/legal.html with `line` put first in its main block: its lines, and where it went."""
    template = config.templates / "legal.html"
    lines = template.read_text().split("\n")
    at = lines.index("{% block main %}") + 1
    lines.insert(at, line)
    template.write_text("\n".join(lines))
    return lines, at


def _template_errors(config) -> dict[tuple[str, int], str]:
    with pytest.raises(BuildFailed) as failed:
        Builder(config).gather()
    return {(d.path, d.line): d.message for d in failed.value.errors if d.path.startswith("templates/")}


def test_a_template_syntax_error_is_reported_at_its_line(tmp_path):
    config = make_project(tmp_path / "p")
    lines, at = _legal_template_with(config, "{% if broken %}<p>never closed</p>")
    [((path, line), message)] = _template_errors(config).items()
    assert path == "templates/legal.html" and message.startswith("template error") and "'if'" in message
    # Jinja notices the unclosed 'if' at the tag that cannot close it: that line, not line 1.
    assert line == lines.index("{% endblock %}", at) + 1


def test_a_missing_page_template_or_included_file_is_reported_not_a_traceback(tmp_path):
    """A project's templates copied before a page kind existed, and an include naming no file."""
    config = make_project(tmp_path / "p")
    (config.templates / "list_page.html").unlink()
    _, at = _legal_template_with(config, '{% include "partials/nothere.html" %}')
    found = _template_errors(config)
    assert found[("templates/legal.html", at + 1)] == ("template error: it uses 'partials/nothere.html', "
                                                       "which templates/ does not have")
    assert found[("templates/list_page.html", 1)].startswith("template missing: the builder renders the further pages")

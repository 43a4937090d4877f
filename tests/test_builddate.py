"""The footer's build date: --source-date, else SOURCE_DATE_EPOCH, else the last commit's date, else none."""

import os
import shutil
import subprocess

import pytest

from katalog.builddate import build_date, date_label
from katalog.cli import main
from tests.conftest import make_project

needs_git = pytest.mark.skipif(shutil.which("git") is None, reason="git is not installed")


def commit_all(root, when: str) -> None:
    """A repository at `root` with one commit dated `when` (author and committer)."""
    env = {**os.environ, "GIT_AUTHOR_DATE": when, "GIT_COMMITTER_DATE": when, "GIT_AUTHOR_NAME": "t",
           "GIT_AUTHOR_EMAIL": "t@example.org", "GIT_COMMITTER_NAME": "t", "GIT_COMMITTER_EMAIL": "t@example.org"}
    for args in (["init", "-q"], ["add", "-A"], ["-c", "commit.gpgsign=false", "commit", "-q", "--allow-empty", "-m", "seeds"]):
        subprocess.run(["git", "-C", str(root), *args], env=env, check=True, capture_output=True)


@needs_git
@pytest.mark.parametrize("given, environ, expected", [
    # the option wins over everything
    ("2020-05-01", {"SOURCE_DATE_EPOCH": "0"}, "2020-05-01"),
    # SOURCE_DATE_EPOCH wins over the commit, as a UTC date
    (None, {"SOURCE_DATE_EPOCH": "1700000000"}, "2023-11-14"),
    # else the last commit, as a UTC date (23:30 at UTC-2 is the next day in UTC)
    (None, {}, "2024-03-02"),
])
def test_date_chosen_in_order(tmp_path, given, environ, expected):
    commit_all(tmp_path, "2024-03-01T23:30:00-02:00")
    assert build_date(tmp_path, given, environ) == expected


def test_no_repository_no_date(tmp_path):
    assert build_date(tmp_path, None, {}) is None


@needs_git
def test_a_folder_inside_another_repository_is_not_dated_by_it(tmp_path):
    (tmp_path / "project").mkdir()
    (tmp_path / "x").write_text("x")
    commit_all(tmp_path, "2024-03-01T12:00:00Z")
    assert build_date(tmp_path / "project", None, {}) is None


def test_bad_epoch_is_an_error(tmp_path):
    with pytest.raises(ValueError, match="SOURCE_DATE_EPOCH must be whole seconds"):
        build_date(tmp_path, None, {"SOURCE_DATE_EPOCH": "yesterday"})


@pytest.mark.parametrize("value, expected", [
    ("2026-12-02", ("2026-12-02", "2 Desember 2026")),
    ("2026-01-31T10:00:00+07:00", ("2026-01-31", "31 Januari 2026")),
    ("musim semi 2026", (None, "musim semi 2026")),  # any other text as given
])
def test_date_label(value, expected):
    assert date_label(value) == expected


@needs_git
def test_same_commit_builds_the_same_bytes_with_the_commit_date_in_the_footer(tmp_path, monkeypatch):
    monkeypatch.delenv("SOURCE_DATE_EPOCH", raising=False)
    config = make_project(tmp_path / "p")
    commit_all(config.root, "2025-08-17T09:00:00+07:00")
    outs = [tmp_path / "a", tmp_path / "b"]
    for out in outs:
        assert main(["build", "--root", str(config.root), "--out", str(out)]) == 0
    footer = (outs[0] / "index.html").read_text()
    assert 'Dibangun dari sumber per <time datetime="2025-08-17">17 Agustus 2025</time>.' in footer
    files = [sorted(p.relative_to(out).as_posix() for p in out.rglob("*") if p.is_file()) for out in outs]
    assert files[0] == files[1]
    for name in files[0]:
        if name != ".katalog-build.json":
            assert (outs[0] / name).read_bytes() == (outs[1] / name).read_bytes(), name

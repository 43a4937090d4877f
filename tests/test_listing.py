"""A long-lived builder (`serve`) lists the summary folder again only when a folder in it changed:
an edit in place reuses the last listing; a file added, removed or put in a new subfolder is seen."""

import os
import time

from katalog import load
from katalog.pipeline import Builder
from tests.conftest import make_project

THESIS = "---\ntitle: Kerja Sama Kota {n}\n---\n\nRingkasan kerja sama ke-{n}.\n"


def _age(folder, seconds=60):
    """Every folder under `folder` changed a minute ago (a listing taken now is then trusted)."""
    past = time.time() - seconds
    for base, dirs, _ in os.walk(folder):
        os.utime(base, (past, past))


def _titles(result):
    return {path for path in result.files if path.startswith("theses/") and path.endswith(".html")}


def test_an_edit_in_place_reuses_the_listing_and_new_or_removed_files_are_seen(tmp_path, monkeypatch):
    config = make_project(tmp_path / "p", theses={f"t{n}.md": THESIS.format(n=n) for n in range(3)})
    theses = config.seeds / "theses"
    _age(theses)
    listed = []
    real = load.summary_files
    monkeypatch.setattr(load, "summary_files", lambda *a, **k: listed.append(1) or real(*a, **k))
    builder = Builder(config, reuse_site=False, jobs=1)
    first = builder.build()
    assert len(listed) == 1 and {"theses/t0.html", "theses/t2.html"} <= _titles(first)

    (theses / "t1.md").write_text(THESIS.format(n=1).replace("Ringkasan", "Ringkasan baru"))  # in place
    builder.build()
    assert len(listed) == 1  # the folder did not change: no listing

    (theses / "t3.md").write_text(THESIS.format(n=3))
    assert "theses/t3.html" in _titles(builder.build())  # the folder changed: listed again
    assert len(listed) == 2

    (theses / "sub").mkdir()
    (theses / "sub" / "t4.md").write_text(THESIS.format(n=4))
    (theses / "t0.md").unlink()
    titles = _titles(builder.build())
    assert "theses/t4.html" in titles and "theses/t0.html" not in titles


def test_a_folder_changed_just_now_is_listed_again_next_time(tmp_path, monkeypatch):
    config = make_project(tmp_path / "p", theses={"t0.md": THESIS.format(n=0)})
    listed = []
    real = load.summary_files
    monkeypatch.setattr(load, "summary_files", lambda *a, **k: listed.append(1) or real(*a, **k))
    builder = Builder(config, reuse_site=False, jobs=1)
    builder.build()
    (config.seeds / "theses" / "t0.md").write_text(THESIS.format(n=0).replace("Ringkasan", "Ringkasan baru"))
    builder.build()
    assert len(listed) == 2  # its time is within a second of the listing: a change in that tick could hide


def test_the_stat_of_each_summary_is_taken_once_a_build_and_an_edit_is_still_seen(tmp_path, monkeypatch):
    config = make_project(tmp_path / "p", theses={f"t{n}.md": THESIS.format(n=n) for n in range(3)})
    builder = Builder(config, reuse_site=False, jobs=1)
    builder.build()
    taken = []
    real = load.stat_mark
    monkeypatch.setattr(load, "stat_mark", lambda path: taken.append(path) or real(path))
    path = config.seeds / "theses" / "t1.md"
    path.write_text(THESIS.format(n=1).replace("Ringkasan", "Rangkuman"))  # the same size: only its times differ
    result = builder.build()
    assert taken == []  # the input digest's walk took every mark; loading takes them from it
    assert b"Rangkuman" in result.files["theses/t1.html"]


def test_a_listing_that_met_a_symbolic_link_is_not_kept(tmp_path):
    """A link's target can appear, vanish or change kind while no folder listed changes."""
    config = make_project(tmp_path / "p", theses={"t0.md": THESIS.format(n=0)})
    theses = config.seeds / "theses"
    listing = {}
    _age(theses)
    load.thesis_files(config, listing)
    assert listing  # plain files in a folder changed a minute ago: kept
    (theses / "group.md").symlink_to(tmp_path / "shared")  # dangling now; a folder once 'shared' is made
    _age(theses)
    listing.clear()
    paths, _ = load.thesis_files(config, listing)
    assert listing == {} and theses / "group.md" in paths  # a file to read (and report) for now; not kept
    (tmp_path / "shared").mkdir()
    paths, problems = load.thesis_files(config, listing)
    assert theses / "group.md" not in paths and any("symbolic link to a folder" in d.message for d in problems)

"""Output safety: fresh folder swapped in, stale pages gone, dangerous targets refused."""

import hashlib
import json
import subprocess
import sys

import pytest

from katalog.config import Config
from katalog.errors import UnsafeOutput
from katalog.pipeline import Builder
from tests.conftest import REPO, make_project


@pytest.mark.parametrize("where", [
    # the project root, its parent, a folder holding seeds/ or .git
    lambda root: root,
    lambda root: root.parent,
    lambda root: root / "seeds",
    lambda root: root / "seeds" / "site",
    lambda root: root / "templates",
])
def test_refuses_dangerous_output(project, where):
    config = Config.for_project(project.root, out=where(project.root))
    with pytest.raises(UnsafeOutput):
        Builder(config).build()


def test_refuses_a_folder_it_did_not_create_and_leaves_it(project, tmp_path):
    target = tmp_path / "mine"
    target.mkdir()
    (target / "notes.txt").write_text("keep me")
    with pytest.raises(UnsafeOutput):
        Builder(Config.for_project(project.root, out=target)).build()
    assert (target / "notes.txt").read_text() == "keep me"


def test_refuses_a_folder_with_git(project, tmp_path):
    target = tmp_path / "repo"
    (target / ".git").mkdir(parents=True)
    with pytest.raises(UnsafeOutput):
        Builder(Config.for_project(project.root, out=target)).build()
    assert (target / ".git").is_dir()


def test_cli_refuses_with_exit_1(project):
    run = subprocess.run([sys.executable, str(REPO / "build.py"), "build", "--root", str(project.root),
                          "--out", str(project.root)], capture_output=True, text=True, check=False)
    assert run.returncode == 1 and "refusing to write" in run.stderr


def test_stale_pages_removed_and_no_temporary_folders_left(project):
    out = project.out
    Builder(project).build()
    assert (out / "theses/padang-hildesheim.html").exists()
    (project.seeds / "theses/padang-hildesheim.md").unlink()
    Builder(project).build()
    assert not (out / "theses/padang-hildesheim.html").exists()
    assert not (out / "partnerships/hildesheim--padang.html").exists()
    assert sorted(p.name for p in out.parent.iterdir() if p.name.startswith(".site")) == []


def test_incremental_rebuild_equals_full_build(project, tmp_path):
    builder = Builder(project)
    builder.build()
    path = project.seeds / "theses/padang-hildesheim.md"
    path.write_text(path.read_text().replace("penandatanganan MoU", "penandatanganan MoU dan revitalisasi"))
    result = builder.build()
    assert 0 < result.rendered < sum(result.page_counts.values()) / 2  # only what the edit touches
    fresh = Builder(Config.for_project(project.root, out=tmp_path / "fresh")).gather()
    on_disk = {p.relative_to(project.out).as_posix(): p.read_bytes()
               for p in project.out.rglob("*") if p.is_file() and p.name != ".katalog-build.json"}
    assert on_disk == fresh.files


def test_parallel_and_incremental_builds_equal_a_fresh_single_process_build(tmp_path, monkeypatch):
    """Worker processes, postings kept between builds and reused pages must change no byte."""
    from benchmarks.bench import make_seed_catalogue
    from katalog import pipeline, workers

    monkeypatch.setattr(pipeline, "PARALLEL_THRESHOLD", 8)
    monkeypatch.setattr(pipeline, "PARALLEL_TERMS", 100)
    monkeypatch.setattr(workers.threading, "active_count", lambda: 1)  # the test server's thread is idle
    pools = []
    real_pool = workers._fork_pool
    monkeypatch.setattr(workers, "_fork_pool", lambda jobs, workers=None: pools.append(real_pool(jobs, workers)) or pools[-1])
    make_seed_catalogue(tmp_path / "proj", 40)
    config = Config.for_project(tmp_path / "proj")
    theses = config.seeds / "theses"
    builder = Builder(config, jobs=2)
    builder.build()

    def edit(name, old, new):
        path = theses / name
        path.write_text(path.read_text().replace(old, new, 1))

    steps = [
        lambda: edit("t00003.md", "## ABSTRAK", "## ABSTRAK\n\nKota kembar dan paradiplomasi perikanan."),
        lambda: (theses / "t00040.md").write_text((theses / "t00001.md").read_text().replace("(1)", "(40)")),
        lambda: (theses / "t00007.md").unlink(),
        lambda: edit("t00010.md", "title: Kerja sama", "title: Aaa kerja sama"),  # moves in title order
        lambda: edit("t00003.md", "\n\nKota kembar dan paradiplomasi perikanan.", ""),  # words leave the index
    ]
    for step in steps:
        step()
        builder.build()
        fresh = Builder(Config.for_project(config.root, out=tmp_path / "fresh"), jobs=1).gather()
        on_disk = {p.relative_to(config.out).as_posix(): p.read_bytes()
                   for p in config.out.rglob("*") if p.is_file() and p.name != ".katalog-build.json"}
        assert on_disk == fresh.files
        manifest = json.loads((config.out / ".katalog-build.json").read_text())["files"]
        assert manifest == {path: hashlib.sha256(data).hexdigest() for path, data in on_disk.items()}
    assert any(pool is not None for pool in pools)


def site_on_disk(out) -> dict[str, bytes]:
    return {p.relative_to(out).as_posix(): p.read_bytes() for p in out.rglob("*") if p.is_file() and p.name != ".katalog-build.json"}


def test_serve_updates_the_folder_in_place_and_ends_with_what_a_fresh_build_makes(project, tmp_path):
    serving = Builder(project, reuse_site=False)  # as `serve` runs it
    serving.build()
    folder, kept = project.out.stat().st_ino, (project.out / "legal.html").stat().st_ino
    path = project.seeds / "theses/padang-hildesheim.md"
    path.write_text(path.read_text().replace("penandatanganan MoU", "penandatanganan MoU dan revitalisasi"))
    result = serving.build()
    assert 0 < result.write.written and result.write.reused > 10 * result.write.written
    assert project.out.stat().st_ino == folder  # the same folder: no copy of the whole site to swap in
    assert (project.out / "legal.html").stat().st_ino == kept  # untouched files are not rewritten
    (project.seeds / "theses/raw_summary_without_front_matter.md").unlink()
    result = serving.build()
    assert result.write.removed > 0 and sorted(p.name for p in (project.out / "theses").glob("*.html")) == ["index.html", "padang-hildesheim.html"]
    fresh = Builder(Config.for_project(project.root, out=tmp_path / "fresh")).gather()
    assert site_on_disk(project.out) == fresh.files
    manifest = json.loads((project.out / ".katalog-build.json").read_text())["files"]
    assert manifest == {p: hashlib.sha256(data).hexdigest() for p, data in fresh.files.items()}


def _build_again_mends_legal_html(project):
    """`build.py build` in a fresh process, and the half-written legal.html it must write again."""
    result = subprocess.run([sys.executable, str(REPO / "build.py"), "build", "--root", str(project.root),
                             "--out", str(project.out), "--no-cache"], capture_output=True, text=True, check=False)
    assert result.returncode == 0, result.stderr
    assert "<html" in (project.out / "legal.html").read_text()


def test_an_update_cut_short_is_mended_by_the_next_build(project):
    Builder(project, reuse_site=False).build()
    marker = project.out / ".katalog-build.json"
    data = json.loads(marker.read_text())
    data["files"]["legal.html"] = ""  # what an update in place says while it changes a file
    marker.write_text(json.dumps(data))
    (project.out / "legal.html").write_text("half written")
    (project.out / ".index.html.new-99999").write_text("litter of the cut-short update")
    _build_again_mends_legal_html(project)
    assert not (project.out / ".index.html.new-99999").exists()


def test_files_an_update_named_as_changing_are_written_again_by_the_next_build(project):
    """serve names the files it is about to change beside the manifest, not in it: a build after
    an update killed half way trusts none of them."""
    serving = Builder(project, reuse_site=False)
    serving.build()
    (project.out / ".katalog-build.json.pending").write_text(json.dumps(["legal.html"]))
    (project.out / "legal.html").write_text("half written")
    _build_again_mends_legal_html(project)
    assert not (project.out / ".katalog-build.json.pending").exists()
    path = project.seeds / "theses/padang-hildesheim.md"  # and serve's own next update ends with none named
    path.write_text(path.read_text().replace("penandatanganan MoU", "penandatanganan MoU dan revitalisasi"))
    serving.build()
    assert not (project.out / ".katalog-build.json.pending").exists()
    assert "revitalisasi" in (project.out / "theses/padang-hildesheim.html").read_text()


def test_pages_planned_again_only_where_a_change_reaches_keep_every_key_a_fresh_plan_gives(tmp_path):
    """A serving builder takes back the pages whose inputs are unchanged (render.PagePlans); after
    each kind of edit its pages and their keys are those a fresh builder plans and renders."""
    second = ("---\ntitle: Padang dan Hildesheim dalam pendidikan\npartnership: [padang, hildesheim]\n"
              "theories: [paradiplomasi]\nstages: [mou]\nkind: abstract\n---\n\n## ABSTRAK\n\n"
              "Kerja sama sister city Kota Padang dan Kota Hildesheim di bidang pendidikan.\n")
    config = make_project(tmp_path / "proj", theses={"padang-hildesheim-2.md": second})
    path = config.seeds / "theses/padang-hildesheim-2.md"
    serving = Builder(config, reuse_site=False)
    serving.build()

    def edit(old, new):
        path.write_text(path.read_text().replace(old, new, 1))

    steps = [
        ("its text", lambda: edit("bidang pendidikan.", "bidang pendidikan dan kebudayaan.")),
        ("its title", lambda: edit("title: Padang dan", "title: Kota Padang dan")),  # the partnership lists the titles
        ("whom it cites", lambda: edit("kind: abstract", "kind: abstract\ncites: {paradiplomasi: [Duchacek]}")),
        ("its events", lambda: edit("kind: abstract", 'kind: abstract\nevents:\n  - {date: "2010-05", stage: mou, note: "MoU"}')),
        ("its tags", lambda: edit("stages: [mou]", "stages: [mou, pelaksanaan]")),
        ("its partnership's other thesis", lambda: (config.seeds / "theses/padang-hildesheim.md").write_text(
            (config.seeds / "theses/padang-hildesheim.md").read_text().replace("## ABSTRAK", "## ABSTRAK\n\nTambahan."))),
    ]
    for what, step in steps:
        step()
        result = serving.build()
        fresh_builder = Builder(Config.for_project(config.root, out=tmp_path / "fresh"))
        fresh = fresh_builder.gather()
        assert {dest: key for dest, (key, _) in serving.pages.items()} == \
               {dest: key for dest, (key, _) in fresh_builder.pages.items()}, what
        assert site_on_disk(config.out) == fresh.files, what
        assert result.rendered < sum(result.page_counts.values()), what


def test_serves_manifest_patched_edit_after_edit_is_the_one_a_full_write_makes(project):
    serving = Builder(project, reuse_site=False)  # as `serve` runs it: the manifest's lines kept and patched
    serving.build()
    path = project.seeds / "theses/padang-hildesheim.md"
    for word in ("revitalisasi", "evaluasi", "stagnasi"):
        path.write_text(path.read_text().replace("penandatanganan MoU", f"penandatanganan MoU dan {word}", 1))
        serving.build()
        on_disk = {p.relative_to(project.out).as_posix(): hashlib.sha256(p.read_bytes()).hexdigest()
                   for p in project.out.rglob("*") if p.is_file() and not p.name.startswith(".katalog-build")}
        expected = json.dumps({"generator": "katalog", "files": on_disk}, sort_keys=True, separators=(",\n", ": "))
        assert (project.out / ".katalog-build.json").read_text() == expected

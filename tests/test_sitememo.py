"""The site memo: a build whose inputs are those of an earlier one takes that site back from the
cache (the same bytes, in a fraction of the time), and anything else is built afresh."""

from __future__ import annotations

import os

import pytest

from katalog.buildmemo import input_digest
from katalog.config import Config
from katalog.pipeline import Builder
from tests.test_buildcache import site_files, with_cache


@pytest.fixture
def catalogue(tmp_path):
    from benchmarks.bench import make_catalogue

    return make_catalogue(tmp_path / "proj", 12)


def blobs(config: Config) -> list:
    return sorted(p for p in (config.cache / "blobs").rglob("*") if p.is_file())


def test_the_same_inputs_give_the_same_site_back_without_building(catalogue, tmp_path):
    config = with_cache(catalogue)
    first = Builder(config, jobs=1).build()
    expected = site_files(config.out)
    elsewhere = with_cache(catalogue, out=tmp_path / "elsewhere")  # a fresh output folder: CI, or site/ removed
    again = Builder(elsewhere, jobs=1)
    result = again.build()
    assert again.reused and again.fresh == 0 and result.rendered == 0
    assert site_files(elsewhere.out) == expected
    assert result.page_counts == first.page_counts and sum(first.page_counts.values()) > 12  # what the summary line says
    assert result.warnings == first.warnings and result.diagnostics == first.diagnostics


def test_a_changed_input_builds_afresh_and_shows_the_change(catalogue, tmp_path):
    config = with_cache(catalogue)
    Builder(config, jobs=1).build()
    thesis = config.seeds / "theses" / "t00002.md"
    thesis.write_text(thesis.read_text().replace("## ABSTRAK", "## ABSTRAK\n\nKalimat penanda xylofon.", 1))
    builder = Builder(config, jobs=1)
    builder.build()
    assert not builder.reused and builder.fresh == 1
    assert "xylofon" in "".join(p.read_text() for p in (config.out / "theses").glob("*.html"))
    template = config.templates / "base.html"  # a template counts as much as a thesis
    template.write_text(template.read_text().replace("</footer>", "<p>catatan kaki baru</p></footer>", 1))
    builder = Builder(config, jobs=1)
    builder.build()
    assert not builder.reused and "catatan kaki baru" in (config.out / "index.html").read_text()


@pytest.mark.parametrize("how", ["same size", "shorter", "gone"])
def test_a_damaged_blob_is_never_published(catalogue, tmp_path, how):
    config = with_cache(catalogue)
    Builder(config, jobs=1).build()
    expected = site_files(config.out)
    victim = max(blobs(config), key=lambda p: p.stat().st_size)
    os.unlink(victim)  # not through the link: the output folder keeps its bytes
    data = expected[next(path for path, data in expected.items() if len(data) == max(map(len, expected.values())))]
    if how == "same size":
        victim.write_bytes(data[:-1] + b"!")
    elif how == "shorter":
        victim.write_bytes(data[:100])
    fresh = with_cache(catalogue, out=tmp_path / "fresh")
    builder = Builder(fresh, jobs=1)
    builder.build()
    assert not builder.reused
    assert site_files(fresh.out) == expected


def test_a_blob_restored_with_other_times_is_checked_by_content(catalogue, tmp_path):
    config = with_cache(catalogue)
    Builder(config, jobs=1).build()
    for blob in blobs(config):  # a restore (CI's cache) that does not keep modification times
        os.utime(blob, ns=(0, 0))
    fresh = with_cache(catalogue, out=tmp_path / "fresh")
    builder = Builder(fresh, jobs=1)
    builder.build()
    assert builder.reused and site_files(fresh.out) == site_files(config.out)


def test_an_input_the_builder_would_report_is_never_looked_up(catalogue, tmp_path):
    config = with_cache(catalogue)
    tool = "t" * 64
    assert input_digest(config, tool) == input_digest(config, tool)
    assert input_digest(config, tool) != input_digest(Config.for_project(config.root, site_url="https://x.org/"), tool)
    (config.seeds / "theses" / "link.md").symlink_to(tmp_path / "outside.md")
    assert input_digest(config, tool) is None


def test_serve_rebuilds_what_changed_and_writes_nothing_when_nothing_did(catalogue):
    config = with_cache(catalogue)
    Builder(config, jobs=1).build()  # an earlier `build` left its site in the memo
    serving = Builder(config, jobs=1, reuse_site=False)
    serving.build()
    assert not serving.reused and serving.fresh == 0  # prepared from the cache, kept in memory for the edits
    marker = (config.out / ".katalog-build.json").stat().st_ino
    result = serving.build()  # nothing changed
    assert serving.reused and result.write.written == 0
    assert (config.out / ".katalog-build.json").stat().st_ino == marker  # not even swapped
    thesis = config.seeds / "theses" / "t00004.md"
    thesis.write_text(thesis.read_text() + "\nKalimat penutup baru.\n")
    serving.build()
    assert not serving.reused and serving.fresh == 1


def test_after_one_edit_the_unchanged_pages_are_linked_from_the_cache_not_rendered_or_written(catalogue, tmp_path):
    config = with_cache(catalogue)
    Builder(config, jobs=1).build()
    thesis = config.seeds / "theses" / "t00005.md"
    thesis.write_text(thesis.read_text() + "\nKalimat tambahan di akhir.\n")
    fresh = with_cache(catalogue, out=tmp_path / "fresh")  # CI: the cache restored, no output folder
    builder = Builder(fresh, jobs=1)
    result = builder.build()
    assert not builder.reused and builder.fresh == 1
    assert 0 < result.rendered < sum(result.page_counts.values()) / 5  # the pages that did not change are not rendered again
    linked = [p for p in fresh.out.rglob("*") if p.is_file() and p.stat().st_nlink > 1]
    assert len(linked) > 0.8 * sum(1 for p in fresh.out.rglob("*") if p.is_file())
    cold = Config.for_project(catalogue.root, out=tmp_path / "cold")
    Builder(cold, jobs=1).build()
    assert site_files(fresh.out) == site_files(cold.out)


def test_check_and_zip_after_a_build_read_the_pages_kept_in_the_cache(catalogue, tmp_path):
    """After a build, a changed thesis makes the next run take most pages from the cache's
    memo: `check` must still read every page's links and `zip` must pack every page's bytes."""
    import io
    import zipfile

    from katalog.check import run_check
    from katalog.package import zip_bytes

    config = with_cache(catalogue)
    Builder(config, jobs=1).build()
    built = site_files(config.out)
    thesis = config.seeds / "theses" / "t00003.md"
    thesis.write_text(thesis.read_text().replace("## ABSTRAK", "## ABSTRAK\n\nKalimat penanda xylofon.", 1))
    assert not [d for d in run_check(config) if d.severity == "error"]
    result = Builder(config, jobs=1).gather()
    archive = zipfile.ZipFile(io.BytesIO(zip_bytes(result.files, "k")))
    assert "k/index.html" in archive.namelist()
    unchanged = "theses/t00001.html" if "theses/t00001.html" in built else sorted(p for p in built if p.startswith("theses/"))[0]
    assert archive.read(f"k/{unchanged}") == built[unchanged]  # a page taken from the cache, packed whole
    assert any(b"xylofon" in archive.read(n) for n in archive.namelist() if n.startswith("k/theses/"))

"""The persistent build cache: a fresh process reuses what an earlier one prepared, trusts nothing
it cannot verify, and builds the same bytes as a cold build."""

from __future__ import annotations

import subprocess
import sys

import pytest

from katalog.buildcache import MAGIC, BuildCache
from katalog.config import Config
from katalog.errors import UnsafeOutput
from katalog.pipeline import Builder
from tests.conftest import REPO


@pytest.fixture
def catalogue(tmp_path):
    from benchmarks.bench import make_catalogue

    return make_catalogue(tmp_path / "proj", 12)


def with_cache(config: Config, cache=None, out=None) -> Config:
    return Config.for_project(config.root, out=out or config.out, cache=cache or config.root / ".cache" / "katalog")


def site_files(out) -> dict[str, bytes]:
    return {p.relative_to(out).as_posix(): p.read_bytes() for p in out.rglob("*") if p.is_file()}


def cache_files(config: Config) -> list:
    return sorted((config.cache / "prepared").rglob("*.bin"))


def test_a_fresh_process_reuses_the_cache_and_builds_the_same_bytes(catalogue, tmp_path):
    cold = Config.for_project(catalogue.root, out=tmp_path / "cold")
    Builder(cold, jobs=1).build()
    config = with_cache(catalogue)
    first = Builder(config, jobs=1)
    first.build()
    assert first.fresh == 12 and len(cache_files(config)) == 12
    again = Builder(config, jobs=1, reuse_site=False)  # a new process: nothing in memory (not the whole site: buildmemo)
    again.build()
    assert again.fresh == 0 and again.cache.hits == 12
    assert site_files(config.out) == site_files(cold.out)
    edited = config.seeds / "theses" / "t00003.md"
    edited.write_text(edited.read_text().replace("## ABSTRAK", "## ABSTRAK\n\nKalimat baru tentang perikanan.", 1))
    third = Builder(config, jobs=1)
    third.build()
    assert not third.reused
    assert third.fresh == 1 and len(cache_files(config)) == 12  # the old entry of the edited thesis is gone
    Builder(cold, jobs=1).build()
    assert site_files(config.out) == site_files(cold.out)


def damage(path, how: str) -> None:
    data = path.read_bytes()
    if how == "truncated":
        path.write_bytes(data[: len(data) // 2])
    elif how == "flipped":
        path.write_bytes(data[:-40] + bytes([data[-40] ^ 0xFF]) + data[-39:])
    elif how == "foreign":  # another release's cache: same payload, another tool digest
        head, tool, rest = data.split(b"\n", 2)
        path.write_bytes(head + b"\n" + b"0" * len(tool) + b"\n" + rest)
    elif how == "garbage":
        path.write_bytes(b"\x00\xff not a cache file")
    elif how == "empty":
        path.write_bytes(b"")


@pytest.mark.parametrize("how", ["truncated", "flipped", "foreign", "garbage", "empty"])
def test_a_damaged_or_foreign_entry_is_ignored_and_replaced(catalogue, tmp_path, how):
    config = with_cache(catalogue)
    Builder(config, jobs=1).build()
    expected = site_files(config.out)
    victims = cache_files(config)[:3]
    for path in victims:
        damage(path, how)
    damage(config.cache / "places.bin", how)
    builder = Builder(config, jobs=1, reuse_site=False)
    builder.build()
    assert builder.fresh == 3 and len(builder.cache.rejected) == 4  # and places.bin
    # the maintainer is told which: an upgrade's entries are routine, damage is not
    told = "4 entries of another version replaced" if how == "foreign" else "4 damaged or foreign entries ignored"
    assert told in builder.cache_summary(), builder.cache_summary()
    assert site_files(config.out) == expected
    assert all(path.read_bytes().startswith(MAGIC) for path in victims)  # rewritten
    again = Builder(config, jobs=1, reuse_site=False)
    again.build()
    assert again.fresh == 0 and again.cache.rejected == []


def test_a_crafted_pickle_with_a_valid_digest_runs_nothing(catalogue, tmp_path):
    """The digest line is no signature: whoever can write the folder can make it match. The reader
    accepts the package's data classes only, so a pickle that names a function is a miss."""
    config = with_cache(catalogue)
    Builder(config, jobs=1).build()
    canary = tmp_path / "canary"

    class Payload:
        def __reduce__(self):
            return (subprocess.call, (["touch", str(canary)],))

    cache = BuildCache(config.cache)
    victim = cache_files(config)[0]
    cache._write(victim, Payload())  # a well-formed file: magic, this tool's digest, the payload's digest
    builder = Builder(config, jobs=1, reuse_site=False)
    builder.build()
    assert not canary.exists()
    assert builder.fresh == 1 and builder.cache.rejected == [victim.name]


def test_no_cache_reads_and_writes_nothing(catalogue):
    subprocess.run([sys.executable, str(REPO / "build.py"), "build", "--root", str(catalogue.root), "--no-cache"],
                   check=True, capture_output=True)
    assert not (catalogue.root / ".cache").exists()
    out = subprocess.run([sys.executable, str(REPO / "build.py"), "build", "--root", str(catalogue.root)],
                         check=True, capture_output=True, text=True).stdout
    assert "build cache: 0 reused, 12 theses prepared" in out
    assert (catalogue.root / ".cache" / "katalog" / ".katalog-cache").is_file()
    out = subprocess.run([sys.executable, str(REPO / "build.py"), "build", "--root", str(catalogue.root)],
                         check=True, capture_output=True, text=True).stdout
    assert "build cache: the whole site reused" in out  # the same inputs: see test_sitememo.py
    (catalogue.root / "seeds" / "theses" / "t00001.md").write_text(
        (catalogue.root / "seeds" / "theses" / "t00001.md").read_text() + "\nSatu kalimat lagi.\n")
    out = subprocess.run([sys.executable, str(REPO / "build.py"), "build", "--root", str(catalogue.root)],
                         check=True, capture_output=True, text=True).stdout
    assert "build cache: 11 reused, 1 theses prepared" in out


@pytest.mark.parametrize("where", [
    lambda c: c.out,  # the output folder itself
    lambda c: c.out / "cache",  # inside it: it would be published
    lambda c: c.out.parent,  # around it (here: the project folder)
    lambda c: c.root / "seeds" / "cache",
    lambda c: c.root / "templates",
])
def test_refuses_a_cache_inside_the_output_or_the_sources(catalogue, where):
    config = with_cache(catalogue, cache=where(catalogue))
    with pytest.raises(UnsafeOutput, match="refusing"):
        Builder(config, jobs=1).build()
    assert not (config.cache / "prepared").exists()


def test_refuses_a_folder_it_did_not_make(catalogue, tmp_path):
    foreign = tmp_path / "photos"
    foreign.mkdir()
    (foreign / "holiday.jpg").write_bytes(b"jpeg")
    with pytest.raises(UnsafeOutput, match="not empty and was not made by this builder"):
        Builder(with_cache(catalogue, cache=foreign), jobs=1).build()
    assert sorted(p.name for p in foreign.iterdir()) == ["holiday.jpg"]
    result = subprocess.run([sys.executable, str(REPO / "build.py"), "build", "--root", str(catalogue.root),
                             "--cache", str(foreign)], check=False, capture_output=True, text=True)
    assert result.returncode == 1 and "refusing" in result.stderr


def test_the_cache_is_not_pickle_of_anything(catalogue):
    """Entries are read with the allow-list even when they are well-formed: plain data loads."""
    cache = BuildCache(catalogue.root / "c")
    cache.put("k" * 64, ("text", 1, [2.0]))
    assert cache.get("k" * 64) == ("text", 1, [2.0])
    cache.put("j" * 64, (len, "x"))  # a function: refused when read back
    assert cache.get("j" * 64) is None


def test_every_seed_thesis_is_read_back_from_the_cache(tmp_path):
    """The seeds' front matter has mappings (stage_status, cites): their entries must be cache data too."""
    config = Config.for_project(REPO, out=tmp_path / "site", cache=tmp_path / "cache")
    Builder(config, jobs=1).build()
    again = Builder(config, jobs=1, reuse_site=False)
    again.build()
    assert again.cache.rejected == [] and again.fresh == 0 and again.cache.hits == len(list((REPO / "seeds" / "theses").glob("*.md")))


def test_a_fresh_process_takes_the_search_index_the_cache_kept_and_builds_the_same_bytes(catalogue, tmp_path):
    """CI with the cache restored after a commit: the index of the last build is taken back and
    only the changed documents are indexed again (one edited with a new tag, one removed, one
    added); the site is the very one a build from nothing makes."""
    config = with_cache(catalogue)
    Builder(config, jobs=1).build()
    theses = config.seeds / "theses"
    edited = theses / "t00003.md"
    edited.write_text(edited.read_text().replace("## ABSTRAK", "## ABSTRAK\n\nKalimat baru tentang revitalisasi.", 1))
    added = (theses / "t00005.md").read_text().replace("t00005", "t00099")
    (theses / "t00005.md").unlink()
    (theses / "t00099.md").write_text(added)
    fresh = Builder(config, jobs=1)
    fresh.build()
    assert fresh.index_taken and "search index kept" in fresh.cache_summary()
    cold = Config.for_project(catalogue.root, out=tmp_path / "cold")
    Builder(cold, jobs=1).build()
    assert site_files(config.out) == site_files(cold.out)
    # a damaged kept index is not taken, and the site is the same
    index = config.cache / "index.bin"
    index.write_bytes(index.read_bytes()[:-100])
    edited.write_text(edited.read_text().replace("Kalimat baru", "Kalimat lain", 1))
    again = Builder(config, jobs=1)
    again.build()
    assert not again.index_taken
    Builder(cold, jobs=1).build()
    assert site_files(config.out) == site_files(cold.out)

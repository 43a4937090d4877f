"""The benchmark's realistic catalogue: seeded, valid for the builder, shaped as documented."""

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from katalog.config import Config
from katalog.load import load_theses, load_vocabulary
from katalog.pipeline import Builder
from katalog.validate import validate_thesis, validate_vocabulary_links

BENCH = Path(__file__).resolve().parent.parent / "benchmarks"
sys.path.insert(0, str(BENCH))

import corpus
import hugo_peer
from lexicon import derive


@pytest.fixture(scope="module")
def catalogue(tmp_path_factory) -> list[Path]:
    return corpus.make_catalogue(tmp_path_factory.mktemp("c") / "project", 40, seed=7)


@pytest.mark.parametrize(("root", "prefix", "suffix", "form"), [
    # meN- takes the nasal that fits the root, dropping a voiceless first consonant
    ("tulis", "meN", "", "menulis"), ("pukul", "meN", "", "memukul"), ("sapu", "meN", "", "menyapu"),
    ("kirim", "meN", "kan", "mengirimkan"), ("baca", "meN", "kan", "membacakan"), ("lihat", "meN", "", "melihat"),
    ("ajar", "peN", "an", "pengajaran"), ("dengar", "peN", "", "pendengar"),
    # ber-/ter- lose their r before r, and before a first syllable ending in -er
    ("kerja", "ber", "", "bekerja"), ("renang", "ber", "", "berenang"), ("rasa", "ter", "", "terasa"),
    ("tani", "per", "an", "pertanian"), ("sama", "ke", "an", "kesamaan"), ("kirim", "di", "kan", "dikirimkan"),
])
def test_derived_forms_are_indonesian(root, prefix, suffix, form):
    assert derive(root, prefix, suffix) == form


def test_same_seed_same_files_and_a_smaller_catalogue_is_a_prefix(tmp_path, catalogue):
    again = corpus.make_catalogue(tmp_path / "again", 25, seed=7)
    assert [p.name for p in again] == [p.name for p in catalogue[:25]]
    assert all(a.read_bytes() == b.read_bytes() for a, b in zip(again, catalogue))
    other = corpus.make_catalogue(tmp_path / "other", 5, seed=8)
    assert [p.read_bytes() for p in other] != [p.read_bytes() for p in catalogue[:5]]


def test_catalogue_is_valid_input_with_300_cities(catalogue):
    config = Config.for_project(catalogue[0].parents[2])
    vocab, problems = load_vocabulary(config)
    assert problems == []
    assert len(vocab.terms["cities"]) == 300
    assert validate_vocabulary_links(vocab, {"cities": "seeds/cities.yml"}) == []
    theses, problems = load_theses(config)
    assert problems == [] and len(theses) == 40
    assert [d for t in theses for d in validate_thesis(t, vocab)] == []


def test_theses_have_the_documented_sections_and_lengths(catalogue):
    texts = [p.read_text(encoding="utf-8") for p in catalogue]
    for text in texts:
        for label in ("ABSTRAK", "Kata Kunci:", "ABSTRACT", "Keywords:", "BAB I PENDAHULUAN"):
            assert label in text
    sizes = [p.stat().st_size for p in catalogue]
    assert min(sizes) >= 2000 and max(sizes) <= 54 * 1024
    stats = corpus.corpus_stats(catalogue)
    assert 2.5 < stats["median_kb"] < 6 and stats["forms"] > 3000


def test_catalogue_builds_here(catalogue, tmp_path):
    config = Config.for_project(catalogue[0].parents[2], out=tmp_path / "site")
    result = Builder(config, jobs=1).build()
    assert result.page_counts["thesis"] == 40 * 2  # each thesis in Indonesian and in English


def test_hugo_site_has_the_same_bodies_and_taxonomies(catalogue, tmp_path):
    project = catalogue[0].parents[2]
    assert hugo_peer.lay_out(project, tmp_path / "hugo") == 40
    source, copy = catalogue[3].read_text(encoding="utf-8"), (tmp_path / "hugo/content/theses" / catalogue[3].name)
    laid = copy.read_text(encoding="utf-8")
    assert laid.split("---\n", 2)[2] == source.split("---\n", 2)[2]
    for taxonomy in ("cities", "countries", "theories", "stages", "partnerships"):
        assert f"\n{taxonomy}: [" in laid
    if shutil.which("hugo"):
        _, _, peak = hugo_peer.run(["hugo", "--quiet", "-s", str(tmp_path / "hugo"), "-d", str(tmp_path / "out")])
        assert (tmp_path / "out/theses" / catalogue[3].stem / "index.html").exists() and peak > 0


def test_bench_help_prints_usage_and_builds_nothing():
    done = subprocess.run([sys.executable, str(BENCH / "bench.py"), "--help"], capture_output=True, text=True,
                          timeout=60, check=False)
    assert done.returncode == 0 and "--shape {realistic,seeds}" in done.stdout and "Speed check" not in done.stdout


FAKE_CACHED_BUILDER = """import sys, pathlib
if "--help" in sys.argv:
    print("usage: build.py build [--cache DIR] [--no-cache]")
    raise SystemExit(0)
with open(sys.argv[1], "a") as log:
    print(" ".join(sys.argv[2:]), file=log)
out = pathlib.Path(sys.argv[sys.argv.index("--out") + 1])
out.mkdir(parents=True)
(out / "index.html").write_text("built")
"""


@pytest.mark.skipif(not shutil.which("hugo"), reason="Hugo is not installed")
def test_a_builder_with_a_cache_is_timed_cold_and_warm(catalogue, tmp_path):
    import bench

    fake = tmp_path / "build.py"
    fake.write_text(FAKE_CACHED_BUILDER.replace("sys.argv[1], ", f"{str(tmp_path / 'log')!r}, "))
    assert hugo_peer.lay_out(catalogue[0].parents[2], tmp_path / "hugo") == 40
    runs = bench.cold_builds(catalogue[0].parents[2], tmp_path / "hugo", tmp_path / "out", 2, build_py=fake)
    assert {who: len(r) for who, r in runs.items()} == {"ours": 2, "hugo": 2, "warm": 2, "changed": 2}
    calls = (tmp_path / "log").read_text().splitlines()
    assert sum("--no-cache" in c for c in calls) == 2 and sum("--cache" in c.split() for c in calls) == 6
    copy = tmp_path / "out" / "project-changed" / "seeds" / "theses"  # one thesis edited before each "changed" run
    edited = sorted(copy.glob("*.md"))[0]
    assert edited.read_text().count("Kalimat suntingan ke-") == 2

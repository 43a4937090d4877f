"""Pages rendered by the workers go to a spool folder beside the output, not through the main
process; the site is the same as a single process builds, and nothing of the spool stays behind
(a killed build's spool is cleared by the next build)."""

import re
import subprocess
import sys

import pytest

from katalog.config import Config
from katalog.pipeline import PARALLEL_THRESHOLD, Builder
from katalog.workers import fork_pool_allowed
from tests.conftest import REPO
from tests.test_buildcache import site_files


@pytest.fixture(scope="module")
def catalogue(tmp_path_factory):
    from benchmarks.bench import make_catalogue

    return make_catalogue(tmp_path_factory.mktemp("spool") / "proj", 160)


def test_workers_spool_pages_and_the_site_is_what_one_process_builds(catalogue, tmp_path):
    one = Config.for_project(catalogue.root, out=tmp_path / "one", cache=None)
    Builder(one, jobs=1).build()
    two = Config.for_project(catalogue.root, out=tmp_path / "two", cache=None)
    dead = tmp_path / ".two.pages-999999999-left"  # a spool a killed build left
    dead.mkdir()
    (dead / "abc").write_bytes(b"x")
    # in a process of its own: forking is refused while the test session's other threads live
    done = subprocess.run([sys.executable, str(REPO / "build.py"), "build", "--root", str(catalogue.root), "--out",
                           str(two.out), "--no-cache", "--jobs", "2"], capture_output=True, text=True, timeout=600)
    assert done.returncode == 0, done.stderr
    assert int(re.search(r"built (\d+) pages", done.stdout + done.stderr).group(1)) >= PARALLEL_THRESHOLD
    assert site_files(two.out) == site_files(one.out)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["one", "two"]  # no spool left, the dead one cleared


def test_a_rebuild_after_a_spooled_build_takes_unchanged_pages_from_the_site(catalogue, tmp_path):
    if not fork_pool_allowed(2):
        pytest.skip("no worker processes while other threads run (the first test builds in its own process)")
    one = Config.for_project(catalogue.root, out=tmp_path / "one", cache=None)
    Builder(one, jobs=1).build()
    two = Config.for_project(catalogue.root, out=tmp_path / "two", cache=None)
    builder = Builder(two, jobs=2)
    assert builder.build().rendered >= PARALLEL_THRESHOLD
    thesis = catalogue.seeds / "theses" / "t00001.md"
    original = thesis.read_text()
    thesis.write_text(original.replace("## ABSTRAK", "## ABSTRAK\n\nKalimat penanda xylofon.", 1))
    builder.build()  # a rebuild takes the unchanged pages from the last site, not from a spool gone
    assert any("xylofon" in p.read_text() for p in (two.out / "theses").glob("*.html"))
    assert (two.out / "legal.html").read_bytes() == (one.out / "legal.html").read_bytes()  # linked from the last site
    assert sorted(p.name for p in tmp_path.iterdir()) == ["one", "two"]
    thesis.write_text(original)

"""Bad input: every problem as path:line: message, all at once, and the old site untouched."""

import subprocess
import sys

import pytest

from katalog.errors import BuildFailed
from katalog.pipeline import Builder
from tests.conftest import REPO, make_project

CASES = [
    # malformed YAML: the parser's line plus the front matter's offset
    ("thesis_with_bad_yaml.md", "---\ntitle: ok\nstages: [mou\n---\nText.\n",
     "seeds/theses/thesis_with_bad_yaml.md:3: invalid YAML: expected ',' or ']', but got '<stream end>'"),
    # an unknown vocabulary slug, with a did-you-mean
    ("thesis_with_unknown_city.md", "---\ntitle: x\npartnership: [padangg, hildesheim]\n---\nText.\n",
     "seeds/theses/thesis_with_unknown_city.md:3: unknown city 'padangg' (did you mean 'padang'?)"),
    ("thesis_with_unknown_stage.md", "---\ntitle: x\nkind: abstract\nstages: [mou, loj]\n---\nText.\n",
     "seeds/theses/thesis_with_unknown_stage.md:4: unknown stage 'loj' (did you mean 'loi'?)"),
    ("thesis_with_unknown_key.md", "---\ntitle: x\nauthor: [Someone]\n---\nText.\n",
     "seeds/theses/thesis_with_unknown_key.md:3: unknown front matter key 'author' (did you mean 'authors'?)"),
    # a file that is not UTF-8: the line of the first bad byte
    ("thesis_not_utf8.md", b"---\ntitle: x\n---\nline one\nKota \xe9 Padang\n",
     "seeds/theses/thesis_not_utf8.md:5: file is not UTF-8 (byte 0xe9 cannot be decoded)"),
    # a duplicate id
    ("sub/padang-hildesheim.md", "---\ntitle: copy\n---\nText.\n",
     "seeds/theses/sub/padang-hildesheim.md:1: duplicate thesis id 'padang-hildesheim' (also used by seeds/theses/padang-hildesheim.md)"),
    ("thesis_with_bad_year.md", "---\ntitle: x\nyear: 20016\n---\nText.\n",
     "seeds/theses/thesis_with_bad_year.md:3: 'year' must be a four-digit year, not 20016"),
]


@pytest.mark.parametrize("name, content, expected", CASES, ids=[c[0] for c in CASES])
def test_each_bad_input_is_reported_exactly(tmp_path, name, content, expected):
    config = make_project(tmp_path / "p", theses={name: content})
    with pytest.raises(BuildFailed) as failed:
        Builder(config).gather()
    assert expected in [str(d) for d in failed.value.diagnostics]


def test_missing_required_vocabulary_field(tmp_path):
    config = make_project(tmp_path / "p")
    path = config.seeds / "cities.yml"
    path.write_text(path.read_text().replace("  type: kabupaten\n", "", 1))
    with pytest.raises(BuildFailed) as failed:
        Builder(config).gather()
    line = path.read_text().split("\n").index("kabupaten-bogor:") + 1
    assert [str(d) for d in failed.value.errors] == [
        f"seeds/cities.yml:{line}: cities entry 'kabupaten-bogor' is missing required field 'type'"]


def test_all_errors_reported_at_once_exit_1_and_old_site_untouched(tmp_path):
    config = make_project(tmp_path / "p")
    out = tmp_path / "p" / "site"
    assert subprocess.run([sys.executable, str(REPO / "build.py"), "build", "--root", str(config.root),
                           "--out", str(out)], capture_output=True, check=False).returncode == 0
    before = {p.relative_to(out): p.read_bytes() for p in out.rglob("*") if p.is_file()}
    for name, content, _ in CASES[:4]:
        (config.seeds / "theses" / name).write_text(content)
    run = subprocess.run([sys.executable, str(REPO / "build.py"), "build", "--root", str(config.root),
                          "--out", str(out)], capture_output=True, text=True, check=False)
    assert run.returncode == 1
    lines = run.stderr.strip().split("\n")
    for _, _, expected in CASES[:4]:
        assert expected in lines
    assert lines[-1].startswith("build failed: 4 errors")
    assert "Traceback" not in run.stderr
    after = {p.relative_to(out): p.read_bytes() for p in out.rglob("*") if p.is_file()}
    assert after == before

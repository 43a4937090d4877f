"""The node tests of the query engine, static/search-query.js (tests/js/), on the seeds' built index."""

import os
import shutil
import subprocess

import pytest

from tests.conftest import REPO


def test_node_tests_of_the_search_script_pass(seeds_site):
    node = shutil.which("node")
    if node is None:
        pytest.fail("node is needed to test the JavaScript side")
    config, _ = seeds_site
    env = {**os.environ, "KATALOG_SEARCH_DIR": str(config.out / "search")}
    run = subprocess.run([node, "--test", str(REPO / "tests/js/search.test.js")],
                         check=False, capture_output=True, text=True, env=env)
    assert run.returncode == 0, run.stdout + run.stderr

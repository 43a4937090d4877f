"""The publish workflow is valid against the GitHub workflow schema and does what it must."""

import subprocess
import sys

import yaml

from tests.conftest import REPO

WORKFLOW = REPO / ".github/workflows/publish.yml"


def test_workflow_matches_schema():
    run = subprocess.run([sys.executable, "-m", "check_jsonschema", "--builtin-schema", "vendor.github-workflows",
                          str(WORKFLOW)], capture_output=True, text=True, check=False)
    assert run.returncode == 0, run.stdout + run.stderr


def test_workflow_tests_builds_deploys_and_keeps_the_zip():
    text = WORKFLOW.read_text()
    flow = yaml.safe_load(text)
    steps = " ".join(str(s) for s in flow["jobs"]["build"]["steps"])
    assert "pytest" in steps and "build.py build --zip" in steps
    assert "upload-artifact" in steps and "upload-pages-artifact" in steps
    assert "deploy-pages" in str(flow["jobs"]["deploy"]["steps"])


def test_workflow_restores_and_saves_the_build_cache_per_tool_version():
    flow = yaml.safe_load(WORKFLOW.read_text())
    steps = flow["jobs"]["build"]["steps"]
    names = [s.get("uses", "") + s.get("run", "") for s in steps]
    cache = next(i for i, n in enumerate(names) if n.startswith("actions/cache@"))
    build = next(i for i, n in enumerate(names) if "build.py build" in n)
    assert cache < build and "--cache .cache/katalog" in names[build]
    spec = steps[cache]["with"]
    assert spec["path"] == ".cache/katalog" and "hashFiles('katalog/**'" in spec["key"]
    assert "github.run_id" in spec["key"]  # saved every run, not only the first of a version

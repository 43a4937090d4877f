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

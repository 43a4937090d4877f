"""The publish workflow is valid against the GitHub workflow schema and does what it must."""

import os
import subprocess
import sys

import yaml

from tests.conftest import REPO

WORKFLOW = REPO / ".github/workflows/publish.yml"
CI_RUN = REPO / ".ci/run"
DEBIAN_CHROMIUM = "/usr/bin/chromium"  # where Debian's chromium package installs it (tests/conftest.py's default)


def test_workflow_matches_schema():
    run = subprocess.run([sys.executable, "-m", "check_jsonschema", "--builtin-schema", "vendor.github-workflows",
                          str(WORKFLOW)], capture_output=True, text=True, check=False)
    assert run.returncode == 0, run.stdout + run.stderr


def test_workflow_tests_builds_deploys_and_keeps_the_zip():
    flow = yaml.safe_load(WORKFLOW.read_text())
    steps = flow["jobs"]["build"]["steps"]
    runs = " ".join(str(s.get("run", "")) for s in steps)
    assert ".ci/run" in runs and "pytest" in CI_RUN.read_text()  # the README's test command, via .ci/run
    assert "build.py build --zip" in runs
    uses = " ".join(str(s.get("uses", "")) for s in steps)
    assert "upload-artifact" in uses and "upload-pages-artifact" in uses
    assert "deploy-pages" in str(flow["jobs"]["deploy"]["steps"])


def test_test_step_looks_for_the_browser_where_it_is_installed():
    """Debian installs Chromium at /usr/bin/chromium: the job runs on Debian and names nothing else."""
    flow = yaml.safe_load(WORKFLOW.read_text())
    job = flow["jobs"]["build"]
    image = job["container"] if isinstance(job.get("container"), str) else job["container"]["image"]
    assert "bookworm" in image or "debian" in image, image
    named = [env["CHROMIUM"] for env in (flow.get("env", {}), job.get("env", {}), *(s.get("env", {}) for s in job["steps"]))
             if "CHROMIUM" in env]
    assert set(named) <= {DEBIAN_CHROMIUM}, named
    script = CI_RUN.read_text()
    assert f'CHROMIUM="${{CHROMIUM:-{DEBIAN_CHROMIUM}}}"' in script
    assert "apt-get install" in script and "chromium" in script and "default-jre-headless" in script
    assert "npm ci" in script and "CI=true" in script
    assert os.access(CI_RUN, os.X_OK)
    assert subprocess.run(["bash", "-n", str(CI_RUN)], check=False).returncode == 0


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

import os
import shutil
import socket
import threading
from functools import partial
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

from katalog.config import Config
from katalog.pipeline import Builder

REPO = Path(__file__).resolve().parent.parent
SITES = Path(__file__).resolve().parent / "sites"


def make_project(root: Path, seeds: Path = SITES / "minimal", theses: dict | None = None) -> Config:
    """A throwaway project: the repo's templates and static files, fixture seeds, extra theses."""
    root.mkdir(parents=True, exist_ok=True)
    shutil.copytree(REPO / "templates", root / "templates")
    shutil.copytree(REPO / "static", root / "static")
    shutil.copytree(seeds, root / "seeds")
    for name, content in (theses or {}).items():
        path = root / "seeds" / "theses" / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(content if isinstance(content, bytes) else content.encode())
    return Config.for_project(root)


def repo_vocabulary_project(root: Path, theses: dict) -> Config:
    """A throwaway project of exactly these theses, read with the repository's own vocabularies."""
    config = make_project(root, theses=theses)
    shutil.copytree(REPO / "seeds", config.seeds, dirs_exist_ok=True, ignore=shutil.ignore_patterns("theses"))
    for other in (config.seeds / "theses").glob("*.md"):
        if other.name not in theses:
            other.unlink()
    return config


@pytest.fixture
def project(tmp_path):
    return make_project(tmp_path / "proj")


@pytest.fixture(scope="session")
def seeds_site(tmp_path_factory):
    """The real seeds built once: (config, result)."""
    out = tmp_path_factory.mktemp("seeds") / "site"
    config = Config.for_project(REPO, out=out)
    result = Builder(config).build()
    return config, result


class _Quiet(SimpleHTTPRequestHandler):
    def log_message(self, *args):
        pass


@pytest.fixture(scope="session")
def http_root(tmp_path_factory, seeds_site):
    """The built seeds served under the sub-path /repo/ by an in-process server on port 0."""
    config, _ = seeds_site
    docroot = tmp_path_factory.mktemp("www")
    shutil.copytree(config.out, docroot / "repo")
    server = ThreadingHTTPServer(("127.0.0.1", 0), partial(_Quiet, directory=str(docroot)))
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}/repo/"
    server.shutdown()
    server.server_close()


@pytest.fixture(scope="session")
def browser():
    chromium = os.environ.get("CHROMIUM", "/usr/bin/chromium")
    if not Path(chromium).exists():
        if os.environ.get("CI") == "true":
            pytest.fail(f"Chromium not found at {chromium}; CI must install it")
        pytest.skip(f"Chromium not found at {chromium} (set CHROMIUM)")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=chromium, args=[
            "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
            "--no-first-run", "--disable-sync"])
        yield b
        b.close()


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]

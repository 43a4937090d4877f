"""Accessibility and markup at zero: axe-core and the W3C Nu checker over every page kind of the seeds' site.

The tools come from npm (`package.json`: `axe-core`, `vnu-jar`, installed by `npm ci`) and the Nu
checker needs Java. Without them the tests are skipped on a workstation and fail under CI=true.
axe is evaluated in the page with the page's own Content-Security-Policy in force
(`page.evaluate(source)` runs through the DevTools protocol, which the CSP does not govern; the
CSP is never bypassed).
"""

import json
import os
import shutil
import subprocess

import pytest
from playwright.sync_api import expect

from tests.conftest import REPO

pytestmark = pytest.mark.browser

AXE = REPO / "node_modules/axe-core/axe.min.js"
VNU = REPO / "node_modules/vnu-jar/build/dist/vnu.jar"

# One page of every kind, in the state a reader sees it in (label, path with query[, width]).
PAGE_KINDS = [
    ("home", "index.html"),
    ("thesis with footnotes and a table of contents", "theses/kabupaten-bogor-nanning-kebijakan.html"),
    ("thesis with abstracts and the folded full text", "theses/kota-bogor-kisarazu-2016-2018.html"),
    ("city", "cities/padang.html"),
    ("country", "countries/vietnam.html"),
    ("theory", "theories/paradiplomasi.html"),
    ("stage", "stages/mou.html"),
    ("partnership", "partnerships/hildesheim--padang.html"),
    ("list of theses", "theses/index.html"),
    ("list of cities", "cities/index.html"),
    ("list of countries", "countries/index.html"),
    ("list of theories", "theories/index.html"),
    ("list of stages", "stages/index.html"),
    ("list of partnerships", "partnerships/index.html"),
    ("legal framework", "legal.html"),
    ("search with results and the header box open", "search.html?q=kerja+sama"),
    # a phone's layout: the stage chips' short names, the facts as lines
    ("home on a phone", "index.html", 390),
    ("thesis on a phone", "theses/kota-bogor-kisarazu-2016-2018.html", 390),
    # the English interface: its own words, Indonesian content marked lang="id"
    ("English home", "en/index.html"),
    ("English thesis", "en/theses/kabupaten-bogor-nanning-kebijakan.html"),
    ("English stage", "en/stages/mou.html"),
    ("English city", "en/cities/padang.html"),
    ("English legal framework", "en/legal.html"),
    ("English search with results", "en/search.html?q=kerja+sama"),
    ("English thesis on a phone", "en/theses/kota-bogor-kisarazu-2016-2018.html", 390),
]


def _require(ok: bool, what: str) -> None:
    """A missing tool fails under CI (it must be installed there) and skips elsewhere."""
    if ok:
        return
    if os.environ.get("CI") == "true":
        pytest.fail(f"{what} is missing; CI must install it (.ci/run: apt-get, npm ci)")
    pytest.skip(f"{what} is missing (npm ci; apt-get install default-jre-headless)")


@pytest.fixture(scope="module")
def axe_source() -> str:
    _require(AXE.is_file(), f"axe-core ({AXE.relative_to(REPO)})")
    return AXE.read_text(encoding="utf-8")


@pytest.fixture(scope="module")
def a11y_page(browser):
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    page = context.new_page()
    yield page
    context.close()


def open_in_reading_state(page, url: str) -> None:
    """Load a page and open what a reader opens: folded text, search results, the header box's list."""
    page.goto(url)
    page.evaluate("document.querySelectorAll('details').forEach(d => { d.open = true; })")
    if "search.html?q=" in url:
        page.wait_for_selector("#search-results li.result")
        page.locator("#q-top").fill("Nanning")
        page.wait_for_selector("#quick-list [role=option]")
        page.locator("#q-top").press("ArrowDown")


def run_axe(page, source: str, options: dict) -> list[str]:
    """axe-core's violations on the loaded page, as 'rule (impact): target: what to fix' lines."""
    assert page.evaluate("!!document.querySelector('meta[http-equiv=Content-Security-Policy]')")
    if not page.evaluate("typeof window.axe !== 'undefined'"):
        page.evaluate(source)
    found = page.evaluate("async o => (await axe.run(document, o)).violations.map(v => v.nodes.map(n => "
                          "`${v.id} (${v.impact}): ${n.target.join(' ')}: ${n.failureSummary}`)).flat()", options)
    return found


@pytest.mark.parametrize("kind", PAGE_KINDS, ids=[f"{k[1]}@{k[2]}" if len(k) > 2 else k[1] for k in PAGE_KINDS])
def test_axe_finds_nothing_in_light_or_dark_mode(seeds_site, a11y_page, axe_source, kind):
    """Every rule of axe's default set (WCAG 2.x A/AA and best practices), any impact; then dark
    mode, which changes only colours, for the contrast rules (same page, no reload)."""
    config, _ = seeds_site
    label, path, width = (*kind, 1280)[:3]
    page = a11y_page
    page.set_viewport_size({"width": width, "height": 900})
    page.emulate_media(color_scheme="light")
    file, query = path.partition("?")[::2]
    open_in_reading_state(page, (config.out / file).as_uri() + ("?" + query if query else ""))
    light = run_axe(page, axe_source, {"resultTypes": ["violations"]})
    page.emulate_media(color_scheme="dark")
    assert page.evaluate("matchMedia('(prefers-color-scheme: dark)').matches")
    dark = run_axe(page, axe_source, {"runOnly": ["color-contrast", "link-in-text-block"], "resultTypes": ["violations"]})
    page.emulate_media(color_scheme="light")
    assert (light, dark) == ([], []), label


def nu_errors(files: list, root) -> list[str]:
    """The Nu checker's errors on these files, as 'path:line: message'."""
    _require(shutil.which("java") is not None, "Java (for the Nu checker)")
    _require(VNU.is_file(), f"the Nu checker ({VNU.relative_to(REPO)})")
    # C1 only: the checker's run is short, so this halves its time; C1 frames need the larger stack
    java = ["java", "-Xss8m", "-XX:TieredStopAtLevel=1", "-jar", str(VNU)]
    run = subprocess.run([*java, "--errors-only", "--format", "json", *map(str, files)],
                         capture_output=True, text=True, check=False)
    report = json.loads(run.stderr or run.stdout)
    return [f"{_relative(m.get('url', ''), root)}:{m.get('lastLine', 0)}: {m['message']}" for m in report["messages"]]


def _relative(url: str, root) -> str:
    """The checker names files 'file:/abs/path': shown relative to the site."""
    path = url.removeprefix("file:").lstrip("/")
    prefix = str(root).lstrip("/") + "/"
    return path.removeprefix(prefix)


def test_nu_checker_finds_no_error_on_any_page(seeds_site, a11y_page, tmp_path):
    """Every built page, plus the search page's DOM after a query has drawn its results and the header box."""
    config, _ = seeds_site
    pages = sorted(config.out.rglob("*.html"))
    assert len(pages) >= 80
    open_in_reading_state(a11y_page, (config.out / "search.html").as_uri() + "?q=kerja+sama")
    drawn = tmp_path / "search-drawn.html"
    drawn.write_text("<!doctype html>\n" + a11y_page.evaluate("document.documentElement.outerHTML"), encoding="utf-8")
    assert nu_errors([*pages, drawn], config.out) == []


def test_header_box_follows_the_combobox_pattern(seeds_site, a11y_page):
    """role=combobox owning a listbox; arrows move aria-activedescendant, focus stays; Escape collapses."""
    config, _ = seeds_site
    page = a11y_page
    page.goto((config.out / "index.html").as_uri())
    box = page.locator("#q-top")
    assert box.get_attribute("role") == "combobox" and box.get_attribute("aria-autocomplete") == "list"
    listbox = page.locator("#" + box.get_attribute("aria-controls"))
    assert listbox.get_attribute("role") == "listbox" and box.get_attribute("aria-expanded") == "false"
    box.fill("Padang")
    page.wait_for_selector("#quick-list [role=option]")
    assert box.get_attribute("aria-expanded") == "true"
    assert listbox.locator("a, button, input").count() == 0  # an option holds nothing focusable
    box.press("ArrowDown")
    box.press("ArrowDown")
    active = box.get_attribute("aria-activedescendant")
    assert listbox.locator(f"#{active}").get_attribute("aria-selected") == "true"
    assert listbox.locator("[aria-selected=true]").count() == 1
    assert page.evaluate("document.activeElement.id") == "q-top"
    assert "hasil" in page.locator("#quick-status").text_content()  # announced by the live region
    box.press("Escape")
    assert box.get_attribute("aria-expanded") == "false" and box.get_attribute("aria-activedescendant") is None
    expect(page.locator("#quick-results")).to_be_hidden()
    box.press("ArrowDown")  # reopens on the first option
    assert box.get_attribute("aria-expanded") == "true"
    listbox.locator("[role=option]").first.click()
    page.wait_for_url("**/theses/*.html")


def test_a_long_lists_pages_and_their_bar_pass_both_checkers(a11y_page, axe_source, tmp_path, monkeypatch):
    """The seeds with two theses a list page: the first page's bar and a further page, phone-wide too."""
    from katalog import render
    from katalog.config import Config
    from katalog.pipeline import Builder

    monkeypatch.setattr(render, "LIST_PAGE", 2)
    for name in ("seeds", "templates", "static"):
        shutil.copytree(REPO / name, tmp_path / name)
    config = Config.for_project(tmp_path)
    Builder(config, jobs=1).build()
    pages = [config.out / p for p in ("countries/indonesia.html", "countries/indonesia/2.html", "en/theses/index/3.html",
                                      "cities/sumatera-barat/within-2.html")]
    assert nu_errors(pages, config.out) == []
    for width in (390, 1280):
        a11y_page.set_viewport_size({"width": width, "height": 900})
        for path in pages[:2]:
            a11y_page.goto(path.as_uri())
            assert run_axe(a11y_page, axe_source, {"resultTypes": ["violations"]}) == [], (path, width)
    a11y_page.set_viewport_size({"width": 1280, "height": 900})

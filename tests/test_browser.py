"""Headless Chromium: crawl every page from file:// and under a sub-path; type real searches."""

import re
import zipfile
from pathlib import Path
from urllib.parse import quote_plus, unquote, urldefrag, urlparse

import pytest
from playwright.sync_api import expect

from katalog.package import zip_bytes

pytestmark = pytest.mark.browser


def _file_exists(page, url: str) -> bool:
    """A linked file that is not a page (a browser would download it, not show it)."""
    if url.startswith("file:"):
        return Path(unquote(urlparse(url).path)).is_file()
    return page.request.get(url).ok


def crawl(browser, start: str) -> dict:
    """Follow every link inside the site; collect broken links, missing anchors, errors, escapes."""
    base = start.rsplit("/", 1)[0] + "/"
    page = browser.new_page()
    problems, outside = [], []
    page.on("console", lambda m: problems.append(f"console {m.type}: {m.text}") if m.type in ("error", "warning") else None)
    page.on("pageerror", lambda e: problems.append(f"page error: {e}"))
    page.on("requestfailed", lambda r: problems.append(f"failed: {r.url}"))
    page.on("request", lambda r: outside.append(r.url) if not r.url.startswith(base) else None)
    seen, queue, visited = set(), [start], 0
    while queue:
        url = queue.pop()
        doc, anchor = urldefrag(url)
        response = page.goto(doc)
        if response is not None and response.status >= 400:
            problems.append(f"{response.status}: {doc}")
            continue
        visited += 1
        if anchor and not page.evaluate("a => !!document.getElementById(a)", anchor):
            problems.append(f"missing anchor: {url}")
        # An SVG link's href is an SVGAnimatedString: resolve its attribute as an HTML link's is.
        for href in page.eval_on_selector_all("a[href]", "els => els.map(e => new URL(e.getAttribute('href'), document.baseURI).href)"):
            if not href.startswith(base):
                continue
            target = urldefrag(href)[0]
            if not urlparse(target).path.endswith(".html"):  # a download (.bib, .ris, .csv …): exists?
                if target not in seen:
                    seen.add(target)
                    if not _file_exists(page, target):
                        problems.append(f"missing file: {target}")
                continue
            key = href if "#" in href and target != doc else target
            if key not in seen:
                seen.add(key)
                if "#" in href and target == doc:
                    if not page.evaluate("a => !!document.getElementById(a)", urldefrag(href)[1]):
                        problems.append(f"missing anchor: {href}")
                else:
                    queue.append(href.split("?")[0] if target.endswith("search.html") else href)
    page.close()
    return {"visited": visited, "problems": problems, "outside": outside}


def test_crawl_from_disk(browser, seeds_site):
    config, result = seeds_site
    report = crawl(browser, (config.out / "index.html").as_uri())
    assert report["problems"] == []
    assert report["outside"] == []
    assert report["visited"] >= sum(result.page_counts.values())


def test_crawl_under_a_sub_path(browser, http_root, seeds_site):
    _, result = seeds_site
    report = crawl(browser, http_root + "index.html")
    assert report["problems"] == []
    assert [u for u in report["outside"] if urlparse(u).path.split("/")[1:2] != ["repo"]] == []
    assert report["visited"] >= sum(result.page_counts.values())


def test_unzipped_site_works_offline(browser, seeds_site, tmp_path):
    _, result = seeds_site
    archive = tmp_path / "k.zip"
    archive.write_bytes(zip_bytes(result.files, "katalog"))
    zipfile.ZipFile(archive).extractall(tmp_path / "x")
    report = crawl(browser, (tmp_path / "x/katalog/index.html").as_uri())
    assert report["problems"] == [] and report["outside"] == []
    page = browser.new_page()
    page.goto((tmp_path / "x/katalog/search.html").as_uri() + "?q=paradiplomasi")
    page.wait_for_selector("#search-results li.result")
    assert page.locator("#search-results li.result").count() >= 3
    page.close()


SEARCHES = [
    # query, expected first title fragment
    ("bekerjasama Jepang", "Kisarazu"),  # inflected word + country
    ("fisheries", "perikanan"),  # English
    ("Tiongkok", "Nanning"),  # country name
    ("nota kesepahaman", "Vung Tau"),  # stage alias
    ("Hildes", "Hildesheim"),  # prefix while typing
    ("paradiplomasy", "Ba Ria"),  # typo
    ("pradiplomasi ", "Ba Ria"),  # typo in the first two letters: its forms are filed under "pa"
    ('"organic city"', "Kisarazu"),  # phrase
]


@pytest.fixture(params=["file", "http"])
def search_url(request, seeds_site, http_root):
    config, _ = seeds_site
    return (config.out / "search.html").as_uri() if request.param == "file" else http_root + "search.html"


def results(page):
    expect(page.locator("#search-status")).not_to_have_text("")  # (no wait_for_function: the CSP forbids eval)
    return page.locator("#search-results li.result h2").all_text_contents()


@pytest.mark.parametrize("q, first", SEARCHES, ids=[q for q, _ in SEARCHES])
def test_typed_query_puts_the_right_thesis_first(browser, search_url, q, first):
    page = browser.new_page()
    errors = []
    page.on("pageerror", lambda e: errors.append(str(e)))
    page.goto(search_url)
    page.locator("#q").press_sequentially(q, delay=10)
    expect(page).to_have_url(re.compile(r"[?&]q=" + re.escape(quote_plus(q.strip())) + r"(&|$)"))
    # the status of this query, not of a prefix typed before it (a loaded machine shows those too)
    expect(page.locator("#search-status")).to_contain_text("“" + q.strip() + "”")
    titles = results(page)
    assert titles and first in titles[0]
    marks = page.locator("#search-results mark").count()
    # the matched words are marked wherever the snippet holds them (the Nanning chapter's
    # snippet, from its opening, does not name China)
    assert marks > 0 or q.startswith('"') or q == "Tiongkok"
    assert errors == []
    page.close()


def test_kerja_sama_equals_kerjasama_and_filters_and_no_match(browser, search_url):
    page = browser.new_page()
    page.goto(search_url + "?q=kerja%20sama")
    a = sorted(results(page))
    page.goto(search_url + "?q=kerjasama")
    assert sorted(results(page)) == a and len(a) == 5
    page.goto(search_url + "?q=sister%20city&countries=jepang")
    expect(page.locator("select[name=countries]")).to_have_value("jepang")
    assert len(results(page)) == 1 and "Kisarazu" in results(page)[0]
    page.goto(search_url + "?q=zzyzx")
    results(page) if False else page.wait_for_selector(".no-results")
    assert "Tidak ada hasil" in page.locator("#search-status").text_content()
    assert page.locator(".no-results a").count() > 0  # suggestions
    page.close()


def test_quick_search_keyboard_and_shortcut(browser, seeds_site):
    config, _ = seeds_site
    page = browser.new_page(viewport={"width": 390, "height": 800})
    page.goto((config.out / "theses/index.html").as_uri())
    page.keyboard.press("/")
    assert page.evaluate("document.activeElement.id") == "q-top"
    page.keyboard.type("Nanning")
    page.wait_for_selector("#quick-results li[role=option]")
    page.keyboard.press("ArrowDown")
    assert page.locator("#quick-results [aria-selected=true]").count() == 1
    page.keyboard.press("Enter")
    page.wait_for_url("**/kabupaten-bogor-nanning-kebijakan.html")
    page.close()


def test_script_in_a_thesis_never_runs(browser, tmp_path):
    from katalog.pipeline import Builder
    from tests.conftest import make_project

    config = make_project(tmp_path / "p", theses={"evil.md": (
        "---\ntitle: Evil <script>window.pwned=1</script>\n---\n\n"
        "<img src=x onerror=\"window.pwned=1\"> <a href=\"javascript:window.pwned=1\" id=\"l\">x</a>\n"
        "<script>window.pwned=1</script>\n")})
    Builder(config).build()
    page = browser.new_page()
    page.goto((config.out / "theses/evil.html").as_uri())
    links = page.locator("a#l")
    if links.count():
        links.click()
    assert page.evaluate("window.pwned") is None
    assert "Evil <script>" in page.locator("h1").text_content()  # shown as text, not run
    page.close()


@pytest.mark.parametrize("width", [390, 1280])
def test_clicking_a_map_dot_opens_the_city_page(browser, seeds_site, width):
    config, _ = seeds_site
    page = browser.new_page(viewport={"width": width, "height": 900})
    page.goto((config.out / "index.html").as_uri())
    dot = page.locator('svg.map-svg a[href="cities/kisarazu.html"]')
    dot.scroll_into_view_if_needed()
    box = page.locator('svg.map-svg a[href="cities/kisarazu.html"] circle.dot').bounding_box()
    assert box["width"] >= 6  # big enough to see and to hit at both widths
    page.mouse.click(box["x"] + box["width"] / 2, box["y"] + box["height"] / 2)
    page.wait_for_url("**/cities/kisarazu.html")
    assert page.locator("h1").inner_text() == "Kisarazu"
    page.close()


def test_map_shapes_are_reached_by_keyboard(browser, seeds_site):
    config, _ = seeds_site
    page = browser.new_page()
    page.goto((config.out / "partnerships/hildesheim--padang.html").as_uri())
    page.locator("#h-map").scroll_into_view_if_needed()
    focused = []
    for _ in range(60):
        page.keyboard.press("Tab")
        focused.append(page.evaluate("document.activeElement.closest('svg') ? document.activeElement.getAttribute('href') : null"))
    assert {"../cities/padang.html", "../cities/hildesheim.html", "../partnerships/hildesheim--padang.html"} <= set(focused)
    page.close()

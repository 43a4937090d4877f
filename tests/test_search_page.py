"""The search page as a student uses it, in headless Chromium: notices, labels, badges, and a strict CSP."""

import re

import pytest

pytestmark = pytest.mark.browser

CSP = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; object-src 'none'; base-uri 'none'"


def status_text(page) -> str:
    page.wait_for_function("document.getElementById('search-status').textContent.length > 0")
    return page.locator("#search-status").text_content()


def test_an_unknown_filter_value_in_the_url_is_announced(browser, seeds_site):
    config, _ = seeds_site
    page = browser.new_page()
    page.goto((config.out / "search.html").as_uri() + "?q=kerjasama&cities=medan")
    status_text(page)
    notice = page.locator("#filter-notice").text_content()
    assert "kota “medan”" in notice and "tidak dipakai" in notice
    assert page.locator("#search-results li.result").count() == 5
    page.goto((config.out / "search.html").as_uri() + "?q=kerjasama&cities=padang")
    status_text(page)
    assert page.locator("#filter-notice").count() == 0
    page.close()


def test_partial_matches_are_labelled(browser, seeds_site):
    config, _ = seeds_site
    page = browser.new_page()
    page.goto((config.out / "search.html").as_uri() + "?q=paradiplomasi%20zzyzx")
    assert status_text(page).startswith("Tidak ada tesis yang memuat semua kata; hasil berikut memuat sebagian.")
    items = page.locator("#search-results li.result")
    assert items.count() == 3
    assert all("memuat 1 dari 2 kata" in t for t in page.locator("#search-results h2").all_text_contents())
    page.goto((config.out / "search.html").as_uri() + "?q=paradiplomasi")
    assert "sebagian" not in status_text(page)
    assert "dari 2 kata" not in page.locator("#search-results").text_content()
    page.close()


def test_results_keep_the_descriptive_title_badge_and_whole_words(browser, seeds_site):
    config, _ = seeds_site
    page = browser.new_page()
    page.goto((config.out / "search.html").as_uri() + "?q=perikanan")
    status_text(page)
    first = page.locator("#search-results li.result").first
    assert first.locator(".badge").text_content() == "judul deskriptif"
    snippet = first.locator(".snippet").text_content()
    assert not re.search(r"mengetahui \w+$", snippet.rstrip(" …"))  # the cut "mengetahui im" is gone
    page.close()


def test_a_places_longer_names_light_up_only_its_own_words(browser, seeds_site):
    # the seeds write 'Kota Kisarazu' and 'Vung Tau City': 'Kota' and 'City' are not what was asked for
    config, _ = seeds_site
    page = browser.new_page()
    for query, typed in (("Kisarazu", {"kisarazu"}), ("Vung Tau", {"vung", "tau"}), ("kota Kisarazu", {"kota", "kisarazu"})):
        page.goto((config.out / "search.html").as_uri() + "?q=" + query)
        status_text(page)
        marked = {m.lower() for m in page.locator("#search-results li.result mark").all_text_contents()}
        assert marked and marked <= typed, (query, marked)
    page.close()


def test_a_sectors_head_word_does_not_light_up_for_the_sector(browser, seeds_site):
    # 'pertanian' is also 'bidang pertanian' and 'sektor pertanian': every 'bidang' and 'sektor' is not what was asked for
    config, _ = seeds_site
    page = browser.new_page()
    page.goto((config.out / "search.html").as_uri() + "?q=pertanian")
    status_text(page)
    marked = {m.lower() for m in page.locator("#search-results li.result mark").all_text_contents()}
    assert "pertanian" in marked and not marked & {"bidang", "sektor"}, marked
    page.close()


def test_search_works_under_a_strict_content_security_policy(browser, http_root):
    page = browser.new_page()
    violations = []
    page.on("console", lambda m: violations.append(m.text) if "Content Security Policy" in m.text else None)

    def with_csp(route):
        response = route.fetch()
        route.fulfill(response=response, headers={**response.headers, "content-security-policy": CSP})

    page.route(re.compile(r".*\.html(\?.*)?$"), with_csp)
    page.goto(http_root + "search.html?q=paradiplomasi")
    assert "hasil" in status_text(page)
    assert page.locator("#search-results li.result mark").count() > 0
    page.locator("#q-top").fill("Nanning")
    page.wait_for_selector("#quick-results li[role=option]")
    assert violations == []
    page.close()


def test_search_page_and_script_hold_no_inline_code_or_style(seeds_site):
    _, result = seeds_site
    html = result.files["search.html"].decode()
    assert not re.search(r"<script(?![^>]*\bsrc=)", html) and "<style" not in html
    assert not re.search(r"\sstyle=|\son[a-z]+=", html)
    js = result.files["static/search.js"].decode() + result.files["static/search-query.js"].decode()
    for unsafe in ("innerHTML", "outerHTML", "insertAdjacentHTML", "document.write", ".style", "setAttribute(\"style\"",
                   "eval(", "new Function"):
        assert unsafe not in js, unsafe

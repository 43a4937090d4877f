"""The citation block in headless Chromium: the reader's access date and the copy button."""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date

import pytest
from playwright.sync_api import expect

from katalog.cite import format_date_id
from katalog.pipeline import Builder
from tests.conftest import make_project

pytestmark = pytest.mark.browser


@pytest.fixture(scope="module")
def site_with_url(tmp_path_factory):
    config = replace(make_project(tmp_path_factory.mktemp("cite") / "p"), site_url="https://example.org/katalog/")
    Builder(config, jobs=1).build()
    return config.out


def test_copy_button_copies_the_citation_with_todays_date(browser, site_with_url):
    context = browser.new_context()
    page = context.new_page()
    errors = []
    page.on("pageerror", lambda e: errors.append(str(e)))
    page.goto((site_with_url / "theses" / "padang-hildesheim.html").as_uri())
    assert page.inner_text(".cite-accessed") == format_date_id(date.today())
    button = page.locator('button[data-copy="cite-apa"]')
    assert button.is_visible()
    button.click()
    expect(page.locator(".cite-status")).to_have_text(re.compile(r"\S"))  # (no eval: the CSP refuses one)
    status = page.inner_text(".cite-status")
    expected = page.inner_text("#cite-apa")
    if status == "Kutipan disalin.":  # copied: the clipboard (or the selection copied) holds the citation
        assert page.evaluate("window.getSelection().toString()") in ("", expected)
    else:  # the fallback leaves the text selected for Ctrl+C
        assert page.evaluate("window.getSelection().toString()") == expected
    assert "Diakses " + format_date_id(date.today()) + " dari https://example.org/katalog/theses/" in expected
    assert errors == []
    context.close()


def test_without_javascript_the_buttons_stay_hidden(browser, site_with_url):
    context = browser.new_context(java_script_enabled=False)
    page = context.new_page()
    page.goto((site_with_url / "theses" / "padang-hildesheim.html").as_uri())
    assert not page.locator('button[data-copy="cite-apa"]').is_visible()
    assert "[tanggal akses]" in page.inner_text("#cite-apa")  # tells the reader what to fill in
    context.close()


def test_the_copied_citation_keeps_its_italics_for_a_word_processor(browser, site_with_url):
    context = browser.new_context(permissions=["clipboard-read", "clipboard-write"])
    page = context.new_page()
    page.goto((site_with_url / "theses" / "padang-hildesheim.html").as_uri())
    page.locator('button[data-copy="cite-apa"]').click()
    expect(page.locator(".cite-status")).to_have_text(re.compile(r"\S"))  # (no eval: the CSP refuses one)
    assert page.inner_text(".cite-status") == "Kutipan disalin."  # the clipboard is granted to this page
    html = page.evaluate("""async () => { const items = await navigator.clipboard.read();
        const blob = await items[0].getType('text/html'); return blob.text(); }""")
    plain = page.evaluate("navigator.clipboard.readText()")
    assert "<i>" in html and "Diakses" in html
    assert "<" not in plain and plain.startswith(page.inner_text("#cite-apa")[:20])
    context.close()

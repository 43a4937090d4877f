"""A phone (390 px wide) and paper: nothing wider than the screen, the abstract soon, the print stylesheet."""

import re
from pathlib import Path

import pytest
from playwright.sync_api import expect

from katalog.pipeline import Builder
from tests.conftest import make_project

pytestmark = pytest.mark.browser

PHONE = {"width": 390, "height": 844}
WITH_ABSTRACT = "theses/kota-bogor-kisarazu-2016-2018.html"  # an abstract, the source text folded, related theses


@pytest.fixture(scope="module")
def phone(browser):
    context = browser.new_context(viewport=PHONE)
    page = context.new_page()
    yield page
    context.close()


def test_no_page_is_wider_than_a_phone(seeds_site, phone):
    """Footnote URLs, tables, long names: everything wraps or scrolls in its own box, folded text too."""
    config, _ = seeds_site
    wide = []
    for path in sorted(config.out.rglob("*.html")):
        phone.goto(path.as_uri(), wait_until="domcontentloaded")  # the stylesheet is in by then (deferred scripts wait for it)
        phone.evaluate("document.querySelectorAll('details').forEach(d => { d.open = true; })")
        width = phone.evaluate("document.documentElement.scrollWidth")
        if width > PHONE["width"]:
            wide.append(f"{path.relative_to(config.out)}: {width} px")
    assert wide == []


def test_abstract_within_two_screens_of_the_top(seeds_site, phone):
    config, _ = seeds_site
    phone.goto((config.out / WITH_ABSTRACT).as_uri())
    top = phone.locator("#h-abs-id").bounding_box()["y"]
    assert top < 2 * PHONE["height"], f"the abstract starts {top / PHONE['height']:.1f} screens down"
    # the secondary facts are one click away, not gone
    more = phone.locator("details.more-facts")
    more.locator("summary").click()
    expect(more.get_by_text("Kota/daerah yang juga disebut")).to_be_visible()


def test_stage_chips_share_lines_and_keep_their_full_names(seeds_site, phone):
    config, _ = seeds_site
    phone.goto((config.out / "index.html").as_uri())
    links = phone.locator(".stage-strip a")
    rows = {round(box["y"]) for box in (links.nth(i).bounding_box() for i in range(links.count()))}
    assert links.count() >= 10 and len(rows) <= links.count() // 2
    # what a screen reader names the chip: the stage's full name, not its short one
    expect(phone.get_by_role("link", name=re.compile(r"^6 Penandatanganan nota kesepahaman \(MoU\)$"))).to_have_count(1)
    # a short name shown is part of the full one, so a voice command saying what is seen finds it
    pairs = phone.eval_on_selector_all(".stage-strip a", "els => els.map(a => [a.querySelector('.short'), "
                                       "a.querySelector('.long')]).filter(([s]) => s && getComputedStyle(s).display != 'none')"
                                       ".map(([s, l]) => [s.textContent, l.textContent])")
    assert len(pairs) >= 5 and [(short, full) for short, full in pairs if short.lower() not in full.lower()] == []


def test_print_shows_the_text_and_address_not_the_controls(seeds_site, browser):
    config, _ = seeds_site
    page = browser.new_page(viewport={"width": 794, "height": 1123})  # A4 at 96 dpi
    page.goto((config.out / WITH_ABSTRACT).as_uri())
    page.emulate_media(media="print")
    expect(page.locator(".crumbs")).to_be_hidden()
    expect(page.locator(".fulltext summary")).to_be_hidden()  # no "Tampilkan" on paper
    assert page.locator(".fulltext .prose").bounding_box()["height"] > 500  # the folded text, printed
    assert page.locator(".more-facts .facts").bounding_box()["height"] > 0
    expect(page.locator(".print-url")).to_contain_text(WITH_ABSTRACT)
    related = page.locator(".related-works")
    cards = related.locator("li").count()
    assert cards >= 2
    expect(related.locator(".why").first).to_be_hidden()  # what they share is left off: titles only
    assert related.bounding_box()["height"] < 120 * cards
    page.emulate_media(media="screen")
    expect(page.locator(".print-url")).to_be_hidden()
    expect(page.locator(".crumbs")).to_be_visible()
    page.close()


def test_print_address_is_the_public_url_when_known(tmp_path):
    config = make_project(tmp_path / "p")
    config = type(config).for_project(config.root, site_url="https://example.org/katalog/")
    files = Builder(config).gather().files
    html = files["index.html"].decode()
    assert ('<p class="print-url">Alamat halaman ini: <a href="https://example.org/katalog/index.html">'
            'https://example.org/katalog/index.html</a></p>') in html
    assert not list(Path(config.out).glob("*"))  # gather() writes nothing


def test_stylesheet_blocks_balance():
    """A stray brace makes the browser drop the rule after it, silently (it once unstyled every inline list)."""
    text = (Path(__file__).parent.parent / "static/style.css").read_text()
    css = re.sub(r"/\*.*?\*/|\"[^\"]*\"", lambda m: "\n" * m[0].count("\n"), text, flags=re.DOTALL)  # lines kept
    depth = 0
    for n, line in enumerate(css.splitlines(), 1):
        depth += line.count("{") - line.count("}")
        assert depth >= 0, f"static/style.css:{n}: '}}' closes nothing"
    assert depth == 0, "static/style.css: a '{' is never closed"

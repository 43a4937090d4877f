"""The English interface: every page has an English twin under en/ (and back), with the right
`lang`, hreflang links, English labels and vocabulary names, while the content keeps its language."""

import re
from posixpath import dirname, join, normpath

import pytest
from playwright.sync_api import expect

from katalog import listing, render
from katalog.i18n import translate
from katalog.i18n_en import EN

TEMPLATE_STRING = re.compile(r"""_\('((?:[^'\\]|\\.)*)'\)""")


def _resolve(page: str, href: str) -> str:
    return normpath(join(dirname(page), href.split("#")[0]))


def test_every_interface_string_of_the_templates_has_its_english(seeds_site):
    config, _ = seeds_site
    used = {m for p in config.templates.rglob("*.html") for m in TEMPLATE_STRING.findall(p.read_text("utf-8"))}
    # the words the templates look up from katalog's tables
    used |= {plural for _, plural, _ in render.SECTIONS.values()}
    used |= {"type|" + v for v in render.CITY_TYPES.values()}
    for table in (render.KIND_LABELS, render.LANGUAGES, render.STAGE_STATUS_LABELS, render.LEGAL_STATUS_LABELS):
        used |= set(table.values())
    used |= {text for groups in listing._GROUP_TEXT.values() for pair in groups.values() for text in pair if text}
    used |= {label for _, label in listing._REASON_LABELS} | {"skripsi", "tesis", "disertasi", "karya tulis"}
    assert len(used) > 150
    assert sorted(s for s in used if s not in EN) == []


def test_a_key_with_a_sense_shows_its_words_in_indonesian():
    assert translate("type|Kota", "id") == "Kota" and translate("type|Kota", "en") == "City"
    assert translate("Kota", "en") == "Cities"
    assert translate("not in the table", "en") == "not in the table"


def test_every_page_has_its_twin_the_switch_to_it_and_hreflang_links(seeds_site):
    _, result = seeds_site
    html_pages = sorted(p for p in result.files if p.endswith(".html"))
    indonesian = [p for p in html_pages if not p.startswith("en/")]
    assert sorted(p for p in html_pages if p.startswith("en/")) == sorted("en/" + p for p in indonesian)
    for path in html_pages:
        html = result.files[path].decode()
        lang, other = ("en", "id") if path.startswith("en/") else ("id", "en")
        twin = path.removeprefix("en/") if lang == "en" else "en/" + path
        assert f'<html lang="{lang}">' in html, path
        alternates = dict(re.findall(r'<link rel="alternate" hreflang="(id|en)" href="([^"]+)">', html))
        assert {k: _resolve(path, v) for k, v in alternates.items()} == {lang: path, other: twin}, path
        switch = re.search(r'<a class="lang-switch" href="([^"]+)" hreflang="(\w+)" lang="(\w+)">', html)
        assert switch and _resolve(path, switch[1]) == twin and switch[2] == switch[3] == other, path


def test_links_of_an_english_page_stay_in_english_and_share_the_files(seeds_site):
    _, result = seeds_site
    html = result.files["en/theses/index.html"].decode()
    hrefs = [h for h in re.findall(r'href="([^"#]+)', html) if not h.startswith("data:")]
    pages = [_resolve("en/theses/index.html", h) for h in hrefs if h.endswith(".html")]
    assert pages and all(p.startswith("en/") or p == "theses/index.html" for p in pages)
    assert [p for p in pages if not p.startswith("en/")] == ["theses/index.html"] * 2  # hreflang and the switch
    files = {_resolve("en/theses/index.html", h) for h in hrefs if not h.endswith(".html")}
    assert {"static/style.css", "theses/index.bib", "theses/index.ris"} <= files
    assert all(f in result.files for f in files)


def test_an_english_stage_page_names_the_stage_in_english_and_keeps_the_abstracts_indonesian(seeds_site):
    _, result = seeds_site
    en = result.files["en/stages/loi.html"].decode()
    assert "<h1>Letter of Intent (LoI)</h1>" in en
    assert '<p class="subtitle" lang="id">Surat pernyataan kehendak (LoI)</p>' in en
    assert "<dt>Legal basis</dt>" in en and "Works that discuss this stage" in en and "Dasar hukum" not in en
    assert 'aria-label="Stages of cooperation in their usual order"' in en
    assert ">Initiation and exploration</a>" not in en  # the strip shows the long name with its number
    assert "Initiation and exploration" in en
    card = re.search(r'<li class="card">.*?</li>', en, re.DOTALL)[0]
    assert re.search(r'<h3><a href="[^"]+" lang="id">', card) and '<p lang="id">' in card
    indonesian = result.files["stages/loi.html"].decode()
    assert "<h1>Surat pernyataan kehendak (LoI)</h1>" in indonesian and "<dt>Dasar hukum</dt>" in indonesian
    assert '<p lang="id">' not in indonesian


def test_an_english_thesis_page_has_english_labels_and_indonesian_content(seeds_site):
    _, result = seeds_site
    path = "en/theses/kota-bogor-kisarazu-2016-2018.html"
    en = result.files[path].decode()
    assert "<dt>Author</dt>" in en and "<dt>Institution</dt>" in en and "How to cite" in en
    assert re.search(r'<h1 lang="id">[^<]+</h1>', en)
    assert '<section aria-labelledby="h-abs-id" lang="id">' in en
    assert '<div class="prose" lang="id">' in en
    assert '<p class="cite" id="cite-apa" lang="id">' in en  # an Indonesian APA reference
    assert "Penulis" not in en and "Cara mengutip" not in en


def test_the_english_search_page_names_the_facets_in_english(seeds_site):
    _, result = seeds_site
    en = result.files["en/search.html"].decode()
    names = re.search(r'data-names="([^"]+)"', en)[1].replace("&#34;", '"')
    assert '"loi": "Letter of Intent (LoI)"' in names
    assert 'data-pages="en/"' in en and '"pageNone": "No results for' in en.replace("&#34;", '"')


SWITCHED = ["index.html", "theses/kota-bogor-kisarazu-2016-2018.html", "cities/kota-bogor.html", "stages/loi.html",
            "search.html"]


@pytest.mark.browser
@pytest.mark.parametrize("path", SWITCHED)
def test_the_switch_leads_to_the_same_page_in_english_and_back(browser, seeds_site, path):
    config, _ = seeds_site
    page = browser.new_page()
    page.goto((config.out / path).as_uri())
    assert page.evaluate("document.documentElement.lang") == "id"
    for lang, target in (("en", config.out / "en" / path), ("id", config.out / path)):
        page.click("a.lang-switch")
        # the search page's address may carry its (empty) query: '?'
        page.wait_for_url(lambda url, target=target: url.split("?")[0] == target.as_uri())
        assert page.evaluate("document.documentElement.lang") == lang
    page.close()


@pytest.mark.browser
def test_english_search_finds_theses_and_speaks_english(browser, seeds_site):
    config, _ = seeds_site
    page = browser.new_page()
    errors = []
    page.on("pageerror", lambda e: errors.append(str(e)))
    page.goto((config.out / "en/search.html").as_uri() + "?q=Bogor")
    status = page.locator("#search-status")
    expect(status).to_contain_text(re.compile(r"^\d+ results for “Bogor”\.$"))
    first = page.locator("#search-results .result-title a").first
    assert first.get_attribute("lang") == "id"
    expect(page.locator("select[data-facet=stages] option", has_text="Letter of Intent (LoI)")).to_have_count(1)
    page.fill("#q", "zzqqxx")
    expect(status).to_have_text("No results for “zzqqxx”.")
    expect(page.locator(".no-results p").first).to_contain_text("Check the spelling")
    page.fill("#q", "Hildesheim")
    expect(status).to_have_text("1 result for “Hildesheim”.")  # one: singular
    page.fill("#q", "Bogor")
    expect(status).to_contain_text(re.compile(r"^\d+ results for “Bogor”"))
    assert page.locator("a.lang-switch").get_attribute("href") == "../search.html?q=Bogor"  # the same search
    first.click()
    assert "/en/theses/" in page.url and page.evaluate("document.documentElement.lang") == "en"
    page.fill("#q-top", "Bogor")
    expect(page.locator(".quick-count")).to_contain_text(re.compile(r"\d+ results — Enter for all"))
    assert errors == []
    page.close()


def test_english_pages_count_one_in_the_singular_and_name_what_the_renderer_adds(seeds_site):
    _, result = seeds_site
    english = {p: d.decode() for p, d in result.files.items() if p.startswith("en/") and p.endswith(".html")}
    assert not any(re.search(r"\b1 (?:works|results)\b", html) for html in english.values())
    assert any("studied in 1 work<" in html or "studied in 1 work," in html for html in english.values())
    thesis = english["en/theses/kabupaten-bogor-nanning-kebijakan.html"]
    assert ">Footnotes <a" in thesis and "Tautan ke bagian ini" not in thesis and 'aria-label="Link to this section"' in thesis
    # and the Indonesian pages name a region abroad's type in Indonesian
    assert "<dt>Jenis</dt><dd>Daerah otonom" in result.files["cities/guangxi-zhuangzu-zizhiqu.html"].decode()

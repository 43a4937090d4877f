"""Places within places on the seeds' site: provinces and regions find and list the theses of the
places inside them; partnerships of nested places link each other."""

import pytest

from katalog.search import load_shards, query
from tests.test_search import BRVT, HILDESHEIM, KISARAZU, NANNING, VUNGTAU


@pytest.fixture(scope="module")
def shards(seeds_site):
    _, result = seeds_site
    return load_shards({p: d for p, d in result.files.items() if p.startswith("search/")})


@pytest.mark.parametrize("q, expected", [
    # a province finds the theses of the cities inside it
    ("Sumatera Barat", {VUNGTAU, BRVT, HILDESHEIM}),
    ("Jawa Barat", {NANNING, KISARAZU}),
    # and by its short form, though no thesis writes it ('Sumbar': Padang's province, present as its parent only)
    ("Sumbar", {VUNGTAU, BRVT, HILDESHEIM}),
    ("Jabar", {NANNING, KISARAZU}),
    # a name inside a longer place name, and the longer name itself
    ("Vung Tau", {VUNGTAU, BRVT}),
    ("Ba Ria Vung Tau", {BRVT}),
])
def test_a_place_finds_every_thesis_it_concerns(shards, q, expected):
    assert expected <= set(query(shards, q))


def page(seeds_site, path: str) -> str:
    _, result = seeds_site
    return result.files[path].decode()


def test_a_province_page_lists_the_theses_of_the_places_inside_it(seeds_site):
    html = page(seeds_site, "cities/sumatera-barat.html")
    within = html.split("Karya tentang tempat di dalam Sumatera Barat", 1)[1]
    for thesis in (VUNGTAU, BRVT, HILDESHEIM):
        assert f"theses/{thesis}.html" in within
    assert "Padang" in page(seeds_site, "cities/padang.html").split("Wilayah induk", 1)[1][:300]


def test_a_region_lists_the_thesis_of_the_city_inside_it(seeds_site):
    html = page(seeds_site, "cities/ba-ria-vung-tau.html")
    assert f"theses/{VUNGTAU}.html" in html.split("Karya tentang tempat di dalam", 1)[1]


def test_a_hand_kept_city_abroad_lies_in_its_region_though_its_official_name_is_in_a_local_script(seeds_site):
    # seeds/cities.yml writes Kisarazu's official name 'Kisarazu-shi (木更津市)': the gazetteer knows it by name
    html = page(seeds_site, "cities/chiba-prefecture.html")
    assert f"theses/{KISARAZU}.html" in html.split("Karya tentang tempat di dalam", 1)[1]
    assert "Chiba" in page(seeds_site, "cities/kisarazu.html").split("Wilayah induk", 1)[1][:300]


def test_partnerships_of_nested_places_link_each_other(seeds_site):
    a = page(seeds_site, "partnerships/padang--vung-tau.html")
    b = page(seeds_site, "partnerships/ba-ria-vung-tau--padang.html")
    assert 'href="../partnerships/ba-ria-vung-tau--padang.html"' in a.split("Kemitraan yang berkaitan", 1)[1]
    assert 'href="../partnerships/padang--vung-tau.html"' in b.split("Kemitraan yang berkaitan", 1)[1]
    assert "Kemitraan yang berkaitan" not in page(seeds_site, "partnerships/hildesheim--padang.html")


@pytest.mark.parametrize("q, expected", [
    # sectors: a vocabulary with both languages' names, found by either
    ("pertanian", {KISARAZU, BRVT}),
    ("agriculture", {KISARAZU, BRVT}),
    ("tourism", {NANNING, BRVT, HILDESHEIM}),
    ("pariwisata", {NANNING, BRVT, HILDESHEIM}),
    ("education", {NANNING, KISARAZU}),
])
def test_a_sector_finds_every_thesis_it_concerns(shards, q, expected):
    assert expected <= set(query(shards, q))


def test_a_sector_has_a_page_listing_its_theses(seeds_site):
    html = page(seeds_site, "sectors/pertanian.html")
    assert "<h1>Pertanian</h1>" in html and "Agriculture" in html
    for thesis in (KISARAZU, BRVT):
        assert f"theses/{thesis}.html" in html
    assert 'href="../sectors/pertanian.html"' in page(seeds_site, f"theses/{KISARAZU}.html")


def test_an_unknown_sector_in_front_matter_is_an_error(project):
    from katalog.errors import BuildFailed
    from katalog.pipeline import Builder

    path = next(p for p in sorted((project.seeds / "theses").glob("*.md")) if p.read_text().startswith("---\n"))
    text = path.read_text()
    path.write_text(text.replace("---\n", "---\nsectors: [pertanain]\n", 1))
    with pytest.raises(BuildFailed) as failed:
        Builder(project).gather()
    assert any("unknown sector 'pertanain' (did you mean 'pertanian'?)" in str(d) for d in failed.value.diagnostics)


def test_a_province_pages_downloads_hold_the_theses_of_the_places_inside_it(seeds_site):
    _, result = seeds_site
    bib = result.files["cities/sumatera-barat.bib"].decode()
    assert all(f"{{{thesis}," in bib for thesis in (VUNGTAU, BRVT, HILDESHEIM))
    assert "cities/sumatera-barat.bib" in page(seeds_site, "cities/sumatera-barat.html").replace("../", "")


def test_a_sector_page_says_what_its_list_is(seeds_site):
    assert "Karya tentang kerja sama di bidang Pertanian (2)" in page(seeds_site, "sectors/pertanian.html")
    assert "Works on cooperation in Agriculture (2)" in page(seeds_site, "en/sectors/pertanian.html")


def test_a_province_page_shows_the_partnerships_of_the_places_inside_it(seeds_site):
    html = page(seeds_site, "cities/sumatera-barat.html")
    inner = html.split("Kemitraan tempat di dalam Sumatera Barat", 1)[1].split("</ul>", 1)[0]
    for pair in ("padang--vung-tau", "ba-ria-vung-tau--padang", "hildesheim--padang"):
        assert f"partnerships/{pair}.html" in inner
    assert "Hildesheim" in html.split('id="h-map"', 1)[1]  # the partner is on its map
    assert "Partnerships of places in Sumatera Barat" in page(seeds_site, "en/cities/sumatera-barat.html")

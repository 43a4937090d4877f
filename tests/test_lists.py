"""Counts, lists and the words for a thesis, as a student reads them on the seeds' site."""

import re

from katalog.labels import meaningful_source, work_kind


def page(seeds_site, path: str) -> str:
    return seeds_site[1].files[path].decode()


def _section(html: str, section_id: str) -> str:
    return html.split(f'aria-labelledby="{section_id}"', 1)[1].split("</section>", 1)[0]


def test_home_counts_are_the_sizes_of_the_index_pages_first_groups(seeds_site):
    home = page(seeds_site, "index.html")
    counts = {label: int(n) for n, label in re.findall(r"<strong>(\d+)</strong> ([^<]+)</a>", home)}
    assert counts["karya"] == page(seeds_site, "theses/index.html").count('<li class="card">') == 5
    pairs = page(seeds_site, "partnerships/index.html").split('<ul class="pairs">', 1)[1].split("</ul>", 1)[0]
    assert counts["kemitraan"] == pairs.count("<li>") == 5
    cities = page(seeds_site, "cities/index.html")
    studied = re.search(r'<h2 id="h-partners">Kota dan daerah mitra \((\d+)\)', cities).group(1)
    other_subjects = re.search(r'<h2 id="h-subjects">[^(]+\((\d+)\)', cities)
    assert counts["kota/daerah dikaji"] == int(studied) + int(other_subjects.group(1) if other_subjects else 0) == 8
    countries = page(seeds_site, "countries/index.html")
    assert counts["negara dikaji"] == int(re.search(r'<h2 id="h-subjects">Negara yang dikaji \((\d+)\)', countries).group(1))
    theories = page(seeds_site, "theories/index.html")
    assert counts["teori dipakai"] == int(re.search(r'<h2 id="h-subjects">Dipakai dalam karya \((\d+)\)', theories).group(1))
    stages = page(seeds_site, "stages/index.html").split('<ol class="term-list">', 1)[1].split("</ol>", 1)[0]
    assert counts["tahap"] == stages.count("<li>") == 11


def test_cities_index_separates_partners_from_mere_mentions(seeds_site):
    cities = page(seeds_site, "cities/index.html")
    partners, mentions = _section(cities, "h-partners"), _section(cities, "h-mentions")
    for slug in ("padang", "vung-tau", "hildesheim", "kisarazu", "kota-bogor", "kabupaten-bogor", "nanning"):
        assert f"cities/{slug}.html" in partners
    assert "cities/penang.html" in mentions and "cities/penang.html" not in partners
    assert "cities/padang.html" not in mentions


def test_partnership_lists_are_sorted_by_name(seeds_site):
    for path in ("index.html", "partnerships/index.html"):
        html = page(seeds_site, path).split("<main", 1)[1]
        listed = re.findall(r'<li><a href="(?:\.\./)?partnerships/[^"]+\.html">([^<]+)</a>', html)
        listed = [name for name in listed if name != "Kemitraan"]  # the map's text list comes after
        assert len(listed) == 5 and listed == sorted(listed, key=str.lower), path
    assert listed[0].startswith("Kabupaten Bogor")


def test_a_country_shows_the_works_that_mention_its_cities_apart_from_its_subjects(seeds_site):
    malaysia = page(seeds_site, "countries/malaysia.html")
    assert 'id="h-subjects">Karya yang mengkaji Malaysia (0)' in malaysia
    mentions = _section(malaysia, "h-mentions")
    assert "Karya yang hanya menyebut Malaysia (1)" in mentions
    assert "kabupaten-bogor-nanning-kebijakan.html" in mentions  # it names Penang
    index = page(seeds_site, "countries/index.html")
    assert "countries/malaysia.html" in _section(index, "h-mentions")


def test_related_works_say_why_and_a_tag_every_work_carries_relates_none(seeds_site):
    html = page(seeds_site, "theses/padang-vung-tau-hambatan.html")
    related = _section(html, "h-related")
    items = re.findall(r"<li>(.*?)</li>", related, re.DOTALL)
    assert items
    for item in items:
        why = re.search(r'<span class="why">Sama-sama: (.*?)</span>', item, re.DOTALL).group(1)
        assert why.strip()
        assert "countries/indonesia.html" not in why  # all five are Indonesian: that relates nothing
    bogor = next(i for i in items if "kabupaten-bogor-nanning-kebijakan.html" in i)
    assert "teori" in bogor and "theories/sister-city.html" in bogor and "stages/mou.html" in bogor
    padang = next(i for i in items if "padang-ba-ria-vung-tau-perikanan.html" in i)
    assert "kota/daerah" in padang and "cities/padang.html" in padang


def test_a_work_sharing_nothing_has_no_related_section(tmp_path):
    from types import SimpleNamespace

    from katalog.site import related_theses

    subj = lambda city: {"cities": [city], "countries": ["id"], "theories": [], "stages": []}
    entries = {i: SimpleNamespace(partnership=None, subjects=subj(c)) for i, c in (("a", "x"), ("b", "y"), ("c", "x"))}
    subjects = {("cities", "x"): ("a", "c"), ("cities", "y"): ("b",), ("countries", "id"): ("a", "b", "c")}
    related = related_theses(entries, subjects)
    assert related["b"] == () and related["a"] == ("c",)


def test_partnership_page_names_its_cities_and_shows_dates_stages_sectors(seeds_site):
    html = page(seeds_site, "partnerships/kabupaten-bogor--nanning.html")
    facts = html.split('<dl class="facts">', 1)[1].split("</dl>", 1)[0]
    terms = re.findall(r"<dt>(.*?)</dt>", facts, re.DOTALL)
    assert re.search(r">Kabupaten Bogor</a>$", terms[0]) and re.search(r">Nanning</a>$", terms[1])
    assert not any(t in ("Kota", "Kabupaten", "Kota (city)") for t in terms)
    assert "September 2008" in facts and "Mei 2015" in facts
    assert re.sub(r"<[^>]+>", "", facts).count("Pendidikan, Pemuda dan olahraga, Pariwisata") == 1 and "2008-2015" in facts
    stages = _section(html, "h-stages")
    assert stages.count('class="on"') == 6  # perencanaan … revitalisasi, as 003 lists them


def test_a_work_is_called_by_its_kind_where_known():
    assert work_kind({"degree": "S-2"}) == "tesis"
    assert work_kind({"degree": "S1"}) == "skripsi"
    assert work_kind({"program": "Doktor Ilmu Politik"}) == "disertasi"
    assert work_kind({"degree": "D-3"}) == "karya tulis"
    assert work_kind({}) == "karya"


def test_pages_use_the_kind_or_a_neutral_word(seeds_site):
    bogor = page(seeds_site, "theses/kabupaten-bogor-nanning-kebijakan.html")
    assert "<dt>Jenis karya</dt><dd>Tesis (S-2)</dd>" in bogor
    kisarazu = page(seeds_site, "theses/kota-bogor-kisarazu-2016-2018.html")
    assert "<dt>Jenis karya</dt><dd>Tidak disebutkan dalam teks" in kisarazu
    assert "Karya terkait" in kisarazu and "Tesis terkait" not in kisarazu
    card = page(seeds_site, "theses/index.html").split("kota-bogor-kisarazu-2016-2018.html", 1)[1].split("</li>", 1)[0]
    assert "Tesis" not in card and "tesis" not in card


def test_no_repository_path_is_shown_and_an_opaque_file_name_neither(seeds_site):
    for path, data in seeds_site[1].files.items():
        if path.endswith(".html"):
            html = data.decode()
            assert "seeds/theses/" not in html and "Berkas sumber" not in html, path
            assert "003_67c8e3af816ed54d" not in html, path
    assert meaningful_source("003_67c8e3af816ed54d.txt") is None
    assert meaningful_source("12345.pdf") is None
    assert meaningful_source("Skripsi Fazra UMY 2016.pdf") == "Skripsi Fazra UMY 2016.pdf"

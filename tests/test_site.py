"""The real seeds built end to end: cross-links both ways, relative links, determinism."""

import posixpath
import re

from katalog.check import check_links
from katalog.config import Config
from katalog.pipeline import Builder
from tests.conftest import REPO

HREF_RE = re.compile(r'(?:href|src)="([^"]+)"')


def links(html: str, page: str) -> set[str]:
    out = set()
    for link in HREF_RE.findall(html):
        if link.startswith(("http:", "https:", "mailto:", "#")):
            continue
        target = link.split("#")[0].split("?")[0]
        out.add(posixpath.normpath(posixpath.join(posixpath.dirname(page), target)))
    return out


def page(result, path):
    return result.files[path].decode()


def test_every_dimension_links_both_ways(seeds_site):
    _, result = seeds_site
    thesis = "theses/kabupaten-bogor-nanning-kebijakan.html"
    out = links(page(result, thesis), thesis)
    for target in ("cities/kabupaten-bogor.html", "cities/nanning.html", "countries/tiongkok.html",
                   "theories/paradiplomasi.html", "stages/loi.html", "partnerships/kabupaten-bogor--nanning.html"):
        assert target in out, target
        assert thesis in links(page(result, target), target), f"{target} does not link back"


def test_mentions_listed_apart_from_subjects(seeds_site):
    _, result = seeds_site
    medan = page(result, "cities/medan.html")
    subjects, _, mentioned = medan.partition('id="h-mentions"')
    assert "kabupaten-bogor-nanning-kebijakan.html" not in subjects
    assert "kabupaten-bogor-nanning-kebijakan.html" in mentioned
    kota_bogor = page(result, "cities/kota-bogor.html")
    assert "kota-bogor-kisarazu-2016-2018.html" in kota_bogor.partition('id="h-mentions"')[0]
    assert "kota-bogor-kisarazu-2016-2018.html" not in page(result, "cities/kabupaten-bogor.html")


def test_stage_pages_in_lifecycle_order_with_previous_and_next(seeds_site):
    _, result = seeds_site
    loi = page(result, "stages/loi.html")
    assert 'rel="prev" href="../stages/perencanaan.html"' in loi and 'rel="next" href="../stages/persetujuan-dprd.html"' in loi
    index = page(result, "stages/index.html")
    order = [index.index(f'href="../stages/{s}.html"') for s in ("inisiasi", "perencanaan", "loi", "mou", "moa", "revitalisasi")]
    assert order == sorted(order)


def test_unknown_facts_stay_empty_and_descriptive_titles_are_marked(seeds_site):
    _, result = seeds_site
    html = page(result, "theses/padang-ba-ria-vung-tau-perikanan.html")
    assert "Tidak disebutkan dalam teks" in html  # no author, no institution in the text
    assert "Judul deskriptif" in html
    bogor = page(result, "theses/kabupaten-bogor-nanning-kebijakan.html")
    assert "Khoero Dara Fazra" in bogor and "Universitas Muhammadiyah Yogyakarta" in bogor
    assert "(t.t.)" in bogor  # no year is given: the citation says so instead of guessing


def test_long_chapter_has_toc_and_footnotes(seeds_site):
    _, result = seeds_site
    html = page(result, "theses/kabupaten-bogor-nanning-kebijakan.html")
    assert 'aria-labelledby="h-toc"' in html
    assert html.count('class="footnote-item"') == 21
    assert "&lt;sup&gt;" not in html and "<sup>1</sup>" not in html


def test_all_links_relative_resolve_and_nothing_external_is_loaded(seeds_site):
    _, result = seeds_site
    assert check_links(result.files) == []
    for path, data in result.files.items():
        if path.endswith(".html"):
            html = data.decode()
            assert not re.search(r'<(script|link|img)[^>]+(src|href)="(https?:)?//', html), path
            assert not re.search(r'(href|src)="/', html), path


def test_same_input_gives_byte_identical_output(tmp_path):
    a = Builder(Config.for_project(REPO, out=tmp_path / "a")).gather().files
    b = Builder(Config.for_project(REPO, out=tmp_path / "b"), jobs=1).gather().files
    assert a == b


def test_verbatim_source_text_is_on_the_page(seeds_site):
    _, result = seeds_site
    html = page(result, "theses/padang-hildesheim-kesimpulan.html")
    assert "Walikota Bpk.Mahyeldi" in html  # the source's own spelling, not corrected

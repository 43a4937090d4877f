"""What a student reads: the converted text cleaned but verbatim, and the aids to find one's way in it."""

import re
from pathlib import Path

import pytest

from katalog.cleanup import clean_body
from katalog.load import split_front_matter
from katalog.markdown import render_markdown
from katalog.outline import depths, numbering
from tests.conftest import REPO

THESES = REPO / "seeds" / "theses"
ORIGINALS = Path("/work/shared/seeds")  # the files as received, where this machine has them


def front(name: str) -> tuple[dict, str]:
    meta, _, body, *_ = split_front_matter((THESES / name).read_text("utf-8"), name)
    return meta, body


def body_of(name: str) -> str:
    return front(name)[1]


def html_of(name: str) -> str:
    return render_markdown(clean_body(body_of(name)).markdown).html


BOGOR = "kabupaten-bogor-nanning-kebijakan.md"


def test_page_break_inside_a_list_item_and_after_a_quoted_term_is_joined():
    html = html_of(BOGOR)
    assert "budaya, bahasa, agama, politik dan faktor" in html  # '…bahasa,' / footnote 21 / 'agama, …'
    assert re.search(r"istilah “<em>world politics</em>” “ dari pada", html)
    assert "<p>“ dari pada" not in html


def test_a_line_style_legend_is_text_not_a_bullet():
    html = html_of(BOGOR)
    assert "<li>· - · - · - · - Hubungan transnasional" not in html
    assert re.search(r"<p>- · - · - · - · - Hubungan transnasional</p>", html)
    # A real list still is one.
    assert "<li>" in render_markdown(clean_body("- satu\n- dua\n").markdown).html


def test_lost_diagrams_get_a_note_and_lose_their_bare_labels():
    html = html_of(BOGOR)
    assert html.count('class="figure-missing"') == 2  # Tabel 1.1 and Tabel 1.2
    assert "<p>IGO</p>" not in html and "<strong>IGO</strong>" not in html
    assert "IGO = Inter Government Organization" in html  # the legend stays
    after = html.split("Tabel 1.1", 1)[1]
    assert after.index("state centric menurut") < after.index("figure-missing") < after.index("Keterangan")


def test_a_table_that_survived_gets_no_note():
    md = clean_body("Tabel 2\n\nJumlah kerja sama\n\n| a | b |\n|---|---|\n| 1 | 2 |\n").markdown
    assert "figure-missing" not in md


def test_doubled_escape_in_a_link_shows_no_backslash():
    html = html_of(BOGOR)
    footnote = html.split('id="fn2"', 1)[1].split("</li>", 1)[0]
    assert "Kabupaten_Bogor" in footnote and "\\" not in footnote
    assert 'href="https://id.wikipedia.org/wiki/Kabupaten_Bogor"' in footnote


def test_cover_pages_are_labelled_and_other_texts_are_not():
    html = html_of(BOGOR)
    labels = re.findall(r'<p class="cover-label">([^<]+)</p>', html)
    assert labels == ["Halaman sampul", "Halaman judul"]
    assert html.index("Halaman judul") < html.index("LOCAL GOVERNMENT POLICIES")
    for name in ("padang-vung-tau-hambatan.md", "padang-hildesheim-kesimpulan.md"):
        assert "cover-label" not in html_of(name)


@pytest.mark.parametrize("text, notes", [
    ("Teori paradiplomasi¹ dipakai.\n\n¹ Takdir Ali Mukti, 2013.\n", 1),
    ("Teori paradiplomasi<sup>1</sup> dipakai.\n\n<sup>1</sup> Takdir Ali Mukti, 2013.\n", 1),
    ("Luasnya 10² km, tanpa catatan.\n", 0),  # a power is no footnote marker
])
def test_footnote_formats_understood(text, notes):
    html = render_markdown(clean_body(text).markdown).html
    assert html.count('class="footnote-item"') == notes
    if notes:
        assert "Takdir Ali Mukti" in html.split('class="footnotes"')[1]
        assert "¹" not in html
    else:
        assert "10² km" in html


def test_bracketed_numbers_are_left_as_written():
    html = render_markdown(clean_body("Menurut kajian [2] ini.\n\n[2] Buku.\n").markdown).html
    assert "[2]" in html and 'class="footnote-item"' not in html


@pytest.mark.parametrize("name, labels", [
    ("padang-vung-tau-hambatan.md", ["ABSTRAK", "ABSTRACT"]),
    ("kota-bogor-kisarazu-2016-2018.md", ["ABSTRAK", "ABSTRACT"]),
    ("padang-hildesheim-kesimpulan.md", ["KESIMPULAN"]),
])
def test_section_labels_keep_the_sources_words_and_case(name, labels):
    headings = re.findall(r"<h3[^>]*>(.*?) <a class=\"anchor\"", html_of(name))
    for label in labels:
        assert label in body_of(name)
        assert label in headings
        assert label.title() not in headings


def _letters(text: str) -> str:
    return re.sub(r"[\s*_]+", "", text).lower()


@pytest.mark.parametrize("name", sorted(p.name for p in THESES.glob("*.md")))
def test_titles_not_marked_descriptive_are_the_sources_own(name):
    """Case may change (an all-caps title is shown in title case); words and punctuation may not."""
    meta, body = front(name)
    if meta.get("title_descriptive"):
        pytest.skip("a descriptive title is ours, and says so")
    sources = [body]
    original = ORIGINALS / str(meta.get("source", ""))
    if meta.get("source") and original.is_file():
        sources.append(original.read_text("utf-8"))
    for key in ("title", "title_en"):
        if meta.get(key):
            for source in sources:
                assert _letters(meta[key]).replace("(rrt)", "(rrt") in _letters(source).replace("(rrt)", "(rrt"), key


def test_numbering_is_read_from_the_heading_text():
    assert numbering("A. LATAR BELAKANG") == ("upper", 1)
    assert numbering("2. Konsep kerjasama") == ("digit", 2)
    assert numbering("b. rincian") == ("lower", 2)
    assert numbering("1.2 Tujuan") == ("dec2", 2)
    assert numbering("BAB III Metode") == ("bab", 3)
    assert numbering("Indonesia dan Jepang") is None
    assert numbering("Tujuan Tesis :") is None


def test_outline_follows_the_numbering_not_the_markdown_levels():
    texts = ["A. Latar", "B. Tujuan", "Tujuan Tesis", "C. Teori", "1. Otonomi", "2. Paradiplomasi",
             "D. Metode", "1. Jenis", "2. Teknik", "A. Dokumen", "B. Arsip", "E. Sistematika"]
    assert depths(texts) == [0, 0, 1, 0, 1, 1, 0, 1, 1, 2, 2, 0]
    assert depths(["Pendahuluan", "Penutup"]) is None  # nothing numbered: the Markdown levels decide


def test_toc_nests_by_numbering_and_adds_no_numbers(seeds_site):
    _, result = seeds_site
    html = result.files["theses/kabupaten-bogor-nanning-kebijakan.html"].decode()
    toc = html.split('<nav class="toc"', 1)[1].split("</nav>", 1)[0]
    assert "<ol" not in toc  # an ordered list would number 'A. Latar belakang' a second time
    # 'D. Kerangka Teori' holds 1.–3.; 'F. Metode' holds 1.–4., and 4. holds A.–D.
    kerangka = toc.split(">D. Kerangka Teori</a>", 1)[1].split("</ul></li>", 1)[0]
    assert re.findall(r">(\d)\. ", kerangka) == ["1", "2", "3"]
    metode = toc.split(">4. Metode Pengumpulan Data :</a><ul>", 1)[1].split("</ul>", 1)[0]
    assert re.findall(r">([A-D])\. ", metode) == ["A", "B", "C", "D"]
    assert toc.rstrip().endswith('<p class="to-top"><a href="#main">↑ Kembali ke atas</a></p>')
    assert '<a href="#catatan-kaki">Catatan kaki</a>' in toc
    # The text's headings carry the same levels: A.–G. are h3, their numbered parts h4, A.–D. under 4. h5.
    assert re.search(r'<h3 id="sec-d-kerangka-teori">', html) and re.search(r'<h4 id="sec-1-konsep-otonomi-daerah">', html)
    assert re.search(r'<h5 id="sec-a-dokumen">', html) and re.search(r'<h3 id="sec-g-sistematika-penulisan">', html)


def test_headings_have_visible_anchor_links_and_footnotes_a_heading(seeds_site):
    _, result = seeds_site
    html = result.files["theses/kabupaten-bogor-nanning-kebijakan.html"].decode()
    text = html.split('<div class="prose">', 1)[1].split('<section aria-labelledby="h-cite"', 1)[0]
    anchors = re.findall(r'<h[3-6] id="([^"]+)"', text)
    assert len(anchors) > 20
    for anchor in anchors:
        assert f'<a class="anchor" href="#{anchor}"' in text
    footnotes = html.split('<section class="footnotes"', 1)[1]
    assert re.match(r' aria-labelledby="catatan-kaki"><h3 id="catatan-kaki">Catatan kaki', footnotes)
    css = (REPO / "static" / "style.css").read_text()
    assert re.search(r"\.reading > \.toc \{[^}]*position: sticky", css)
    assert re.search(r"\.prose h3 \{ font-size: 1\.3rem", css)  # larger than the text's 1.05rem


def test_toc_is_sticky_beside_the_text_on_wide_screens_only(browser, http_root):
    page = browser.new_page(viewport={"width": 1280, "height": 800})
    page.goto(http_root + "theses/kabupaten-bogor-nanning-kebijakan.html")
    toc, text = page.locator("nav.toc"), page.locator("section.fulltext")
    assert toc.bounding_box()["x"] + toc.bounding_box()["width"] <= text.bounding_box()["x"] + 1
    page.locator("#sec-g-sistematika-penulisan").scroll_into_view_if_needed()
    assert 0 <= toc.bounding_box()["y"] <= 40  # still in view, at the top
    body = page.evaluate("parseFloat(getComputedStyle(document.querySelector('.prose p')).fontSize)")
    heading = page.evaluate("parseFloat(getComputedStyle(document.querySelector('.prose h3')).fontSize)")
    assert heading > body * 1.15
    page.set_viewport_size({"width": 390, "height": 800})
    assert toc.bounding_box()["y"] < text.bounding_box()["y"]  # on a phone, above the text
    page.close()

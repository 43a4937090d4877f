"""Clean-up, tagging and sanitising: the text a reader sees."""

import textwrap

import pytest

from katalog.cleanup import clean_body
from katalog.config import Config
from katalog.enrich import Tagger, prepare_entry
from katalog.load import load_thesis, load_vocabulary
from katalog.markdown import render_markdown
from katalog.text import fold
from tests.conftest import REPO, make_project

PDF_TEXT = """Paragraf pertama menyebut teori.<sup>1</sup> Lalu kalimat ini terpotong oleh halaman dan

---

<sup>1</sup> Sidik Jatmika, 2001, *Otonomi Daerah*.

berlanjut di halaman berikutnya.

Kalimat lain tentang diplomasi mikro

13

<sup>13</sup> Duchacek, 1990.

Paragraf baru.
"""


def test_footnotes_become_real_linked_footnotes():
    cleaned = clean_body(PDF_TEXT)
    html = render_markdown(cleaned.markdown).html
    assert "<sup>1</sup> Sidik" not in html
    assert 'href="#fn1"' in html and 'id="fn1"' in html
    assert "Sidik Jatmika, 2001" in html.split('class="footnotes"')[1]


def test_page_break_joins_the_cut_paragraph_and_drops_rules():
    cleaned = clean_body(PDF_TEXT)
    assert "terpotong oleh halaman dan berlanjut di halaman berikutnya." in cleaned.markdown
    assert "\n---\n" not in cleaned.markdown


def test_lone_footnote_number_reattaches_as_marker():
    cleaned = clean_body(PDF_TEXT)
    assert "diplomasi mikro[^13]" in cleaned.markdown
    assert "\n13\n" not in cleaned.markdown


@pytest.mark.parametrize("evil", [
    '<script>alert(1)</script>',
    '<img src=x onerror="alert(1)">',
    '<a href="javascript:alert(1)">klik</a>',
    '<a href="JaVaScRiPt:alert(1)">klik</a>',
    '<div onclick="alert(1)">x</div>',
    '<iframe src="https://example.org"></iframe>',
    '<svg><script>alert(1)</script></svg>',
    '[klik](javascript:alert(1))',
    '<style>body{display:none}</style>',
])
def test_no_script_reaches_the_output(evil):
    html = render_markdown(f"Teks.\n\n{evil}\n").html.lower()
    for bad in ("<script", "onerror", "onclick", 'href="javascript', "<iframe", "<style", "<img"):
        assert bad not in html


@pytest.fixture(scope="module")
def vocab():
    return load_vocabulary(Config.for_project(REPO))[0]


def _entry(path, vocab):
    config = Config.for_project(REPO)
    thesis, problems = load_thesis(path, config)
    assert not problems
    return prepare_entry(thesis, vocab, Tagger(vocab))


def test_kabupaten_and_kota_bogor_are_different_governments(vocab):
    tagger = Tagger(vocab)
    assert [m.slug for m in tagger.find("Pemerintah Kabupaten Bogor dan Kota Bogor")] == ["kabupaten-bogor", "kota-bogor"]
    # 'Bogor' alone is ambiguous: it names neither
    assert [m.slug for m in tagger.find("di Bogor")] == []


def test_province_alias_wins_over_the_city_inside_it(vocab):
    tagger = Tagger(vocab)
    assert [m.slug for m in tagger.find("Provinsi Ba Ria-Vung Tau dan Kota Vung Tau")] == ["ba-ria-vung-tau", "vung-tau"]


def test_lowercase_common_word_is_not_a_city(vocab):
    assert Tagger(vocab).find("di medan perang") == []


def test_bogor_nanning_chapter_mentions_medan_but_studies_bogor(vocab):
    e = _entry(REPO / "seeds/theses/kabupaten-bogor-nanning-kebijakan.md", vocab)
    assert e.partnership == ("kabupaten-bogor", "nanning")
    assert "medan" in e.mentions["cities"] and "penang" in e.mentions["cities"]
    assert "medan" not in e.subjects["cities"]
    assert e.subjects["countries"] == ("indonesia", "tiongkok")
    assert len(e.toc) > 10 and "<sup>" not in e.html.replace('<sup class="footnote-ref">', "")


def test_file_without_front_matter_builds_a_sensible_entry(tmp_path, vocab):
    config = make_project(tmp_path / "p")
    thesis, _ = load_thesis(config.seeds / "theses" / "raw_summary_without_front_matter.md", config)
    e = prepare_entry(thesis, vocab, Tagger(vocab))
    assert e.title == "Kerjasama Sister City Kota Bogor dan Kisarazu"
    assert e.partnership == ("kota-bogor", "kisarazu")
    assert e.subjects["stages"] == ("pelaksanaan",)
    assert e.subjects["theories"] == ("otonomi-daerah",)  # a sister city studied, not the concept used: no tag
    assert e.mentions["cities"] == ("medan",)
    assert e.meta == {}  # nothing invented: no author, year or institution


def test_abstracts_come_out_of_the_whole_text_without_its_footnotes(tmp_path, vocab):
    """The abstract box shows the abstract's blocks (a list included), a footnote marker in it
    links to the note without repeating the id of the marker in the full text, and the notes
    themselves stay in the full text even when the abstract is the last section."""
    path = tmp_path / "t.md"
    path.write_text("---\ntitle: Uji\n---\n\n## ABSTRAK\n\nKalimat pertama tentang kerja sama.<sup>1</sup>\n"
                    "- butir satu\n- butir dua\n\n**Kata kunci:** satu, dua\n\n## ABSTRACT\n\nEnglish text here.\n\n"
                    "---\n\n<sup>1</sup> Catatan kaki.\n")
    thesis, problems = load_thesis(path, Config.for_project(REPO), path.read_bytes())
    assert not problems
    e = prepare_entry(thesis, vocab, Tagger(vocab))
    abstrak, abstract = e.abstracts_html["id"], e.abstracts_html["en"]
    assert abstrak.startswith("<p>Kalimat pertama") and "<li>butir dua</li>" in abstrak
    assert 'href="#fn1"' in abstrak and "fnref1" not in abstrak and 'id="fnref1"' in e.html
    assert "Kata kunci" not in abstrak and "English" not in abstrak
    assert abstract == "<p>English text here.</p>\n"  # no footnote section, though it is the last block
    assert 'id="fn1"' in e.html


def test_fold_drops_exactly_the_combining_marks_of_every_character():
    import unicodedata

    text = "".join(map(chr, range(0x20, 0x30000)))

    def reference(t: str) -> str:  # fold() as first written: a test per character
        kept = "".join(c for c in unicodedata.normalize("NFKD", t) if not unicodedata.combining(c))
        return kept.replace("đ", "d").replace("Đ", "D").lower()

    assert fold(text) == reference(text)
    assert fold("Vũng Tàu, Đà Nẵng") == "vung tau, da nang"


def test_a_covers_short_lines_stay_lines_and_wrapped_prose_runs_on():
    """A raw summary's cover ('Disusun oleh:' / a name / a programme / a university / a year) reads
    as lines on the page, not as one run-on sentence; prose wrapped at the page width joins up."""
    cover = "Disusun oleh:\nRina Wulan (18320014)\nHubungan Internasional\nUniversitas Contoh\n2019/2020"
    prose = ("Kerja sama kota kembar antara kota A dan kota B dimulai dengan kunjungan wali kota pada\n"
             "tahun 2010 dan berlanjut dengan pertukaran pelajar setiap tahun sejak penandatanganan MoU.")
    html = render_markdown(clean_body(f"{cover}\n\n{prose}\n").markdown).html
    assert "Disusun oleh:<br" in html and "Hubungan Internasional<br" in html and "Universitas Contoh<br" in html
    assert "pada\ntahun" in html and "pada<br" not in html
    # prose wrapped narrow goes on in lower case: it joins all the same
    narrow = "\n".join(textwrap.wrap(prose.replace("\n", " "), 46))
    html = render_markdown(clean_body(f"{narrow}\n").markdown).html
    assert "<br" not in html
    # a cover under a long title keeps its lines
    html = render_markdown(clean_body("KERJA SAMA SISTER CITY KOTA A DAN KOTA B DALAM PENGEMBANGAN PARIWISATA BUDAYA\n"
                                      "SKRIPSI\nDi susun oleh:\nRina Wulan\n2021\n").markdown).html
    assert "BUDAYA<br" in html and "SKRIPSI<br" in html
    # a reference list, one work a line, stays one work a line
    refs = ("Keohane, R. O. (1984). After Hegemony. Princeton: Contoh University Press.\n"
            "Kuznetsov, A. S. (2015). Theory and Practice of Paradiplomacy. London: Penerbit Contoh.\n"
            "Mukti, T. A. (2013). Politik Paradiplomasi dan Isu Kedaulatan di Indonesia. Yogyakarta: Contoh Press.\n")
    html = render_markdown(clean_body(refs).markdown).html
    assert html.count("<br") == 2
    # a list stays a list
    html = render_markdown(clean_body("- satu\n- dua\n").markdown).html
    assert "<li>satu</li>" in html and "<br" not in html

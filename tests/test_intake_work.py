"""A raw text that is no thesis (a news report, a journal article, a government page) is shown
and cited as what it is, taken from the text; a `<!-- source: URL -->` line gives the original's
address, linked from the page and used by the citations. A thesis stays a thesis, and a text that
shows nothing gets no kind. Made-up texts in the shapes of real pages."""

import json

import pytest

from katalog.errors import BuildFailed
from katalog.intake import read_intake
from katalog.pipeline import Builder
from tests.conftest import make_project

LEAD = ("Pemerintah Kota Contoh dan Kota Lain sepakat memperluas kerja sama di bidang pendidikan dan "
        "pariwisata. Kesepakatan itu ditandatangani kedua wali kota di balai kota.\n")
NEWS = f"Kota Contoh Jalin Kerja Sama Sister City\n\nContoh (ANTARA) - {LEAD}\nPewarta: Rina Wulandari\nEditor: Budi Santoso\n"
ARTICLE = (f"Jurnal Ilmu Pemerintahan Contoh\nVol. 3 No. 2 (2021)\n\nKerja Sama Sister City Kota Contoh dan Kota Lain\n\n"
           f"Rina Wulandari\n\nAbstrak\n{LEAD}")
THESIS = f"SKRIPSI\n\nKerja Sama Sister City Kota Contoh dan Kota Lain\n\nRina Wulandari\n\nAbstrak\n{LEAD}"
PLAIN = f"Kerja Sama Sister City Kota Contoh dan Kota Lain\n\nRina Wulandari\n\nAbstrak\n{LEAD}"


def work(text: str):
    fact = read_intake(text).facts.get("work")
    return fact and fact.value


@pytest.mark.parametrize("text, expected", [
    (NEWS, "news"),
    (f"Judul Berita Tentang Kota Contoh\n\nTEMPO.CO, Contoh - {LEAD}", "news"),
    (ARTICLE, "article"),
    (f"Kerja Sama Sister City Kota Contoh\n\nDOI: 10.1234/contoh.v3i2.55\n\nAbstrak\n{LEAD}", "article"),
    ("<!-- source: https://ejournal.contoh.ac.id/index.php/jip/article/view/88 -->\n" + PLAIN, "article"),
    ("<!-- source: https://www.contohnews.com/2019/01/kerja-sama -->\n" + PLAIN, "news"),
    ("<!-- source: https://biro.contohprov.go.id/mou-kerja-sama/ -->\n" + PLAIN, None),  # a government host alone
    ("<!-- source: https://garuda.contoh.go.id/documents/detail/55 -->\n" + PLAIN, "article"),
    (f"Judul Berita\n\nKabarContoh.com, Contoh - {LEAD}", "news"),
    (f"Judul Berita\n\nLaporan Reporter Kabar Contoh, Rina Wulandari\n\n{LEAD}", "news"),
    # a desk with its province, a desk before its outlet, a bar after it; the lead's sentence on the next line
    (f"Judul Berita\n\nContoh, Jawa Tengah (ANTARA) -\n{LEAD}", "news"),
    (f"Judul Berita\n\nCONTOH, KABARCONTOH.com - {LEAD}", "news"),
    (f"Judul Berita\n\nContoh, Kabarcontoh.id | {LEAD}", "news"),
    (THESIS, None),  # the cover says skripsi: a thesis, whose degree names it
    # an article prints its authors' programmes: still an article; a stated degree makes a thesis
    (ARTICLE.replace("Rina Wulandari\n", "Rina Wulandari\nProgram Studi Ilmu Hubungan Internasional\n"), "article"),
    (ARTICLE.replace("Rina Wulandari\n", "Rina Wulandari\nPembimbing: Dr. Budi Santoso\n"), None),
    (PLAIN, None),  # nothing shows what it is: nothing is taken
])
def test_the_kind_of_work_is_what_the_text_shows(text, expected):
    assert work(text) == expected


def test_a_source_line_gives_the_address_and_only_an_http_one():
    found = read_intake("<!-- source: https://repo.contoh.ac.id/id/eprint/12 -->\n" + PLAIN).facts["url"]
    assert (found.value, found.line) == ("https://repo.contoh.ac.id/id/eprint/12", 1)
    assert "url" not in read_intake("<!-- source: javascript:alert(1) -->\n" + PLAIN).facts
    assert "url" not in read_intake("<!-- source: file:///etc/passwd -->\n" + PLAIN).facts


def built(tmp_path, text: str, **kw):
    config = make_project(tmp_path / "p", theses={"kabar.md": text})
    result = Builder(config, **kw).gather()
    page = result.files["theses/kabar.html"].decode()
    return result, page


def test_a_news_report_is_shown_and_cited_as_news_with_its_original_address(tmp_path):
    result, page = built(tmp_path, "<!-- source: https://www.contohnews.com/2019/01/kerja-sama -->\n" + NEWS)
    assert "Berita" in page and "Tugas akhir" not in page
    assert 'href="https://www.contohnews.com/2019/01/kerja-sama"' in page  # the original, linked
    assert 'rel="nofollow noopener"' in page
    ris = result.files["theses/kabar.ris"].decode()
    assert "TY  - NEWS" in ris and "UR  - https://www.contohnews.com/2019/01/kerja-sama" in ris
    assert "@misc{kabar" in result.files["theses/kabar.bib"].decode()
    english = result.files["en/theses/kabar.html"].decode()
    assert "News report" in english
    record = next(t for t in json.loads(result.files["data/catalogue.json"])["theses"] if t["id"] == "kabar")
    assert record["original_url"] == "https://www.contohnews.com/2019/01/kerja-sama" and record["work"] == "news"


def test_check_lists_the_kind_and_address_as_taken_from_the_text(tmp_path):
    result, _ = built(tmp_path, "<!-- source: https://www.contohnews.com/x -->\n" + NEWS)
    notes = [str(w) for w in result.warnings]
    assert any('taken from the text, confirm: work: "news"' in n for n in notes)
    assert any('taken from the text, confirm: url: "https://www.contohnews.com/x"' in n for n in notes)


def test_a_thesis_with_a_stated_degree_is_still_cited_as_one(tmp_path):
    result, page = built(tmp_path, THESIS)
    assert "TY  - THES" in result.files["theses/kabar.ris"].decode()
    assert "Skripsi" in page


@pytest.mark.parametrize("meta, message", [
    ("work: magazine", "unknown work 'magazine'"),
    ("url: \"javascript:alert(1)\"", "is not an http:// or https:// address"),
])
def test_a_bad_work_or_address_in_front_matter_is_an_error_at_its_line(tmp_path, meta, message):
    text = f"---\ntitle: Kerja Sama Kota Contoh\n{meta}\n---\n\n{LEAD}"
    with pytest.raises(BuildFailed) as failed:
        built(tmp_path, text)
    assert any(message in str(p) and ":3:" in str(p) for p in failed.value.errors)


def test_adopt_writes_the_kind_and_the_address_into_the_front_matter(tmp_path):
    import subprocess
    import sys

    import yaml

    from tests.conftest import REPO

    config = make_project(tmp_path / "p")
    target = config.seeds / "theses" / "kabar.md"
    target.write_text("<!-- source: https://www.contohnews.com/x -->\n" + NEWS)
    run = subprocess.run([sys.executable, str(REPO / "build.py"), "adopt", "--root", str(config.root), str(target)],
                         capture_output=True, text=True, check=False)
    assert run.returncode == 0, run.stderr
    meta = yaml.safe_load(target.read_text().split("---\n")[1])
    assert meta["work"] == "news" and meta["url"] == "https://www.contohnews.com/x"
    assert meta["published_in"] == "ANTARA"  # the outlet its lead names
    assert "source" not in meta  # the summary's own file name is not the original's
    page = Builder(config).gather().files["theses/kabar.html"].decode()  # valid, and still shown as news
    assert "Berita" in page and "dari teks" not in page.split("Berita")[1][:200]


def test_an_articles_affiliation_is_not_cited_as_its_publisher(tmp_path):
    text = ("<!-- source: https://ejournal.contoh.ac.id/index.php/jip/article/view/88 -->\n" + PLAIN.replace(
        "Rina Wulandari\n", "Rina Wulandari\nUniversitas Contoh Raya\n"))
    result, page = built(tmp_path, text)
    ris = result.files["theses/kabar.ris"].decode()
    assert "TY  - JOUR" in ris and "PB  - " not in ris
    assert "[Artikel jurnal]" in page and "Artikel jurnal, Universitas" not in page


JOURNAL_WITH_AFFILIATIONS = ("Jurnal Hubungan Internasional Contoh\nVol. 3 No. 2 (2021): Desember\nISSN 2745-0000\n\n"
                             "Paradiplomasi Kota Contoh dalam Kerja Sama Sister City dengan Kota Lain\n\n"
                             "Rina Wulandari(1), Budi Santoso(2)\n(1) Program Studi Hubungan Internasional, Universitas "
                             "Contoh Raya\n(2) Departemen Ilmu Politik, Universitas Lain\n\nAbstrak\n" + LEAD)
BLOG = ("Catatan Kecil dari Pesisir\nMenu  Beranda  Tentang  Kontak\n\nKota Contoh dan Kota Lain: Dua Kota Bersaudara\n\n"
        "Diposting oleh Rina Wulandari pada 3 Maret 2023 | 4 Komentar\n\n" + LEAD)


def test_an_article_that_prints_its_authors_programmes_is_still_an_article():
    found = read_intake(JOURNAL_WITH_AFFILIATIONS).facts
    assert found["work"].value == "article"
    assert found["authors"].value == ["Rina Wulandari", "Budi Santoso"]  # '(1)', '(2)' are affiliation marks


def test_a_blog_post_names_its_title_writer_and_year_and_is_a_web_page():
    found = {name: fact.value for name, fact in read_intake(BLOG).facts.items()}
    assert found["title"] == "Kota Contoh dan Kota Lain: Dua Kota Bersaudara"  # not the blog's name
    assert (found["authors"], found["year"], found["work"]) == (["Rina Wulandari"], 2023, "web")


def test_a_repositorys_name_over_the_page_is_no_title():
    text = ("Repositori Universitas Contoh\nSkip to main content\nBeranda > Skripsi > Fakultas Ilmu Sosial\n\n"
            "PROSES PEMBENTUKAN KERJA SAMA SISTER CITY KOTA CONTOH DAN KOTA LAIN\n\nSKRIPSI\n\nDisusun oleh:\n"
            "Rina Wulandari\n\nAbstrak\n" + LEAD)
    assert read_intake(text).facts["title"].value.startswith("PROSES PEMBENTUKAN")


def test_a_works_citation_note_names_its_kind_and_a_rejected_source_is_reported(tmp_path):
    result, page = built(tmp_path, "<!-- source: javascript:alert(1) -->\n" + JOURNAL_WITH_AFFILIATIONS)
    assert "Yang dikutip adalah artikel jurnal aslinya" in page and "javascript:" not in page
    assert "What is cited is the original journal article" in result.files["en/theses/kabar.html"].decode()
    assert any(":1: warning: source line ignored: 'javascript:alert(1)'" in str(w) for w in result.warnings)


def test_keywords_in_both_languages_are_listed_once(tmp_path):
    text = (PLAIN.replace("Abstrak\n", "Abstrak\n") + "Kata kunci: paradiplomasi; sister city; Kota Contoh\n\n"
            "Abstract\nThe cities cooperate.\nKeywords: paradiplomacy; Sister City; kota contoh\n")
    _, page = built(tmp_path, text)
    keywords = page.split("Kata kunci</dt>")[1].split("</dd>")[0]
    assert keywords.count("ister city") == 1 and keywords.lower().count("kota contoh") == 1 and "paradiplomacy" in keywords


def test_a_news_pages_list_excerpt_starts_at_its_lead_not_its_breadcrumb(tmp_path):
    text = ("Beranda > Berita > Daerah\nKota Contoh dan Kota Lain sepakat perluas kerja sama perikanan\n"
            "Rabu, 12 Juni 2024 14:05 WIB\n\nCONTOH (ANTARA) - Pemerintah Kota Contoh dan Pemerintah Kota Lain sepakat "
            "memperluas kerja sama kota bersaudara di bidang perikanan tangkap dan pengolahan ikan tuna.\n\n"
            "Wali Kota Contoh mengatakan nota kesepahaman telah ditandatangani pada 2019.\n")
    result, _ = built(tmp_path, text)
    listing = result.files["theses/index.html"].decode()
    card = listing[listing.index('theses/kabar.html"'):][:1500]
    assert "CONTOH (ANTARA) - Pemerintah Kota Contoh" in card and "Beranda Berita" not in card


def test_an_articles_journal_and_a_storys_outlet_are_taken_from_the_text():
    facts = read_intake(ARTICLE).facts
    assert (facts["published_in"].value, facts["volume"].value, facts["issue"].value) == (
        "Jurnal Ilmu Pemerintahan Contoh", "3", "2")
    assert facts["published_in"].line == 2  # the issue line, which names the journal above it
    assert read_intake(NEWS).facts["published_in"].value == "ANTARA"
    assert read_intake(f"Judul Berita Tentang Kota Contoh\n\nTEMPO.CO, Contoh - {LEAD}").facts["published_in"].value == "TEMPO.CO"
    one_line = f"Kerja Sama Kota Contoh\n\nJurnal Kota Kembar, Vol. 4, No. 1, 2020\n\nRina Wulandari\n\nAbstrak\n{LEAD}"
    assert read_intake(one_line).facts["published_in"].value == "Jurnal Kota Kembar"
    for text in (THESIS, PLAIN):  # a thesis, or a text that shows no journal: none
        assert "published_in" not in read_intake(text).facts
    # a person in brackets after a title is no outlet
    quoted = NEWS.replace("Contoh (ANTARA) - ", "Wali Kota Contoh (Rina Wulandari) - ")
    assert read_intake(quoted).facts.get("published_in") is None


def test_an_article_is_cited_in_its_journal_and_a_story_in_its_outlet(tmp_path):
    result, page = built(tmp_path, ARTICLE)
    assert "Terbit di" in page and "<cite>Jurnal Ilmu Pemerintahan Contoh</cite>, Vol. 3 No. 2" in page
    assert "<i>Jurnal Ilmu Pemerintahan Contoh</i>, <i>3</i>(2)." in page  # APA: journal and volume in italics
    assert "[Artikel jurnal]" not in page
    bib = result.files["theses/kabar.bib"].decode()
    assert "@article{kabar" in bib and "journal = {Jurnal Ilmu Pemerintahan Contoh}" in bib and "number = {2}" in bib
    ris = result.files["theses/kabar.ris"].decode()
    assert "T2  - Jurnal Ilmu Pemerintahan Contoh" in ris and "VL  - 3" in ris and "IS  - 2" in ris
    assert '<meta name="citation_journal_title" content="Jurnal Ilmu Pemerintahan Contoh">' in page
    assert "Published in" in result.files["en/theses/kabar.html"].decode()
    record = next(t for t in json.loads(result.files["data/catalogue.json"])["theses"] if t["id"] == "kabar")
    assert (record["published_in"], record["volume"], record["issue"]) == ("Jurnal Ilmu Pemerintahan Contoh", "3", "2")
    assert "published_in" in record["inferred"]
    _, page = built(tmp_path / "news", NEWS)
    assert "<i>ANTARA</i>." in page


@pytest.mark.parametrize("text, expected", [
    # the city before the site, a site in brackets
    (f"Judul Berita Tentang Kota Contoh\n\nCONTOH, KABARKOTA.com - {LEAD}", "KABARKOTA.com"),
    (f"Judul Berita Tentang Kota Contoh\n\nContoh (kabarjatim.com) - {LEAD}", "kabarjatim.com"),
    # an agency's acronym in the story is no outlet
    (f"Judul Berita Tentang Kota Contoh\n\nPewarta: Rina Wulandari\n\n{LEAD}\nDinas Pertanian (DISTAN) - lembaga yang "
     "mengurus kerja sama itu.\n", None),
])
def test_a_storys_outlet_is_its_leads_only(text, expected):
    fact = read_intake(text).facts.get("published_in")
    assert (fact and fact.value) == expected


@pytest.mark.parametrize("tail", [
    # another journal in the text or its references is not where this one appeared
    "\nAbstrak\nPenelitian ini membahas kota.\n\nDaftar Pustaka\nWulandari, R. (2016). Kota kembar.\n"
    "Jurnal Studi Perkotaan Vol. 9 No. 4, 201-215.\n",
    "\nJurnal Studi Perkotaan Vol. 9 No. 4 (2016) mencatat bahwa kerja sama kota tumbuh.\n",
])
def test_another_works_journal_is_not_this_ones(tail):
    text = f"Kerja Sama Sister City Kota Contoh\n\nDOI: 10.1234/contoh.55\n\nRina Wulandari\n{tail}"
    assert "published_in" not in read_intake(text).facts


def test_an_article_with_no_author_is_cited_title_date_journal():
    from katalog import cite

    facts = cite.Facts(id="x", title="Kerja sama kota", year=2019, work="article", published_in="Jurnal X",
                       volume="7", issue="2")
    assert cite.apa(facts).text.startswith("Kerja sama kota. (2019). Jurnal X, 7(2).")

"""Shapes met on first sight of a tenth set of real pages (made-up texts written for these tests): a
law's year or a period's end is no publication year, a title with a subtitle after a full stop is
still a title, and ads, menus run together, lettered section headings, a byline dated first and a
story's lead are no titles."""

import pytest

from katalog.intake import read_intake

LEAD = ("Penelitian ini membahas kerja sama Kota Contoh dan Kota Jauh dalam bidang pendidikan dan kebudayaan, "
        "yang berjalan sejak nota kesepahaman ditandatangani. ") * 3


@pytest.mark.parametrize("text", [
    # a law's number and year: in a heading under section headings, and in a news paragraph
    ("Dasar Kewenangan Dalam Pembentukan Memorandum\n\nB. Dasar Kewenangan Dalam Pembentukan Memorandum\n\n"
     "Pengertian Antara Pemerintah Kota Contoh Dan Pemerintah Kota Jauh Ditinjau Dari Undang-Undang Nomor 32 Tahun "
     "2004 Tentang Pemerintahan Daerah\n\n" + LEAD),
    ("Contoh, (Antaranews Contoh) - Gubernur Contoh membahas kerja sama sister province dengan Jauh.\n\n"
     "\"Kami mendukung,\" katanya.\n\nKerja sama provinsi bersaudara ini diatur dalam Undang-Undang Otonomi Daerah "
     "Nomor 23 Tahun 2014. Dimana kontennya diserahkan kepada daerah.\n\n" + LEAD),
    # the end of a period: a sentence, and a wrapped line that ends on a range
    ("Kerja Sama Kota Contoh\n\nThis research has focused on the cooperation of the two cities for the years "
     "2000 until 2007.\n\n" + LEAD),
    ("b. Kerjasama Sister\n\nKerjasama sister adalah kerja sama antara dua daerah.\n\nHingga kini terdapat lebih "
     "dari 100 kerjasama yang terdaftar pada Kementerian Luar Negeri maupun\nKementerian Dalam Negeri. Namun antara "
     "tahun 2010 hingga 2013\nKementerian memantau kerjasama yang aktif.\n\n" + LEAD),
])
def test_a_laws_year_or_a_periods_end_is_no_publication_year(text):
    assert "year" not in read_intake(text).facts


def test_a_short_record_line_still_states_its_year():
    text = "Kerja Sama Sister City Kota Contoh dan Kota Jauh\n\nUniversitas Contoh Raya, 2019.\n\n" + LEAD
    assert read_intake(text).facts["year"].value == 2019


def test_a_title_with_its_subtitle_after_a_full_stop_is_the_title():
    title = ("Hubungan Luar Negeri Daerah Era Otonomi. Studi Evaluasi Hubungan Sister Province Jawa Contoh Dengan "
             "Negara Bagian Jauh Periode Tahun 2000– 2007")
    text = f"• Tidak ada hasil yang ditemukan\n\n{title}.\n\nN/A\nProtected\n\nAcademic year: 2021\n\nRina Wulan Abstract\n\n{LEAD}"
    assert read_intake(text).facts["title"].value == title


@pytest.mark.parametrize("head, title", [
    ("Ads by Google Ads by Google", "Kota Contoh and Kota Jauh formalize their ‘sister city’ relationship"),
    ("Tentang KamiPedoman Media SiberKetentuan & Kebijakan PrivasiPanduan KomunitasKarir\n2024 © PT Contoh Media\n"
     "Version 1.93.2\nKonten dari Pengguna", "Romantisme Hubungan Kota Contoh dengan Kota Jauh"),
])
def test_ads_menus_and_site_labels_are_no_title(head, title):
    assert read_intake(f"{head}\n\n{title}\n\n{LEAD}").facts["title"].value == title


def test_a_lettered_section_heading_is_no_title():
    text = "b. Kerjasama Sister\n\nKerjasama sister adalah kerja sama antara dua daerah di negara berbeda.\n\n" + LEAD
    assert "title" not in read_intake(text).facts


def test_a_byline_dated_first_states_author_and_year_and_no_title():
    text = (" date 2022-01-03 By Rina*\n\n" + "Paradiplomacy can be understood as an activity of subnational actors. " * 12
            + "\n\nKota Contoh has officially established a Cooperat")
    facts = read_intake(text).facts
    assert facts["authors"].value == ["Rina"] and facts["year"].value == 2022
    assert "title" not in facts  # paragraphs open the text; its cut last line is no title


def test_a_slug_spelling_only_a_leads_opening_words_gives_no_title():
    text = ("<!-- source: https://example.com/kerja-sama-kota-kembar-antara-contoh-dan-jauh -->\nBanner\n\n"
            "Contoh dan Jauh sepakati MoU kerja sama kota kembar\n\n"
            "Kerja sama kota kembar antara Contoh dan Jauh memungkinkan transfer pengetahuan dan pengalaman, serta "
            "dapat mempererat hubungan persahabatan kedua kota bukan hanya pada level pemerintahan tetapi juga "
            "masyarakat.\n\n" + LEAD)
    assert read_intake(text).facts["title"].value == "Contoh dan Jauh sepakati MoU kerja sama kota kembar"


def test_a_lead_after_a_bare_dateline_is_no_title():
    text = ("Contoh - Konsulat Jenderal (Konjen) Negeri Jauh di Kota Besar Provinsi Sumatra Utara Mr Zhang Min "
            "mengusulkan kerja sama dengan Pemerintah Kota Contoh untuk membangun konsep sister city atau kota bersaudara.\n"
            + LEAD)
    assert "title" not in read_intake(text).facts
    # a pair written with a dash as a title stays one
    assert read_intake("Surabaya - Kochi: Kerja Sama Pelabuhan\n\n" + LEAD).facts["title"].value.startswith("Surabaya - Kochi")


def test_an_article_pages_copyright_line_naming_persons_states_authors_and_year():
    text = ("Kerja Sama Kota Contoh dan Kota Jauh: Sebuah Penjajakan\nAbstract\n" + LEAD
            + "\nDownloads\nCopyright (c) 2025 Rina Wulan, Bayu Prakoso\n\nThis work is licensed under a Creative Commons\n")
    facts = read_intake(text).facts
    assert facts["authors"].value == ["Rina Wulan", "Bayu Prakoso"] and facts["year"].value == 2025


@pytest.mark.parametrize("holder", ["Jurnal Hubungan Internasional Contoh", "PT Contoh Media Network", "Kompas"])
def test_a_copyright_line_naming_a_journal_or_a_company_states_no_author(holder):
    text = "Kerja Sama Kota Contoh dan Kota Jauh: Sebuah Penjajakan\nAbstract\n" + LEAD + f"\nCopyright (c) 2025 {holder}\n"
    assert "authors" not in read_intake(text).facts


def test_a_writers_role_line_is_no_title_and_states_programme_and_institution():
    text = ("Oleh: Rina Wulan\nMahasiswa Jurusan Hubungan Internasional, Universitas Contoh Raya\n"
            "CONTOH.COM, KOTA CONTOH – Perekonomian kota dibuat hampir lumpuh akibat pandemi. " + LEAD)
    facts = read_intake(text).facts
    assert "title" not in facts
    assert facts["institution"].value == "Universitas Contoh Raya" and facts["program"].value == "Jurusan Hubungan Internasional"


def test_a_students_discipline_is_the_programme_not_the_words_after_it():
    text = ("Kerja Sama Sister City Kota Contoh dengan Kota Jauh\n\nOPINI\n\n"
            "Oleh : Rina Wulan (Mahasiswa Hubungan Internasional Lombok, Malang)\n\n" + LEAD)
    assert read_intake(text).facts["program"].value == "Hubungan Internasional"


def test_a_sites_welcome_banner_and_rubric_are_no_title_or_author_and_the_byline_is():
    text = ("Kota Contoh Hebat\nSelamat Datang di Superhub Pemkab Contoh\n\nBerita Contoh\n\n"
            "Bentuk Pertukaran Persahabatan, Contoh Gaet Jauh Jadi Sister City\n\n"
            "Pemerintah Kabupaten Contoh menggaet Kabupaten Jauh sebagai sister city.\n\n"
            "Penulis: Rina Wulan | Editor: Bayu Prakoso\n\n" + LEAD)
    facts = read_intake(text).facts
    assert facts["title"].value == "Bentuk Pertukaran Persahabatan, Contoh Gaet Jauh Jadi Sister City"
    assert facts["authors"].value == ["Rina Wulan"]


def test_a_footnote_mark_ends_an_authors_name_before_an_english_university_name():
    text = ("The City of Contoh's Challenges in Paradiplomacy\n\n"
            "Rina Wulan1 Universitas Contoh, Indonesia1 rina@example.ac.id\n\n"
            "Bayu Prakoso1 Andalas University, Indonesia1 bayu@example.ac.id\n\nABSTRAK\n\n" + LEAD)
    assert read_intake(text).facts["authors"].value == ["Rina Wulan", "Bayu Prakoso"]


def test_a_blog_platforms_author_box_and_buttons_are_no_title():
    text = ("Mohon tunggu...\nRina Wulan\nRina Wulan Mohon Tunggu... Lainnya - Mahasiswa Universitas Contoh Raya\n\n"
            "Nobody's perfect.\n\nSelanjutnya\n\nTutup\n\nIlmu Sosbud\n\n"
            "Opini: Kerja Sama Sister City Kota Contoh dengan Kota Jauh\n\n25 Januari 2021 13:47\n\n" + LEAD)
    facts = read_intake(text).facts
    assert facts["title"].value == "Opini: Kerja Sama Sister City Kota Contoh dengan Kota Jauh"
    assert facts.get("program") is None or "Universitas" not in facts["program"].value


def test_an_approval_pages_field_labels_end_the_title_and_the_name():
    text = ("KERJA SAMA SISTER CITY KOTA CONTOH DAN KOTA JAUH\nSKRIPSI\n"
            "Oleh : RINA WULAN E131 09 011\nUNIVERSITAS CONTOH RAYA 2013\n"
            "HALAMAN PENGESAHAN JUDUL\nKERJA SAMA SISTER CITY KOTA CONTOH DAN KOTA JAUH\nNAMA\nRINA WULAN\n\n" + LEAD)
    facts = read_intake(text).facts
    assert facts["authors"].value == ["Rina Wulan"]
    assert "Rina" not in facts["title"].value and "Nama" not in facts["title"].value

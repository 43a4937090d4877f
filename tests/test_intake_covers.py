"""Shapes met in set X (made-up people, universities and stories, written for these tests): a
skripsi's cover with its title over four lines, a signature page's columns of advisors, a labelled
title on the approval sheet ahead of a later page's slip, a journal's masthead line, a headline's
bare region where the story names the city inside it, a Russian republic and an exclave by the
names theses use."""

import pytest

from katalog.intake import read_intake
from katalog.intake_facts import advisors
from tests.test_places_near import gather, partnership


def facts(text):
    return {name: fact.value for name, fact in read_intake(text).facts.items()}


COVER = ("<!-- source: https://example.org/document/x-skripsi.html -->\n\n"
         "STATUS HUKUM PERJANJIAN\n\nKERJASAMA SISTER CITY (KOTA\n\nBERSAUDARA) YANG DIBUAT OLEH PEMERINTAH KOTA\n\n"
         "CONTOH DAN PEMERINTAH KOTA LAINNYA\n\nS K R I P S I\n\nDiajukan untuk Memenuhi Syarat Gelar Sarjana Hukum\n\n"
         "Oleh :\n\nSARI DEWI LESTARI 110200001\n\nDepartemen Hukum Internasional\n\nFAKULTAS HUKUM\n\n"
         "UNIVERSITAS CONTOH RAYA\n\n2019\n\n"
         "Pembimbing Utama, Pembimbing Pendamping,\n\n"
         "Dr. Budi Hartono, S.H., M.Hum. Rina Wulandari, S.H., M.Kn. NIP. 196001011990031001 NIP. 198001012010012001\n")


def test_a_cover_title_over_four_lines_in_capitals_is_read_whole():
    assert facts(COVER)["title"].endswith("PEMERINTAH KOTA CONTOH DAN PEMERINTAH KOTA LAINNYA")


def test_a_row_of_advisors_under_their_column_labels_gives_each_name_without_degrees():
    assert facts(COVER)["advisors"] == ["Budi Hartono", "Rina Wulandari"]
    assert advisors("Pembimbing I Pembimbing II", "Agus Prasetyo, S.H., M.Hum. Dr. Dewi Lestari, S.H., M.Hum.") == \
        ["Agus Prasetyo", "Dewi Lestari"]
    # an initial inside a name is no degree: only a comma starts the degrees
    assert advisors("Pembimbing I Pembimbing II", "Prof. Dr. Muhammad A. Rahman, Ph.D Drs. Eko Budi, M.A.") == \
        ["Muhammad A. Rahman", "Eko Budi"]


def test_a_labelled_title_is_the_works_own_over_a_later_pages_variant():
    text = ("implementasi kerja sama kota kembar oleh\n\nIMPLEMENTASI KERJA SAMA KOTA KEMBAR OLEH PEMERINTAH KOTA CONTOH "
            "(Studi di Kota Contoh) SKRIPSI Disusun Oleh: SARI DEWI 145010101111001 UNIVERSITAS CONTOH RAYA 2018\n\n"
            "LEMBAR PERSETUJUAN\n\n"
            "Judul Skripsi :IMPLEMENTASI KERJASAMA KOTA KEMBAR OLEH PEMERINTAH KOTA CONTOH (Studi di Kota Contoh)\n\n"
            "HALAMAN PENGESAHAN\n\n“IMPLEMENTASI KERJASAMA KOTA KEMBAR OLEH PEMERINTAH KOTA CONTOH (Studi di Kota Lain)\n")
    assert facts(text)["title"].endswith("(Studi di Kota Contoh)")


def test_a_journals_volume_issue_and_pages_line_is_no_title():
    text = ("Review of Borders, 12 (3-II) : 101-119 © Contoh Publications\n\n"
            "LIFE ON THE LINE: TWO BORDER TOWNS AND THEIR TRADE\n\n"
            "Cross-border trade between two neighbouring towns is studied here.")
    assert facts(text)["title"] == "LIFE ON THE LINE: TWO BORDER TOWNS AND THEIR TRADE"


@pytest.mark.parametrize("text, pair", [
    # a headline's bare region gives way to the city inside it that the story pairs with the same partner
    ("Kemenlu Jajaki Kerja Sama Sister City Yogya- Kota Varaždin di Kroasia\n\n"
     "Pemerintah Kota Yogyakarta menerima kunjungan Kemenlu. Kunjungan itu untuk menjajaki kerja sama sister "
     "city antara Kota Yogyakarta dengan Kota Varaždin di Kroasia.\n", ("Kota Yogyakarta", "Varaždin")),
    # two districts, each followed by its country
    ("Managing Conflict through Cross-Border Cooperation\n\nAbstract This research analyzed cross-border "
     "cooperation in the border area between the Timor Tengah Utara District of Indonesia and the Oecussi "
     "District of Timor Leste.\n", ("Timor Tengah Utara", "Oecussi")),
])
def test_the_pair_a_story_or_abstract_states(tmp_path, text, pair):
    _, html, _ = gather(tmp_path, text)
    assert all(side in partnership(html) for side in pair), partnership(html)


@pytest.mark.parametrize("text, foreign", [
    ("Rencana Sister City Aceh dan Tatarstan\n\nDubes menyampaikan keinginan kerja sama sister city antara "
     "Republik Tatarstan dengan Daerah Istimewa Aceh. Pertemuan itu berlangsung di ibu kota Tatarstan, Kazan.\n",
     "Tatarstan"),
    ("Kerja Sama Lintas Batas Timor Tengah Utara dan Oecussi\n\nPenelitian ini membahas kerja sama antara Kabupaten "
     "Timor Tengah Utara dengan Oecussi di perbatasan.\n", "Oecussi"),
])
def test_a_republic_and_an_exclave_abroad_are_known_by_the_names_theses_use(tmp_path, text, foreign):
    _, html, _ = gather(tmp_path, text)
    assert foreign in partnership(html)


def test_an_abstract_heading_above_the_title_does_not_end_the_header():
    text = ("<!-- source: https://example.org/dokumen/abstrak/1/x -->\nAbstrak\n\n\n"
            "Analisis Yuridis Kerja Sama Sister City antara Pemerintah Kota Contoh dengan Kota Lain\n\n\n"
            "Oleh :\nRina Dewi Lestari - E0020019 - Fak. Hukum\n\n"
            "Perjanjian internasional sister city merupakan implementasi otonomi daerah.")
    assert facts(text)["authors"] == ["Rina Dewi Lestari"]  # the student number and faculty after dashes cut off


def test_a_subtitle_after_the_capitals_keeps_its_article():
    text = ("MANAGING TRADE THROUGH: CROSS-BORDER COOPERATION: A Study at the Northern Border\n\n"
            "RINA DEWI\n\nAbstract Since the separation, disputes over the border have existed.")
    assert facts(text)["title"] == "MANAGING TRADE THROUGH: CROSS-BORDER COOPERATION: A Study at the Northern Border"


@pytest.mark.parametrize("line, title, authors", [
    # an index's row: the title, then its authors after ';'
    ("Kerja Sama Sister City Kota Contoh–Lain dalam Bidang Pendidikan Tahun 2015–2025 Rina Dewi Lestari; "
     "Budi Santoso Hartono; Agus Prasetyo", "Kerja Sama Sister City Kota Contoh–Lain dalam Bidang Pendidikan Tahun 2015–2025",
     ["Rina Dewi Lestari", "Budi Santoso Hartono", "Agus Prasetyo"]),
    # a page title: the title, then its authors after ','; the last one cut short is whole further down
    ("Paradiplomasi Kota Contoh di Sektor Pariwisata Tahun 2010-2019 W.K Budi Hartono, Sari Dewi Lestari, Agus Pras",
     "Paradiplomasi Kota Contoh di Sektor Pariwisata Tahun 2010-2019", ["W.K Budi Hartono", "Sari Dewi Lestari",
                                                                        "Agus Prasetyo"]),
])
def test_authors_run_on_after_a_title_are_cut_off_and_read(line, title, authors):
    found = facts(f"<!-- source: https://example.org/x -->\n{line}\n\nCitation preview\n\n{line.split(' Tahun')[0]} … "
                  "Agus Prasetyo Program Studi Hubungan Internasional\n\nABSTRACT Diplomacy is studied here.")
    assert (found["title"], found["authors"]) == (title, authors)


def test_a_title_line_going_on_with_a_joining_word_and_a_name_after_nama():
    text = ("Tugas Hukum Perjanjian Internasional\n\nKedudukan Sister City Kota Contoh Lain\n\n\n"
            "Sebagai Bentuk Perjanjian Internasional\n\nOleh : Nama : Rina Dewi NIM : 09120006\n\n"
            "FAKULTAS HUKUM UNIVERSITAS CONTOH 2010\n\nKATA PENGANTAR\n\nSegala puji bagi Tuhan.\n\n"
            "Kota Contoh, 08 November 2011\n\nPenulis\n\nDAFTAR ISI\n")
    found = facts(text)
    assert found["title"] == "Kedudukan Sister City Kota Contoh Lain Sebagai Bentuk Perjanjian Internasional"
    assert found["authors"] == ["Rina Dewi"]  # not 'Daftar Isi' under the foreword's 'Penulis'


def test_a_news_lead_broken_over_lines_and_a_quote_naming_a_university_state_no_title_or_institution():
    text = ("KOTA - Wali Kota Contoh\nBudi Hartono menawarkan sebuah perkampungan untuk masyarakat\nyang ingin menetap.\n\n"
            "“Rencana kerja sama sister city antara Contoh dengan Lain ini harus dikaji dalam agar dapat memberikan manfaat "
            "bagi kedua kota,” kata Budi saat penyampaian hasil kajian Tim Ahli Universitas Contoh Raya di Balai Kota.\n")
    found = facts(text)
    assert "title" not in found and "institution" not in found


def test_an_ojs_pages_main_article_content_label_is_no_author():
    text = ("SISTER CITY KOTA CONTOH-LAIN SEBAGAI UPAYA MEMPERKUAT HUBUNGAN BILATERAL\nIsi Artikel Utama\nAbstrak\n"
            "Kota Contoh memiliki tempat tersendiri bagi rakyat Indonesia.")
    assert "authors" not in facts(text)


def test_a_place_after_a_comma_at_a_titles_end_is_no_author():
    text = ("14\nA Note for Indonesia’s Border Diplomacy in Tanjung Datu, West Kalimantan\n\n"
            "Rina Dewi Department of International Relations, Universitas Contoh, Indonesia\n\nAbstract This article studies it.")
    assert facts(text)["title"] == "A Note for Indonesia’s Border Diplomacy in Tanjung Datu, West Kalimantan"


@pytest.mark.parametrize("title, mou", [
    ("PERJANJIAN KOTA BERSAUDARA (SISTER CITY) ANTARA PEMERINTAH KOTA PADANG DENGAN KOTA HILDESHEIM DITINJAU DARI "
     "HUKUM INTERNASIONAL", True),
    ("Kedudukan Sister City Padang Hildesheim Sebagai Bentuk Perjanjian Internasional", True),
    ("Rancangan Perjanjian Kota Bersaudara antara Kota Padang dan Kota Hildesheim", False),  # a draft: nothing signed
    ("Peluang Kerja Sama Sister City Kota Padang dan Kota Hildesheim", False),
])
def test_a_title_studying_the_partners_agreement_as_made_reads_as_the_mou_stage(tmp_path, title, mou):
    text = f"{title}\n\nSKRIPSI\n\nOleh : Rina Dewi\n\nPenelitian ini membahas hubungan kedua kota dalam bidang pendidikan.\n"
    _, html, _ = gather(tmp_path, text)
    assert ('href="../stages/mou.html"' in html) == mou


@pytest.mark.parametrize("sentence, begun", [
    ("Pertemuan itu membahas kemungkinan kota kembar antara Kota Padang dan Kota Hildesheim.", True),
    ("Pertemuan ini adalah awal untuk mewujudkan sister city Kota Padang dan Kota Hildesheim.", True),
    ("Kerja sama sister city Kota Padang dan Kota Hildesheim membuka peluang bagi pelajar untuk bertukar.", False),
])
def test_a_cooperation_being_begun_reads_as_the_initiation_stage(tmp_path, sentence, begun):
    text = f"Kerja Sama Kota Padang dan Kota Hildesheim\n\nOleh : Rina Dewi\n\n{sentence}\n"
    _, html, _ = gather(tmp_path, text)
    assert ('href="../stages/inisiasi.html"' in html) == begun

"""Header shapes of real repository pages (made-up people and universities, written for these tests):
each stated fact is found in the shape pages print it, and what belongs to another work or another
person is not taken."""

import pytest

from katalog.intake import read_intake

TITLE = "KERJA SAMA SISTER CITY KOTA A DENGAN KOTA B DALAM BIDANG PENDIDIKAN"
MIXED = "Kerja Sama Sister City Kota A dengan Kota B dalam Bidang Pendidikan"


@pytest.mark.parametrize("text, field, expected", [
    # an institution misspelt on the page, ending before the city it stands in
    (f"{TITLE} Rina Wulan Magister Ilmu Pemerintahan, Fakultas Pascasarjana Univesitas Contoh Raya Kota Contoh\n",
     "institution", "Univesitas Contoh Raya"),
    # a quoted word inside the name; the name runs on to its province
    (f"{TITLE}\nOleh :\nRina Wulan NPM. 0944010007\nUniversitas Pembangunan “Merdeka” Jawa Barat\n",
     "institution", "Universitas Pembangunan “Merdeka” Jawa Barat"),
    # English cover: 'X Study Program Y University In partial fulfillment …'
    ((f"{TITLE}\nBy\nRINA WULAN ID No. 0123\nA thesis presented to the Faculty of Humanities, International Relations "
     "Study Program Nusantara Raya University In partial fulfillment of the requirements\n"),
     "institution", "Nusantara Raya University"),
    ((f"{TITLE}\nBy\nRINA WULAN ID No. 0123\nA thesis presented to the Faculty of Humanities, International Relations "
     "Study Program Nusantara Raya University In partial fulfillment of the requirements\n"),
     "program", "International Relations Study Program"),
    # a cover's bare discipline above its faculty
    (f"{TITLE}\nDi susun oleh:\nRina Wulan(18320014)\nIlmu Pemerintahan\nFakultas Ilmu Sosial\nUniversitas Contoh\n",
     "program", "Ilmu Pemerintahan"),
])
def test_affiliation_shapes(text, field, expected):
    assert read_intake(text).facts[field].value == expected


@pytest.mark.parametrize("text, expected", [
    # the label after an e-mail on the same line, degrees dropped
    (f"{TITLE}\nOleh : Rina Wulan\nEmail: rina@example.ac.id Pembimbing: Bayu Prakoso, S.IP., MA\n", ["Bayu Prakoso"]),
    # a signature block: the name, then the role
    (f"{TITLE}\nBy\nRina Wulan\nApproval sheet\nDr. Bayu Prakoso Thesis Advisor\n", ["Bayu Prakoso"]),
    # a bare label, the name on the next line
    (f"{TITLE}\nOleh: Rina Wulan\nDosen Pembimbing\nDr. Bayu Prakoso, M.Si.\nUniversitas Contoh\n", ["Bayu Prakoso"]),
])
def test_advisor_shapes(text, expected):
    assert read_intake(text).facts["advisors"].value == expected


def test_a_role_line_without_a_persons_title_names_no_advisor():
    text = f"{TITLE}\nOleh: Rina Wulan\nLembar Persetujuan Pembimbing\nUniversitas Contoh\n"
    assert "advisors" not in read_intake(text).facts


@pytest.mark.parametrize("text, expected", [
    # one bullet per author, the affiliation after the name, no 'Authors' label
    (f"{MIXED}\n\n  • Rina Wulan Universitas Contoh\n  • Bayu Prakoso University of Contoh\n\nSister city; education\n",
     ["Rina Wulan", "Bayu Prakoso"]),
    # names joined by '&', then the faculty, under the title repeated after a document site's furniture
    ((f"• Tidak ada hasil yang ditemukan\n{TITLE}\nN/A\nProtected\nAcademic year: 2021\nCopied!\n18\n(1)\n{TITLE}\n"
     "Rina Wulan & Bayu Prakoso Fakultas Hukum Universitas Contoh\nAbstrak\nIsi.\n"), ["Rina Wulan", "Bayu Prakoso"]),
    # an index page's row: the title, then its authors on the same line
    ((f"Rina Wulan\nUniversitas Contoh\nFound 1 Documents\n{MIXED} Tahun 2019-2022 Rina Wulan; Bayu Prakoso\n"
     "Journal of Contoh Vol 7, No 1 (2024)\n"), ["Rina Wulan", "Bayu Prakoso"]),
])
def test_author_shapes(text, expected):
    assert read_intake(text).facts["authors"].value == expected


def test_a_reference_in_the_list_below_is_no_author_and_no_year():
    text = (f"{MIXED}\n\n  • Rina Wulan Universitas Contoh\n\nThis research examines how the two cities cooperate in "
            "education and what kept the programme alive for years after the memorandum was signed.\n\n"
            "Santoso, B. A. (2021). Pengantar Metode Penelitian. Jakarta: Penerbit Contoh.\n")
    facts = read_intake(text).facts
    assert facts["authors"].value == ["Rina Wulan"] and "year" not in facts


def test_a_reference_after_the_prose_of_a_text_without_title_is_no_author():
    text = ("Di tengah meningkatnya peran aktor lokal, kerja sama kota A dan kota B menjadi model. Penelitian ini "
            "menganalisis implementasi, manfaat, dan tantangan kerja sama itu selama sepuluh tahun terakhir di kedua kota.\n"
            "Santoso, B. A. (2021). Pengantar Metode Penelitian. Jakarta: Penerbit Contoh.\n")
    facts = read_intake(text).facts
    assert "authors" not in facts and "year" not in facts


def test_a_labelled_title_completes_a_title_line_that_dropped_a_word():
    text = ("KOTA A - SISTER CITIES AND ITS IMPLICATION TO THE TOURISM (2012-2015)\nBy\nRINA WULAN ID No. 0123\n"
            "January 2017\nABSTRACT PAGE iv\nTitle: Kota A - Kota B Sister Cities And Its Implication To The Tourism "
            "(2012-2015)\n")
    assert read_intake(text).facts["title"].value == \
        "Kota A - Kota B Sister Cities And Its Implication To The Tourism (2012-2015)"


def test_a_repeated_title_is_not_its_own_continuation():
    text = f"{TITLE}\nN/A\nProtected\nCopied!\n13\n{TITLE}\nOleh : Rina Wulan\n"
    assert read_intake(text).facts["title"].value == TITLE


@pytest.mark.parametrize("text, expected", [
    # an academic year under the institution on a cover
    (f"{TITLE}\nDi susun oleh:\nRina Wulan\nUniversitas Contoh\n2019/2020\nBAB 1\n", 2019),
    # the article's copyright line, after an abstract that opens the page
    (("Di tengah meningkatnya peran aktor lokal, kerja sama kota A dan kota B menjadi model. Penelitian ini "
     "menganalisis implementasi, manfaat, dan tantangan kerja sama itu selama sepuluh tahun terakhir di kedua kota.\n"
     "Copyrights © 2025\n"), 2025),
    # a dated submission line
    (f"{TITLE}\nOleh: Rina Wulan\nBandung, 12 Agustus 2018\n", 2018),
    # a journal issue dated by month after a colon
    (f"{MIXED}\nRina Wulan; Bayu Prakoso\nJurnal Kota Kembar Vol. 4 No. 2: December 2025\n", 2025),
    # a library record: the publisher, then ', 2019' on the next line
    (f"{MIXED}\nMain Authors: | Wulan, Rina |\nTerbitan: |\nBadan Penerbit Contoh\n, 2019\n|\n", 2019),
    # a news desk's date stamp above the credits, not the copyright footer of today's site
    ("Kota A (Kantor Berita) - Wali kota A menerima delegasi kota B untuk membahas kerja sama kota kembar.\n\n"
     "(T.AB-CDE/F001) 29-11-2015 18:39:18\n\nPewarta : Rina Wulan\nCopyright © KANTOR BERITA 2024\n", 2015),
    # an issue dated by a span of months, a desk stamp written year first, a publisher with its city
    (f"{MIXED}\nRina Wulan\nJurnal Kota Kembar Vol. 9 No. 1: Januari-Juni 2022\n", 2022),
    ("Kota A (Kantor Berita) - Wali kota A menerima delegasi kota B untuk membahas kerja sama kota kembar.\n\n"
     "(T.AB-CDE/F001) 2016-05-03 10:12:45\n\nPewarta : Rina Wulan\n", 2016),
    (f"{MIXED}\nPengarang: | Wulan, Rina |\nPenerbit: |\nYogyakarta : Pustaka Contoh\n, c2018.\n|\n", 2018),
])
def test_year_shapes(text, expected):
    assert read_intake(text).facts["year"].value == expected


@pytest.mark.parametrize("text", [
    # a studied period and an event's date are no year of the work
    f"{TITLE}\nOleh: Rina Wulan\nUniversitas Contoh\n2012-2015\n",
    f"{TITLE}\nOleh: Rina Wulan\nAbstrak\nMoU ditandatangani di Bandung, 12 Agustus 2018.\n",
    # a news site's copyright footer: often the year the page was served, not the story's
    ("Kota A (Kantor Berita) - Wali kota A menerima delegasi kota B untuk membahas kerja sama kota kembar.\n\n"
     "Pewarta : Rina Wulan\nCopyright © KANTOR BERITA 2024\n"),
    # nor its bare footer, nor a crosshead that says since when
    ("Kota A (Kantor Berita) - Wali kota A menerima delegasi kota B untuk membahas kerja sama kota kembar.\n\n"
     "Dirintis Sejak 2012\n\nKerja sama itu dirintis oleh wali kota sebelumnya.\n\nPewarta : Rina Wulan\n"
     "Copyright © 2024\n"),
])
def test_no_year_is_taken_from_a_period_or_an_event(text):
    assert "year" not in read_intake(text).facts


def test_a_co_authors_programme_at_another_institution_is_not_the_works():
    text = (f"{MIXED}\nAuthors\n  • Rina Wulan International Relations, Universitas Contoh, Indonesia\n"
            "  • Bayu Prakoso Master of International Relation, Universitas Lain, Indonesia\nAbstract\nText.\n")
    facts = read_intake(text).facts
    assert facts["institution"].value == "Universitas Contoh" and "program" not in facts


def test_a_co_authors_programme_at_the_same_institution_is_kept():
    text = (f"{MIXED}\n  • Rina Wulan University of Contoh Raya\n"
            "  • Bayu Prakoso Program Studi Hubungan Internasional, Universitas Contoh Raya\nSister city\n")
    assert read_intake(text).facts["program"].value == "Program Studi Hubungan Internasional"


def test_a_catalogue_record_names_its_author_family_first_and_its_title_under_the_furniture():
    text = (f"Katalog Perpustakaan Universitas Contoh\nKembali ke hasil pencarian\n{MIXED}\n"
            "Pengarang: | Lestari, Dewi Anggraini |\nPenerbit: |\nYogyakarta : Pustaka Contoh\n, 2018\n")
    facts = read_intake(text).facts
    assert facts["title"].value == MIXED
    assert facts["authors"].value == ["Dewi Anggraini Lestari"] and facts["year"].value == 2018


def test_a_reference_list_and_a_sentence_state_no_institution_and_no_year():
    text = (f"{TITLE}\nRina Wulan\n\nPenelitian ini membahas kerja sama kota A dan kota B. Peraturan wali kota\n"
            "diterbitkan 2014 sebagai dasar pelaksanaannya.\n\nDaftar Pustaka\n"
            "Keohane, R. O. (1984). After Hegemony. Princeton: Princeton University Press.\n")
    facts = read_intake(text).facts
    assert facts["authors"].value == ["Rina Wulan"]
    assert "institution" not in facts and "year" not in facts


def test_each_author_over_an_affiliation_line_of_their_own_is_found():
    text = (f"{MIXED}\n\nRina Wulan\nProgram Studi Hubungan Internasional, Universitas Contoh\nBayu Prakoso\n"
            "Program Studi Hubungan Internasional, Universitas Contoh\n\nJurnal Kota Kembar Vol. 4 No. 2: December 2025\n")
    assert read_intake(text).facts["authors"].value == ["Rina Wulan", "Bayu Prakoso"]


@pytest.mark.parametrize("text, title, year", [
    # a masthead, then its issue with 'Volume … Nomor …', then the title
    (f"JURNAL KOTA KEMBAR\nVolume 5, Nomor 2, Desember 2020\nISSN 2541-0000 (Online)\n\n{TITLE}\n\nRina Wulan¹\n", TITLE, 2020),
    # an issue line 'Vol. 12, Issue 2' and a copyright line before the title
    (f"Journal of Twin Cities\nVol. 12, Issue 2, June 2022, pp. 77-94\n© Copyright 2022\n\n{MIXED}\n\nRina Wulan\n", MIXED, 2022),
    # the journal, its year, volume (issue) and pages, as eJournals print it
    (f"eJournal Ilmu Kota, 2019, 7 (2): 611-624\n\n{TITLE}\n\nRina Wulan\n", TITLE, 2019),
    # a portal's navigation and its ministry over the record
    (f"Skip to main navigation menu\nGaruda - Garba Rujukan Digital\nKementerian Pendidikan, Kebudayaan, Riset, dan "
     f"Teknologi\n\n{TITLE}\nRina Wulan; Bayu Prakoso\nJurnal Kota Kembar Vol 7 No 1 (2023): Juni 2023\n", TITLE, 2023),
])
def test_an_issue_line_is_no_title(text, title, year):
    facts = read_intake(text).facts
    assert facts["title"].value == title and facts["year"].value == year and facts["authors"].value[0] == "Rina Wulan"

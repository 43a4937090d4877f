"""Shapes met in sets AS (English pages) and AT (made-up texts, written for these tests, real places): a pair
written as a compound before the bond's name, a page's date field run into its lead, a city government's menu
on one line, a viewer's controls and a release stamp above an unheaded page; a big city abroad written as one
word, a PDF viewer's 'View of' and a document site's counters over a title, a course's name, a university
named with its founder's title, a lead of two sentences in capitals. Their pairs are rows of the table in
test_pair_shapes.py."""

from katalog.intake import read_intake


def test_an_outlets_name_under_a_byline_is_no_headline():
    text = ("By Ana Lee\nNORTHWEST ASIAN WEEKLY\nDid you know that Seattle has a sister city in Indonesia? Surabaya "
            "became our sister city in 1991.\n")
    facts = read_intake(text).facts
    assert "title" not in facts and facts["authors"].value == ["Ana Lee"]


def test_a_page_date_field_run_into_the_lead_dates_the_page_and_gives_no_title():
    text = (" date 2018-04-23 Uttarakhand and Indonesia’s Bali province on Monday signed a five-point agreement to extend "
            "mutual cooperation in tourism and culture.\n\nThe agreement was signed between the chief minister and the "
            "Bali governor.\n")
    facts = read_intake(text).facts
    assert facts["year"].value == 2018 and "title" not in facts


def test_a_menu_a_viewers_controls_and_a_release_stamp_are_no_title():
    text = ("Home Page ChengDu News International Exchanges Investment Attraction Sister Cities\nHome > Sister Cities\n"
            "Origin: Release Time:2008-03-25 16:03 Read: Degree\n〖Size:Big Hit Small〗 【Print】【Close\n\nMedan, the "
            "capital of Sumatra, is the third largest city of Indonesia. In 2002 Chengdu and Medan set up the sister-city "
            "relationship.\n")
    facts = read_intake(text).facts
    assert "title" not in facts and facts["year"].value == 2008


def test_a_viewers_page_title_and_a_document_sites_counters_are_no_title():
    viewer = ("• Tidak ada hasil yang ditemukan\n\nView of REVITALISASI KERJASAMA SISTER PROVINCE JAWA BARAT DENGAN "
              "NEGARA BAGIAN AUSTRALIA SELATAN\n\nAcademic year: 2018\n\nRina Dewi\n\nAbstrak\n\nKajian ini membahas "
              "kerja sama.\n")
    assert read_intake(viewer).facts["title"].value.startswith("REVITALISASI KERJASAMA SISTER PROVINCE")
    paper = ("UNIVERSITAS PROFESOR DR. MOESTOPO (BERAGAMA) FAKULTAS ILMU SOSIAL DAN POLITIK Tugas Akhir Semester Mata "
             "Kuliah Hubungan Luar Negeri Kelas Jum’at 09.45\nViews 52 Downloads 17 File size 917KB\nOleh : Budi Santoso "
             "NIM : 201822153\nKERJASAMA LUAR NEGERI OLEH PEMERINTAH KOTA SURABAYA DENGAN LIVERPOOL\nKerjasama antara "
             "Surabaya dan Liverpool merupakan kerjasama yang baru saja disepakati.\n")
    facts = read_intake(paper).facts
    assert facts["title"].value == "KERJASAMA LUAR NEGERI OLEH PEMERINTAH KOTA SURABAYA DENGAN LIVERPOOL"
    assert facts["institution"].value == "Universitas Profesor Dr. Moestopo (Beragama)"


def test_a_lead_of_two_sentences_opening_in_capitals_is_no_title():
    text = ("SURABAYA bukan cuma ada di Indonesia. Negeri Turki juga punya kembarannya, lho. Namanya Kota Gaziantep.\n"
            "Kota ini disebut mirip dengan Kota Surabaya.\n")
    assert "title" not in read_intake(text).facts


def test_a_nickname_in_quotes_is_no_unknown_place(tmp_path):
    from tests.test_places_near import gather

    text = ("Bandung and Fort Worth\n\nBandung is often called the “Paris of Java,” and the “City of Flowers,” as parks "
            "bloom there. Kota Bandung and Fort Worth have been sister cities since 1990.\n")
    _, _, problems = gather(tmp_path, text)
    assert not any("City of Flowers" in str(p) for p in problems), problems

"""Kinds of page shapes (not one site's wording) whose stated facts intake reads: a page's own
labelled rows with the value on the next line, an EPrints citation naming several creators, a
cover flattened into one line, a blog's author box, a section prefix before a title the page
repeats, a URL slug that repeats the title. Made-up people, places and universities."""

import pytest

from katalog.intake import read_intake

TITLE = "Kerja Sama Sister City Kota Contoh dan Kota Lain dalam Bidang Pendidikan"
BODY = ("Penelitian ini membahas kerja sama kedua kota sejak lama. Kerja sama itu berjalan lambat dan "
        "banyak program tidak dilanjutkan oleh kedua pemerintah daerah, sehingga perlu dikaji ulang.\n")


EPRINTS = (f"{TITLE}\n\nWulandari, Rina Sari and Budi Santoso Putra,, S.IP., M.A. (2021) {TITLE}. Sarjana thesis, "
           f"Universitas Contoh.\n\n{BODY}")


def facts(text: str) -> dict:
    return {name: fact.value for name, fact in read_intake(text).facts.items()}


@pytest.mark.parametrize("text, field, expected", [
    # an aggregator's record: 'Label -' with the value on the next line, in any case, '(s)' plural
    (f"open-access\n{TITLE}\nAuthor(s) -\nRina Wulandari\nPublication year - 2017\nLanguage(s) - English\n{BODY}",
     "authors", ["Rina Wulandari"]),
    (f"open-access\n{TITLE}\nAuthor(s) -\nRina Wulandari\nPublication year - 2017\nLanguage(s) - English\n{BODY}",
     "year", 2017),
    (f"{TITLE}\nPenulis:\nRina Wulandari\nTahun Terbit: 2019\n\n{BODY}", "year", 2019),
    # an EPrints citation: the first creator inverted, a second in reading order, degrees after
    (EPRINTS, "authors", ["Rina Sari Wulandari", "Budi Santoso Putra"]),
    (EPRINTS, "year", 2021),
])
def test_a_stated_fact_is_read_from_the_shape_it_stands_in(text, field, expected):
    assert facts(text).get(field) == expected


def test_a_label_alone_takes_only_its_own_next_line():
    found = facts(f"{TITLE}\nPublication title -\nJurnal Contoh Raya\nAuthor(s) -\n\n{BODY}")
    assert "authors" not in found and found.get("title") != "Jurnal Contoh Raya"


CAPS = "KERJA SAMA SISTER CITY KOTA CONTOH DAN KOTA LAIN DALAM BIDANG PENDIDIKAN"
FLAT_EN = (f"ii {CAPS} By Rina 0123456789 A Thesis presented to the Faculty of Humanities Nusantara Raya University "
           "In partial fulfillment of the requirements for Bachelor Degree in International Relations Major in Diplomacy 2015\n")
FLAT_ID = (f"88 {CAPS}Ω Rina Wulandari, Sanyoto, Budi Santoso and Sari Dewi Putri Faculty of Law Universitas Contoh Raya "
           f"E-mail: rina@contoh.ac.id Abstract {BODY}")


@pytest.mark.parametrize("text, field, expected", [
    (FLAT_EN, "title", CAPS), (FLAT_EN, "authors", ["Rina"]), (FLAT_EN, "program", "International Relations"),
    (FLAT_ID, "title", CAPS), (FLAT_ID, "authors", ["Rina Wulandari", "Sanyoto", "Budi Santoso", "Sari Dewi Putri"]),
    (FLAT_ID, "institution", "Universitas Contoh Raya"),
])
def test_a_cover_flattened_into_one_line_is_read_as_its_lines(text, field, expected):
    assert facts(text).get(field) == expected


def test_a_university_named_in_a_paragraph_is_no_affiliation():
    prose = ("This study analyses the cooperation between Kota Contoh and Kota Lain through a youth camp. Held in "
             "August, in collaboration with Nusantara Raya University, the event gathered delegates from six "
             "countries. The findings show that the camp strengthens the partnership.\n")
    assert "institution" not in facts(f"{TITLE}\nDOI: 10.1/x.1\n{prose}")


def test_a_signature_with_its_role_on_the_line_below_names_the_advisor():
    found = facts(f"{CAPS}\nBy\nRina Wulandari\nCikarang, April 10 2015\nBudi Santoso, Ph.D\n\nThesis Adviser\n"
                  "Sari Dewi, M.Si\nChair Panel Examiner\n")
    assert found.get("advisors") == ["Budi Santoso"]


BLOG = ("<!-- source: https://blog.example.id/rina/123/kerja-sama-sister-city-kota-contoh-dan-kota-lain?page=all -->\n"
        "Mohon tunggu...\nRina Wulandari\nRina Wulandari Mohon Tunggu... Mahasiswa - Mahasiswa\n\n"
        "Mahasiswa Hubungan Internasional Universitas Contoh Raya\n\nSelanjutnya\n\nIlmu Sosbud\n\n"
        "Kerjasama Sister City Kota Contoh dan Kota Lain\n\n1 Juli 2024   08:11 Diperbarui: 1 Juli 2024   08:24 31\n"
        f"{BODY}")
SECTION = (f"Metode Penelitian - {CAPS}\n\nJurnal Contoh No. 28 Tahun 2015\nVolume I. Halaman 1 - 88\n\n"
           "KERJA SAMA SISTER CITY KOTA CONTOH DAN\nKOTA LAIN DALAM BIDANG PENDIDIKAN\nOleh\nRina Wulandari, Budi Santoso\n")


@pytest.mark.parametrize("text, field, expected", [
    (BLOG, "title", "Kerjasama Sister City Kota Contoh dan Kota Lain"),  # the source address repeats it
    (BLOG, "year", 2024),  # the post's own date line, its time after it
    (SECTION, "title", CAPS),  # a section name before a title the page shows again
    (SECTION, "year", 2015),  # a journal issue 'No. 28 Tahun 2015'
])
def test_a_title_the_page_repeats_is_the_title(text, field, expected):
    assert facts(text).get(field) == expected


def test_an_opening_sentence_is_no_title():
    sentence = ("Indonesia merupakan salah satu negara yang telah memberikan wewenang kepada pemerintah daerah, "
                "provinsi, maupun kota agar dapat menjadi aktor internasional.\n\nHal tersebut berarti banyak hal.\n")
    assert "title" not in facts(sentence)


def test_a_blog_author_box_names_the_writer_and_a_site_uploader_is_none():
    assert facts(BLOG).get("authors") == ["Rina Wulandari"]
    assert facts(BLOG).get("program") == "Hubungan Internasional"
    uploader = f"{TITLE}\nRina Wulandari\nAcademic year: 2021\nTeks penuh\n{BODY}"
    assert "authors" not in facts(uploader)


def test_a_bare_label_is_read_only_when_a_date_stands_under_it():
    assert facts(f"{TITLE}\nRina Wulandari\nPublished\n2021-06-30\n{BODY}").get("year") == 2021
    assert "year" not in facts(f"{TITLE}\nPublished\nJurnal Contoh 2019 edisi khusus\n{BODY}")


# A title cut at its colon with the subtitle on the next line, then the authors' line; a news
# credit naming the outlet before the writer; credit labels a page left empty; a text that opens
# with a numbered list or with the abstract's first words states no title.
SUBTITLED = ("Surviving Storms Deepening Cooperation on Coastal Markets:\nCase of Kota Contoh-Kota Lain Sister City\n"
             "Rina Sari Wulandari, Budi Santoso Putra and Dewi Lestari\nUniversitas Contoh\n"
             f"Keywords: storms, cooperation, sister city\nAbstract: {BODY}")
CREDITED = (f"Laporan Reporter POS-CONTOH.COM, Rina Wulandari\n\nPOS-CONTOH.COM, CONTOH - Pemerintah Kota Contoh dan "
            f"Pemerintah Kota Lain akan menandatangani nota kesepahaman kerja sama pada Juni mendatang.\n\n{BODY}")


@pytest.mark.parametrize("text, field, expected", [
    (SUBTITLED, "title", "Surviving Storms Deepening Cooperation on Coastal Markets: Case of Kota Contoh-Kota Lain Sister City"),
    (SUBTITLED, "authors", ["Rina Sari Wulandari", "Budi Santoso Putra", "Dewi Lestari"]),
    (CREDITED, "authors", ["Rina Wulandari"]),
    (CREDITED, "title", None),  # the lead is no headline
    (f"Judul Berita Kota Contoh dan Kota Lain\n\n{BODY}\nPewarta :\nEditor :\nCopyright © 2024\n", "authors", None),
    ("Batasan Penelitian\n16\n1. Mewujudkan Kota Contoh nyaman melalui perencanaan tata ruang,\npembangunan "
     f"infrastruktur serta pengendalian ruang, 2.\nMenghadirkan tata kelola yang bersih,\n{BODY}", "title", None),
    ("Tujuan dari penelitian ini adalah untuk mengetahui bagaimana pengaruh\nkerjasama sister city yang dilakukan "
     f"oleh Kota Contoh dengan Kota Lain\nterhadap peningkatan kualitas pendidikan.\n{BODY}", "title", None),
])
def test_titles_and_credits_of_wrapped_and_news_pages(text, field, expected):
    assert facts(text).get(field) == expected


RUNNING_HEAD = ("• Tidak ada hasil yang ditemukan\n\nBAB I PENDAHULUAN\n\nAcademic year: 2023\n\n(1)\n\n1\n\n"
                "Rina Sari Wulandari, 2023\n\nKERJASAMA SISTER CITY KOTA CONTOH – KOTA LAIN DALAM TATA KELOLA KOTA\n\n"
                "UPN VETERAN CONTOH, Fakultas Ilmu Sosial dan Ilmu Politik, Hubungan Internasional [www.upncontoh.ac.id]\n\n"
                f"BAB I PENDAHULUAN\n\n1.1 Latar Belakang Masalah\n\n{BODY}")
TWO_TITLES = ("The Government of Kota Contoh and the Government of Kota Lain in the Sister City Scheme\n\n"
              "Kerjasama Pemerintah Kota Contoh Dengan Pemerintah Kota Lain Dalam Skema Sister City\n\n"
              "  • Rina Wulandari Department of International Relation, Contoh University\n"
              "  • Budi Santoso Department of International Relation, Lain University\n"
              f"Keywords: Regional Government, Sister City\n\n{BODY}")
COURSE_PAPER = ("PARADIPLOMASI KERJASAMA SISTER CITY\n\nANTARA KOTA CONTOH DENGAN KOTA LAIN\n\nDosen Pengampu : Dewi Lestari, "
                "S.IP.,M.I.Pol\n\nDisusun oleh :\n\nRina Wulandari\n\n( 44322072)\n\nPROGRAM STUDI ILMU HUBUNGAN "
                f"INTERNASIONAL\nUNINVERSITAS KOMPUTER CONTOH\nBANDUNG\n2023\nKATA PENGANTAR\n\n{BODY}")


@pytest.mark.parametrize("text, field, expected", [
    # a repository's running head atop a chapter's page states the thesis's author, year, title, institution
    (RUNNING_HEAD, "authors", ["Rina Sari Wulandari"]),
    (RUNNING_HEAD, "year", 2023),
    (RUNNING_HEAD, "title", "KERJASAMA SISTER CITY KOTA CONTOH – KOTA LAIN DALAM TATA KELOLA KOTA"),
    (RUNNING_HEAD, "institution", "UPN VETERAN CONTOH"),
    (RUNNING_HEAD, "program", "Hubungan Internasional"),
    # the title in the other language between the title and the authors
    (TWO_TITLES, "authors", ["Rina Wulandari", "Budi Santoso"]),
    # a course paper's lecturer, and a cover that misspells 'Universitas' over its city and year
    (COURSE_PAPER, "advisors", ["Dewi Lestari"]),
    (COURSE_PAPER, "institution", "Uninversitas Komputer Contoh"),  # as written
    (COURSE_PAPER, "year", 2023),
])
def test_running_heads_translated_titles_and_course_covers(text, field, expected):
    assert facts(text).get(field) == expected


@pytest.mark.parametrize("text, field, expected", [
    # one author a line, the affiliation in brackets after the name
    (f"{TITLE}\n\nRina Wulandari (Universitas Contoh Raya)\nBudi Santoso (Universitas Contoh Raya)\n\nAbstrak\n{BODY}",
     "authors", ["Rina Wulandari", "Budi Santoso"]),
    # an Elsevier-style affiliation mark after the name
    (f"{TITLE}\nRina Wulandari a,1\na Universitas Contoh, Jalan Raya No. 1, Kota Contoh\nABSTRAK\n{BODY}",
     "authors", ["Rina Wulandari"]),
    # a journal's name over the article, and 'Full Length Article', are no title
    (f"International Journal of Politic and Environmental Issues\nFull Lenght Article\n{TITLE}\nAbstract\n{BODY}",
     "title", TITLE),
    # a news dateline alone on its line, and a quoted sentence pulled above the lead, are no title
    (f"Kota Contoh (ANTARA) -\nPemerintah Kota Contoh dan Kota Lain menandatangani nota kesepahaman kerja sama.\n\n{BODY}",
     "title", None),
    ("Kerja sama kota kembar ini untuk meningkatkan hubungan antara Kota Contoh dan Kota Lain di bidang pariwisata, "
     f"kesenian, dan kebudayaan.\"\n\n{BODY}", "title", None),
])
def test_bracketed_affiliations_marks_mastheads_and_lone_datelines(text, field, expected):
    assert facts(text).get(field) == expected

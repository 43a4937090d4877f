"""Header shapes of repository citations, index rows and news pages (made-up people, written for
these tests): the title a citation line holds, a title that says who acted ('oleh Pemerintah
Kota …') without naming an author, an index row's authors family name first, and a news lead that
states no title."""

import pytest

from katalog.intake import read_intake


def facts(text: str) -> dict:
    return {name: fact.value for name, fact in read_intake(text).facts.items()}


def test_a_repository_citation_of_the_work_states_its_title():
    text = ("Wulandari, Rina Ayu (2021) Kerja Sama Sister City Kota Contoh Dengan Kota Lain Tahun 2015 – 2019. "
            "Sarjana thesis, Universitas Contoh Raya.\n\nPenelitian ini membahas kerja sama kedua kota.\n")
    found = facts(text)
    assert found["title"] == "Kerja Sama Sister City Kota Contoh Dengan Kota Lain Tahun 2015 – 2019"
    assert found["authors"] == ["Rina Ayu Wulandari"] and found["year"] == 2021


@pytest.mark.parametrize("creator", ["RINA AYU WULANDARI, 071811233045", "Rina Ayu Wulandari, E0018123"])
def test_a_repository_citation_naming_the_student_by_number_states_author_year_and_title(creator):
    text = (f"Skip to main content\nRepository Universitas Contoh\n{creator} (2021) KERJA SAMA SISTER CITY KOTA CONTOH "
            "DENGAN KOTA LAIN TAHUN 2015-2019. Skripsi thesis, Universitas Contoh Raya.\n\nAbstrak\n"
            "Penelitian ini membahas kerja sama kedua kota.\n")
    found = facts(text)
    assert found["authors"] == ["Rina Ayu Wulandari"] and found["year"] == 2021
    assert found["title"].upper() == "KERJA SAMA SISTER CITY KOTA CONTOH DENGAN KOTA LAIN TAHUN 2015-2019"
    assert found["degree"] == "S-1"  # 'Skripsi thesis' after the title


def test_oleh_before_a_government_is_part_of_the_title_not_an_author():
    text = ("PELAKSANAAN KERJA SAMA LUAR NEGERI OLEH PEMERINTAH KOTA DI WILAYAH CONTOH\n\nOleh\n"
            "Rina Wulan dan Bayu Pratama\nStaf Pengajar Universitas Contoh\nAbstract\nThis research explains it.\n")
    found = facts(text)
    assert found["title"].upper() == "PELAKSANAAN KERJA SAMA LUAR NEGERI OLEH PEMERINTAH KOTA DI WILAYAH CONTOH"
    assert found["authors"] == ["Rina Wulan", "Bayu Pratama"]


def test_an_index_row_ends_with_its_authors_family_name_first():
    text = ("Articles\n\nFound 1 Documents\n\nOrchestrated Cooperation: A Study of Two Contoh Cities Wulandari, Rina; "
            "Pratama, Bayu; Santoso, Dewi\nJournal of Contoh Studies Vol. 4 No. 2: December 2025\n\nAbstract\n"
            "This paper examines how two cities cooperate.\n")
    found = facts(text)
    assert found["title"] == "Orchestrated Cooperation: A Study of Two Contoh Cities"
    assert found["authors"] == ["Rina Wulandari", "Bayu Pratama", "Dewi Santoso"]


def test_a_news_lead_is_not_a_title():
    for lead in ("Bogor (Antara Jabar) - Kantor Ekonomi dan Perdagangan Taiwan menjajaki kerja sama `sister city` "
                 "dengan Pemerintah Kota Bogor, Jawa Barat, rencana ini dibahas dalam pertemuan keduanya di Vihara "
                 "Contoh Raya, Selasa.",
                 "TEMPO.CO, Malang - Kota Malang menjalin kerja sama kota kembar dengan Kota Hebron di Palestina "
                 "yang ditandai dengan penandatanganan nota kesepahaman."):
        assert "title" not in facts(f"{lead}\nWali kota menyambut baik rencana itu.\n")
    assert facts("Sister City Surabaya - Kitakyushu dalam Bidang Lingkungan\n\nPenelitian ini membahas.\n")["title"] \
        == "Sister City Surabaya - Kitakyushu dalam Bidang Lingkungan"


def test_an_endnote_record_on_one_line_states_title_authors_year_and_university():
    text = ("%0 Thesis %9 Skripsi %A Wulandari Putri, Rina %A Santoso, Santoso %A Universitas Contoh, %B Fakultas Hukum "
            "%D 2019 %I Universitas Contoh %T Kedudukan Kerja Sama Antar Kota Dalam Hukum Perjanjian Internasional %U http://x\n\n"
            "Penelitian ini membahas kerja sama antar kota.\n")
    found = facts(text)
    assert found["title"] == "Kedudukan Kerja Sama Antar Kota Dalam Hukum Perjanjian Internasional"
    assert found["authors"] == ["Rina Wulandari Putri", "Santoso"]  # the university listed as an author is left out
    assert found["year"] == 2019 and found["institution"] == "Universitas Contoh" and found["degree"] == "S-1"


def test_catalogue_rows_family_name_first_and_one_name_a_line():
    vufind = ("Decentralization of Cooperation: Case Study of Two Contoh Provinces\nMain Authors: | Wulandari, Rina Ayu, "
              "Pratama, Bayu |\n---|---|\nFormat: | Article |\n\nCooperation between provinces has gained attention.\n")
    assert facts(vufind)["authors"] == ["Rina Ayu Wulandari", "Bayu Pratama"]
    lines = ("PROMOTING SISTER CITY CONCEPT FOR CONTOH CITIES\nAuthor(s) -\nRina Wulandari,\nBayu Pratama,\nDewi Santoso\n"
             "Publication year - 2022\n\nIndonesia has many large cities.\n")
    assert facts(lines)["authors"] == ["Rina Wulandari", "Bayu Pratama", "Dewi Santoso"]


def test_index_lines_family_name_first_are_people_and_an_unlabelled_keywords_line_is_not():
    garuda = ("DINAMIKA CONTOH : JURNAL ILMU HUBUNGAN INTERNASIONAL\n\n\nHAMBATAN SISTER CITY KOTA CONTOH DENGAN KOTA LAIN "
              "PASCA COVID-19\n\nMadyar Dewi, Untari Narulita (Unknown)\nAdhelia, Jehan (Unknown)\n\nAbstract\n\nThe city sent aid.\n")
    found = facts(garuda)
    assert found["title"] == "HAMBATAN SISTER CITY KOTA CONTOH DENGAN KOTA LAIN PASCA COVID-19"  # not the journal's name
    assert found["authors"] == ["Untari Narulita Madyar Dewi", "Jehan Adhelia"]
    keywords = ("Comparison of Two Contoh Partnerships in Many Sectors\nParadiplomacy, Subnational, Multi Sector, Twin "
                "CitiesAbstract\nThis research aims to analyze the comparison of policies.\n")
    assert "authors" not in facts(keywords)


def test_a_news_page_date_doi_and_repeated_subtitle_are_not_the_title():
    news = ("-->\n\nRabu, 23 Januari 2019\n\nKarangasem Jalin Kerjasama Sister City Dengan Kota Contoh\n\n"
            "Karangasem ,Balikini.Net - Bupati menerima audiensi.\n")
    assert facts(news)["title"] == "Karangasem Jalin Kerjasama Sister City Dengan Kota Contoh"
    article = ("Assessing the Paradiplomacy of Regional Governments: The Case of Contoh Province\n\n"
               "https://doi.org/10.31957/x.v4i1.3218\n\nAuthors\n\n  • Rina Wulandari Universitas Contoh\n\nAbstract\n\nText.\n")
    assert facts(article)["title"] == "Assessing the Paradiplomacy of Regional Governments: The Case of Contoh Province"
    repeated = ("PEMBINAAN KERJA SAMA DAERAH DENGAN PEMERINTAH DAERAH DI LUAR NEGERI (STUDI KASUS: KERJA SAMA DI JAWA BARAT)\n\n"
                "STUDI KASUS: KERJA SAMA DI JAWA BARAT\n\nPenulis\n\n  • Rina Wulandari Institut Contoh\n")
    assert facts(repeated)["title"].upper().endswith("(STUDI KASUS: KERJA SAMA DI JAWA BARAT)")
    lead = ("REPUBLIKA.CO.ID, BANDUNG -- Kota Bandung dan Kota Contoh, Filipina menjalin kerja sama sister city. Kerja sama "
            "itu diresmikan dengan ditandatanganinya Memorandum of Understanding (MoU) oleh wali kota di balai kota.\n")
    assert "title" not in facts(lead)
    assert facts("Pewarta: Rina Wulandari\nEditor : Bayu Pratama\n")["authors"] == ["Rina Wulandari"]


def test_an_index_pages_publish_date_states_the_year():
    text = ("HAMBATAN SISTER CITY KOTA CONTOH DENGAN KOTA LAIN\n\nRina Wulandari (Unknown)\n\nArticle Info\n\n"
            "Publish Date\n30 Dec 2025\n\nAbstract\n\nThe city sent aid in 2021.\n")
    assert facts(text)["year"] == 2025


def test_a_breadcrumb_path_is_not_the_title():
    text = ("Skip to main content\nBeranda | Telusuri | Tentang Repositori\nRepositori Universitas Contoh > Fakultas Ilmu "
            "Sosial dan Ilmu Politik > Skripsi\n\nIMPLEMENTASI KERJA SAMA SISTER CITY KOTA CONTOH DAN KOTA LAIN\nOleh\n"
            "Rina Wulandari\n\nABSTRAK\n\nPenelitian ini membahas.\n")
    assert facts(text)["title"] == "IMPLEMENTASI KERJA SAMA SISTER CITY KOTA CONTOH DAN KOTA LAIN"


def test_a_news_pages_stamp_is_no_title_and_states_the_year():
    for stamp, year in (("Contohnews.com - 04/11/2016, 12:39 WIB", 2016), ("Daerah | Sabtu, 15 Februari 2014 - 12:16 WIB", 2014)):
        text = (f"{stamp}\n\nCONTOH, CONTOHNEWS.com - Pemerintah Kota Contoh menjajaki kerja sama dengan "
                "sebuah kota di Korea Selatan. Pertemuan berikutnya dijadwalkan bulan depan.\n")
        found = facts(text)
        assert "title" not in found, stamp
        assert found["year"] == year


def test_numbered_authors_with_the_corresponding_mark_and_their_numbered_affiliations():
    text = ("Praktik Paradiplomasi dalam Kerjasama Kota Contoh dan Kota Lain\n\n\n"
            "Rina Ayu Wulandari(1*), Bayu Tiko Pratama(2), Dewi Santoso(3),\n\n\n(1) Universitas Contoh Raya\n"
            "(2) Institut Ilmu Sosial Contoh\n(3) Universitas Lain\n(*) Corresponding Author\n\nAbstract\n\n"
            "This paper examines how two cities cooperate.\n")
    found = facts(text)
    assert found["authors"] == ["Rina Ayu Wulandari", "Bayu Tiko Pratama", "Dewi Santoso"]
    assert found["institution"] == "Universitas Contoh Raya"


def test_advisors_in_two_columns_under_their_labels():
    text = ("SKRIPSI\n\nANALISIS KEBIJAKAN PEMERINTAH PROVINSI CONTOH DALAM KERJA SAMA INTERNASIONAL\n\nOleh\n"
            "Rina Wulandari\nE051181509\n\nUNIVERSITAS CONTOH\n2021\n\nMenyetujui:\nPembimbing I Pembimbing II\n\n"
            "Prof. Dr. H. Budi Santoso, M.Si Rahmat, S. IP., M.Si\n\nNIP. 19570707 198403 1 005\n")
    assert facts(text)["advisors"] == ["Budi Santoso", "Rahmat"]


def test_indonesia_in_a_universitys_name_is_kept():
    text = ("Penerapan E-Government dalam Paradiplomasi Pemerintah Kota Contoh\n\nRina Wulandari, Bayu Pratama\n\n"
            "Fakultas Ilmu Sosial dan Ilmu Politik, Universitas Komputer Indonesia, E-mail: rina@example.ac.id\n\n"
            "Abstrak\n\nPenelitian ini membahas kerja sama kota.\n")
    assert facts(text)["institution"] == "Universitas Komputer Indonesia"


def test_a_sentence_ending_on_a_date_in_the_story_states_no_year():
    text = ("Ambon (ANTARA) - Kota Contoh dan Kota Lain menjajaki kerja sama sister city di bidang musik.\n"
            "Kedua kota dianugerahi UNESCO sebagai kota musik pada Oktober 2019.\n")
    assert "year" not in facts(text)


def test_an_outlet_before_its_desk_is_a_news_lead_not_a_title():
    text = ("Kamis, 20 November 2025\n\nKabarcontoh, Contoh – Pemerintah Kabupaten Contoh menawarkan diri menjadi sister "
            "city atau kota kembar kepada Kota Lain, Spanyol.\n\nSister city merupakan hubungan kemitraan antar kota.\n")
    assert "title" not in facts(text)


def test_a_journal_issue_line_in_capitals_is_no_title_and_states_the_year():
    text = ("JURNAL\nSOSAINS CONTOH\nVOLUME 2 NOMOR 10 2022\nP-ISSN 2774-7018, E-ISSN 2774-700X\n"
            "PERAN PARADIPLOMASI PEMERINTAH PROVINSI CONTOH\nDALAM PROMOSI EKSPOR PRODUK PERTANIAN\n"
            "Rina Wulandari, Budi Santoso\nUniversitas Contoh, Jawa Barat, Indonesia\nABSTRAK\nRiset ini menjelaskan.\n")
    found = facts(text)
    assert found["title"].upper() == "PERAN PARADIPLOMASI PEMERINTAH PROVINSI CONTOH DALAM PROMOSI EKSPOR PRODUK PERTANIAN"
    assert found["year"] == 2022


def test_authors_family_name_first_with_their_initials_after_a_dot_and_comma():
    from katalog.intake_facts import people
    assert people("Wulan.,R 1 , Santoso.,B.A 2, Dewi,C,D 3") == ["R. Wulan", "B.A. Santoso", "C.D. Dewi"]
    assert people("Rina Wulan, Budi Santoso") == ["Rina Wulan", "Budi Santoso"]



@pytest.mark.parametrize("text, title", [
    # every word capitalised and no small word, as a person's name; its topic words say it is a headline
    ("Contoh-Lain Jalin Kerja Sama Kota Kembar\n\nDaerah | Sabtu, 15 Februari 2014 - 12:16 WIB\n\n"
     "KOTA CONTOH (CONTOHNEWS) - Hubungan sejarah membuat dua daerah ini menjalin kerja sama kota kembar.\n",
     "Contoh-Lain Jalin Kerja Sama Kota Kembar"),
    # a title line ending on a place's kind goes on over a blank line
    ("Anda di halaman 1dari 14\n\nKerjasama Sister Provinsi Antara Provinsi Contoh Dengan Provinsi\n\n"
     "Lain Pada Sektor Ekspor Produksi Pertanian\n\nDosen Pengampu: Budi Santoso, S.IP., M.Sc\n\nOleh:\n\n"
     "(Rina Wulandari, L1A017109)\n\nProdi Hubungan Internasional\n\nUniversitas Contoh\n\n2019\n",
     "Kerjasama Sister Provinsi Antara Provinsi Contoh Dengan Provinsi Lain Pada Sektor Ekspor Produksi Pertanian"),
    # a site's log-in and sign-up links
    ("Log In Sign Up\n\nPemkab Contoh Jalin Kerja Sama dengan Pemkab Lain Korsel\n\nCitizen News\n"
     "Pemerintah Kabupaten Contoh mulai menjalin kerja sama dengan sebuah kabupaten di Korea Selatan.\n",
     "Pemkab Contoh Jalin Kerja Sama dengan Pemkab Lain Korsel"),
    # an outlet alone in capitals before its lead: no title stated
    ("CONTOHONLINE – Wali Kota Contoh tertarik dengan kebijakan di sektor pendidikan yang dijalankan di Kota Lain, "
     "Tiongkok.\n\nKetertarikan itu didasarkan pada banyak kesamaan.\n", None),
    # a lead that opens the page with a long sentence, no headline above it
    ("Rina Wulandari Ketua Panitia Khusus (Pansus) Sister City DPRD Kota Contoh, menyatakan, kerja sama sister city Kota "
     "Contoh dan Kota Lain Turki telah melakukan pembahasan persetujuan.\n\n“Surat pengajuan Pansus pada 24 September,” "
     "katanya.\n", None),
    # a subscription banner above the headline
    ("Nyaman tanpa iklan. Langganan ContohPro\n\nContoh Jajaki Kerja Sama dengan Provinsi Lain\n\nPemerintah Provinsi "
     "Contoh tengah menjajaki kerja sama di bidang pariwisata.\n", "Contoh Jajaki Kerja Sama dengan Provinsi Lain"),
    # a journal catalogue's page: its issue line with slashes, 'Related with', then the labelled title
    ("Catalog :\n\nDetail Article\n\nJurnal Analisis Contoh\n\nISSN 2302-8777\n\nVol. 2 / No. 1 / Published : 2013-03\n\n"
     "Related with : Scholar   Yahoo!   Bing\n\nOriginal Article :\n\nPeran pemerintah kota contoh dalam kerjasama "
     "sister city sebelum dan setelah desentralisasi\n\nAuthor :\n\n  1. Rina Wulandari\n\nAbstract :\n\nPada masa "
     "globalisasi saat ini kerja sama tidak terbatas.\n",
     "Peran pemerintah kota contoh dalam kerjasama sister city sebelum dan setelah desentralisasi"),
    # a government site's banner and menu above the headline
    ("Home - Official Website of Contoh Province\n\nOfficial Website of Contoh Province\n  • Main Menu\n"
     "  • Tidak ada polling untuk saat ini.\n\nIn Lain City, Contoh Has Signed Its Third Sister Province MoU\n\n"
     "LAIN-The Contoh Provincial Government has signed a sister province agreement.\n",
     "In Lain City, Contoh Has Signed Its Third Sister Province MoU"),
    # a news page's date stamp with the month cut short, above the headline
    ("Sabtu 28 Jan 2012 16:00 WIB\n\nContoh-Lain Bentuk 'Friendship City\n\nCONTOH.CO.ID, CONTOH - Kota Contoh "
     "menjalin persaudaraan dengan kota Lain, Malaysia.\n", "Contoh-Lain Bentuk 'Friendship City"),
    # a journal's author page: the author, a university in lower case, then the row of the work and its authors
    ("Rina Ayu Wulandari\nuniversity of Contoh\n\nPublished : 1 Documents Claim Missing Document\n\nFound 1 Documents\n\n"
     "THE CITY OF CONTOH'S EFFORTS IN USING FOREIGN SOURCES: Case Study in Sister City Cooperation Rina Ayu Wulandari; "
     "Bayu Pratama; Dewi Santoso\nJurnal Contoh Vol 6, No 2 (2020)\n\nThis article analyses the efforts of a city.\n",
     "THE CITY OF CONTOH'S EFFORTS IN USING FOREIGN SOURCES: Case Study in Sister City Cooperation"),
])
def test_titles_among_headlines_leads_banners_and_catalogue_lines(text, title):
    found = facts(text).get("title")
    assert (found and found.lower()) == (title and title.lower())


def test_a_page_opening_with_its_authors_names_states_them_and_no_title():
    text = ("Rina Wulandari , Bayu Pratama, Dewi Santoso\n\n\nThis research aims to explain the paradiplomacy of the "
            "government of Contoh to Malaysia in order to improve the number of tourists, and the impact of that "
            "paradiplomacy on the small and medium enterprises of the city over the last ten years.\n")
    found = facts(text)
    assert found["authors"] == ["Rina Wulandari", "Bayu Pratama", "Dewi Santoso"]
    assert "title" not in found


def test_a_stamp_with_a_short_month_gives_the_year():
    assert facts("Sabtu 28 Jan 2012 16:00 WIB\n\nContoh Jalin Kerja Sama dengan Kota Lain\n\nIsi berita.\n")["year"] == 2012


@pytest.mark.parametrize("line", ["Jurnal Contoh, Antropologi, dan Budaya Nusantara",
                                  "Dokumen Kerjasama Kota Lain Hilang, Ini Penjelasan Pemkot"])
def test_a_journals_name_or_a_headline_with_a_comma_names_no_authors(line):
    text = f"{line}\n\nPenelitian ini membahas kerja sama sister city Kota Contoh dengan Kota Lain di bidang pendidikan.\n"
    assert "authors" not in facts(text)


def test_a_pages_leading_date_field_gives_the_year_and_is_no_title():
    found = facts(" date 2018-08 CONTOHNEWS.ID, CONTOH –Pemerintah Provinsi Contoh dan Pemerintah Kota Lain sepakat "
                  "untuk memperketat pasar penyedia layanan paket tur pariwisata murah di kedua kota.\n\nIsi berita.\n")
    assert found["year"] == 2018 and "title" not in found


def test_a_print_date_line_with_a_short_month_gives_the_year():
    found = facts("CONTOH\nSenin, 11 Sep 1995\nHalaman: 8\n\nKOTA CONTOH DAN KOTA LAIN RESMI BERSAUDARA\n"
                  "Lain, Contoh\nKota Contoh dan kota Lain kini resmi menjadi kota sahabat.\n")
    assert found["year"] == 1995


def test_a_journals_accreditation_decree_is_furniture():
    found = facts("Jurnal Contoh\nDecree Number: 36/E/KPT/2019\nDecree Title: Ranking of Accreditation for Scientific "
                  "Journal Period VII 2019\nDecree Date: December 13, 2019 This article asks how a city conducts "
                  "paradiplomacy through sister city cooperation, and what it gains from it.\n")
    assert "year" not in found and not (found.get("title") or "").startswith("Decree")


@pytest.mark.parametrize("text", [
    # a story's lead with its desk and outlet, its words capitalised names and offices
    "pelaku usaha\nSenin, 21 April 2025 21:04 WIB\nBATAM (Contohnews.com) - Wali Kota Contoh, Rina Wulandari, Menerima "
    "Kunjungan Konsul Jenderal Republik Rakyat Tiongkok, Zhang Min, di Ruang Rapat Wali Kota Contoh.\nIsi berita.\n",
    # a site's labels with nothing after them, then the story
    "-\nE-mail Pengaduan :\n-\nE-mail Admin Web :\nSebanyak 30 mahasiswi Hubungan Internasional belajar tentang "
    "diplomasi sister city di Kota Contoh, diterima Wakil Wali Kota di balai kota pada Rabu (24/1/2024).\n",
])
def test_a_lead_or_a_sites_labels_state_no_title(text):
    assert "title" not in facts(text)


def test_a_covers_institution_in_capitals_stops_before_its_faculty_and_the_year_after_is_taken():
    text = ("KERJA SAMA SISTER CITY KOTA CONTOH DAN KOTA LAIN\n\nSKRIPSI\n\nOleh:\nRina Wulandari\n\n"
            "KEMENTERIAN PENDIDIKAN UNIVERSITAS CONTOH RAYA FAKULTAS HUKUM MALANG 2018\n\nAbstrak\nPenelitian ini membahas kerja sama.\n")
    found = facts(text)
    assert found["institution"] == "Universitas Contoh Raya" and found["year"] == 2018


def test_an_address_repeating_the_universitys_city_is_not_part_of_its_name():
    text = ("Kerja Sama Sister City Kota Contoh dan Kota Lain\nRina Wulandari\nDepartment of International Relations, "
            "Universitas Muhammadiyah Contoh Contoh, Indonesia\nAbstract\nThis research explains the cooperation.\n")
    assert facts(text)["institution"] == "Universitas Muhammadiyah Contoh"


@pytest.mark.parametrize("line", [
    "Reported by Rina Wulandari | Translated by Bayu Pratama",
    "Rep: Rina Wulandari/ Red: Bayu Pratama",
    "Jumat, 20 April 2018 Reporter: Rina Wulandari Editor: Bayu 2894",
])
def test_a_news_desks_credit_line_names_the_reporter_as_the_writer(line):
    text = (f"Kota Contoh Jalin Sister City dengan Kota Lain\n{line}\n"
            "KOTA CONTOH - Pemerintah Kota Contoh menandatangani nota kesepahaman dengan Kota Lain.\n")
    assert facts(text)["authors"] == ["Rina Wulandari"]


def test_a_phone_sites_notices_above_the_headline_are_no_title():
    text = ("Better experience in portrait mode.\nIklan - Geser ke atas untuk melanjutkan\n\n"
            "Pemprov Contoh jajaki Sister Province dengan Korea Selatan\n\n"
            "Merdeka.com - Gubernur Contoh menandatangani Letter of Intent dengan Wali Kota Lain.\n")
    assert facts(text)["title"] == "Pemprov Contoh jajaki Sister Province dengan Korea Selatan"

"""Shapes of journal, preprint and chapter pages (made-up people and journals, written for these tests):
a masthead above the title, a name over its e-mail, OJS and SSRN page labels, a chapter's heading."""

from katalog.intake import read_intake

MASTHEAD = ("<!-- source: https://example.org/x.html -->\nNUSANTARA REVIEW\nUniversidade Nova de Exemplo\n"
            "e-ISSN: 1234-5678\nVol. 9, Nº. 2 (March-August 2021)\n41\n"
            "SISTER CITIES AS THE PRODUCT OF LOCAL AUTONOMY\nIN THE ERA OF DECENTRALISATION: THE CASE OF JAVA\n"
            "RINA DEWI WULANSARI\nrina.dewi@example.ac.id\nLecturer at the Department of International Relations, "
            "Universitas Contoh Raya.\nAbstract\nThis paper studies cities.\n")


def facts(text):
    return {name: fact.value for name, fact in read_intake(text).facts.items()}


def test_a_masthead_is_no_title_and_a_name_over_its_email_is_the_author():
    found = facts(MASTHEAD)
    assert found["title"] == ("SISTER CITIES AS THE PRODUCT OF LOCAL AUTONOMY IN THE ERA OF DECENTRALISATION: "
                              "THE CASE OF JAVA")
    assert found["authors"] == ["Rina Dewi Wulansari"]
    assert found["year"] == 2021  # 'Vol. 9, Nº. 2 (March-August 2021)'


def test_ojs_labels_are_no_author():
    text = ("SISTER CITY COOPERATION BETWEEN KOTA A AND KOTA B\nMain Article Content\nAbstract\n"
            "This research analyzes the cooperation.\nDownloads\nArticle Details\n")
    assert "authors" not in facts(text)


def test_ssrn_author_and_date_written():
    text = ("Local Dynamics of Cross-Border Cooperation in Borneo\n\n40 Pages Posted: 21 Oct 2019\n\n"
            "See all articles by Rina Dewi Wulansari\n\nRina Dewi Wulansari\n\nContoh Raya University\n\n"
            "Date Written: October 18, 2019\n\nAbstract\n\nThis chapter studies cooperation.\n")
    found = facts(text)
    assert found["authors"] == ["Rina Dewi Wulansari"] and found["year"] == 2019


def test_a_name_and_an_affiliation_joined_by_a_dash_and_a_bare_department():
    text = ("Paradiplomasi menuju Kota Dunia: Studi Kasus Kota Contoh\n\n*Rina Dewi  -  Universitas Contoh Raya, Indonesia\n\n"
            "Abstract\n\nThe text.\n")
    assert facts(text)["authors"] == ["Rina Dewi"]
    text = ("Paradiplomasi Kota Contoh Melalui Sister City\n\n  • Rina Dewi Department Hubungan Internasional, FISIP, "
            "Universitas Contoh Raya\n\nThe text.\n")
    assert facts(text)["program"].startswith("Department Hubungan Internasional")


def test_a_chapter_heading_over_a_lettered_section_is_no_title():
    text = ("• Tidak ada hasil yang ditemukan\n\nPROFIL KOTA SURABAYA DAN KOTA CONTOH\n\nB. Geografis dan Demografis\n\n"
            "Kota Contoh terletak di pantai. Penduduknya banyak.\n")
    assert "title" not in facts(text)


def test_a_journal_first_page_flattened_into_one_line():
    text = ("Journal of Example Studies, Vol. 4, No. 1 (2019), pp. 1-20 DOI: 10.1/x ©2019 by Contoh Press ISSN "
            "1234-5678 print / ISSN 1234-5679 electronic Sister Cities and Ports in the “Outer” Islands of Indonesia "
            "Rina Dewi Universitas Contoh Raya Wulansari Universitas Contoh Raya Abstract Cities have partners. "
            "This research studies two islands and their partners abroad in detail.\n")
    found = facts(text)
    assert found["title"] == "Sister Cities and Ports in the “Outer” Islands of Indonesia"
    assert found["authors"] == ["Rina Dewi", "Wulansari"]
    assert found["institution"] == "Universitas Contoh Raya" and found["year"] == 2019


def test_a_journals_name_and_a_page_number_are_no_title_and_a_university_named_for_a_date_is_whole():
    found = facts("contoh insight journal\n\n25\nContoh Insight Journal Vol 06, No. 01 Oktober Maret 2021 ISSN 2541-318X 28 "
                  "UPAYA PEMERINTAH DALAM MEWUJUDKAN DESTINASI PARIWISATA DI KABUPATEN CONTOH TAHUN 2013-2019 Rina Dewi "
                  "Wulandari, Budi Santoso Universitas 17 Agustus 1945 Jakarta [email protected], [email protected] "
                  "ABSTRAK Indonesia memiliki potensi pariwisata yang sangat besar bagi kepentingan nasionalnya.\n")
    assert found["title"] == "UPAYA PEMERINTAH DALAM MEWUJUDKAN DESTINASI PARIWISATA DI KABUPATEN CONTOH TAHUN 2013-2019"
    assert found["institution"] == "Universitas 17 Agustus 1945 Jakarta"


def test_a_cover_page_printing_the_title_twice_and_its_authors_after_their_emails():
    found = facts("Jurnal Contoh Internasional\n\nVolume 22 Number 1 Article 4\n\n6-30-2020\n\n"
                  "The Architecture of Sister City Regimes in Indonesia: A The Architecture of Sister City Regimes in "
                  "Indonesia: A Content Analysis\n\nContent Analysis\n\nRina Wulandari\n\nUniversitas Contoh, "
                  "rina@contoh.ac.id Budi Santoso\n\nUniversitas Contoh, budi@contoh.ac.id\n\nFollow this and additional "
                  "works at: https://contoh.ac.id/jurnal\n")
    assert found["title"] == "The Architecture of Sister City Regimes in Indonesia: A Content Analysis"
    assert found["authors"] == ["Rina Wulandari", "Budi Santoso"]


def test_a_pages_section_heading_is_no_author():
    found = facts("Kerjasama Contoh – Lain\n\nKronologis Kerjasama\n\nPenjajakan\n\nHubungan kerjasama antara Pemerintah "
                  "Contoh dengan Pemerintah Provinsi Lain dimulai sejak Juni 2003, ketika delegasi Contoh diundang.\n")
    assert "authors" not in found


def test_a_flattened_first_page_with_the_journals_running_head_after_the_title():
    found = facts("14\nA Note for Contoh’s Border Diplomacy in Tanjung Lain, West Kalimantan JURNAL CONTOH INTERNASIONAL "
                  "VOL. 9, NO. 1 (2020): April-September 2020 https://doi.org/10.1234/ci.91158 Rina Wulandari Department "
                  "of International Relations, Universitas Contoh, Indonesia [email protected] Submitted: 1 November "
                  "2019; Revised: 20 June 2020 Abstrak Artikel ini bertujuan untuk mengusulkan perombakan mendasar "
                  "pemahaman diplomasi perbatasan yang sejauh ini masih berpusat pada negara dan pemerintah pusat.\n")
    assert found["title"] == "A Note for Contoh’s Border Diplomacy in Tanjung Lain, West Kalimantan"
    assert found["authors"] == ["Rina Wulandari"] and found["year"] == 2020

"""Shapes met in set AO (made-up texts, written for these tests): a theme's 'Site icon' label and an agency's
dateline with the day above a story, and a document site's page that takes a cited book for its title, over a
proceedings' running head, a title in capitals whose years stand on a line of their own, and the author's
address above the e-mail."""

from katalog.intake import read_intake


def test_a_site_icon_label_and_an_agencys_dated_line_are_no_title():
    site = ("Site icon KABARTIMUR.COM\n\nWali Kota Ternate Usulkan Kota Kembar dengan Davao\n\nLaporan: Budi\n\nTERNATE, KT- "
            "Wali Kota Ternate mengusulkan kota kembar dengan Davao.\n")
    assert read_intake(site).facts["title"].value == "Wali Kota Ternate Usulkan Kota Kembar dengan Davao"
    agency = ("- Associated Press - Monday, June 2, 2014\n\nHONOLULU (AP) - Hawaii and the province of Bali took a step "
              "toward closer ties on Monday.\n")
    assert "title" not in read_intake(agency).facts


def test_a_papers_own_title_and_author_under_a_document_sites_furniture():
    text = ("• Tidak ada hasil yang ditemukan\n\nAgus Salim, Diplomasi Daerah di Indonesia, Pustaka Pelajar, Yogyakarta,\n\n"
            "Academic year: 2021\n\n(1)\n\n12 Prosiding Konferensi Mahasiswa Pascasarjana Universitas Andalas ISBN: "
            "978-602-1234-56-7\n\nKERJA SAMA SISTER CITY KOTA PADANG DAN HILDESHEIM\n\nDALAM BIDANG PENDIDIKAN TAHUN\n\n"
            "2010-2020\n\nRina Dewi\n\nMagister Ilmu Hubungan Internasional Universitas Andalas\n\nPadang, Indonesia Email: "
            "rina.dewi@example.com Abstrak-Kajian ini membahas kerja sama kota bersaudara.\n")
    facts = read_intake(text).facts
    assert facts["title"].value == ("KERJA SAMA SISTER CITY KOTA PADANG DAN HILDESHEIM DALAM BIDANG PENDIDIKAN TAHUN "
                                    "2010-2020")
    assert facts["authors"].value == ["Rina Dewi"]


def test_a_kota_is_meant_by_its_name_over_a_small_namesake_in_the_country_the_story_is_about(tmp_path):
    from tests.test_places_near import gather, partnership
    # made up: Ternate is also a town of 20,000 in the Philippines, the country whose consul visits Kota Ternate
    text = ("Hasil Bumi Maluku Utara Jadi Incaran Filipina\n\nKABARTIMUR, Ternate – Konsul Jenderal Filipina menyampaikan "
            "keinginan menjalin kerjasama dengan Pemda Maluku Utara terkait ekspor hasil bumi. Konjen Filipina datang "
            "menghadiri undangan Sultan Ternate di Ternate, Rabu.\n")
    result, html, _ = gather(tmp_path, text)
    assert "cities/ternate.html" not in result.files and "cities/kota-ternate.html" in result.files
    assert "Maluku Utara" in partnership(html) and "Filipina" in partnership(html), partnership(html)


def test_a_paragraph_wrapped_at_a_fixed_width_gives_no_title():
    text = ("<!-- source: https://example.blogspot.com/2014/06/tokyo-kerjasama-aceh.html -->\nTOKYO ingin belajar dari Aceh "
            "mengenai\npengelolaan pelabuhan, demikian disampaikan Gubernur Tokyo\nYuriko Koike, dalam pertemuan dengan Gubernur "
            "Aceh di Tokyo, Rabu\n(28/5/2014).\n")
    assert "title" not in read_intake(text).facts
    # a headline in title case broken over two lines is still one
    headline = ("Kerja Sama Sister City Banda Aceh\ndan Kota Tokyo di Bidang Pelabuhan\nBANDA ACEH - Wali Kota menerima "
                "tamu dari Tokyo.\n")
    assert read_intake(headline).facts["title"].value == "Kerja Sama Sister City Banda Aceh dan Kota Tokyo di Bidang Pelabuhan"


def test_a_line_break_inside_a_wrapped_paragraph_does_not_cut_a_hedge_from_its_stage():
    from tests.test_tagging_reading import TITLE, tags
    wrapped = TITLE + "\n\nKerja sama Kota Bogor dan Kisarazu yang sempat terhenti akan\ndiaktifkan kembali pada 2019.\n"
    assert "revitalisasi" not in tags(wrapped, "stages")
    done = wrapped.replace("terhenti akan\n", "terhenti telah\n")
    assert "revitalisasi" in tags(done, "stages")

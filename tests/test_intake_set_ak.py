"""Shapes met in set AK (made-up stories, written for these tests): a province pair written with the old
spelling 'Propinsi', followed by a kabupaten's tie with a town of the partner's name."""

from tests.test_places_near import gather, partnership


def test_a_province_pair_stays_the_pair_when_a_kabupaten_inside_it_later_ties_with_a_namesake(tmp_path):
    text = ("Gubernur Kalteng ke Jepang Jajagi Kerja Sama Pertanian\n\nGubernur Kalimantan Tengah berkunjung ke Propinsi "
            "Ibaraki, Jepang. Kunjungan ini dalam usaha penjajagan kerjasama antara Propinsi Kalimantan Tengah dan "
            "Propinsi Ibaraki. Gubernur menemui Wakil Gubernur Ibaraki.\n\nKedua pihak setuju menyusun naskah kerjasama "
            "antara Kabupaten Kapuas dan Kabupaten Ibaraki.\n")
    result, html, _ = gather(tmp_path, text)
    shown = partnership(html)
    assert "Kalimantan Tengah" in shown and "Ibaraki" in shown and "Kapuas" not in shown
    assert "cities/ibaraki-prefecture.html" in result.files
    assert any("ibaraki-prefecture" in path for path in result.files if path.startswith("partnerships/"))
    page = result.files["cities/ibaraki-prefecture.html"].decode()
    assert "theses/t.html" in page  # the prefecture's page lists the thesis as one of its partnership's


def test_a_site_builders_top_of_page_and_byline_picture_are_no_title_and_a_captions_year_is_no_year():
    from katalog.intake import read_intake
    page = ("top of page\n  • Writer's pictureIKN\n\nDiaspora Council, Home Ministry Sign MoU on Sister Cities\n\n"
            "Jakarta (ANTARA News) - The council signed a Memorandum of Understanding with the ministry.\n")
    assert read_intake(page).facts["title"].value == "Diaspora Council, Home Ministry Sign MoU on Sister Cities"
    caption = ("Makassar City Committee\n\nHistory\n\nMakassar City and Yokosuka City began collaborative interaction after "
               "1984 and a Sister City Agreement between both cities met with approval at the city council in 1989 after "
               "many discussions between the two cities and their citizens.\n\nScenery of Makassar, 1930\n")
    assert "year" not in read_intake(caption).facts


def test_a_writer_and_the_outlet_as_one_word_under_a_headline_is_the_author():
    from katalog.intake import read_intake
    text = ("Bupati Sleman Temui Wali Kota Boras\n\nSiti Aminah Rahayu - detikJogja\nSelasa, 04 Okt 2022 17:28 WIB\n\n"
            "Jakarta -\n\nBupati Sleman mengunjungi Swedia untuk memperkuat kerja sama.\n")
    assert read_intake(text).facts["authors"].value == ["Siti Aminah Rahayu"]
    place = "Kerja Sama Kota Kembar\n\nKota Surabaya - Liverpool\n\nPenelitian ini membahas kerja sama dua kota.\n"
    assert "authors" not in read_intake(place).facts  # a pair of places, not a writer and an outlet


def test_a_travel_permit_from_the_home_ministry_is_no_central_approval():
    from tests.test_tagging_reading import TITLE, tags
    permit = TITLE + "\n\nSetelah mendapatkan izin tugas dari Kementerian Dalam Negeri, Bupati berangkat ke Korea untuk kerja sama.\n"
    approval = TITLE + "\n\nKerja sama ini telah disetujui Kementerian Dalam Negeri.\n"
    assert "persetujuan-pusat" not in tags(permit, "stages") and "persetujuan-pusat" in tags(approval, "stages")

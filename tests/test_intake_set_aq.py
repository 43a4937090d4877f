"""Shapes met in sets AQ and AR (made-up texts, written for these tests, real places): an island regency
named without 'Kepulauan', a blog's post date over its headline, a theme's image label, a share button, an
image's file name and another story's teaser line above a story. Their pairs are rows of the table in
test_pair_shapes.py."""

from katalog.intake import read_intake


def test_the_islands_name_alone_is_its_regency_but_not_where_it_reads_as_a_word():
    from katalog.gazetteer import load_gazetteer

    gazetteer = load_gazetteer()
    assert [p.slug for p in gazetteer.lookup("Talaud")] == ["kabupaten-kepulauan-talaud"]
    assert [p.slug for p in gazetteer.lookup("Sangihe Islands")] == ["kabupaten-kepulauan-sangihe"]
    assert gazetteer.lookup("Seribu") == []  # a thousand: only 'Kepulauan Seribu' is the regency


def test_a_post_date_a_themes_image_label_and_a_share_button_are_no_title_nor_authors():
    blog = ("Monday, June 2, 2008\n\nPossibility of promoting tourism with North Sulawesi eyed\n\nThe International "
            "Relations Board is eyeing the promotion of tourism between Davao City and Manado.\n")
    facts = read_intake(blog).facts
    assert facts["title"].value == "Possibility of promoting tourism with North Sulawesi eyed"
    assert facts["year"].value == 2008  # the post's date still dates it
    theme = ("full screen background image\n\nDubes Turki untuk Indonesia: Aceh Daerah Pertama Saya Kunjungi\n\n"
             "Share Button\nDubes_Turki\n\nDuta Besar Turki untuk Indonesia melakukan kunjungan ke provinsi Aceh.\n")
    facts = read_intake(theme).facts
    assert facts["title"].value == "Dubes Turki untuk Indonesia: Aceh Daerah Pertama Saya Kunjungi"
    assert "authors" not in facts


def test_another_storys_teaser_states_no_institution():
    text = ("MAKASSAR, SULSELEKSPRES.COM – Letter of Intent diteken oleh Pemerintah Provinsi Sulawesi Selatan dan "
            "Pemerintah Prefektur Ehime Jepang.\n\nBACA: Unhas dan Ehime University Akan Perpanjang MoU Kerja Sama\n\n"
            "Penandatanganan dihadiri Ketua DPRD kedua provinsi.\n")
    assert "institution" not in read_intake(text).facts

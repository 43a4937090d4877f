"""Shapes met in sets AQ and AR (made-up texts, written for these tests, real places): an island regency
named without 'Kepulauan' beside a country's misspelt name, a visit received from a country's government,
a company named after a foreign capital, a misspelt province its governor heads, a city said to be one,
a blog's post date over its headline, a theme's image label, a share button, an image's file name and
another story's teaser line above a story."""

import pytest

from katalog.intake import read_intake
from tests.test_places_near import gather, partnership


@pytest.mark.parametrize("text, shown, not_shown", [
    # 'Pemkab Sangihe' is Kabupaten Kepulauan Sangihe; 'Philipina' a common misspelling; the consulate's 'Jendral'
    ("Tahuna - Konsulat Jendral (Konjen) Philipina di Manado melakukan kunjungan kerja ke Sangihe. Kedatangan Konjen "
     "menindaklanjuti MoU antara Pemkab Sangihe dan Philipina tahun 2019 di bidang perikanan.\n",
     ["Kepulauan Sangihe", "Filipina"], ["Manado"]),
    # a visit the city receives from a country's government, through its ambassador
    ("BAUBAU - Walikota Baubau menerima kunjungan Pemerintah Korea Selatan melalui duta besarnya di rumah jabatan. "
     "Duta besar menyampaikan bahwa kerja sama pendidikan akan diteruskan.\n",
     ["Bau", "Korea Selatan"], []),
    # 'PT Amman Mineral' is a company, not Amman; the consul general of the People's Republic is the other side
    ("Mataram - Gubernur NTB menyambut kunjungan resmi Konsul Jenderal Republik Rakyat Tiongkok di Kantor Gubernur. "
     "Gubernur NTB didampingi tim Brida NTB. Dibahas pula pembangunan smelter PT Amman Mineral di Kabupaten Sumbawa "
     "Barat dan peluang kerja sama.\n",
     ["Nusa Tenggara Barat", "Tiongkok"], ["Amman", "Yordania"]),
    # 'Kota Gyonggi' under a governor and 'Provinsi Gyonggi' later: the province Gyeonggi-do, misspelt
    ("JAKARTA - Gubernur DKI Jakarta menandatangani nota kesepahaman dengan Gubernur Kota Gyonggi, Korea Selatan, "
     "terkait kerja sama antara dua provinsi. Pemprov DKI akan belajar dari Provinsi Gyonggi di bidang teknologi.\n",
     ["Jakarta", "Gyeonggi"], []),
    # a bare name two local governments share, the text saying it is a city
    ("<!-- source: https://example.org/?p=245 -->\nFort Worth’s relationship with Bandung was the first Sister City program between Indonesia and the U.S. "
     "Bandung is Indonesia’s third-largest city and the capital of West Java.\n",
     ["Kota Bandung", "Fort Worth"], ["Kabupaten Bandung"]),
])
def test_the_pair_a_text_states_in_these_shapes(tmp_path, text, shown, not_shown):
    result, html, _ = gather(tmp_path, text)
    pair = partnership(html)
    assert all(name in pair for name in shown), pair
    assert not any(name in pair for name in not_shown), pair


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

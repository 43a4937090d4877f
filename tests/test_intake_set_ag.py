"""Shapes met in set AG (made-up stories, written for these tests): a headline over the page's tags in lower
case split by commas, and a lead's long sentence going on past its line end with a comma."""

from tests.test_intake_covers import facts


def test_a_pages_tags_under_the_headline_do_not_join_it():
    found = facts('Kabupaten Contoh bakal jalin "sister city" dengan Kota Lain\n\nid kota lain,negara lain,kabupaten contoh,'
                  "berita daerah, berita kota, antara hari ini\n\nKabupaten Contoh  bakal jalin \"sister city\" dengan Kota Lain\n\n"
                  "Kota Contoh (ANTARA) - Pemerintah Kabupaten Contoh bakal menjalin kerja sama sister city dengan Kota Lain.\n")
    assert found["title"] == 'Kabupaten Contoh bakal jalin "sister city" dengan Kota Lain'


def test_a_long_sentence_going_on_past_a_comma_is_no_title():
    found = facts("Mekanisme Sister City adalah sebagai salah satu mekanisme yang dapat dimanfaatkan untuk mendorong kerja "
                  "sama antara Pemerintah Daerah dengan mitra mereka di luar negeri,\nLondon (ANTARA) - Delegasi Pemerintah "
                  "Kota Contoh berkunjung ke kota Lain dalam rangka menindaklanjuti pembentukan Sister City.\n")
    assert "title" not in found

"""Countries as Indonesian texts spell them, beyond CLDR's names: the state of Palestine as
'Palestina', 'Chili', 'Libanon' (made-up stories, written for these tests)."""

import pytest

from katalog.gazetteer import load_gazetteer
from tests.test_places_near import gather, partnership


@pytest.mark.parametrize("written, slug", [("Palestina", "wilayah-palestina"), ("Palestine", "wilayah-palestina"),
                                           ("Chili", "cile"), ("Libanon", "lebanon"), ("Republik Ceko", "ceko"),
                                           ("Slowakia", "slovakia"), ("Hongaria", "hungaria")])
def test_a_country_spelt_the_indonesian_way_is_that_country(written, slug):
    assert load_gazetteer().lookup(written)[0].slug == slug


def test_a_town_in_palestine_named_beside_the_country_is_not_a_namesake_elsewhere(tmp_path):
    # GeoNames lists 'Bethlehem' among Belém's (Brazil) names too; the text names Palestine, so Bethlehem there
    text = ("Pemkot Ternate Jajaki Kerja Sama dengan Bethlehem\n\nPemerintah Kota Ternate menerima kunjungan Wali Kota "
            "Bethlehem dari Palestina untuk menjajaki kerja sama sister city di bidang pendidikan.\n")
    result, html, _ = gather(tmp_path, text)
    assert "Bethlehem" in partnership(html) and "Brasil" not in html
    assert "countries/wilayah-palestina.html" in result.files

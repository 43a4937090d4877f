"""Shapes met in set AM (made-up stories, written for these tests): a Malaysian district council's visit
under a government media centre's byline, and a province offered a twinning with a whole country."""

from katalog.intake import read_intake
from tests.test_places_near import gather, partnership


def test_a_malaysian_district_council_names_its_town_and_a_media_centre_is_no_author(tmp_path):
    # 'Kudat' is a town in Sabah; 'Majlis Daerah' (district council) says it is a local government here
    text = ("- Oleh MC KOTA SINGKAWANG\n- Senin, 4 November 2024 | 10:15 WIB\n\nSingkawang, InfoPublik – Rombongan Majlis "
            "Daerah Kudat Sabah berkunjung ke Kantor Wali Kota Singkawang. Pihak Majlis Daerah Kudat menawarkan kerja sama "
            "di bidang pariwisata.\n")
    assert "authors" not in read_intake(text).facts
    _, html, _ = gather(tmp_path, text)
    assert "Singkawang" in partnership(html) and "Kudat" in partnership(html), partnership(html)

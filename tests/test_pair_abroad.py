"""Pairs of two places abroad, places written joined or with 'City' after them, a city not renamed
after its state, and a place inside a foreign university's name (made-up texts, real places)."""

from katalog.gazetteer import load_gazetteer
from katalog.pair_sentence import guess_pair, stated_pair
from tests.test_pair_sentence import HOME, matches
from tests.test_places_near import gather, partnership

COUNTRY = {"seattle": "amerika-serikat", "kobe": "jepang", "osaka": "jepang", "kota-bandung": "indonesia"}


def test_a_stated_pair_of_two_cities_abroad_in_two_countries():
    text = "Makalah ini membahas kerja sama sister city antara Seattle dan Kobe sejak 1957."
    found = matches(text, [("Seattle", "seattle"), ("Kobe", "kobe")])
    assert stated_pair(text, found, HOME.__contains__) is None  # without countries: as before
    assert stated_pair(text, found, HOME.__contains__, COUNTRY.get) == ("seattle", "kobe")
    same = "kerja sama antara Kobe dan Osaka"
    assert stated_pair(same, matches(same, [("Kobe", "kobe"), ("Osaka", "osaka")]), HOME.__contains__, COUNTRY.get) is None


def test_the_guess_takes_two_places_abroad_only_when_none_is_at_home():
    assert guess_pair(["seattle", "kobe"], HOME.__contains__, COUNTRY.get) == ("seattle", "kobe")
    assert guess_pair(["kobe", "osaka"], HOME.__contains__, COUNTRY.get) is None
    assert guess_pair(["kota-bandung", "seattle", "kobe"], HOME.__contains__, COUNTRY.get) is None


def test_a_dashed_pair_after_between_with_city_after_each_side():
    text = "This research analyzes the cooperation between Magelang City-Tula City in smart city."
    found = matches(text, [("Magelang", "kota-magelang"), ("Tula", "tula")])
    assert stated_pair(text, found, {"kota-magelang"}.__contains__) == ("kota-magelang", "tula")


def test_an_indonesian_name_written_as_one_word_is_found():
    gazetteer = load_gazetteer()
    assert [p.slug for p in gazetteer.lookup("Tanjungpinang")] == ["kota-tanjung-pinang"]
    assert [p.slug for p in gazetteer.lookup("Kota Pangkalpinang")] == ["kota-pangkal-pinang"]
    # an island regency written without 'Kepulauan', with 'Kabupaten' only ('Seribu' alone is a number)
    assert [p.slug for p in gazetteer.lookup("Kabupaten Sangihe")] == ["kabupaten-kepulauan-sangihe"]
    assert gazetteer.lookup("Kabupaten Riau") == [] and not any(p.slug == "kabupaten-kepulauan-seribu"
                                                                 for p in gazetteer.lookup("Seribu"))


def test_an_island_regency_written_short_is_that_regency_and_no_unknown_place(tmp_path):
    text = ("Kerjasama Sister City Sangihe-Filipina\n\nBupati Sangihe berkunjung ke General Santos City. Kerja sama "
            "sister city Kabupaten Sangihe dan General Santos City dibahas dengan Konsulat Jenderal RI.\n")
    _, html, notes = gather(tmp_path, text)
    assert "Kepulauan Sangihe" in partnership(html) and "General Santos" in partnership(html)
    assert not any("unknown place 'Kabupaten Sangihe'" in n for n in notes)


def test_joined_name_city_suffix_and_a_city_keeping_its_own_name(tmp_path):
    text = ("Cultural ties between Tanjungpinang (Indonesia) and Johor Bahru (Malaysia)\n\n"
            "Sister city cooperation between Tanjungpinang, Indonesia and Johor Bahru, Malaysia is studied.\n")
    _, html, _ = gather(tmp_path, text)
    assert partnership(html) == "Kota Tanjung Pinang – Johor Bahru"


def test_a_word_like_name_with_city_after_it_is_a_place(tmp_path):
    text = ("Smart City and Paradiplomacy\n\nThe sister city cooperation of Kota Magelang with Tula City in "
            "Russia has not gone beyond the letter of intent.\n")
    _, html, _ = gather(tmp_path, text)
    assert "Tula" in partnership(html)


def test_a_place_in_a_foreign_universitys_name_is_no_subject(tmp_path):
    text = ("OBSERVARE\nUniversidade Autónoma de Lisboa\n\nPARADIPLOMACY IN INDONESIA\n\n"
            "This paper studies how Jawa Timur and other provinces conduct paradiplomacy.\n")
    _, html, _ = gather(tmp_path, text)
    assert partnership(html) == ""


def test_a_region_holding_another_subject_place_gives_way_to_it():
    parent = {"xiamen": "fujian-sheng"}.get
    country = {"xiamen": "tiongkok", "fujian-sheng": "tiongkok", "kota-surabaya": "indonesia"}.get
    home = {"kota-surabaya"}.__contains__
    assert guess_pair(["kota-surabaya", "fujian-sheng", "xiamen"], home, country) is None
    assert guess_pair(["kota-surabaya", "fujian-sheng", "xiamen"], home, country, parent) == ("kota-surabaya", "xiamen")


def test_a_word_of_a_persons_name_on_its_own_line_is_no_place(tmp_path):
    text = ("PARADIPLOMACY IN INDONESIA\nARIO BIMO UTOMO\nario@example.ac.id\n\n"
            "This paper studies how Kota Surabaya conducts paradiplomacy.\n")
    _, html, _ = gather(tmp_path, text)
    assert "Bimbo" not in html and partnership(html) == ""

"""The partnership a raw summary is about: the pair it states in one phrase beats places it merely
mentions, a reference list states nothing, an unknown partner is reported instead of replaced, and a
text that states no title gets one saying what it is about (made-up texts, real places)."""

import re

from tests.test_places_near import gather, partnership


def h1(html: str) -> str:
    return re.search(r"<h1>(.*?)</h1>", html).group(1)


def test_a_pair_written_as_one_compound_late_in_the_text_is_the_pair(tmp_path):
    opening = "Penelitian ini membahas peran pemerintah daerah dalam hubungan luar negeri. " * 25
    text = f"Kerja Sama Daerah di Indonesia\n\n{opening}\n\nStudi kasusnya adalah sister city Surabaya-Kitakyushu di Jepang.\n"
    _, html, _ = gather(tmp_path, text)
    assert "Surabaya" in partnership(html) and "Kitakyushu" in partnership(html)


def test_a_name_joined_by_a_hyphen_is_never_dropped_silently(tmp_path):
    text = "Kerja Sama Daerah\n\nPenelitian ini membahas sister city Surabaya-Kochi di bidang pelabuhan.\n"
    _, _, notes = gather(tmp_path, text)
    assert any("ambiguous place 'Kochi'" in n for n in notes)  # India's or Japan's: the text does not say


def test_a_name_in_the_country_the_text_names_is_its_biggest_city_there(tmp_path):
    # Japan has a city Kochi, a village Kochi and a prefecture Kochi; India a bigger city Kochi
    text = ("Sejarah Kota Surabaya dan Kochi\n\nSurabaya memiliki mitra sister city: Kota Kochi (Jepang) dan "
            "Kota Busan (Korea Selatan). Bab ini membahas kerja sama Surabaya dan Kochi di bidang pelabuhan.\n")
    _, html, notes = gather(tmp_path, text)
    assert "Kochi" in partnership(html) and not any("ambiguous place 'Kochi'" in n for n in notes)
    assert "kochi-kochi" in html  # Japan's city, not India's nor the prefecture


def test_a_pair_phrase_in_a_reference_list_is_not_the_texts_pair(tmp_path):
    text = ("Kerja Sama Kota Bandung dengan Kota Braunschweig\n\nPenelitian ini membahas pertukaran pelajar Kota Bandung "
            "ke Kota Braunschweig di bidang pendidikan.\n\nDaftar Pustaka\n\n"
            "Putri, A. (2019). Kerja sama antara Kota Surabaya dan Kota Kitakyushu. Jurnal HI, 3(2), 10-20.\n"
            "Wulan, R. (2020). Sister city antara Kota Medan dan Kota Penang. Jurnal HI, 4(1), 1-9.\n")
    _, html, _ = gather(tmp_path, text)
    assert "Braunschweig" in partnership(html)


def test_an_unknown_partner_in_the_pair_phrase_is_reported_not_replaced(tmp_path):
    text = ("Kegagalan Kerja Sama Daerah\n\nPenelitian ini membahas sister city antara Kabupaten Wonogiri (Indonesia) "
            "dengan Wumingxyz (China). Bupati pernah berkunjung ke Washington, Amerika Serikat.\n")
    _, html, notes = gather(tmp_path, text)
    assert partnership(html) == ""
    assert any("t.md:3: warning: unknown partner 'Wumingxyz'" in n for n in notes)


def test_a_text_without_a_title_is_titled_by_its_pair_and_furniture_is_never_the_title(tmp_path):
    text = ("N/A\nN/A\nProtected\n\nAcademic year: 2021\n\nDalam mewujudkan kota hijau, Kota Bandung bekerja sama dengan "
            "Kota Kawasaki. Kerja sama antara Kota Bandung dan Kota Kawasaki dimulai dengan kunjungan wali kota.\n")
    _, html, _ = gather(tmp_path, text)
    assert h1(html) == "Kerja sama Kota Bandung – Kawasaki"
    assert "Judul deskriptif" in html

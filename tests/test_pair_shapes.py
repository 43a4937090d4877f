"""Pairs written in shapes met on first sight of a tenth set of real pages (made-up texts, real places):
a government's full name, a city joined to its country by a hyphen, a state named with its
government's title, a news desk's dateline, two sides joined by 'dengan' before the verb."""

from tests.test_places_near import gather, partnership


def test_a_city_named_with_its_governments_title_is_qualified(tmp_path):
    # Montana is also a US state and a word that needs context: 'Pemerintah Kota Montana' is the city
    text = ("Nota Kesepahaman Kota Bersaudara\n\nNaskah ini membahas memorandum antara Pemerintah Kota Surakarta dan "
            "Pemerintah Kota Montana Republik Bulgaria mengenai kerja sama kota bersaudara di bidang kebudayaan.\n")
    _, html, _ = gather(tmp_path, text)
    assert "Surakarta" in partnership(html) and "Montana" in partnership(html)


def test_a_city_joined_to_its_country_by_a_hyphen_is_that_city(tmp_path):
    text = ("Masa Depan Sister City Surabaya-Varna\n\nJarak antara Surabaya-Indonesia dan Varna-Bulgaria membuat "
            "koordinasi mahal. Kedua kota pelabuhan ini menjalin sister city sejak lama.\n")
    _, html, _ = gather(tmp_path, text)
    assert "Surabaya" in partnership(html) and "Varna" in partnership(html)


def test_a_state_named_with_its_governments_title_and_a_desks_dateline(tmp_path):
    # 'Kerajaan Selangor' is the state (not Kuala Selangor, a town); Pangkalpinang only files the story
    text = ("Pangkalpinang, (Antaranews Babel) - Gubernur Kepulauan Bangka Belitung bersama utusan Kerajaan Selangor, Malaysia, "
            "membahas kerja sama sister province di bidang budaya melayu.\n\n\"Kami mendukung kerja sama ini,\" "
            "katanya. Kerajaan Selangor akan mengirim rombongan tahun depan.\n")
    _, html, _ = gather(tmp_path, text)
    shown = partnership(html)
    assert "Bangka Belitung" in shown and "Selangor" in shown and "Kuala" not in shown and "Pangkal" not in shown


def test_two_sides_joined_by_with_before_the_cooperation_they_entered(tmp_path):
    text = ("Peningkatan Kerja Sama dengan Suriname\n\nSidang komisi bersama digelar dari Paramaribo melalui video. "
            "Wakil Wali Kota menyampaikan bahwa Pemerintah Kota Yogyakarta dengan Distrik Commewijne di Suriname telah "
            "menjalin sister city sejak sebuah letter of intent ditandatangani.\n")
    _, html, _ = gather(tmp_path, text)
    assert "Yogyakarta" in partnership(html) and "Commewijne" in partnership(html)


def test_a_city_and_the_region_around_it_named_both_the_bare_name_is_the_citys(tmp_path):
    # GeoNames calls both Zagreb (the city) and Grad Zagreb (its first-level region) 'Zagreb'
    text = ("Penjajakan Kerja sama Lampung - Zagreb\n\nThis article studies the relationship of the province and "
            "Zagreb City, Croatia. Talks with the Zagreb Government began in 2019.\n")
    _, html, _ = gather(tmp_path, text)
    assert "Lampung" in partnership(html) and "Zagreb" in partnership(html) and "Grad" not in partnership(html)


def test_the_first_sides_own_region_between_the_two_sides(tmp_path):
    text = ("Siantar - Konsul Jenderal di Kota Medan mengusulkan kerja sama dengan Pemerintah Kota Pematangsiantar "
            "untuk membangun konsep sister city. Kerja sama ini nantinya akan berlangsung antara Kota Linyi Provinsi "
            "Shandong dengan Kota Pematangsiantar.\n")
    _, html, _ = gather(tmp_path, text)
    assert "Pematangsiantar" in partnership(html) and "Linyi" in partnership(html)

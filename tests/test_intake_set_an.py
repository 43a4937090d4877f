"""Shapes met in set AN (made-up texts, written for these tests): a news page's 'loading...' placeholder under
its headline, an article page flattened into one line from its title to its abstract, and a paragraph
opening with 'Oleh karena itu' (therefore) that names people."""

from katalog.intake import read_intake


def test_a_loading_placeholder_under_the_headline_is_not_part_of_the_title():
    text = ("Menimbang Manfaat Kota Kembar\nloading...\nA\nA\nA\nJAKARTA - Banyak kota menjalin kerja sama sister city "
            "dengan kota di luar negeri.\n")
    assert read_intake(text).facts["title"].value == "Menimbang Manfaat Kota Kembar"


def test_a_title_flattened_into_one_line_with_its_abstract_is_cut_before_the_abstract():
    text = ("17\n\nKerjasama Kota Kembar dalam Pembangunan Daerah Abstract This research studies how Indonesian local "
            "governments build partnerships with cities abroad through sister city agreements and what limits them, "
            "such as budgets and human resources. Key Words: sister city, local government\n")
    assert read_intake(text).facts["title"].value == "Kerjasama Kota Kembar dalam Pembangunan Daerah"


def test_a_paragraph_opening_with_oleh_karena_itu_names_no_author():
    text = ("Gubernur Terima Rombongan Dubes\n\nRombongan duta besar berkunjung ke provinsi.\n\nOleh karena itu, dalam "
            "acara makan malam ini juga dilakukan penandatanganan MoU yang disaksikan oleh Gubernur Andi dan Ketua Kadin "
            "Budi Santoso.\n")
    assert "authors" not in read_intake(text).facts


def test_a_side_at_home_left_unnamed_is_not_filled_with_a_venue(tmp_path):
    from tests.test_places_near import gather, partnership
    # made up: Hawaii ties with an unnamed province; Bali is only where a hotel internship will be
    text = ("Indonesian Consul offers Sister City pact\n\nHawaii is finalizing a sister-city agreement with a province of "
            "Indonesia, the consul said. An intern post will be offered at a hotel in Bali, Indonesia for a student "
            "from Hawaii.\n")
    _, html, _ = gather(tmp_path, text)
    assert "Bali" not in partnership(html), partnership(html)


def test_a_misspelt_city_of_a_country_the_text_names_is_read_as_that_city_with_a_warning(tmp_path):
    from tests.test_places_near import gather, partnership
    # made up: 'Vientaine City' is one letter pair off Vientiane, and the text names Laos
    text = ("Padang (ANTARA) - Gubernur Sumatera Barat dan Wakil Wali Kota Vientaine City, Laos, menandatangani Letter of "
            "Intent sister province.\n")
    _, html, notes = gather(tmp_path, text)
    assert "Vientiane" in partnership(html), partnership(html)
    assert any("Vientaine City' read as vientiane" in n for n in notes), notes
    # the same slip in a text that never names Laos is only reported
    _, html, notes = gather(tmp_path / "other", text.replace(", Laos,", ""))
    assert "Vientiane" not in partnership(html)
    assert any("unknown place 'Kota Vientaine City'" in n for n in notes), notes


def test_a_hoped_for_mou_and_a_companys_mou_are_no_mou_of_the_cooperation():
    from tests.test_tagging_reading import TITLE, tags
    hoped = TITLE + "\n\nHari ini LoI dengan Kisarazu. Mudah-mudahan MoU kerja sama bisa secepatnya ditandatangani.\n"
    assert tags(hoped, "stages") == ("loi",)
    company = TITLE + ("\n\nDalam acara itu juga dilakukan penandatanganan MoU antara PT Sinar Laut dengan utusan Kisarazu, "
                       "disaksikan Wali Kota Bogor.\n")
    assert "mou" not in tags(company, "stages")

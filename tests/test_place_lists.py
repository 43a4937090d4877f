"""Places named in a list ('A, B, dan C'): a word-like name among places of one country is a place
of that country; a list of places abroad is a set of examples, not a partner (made-up stories,
written for these tests)."""

from tests.test_places_near import gather, partnership


def test_a_word_like_name_listed_among_places_of_one_country_is_a_place_there(tmp_path):
    # 'labuan' is an Indonesian word too; bare, in a text with no kind word before it, it would be skipped
    text = ("Tarakan Sambut Delegasi Malaysia\n\nPemerintah Kota Tarakan menerima delegasi wilayah persekutuan Malaysia, "
            "yaitu Kuala Lumpur, Labuan dan Putrajaya. Delegasi menawarkan kerja sama pariwisata dengan Labuan.\n\n"
            "Menurut delegasi, Labuan memiliki pantai yang indah dan potensi wisata yang mirip dengan Tarakan.\n")
    result, html, _ = gather(tmp_path, text)
    assert "cities/labuan.html" in result.files
    assert "Labuan" in partnership(html) and "Tarakan" in partnership(html)


def test_a_list_of_places_abroad_in_a_study_of_one_place_at_home_gives_no_partner(tmp_path):
    text = ("Partisipasi Kalimantan Selatan dalam Pekan Olahraga Borneo\n\nThe games gather delegations from every state, "
            "such as Malaysia which sends athletes from Sabah, Sarawak, and Labuan, and Indonesia from South Kalimantan.\n")
    _, html, _ = gather(tmp_path, text)
    assert partnership(html) == ""
    assert "Sabah" in html  # still shown, as a place the text names

"""Shapes met in set AL (made-up stories, written for these tests): a council studying another city's
sister cities, which names a city abroad only as an example and a country only as a market."""

from tests.test_places_near import gather, partnership


def test_a_place_abroad_given_as_an_example_and_a_country_as_a_market_are_no_partners(tmp_path):
    text = ("Sragen DPRD Studies Sister City from Surabaya\n\nThe Sragen Regency DPRD members made a work visit to the "
            "Surabaya City Council on Monday. Its chairman said the purpose was to study the mechanisms of sister city "
            "cooperation applied in Surabaya, since his region produces batik that is exported to Japan.\n\n\"Just send a "
            "letter if you want to make cooperation with Osaka council for instance,\" a council member said.\n")
    _, html, _ = gather(tmp_path, text)
    assert partnership(html) == ""


def test_a_provinces_everyday_short_form_names_it_and_a_quoted_kind_word_is_no_unknown_place(tmp_path):
    from katalog.gazetteer import load_gazetteer
    for short, slug in (("Kalteng", "kalimantan-tengah"), ("Sultra", "sulawesi-tenggara"), ("Kaltara", "kalimantan-utara"),
                        ("Sulut", "sulawesi-utara"), ("Kalbar", "kalimantan-barat")):
        assert [p.slug for p in load_gazetteer().lookup(short)] == [slug]
    # the form of a tie named with a kind word ('Friendship City', set AL; 'Twinning City', set AN) is no unknown place
    for form in ("International Friendship City", "program Twinning City"):
        text = (f"Menggagas Sister City Perth–Kalteng\n\nGubernur menyebut gagasan ‘Kota Kembar’ itu sebagai {form} "
                "antara Kalimantan Tengah dan Perth.\n")
        _, html, notes = gather(tmp_path / form.split()[-2], text)
        assert "Kalimantan Tengah" in partnership(html) and "Perth" in partnership(html)
        assert not any("unknown place" in n for n in notes), notes


def test_a_city_name_in_the_middle_of_a_persons_name_is_no_place_there(tmp_path):
    # Hue is a city of Vietnam; here it is the middle name of a made-up ambassador
    text = ("Denpasar, (Antaranews Bali) - Pemerintah Provinsi Bali mendukung tawaran Pemerintah Vietnam yang ingin "
            "mengadakan kerja sama sister city, kata Wagub saat menerima Duta Besar Vietnam untuk Indonesia Nguyen Hue "
            "Thanh di Denpasar.\n")
    result, html, _ = gather(tmp_path, text)
    assert "cities/hue.html" not in result.files
    assert "Bali" in partnership(html) and "Vietnam" in partnership(html)

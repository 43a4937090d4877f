"""The pair a summary states in one phrase beats places it merely mentions (made-up texts, real places)."""

from typing import NamedTuple

from katalog.pair_sentence import stated_pair, unknown_side

HOME = {"kota-surakarta", "jawa-tengah", "kabupaten-wonogiri", "kota-bandung"}


class M(NamedTuple):
    kind: str
    slug: str
    alias: str
    offset: int


def matches(text, names):
    return [M("cities", slug, name, text.index(name)) for name, slug in names]


def test_the_phrase_between_two_governments_names_the_pair_not_the_other_partners():
    text = ("Jawa Tengah has partners such as Fujian (China) and Queensland (Australia). The program between "
            "Central Java Province and Queensland in the farm sector is studied.")
    found = matches(text, [("Jawa Tengah", "jawa-tengah"), ("Fujian", "fujian"), ("Central Java", "jawa-tengah")])
    found.append(M("cities", "queensland", "Queensland", text.rindex("Queensland")))
    assert stated_pair(text, found, HOME.__contains__) == ("jawa-tengah", "queensland")


def test_an_indonesian_phrase_with_pemerintah_kota_on_both_sides():
    text = "Perjanjian antara Pemerintah Kota Surakarta dan Pemerintah Kota Montana. Kota Boyolali berbatasan."
    found = matches(text, [("Surakarta", "kota-surakarta"), ("Montana", "montana"), ("Boyolali", "kota-boyolali")])
    assert stated_pair(text, found, HOME.__contains__) == ("kota-surakarta", "montana")


def test_no_phrase_no_pair():
    text = "Kota Bandung dan Kota Seoul bekerja sama."
    assert stated_pair(text, matches(text, [("Bandung", "kota-bandung"), ("Seoul", "seoul")]), HOME.__contains__) is None


def test_a_side_no_vocabulary_knows_is_given_for_a_report():
    text = "Kegagalan Sister City antara Wonogiri (Indonesia) dengan Wuming (China). Hingga Washington DC."
    found = matches(text, [("Wonogiri", "kabupaten-wonogiri"), ("Washington", "washington")])
    assert stated_pair(text, found, HOME.__contains__) is None
    assert unknown_side(text, found) == (text.index("Wuming"), "Wuming")


def test_only_a_side_written_as_a_place_stops_the_guess():
    from katalog.pair_sentence import choose_pair

    def guess():
        return ("kota-bandung", "kawasaki")

    for text, expected in (("kerja sama antara Kota Bandung dengan Pemerintah Pusat dalam bidang itu", None),
                           ("kerja sama antara Kota Bandung dengan Dinas Pendidikan", None),
                           ("kerja sama antara Kota Bandung dengan Wumingxyz (China)", "Wumingxyz"),
                           ("kerja sama antara Kota Bandung dan Kota Wumingxyz", "Wumingxyz")):
        found = matches(text, [("Bandung", "kota-bandung")])
        pair, unknown = choose_pair(text, found, HOME.__contains__, guess)
        assert (unknown[1] if unknown else None) == expected
        assert pair == (None if expected else guess())

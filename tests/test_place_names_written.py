"""A place abroad is shown on the Indonesian pages by the name the texts write, where it is one of the
gazetteer's names for it ('Melaka', not GeoNames' English 'Malacca'), and on the English pages by the
gazetteer's (made-up texts, real places). A misspelling is never shown: test_intake_set_ai."""

import re

from tests.test_country_partner import build, page

MELAKA = ("Riau Usul Kota Kembar dengan Melaka\n\nGubernur Riau akan menindaklanjuti rencana kerja sama sister city "
          "dengan Kota Melaka, Malaysia.\n")


def pair_shown(html: str) -> str:
    shown = re.search(r"<dd><a href=\"[^\"]*partnerships/[^\"]+\">(.*?)</a>", html)
    return shown.group(1) if shown else ""


def test_a_city_abroad_is_shown_as_the_texts_write_it_and_in_english_as_the_data_does(tmp_path):
    result, _ = build(tmp_path, {"riau.md": MELAKA})
    assert pair_shown(page(result, "theses/riau.html")) == "Riau – Melaka"
    assert "Malacca" in pair_shown(page(result, "en/theses/riau.html"))


def test_the_spelling_the_texts_use_most_wins(tmp_path):
    malacca = MELAKA.replace("Melaka", "Malacca").replace("Riau", "Jambi")
    shouted = "PEKANBARU DAN MELAKA\n\n" + MELAKA.replace("Riau", "Siak")
    result, _ = build(tmp_path, {"riau.md": MELAKA, "jambi.md": malacca, "siak.md": shouted})
    assert "– Melaka" in pair_shown(page(result, "theses/jambi.html"))  # Melaka four times, Malacca twice, MELAKA not counted


def test_a_korean_county_in_its_revised_romanisation(tmp_path):
    text = ("Kerja Sama Kota Kembar Kota Padang dan Gurye\n\nPenelitian ini membahas sister city Kota Padang dengan "
            "Gurye County, Korea Selatan.\n")
    result, _ = build(tmp_path, {"padang.md": text})
    assert "Gurye" in pair_shown(page(result, "theses/padang.html"))


def test_the_kind_written_before_or_after_a_name_is_not_shown_as_part_of_it(tmp_path):
    text = ("Kerja Sama Kota Mataram dan Provinsi Sichuan\n\nPenelitian ini membahas kerja sama sister city Kota Mataram "
            "dengan Provinsi Sichuan, Tiongkok, yang oleh Provinsi Sichuan disambut baik.\n")
    result, _ = build(tmp_path, {"mataram.md": text})
    assert pair_shown(page(result, "theses/mataram.html")) == "Kota Mataram – Sichuan"


def test_another_places_own_name_is_not_shown_for_the_place_read(tmp_path):
    # GeoNames gives Belém (Brazil) 'Bethlehem' among its names; a text whose Palestine is misspelt is read as
    # Belém, and the page must not hide that reading under Bethlehem's name
    text = ("Pemkot Ambon Jajaki Kerja Sama dengan Bethlehem\n\nPemerintah Kota Ambon menjajaki kerja sama sister city "
            "dengan Kota Bethlehem, Pelestina, di bidang pendidikan.\n")
    result, _ = build(tmp_path, {"ambon.md": text})
    shown = pair_shown(page(result, "theses/ambon.html"))
    assert "Bethlehem" not in shown or "belem" not in page(result, "theses/ambon.html")

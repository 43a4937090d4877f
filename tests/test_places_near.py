"""Places written in ways the gazetteer does not store as such: Indonesian compass forms of regions
abroad, misspellings. None is dropped silently (made-up texts, real places)."""

import re
import shutil

import pytest

from katalog.pipeline import Builder
from tests.conftest import REPO, make_project


def gather(tmp_path, text: str):
    config = make_project(tmp_path / "p", theses={"t.md": text})
    shutil.copytree(REPO / "seeds", config.seeds, dirs_exist_ok=True, ignore=shutil.ignore_patterns("theses"))
    for other in (config.seeds / "theses").glob("*.md"):
        if other.name != "t.md":
            other.unlink()
    result = Builder(config).gather()
    return result, result.files["theses/t.html"].decode(), [str(d) for d in result.diagnostics + result.warnings]


def partnership(html: str) -> str:
    shown = re.search(r"<dt>Kemitraan</dt>\s*<dd><a [^>]*>(.*?)</a>", html, re.DOTALL)
    return shown.group(1) if shown else ""


def test_a_region_abroad_in_indonesian_compass_order_makes_the_partnership(tmp_path):
    text = ("KERJA SAMA SISTER STATE JAWA TIMUR DAN AUSTRALIA SELATAN DALAM BIDANG PERTANIAN\n\n"
            "Penelitian ini membahas kerja sama Provinsi Jawa Timur dengan negara bagian Australia Selatan.\n")
    result, html, _ = gather(tmp_path, text)
    # the Indonesian page says it as the text does, the English page by the gazetteer's name
    assert "Jawa Timur" in partnership(html) and "Australia Selatan" in partnership(html)
    english = result.files["en/theses/t.html"].decode()
    assert re.search(r"<dd><a [^>]*>[^<]*South Australia</a>", english), partnership(english)


MISSPELT = ("Kerja Sama Sister Province antara Provinsi Jawa Tengah dan Wielkopolksie (Polandia)\n\n"
            "Penelitian ini membahas kerja sama provinsi Jawa Tengah dengan Wielkopolksie (Polandia) di bidang "
            "pendidikan.\n")


def test_a_close_misspelling_of_a_region_the_text_qualifies_is_read_and_reported(tmp_path):
    _, html, notes = gather(tmp_path, MISSPELT)
    assert "Wielkopolskie" in partnership(html)
    assert any("t.md:1: warning: place 'Wielkopolksie' read as wielkopolskie" in n for n in notes)


def test_a_misspelling_the_text_does_not_qualify_is_reported_with_its_nearest_places(tmp_path):
    text = "Kerja Sama Kota Semarang\n\nPenelitian ini membahas pertukaran pelajar dengan Wielkopolksie (Polandia).\n"
    _, html, notes = gather(tmp_path, text)
    assert "Wielkopolskie" not in html
    assert any("unknown place 'Wielkopolksie' (Polandia): nearest in the gazetteer: wielkopolskie" in n for n in notes)


@pytest.mark.parametrize("text", [
    # a ministry, a programme in brackets with a country: nothing in that country is named like it
    "Kerja Sama Kota Semarang\n\nDengan dukungan Foreign Affairs (Indonesia) dan Kota Semarang.\n",
    # a journal named after cities, then its issue
    "Kerja Sama Kota Semarang\n\nJurnal Diplomasi Kota Vol. 4 No. 2: December 2025\n\nKota Semarang menjalin kerja sama.\n",
])
def test_no_question_for_a_bracketed_country_after_a_name_that_is_no_place(tmp_path, text):
    _, _, notes = gather(tmp_path, text)
    assert not any("unknown place" in n for n in notes)


def test_an_unknown_qualified_place_is_reported_with_its_nearest_places(tmp_path):
    _, _, notes = gather(tmp_path, "Kerja Sama Daerah\n\nPenelitian di Kota Surabayya tentang pendidikan.\n")
    assert any("unknown place 'Kota Surabayya'" in n and "nearest in the gazetteer: kota-surabaya" in n for n in notes)


def test_a_city_written_as_a_city_is_the_city_of_that_exact_name(tmp_path):
    # 'Kota Montana': the city in Bulgaria, not Montanha (Brazil, 'Montana' only an alternate name),
    # nor the district or the US state
    text = ("Kerja Sama Sister City antara Pemerintah Kota Surakarta dan Pemerintah Kota Montana\n\n"
            "Penelitian ini membahas perjanjian Kota Surakarta dan Kota Montana di bidang kebudayaan.\n")
    _, html, warnings = gather(tmp_path, text)
    assert "Montana" in partnership(html) and "Surakarta" in partnership(html)
    assert not [w for w in warnings if "ambiguous place" in w and "Montana" in w]



def test_a_chapter_heading_is_never_the_title():
    from katalog.cleanup import clean_body
    from katalog.enrich import derive_title

    text = ("BAB III HASIL PENELITIAN DAN PEMBAHASAN\n\nA. Hasil Penelitian\n\n"
            "Penelitian ini membahas kerja sama Kota Surakarta dan Kota Montana. Kerja sama dimulai pada tahun itu.\n")
    markdown = clean_body(text).markdown
    assert markdown.startswith("## BAB III HASIL PENELITIAN DAN PEMBAHASAN")  # a heading of the text, in its words
    assert derive_title(markdown, {})[1] is True  # the text states no title: the one shown is ours

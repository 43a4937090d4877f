"""Shapes met in set AI (made-up stories, written for these tests): a region misspelt by two letters
swapped with its country after a comma, a ministry's circular letter ('Surat Edaran') that is no Indian
city, an outlet's lead that is no headline, a news archive's search box above the story, and a card that
repeated the title a raw text opens with."""

import re

from katalog.intake import read_intake
from tests.test_places_near import gather, partnership


def title_of(text: str) -> str | None:
    fact = read_intake(text).facts.get("title")
    return fact.value if fact else None


def test_a_region_with_two_letters_swapped_and_its_country_after_a_comma_is_read_and_reported(tmp_path):
    text = ("West Java Committed MoU with Shizouka\n\nBANDUNG-West Java Provincial Government committed to enhance "
            "cooperation with Shizouka Prefecture, Japan in the form of a Memorandum of Understanding.\n")
    _, html, notes = gather(tmp_path, text)
    assert "Shizuoka" in partnership(html) and "Jawa Barat" in partnership(html)
    assert any("place 'Shizouka Prefecture' read as shizuoka-prefecture" in n for n in notes), notes


def test_a_ministrys_circular_letter_names_no_city(tmp_path):
    text = ("Penerapan Good Governance dalam Kerja Sama Sister City Kota Bandung\n\nKerja sama luar negeri daerah diatur "
            "dengan keluarnya Surat Edaran Menteri Dalam Negeri tentang pedoman kerja sama.\n")
    result, html, _ = gather(tmp_path, text)
    assert not any(p.startswith("cities/surat") for p in result.files)
    assert "Surat" not in partnership(html)


def test_an_outlets_lead_is_no_headline():
    lead = ("TABLOIDCONTOH.com – Bupati Contoh, Wali Kota Tono City menyepakati peningkatan kerjasama kedua belah pihak.\n"
            "Kesepakatan itu terselenggara melalui Zoom Meeting, Selasa 16 September 2025.\n")
    assert title_of(lead) is None


def test_a_news_archives_search_box_is_no_title():
    text = ("Cari Berita berita lama\n\nRepublika - Depdagri Tolak Konsep Kota Kembar Kupang-Darwin-Dili\n\n"
            "Senin, 8 Oktober 2007.\n\nKUPANG---Departemen Dalam Negeri menolak konsep nota kesepahaman.\n")
    assert title_of(text) and "Cari" not in title_of(text)


def test_a_commitment_to_sign_an_agreement_is_no_signing():
    from tests.test_tagging_reading import TITLE, tags
    said = TITLE + "\n\nPemerintah Kota Bogor berkomitmen untuk menandatangani MoU dengan Kisarazu.\n"
    english = TITLE + "\n\nThe city government is committed to signing an MoU with Kisarazu.\n"
    assert "mou" not in tags(said, "stages") and "mou" not in tags(english, "stages")
    assert "mou" in tags(TITLE + "\n\nPemerintah Kota Bogor telah menandatangani MoU dengan Kisarazu.\n", "stages")


def test_a_card_shows_what_follows_the_title_a_raw_text_opens_with(tmp_path):
    text = ("Kerja Sama Kota Samarinda dan Kota Kazan\n\n"
            "Penelitian ini membahas kerja sama sister city Kota Samarinda dengan Kota Kazan, Rusia.\n")
    result, _, _ = gather(tmp_path, text)
    card = re.search(r'<li class="card">[\s\S]*?</li>', result.files["theses/index.html"].decode()).group()
    shown = re.sub(r"<[^>]+>", " ", card)
    assert shown.count("Kota Samarinda dan Kota Kazan") == 1  # the title once, as the card's link
    assert "Penelitian ini membahas kerja sama" in shown


def test_a_name_after_a_verb_of_saying_or_after_a_paragraph_ending_in_a_kind_is_no_town(tmp_path):
    text = ("Kota GorontaloPemkot\n\nMarten Dukung Sister City Gorontalo dengan Denizli\n\nPemerintah Provinsi Gorontalo "
            "menjajaki kerja sama sister city dengan Kota Denizli, Turki. “Daerah harus menjalin hubungan dengan dunia luar,” ujar Marten. Menurut Marten, "
            "gagasan itu harus disambut baik, “jelas Marten.\n")
    result, html, _ = gather(tmp_path, text)
    assert "Denizli" in partnership(html) and not any(p.startswith("cities/marten") for p in result.files)


def test_a_partnership_read_from_a_raw_text_is_marked_and_listed_for_the_maintainer(tmp_path):
    text = ("Kerja Sama Sister City\n\nPenelitian ini membahas kerja sama\nsister city Kota Samarinda dengan Kota Kazan, "
            "Rusia.\n")
    _, html, notes = gather(tmp_path, text)
    assert re.search(r"<dt>Kemitraan</dt>\s*<dd><a [^>]*>[^<]*Kazan</a> <span class=\"from-text\"", html)
    assert "seeds/theses/t.md:4: warning: taken from the text, confirm: partnership: [\"kota-samarinda\", \"kazan\"]" in notes, notes


def test_a_home_side_left_ambiguous_does_not_leave_the_two_places_abroad_as_the_pair(tmp_path):
    # 'Bogor' alone is the kota and the kabupaten; the province is named, so a side at home exists
    text = ("Gubernur Usulkan Kota Kembar Bogor-Darwin-Dili\n\nBANDUNG - Pemerintah Provinsi Jawa Barat mengusulkan "
            "kerja sama kota kembar antara Bogor, Darwin di Australia dan Dili di Timor Leste.\n")
    _, html, notes = gather(tmp_path, text)
    assert "Darwin" not in partnership(html)
    assert any("ambiguous place 'Bogor'" in n for n in notes), notes

"""Shapes met in sets AW and AX and in the facts earlier sets left unread (made-up texts and people, written
for these tests, real places): a page's date however the site prints it, a reporter's line, a photo's credit,
a headline over a paragraph whose first word the copy cut, a title a thesis chapter says it chose, and pairs
named by a kabupaten's seat (the kabupaten is the party), by the side abroad first, or by a region a place lies in."""

import re

import pytest

from katalog.intake import read_intake
from tests.test_places_near import gather, partnership

HEADLINE = "Kota Contoh Jajaki Kerja Sama Sister City dengan Kota Lain"
LEAD = ("Wali Kota Contoh menerima kunjungan delegasi kota lain di balai kota untuk membahas kerja sama sister city "
        "kedua kota.\n")


def facts(text: str) -> dict:
    return {name: fact.value for name, fact in read_intake(text).facts.items()}


@pytest.mark.parametrize("line, year", [
    ("Jumat, 20 April 2018 Reporter: Dewi Lestari Editor: Budi", 2018),
    ("Senin, 13 Mei 2024 | Dibaca: 1488 Pengunjung", 2024),
    ("26 November 2014, Wednesday", 2014),
    ("Senin, 8 Oktober 2007.", 2007),
    ("Tuesday, March 20th 2018 Reporter: Dewi Lestari Translator: Budi Santoso", 2018),
    ("Posted on Apr 16, 2014 in International Relations, News", 2014),
    ("- Associated Press - Tuesday, April 15, 2014", 2014),
    ("Pages 370-388 | Received 05 Nov 2021, Accepted 14 Dec 2022, Published online: 08 Oct 2023", 2023),
    ("Received 15 October 2024, Accepted 6 February 2025, Available online 30 April 2025", 2025),
    ("10/21/2014", 2014),
    ("Dewi Lestari, Kabar Contoh | Rabu, 08/03/2017 14:44 WIB", 2017),
])
def test_a_pages_date_under_its_headline_dates_it(line, year):
    assert facts(f"{HEADLINE}\n{line}\n{LEAD}").get("year") == year


@pytest.mark.parametrize("line", [
    "Pada 20 April 2018 kedua wali kota bertemu di balai kota untuk pertama kalinya.",  # an event in a sentence
    "20 April 2018 menjadi hari bersejarah bagi kedua kota.",
])
def test_a_date_in_a_sentence_is_no_pages_date(line):
    assert "year" not in facts(f"{HEADLINE}\n{LEAD}{line}\n")


def test_a_release_dated_in_its_dateline_is_dated():
    text = (f"{HEADLINE}\nJakarta, 17 Mei 2025 – Pemerintah Kota Contoh aktif menjajaki kerja sama dengan Provinsi Lain, "
            "guna menarik investasi.\nKunjungan delegasi dilakukan di balai kota.\n")
    assert facts(text)["year"] == 2025


@pytest.mark.parametrize("line, name", [
    ("Laporan : Dewi Lestari", "Dewi Lestari"),
    ("Editor/Pewarta: Dewilestari", "Dewilestari"),
])
def test_a_reporters_line_names_the_writer(line, name):
    assert facts(f"{HEADLINE}\n{line}\n{LEAD}")["authors"] == [name]


def test_a_photos_credit_is_no_title():
    text = ("Foto : Fajar (Humas Contoh)\nSEMARANG - Gubernur mendorong kabupaten dan kota di wilayahnya untuk menyiapkan "
            "konsep kerja sama sister city dengan kota-kota di provinsi mitra.\n")
    assert "title" not in facts(text)


def test_a_headline_over_a_paragraph_cut_at_its_first_word_is_the_title():
    text = (f"{HEADLINE}\nada pertemuan tersebut tamu menjelaskan bahwa lawatannya ke kota ini bersama tim dalam rangka "
            "ingin belajar bagaimana masyarakat dan pemerintah kota menghadapi bencana beberapa tahun lalu.\n"
            "Tamu menjelaskan bahwa saat ini masih banyak keluarga di kotanya menempati barak.\n")
    assert facts(text)["title"] == HEADLINE


def test_oleh_before_a_ministry_stays_in_the_headline():
    text = "BAPPEDA HADIRI RAPAT MONEV KERJASAMA LUAR NEGERI OLEH KEMENDAGRI\n\nAdmin | 04 April 2018\n\n" + LEAD
    assert facts(text)["title"] == "BAPPEDA HADIRI RAPAT MONEV KERJASAMA LUAR NEGERI OLEH KEMENDAGRI"


def test_the_title_a_thesis_chapter_says_it_chose():
    text = ("BAB I PENDAHULUAN A. Alasan Pemilihan Judul Masalah wilayah perbatasan bukan lagi hal baru. Berdasarkan hal "
            "tersebut, penulis memilih judul “Kerjasama Luar Negeri Pemerintah Daerah Contoh Sebagai Aktor Paradiplomasi”. "
            "B. Latar Belakang Masalah\n")
    assert facts(text)["title"] == "Kerjasama Luar Negeri Pemerintah Daerah Contoh Sebagai Aktor Paradiplomasi"
    assert "title" not in facts(text.replace("penulis memilih judul", "penelitian terdahulu dengan judul"))


@pytest.mark.parametrize("text, shown, not_shown", [
    pytest.param("LISABON, KABARCONTOH.COM – Larantuka di pulau Flores punya kesamaan budaya dengan Ourem di Portugal. Sejak 2011 "
                 "kedua kota telah disepakati sebagai sister city. Duta Besar Portugal di Jakarta akan membantu.\n",
                 # a town has no government of its own: the kabupaten it lies in is the party
                 ("Kabupaten Flores Timur", "Ourém"), ("Jakarta",), id="a kabupaten's seat"),
    pytest.param("Kali ini Kabupaten Samosir dikunjungi Delegasi Pemerintah Kota Zundert, Kerajaan Belanda yang telah "
                 "menjalin hubungan kerjasama dengan Pemerintah Kabupaten Karo. Bupati Samosir menjamu delegasi di tepi "
                 "Danau Toba. Samosir dan Danau Toba ramai dikunjungi.\n", ("Karo", "Zundert"), ("Toba",),
                 id="the side abroad said to cooperate, and a lake no kabupaten"),
    pytest.param("Gianyar yang dijuluki kota seni di Bali hendaknya menanggapi ajakan Konsul Jenderal Jepang untuk "
                 "merancang kota kembar dengan Kanazawa. Bali ramai dikunjungi turis Jepang.\n",
                 ("Gianyar", "Kanazawa"), ("Bali –",), id="a place, the province it lies in, then the partner"),
    pytest.param("The Territory signed a Letter of Intent with the West Nusa Tenggara Provincial Government. West Nusa "
                 "Tenggara comprises of the Lesser Sunda Islands with the exception of Bali. The signing marks the "
                 "envoy's visit to the Northern Territory, and West Nusa Tenggara will host a trade week.\n",
                 ("Nusa Tenggara Barat", "Northern Territory"), (), id="a place at home named once in passing"),
    pytest.param("Kota Metz jajaki kerja sama \"sistercity\" bidang musik dengan Ambon\n\nAmbon (ANTARA) - Pemerintah Kota "
                 "Ambon pernah menjalin kerja sama dengan Kota Darwin, Australia. Kini Metz di Prancis menyatakan "
                 "minatnya.\n", ("Ambon", "Metz"), ("Darwin",), id="a headline in sentence case stating the pair"),
    pytest.param("In a meeting with the Ambassador of Indonesia, Bengkulu Mayor and his delegation, the Mayor of Kerman "
                 "emphasized the continuation of bilateral cooperation between the two cities. He suggested festivals "
                 "to introduce the cities of Kerman and Bengkulu to the people of Iran.\n",
                 ("Kota Bengkulu", "Kerman"), (), id="a mayor's city by its English head"),
])
def test_the_pair_these_texts_state(tmp_path, text, shown, not_shown):
    _, html, _ = gather(tmp_path, text)
    found = partnership(html)
    assert all(name in found for name in shown) and not any(name in found for name in not_shown), found


def test_a_town_named_has_its_page_as_a_town_inside_its_kabupaten(tmp_path):
    text = ("LISABON, KABARCONTOH.COM – Larantuka di pulau Flores punya kesamaan budaya dengan Ourem di Portugal. Sejak "
            "2011 kedua kota telah disepakati sebagai sister city.\n")
    result, _, _ = gather(tmp_path, text)
    town, english = result.files["cities/larantuka.html"].decode(), result.files["en/cities/larantuka.html"].decode()
    assert "<dd>Kota kecil</dd>" in town and "<dd>Town</dd>" in english  # no 'Kota': that is a municipality
    assert "Kota Larantuka" not in town
    regency = result.files["cities/kabupaten-flores-timur.html"].decode()
    assert re.search(r"<dt>Mencakup</dt>\s*<dd>.*?Larantuka", regency, re.DOTALL)


def test_a_town_keeps_its_name_from_the_city_once_so_called_and_a_word_opening_a_sentence_is_no_city(tmp_path):
    text = ("Kupang - Hari itu ada kunjungan ke Palmerston, kota di selatan Darwin, Northern Territory, Australia, bersama "
            "Wali Kota Kupang. Saya menginap di pusat Kota Darwin. Lima sampai enam kali ketukan di pintu kamar tak membangunkan "
            "saya. Di Palmerston kami membahas rencana kota kembar.\n")
    result, _, _ = gather(tmp_path, text)
    assert "cities/palmerston.html" in result.files  # Darwin was called Palmerston until 1911: still the town
    assert not any(name.startswith("cities/lima") for name in result.files)  # 'Lima sampai enam kali': five times

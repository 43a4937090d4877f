"""Shapes met in set AC (made-up people, outlets and stories, written for these tests): an English title
line under an Indonesian one, a blog post's short title over its byline, a date stamp with a read count,
a dateline naming a two-word outlet first, a long photo caption, a headline over the writer's name and
role; a town whose name several towns share, inside a region the story names; a dateline of place and
outlet split by a bar; and an agreement hoped for or handed over as a draft."""

import pytest

from katalog.gazetteer import load_gazetteer
from tests.test_intake_covers import facts
from tests.test_places_near import gather, partnership
from tests.test_tagging_reading import TITLE, tags


def test_an_english_title_under_the_indonesian_one_is_no_chapter_heading():
    text = ("Perbandingan Tipologi Paradiplomasi Kota Contoh Dan Kota Lain Berdasarkan Kerja Sama Sister City\n"
            "A Comparative Study Of Paradiplomacy Typologies Of Two Cities Based On Their Sister City Cooperation\n"
            "Abstract\nParadiplomacy refers to the engagement of subnational actors in international relations.\n")
    assert facts(text)["title"].startswith("Perbandingan Tipologi Paradiplomasi Kota Contoh")


def test_a_blog_posts_short_title_over_its_byline():
    found = facts("CONTOH-LAINNYA\nPosted by Rina Wulandari on Monday, October 10, 2011 with No comments\n"
                  "Perwujudan hubungan persahabatan antara kedua kota dilandasi pertalian sejarah dan kebudayaan.\n")
    assert (found["title"], found["authors"], found["year"]) == ("CONTOH-LAINNYA", ["Rina Wulandari"], 2011)


def test_a_date_stamp_with_a_read_count_dates_the_story_and_the_headline_below_is_the_title():
    found = facts("Senin, 28 Februari 2011 – 15:11 WITA Telah dibaca 2839 kali\n\n"
                  "Pemerintah Kota Contoh Terima Konsul Negara Lain\n\nSULUT berbatasan dengan dua negara tetangga.\n\n"
                  "Kunjungan kerja konsul itu membahas perjanjian sister city antara kedua kota.\n")
    assert (found["title"], found["year"]) == ("Pemerintah Kota Contoh Terima Konsul Negara Lain", 2011)


@pytest.mark.parametrize("text", [
    "CONTOH SULTENG, PALU- Wali Kota Lain dari Jepang melakukan kunjungan persahabatan ke Kota Palu.\nKalimat kedua.\n",
    ("Pemerintah Kabupaten Contoh menerima kunjungan resmi dari Wakil Wali Kota Lain, Hokkaido, Jepang, beserta "
     "rombongan, Selasa (22/4/2025).(Foto: Humas Pemkab Contoh)\nGARUT – Pemerintah Kabupaten Contoh menerima kunjungan "
     "resmi dari Wakil Wali Kota Lain beserta rombongan. Kunjungan ini menjadi langkah awal penjajakan kerja sama.\n"),
])
def test_a_dateline_under_a_two_word_outlet_and_a_long_photo_caption_are_no_title(text):
    assert "title" not in facts(text)


def test_the_name_between_a_headline_and_a_role_is_the_writer():
    found = facts("Konten dari Pengguna\n\nMengulik Sister Province Jawa Contoh-Prefektur Lain\n\nRina Wulandari\n"
                  "Mahasiswi Magister Ilmu Hubungan Internasional Universitas Gadjah Mada\n21 Juni 2021 14:21 WIB\n\n"
                  "Kerja sama internasional adalah instrumen yang memungkinkan negara-negara bekerja sama.\n")
    assert found["authors"] == ["Rina Wulandari"]
    assert found["title"] == "Mengulik Sister Province Jawa Contoh-Prefektur Lain"


def test_a_town_of_a_shared_name_inside_a_region_the_story_names(tmp_path):
    assert len({p.slug for p in load_gazetteer().lookup("Sakai")}) > 2  # several Japanese towns of that name
    text = ("Kunjungan Kerja ke Jepang\n\nRombongan Kabupaten Karawang berkunjung ke Osaka, Jepang, untuk kerja sama "
            "budaya. Di Osaka rombongan bertemu pejabat. Walikota Sakai berjanji akan berkunjung ke Karawang.\n")
    result, _, _ = gather(tmp_path, text)
    assert "cities/sakai.html" in result.files and "cities/sakai-fukui.html" not in result.files


def test_a_dateline_of_place_and_outlet_split_by_a_bar_names_no_side(tmp_path):
    text = ("0\nMOSKOW | GLOBAL SUMUT-Pertemuan Walikota Medan dan Wakil Walikota Rostov-On-Don diadakan di Moskow.\n\n"
            "Kota Medan dan Kota Rostov On-Don telah menyatakan keinginannya untuk menjajaki kerjasama Sister City.\n")
    _, html, _ = gather(tmp_path, text)
    assert "Medan" in partnership(html) and "Rostov" in partnership(html)


@pytest.mark.parametrize("sentence, absent", [
    ("“Kami berharap dapat menandatangani nota kesepahaman (MoU) antara kedua kota demi kemajuan bersama,” ujarnya.", "mou"),
    ("Pihak Indonesia telah menyerahkan draft Letter of Intent (LoI) untuk pertimbangan kedua belah pihak.", "loi"),
])
def test_an_agreement_hoped_for_or_handed_over_as_a_draft_is_not_made(sentence, absent):
    assert absent not in tags(f"{TITLE}\n\n{sentence}\n", "stages")


def test_a_title_misspelling_a_partner_the_text_names_still_pairs_it(tmp_path):
    text = ("BUKITTINGGI-SERAMBAN\nPosted by Rina Wulandari on Monday, October 10, 2011 with No comments\n"
            "Hubungan persahabatan dilandasi pertalian sejarah antara Sumatera Barat dengan Negeri Sembilan. "
            "Pemerintah Kota Bukittinggi menjalin kerja sama sebagai Kota Bersaudara dengan Kota Seremban, ibukota "
            "Negeri Sembilan.\n")
    _, html, _ = gather(tmp_path, text)
    assert "Bukittinggi" in partnership(html) and "Seremban" in partnership(html)



def test_a_place_a_title_names_only_as_where_something_happened_is_no_near_spelling_of_a_partner(tmp_path):
    text = ("Official Website of West Java Province\n\n"
            "In Harbin, West Java Has Completed The Signing MoU With Four Provinces of China\n\n"
            "HARBIN-The West Java Provincial Government has completed the signing of a joint MOU sister province "
            "agreement in four provinces in China after officially establishing a sister province with Heilongjiang "
            "Province at the Harbin fair.\n")
    _, html, _ = gather(tmp_path, text)
    assert "Harbin" not in partnership(html)

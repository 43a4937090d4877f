"""Shapes met in set AF (made-up stories, written for these tests): a government's department named in a
story, universities that sign their own agreement in a story about two cities, and an embassy named
with its abbreviation in brackets before its seat; stages not reached: two universities' agreement signed
beside the cities', an agreement someone is ready to sign soon or that will be made next year, businesses'
interest attracted, and a planning director among the guests."""

import pytest

from tests.test_intake_covers import facts
from tests.test_places_near import gather, partnership
from tests.test_tagging_reading import TITLE, tags


def test_a_governments_department_in_a_story_is_no_programme():
    found = facts("Balikpapan, Kabar Contoh – Wakil Wali Kota menyambut Direktur Jenderal Departemen Wilayah Persekutuan "
                  "Malaysia, pada Jumat (23/5) di Balaikota.\nKunjungan itu mengenalkan Labuan sebagai mitra kerja sama.\n")
    assert "program" not in found


def test_universities_signing_their_own_agreement_in_a_story_are_no_affiliation():
    found = facts("Jakarta, KORANCONTOH.ID - Pemerintah Kota Contoh sepakati kerja sama kota kembar dengan Pemkot Lain di "
                  "Rusia.\nDalam kesempatan yang sama, nota kesepahaman itu ditandatangani oleh Rektor Universitas Contoh, "
                  "Prof. Budi Santoso, dan Rektor Universitas Lain.\nTerkait penandatanganan Memorandum Kesepahaman "
                  "Universitas Contoh- Universitas Lain, Rektor Universitas Contoh menyampaikan pihaknya siap bekerja sama "
                  "di bidang pendidikan\n")
    assert "institution" not in found and "program" not in found


def test_an_embassy_with_its_abbreviation_in_brackets_names_a_seat_not_a_partner(tmp_path):
    text = ("Wali Kota Bogor tiba di Baku pada 13 Maret 2020 untuk kunjungan ke kota Lankaran, sebuah kota di selatan "
            "Azerbaijan.\n\nDalam pertemuan yang didampingi oleh Kedutaan Besar Republik Indonesia (KBRI) Baku, kedua "
            "pihak menandatangani kerja sama pelayanan publik. Rombongan lalu berada di Baku, Azerbaijan. Lankaran "
            "melakukan kerja sama pariwisata dengan Kota Bogor.\n")
    _, html, _ = gather(tmp_path, text)
    assert "Bogor" in partnership(html) and "Lankaran" in partnership(html)


@pytest.mark.parametrize("sentence, absent", [
    ("Dalam kesempatan yang sama dilakukan pula penandatanganan Nota Kesepahaman Kerja Sama antara Universitas Contoh "
     "dengan Universitas Lain.", "mou"),
    ("Gubernur itu menyatakan siap berkunjung ke Indonesia dalam waktu dekat ini untuk menandatangani MoU kota kembar.",
     "mou"),
    ("Setelah surat itu, MoU akan dilakukan pada 2026 mendatang.", "mou"),
    ("Kerja sama itu diharapkan menarik minat pebisnis dari kedua kota untuk bekerja sama.", "inisiasi"),
    ("Rombongan didampingi Carel Venter, director planning and economic development, dan anggota parlemen kota.",
     "perencanaan"),
])
def test_no_stage_from_others_agreements_readiness_or_posts(sentence, absent):
    assert absent not in tags(f"{TITLE}\n\n{sentence}\n", "stages")


def test_an_embassys_seat_gives_way_to_another_place_of_its_country_the_story_visits(tmp_path):
    text = ("Wali Kota Bogor tiba di Baku pada 13 Maret 2020 dalam perjalanan ke Lankaran.\n\nDidampingi Kedutaan Besar "
            "Republik Indonesia (KBRI) Baku, "
            "rombongan Kota Bogor menandatangani kerja sama pelayanan publik. Rombongan disambut WNI yang berada di Baku, "
            "Azerbaijan. Keesokannya rombongan menuju kota Lankaran, sebuah kota di selatan.\n\n"
            "Kunjungan Wali Kota Bogor ke Baku ini membuka kerja sama perdagangan. Lankaran menyambut rombongan.\n")
    _, html, _ = gather(tmp_path, text)
    assert "Bogor" in partnership(html) and "Lankaran" in partnership(html)


def test_a_partner_whose_name_is_also_a_word_paired_with_a_place_at_home(tmp_path):
    text = ("Pariwisata Malaysia Ajak Hidupkan Kota Kembar\n\nLembaga pariwisata itu menyarankan agar hubungan kota kembar "
            "antara Bukittinggi dengan Seremban yang sudah dirintis sejak 1985 dihidupkan kembali.\n")
    _, html, _ = gather(tmp_path, text)
    assert "Bukittinggi" in partnership(html) and "Seremban" in partnership(html)

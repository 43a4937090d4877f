"""Shapes met in set AE (made-up stories, written for these tests): a headline's bare name that the body
names with its kind, while a town abroad bears it too; an agreement whose term has run out; a renewal
only planned or a term's rule; a head of government's visit and agreements; opportunities discussed."""

import pytest

from katalog.gazetteer import load_gazetteer
from tests.test_places_near import gather, partnership
from tests.test_tagging_reading import TITLE, tags


def test_a_headlines_bare_name_is_the_place_the_body_names_with_its_kind(tmp_path):
    assert len(load_gazetteer().lookup("Batang")) > 1  # the kabupaten, and a town in Chongqing
    text = ("Batang dan Zhijiang China Jajaki Kerja Sama Sister City\n\nBATANG – Pemerintah Kabupaten BATANG membuka "
            "komunikasi dengan Pemerintah Kota Zhijiang, Provinsi Hubei, China, untuk memulai kerja sama sister city. "
            "Pertemuan itu bagian dari peringatan hubungan diplomatik Indonesia-Tiongkok.\n")
    result, html, _ = gather(tmp_path, text)
    assert "Batang" in partnership(html) and "Zhijiang" in partnership(html)
    assert "cities/batang.html" not in result.files


@pytest.mark.parametrize("sentence, stage", [
    ("Kalau nanti diizinkan, gubernur akan memperbaharui sister province yang sudah habis.", "stagnasi"),
    ("Dalam pertemuan itu dibahas berbagai peluang kerja sama kedua kota.", "inisiasi"),
])
def test_a_stage_in_words_set_ae_uses(sentence, stage):
    assert stage in tags(f"{TITLE}\n\n{sentence}\n", "stages")


@pytest.mark.parametrize("sentence, absent", [
    ("Jadi ada perpanjangan per lima tahun, kata gubernur.", "revitalisasi"),
    ("Gubernur akan datang, yang direncanakan pada akhir Juli untuk memperbaharui kerja sama kedua provinsi.", "revitalisasi"),
    ("Kerja sama ini sejalan dengan hasil kunjungan Perdana Menteri Li Qiang yang menghasilkan empat nota kesepahaman.",
     "mou"),
    ("Kerja sama ini sejalan dengan hasil kunjungan Presiden Prabowo Subianto ke Beijing.", "pelaksanaan"),
])
def test_no_stage_from_a_rule_a_plan_or_the_heads_of_government(sentence, absent):
    assert absent not in tags(f"{TITLE}\n\n{sentence}\n", "stages")

"""A stage says where one cooperation stands. A raw text that names no partnership and no place or
country abroad writes about sister cities in general: 'the implementation of cooperation' there is
a topic, not a stage reached (made-up texts)."""

import pytest

from tests.test_tagging_reading import TITLE, tags

GENERAL = ("Penelitian ini mengkaji pelaksanaan kerja sama luar negeri oleh pemerintah daerah di Indonesia "
           "melalui mekanisme sister city, serta evaluasi regulasi yang mengaturnya.")


def test_a_text_on_sister_cities_in_general_has_no_stage():
    assert tags(GENERAL, "stages") == ()


def test_a_text_naming_a_partner_country_keeps_its_stages():
    text = GENERAL.replace("melalui mekanisme sister city", "melalui sister city dengan kota-kota di Jepang")
    assert "pelaksanaan" in tags(text, "stages")


def test_a_text_naming_its_pair_keeps_its_stages():
    text = "Penelitian ini mengkaji pelaksanaan kerja sama sister city Kota Bogor dan Kisarazu di bidang pertanian."
    assert "pelaksanaan" in tags(text, "stages")


@pytest.mark.parametrize("sentence, stage", [
    ("Kerja sama sister city Kota Bogor dan Kisarazu yang telah berlangsung 17 tahun ini terus diperkuat.", "pelaksanaan"),
    ("Wali kota ingin menjaga kerja sama yang sudah berjalan selama 20 tahun dengan Kisarazu.", "pelaksanaan"),
    ("Menurutnya, kerja sama yang selama ini dilakukan membawa manfaat bagi warga Kota Bogor.", "pelaksanaan"),
    ("Kota Bogor dan Kisarazu telah melakukan kerjasama di berbagai bidang, mulai dari bisnis hingga olahraga.", "pelaksanaan"),
    ("The existing cooperation between Bogor and Kisarazu is in the form of a teacher programme.", "pelaksanaan"),
    ("Hal itulah yang melatarbelakangi dilakukannya kerja sama antara Kota Bogor dan Kisarazu.", "inisiasi"),
])
def test_a_cooperation_stated_as_running_or_as_begun(sentence, stage):
    assert stage in tags(f"{TITLE}\n\n{sentence}\n", "stages")


@pytest.mark.parametrize("sentence", [
    "Kerja sama sister city Kota Bogor dan Kisarazu telah terjalin selama 19 tahun.",
    "Penelitian ini membahas kerja sama Kota Bogor dan Kisarazu di bidang pertanian.",
])
def test_a_tie_merely_existing_is_not_said_to_run(sentence):
    assert "pelaksanaan" not in tags(f"{TITLE}\n\n{sentence}\n", "stages")


def test_a_bond_to_be_made_is_initiation_and_fields_to_work_in_under_a_signed_one_are_not():
    assert "inisiasi" in tags(f"{TITLE}\n\nPemerintah Kota Bogor bakal menjalin kerja sama sebagai sister city dengan "
                              "Kisarazu.\n", "stages")
    assert "inisiasi" not in tags(f"{TITLE}\n\nSetelah penandatanganan MoU tahun lalu, Kota Bogor dan Kisarazu akan "
                                  "menjalin kerja sama di berbagai bidang.\n", "stages")


def test_a_cooperation_said_to_run_is_implemented_though_new_fields_are_begun():
    text = (f"{TITLE}\n\nDi bidang perfilman, terdapat keinginan untuk mereplikasi kerja sama festival film. "
            "Ia mengapresiasi kolaborasi Kota Bogor dan Kisarazu yang sudah berjalan.\n")
    assert {"inisiasi", "pelaksanaan"} <= set(tags(text, "stages"))


def test_an_approval_for_the_signing_process_is_no_signing():
    text = (f"{TITLE}\n\nKerja sama daerah dengan pemerintah daerah di luar negeri harus memperoleh persetujuan DPRD untuk "
            "proses penandatanganan Memorandum of Understanding (MoU) antara Kota Bogor dan Kisarazu.\n")
    assert "mou" not in tags(text, "stages")


@pytest.mark.parametrize("sentence", [
    "Pemerintah kota merespons Sister City Kota Bogor dan Kisarazu yang sedang bersifat pasif akibat terkendala administrasi.",
    "The Bogor-Kisarazu sister city cooperation was ended last year and must be renewed.",
])
def test_a_cooperation_said_to_lie_idle_or_to_have_ended_is_stagnation(sentence):
    assert "stagnasi" in tags(f"{TITLE}\n\n{sentence}\n", "stages")

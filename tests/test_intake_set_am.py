"""Shapes met in set AM (made-up stories, written for these tests): a Malaysian district council's visit
under a government media centre's byline, and a province offered a twinning with a whole country."""

from katalog.intake import read_intake
from tests.test_places_near import gather, partnership


def test_a_malaysian_district_council_names_its_town_and_a_media_centre_is_no_author(tmp_path):
    # 'Kudat' is a town in Sabah; 'Majlis Daerah' (district council) says it is a local government here
    text = ("- Oleh MC KOTA SINGKAWANG\n- Senin, 4 November 2024 | 10:15 WIB\n\nSingkawang, InfoPublik – Rombongan Majlis "
            "Daerah Kudat Sabah berkunjung ke Kantor Wali Kota Singkawang. Pihak Majlis Daerah Kudat menawarkan kerja sama "
            "di bidang pariwisata.\n")
    assert "authors" not in read_intake(text).facts
    _, html, _ = gather(tmp_path, text)
    assert "Singkawang" in partnership(html) and "Kudat" in partnership(html), partnership(html)


def test_what_a_headline_offers_and_that_mou_of_a_planned_one_are_not_reached():
    from tests.test_tagging_reading import tags
    # 'Tawarkan Perjanjian Sister City': an agreement offered, no agreement studied as made
    offered = ("Wali Kota Kisarazu Tawarkan Perjanjian Sister City kepada Kota Bogor\n\nWali Kota Kisarazu menawarkan "
               "kerja sama kepada Pemerintah Kota Bogor saat berkunjung.\n")
    assert tags(offered, "stages") == ("inisiasi",)
    # 'MoU itu' is the MoU the sentence before says will be signed
    planned = (offered + "\nPemkot Bogor juga akan menandatangani nota kesepakatan (MoU) dengan maskapai Jepang. MoU itu "
               "terkait penerbangan langsung.\n")
    assert "mou" not in tags(planned, "stages")
    signed = offered + "\nPemkot Bogor telah menandatangani MoU dengan Kisarazu pada 2019. MoU itu berlaku lima tahun.\n"
    assert "mou" in tags(signed, "stages")


def test_the_nations_trade_obstacles_and_a_state_visits_ties_are_no_stage_of_the_local_cooperation():
    from tests.test_tagging_reading import TITLE, tags
    text = (TITLE + "\n\nDuta Besar menjelaskan beberapa hambatan kerja sama perdagangan antara Indonesia dan Jepang. "
            "Kota Bogor akan memanfaatkan peluang kerja sama yang terjalin pasca kunjungan kenegaraan itu.\n")
    stages = tags(text, "stages")
    assert "evaluasi" not in stages and "pelaksanaan" not in stages, stages


def test_a_family_name_before_its_initials_in_a_reference_is_no_place(tmp_path):
    # Seto is a city in Japan and a town in Italy's alias list; here an author of a cited paper
    text = ("Indonesia's City Diplomacy through Urban Networks\n\nThis article studies how Indonesian cities join urban "
            "networks.\n\nReferences\n\nAcuto, M., Parnell, S., & Seto, K. C. (2018). Building a global urban science.\n")
    result, _, notes = gather(tmp_path, text)
    assert not any("Seto" in n for n in notes), notes
    assert not any(path.startswith("cities/seto") for path in result.files)


def test_a_cooperation_said_to_be_signed_is_the_mou_stage_unless_only_to_be_signed():
    from tests.test_tagging_reading import TITLE, tags
    signed = TITLE + ("\n\nKunjungan itu realisasi dari kerja sama pembangunan antara Pemerintah Kota Bogor dengan Kisarazu "
                      "yang ditanda tangani bersama pada 7 September 2015.\n")
    assert "mou" in tags(signed, "stages")
    planned = TITLE + "\n\nKerja sama pembangunan Kota Bogor dan Kisarazu yang akan ditandatangani tahun depan.\n"
    assert "mou" not in tags(planned, "stages")

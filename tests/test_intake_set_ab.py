"""Shapes met in set AB (made-up people, outlets and stories, written for these tests): a skip link
over a headline, a document's kind on a line above its title, an advisor's label ending in a comma, a
news agency's footer under a signed story (and under an unsigned one), an English date stamp; places
written 'X Municipality', in Korea's older romanisation, as an envoy's seat, or unknown on the first
side of a pair; a name two places share across a catalogue; and stage words in a definition, a
proposal, a reporter's question, a rule, a plan, a judgement of degree and an office's name."""

import shutil

import pytest

from katalog.gazetteer import load_gazetteer
from katalog.pipeline import Builder
from tests.conftest import REPO, make_project
from tests.test_intake_covers import facts
from tests.test_places_near import gather, partnership
from tests.test_tagging_reading import TITLE, tags


def test_a_skip_link_is_no_headline():
    text = ('Press "Enter" to skip to content\n\nKota Contoh Perkuat Kerja Sama dengan Kota Lain, Fokus ke Air Bersih\n\n'
            "CONTOHNEWS, CONTOH – Pemerintah Kota Contoh menjajaki kerja sama lebih erat dengan kota lain.\n")
    assert facts(text)["title"] == "Kota Contoh Perkuat Kerja Sama dengan Kota Lain, Fokus ke Air Bersih"


def test_the_documents_kind_above_its_title_is_not_part_of_it_and_a_comma_ended_label_names_the_advisor():
    text = ("PROPOSAL\n\nKULIAH KERJA LAPANGAN\n\n\nPELAKSANAAN KERJA SAMA SISTER CITY ANTARA\n"
            "PEMERINTAH KOTA CONTOH DAN KOTA LAIN\n\nOleh:\nSARI DEWI LESTARI\nNIM. 115010100000001\n\n"
            "UNIVERSITAS CONTOH RAYA\nFAKULTAS HUKUM\n2015\n\nDisetujui pada tanggal:\n\nDosen Pembimbing,\n\n"
            "BUDI HARTONO, SH. M. Hum\n\nNIP. 19561207198601 1 001\n")
    found = facts(text)
    assert found["title"] == "PELAKSANAAN KERJA SAMA SISTER CITY ANTARA PEMERINTAH KOTA CONTOH DAN KOTA LAIN"
    assert found["advisors"] == ["Budi Hartono"]
    assert found["year"] == 2015


STORY = ("Batam, Kepulauan Riau (ANTARA News) - Perutusan kota mitra dijadwalkan hadir pada upacara di Kota Contoh.\n\n"
         "Kedua kota sepakat menjajaki kerja sama kota kembar.\n\n")


def test_a_news_agencys_footer_under_a_story_it_signs_gives_the_year():
    assert facts(STORY + "Pewarta: Rina Wulandari\nEditor: Aris Budi\nCopyright © ANTARA 2013")["year"] == 2013
    # a page served without the story's own data: its footer is the year it was served, not the story's
    assert "year" not in facts(STORY + "Pewarta :\nEditor :\nCopyright © ANTARA 2024")


def test_an_english_date_stamp_dates_the_story():
    text = ("Contoh and Lain Renew Their Sister City Ties\n\nBy Rina Wulandari\nDecember 5, 2023 | 10:53 am\n\n"
            "The governors of the two cities met on the sidelines of a forum on Dec. 2, 2023.\n")
    assert facts(text)["year"] == 2023


def test_older_korean_spellings_and_the_municipal_suffix_name_the_same_city():
    gazetteer = load_gazetteer()
    assert [p.slug for p in gazetteer.lookup("Pusan")] == [p.slug for p in gazetteer.lookup("Busan") if p.type == "city"]
    assert [p.slug for p in gazetteer.lookup("Gimje")] == [p.slug for p in gazetteer.lookup("Kimje")] != []
    assert gazetteer.get("gimpo").name == "Gimpo"  # GeoNames' 'Gimpo-si'


def test_a_name_written_as_a_municipality_is_the_kota(tmp_path):
    text = ("Sister City Cooperation between Magelang Municipality and Breda Municipality\n\n"
            "Magelang Municipality and Breda Municipality have many similarities, as cities of students and culture.\n")
    _, html, _ = gather(tmp_path, text)
    assert "Kota Magelang" in partnership(html) and "Breda" in partnership(html)


def test_a_name_two_places_share_is_read_in_each_thesis_as_its_own(tmp_path):
    """One thesis names the kabupaten, another the kota: the bare 'Magelang' of each is its own place."""
    config = make_project(tmp_path / "p", theses={
        "kab.md": ("Kerja Sama Kabupaten Magelang dan Breda\n\nPemerintah Kabupaten Magelang menjalin kerja sama dengan "
                   "Kota Breda. Magelang mengirim petani ke Breda.\n"),
        "kota.md": ("Sister City Cooperation between Magelang Municipality and Breda\n\nMagelang Municipality and Breda "
                    "share much. Magelang hosts students from Breda.\n")})
    shutil.copytree(REPO / "seeds", config.seeds, dirs_exist_ok=True, ignore=shutil.ignore_patterns("theses"))
    for other in (config.seeds / "theses").glob("*.md"):
        if other.name not in ("kab.md", "kota.md"):
            other.unlink()
    files = Builder(config).gather().files
    assert "Kabupaten Magelang" in partnership(files["theses/kab.html"].decode())
    assert "Kota Magelang" in partnership(files["theses/kota.html"].decode())


def test_an_envoys_seat_is_no_partner_and_an_unknown_first_side_is_reported(tmp_path):
    text = ("Pemkab Magelang Jajaki Kerja Sama Ekonomi Kreatif\n\nSekretaris Daerah Kabupaten Magelang menerima kunjungan "
            "KBRI Dhaka untuk membahas kerja sama antara Distrik Kelvandra dan Pemkab Magelang. Bahan kajian masih "
            "diminta dari KBRI Dhaka.\n")  # a made-up district (set AB's, Rupandehi, is in the gazetteer since set AD)
    _, html, problems = gather(tmp_path, text)
    assert "Dhaka" not in partnership(html)
    assert any("Kelvandra" in p for p in problems)


def test_a_misspelt_partner_is_no_unknown_side(tmp_path):
    text = ("Balikpapan dan Yokohama Jajaki Kerja Sama\n\nRombongan Kota Yokohama datang ke Kota Balikpapan. "
            "Ada kemiripan antara Kota Yokomaha dengan Kota Balikpapan, ujar wali kota. Kota Yokohama maju.\n")
    _, html, _ = gather(tmp_path, text)
    assert "Yokohama" in partnership(html) and "Balikpapan" in partnership(html)


def stages(sentence: str, title: str = TITLE) -> tuple[str, ...]:
    return tags(f"{title}\n\n{sentence}\n", "stages")


@pytest.mark.parametrize("sentence, absent", [
    # what the form is, defined: no stage of this cooperation
    (("Sister city is a formal agreement made between two cities, which is set forth in a memorandum of "
      "understanding, to establish cooperation in various fields."), "mou"),
    # steps a paper proposes are not steps taken
    (("Some strategic steps, starting from planning and implementation, and the control mechanism are proposed "
      "in this paper."), "perencanaan"),
    ("Some steps are proposed in this paper as consideration for the city in implementing the program.", "pelaksanaan"),
    # the topic of a reporter's question
    ("Ditanya mengenai isi dari nota kesepahaman, Wali Kota belum menjelaskan secara terperinci.", "mou"),
    # who may act, by law
    ("Pemerintah daerah berhak melakukan kerjasama dengan persetujuan DPRD sebagai akibat otonomi daerah.",
     "persetujuan-dprd"),
    # a planning office, not the planning stage
    ("Bahkan bagian perencanaan di pemerintah kota mitra telah melakukan kunjungan.", "perencanaan"),
    # a visit that follows up a plan prepares the cooperation
    ("Kunjungan ke Kota Bogor adalah upaya menindaklanjuti rencana kerjasama dengan menandatangani dokumen.",
     "pelaksanaan"),
    # how well it ran is judged: an evaluation, not a stall
    ("Hasil penelitian menunjukkan tahap aplikasi tidak berjalan sesuai perencanaan.", "stagnasi"),
])
def test_stage_words_that_state_no_stage_reached(sentence, absent):
    assert absent not in stages(sentence)


def test_a_run_judged_against_its_plan_is_evaluated():
    assert "evaluasi" in stages("Hasil penelitian menunjukkan tahap aplikasi tidak berjalan sesuai perencanaan.")


def test_a_defining_sentence_that_names_its_own_signing_keeps_the_stage():
    assert "mou" in stages("Konsep sister city merupakan kerja sama antara dua kota yang diresmikan dengan "
                           "penandatanganan Memorandum of Understanding (MoU) di Hotel Contoh pada 2019.")


def test_an_agreement_in_the_title_is_an_mou_only_where_the_title_names_a_side():
    body = "Penelitian ini membahas kerja sama kota kembar dan hukum perjanjian internasional."
    assert "mou" not in stages(body, "Implikasi Hukum Perjanjian Internasional dalam Kerjasama Kota Kembar di Indonesia")
    assert "mou" in stages(body, "Perjanjian Kota Bersaudara antara Kota Bogor dan Kisarazu")

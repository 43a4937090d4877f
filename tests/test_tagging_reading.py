"""Tagging a raw summary as a careful reader would: what the text itself states, not its references,
not a word used in passing. Fixtures are short texts written for these tests, in the shapes real
summaries have."""

from __future__ import annotations

import pytest

from katalog.bibliography import reference_spans, reference_start
from katalog.config import Config
from katalog.enrich import Tagger, prepare_entry
from katalog.load import Thesis, load_vocabulary
from tests.conftest import REPO

VOCAB, _ = load_vocabulary(Config.for_project(REPO))
TAGGER = Tagger(VOCAB)
TITLE = "Kerja Sama Sister City Kota Bogor dan Kisarazu"


def tags(body: str, kind: str) -> tuple[str, ...]:
    thesis = Thesis("t", "t.md", {}, {}, body, 1, False, "d")
    return prepare_entry(thesis, VOCAB, TAGGER).subjects[kind]


ABSTRACT = ("Penelitian ini membahas kerja sama Kota Bogor dan Kisarazu di bidang pertanian. Data diperoleh "
            "dari wawancara dan dokumen pemerintah kota.")


@pytest.mark.parametrize("references", [
    "Daftar Pustaka\n\nNye, J. S. (2004). Soft Power: The Means to Success. PublicAffairs.\n",
    ("Full Text:\n\nAlam, G. N., & Sudirman, A. (2020). Paradiplomacy Kota Bandung. Jurnal HI, 16(1).\n\n"
     "Dinas Komunikasi dan Informatika Provinsi Jawa Timur, 2018. Kerja sama luar negeri.\n"),
    "Berridge, G. (2010). Diplomacy: Theory and Pract\n",  # a page cut off after one entry
])
def test_a_theory_named_only_in_the_references_is_not_tagged(references):
    body = f"{TITLE}\n\n{ABSTRACT}\n\n{references}"
    assert reference_start(body) == body.index(references.split("\n")[0])
    assert tags(body, "theories") == ()


def test_the_texts_own_citation_line_opens_no_reference_list():
    body = (f"{TITLE}\n\nGunawan, T. (2024). Kerja sama sister city. Skripsi, Universitas Pakuan.\n\n"
            "Penelitian ini menggunakan konsep paradiplomasi untuk membaca kerja sama kedua kota itu. "
            "Hasilnya menunjukkan manfaat bagi petani Kota Bogor.\n")
    assert reference_spans(body) == []
    assert tags(body, "theories") == ("paradiplomasi",)


def test_a_reference_list_ends_at_the_next_heading():
    body = (f"{TITLE}\n\n## Daftar Pustaka\n\nNye, J. S. (2004). Soft Power. PublicAffairs.\n\n"
            "## Lampiran\n\nTeks ini memakai teori soft power.\n")
    [(start, end)] = reference_spans(body)
    assert body[start:end].startswith("## Daftar Pustaka") and "Lampiran" not in body[start:end]
    assert tags(body, "theories") == ("soft-power",)


@pytest.mark.parametrize("sentence, theories", [
    # a kind of diplomacy is another concept than diplomacy, in either language
    ("Penelitian ini menggunakan konsep city diplomacy untuk membaca kerja sama itu.", ()),
    ("This article uses the concept of cultural diplomacy to read the exchange.", ()),
    ("Penelitian ini memakai konsep diplomasi budaya untuk membaca kerja sama itu.", ()),
    ("The study applies the concept of Fashion Diplomacy to the partnership.", ()),
    # diplomacy itself, framed, still is
    ("Konsep yang digunakan adalah diplomasi dan kerja sama internasional.", ("kerjasama-internasional", "diplomasi")),
    ("This study uses the concept of diplomacy to read the partnership.", ("diplomasi",)),
    # parallel diplomacy is where the word paradiplomacy comes from
    ("This article reads the partnership in the context of parallel diplomacy.", ("paradiplomasi",)),
])
def test_a_modified_diplomacy_is_not_the_diplomacy_theory(sentence, theories):
    assert tags(f"{TITLE}\n\n{sentence}\n", "theories") == theories


@pytest.mark.parametrize("sentence, stage", [
    # judging how well the cooperation works is its evaluation
    ("Kerja sama ini masih kurang efektif karena anggaran yang terbatas.", "evaluasi"),
    ("The study finds that the sister city program is not effective.", "evaluasi"),
    ("The research asks how effective the sister city program is for farmers.", "evaluasi"),
    # a programme being run, its activities and participants, is the implementation
    ("Activities such as school visits and study tours bring students of both cities together.", "pelaksanaan"),
    ("Data diperoleh dari wawancara dengan peserta program dan penyelenggara program.", "pelaksanaan"),
    # a partnership that failed while it was being formed stopped at its initiation
    ("Skripsi ini menganalisis kegagalan pembentukan sister city kedua kota.", "inisiasi"),
    ("This paper analyses the failed formation of a sister city between the two cities.", "inisiasi"),
])
def test_stage_paraphrases(sentence, stage):
    assert stage in tags(f"{TITLE}\n\n{sentence}\n", "stages")


def test_an_effective_channel_in_the_background_is_no_evaluation():
    sentence = "Globalisasi membuat komunikasi antarnegara menjadi lebih efektif dan lebih cepat."
    assert "evaluasi" not in tags(f"{TITLE}\n\n{sentence}\n", "stages")


@pytest.mark.parametrize("sentence, tagged", [
    ("Hubungan ini menjadi salah satu model hubungan transnasional yang bersifat damai.", False),
    ("Kerja sama kedua kota dijelaskan dalam kerangka transnasional yang melibatkan pemerintah daerah.", True),
    ("This study uses the concept of transnational relations to read the partnership.", True),
])
def test_transnational_describing_a_relation_is_no_framework(sentence, tagged):
    assert ("transnasionalisme" in tags(f"{TITLE}\n\n{sentence}\n", "theories")) is tagged


@pytest.mark.parametrize("sentence, sectors", [
    # the cooperation's own fields
    ("Kerja sama kedua kota berjalan di bidang pendidikan dan pariwisata.", ("pendidikan", "pariwisata")),
    ("The agreed cooperation covers tourism and the creative economy.", ("pariwisata", "ekonomi")),
    ("The partnership can be classified as the first layer (economy).", ("ekonomi",)),
    ("This research mainly focuses on the tourism sector.", ("pariwisata",)),
    # the words real summaries use for a field (seeds/sectors.yml): planting mangroves, football, lecturer exchanges
    ("Dalam kerja sama itu kedua kota melakukan penanaman mangrove dan penebaran benih ikan.", ("lingkungan", "perikanan")),
    ("The cooperation covers joint summer schools, lecturer exchanges and football.", ("pendidikan", "pemuda-olahraga")),
    # a list's items take the sentence leading into the list
    ("Sejak 1994 kedua kota menjalin kerja sama dalam bidang berikut:\n\n1. Pendidikan\n2. Industri\n3. Pertanian\n",
     ("pendidikan", "pertanian")),
    ("Kota ini terkenal dengan hal berikut:\n\n1. Pendidikan\n2. Pertanian\n", ()),
    # words that describe the city or the world, not the cooperation
    ("Kota ini dijadikan standar dalam berbagai sektor, baik sektor pendidikan, ekonomi, budaya.", ()),
    ("Sebagai dampak revolusi teknologi komunikasi dan transportasi, aktor non negara makin berperan.", ()),
    ("Kota ini menjadi perhatian lingkungan internasional.", ()),
    ("Sebagian lahan dipakai untuk kegiatan ekonomi.", ()),
    # a general definition of such cooperation, naming no place of its own
    ("A sister city relationship is a form of subnational diplomacy that promotes cultural and social cooperation.", ()),
])
def test_sectors_are_the_cooperations_own(sentence, sectors):
    body = f"Kajian Kota Bogor dan Kisarazu\n\n{sentence}\n"
    assert set(tags(body, "sectors")) == set(sectors)


@pytest.mark.parametrize("sentence, sectors", [
    ("Kerja sama sister city, Journal of Education and Social Sciences, Vol 7.", ()),
    ("Informants are the Head of the Spatial Planning and Environment Agency and the cooperation staff.", ()),
    ("Disusun di Fakultas Ilmu Sosial dan Ekonomi untuk kajian kerja sama sister city.", ()),
    ("Kerja Sama Sister City Kota Bogor dan Kisarazu di Bidang Pendidikan", ("pendidikan",)),  # a title, no name
])
def test_a_sector_word_in_the_name_of_a_body_is_no_sector(sentence, sectors):
    assert tags(f"Kajian Kota Bogor dan Kisarazu\n\n{sentence}\n", "sectors") == sectors

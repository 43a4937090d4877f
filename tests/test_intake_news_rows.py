"""Header shapes of repository citations, index rows and news pages (made-up people, written for
these tests): the title a citation line holds, a title that says who acted ('oleh Pemerintah
Kota …') without naming an author, an index row's authors family name first, and a news lead that
states no title."""

from katalog.intake import read_intake


def facts(text: str) -> dict:
    return {name: fact.value for name, fact in read_intake(text).facts.items()}


def test_a_repository_citation_of_the_work_states_its_title():
    text = ("Wulandari, Rina Ayu (2021) Kerja Sama Sister City Kota Contoh Dengan Kota Lain Tahun 2015 – 2019. "
            "Sarjana thesis, Universitas Contoh Raya.\n\nPenelitian ini membahas kerja sama kedua kota.\n")
    found = facts(text)
    assert found["title"] == "Kerja Sama Sister City Kota Contoh Dengan Kota Lain Tahun 2015 – 2019"
    assert found["authors"] == ["Rina Ayu Wulandari"] and found["year"] == 2021


def test_oleh_before_a_government_is_part_of_the_title_not_an_author():
    text = ("PELAKSANAAN KERJA SAMA LUAR NEGERI OLEH PEMERINTAH KOTA DI WILAYAH CONTOH\n\nOleh\n"
            "Rina Wulan dan Bayu Pratama\nStaf Pengajar Universitas Contoh\nAbstract\nThis research explains it.\n")
    found = facts(text)
    assert found["title"].upper() == "PELAKSANAAN KERJA SAMA LUAR NEGERI OLEH PEMERINTAH KOTA DI WILAYAH CONTOH"
    assert found["authors"] == ["Rina Wulan", "Bayu Pratama"]


def test_an_index_row_ends_with_its_authors_family_name_first():
    text = ("Articles\n\nFound 1 Documents\n\nOrchestrated Cooperation: A Study of Two Contoh Cities Wulandari, Rina; "
            "Pratama, Bayu; Santoso, Dewi\nJournal of Contoh Studies Vol. 4 No. 2: December 2025\n\nAbstract\n"
            "This paper examines how two cities cooperate.\n")
    found = facts(text)
    assert found["title"] == "Orchestrated Cooperation: A Study of Two Contoh Cities"
    assert found["authors"] == ["Rina Wulandari", "Bayu Pratama", "Dewi Santoso"]


def test_a_news_lead_is_not_a_title():
    for lead in ("Bogor (Antara Jabar) - Kantor Ekonomi dan Perdagangan Taiwan menjajaki kerja sama `sister city` "
                 "dengan Pemerintah Kota Bogor, Jawa Barat, rencana ini dibahas dalam pertemuan keduanya di Vihara "
                 "Contoh Raya, Selasa.",
                 "TEMPO.CO, Malang - Kota Malang menjalin kerja sama kota kembar dengan Kota Hebron di Palestina "
                 "yang ditandai dengan penandatanganan nota kesepahaman."):
        assert "title" not in facts(f"{lead}\nWali kota menyambut baik rencana itu.\n")
    assert facts("Sister City Surabaya - Kitakyushu dalam Bidang Lingkungan\n\nPenelitian ini membahas.\n")["title"] \
        == "Sister City Surabaya - Kitakyushu dalam Bidang Lingkungan"

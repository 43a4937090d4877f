"""Record shapes and cover shapes real pages print (made-up people, universities and titles):
a field states what it holds; furniture, page titles and uploaders are not the document's."""

import pytest

from katalog.intake import read_intake

TITLE = "KERJA SAMA SISTER CITY KOTA A DENGAN KOTA B DALAM BIDANG PENDIDIKAN"


def facts(text):
    return {name: fact.value for name, fact in read_intake(text).facts.items()}


def test_a_bibtex_record_on_one_line_states_title_authors_and_year():
    text = ('@article{X1, title = "Kerja Sama Kota A dan Kota B", journal = "Universitas Penerbit Jurnal", '
            'year = "2020", author = "Rina Wulan; Bayu Prakoso", abstract = "Isi. Kota A." }\n')
    found = facts(text)
    assert found["title"] == "Kerja Sama Kota A dan Kota B"
    assert found["authors"] == ["Rina Wulan", "Bayu Prakoso"] and found["year"] == 2020
    assert "institution" not in found  # the journal's publisher is not the authors' institution


def test_ris_lines_and_dspace_rows_state_their_fields():
    ris = "TY  - JOUR\nTI  - Kerja Sama Kota A dan Kota B\nAU  - Wulan, Rina\nAU  - Bayu Prakoso\nPY  - 2019\n"
    assert facts(ris)["year"] == 2019 and facts(ris)["title"] == "Kerja Sama Kota A dan Kota B"
    dspace = ("| dc.contributor.author | Rina Wulan | |\n| dc.date.issued | 2018-05-02 | |\n"
              "| dc.title | Kerja Sama Kota A dan Kota B | en_US |\n| dc.description.abstract | Isi. | en_US |\n")
    assert facts(dspace) == {"authors": ["Rina Wulan"], "year": 2018, "title": "Kerja Sama Kota A dan Kota B"}


def test_a_breadcrumb_is_no_part_of_the_title():
    text = f"Home > Uncategorized > {TITLE}\n\n{TITLE}\n\nOLEH :\nNAMA PENULIS : RINA WULAN\n"
    assert facts(text)["title"] == TITLE and facts(text)["authors"] == ["Rina Wulan"]


def test_the_documents_own_title_wins_over_a_document_sites_garbled_page_title():
    text = ("Kerja Sama Sister Kot A dengan Kota B dalam Pendidikan\n\nN/A\nBudi Pengunggah\n\nAcademic year: 2024\n"
            "Copied!\n\nJournal of Contoh | 12\n\nKERJA SAMA SISTER CITY KOTA A DENGAN KOTA B DALAM\n\nBIDANG PENDIDIKAN\n\n"
            "Rina Wulan1 dan Bayu Prakoso2\n\n1Prodi Hubungan Internasional, Universitas Contoh, Kota A, Indonesia\n\n"
            "Diterima: 1 Desember 2022; Publikasi: 31 Desember 2022\n\nAbstrak\n\nIsi.\n")
    found = facts(text)
    assert found["title"] == TITLE
    assert found["authors"] == ["Rina Wulan", "Bayu Prakoso"]  # footnote digits dropped; the uploader is none
    assert found["program"] == "Prodi Hubungan Internasional" and found["year"] == 2022


def test_an_uploader_above_the_site_furniture_is_no_author():
    text = f"{TITLE}\n\nN/A\nBudi Pengunggah\n\nAcademic year: 2024\n\nAbstrak\n\nIsi.\n"
    assert "authors" not in facts(text)


@pytest.mark.parametrize("cover, year", [
    ("UNIVERSITAS CONTOH\n\nKOTA A\n\n2011\n", 2011),  # institution, its city, the year
    ("Universitas Contoh\nKota A\n2010\n", 2010),
])
def test_a_covers_last_lines_state_its_year(cover, year):
    assert facts(f"{TITLE}\n\nOleh:\nRina Wulan\n\n{cover}\nPendahuluan\n\nIsi (Anak Agung: 2006).\n")["year"] == year


def test_a_publication_date_states_the_year():
    assert facts(f"{TITLE}\n\nRina Wulan\n\nDiterbitkan: 18 Juni 2011; Halaman 5-9\n")["year"] == 2011


def test_an_author_with_many_initials_is_one_person():
    text = f"{TITLE}\n\n  • Rina Wulan Universitas Contoh\n  • A. A. B. N. A. Surya Putra Universitas Contoh\n"
    assert facts(text)["authors"] == ["Rina Wulan", "A. A. B. N. A. Surya Putra"]

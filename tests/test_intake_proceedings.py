"""Shapes met in set V (made-up people, series and stories, written for these tests): a proceedings
page flattened under its series head, a title run into a list of authors, an issue line written with
colons, a headline after the story, and names that are no place of the story (a treaty, 'the
Federal Government')."""

import pytest

from katalog.intake import read_intake
from tests.test_places_near import gather


# a title run into a list of authors, their Malaysian faculty and e-mails, then one more author and hers
NAMES_LIST = ("<!-- source: https://example.org/documents/x.html -->\n7\n"
              "Twinned Towns in Southeast Asia: A Literature Review Approach Budi Hartono, Sari Wulandari, Agus "
              "Prasetyo Faculty of Social Sciences Universiti Contoh Malaysia 21030 Kuala Contoh, Malaysia "
              "budi@example.my, sari@example.my, agus@example.my Dewi Lestari Department of Public Policy Universitas "
              "Contoh Raya 12345 Kota Contoh, Indonesia dewi@example.ac.id Abstract Twinned towns are a practice of "
              "local governments abroad. This review reads forty papers.")


def facts(text):
    return {name: fact.value for name, fact in read_intake(text).facts.items()}


@pytest.mark.parametrize("text, title, authors", [
    # a proceedings series head is no title, and its words no authors
    ("<!-- source: https://example.org/download-article -->\n\n"
     "Advances in Humanities and Social Research, volume 118 2nd Borneo Regional Conference (BRC 2019) "
     "Sister Cities and the Future of Kalimantan Governments Rina Dewi Santoso Department of International "
     "Relations Faculty of Social Sciences, Universitas Contoh Raya Pontianak, Indonesia rina@example.ac.id "
     "Abstract—Sister cities are one of the ways regional governments act abroad. This paper studies them.",
     "Sister Cities and the Future of Kalimantan Governments", ["Rina Dewi Santoso"]),
    # a title run into a list of authors ends where the names begin
    (NAMES_LIST, "Twinned Towns in Southeast Asia: A Literature Review Approach",
     ["Budi Hartono", "Sari Wulandari", "Agus Prasetyo", "Dewi Lestari"]),
    # an issue line written with colons is no title
    ("Review of Local Diplomacy (Print ISSN: 1234-5678)\n\nResearch Article: 2022 Vol: 12 Issue: 3S\n\n"
     "Sister Provinces as Identity Work: Study of Two Regions\n\nRina Dewi, Universitas Contoh Raya\n\n"
     "Abstract\n\nThis article explains how regions use sister provinces.",
     "Sister Provinces as Identity Work: Study of Two Regions", ["Rina Dewi"]),
], ids=["series-head", "names-list", "issue-colons"])
def test_the_title_and_authors_of_a_flattened_or_labelled_first_page(text, title, authors):
    found = facts(text)
    assert (found["title"], found["authors"]) == (title, authors)


def test_the_year_before_an_issues_volume_is_the_works_year():
    text = ("Review of Local Diplomacy (Print ISSN: 1234-5678)\n\nResearch Article: 2022 Vol: 12 Issue: 3S\n\n"
            "Sister Provinces as Identity Work: Study of Two Regions\n\nRina Dewi, Universitas Contoh Raya\n\n"
            "Abstract\n\nThis article explains how regions use sister provinces, as a study of 2019 argued.")
    assert facts(text)["year"] == 2022


def test_a_malaysian_universiti_is_an_institution_and_a_later_authors_department_no_programme():
    found = facts(NAMES_LIST)
    assert found["institution"] == "Universiti Contoh Malaysia"
    assert "program" not in found


def test_a_headline_after_the_story_above_its_post_date_is_the_title():
    story = ("Kota Contoh (ANTARA) - DPRD Kota Contoh menyetujui kerja sama kota kembar dengan Kota Lain.\n"
             "Sekda mengatakan kerja sama itu akan segera diproses.\n")
    found = facts(story + 'DPRD Kota Contoh setujui kerja sama "Sister City" Contoh-Lain\nSabtu, 6 November 2021 12:00 WIB')
    assert found["title"] == 'DPRD Kota Contoh setujui kerja sama "Sister City" Contoh-Lain'
    # a last sentence above the date is the story, not a headline
    assert "title" not in facts(story + "Kerja sama itu diharapkan berjalan lancar tahun depan.\nSabtu, 6 November 2021")


def test_a_treaty_named_after_a_city_and_the_federal_government_are_no_places(tmp_path):
    text = ("Paradiplomacy of Aceh and Quebec\n\nAbstract\n\nThis article explains how the Regional Government of "
            "Aceh and The Federal Government of Quebec introduce their identities abroad. Aceh, under the Helsinki "
            "Agreement 2005, may cooperate with foreign regions.\n")
    result, html, _ = gather(tmp_path, text)
    assert "cities/aceh.html" in result.files
    assert "cities/helsinki.html" not in result.files
    assert "cities/federal.html" not in result.files

"""Tagging what a summary describes rather than names, and not what it only defines: a careful reader's
kinds of reading, each with a short fixture written for these tests."""

from __future__ import annotations

import pytest

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


@pytest.mark.parametrize("sentence, tagged", [
    # a sentence defining the term calls it a concept without using it as a framework
    ("Sister city adalah konsep kerja sama antara dua kota di negara yang berbeda.", False),
    ("A twin city is the concept of pairing two towns of different countries.", False),
    ("Kota kembar merupakan konsep penggandengan dua kota.", False),
    # the concept used as the study's lens still is
    ("The study reads the partnership through the sister city concept.", True),
    ("Penelitian ini menggunakan konsep sister city dan data wawancara.", True),
])
def test_a_definition_of_the_term_is_no_framework(sentence, tagged):
    assert ("sister-city" in tags(f"{TITLE}\n\n{sentence}\n", "theories")) is tagged


@pytest.mark.parametrize("sentence, tagged", [
    ("The youth camp broadens the partnership while serving the country's public diplomacy goals.", False),
    ("Penelitian ini menggunakan konsep diplomasi publik untuk membaca pertukaran pelajar.", True),
])
def test_public_diplomacy_as_a_practice_is_no_framework(sentence, tagged):
    assert ("diplomasi-publik" in tags(f"{TITLE}\n\n{sentence}\n", "theories")) is tagged

"""A gated pattern (katalog/gate.py) finds exactly what the whole pattern finds, running fewer phrasings."""

import re
from pathlib import Path

import pytest

from katalog import paraphrase
from katalog.gate import Gated, alternatives, needed_words
from katalog.text import fold_same_length

ROOT = Path(__file__).resolve().parent.parent


def spans(pattern, text: str) -> list[tuple[int, int]]:
    return [m.span() for m in pattern.finditer(text)]


@pytest.mark.parametrize("pattern, text", [
    # the earlier alternative wins where two start at one place, also when a third is not run
    (r"\bxyz\w+|ab|abcd", "abcd ab abcdab"),
    # a later alternative that starts earlier wins; overlapping finds are dropped
    (r"\bqqq|cat\w*|\w*dog", "catdog dog hotdog cat"),
    (r"\bqqq\b|\bkerja\s?sama\b[^.]{0,20}?\bdijajaki|\bsama\b", "kerja sama itu dijajaki. sama sama kerjasama dijajaki"),
    # a look-behind sees the text before where each phrasing's search starts
    (r"\bzzz|(?<!\bini\s)\bmembahas\s+\w+|\bbahas\b", "ini membahas itu. wali kota membahas kerja sama bahas"),
])
def test_gated_finds_what_the_whole_pattern_finds(pattern, text):
    whole = re.compile(pattern)
    assert "|".join(alternatives(pattern)) == pattern
    assert spans(Gated(whole), text) == spans(whole, text)


def test_the_stage_phrasings_find_the_same_places_in_the_seeds_and_fixtures():
    """Every stage pattern the reader runs, gated, against itself whole over real-shaped texts."""
    texts = [p.read_text(encoding="utf-8") for p in sorted((ROOT / "seeds/theses").glob("*.md"))]
    texts += [p.read_text(encoding="utf-8") for p in sorted((ROOT / "tests").glob("**/*.md"))]
    texts += [re.sub(r"\s+", " ", t) for t in texts]  # lines joined: phrasings that span a line break
    assert len(texts) >= 10
    found = 0
    for _, _, gated, _ in paraphrase._DESCRIBED_FOLDED:
        for text in map(fold_same_length, texts):
            assert spans(gated, text) == spans(gated.pattern, text), gated.pattern.pattern[:60]
            found += len(spans(gated, text))
    assert found > 20  # the texts do hold stages


def test_the_words_a_phrasing_cannot_match_without():
    assert needed_words(r"\bmenyurati\b[^.!?]{0,60}?\buntuk\s+(?:bekerja\s?sama|menjalin)\b", 0) == [
        {"menyurati"}, {"untuk"}, {"bekerja", "menjalin"}]
    assert needed_words(r"\b(?:ber)?sepakat\s+(?:untuk\s+)?membentuk", 0) == [{"sepakat"}, {"membentuk"}]
    assert needed_words(r"(?:foo|ab)bar", 0) == [{"bar"}]  # 'ab' is too short to tell anything
    assert needed_words(r"\bstart(?:ed|ing)?\s+talks", 0) == [{"start"}, {"talks"}]
    assert needed_words(r"\bfoo(?=bar)bar", 0) == [{"foobar"}]  # a look-ahead takes no characters
    assert needed_words(r"(\w+) kota \1", 0) == []  # a back-reference: always run
    assert needed_words(r"kerja sama", re.IGNORECASE) == []  # case-blind: always run


def test_a_text_without_a_phrasings_words_does_not_run_it():
    gated = Gated(re.compile(r"\bmenyurati\b\s+\w+|\bdijajaki\b|\bkota\b"))
    runs = []
    for k, (part, needs) in enumerate(gated.parts):
        gated.parts[k] = (_Spy(part, runs, k), needs)
    assert spans(gated, "kota itu dijajaki") == [(0, 4), (9, 17)]
    assert sorted(set(runs)) == [1, 2]  # 'menyurati' is not in the text


class _Spy:
    def __init__(self, pattern, runs, k):
        self.pattern, self.runs, self.k = pattern, runs, k

    def search(self, text, pos=0):
        self.runs.append(self.k)
        return self.pattern.search(text, pos)


def test_the_split_reads_sets_groups_and_verbose_patterns_safely():
    assert alternatives(r"[^\]|]x|y") == [r"[^\]|]x", "y"]  # the bar inside a set, after an escaped bracket
    assert alternatives(r"a(b|c)|d") == ["a(b|c)", "d"]
    verbose = re.compile(r"(?x) kota\ kembar | sister  # a comment | with a bar")
    assert len(Gated(verbose).parts) == 1  # a comment's bar is no alternative: run whole
    assert spans(Gated(verbose), "sister kota kembar") == spans(verbose, "sister kota kembar")

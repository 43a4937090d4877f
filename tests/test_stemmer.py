"""The fast stemmer gives Sastrawi's stems, word for word."""

from __future__ import annotations

import random
from pathlib import Path

import pytest
from Sastrawi.Dictionary.ArrayDictionary import ArrayDictionary
from Sastrawi.Stemmer.Context.Visitor.VisitorProvider import VisitorProvider
from Sastrawi.Stemmer.Stemmer import Stemmer
from Sastrawi.Stemmer.StemmerFactory import StemmerFactory

from katalog.analyze import EXTRA_ROOTS
from katalog.stemmer import RULE_PREFIX, FastStemmer, _rule_prefix
from katalog.text import words

ROOT = Path(__file__).resolve().parent.parent
PREFIXES = ["", "me", "mem", "men", "meng", "menge", "meny", "memper", "pe", "pem", "pen", "peng", "penge", "peny",
            "per", "pel", "ber", "be", "bel", "ter", "te", "di", "ke", "se", "ku", "kau", "diper", "keber", "memb"]
SUFFIXES = ["", "i", "kan", "an", "nya", "lah", "kah", "pun", "ku", "mu", "is", "isme", "isasi", "annya", "kanlah"]


@pytest.fixture(scope="module")
def dictionary() -> list[str]:
    return sorted(set(StemmerFactory().get_words()) | set(EXTRA_ROOTS))


def word_forms(dictionary: list[str]) -> list[str]:
    """Every word of the seeds, and affixed forms of dictionary roots and of made-up ones (the
    infix rules: 'gerigi', 'telunjuk'), reduplications, digits: each of Sastrawi's paths."""
    rng = random.Random(13)
    forms = set()
    for path in sorted((ROOT / "seeds" / "theses").glob("*.md")):
        forms.update(words(path.read_text(encoding="utf-8")))
    roots = rng.sample(dictionary, 1500) + ["ajar", "lajar", "kerja", "tulis", "rasa", "gerak", "tunjuk", "sinar"]
    made_up = ["".join(rng.choice("bcdfgkmnprst") + rng.choice(["er", "el", "em", "in", "a", "u"]) + rng.choice("aiueo")
                       + rng.choice("bdgklmnrst") + rng.choice("aiu")) for _ in range(400)]
    for root in roots + made_up:
        for _ in range(4):
            forms.add(rng.choice(PREFIXES) + root + rng.choice(SUFFIXES))
    forms.update(f"{w}-{w}" for w in roots[:200])
    forms.update(f"{w}-{w}nya" for w in roots[200:300])
    forms.update(f"{p}{c}{a}er{v}ng" for p in ("ber", "per", "ter", "te", "be", "pe") for c in "bdkrt" for a in "aeu" for v in "aio")
    forms.update(["belajar", "pelajar", "pelajaran", "mempelajari", "kauambil", "kuambil", "menge", "2024", "abc"])
    return sorted(forms)


def test_fast_stemmer_gives_sastrawis_stem_for_every_form(dictionary):
    forms = word_forms(dictionary)
    assert len(forms) > 8000
    stock, fast = Stemmer(ArrayDictionary(dictionary)), FastStemmer(ArrayDictionary(dictionary))
    differ = [(w, stock.stem(w), fast.stem(w)) for w in forms if stock.stem(w) != fast.stem(w)]
    assert differ == []
    assert fast.stem("mempelajari") == "ajar" and fast.stem("kerjasamanya") == "kerjasama"


def test_a_skipped_rule_returns_nothing_for_the_word(dictionary):
    """The shortcut's premise, rule by rule: where a word lacks a rule's prefix, the rule gives None."""
    forms = word_forms(dictionary)
    for visitor in VisitorProvider().prefix_visitors:
        for rule in getattr(visitor, "disambiguators", []):
            prefixes = _rule_prefix(type(visitor)([rule]))
            assert prefixes, type(rule).__name__
            skipped = [w for w in forms if not w.startswith(prefixes)]
            assert [w for w in skipped if rule.disambiguate(w) is not None] == [], type(rule).__name__
            assert any(rule.disambiguate(w) is not None for w in forms), type(rule).__name__  # the forms reach it


def test_every_rule_of_sastrawi_is_in_the_table():
    names = {type(rule).__name__.removeprefix("DisambiguatorPrefixRule")
             for visitor in VisitorProvider().prefix_visitors for rule in getattr(visitor, "disambiguators", [])}
    assert names == set(RULE_PREFIX)


def test_a_catalogue_built_with_sastrawis_own_stemmer_has_the_same_bytes(tmp_path, monkeypatch):
    """The reference path (Sastrawi's Stemmer, as before) and the fast one give the same site."""
    from benchmarks.bench import make_catalogue
    from katalog import analyze
    from katalog.config import Config
    from katalog.pipeline import Builder

    config = make_catalogue(tmp_path / "proj", 40)
    Builder(config, jobs=1).build()
    fast = {p.relative_to(config.out).as_posix(): p.read_bytes() for p in config.out.rglob("*") if p.is_file()}
    monkeypatch.setattr(analyze, "FastStemmer", Stemmer)
    reference = Builder(Config.for_project(config.root, out=tmp_path / "reference"), jobs=1)
    reference.build()
    assert type(reference.analyzer._id) is Stemmer
    assert {p.relative_to(tmp_path / "reference").as_posix(): p.read_bytes()
            for p in (tmp_path / "reference").rglob("*") if p.is_file()} == fast
    assert any(path.startswith("search/") for path in fast)

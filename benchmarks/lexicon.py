"""Word forms for the realistic benchmark catalogue: an open vocabulary that keeps growing.

A real catalogue keeps meeting words it has not seen: derived forms of Indonesian roots, the
names of people and of villages and districts. `WordStream` hands out content words so that the
number of distinct forms grows as Heaps' law says, V(n) ≈ K·n^β: the n-th draw is a new form
with probability K·β·n^(β−1) (the derivative of K·n^β), otherwise a copy of a uniformly chosen
earlier draw, so frequent forms come back more often (a Zipf-like frequency tail).

New forms come from three generators, all driven by one seeded `random.Random`:
- derived forms: a root from Sastrawi's dictionary of Indonesian root words (the
  `kata-dasar.txt` shipped in the PySastrawi package, MIT licence, already a dependency) with
  real affixes: meN- and peN- with nasal assimilation (tulis → menulis, pukul → memukul, sapu →
  menyapu, kirim → mengirim), ber-, di-, ter-, per-/ke- with -an, and the suffixes -kan, -i,
  -an, -nya;
- personal names and place names, from syllables of Indonesian names (Wahyuningsih,
  Karangrejo, Cisarua).
"""

from __future__ import annotations

import random
from pathlib import Path

import Sastrawi

VOWELS = set("aiueo")
_ROOTS_FILE = Path(Sastrawi.__file__).parent / "Stemmer/data/kata-dasar.txt"

# (prefix, suffix, weight). "meN"/"peN" take the nasal that fits the root's first sound.
AFFIXES = [
    ("meN", "", 14), ("meN", "kan", 10), ("meN", "i", 5), ("di", "", 8), ("di", "kan", 9), ("di", "i", 4),
    ("ber", "", 8), ("ber", "an", 2), ("ter", "", 5), ("peN", "", 4), ("peN", "an", 10), ("per", "an", 4),
    ("ke", "an", 6), ("", "an", 8), ("", "nya", 5), ("se", "", 2), ("memper", "kan", 2), ("diper", "kan", 2),
]
NAME_HEADS = ["Wa", "Su", "Har", "Bu", "Dwi", "Ek", "Ra", "Ni", "Yu", "Ag", "Fit", "In", "Ma", "Ri", "Des",
              "Lu", "An", "Sep", "Nur", "Her", "Pur", "Sri", "Tri", "Ju", "Ha", "Di", "Yo", "Kur", "Ar", "Ba"]
NAME_MIDS = ["", "", "", "hyu", "ri", "na", "la", "di", "sa", "ti", "ka", "wi", "ma", "ya", "ra"]
NAME_TAILS = ["di", "yanto", "wati", "sari", "ningsih", "mad", "tono", "nto", "tri", "lia", "ra", "ni",
              "man", "yah", "dra", "wan", "jo", "no", "ati", "yadi", "hadi", "ardi", "ah", "ina", "dian"]
PLACE_HEADS = ["Suka", "Karang", "Banjar", "Purwo", "Sido", "Wono", "Kedung", "Tulung", "Ci", "Cima",
               "Pangka", "Mojo", "Bojo", "Tasik", "Sala", "Sri", "Jati", "Mekar", "Rowo", "Tegal",
               "Sumber", "Pasir", "Batu", "Tanjung", "Kali", "Gunung", "Sawah", "Kebon", "Muara", "Lubuk"]
PLACE_TAILS = ["rejo", "harjo", "sari", "jaya", "mulya", "negara", "karta", "agung", "wangi", "asih",
               "kerto", "baru", "makmur", "raya", "laya", "dadi", "arum", "sobo", "kulon", "wetan",
               "rua", "anjur", "bening", "manis", "tengah", "luhur", "mukti", "sakti", "indah", "asri"]
SYLLABLES = ["ba", "bu", "ra", "ri", "ta", "to", "ma", "mi", "na", "ni", "ka", "ku", "sa", "si", "la",
             "lo", "da", "di", "ga", "go", "ja", "ju", "wa", "ya", "pa", "pe", "ha", "ng", "n", "r"]


def load_roots() -> list[str]:
    """Indonesian root words of two or more syllables, in the dictionary's order."""
    words = _ROOTS_FILE.read_text(encoding="utf-8").split()
    return [w for w in words if w.isalpha() and w.islower() and 4 <= len(w) <= 10]


def nasal(base: str, root: str) -> str:
    """meN-/peN- + root, with the nasal the root's first sound calls for."""
    c, rest = root[0], root[1:]
    vowel_next = bool(rest) and rest[0] in VOWELS
    if root.startswith(("ng", "ny")) or c in "lmnrwy":
        return base + root
    if c in "bfv":
        return base + "m" + root
    if c == "p":
        return base + "m" + (rest if vowel_next else root)
    if c in "dcjz":
        return base + "n" + root
    if c == "t":
        return base + "n" + (rest if vowel_next else root)
    if c == "s":
        return base + ("ny" + rest if vowel_next else "n" + root)
    if c == "k":
        return base + "ng" + (rest if vowel_next else root)
    return base + "ng" + root  # g, h, vowels


def derive(root: str, prefix: str, suffix: str) -> str:
    """One derived form: prefix + root + suffix, with the sound changes of the affixes."""
    if prefix in ("meN", "peN"):
        word = nasal(prefix[:2], root)
    elif prefix in ("ber", "ter", "per") and (root[0] == "r" or root[1:3] == "er"):
        word = prefix[:2] + root  # berenang, terasa, bekerja
    else:
        word = prefix + root
    return word + suffix


class FormMaker:
    """Makes new word forms: derived forms of roots (most), names of people and places."""

    def __init__(self, rng: random.Random, roots: list[str]):
        self.rng, self.roots = rng, roots
        self.affixes = [(p, s) for p, s, _ in AFFIXES]
        self.weights = [w for _, _, w in AFFIXES]

    def derived(self) -> str:
        prefix, suffix = self.rng.choices(self.affixes, self.weights)[0]
        word = derive(self.rng.choice(self.roots), prefix, suffix)
        if suffix != "nya" and self.rng.random() < 0.08:
            word += "nya"
        return word

    def person(self) -> str:
        r = self.rng
        return r.choice(NAME_HEADS) + r.choice(NAME_MIDS) + r.choice(NAME_TAILS)

    def place(self) -> str:
        r = self.rng
        head = r.choice(PLACE_HEADS)
        tail = r.choice(PLACE_TAILS) if r.random() < 0.7 else "".join(r.choices(SYLLABLES, k=2))
        return head + tail

    def new(self) -> str:
        x = self.rng.random()
        return self.derived() if x < 0.78 else self.person() if x < 0.9 else self.place()


class WordStream:
    """Content words whose distinct forms grow as K·n^β (Heaps' law)."""

    def __init__(self, rng: random.Random, maker: FormMaker, k: float, beta: float):
        self.rng, self.maker, self.k, self.beta = rng, maker, k, beta
        self.drawn: list[str] = []

    def draw(self) -> str:
        n = len(self.drawn) + 1
        if not self.drawn or self.rng.random() < self.k * self.beta * n ** (self.beta - 1):
            word = self.maker.new()
        else:
            word = self.drawn[int(self.rng.random() * len(self.drawn))]  # frequent forms return more
        self.drawn.append(word)
        return word

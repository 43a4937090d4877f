"""A realistic benchmark catalogue: N thesis files shaped like a real, growing collection.

`make_catalogue(root, n, seed)` writes a project folder (seeds/, templates/, static/) whose
theses have, by construction (and measured by `corpus_stats`):

- a vocabulary that keeps growing with N as Heaps' law says, V ≈ K·n^β, β ≈ 0.5–0.6 (measured
  over the words of all bodies: 0.56 at 1,000 theses, 0.54 at 10,000, 72,000 forms): each
  sentence is a sentence of the seed theses whose content words are, with probability REPLACE,
  replaced by draws from `lexicon.WordStream` (new derived forms of Indonesian roots with real
  affixes, new personal and place names), and whose city and country names are the thesis's own;
- lengths from a log-normal (92 %: median 3.1 kB, σ 0.42, kept within 2–8.5 kB, before the
  paragraph that crosses the target) with a heavy tail (8 %, log-uniform between 10 and 52 kB:
  long chapters), so the files' median is about 4 kB, about 8 % lie between 10 and 53 kB and the
  largest is about 50 kB (at 10,000, seed 1: 59 MB in all; median 4.1, p92 10.8, max 52.5 kB);
- 300 cities in `seeds/cities.yml` (the seeds' own plus generated ones with real-looking names
  for Indonesia and nine partner countries; required fields name, official, type, country), a
  city's popularity falling off as a power law, and partnerships that keep appearing (about
  a third of the theses bring a new pair: 3,437 at 10,000 theses);
- front matter like the seeds' (title, authors, institution, year, kind, partnership,
  theories, stages, sectors, keywords) and a body with ABSTRAK, Kata Kunci, ABSTRACT,
  Keywords, then chapters with headings and sub-headings, some with footnotes (half of the
  theses write them as the PDF converter does, <sup>N</sup> and a block after a rule; the others
  as Markdown footnotes).

Seeded: the same seed and N give the same files, byte for byte; a smaller N's theses are the
first theses of a larger N's. `python benchmarks/corpus.py N DIR` writes one and prints its stats.
"""

from __future__ import annotations

import json
import math
import random
import re
import shutil
import statistics
import sys
from dataclasses import dataclass
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from lexicon import FormMaker, WordStream, load_roots
from places import make_cities

ROOT = Path(__file__).resolve().parent.parent
HEAPS_K, HEAPS_BETA = 25.0, 0.58  # of the content-word stream; the whole text measures a little lower
REPLACE = 0.3  # share of a seed sentence's content words drawn from the stream
TAIL_SHARE, TAIL_KB = 0.08, (10.0, 52.0)
BODY_MEDIAN_KB, BODY_SIGMA, BODY_KB = 3.1, 0.42, (2.0, 8.5)
NEW_PARTNERSHIP = 0.35
STOP = set("""yang dan di ke dari dalam untuk dengan pada ini itu oleh sebagai adalah tersebut akan dapat
telah juga bahwa antara atau serta tidak lebih sudah masih karena maka para bagi yaitu yakni hingga
secara agar sangat the of and to in is a an for that this with on as by are be was which from it at
kota kabupaten kerja sama kerjasama sister city pemerintah daerah penelitian""".split())  # noqa: SIM905
SECTORS = ["pendidikan", "kebudayaan", "pariwisata", "perdagangan", "investasi", "kesehatan", "lingkungan hidup",
           "pertanian", "perikanan", "teknologi", "olahraga", "kepemudaan", "tata kota", "pengelolaan sampah"]
# The slug in seeds/sectors.yml of each sector word above (the front matter names sectors by slug).
SECTOR_SLUGS = {"lingkungan hidup": "lingkungan", "olahraga": "pemuda-olahraga", "kepemudaan": "pemuda-olahraga",
                "tata kota": "tata-kota", "pengelolaan sampah": "lingkungan"}
TITLES = [
    "Kerja Sama Sister City antara {H} dan {P} ({C}) Tahun {y0}-{y1}",
    "Implementasi Kerjasama Sister City {H} dengan {P} di Bidang {S}",
    "Peran Pemerintah {H} dalam {W} Kerja Sama Kota Kembar dengan {P}, {C}",
    "Analisis {W} Kerja Sama {H} dan {P} Periode {y0}-{y1}",
    "Hambatan Kerja Sama Sister City {H} dan {P} dalam Bidang {S}",
    "Paradiplomasi {H}: Studi Kasus Kerja Sama dengan {P} ({C}) {y0}-{y1}",
]
CHAPTERS = [
    ("BAB I PENDAHULUAN", ["Latar Belakang Masalah", "Rumusan Masalah", "Tujuan Penelitian", "Manfaat Penelitian",
                           "Kerangka Teori", "Hipotesis", "Metode Penelitian", "Sistematika Penulisan"]),
    ("BAB II GAMBARAN UMUM {H}", ["Sejarah {H}", "Kondisi Geografis", "Kondisi Ekonomi", "Potensi {W} Daerah"]),
    ("BAB III DINAMIKA HUBUNGAN INDONESIA DAN {C}", ["Hubungan Bilateral", "Kerja Sama Antarkota", "Kebijakan {W}"]),
    ("BAB IV KERJA SAMA SISTER CITY {H} DAN {P}", ["Latar Belakang Kerja Sama", "Proses Penandatanganan MoU",
                                                  "Bidang {S}", "Pelaksanaan Program", "Hambatan dan {W}"]),
    ("BAB V KESIMPULAN DAN SARAN", ["Kesimpulan", "Saran"]),
]


@dataclass(frozen=True)
class Skeleton:
    """A seed sentence cut into pieces: words at odd positions, which of them may be replaced."""

    pieces: tuple[str, ...]
    content: tuple[int, ...]
    roles: tuple[tuple[int, str], ...]  # positions of the home city, partner and country names


ROLE_NAMES = {  # names in the seed theses that stand for the thesis's own places
    "H": ["Kabupaten Bogor", "Kota Bogor", "Kota Padang", "Bogor", "Padang"],
    "P": ["Ba Ria-Vung Tau", "Ba Ria–Vung Tau", "Ba Ria Vung Tau", "Vung Tau", "Vũng Tàu", "Hildesheim",
          "Kisarazu", "Nanning"],
    "C": ["Republik Rakyat Tiongkok", "RRT", "Tiongkok", "China", "Cina", "Jerman", "Jepang", "Vietnam"],
    "E": ["Germany", "Japan"],
}
_ROLE_RE = re.compile("|".join(re.escape(n) for _, names in ROLE_NAMES.items() for n in sorted(names, key=len, reverse=True)))
_ROLE_OF = {n: role for role, names in ROLE_NAMES.items() for n in names}


def seed_sentences() -> tuple[list[Skeleton], list[Skeleton]]:
    """The seed theses' sentences as skeletons: (Indonesian, English)."""
    indonesian, english = [], []
    for path in sorted((ROOT / "seeds/theses").glob("*.md")):
        body = path.read_text(encoding="utf-8").split("\n---\n", 1)[-1]
        for block in re.split(r"\n\s*\n", body):
            if block.lstrip().startswith(("#", "<sup>", "---", "|", "[")) or "http" in block:
                continue
            text = re.sub(r"<[^>]+>|[*_#]", "", block).replace("\n", " ")
            for s in re.split(r"(?<=[.!?])\s+(?=[A-Z“\"])", text):
                s = re.sub(r"\s+", " ", s).strip()
                upper = sum(c.isupper() for c in s) / max(1, len(s))
                if 50 < len(s) < 400 and len(s.split()) >= 7 and upper < 0.15:  # not a title block
                    words = set(re.findall(r"\w+", s.lower()))
                    is_english = len(words & {"the", "of", "this", "is", "and", "to"}) >= 2 and "yang" not in words
                    (english if is_english else indonesian).append(_skeleton(s))
    return indonesian, english


def _skeleton(sentence: str) -> Skeleton:
    marked = _ROLE_RE.sub(lambda m: "\x00" + _ROLE_OF[m.group()] + "\x00", sentence)
    pieces, content, roles = [], [], []
    for part in re.split(r"(\x00\w\x00)", marked):
        if part.startswith("\x00"):
            roles.append((len(pieces), part[1]))
            pieces.append(part)
            continue
        for i, piece in enumerate(re.split(r"(\w+)", part)):
            if i % 2 and piece.isalpha() and len(piece) >= 4 and piece.lower() not in STOP:
                content.append(len(pieces))
            pieces.append(piece)
    return Skeleton(tuple(pieces), tuple(content), tuple(roles))


class Writer:
    """Writes theses one after another from one seeded random stream."""

    def __init__(self, seed: int, cities: dict[str, dict], countries: dict[str, dict], theories: list[str],
                 stages: list[str]):
        self.rng = random.Random(seed)
        self.theories, self.stages = theories, stages
        self.stream = WordStream(self.rng, FormMaker(self.rng, load_roots()), HEAPS_K, HEAPS_BETA)
        self.indonesian, self.english = seed_sentences()
        self.cities, self.countries = cities, countries
        home = [s for s, c in cities.items() if c["country"] == "indonesia"]
        abroad = [s for s, c in cities.items() if c["country"] != "indonesia"]
        self.home, self.abroad = home, abroad
        # Popularity falls off as a power law: a few cities have many partnerships.
        self.home_w = [1 / (i + 1) ** 0.8 for i in range(len(home))]
        self.abroad_w = [1 / (i + 1) ** 0.8 for i in range(len(abroad))]
        self.pairs: list[tuple[str, str]] = []  # one entry per thesis: popular pairs recur
        self.notes: list[str] = []  # the current thesis's Markdown footnote definitions
        self.n_notes, self.converter_notes = 0, False

    def sentence(self, names: dict[str, str], english: bool = False) -> str:
        r = self.rng
        sk = r.choice(self.english if english else self.indonesian)
        pieces = list(sk.pieces)
        for i, role in sk.roles:
            pieces[i] = names[role]
        rate = REPLACE / 4 if english else REPLACE
        for i in sk.content:
            if r.random() < rate:
                word = self.stream.draw()
                pieces[i] = word[0].upper() + word[1:] if pieces[i][0].isupper() else word
        return "".join(pieces)

    def paragraph(self, names: dict[str, str], k: int, english: bool = False) -> str:
        return " ".join(self.sentence(names, english) for _ in range(k))

    def partnership(self) -> tuple[str, str]:
        r = self.rng
        if self.pairs and r.random() > NEW_PARTNERSHIP:
            return r.choice(self.pairs)
        used = set(self.pairs)
        for _ in range(50):
            pair = (r.choices(self.home, self.home_w)[0], r.choices(self.abroad, self.abroad_w)[0])
            if pair not in used:
                break
        return pair

    def footnote(self, names: dict[str, str]) -> str:
        r = self.rng
        author = f"{self.stream.maker.person()} {self.stream.maker.person()}"
        title = " ".join(self.stream.draw().capitalize() for _ in range(r.randint(2, 5)))
        return f"{author}, {r.randint(1995, 2022)}. *{title}*. {names['H']}: Penerbit {self.stream.maker.place()}."

    def thesis(self, i: int) -> tuple[str, str]:
        """(file name, text) of the i-th thesis."""
        r = self.rng
        pair = self.partnership()
        self.pairs.append(pair)
        home, partner = self.cities[pair[0]], self.cities[pair[1]]
        country = self.countries[partner["country"]]
        names = {"H": home["name"], "P": partner["name"], "C": country["name_id"], "E": country["name_en"]}
        if r.random() < TAIL_SHARE:
            target = 1024 * math.exp(r.uniform(*map(math.log, TAIL_KB)))
        else:
            target = 0
            while not BODY_KB[0] * 1024 <= target < BODY_KB[1] * 1024:
                target = 1024 * BODY_MEDIAN_KB * math.exp(r.gauss(0, BODY_SIGMA))
        kind = "abstract" if target < 3500 else r.choice(["summary", "conclusion"]) if target < 10240 else r.choice(["chapter", "full"])
        y0 = r.randint(2000, 2020)
        fill = dict(names, W=self.stream.draw().capitalize(), S=r.choice(SECTORS).title(), y0=y0, y1=y0 + r.randint(1, 6))
        title = r.choice(TITLES).format(**fill)
        sectors = r.sample(SECTORS, r.randint(1, 4))
        keywords = ["Sister City", names["H"], names["P"], sectors[0].title(), self.stream.draw().capitalize()]
        meta = {
            "title": title, "authors": [f"{self.stream.maker.person()} {self.stream.maker.person()}"],
            "institution": f"Universitas {self.stream.maker.place()}", "year": y0 + r.randint(2, 8), "kind": kind,
            "partnership": list(pair), "theories": sorted(r.sample(self.theories, r.randint(1, 4))),
            "stages": sorted(r.sample(self.stages, r.randint(1, 5))), "sectors": list(dict.fromkeys(SECTOR_SLUGS.get(w, w) for w in sectors)), "keywords": keywords,
        }
        front = "---\n" + "".join(f"{k}: {json.dumps(v, ensure_ascii=False)}\n" for k, v in meta.items()) + "---\n"
        body = self.body(names, fill, keywords, int(target) - len(front.encode()))
        return f"{pair[0]}-{pair[1]}-{i:05d}.md", front + body

    def body(self, names: dict[str, str], fill: dict, keywords: list[str], target: int) -> str:
        """Abstracts and keywords in both languages, then chapters (at least one) up to the target size."""
        r = self.rng
        head = "## ABSTRAK" if r.random() < 0.5 else "ABSTRAK"
        parts = [head, self.paragraph(names, r.randint(3, 6)), "Kata Kunci: " + ", ".join(keywords),
                 head.replace("ABSTRAK", "ABSTRACT"), self.paragraph(names, r.randint(2, 4), english=True),
                 "Keywords: " + ", ".join(keywords)]
        size = sum(len(p.encode()) + 2 for p in parts)
        self.notes, self.n_notes, self.converter_notes = [], 0, r.random() < 0.5  # half write footnotes as the PDF converter does
        for chapter, sections in CHAPTERS if target > 10240 else [CHAPTERS[0], CHAPTERS[-1]]:
            if size >= target and len(parts) > 6:
                break
            parts.append("## " + chapter.format(**fill).upper())
            for number, section in enumerate(sections):
                if size >= target and number:
                    break
                heading = f"{'ABCDEFGH'[number]}. {section.format(**fill)}"
                parts.append(f"### {heading}" if r.random() < 0.7 else f"## **{heading}**")
                for _ in range(r.randint(1, 4)):
                    added = self.paragraph_with_note(names)
                    parts += added
                    size += sum(len(p.encode()) + 2 for p in added)
                    if size >= target:
                        break
        return "\n\n".join(parts + self.notes) + "\n"

    def paragraph_with_note(self, names: dict[str, str]) -> list[str]:
        """A paragraph; one in eight has a footnote, in the thesis's footnote style."""
        text = self.paragraph(names, self.rng.randint(3, 6))
        if self.rng.random() >= 0.12:
            return [text]
        self.n_notes += 1
        number, note = self.n_notes, self.footnote(names)
        if self.converter_notes:
            return [f"{text}<sup>{number}</sup>", "---", f"<sup>{number}</sup> {note}"]
        self.notes.append(f"[^{number}]: {note}")
        return [f"{text}[^{number}]"]


def copy_project(root: Path) -> None:
    """templates/, static/ and the vocabularies other than cities, from this project."""
    shutil.copytree(ROOT / "templates", root / "templates")
    shutil.copytree(ROOT / "static", root / "static")
    (root / "seeds/theses").mkdir(parents=True)
    for f in (ROOT / "seeds").glob("*.yml"):
        if f.name != "cities.yml":
            shutil.copy(f, root / "seeds" / f.name)


def _read_vocab(name: str) -> dict:
    import yaml

    return yaml.safe_load((ROOT / "seeds" / name).read_text(encoding="utf-8"))


def make_catalogue(root: Path, n: int, seed: int = 1) -> list[Path]:
    """Write a project of n realistic theses into root; returns the thesis files in order."""
    copy_project(root)
    seed_cities = (ROOT / "seeds/cities.yml").read_text(encoding="utf-8")
    cities = dict(_read_vocab("cities.yml"))
    generated = make_cities(random.Random(seed), 300 - len(cities), set(cities))
    (root / "seeds/cities.yml").write_text(seed_cities.rstrip("\n") + "\n" + "".join(
        f"{slug}:\n" + "".join(f"  {k}: {json.dumps(v, ensure_ascii=False)}\n" for k, v in c.items())
        for slug, c in generated.items()), encoding="utf-8")
    cities.update(generated)
    writer = Writer(seed, cities, _read_vocab("countries.yml"), sorted(_read_vocab("theories.yml")),
                    list(_read_vocab("stages.yml")))
    paths = []
    for i in range(n):
        name, text = writer.thesis(i)
        path = root / "seeds/theses" / name
        path.write_text(text, encoding="utf-8")
        paths.append(path)
    return paths


def corpus_stats(paths: list[Path]) -> dict:
    """Heaps' exponent (a least-squares fit of log V on log n over the corpus in order), sizes."""
    seen: set[str] = set()
    tokens, points = 0, []
    marks = {min(len(paths), round(1.25**k)) for k in range(200)}
    for i, path in enumerate(paths, start=1):
        words = re.findall(r"[^\W\d_]+", path.read_text(encoding="utf-8").split("\n---\n", 1)[-1].lower())
        tokens += len(words)
        seen.update(words)
        if i in marks:
            points.append((math.log(tokens), math.log(len(seen))))
    sizes = sorted(p.stat().st_size for p in paths)
    beta = _slope(points) if len(points) > 1 else float("nan")
    pairs = {tuple(re.search(r'partnership: (\[.*\])', p.read_text(encoding="utf-8")).group(1).split(",")) for p in paths}
    return {
        "theses": len(paths), "tokens": tokens, "forms": len(seen), "heaps_beta": beta,
        "median_kb": statistics.median(sizes) / 1024, "p92_kb": sizes[int(0.92 * (len(sizes) - 1))] / 1024,
        "max_kb": sizes[-1] / 1024, "min_kb": sizes[0] / 1024, "total_mb": sum(sizes) / 2**20,
        "tail_share": sum(10240 <= s <= 53 * 1024 for s in sizes) / len(sizes), "partnerships": len(pairs),
    }


def _slope(points: list[tuple[float, float]]) -> float:
    mx = sum(x for x, _ in points) / len(points)
    my = sum(y for _, y in points) / len(points)
    return sum((x - mx) * (y - my) for x, y in points) / sum((x - mx) ** 2 for x, _ in points)


def describe(stats: dict) -> str:
    return (f"{stats['theses']:,} theses, {stats['total_mb']:.1f} MB; sizes median {stats['median_kb']:.1f} kB, "
            f"p92 {stats['p92_kb']:.1f} kB, max {stats['max_kb']:.1f} kB, min {stats['min_kb']:.1f} kB, "
            f"{100 * stats['tail_share']:.1f} % in 10–53 kB; {stats['tokens']:,} words, {stats['forms']:,} distinct "
            f"forms, Heaps' exponent β = {stats['heaps_beta']:.2f}; {stats['partnerships']:,} partnerships")


if __name__ == "__main__":
    import argparse

    p = argparse.ArgumentParser(description="Write a realistic benchmark catalogue (a project folder) and print its stats.")
    p.add_argument("n", type=int, help="number of theses")
    p.add_argument("dest", type=Path, help="project folder to create (must not exist)")
    p.add_argument("--seed", type=int, default=1)
    args = p.parse_args()
    print(describe(corpus_stats(make_catalogue(args.dest, args.n, args.seed))))

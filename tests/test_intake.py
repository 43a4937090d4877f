"""Raw summaries dropped in as received: what their text states is found and shown as taken from
the text, nothing is invented, places come from the gazetteer, `check` lists it all, `adopt`
writes it into the front matter. Fixtures: tests/sites/intake/ (made-up texts in the shapes of
real repository pages) and their answer key."""

import re
import shutil
import subprocess
import sys

import pytest
import yaml

from katalog.errors import BuildFailed
from katalog.intake import read_intake, recase
from katalog.pipeline import Builder
from tests.conftest import REPO, SITES, make_project, repo_vocabulary_project

INTAKE = SITES / "intake"
KEY = yaml.safe_load((INTAKE / "key.yml").read_text())
FILES = sorted(KEY)


def norm(text: str) -> str:
    return re.sub(r"[\W_]+", " ", str(text).casefold()).strip()


@pytest.mark.parametrize("name", FILES)
def test_the_title_is_the_documents_not_the_pages(name):
    fact = read_intake((INTAKE / name).read_text()).facts.get("title")
    assert fact is not None and norm(fact.value) == norm(KEY[name]["title"])


@pytest.mark.parametrize("name", FILES)
def test_stated_facts_are_found_and_nothing_is_invented(name):
    facts = read_intake((INTAKE / name).read_text()).facts
    key = KEY[name]
    assert [norm(a) for a in facts["authors"].value] == [norm(a) for a in key["authors"]]
    for field in ("year", "institution", "advisors"):
        if field not in key:  # not stated: must stay empty (the MoU's year, the studied period, a NIM are no year)
            assert field not in facts, f"{field} invented: {facts[field].value!r}"
        elif field == "advisors":
            assert [norm(a) for a in facts[field].value] == [norm(a) for a in key[field]]
        else:
            assert norm(facts[field].value) == norm(key[field])


@pytest.mark.parametrize("line, expected", [
    # furniture, comments and labels are no title; an author after an all-caps title is cut off
    (("<!-- source: https://x.example/1 -->\nSkip to main content\nBeranda / Arsip\nJUDUL YANG PANJANG SEKALI "
     "TENTANG KOTA A Nama Penulis Universitas Contoh\nABSTRAK\nIsi."), "JUDUL YANG PANJANG SEKALI TENTANG KOTA A"),
    # a page title cut with '…' is completed from the fuller line below
    ("kerja sama kota bersaudara antara …\n12\nKERJA SAMA KOTA BERSAUDARA ANTARA KOTA A DAN KOTA B ABSTRAK Isi.",
     "KERJA SAMA KOTA BERSAUDARA ANTARA KOTA A DAN KOTA B"),
    # a mixed-case title broken over lines
    (("The Implementation of Sister Province between the Government of\nWest Nusa Tenggara (Indonesia) and X\n"
     "Nama Penulis, Universitas Contoh\nAbstract: text."), ("The Implementation of Sister Province between the "
     "Government of West Nusa Tenggara (Indonesia) and X")),
])
def test_title_shapes(line, expected):
    assert read_intake(line).facts["title"].value == expected


def test_all_caps_titles_are_recased_keeping_acronyms_and_names():
    names = {"medan": "Medan", "penang": "Penang"}
    assert recase("KERJA SAMA SISTER CITY (STUDI KASUS: MEDAN-PENANG) DAN MOU", names) == \
        "Kerja Sama Sister City (Studi Kasus: Medan-Penang) dan MoU"


def test_an_all_caps_head_is_recased_and_its_subtitle_kept_as_written():
    names = {"tegal": "Tegal", "kyoto": "Kyoto"}
    assert recase("EVALUASI KERJA SAMA KOTA TEGAL (Studi Kasus Sister City antara Kota Tegal dan Kyoto)", names) == \
        "Evaluasi Kerja Sama Kota Tegal (Studi Kasus Sister City antara Kota Tegal dan Kyoto)"
    assert recase("Kerja sama Kota Tegal (MOU)") == "Kerja sama Kota Tegal (MOU)"  # a short caps aside is no head


@pytest.fixture(scope="module")
def intake_site(tmp_path_factory):
    """The seeds' vocabularies with the raw fixtures as the only theses."""
    root = tmp_path_factory.mktemp("intake") / "proj"
    seeds = root.parent / "seeds"
    shutil.copytree(REPO / "seeds", seeds, ignore=shutil.ignore_patterns("theses"))
    (seeds / "theses").mkdir()
    for name in FILES:
        shutil.copy(INTAKE / name, seeds / "theses" / name)
    config = make_project(root, seeds=seeds)
    return config, Builder(config).build()


def page(intake_site, thesis_id: str) -> str:
    return intake_site[1].files[f"theses/{thesis_id}.html"].decode()


@pytest.mark.parametrize("name", FILES)
def test_the_partnership_comes_from_the_gazetteer(intake_site, name):
    html = page(intake_site, name.removesuffix(".md"))
    pair = KEY[name]["pair"]
    shown = re.search(r"<dt>Kemitraan</dt>\s*<dd><a [^>]*>(.*?)</a>", html, re.DOTALL)
    if pair is None:  # a study of many places: no partnership is made up
        assert shown is None
        return
    assert shown, "no partnership on the page"
    sides = [norm(s) for s in shown.group(1).split(" – ")]
    assert any(s in [norm(x) for x in pair[0]] for s in sides) and any(s in [norm(x) for x in pair[1]] for s in sides)


def test_facts_from_the_text_are_marked_and_listed_by_check(intake_site):
    config, result = intake_site
    html = page(intake_site, "ambon-vlissingen")
    assert "Maria A. Latuheru" in html and 'class="from-text"' in html
    assert "diambil otomatis dari teks sumber" in html
    notes = [str(d) for d in result.warnings]
    assert "seeds/theses/ambon-vlissingen.md:4: warning: taken from the text, confirm: authors: [\"Maria A. Latuheru\"]" \
        in [n.replace(str(config.root) + "/", "") for n in notes] or \
        any(n.endswith('ambon-vlissingen.md:4: warning: taken from the text, confirm: authors: ["Maria A. Latuheru"]')
            for n in notes)


def test_adopt_writes_the_front_matter_and_keeps_the_text(tmp_path):
    config = make_project(tmp_path / "p")
    shutil.copytree(REPO / "seeds", config.seeds, dirs_exist_ok=True, ignore=shutil.ignore_patterns("theses"))
    raw = (INTAKE / "malang-hebron.md").read_bytes()
    target = config.seeds / "theses" / "malang-hebron.md"
    target.write_bytes(raw)
    run = subprocess.run([sys.executable, str(REPO / "build.py"), "adopt", "--root", str(config.root), str(target)],
                         capture_output=True, text=True, check=False)
    assert run.returncode == 0, run.stderr
    written = target.read_bytes()
    assert written.endswith(raw) and written.startswith(b"---\n")
    meta = yaml.safe_load(written.decode().split("---\n")[1])
    assert meta["authors"] == ["Ahmad Fauzan Hakim"] and meta["year"] == 2020
    assert meta["partnership"][0] == "kota-malang" and "hebron" in meta["partnership"][1]
    again = subprocess.run([sys.executable, str(REPO / "build.py"), "adopt", "--root", str(config.root), str(target)],
                           capture_output=True, text=True, check=False)
    assert again.returncode == 1 and "malang-hebron.md:1: already has front matter" in again.stderr
    Builder(config).gather()  # the adopted front matter is valid


@pytest.mark.parametrize("text, country, present", [
    # 'As' opening an English sentence is no country; the acronym AS in capitals is
    ("As a result, Kota Bogor signed.", "amerika-serikat", False),
    ("Kerja sama Kota Bogor dengan AS.", "amerika-serikat", True),
    # a possessive still names the country
    ("Japan's cities cooperate with Kota Bogor.", "jepang", True),
])
def test_case_rules_and_possessives(tmp_path, text, country, present):
    config = make_project(tmp_path / "p", theses={"t.md": f"Judul Tentang Kota Bogor\n\n{text}\n"})
    shutil.copytree(REPO / "seeds", config.seeds, dirs_exist_ok=True, ignore=shutil.ignore_patterns("theses"))
    result = Builder(config).gather()
    html = result.files["theses/t.html"].decode()
    assert (f'countries/{country}.html"' in html) is present


def test_a_bare_ambiguous_place_is_reported_never_guessed(tmp_path):
    config = make_project(tmp_path / "p", theses={"t.md": "Kerja Sama Daerah\n\nPenelitian di Bogor tentang pertanian.\n"})
    shutil.copytree(REPO / "seeds", config.seeds, dirs_exist_ok=True, ignore=shutil.ignore_patterns("theses"))
    (config.seeds / "cities.yml").write_text("{}\n")  # the gazetteer alone: it knows a Kota and a Kabupaten Bogor
    for other in (config.seeds / "theses").glob("*.md"):
        if other.name != "t.md":
            other.unlink()
    try:
        result = Builder(config).gather()
    except BuildFailed as failed:
        pytest.fail(str(failed.diagnostics))
    assert any("ambiguous place 'Bogor'" in str(d) and "kota-bogor" in str(d) and "kabupaten-bogor" in str(d)
               for d in result.diagnostics + result.warnings)
    assert "cities/kota-bogor.html" not in result.files and "cities/kabupaten-bogor.html" not in result.files


@pytest.mark.parametrize("text, field, expected", [
    # an 'Authors' label, then one bullet per person with the affiliation after the name
    (("Judul Kajian Kerja Sama Kota A dan Kota B\n\nAuthors\n\n  • Rina Wulandari International Relations, "
     "Universitas Contoh\n  • Bayu Saputra Master of International Relation, Universitas Lain\n\nAbstract\nText."),
     "authors", ["Rina Wulandari", "Bayu Saputra"]),
    # a label on one line, its value on the next after a colon
    ("KAJIAN KERJA SAMA KOTA A DAN KOTA B\nPenyusun Nama\n: Dewi Lestari\nNIM\n: 1234\n", "authors", ["Dewi Lestari"]),
    # a name in capitals with a student number; names joined by commas under the title
    ("KERJA SAMA KOTA A DAN KOTA B DALAM BIDANG PENDIDIKAN\nDEWI LESTARI ID No. 0123456789\nABSTRAK\nIsi.",
     "authors", ["Dewi Lestari"]),
    ("Kerja Sama Kota A dan Kota B dalam Bidang Pendidikan\n\nNaufal Rahman, Amaliya Putri, Nurul Aini\n\nAbstract",
     "authors", ["Naufal Rahman", "Amaliya Putri", "Nurul Aini"]),
    # the year on the cover after the university, the year of a journal issue
    (("KERJA SAMA KOTA A DAN KOTA B DALAM BIDANG PENDIDIKAN\nOleh : Dewi Lestari\nPROGRAM STUDI HUBUNGAN INTERNASIONAL "
     "UNIVERSITAS CONTOH NUSANTARA JAKARTA 2019\n"), "year", 2019),
    ("Kerja Sama Kota A dan Kota B dalam Bidang Budaya\neJournal Ilmu Hubungan Internasional, 2017, 4 (4) 1255-1270\n",
     "year", 2017),
    (("KERJA SAMA KOTA A DAN KOTA B DALAM BIDANG PENDIDIKAN\nOleh : Dewi Lestari\nPROGRAM STUDI HUBUNGAN INTERNASIONAL "
     "UNIVERSITAS CONTOH NUSANTARA JAKARTA 2019\n"), "program", "Program Studi Hubungan Internasional"),
])
def test_header_shapes(text, field, expected):
    assert read_intake(text).facts[field].value == expected


@pytest.mark.parametrize("text", [
    # years that are not the work's: a studied period, an MoU, furniture, a DOI
    "KERJA SAMA KOTA A DAN KOTA B TAHUN 2012-2015\nDewi Lestari\nAbstrak\nMoU ditandatangani pada 2010.",
    "Kerja Sama Kota A dan Kota B dalam Bidang Budaya\nAcademic year: 2020\nAbstrak\nIsi.",
])
def test_no_year_is_invented(text):
    assert "year" not in read_intake(text).facts


def test_a_caps_title_keeps_its_parenthesised_subtitle():
    text = "KERJA SAMA ANTARA PEMERINTAH DAERAH DAN PIHAK LUAR NEGERI (Perspektif Hukum Administrasi Negara)\n\nN/A\n"
    assert read_intake(text).facts["title"].value == \
        "KERJA SAMA ANTARA PEMERINTAH DAERAH DAN PIHAK LUAR NEGERI (Perspektif Hukum Administrasi Negara)"


def test_a_text_that_opens_with_prose_gets_a_descriptive_title_never_the_comment(tmp_path):
    text = ("<!-- source: https://x.example/detail/1 -->\nDi tengah meningkatnya peran aktor lokal, kerja sama antara "
            "Kota Bogor dan Kisarazu menjadi model strategis paradiplomasi. Penelitian ini menganalisis implementasi, manfaat "
            "dan tantangannya.\nCopyrights © 2025\n")
    config = make_project(tmp_path / "p", theses={"prose.md": text})
    html = Builder(config).gather().files["theses/prose.html"].decode()
    h1 = re.search(r"<h1>(.*?)</h1>", html).group(1)
    assert h1 == "Kerja sama Kota Bogor – Kisarazu"  # what the text is about, not its first words nor the comment
    assert "Judul deskriptif" in html


@pytest.mark.parametrize("sentence, tagged", [
    # the concept used as a framework, alone or in the list a 'konsep' introduces
    ("Penelitian ini menggunakan konsep sister city.", True),
    ("Konsep yang dikembangkan dalam penelitian ini adalah globalisasi, diplomasi dan sister city.", True),
    # a sister city studied is not the concept used
    ("Kerja sama sister city Kota Bogor dan Kisarazu berjalan sejak 1997.", False),
    ("Penulis memakai konsep paradiplomasi untuk menjawab fenomena sister city yang terjalin.", False),
])
def test_the_sister_city_concept_is_tagged_only_as_a_framework(sentence, tagged):
    from katalog.config import Config
    from katalog.enrich import Tagger, prepare_entry
    from katalog.load import Thesis, load_vocabulary

    vocab, _ = load_vocabulary(Config.for_project(REPO))
    thesis = Thesis("t", "t.md", {}, {}, f"Judul Kajian Kota Bogor dan Kisarazu\n\n{sentence}\n", 1, False, "d")
    entry = prepare_entry(thesis, vocab, Tagger(vocab))
    assert ("sister-city" in entry.subjects["theories"]) is tagged


def test_other_pairs_a_news_lead_gives_as_examples_are_mentions_not_subjects(tmp_path):
    text = ("Pontianak (Antara) - Wakil Gubernur Kalimantan Barat menyatakan keseriusannya bekerja sama dengan "
            "pemerintahan Paris untuk membangun sister city antara Lyon di Perancis dengan Pontianak.\n\nMenurutnya, beberapa kota di Indonesia telah berhasil, seperti Surabaya "
            "dengan Guangzhou, Kota Semarang dengan Brisbane, serta Kota Bau Bau dengan Seoul.\n\n"
            "Belajar dari kota-kota itu, Kota Pontianak berencana menggandeng Kota Lyon sebagai sister city.\n\n"
            "\"Kita serius mewujudkan Kota Pontianak sebagai Sister City, dengan Kota Lyon,\" tuturnya.\n")
    config = make_project(tmp_path / "p", theses={"t.md": text})
    shutil.copytree(REPO / "seeds", config.seeds, dirs_exist_ok=True, ignore=shutil.ignore_patterns("theses"))
    for other in (config.seeds / "theses").glob("*.md"):
        if other.name != "t.md":
            other.unlink()
    import json
    record = json.loads(Builder(config).gather().files["data/catalogue.json"])["theses"][0]
    roles = {p["slug"]: p["role"] for p in record["places"]}
    assert [p["slug"] for p in record["partnership"]] == ["kota-pontianak", "lyon"]
    assert roles["kota-pontianak"] == roles["lyon"] == "subject"
    assert all(roles.get(s) == "mention" for s in ("guangzhou", "brisbane", "seoul", "kota-semarang")), roles


def _built_alone(tmp_path, text: str) -> dict:
    import json

    config = make_project(tmp_path / "p", theses={"t.md": text})
    shutil.copytree(REPO / "seeds", config.seeds, dirs_exist_ok=True, ignore=shutil.ignore_patterns("theses"))
    for other in (config.seeds / "theses").glob("*.md"):
        if other.name != "t.md":
            other.unlink()
    return json.loads(Builder(config).gather().files["data/catalogue.json"])["theses"][0]


def test_a_word_of_a_stated_authors_name_is_no_place(tmp_path):
    record = _built_alone(tmp_path, "Paradiplomasi Melalui Kerjasama Sister City di Kabupaten Sumenep\n\n"
                                    "  • Alia Putri Lestari Universitas Contoh Raya\n\nAbstract\nThis study examines how "
                                    "the Sumenep district government could use sister city cooperation for tourism.\n")
    assert record["authors"] == ["Alia Putri Lestari"]
    assert "aley" not in {p["slug"] for p in record["places"]}  # 'Alia' is also a name of Aley, Lebanon
    assert record["partnership"] is None


def test_a_small_partner_paired_with_a_local_government_in_the_title_is_that_place(tmp_path):
    record = _built_alone(tmp_path, "PARADIPLOMASI KERJASAMA SISTER CITY\n\nANTARA KOTA MALANG DENGAN FUQING\n\n"
                                    "DALAM BIDANG PERDAGANGAN\n\nMakalah ini membahas perdagangan kedua kota.\n")
    assert [p["slug"] for p in record["partnership"]] == ["kota-malang", "fuqing"]


def test_a_place_name_inside_an_advisors_name_is_no_mention(tmp_path):
    import json

    other = "Kerja Sama Kota Bogor dengan Hong Kong\n\nKota Bogor menjajaki kerja sama dengan Hong Kong, Tiongkok.\n"
    advised = ("KERJA SAMA KOTA BERSAUDARA KOTA BINJAI DAN KOTA IPOH\n\nDarwin Hutapea\nPembimbing: Dr. Victoria "
               "Manurung, M.Si.\nUniversitas Sumatera Utara\n\nAbstrak\nKota Binjai dan Kota Ipoh bekerja sama di "
               "bidang kebudayaan.\n")
    config = repo_vocabulary_project(tmp_path / "p", {"a.md": other, "b.md": advised})
    records = {t["id"]: t for t in json.loads(Builder(config).gather().files["data/catalogue.json"])["theses"]}
    assert "hong-kong" in {p["slug"] for p in records["a"]["places"]}  # Hong Kong is in this build's vocabulary
    assert "hong-kong" not in {p["slug"] for p in records["b"]["places"]}  # 'Victoria' here is a person


@pytest.mark.parametrize("text, partner", [
    # a Chinese city's name in syllables ('Qing Dao'), and a name with a straight apostrophe (Xi'an, Xi’an in GeoNames)
    ("Kerja sama Kota Manado dengan Kota Qing Dao\n\nKota Manado menandatangani MoU dengan kota Qing Dao, Tiongkok.\n",
     "qingdao"),
    ("Kerja sama Kota Surakarta dengan Kota Xi'an\n\nKota Surakarta menjalin sister city dengan Kota Xi'an, Tiongkok.\n",
     "xi-an"),
])
def test_pinyin_syllables_and_straight_apostrophes_name_the_place(tmp_path, text, partner):
    record = _built_alone(tmp_path, text)
    assert record["partnership"] and record["partnership"][1]["slug"] == partner

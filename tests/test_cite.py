"""Citations: names, APA 7 and Chicago in Indonesian, BibTeX and RIS read back by standard parsers."""

from __future__ import annotations

import json
import re
from datetime import date
from html.parser import HTMLParser

import bibtexparser
import pytest
import rispy

from katalog import cite, citemeta
from katalog.cite import Facts, Name, parse_name

URL = "https://example.org/katalog/theses/x.html"
INJECTION = 'A & B <script>alert(1)</script> "quoted" {braced} 100% $x$ #1 a_b ~ ^ \\end'


def facts(**kw) -> Facts:
    base = {"id": "x", "title": "Kerja Sama Kota Padang dan Hildesheim", "institution": "Universitas Andalas",
                "site_title": "Katalog Tesis Kota Bersaudara"}
    base.update(kw)
    if "authors" in kw:
        base["authors"] = tuple(parse_name(a) for a in kw["authors"])
    return Facts(**base)


@pytest.mark.parametrize("raw, family, given, apa", [
    # natural order, Indonesian names
    ("Khoero Dara Fazra", "Fazra", "Khoero Dara", "Fazra, K. D."),
    ("Budi Santoso", "Santoso", "Budi", "Santoso, B."),
    # single names stay whole
    ("Sukarno", "Sukarno", "", "Sukarno"),
    # already inverted
    ("Fazra, Khoero Dara", "Fazra", "Khoero Dara", "Fazra, K. D."),
    ("Fazra, K. D.", "Fazra", "K. D.", "Fazra, K. D."),
    # particles stay with the family name
    ("Ludwig van Beethoven", "van Beethoven", "Ludwig", "van Beethoven, L."),
    ("Ahmad bin Ismail", "bin Ismail", "Ahmad", "bin Ismail, A."),
    # hyphenated given names keep the hyphen in the initials
    ("Jean-Paul Sartre", "Sartre", "Jean-Paul", "Sartre, J.-P."),
    # academic titles are not part of the name
    ("Dr. Sidik Jatmika, M.Si", "Jatmika", "Sidik", "Jatmika, S."),
    ("Prof. Dr. Ir. Ani Wijaya, S.H., M.Hum.", "Wijaya", "Ani", "Wijaya, A."),
    # spaces are tidied
    ("  Khoero   Dara  Fazra ", "Fazra", "Khoero Dara", "Fazra, K. D."),
])
def test_name_inversion(raw, family, given, apa):
    name = parse_name(raw)
    assert (name.family, name.given, name.apa) == (family, given, apa)


@pytest.mark.parametrize("degree, program, expected", [
    ("S-1", None, "skripsi"), ("S1", None, "skripsi"), ("S-2", None, "tesis"), ("s2", None, "tesis"),
    ("S-3", None, "disertasi"), (None, "Magister Ilmu Hubungan Internasional", "tesis"),
    (None, "Doktor Ilmu Politik", "disertasi"), (None, "Sarjana Hubungan Internasional", "skripsi"),
    # nothing says the degree: unknown stays unknown
    (None, "Hubungan Internasional", None), (None, None, None), ("", "", None),
])
def test_document_type(degree, program, expected):
    assert cite.document_type(degree, program) == expected


@pytest.mark.parametrize("kw, expected", [
    # one, two, three authors; year or t.t.; kind of document in brackets
    ({"authors": ["Khoero Dara Fazra"], "year": 2014, "doc_type": "tesis"},
     "Fazra, K. D. (2014). Kerja Sama Kota Padang dan Hildesheim [Tesis, Universitas Andalas]."),
    ({"authors": ["Khoero Dara Fazra", "Budi Santoso"], "doc_type": "skripsi"},
     "Fazra, K. D., & Santoso, B. (t.t.). Kerja Sama Kota Padang dan Hildesheim [Skripsi, Universitas Andalas]."),
    ({"authors": ["A Satu", "B Dua", "C Tiga"], "year": 2020, "doc_type": "disertasi"},
     "Satu, A., Dua, B., & Tiga, C. (2020). Kerja Sama Kota Padang dan Hildesheim [Disertasi, Universitas Andalas]."),
    # no author: the title moves to the author's place
    ({"year": 2019}, "Kerja Sama Kota Padang dan Hildesheim [Tugas akhir, Universitas Andalas]. (2019)."),
    # descriptive title: in brackets
    ({"title_descriptive": True}, "[Kerja Sama Kota Padang dan Hildesheim] [Tugas akhir, Universitas Andalas]. (t.t.)."),
    # no institution either
    ({"institution": "", "doc_type": "tesis"}, "Kerja Sama Kota Padang dan Hildesheim [Tesis]. (t.t.)."),
    # a known address: site name, access date, URL
    ({"authors": ["Budi Santoso"], "url": URL},
     (f"Santoso, B. (t.t.). Kerja Sama Kota Padang dan Hildesheim [Tugas akhir, Universitas Andalas]. "
     f"Katalog Tesis Kota Bersaudara. Diakses 2 Desember 2026 dari {URL}")),
])
def test_apa_text(kw, expected):
    assert cite.apa(facts(**kw), accessed=date(2026, 12, 2)).text == expected


def test_apa_twenty_one_authors_shows_first_nineteen_and_last():
    names = [f"Nama{i} Orang{i}" for i in range(1, 22)]
    text = cite.apa(facts(authors=names)).text
    assert "Orang19, N., … Orang21, N. (t.t.)." in text and "Orang20" not in text


def test_apa_html_italicises_real_titles_only():
    real = cite.apa(facts(authors=["Budi Santoso"])).html
    assert "<i>Kerja Sama Kota Padang dan Hildesheim</i> [Tugas akhir" in real
    descriptive = cite.apa(facts(title_descriptive=True)).html
    assert "<i>" not in descriptive and descriptive.startswith("[Kerja Sama")


def test_apa_without_access_date_leaves_a_placeholder_for_the_page_script():
    rendered = cite.apa(facts(url=URL))
    assert "Diakses [tanggal akses] dari " + URL in rendered.text
    assert '<span class="cite-accessed">[tanggal akses]</span>' in rendered.html
    assert f'<a href="{URL}">{URL}</a>' in rendered.html
    assert "Diakses" not in cite.apa(facts()).text  # no address known: no URL, no date


@pytest.mark.parametrize("kw, expected", [
    ({"authors": ["Khoero Dara Fazra"], "year": 2014}, "(Fazra, 2014)"),
    ({"authors": ["A Satu", "B Dua"]}, "(Satu & Dua, t.t.)"),
    ({"authors": ["A Satu", "B Dua", "C Tiga"], "year": 2020}, "(Satu dkk., 2020)"),
    ({"title": "Kesimpulan: kerja sama Padang"}, "(Kesimpulan, t.t.)"),
    ({"title": "Kerja sama kota Padang", "title_descriptive": True}, "([Kerja sama kota Padang], t.t.)"),
    # a long title's first words, not ending on a small word
    ({"title": "Kerjasama Sistercity antara Kota Bogor dan Kota Kisarazu Periode 2016-2018"},
     "(Kerjasama Sistercity antara Kota Bogor, t.t.)"),
])
def test_apa_in_text(kw, expected):
    assert cite.apa_in_text(facts(**kw)).text == expected


@pytest.mark.parametrize("kw, expected", [
    ({"authors": ["Khoero Dara Fazra"], "year": 2014, "doc_type": "tesis"},
     "Fazra, Khoero Dara. 2014. “Kerja Sama Kota Padang dan Hildesheim.” Tesis, Universitas Andalas."),
    ({"authors": ["A Satu", "B Dua"]},
     "Satu, A dan B Dua. t.t. “Kerja Sama Kota Padang dan Hildesheim.” Tugas akhir, Universitas Andalas."),
    ({"title_descriptive": True, "url": URL},
     f"[Kerja Sama Kota Padang dan Hildesheim]. t.t. Tugas akhir, Universitas Andalas. {URL}."),
])
def test_chicago(kw, expected):
    assert cite.chicago(facts(**kw)).text == expected


@pytest.mark.parametrize("style, authors", [
    (cite.apa, ["<b>Evil</b> Person"]), (cite.chicago, ["<b>Evil</b> Person"]),
    (cite.apa_in_text, []),  # the title shows in-text only when there is no author
])
def test_injection_in_a_title_is_escaped_in_html(style, authors):
    html = style(facts(title=INJECTION, authors=authors)).html
    assert "<script>" not in html and "<b>" not in html
    assert "&lt;script&gt;" in html and "&amp;" in html


def _bib(f: Facts) -> dict:
    library = bibtexparser.parse_string(cite.bibtex(f))
    assert not library.failed_blocks
    (entry,) = library.entries
    return {"ENTRYTYPE": entry.entry_type, "ID": entry.key, **{k: v.value for k, v in entry.fields_dict.items()}}


@pytest.mark.parametrize("doc_type, entry_type, type_field", [
    ("skripsi", "mastersthesis", "Skripsi"),
    ("tesis", "mastersthesis", "Tesis"),
    ("disertasi", "phdthesis", "Disertasi"),
    (None, "misc", None),
])
def test_bibtex_types(doc_type, entry_type, type_field):
    entry = _bib(facts(doc_type=doc_type, authors=["Khoero Dara Fazra", "Budi Santoso"], year=2014))
    assert (entry["ENTRYTYPE"], entry.get("type")) == (entry_type, type_field)
    assert entry["ID"] == "x"
    assert entry["author"] == "Fazra, Khoero Dara and Santoso, Budi"
    assert entry["year"] == "2014"
    if doc_type:
        assert entry["school"] == "Universitas Andalas"
    else:
        assert entry["howpublished"] == "Tugas akhir, Universitas Andalas"


def test_bibtex_leaves_out_what_is_unknown():
    entry = _bib(facts(institution="", doc_type="tesis"))
    assert "year" not in entry and "author" not in entry and "school" not in entry and "url" not in entry
    assert entry["title"] == "{Kerja Sama Kota Padang dan Hildesheim}"  # braced: styles keep the capitals


def test_bibtex_escapes_specials_so_the_entry_stays_whole():
    text = cite.bibtex(facts(title=INJECTION, authors=["Tom and Jerry Brown"], doc_type="tesis", url=URL))
    entry = _bib(facts(title=INJECTION, authors=["Tom and Jerry Brown"], doc_type="tesis", url=URL))
    assert r"A \& B" in entry["title"] and r"100\%" in entry["title"] and r"\{braced\}" in entry["title"]
    assert r"\textbackslash{}end" in entry["title"]
    assert entry["author"] == "Brown, Tom {and} Jerry"  # one author, not two
    assert entry["url"] == URL
    assert text.count("\n}") == 1


def _ris(f: Facts) -> dict:
    (record,) = rispy.loads(cite.ris(f))
    return record


def test_ris_reads_back():
    f = facts(authors=["Khoero Dara Fazra", "Budi Santoso"], year=2014, doc_type="skripsi", url=URL,
              keywords=("Sister City", "Padang"), languages=("id", "en"), title_en="Cooperation")
    record = _ris(f)
    assert record["type_of_reference"] == "THES"
    assert record["authors"] == ["Fazra, Khoero Dara", "Santoso, Budi"]
    assert record["title"] == "Kerja Sama Kota Padang dan Hildesheim"
    assert record["year"] == "2014"
    assert record["publisher"] == "Universitas Andalas"
    assert record["type_of_work"] == "Skripsi"
    assert record["urls"] == [URL]
    assert record["keywords"] == ["Sister City", "Padang"]
    assert cite.ris(f).endswith("ER  - \r\n")


def test_ris_leaves_out_what_is_unknown_and_keeps_one_line_per_tag():
    text = cite.ris(facts(title="Judul\ndengan baris baru", title_descriptive=True))
    record = _ris(facts(title="Judul\ndengan baris baru", title_descriptive=True))
    assert record["title"] == "[Judul dengan baris baru]"
    assert not re.search(r"^(PY|AU|M3|UR)  - ", text, re.MULTILINE)


class _Meta(HTMLParser):
    def __init__(self):
        super().__init__()
        self.tags: list[tuple[str, str]] = []

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "meta":
            self.tags.append((attrs.get("name") or attrs.get("property"), attrs.get("content")))


def test_highwire_one_author_per_tag_and_no_invented_date():
    tags = citemeta.highwire(facts(authors=["Khoero Dara Fazra", "Budi Santoso"], doc_type="tesis"))
    assert [v for k, v in tags if k == "citation_author"] == ["Fazra, Khoero Dara", "Santoso, Budi"]
    assert ("citation_dissertation_institution", "Universitas Andalas") in tags
    assert not any(k == "citation_publication_date" for k, _ in tags)
    assert ("citation_publication_date", "2014") in citemeta.highwire(facts(year=2014))
    assert ("DC.type", "Thesis") in tags


def test_json_ld_cannot_break_out_of_its_script_element():
    f = facts(title="</script><script>alert(1)</script> & more", url=URL, authors=["Budi Santoso"], year=2014,
              doc_type="tesis", degree="S-2")
    embedded = str(citemeta.script_json(citemeta.json_ld(f, "Halaman")))
    assert "<" not in embedded and ">" not in embedded and "&" not in embedded
    graph = json.loads(embedded)["@graph"]
    page, thesis = graph
    assert thesis["@type"] == "Thesis" and thesis["name"].startswith("</script>")
    assert thesis["author"] == [{"@type": "Person", "name": "Budi Santoso", "familyName": "Santoso", "givenName": "Budi"}]
    assert thesis["inSupportOf"] == "Tesis (S-2)"
    assert thesis["sourceOrganization"]["name"] == "Universitas Andalas"
    assert page["@type"] == "WebPage" and page["about"] == {"@id": thesis["@id"]} == page["isBasedOn"]
    assert page["url"] == URL and "bukan dokumen" in page["description"]


def test_descriptive_title_is_not_given_as_the_thesis_name():
    thesis = citemeta.json_ld(facts(title_descriptive=True), "Halaman")["@graph"][1]
    assert "name" not in thesis and "Judul deskriptif" in thesis["description"]


def test_coins_is_an_openurl_dissertation():
    from urllib.parse import parse_qs

    q = parse_qs(citemeta.coins(facts(title=INJECTION, authors=["Budi Santoso"], year=2014, doc_type="skripsi")))
    assert q["rft_val_fmt"] == ["info:ofi/fmt:kev:mtx:dissertation"]
    assert q["rft.title"] == [INJECTION] and q["rft.au"] == ["Budi Santoso"] and q["rft.aulast"] == ["Santoso"]
    assert q["rft.date"] == ["2014"] and q["rft.inst"] == ["Universitas Andalas"] and q["rft.degree"] == ["Skripsi"]


def test_names_roundtrip_through_inverted_form():
    for raw in ("Khoero Dara Fazra", "Sukarno", "Ludwig van Beethoven"):
        name = parse_name(raw)
        assert parse_name(name.inverted) == name
        assert isinstance(name, Name)

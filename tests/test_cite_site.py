"""Citations in the built site: the citation block, <head> metadata, .bib/.ris beside every list."""

from __future__ import annotations

import json
import re
from dataclasses import replace
from html.parser import HTMLParser

import bibtexparser
import rispy

from katalog.check import check_links
from katalog.cli import parser
from katalog.pipeline import Builder
from tests.conftest import make_project

BOGOR = "theses/kabupaten-bogor-nanning-kebijakan"
SITE_URL = "https://example.org/katalog/"


class _Head(HTMLParser):
    def __init__(self):
        super().__init__()
        self.meta: list[tuple[str, str]] = []
        self.links: list[tuple[str, str]] = []
        self.in_ld, self.ld = False, []

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if tag == "meta" and (a.get("name") or a.get("property")):
            self.meta.append((a.get("name") or a.get("property"), a.get("content")))
        elif tag == "link":
            self.links.append((a.get("rel"), a.get("href")))
        self.in_ld = tag == "script" and a.get("type") == "application/ld+json"

    def handle_data(self, data):
        if self.in_ld:
            self.ld.append(json.loads(data))

    def handle_endtag(self, tag):
        self.in_ld = False


def head(result, path) -> _Head:
    h = _Head()
    h.feed(result.files[path].decode())
    return h


def test_thesis_page_cites_apa_and_chicago_with_inverted_names(seeds_site):
    _, result = seeds_site
    html = result.files[BOGOR + ".html"].decode()
    assert ('<p class="cite" id="cite-apa">Fazra, K. D. (t.t.). <i>Kebijakan Pemerintah Daerah' in html)
    assert "[Tesis, Universitas Muhammadiyah Yogyakarta].</p>" in html
    assert '<p class="cite" id="cite-chicago">Fazra, Khoero Dara. t.t. “Kebijakan' in html
    assert "Diakses" not in html  # built without an address: no URL rather than a wrong one
    descriptive = result.files["theses/padang-ba-ria-vung-tau-perikanan.html"].decode()
    assert '<p class="cite" id="cite-apa">[Implementasi kerja sama sister city' in descriptive
    assert 'data-copy="cite-apa"' in html and 'src="../static/cite.js"' in html
    assert "static/cite.js" in result.files


def test_thesis_head_has_metadata_zotero_reads(seeds_site):
    _, result = seeds_site
    h = head(result, BOGOR + ".html")
    assert [v for k, v in h.meta if k == "citation_author"] == ["Fazra, Khoero Dara"]
    assert ("citation_dissertation_institution", "Universitas Muhammadiyah Yogyakarta") in h.meta
    assert not any(k == "citation_publication_date" for k, _ in h.meta)  # no year in the text
    assert ("DC.type", "Thesis") in h.meta and ("og:type", "article") in h.meta
    (ld,) = h.ld
    page, thesis = ld["@graph"]
    assert thesis["@type"] == "Thesis" and thesis["inSupportOf"] == "Tesis (S-2)"
    assert page["@type"] == "WebPage" and page["about"] == {"@id": thesis["@id"]}
    assert not any(rel == "canonical" for rel, _ in h.links)


def test_thesis_files_parse_and_lists_hold_all_their_theses(seeds_site):
    _, result = seeds_site
    (bib,) = bibtexparser.parse_string(result.files[BOGOR + ".bib"].decode()).entries
    assert (bib.entry_type, bib.key, bib["type"]) == ("mastersthesis", "kabupaten-bogor-nanning-kebijakan", "Tesis")
    (ris,) = rispy.loads(result.files[BOGOR + ".ris"].decode())
    assert ris["type_of_reference"] == "THES" and ris["authors"] == ["Fazra, Khoero Dara"]
    everything = bibtexparser.parse_string(result.files["theses/index.bib"].decode())
    assert len(everything.entries) == 5 and not everything.failed_blocks
    assert len(rispy.loads(result.files["theses/index.ris"].decode())) == 5
    padang = {e.key for e in bibtexparser.parse_string(result.files["cities/padang.bib"].decode()).entries}
    assert padang == {"padang-ba-ria-vung-tau-perikanan", "padang-hildesheim-kesimpulan", "padang-vung-tau-hambatan"}
    for path in ("partnerships/kabupaten-bogor--nanning", "theories/paradiplomasi", "stages/mou", "countries/jerman"):
        assert path + ".bib" in result.files and path + ".ris" in result.files
        assert f'href="../{path}.bib"' in result.files[path + ".html"].decode()


def test_coins_on_list_pages_but_not_on_a_thesis_page(seeds_site):
    _, result = seeds_site
    assert result.files["theses/index.html"].decode().count('class="Z3988"') == 5
    assert result.files["cities/padang.html"].decode().count('class="Z3988"') == 3
    for path, data in result.files.items():
        if path.startswith("theses/") and path.endswith(".html") and path != "theses/index.html":
            assert b"Z3988" not in data, path


def test_site_url_gives_urls_access_date_and_canonical(tmp_path):
    config = replace(make_project(tmp_path / "p"), site_url=SITE_URL)
    result = Builder(config, jobs=1).gather()
    url = SITE_URL + "theses/padang-hildesheim.html"
    html = result.files["theses/padang-hildesheim.html"].decode()
    assert f'Diakses <span class="cite-accessed">[tanggal akses]</span> dari <a href="{url}">{url}</a>' in html
    h = head(result, "theses/padang-hildesheim.html")
    assert ("canonical", url) in h.links and ("og:url", url) in h.meta
    assert h.ld[0]["@graph"][0]["url"] == url
    (ris,) = rispy.loads(result.files["theses/padang-hildesheim.ris"].decode())
    assert ris["urls"] == [url]
    assert check_links(result.files) == []


def test_site_url_option_and_environment(monkeypatch):
    from katalog.cli import _config

    args = parser().parse_args(["build", "--site-url", "https://example.org/k"])
    assert _config(args).site_url == "https://example.org/k/"
    monkeypatch.setenv("KATALOG_SITE_URL", "https://env.example.org/")
    assert _config(parser().parse_args(["build"])).site_url == "https://env.example.org/"
    monkeypatch.delenv("KATALOG_SITE_URL")
    assert _config(parser().parse_args(["build"])).site_url is None


def test_title_with_markup_cannot_break_the_page(tmp_path):
    evil = '</script><script>alert(1)</script> & "Judul"'
    thesis = f"---\ntitle: '{evil}'\nauthors: [Budi Santoso]\nyear: 2014\ndegree: S-1\n---\n\nTeks.\n"
    config = make_project(tmp_path / "p", theses={"evil.md": thesis})
    result = Builder(config, jobs=1).gather()
    html = result.files["theses/evil.html"].decode()
    assert "<script>alert" not in html
    ld = re.search(r'<script type="application/ld\+json">(.*?)</script>', html).group(1)
    assert json.loads(ld)["@graph"][1]["name"] == evil
    (bib,) = bibtexparser.parse_string(result.files["theses/evil.bib"].decode()).entries
    assert (bib.entry_type, bib["type"], bib["year"]) == ("mastersthesis", "Skripsi", "2014")


def test_a_thesis_page_leads_to_its_citation_from_the_top(seeds_site):
    """On a phone a long chapter puts the citation 50,000 px down: a link under the facts (and in the
    contents) goes straight to it."""
    _, result = seeds_site
    html = result.files["theses/kabupaten-bogor-nanning-kebijakan.html"].decode()
    jump = html.index('<p class="jump"><a href="#h-cite">Cara mengutip karya ini</a>')
    assert jump < html.index('id="h-stages"') and 'id="h-cite"' in html
    assert '<a href="#h-cite">Cara mengutip</a>' in html.split('class="toc"', 1)[1].split("</nav>", 1)[0]

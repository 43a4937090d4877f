"""A long list goes on over numbered pages: every thesis once, in order, pages linked both ways, the
downloads of the whole list on its first page, and an edit rendering only the page holding the
edited thesis's card. The seeds have five theses: a list page holds two here."""

import re
import shutil
from pathlib import Path

import pytest

from katalog import pipeline, render
from katalog.config import Config
from katalog.pipeline import Builder

REPO = Path(__file__).resolve().parent.parent
LINK = re.compile(r'<h3><a href="\.\./(?:\.\./)?theses/([^"]+)\.html"')


@pytest.fixture
def seeds(tmp_path, monkeypatch):
    monkeypatch.setattr(render, "LIST_PAGE", 2)
    for name in ("seeds", "templates", "static"):
        shutil.copytree(REPO / name, tmp_path / name)
    return Config.for_project(tmp_path)


def listed(out: Path, path: str) -> list[str]:
    return LINK.findall((out / path).read_text())


def test_a_long_list_goes_on_over_pages_each_thesis_once_in_order(seeds, monkeypatch):
    Builder(seeds, jobs=1).build()
    out = seeds.out
    first = (out / "countries/indonesia.html").read_text()
    assert "Halaman 1 dari 3: karya 1–2" in first
    monkeypatch.setattr(render, "LIST_PAGE", 100)  # the same site with lists on one page each
    whole = Config.for_project(seeds.root, out=seeds.root / "whole")
    Builder(whole, jobs=1).build()
    for pages in (["countries/indonesia.html", "countries/indonesia/2.html", "countries/indonesia/3.html"],
                  ["theses/index.html", "theses/index/2.html", "theses/index/3.html"]):
        ids = [i for p in pages for i in listed(out, p)]
        assert len(ids) == len(set(ids)) == 5 and ids == listed(whole.out, pages[0])
    assert not (out / "countries/indonesia/4.html").exists()
    second = (out / "countries/indonesia/2.html").read_text()
    assert "<h1>Karya yang mengkaji Indonesia</h1>" in second and "Halaman 2 dari 3: karya 3–4" in second
    assert 'href="../../countries/indonesia.html" rel="prev"' in second
    assert 'href="../../countries/indonesia/3.html" rel="next"' in second
    assert '<span aria-current="page">2</span>' in second
    english = (out / "en/countries/indonesia/2.html").read_text()
    assert "Page 2 of 3: works 3–4" in english and 'href="../../../en/countries/indonesia/3.html" rel="next"' in english
    # a province's list of the theses of places inside it goes on under its own name
    assert (out / "cities/sumatera-barat/within-2.html").exists()
    # the first page's downloads hold the whole list, not its first page, and say so only when it goes on
    assert (out / "countries/indonesia.bib").read_text().count("@") == 5
    assert "termasuk halaman lanjutannya" in first
    assert "Unduh semua karya di halaman ini" in (whole.out / "countries/indonesia.html").read_text()


def test_an_edit_renders_only_the_list_page_holding_the_edited_card(seeds, monkeypatch):
    builder = Builder(seeds, jobs=1, reuse_site=False)
    builder.build()
    edited = "padang-ba-ria-vung-tau-perikanan"
    all_pages = ["theses/index.html", "theses/index/2.html", "theses/index/3.html"]
    holding = next(p for p in all_pages if edited in listed(seeds.out, p))
    assert edited in listed(seeds.out, "countries/indonesia/2.html")
    rendered = []
    real = pipeline.render_page
    monkeypatch.setattr(pipeline, "render_page", lambda env, page, *a: rendered.append(page.dest_path) or real(env, page, *a))
    path = seeds.seeds / f"theses/{edited}.md"
    path.write_text(path.read_text().replace("Vung Tau telah terjalin sejak", "Vung Tau sudah terjalin sejak", 1))
    builder.build()
    assert "countries/indonesia/2.html" in rendered and holding in rendered
    assert "sudah terjalin sejak" in (seeds.out / "countries/indonesia/2.html").read_text()
    untouched = {"countries/indonesia.html", "countries/indonesia/3.html", *all_pages} - {holding}
    # nor the pages that show no thesis's text: the search page, the partnerships' names and counts
    untouched |= {"search.html", "partnerships/index.html", "en/search.html", "en/partnerships/index.html"}
    assert not untouched & set(rendered)

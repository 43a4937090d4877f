"""Legal bases as data, the legal framework page, and stages a thesis reports as only drafted."""

import re

import pytest

from katalog.config import Config
from katalog.errors import BuildFailed
from katalog.load import load_vocabulary
from katalog.pipeline import Builder
from tests.conftest import REPO, make_project


def _errors(config) -> list[str]:
    with pytest.raises(BuildFailed) as failed:
        Builder(config).gather()
    return [str(d) for d in failed.value.errors]


def _page(seeds_site, path: str) -> str:
    _, result = seeds_site
    return result.files[path].decode()


def _line_of(text: str, needle: str) -> int:
    return text[: text.index(needle)].count("\n") + 1


def test_unknown_legal_basis_of_a_stage_is_reported_at_its_line(tmp_path):
    config = make_project(tmp_path / "p")
    stages = config.seeds / "stages.yml"
    text = stages.read_text().replace("    - permendagri-25-2020\nloi:", "    - permendagri-25-2020\n    - qwxz-1999\nloi:", 1)
    stages.write_text(text)
    assert f"seeds/stages.yml:{_line_of(text, '- qwxz-1999')}: unknown legal basis 'qwxz-1999'" in _errors(config)


def test_a_note_on_an_unknown_legal_basis_is_reported_too(tmp_path):
    config = make_project(tmp_path / "p")
    stages = config.seeds / "stages.yml"
    text = stages.read_text().replace("    - uu-24-2000: Pasal 5 ayat (1)", "    - uu-24-2001: Pasal 5 ayat (1)", 1)
    stages.write_text(text)
    line = _line_of(text, "- uu-24-2001")
    assert f"seeds/stages.yml:{line}: unknown legal basis 'uu-24-2001' (did you mean 'uu-24-2000'?)" in _errors(config)


def test_unknown_replacement_and_status_in_legal_yml(tmp_path):
    config = make_project(tmp_path / "p")
    legal = config.seeds / "legal.yml"
    text = legal.read_text().replace("replaced_by: permenlu-3-2019", "replaced_by: qwxz-2019", 1)
    text = text.replace("  status: current\n  governs_id: >-\n    Pembuatan", "  status: berlaku\n  governs_id: >-\n    Pembuatan", 1)
    legal.write_text(text)
    errors = _errors(config)
    assert f"seeds/legal.yml:{_line_of(text, 'replaced_by: qwxz-2019')}: unknown legal basis 'qwxz-2019'" in errors
    assert (f"seeds/legal.yml:{_line_of(text, 'status: berlaku')}: legal basis 'uu-24-2000' has unknown status "
            "'berlaku' (one of: current, repealed)") in errors


def test_stage_status_is_validated(tmp_path):
    thesis = ("---\ntitle: x\nstages: [mou, moa]\nstage_status:\n  moa: drafted\n  loi: draft\n---\nText.\n")
    config = make_project(tmp_path / "p", theses={"t.md": thesis})
    errors = _errors(config)
    assert ("seeds/theses/t.md:5: unknown stage status 'drafted' (one of: done, planned, draft, failed)"
            " (did you mean 'draft'?)") in errors
    assert "seeds/theses/t.md:6: stage_status gives stage 'loi', which 'stages' does not list" in errors


def test_cites_name_known_theories(tmp_path):
    thesis = "---\ntitle: x\ncites:\n  paradiplomasy: [Someone]\n---\nText.\n"
    errors = _errors(make_project(tmp_path / "p", theses={"t.md": thesis}))
    assert "seeds/theses/t.md:4: unknown theory 'paradiplomasy' (did you mean 'paradiplomasi'?)" in errors


def _section(html: str, heading_id: str) -> str:
    start = html.index(f'id="{heading_id}"')
    end = html.find("</section>", start)
    return html[start:end]


def test_legal_page_lists_current_rules_and_repealed_ones_with_their_replacement(seeds_site):
    html = _page(seeds_site, "legal.html")
    current, repealed = _section(html, "h-current"), _section(html, "h-repealed")
    for slug in ("uu-23-2014", "pp-28-2018", "permendagri-25-2020", "permenlu-3-2019", "uu-24-2000", "uu-37-1999"):
        assert f'id="{slug}"' in current
    for old, new, new_name in (("permendagri-3-2008", "permendagri-25-2020", "Permendagri No. 25 Tahun 2020"),
                               ("permenlu-2006", "permenlu-3-2019", "Permenlu No. 3 Tahun 2019")):
        article = repealed[repealed.index(f'id="{old}"'):]
        article = article[: article.index("</article>")]
        assert 'class="badge repealed">dicabut' in article
        assert f'<dt>Diganti oleh</dt><dd><a href="#{new}">{new_name}</a>' in article
    # what each governs, in both languages
    assert "Pasal 367 ayat (2)" in current and 'lang="en">The basis of regional autonomy' in current


def test_every_stage_page_links_the_legal_page_and_its_rules(seeds_site):
    _, result = seeds_site
    stage_pages = [p for p in result.files if p.startswith("stages/") and p.endswith(".html") and p != "stages/index.html"]
    assert len(stage_pages) == 11
    for path in stage_pages:
        html = result.files[path].decode()
        assert 'href="../legal.html"' in html, path
    pusat = _page(seeds_site, "stages/persetujuan-pusat.html")
    assert '<a href="../legal.html#uu-23-2014">UU No. 23 Tahun 2014</a> (Pasal 367 ayat (2))' in pusat


def test_no_page_cites_permendagri_3_2008_as_current(seeds_site):
    _, result = seeds_site
    seen = 0
    for path, data in result.files.items():
        if not path.endswith(".html") or path in ("legal.html", "en/legal.html"):
            continue
        for item in re.findall(r"<li>(?:(?!</li>).)*?Permendagri No\. 3 Tahun 2008.*?</li>", data.decode(), re.DOTALL):
            seen += 1
            repealed = "repealed" if path.startswith("en/") else "dicabut"  # the English twin says it in English
            assert repealed in item and "Permendagri No. 25 Tahun 2020" in item, (path, item)
    assert seen == 3 * 2  # the LoI, central-approval and MoU stages (theses before 2020 refer to), in both languages
    legal = _page(seeds_site, "legal.html")
    assert legal.index('id="permendagri-3-2008"') > legal.index('id="h-repealed"')


def test_draft_stage_shown_as_draft_on_the_thesis_page(seeds_site):
    html = _page(seeds_site, "theses/padang-vung-tau-hambatan.html")
    chip = re.search(r'<li class="on draft">\s*<a href="../stages/moa.html">(.*?)</a>', html, re.DOTALL)
    assert chip and "(rancangan)" in chip.group(1)
    assert '<li class="on">\n    <a href="../stages/mou.html">' in html  # the MoU was signed
    other = _page(seeds_site, "theses/kabupaten-bogor-nanning-kebijakan.html")
    assert "rancangan)" not in other and "draft" not in re.findall(r'<li class="([^"]*)"', other)


def test_lifecycle_is_the_usual_order_not_the_law(seeds_site):
    _, result = seeds_site
    for path, data in result.files.items():
        if path.endswith(".html"):
            assert "menurut aturan" not in data.decode(), path
    assert "urutan yang lazim" in _page(seeds_site, "theses/padang-vung-tau-hambatan.html")
    assert "urutan yang lazim" in _page(seeds_site, "stages/index.html")


def test_cited_authors_shown_on_thesis_and_theory_pages_apart_from_key_authors(seeds_site):
    thesis = _page(seeds_site, "theses/kabupaten-bogor-nanning-kebijakan.html")
    assert '<a href="../theories/kerjasama-internasional.html">Kerja Sama Internasional</a>: K. J. Holsti' in thesis
    theory = _page(seeds_site, "theories/paradiplomasi.html")
    assert "<dt>Tokoh kunci dalam literatur</dt><dd>Panayotis Soldatos, Ivo Duchacek, Michael Keating</dd>" in theory
    assert re.search(r'nanning-kebijakan\.html">[^<]+</a>: Takdir Ali Mukti,', theory)
    policy = _page(seeds_site, "theories/kebijakan-publik.html")
    assert "Belum ada tesis di katalog yang dicatat mengutip" in policy  # 000 names no author for it


def test_seeds_tagged_as_their_texts_support(seeds_site):
    sister = _page(seeds_site, "theories/sister-city.html")
    tesis = sister[sister.index('<h2 id="h-subjects">'):]
    for thesis_id in ("padang-vung-tau-hambatan", "kabupaten-bogor-nanning-kebijakan", "kota-bogor-kisarazu-2016-2018"):
        assert f"{thesis_id}.html" in tesis
    for thesis_id in ("padang-ba-ria-vung-tau-perikanan", "padang-hildesheim-kesimpulan"):
        assert f"{thesis_id}.html" not in tesis  # they study a sister city; the concept is not their framework
    assert "kabupaten-bogor-nanning-kebijakan.html" not in _page(seeds_site, "stages/moa.html")
    assert "kota-bogor-kisarazu-2016-2018.html" in _page(seeds_site, "stages/evaluasi.html")


@pytest.mark.parametrize("line, message", [
    ("stage_status: draft", "'stage_status' must map stages to a status, e.g. stage_status: {moa: draft}"),
    ("cites: [Soldatos]", ("'cites' must map theories to the names the text cites, "
                          "e.g. cites: {paradiplomasi: [Takdir Ali Mukti]}")),
])
def test_a_mapping_field_that_is_no_mapping_is_reported(line, message):
    from katalog.load import Thesis
    from katalog.validate import validate_thesis

    key, _, raw = line.partition(": ")
    value = ["Soldatos"] if raw.startswith("[") else raw
    thesis = Thesis("t", "t.md", {key: value}, {key: 4}, "Teks.", 6, True, "d")
    vocab, _ = load_vocabulary(Config.for_project(REPO))
    assert f"t.md:4: {message}" in [str(d) for d in validate_thesis(thesis, vocab)]

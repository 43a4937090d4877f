"""An edit that keeps the site's structure plans only the pages showing the edited thesis, and
the site written is the one a build from nothing gives."""

from benchmarks.bench import make_seed_catalogue
from katalog import render
from katalog.config import Config
from katalog.pipeline import Builder


def _files(folder):
    return {p.relative_to(folder).as_posix(): p.read_bytes() for p in folder.rglob("*") if p.is_file()
            and p.name != ".katalog-build.json"}


def _same_as_fresh(config, fresh_out):
    """The served folder holds the files a build from nothing writes."""
    Builder(Config.for_project(config.root, out=fresh_out), jobs=1).build()
    assert _files(config.out) == _files(fresh_out)


def test_an_edit_plans_only_the_pages_that_show_the_thesis_and_writes_the_site_a_fresh_build_writes(tmp_path, monkeypatch):
    make_seed_catalogue(tmp_path / "proj", 30)
    config = Config.for_project(tmp_path / "proj")
    builder = Builder(config, jobs=1, reuse_site=False)
    builder.build()
    made = []
    for name in ("_thesis_page", "_term_page", "_partnership_page", "_list_page"):
        real = getattr(render, name)
        monkeypatch.setattr(render, name, lambda *a, _real=real, _name=name, **k: made.append(_name) or _real(*a, **k))
    path = config.seeds / "theses/t00007.md"
    original = path.read_text()
    theses = len(list((config.seeds / "theses").glob("*.md")))
    for n, text in enumerate([original.replace("## ABSTRAK", "## ABSTRAK\n\nKalimat baru tentang kota kembar.", 1),
                              original.replace("## ABSTRAK", "## ABSTRAK\n\nKalimat lain tentang perikanan.", 1),
                              # what its citation and the lists' .bib and .ris files say of it
                              original.replace("kind: abstract", "kind: abstract\ninstitution: Universitas Airlangga", 1),
                              original]):
        made.clear()
        path.write_text(text)
        builder.build()
        if n:  # the first edit after a full build also signs the pages it could not before
            # its own page and those listing it as related, in two languages: far fewer than every thesis
            assert 2 <= made.count("_thesis_page") < theses
            term_pages = sum(1 for folder in ("cities", "countries", "theories", "stages", "sectors")
                             for page in (config.out / folder).glob("*.html") if page.name != "index.html")
            assert made.count("_term_page") < term_pages  # both languages: under half of them
        _same_as_fresh(config, tmp_path / f"fresh{n}")


def test_a_new_thesis_plans_every_page_again(tmp_path, monkeypatch):
    make_seed_catalogue(tmp_path / "proj", 12)
    config = Config.for_project(tmp_path / "proj")
    builder = Builder(config, jobs=1, reuse_site=False)
    builder.build()
    source = config.seeds / "theses/t00003.md"
    (config.seeds / "theses/t09999.md").write_text(source.read_text().replace("t00003", "t09999"))
    builder.build()
    _same_as_fresh(config, tmp_path / "fresh")


def test_the_home_page_is_rendered_again_only_when_an_edit_reaches_what_it_shows(tmp_path, monkeypatch):
    import re

    from katalog import pipeline

    make_seed_catalogue(tmp_path / "proj", 30)
    config = Config.for_project(tmp_path / "proj")
    builder = Builder(config, jobs=1, reuse_site=False)
    builder.build()
    home = (config.out / "index.html").read_text()
    recent = set(re.findall(r'href="theses/(t\d+)\.html"', home))
    rendered = []
    real = pipeline.render_page
    monkeypatch.setattr(pipeline, "render_page", lambda env, page, *a: rendered.append(page.dest_path) or real(env, page, *a))
    for thesis, shown in ((sorted({f"t{i:05d}" for i in range(30)} - recent)[0], False), (sorted(recent)[0], True)):
        rendered.clear()
        path = config.seeds / f"theses/{thesis}.md"
        path.write_text(path.read_text().replace("## ABSTRAK", "## ABSTRAK\n\nKalimat baru di awal ringkasan.", 1))
        builder.build()
        assert f"theses/{thesis}.html" in rendered
        assert ("index.html" in rendered and "en/index.html" in rendered) == shown, thesis


def test_after_an_edit_that_moves_the_related_theses_a_text_edit_reaches_every_page_that_now_shows_it(tmp_path):
    make_seed_catalogue(tmp_path / "proj", 30)
    config = Config.for_project(tmp_path / "proj")
    builder = Builder(config, jobs=1, reuse_site=False)
    builder.build()
    builder.warm()
    path = config.seeds / "theses/t00007.md"
    original = path.read_text()
    tagged = original.replace("theories: [", "theories: [diplomasi-publik, globalisasi, ", 1)  # other related theses
    for n, text in enumerate([tagged, tagged.replace("## ABSTRAK", "## ABSTRAK\n\nKalimat baru tentang kota kembar.", 1)]):
        path.write_text(text)
        builder.build()
        _same_as_fresh(config, tmp_path / f"fresh{n}")

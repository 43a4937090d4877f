"""`serve`: a fake builder drives the loop; a real one on a temporary project shows the banner."""

from katalog.errors import BuildFailed, Diagnostic
from katalog.pipeline import Builder
from katalog.serve import DevServer


def get(dev, path="/"):
    status = {}
    body = b"".join(dev.app({"PATH_INFO": path}, lambda s, h: status.update(code=s)))
    return status["code"], body.decode()


def test_fake_builder_rebuilds_and_shows_errors_until_fixed(tmp_path):
    (tmp_path / "index.html").write_text("<html><body>good</body></html>")
    calls, fail = [], [False]

    def build():
        calls.append(1)
        if fail[0]:
            raise BuildFailed([Diagnostic("seeds/theses/x.md", 3, "unknown city 'padangg'")])

    logs = []
    dev = DevServer(tmp_path, build, log=logs.append)
    assert dev.rebuild() and get(dev)[1] == "<html><body>good</body></html>"
    fail[0] = True
    assert not dev.rebuild("seeds/theses/x.md")
    code, body = get(dev)
    assert code.startswith("200") and "good" in body
    assert 'role="alert"' in body and "seeds/theses/x.md:3: unknown city &#x27;padangg&#x27;" in body
    assert "seeds/theses/x.md:3: unknown city 'padangg'" in logs[-1]
    fail[0] = False
    dev.rebuild()
    assert 'role="alert"' not in get(dev)[1] and len(calls) == 3


def test_paths_outside_the_site_are_not_served(tmp_path):
    (tmp_path / "site").mkdir()
    (tmp_path / "secret.txt").write_text("no")
    dev = DevServer(tmp_path / "site", lambda: None)
    assert get(dev, "/../secret.txt")[0].startswith("404")


def test_real_builder_edit_rebuilds_and_broken_edit_keeps_last_good_site(project):
    dev = DevServer(project.out, Builder(project).build, log=lambda text: None)
    assert dev.rebuild()
    path = project.seeds / "theses/padang-hildesheim.md"
    path.write_text(path.read_text().replace("Kerja sama Kota Padang dan Hildesheim", "Judul Baru Padang"))
    assert dev.rebuild()
    assert "Judul Baru Padang" in get(dev, "/theses/padang-hildesheim.html")[1]
    path.write_text(path.read_text().replace("stages: [mou]", "stages: [mou, loj]"))
    assert not dev.rebuild()
    body = get(dev, "/theses/padang-hildesheim.html")[1]
    assert "Judul Baru Padang" in body
    assert "seeds/theses/padang-hildesheim.md:5: unknown stage &#x27;loj&#x27;" in body


def test_an_edited_vocabulary_is_read_again_and_a_broken_one_stops_the_rebuild(project):
    dev = DevServer(project.out, Builder(project).build, log=lambda text: None)
    assert dev.rebuild()
    theories = project.seeds / "theories.yml"
    text = theories.read_text()
    name = next(line.split(":", 1)[1].strip() for line in text.splitlines() if line.strip().startswith("name_id:"))
    theories.write_text(text.replace(f"name_id: {name}", "name_id: Nama Teori Baru", 1))
    assert dev.rebuild()
    assert "Nama Teori Baru" in get(dev, "/theories/index.html")[1]
    theories.write_text(text + "\nbroken: [\n")
    assert not dev.rebuild()
    assert "theories.yml" in get(dev, "/theories/index.html")[1]
    theories.write_text(text)  # back as it was: it builds again, with the old name
    assert dev.rebuild()
    assert name in get(dev, "/theories/index.html")[1]

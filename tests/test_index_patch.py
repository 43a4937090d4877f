"""An edit's index is patched from the last postings, never from a pass over every thesis, and
gives the bytes a build from nothing gives."""

from array import array

from benchmarks.bench import make_seed_catalogue
from katalog.config import Config
from katalog.pipeline import Builder
from katalog.search import index as search_index
from katalog.search.analysis import DocTerms
from katalog.search.postings import decode_postings, encode_postings, read_postings


def test_read_postings_gives_the_documents_the_decoder_gives_with_long_gaps_too():
    pairs = [(0, 5), (1, 4095), (40, 1), (41, 0), (1500, 77), (70000, 12), (70001, 3)]
    text = encode_postings(pairs)
    units, nums = read_postings(text)
    assert nums == decode_postings(text)[0::2] == [doc for doc, _ in pairs]
    assert "".join(map("".join, units)) == text


def test_a_saturation_is_found_for_the_first_a_middle_and_the_last_term():
    doc = DocTerms.make({"kota": 0.5, "kot": 0.25, "kota kembar": 0.125, "k": 0.0625}, [], {})
    assert [doc.saturation(t) for t in ("kota", "kot", "kota kembar", "k")] == list(array("d", doc.saturations))
    for missing in ("ko", "kembar", "kota kembar x"):
        try:
            doc.saturation(missing)
        except KeyError:
            continue
        raise AssertionError(f"{missing!r} was found")


def test_an_edit_patches_the_index_to_the_bytes_of_a_build_from_nothing(tmp_path, monkeypatch):
    make_seed_catalogue(tmp_path / "proj", 30)
    config = Config.for_project(tmp_path / "proj")
    builder = Builder(config, jobs=1, reuse_site=False)
    builder.build()
    passes = []
    real_encode = search_index.IndexCache.encode
    monkeypatch.setattr(search_index.IndexCache, "encode", lambda self, *a: passes.append(a) or real_encode(self, *a))
    path = config.seeds / "theses/t00005.md"
    original = path.read_text()
    edits = [
        # new words, a common word once more, and a bigram no thesis had
        original.replace("## ABSTRAK", "## ABSTRAK\n\nKota kembar menjalin zebrakopi paradiplomasi perikanan.", 1),
        # a sentence taken away again: words leave the index
        original,
    ]
    for text in edits:
        path.write_text(text)
        builder.build()
        assert passes == []  # patched, not encoded
        fresh = Builder(Config.for_project(config.root, out=tmp_path / "fresh"), jobs=1).gather().files
        passes.clear()  # the build from nothing encodes, of course
        search = {p.relative_to(config.out).as_posix(): p.read_bytes() for p in (config.out / "search").iterdir()}
        assert search == {k: v for k, v in fresh.items() if k.startswith("search/")}
    assert b"zebrakopi" not in b"".join(search.values())

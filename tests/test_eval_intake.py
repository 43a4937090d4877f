"""benchmarks/eval_intake.py: the scores a reviewer reads off its report."""

from __future__ import annotations

import copy
import importlib.util
import json
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
FIXTURE = ROOT / "tests" / "sites" / "eval_intake"

_spec = importlib.util.spec_from_file_location("eval_intake", ROOT / "benchmarks" / "eval_intake.py")
ev = importlib.util.module_from_spec(_spec)
sys.modules["eval_intake"] = ev  # dataclasses look their module up here
_spec.loader.exec_module(ev)


@pytest.fixture
def key():
    return ev.load_key(FIXTURE / "key.yml")


@pytest.fixture
def catalogue():
    return ev.load_catalogue(FIXTURE / "catalogue.json")


def test_a_faithful_catalogue_scores_full_marks(key, catalogue):
    t = ev.totals(ev.score_all(key, catalogue))
    assert (t["pair_right"], t["title_right"], t["titles_scored"]) == (2, 2, 2)
    assert t["facts"]["authors"] == [1, 1] and t["facts"]["year"] == [1, 1]
    assert (t["invented"], t["wrong"], t["places_dropped"]) == (0, 0, 0)
    assert t["tags"]["stages"]["precision"] == 1.0 and t["tags"]["stages"]["recall"] == 1.0


def test_a_wrong_partner_lowers_pair_accuracy_and_drops_the_place(key, catalogue):
    catalogue["aa-kota-contoh"]["partnership"][1] = {"slug": "vung-tau", "name": "Vung Tau"}
    catalogue["aa-kota-contoh"]["places"] = catalogue["aa-kota-contoh"]["places"][:1]
    t = ev.totals(ev.score_all(key, catalogue))
    assert t["pair_right"] == 1
    assert t["places_dropped"] == 1


def test_the_pair_is_right_in_either_order(key, catalogue):
    catalogue["aa-kota-contoh"]["partnership"].reverse()
    assert ev.totals(ev.score_all(key, catalogue))["pair_right"] == 2


def test_an_invented_year_is_counted_and_a_wrong_year_is_not_found(key, catalogue):
    catalogue["bb-tanpa-judul"]["year"] = 2019  # the key states no year
    catalogue["aa-kota-contoh"]["year"] = 2012  # the key states 2021
    scores = ev.score_all(key, catalogue)
    t = ev.totals(scores)
    assert t["invented"] == 1 and t["wrong"] == 1
    assert t["facts"]["year"] == [0, 1]
    assert "year: 2019" in ev.report(scores, extra=0)


def test_a_shown_title_for_an_untitled_text_is_wrong(key, catalogue):
    catalogue["bb-tanpa-judul"]["title_descriptive"] = False
    assert ev.totals(ev.score_all(key, catalogue))["title_right"] == 1


def test_titles_compare_without_case_punctuation_or_spacing(key, catalogue):
    catalogue["aa-kota-contoh"]["title"] = "kerjasama  sister-city kota padang, dengan kota hildesheim di bidang pendidikan."
    assert ev.totals(ev.score_all(key, catalogue))["title_right"] == 2


def test_tag_precision_and_recall(key, catalogue):
    catalogue["bb-tanpa-judul"]["stages"] = ["loi", "mou"]  # one right, one extra, two missed
    stages = ev.totals(ev.score_all(key, catalogue))["tags"]["stages"]
    assert (stages["tp"], stages["fp"], stages["fn"]) == (3, 1, 2)
    assert stages["precision"] == pytest.approx(0.75) and stages["recall"] == pytest.approx(0.6)


def test_a_thesis_missing_from_the_output_counts_as_all_wrong(key, catalogue):
    del catalogue["aa-kota-contoh"]
    t = ev.totals(ev.score_all(key, catalogue))
    assert t["missing"] == 1 and t["pair_right"] == 1
    assert t["facts"]["authors"] == [0, 1] and t["places_dropped"] == 2


def test_author_names_match_in_citation_order(key, catalogue):
    catalogue["aa-kota-contoh"]["authors"] = ["Lestari, Rina Putri"]
    assert ev.totals(ev.score_all(key, catalogue))["facts"]["authors"] == [1, 1]


def test_a_missing_catalogue_fails_with_a_clear_message(tmp_path, capsys):
    code = ev.main(["--catalogue", str(tmp_path / "site" / "data" / "catalogue.json"), "--key", str(FIXTURE / "key.yml")])
    assert code == 1
    assert "catalogue.json is missing" in capsys.readouterr().err


def test_the_command_prints_totals_as_json(tmp_path, capsys):
    data = json.loads((FIXTURE / "catalogue.json").read_text())
    broken = copy.deepcopy(data)
    broken["theses"][0]["year"] = 1999
    path = tmp_path / "catalogue.json"
    path.write_text(json.dumps(broken))
    assert ev.main(["--catalogue", str(path), "--key", str(FIXTURE / "key.yml"), "--json"]) == 0
    out = capsys.readouterr().out
    assert "subject pair right   2/2 (100%)" in out
    assert json.loads(out[out.index("{"):])["wrong"] == 1


def test_raw_files_are_staged_unchanged_beside_the_vocabularies(tmp_path):
    project = tmp_path / "project"
    ev.stage_project(FIXTURE / "raw", ROOT, project)
    for raw in (FIXTURE / "raw").glob("*.md"):
        assert (project / "seeds" / "theses" / raw.name).read_bytes() == raw.read_bytes()
    assert (project / "seeds" / "cities.yml").is_file() and (project / "templates").is_dir()


def test_a_side_spelt_with_a_hyphen_or_a_space_matches_the_keys_spelling():
    from benchmarks.eval_intake import side_matches

    place = {"name": "Kota Bau-Bau", "official": "Kota Bau-Bau", "slug": "kota-bau-bau"}
    assert side_matches(place, ["Baubau", "Kota Baubau"])
    assert not side_matches(place, ["Buton"])


def test_the_capitals_province_matches_the_keys_jakarta():
    from benchmarks.eval_intake import side_matches
    place = {"name": "DKI Jakarta", "slug": "daerah-khusus-ibukota-jakarta", "type": "provinsi"}
    assert side_matches(place, ["Jakarta"])
    assert not side_matches({"name": "Jawa Barat", "slug": "jawa-barat"}, ["Jakarta"])

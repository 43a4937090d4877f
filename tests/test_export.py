"""The catalogue as data: data/catalogue.json and .csv read back and compared with the entries."""

from __future__ import annotations

import csv
import io
import json
from dataclasses import replace

from katalog.export import FIELDS, catalogue_csv, thesis_record
from katalog.load import load_vocabulary
from katalog.pipeline import Builder
from tests.conftest import make_project

BOGOR = "kabupaten-bogor-nanning-kebijakan"


def _json(result) -> dict:
    return json.loads(result.files["data/catalogue.json"])


def _csv(result) -> list[dict]:
    return list(csv.DictReader(io.StringIO(result.files["data/catalogue.csv"].decode("utf-8"), newline="")))


def test_json_has_every_thesis_with_the_documented_fields(seeds_site):
    _, result = seeds_site
    data = _json(result)
    assert data["version"] == 1
    ids = [t["id"] for t in data["theses"]]
    assert ids == sorted(ids) and len(ids) == 5
    for thesis in data["theses"]:
        assert set(FIELDS) <= set(thesis), set(FIELDS) - set(thesis)


def test_json_facts_match_the_front_matter(seeds_site):
    _, result = seeds_site
    bogor = {t["id"]: t for t in _json(result)["theses"]}[BOGOR]
    assert bogor["src_name"] == f"{BOGOR}.md"
    assert bogor["authors"] == ["Khoero Dara Fazra"] and bogor["advisors"] == ["Dr. Sidik Jatmika, M.Si"]
    assert bogor["institution"] == "Universitas Muhammadiyah Yogyakarta"
    assert bogor["degree"] == "S-2" and bogor["document_type"] == "tesis"
    assert bogor["year"] is None  # the text gives an academic year, not a year
    assert bogor["partnership"] == [
        {"slug": "kabupaten-bogor", "name": "Kabupaten Bogor", "type": "kabupaten", "country": "indonesia"},
        {"slug": "nanning", "name": "Nanning", "type": "city", "country": "tiongkok"}]
    subjects = [p for p in bogor["places"] if p["role"] == "subject"]
    assert [p["slug"] for p in subjects] == ["kabupaten-bogor", "nanning"]
    assert subjects[0]["lat"] == -6.4813 and subjects[0]["lon"] == 106.854
    assert {"medan", "kota-bogor"} <= {p["slug"] for p in bogor["places"] if p["role"] == "mention"}
    assert [t["slug"] for t in bogor["stages"]][:2] == ["perencanaan", "loi"]  # lifecycle order
    assert bogor["sectors"] == ["pendidikan", "pemuda-olahraga", "pariwisata"]  # slugs of sectors.yml
    assert bogor["url"] == f"theses/{BOGOR}.html"
    assert bogor["events"][0] == {"date": "2008-09", "stage": "mou", "note": "Kabupaten Bogor dan Nanning menyusun MoU"}
    assert bogor["inferred"] == []  # front matter: nothing taken from the text


def test_unknown_facts_are_null_not_guessed(seeds_site):
    _, result = seeds_site
    vung_tau = {t["id"]: t for t in _json(result)["theses"]}["padang-ba-ria-vung-tau-perikanan"]
    assert vung_tau["authors"] == [] and vung_tau["institution"] is None and vung_tau["year"] is None
    assert vung_tau["title_descriptive"] is True and vung_tau["document_type"] is None


def test_csv_has_one_row_per_thesis_agreeing_with_the_json(seeds_site):
    _, result = seeds_site
    rows = _csv(result)
    records = {t["id"]: t for t in _json(result)["theses"]}
    assert [r["id"] for r in rows] == sorted(records)
    for row in rows:
        record = records[row["id"]]
        assert row["title"] == record["title"]
        assert row["authors"] == "; ".join(record["authors"])
        assert row["year"] == ("" if record["year"] is None else str(record["year"]))
        assert row["theories"] == "; ".join(t["name"] for t in record["theories"])
        assert row["places"] == "; ".join(p["name"] for p in record["places"] if p["role"] == "subject")
    bogor = next(r for r in rows if r["id"] == BOGOR)
    assert bogor["partnership"] == "Kabupaten Bogor; Nanning" and bogor["partnership_key"] == "kabupaten-bogor--nanning"
    assert bogor["title_descriptive"] == "false" and bogor["faculty"] == "Fakultas Ilmu Sosial dan Politik, Pasca Sarjana"
    assert bogor["events"] == "2008-09 mou; 2015-05 loi"  # date and stage; the notes are in the JSON


def test_home_page_links_the_data_files(seeds_site):
    _, result = seeds_site
    home = result.files["index.html"].decode()
    assert 'href="data/catalogue.csv"' in home and 'href="data/catalogue.json"' in home
    assert 'href="data/README.md"' in home and "data/README.md" in result.files


def test_site_url_makes_urls_absolute(tmp_path):
    config = replace(make_project(tmp_path / "p"), site_url="https://example.org/katalog/")
    data = json.loads(Builder(config, jobs=1).gather().files["data/catalogue.json"])
    assert data["theses"][0]["url"] == "https://example.org/katalog/theses/padang-hildesheim.html"


def test_new_entry_fields_and_front_matter_keys_flow_in_by_name(seeds_site):
    config, _result = seeds_site
    builder = Builder(config, jobs=1)
    builder.gather()
    entry = next(e for e, _ in builder.prepared.values() if e.id == BOGOR)
    vocabulary, _ = load_vocabulary(config)
    entry.meta = {**entry.meta, "funding": "APBD"}
    record = thesis_record(entry, vocabulary, config)
    assert [e["date"] for e in record["events"]] == ["2008-09", "2015-05"]  # the front matter's events, in date order
    assert record["funding"] == "APBD"
    header = catalogue_csv([record]).decode().splitlines()[0].split(",")
    assert header[-1] == "funding"

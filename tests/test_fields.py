"""The field reference, `build.py new` and the validator share one table of fields."""

import re

import pytest

from katalog.cli import parser
from katalog.errors import BuildFailed
from katalog.pipeline import Builder
from katalog.scaffold import new_thesis
from katalog.schema import CITY_TYPES, FRONT_MATTER_FIELDS, VOCABULARY_FIELDS, known_city_types, reference
from katalog.validate import KNOWN_FIELDS
from tests.conftest import REPO, make_project


def test_committed_field_reference_is_the_generated_one():
    assert (REPO / "docs" / "fields.md").read_text("utf-8") == reference() + "\n", \
        "run: python -m katalog.schema > docs/fields.md"


def test_reference_lists_every_field_the_validator_knows():
    text = reference()
    for name in KNOWN_FIELDS:
        assert f"| `{name}` |" in text
    for kind, specs in VOCABULARY_FIELDS.items():
        assert f"### `seeds/{kind}.yml`" in text
        for spec in specs:
            assert f"| `{spec.name}` | {spec.type} | {'yes' if spec.required else ''} |" in text
    assert "`¹`" not in text and "`²`" in text and "`[2]`" in text  # the footnote formats, and what is not one


def test_new_scaffolds_every_field_and_its_lines_are_valid_yaml(tmp_path):
    config = make_project(tmp_path / "p")
    path = new_thesis(config, "Kerja sama Kota Padang dan Hildesheim")
    text = path.read_text("utf-8")
    for field in FRONT_MATTER_FIELDS:
        assert re.search(rf"^#? ?{field.name}: ", text, re.MULTILINE), field.name
    # Uncommenting every field's line gives valid front matter: each example is valid for the validator.
    names = "|".join(f.name for f in FRONT_MATTER_FIELDS)
    body = re.sub(rf"^# ((?:{names}): [^\n]*?)[ \t]+# [^\n]*$", r"\1", text, flags=re.MULTILINE)
    body = body.replace("Paste the summary here, as received.", "Kerja sama Kota Padang dan Hildesheim: LoI dan MoU.")
    path.write_text(body)
    with pytest.raises(BuildFailed) as failed:  # only the examples' one cross-field slip: moa is not in 'stages'
        Builder(config).gather()
    assert [d.message for d in failed.value.errors] == ["stage_status gives stage 'moa', which 'stages' does not list"]


def test_city_types_are_a_known_list_with_the_gazetteers():
    known = known_city_types()
    assert set(CITY_TYPES) <= known
    assert {"governorate", "oblast", "district"} <= known  # from the gazetteer
    assert "country" not in known


def test_unknown_city_type_is_an_error_with_a_suggestion(tmp_path):
    config = make_project(tmp_path / "p")
    path = config.seeds / "cities.yml"
    text = path.read_text()
    path.write_text(text.replace("  type: kabupaten\n", "  type: kabupatn\n", 1))
    line = text[: text.index("  type: kabupaten\n")].count("\n") + 1
    with pytest.raises(BuildFailed) as failed:
        Builder(config).gather()
    [problem] = [str(d) for d in failed.value.errors]
    assert problem.startswith(f"seeds/cities.yml:{line}: unknown city type 'kabupatn'")
    assert problem.endswith("(did you mean 'kabupaten'?)")


def _help(command: str) -> str:
    sub = next(a for a in parser()._actions if a.dest == "command")
    return sub.choices[command].format_help()


def test_help_texts_say_what_check_and_serve_do():
    check = " ".join(_help("check").split())
    for words in ("without writing", "path:line: message", "--strict", "reviewed:", "Exit status 0"):
        assert words in check
    serve = " ".join(_help("serve").split())
    assert "--port PORT TCP port to listen on" in serve and "(default: 8000)" in serve
    assert "rebuild" in serve

"""Search index limits: hostile word lengths never crash the build or make unwritable file names."""

import random
import string

from katalog.pipeline import Builder
from katalog.search import load_shards, query, shard_for
from katalog.search.shards import MAX_KEY_CHARS, SHARD_BUDGET, shard_groups
from tests.conftest import make_project

THESIS = "---\ntitle: {title}\nkind: abstract\n---\n\n## ABSTRAK\n\n{body}\n"


def build(tmp_path, body: str, title: str = "Kerja sama kota"):
    config = make_project(tmp_path / "proj", theses={"odd.md": THESIS.format(title=title, body=body)})
    result = Builder(config).build()
    return config, result


def test_a_word_of_12000_letters_builds_with_a_warning_and_is_not_indexed(tmp_path):
    config, result = build(tmp_path, "Penelitian ini tentang " + "a" * 12_000 + " dan paradiplomasi.")
    warnings = [str(w) for w in result.warnings if "not indexed" in w.message]
    assert len(warnings) == 1 and warnings[0].startswith("seeds/theses/odd.md:8: warning: a word of 12000 characters")
    names = [p.name for p in (config.out / "search").iterdir()]
    assert max(map(len, names)) < 120
    shards = load_shards({p: d for p, d in result.files.items() if p.startswith("search/")})
    assert "odd" in query(shards, "paradiplomasi")  # the rest of the text is still found


def test_400_words_sharing_a_long_prefix_give_short_file_names_and_stay_findable(tmp_path):
    rng = random.Random(4)
    stem = "".join(rng.choice(string.ascii_lowercase) for _ in range(50))  # within the indexed length
    words = [stem + "".join(rng.choice(string.ascii_lowercase) for _ in range(8)) for _ in range(400)]
    _, result = build(tmp_path, " ".join(words))
    shards = load_shards({p: d for p, d in result.files.items() if p.startswith("search/")})
    assert max(map(len, shards["meta"]["formShards"] + shards["meta"]["termShards"])) == MAX_KEY_CHARS
    assert query(shards, words[123] + " ") == ["odd"]


def test_400_words_sharing_a_302_letter_prefix_build(tmp_path):
    """The reported case: past the indexed length, they are left out with a warning each."""
    words = ["b" * 302 + f"{i:03d}x" for i in range(400)]
    config, result = build(tmp_path, " ".join(words))
    assert sum("not indexed" in w.message for w in result.warnings) == 400
    assert max(len(p.name) for p in (config.out / "search").iterdir()) < 120


def test_shard_keys_are_bounded_and_every_item_is_where_shard_for_looks():
    items = sorted({"k" * 40 + str(i) for i in range(300)} | {"k" * n for n in range(1, 45)} | {"ka", "kb", "z"})
    groups = shard_groups(items, {k: 1000 for k in items})  # every item near the budget: splits as far as it can
    keys = [key for key, _ in groups]
    assert max(map(len, keys)) == MAX_KEY_CHARS and len(keys) == len(set(keys))
    for key, members in groups:
        for item in members:
            assert shard_for(item, keys) == key, item
    assert sorted(item for _, members in groups for item in members) == items


def test_a_deep_split_needs_no_recursion():
    items = ["q" * 5000 + str(i) for i in range(10)]
    assert [key for key, _ in shard_groups(items, dict.fromkeys(items, SHARD_BUDGET))] == ["q" * MAX_KEY_CHARS]


def test_a_long_word_in_the_title_is_reported_at_the_title_line(tmp_path):
    _, result = build(tmp_path, "Isi biasa.", title="Kerja sama " + "x" * 70)
    assert [str(w) for w in result.warnings if "not indexed" in w.message] == [
        ("seeds/theses/odd.md:2: warning: a word of 70 characters ('xxxxxxxxxxxxxxxxxxxx…') is not indexed for search "
         "(the limit is 64)")]

"""What a search downloads on a catalogue big enough for its index to split: a known word loads
the form shards that hold it and the forms it begins, not every shard of its first two letters;
an unknown word finds its correction among the forms of its first three letters, looking wider only
for a typo among them; alias rows come from the file of the query words'
first two letters. (Headless Chromium; made-up words in a made-up thesis.)"""

import random
import re
import string

import pytest
from playwright.sync_api import expect

from katalog.pipeline import Builder
from katalog.search import load_shards
from tests.conftest import make_project

pytestmark = pytest.mark.browser

THESIS = "---\ntitle: {title}\nkind: abstract\n---\n\n## ABSTRAK\n\n{body}\n"


@pytest.fixture(scope="module")
def big_index(tmp_path_factory):
    rng = random.Random(7)
    made_up = sorted({"ke" + "".join(rng.choice(string.ascii_lowercase) for _ in range(rng.randint(5, 12)))
                      for _ in range(4000)})
    theses = {f"m{i}.md": THESIS.format(title=f"Kajian kata buatan {i}", body=" ".join(made_up[i::8]) + ".")
              for i in range(8)}
    theses["real.md"] = THESIS.format(title="Kerjasama Kota Bogor dan Kisarazu",
                                      body="Penelitian ini membahas kerjasama Kota Bogor dan Kisarazu di bidang pertanian.")
    config = make_project(tmp_path_factory.mktemp("big") / "proj", theses=theses)
    Builder(config).build()
    return config


def searched(browser, config, q: str) -> tuple[list[str], list[str]]:
    page = browser.new_page()
    loaded = []
    page.on("requestfinished", lambda r: loaded.append(r.url.rsplit("/", 1)[-1].removesuffix(".js")))
    page.goto((config.out / "search.html").as_uri() + "?q=" + q)
    expect(page.locator("#search-status")).to_contain_text("“" + q + "”")
    titles = page.locator("#search-results li.result h2").all_text_contents()
    page.close()
    return titles, loaded


def test_a_known_word_loads_only_the_form_shards_that_can_hold_it(browser, big_index):
    shards = load_shards({p.relative_to(big_index.out).as_posix(): p.read_bytes()
                          for p in (big_index.out / "search").iterdir()})
    under_ke = [k for k in shards["meta"]["formShards"] if k.startswith("ke")]
    assert len(under_ke) > 5  # the index did split: many shards under 'ke'
    titles, loaded = searched(browser, big_index, "kerjasama")
    assert titles and "Kerjasama Kota Bogor" in titles[0]
    forms = [n[1:] for n in loaded if re.fullmatch(r"f[a-z0-9_]+", n)]
    assert forms and all("kerjasama".startswith(k) or k.startswith("kerjasama") for k in forms), forms
    aliases = [n for n in loaded if n.startswith("ka")]
    assert all(n == "kake" for n in aliases), aliases  # the alias rows of words beginning 'ke' only


def test_an_unknown_word_finds_its_correction_looking_wide_only_for_an_early_typo(browser, big_index):
    titles, loaded = searched(browser, big_index, "kerjsama")  # a letter left out late: its first three letters hold it
    assert titles and "Kerjasama Kota Bogor" in titles[0]
    forms = [n[1:] for n in loaded if re.fullmatch(r"f[a-z0-9_]+", n)]
    assert all("ker".startswith(k) or k.startswith("ker") or "kerjsama".startswith(k) for k in forms), forms
    titles, loaded = searched(browser, big_index, "kejrasama")  # two letters swapped early: every 'ke' shard
    assert titles and "Kerjasama Kota Bogor" in titles[0]
    assert len([n for n in loaded if n.startswith("fke")]) > 5

"""Search: Python side (tokens, stems, aliases, ranking) and the JS side on the same index."""

import json
import shutil
import subprocess
from itertools import pairwise

import pytest

from katalog.analyze import Analyzer
from katalog.config import Config
from katalog.load import load_vocabulary
from katalog.search import (
    decode_postings,
    encode_postings,
    join_postings,
    load_shards,
    parse_query,
    query,
    search,
    typo_prefixes,
    within_one_edit,
)
from tests.conftest import REPO

NANNING = "kabupaten-bogor-nanning-kebijakan"
KISARAZU = "kota-bogor-kisarazu-2016-2018"
VUNGTAU = "padang-vung-tau-hambatan"
BRVT = "padang-ba-ria-vung-tau-perikanan"
HILDESHEIM = "padang-hildesheim-kesimpulan"

# query, expected first result
QUERIES = [
    # inflected Indonesian: Sastrawi brings the forms together
    ("berdiplomasi", KISARAZU),  # diplomacy is its theory; the chapter only uses the word
    ("perikanan", BRVT),
    # English
    ("fisheries cooperation", BRVT),
    ("obstacles", VUNGTAU),  # = hambatan, in its title
    # a country's names find the theses of its cities
    ("Jepang", KISARAZU),
    ("Japan", KISARAZU),
    ("Tiongkok", NANNING),
    ("Jerman", HILDESHEIM),
    # stage aliases
    ("nota kesepahaman", VUNGTAU),
    ("LoI", VUNGTAU),
    # a city alias spelled otherwise
    ("Vũng Tàu", VUNGTAU),
    # an author and an institution
    ("Khoero", NANNING),
    ("Muhammadiyah", NANNING),
    # prefix while typing, and a typo
    ("Hildes", HILDESHEIM),
    ("paradiplomasy", BRVT),
    ("pradiplomasi", BRVT),  # a letter missing from the first two
    ("apradiplomasi", BRVT),  # the first two swapped
    ("Kisaraz", KISARAZU),
    # a phrase
    ('"organic city"', KISARAZU),
    ('"budaya dan agama"', NANNING),  # a function word inside a phrase
]


@pytest.fixture(scope="module")
def shards(seeds_site):
    _, result = seeds_site
    return load_shards({p: d for p, d in result.files.items() if p.startswith("search/")})


@pytest.mark.parametrize("q, first", QUERIES, ids=[q for q, _ in QUERIES])
def test_python_ranks_the_expected_thesis_first(shards, q, first):
    assert query(shards, q)[:1] == [first]


def test_kerja_sama_and_kerjasama_and_cooperation_find_the_same(shards):
    a, b, c = (set(query(shards, q)) for q in ("kerja sama", "kerjasama", "cooperation"))
    assert a == b == c and len(a) == 5


def test_inflected_form_finds_the_text_using_it(shards):
    assert NANNING in query(shards, "berdiplomasi")


def test_filter_and_no_match(shards):
    assert query(shards, "sister city", {"countries": "jepang"}) == [KISARAZU]
    assert query(shards, "zzyzx qwerty") == []


def test_tagged_theses_rank_above_passing_mentions(shards):
    ranked = query(shards, "Medan")
    assert ranked == [NANNING]  # only mentioned there; nothing else
    assert query(shards, "Vietnam")[:2] == sorted([VUNGTAU, BRVT]) or set(query(shards, "Vietnam")[:2]) == {VUNGTAU, BRVT}


def test_stemming_keeps_forms_together():
    analyzer = Analyzer(load_vocabulary(Config.for_project(REPO))[0])
    stems = dict(analyzer.words("berdiplomasi diplomasi bekerjasama kerjasama penandatanganan Nanning"))
    assert stems["berdiplomasi"] == stems["diplomasi"] == "diplomasi"
    assert stems["bekerjasama"] == stems["kerjasama"]
    assert stems["nanning"] == "nanning"  # names are never stemmed
    assert dict(analyzer.words("cooperation cooperating", "en"))["cooperating"] == "cooper"


@pytest.mark.parametrize("a, b, ok", [
    ("paradiplomasi", "paradiplomasy", True), ("kisarazu", "kisarazi", True), ("nanning", "naning", True),
    ("hildesheim", "hildeshiem", True), ("padang", "pedang", True), ("padang", "pdeang", False),
])
def test_one_edit(a, b, ok):
    assert within_one_edit(a, b) is ok


def test_index_is_versioned_and_written_with_sorted_keys(seeds_site):
    _, result = seeds_site
    meta = result.files["search/meta.js"].decode()
    payload = json.loads(meta[meta.index(",") + 1 : -3])
    assert payload["version"] == 3
    assert list(payload) == sorted(payload)


def test_whole_search_for_the_seeds_is_small(seeds_site):
    _, result = seeds_site
    per_query = sum(len(result.files[f]) for f in ("static/search-query.js", "static/search.js", "search/meta.js"))
    assert per_query < 70_000  # meta grew with the gazetteer places the seeds name and the sectors vocabulary


# Gaps of one, of 31/32 (one and two digits), past 1,024 and huge; scores 0 to the maximum.
WIDE_POSTINGS = [(0, 0), (1, 1), (32, 63), (64, 64), (1100, 4095), (1101, 517), (2_000_000, 12)]


def test_postings_text_round_trip_and_size():
    encoded = encode_postings(WIDE_POSTINGS)
    assert decode_postings(encoded) == [x for pair in WIDE_POSTINGS for x in pair]
    assert '"' not in encoded and "\\" not in encoded
    dense = encode_postings([(d, 1234) for d in range(10_000)])
    assert len(dense) == 30_000  # three characters per document when every document has the term


def test_postings_encoded_in_document_ranges_join_into_the_whole():
    """Workers encode ranges of documents; the joined text must be the text of the whole list."""
    whole = encode_postings(WIDE_POSTINGS)
    for cuts in ([1], [2, 3], [len(WIDE_POSTINGS) - 1], [1, 2, 3, 4]):
        bounds = [0, *cuts, len(WIDE_POSTINGS)]
        pieces = [WIDE_POSTINGS[a:b] for a, b in pairwise(bounds)]
        joined = join_postings([(encode_postings(p), p[0][0], p[-1][0]) for p in pieces])
        assert joined == whole, cuts


# More queries the two sides must rank alike: typos, adjacent words, partial matches, place names.
TWIN_QUERIES = ["kerja sama", "kerjasama", "cooperation", "zzyzx", "sister city", "kerjsama", "kerjas",
                "hubungan bilateral", "budaya dan agama", "Vung Tau", "vung tau ", "Jepang hubungan bilateral",
                "paradiplomasi zzyzx", "hildesheim kisarazu", "kerjasama ekonomi perikanan"]
TWIN_FILTERED = [("", {"cities": "padang"}), ("paradiplomasi hildesheim", {"cities": "ba-ria-vung-tau"}), ("kerjasama", {"countries": "vietnam"}),
                 ("hildesheim kisarazu", {"cities": "kisarazu"}), ("sister city", {"cities": "padang", "stages": "mou"}),
                 ("kerjasama", {"cities": "medan"})]

NODE_RUNNER = r"""
const api = require(process.argv[2]);
const shards = {};
global.KatalogSearchShard = (name, data) => { shards[name] = data; };
for (const f of require("fs").readdirSync(process.argv[3])) require(process.argv[3] + "/" + f);
const meta = api.expandMeta(shards.meta, shards);
const sf = (p, keys, key) => { const k = api.shardFor(key, keys); return k === null ? {} : (shards[api.shardFile(p, k)] || {}); };
const lookup = (f) => sf("f", meta.formShards, f)[f] || null;
const prefix = (p) => { const o = {}; meta.formShards.forEach(k => { if (k.startsWith(p) || p.startsWith(k)) Object.assign(o, shards[api.shardFile("f", k)]); }); return o; };
const postings = (t) => api.decodePostings(sf("t", meta.termShards, t)[t] || "");
const out = {};
for (const [q, filters] of JSON.parse(process.argv[4])) {
  let allowed = null;
  for (const [k, v] of Object.entries(filters)) {
    const flat = postings("#" + k + ":" + v), next = {};
    for (let i = 0; i < flat.length; i += 2) if (allowed === null || allowed[flat[i]]) next[flat[i]] = 1;
    allowed = next;
  }
  const clauses = api.parseQuery(q, meta.aliases, lookup, prefix, meta.phraseSkip);
  const scores = api.evaluate(clauses, postings, allowed);
  const ids = api.rank(scores).map(d => shards["d" + Math.floor(d / meta.docsPerShard)][d % meta.docsPerShard].id);
  out[q + " " + JSON.stringify(filters)] = [ids, api.isPartial(scores, clauses)];
}
out.decoded = api.decodePostings(process.argv[5]);
console.log(JSON.stringify(out));
"""


def test_javascript_ranks_exactly_like_python(seeds_site, shards, tmp_path):
    node = shutil.which("node")
    if node is None:
        pytest.fail("node is needed to test the JavaScript side")
    config, _ = seeds_site
    runner = tmp_path / "run.js"
    runner.write_text(NODE_RUNNER)
    queries = [(q, {}) for q, _ in QUERIES] + [(q, {}) for q in TWIN_QUERIES] + TWIN_FILTERED
    encoded = encode_postings(WIDE_POSTINGS)
    run = subprocess.run([node, str(runner), str(REPO / "static/search-query.js"), str(config.out / "search"),
                          json.dumps(queries), encoded], capture_output=True, text=True, check=True)
    js = json.loads(run.stdout)
    assert js.pop("decoded") == [x for pair in WIDE_POSTINGS for x in pair]
    for q, filters in queries:
        ids, partial = search(shards, q, filters, limit=100)
        assert js[f"{q} {json.dumps(filters, separators=(',', ':'))}"] == [ids, partial], (q, filters)


def test_phrase_bigrams_skip_function_words(shards):
    meta = shards["meta"]
    clauses = parse_query('"budaya dan agama"', meta["aliases"], lambda w: None, lambda p: {}, set(meta["phraseSkip"]))
    assert [c["alts"] for c in clauses] == [[["budaya agama", 1.0]]]
    assert "dan" in meta["phraseSkip"]


def test_typo_prefixes_cover_a_swap_and_a_letter_too_many_or_missing():
    assert typo_prefixes("apradiplomasi") == ["pa", "pr", "ar"]  # "pa" is where "paradiplomasi" is filed
    assert "pa" in typo_prefixes("pradiplomasi")
    assert "ke" in typo_prefixes("kkerjasama")


def test_a_corrected_typo_brings_the_synonyms_of_the_word(shards):
    assert set(query(shards, "kerjsama")) == set(query(shards, "kerjasama")) and len(query(shards, "kerjsama")) == 5


def test_adjacent_query_words_outrank_the_same_words_apart(shards):
    # Nanning says "hubungan bilateral" twice; Hildesheim says "kerjasama bilateral", and "hubungan" elsewhere
    assert query(shards, "hubungan bilateral") == [NANNING, HILDESHEIM]


def test_a_place_name_is_found_inside_a_longer_one(shards):
    assert query(shards, "Vung Tau") == [VUNGTAU, BRVT]  # BRVT writes "Ba Ria Vung Tau"


def test_partial_matches_are_flagged_only_when_no_thesis_has_every_word(shards):
    ids, partial = search(shards, "paradiplomasi zzyzx")
    assert partial and set(ids) == set(query(shards, "paradiplomasi"))
    assert search(shards, "paradiplomasi") == (query(shards, "paradiplomasi"), False)


def test_filters_narrow_before_the_full_matches_are_chosen(shards):
    """Only Hildesheim has both words; filtered to Ba Ria-Vung Tau, its thesis (one word) shows, marked partial."""
    assert search(shards, "paradiplomasi hildesheim") == ([HILDESHEIM], False)
    assert search(shards, "paradiplomasi hildesheim", {"cities": "ba-ria-vung-tau"}) == ([BRVT], True)


def test_result_cards_end_at_a_word_and_keep_the_descriptive_flag(seeds_site):
    _, result = seeds_site
    cards = [c for p, d in result.files.items() if p.startswith("search/d")
             for c in load_shards({p: d})[p[len("search/"):-len(".js")]]]
    assert {c["id"] for c in cards if c.get("descriptive")} >= {BRVT}
    brvt = next(c for c in cards if c["id"] == BRVT)
    assert brvt["text"].endswith("untuk mengetahui…")  # not "mengetahui im"


def test_english_words_of_common_cooperation_topics_find_the_indonesian_text(tmp_path):
    """Students search in English: 'waste', 'flood', 'disaster', 'port' find a thesis written in
    Indonesian, even where the word stands inside a longer alias ('pengelolaan sampah', a sector's)."""
    from katalog.pipeline import Builder
    from tests.conftest import make_project

    body = ("Kerja sama Kota Bogor dan Kisarazu mencakup pengelolaan sampah, penanggulangan banjir dan bencana, "
            "serta pengembangan pelabuhan.")
    config = make_project(tmp_path / "p", seeds=REPO / "seeds",
                          theses={"topik.md": f"---\ntitle: Kerja sama lingkungan\nkind: abstract\n---\n\n## ABSTRAK\n\n{body}\n"})
    result = Builder(config, jobs=1).build()
    index = load_shards({p: d for p, d in result.files.items() if p.startswith("search/")})
    for q in ("waste", "sampah", "flood", "disaster", "port"):
        assert "topik" in query(index, q), q

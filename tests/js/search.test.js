/* Node tests of the query engine (static/search-query.js), on the seeds' built index.
 * Run by tests/test_search_js.py (node --test), which passes the index folder in KATALOG_SEARCH_DIR. */
"use strict";
const test = require("node:test");
const assert = require("node:assert/strict");
const fs = require("node:fs");
const path = require("node:path");

const api = require(path.resolve(__dirname, "../../static/search-query.js"));
const dir = process.env.KATALOG_SEARCH_DIR;
const shards = {};
global.KatalogSearchShard = (name, data) => { shards[name] = data; };
for (const f of fs.readdirSync(dir)) require(path.join(dir, f));
const meta = api.expandMeta(shards.meta, shards);
const inShard = (p, keys, key) => { const k = api.shardFor(key, keys); return k === null ? {} : (shards[api.shardFile(p, k)] || {}); };
const lookup = (f) => inShard("f", meta.formShards, f)[f] || null;
const prefix = (p) => {
  const o = {};
  meta.formShards.forEach((k) => { if (k.startsWith(p) || p.startsWith(k)) Object.assign(o, shards[api.shardFile("f", k)]); });
  return o;
};
const postings = (t) => api.decodePostings(inShard("t", meta.termShards, t)[t] || "");
const card = (d) => shards["d" + Math.floor(d / meta.docsPerShard)][d % meta.docsPerShard];

function run(q) {
  const clauses = api.parseQuery(q, meta.aliases, lookup, prefix, meta.phraseSkip);
  const scores = api.evaluate(clauses, postings, null);
  return { ids: api.rank(scores).map((d) => card(d).id), partial: api.isPartial(scores, clauses) };
}

test("a corrected typo finds what the word finds, synonyms included", () => {
  assert.deepEqual(run("kerjsama").ids.slice().sort(), run("kerjasama").ids.slice().sort());
  assert.equal(run("kerjsama").ids.length, 5);
});

test("adjacent query words rank the thesis that has them side by side first", () => {
  assert.equal(run("hubungan bilateral").ids[0], "kabupaten-bogor-nanning-kebijakan");
});

test("a place name inside a longer one is found", () => {
  const ids = run("Vung Tau").ids;
  assert.equal(ids[0], "padang-vung-tau-hambatan");  // tagged with Vung Tau itself
  assert.ok(ids.includes("padang-ba-ria-vung-tau-perikanan"));  // writes "Ba Ria Vung Tau"
});

test("results that match only some words say so", () => {
  assert.equal(run("paradiplomasi zzyzx").partial, true);
  assert.ok(run("paradiplomasi zzyzx").ids.length > 0);
  assert.equal(run("paradiplomasi").partial, false);
});

test("an unknown filter value is reported, a known one is not", () => {
  assert.deepEqual(api.unknownFilters(meta.facets, { cities: "medan", countries: "jepang", stages: "" }), [["cities", "medan"]]);
});

test("snippets and card texts never end inside a word", () => {
  Object.keys(shards).filter((n) => /^d\d+$/.test(n)).forEach((n) => shards[n].forEach((c) => {
    assert.match(c.text, /(\p{L}|\p{N}|[.!?)"”])…?$/u, c.id);
    const parts = api.snippet(c.text, (w) => w === "kerjasama", 120);
    const shown = parts.map((p) => p[0]).join("");
    if (shown.endsWith(" …")) {
      const before = shown.slice(0, -2);
      const at = c.text.indexOf(before.replace(/^… /, "")) + before.replace(/^… /, "").length;
      assert.ok(at >= c.text.length || /[\s]/.test(c.text[at]), c.id + ": cut inside a word");
    }
  }));
});

test("theses whose titles were written for them carry the badge's flag, the others none", () => {
  const cards = Object.keys(shards).filter((n) => /^d\d+$/.test(n)).flatMap((n) => shards[n]);
  const flagged = cards.filter((c) => "descriptive" in c);
  assert.ok(flagged.every((c) => c.descriptive === true));
  assert.ok(flagged.some((c) => c.id === "padang-ba-ria-vung-tau-perikanan"));
  assert.ok(!flagged.some((c) => c.id === "kabupaten-bogor-nanning-kebijakan"));  // its title is the source's
});

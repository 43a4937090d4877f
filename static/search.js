/* Client-side search for the catalogue: loading the index, the header box and the search page.
 *
 * The index is a set of JavaScript files under search/ that register themselves by calling
 * KatalogSearchShard(name, data) when a <script> tag loads them (fetch of local files is
 * blocked by browsers, script tags are not). The query engine's pure functions are in
 * static/search-query.js (window.KatalogSearchQuery), loaded first.
 */
(function (global) {
  "use strict";

  var Q = global.KatalogSearchQuery;
  if (!Q || typeof document === "undefined") return;
  var tokenize = Q.tokenize, shardFor = Q.shardFor, shardFile = Q.shardFile, typoPrefixes = Q.typoPrefixes;
  var expandMeta = Q.expandMeta, directoriesFor = Q.directoriesFor;
  var nearForms = Q.nearForms, needsTypoShards = Q.needsTypoShards, parseQuery = Q.parseQuery, evaluate = Q.evaluate, rank = Q.rank;
  var isPartial = Q.isPartial, decodePostings = Q.decodePostings, snippet = Q.snippet, unknownFilters = Q.unknownFilters;
  var QUICK_RESULTS = 6;
  var PAGE_RESULTS = 20;
  var FACET_LABELS = { cities: "kota", countries: "negara", theories: "teori", stages: "tahap", sectors: "sektor" };

  // ------------------------------------------------------------------ loading shards
  var script = document.currentScript;
  var ROOT = (script && script.getAttribute("data-root")) || "./";
  // The pages of this page's language (en/ for the English ones); the index is shared.
  var PAGES = ROOT + ((script && script.getAttribute("data-pages")) || "");
  // Titles and snippets are the catalogue's content, in Indonesian: marked so on other pages.
  var CONTENT_LANG = script && script.getAttribute("data-pages") ? "id" : "";

  // The interface's words: Indonesian here; an English page gives its own in data-strings (a
  // strict CSP forbids inline scripts). {0}, {1} … are filled in by say().
  var WORDS = {
    descriptive: "judul deskriptif", descriptiveTitle: "Judul deskriptif: teks sumber tidak memuat judul",
    partialBadge: "memuat {0} dari {1} kata", quickNone: "Tidak ada hasil untuk “{0}”", quickCount: "{0} hasil", quickCountOne: "{0} hasil",
    quickPartial: " yang memuat sebagian kata", quickEnter: " — Enter untuk semua", pageNone: "Tidak ada hasil untuk “{0}”.",
    pageHint: "Periksa ejaan, pakai kata yang lebih umum, hapus saringan, atau coba salah satu topik ini:",
    pagePartial: "Tidak ada tesis yang memuat semua kata; hasil berikut memuat sebagian. ", pageCount: "{0} hasil", pageCountOne: "{0} hasil",
    pageFor: " untuk “{0}”", pageTop: ", {0} teratas ditampilkan",
    unknownFilter: "Saringan {0} “{1}” tidak dikenal atau tidak dimiliki tesis mana pun, jadi tidak dipakai."
  };
  try {
    var given = JSON.parse((script && script.getAttribute("data-strings")) || "{}");
    Object.keys(given).forEach(function (k) { WORDS[k] = given[k]; });
  } catch (e) { /* a malformed attribute leaves the Indonesian words */ }
  Object.keys(FACET_LABELS).forEach(function (k) { if (WORDS["facet_" + k]) FACET_LABELS[k] = WORDS["facet_" + k]; });

  function say(key) {
    var args = Array.prototype.slice.call(arguments, 1);
    if (args[0] === 1 && WORDS[key + "One"]) key += "One";  // '1 result', not '1 results'
    return WORDS[key].replace(/\{(\d)\}/g, function (_, i) { return String(args[+i]); });
  }
  var shards = {}, waiting = {};

  global.KatalogSearchShard = function (name, data) {
    shards[name] = data;
    if (waiting[name]) { waiting[name].forEach(function (f) { f(data); }); delete waiting[name]; }
  };

  function load(name) {
    if (name in shards) return Promise.resolve(shards[name]);
    return new Promise(function (resolve) {
      if (waiting[name]) { waiting[name].push(resolve); return; }
      waiting[name] = [resolve];
      var tag = document.createElement("script");
      tag.src = ROOT + "search/" + name + ".js";
      tag.async = true;
      tag.onerror = function () { global.KatalogSearchShard(name, {}); };
      document.head.appendChild(tag);
    });
  }

  /* The form shards that hold `word` and the forms it begins (all a known or a half-typed word
   * needs). Every shard of its first two letters is loaded only for an unknown word's typos: for
   * 'perikanan padang' at 10,000 realistic theses that fan-out was 400 of 570 kB. */
  function formShardsFor(word, meta) {
    var names = {}, key = shardFor(word, meta.formShards);
    if (key !== null) names[shardFile("f", key)] = 1;
    meta.formShards.forEach(function (k) {
      if (k.lastIndexOf(word, 0) === 0) names[shardFile("f", k)] = 1;
    });
    return Object.keys(names);
  }

  function lookupIn(meta) {
    return function (form) {
      var key = shardFor(form, meta.formShards), s = key === null ? null : shards[shardFile("f", key)];
      return s && s[form] ? s[form] : null;
    };
  }

  function prefixIn(meta) {
    return function (prefix) {
      var found = {};
      meta.formShards.forEach(function (k) {
        if (k.lastIndexOf(prefix, 0) === 0 || prefix.lastIndexOf(k, 0) === 0) {
          var s = shards[shardFile("f", k)] || {};
          Object.keys(s).forEach(function (f) { found[f] = s[f]; });
        }
      });
      return found;
    };
  }

  var decoded = {};
  function postingsIn(meta) {
    return function (term) {
      if (decoded[term]) return decoded[term];
      var key = shardFor(term, meta.termShards), s = key === null ? null : shards[shardFile("t", key)];
      if (!s || !s[term]) return [];
      return (decoded[term] = decodePostings(s[term]));
    };
  }

  /* Load the directory shards of `kind` for the first characters of `texts`; meta then lists them. */
  function directories(meta, kind, texts) {
    return Promise.all(directoriesFor(meta, kind, texts).map(load)).then(function () { expandMeta(meta, shards); });
  }

  /* The whole search: query text and filters → {total, cards, hit(word)}. */
  function search(q, filters, limit) {
    var words = tokenize(q);
    var firsts = words.concat(words.map(function (w) { return w.slice(1); }));  // typo prefixes start with a word's 1st or 2nd letter
    return load("meta").then(function (meta) {
      return directories(meta, "f", firsts).then(function () { return directories(meta, "a", words); }).then(function () { return meta; });
    }).then(function (meta) {
      var need = {};
      words.forEach(function (w) { formShardsFor(w, meta).forEach(function (n) { need[n] = 1; }); });
      var typos = [];
      return Promise.all(Object.keys(need).map(load)).then(function () {
        var near = {};  // an unknown word: first the shards of its first three letters
        typos = words.filter(function (w) { return needsTypoShards(w, lookupIn(meta), prefixIn(meta)); });
        typos.forEach(function (w) { formShardsFor(w.slice(0, 3), meta).forEach(function (n) { near[n] = 1; }); });
        return Promise.all(Object.keys(near).map(load));
      }).then(function () {
        var extra = {};  // none of its forms one edit away there: the typo is early, look wider
        typos.forEach(function (w) {
          if (Object.keys(nearForms(w, prefixIn(meta))).length) return;
          [w.slice(0, 2)].concat(typoPrefixes(w)).forEach(function (p) {
            formShardsFor(p, meta).forEach(function (n) { if (!(n in shards)) extra[n] = 1; });
          });
        });
        return Promise.all(Object.keys(extra).map(load));
      }).then(function () {
        var clauses = parseQuery(q, meta.aliases, lookupIn(meta), prefixIn(meta), meta.phraseSkip);
        var terms = {};
        clauses.forEach(function (c) { c.alts.forEach(function (a) { terms[a[0]] = 1; }); });
        Object.keys(filters).forEach(function (k) { if (filters[k]) terms["#" + k + ":" + filters[k]] = 1; });
        var files = {};
        return directories(meta, "t", Object.keys(terms)).then(function () {
          Object.keys(terms).forEach(function (t) {
            var key = shardFor(t, meta.termShards);
            if (key !== null) files[shardFile("t", key)] = 1;
          });
          return Promise.all(Object.keys(files).map(load));
        }).then(function () {
          var postings = postingsIn(meta), allowed = null;
          Object.keys(filters).forEach(function (k) {
            if (!filters[k]) return;
            var next = {}, flat = postings("#" + k + ":" + filters[k]);
            for (var i = 0; i < flat.length; i += 2) if (allowed === null || allowed[flat[i]]) next[flat[i]] = 1;
            allowed = next;
          });
          var scores = evaluate(clauses, postings, allowed);
          var order = rank(scores), top = order.slice(0, limit), docFiles = {};
          top.forEach(function (d) { docFiles["d" + Math.floor(d / meta.docsPerShard)] = 1; });
          return Promise.all(Object.keys(docFiles).map(load)).then(function () {
            var cards = top.map(function (d) {
              var card = shards["d" + Math.floor(d / meta.docsPerShard)][d % meta.docsPerShard];
              return Object.assign({ matched: scores[d][0] }, card);
            });
            var required = clauses.filter(function (c) { return !c.bonus; }).length;
            return { total: order.length, cards: cards, hit: hitTest(clauses, meta), meta: meta,
                     partial: isPartial(scores, clauses), required: required };
          });
        });
      });
    });
  }

  /* Words of a place's longer names that name no place ('Kota Kisarazu', 'Vung Tau City'): not marked
     in a snippet unless typed, or every 'kota' of a text would light up for 'Kisarazu'. */
  var GENERIC = {};
  ["kota", "city", "kabupaten", "regency", "provinsi", "province", "prefektur", "prefecture", "pemerintah",
   "government", "pemkot", "pemkab", "pemprov", "of", "the", "dan", "and", "di", "in",
   // nor a sector's head word ('bidang pertanian', 'sektor pariwisata'): 'pertanian' would light up every 'bidang'
   "bidang", "sektor", "sector", "sectors", "field", "fields"].forEach(function (w) { GENERIC[w] = 1; });

  /* Which words of a snippet to mark: the words typed, their forms in the corpus, alias words. */
  function hitTest(clauses, meta) {
    var stems = {}, exact = {}, prefixes = [];
    clauses.forEach(function (c) {
      c.words.forEach(function (w) { exact[w] = 1; if (w.length >= 3) prefixes.push(w); });
      c.alts.forEach(function (a) {
        a[0].split(" ").forEach(function (s) { stems[s] = 1; });
        if (a[0].charAt(0) === "~") meta.aliases.forEach(function (row) {
          if (row[1] === a[0]) row[0].split(" ").forEach(function (w) { if (!GENERIC[w]) exact[w] = 1; });
        });
      });
    });
    var lookup = lookupIn(meta);
    return function (word) {
      if (exact[word]) return true;
      for (var i = 0; i < prefixes.length; i++) if (word.lastIndexOf(prefixes[i], 0) === 0) return true;
      var row = lookup(word);
      return !!(row && row[0].some(function (s) { return stems[s]; }));
    };
  }

  // ------------------------------------------------------------------ the page
  function el(tag, cls, text) {
    var node = document.createElement(tag);
    if (cls) node.className = cls;
    if (text !== undefined) node.textContent = text;
    return node;
  }

  // The title line's badges: a descriptive title, a partial match.
  function addBadges(h, card, r) {
    if (card.descriptive) {
      h.appendChild(document.createTextNode(" "));
      var badge = el("span", "badge", WORDS.descriptive);
      badge.title = WORDS.descriptiveTitle;
      h.appendChild(badge);
    }
    if (r.partial && card.matched < r.required) {
      h.appendChild(document.createTextNode(" "));
      h.appendChild(el("span", "badge", say("partialBadge", card.matched, r.required)));
    }
  }

  function metaLine(card) {
    return [card.pair.join(" – "), card.authors.join(", "), card.year].filter(Boolean).join(" · ");
  }

  // A result on the search page: a heading with the link, the facts, the snippet.
  function resultItem(card, r) {
    var li = el("li", "result");
    var a = el("a", null, card.title);
    a.href = PAGES + card.url;
    if (CONTENT_LANG) a.lang = CONTENT_LANG;
    var h = el("h2", "result-title");
    h.appendChild(a);
    addBadges(h, card, r);
    li.appendChild(h);
    var meta = metaLine(card);
    if (meta) li.appendChild(el("p", "meta", meta));
    var p = el("p", "snippet");
    if (CONTENT_LANG) p.lang = CONTENT_LANG;
    snippet(card.text, r.hit).forEach(function (part) {
      p.appendChild(part[1] ? el("mark", null, part[0]) : document.createTextNode(part[0]));
    });
    li.appendChild(p);
    return li;
  }

  // An option of the header box's listbox: text only (an option holds nothing focusable); it
  // carries its page's address, opened on click or Enter.
  function quickOption(card, r, i) {
    var li = el("li", "result");
    li.id = "quick-" + i;
    li.setAttribute("role", "option");
    li.setAttribute("aria-selected", "false");
    li.setAttribute("data-href", PAGES + card.url);
    var h = el("span", "result-title");
    var title = el("span", "title-text", card.title);
    if (CONTENT_LANG) title.lang = CONTENT_LANG;
    h.appendChild(title);
    addBadges(h, card, r);
    li.appendChild(h);
    var meta = metaLine(card);
    if (meta) li.appendChild(el("span", "meta", meta));
    return li;
  }

  function debounce(f, ms) {
    var t;
    return function () { var args = arguments; clearTimeout(t); t = setTimeout(function () { f.apply(null, args); }, ms); };
  }

  // The header box (ARIA combobox with a listbox): results as you type, arrow keys move the
  // active option (aria-activedescendant; focus stays in the box), Enter opens it, Escape closes
  // the list (or, when closed, clears the box), a click on an option opens it.
  function quickSearch(input) {
    var box = document.getElementById("quick-results"), list = document.getElementById("quick-list");
    var count = box.querySelector(".quick-count"), status = document.getElementById("quick-status");
    var active = -1, latest = 0;
    function options() { return list.querySelectorAll("[role=option]"); }
    function setActive(i) {
      var opts = options();
      if (!opts.length) return;
      if (box.hidden) open();
      active = (i + opts.length) % opts.length;
      opts.forEach(function (o, k) { o.setAttribute("aria-selected", k === active ? "true" : "false"); });
      input.setAttribute("aria-activedescendant", opts[active].id);
      if (opts[active].scrollIntoView) opts[active].scrollIntoView({ block: "nearest" });
    }
    function open() {
      box.hidden = false;
      input.setAttribute("aria-expanded", options().length ? "true" : "false");
    }
    function close() {
      box.hidden = true;
      input.setAttribute("aria-expanded", "false");
      input.removeAttribute("aria-activedescendant");
      options().forEach(function (o) { o.setAttribute("aria-selected", "false"); });
      active = -1;
    }
    function show(r, q) {
      list.textContent = "";
      r.cards.forEach(function (card, i) { list.appendChild(quickOption(card, r, i)); });
      list.hidden = !r.cards.length;
      var text = !r.total ? say("quickNone", q)
        : say("quickCount", r.total) + (r.partial ? WORDS.quickPartial : "") + WORDS.quickEnter;
      count.textContent = text;
      status.textContent = text;
      active = -1;
      input.removeAttribute("aria-activedescendant");
      open();
    }
    var run = debounce(function () {
      var q = input.value.trim(), ticket = ++latest;
      if (!q) { close(); status.textContent = ""; return; }
      search(input.value, {}, QUICK_RESULTS).then(function (r) {
        if (ticket === latest) show(r, q);
      });
    }, 60);
    input.addEventListener("input", run);
    input.addEventListener("keydown", function (ev) {
      if (ev.key === "ArrowDown") { ev.preventDefault(); setActive(active + 1); }
      else if (ev.key === "ArrowUp") { ev.preventDefault(); setActive(active - 1); }
      else if (ev.key === "Escape") {
        if (box.hidden) input.value = "";
        else { ev.preventDefault(); close(); }
      }
      else if (ev.key === "Enter" && active >= 0 && !box.hidden) {
        ev.preventDefault();
        location.href = options()[active].getAttribute("data-href");
      }
    });
    list.addEventListener("click", function (ev) {
      var option = ev.target.closest("[role=option]");
      if (option) location.href = option.getAttribute("data-href");
    });
    document.addEventListener("click", function (ev) { if (!input.form.contains(ev.target)) close(); });
  }

  // The search page: the URL carries the query and the filters, so results can be shared.
  function searchPage(form) {
    var input = form.querySelector("#q"), status = document.getElementById("search-status");
    var list = document.getElementById("search-results"), filters = form.querySelector("#filters");
    var params = new URLSearchParams(location.search), latest = 0;
    input.value = params.get("q") || "";
    var selects = form.querySelectorAll("select[data-facet]");
    var names = {};  // an English page's names of the terms (the index has the Indonesian ones)
    try { names = JSON.parse(filters.getAttribute("data-names") || "{}"); } catch (e) { names = {}; }
    function facetName(kind, row) { return (names[kind] && names[kind][row[0]]) || row[1]; }
    load("meta").then(function (meta) {
      selects.forEach(function (sel) {
        (meta.facets[sel.dataset.facet] || []).forEach(function (row) {
          var o = el("option", null, facetName(sel.dataset.facet, row) + " (" + row[2] + ")");
          o.value = row[0];
          sel.appendChild(o);
        });
        sel.value = params.get(sel.dataset.facet) || "";
      });
      filters.hidden = false;
      showUnknownFilters(meta);
      go();
    });
    // A filter value in the URL that no thesis has (?cities=medan) is not used: say so.
    function showUnknownFilters(meta) {
      var wanted = {};
      selects.forEach(function (sel) { wanted[sel.dataset.facet] = params.get(sel.dataset.facet) || ""; });
      var unknown = unknownFilters(meta.facets, wanted);
      if (!unknown.length) return;
      var notice = el("p", "notice");
      notice.id = "filter-notice";
      notice.textContent = unknown.map(function (kv) {
        return say("unknownFilter", FACET_LABELS[kv[0]] || kv[0], kv[1]);
      }).join(" ");
      status.parentNode.insertBefore(notice, status);
      selects.forEach(function (sel) {
        sel.addEventListener("change", function () { if (notice.parentNode) notice.parentNode.removeChild(notice); });
      });
    }
    function currentFilters() {
      var f = {};
      selects.forEach(function (s) { if (s.value) f[s.dataset.facet] = s.value; });
      return f;
    }
    function go() {
      var q = input.value, f = currentFilters(), ticket = ++latest;
      var url = new URLSearchParams();
      if (q.trim()) url.set("q", q.trim());
      Object.keys(f).forEach(function (k) { url.set(k, f[k]); });
      try { history.replaceState(null, "", "?" + url.toString()); } catch (e) { /* some file:// setups refuse */ }
      var other = document.querySelector("a.lang-switch");  // the same search in the other language
      if (other) other.setAttribute("href", other.getAttribute("href").split("?")[0] + (url.toString() ? "?" + url : ""));
      if (!q.trim() && !Object.keys(f).length) { status.textContent = ""; list.textContent = ""; return; }
      search(q, f, PAGE_RESULTS).then(function (r) {
        if (ticket !== latest) return;
        list.textContent = "";
        if (!r.total) {
          status.textContent = say("pageNone", q.trim());
          var li = el("li", "no-results");
          li.appendChild(el("p", null, WORDS.pageHint));
          var ul = el("ul", "inline-list");
          ["theories", "stages"].forEach(function (kind) {
            (r.meta.facets[kind] || []).slice(0, 4).forEach(function (row) {
              var item = el("li"), a = el("a", null, facetName(kind, row));
              a.href = "?q=" + encodeURIComponent(row[1]);
              item.appendChild(a);
              ul.appendChild(item);
            });
          });
          li.appendChild(ul);
          list.appendChild(li);
          return;
        }
        status.textContent = (r.partial ? WORDS.pagePartial : "") +
          say("pageCount", r.total) + (q.trim() ? say("pageFor", q.trim()) : "") +
          (r.total > r.cards.length ? say("pageTop", r.cards.length) : "") + ".";
        r.cards.forEach(function (card) { list.appendChild(resultItem(card, r)); });
      });
    }
    input.addEventListener("input", debounce(go, 60));
    selects.forEach(function (s) { s.addEventListener("change", go); });
    form.addEventListener("submit", function (ev) { ev.preventDefault(); go(); });
    input.focus();
  }

  document.addEventListener("DOMContentLoaded", function () {
    var top = document.getElementById("q-top"), page = document.getElementById("search-page");
    if (top) quickSearch(top);
    if (page) searchPage(page);
    document.addEventListener("keydown", function (ev) {
      var t = ev.target, typing = t && (t.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(t.tagName));
      if (ev.key === "/" && !typing && !ev.ctrlKey && !ev.metaKey && !ev.altKey) {
        ev.preventDefault();
        (document.getElementById("q") || top).focus();
      }
    });
  });
})(typeof window !== "undefined" ? window : globalThis);

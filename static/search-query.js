/* The catalogue's query engine: pure functions, no page.
 *
 * They mirror katalog/search/query.py, and tests run both on one index (tests/test_search.py)
 * besides the node tests (tests/js/). In the browser they are window.KatalogSearchQuery, for
 * static/search.js, which loads the index shards and draws the page; in node, module.exports.
 */
(function (global) {
  "use strict";

  // Ranking weights, in one table. The same numbers live in katalog/search/query.py.
  var WEIGHTS = { exact: 1.0, prefix: 0.8, typo: 0.6 };
  var PLACE_CONCEPTS = ["~cities:", "~countries:"];
  var WORD_RE = /[\p{L}\p{N}]+(?:'[\p{L}\p{N}]+)?/gu;

  function fold(text) {
    return text.normalize("NFKD").replace(/\p{M}/gu, "").replace(/đ/g, "d").replace(/Đ/g, "D").toLowerCase();
  }

  function tokenize(text) {
    return fold(text).match(WORD_RE) || [];
  }

  function shardFor(key, keys) {
    var best = null;
    for (var i = 0; i < keys.length; i++) {
      var k = keys[i];
      if (key.lastIndexOf(k, 0) === 0 && (best === null || k.length > best.length)) best = k;
    }
    return best;
  }

  function shardFile(prefix, key) {
    var out = "";
    for (var i = 0; i < key.length; i++) {
      var c = key[i];
      out += /^[A-Za-z0-9]$/.test(c) ? c : "_" + c.codePointAt(0).toString(16);
      if (c.codePointAt(0) > 0xffff) i++;
    }
    return prefix + (out || "_");
  }

  function withinOneEdit(a, b) {
    if (a === b || Math.abs(a.length - b.length) > 1) return false;
    if (a.length > b.length) { var t = a; a = b; b = t; }
    var i = 0, j = 0, edits = 0;
    while (i < a.length && j < b.length) {
      if (a[i] === b[j]) { i++; j++; continue; }
      edits++;
      if (edits > 1) return false;
      if (a.length === b.length) {
        if (i + 1 < a.length && a[i] === b[j + 1] && a[i + 1] === b[j]) { i += 2; j += 2; continue; }
        i++;
      }
      j++;
    }
    return edits + (b.length - j) <= 1;
  }

  function firstStem(word, lookup) {
    var row = lookup(word);
    return row ? row[0][0] : word;
  }

  function isSkipped(word, skip) {
    return !!(skip && skip.indexOf(word) >= 0);
  }

  /* A place name's own words as an alternative to its concept, so that "Vung Tau" also finds the
   * text that writes "Ba Ria Vung Tau" (tagged as the longer name): a word's stems, or a bigram. */
  function plainAlternatives(parts, lookup, skip) {
    var content = parts.filter(function (w) { return !isSkipped(w, skip); });
    if (content.length === 1) {
      var row = lookup(content[0]);
      return row ? row[0].map(function (s) { return [s, WEIGHTS.exact]; }) : [];
    }
    if (content.length === 2) return [[firstStem(content[0], lookup) + " " + firstStem(content[1], lookup), WEIGHTS.exact]];
    return [];
  }

  function matchAliases(words, aliases, lookup, skip) {
    var clauses = [], leftover = [], i = 0;
    while (i < words.length) {
      var hit = null;
      for (var a = 0; a < aliases.length; a++) {
        var parts = aliases[a][0].split(" "), token = aliases[a][1];
        var ok = true;
        for (var p = 0; p < parts.length; p++) if (words[i + p] !== parts[p]) { ok = false; break; }
        if (!ok) continue;
        var place = PLACE_CONCEPTS.some(function (c) { return token.lastIndexOf(c, 0) === 0; });
        hit = { alts: [[token, WEIGHTS.exact]].concat(place ? plainAlternatives(parts, lookup, skip) : []), words: parts };
        i += parts.length;
        break;
      }
      if (hit) clauses.push(hit); else { leftover.push([i, words[i]]); i++; }
    }
    return [clauses, leftover];
  }

  /* Where a word's forms are filed if the typo is in its first two letters: swapped, or one
   * letter too many (typed "pradiplomasi" looks under "pa" too). */
  function typoPrefixes(word) {
    var own = word.slice(0, 2), out = [];
    [word.charAt(1) + word.charAt(0), word.slice(1, 3), word.charAt(0) + word.charAt(2)].forEach(function (p) {
      if (p !== own && out.indexOf(p) < 0) out.push(p);
    });
    return out;
  }

  /* The forms one edit from a word that share its first three letters (query.near_forms): where
   * most typos leave a word; only when there are none are all shards of its first two letters needed. */
  function nearForms(word, prefixForms) {
    var p = word.slice(0, 3), forms = prefixForms(p), out = {};
    Object.keys(forms).forEach(function (f) { if (f.lastIndexOf(p, 0) === 0 && withinOneEdit(word, f)) out[f] = forms[f]; });
    return out;
  }

  /* Would this word fall back to typo matching (no form, no form it begins)? Then its typo
   * prefixes' shards are needed too. */
  function needsTypoShards(word, lookup, prefixForms) {
    if (word.length < 5 || lookup(word)) return false;
    var forms = prefixForms(word.slice(0, 2));
    return !Object.keys(forms).some(function (f) { return f !== word && f.lastIndexOf(word, 0) === 0; });
  }

  /* A word's terms: its stems; while typing, or when unknown, those of forms it begins; failing
   * both, those of forms one edit away. A form found that is an alias brings its concept too. */
  function wordAlternatives(word, last, lookup, prefixForms, single) {
    var alts = {}, row = lookup(word), any = false;
    function add(form, stems, weight) {
      stems.concat(single && single.hasOwnProperty(form) ? [single[form]] : []).forEach(function (t) {
        if (!(t in alts)) { alts[t] = weight; any = true; }
      });
    }
    if (row) row[0].forEach(function (s) { alts[s] = WEIGHTS.exact; any = true; });
    if ((last || !row) && word.length >= 3) {
      var forms = prefixForms(word.slice(0, 2)), cands = [];
      Object.keys(forms).forEach(function (f) {
        if (f !== word && f.lastIndexOf(word, 0) === 0) cands.push([f, forms[f]]);
      });
      cands.sort(function (x, y) { return y[1][1] - x[1][1] || (x[0] < y[0] ? -1 : x[0] > y[0] ? 1 : 0); });
      cands.slice(0, 10).forEach(function (c) { add(c[0], c[1][0], WEIGHTS.prefix); });
    }
    if (!any && word.length >= 5) {
      var all = nearForms(word, prefixForms);
      if (!Object.keys(all).length) {  // the typo is in the first three letters: look wider
        all = prefixForms(word.slice(0, 2));
        typoPrefixes(word).forEach(function (p) {
          var more = prefixForms(p);
          Object.keys(more).forEach(function (f) { all[f] = more[f]; });
        });
      }
      Object.keys(all).sort().forEach(function (f) {
        if (withinOneEdit(word, f)) add(f, all[f][0], WEIGHTS.typo);
      });
    }
    if (!any) alts[word] = WEIGHTS.exact;
    return Object.keys(alts).sort().map(function (t) { return [t, alts[t]]; });
  }

  /* Bonus clauses for query words side by side (function words between them left out, as the
   * index's bigrams leave them out): they rank "hubungan bilateral" above the two words apart. */
  function adjacentBonus(words, leftover, lookup, skip) {
    var plain = {}, out = [], previous = null;
    leftover.forEach(function (iw) { plain[iw[0]] = 1; });
    words.forEach(function (word, i) {
      if (!plain[i]) { previous = null; return; }
      if (isSkipped(word, skip)) return;
      var stem = lookup(word) ? firstStem(word, lookup) : null;
      if (previous && stem) out.push({ alts: [[previous[1] + " " + stem, WEIGHTS.exact]], words: [previous[0], word], bonus: true });
      previous = stem ? [word, stem] : null;
    });
    return out;
  }

  /* A query → clauses; each clause lists alternative terms with a weight, and a document
   * must match every clause but the bonus ones (unless none does, then the most clauses win). */
  function parseQuery(q, aliases, lookup, prefixForms, skip) {
    var clauses = [], phrases = [];
    var rest = q.replace(/"([^"]*)"/g, function (_, p) { phrases.push(p); return " "; });
    var typing = !/[ "]$/.test(q);
    phrases.forEach(function (phrase) {
      var words = tokenize(phrase), m = matchAliases(words, aliases, lookup, skip);
      if (m[0].length && !m[1].length) { clauses = clauses.concat(m[0]); return; }
      if (!words.length) return;
      var stems = words.map(function (w) { return firstStem(w, lookup); });
      var content = stems.filter(function (s, i) { return !isSkipped(words[i], skip); });
      var grams = [];
      for (var i = 0; i + 1 < content.length; i++) grams.push(content[i] + " " + content[i + 1]);
      if (!grams.length) grams = content.length ? content : stems;
      grams.forEach(function (g) { clauses.push({ alts: [[g, WEIGHTS.exact]], words: words }); });
    });
    var words = tokenize(rest), m = matchAliases(words, aliases, lookup, skip), single = {};
    aliases.forEach(function (row) { if (row[0].indexOf(" ") < 0) single[row[0]] = row[1]; });
    clauses = clauses.concat(m[0]);
    m[1].forEach(function (iw) {
      var last = typing && iw[0] === words.length - 1;
      clauses.push({ alts: wordAlternatives(iw[1], last, lookup, prefixForms, single), words: [iw[1]] });
    });
    return clauses.concat(adjacentBonus(words, m[1], lookup, skip));
  }

  /* Document → its best weighted score among the clause's alternatives (allowed: null or a set). */
  function bestScores(clause, postings, allowed) {
    var best = {};
    clause.alts.forEach(function (alt) {
      var flat = postings(alt[0]);
      for (var k = 0; k < flat.length; k += 2) {
        var s = flat[k + 1] * alt[1];
        if ((!(flat[k] in best) || s > best[flat[k]]) && (allowed === null || allowed[flat[k]])) best[flat[k]] = s;
      }
    });
    return best;
  }

  /* Document number → [required clauses matched, bonus clauses matched, summed score], among the
   * allowed documents (null: all). All required clauses if any document has them all, else those
   * with some; bonus clauses count for the documents chosen. No required clause: every allowed one. */
  function evaluate(clauses, postings, allowed) {
    if (allowed === undefined) allowed = null;
    var required = clauses.filter(function (c) { return !c.bonus; }), totals = {};
    required.forEach(function (clause) {
      var best = bestScores(clause, postings, allowed);
      Object.keys(best).forEach(function (d) {
        var t = totals[d] || (totals[d] = [0, 0, 0]);
        t[0] += 1; t[2] += best[d];
      });
    });
    var out = {};
    if (!required.length) {
      if (allowed !== null) Object.keys(allowed).forEach(function (d) { out[d] = [0, 0, 0]; });
      return out;
    }
    var full = {}, hasFull = false;
    Object.keys(totals).forEach(function (d) { if (totals[d][0] === required.length) { full[d] = totals[d]; hasFull = true; } });
    var chosen = hasFull ? full : totals;
    clauses.forEach(function (clause) {
      if (!clause.bonus) return;
      var best = bestScores(clause, postings, allowed);
      Object.keys(best).forEach(function (d) { if (d in chosen) { chosen[d][1] += 1; chosen[d][2] += best[d]; } });
    });
    Object.keys(chosen).forEach(function (d) { out[d] = [chosen[d][0], chosen[d][1], Math.round(chosen[d][2])]; });
    return out;
  }

  function rank(scores) {
    return Object.keys(scores).map(Number).sort(function (a, b) {
      return scores[b][0] - scores[a][0] || scores[b][1] - scores[a][1] || scores[b][2] - scores[a][2] || a - b;
    });
  }

  /* Do the documents found match only some of the required clauses? */
  function isPartial(scores, clauses) {
    var required = clauses.filter(function (c) { return !c.bonus; }).length;
    return Object.keys(scores).some(function (d) { return scores[d][0] < required; });
  }

  /* Filter values (from the URL) that no facet offers: [[kind, value], …], to say so. */
  function unknownFilters(facets, wanted) {
    var out = [];
    Object.keys(wanted).sort().forEach(function (kind) {
      var value = wanted[kind];
      if (value && !(facets[kind] || []).some(function (row) { return row[0] === value; })) out.push([kind, value]);
    });
    return out;
  }

  /* Where to cut a snippet and which words to mark: [[text, marked], …]. */
  function snippet(text, isHit, width) {
    width = width || 240;
    var words = [], m;
    WORD_RE.lastIndex = 0;
    var folded = fold(text);
    var re = new RegExp(WORD_RE.source, "gu");
    while ((m = re.exec(folded)) !== null) words.push([m.index, m.index + m[0].length, isHit(m[0])]);
    var first = 0;
    for (var i = 0; i < words.length; i++) if (words[i][2]) { first = words[i][0]; break; }
    var start = Math.max(0, first - 80);
    if (start > 0) { var sp = text.indexOf(" ", start); start = sp >= 0 && sp < first ? sp + 1 : start; }
    var end = Math.min(text.length, start + width);
    if (end < text.length) { var sp2 = text.lastIndexOf(" ", end); if (sp2 > start) end = sp2; }
    var parts = [], pos = start;
    words.forEach(function (w) {
      if (!w[2] || w[0] < start || w[1] > end) return;
      if (w[0] > pos) parts.push([text.slice(pos, w[0]), false]);
      parts.push([text.slice(w[0], w[1]), true]);
      pos = w[1];
    });
    if (pos < end) parts.push([text.slice(pos, end), false]);
    if (start > 0) parts.unshift(["… ", false]);
    if (end < text.length) parts.push([" …", false]);
    return parts;
  }

  /* Postings arrive as text (see katalog/search/postings.py): a varint gap, then a two-digit score. */
  var CODE = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz-_", CODE_VALUE = {};
  for (var c = 0; c < CODE.length; c++) CODE_VALUE[CODE.charAt(c)] = c;

  function decodePostings(text) {
    var flat = [], doc = -1, value = 0, i = 0;
    while (i < text.length) {
      var digit = CODE_VALUE[text.charAt(i++)];
      if (digit >= 32) { value = value * 32 + digit - 32; continue; }
      doc += value * 32 + digit;
      value = 0;
      flat.push(doc, CODE_VALUE[text.charAt(i)] * 64 + CODE_VALUE[text.charAt(i + 1)]);
      i += 2;
    }
    return flat;
  }

  /* The first character of a key, a form or an alias (a whole code point): the directory it is in. */
  function firstChar(text) {
    return text ? String.fromCodePoint(text.codePointAt(0)) : "";
  }

  /* meta with termShards, formShards and aliases gathered from the directory shards in `shards`
   * (the builder writes one per first character and kind: kt, kf, ka); aliases in their rank. */
  function expandMeta(meta, shards) {
    function gathered(kind) {
      var rows = [];
      ((meta.dirs || {})[kind] || []).forEach(function (c) {
        var part = shards[shardFile("k" + kind, c)];
        if (Array.isArray(part)) rows = rows.concat(part);
      });
      return rows;
    }
    meta.termShards = gathered("t");
    meta.formShards = gathered("f");
    var byRank = {};  // a row is in the file of each character its concept's rows start with
    gathered("a").forEach(function (row) { byRank[row[2]] = row; });
    meta.aliases = Object.keys(byRank).map(function (r) { return byRank[r]; }).sort(function (x, y) { return x[2] - y[2]; });
    return meta;
  }

  /* The file of an alias row: the first two characters of its first word (index.alias_key). */
  function aliasKey(text) {
    return Array.from(text.split(" ")[0]).slice(0, 2).join("");
  }

  /* The directory shards a query needs: those of the first characters of `texts`, of `kind`
   * (for aliases, of their first two). */
  function directoriesFor(meta, kind, texts) {
    var have = (meta.dirs || {})[kind] || [], names = {};
    texts.forEach(function (t) {
      var c = kind === "a" ? aliasKey(t) : firstChar(t);
      if (c && have.indexOf(c) >= 0) names[shardFile("k" + kind, c)] = 1;
    });
    return Object.keys(names);
  }

  var api = { nearForms: nearForms, decodePostings: decodePostings, expandMeta: expandMeta, directoriesFor: directoriesFor, firstChar: firstChar, typoPrefixes: typoPrefixes, WEIGHTS: WEIGHTS, fold: fold, tokenize: tokenize,
              shardFor: shardFor, shardFile: shardFile, withinOneEdit: withinOneEdit, needsTypoShards: needsTypoShards,
              parseQuery: parseQuery, evaluate: evaluate, rank: rank, snippet: snippet, isPartial: isPartial,
              unknownFilters: unknownFilters };
  if (typeof module !== "undefined" && module.exports) module.exports = api;
  else global.KatalogSearchQuery = api;
})(typeof window !== "undefined" ? window : globalThis);

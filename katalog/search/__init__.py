"""Index stage: a sharded BM25F search index, shipped as self-registering JavaScript.

Every shard is a file ``search/<name>.js`` that calls ``window.KatalogSearchShard(name, data)``
when a ``<script>`` tag loads it, so search works from ``file://`` where ``fetch`` is blocked.

- ``meta``: version, field weights, facets, and which directory shards exist, so the client never
  asks for a file that does not exist.
- directory shards: the term shards' and the form shards' keys by first character (``kt<c>``,
  ``kf<c>``), and the alias table (query phrases → concept tokens) by the first two characters of
  an alias's first word (``ka<cc>``): a query loads those of its own words (``index.directories``).
- forms shards (``f…``): every word form seen → its stems, with document frequency; the client
  needs no stemmer of its own, and prefix and typo matching run over these forms.
- term shards (``t…``): stem → postings (doc numbers and BM25F scores ×100, precomputed,
  packed as text: see ``postings.py``); bigrams ``"a b"`` for phrase queries; concept tokens ``~kind:slug``
  for aliases; facet tokens ``#kind:slug`` (the subject tags) for filters.
- doc shards (``d…``): what a result shows: title, link, partnership, year, excerpt text (cut at a
  word), and ``descriptive: true`` when the title was written for the thesis.

Shards are split by key prefix until each is under a byte budget, so one query downloads
a small part of a large index.

The modules, by job:

- ``analysis.py``: what one thesis contributes (terms, BM25F weights, result card): ``analyze_entry``.
- ``postings.py``: a term's postings as text, encoded and decoded.
- ``shards.py``: shard names and bytes, and the split of keys into shards under a byte budget.
- ``index.py``: ``IndexCache``, the incremental index that turns documents' terms into shard files.
- ``query.py``: the Python twin of the browser's query engine (``static/search-query.js``), for tests.
"""

from __future__ import annotations

from .analysis import DocTerms, analyze_entry, count_terms, long_word_warnings
from .index import INDEX_VERSION, IndexCache, build_index
from .postings import decode_postings, encode_postings, join_postings
from .query import evaluate, is_partial, parse_query, query, rank, search, typo_prefixes, within_one_edit
from .shards import load_shards, shard_file, shard_for

__all__ = [
    "INDEX_VERSION", "DocTerms", "IndexCache", "analyze_entry", "build_index", "count_terms", "decode_postings",
    "encode_postings", "evaluate", "is_partial", "join_postings", "load_shards", "long_word_warnings", "parse_query", "query", "rank", "search", "shard_file", "shard_for",
    "typo_prefixes", "within_one_edit",
]

"""Enrich stage: clean text, tag it through the vocabularies, build the link graph."""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Collection
from dataclasses import dataclass, field
from functools import partial
from itertools import pairwise

from .bibliography import in_spans, reference_spans
from .cleanup import clean_body, section_blocks, section_label, split_blocks
from .errors import Diagnostic
from .gazetteer import fold_key, load_gazetteer
from .intake import NEWS_DATELINE, READ_ALSO, Fact, is_furniture, keywords, read_intake, recase
from .intake_facts import caps_ratio
from .intake_titles import title_cased
from .intake_work import rejected_source
from .load import Thesis, Vocabulary
from .markdown import Heading, render_markdown
from .pair_sentence import TAKE_ON, choose_pair, guess_pair, lies_in, stated_pair
from .paraphrase import read_stages
from .places import LIST_JOIN_RE, REGION_WORD, people_spans
from .places_near import nearest, options, spelt_alike
from .reading import Match, about_cooperation, alias_forms, framed, modified
from .text import WORD_RE, excerpt, fold_same_length, plain, title_case
from .text import words as text_words
from .timeline import in_order, parse_events

TAG_KINDS = ("cities", "countries", "theories", "stages", "sectors")
META_KEYS = ("authors", "advisors", "institution", "faculty", "program", "degree", "academic_year",
             "period", "year", "kind", "work", "published_in", "volume", "issue", "language", "keywords", "sectors", "source", "doi", "url",
             "stage_status", "cites")
SUBJECT_WINDOW = 1500  # characters of the opening text (title block, abstract) that name the subject


class Tagger:
    """Finds vocabulary aliases in text: folded, whole words, longest match first.

    A one-word alias written with a capital in the vocabulary ('Medan', 'Padang') only
    matches a capitalised word, so that 'medan perang' is not the city of Medan.
    """

    def __init__(self, vocab: Vocabulary, with_synonyms: bool = False):
        self.table: dict[str, list[tuple[tuple[str, ...], bool, str, str, str]]] = defaultdict(list)
        forms = set if with_synonyms else alias_forms  # the search's phrases stay the vocabulary's own (its size)
        self.regions_abroad = {t.slug for t in vocab.terms.get("cities", {}).values()  # prefectures, states, provinces
                               if t.data.get("country") != "indonesia" and t.data.get("type") not in (None, "city", "kota")}
        self.parents = {t.slug: t.data.get("parent_slug") for t in vocab.terms.get("cities", {}).values()  # kota → province
                        if t.data.get("country") == "indonesia" and t.data.get("type") == "kota"}
        # the places abroad only the gazetteer knows: each is in this build because some text was judged to name it
        # (a bare name at home, 'Bandung', which another text qualified, is still read as that one: see own_places)
        self.from_gazetteer = {t.slug for kind in ("cities", "countries") for t in vocab.terms.get(kind, {}).values()
                               if t.data.get("from_gazetteer") and t.data.get("country") != "indonesia"
                               and t.slug != "indonesia"}
        for kind in TAG_KINDS:
            for term in vocab.terms.get(kind, {}).values():
                for alias in forms([term.name, term.name_en, *term.aliases]):
                    self._add(alias, kind, term.slug)
        if with_synonyms:
            for key, phrases in vocab.synonyms.items():
                for phrase in phrases:
                    self._add(phrase, "synonyms", key)
        for entries in self.table.values():
            # the same order in every process (the aliases come from sets, in hash-seed order), a spelling in
            # ordinary case before an all-caps one ('Kota Brisbane' before a text's 'KOTA BRISBANE': recase follows it)
            entries.sort(key=lambda e: (-len(e[0]), e[2], e[3], e[4].isupper(), e[4]))
        # Entries by their exact phrase, in the order above, and one pattern for all phrases.
        self.phrases: dict[tuple[str, ...], list] = defaultdict(list)
        for entries in self.table.values():
            for entry in entries:
                self.phrases[entry[0]].append(entry)
        self.pattern = re.compile(_TOKEN_START + "(?:" + _trie_pattern(sorted(self.phrases)) + ")" + _TOKEN_END)
        self.by_text: dict[str, list] = {}  # folded text matched → its entries

    def _add(self, alias: str, kind: str, slug: str) -> None:
        words = text_words(alias)
        if not words:
            return
        # 'Medan' only capitalised; an acronym ('AS', 'RRT') only in capitals: 'As' opening a sentence is no country
        needs_capital = "upper" if len(words) == 1 and len(alias) <= 4 and alias.isupper() else (
            len(words) == 1 and alias[:1].isupper())
        entry = (tuple(words), needs_capital, kind, slug, alias)
        if entry not in self.table[words[0]]:
            self.table[words[0]].append(entry)


    def spellings(self, text: str) -> dict[str, str]:
        """The vocabulary's spelling of each word of the place names in `text` (for re-casing)."""
        names = {}
        for m in self.find(text.title()):  # an all-caps text: the capital rule needs a capital
            if m.kind in ("cities", "countries") and not (m.alias.isupper() and len(m.alias) > 4):  # 'KOTA GWANGJU', a
                # name as an all-caps text wrote it, spells nothing ('DIY', 'NTT' do)
                names.update((w.lower(), w) for w in re.findall(r"[^\W_]+", m.alias) if w[:1].isupper())
        return names

    def find(self, text: str) -> list[Match]:
        """The vocabulary's terms in `text`, left to right. Where a name runs on into a longer one
        that begins inside it, the longer one is meant: "Pemerintah Kota Padang Panjang" is Padang
        Panjang, not the government of Padang followed by a stray word."""
        found = []
        folded, pos = fold_same_length(text), 0
        while (m := self.pattern.search(folded, pos)) is not None:
            match = self._accepted(text, m)
            for inner in _WORD_STARTS.finditer(folded, m.start() + 1, m.end()):
                longer = self.pattern.match(folded, inner.start())
                if longer is not None and longer.end() > m.end() and (taken := self._accepted(text, longer)):
                    m, match = longer, taken
            if match is not None:
                found.append(match)
            pos = m.end()
        return found

    def own_places(self, matches: list[Match], own: Collection[str] | None, text: str = "") -> list[Match]:
        """`matches` with each place name that several places share ('Magelang': the kota and the
        kabupaten, both named somewhere in the catalogue) read as the one this text was judged to
        name (`own`, from places.judge), where exactly one of them is; where the text names two of
        them, a region abroad where `text` writes the region's word before the name ('Propinsi Ibaraki').
        A place abroad only the gazetteer knows, which this text was not judged to name, is no place here: another
        text's reading ('Governor Ahmad' / 'Luthfi' read as Al Ahmadi) does not follow the name into this one
        ('Ahmad Heryawan'). `own` None: not judged (a text read on its own), every match kept."""
        out, owned = [], set(own or ())
        for m in matches:
            if m.kind not in ("cities", "countries"):
                out.append(m)
                continue
            shared = {slug for _, _, kind, slug, _ in self.phrases.get(tuple(text_words(m.alias)), ()) if kind == m.kind}
            if own is not None and m.slug in self.from_gazetteer and not shared & owned:
                continue
            if m.kind == "cities":
                meant = shared & owned if len(shared) > 1 else set()
                if len(meant) > 1 and text and REGION_WORD.search(text, max(0, m.offset - 20), m.offset):
                    meant = meant & self.regions_abroad or meant
                if len(meant) == 2 and any(self.parents.get(a) == b for a in meant for b in meant):
                    # the kota and its province, both of one name ('Bengkulu Mayor'): the text was judged to name the
                    # kota, the province only as the region it lies in
                    meant = {a for a in meant if self.parents.get(a) in meant}
                if len(meant) == 1 and m.slug not in meant:
                    m = m._replace(slug=meant.pop())
            out.append(m)
        return out

    def _accepted(self, text: str, m: re.Match) -> Match | None:
        matched, start = m.group(), m.start()
        entries = self.by_text.get(matched)
        if entries is None:  # the words of what matched, once per distinct spelling
            entries = self.by_text[matched] = self.phrases[tuple(WORD_RE.findall(matched))]
        for _, needs_capital, kind, slug, alias in entries:
            if not needs_capital or text[start].isupper() and (needs_capital != "upper" or text[start : m.end()].isupper()):
                return Match(kind, slug, alias, start)
        return None


_WORD_STARTS = re.compile(r"(?<![^\W_])[^\W_]")  # where a word begins (a letter or digit after none)


# A token (see text.WORD_RE) starts where no letter or digit, nor one joined by an apostrophe, precedes.
_TOKEN_START = r"(?<![^\W_])(?<![^\W_]')"
_TOKEN_END = r"(?![^\W_])(?!'(?!s\b)[^\W_])"  # "Japan's" is Japan
_SEPARATOR = "\0"


def _trie_pattern(phrases: list[tuple[str, ...]]) -> str:
    """One regular expression for many phrases, shared prefixes merged, longer phrases tried first."""
    trie: dict = {}
    for phrase in phrases:
        node = trie
        for ch in _SEPARATOR.join(phrase):
            node = node.setdefault(ch, {})
        node[""] = {}

    def emit(node: dict) -> str:
        branches = [(r"[\W_]+" if ch == _SEPARATOR else re.escape(ch)) + emit(child)
                    for ch, child in sorted(node.items()) if ch]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        # A phrase may end here: try the longer ones first, the token must then end.
        return f"(?:{body}{_TOKEN_END})?" if "" in node else body

    return emit(trie) or "(?!)"


@dataclass
class Entry:
    """A thesis ready to render: clean text, resolved tags, rendered HTML."""

    id: str
    src_path: str
    digest: str
    title: str
    title_en: str
    title_descriptive: bool
    meta: dict
    partnership: tuple[str, str] | None
    subjects: dict[str, tuple[str, ...]]
    mentions: dict[str, tuple[str, ...]]
    abstracts: dict[str, str]
    abstracts_html: dict[str, str]
    excerpt: str
    html: str
    toc: tuple[Heading, ...]
    body_text: str  # plain text outside the abstracts
    suggestions: list[Diagnostic] = field(default_factory=list)
    inferred: dict[str, int] = field(default_factory=dict)  # field taken from the text → its line in the file

    @property
    def url(self) -> str:
        return f"theses/{self.id}.html"


def derive_title(markdown: str, abstracts: dict[str, str], first_line: bool = True) -> tuple[str, bool]:
    """Title of a file whose front matter gives none: its first heading or line, else built from its
    abstract. A raw summary (first_line=False) was read by intake, which found no title stated: its
    first text is page furniture or prose, never a title, so the title is a descriptive one."""
    for block in split_blocks(markdown) if first_line else ():
        first = re.sub(r"<!--.*?-->|[#*_]+", " ", block.text, flags=re.DOTALL).strip()
        first = re.sub(r"\s+", " ", first)
        if not first or first.startswith("[^") or is_furniture(first):
            continue
        if section_label(block.text) or len(first.split()) > 40 or re.search(r"[.!?]\s+\S", first[:300]):
            break  # the text opens with 'ABSTRAK' or with prose: no title of its own
        return title_case(first)[:200], False
    source = abstracts.get("id") or abstracts.get("en") or plain(re.sub(r"<!--.*?-->", " ", markdown, flags=re.DOTALL))
    sentence = re.split(r"(?<=[.!?])\s", re.sub(r"^\W*(?:abstra[ck]t?|abstrak)\b\W*", "", plain(source), flags=re.IGNORECASE),
                        maxsplit=1)[0]
    words = sentence.split()
    return " ".join(words[:14]).rstrip(",.;:") + ("…" if len(words) > 14 else ""), True


def pair_title(pair: tuple[str, str], vocab: Vocabulary) -> str:
    """A descriptive title for a text that states none but is about a partnership."""
    return "Kerja sama " + " – ".join(term.name if (term := vocab.place(s)) else s for s in pair)


def _line_of(thesis: Thesis, offset: int) -> int:
    return thesis.body_line + thesis.body.count("\n", 0, offset)


def _ordered(vocab: Vocabulary, kind: str, slugs) -> tuple[str, ...]:
    terms = vocab.terms.get(kind, {})
    known = [s for s in dict.fromkeys(slugs) if s in terms]
    return tuple(sorted(known, key=lambda s: (terms[s].position, s)))


def _suggestions(thesis: Thesis, matches: list[Match]) -> list[Diagnostic]:
    """Where front matter and text disagree about theories and stages: suggestions only. A term
    the text names once, by a single ordinary word ('efektivitas', 'pelaksanaan'), is no evidence
    that the thesis deals with it; a phrase, or the same word again, may be."""
    out = []
    for kind in ("theories", "stages"):
        if kind not in thesis.meta:
            continue
        listed = {str(s) for s in thesis.meta.get(kind) or []}
        seen: dict[str, Match] = {}
        times: dict[str, int] = defaultdict(int)
        for m in matches:
            if m.kind == kind:
                seen.setdefault(m.slug, m)
                times[m.slug] += 1 if len(text_words(m.alias)) == 1 else 2
        singular = kind[:-3] + "y" if kind == "theories" else kind[:-1]
        for slug, m in sorted(seen.items()):
            if slug not in listed and times[slug] > 1:
                out.append(Diagnostic(thesis.src_path, _line_of(thesis, m.offset),
                                      f"text mentions {singular} '{slug}' ('{m.alias}') but the front matter does not list it",
                                      "warning"))
        for slug in sorted(listed - set(seen)):
            out.append(Diagnostic(thesis.src_path, thesis.meta_lines.get(kind, 1),
                                  f"front matter lists {singular} '{slug}' but the text never names it", "warning"))
    return out


def prepare_entry(thesis: Thesis, vocab: Vocabulary, tagger: Tagger, own_places: Collection[str] | None = None) -> Entry:
    """The thesis read: its facts, tags, subjects and rendered text. `own_places`: the gazetteer
    places judged to be the ones its text names (a name several places share is read as its own)."""
    cleaned = clean_body(thesis.body)
    blocks = section_blocks(cleaned.markdown)
    found = {label: [b.text for b in group] for label, group in blocks.items()}
    abstract_labels = {lang: label for lang, label in (("id", "Abstrak"), ("en", "Abstract")) if found.get(label)}
    abstracts = {lang: "\n\n".join(found[label]) for lang, label in abstract_labels.items()}
    meta = {k: thesis.meta[k] for k in META_KEYS if thesis.meta.get(k) not in (None, "", [])}
    inferred: dict[str, int] = {}
    found_facts = {} if thesis.has_front_matter else read_intake(thesis.body).facts
    for name, fact in found_facts.items():  # a raw summary: what its header states, marked as taken from the text
        if name != "title" and name not in meta:
            meta[name], inferred[name] = fact.value, _line_of(thesis, _offset_of_line(thesis.body, fact.line))
    stated_keywords = keywords(thesis.body)
    if "keywords" not in meta and stated_keywords:
        first = min(stated_keywords.values(), key=lambda f: f.line)
        both = [*stated_keywords.get("id", Fact([], 0)).value, *stated_keywords.get("en", Fact([], 0)).value]
        once: dict[str, str] = {}
        for keyword in both:  # a keyword in both languages' lists ('sister city') once, where it first stands
            once.setdefault(keyword.casefold(), keyword)
        meta["keywords"] = list(once.values())
        if not thesis.has_front_matter:
            inferred["keywords"] = _line_of(thesis, _offset_of_line(thesis.body, first.line))
    events, _ = parse_events(thesis.meta.get("events"), vocab.terms.get("stages", {}))
    if events:  # in date order, as timeline.Event tuples
        meta["events"] = tuple(e._replace(thesis=thesis.id) for e in in_order(events))
    if thesis.meta.get("title"):
        title, descriptive = str(thesis.meta["title"]), bool(thesis.meta.get("title_descriptive"))
    elif "title" in found_facts:
        fact = found_facts["title"]
        title, descriptive = recase(fact.value, tagger.spellings(fact.value)), False
        inferred["title"] = _line_of(thesis, _offset_of_line(thesis.body, fact.line))
    else:
        title, descriptive = derive_title(cleaned.markdown, abstracts, first_line=thesis.has_front_matter)
    references = reference_spans(thesis.body)  # a reference list's titles and years are not the text's own
    references += [m.span() for m in _COMMENT.finditer(thesis.body)]  # nor a '<!-- source: … -->' note's words
    references += [m.span() for m in READ_ALSO.finditer(thesis.body)]  # nor a news page's link to another story
    # a place's name inside a stated person's ('Pembimbing: Dr. Victoria Manurung'; Victoria is Hong Kong's too)
    people = people_spans(thesis, found_facts)
    matches = read_stages(thesis.body, [m for m in tagger.own_places(tagger.find(thesis.body), own_places, thesis.body)
                                        if not in_spans(m.offset, references)
                                        and not (m.kind in ("cities", "countries") and in_spans(m.offset, people))],
                          references)  # and the stages it describes (paraphrase.py)
    in_title = set() if descriptive else {(m.kind, m.slug) for m in tagger.own_places(tagger.find(title), own_places)
                                          if m.kind == "cities"}
    # Cities a title names are the subject; without any, those of the opening text are.
    # a news lead's dateline names where the story was filed ('Pangkalpinang, (Antaranews Babel) -'), not a party
    desk = ([m.span(1) for m in _DESK.finditer(thesis.body)] + [m.span() for m in _DESK_PIPE.finditer(thesis.body)]
            + [m.span(1) for m in _DESK_AFTER.finditer(thesis.body)])
    placed = [m for m in matches if not (m.kind == "cities" and in_spans(m.offset, desk) or _inside_a_name(thesis.body, m))]
    subject_window = in_title or _first_sentence_pair(thesis.body, placed, vocab)
    opening_only = not subject_window  # the subject is read from the opening text, other pairs and all
    subject_window = subject_window or {(m.kind, m.slug) for m in placed if m.offset < SUBJECT_WINDOW}
    # a news report reads through no framework: 'bekerja sama dengan konsep sister city' names the form of the cooperation
    news = meta.get("work") == "news"
    matches = [m for m in matches if m.kind != "theories" or (framed(thesis.body, m, vocab) and not modified(thesis.body, m, vocab)
                                                              and not (news and vocab.get("theories", m.slug).data.get("framework_only")))]
    places = [m.offset for m in matches if m.kind == "cities"]
    matches = [m for m in matches if m.kind != "sectors" or about_cooperation(thesis.body, m, places)]
    # (only where the title names a side of it: 'Implikasi Hukum Perjanjian Internasional dalam Kerjasama Kota Kembar
    # di Indonesia' studies the law of such agreements, no agreement made)
    matches += _agreement_studied(thesis.body, title, descriptive, matches) if in_title else []
    text_found = {kind: [m.slug for m in matches if m.kind == kind] for kind in TAG_KINDS}

    pair = thesis.meta.get("partnership")
    partnership = (str(pair[0]), str(pair[1])) if isinstance(pair, list) and len(pair) == 2 else None
    subjects: dict[str, list[str]] = {}
    if "cities" in thesis.meta or partnership:
        # a partnership's side may be a whole country ([kalimantan-timur, rusia]): a subject country, not a city
        subjects["cities"] = [*(s for s in partnership or () if not vocab.is_country(s)),
                              *map(str, thesis.meta.get("cities") or [])]
    else:
        subjects["cities"] = [s for s in text_found["cities"] if ("cities", s) in subject_window]
        subjects["cities"] += _missing_partner(thesis.body, subjects["cities"], placed, vocab)
    for kind in ("theories", "stages", "sectors"):
        subjects[kind] = list(map(str, thesis.meta[kind])) if kind in thesis.meta else text_found[kind]
    if subjects["sectors"]:
        meta["sectors"] = list(dict.fromkeys(subjects["sectors"]))
    unknown_partner = None
    if partnership is None and not thesis.has_front_matter:
        is_home, country_of = partial(_is_home, vocab), partial(_country_of, vocab)
        parent_of = partial(_parent_of, vocab)
        # a title naming one place at home and one abroad states the pair ('Klaten Gaet Nanjing RRC Jadi Sister
        # City'), before a pair the body names in passing ('Pemprov Jawa Tengah sudah melakukan kerja sama dengan …')
        headline = not descriptive and (title_cased(title) or caps_ratio(title) >= 0.8  # not a lead taken for one
                                        or bool(_NAMES_JOINED.fullmatch(title)))  # 'Bukittinggi-Seramban'
        sides = [m.slug for m in tagger.own_places(tagger.find(title), own_places)  # not where it happened: 'In Harbin, West Java Has Completed The Signing …'
                 if m.kind == "cities" and not _AT.search(title, max(0, m.offset - 20), m.offset)]
        if headline and len(set(sides)) == 1:
            sides += _misspelt_in_title(title, placed, vocab, sides[0])
        titled = headline and guess_pair(sides, is_home, country_of, parent_of)
        if not titled and not descriptive and not NEWS_DATELINE.match(title):  # a headline in sentence case that
            # states the pair in a phrase ('Kota Metz jajaki kerja sama "sistercity" bidang musik dengan Ambon'), not a
            # story's lead taken for one ('Bogor - Kantor dagang Taiwan menjajaki kerja sama dengan Pemerintah Kota Bogor')
            titled = stated_pair(title, tagger.own_places(tagger.find(title), own_places), is_home, country_of, parent_of)
        stated = titled and stated_pair(thesis.body, placed, is_home, country_of, parent_of)
        if stated and stated[1] == titled[1] and lies_in(stated[0], titled[0], parent_of):
            titled = stated  # 'Sister City Yogya- Kota Varaždin' over '… antara Kota Yogyakarta dengan Kota Varaždin'
        venues = _venues(thesis.body, placed, _locating(thesis.body, placed, vocab)) | _examples(thesis.body, placed, is_home)
        # an embassy's seat ('KBRI Baku') beside another place of its country the text names: that other one is the partner
        seats = {m.slug for m in placed if m.kind == "cities" and _SEAT.search(thesis.body, max(0, m.offset - 60), m.offset)}
        venues |= {seat for seat in seats if any(other not in seats and not is_home(other) and country_of(other) == country_of(seat)
                                                  for other in subjects["cities"])}
        # 'kota kembar antara Kabupaten Bantaeng dengan salah satu kota di Belanda': the text says the partner is a
        # city it does not name in that country; the places abroad it names (the venue Den Haag) are none
        unnamed = None if titled else (_unnamed_partner(thesis.body, placed, subjects["cities"], vocab)
                                       or headline and _envoy_in_title(title, tagger.find(title), placed, subjects["cities"], vocab))
        guess = partial(guess_pair, subjects["cities"], is_home, country_of, parent_of, venues, partial(_is_region_abroad, vocab))
        # what the subject places would guess, a phrase joining a place at home to a whole country states instead;
        # 'a sister-city agreement with a province of Indonesia' and Bali only where an intern will work: the side
        # at home is left unnamed, and a venue is none
        with_country = _stated_country_pair(thesis.body, placed, vocab)
        if with_country or _unnamed_at_home(thesis.body, placed) and all(c in venues for c in subjects["cities"] if is_home(c)):
            guess = partial(_as_read, with_country)
        partnership, unknown_partner = (titled, None) if titled else choose_pair(
            thesis.body, placed, is_home, (lambda: None) if unnamed else guess, country_of, parent_of)
        if (with_country and partnership and not titled and partnership[0] != with_country[0]
                and country_of(partnership[1]) == with_country[1] and not lies_in(partnership[0], with_country[0], parent_of)):
            # 'kota kembar Bali-Portugal' over 'kota kembar antara Lisabon dan Larantuka': a tie the country made before
            partnership = with_country
        if partnership is None and unknown_partner is None and not unnamed:
            partnership = _dominant_pair(placed, subjects["cities"], is_home, venues)
        if partnership and not titled and _alternatives(thesis.body, placed, partnership):
            partnership = None  # 'menjajaki Sister City, mungkin dengan Bandung atau Surabaya': a side not chosen yet
        if partnership and not any(map(is_home, partnership)) and any(m.kind == "cities" and is_home(m.slug) for m in placed):
            # 'Kota Kembar Kupang-Darwin-Dili … NTT' with Kupang left ambiguous: two places abroad are not the
            # partnership of a text that names a place at home; no pair rather than the wrong one
            partnership = None
        if partnership and opening_only:  # the pair is the subject; other pairs the opening names are examples
            lead = set(_first_sentence_places(thesis.body, placed))
            subjects["cities"] = [c for c in subjects["cities"] if c in partnership or c in lead]
        subjects["cities"] += [c for c in partnership or () if c not in subjects["cities"] and not vocab.is_country(c)]
        if partnership is None and unknown_partner is None:
            # 'Kerja sama Pemerintah Provinsi Kalimantan Timur dengan Rusia': a place at home and a whole country
            partnership = unnamed or _country_partner(thesis.body, placed, subjects["cities"], vocab)
        if partnership:  # a town has no government of its own: the kabupaten it lies in is the party ('Larantuka')
            partnership = tuple(_town_government(vocab, side) for side in partnership)
        if descriptive and partnership:  # no title stated: say what the text is about, not its first words
            title = pair_title(partnership, vocab)
        if partnership is None and unknown_partner is None and "stages" not in thesis.meta and not _abroad(placed, vocab):
            # a stage is where one cooperation stands: a text naming no partner abroad, neither a place nor a
            # country, describes sister cities in general ('the implementation of cooperation with foreign parties')
            subjects["stages"] = []
    if partnership and not thesis.has_front_matter:  # read from the text: the maintainer confirms it, as a fact
        inferred["partnership"] = _line_of(thesis, next((m.offset for m in placed if m.slug in partnership), 0))
    city_countries = [vocab.terms["cities"][c].data.get("country") for c in subjects["cities"] if c in vocab.terms["cities"]]
    side_countries = [s for s in partnership or () if vocab.is_country(s)]
    subjects["countries"] = [*map(str, thesis.meta.get("countries") or []), *side_countries, *filter(None, city_countries)]
    # A city named in passing names its country in passing too (Penang → Malaysia).
    mentioned_cities = [s for s in text_found["cities"] if s not in subjects["cities"]]
    via_cities = [vocab.terms["cities"][c].data.get("country") for c in mentioned_cities if c in vocab.terms["cities"]]
    mentions = {
        "cities": _ordered(vocab, "cities", mentioned_cities),
        "countries": _ordered(vocab, "countries", [s for s in [*text_found["countries"], *filter(None, via_cities)]
                                                   if s not in subjects["countries"]]),
    }
    # The abstracts' HTML comes from the same parse as the whole text: their blocks' source lines.
    rendered = render_markdown(cleaned.markdown, {
        lang: [range(b.line - 1, b.line - 1 + b.text.count("\n") + 1) for b in blocks[label]]
        for lang, label in abstract_labels.items()})
    summary = _after_title(abstracts.get("id") or abstracts.get("en") or _first_paragraph(cleaned.markdown), title)
    return Entry(
        id=thesis.id, src_path=thesis.src_path, digest=thesis.digest,
        title=title, title_en=str(thesis.meta.get("title_en") or ""), title_descriptive=descriptive,
        meta=meta, partnership=partnership,
        subjects={kind: _ordered(vocab, kind, subjects[kind]) for kind in TAG_KINDS},
        mentions=mentions, abstracts=abstracts, excerpt=excerpt(summary),
        abstracts_html=rendered.parts,
        html=rendered.html, toc=rendered.toc, body_text=_text_outside(cleaned.markdown, found),
        suggestions=(_suggestions(thesis, matches) if thesis.has_front_matter
                     else _inferred_notes(thesis, {**meta, "partnership": list(partnership or ())}, title, inferred)
                     + _unknown_partner(thesis, unknown_partner)
                     + _ignored_source(thesis)),
        inferred=inferred,
    )


def _offset_of_line(text: str, line: int) -> int:
    """Offset of the start of a 1-based line of `text`."""
    offset = 0
    for _ in range(line - 1):
        offset = text.find("\n", offset) + 1
        if offset == 0:
            return len(text)
    return offset


def _ignored_source(thesis: Thesis) -> list[Diagnostic]:
    """A source line whose address is no http(s) one ('javascript:…', 'file:…'): said, not linked."""
    rejected = rejected_source(thesis.body)
    if rejected is None:
        return []
    line = _line_of(thesis, _offset_of_line(thesis.body, rejected.line))
    return [Diagnostic(thesis.src_path, line, f"source line ignored: '{rejected.value[:60]}' is not an http:// or "
                       "https:// address, so the page links no original", "warning")]


def _inferred_notes(thesis: Thesis, meta: dict, title: str, inferred: dict[str, int]) -> list[Diagnostic]:
    """Facts taken from a raw text, for the maintainer to confirm (`build.py adopt` writes them in)."""
    values = {**meta, "title": title}
    return [Diagnostic(thesis.src_path, line, f"taken from the text, confirm: {name}: {_yaml_value(values[name])}", "warning")
            for name, line in sorted(inferred.items(), key=lambda kv: kv[1])]


def _yaml_value(value) -> str:
    import json

    if isinstance(value, list):
        return "[" + ", ".join(json.dumps(str(v), ensure_ascii=False) for v in value) + "]"
    return json.dumps(value, ensure_ascii=False)


def _text_outside(markdown: str, found: dict[str, list[str]]) -> str:
    """Plain text of the blocks that are not an abstract: search weighs abstracts on their own."""
    abstract = set(found.get("Abstrak", [])) | set(found.get("Abstract", []))
    return plain("\n\n".join(b.text for b in split_blocks(markdown) if b.text not in abstract))


_MASTHEAD_LINE = re.compile(r"\b(?:ISSN|DOI|Vol\.|Volume)\b|^\W*(?:jurnal|journal)\b", re.IGNORECASE)  # a journal's head


def _after_title(summary: str, title: str) -> str:
    """What a card shows of a text that opens with its own title (a raw summary's first line): what
    follows the title, not the title a second time under itself."""
    first, _, rest = summary.lstrip().partition("\n\n")
    same = " ".join(first.strip(" #*_").split()).casefold() == " ".join(title.split()).casefold()
    return rest if same and rest.strip() else summary


def _first_paragraph(markdown: str) -> str:
    """The first paragraph of running text: sentences (or a news lead's one long sentence), not a
    page's breadcrumb, masthead, headline, date or author lines."""
    for block in split_blocks(markdown):
        text = block.text
        letters = [c for c in text if c.isalpha()]
        shouting = letters and sum(c.isupper() for c in letters) > len(letters) / 2
        first = text.lstrip().split("\n", 1)[0]
        prose = (len(text) > 120 and ". " in text
                 or len(text.split()) >= 15 and "\n" not in text.strip() and text.rstrip().endswith((".", "!", "?")))
        if (prose and not shouting and not text.lstrip().startswith(("#", "[^")) and not is_furniture(first)
                and not _MASTHEAD_LINE.search(first)):
            return text
    return markdown[:400]


_COMMENT = re.compile(r"<!--.*?-->", re.DOTALL)
# a news lead's dateline, its place in group 1: 'Pangkalpinang, (Antaranews Babel) -', 'Surakarta (ANTARA) -',
# 'BOGOR, KOMPAS.com -', 'Jayapura, Euforia.id |' (at a line's start, after a source comment at most)
_DESK = re.compile(r"^(?:<!--.*?-->\s*)?([A-Z][\w'’.-]*(?:[ \t][A-Z][\w'’.-]*){0,2})[ \t]*,?[ \t]*"
                   r"(?:\([^()\n]{2,40}\)|[A-Za-z]+\.(?i:com|co|id|net)(?:\.(?i:id))?)[ \t]*(?:[-–—]{1,2}|\|)[ \t]", re.MULTILINE)
# 'MOSKOW | GLOBAL SUMUT-Pertemuan …', 'DENPASAR, BERITA DEWATA – Gubernur …': where the story was filed, then the
# outlet (its name may hold a region's, 'SUMUT'); with a comma, both in capitals
_DESK_PIPE = re.compile(r"^(?:<!--.*?-->\s*)?(?:[A-Z][\w'’.-]*(?:[ \t][A-Z][\w'’.-]*){0,2}[ \t]*\|[ \t]*"
                        r"[A-Z][\w.]*(?:[ \t][A-Z][\w.]*){0,2}"
                        r"|[A-Z][A-Z'’.-]+(?:[ \t][A-Z][A-Z'’.-]+){0,2}[ \t]*,[ \t]*[A-Z][A-Z.]+(?:[ \t][A-Z][A-Z.]+){0,2})"
                        r"[ \t]*[-–—]{1,2}", re.MULTILINE)
# 'TRIBUNJABAR.ID, BANDUNG - Gubernur …', 'INIKABAR.com , JAWA BARAT - Bupati …': the outlet first, then the desk
_DESK_AFTER = re.compile(r"^(?:<!--.*?-->\s*)?[A-Za-z][\w-]*\.(?i:com|co\.id|id|net)[ \t]*,[ \t]*"
                         r"([A-Z][\w'’.-]*(?:[ \t][A-Z][\w'’.-]*){0,2})[ \t]*[-–—]{1,2}[ \t]", re.MULTILINE)
# an envoy's seat: 'KBRI Dhaka', 'Kedutaan Besar RI di Kairo', 'the Indonesian Embassy in Seoul', 'Kedutaan Besar Republik
# Indonesia (KBRI) Baku'
_ENVOY = (r"\b(?:KBRI|KJRI|Konjen(?:\s+RI)?|(?:Kedutaan\s+Besar|Konsulat(?:\s+Jenderal)?)(?:\s+(?:Republik\s+Indonesia|RI))?"
          r"|(?:Duta\s+Besar|Dubes)(?:\s+(?:Republik\s+Indonesia|RI))?\s+untuk|Embassy|Consulate(?:\s+General)?)"
          r"(?:\s+\((?:KBRI|KJRI|Konjen)\))?\s+$")
_SEAT = re.compile(_ENVOY, re.IGNORECASE)
# a city's name inside another's: an area of it ('Western Sydney', 'Sydney Barat') or an institution named after
# it ('Western Sydney University', 'Melaka Batik House', 'Penang Port'); no local government is a party there
_AREA_BEFORE = re.compile(r"\b(?:Western|Eastern|Northern|Southern|Greater|Inner|Outer)[ \t]+$")
_NAME_GOES_ON = re.compile(r"[ \t]+(?:(?:[A-Z][\w'’-]+[ \t]+){0,2}(?:University|Institute|College|Polytechnic|Berhad|Airport"
                           r"|Hospital|Hotel|House|Centre|Center|Bank|Port|Stadium|Corporation|Company|Ltd|Inc)\b"
                           r"|(?:Barat|Timur|Utara|Selatan|Tengah|Raya)\b)")


def _inside_a_name(text: str, m: Match) -> bool:
    """A city's name standing inside a longer proper name ('Western Sydney University'), not for the city."""
    return m.kind == "cities" and bool(_AREA_BEFORE.search(text, max(0, m.offset - 12), m.offset)
                                       or _NAME_GOES_ON.match(text, m.offset + len(m.alias)))


_AT = re.compile(r"\b(?:di|in|at)\s+(?:(?:kota|city\s+of)\s+)?$|" + _ENVOY, re.IGNORECASE)
# 'di Aula Kantor Gubernuran Sultra di Bumi Praja Andounoho Kendari': a building's name, then the town it stands in
_AT_BUILDING = re.compile(r"\b(?:di|in|at)\s+(?:[A-Z][\w'’-]+\s+){1,4}$")


_NAMES_JOINED = re.compile(r"[A-Z][\w'’]+(?:\s?[-–]\s?[A-Z][\w'’]+)+")  # a title of names joined by dashes


def _misspelt_in_title(title: str, placed: list, vocab: Vocabulary, side: str) -> list[str]:
    """'BUKITTINGGI-SERAMBAN' over a text naming Kota Seremban: a word of the title that no vocabulary
    knows but that is a near spelling (ratio ≥ 0.85, one letter in seven) of a place the text names."""
    terms = vocab.terms["cities"]
    named = {m.slug for m in placed if m.kind == "cities" and m.slug != side and m.slug in terms}
    words = [w for w in re.findall(r"[^\W\d_]{4,}", title) if w[:1].isupper()]
    names = {slug: {fold_key(n) for n in (terms[slug].name, *terms[slug].aliases) if " " not in n} for slug in named}
    known = set().union(*names.values()) if names else set()
    found = []
    for word in words:
        folded = fold_key(word)
        if folded in known:
            continue  # a name the text spells so ('In Harbin, …' left out as where it happened)
        close = {slug for slug, spelt in names.items() if spelt_alike(folded, spelt, 0.85)}
        if len(close) == 1:
            found.append(close.pop())
    return found[:1]


def _town_government(vocab: Vocabulary, slug: str) -> str:
    """The kabupaten a town at home lies in (its seat 'Saumlaki' → Kabupaten Kepulauan Tanimbar), else `slug`."""
    term = vocab.terms["cities"].get(slug)
    if term is None or not _is_home(vocab, slug) or term.data.get("type") != "city":
        return slug
    return _parent_of(vocab, slug) or slug


def _dominant_pair(matches: list, subjects: list[str], is_home, venues: set[str]) -> tuple[str, str] | None:
    """Where a text names many places, the one at home and the one abroad it names far more than any
    other of its side (three times or more, twice as often as the next): an overview of many links
    that settles on one ('Melbourne and Bandung', 'Kota Bandung', 'Bandung-Melbourne MOU', …)."""
    counts = Counter(m.slug for m in matches if m.kind == "cities" and m.slug in subjects and m.slug not in venues)
    best = []
    for home in (True, False):
        side = [(n, slug) for slug, n in counts.most_common() if is_home(slug) == home]
        if not side or side[0][0] < 3 or len(side) > 1 and side[0][0] < 2 * side[1][0]:
            return None
        best.append(side[0][1])
    return best[0], best[1]


def _venues(text: str, matches: list, locating: Collection[int] = ()) -> set[str]:
    """The places the text names only as where something happened ('ASUF 2025 di Kuala Lumpur') or where another
    place lies (`locating`: the offsets of such mentions, 'Wakil Wali Kota Esenyurt Istanbul')."""
    at: dict[str, bool] = {}
    for m in matches:
        if m.kind == "cities":
            where = (m.offset in locating or _AT.search(text, max(0, m.offset - 50), m.offset)
                     or _AT_BUILDING.search(text, max(0, m.offset - 50), m.offset))
            at[m.slug] = at.get(m.slug, True) and bool(where)
    return {slug for slug, only in at.items() if only}


def _locating(text: str, matches: list, vocab: Vocabulary) -> set[int]:
    """The mentions that say where the place before them lies, the name of its region right after it ('Esenyurt
    Istanbul', 'Esenyurt, Istanbul': the city of Istanbul, named as the province Esenyurt is in)."""
    cities, terms = [m for m in matches if m.kind == "cities"], vocab.terms["cities"]
    out = set()
    for before, m in pairwise(cities):
        parent = terms.get(_parent_of(vocab, before.slug) or "")
        if parent is None or not _LOCATING_GAP.fullmatch(text, before.offset + len(before.alias), m.offset):
            continue
        # its region, or a city of its country ten times its size ('Pemerintah Oarai – Tokyo', as a reader places it)
        bigger = (_country_of(vocab, m.slug) == _country_of(vocab, before.slug) and not _is_home(vocab, m.slug)
                  and _population(m.slug) >= 10 * max(_population(before.slug), 1))
        if m.slug == parent.slug or fold_key(terms[m.slug].name) == fold_key(parent.name) or bigger:
            out.add(m.offset)
    return out


_LOCATING_GAP = re.compile(r"[ \t]*(?:,|[-–—])?[ \t]*")


def _population(slug: str) -> int:
    place = load_gazetteer().get(slug)
    return (place.population or 0) if place else 0


# 'cooperation with Seoul DPRD for instance', 'misalnya dengan Kota Seoul': a place given as an example
_EXAMPLE_AFTER = re.compile(r"[^.!?;\n]{0,25}?\b(?:for\s+instance|for\s+example)\b", re.IGNORECASE)
_EXAMPLE_BEFORE = re.compile(r"\b(?:misalnya|contohnya|umpamanya|for\s+instance|for\s+example|e\.g\.)\b[^.!?;\n]{0,25}$",
                             re.IGNORECASE)


def _examples(text: str, matches: list, is_home) -> set[str]:
    """The places abroad the text names only as an example ('send a letter if you want to make cooperation
    with Seoul DPRD for instance'): no partner."""
    only: dict[str, bool] = {}
    for m in matches:
        if m.kind == "cities" and not is_home(m.slug):
            end = m.offset + len(m.alias)
            example = bool(_EXAMPLE_AFTER.match(text, end) or _EXAMPLE_BEFORE.search(text, max(0, m.offset - 40), m.offset))
            only[m.slug] = only.get(m.slug, True) and example
    return {slug for slug, example in only.items() if example}


_SENTENCE_END = re.compile(r"[.!?](?=\s|$)|\n")


def _first_sentence_places(text: str, matches: list) -> list[str]:
    """The places of the sentence that names the first place."""
    cities = [m for m in matches if m.kind == "cities"]
    if not cities:
        return []
    end = _SENTENCE_END.search(text, cities[0].offset + len(cities[0].alias))
    return [m.slug for m in cities if m.offset < (end.start() if end else len(text))]


def _first_sentence_pair(text: str, matches: list, vocab: Vocabulary) -> set[tuple[str, str]]:
    """The places of the sentence that names the first place, when they make a pair ('Gold Coast in
    Queensland and Makassar in South Sulawesi are working towards … Sister Cities'): a news lead or
    an abstract's opening states its subject before other places (consulates, other partners) come up."""
    named = _first_sentence_places(text, matches)
    if not named:
        return set()
    is_home = partial(_is_home, vocab)
    if guess_pair(named, is_home, partial(_country_of, vocab), partial(_parent_of, vocab)) is None:
        return set()
    return {("cities", slug) for slug in named}


def _missing_partner(text: str, cities: list[str], matches: list[Match], vocab: Vocabulary) -> list[str]:
    """A title that names only one side ('Jakarta – sister cities …'): the first place of the other
    side named in the opening text joins the subjects, unless it opens a list of places ('delegations
    from Sabah, Sarawak, and Labuan': examples, no partner)."""
    terms = vocab.terms["cities"]
    sides = {terms[c].data.get("country") == "indonesia" for c in cities if c in terms}
    if len(sides) != 1:
        return []
    home = sides.pop()
    places = [m for m in matches if m.kind == "cities"]
    for k, m in enumerate(places):
        if (m.offset < SUBJECT_WINDOW and m.slug in terms and m.slug not in cities
                and (terms[m.slug].data.get("country") == "indonesia") != home):
            after = places[k + 1] if k + 1 < len(places) else None
            listed = after and LIST_JOIN_RE.fullmatch(text, m.offset + len(m.alias), after.offset)
            return [] if listed else [m.slug]
    return []


# A title whose object is the agreement itself ('Perjanjian Kota Bersaudara antara …', 'Status Perjanjian
# Internasional dalam Kaitannya dengan Kerjasama Sister City …', '… Sister City X Y sebagai Bentuk Perjanjian
# Internasional', 'Sister City Agreement'): the study reads an agreement that was made, a careful reader's MoU stage
_AGREEMENT_TITLE = re.compile(r"\b(?:perjanjian(?:\W+[\w'’-]+){0,5}?\W+(?:kota\s+(?:bersaudara|kembar)|sister[\s-]+city)"
                              r"|(?:kota\s+(?:bersaudara|kembar)|sister[\s-]+city)\W+(?:[\w'’-]+\W+){0,6}?"
                              r"(?:(?:sebagai\s+)?bentuk\s+perjanjian|agreements?|treat(?:y|ies)))", re.IGNORECASE)
# (or one offered or sought: 'Gubernur Jeju Tawarkan Perjanjian Sister City')
_AGREEMENT_DRAFT = re.compile(r"\b(?:rancangan|draf|draft|usulan|rencana|proposed|planned|tawarkan|menawarkan|ditawarkan|tawaran"
                              r"|offer(?:s|ed)?|jajaki|menjajaki|usulkan|mengusulkan|ajak|mengajak|dorong|mendorong)\b", re.IGNORECASE)


def _agreement_studied(body: str, title: str, descriptive: bool, matches: list[Match]) -> list[Match]:
    """The MoU stage, where the title studies the partners' agreement as made and the text names no stage of it."""
    found = None if descriptive else _AGREEMENT_TITLE.search(title)
    if found is None or _AGREEMENT_DRAFT.search(title) or any(m.kind == "stages" and m.slug in ("mou", "moa") for m in matches):
        return []
    folded, phrase = fold_same_length(body), fold_same_length(found.group())
    at = folded.find(phrase)
    at = at if at >= 0 else folded.find(phrase.split()[0])  # the title broken over lines in the text
    return [Match("stages", "mou", found.group(), at)] if at >= 0 else []


def _is_home(vocab: Vocabulary, slug: str) -> bool:
    term = vocab.terms["cities"].get(slug)
    return bool(term) and term.data.get("country") == "indonesia"


def _unknown_partner(thesis: Thesis, unknown: tuple[int, str] | None) -> list[Diagnostic]:
    """The partner a text names in its pair phrase that no vocabulary knows: reported, not replaced."""
    if unknown is None:
        return []
    close = nearest(unknown[1], load_gazetteer())
    hint = f"; nearest in the gazetteer: {options(close)}" if close else ""
    return [Diagnostic(thesis.src_path, _line_of(thesis, unknown[0]), f"unknown partner '{unknown[1]}' in the pair the "
                       f"text states: no partnership shown{hint} — add it to seeds/cities.yml or write `partnership:` "
                       "in the front matter", "warning")]


# 'Bandung atau Surabaya', 'Bandung or Surabaya': a name beside another, one or the other
_OR_BEFORE = re.compile(r"\b[A-Z][\w'’-]*,?\s+(?:atau|or)\s+$")
_OR_AFTER = re.compile(r",?\s+(?:atau|or)\s+(?:(?:Kota|Kabupaten|Provinsi)\s+)?[A-Z]")


def _alternatives(text: str, placed: list[Match], pair: tuple[str, str]) -> bool:
    """A side of the pair the text names only as one of alternatives ('mungkin dengan Bandung atau Surabaya'):
    that side is left open."""
    for side in pair:
        mentions = [m for m in placed if m.kind == "cities" and m.slug == side]
        if mentions and all(_OR_BEFORE.search(text, max(0, m.offset - 40), m.offset)
                            or _OR_AFTER.match(text, m.offset + len(m.alias)) for m in mentions):
            return True
    return False


def _home_subject(placed: list[Match], subjects: list[str], vocab: Vocabulary) -> str | None:
    """The subject at home the text names most ('Gubernur Bali … Bali dan Republik Slovakia', not the venue Denpasar)."""
    named = Counter(m.slug for m in placed if m.kind == "cities")
    return max((c for c in subjects if _is_home(vocab, c)), key=lambda c: named[c], default=None)


# 'dengan salah satu kota di ', 'antara Bukittinggi dan salah satu kota di ', 'with a city in ': a partner left unnamed
_UNNAMED_IN = re.compile(r"\b(?:salah\s+satu|sebuah|satu|beberapa|one\s+of\s+the|an?|several|some)\s+(?:kota|kabupaten|daerah|wilayah|provinsi"
                         r"|prefektur|negara\s+bagian|cit(?:y|ies)|regions?|provinces?|prefectures?|states?|municipalit(?:y|ies))"
                         r"\s+(?:di|in|of)\s+(?:(?:negara|negeri)\s+(?:sahabat\s*,?\s*)?)?(?:the\s+)?$", re.IGNORECASE)


def _unnamed_at_home(text: str, placed: list[Match]) -> bool:
    """The side at home left unnamed: 'with a province of Indonesia', 'dengan salah satu kota di Indonesia'."""
    return any(m.kind == "countries" and m.slug == "indonesia" and _UNNAMED_IN.search(text, max(0, m.offset - 60), m.offset)
               for m in placed)


def _unnamed_partner(text: str, placed: list[Match], subjects: list[str], vocab: Vocabulary) -> tuple[str, str] | None:
    """(home, country) where a cooperation is stated with a place left unnamed in a country ('kota kembar antara
    Kabupaten Bantaeng dengan salah satu kota di Belanda'), whatever places abroad the text names elsewhere."""
    home = _home_subject(placed, subjects, vocab)
    if home is None:
        return None
    for m in placed:
        if m.kind == "countries" and m.slug != "indonesia" and _UNNAMED_IN.search(text, max(0, m.offset - 60), m.offset):
            start = max(text.rfind(". ", 0, m.offset), text.rfind("\n", 0, m.offset)) + 1
            if _COOPERATION.search(text, start, m.offset):
                return home, m.slug
    return None


def _as_read(pair: tuple[str, str] | None) -> tuple[str, str] | None:
    """In place of a guess: the pair already read, or None where the text leaves a side unnamed."""
    return pair


# between a place at home and a country: 'kota kembar antara Bali dan ', 'kota kembar Bali-'
_JOINED_TO_COUNTRY = re.compile(r"\s*(?:[-–]|\s(?:dan|dengan|and|with))\s*$")
_PAIR_OPENS = re.compile(r"\b(?:antara|between)\s+(?:(?:pemerintah|pemprov|pemkot|pemkab|provinsi|kota|kabupaten)\s+)*$", re.IGNORECASE)


def _stated_country_pair(text: str, placed: list[Match], vocab: Vocabulary) -> tuple[str, str] | None:
    """(home, country) where a cooperation phrase joins a place at home to a whole country ('seminar tentang kerja sama
    kota kembar antara Bali dan Portugal', 'kota kembar Bali-Portugal'): the pair it states, when no phrase states one
    of places, over a city of that country named for another tie ('Lisabon dan Larantuka')."""
    for h, m in pairwise(m for m in placed if m.kind in ("cities", "countries")):
        if (h.kind != "cities" or m.kind != "countries" or m.slug == "indonesia" or not _is_home(vocab, h.slug)
                or not _JOINED_TO_COUNTRY.fullmatch(text, h.offset + len(h.alias), m.offset)):
            continue
        # a hyphen joins the two in a compound ('kota kembar Bali-Portugal'); 'dan/dengan' needs 'antara' before the first
        if text[h.offset + len(h.alias) : m.offset].strip() not in "-–" and not _PAIR_OPENS.search(text, max(0, h.offset - 40), h.offset):
            continue
        start = max(text.rfind(". ", 0, h.offset), text.rfind("\n", 0, h.offset), text.rfind(",", 0, h.offset)) + 1
        if _COOPERATION.search(text, max(start, h.offset - 60), h.offset):
            return h.slug, m.slug
    return None


def _envoy_in_title(title: str, in_title: list[Match], placed: list[Match], subjects: list[str],
                    vocab: Vocabulary) -> tuple[str, str] | None:
    """(home, country) for a headline on a country's envoy received ('Terima Dubes Turki, Gubernur Mahyeldi: …')
    that names no place abroad: the envoy's country is the other side, whatever ties the story lists."""
    if any(m.kind == "cities" and m.slug in vocab.terms["cities"] and not _is_home(vocab, m.slug) for m in in_title):
        return None
    home = _home_subject(placed, subjects, vocab)
    envoys = [m.slug for m in in_title if m.kind == "countries" and m.slug != "indonesia"
              and _ENVOY_OF.search(title, max(0, m.offset - 40), m.offset)]
    return (home, envoys[0]) if home and len(set(envoys)) == 1 else None


def _country_partner(text: str, placed: list[Match], subjects: list[str], vocab: Vocabulary) -> tuple[str, str] | None:
    """The pair of a text that names a subject at home and, as the other side, no place abroad (or only
    places inside that country, none of them paired) but a country it cooperates with ('Kerjasama
    Pemerintah Provinsi Kalimantan Timur dengan Rusia'), that seeks cooperation with the place at home, or
    whose envoy it receives ('Pemprov Sumbar Terima Dubes Turki'): the subject at home the text names most
    and the first such country, else None. A country beside Indonesia ('perbatasan Indonesia-Malaysia') is
    the nation's neighbour, and one named in passing ('kota di Jepang') no side."""
    home = _home_subject(placed, subjects, vocab)
    if home is None:
        return None
    abroad = {vocab.terms["cities"][m.slug].data.get("country") for m in placed
              if m.kind == "cities" and m.slug in vocab.terms["cities"] and not _is_home(vocab, m.slug)}
    for m in placed:
        if m.kind != "countries" or m.slug == "indonesia" or abroad - {m.slug}:
            continue  # a place abroad named outside this country: no whole country is the other side
        before = text[max(0, m.offset - 40) : m.offset]
        if (_ENVOY_OF.search(before) or _VISIT_FROM.search(text, max(0, m.offset - 60), m.offset)
                or _TAKES_ON_BEFORE.search(before)):  # 'upaya merangkul Inggris': the partner the place at home takes on
            return home, m.slug
        if _WITH_COUNTRY.search(before):
            # the cooperation word governs 'dengan/with' the country, a few words before it ('kerja sama dengan
            # Rusia'), not any clause of the sentence ('… cooperation …, since batik is exported to Japan')
            start = max(text.rfind(". ", 0, m.offset), text.rfind("\n", 0, m.offset), text.rfind(",", 0, m.offset)) + 1
            if _COOPERATION.search(text, max(start, m.offset - 80), m.offset):
                return home, m.slug
        # 'Pemerintah Amerika Serikat menjajaki kerja sama dengan Pemerintah Kabupaten Gianyar': the country seeks it
        end = m.offset + len(m.alias)
        seeks = _SEEKS_WITH.match(text, end, end + 80)
        if seeks and any(h.kind == "cities" and h.slug == home and end < h.offset <= seeks.end() + 12 for h in placed):
            return home, m.slug
    return None


# after a country: its cooperation sought with a place at home, in the same clause ('… menjajaki kerja sama dengan
# Pemerintah Kabupaten ', '… wants to cooperate with the city of ')
_SEEKS_WITH = re.compile(r"[^.!?;\n]{0,30}?\b(?:kerja\s?sama|bekerja\s?sama|kerjasama|sister\s+city|kota\s+kembar|cooperat\w*"
                         r"|partnership)\b[^.!?;\n]{0,20}?\b(?:dengan|with)\s+(?:the\s+)?(?:(?:pemerintah|pemkot|pemkab|pemprov"
                         r"|government\s+of|city\s+of)\s+)?(?=\S)", re.IGNORECASE)


# 'kerja sama dengan (Federasi) Rusia', 'promosi ekspor ke Mesir', 'cooperation with France': the country as the other side
_TAKES_ON_BEFORE = re.compile(rf"\b(?:{TAKE_ON})\s+(?:(?:negara|pemerintah)\s+)?$", re.IGNORECASE)
_WITH_COUNTRY = re.compile(r"\b(?:dengan|with|ke|to)\s+(?:(?:negara|pemerintah|federasi|republik|kerajaan|government\s+of|the)\s+)*$",
                           re.IGNORECASE)
_ENVOY_OF = re.compile(r"\b(?:duta\s+besar|dubes|kedutaan\s+besar|kedubes|ambassador\s+of|embassy\s+of"
                       r"|konsul(?:at)?\s+jend(?:e)?ral|konjen|consul(?:ate)?\s+general\s+of)"  # 'Konsulat Jendral (Konjen) Philipina'
                       r"(?:\s*\((?:dubes|kedubes|konjen)\))?(?:\s+(?:federasi|republik|rakyat|kerajaan|the))*\s+$", re.IGNORECASE)
_COOPERATION = re.compile(r"kerja\s?sama|cooperat|sister|kembar|bersaudara|promosi\s+ekspor|export\s+promotion|menjajaki|menjalin"
                          r"|kemitraan|partner"  # (goods 'exported to South Korea' are trade, no tie)
                          r"|paradiplom",
                          re.IGNORECASE)
# 'menerima kunjungan Pemerintah Korea Selatan', 'received a delegation from the government of': a visit the place at
# home receives from a country's government (its envoy: _ENVOY_OF)
_VISIT_FROM = re.compile(r"\b(?:menerima|terima|menyambut|sambut|received?|welcomed?)\s+(?:kunjungan|kedatangan|delegasi|rombongan"
                         r"|(?:a\s+)?(?:visit|delegation)\s+(?:from|of))\s+(?:(?:kerja|resmi|kehormatan)\s+)?"
                         r"(?:(?:pemerintah|pemerintahan|delegasi|rombongan|negara|government\s+of|the)\s+)+$", re.IGNORECASE)


def _place_abroad(placed: list[Match], vocab: Vocabulary) -> bool:
    """The text names a place outside Indonesia."""
    return any(m.kind == "cities" and m.slug in vocab.terms["cities"] and not _is_home(vocab, m.slug) for m in placed)


def _abroad(placed: list[Match], vocab: Vocabulary) -> bool:
    """The text names a place or a country outside Indonesia."""
    return _place_abroad(placed, vocab) or any(m.kind == "countries" and m.slug != "indonesia" for m in placed)


def _is_region_abroad(vocab: Vocabulary, slug: str) -> bool:
    """A first-level region abroad (prefecture, province, state ...), not a town or district."""
    term = vocab.terms["cities"].get(slug)
    return term is not None and not _is_home(vocab, slug) and term.data.get("type") not in (None, "city", "district")


def _parent_of(vocab: Vocabulary, slug: str) -> str | None:
    term = vocab.terms["cities"].get(slug)
    return term.data.get("parent_slug") if term else None


def _country_of(vocab: Vocabulary, slug: str) -> str | None:
    term = vocab.terms["cities"].get(slug)
    return term.data.get("country") if term else None

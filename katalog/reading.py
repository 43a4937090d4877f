"""Reading rules of the tagger: where a vocabulary word found in a text is not what it seems.

A modifier that makes a theory's one-word name another concept ('city diplomacy'); a sector word
outside any sentence about a cooperation, in a general definition, or inside the name of a body.
A theory that is as often a topic as a framework, named where no concept or theory frames it.
`m` is a Match (kind, slug, alias, offset), what the enrich.Tagger finds.
"""

from __future__ import annotations

import re
from typing import NamedTuple

from .load import Vocabulary
from .text import words as text_words


class Match(NamedTuple):  # a tuple: a long text has many, and they are made in the hot loop
    kind: str
    slug: str
    alias: str
    offset: int


# Words for a step of a process that a text may use in place of one another: an alias written with
# one ('exploratory stage', 'tahap perencanaan') is matched with the others too ('exploratory phase').
_STEP_WORDS = {"stage": ("phase",), "stages": ("phases",), "tahap": ("fase", "tahapan")}


def alias_forms(aliases) -> set[str]:
    """The aliases, each also with its step word exchanged for the others ('stage' → 'phase')."""
    out = set(aliases)
    for alias in aliases:
        words = alias.split()
        for i, word in enumerate(words):
            for other in _STEP_WORDS.get(word.lower(), ()):
                out.add(" ".join([*words[:i], other, *words[i + 1 :]]))
    return out

# Words that may stand next to a name without modifying it: 'the concept of diplomacy', 'diplomasi yang …'.
NOT_MODIFIERS = frozenset(["a", "an", "the", "of", "and", "or", "nor", "in", "on", "at", "to", "for", "by", "with", "through", "via", "as", "its", "their", "his", "her", "our", "this", "that", "these", "those", "is", "are", "was", "were", "be", "been", "being", "using", "use", "uses", "used", "employ", "employs", "employing", "apply", "applies", "applying", "about", "between", "from", "into", "upon", "both", "also", "such", "namely", "called", "term", "yang", "dan", "atau", "di", "ke", "dari", "dalam", "untuk", "guna", "sebagai", "dengan", "pada", "oleh", "ini", "itu", "tersebut", "adalah", "ialah", "merupakan", "serta", "bagi", "antar", "antara", "melalui", "secara", "yaitu", "yakni", "juga", "maupun", "sedangkan", "namun", "tetapi", "karena", "agar", "sehingga", "menjadi", "dapat", "akan", "telah", "sudah", "masih", "dijalankan", "dilakukan", "digunakan", "diterapkan"])
_NEXT_WORD_RE = re.compile(r"[ \t]+([^\W\d_][\w'’-]*)")
_PREVIOUS_WORD_RE = re.compile(r"([^\W\d_][\w'’]*)(?:[ \t]+|-[ \t]*)$")


def modified(text: str, m: Match, vocab: Vocabulary) -> bool:
    """'City diplomacy', 'cultural diplomacy', 'diplomasi kota': for a theory marked modified_is_other a
    modifier makes its one-word name another concept. An English modifier stands before the word, an
    Indonesian one after it (the alias's own language decides); words like 'of', 'yang' modify nothing."""
    term = vocab.get("theories", m.slug)
    if term is None or not term.data.get("modified_is_other") or len(text_words(m.alias)) != 1:
        return False
    end = m.offset + len(m.alias)
    english = m.alias.lower() == term.name_en.lower()
    if english:
        word = _PREVIOUS_WORD_RE.search(text[max(0, m.offset - 40) : m.offset])
    else:
        word = _NEXT_WORD_RE.match(text, end)
    return word is not None and word.group(1).lower() not in NOT_MODIFIERS


# What a sentence about the cooperation itself names: the cooperation, its programme, its fields.
_COOPERATION_RE = re.compile(
    r"\b(?:kerja\s?sama|kerjasama|bekerja\s?sama|kolaborasi|kemitraan|program|programs|programme|programmes|mou"
    r"|memorandum|nota\s+kesepahaman|perjanjian|kesepakatan|loi|letter\s+of\s+intent|paradiplomac\w*|paradiplomasi"
    r"|bidang|cooperat\w*|co-operat\w*|collaborat\w*"
    r"|(?:inisiatif|prakarsa|initiative)\s+(?:ini|tersebut|itu|this)"  # 'Inisiatif ini ditargetkan memperkuat perdagangan'
    r"|partnerships?|agreements?|fields?|sister\s+(?:city|cities|province|provinces|state)|kota\s+bersaudara|kota\s+kembar|twin\s+(?:city|cities|towns?)"
    r"|focus\w*|fokus|difokuskan|berfokus)\b", re.IGNORECASE)
# A sentence defining such cooperation in general ('Sister city cooperation serves to …', 'SCR is a form
# of …') names what such cooperation may cover, not the fields of the one studied.
_DEFINITION_RE = re.compile(
    r"\b(?:is|are)\s+(?:a|an)\s+(?:form|kind|type|means)\s+of|\bserves?\s+to\b|\b(?:is|are)\s+usually\b"
    r"|\bdefined\s+as\b|\brefers?\s+to\b|\bmerupakan\s+(?:salah\s+satu\s+)?(?:bentuk|wujud|sarana)\b"
    r"|\b(?:is|are)\s+(?:the|a)\s+concept\s+of\b|\b(?:adalah|merupakan)\s+(?:sebuah\s+|suatu\s+)?konsep\b"
    r"|\badalah\s+(?:salah\s+satu\s+)?(?:bentuk|wujud|sarana)\b|\bdidefinisikan\b|\bpada\s+umumnya\b|\bbiasanya\b",
    re.IGNORECASE)
# What such cooperation covers, said of no cooperation in particular: no place, no 'ini', 'tersebut', 'this'
# ('Kerja sama sister city meliputi bidang pendidikan, ekonomi …' describes sister cities in general).
_SCOPE_RE = re.compile(r"\b(?:meliputi|mencakup|includes?|covers?|consists?\s+of|dapat\s+berupa|can\s+take)\b",
                       re.IGNORECASE)
# What such cooperation can cover: a possibility and a list ('various sectors can be operated within the
# activity, including trades, education …'), said where the sentence names no place.
_MAY_COVER_RE = re.compile(r"\b(?:can|could|may|might|dapat|bisa|boleh)\b[^.!?]*?\b(?:including|includes?|such\s+as"
                           r"|meliputi|mencakup|seperti|termasuk|antara\s+lain)\b", re.IGNORECASE)
_PARTICULAR_RE = re.compile(r"\b(?:ini|tersebut|itu|the|this|these|those|its|their|kedua|both)\b", re.IGNORECASE)
# the two sides named by a phrase, not by their names: 'antara kedua daerah ini', 'both cities'
_BOTH_SIDES_RE = re.compile(r"\b(?:kedua|both)\s+(?:daerah|wilayah|kota|provinsi|kabupaten|pemerintah|belah\s+pihak|pihak|cities|regions"
                            r"|provinces|sides|governments)\b", re.IGNORECASE)
_SENTENCE_END_RE = re.compile(r"[.!?](?=\s)|\n\s*\n")
_SENTENCE_REACH = 400  # characters looked at on each side of a sector word for its sentence


# Words that head the name of a body or a publication: a sector word inside such a name is part of it.
_NAME_HEAD_RE = re.compile(
    r"\b(?:journal|jurnal|fakultas|faculty|dinas|badan|agency|division|department|departemen|ministry|kementerian|menteri"
    r"|minister|kemenko|koordinator|coordinating"
    r"|institute|institut|universitas|university|school|sekolah|survei|survey|center|centre|pusat|office|kantor"
    r"|bureau|biro|yayasan|foundation|council)\b", re.IGNORECASE)
_NAME_RUN_RE = re.compile(r"(?:[A-Z][\w'’-]*|of|and|the|for|dan|&)(?:[ \t]+(?:[A-Z][\w'’-]*|of|and|the|for|dan|&))*[ \t]+$")
_NAME_RUN_AFTER_RE = re.compile(r"(?:[ \t]+(?:[A-Z][\w'’-]*|of|and|the|for|dan|&)(?![\w'’-]))*")


def _in_a_name(text: str, m: Match) -> bool:
    """'Journal of Education', 'Fakultas Ilmu Sosial dan Ekonomi', 'survey Sosial Ekonomi Nasional': a
    capitalised sector word in the name of a body or publication is no sector of the cooperation."""
    if not text[m.offset : m.offset + 1].isupper() or text[m.offset : m.offset + len(m.alias)].isupper():
        return False
    run = _NAME_RUN_RE.search(text, max(0, m.offset - 80), m.offset)
    after = _NAME_RUN_AFTER_RE.match(text, m.offset + len(m.alias))
    return bool((run and _NAME_HEAD_RE.search(text, max(0, run.start() - 12), m.offset))
                or _NAME_HEAD_RE.search(after.group()))


# A sector word qualifying a motive, interest or respect names why or in what way, not a field:
# 'motif ekonomi dan motif budaya', 'persamaan dari segi geografis, budaya', 'economic motives'.
_QUALIFIED_RE = re.compile(r"\b(?:motif|motivasi|kepentingan|faktor|aspek|segi|persamaan|kesamaan|dimensi)"
                           r"(?:\s+(?:dari\s+)?segi)?\s+(?:[\w-]+\s*,\s*){0,3}(?:dan\s+)?$", re.IGNORECASE)
_QUALIFIES_RE = re.compile(r"\s+(?:motives?|motivations?|interests?|factors?|aspects?|similarit(?:y|ies)|dimensions?)\b",
                           re.IGNORECASE)
# A sector word given as an example of a motive or factor: 'economic factors such as trade and investment'.
_EXAMPLE_OF_RE = re.compile(r"\b(?:motif|motives?|faktor|factors?|aspek|aspects?|pendorong|drivers?|alasan|reasons?|isu|issues?)"
                            r"\s+(?:such\s+as|like|including|seperti|berupa|antara\s+lain|misalnya)\s+"
                            r"(?:[\w-]+\s*,\s*|[\w-]+\s+(?:and|dan)\s+){0,3}$", re.IGNORECASE)


def _qualifier(text: str, m: Match) -> bool:
    before = text[max(0, m.offset - 80) : m.offset]
    return bool(_QUALIFIED_RE.search(before) or _EXAMPLE_OF_RE.search(before)
                or _QUALIFIES_RE.match(text, m.offset + len(m.alias)))


def about_cooperation(text: str, m: Match, places: list[int]) -> bool:
    """A sector counts where its sentence is about a cooperation ('kerja sama di bidang pendidikan',
    'the agreed cooperation sectors consist of tourism'), not where a word of it describes a city or
    the world ('Jakarta menjadi standar dalam sektor pendidikan', 'revolusi teknologi komunikasi'),
    nor in a general definition of such cooperation that names no place (`places`: offsets of
    the place names found)."""
    if _in_a_name(text, m) or _qualifier(text, m):
        return False
    return (cooperation_sentence(text, m.offset, places) or cooperation_sentence(text, _list_lead(text, m.offset), places)
            or cooperation_sentence(text, _sentence_lead(text, m.offset), places))


# a sentence that goes on with the list the one before it announced ('Kerja sama itu meliputi berbagai bidang.
# Mulai dari perdagangan dan investasi, …')
_GOES_ON_RE = re.compile(r"\s*(?:mulai dari|antara lain|di antaranya|diantaranya|seperti|yaitu|yakni|meliputi|termasuk"
                         r"|including|such as|among them|namely)\b", re.IGNORECASE)


def _sentence_lead(text: str, offset: int) -> int:
    """For a word in a sentence that goes on with the one before it, an offset in that one; else `offset`."""
    start = max(0, offset - _SENTENCE_REACH)
    ends = list(_SENTENCE_END_RE.finditer(text, start, offset))
    if not ends or not _GOES_ON_RE.match(text, ends[-1].end()):
        return offset
    return max(0, ends[-1].start() - 1)


_LIST_ITEM_RE = re.compile(r"[ \t]*(?:\d{1,2}[.)]|[a-h][.)]|[-•*▪])[ \t]+")


def _list_lead(text: str, offset: int) -> int:
    """Where the text leading into a list stands, for a word in one of its items ('… bidang kerja sama
    berikut:' over '1. Pendidikan', '5. Pertanian'); the offset itself when it is in no list item."""
    start = text.rfind("\n", 0, offset) + 1
    if not _LIST_ITEM_RE.match(text, start):
        return offset
    while start > 0:  # up over the items and blank lines, to the last line before the list
        previous = text.rfind("\n", 0, start - 1) + 1
        line = text[previous : start - 1]
        if line.strip() and not _LIST_ITEM_RE.match(line):
            return previous + len(line.rstrip()) - 1
        start = previous
    return offset


def cooperation_sentence(text: str, offset: int, places: list[int]) -> bool:
    """The sentence around `offset` is about a cooperation, and no general definition of one that
    names no place (`places`: offsets of the place names found)."""
    start = max(0, offset - _SENTENCE_REACH)
    before = text[start:offset]
    ends = list(_SENTENCE_END_RE.finditer(before))
    begin = start + ends[-1].end() if ends else start
    after = _SENTENCE_END_RE.search(text, offset, offset + _SENTENCE_REACH)
    end = after.start() if after else offset + _SENTENCE_REACH
    named = any(begin <= p < end for p in places) or _BOTH_SIDES_RE.search(text, begin, end)  # 'kedua daerah ini'
    if not named and (_DEFINITION_RE.search(text, begin, end) or (
            _SCOPE_RE.search(text, begin, end) and not _PARTICULAR_RE.search(text, begin, end))
            or _MAY_COVER_RE.search(text, begin, offset)):
        return False  # a definition, or what such cooperation covers, naming no place of its own
    return bool(_COOPERATION_RE.search(text, begin, end))


_FRAME_RE = re.compile(r"\b(?:teori|konsep|concepts?|theory|theories|pendekatan|approach(?:es)?|perspektif|perspectives?"
                       r"|kerangka|frameworks?|paradigma|paradigms?)\b", re.IGNORECASE)


# Between a name and a concept word, a verb that makes the sentence define the name ('X adalah konsep …').
_COPULA_RE = re.compile(r"\b(?:is|are|was|were|adalah|merupakan|ialah|yaitu|yakni|means|berarti)\b", re.IGNORECASE)
# Words that end what a 'konsep …' introduces: 'konsep X untuk menjawab fenomena sister city'.
_FRAME_BREAK_RE = re.compile(r"\b(?:untuk|guna|menjawab|menjelaskan|fenomena|mengenai|tentang|terhadap|bahwa|karena|merupakan|"
                             r"penjelasan|ke dalam|because|into|to|for|"
                             r"about|that|which|yang terjalin|pembangunan|development|in identifying|in explaining|behind|regarding|concerning)\b",
                             re.IGNORECASE)
# A concept put into practice ('menerapkan konsep Sister City', 'realising the twin city concept'), not read through.
_PRACTISED_RE = re.compile(r"\b(?:menerapkan|diterapkan|mewujudkan|diwujudkan|mengadopsi|diadopsi|mengembangkan|membangun"
                           r"|pembangunan|implement\w*|appl(?:y|ies|ied|ying)|adopt\w*|reali[sz]\w*|pursu\w*)\s+$", re.IGNORECASE)
# The name then a verb that defines it ('Konsep kota kembar bisa diumpamakan sebagai sahabat pena').
_DEFINED_AFTER_RE = re.compile(r"^\W*(?:\w+\s+){0,2}(?:adalah|merupakan|ialah|yaitu|diumpamakan|diartikan|didefinisikan"
                               r"|dimaknai|dipahami|is defined|is understood|refers to|means)\b", re.IGNORECASE)


_PROCESS_ALIAS_RE = re.compile(r"\b(?:process|proses)\b", re.IGNORECASE)
_KEYWORDS_RE = re.compile(r"\b(?:kata[ -]?kunci|keywords?|key words)\s*[:.\-–—]", re.IGNORECASE)


def framed(text: str, m: Match, vocab: Vocabulary) -> bool:
    """A theory that is as often a topic as a framework (the sister-city concept in a thesis about a
    sister city) counts only where the text calls it a concept, theory or approach next to its name."""
    term = vocab.get("theories", m.slug)
    if term is None:
        return True
    if _PROCESS_ALIAS_RE.search(m.alias) and not term.data.get("framework_only"):
        # 'decision-making process' names a process: the study's subject where a title or keywords
        # line names it, in passing elsewhere ('complex, especially in the decision-making process')
        start = max(text.rfind("\n", 0, m.offset) + 1, m.offset - 300)
        around = text[max(start, m.offset - 40) : m.offset + len(m.alias) + 40].split("\n")[0]
        letters = [c for c in around if c.isalpha()]
        heading = letters and sum(c.isupper() for c in letters) >= 0.8 * len(letters)  # in a title in capitals
        if not (heading or _KEYWORDS_RE.search(text[start : m.offset])
                or _FRAME_RE.search(text[max(0, m.offset - 40) : m.offset])):
            return False
    if not term.data.get("framework_only"):
        return True
    if _FRAME_RE.search(m.alias):  # 'konsep sister city' as one name: unless put into practice
        return not _PRACTISED_RE.search(text[max(0, m.offset - 40) : m.offset])
    end = m.offset + len(m.alias)
    after = _FRAME_RE.search(text[end : end + 25])
    if after and re.match(r"\s+(?:of|dari)\b", text[end + after.end() : end + after.end() + 6], re.IGNORECASE):
        after = None  # 'a sister city from the perspective of local governments': the perspective is theirs
    if after:  # 'the sister city concept'; not 'sister city is the concept of two cities …', a definition of the term
        return not _COPULA_RE.search(text, end, end + after.start())
    # 'menggunakan konsep X', or a list after it in the same sentence: 'Konsep yang dipakai adalah
    # globalisasi, diplomasi dan kerja sama bilateral' (at most 12 words between, no sentence end)
    before = re.split(r"[.!?]\s", text[max(0, m.offset - 120) : m.offset])[-1]
    marker = None
    for marker in _FRAME_RE.finditer(before):
        pass
    between = before[marker.end() :] if marker else ""
    if marker is None or _PRACTISED_RE.search(before[: marker.start()]) or _DEFINED_AFTER_RE.match(text[end : end + 60]):
        return False
    return len(between.split()) <= 12 and not _FRAME_BREAK_RE.search(between)

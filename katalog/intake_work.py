"""What kind of work a raw text is, and where it was read: two more facts a summary states.

The catalogue is of theses, but a maintainer also drops in what was found on the way: a journal
article, a news report, a government page. Citing those as a thesis ("Tugas akhir", `TY - THES`)
would claim what the text never says. A text that names its degree is a thesis; otherwise a news
credit or dateline says news, an issue line or ISSN says a journal article, a government address
a web page. Nothing said: nothing taken (the pages then say the kind is not stated).

A `<!-- source: URL -->` line is where the maintainer read the text: its http(s) address fills
`url`, as taken from the text.
"""

from __future__ import annotations

import re
from urllib.parse import urlsplit

from .intake_facts import ISSUE_NUMBER, REFERENCE_HEADINGS, Fact

_LINES = 120  # the credits and issue lines of a page stand in its opening lines

_SOURCE = re.compile(r"<!--\s*(?:source|sumber)\s*:\s*(https?://[^\s<>\"']+?)\s*-->", re.IGNORECASE)
# 'Pewarta: Rendra Oxtora', 'Editor: …', 'Reporter : …': a newsroom's credits
_NEWS_CREDIT = re.compile(r"^[*_\s]*(?:pewarta|reporter|wartawan|jurnalis|editor|penyunting|redaktur)\s*:\s*\S"
                          r"|^[*_\s]*laporan (?:reporter|wartawan)\b", re.IGNORECASE)
# a news lead: 'Bogor (ANTARA) -', 'Badung, Bali (ANTARA) -', 'TEMPO.CO, Malang -', 'Liputan6.com, Padang -',
# 'RMBANTEN.COM -', 'MALANG, KOMPAS.com -', 'Jayapura, Euforia.id |'
_NEWS_LEAD = re.compile(r"^[*_\s]*(?:[A-Z][\w-]*\.(?i:co|com|id|net)\b[\w.]*(?:,\s*[A-Z][\w ]{1,30})?"
                        r"|[A-Z][\w]+(?:\s[A-Z][\w]+){0,2}(?:,\s*[A-Z][\w]+(?:\s[A-Z][\w]+)?)?\s*\((?:ANTARA|Antara)[^()]{0,40}\)"
                        r"|[A-Z][\w]+(?:\s[A-Z][\w]+){0,2},\s*[A-Za-z][\w-]*\.(?i:co|com|id|net)\b[\w.]*)"
                        r"\s*(?:[-–—]{1,2}|\|)(?:\s+\S|\s*$)")  # its sentence on the line or the next
_NEWS_HOSTS = re.compile(r"(?:^|\.)(?:antaranews|kompas|detik|tribunnews|tempo|republika|liputan6|okezone|cnnindonesia|"
                         r"sindonews|jpnn|merdeka|suara|viva|idntimes|kumparan|beritasatu|mediaindonesia|jawapos|"
                         r"thejakartapost|jakartaglobe|balipost|rri|inews|[\w-]*news|[\w-]*berita[\w-]*)\.")
# 'Vol. 3 No. 2', 'ISSN 2088-…', 'DOI: 10.…': a journal's issue, not a thesis
_JOURNAL_LINE = re.compile(rf"\b(?:e-?|p-?)?ISSN\b|{ISSUE_NUMBER}"
                           r"|^[*_\s]*DOI\s*:|doi\.org/10\.|^[*_\s]*(?:article details|how to cite(?: this article)?)$",
                           re.IGNORECASE)
_ARTICLE_HOSTS = re.compile(r"(?:^|\.)(?:garuda|neliti|doaj|sinta)\.")  # indexes of journal articles only
_JOURNAL_PATH = re.compile(r"/article/view/|/index\.php/[\w-]+/article/")
_THESIS_WORD = re.compile(r"\b(?:skripsi|tesis|disertasi|tugas akhir|undergraduate thesis|master'?s thesis|dissertation)\b",
                          re.IGNORECASE)


_ANY_SOURCE = re.compile(r"<!--\s*(?:source|sumber)\s*:\s*(\S+)", re.IGNORECASE)


def rejected_source(body: str) -> Fact | None:
    """The address of a source line that is no http(s) one ('javascript:…', 'file:…'), on its line."""
    match = _ANY_SOURCE.search(body)
    if not match or source_url(body):
        return None
    return Fact(match.group(1), body.count("\n", 0, match.start()) + 1)


def source_url(body: str) -> Fact | None:
    """The address of a `<!-- source: URL -->` line (http or https only), on its line."""
    match = _SOURCE.search(body)
    if not match:
        return None
    return Fact(match.group(1), body.count("\n", 0, match.start()) + 1)


def stated_work(body: str, facts: dict[str, Fact], source: Fact | None) -> Fact | None:
    """'article', 'news' or 'web' (cite.WORK_TYPES) where the text shows it is one (on the line that shows
    it); None for a text that names a thesis degree or shows nothing. `source`: its source_url()."""
    if "degree" in facts or "advisors" in facts:
        return None  # a thesis: its degree or its advisors say so (an article prints its authors' programmes too)
    lines = body.split("\n")[:_LINES]
    host = urlsplit(source.value).hostname or "" if source else ""
    first = {}
    for number, line in enumerate(lines, 1):
        if "<!--" in line:
            continue
        if _THESIS_WORD.search(line) and number <= 15:
            return None  # 'SKRIPSI' on a cover, 'Undergraduate Thesis' under the title
        if _NEWS_CREDIT.match(line) or _NEWS_LEAD.match(line) or number <= _LEAD_LINES and _LEAD_OUTLET.match(line):
            first.setdefault("news", number)
        if _JOURNAL_LINE.search(line):
            first.setdefault("article", number)
    if "news" in first:
        return Fact("news", first["news"])
    if "article" in first:
        return Fact("article", first["article"])
    if source and _NEWS_HOSTS.search(host + "."):
        return Fact("news", source.line)
    if source and _JOURNAL_PATH.search(urlsplit(source.value).path):
        return Fact("article", source.line)
    if source and _ARTICLE_HOSTS.search(host + "."):
        return Fact("article", source.line)
    return None  # a government or campus address alone says nothing: repositories and press pages both live there


# 'Jurnal Diplomasi Kota Vol. 4 No. 2: December 2025', 'Jurnal X, Volume 3, Nomor 1, 2020': the journal before its issue
_JOURNAL_ISSUE = re.compile(r"^[*_\s]*(?P<name>[^/>|]{0,60}?\b(?:[Jj]urnal|JURNAL|[Jj]ournal|JOURNAL)\b[^/>|]{0,80}?)[\s,:–-]+"
                            r"Vol(?:ume|\.)?\s*(?P<volume>\d{1,4})\s*[,.]?\s*(?:No|Nomor|Issue|Iss|N[oº])\.?\s*(?P<issue>\d{1,3})\b")
# 'eJournal Ilmu Hubungan Internasional, 2017, 4 (4)': the journal, its year, then volume (issue)
_JOURNAL_YEAR_ISSUE = re.compile(r"^[*_\s]*(?P<name>[^/>|,]{0,40}(?:[Jj]ournal|[Jj]urnal|JOURNAL|JURNAL)[^/>|,]{0,80}),\s*"
                                 r"(?:19|20)\d{2}\s*,\s*(?P<volume>\d{1,4})\s*\(\s*(?P<issue>\d{1,3})\s*\)")
# a news lead's outlet: 'Bogor (ANTARA) -', 'Kefamenanu (Antara Bali) -', 'TEMPO.CO, Malang -', 'RMBANTEN.COM -'
# (a bureau in brackets is a news agency's: 'Antara …' or a name in capitals, never '(Bima Arya)' after a title;
# the city may come first: 'BOGOR, KOMPAS.com -', 'Surabaya (beritajatim.com) -'; the story goes on in capitals)
_SITE = r"[A-Za-z][\w-]*\.(?i:co|com|id|net)\b[\w.]*"
_LEAD_OUTLET = re.compile(rf"^[*_\s]*(?:[A-Z][\w]+(?:\s[A-Z][\w]+){{0,2}}\s*\((?P<bureau>(?:ANTARA|Antara|[A-Z]{{3,}})(?:\s[A-Z][\w]+){{0,2}}"
                          rf"|{_SITE})\)|(?:[A-Z][\w]+(?:\s[A-Z][\w]+){{0,2}},\s*)?(?P<site>{_SITE}|CNN Indonesia)(?:,\s*[A-Z][\w ]{{1,30}})?)"
                          r"\s*[-–—]{1,2}\s+[\"“'‘]?[A-Z0-9]")
_LEAD_LINES = 20  # a story's lead is in its opening lines; a bracketed acronym further down is an agency's
_PROSE_AFTER = re.compile(r"\b[a-z]{3,}[ \t]+[a-z]{3,}\b")  # '… Vol. 9 No. 4 (2016) mencatat bahwa …': a sentence


_TEXT_BEGINS = re.compile(rf"^[*_#\s]*(?:abstra[ck]t?|intisari|ringkasan|pendahuluan|introduction|bab\s+[1iI]\b"
                          rf"|{REFERENCE_HEADINGS})\b", re.IGNORECASE)


def published_in(body: str, work: Fact | None) -> dict[str, Fact]:
    """Where an article or a news story appeared, as the text states it: the journal with its volume
    and issue ('published_in', 'volume', 'issue'), or the outlet of a news lead ('published_in')."""
    if work is None or work.value not in ("article", "news"):
        return {}
    previous, text_lines = "", 0
    for number, line in enumerate(body.split("\n")[:_LINES], 1):
        if "<!--" in line:
            continue
        text_lines += bool(line.strip())
        if _TEXT_BEGINS.match(line):
            break  # the abstract, the text or its references: another work's journal or an agency is named there
        if work.value == "article":
            # the journal's name on the line above its issue ('Jurnal Kajian Kota' / 'Vol. 9 No. 1: …')
            joined = f"{previous} {line.strip()}" if re.match(r"[*_\s]*Vol(?:ume|\.)?\s*\d", line) and len(previous) <= 80 else line
            found = _JOURNAL_ISSUE.match(joined) or _JOURNAL_YEAR_ISSUE.match(line)
            previous = line.strip() or previous
            source = joined if found and found.re is _JOURNAL_ISSUE else line
            if found and _PROSE_AFTER.search(source[found.end() : found.end() + 60]):
                found = None  # the line goes on as a sentence: another work's issue, named in the text
            if found:
                name = re.sub(r"\s+", " ", found.group("name")).strip(" ,:;.–-")
                return {"published_in": Fact(name, number), "volume": Fact(found.group("volume"), number),
                        "issue": Fact(found.group("issue"), number)}
        elif text_lines <= _LEAD_LINES:
            found = _LEAD_OUTLET.match(line)
            if found:
                return {"published_in": Fact(found.group("bureau") or found.group("site"), number)}
    return {}

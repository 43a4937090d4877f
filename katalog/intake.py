"""Intake of a raw summary: what its text states about itself (title, authors, advisors,
institution, programme, degree, year, keywords), found in its header lines, never guessed.

A summary copied from a repository page opens with page furniture (navigation, "skip to main
content", search boxes), a `<!-- source: … -->` comment, then a title block: title, author
lines, affiliation, sometimes a citation line ("Gunawan, T. (2024). Judul. Skripsi, …"). Each
fact found keeps the line it came from, so pages mark it "taken from the text" and `check` can
ask the maintainer to confirm it (`build.py adopt` writes them into the front matter).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

from .intake_authors import BY, BY_LABEL, CITATION, NOT_AN_AGENCY, REPORTED_FROM, REPORTER, ROLES, authors, authors_under_title
from .intake_facts import (
    people,
    ACADEMIC_YEAR_LINE,
    AFFILIATION_START,
    BYLINE_DATE,
    DATE_LINE,
    DATELINE_LEAD,
    ISSUE_NUMBER,
    LAW_BEFORE,
    NOT_NAME_WORD,
    REFERENCE_HEADINGS,
    SMALL_WORDS,
    STAMP_LINE,
    VOLUME_YEAR,
    YEAR_BEFORE_ISSUE,
    YEAR_LINE,
    Fact,
    advisors,
    affiliation,
    cover_program,
    cover_year,
    institution_in,
    recase,
)
from .intake_facts import ADVISOR as _ADVISOR
from .intake_facts import EMAIL as _EMAIL
from .intake_facts import INSTITUTION as _INSTITUTION
from .intake_facts import INSTITUTION_CAPS as _INSTITUTION_CAPS
from .intake_facts import LABEL as _LABEL
from .intake_facts import PROGRAM_CAPS as _PROGRAM_CAPS
from .intake_facts import PUBLISHED
from .intake_facts import caps_ratio as _caps_ratio
from .intake_facts import looks_like_name as _looks_like_name
from .intake_facts import names_list
from .intake_records import blog_byline, copyright_authors, read_records, running_head
from .intake_titles import SIDES, is_sentence, repeated_side, slug_line, slug_words, title_cased, unflatten_journal
from .intake_work import published_in, source_url, stated_work
from .text import fold

__all__ = ["READ_ALSO", "Fact", "Intake", "is_furniture", "keywords", "read_intake", "recase"]

HEADER_LINES = 40  # facts about the document stand in its opening lines, not in its body

_FURNITURE = re.compile(
    r"^(?:(?:press\s+[\"“]?enter[\"”]?\s+to\s+)?skip to (?:main )?(?:content|navigation(?: menu)?|menu)|lewati ke konten|©\s*copyrights?\b.*|garuda\W+garba rujukan digital|kementerian pendidikan(?:,? kebudayaan)?(?:,? riset,? dan teknologi)?|beranda|home|menu|cari|cari berita(?: berita lama| lama| terkini)?|search|login|masuk|daftar|register"
    r"|(?:log ?in|sign ?in|masuk)\s*(?:/\s*)?(?:sign ?up|register|daftar)"
    r"|(?:nyaman|baca berita) (?:tanpa|dengan sedikit) iklan\b.*|(?:please )?update your browser.*|your browser is out of date.*|just click on the icons?\b.*|(?:langganan|berlangganan|subscribe)\b.{0,40}"
    r"|related with\s*:.*|original article\s*:?|detail article|catalog\s*:?"  # a journal catalogue's page
    r"|tidak ada hasil.*|no results.*|download(?: pdf)?|unduh(?: pdf)?|lihat|view|share|bagikan|membagikan.*"
    r"|abstract views?.*|dilihat.*|views?:.*|pdf|full text|teks lengkap|copyrights? ©.*|© ?\d{4}.*|hak cipta.*"
    r"|academic year:.*|tahun akademik:.*|page \d+.*|halaman \d+.*|issue|arsip|archives?|tentang|about"
    r"|toggle navigation|navigasi|kembali|back|print|cetak|informasi|information|bahasa|language|english|indonesia"
    r"|(?:back to |go to |kembali ke )?(?:top|atas) of page|(?:back|go|scroll) to top|kembali ke atas|top of page"
    r"|loading\s*(?:\.\.\.|…)?|memuat\s*(?:\.\.\.|…)?"  # a page script's placeholder ('loading...')
    r"|site (?:icon|logo)\b.*|(?:full\s*screen\s+)?background\s+image"  # a theme's image labels ('Site icon BAUBAUPOST.COM')
    r"|views?\s+\d[\d.,]*\s+downloads?\s+\d.*"  # a document site's counters ('Views 52 Downloads 17 File size 917KB')
    r"|share\s+(?:button|this(?:\s+(?:article|post|page))?)|\S*[^\W\d_]_[^\W\d_]\S*"  # a share widget; an image's file name ('Dubes_Turki')
    # an agency's dateline with the day: '- Associated Press - Tuesday, April 15, 2014'
    r"|[-–•·\s]*[\w.&' ]{2,40}\s+[-–|]\s+(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|senin|selasa|rabu|kamis"
    r"|jum'?at|sabtu|minggu),?\s+[\w ,./]{6,30}\d{4}"
    r"|[•·*\s]*writer'?s picture.*|foto penulis.*"  # a site builder's byline picture ('Writer's pictureIDBC')
    r"|details?|detail|metadata|statistics?|statistik|citations?|sitasi|references?"
    r"|anda di halaman.*|\+ ?all categories|published ?:.*|claim missing document|check|articles?|found \d+ documents?"
    r"|date post:.*|category:.*|upload:.*|view:.*|download:.*|share this document.*|publisher ?:.*|show abstract.*"
    r"|(?:repositori|repository|institutional repository|perpustakaan|digital library|digilib)\b.{0,60}"
    r"|(?:katalog perpustakaan|library catalog(?:ue)?|opac)\b.{0,60}|kembali ke (?:hasil pencarian|daftar|halaman).*"
    r"|back to (?:search results|results|list).*"
    r"|(?:full[ -]?len(?:g|gh)th?|research|original|review) (?:article|paper)"
    r"|main article content|isi artikel utama|article (?:details|sidebar|metrics)|downloads|author biograph(?:y|ies)|how to cite(?: this article)?|transcript of.*|protected|copied!?|teks penuh|n/a|(?:home|beranda)\s*[>›/»].*|more info.*|open access|akses terbuka"
    r"|(?:ads by google\s*)+|advertisements?|iklan|konten dari pengguna|version \d+(?:\.\d+)+|\d{4}\s*©.*"
    r"|decree (?:number|title|date)\s*:.*|(?:nomor|tanggal) sk\s*:.*"  # a journal's accreditation decree
    r"|main menu|menu utama|tidak ada polling\b.*|(?:home\s*[-–|]\s*)?(?:the\s+)?official (?:website|site|portal)\b.{0,60}"
    r"|(?:beranda\s*[-–|]\s*)?(?:situs|website|portal|laman) resmi\b.{0,60}"  # a government site's banner
    r"|selamat datang di\b.*|welcome to\b.*|mohon tunggu\.{0,3}|selanjutnya|tutup|lainnya|laporkan (?:konten|akun)"
    # a phone site's notice to turn the device: 'Better experience in portrait mode', 'Putar perangkat Anda'
    r"|(?:for\s+(?:a\s+)?)?(?:a\s+)?better\s+experience\s+in\s+(?:portrait|landscape)\s+mode.{0,40}|rotate your (?:device|phone|screen).{0,40}"
    r"|putar (?:perangkat|ponsel|layar)\b.{0,40}"
    # an advertisement's label and its prompt: 'Iklan - Geser ke atas untuk melanjutkan', 'Scroll to continue with content'
    r"|(?:iklan|advertisement|ads?)\s*[-–:|]\s*(?:geser|gulir|scroll)\b.{0,60}|(?:geser|gulir|scroll)(?: ke atas| ke bawah| up| down)? (?:untuk|to) (?:melanjutkan|continue)\b.{0,40}"
    r"|(?:date|posted(?: on)?|published(?: on)?|updated|diperbarui|diterbitkan)\s*:?\s*\d{4}-\d{2}-\d{2}\b.*)$",
    re.IGNORECASE)
# a site's menu on one line, opening with its home item: capitalised items and the small words inside them
_MENU = re.compile(r"^(?:Home|HOME|Beranda|BERANDA)(?:\s+Page)?(?:\s+(?:[A-Z][\w&'’.-]*|in|of|on|and|for|&|dan|di|ke)){4,}$")
_POSITION_IN_PHOTO = re.compile(r"\((?:kiri|kanan|tengah|ki-ka|kiri ke kanan|left|right|centre|center|l-r)\)", re.IGNORECASE)
_VIEWER_CONTROLS = re.compile(r"[【〖]\s*(?:print|close|size|font|background)", re.IGNORECASE)
# another story's headline: 'Baca Juga  Pastikan Kesiapan Clean City, …', 'BACA: Unhas dan Ehime University …'
READ_ALSO = re.compile(r"^[ \t*_]*(?:(?:baca\s+juga|lihat\s+juga|read\s+also|see\s+also|(?:artikel|berita)\s+terkait)\b|baca\s*:).*$",
                       re.IGNORECASE | re.MULTILINE)
# what a document site prints right under the name of the user who uploaded a document
_SITE_USER_NEXT = re.compile(r"^(?:academic year|tahun akademik|upload(?:ed)?|diunggah|download|membagikan|views?)\b",
                             re.IGNORECASE)
_BREADCRUMB = re.compile(r"^[^.!?]{0,80}(?:\s[/›»>|]\s[^.!?]{0,60}){1,}$")
# 'B. Geografis', '2.1 Sejarah' (a lone letter only with its point: 'A Comparative Study Of …' is an English title)
_SECTION = re.compile(r"^(?:[A-H]\.|[IVX]{1,4}\.?|\d{1,2}(?:\.\d{1,2})+\.?)\s+[A-Z][a-z]")
# 'Vol. 13, Nº. 1 (…)', 'Volume 5, Nomor 2', 'Vol. 12, Issue 2', 'eJournal X, 2019, 7 (2)': an issue, no title
_ISSUE = re.compile(rf"\bISSN\b|{ISSUE_NUMBER}"
                    r"|^[A-Z][\w ]{2,40}\s(?:Edisi|EDISI|Edition)\s+(?:[IVXL]+|\d{1,3})\s*[/,]?\s*(?:19|20)\d\d$"  # 'Warta Kota EDISI I 2016'
                    r"|,\s*(?:19|20)\d{2}\s*,\s*\d{1,4}\s*\(\s*\d{1,3}\s*\)"
                    r"|,\s*\d{1,4}\s*\([\w-]{1,8}\)\s*:\s*\d{1,4}\s*[-–]\s*\d{1,4}")  # 'Man In India, 97 (24-II) : 55-67'

_PUBLICATION = re.compile(r"[Jj]ournal|[Jj]urnal|JOURNAL|JURNAL|\bISSN\b|\bVol(?:\.|ume)|\bDOI\b")  # a journal's line, no title's
# a journal's name over its article: 'DINAMIKA GLOBAL : JURNAL ILMU HUBUNGAN INTERNASIONAL', 'Jurnal Ilmu Pemerintahan'
_MASTHEAD = re.compile(r"^(?:[^:]{2,60}\s?:\s*)?(?:(?:international|indonesian|asian|global|national)\s+)?"
                       r"(?:jurnal|journal)\s", re.IGNORECASE)  # 'International Journal of Politic, …'

_DEGREES = (("disertasi", "S-3"), ("dissertation", "S-3"), ("doctoral", "S-3"), ("tesis", "S-2"),
            ("master's thesis", "S-2"), ("master thesis", "S-2"), ("magister", "S-2"), ("skripsi", "S-1"),
            ("bachelor thesis", "S-1"), ("undergraduate thesis", "S-1"), ("sarjana", "S-1"))


@dataclass
class Intake:
    facts: dict[str, Fact] = field(default_factory=dict)

    def get(self, name: str, default=None):
        fact = self.facts.get(name)
        return fact.value if fact else default


def _clean(line: str) -> str:
    line = re.sub(r"<!--.*?-->", " ", line)
    line = re.sub(r"[*_`#>]+", " ", line)
    line = re.sub(r"^\s*[•·▪●◦\-–]\s*", "", line)
    line = re.sub(r"^\s*\d{1,2}(?=[A-Z][a-z])", "", line)  # '1Prodi …': an affiliation's footnote mark
    return re.sub(r"\s+", " ", line).strip(" \t|")


def is_furniture(line: str) -> bool:
    """Navigation and repository page furniture, not part of the document."""
    text = _clean(line)
    raw = re.sub(r"\s+", " ", line).strip(" *_#|")
    if _FURNITURE.match(raw):  # 'Home > Uncategorized > …' before '>' goes
        return True
    if _VIEWER_CONTROLS.search(raw):
        return True  # '〖Size:Big Hit Small〗 … 【Print】【Close': a page's viewer controls
    if _MENU.match(raw):
        return True  # 'Home Page ChengDu News International Exchanges …': a site's menu, its items in a row
    if _CAPTION.fullmatch(raw):
        return True  # 'Bupati Sleman Sri Purnomo (antaranews.com)', 'Foto : Fajar (Humas Jateng)': a photo's caption, its credit
    if REPORTER.search(raw):
        return False  # 'Reported by X | Translated by Y': the writer's credit, though split like a breadcrumb
    if " > " in raw and _BREADCRUMB.match(raw) and len(raw.split()) <= 16:
        return True  # 'Repositori Universitas X > Fakultas Y > Skripsi': a path through the site, before _clean drops '>'

    return (not text or _FURNITURE.match(text) is not None or bool(_BREADCRUMB.match(text)) and len(text.split()) <= 12
            or not re.search(r"[^\W\d_]{2}", text)
            or len(_RUN_TOGETHER.findall(text)) >= 3)  # 'Tentang KamiPedoman Media SiberKetentuan …': a menu's items run together


_CAPTION = re.compile(r"[^()\n]{3,120}\((?:(?:[\w-]+\.)+(?:com|id|net|org)|(?:ANTARA|Antara|Foto|foto|Dok\.?|dok\.?)\b[^()]{0,40})\)"
                      # a longer caption ending in its photo credit: '… rombongan, Selasa (22/4/2025).(Foto: Humas Pemkab Garut)'
                      r"|[^\n]{3,400}[.)]\s*\((?:Foto|foto|FOTO|Dok\.?|dok\.?|Photo|photo)\s*:?[^()]{0,60}\)"
                      # the credit on a line of its own: 'Foto : Fajar (Humas Jateng)'
                      r"|(?i:foto|photo|dok(?:umentasi)?|ilustrasi|gambar|sumber\s+foto)\s*:\s*\S[^\n]{0,60}"
                      # a photographer and the outlet in lowercase, under the picture: 'sopian/sumut pos', 'ist/net'
                      r"|[a-z][a-z.]*(?: [a-z.]+){0,2} ?/ ?[a-z][a-z.]*(?: [a-z.]+){0,3}")
_RUN_TOGETHER = re.compile(r"[a-z]{2}[A-Z][a-z]")


def _header(body: str) -> list[tuple[int, str]]:
    """The opening lines that are not furniture, with their line numbers, up to the abstract."""
    out = []
    in_comment = False
    lines = body.split("\n")[:HEADER_LINES * 3]
    widget = _weather_widget(lines)
    for number, raw in enumerate(lines, 1):
        if number in widget:
            continue
        if in_comment:
            in_comment = "-->" not in raw
            continue
        if "<!--" in raw and "-->" not in raw:
            in_comment = True
            continue
        if raw.lstrip().startswith(":") and out and len(out[-1][1].split()) <= 5:
            # 'Penyusun Nama' / ': Selvinda …': one labelled line (not a headline over ': its summary')
            out[-1] = (out[-1][0], f"{out[-1][1]} {_clean(raw)}")
            continue
        if out and _REFERENCES_HEADING.match(_clean(raw)):
            break  # the reference list: other works' authors, years and publishers ('Princeton University Press')
        if out and re.fullmatch(r"\s*,\s*c?(?:19|20)\d{2}\.?\s*", raw):  # a record's publisher, then ', 2019' under it
            out[-1] = (out[-1][0], f"{out[-1][1]}, {raw.strip(' ,')}")
            continue
        if out and _YEARS.fullmatch(raw.strip()) and _YEARS_WORD.fullmatch(out[-1][1].split()[-1]):
            out[-1] = (out[-1][0], f"{out[-1][1]} {raw.strip()}")  # '… PROVINSI ACEH TAHUN' / '2004-2015': the title goes on
            continue
        if is_furniture(raw) and (out or not _DATE_FIELD.match(_clean(raw))):  # (the page's date field opens a page: below)
            if _SITE_USER_NEXT.match(_clean(raw)) and out and _looks_like_name(out[-1][1]) and number - out[-1][0] <= 3:
                out.pop()  # a document site's uploader ('Yosest Draco' above 'Academic year: …'): no author
            continue
        text = _clean(raw)
        field = _DATE_FIELD.match(text) if not out else None
        if field:  # ' date 2018-08 TRIBUNJABAR.ID, BANDUNG –…': the page's date, then its first line
            out.append((number, field.group(0).strip()))
            text = text[field.end() :]
        out += [(number, piece) for piece in _unflatten(text) if piece]
        if len(out) >= HEADER_LINES:
            break
    return out


_DATE_FIELD = re.compile(r"^date\s+((?:19|20)\d{2})-\d{2}(?:-\d{2})?\b\s*", re.IGNORECASE)
_REFERENCES_HEADING = re.compile(rf"^(?:{REFERENCE_HEADINGS})$", re.IGNORECASE)
_PAGE_NUMBER = re.compile(r"^(?:[ivxlc]{1,5}|\d{1,4})\s+(?=[A-Z]{2,}\b)")
# where a cover or a first page flattened into one line passes from one of its lines to the next
# a journal's running head in capitals, after the title on a flattened first page
_RUNNING_HEAD_AFTER = re.compile(r"\s(?=(?:JURNAL|JOURNAL)(?:\s+[A-Z]{2,}){1,5}\s+VOL(?:UME)?\b)")
_COVER_BREAK = re.compile(r"\s+(?=(?:By|BY|Oleh|OLEH|Disusun oleh)\s+" + NOT_AN_AGENCY + r"[A-Z])|(?<=\d{6})\s+(?=[A-Z])"
                          r"|\s+(?=(?:An?|The)\s+(?:[Tt]hesis|[Ss]kripsi|[Dd]issertation|[Uu]ndergraduate)\b)"
                          r"|\s+(?=Faculty of|Fakultas\s|In partial fulfil|E-?mail\s*:|Abstra[ck]t?\s|ABSTRA[CK]T?\s)")


_TITLE_THEN_ABSTRACT = re.compile(r"(\S.{14,250}?)\s+((?:Abstract|Abstrak|ABSTRACT|ABSTRAK)\b.*)$", re.DOTALL)


def _headline_cased(text: str) -> bool:
    """Three words or more, every one capitalised but the small ones ('Peran Pemerintah Daerah dalam Kerjasama …')."""
    words = [w for w in re.findall(r"[^\W\d_][\w'’-]*", text) if w.lower() not in SMALL_WORDS]
    return len(words) >= 3 and all(w[:1].isupper() for w in words)


def _unflatten(text: str) -> list[str]:
    """A cover or first page whose lines were flattened into one ('156 TITLE IN CAPITALS Rina Dewi,
    Budi Santoso Faculty of Law Universitas X E-mail: … Abstract The …', 'i TITLE By Rina 0123456 A
    Thesis presented to the Faculty of …'): its lines again, the page number dropped and the
    title's footnote mark too. A line that does not open with a title in capitals stays whole."""
    if len(text.split()) < 20 or _DATELINE.match(text):  # a news lead's 'REPUBLIKA.CO.ID, BANDUNG -- …' is no title
        return [text]
    if CITATION.match(text):  # 'RINA DEWI, 071811233045 (2021) TITLE IN CAPITALS. Skripsi thesis, …': one citation
        return [text]
    journal = unflatten_journal(text, AFFILIATION_START, NOT_NAME_WORD)
    if journal:
        return journal
    text = _PAGE_NUMBER.sub("", text)
    headed = _TITLE_THEN_ABSTRACT.match(text)
    if headed and _headline_cased(headed.group(1)):  # 'Peran Pemerintah Daerah dalam Kerjasama Intemasional Abstract This …'
        return [headed.group(1), headed.group(2)]
    head = _RUNNING_HEAD_AFTER.search(text[:400])
    if head and len(text[: head.start()].split()) >= 4:  # 'A Note for … West Kalimantan JURNAL HUBUNGAN INTERNASIONAL VOL. 9 …'
        rest = re.split(r"\s+(https?://\S+)\s+", text[head.start() :].strip())  # its DOI on a line of its own
        return [text[: head.start()].strip(), *(p for part in rest for p in _COVER_BREAK.split(part) if p)]
    title = _caps_prefix(text)
    if title == text or len(title.split()) < 4 or _caps_ratio(title) < 0.8:
        return unflatten_journal(text, AFFILIATION_START, NOT_NAME_WORD, bare=True) or [text]
    rest = text[len(title):].strip()
    return [re.sub(r"[\u0370-\u03ff*†‡§¹²³]+$", "", title), *filter(None, _COVER_BREAK.split(rest))]


def _prose(text: str) -> bool:
    """A paragraph of running text (sentences, or very long), not a line of a title block."""
    words = len(text.split())
    return (words > 45 or words > 20 and bool(re.search(r"[a-z)]{2}[.!?]\s+[A-Z]", text))
            or words > 20 and _lower_share(text) > 0.5  # a quote's one long sentence: 'kata Wali Kota … Tim Ahli USU'
            # 'Local partners … are already working with …, including X Club and Y University.': one sentence, many names
            or words > 15 and text.endswith(".") and sum(w[:1].islower() for w in text.split()) >= 8)


def _running_text(text: str) -> bool:
    """Sentences, their words mostly in lower case: a paragraph, not a page's lines run together."""
    return _lower_share(text) > 0.5 and bool(re.search(r"[a-z)]{2}[.!?]\s+[A-Z]", text))


def _caps_prefix(text: str) -> str:
    """The all-caps words at the start of a line (a title followed on the same line by its author)."""
    words, kept = text.split(), []
    for word in words:
        letters = [c for c in word if c.isalpha()]
        if letters and not all(c.isupper() for c in letters) and len(kept) >= 4:
            break
        kept.append(word)
    if len(kept) < len(words) and len(kept) > 4 and kept[-1] in ("A", "An") and kept[-2].endswith(":"):
        kept.pop()  # '… COOPERATION: A Study at the Border': the subtitle's article, in capitals as every first word is
    return " ".join(kept)


# a journal's publisher in its masthead ('Universidade Autónoma de Lisboa'): no title, and no author's institution
# a short line naming a university, in any case ('university of Padjadjaran' under a name on an author's page),
# not a headline about one's cooperation
_AFFILIATION_LINE = re.compile(r"(?i:universit(?:as|y|i)|institut(?:e)?)\b[^.!?]{0,60}")
_FOREIGN_UNIVERSITY = re.compile(r"^(?:Universidade|Universidad|Université|Università|Universität|Universiteit)\b")


def _above_email(text: str, header: list[tuple[int, str]]) -> bool:
    """A line standing right above a line that is only an e-mail address: a person's name ('ARIO BIMO UTOMO')."""
    following = [line for (_, line), (_, above) in zip(header[1:], header) if above == text]
    return bool(following) and bool(_EMAIL.fullmatch(following[0].strip(" ;,()")))


def _is_person_line(text: str) -> bool:
    return bool(_EMAIL.search(text) or BY.match(text) or REPORTED_FROM.match(text) or REPORTER.search(text) or _ADVISOR.match(text)
                or CITATION.match(text)
                or re.search(r"\b(?:NIM|NPM|NRP|Student ID|ID No)\b", text))


_INLINE_END = re.compile(r"\s+(?=(?:JURNAL|JOURNAL)\s+[A-Z]{2,})"  # the journal's running head in capitals after the title
                         r"|\s+(?:ABSTRA[KC]T?|Abstra[kc]t?\b|SKRIPSI|Skripsi|TESIS|Tesis|DISERTASI|NAMA\b|NIM\b|Oleh\s*:|OLEH\b" + NOT_AN_AGENCY +
                         r"|Disusun\b|DISUSUN\b|Diajukan\b|DIAJUKAN\b|Kata [Kk]unci|Keywords?\s*:)"
                         r"|\s+(?=(?:[A-Z][\w'’-]+,\s+[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)*\s*(?:;\s*|$)){2,}$)"
                         r"|\s+(?=[A-Z][a-z]+\.,\s?[A-Z])")  # 'Munir.,F 1 , Yani.,M.Y 2': authors family name first
# (the alternative before the last: 'Judul … Riyanto, Budi; Keliat, Cyntia', an index page's row, its authors family name first)
# words a headline about a cooperation uses, never a person's name
_COOPERATION_WORDS = re.compile(r"\b(?:kerja\s?sama|sister|kembar|bersaudara|jalin|menjalin|cooperation|partnership|mou)\b",
                                re.IGNORECASE)
# a place's kind, which its name follows: no title ends on one ('… Antara Provinsi Madang Dengan Provinsi')
_OPEN_QUALIFIERS = frozenset({"provinsi", "kota", "kabupaten", "pemerintah", "pemkot", "pemkab", "pemprov", "prefektur"})
_TRUNCATED = re.compile(r"\s*(?:\.\.\.|…)")


def _untruncate(text: str, header: list[tuple[int, str]], i: int) -> tuple[int, str] | None:
    """A page title cut with '…': the fuller line further down that starts with the same words."""
    stem = _TRUNCATED.split(text, maxsplit=1)[0].strip()
    if len(stem.split()) < 3:
        return None
    folded = stem.casefold()
    for number, more in header[i + 1 :]:
        at = more.casefold().find(folded)
        if at >= 0 and not _TRUNCATED.match(more[at + len(stem):]):
            return number, more[at:]
    return None


def trailing_names(text: str) -> tuple[str, list[str]] | None:
    """A title with its authors run on after it, the persons separated by ';' or ',' ('… Tahun
    2015–2025 Virda Rizky Anggraini; Farah Azzahra; Ario Bimo Utomo'): (title, persons). The
    first person is the longest run of name words before the first separator that is no longer
    than the other names; the title keeps at least three words."""
    for separator in (";", ","):
        head, *rest = text.split(separator)
        rest = [part.strip() for part in rest if part.strip()]
        if (len(rest) < (2 if separator == "," else 1)  # '… Tanjung Datu, West Kalimantan': a place, not two persons
                or not all(_looks_like_name(part) for part in rest) or len(rest) > 1 and not names_list(", ".join(rest))):
            continue
        words, longest = head.split(), max(len(part.split()) for part in rest)
        for count in range(min(longest, 4), 1, -1):
            first = " ".join(words[-count:])
            if (len(words) - count >= 3 and _looks_like_name(first) and names_list(f"{first}, {rest[0]}")
                    and words[-count - 1].lower() not in SMALL_WORDS):  # '… Diplomacy in Tanjung Datu': the title's place
                return " ".join(words[:-count]), people("; ".join([first, *rest]))
    return None


def _short_subtitle(text: str) -> bool:
    """'A Study at the Border': a few words, every long one capitalised."""
    long = [w for w in re.findall(r"[^\W\d_][\w'’-]*", text) if len(w) > 3]
    return 2 <= len(long) and 4 <= len(text.split()) <= 10 and all(w[:1].isupper() for w in long)


def _title_text(text: str) -> str:
    """The title within a line: an author, a label or a degree statement after it cut off, a page number before it."""
    text = _PAGE_NUMBER.sub("", _INLINE_END.split(text, maxsplit=1)[0])
    prefix = _caps_prefix(text)
    rest = text[len(prefix):].strip()
    subtitle = (re.fullmatch(r"\([^()]{1,100}\)", rest)  # '… NEGERI (Perspektif Hukum Administrasi Negara)'
                or prefix.rstrip().endswith(":") and (title_cased(rest) or _short_subtitle(rest)))  # '… SOURCES: Case Study in …'
    if prefix != text and _caps_ratio(prefix) >= 0.8 and len(prefix.split()) >= 4 and not subtitle:
        text = prefix
    # a label before the title, or a PDF viewer's page title ('View of REVITALISASI KERJASAMA …')
    return re.sub(r"^(?:judul\s*:\s*|view of\s+)", "", text, flags=re.IGNORECASE).strip(" .,;")


_LABEL_ONLY = re.compile(r"[^:.!?]{2,40}:")  # a field's label, its value missing
# a cover page that prints the title twice over, the first copy cut short
# a cited book standing as a document site's page title: 'Takdir Ali Mukti, Paradiplomasi …, The Phinisi Press, Yogyakarta,'
_BOOK_REFERENCE = re.compile(r"[A-Z][\w.'’-]+(?:\s+[A-Z][\w.'’-]+){1,3},\s+.{10,200}?,\s+(?:[\w.&'’-]+\s+){0,4}"
                             r"(?:Press|Penerbit|Pustaka|Publishing|Publisher)\b")
# an outlet's name in capitals, printed under a byline: 'NORTHWEST ASIAN WEEKLY', 'THE JAKARTA POST'
_OUTLET_NAME = re.compile(r"(?:[A-Z][A-Z&.'’-]*\s+){0,4}(?:WEEKLY|DAILY|POST|TIMES|NEWS|HERALD|TRIBUNE|GAZETTE|MAGAZINE|EXPRESS"
                          r"|CHRONICLE|OBSERVER|HARIAN|POS)")
_COURSE = re.compile(r"\bMata\s+Kuliah\b", re.IGNORECASE)  # 'Tugas Akhir Semester Mata Kuliah …': the course set it, no title
_ISBN = re.compile(r"\bISBN\s*:?\s*[\d-]{10,}")  # a proceedings' running head ('… Conference … ISBN: 978-602-…')
_SERIES_VOLUME = re.compile(r",\s+[Vv]olume\s+\d+\b")  # 'Advances in Social Science, …, volume 292': a proceedings series
_DOUBLED = re.compile(r"^(.{20,}?) \1(.*)$")
# a journal's name alone on a line ('global insight journal', 'Jurnal Hubungan Internasional'): no work's title
_JOURNAL_NAME = re.compile(r"(?i:(?:[\w:&-]+\s+){0,5}(?:journal|jurnal)(?:\s+[\w:&-]+){0,5})")


def _before_names(text: str, names: list[str]) -> str:
    """A title line up to a person the header names on a line of its own ("Judul … Anak Agung Dradjat; Savitri Aditiany")."""
    for name in names:
        if name in text and not text.startswith(name):
            text = text[: text.index(name)]
    return text


# (an outlet's address in capitals before the place: 'PALOPOPOS.FAJAR.CO.ID MAKASSAR -- Tim' / 'perusahaan …')
# a state body's name over its portal's pages: 'DEWAN PERWAKILAN DAERAH REPUBLIK INDONESIA', 'Sekretariat DPRD Provinsi X'
_STATE_BODY = re.compile(r"(?i:(?:sekretariat(?:\s+jenderal)?\s+)?(?:dewan\s+perwakilan\s+(?:daerah|rakyat)(?:\s+daerah)?|dprd"
                         r"|majelis\s+permusyawaratan\s+rakyat|pemerintah\s+(?:provinsi|kota|kabupaten|daerah))"
                         r"(?:\s+(?:republik\s+indonesia|ri|provinsi|kota|kabupaten)\b[\w ]{0,40})?)")
_CAPS_DATELINE = re.compile(r"^(?:[A-Z0-9-]{3,}(?:\.[A-Z]{2,})+\s)?[A-Z]{3,}(?:\s[A-Z]{3,}){0,2}\s+[-–—]{1,2}\s+[A-Z]")


def _lower_share(text: str) -> float:
    words = text.split()
    return sum(w[:1].islower() for w in words) / len(words) if words else 0.0


# an Indonesian transitive verb ('Mewujudkan', 'Meningkatkan', 'Menghadapi'): a title ending on one goes on below
_TRANSITIVE_END = re.compile(r"(?i:me(?:m|n|ng|ny)?[a-z]{3,}(?:kan|i))")
_CONTINUATION_WORDS = frozenset({"sebagai", "dalam", "di", "dengan", "terhadap", "pada", "melalui", "untuk", "antara",
                                  "dan", "serta", "bagi", "kepada", "menuju", "as", "in", "of", "for", "through", "between",
                                  "and", "with", "on", "towards", "within"})


# A line naming only the kind of document above its title: 'PROPOSAL', 'KULIAH KERJA LAPANGAN', 'Usulan Penelitian'
_DOC_KIND_LINE = re.compile(r"(?:(?:proposal|usulan|laporan|naskah|draf|draft)\s+)?(?:skripsi|tesis|disertasi|tugas\s+akhir"
                            r"|penelitian|kuliah\s+kerja\s+(?:lapangan|nyata)|pra[kc]ti[kc]\s+kerja\s+(?:lapangan|nyata)|magang"
                            r"|publikasi(?:\s+ilmiah)?|artikel\s+ilmiah|karya\s+(?:tulis\s+)?ilmiah|makalah"
                            r"|halaman\s+(?:judul|persetujuan|pengesahan))", re.IGNORECASE)


# a page's tags in lower case, split by commas ('id gaza,israel,palestina,musi banyuasin,berita sumsel, …'): no title's words
_TAG_LIST = re.compile(r"^[^A-Z\n]*(?:,[^A-Z,\n]+){3,}")


def _title(header: list[tuple[int, str]]) -> Fact | None:
    """The first line of the title block: not furniture, not a label, not a person; its
    continuation lines join it; an author after the title on the same line is cut off."""
    names = [text for _, text in header[:8]  # persons, not a subtitle's last words on a line of their own ('Content Analysis')
             if _looks_like_name(text) and not any(NOT_NAME_WORD.search(w.strip("'’.")) for w in text.split())]
    dated = {number for number, text in header if _DATE_FIELD.match(text)}  # ' date 2023-02-18 SIBU (Feb 18): …': a lead
    for i, (number, text) in enumerate(header):
        if number in dated:
            if _DATE_FIELD.match(text):
                continue
            return None  # the story's lead, run on after the page's date: the page states no headline
        if _LABEL.match(text):
            if (i == 0 and re.fullmatch(r"[#*_\s]*(?:abstra[kc]t?|abstrak)[*_\s:]*", text, re.IGNORECASE)
                    and any(BY_LABEL.fullmatch(more) for _, more in header[2:4])):
                continue  # 'Abstrak' over the title and 'Oleh :': a repository page's heading, not the abstract's
            return None
        headline = _COOPERATION_WORDS.search(text)  # 'X-Y Jalin Kerja Sama Kota Kembar': capitalised words, no person
        # capitalised words: a person, or a short line of the page ('Pemerintah Provinsi Jawa Tengah', 'Book Appointment
        # Now'), not a headline of five words or more holding a word no name has ('Pemerintah Kota Manado Terima Konsulat …')
        person_like = _looks_like_name(text) and not (len(text.split()) >= 5
                                                      and any(NOT_NAME_WORD.search(w.strip("'’.")) for w in text.split()))
        if (_is_person_line(text) or _INSTITUTION.match(text) or _JOURNAL_NAME.fullmatch(text) and not headline or person_like and not headline or _FOREIGN_UNIVERSITY.match(text)
                or _AFFILIATION_LINE.fullmatch(text) and not headline and len(text.split()) <= 6 or len(names_list(text)) >= 2
                or _ROLE_LINE.match(text) or _AUTHOR_BOX.search(text)
                or _ISSUE.search(text) or _MASTHEAD.match(text) or _SERIES_VOLUME.search(text) or _BOOK_REFERENCE.match(text)
                or _ISBN.search(text) or _COURSE.search(text) or _OUTLET_NAME.fullmatch(text)
                or _PROGRAM_CAPS.match(text) or _INSTITUTION_CAPS.match(text) or _DOC_KIND_LINE.fullmatch(text.strip(" *_#:"))
                or _STATE_BODY.fullmatch(text)):
            continue
        if len(text.split()) >= 8 and _DATELINE.match(text) and not _COOPERATION_WORDS.search(text.split(" - ", 1)[0]):
            return None  # 'BATAM (Floresku.com) - Wali Kota Batam, Amsakar Achmad, menerima …': a story's lead, however cased
        if len(text.split()) >= 8 and _OUTLET_LEAD.match(text) and _caps_ratio(text) < 0.8:
            return None  # 'TABLOIDELEMEN.com – Bupati X, Wali Kota Y menyepakati …': an outlet's lead, not a headline
        if _LABEL_ONLY.fullmatch(text):
            continue  # 'E-mail Pengaduan :': a site's label with nothing after it
        if _DATELINE_ALONE.match(text):
            return None  # 'Surakarta (ANTARA) -': a news lead's dateline, its sentence on the next line; no headline
        if _BARE_DATELINE.match(text) and len(text.split()) >= 20 and text.rstrip().endswith("."):
            return None  # 'Siantar - Konsulat Jenderal … mengusulkan kerja sama ….': a story's lead, no headline
        if (_CAPS_DATELINE.match(text) and not text.rstrip().endswith((".", "!", "?")) and i + 1 < len(header)
                and (_lower_share(header[i + 1][1]) > 0.5 or header[i + 1][1][:1].islower())):
            return None  # 'SABANG - Wali Kota Sabang' / 'Zulkifli H Adam menawarkan …': a lead broken over lines
        if len(text) > 600 and _running_text(text):
            return None  # the text opens with paragraphs: it states no title (a descriptive one is made)
        if len(text) > 600:
            return None  # a page's lines run together: its title is not a line of its own below them
        if len(text.split()) < 3 or DATE_LINE.match(text) or STAMP_LINE.match(text):  # a date alone: 'Monday, June 2, 2008'
            continue
        if PUBLISHED.search(text) and len(text.split()) <= 10:
            continue  # 'Origin: Release Time:2008-03-25 16:03 Read: Degree': the page's release stamp
        words = len(text.split())
        if _caps_ratio(text) < 0.8 and not (words <= 45 and title_cased(text)) and (
                words > 45 or words > 20 and (re.search(r"[a-z]{2}[.!?]\s+[A-Z]", text[:400]) or re.search(r"[a-z]\.$", text))
                or is_sentence(text) or words >= 12 and _DATELINE.match(text)
                or words > 20 and text.rstrip().endswith(",")  # a sentence going on: '… mitra mereka di luar negeri,'
                # two sentences or more, the last ended: 'SURABAYA bukan cuma ada di Indonesia. Negeri Turki juga …'
                or re.search(r"[a-z]{2}[.!?]\s+[A-Z]", text) and re.search(r"[a-z]{2}[.!?]$", text.rstrip())):
            return None  # the text opens with prose: it states no title (a descriptive one is made)
        if _LIST_ITEM.match(text) or _PROSE_OPENER.match(text) or _SECTION_ITEM.match(text):
            return None  # '1. Mewujudkan …', 'Tujuan dari penelitian ini adalah …', 'b. Kerjasama Sister': the body, no title block
        if i + 1 < len(header) and _SECTION.match(header[i + 1][1]):
            return None  # 'PROFIL KOTA X' over 'B. Geografis': a chapter's heading, not the work's title
        text = repeated_side(text, header[i + 1 :]) or text
        doubled = _DOUBLED.match(text)  # 'The Architecture of … Indonesia: A The Architecture of … Indonesia: A Content Analysis'
        text = doubled.group(1) + doubled.group(2) if doubled else text
        if _TRUNCATED.search(text):
            fuller = _untruncate(text, header, i)
            if fuller:
                number, text = fuller
            elif _TRUNCATED.search(text.rstrip()[-3:]):
                continue
        title = _title_text(text := _before_names(text, names))
        last = number  # the line the title ends on
        if title == text.strip(" .,;"):
            for more_number, more in header[i + 1 : i + 5]:  # a title broken over lines
                # 'Kedudukan Sister City Surabaya Seattle' / 'Sebagai Bentuk Perjanjian Internasional': a title-cased
                # line opening with a word that joins it to the line above goes on with the title
                # '… Dalam Mewujudkan' / 'Smart City': a verb wanting its object on the next line ('City' is no name's word)
                verb_open = bool(_TRANSITIVE_END.fullmatch(title.split()[-1]))
                continues = (more.split()[0].lower() in _CONTINUATION_WORDS and (title_cased(more) or _caps_ratio(more) >= 0.8)
                             or verb_open and any(NOT_NAME_WORD.search(w) for w in more.split()))
                if (_LABEL.match(more) or _FIELD_LABEL.fullmatch(more) or _is_person_line(more) or _INSTITUTION.search(more)
                        or _words(more) == _words(title)
                        or " ".join(_words(more)) in " ".join(_words(title))  # its subtitle shown again below it
                        or re.match(r"(?:https?://|doi:|www\.)", more, re.IGNORECASE)
                        or _above_email(more, header)
                        or _looks_like_name(more) and not continues or _PUBLICATION.search(more)
                        or _TAG_LIST.match(more)):
                    break
                all_caps = _caps_ratio(title) >= 0.8 and _caps_ratio(more) >= 0.8
                # (not a paragraph under a headline, its first word cut by the copy: 'Banda Aceh Jajaki …' / 'ada pertemuan …')
                open_end = (title.split()[-1].lower() in SMALL_WORDS or more[:1] in "("
                            or more[:1].islower() and not (title_cased(title) and len(more.split()) > 15)
                            or verb_open
                            or title.endswith(":")  # 'Surviving Brexit …Market:' / 'Case of Liverpool-Surabaya …'
                            or title.split()[-1].lower() in _OPEN_QUALIFIERS and title_cased(more))  # '… Dengan Provinsi' / 'Papua Pada …'

                if not (all_caps or open_end or continues):
                    break
                title = _title_text(_before_names(title + " " + more, names))
                last = more_number
        if last > number and _wrapped_prose(title, last, header):
            return None  # 'ISTANBUL ingin belajar dari Aceh mengenai' / 'penanganan pasca bencana, …' / 'Avni Mutlu, dalam …'
        if len(title.split()) >= 3:
            return Fact(title, number)
    return None


def _wrapped_prose(title: str, last: int, header: list[tuple[int, str]]) -> bool:
    """A 'title' joined from lines that is the opening of a paragraph wrapped at a fixed width: in sentence case,
    and the paragraph goes straight on (no blank line) on the line after."""
    after = [text for n, text in header if n == last + 1]
    return bool(after) and not title_cased(title) and _caps_ratio(title) < 0.8




_YEARS_WORD = re.compile(r"tahun|periode|period|years?", re.IGNORECASE)
_YEARS = re.compile(r"(?:19|20)\d\d(?:\s*[-–/]\s*(?:19|20)\d\d)?")


# a news lead: 'Bogor (Antara Megapolitan) - …', 'TEMPO.CO, Malang - …' (the headline is not in the text)
_DATELINE = re.compile(r"^(?:(?:[A-Z][\w.-]*(?:\s[A-Z][\w.-]*){0,2}(?:[ \t]?,\s*[A-Z][\w]+(?:\s[A-Z][\w]+){0,2}){1,2}|"  # 'TEMPO.CO, Malang -', 'Murianews, Jepara –', 'KAREBA SULTENG, PALU-'
                       r"[A-Z][\w]+(?:\s[A-Z][\w]+){0,2}(?:,\s*[A-Z][\w]+(?:\s[A-Z][\w]+){0,2})?,?\s*\([A-Z][^()]{1,40}\)|"  # 'Denhaag, Belanda (ANTARA Sulsel) -'
                       r"[A-Z][\w]+(?:\s[A-Z][\w]+){0,2},\s*[A-Za-z]+\.(?i:com|co|id|net)(?:\.(?i:id))?|"  # 'MALANG, KOMPAS.com -', 'Jayapura, Euforia.id |'
                       r"[A-Z0-9]{5,}(?:\.[A-Z]{2,3})?)"  # an outlet alone in capitals: 'INDONESIAONLINE –', 'PROMEDIACYBER –'
                       r",?\s*(?:[-–—]{1,2}|\|)\s+\S"  # 'Pangkalpinang, (Antara) -', 'KETIKNEWS.ID,-- Ketua'
                       r"|[A-Z][\w]+(?:\s[A-Z][\w]+){0,2},\s*[-–—]{1,6}\s*[A-Z])")  # a blog's 'Batusangkar,-----Pengurus …', 'Parigi Moutong,- Wakil …'
# ('REPUBLIKA.CO.ID, LIVERPOOL, INGGRIS -- …': an outlet, then up to two places; 'INIKABAR.com , JAWA BARAT -')
# a numbered item of a list, and the words an abstract's first sentence opens with: no title's
# the line under a writer's name saying what they are ('Mahasiswa Jurusan Hubungan Internasional, Universitas X')
_ROLE_LINE = re.compile(rf"^{ROLES}\b[^.!?]{{0,120}}\b(?:Universitas|University|Institut|Jurusan|Program Studi|Prodi"
                        r"|Fakultas|Faculty)\b")
_LIST_ITEM = re.compile(r"^\d{1,2}[.)]\s+\w")
# a blog platform's author box run into one line ('Sindi Refani Mohon Tunggu... Lainnya - Mahasiswa …')
_AUTHOR_BOX = re.compile(r"\bMohon [Tt]unggu\b")
_FIELD_LABEL = re.compile(r"(?:nama(?: mahasiswa)?|nim|npm|nrp|judul)\s*:?", re.IGNORECASE)  # an approval page's field
_SECTION_ITEM = re.compile(r"^[a-hA-H][.)]\s+[A-Z]")  # a lettered section's heading ('b. Kerjasama Sister')
_PROSE_OPENER = re.compile(r"^(?:(?:tujuan|maksud)(?: dari)? penelitian ini|penelitian ini (?:bertujuan|membahas|mengkaji|"
                           r"menganalisis|menjelaskan|menggunakan|adalah)|(?:skripsi|tesis|tulisan|artikel|makalah) ini "
                           r"(?:bertujuan|membahas|mengkaji|menganalisis|menjelaskan)|this (?:study|research|paper|article|thesis) "
                           r"(?:aims|examines|analy[sz]es|discusses|explains|uses|is)\b)", re.IGNORECASE)
_OUTLET_LEAD = re.compile(r"^[A-Za-z0-9-]{3,}\.(?i:com|co|id|net)(?:\.(?i:id))?\s*[-–—]{1,2}\s+[A-Z]")
_BARE_DATELINE = re.compile(r"^[A-Z][\w.]*(?:\s[A-Z][\w.]*){0,2}\s+[-–—]{1,2}\s+[A-Z]")  # 'Siantar - …', 'Jakarta - …'
# a story's lead, with or without its outlet: no headline, though a title was read from it (enrich: its pair)
NEWS_DATELINE = re.compile(f"{_DATELINE.pattern}|{_BARE_DATELINE.pattern}")
_DATELINE_ALONE = re.compile(r"^(?:[A-Z][\w.]*(?:[ ,]+[A-Z][\w.]*){0,3},?\s*\([^()]{2,40}\)"
                             r"|[A-Z]{3,}(?:[ ,]+[A-Z]{3,}){0,2})\s*[-–—]{1,2}$")  # or the place in capitals alone: 'BENGKALIS-'
_THESIS_KIND = re.compile(r"^(.{10,400}?)\.\s+(?:[A-Z][\w-]*\s+)?(?:thesis|tesis|skripsi|disertasi|dissertation)\b", re.IGNORECASE)


# a thesis chapter naming the title its writer chose: 'penulis memilih judul “Kerjasama Luar Negeri …”', 'maka
# skripsi ini berjudul "…"' (the quotation may run to the end of a copy cut short)
_CHOSEN_TITLE = re.compile(r"\b(?:(?:penulis|peneliti)\s+(?:memilih|mengambil|mengangkat|memberi)\s+judul"
                           r"|(?:skripsi|tesis|penelitian|tulisan)\s+ini\s+(?:berjudul|diberi\s+judul|dengan\s+judul))\s*:?\s*"
                           r"[“\"]([^”\"\n]{15,300}?)(?:[”\"]|\s*$)", re.IGNORECASE)


def _chosen_title(body: str) -> Fact | None:
    """The title a thesis chapter says its writer chose, where no line of the text states one."""
    found = _CHOSEN_TITLE.search(body)
    if not found:
        return None
    return Fact(found.group(1).strip(" .,"), body.count("\n", 0, found.start(1)) + 1)


def _closing_headline(body: str) -> Fact | None:
    """A story copied from its lead on, whose page put the headline and its post date after the text
    ('… sesuai peraturan yang berlaku.' / 'DPRD Kota X dukung kerja sama Sister City X-Y' / 'Sabtu, 6
    November 2021 12:00 WIB'): the headline, when it speaks of the cooperation and is no sentence."""
    lines = [(number, line.strip()) for number, line in enumerate(body.split("\n"), 1) if line.strip()]
    if len(lines) < 3 or not (DATE_LINE.match(lines[-1][1]) or STAMP_LINE.match(lines[-1][1])):  # its post date
        return None
    number, text = lines[-2]
    words = len(text.split())
    if (not 4 <= words <= 25 or not _COOPERATION_WORDS.search(text) or text.endswith((".", "!", "?", ":", ";", ","))
            or is_sentence(text) or not text[:1].isupper()):
        return None
    return Fact(text, number)


def _cited_title(header: list[tuple[int, str]]) -> Fact | None:
    """The title in a repository's citation of the work itself, near the top: 'Waluyo, Muhammad
    Yusril (2020) Title. Sarjana thesis, Universitas Brawijaya.'"""
    for number, text in header[:6]:
        cited = CITATION.match(text)
        kind = _THESIS_KIND.match(cited.group(3)) if cited else None
        if kind:
            return Fact(kind.group(1).strip(), number)
    return None


def _another_story(title: str, words: list[str]) -> bool:
    """A headline that shares no word of substance with the page's own address: another story's, over the
    page's ('Kapolrestabes Medan Pimpin Patroli …' on '…/terima-audiensi-konjen-rrt-rico-waas-berharap-…')."""
    slug = {fold(w) for w in words if len(w) > 3 and not w.isdigit()} - _PLAIN_WORDS
    return len(slug) >= 4 and not slug & {fold(w) for w in re.findall(r"[^\W_]{4,}", title)}


_PLAIN_WORDS = frozenset({"kota", "kabupaten", "provinsi", "pemerintah", "dengan", "untuk", "dari", "yang", "city", "with", "from"})


def _slug_title(body: str, header: list[tuple[int, str]]) -> Fact | None:
    """The header line the source address spells ('…/kerja-sama-sister-city-antara-a-dan-b'): the
    page's title, what stands before it on the line (a page number, an author's box) left out."""
    words = slug_words(body)
    found = slug_line(words, header)
    if not found or _LABEL.match(found[1]) or _prose(found[1]) or _TRUNCATED.search(found[1]):  # a cut page title
        return None
    if _ISSUE.search(found[1]):
        return None  # '…/warta-kota-edisi-i-2016/11': the address names the bulletin's issue, not the story
    if len(found[1].split()) > max(20, 1.5 * len(words)):
        return None  # the slug spells only the opening of a long sentence: a story's lead, not its headline
    title = _title_text(found[1])
    return Fact(title, found[0]) if len(title.split()) >= 3 else None


def _own_title(header: list[tuple[int, str]], title: Fact | None) -> Fact | None:
    """A page's title (a document site's, often garbled or cut) and, further down before the abstract,
    the document's own title: the same opening words, not the same words. The document's own wins."""
    if title is None:
        return None
    key = _words(title.value)
    for i, (number, text) in enumerate(header):
        if _LABEL.match(text) and number > title.line:
            break
        words = _words(text)
        if number <= title.line or words[:2] != key[:2] or words == key or not _caps_ratio(text) >= 0.8:
            continue
        own = _title(header[i:])
        if own and own.line == number and len(set(_words(own.value)) & set(key)) >= len(set(key)) / 2:
            return own
    return title


_STATED_TITLE = re.compile(r"^(?:title|judul)\s*:\s*(.{12,400})$|\b(?:entitled|titled|berjudul)\s*[“\"](.{12,400}?)[”\"]",
                           re.IGNORECASE)


def _words(text: str) -> list[str]:
    return re.findall(r"\w+", fold(text))


def _within(short: list[str], longer: list[str]) -> bool:
    """Are the words of `short` those of `longer`, in order, with some left out?"""
    rest = iter(longer)
    return all(word in rest for word in short)


def _stated_title(header: list[tuple[int, str]], title: Fact | None) -> Fact | None:
    """A title the text states with a label ('Title: …', 'thesis entitled “…”') that holds every word of
    the title line and more: the page's own title line dropped a word ('JAKARTA - SISTER CITIES …')."""
    for number, text in header:
        stated = _STATED_TITLE.search(text)
        if not stated:
            continue
        value = (stated.group(1) or stated.group(2)).strip(" .,;")
        if title is None:
            return Fact(value, number)
        short, longer = _words(title.value), _words(value)
        if len(longer) > len(short) and _within(short, longer):
            return Fact(value, number)
    return title


def read_intake(body: str) -> Intake:
    """What the header of a raw summary states about the document (a fresh copy each call: the places
    step and the tagging both ask for it, the reading is done once per text)."""
    return Intake({name: Fact(list(fact.value) if isinstance(fact.value, list) else fact.value, fact.line)
                   for name, fact in _read_intake(body).facts.items()})


@lru_cache(maxsize=256)
def _read_intake(body: str) -> Intake:
    intake = Intake()
    record = read_records(body)  # a BibTeX, RIS or DSpace record states its fields: taken as stated
    header = [(number, text) for number, text in _header(body) if number not in record.lines]
    facts = intake.facts
    facts.update(record.facts)
    for name, fact in [*running_head(header).items(), *blog_byline(body, header).items()]:  # a running head, a byline
        facts.setdefault(name, fact)
    title = (facts.get("title") or _cited_title(header) or _slug_title(body, header) or _title(header)
             or _closing_headline(body) or _chosen_title(body))
    if title is not facts.get("title"):  # a labelled title ('Judul Skripsi : …') is the document's own already
        title = _own_title(header, title)
    stated = title if title is facts.get("title") else _stated_title(header, title)
    if stated and stated is not facts.get("title") and _another_story(stated.value, slug_words(body)):
        stated = None
    byline = None
    if stated:
        split = trailing_names(stated.value)  # 'Title … 2015–2025 Rina Dewi; Budi Santoso; …' (an index's row)
        if split:
            names = split[1]
            whole = re.search(rf"\b{re.escape(names[-1])}[a-z]+\b", body)  # a page title cuts the last name short
            names[-1] = whole.group() if whole else names[-1]
            stated, byline = Fact(split[0], stated.line), Fact(names, stated.line)
        facts["title"] = stated
    under = authors_under_title(header, title)
    news_lead = any(_DATELINE.match(text) for _, text in header[:4])  # 'Jakarta, INDONEWS.ID - …': a story
    for i, (number, text) in enumerate(header):
        if (_LABEL.match(text) and not _LABEL.match(text).group(1).lower().startswith(("kata", "key"))
                and not (title and number < title.line)):  # 'Abstrak' over a page's title is that page's heading
            break  # the abstract begins: its sentences are not the header's
        if READ_ALSO.match(text) or _POSITION_IN_PHOTO.search(text):
            # another story's headline, a photo's caption ('Rektor ITS … (kiri) dan Duta Besar …'): their people and
            # institutions are not this text's
            continue
        if under and number == under.line:
            facts.setdefault("authors", under)
        following = header[i + 1] if i + 1 < len(header) else None
        authors(facts, number, text, title, following, header)
        found = advisors(text, following[1] if following else None)
        if found:
            advised = facts.setdefault("advisors", Fact([], number)).value
            advised += [p for p in found if p not in advised]
        if not (title and number == title.line and text == title.value):  # a running head names its publisher
            # a story's sentence ('… ditandatangani oleh Rektor Universitas Tidar, …, dan Rektor Tula State University,
            # Prof. …') names an institution, no affiliation of the text's
            sentence = news_lead and len(text.split()) >= 12 and (text.rstrip().endswith(".")
                                                                  or sum(w[:1].islower() for w in text.split()) >= 6)
            quoted = text.lstrip().startswith(('"', "“", "”"))  # '"Kami juga bekerja sama dengan Universitas X," tambahnya.
            affiliation(facts, number, text, prose=_prose(text) or sentence or quoted, running_head=bool(_ISSUE.search(text)))
        if cover_program(header, i) and "program" not in facts:
            facts["program"] = Fact(text, number)
        where = text
        if title and number == title.line:  # on the title's line, only a citation's words after it: '… Skripsi thesis, …'
            at = text.find(title.value) if CITATION.match(text) else -1
            where = text[at + len(title.value) :] if at >= 0 else ""
        degree = next((d for word, d in _DEGREES if re.search(rf"\b{word}\b", where, re.IGNORECASE)), None)
        if degree and "degree" not in facts:
            facts["degree"] = Fact(degree, number)
        # a line stating its year is short: a record's 'Universitas X, 2019.', not a sentence ending on a year
        lower = sum(w[:1].islower() for w in text.split())  # 'Ambon … dianugerahi UNESCO … pada Oktober 2019.': a sentence
        # (not below the text's prose: 'Scenary of Medan, 1930' under a page's paragraph is a picture's caption)
        after_prose = any(_prose(earlier) for n, earlier in header[:i] if not (title and n == title.line))
        year = (YEAR_LINE.match(text) if len(text) <= 120 and not re.search(r"[.!?]\s+[A-Z]", text) and lower <= 3
                and not after_prose else None)
        # (nor a journal issue below it: '… Walisongo, Volume 21, Nomor 2, November 2013.', a footnote's source)
        issue = None if after_prose else VOLUME_YEAR.search(text) or YEAR_BEFORE_ISSUE.search(text)
        year = year or (issue if issue and not LAW_BEFORE.search(text, 0, issue.start()) else None) or _DATE_FIELD.fullmatch(text)
        if year and "year" not in facts and (not title or number != title.line or title.value not in text):
            facts["year"] = Fact(int(year.group(1)), number)
        if "year" not in facts and cover_year(text):
            facts["year"] = Fact(cover_year(text), number)
    source = source_url(body)
    for name, fact in (("work", stated_work(body, facts, source)), ("url", source)):
        if fact is not None and name not in facts:
            facts[name] = fact
    if byline:
        facts.setdefault("authors", byline)
    for name, fact in copyright_authors(body).items():  # an article page's licence block, last
        facts.setdefault(name, fact)
    if "year" not in facts:
        _cover_year(body, facts, news=facts.get("work") is not None and facts["work"].value == "news")
    if "year" not in facts:
        _footer_year(body, facts)
    for name, fact in published_in(body, facts.get("work")).items():
        facts.setdefault(name, fact)
    _no_site_authors(facts, header)
    return intake


def _no_site_authors(facts: dict[str, Fact], header: list[tuple[int, str]]) -> None:
    """No author who is the site the page title names after its headline ('Kerja Sama NTT-Darwin Menjanjikan – Timor
    Express', then 'Timor Express' on a line of its own): an outlet, however like a person's its name looks."""
    found = facts.get("authors")
    sites = {side.strip().casefold() for _, text in header[:3] for side in SIDES.split(text)[1:]}
    if found is None or not sites or not isinstance(found.value, list):
        return
    kept = [name for name in found.value if str(name).casefold() not in sites]
    if not kept:
        del facts["authors"]
    elif len(kept) < len(found.value):
        facts["authors"] = Fact(kept, found.line)


# ANTARA dates a story's footer by the story ('Pewarta: X / Editor: Y / Copyright © ANTARA 2013' under a story of
# 2013); a page served without the story's own data ('Pewarta : / Editor : / Copyright © ANTARA 2024' under a story
# of the 1990s) shows the year it was served
_ANTARA_FOOTER = re.compile(r"^\W*copyright\s*©\s*antara\b[\w .]{0,40}?\b((?:19|20)\d{2})\W*$", re.IGNORECASE)
_SIGNED_STORY = re.compile(r"^(?:pewarta|editor|reporter)\s*:\s*\S", re.IGNORECASE)


def _footer_year(body: str, facts: dict[str, Fact]) -> None:
    """A news agency's footer under a story it signs, where no date above it gave the year."""
    lines = body.rstrip().split("\n")
    tail = range(len(lines), max(0, len(lines) - 8), -1)
    if not any(_SIGNED_STORY.match(_clean(lines[number - 1])) for number in tail):
        return
    for number in tail:
        found = _ANTARA_FOOTER.match(_clean(lines[number - 1]))
        if found and "year" not in facts:
            facts["year"] = Fact(int(found.group(1)), number)


_WEATHER = re.compile(r"-?\d{1,2}(?:[.,]\d)?\s*°?\s*[CF]")


def _weather_widget(lines: list[str]) -> set[int]:
    """The line numbers of a news theme's weather widget: the temperature, then within three lines the city and
    today's date ('30 C' / 'Medan' / 'Friday, November 22, 2024'): no page date, no part of a title."""
    cleaned = [_clean(raw) for raw in lines]
    widget: set[int] = set()
    for number, text in enumerate(cleaned, 1):
        if _WEATHER.fullmatch(text):
            widget.add(number)
            widget |= {after for after, more in enumerate(cleaned[number : number + 3], number + 1)
                       if DATE_LINE.match(more) or re.fullmatch(r"[A-Z][a-z]+", more)}
    return widget


def _cover_year(body: str, facts: dict[str, Fact], news: bool) -> None:
    """Years on lines the header skips as furniture: 'Copyrights © 2025' (the article's year; a news
    site's footer is the year the page was served, not the story's), an academic year '2019/2020' on
    the line under the institution's (a cover), a news desk's date stamp, a byline's date."""
    previous, cover = "", []
    lines = body.split("\n")[: HEADER_LINES * 3]
    widget = _weather_widget(lines)
    for number, line in enumerate(lines, 1):
        text = _clean(line)
        if _LABEL.match(text):
            break
        if number in widget:
            continue
        byline = BYLINE_DATE.match(text)
        year = (int(byline.group(1)) if byline
                else cover_year(text) if "©" in text and not news or STAMP_LINE.match(text) or DATE_LINE.match(text)
                or DATELINE_LEAD.match(text)
                or ACADEMIC_YEAR_LINE.match(text) and institution_in(previous) else None)
        if year is None and re.fullmatch(r"(?:19|20)\d{2}", text) and any(map(institution_in, cover[-2:])):
            year = int(text)  # 'UNIVERSITAS X / SURAKARTA / 2011': a cover's last lines
        if year:
            facts["year"] = Fact(year, number)
            return
        previous = text or previous
        cover = [*cover, text] if text else cover


def keywords(body: str) -> dict[str, Fact]:
    """'Kata kunci:' and 'Keywords:' lines, split at ',' or ';'."""
    out = {}
    for number, line in enumerate(body.split("\n"), 1):
        match = re.match(r"^[*_\s]*(kata[ -]?kunci|keywords?|key words)[*_\s]*[:.\-–—][*_\s]*(.+)$", line, re.IGNORECASE)
        if not match:
            match = re.search(r"\b(Kata [Kk]unci|Keywords?)\s*[:\-–—]\s*(.+?)(?:$|(?<=\.)\s+[A-Z])", line)
        if match:
            lang = "id" if match.group(1).lower().startswith("kata") else "en"
            words = [w.strip(" .*_") for w in re.split(r"[;,]", re.sub(r"[*_]", "", match.group(2)))]
            if lang not in out and any(words):
                out[lang] = Fact([w for w in words if w and len(w) < 80], number)
    return out

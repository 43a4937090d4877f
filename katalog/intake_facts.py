"""Who wrote a summary, where and when: the people, affiliation and year rules of the intake.

katalog/intake.py finds the title and walks the header lines; the rules here read one line (or a
line and its neighbours) for persons (authors, advisors), the institution, the programme and the
year the text states. A rule names a shape of line real repository pages use, never a file.
"""

from __future__ import annotations

import re
from dataclasses import dataclass


@dataclass
class Fact:
    value: object
    line: int  # 1-based, in the body


SMALL_WORDS = {"dan", "di", "ke", "dari", "yang", "untuk", "dengan", "pada", "dalam", "antara", "terhadap", "atas",
               "oleh", "sebagai", "melalui", "tentang", "of", "the", "and", "in", "on", "for", "to", "with",
               "between", "a", "an", "at", "by", "as"}
ACRONYMS = {"loi": "LoI", "mou": "MoU", "moa": "MoA", "rrt": "RRT", "rrc": "RRC", "dprd": "DPRD", "diy": "DIY",
            "ntb": "NTB", "ntt": "NTT", "dki": "DKI", "ri": "RI", "as": "AS", "asean": "ASEAN", "apeksi": "APEKSI",
            "ham": "HAM", "umkm": "UMKM", "pemprov": "Pemprov", "pemkot": "Pemkot", "pemkab": "Pemkab"}

# a section label opening the abstract, the keywords or a chapter: the header ends there
LABEL = re.compile(r"^[#*_\s]*(abstra[kc]t?|abstrak|intisari|ringkasan|summary|kata[ -]?kunci|keywords?"
                    r"|key words|pendahuluan|introduction|bab\s+[ivx1-9]+|latar belakang)\b[*_\s]*[:.\-–—]?", re.IGNORECASE)
EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+|\[email[^\]]*protected\]", re.IGNORECASE)
# 'Universitas', and the misspellings copied pages carry ('Univesitas', 'Unversitas'); Malay 'Universiti' is listed beside it
_UNIVERSITAS = r"U[nm]i?n?v[a-z]{3,7}tas"  # and 'Uninversitas', as a cover may misspell it
_NOT_IN_UNIVERSITY_NAME = r"(?:Program|Study|Studies|Faculty|Department|Major|Relations|Of|In|At)\b"
INSTITUTION = re.compile(
    rf"\b({_UNIVERSITAS} \d{{1,2}} [A-Z][a-z]+ (?:19|20)\d{{2}}(?: [A-Z][a-z]+)?"  # 'Universitas 17 Agustus 1945 Jakarta'
    rf"|(?:{_UNIVERSITAS}|Universiti|Institut|Sekolah Tinggi|Politeknik|Akademi|UIN|IAIN|STAIN|UPN)\b[\w .'’“”\"&-]*?"
    r"|University of [A-Z][\w .'-]*?)"
    r"(?=\s*(?:[,;()\n]|$| Kota | Fakultas| Jurusan| Program| Email| Jl\.| \d| In\b| \[))"  # no Indonesia: "Universitas Islam Indonesia" names it
    rf"|\b((?:(?!{_NOT_IN_UNIVERSITY_NAME})[A-Z][\w'-]+ )+University)\b(?! of)")  # 'President University'
# (a cover's next line run on, 'UNIVERSITAS BRAWIJAYA FAKULTAS HUKUM MALANG', is no part of the name)
INSTITUTION_CAPS = re.compile(r"\b((?:UNI?N?VERSITAS|INSTITUT|SEKOLAH TINGGI|POLITEKNIK|UNIVERSITY OF)"
                              r"(?: (?!(?:FAKULTAS|FACULTY|JURUSAN|PROGRAM|DEPARTEMEN|DEPARTMENT|PRODI)\b)"
                              r"(?:(?:DR|PROF|IR|KH)\.|[A-Z]{2,}|[“\"][A-Z]+[”\"]|\([A-Z]{2,}\)))+)")  # 'PROFESOR DR. MOESTOPO (BERAGAMA)'
PROGRAM_CAPS = re.compile(r"\b((?:PROGRAM STUDI|JURUSAN|DEPARTEMEN|PRODI)(?: (?!FAKULTAS\b|UNIVERSITAS\b)[A-Z]{2,})+)")
PROGRAM = re.compile(r"\b((?:[A-Z]\w+ ){1,4}Study Program)\b"  # 'International Relations Study Program'
                     r"|\b((?:Program Studi|Prodi|Jurusan|Departemen|Department(?: of)?|Magister|Master of|Program Sarjana)"
                     # not a government's department ('Direktur Jenderal Departemen Wilayah Persekutuan Malaysia', 'the
                     # Department of Foreign Affairs')
                     r"(?!\s+(?:Wilayah|Luar|Dalam|Perdagangan|Pertahanan|Keuangan|Kehakiman|Agama|Perhubungan|Penerangan"
                     r"|Perindustrian|Pertanian|Tenaga|State|Foreign|Home|Commerce|Trade|Defen[cs]e|Agriculture|Health"
                     r"|Transportation|Energy|Labou?r|Justice|the\s+Interior|Homeland|Federal)\b)"
                     r"\s+[A-Z][\w ]*?)(?=\s*(?:[,;()\n]|$| Fakultas| Universitas| Institut| Email))"
                     # 'Bachelor Degree in International Relations', 'Mahasiswa Hubungan Internasional Universitas X'
                     r"|\b(?:Degree in|Majoring in|Mahasiswa|Mahasiswi|Student of)\s+(?!Universitas|University|Institut|Sekolah)"
                     r"((?:[A-Z][\w-]+ ?){1,4}?)"  # 'Mahasiswa Universitas X' names an institution, no programme
                     r"(?=\s+(?:Major|Faculty|Fakultas|Universitas|University|Institut|at|di|\d)\b|\s*[,;.\n]|$)")
_JOURNAL_YEAR = re.compile(r"[Jj]ournal\b[^\n]{0,80}?,\s*((?:19|20)\d{2})\s*,\s*\d+\s*\(")  # 'eJournal …, 2017, 4 (4)'
# a year on a line of its own or after a place or publisher ('Jakarta, 2019', 'Yogyakarta : Fisipol X, c2018.');
# not a period's start ('Sejak 2012', 'Tahun 2017', 'Since 2012': a crosshead or a date in the story)
YEAR_LINE = re.compile(r"^(?:[A-Z][\w .:&'’-]*?[, ]\s*)?(?<!\b[Ss]ejak )(?<!\b[Tt]ahun )(?<!\b[Ss]ince )(?<!\bYear )"
                       r"(?<!\b[Pp]ada )(?<!\bhingga )(?<!\bsampai )(?<!\buntil )(?<!\bto )(?<!\bdan )(?<!\band )"
                       r"(?<![-–] )c?((?:19|20)\d{2})\.?$")  # not a period's end: '2010 hingga 2013', 'Tahun 2000– 2007'
# A law's number and year ('Undang-Undang Nomor 32 Tahun 2004', 'UU No. 23 Tahun 2014'): no issue of a journal
LAW_BEFORE = re.compile(r"\b(?:undang[- ]undang|uu|peraturan|pp|perpres|permen\w*|perda|perwali|perbup|keputusan|kepmen\w*"
                        r"|instruksi|inpres|edaran|law|regulation|decree|act)(?:\W+[A-Za-z]+){0,4}\W*$", re.IGNORECASE)  # 'UU Otonomi Daerah No. 23'
# a journal issue's number, however spelt ('Vol. 13, Nº. 1', 'Volume 5, Nomor 2', 'Vol 7 No 1', 'Vol. 12, Issue 2')
ISSUE_NUMBER = r"\b(?:Vol|VOL)(?:\.|ume|UME)?:?\s*\d+\s*[,./]?\s*(?:N[oºO]?\.?|Nomor|NOMOR|Number|Issue|ISSUE):?\s*\d"  # 'VOLUME 2 NOMOR 10', 'Vol. 2 / No. 1', 'Vol: 24 Issue: 6S'
# the heading of a reference list: what follows names other works
REFERENCE_HEADINGS = r"daftar pustaka|daftar referensi|referensi|kepustakaan|references|bibliography|works cited|literature cited"
# 'Vol. 3 No. 2 (2020)', '(May-October 2022)', and a journal issue 'Transformasi No. 28 Tahun 2015'
# and an issue dated by month after a colon ('Vol. 4 No. 2: December 2025')
VOLUME_YEAR = re.compile(r"(?:\bVol(?:ume)?\.?\s*\d+[^()\n]{0,20}\((?:[A-Za-z]+[-–/ ]+){0,3}|\b(?:No|Nomor|Vol(?:ume)?)\.?\s*\d+[^\n]{0,20}?"
                         r"\b(?:Tahun|Year)\s+|\b(?:Vol|VOL)(?:ume|UME)?\.?\s*\d+,?\s*(?:No|NO|Nomor|NOMOR|Issue|ISSUE)\.?\s*\d+\s*[:,(]?\s*(?:Edisi\s+|Edition\s+)?"
                         r"(?:[A-Z][a-z]+(?:\s*[-–/]\s*[A-Z][a-z]+)?\s+)?"
                         r"|\b(?:Edisi|EDISI|Edition)\s+(?:[IVXL]+|\d{1,3})\s*[/,]?\s*)"  # a bulletin's issue: 'Warta Kota EDISI I 2016'
                         r"((?:19|20)\d{2})\b")
# the year before the volume and issue ('Research Article: 2021 Vol: 24 Issue: 6S')
YEAR_BEFORE_ISSUE = re.compile(r"\b((?:19|20)\d{2})\s+Vol(?:ume)?[.:]?\s*\d+\s*[,./]?\s*(?:No|Nomor|Number|Issue)[.:]?\s*\d")
# a cover's academic year on a line of its own ('2019/2020'): the year the work was written in
ACADEMIC_YEAR_LINE = re.compile(r"^((?:19|20)\d{2})\s*/\s*((?:19|20)\d{2})$")
# the article's own copyright line ('Copyrights © 2025'), a line of its own
COPYRIGHT_LINE = re.compile(r"^\W*(?:copyrights?\s*)?©\s*(?:copyrights?\s*)?((?:19|20)\d{2})\W*$", re.IGNORECASE)
_MONTHS = (r"(?:Januari|January|Februari|February|Maret|March|April|Mei|May|Juni|June|Juli|July|Agustus|August"
           r"|September|Oktober|October|November|Nopember|Desember|December)")
# 'Sabtu 28 Jan 2012 16:00 WIB': only with a time of day after it is 'Jan' surely a month
_SHORT_MONTHS = r"(?:Jan|Feb|Peb|Mar|Apr|Jun|Jul|Agu|Agt|Aug|Sep|Sept|Okt|Oct|Nov|Nop|Des|Dec)\.?"
# a news desk's date stamp of the story, after its outlet or rubric or not ('(T.KR-JHB/B/G004/G004) 29-11-2015
# 18:39:18', 'Kompas.com - 04/11/2016, 12:39 WIB', 'Riau | Sabtu, 15 Februari 2014 - 12:16 WIB'). Not the outlet's
# copyright footer ('Copyright © ANTARA 2024'): on an old story it is often the year the page was served.
STAMP_LINE = re.compile(r"^(?:\([^()\n]{1,40}\)\s*|[\w.]{2,30}\s*[-–|]\s*)?(?:[A-Z][a-z]+,?\s+)?"
                        rf"(?:\d{{1,2}}[-/.]\d{{1,2}}[-/.]((?:19|20)\d{{2}})|((?:19|20)\d{{2}})-\d{{2}}-\d{{2}}|\d{{1,2}}\s+(?:{_MONTHS}|{_SHORT_MONTHS})\s+((?:19|20)\d{{2}})"
                        rf"|{_MONTHS}\s+\d{{1,2}},\s+((?:19|20)\d{{2}}))"  # 'December 5, 2023 | 10:53 am'
                        r",?\s*(?:[-–|]\s*)?\d{1,2}[:.]\d{2}(?:[:.]\d{2})?(?:\s*(?:WIB|WITA|WIT|[AaPp]\.?[Mm]\.?))?"
                        r"(?:\s+(?i:telah\s+)?(?i:dibaca)\s+\d[\d.]*\s*kali)?$")  # '… 15:11 WITA Telah dibaca 2839 kali'
# a news byline with the post's date: 'Oleh Juli, Selasa, 27 Mei 2025 | 19:21 WIB - Redaktur: …'
BYLINE_DATE = re.compile(rf"^(?:oleh|by|penulis|reporter)\s*:?\s+[^,|]{{2,60}},\s*(?:[A-Z][a-z']+,\s*)?\d{{1,2}}\s+"
                         rf"(?:{_MONTHS}|{_SHORT_MONTHS})\s+((?:19|20)\d{{2}})\b", re.IGNORECASE)
# the dated line under a declaration or a cover: 'Surabaya, 30 September 2013', 'Cikarang, Indonesia, 24 January 2017'
DATED_LINE = re.compile(rf"^[A-Z][\w .]+(?:,\s*[A-Z][\w ]+)?,\s*\d{{1,2}}\s+{_MONTHS}\s+((?:19|20)\d{{2}})\b(?!\s*[-–/]\d)"
                        r"(?:\s+(?:Yang menyatakan|Penulis|Peneliti|The author|Author)\b.*)?$")

# a post's or an article's own date: 'Publikasi: 31 Desember 2022', 'Posted on June 18, 2011', a date alone on a line
_ORDINAL = r"(?:st|nd|rd|th)?"  # 'March 20th 2018'
_DATE = (rf"(?:\d{{1,2}}{_ORDINAL}\s+(?:{_MONTHS}|{_SHORT_MONTHS})\s+|(?:{_MONTHS}|{_SHORT_MONTHS})\s+\d{{1,2}}{_ORDINAL},?\s+)?"
         r"((?:19|20)\d{2})")
_PUBLISHED_LABEL = (r"(?:Publikasi|Dipublikasikan|Diterbitkan|Terbit|Published(?: online)?|Posted(?: on)?|Available online"
                    r"|Tanggal terbit|Date published|Date written|Release (?:Time|Date))")  # 'Origin: Release Time:2008-03-25 16:03'
# a label before a colon, or opening its line with a date that ends it ('Posted on March 3, 2020 by …', '… in News'):
# not a sentence's '… diterbitkan 2014 sebagai dasar', even where a hard-wrapped line begins with it; a journal's
# 'Received …, Accepted …, Available online 30 April 2025'
PUBLISHED = re.compile(rf"(?:\b{_PUBLISHED_LABEL}\s*:\s*{_DATE}|^\W*{_PUBLISHED_LABEL}\s+{_DATE}(?!\s+(?!by\b|in\s+[A-Z])(?-i:[a-z]))"
                       rf"|\bAvailable\s+online\s+{_DATE})\b", re.IGNORECASE)
_WEEKDAYS = r"Senin|Selasa|Rabu|Kamis|Jum'?at|Sabtu|Minggu|Ahad|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday"
_WEEKDAY_NAME = rf"(?:{_WEEKDAYS}|Mon|Tue|Tues|Wed|Thu|Thurs|Fri|Sat|Sun)"  # on a page's date line, short forms too
# a story's dateline run into its lead: 'Jakarta, 17 Mei 2025 – Pemerintah Kota …' (the release's date)
DATELINE_LEAD = re.compile(rf"^[A-Z][A-Za-z .]{{1,30}},\s*(?:{_WEEKDAY_NAME},?\s*)?\d{{1,2}}\s+{_MONTHS}\s+((?:19|20)\d{{2}})\s*[-–—]\s+[A-Z]")

# What may follow a page's date on its line: its time, its weekday, the page's labels and counters
# ('Jumat, 20 April 2018 Reporter: …', 'Senin, 13 Mei 2024 | Dibaca: 1488', '26 November 2014, Wednesday')
_AFTER_DATE = (rf"(?:\.|,?\s*{_WEEKDAY_NAME}\.?|,?\s+\d{{1,2}}[:.]\d{{2}}\b.*|\s*[|•·]\s*.*"
               r"|\s+(?:Reporter|Editor|Penulis|Oleh|By|Pewarta|Laporan|Dibaca|Diperbarui|Updated|Published|Posted|Diterbitkan"
               r"|oleh|by)\b.*)?$")  # ('27 Juni 2025 oleh sumbar': a portal's byline in lowercase)
DATE_LINE = re.compile(r"^(?:[-–—]?\s*[A-Z][\w.&' ]{1,30}?\s+[-–—]\s*|[^|\n]{2,60}\|\s*)?"  # '- Associated Press - …', 'X, Outlet | …'
                       rf"(?:{_WEEKDAY_NAME},?\s*)?"
                       rf"(?:\d{{1,2}}{_ORDINAL}\s+(?:{_MONTHS}|{_SHORT_MONTHS})\s+|(?:{_MONTHS}|{_SHORT_MONTHS})\s+\d{{1,2}}{_ORDINAL},?\s+"
                       rf"|\d{{1,2}}[-/.]\d{{1,2}}[-/.])((?:19|20)\d{{2}})"  # '10/21/2014' alone, 'Rabu, 08/03/2017 14:44 WIB'
                       + _AFTER_DATE)

PERSON = r"[A-Z][\w'’.-]*(?:\s+(?:[‘’']?[A-Z][\w'’.-]*|bin|binti|van|de|al-\w+))*"  # 'Ahmad ‘Amar': an ʿayn before a name
_TITLES = r"(?:Prof|Dr|Drs|Dra|Ir|Hj?)\."  # academic and religious titles before a name
_TITLE_BEFORE = re.compile(rf"\b{_TITLES}\s*")
_DEGREE_AFTER = re.compile(r",\s*(?:[A-Z][A-Za-z]{0,4}\.\s?)+[A-Za-z]*\.?(?=\s*(?:,|;|$|\s+dan\s|\s&\s))")
_CUT_AT = re.compile(r"\(|\b(?:ID No|Student ID|University|International Relations|Department|Faculty|Fakultas|"
                     r"Master|NIM|Nim|NPM|NRP|Universitas|Institut|Program|Jurusan|Magister|Departemen|Email)\b"
                     r"|\s[A-Z]?\d{3,}\b")  # a student number after the name, with or without its letter ('E131 09 011')
ADVISOR = re.compile(r"^(?:dosen\s+)?(?:pembimbing|pengampu|supervisor|advisor|promotor)(?:\s+(?:[IV]+|\d|utama|pendamping))?"
                     r"\s*[:.]?\s+(.+)$", re.IGNORECASE)
# 'Email: x@y Pembimbing: Faisyal Rani, S.IP., MA': the label inside a longer line, with its colon
_ADVISOR_INLINE = re.compile(r"\b(?:Dosen\s+)?(?:Pembimbing|Supervisor|Advisor)(?:\s+(?:[IV]+|\d|Utama|Pendamping))?"
                             r"\s*:\s*(.+)$", re.IGNORECASE)
# a signature block: 'Dr. Endi Haryono Thesis Advisor', 'Siti Aminah, M.A. Pembimbing II'
_ADVISOR_AFTER = re.compile(r"^(.+?)\s+(?:Thesis\s+|Skripsi\s+)?(?:Advis[eo]r|Supervisor|Pembimbing"
                            r"(?:\s+(?:[IV]+|\d|Utama|Pendamping))?)\s*$")
_ADVISOR_LABEL = re.compile(r"^(?:dosen\s+)?(?:pembimbing|supervisor|advisor)(?:\s+(?:[IV]+|\d|utama|pendamping))?\s*[:,]?$",
                            re.IGNORECASE)
# two labels side by side, the names under them on the next line: 'Pembimbing I Pembimbing II' (a signature page's columns)
_ADVISOR_COLUMNS = re.compile(r"^(?:(?:dosen\s+)?(?:pembimbing|supervisor|advisor)(?:\s+(?:[IV]+|\d|utama|pendamping))?\s*[:,]?\s*){2,}$",
                              re.IGNORECASE)
_DEGREE_TOKEN = re.compile(r"(?:[A-Z][A-Za-z]{0,4}\.)+[A-Za-z]*\.?|[A-Z]\.[A-Z][a-z]{1,4}")  # 'S.H', 'M.Hum.', 'Ph.D', 'S.IP.'
_TITLE_TOKEN = re.compile(_TITLES)
_ID_NUMBER = re.compile(r"\b(?:NIP|NIDN|NIK)\b|\d{5,}")


def column_people(line: str) -> list[str]:
    """The persons of a signature page's row of names, one per column, each followed by the degrees
    after its comma: 'Dr. Setyo Widagdo, S.H, M.Hum. Hikmatul Ula, S.H., M.Kn. NIP. 1959…' → two."""
    names: list[list[str]] = []
    current: list[str] = []
    degrees = False  # after a name's comma, until the next name
    for token in _ID_NUMBER.split(line)[0].split():
        bare = token.strip(",;")
        if _TITLE_TOKEN.fullmatch(bare) or degrees and not _DEGREE_TOKEN.fullmatch(bare):
            if current:
                names.append(current)
            current, degrees = [], False
            if _TITLE_TOKEN.fullmatch(bare):
                continue
        if degrees:
            continue
        current.append(bare)
        degrees = token.endswith(",")
    if current:
        names.append(current)
    return people("; ".join(" ".join(name) for name in names))
# where an affiliation starts after a person's name on the same line
AFFILIATION_START = re.compile(rf"\s+\(?(?={_UNIVERSITAS}\b|University\b|Universiti\b|Institut\b|Institute\b|Fakultas\b"
                               r"|Faculty\b|Department\b|Departemen\b|Program Studi\b|Prodi\b|Jurusan\b|Magister\b"
                               r"|Master\b|Sekolah Tinggi\b|Politeknik\b|Akademi\b|UIN\b|IAIN\b|UPN\b|School of\b"
                               r"|[\w.+-]+@)|\s*,\s*(?=[\w.+-]+@)")


def caps_ratio(text: str) -> float:
    letters = [c for c in text if c.isalpha()]
    return sum(c.isupper() for c in letters) / len(letters) if letters else 0.0


def recase(title: str, names: dict[str, str] | None = None) -> str:
    """An all-caps title in title case, keeping acronyms and the spelling of known names; a title
    whose all-caps head is followed by a subtitle in ordinary case ('EVALUASI … BANDUNG (Studi
    Kasus …)') gets its head re-cased and its subtitle as written."""
    if caps_ratio(title) < 0.8:
        head = re.match(r"([^(:]*?\S)(\s*[(:].*)", title, re.DOTALL)
        if head and len(head.group(1).split()) >= 3 and caps_ratio(head.group(1)) >= 0.8:
            return recase(head.group(1), names) + head.group(2)
        return title
    names = names or {}
    out, start = [], True
    for token in re.split(r"(\s+|[-–/(])", title.lower()):
        if not token or token.isspace() or token in "-–/(":
            out.append(token)
            start = start or token == "("
            continue
        core = token.strip(".,:;)\"'“”")
        if core in ACRONYMS:
            word = token.replace(core, ACRONYMS[core])
        elif core in names:
            word = token.replace(core, names[core])
        elif core in SMALL_WORDS and not start:
            word = token
        else:
            word = re.sub(r"[^\W\d_]", lambda m: m.group().upper(), token, count=1)  # '“veteran”' → '“Veteran”'
        out.append(word)
        start = token.endswith(":")
    return "".join(out)


def without_marks(text: str) -> str:
    """An author line without its affiliation marks: 'Kartikasari(1), Prasetyo(2)', 'Puspitarini(1*)' (the
    corresponding author), 'Khairunnisa Simbolon a,1'."""
    text = re.sub(r"(?<=\w)\s?(?:\(\d\s*\*?\s*\)|\[\d\s*\*?\s*\]|\*{1,3}\d?\)?(?!\w))", "", text)  # 'Raharjo*1', 'Bangun*)'
    return re.sub(r"(?<=[A-Za-z]{2})\s+[a-z](?:\s*,\s*\d+)+\s*$", "", text)


_FAMILY_DOT_COMMA = re.compile(r"\b([A-Z][a-z]{2,})\.?,\s?((?:[A-Z][.,]{0,2}){1,4}?)(?=\s*\d|\s*$)")
NAME_SEPARATOR = re.compile(r",|;|\s&\s|\sdan\s|\sand\s")  # between the persons of an author line


def people(text: str) -> list[str]:
    """Names in an author line: academic titles and degrees dropped ('Dr. X, M.Si' is one person);
    cut at the e-mail, the affiliation, a student number."""
    inverted = _FAMILY_DOT_COMMA.findall(text)
    if len(inverted) >= 2 and ".," in text:  # 'Munir.,F 1 , Yani.,M.Y 2, Negara,S,D 3': family names first, then initials
        return [f"{'.'.join(re.findall(r'[A-Z]', initials))}. {family}" for family, initials in inverted]
    text = without_marks(text)
    text = _DEGREE_AFTER.sub("", _TITLE_BEFORE.sub("", EMAIL.sub(",", re.sub(r"(?i)\be-?mail\s*:?", ",", text))))
    text = re.sub(r"^\s*(?:nama(?:\s+mahasiswa)?|name)\s*:\s*", "", text, flags=re.IGNORECASE)  # 'Oleh : Nama : X NIM : …'
    text = _CUT_AT.split(text)[0].rstrip(" -–—|")  # 'Rina Dewi - E0020019 - Fak. Hukum': the number's dash too
    if _ADDRESS.search(text):
        return []  # 'Yogyakarta, Indonesia Email: …': the author's address above the e-mail, no person
    # 'Penulis: Laili Shofiyah | Editor: M Zainal Arifin': the byline's next field is another role's
    text = re.split(r"\s\|\s*(?:editor|penyunting|reporter|foto(?:grafer)?|sumber|source)\b", text, flags=re.IGNORECASE)[0]
    names = []
    for part in NAME_SEPARATOR.split(text):
        part = re.split(r"(?<=[^\W\d_])[\d*¹²³†]+\s", part)[0]  # 'Sofia Trisni1 Andalas University': the mark ends the name
        part = re.sub(r"(?:[\d*¹²³†]+|\(\d\)|\[\d\])$", "", part.strip(" .:")).strip()  # 'Kartikasari(1)', 'Putra¹'

        if part.isupper() and len(part) <= 4:
            continue  # 'DOI', 'ISSN': an acronym, not a person
        if _WEEKDAY.fullmatch(part):
            continue  # 'Oleh Juli, Selasa, 27 Mei 2025': the post's day, not a second writer
        if any(_AGENCY_WORD.fullmatch(w) for w in part.split()):
            continue  # 'Oleh MC KOTA PONTIANAK': a government's media centre, not a person
        if re.fullmatch(r"[A-Z][a-z]+(?:[A-Z][a-z]+)+", part) and not re.match(r"(?:Mc|Mac|De|Di|Van|La|Le|O)[A-Z]", part):
            continue  # 'Penulis: CitizenReporter': a role or an account's name run together, not a person
        if re.fullmatch(PERSON, part) and 1 <= len(_named(part)) <= 6 and not INSTITUTION.search(part):
            names.append(part.title() if part.isupper() and len(part) > 3 else part)  # 'PUTRI AYU' → 'Putri Ayu'
    return names


_ADDRESS = re.compile(r"(?:^|,)\s*(?:Republic\s+of\s+)?Indonesia\s*[,.]?\s*$", re.IGNORECASE)
# words of a government or its office, never of a person's name: 'oleh Pemerintah Kota …' in a title, a byline 'MC Kota
# Pontianak', 'Humas Pemkab Sleman', 'Diskominfo Provinsi Jambi' (intake_authors.NOT_AN_AGENCY too)
AGENCY_WORDS = (r"pemerintah|pemkot|pemkab|pemprov|dinas|kementerian|kementrian|kemen\w+|ministry|badan|bappeda\w*|government|local|kota"
                r"|kabupaten|provinsi|humas"
                r"|diskominfo|kominfo|mc|setda|dprd")
_AGENCY_WORD = re.compile(AGENCY_WORDS, re.IGNORECASE)
_WEEKDAY = re.compile(_WEEKDAYS, re.IGNORECASE)
NOT_NAME_WORD = re.compile(r"(?:tion|sion|ions|ship|ity|ance|ence|ment|ies|ism|ics)$|^(?:city|cities"
                            r"|article|articles|content|details|downloads?|metrics|sidebar|issue|section"  # journal pages
                            r"|provinces?|states?|governments?|kota|provinsi|kabupaten|kerja|sama|kerjasama|kronologis?|sister|program|penyusun"
                            r"|nama|oleh|indonesia|universitas|university|abstract|abstrak|keywords?|prodi|jurusan|fakultas|faculty"
                            r"|analysis|analisis|approach|pendekatan|perspective|perspektif"  # a subtitle's words
                            r"|departemen|department|studi|study|ilmu|hubungan|internasional|international"
                            r"|berita|news|opini|opinion|headline|terkini"  # a site's rubric: 'Berita Klaten'
                            r"|release|rilis|press|pers|siaran"  # 'Media Release', 'Siaran Pers'
                            r"|daftar|isi|pengantar|lampiran|halaman|bab)$", re.IGNORECASE)  # a paper's parts: 'DAFTAR ISI'


def _named(text: str) -> list[str]:
    """The words of a name that are not initials ('A. A. B. N. A. Surya Putra' → Surya, Putra)."""
    return [w for w in text.split() if not re.fullmatch(r"[A-Z]\.", w)]


def looks_like_name(text: str) -> bool:
    """A line of two to six capitalised words and no small words: a person, not a title."""
    words = text.split()
    return (len(words) >= 2 and 1 <= len(_named(text)) <= 6 and caps_ratio(text) < 0.8 and all(w[:1].isupper() or w[:1] == "(" for w in words)
            and not any(w.lower() in SMALL_WORDS for w in words) and not INSTITUTION.search(text))


def names_only(text: str) -> bool:
    """A line that is nothing but persons' names ('A B; C D', 'A B dan C D'), no topic words."""
    text = without_marks(text)
    parts = [p.strip(" .") for p in re.split(r";|,|\s&\s|\sdan\s|\sand\s", text) if p.strip(" .")]
    single = re.compile(r"[A-Z][a-z'’-]{2,}")  # 'A B, Sanyoto and C D': a one-word name among full ones
    return (bool(parts) and len(parts) <= 8 and any(looks_like_name(p) for p in parts)
            and all(looks_like_name(p) or len(parts) > 2 and single.fullmatch(p) for p in parts)
            and not any(NOT_NAME_WORD.search(w.strip("'’.")) for p in parts for w in p.split()))


def names_list(text: str) -> list[str]:
    """The persons a line names when it names nothing else, each in full ('Rika Dewi , Budi Santoso, Ani
    Wijaya'); not a journal's name ('Jurnal Sosiologi, Antropologi, dan Budaya') nor a headline."""
    parts = [p.strip(" .") for p in re.split(r";|,|\s&\s|\sdan\s|\sand\s", without_marks(text)) if p.strip(" .")]
    if len(parts) < 2 or any(len(p.split()) < 2 for p in parts) or _NOT_A_NAMES_LIST.search(text):
        return []
    return people(text) if names_only(text) else []


_NOT_A_NAMES_LIST = re.compile(r"\b(?:jurnal|journal|kerja\s?sama|sister|dokumen|berita|penjelasan)\b", re.IGNORECASE)


def names_before_affiliation(text: str) -> list[str]:
    """'Geraldine Renayanthi & Endra Wijaya Fakultas Hukum Universitas X', 'Rina Dewi University of X':
    the names that open a line whose rest is an affiliation; [] when the line is no such line."""
    cut = AFFILIATION_START.search(text)
    if not cut or cut.start() == 0:
        return []
    head = text[: cut.start()].strip(" ,;-–—")
    return people(head) if names_only(head) else []


def invert(cited: str) -> list[str]:
    """'Gunawan, T.' or 'Madeten, Selina Liane' → names in reading order."""
    parts = re.findall(r"([A-Z][\w'’-]+),\s+((?:[A-Z]\.\s?)+|[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)*)", cited)
    return [f"{given.strip()} {family}" for family, given in parts]


def advisors(text: str, following: str | None) -> list[str]:
    """The advisors a header line names: 'Pembimbing: X' (at its start or after an e-mail), a signature
    'X Thesis Advisor', or a bare 'Dosen Pembimbing' label with the name on the next line."""
    if _ADVISOR_COLUMNS.match(text):  # 'X, M.Si Y, S.IP., M.Si' under them: a degree ends each column's name
        return column_people(following) if following else []
    for rule in (ADVISOR.match(text), _ADVISOR_INLINE.search(text)):
        if rule and people(rule.group(1)):
            return people(rule.group(1))
    signed = _ADVISOR_AFTER.match(text)  # a person signs with an academic title: 'Lembar Persetujuan Pembimbing' is none
    if signed and (_TITLE_BEFORE.search(signed.group(1)) or _DEGREE_AFTER.search(signed.group(1))):
        return people(signed.group(1))
    if following and _ADVISOR_LABEL.match(text) and not _ADVISOR_LABEL.match(following):
        return people(following)
    role_below = following and _ADVISOR_AFTER.match(f"{text} {following}")  # 'X, Ph.D' / 'Thesis Adviser'
    if role_below and role_below.group(1) == text and (_TITLE_BEFORE.search(text) or _DEGREE_AFTER.search(text)):
        return people(text)
    return []


def institution_in(text: str) -> str | None:
    """The institution a line names, in its own case ('UNIVERSITAS X' re-cased)."""
    found = INSTITUTION.search(text)
    if found:
        name = (found.group(1) or found.group(2)).strip(" ,.")
        # 'Universitas Muhammadiyah Yogyakarta Yogyakarta, Indonesia': the city of the address after the name
        return re.sub(r"\b(\w+) \1$", r"\1", name)
    caps = INSTITUTION_CAPS.search(text)
    return recase(caps.group(1)) if caps else None


def affiliation(facts: dict[str, Fact], number: int, text: str, prose: bool = False, running_head: bool = False) -> None:
    """Institution, programme and the year a cover states after its institution, from one line; a
    paragraph of prose ('held in collaboration with X University') states no affiliation, a journal's
    running head ('… ISSN …, ©2018 by X University') only the journal's year."""
    journal = _JOURNAL_YEAR.search(text)
    if journal and "year" not in facts:
        facts["year"] = Fact(int(journal.group(1)), number)
    if running_head:
        return
    institution = None if prose else institution_in(text)
    if institution and "institution" not in facts:
        facts["institution"] = Fact(institution, number)
    found = None if prose else INSTITUTION.search(text) or INSTITUTION_CAPS.search(text)
    if found and "year" not in facts:  # 'UNIVERSITAS … JAKARTA 2019': the year the cover states after it
        # (after the faculty and the city a cover's line in capitals may name: 'FAKULTAS HUKUM MALANG 2018')
        year = re.match(r"\W*(?:[A-Z]{2,}\W+){0,5}?((?:19|20)\d{2})\b(?![-–/]\d)", text[found.end() :])
        if year:
            facts["year"] = Fact(int(year.group(1)), number)
    program = PROGRAM_CAPS.search(text)
    if program and "program" not in facts:
        facts["program"] = Fact(recase(program.group(1)), number)
    program = None if prose else PROGRAM.search(text)
    if program and "program" not in facts and not _elsewhere(facts, institution):
        value = next(g for g in program.groups() if g).strip(" ,.")
        head = _DISCIPLINE_HEAD.match(value) if program.group(3) else None
        # 'Mahasiswa Hubungan Internasional Lombok, Malang': the discipline, not the words after it
        facts["program"] = Fact(head.group(0) if head else value, number)


def _institution_key(name: str) -> str:
    """'University of Darussalam Gontor' and 'Universitas Darussalam Gontor' are one institution."""
    words = re.findall(r"\w+", name.casefold())
    return " ".join(w for w in words if w not in {"university", "universitas", "universiti", "of"})


def _elsewhere(facts: dict[str, Fact], institution: str | None) -> bool:
    """A co-author's line at another institution: its programme is not this work's."""
    known = facts.get("institution")
    return bool(known and institution) and _institution_key(str(known.value)) != _institution_key(institution)


_DISCIPLINES = (r"(?:Ilmu\s+)?(?:Hubungan Internasional|International Relations|Ilmu Pemerintahan|Ilmu Politik"
                r"|Administrasi (?:Publik|Negara)|Ilmu Komunikasi|Ilmu Hukum|Hukum|Ekonomi Pembangunan"
                r"|Public Administration|Political Science|Government Studies)")
_DISCIPLINE = re.compile(rf"^{_DISCIPLINES}$", re.IGNORECASE)
_DISCIPLINE_HEAD = re.compile(rf"^{_DISCIPLINES}\b", re.IGNORECASE)


def cover_program(header: list[tuple[int, str]], i: int) -> bool:
    """A cover's bare discipline line ('Hubungan Internasional') right above its 'Fakultas …' line."""
    text = header[i][1]
    following = header[i + 1][1] if i + 1 < len(header) else ""
    return bool(_DISCIPLINE.match(text)) and bool(re.match(r"(?i)(?:fakultas|faculty)\b", following))


def cover_year(text: str) -> int | None:
    """The year a cover or a dated line states: '2019/2020' (academic year), 'Copyrights © 2025',
    'Surabaya, 30 September 2013', a release's dateline ('Jakarta, 17 Mei 2025 – …'); a period studied ('2012-2015')
    is none of these."""
    academic = ACADEMIC_YEAR_LINE.match(text)
    if academic and int(academic.group(2)) == int(academic.group(1)) + 1:
        return int(academic.group(1))
    for rule in (COPYRIGHT_LINE, DATED_LINE, DATE_LINE, STAMP_LINE, DATELINE_LEAD):
        found = rule.match(text)
        if found:
            return int(next(year for year in found.groups() if year))
    published = PUBLISHED.search(text)
    return int(next(year for year in published.groups() if year)) if published else None

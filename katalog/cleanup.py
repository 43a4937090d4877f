"""Build-time clean-up of conversion artefacts. The source files are never edited.

PDF-to-text conversion leaves footnote markers as ``<sup>N</sup>``, footnote blocks between
``---`` rules in the middle of the text, paragraphs (and list items) cut in two by a page break,
and stray page or footnote numbers on lines of their own. ``clean_body`` turns these into real
Markdown footnotes and whole paragraphs. It also labels the cover pages that open a text, notes
where a figure or table was lost in conversion, keeps a diagram's line-style legend
("- · - · - Hubungan transnasional") from becoming a bullet, and undoes doubled escapes in
links. Section labels ("ABSTRAK") become headings with the source's own words and case.

Footnote formats understood (see docs/fields.md):
- a marker ``<sup>2</sup>`` or a Unicode superscript ``²`` in the text;
- a definition block opening with ``<sup>2</sup>`` or ``²`` (usually after a ``---`` rule);
- a lone number on its own line right after a paragraph, when a definition with that number exists.
Bracketed numbers (``[2]``) are left as they are: theses use them for numbered references too.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

FOOTNOTE_DEF_RE = re.compile(r"^\s*<sup>\s*(\d{1,3})\s*</sup>\s*(.+)$", re.DOTALL)
SUPERSCRIPT_DIGITS = str.maketrans("⁰¹²³⁴⁵⁶⁷⁸⁹", "0123456789")
# Not after a digit or another superscript ('10²' is a power), at most three digits.
SUPERSCRIPT_RE = re.compile(r"(?<![\d⁰¹²³⁴⁵⁶⁷⁸⁹])[⁰¹²³⁴⁵⁶⁷⁸⁹]{1,3}(?![⁰¹²³⁴⁵⁶⁷⁸⁹])")
FIGURE_LABEL_RE = re.compile(r"^[*_\s]*(tabel|gambar|grafik|bagan|skema|diagram|table|figure|chart)\s+\d+(\.\d+)*[.:]?[*_\s]*$",
                             re.IGNORECASE)
# What a lost diagram leaves behind: a line holding only a short capitalised label ('IGO', '**G**').
RESIDUE_LINE_RE = re.compile(r"^[*_\s]*[A-Z]{1,5}[*_\s]*$")
# A line-style legend of a diagram: dashes and dots in a pattern, then what the line means.
LEGEND_RE = re.compile(r"^(\s*)([-–—]\s*[·•.∙]\s*){2,}[-–—]?\s+\S")
DOUBLED_ESCAPE_RE = re.compile(r"\\\\([_*\[\]()#])")
LINK_RE = re.compile(r"\[([^\[\]\n]+)\]\((https?://[^)\s]+)\)")
COVER_MARKERS = ("disusun oleh", "diajukan", "untuk memenuhi", "program studi", "skripsi", "tesis", "disertasi")
COVER_LABELS = ("Halaman sampul", "Halaman judul")
FIGURE_NOTE = '<p class="figure-missing">[Gambar/tabel tidak tersedia dalam sumber: hanya judulnya yang terbawa.]</p>'
COVER_LABEL_HTML = '<p class="cover-label">{}</p>'
GENERATED_PREFIXES = ('<p class="figure-missing">', '<p class="cover-label">')
MARKER_RE = re.compile(r"<sup>\s*(\d{1,3})\s*</sup>")
RULE_RE = re.compile(r"^\s*(-{3,}|\*{3,}|_{3,})\s*$")
LONE_NUMBER_RE = re.compile(r"^\s*(\d{1,3})\s*$")
SECTION_LABELS = {
    "abstrak": "Abstrak", "abstract": "Abstract", "kesimpulan": "Kesimpulan", "conclusion": "Conclusion",
    "kata pengantar": "Kata Pengantar", "pendahuluan": "Pendahuluan", "daftar pustaka": "Daftar Pustaka",
}
CHAPTER_RE = re.compile(r"^bab\s+(?:[ivx]+|\d{1,2})\b(?:\s+[^\W\d_][^.!?]*)?$")
_LABEL_NOISE_RE = re.compile(r"[#*_:\s]+")
TERMINAL = set(".!?:;\"”’')]")


@dataclass(frozen=True)
class Block:
    text: str
    line: int  # line of the block's first line within the body (1-based)


def split_blocks(body: str) -> list[Block]:
    blocks, current, start = [], [], 0
    for number, line in enumerate(body.split("\n"), start=1):
        if line.strip():
            if not current:
                start = number
            current.append(line)
        elif current:
            blocks.append(Block("\n".join(current), start))
            current = []
    if current:
        blocks.append(Block("\n".join(current), start))
    return blocks


def section_label(text: str) -> str | None:
    """'## **ABSTRAK**' or 'ABSTRACT' → the section's name, if it is one of the known labels."""
    if len(text) > 60:  # a label is a short line; most blocks are paragraphs
        return None
    bare = _LABEL_NOISE_RE.sub(" ", text).strip().lower()
    if CHAPTER_RE.match(bare):  # 'BAB III HASIL PENELITIAN DAN PEMBAHASAN': a chapter, never a title
        return "Bab"
    return SECTION_LABELS.get(bare)


def is_heading(text: str) -> bool:
    return text.lstrip().startswith("#") or section_label(text) is not None


CLOSERS = "\"”’')]"


def _ends_open(text: str) -> bool:
    """True when a paragraph stops mid-sentence: no closing punctuation, or a quoted term or a
    bracket closing without a full stop before it ('… istilah “world politics”')."""
    stripped = text.rstrip().rstrip("*_ ")
    if not stripped or is_heading(text):
        return False
    if stripped[-1] not in TERMINAL:
        return True
    bare = stripped.rstrip(CLOSERS + "*_ ")
    return bare != stripped and bool(bare) and bare[-1] not in ".!?:;,"


def _starts_lower(text: str) -> bool:
    stripped = text.lstrip("*_“\"' ")
    return bool(stripped) and stripped[0].islower()


LIST_ITEM_RE = re.compile(r"^\s*(\d+[.)]|[-*+])\s+\S")
KEYWORDS_RE = re.compile(r"^[*_\s]*(kata kunci|keywords)\b", re.IGNORECASE)


def _is_prose(text: str) -> bool:
    first = text.lstrip()
    return not (is_heading(first) or first[:1] in "|>-" or first.startswith(GENERATED_PREFIXES)
                or re.match(r"^\d+\.\s", first))


def _joins(previous: Block, block: Block) -> bool:
    """A page break cut one paragraph (or list item) in two: the first half stops mid-sentence."""
    if not _ends_open(previous.text) or not _is_prose(block.text) or KEYWORDS_RE.match(block.text):
        return False
    if not _is_prose(previous.text):  # a list item whose last line runs on after the break
        return bool(LIST_ITEM_RE.match(previous.text.split("\n")[-1])) and _starts_lower(block.text)
    if _starts_lower(block.text):
        return True
    # A capitalised word can continue a sentence too, when both halves are real paragraphs.
    tail = previous.text.rstrip().rstrip("*_ ")
    return tail[-1:].islower() and len(previous.text) > 150 and len(block.text) > 80


@dataclass
class Cleaned:
    markdown: str
    footnotes: dict[str, str]


def _fix_link(match: re.Match) -> str:
    """'[https://x/a\\\\_b](https://x/a_b)': doubled escapes in a link's text are a conversion
    artefact; a link whose text is its own address becomes an autolink."""
    label, url = match.group(1), match.group(2)
    if re.sub(r"\\+(?=[_*\[\]()#])", "", label) == url:
        return f"<{url}>"
    return f"[{DOUBLED_ESCAPE_RE.sub(lambda m: chr(92) + m.group(1), label)}]({url})"


def _normalise(body: str) -> str:
    """Line-preserving fixes before the blocks are read: superscript digits as <sup> markers,
    links, legends of line styles escaped so that they are not bullets."""
    body = SUPERSCRIPT_RE.sub(lambda m: f"<sup>{m.group().translate(SUPERSCRIPT_DIGITS)}</sup>", body)
    body = LINK_RE.sub(_fix_link, body)
    lines = body.split("\n")
    for number, line in enumerate(lines):
        if LEGEND_RE.match(line) and line.lstrip()[:1] in "-*+":
            indent = len(line) - len(line.lstrip())
            lines[number] = line[:indent] + "\\" + line[indent:]
    return "\n".join(lines)


def _heading_of_label(text: str) -> str:
    """'**ABSTRAK**' → '## ABSTRAK': the source's own words and case (display may style them)."""
    return "## " + re.sub(r"\s+", " ", re.sub(r"[*_]+", "", text)).strip()


def clean_body(body: str) -> Cleaned:
    blocks = split_blocks(_normalise(body))
    footnotes: dict[str, str] = {}
    for block in blocks:
        match = FOOTNOTE_DEF_RE.match(block.text)
        if match:
            footnotes[match.group(1)] = re.sub(r"\s+", " ", match.group(2)).strip()

    kept: list[Block] = []
    for index, block in enumerate(blocks):
        if FOOTNOTE_DEF_RE.match(block.text):
            continue
        if RULE_RE.match(block.text):
            following = blocks[index + 1] if index + 1 < len(blocks) else None
            if following is None or FOOTNOTE_DEF_RE.match(following.text):
                continue  # the rule above a footnote block, or a dangling rule at the end
        lone = LONE_NUMBER_RE.match(block.text)
        if lone:
            if lone.group(1) in footnotes and kept:
                kept[-1] = Block(kept[-1].text.rstrip() + f"<sup>{lone.group(1)}</sup>", kept[-1].line)
            continue  # a stray page number
        if section_label(block.text) and not block.text.lstrip().startswith("#"):
            block = Block(_heading_of_label(block.text), block.line)
        if kept and _joins(kept[-1], block):
            kept[-1] = Block(kept[-1].text.rstrip() + " " + block.text.lstrip(), kept[-1].line)
            continue
        kept.append(block)
    kept = [_lines_kept(b) for b in _label_covers(_mark_lost_figures(kept))]

    def marker(match: re.Match) -> str:
        number = match.group(1)
        return f"[^{number}]" if number in footnotes else match.group(0)

    text = "\n\n".join(MARKER_RE.sub(marker, b.text) for b in kept)
    used = set(re.findall(r"\[\^(\d+)\]", text))
    definitions = [f"[^{n}]: {footnotes[n]}" for n in sorted(footnotes, key=int) if n in used]
    # Footnotes whose marker was lost in conversion are kept as notes all the same.
    orphans = [f"- {n}. {footnotes[n]}" for n in sorted(footnotes, key=int) if n not in used]
    if orphans:
        text += "\n\n## Catatan tanpa penanda\n\n" + "\n".join(orphans)
    if definitions:
        text += "\n\n" + "\n\n".join(definitions)
    return Cleaned(text + "\n", footnotes)


SHORT_LINE = 60  # hard-wrapped prose runs to 70–100 characters a line; a cover's or a record's lines stay shorter
_REFERENCE_ENTRY_RE = re.compile(r"^[A-Z][\w'’.-]*(?: [A-Z][\w'’.-]*){0,3}, .{0,80}?\(?(?:19|20)\d{2}[a-z]?\b")  # 'Keohane, R. O. (1984).'
_MARKUP_START_RE = re.compile(r"\s*(?:[-*+>|#<]|\d+[.)]\s|```|~~~)")


def _lines_kept(block: Block) -> Block:
    """A block of lines that is no wrapped prose ('Di susun oleh:' / a name / a programme / a
    university / a year): its lines stay lines (Markdown hard breaks) instead of running together.
    Prose wrapped at any width goes on in lower case on some next line; a cover's lines each start
    a name, a label or a number, and at most one of them (a title) runs long."""
    lines = [line.strip() for line in block.text.split("\n")]
    if len(lines) < 2 or any(_MARKUP_START_RE.match(line) or not line for line in lines):
        return block
    references = all(_REFERENCE_ENTRY_RE.match(line) for line in lines)  # a reference list, one work a line
    if not references and (any(line[0].islower() for line in lines[1:]) or sum(len(line) > SHORT_LINE for line in lines) > 1):
        return block
    return Block("  \n".join(block.text.split("\n")[i].rstrip() for i in range(len(lines))), block.line)


def _is_residue(block: Block) -> bool:
    return all(RESIDUE_LINE_RE.match(line) for line in block.text.split("\n"))


def _mark_lost_figures(blocks: list[Block]) -> list[Block]:
    """After 'Tabel 1.1' and its caption, a diagram that did not survive conversion leaves at most
    a few bare labels ('IGO'): they give way to a note saying the figure is not in the source.
    A figure followed by a Markdown table, or by a block of several lines, is left alone."""
    out: list[Block] = []
    i = 0
    while i < len(blocks):
        out.append(blocks[i])
        i += 1
        if not FIGURE_LABEL_RE.match(out[-1].text):
            continue
        if i < len(blocks) and len(blocks[i].text) < 300 and _is_prose(blocks[i].text) and not _is_residue(blocks[i]):
            lines = blocks[i].text.split("\n")
            while len(lines) > 1 and RESIDUE_LINE_RE.match(lines[-1]):
                lines.pop()  # the caption's last line is a label of the lost diagram
            out.append(Block("\n".join(lines).rstrip(), blocks[i].line))
            i += 1
        while i < len(blocks) and _is_residue(blocks[i]):
            i += 1
        following = blocks[i].text if i < len(blocks) else ""
        if not following.lstrip().startswith("|") and following.count("\n") < 2:
            out.append(Block(FIGURE_NOTE, out[-1].line))
    return out


def _letters(text: str) -> str:
    return "".join(c for c in text.lower() if c.isalpha())


def _label_covers(blocks: list[Block]) -> list[Block]:
    """The blocks before the first heading, when they read like a cover (who submitted it, for
    which degree), get a label; the same title again starts the next page (the title page)."""
    first_heading = next((i for i, b in enumerate(blocks) if b.text.lstrip().startswith("#")), len(blocks))
    front = blocks[:first_heading]
    text = " ".join(b.text for b in front).lower()
    if len(front) < 3 or not any(marker in text for marker in COVER_MARKERS):
        return blocks
    title = _letters(front[0].text)
    out, page = [], 0
    for index, block in enumerate(front):
        if index == 0 or (_letters(block.text) == title and title):
            out.append(Block(COVER_LABEL_HTML.format(COVER_LABELS[min(page, len(COVER_LABELS) - 1)]), block.line))
            page += 1
        out.append(block)
    return out + blocks[first_heading:]


def section_blocks(markdown: str) -> dict[str, list[Block]]:
    """The blocks under each known section label, up to the next heading or keywords line."""
    found: dict[str, list[Block]] = {}
    current: str | None = None
    for block in split_blocks(markdown):
        label = section_label(block.text)
        if label:
            current = label
            found.setdefault(label, [])
            continue
        if block.text.lstrip().startswith("#") or re.match(r"^[*_\s]*(kata kunci|keywords)", block.text, re.IGNORECASE):
            current = None
            continue
        if current and not block.text.startswith("[^"):
            found[current].append(block)
    return found


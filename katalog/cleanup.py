"""Build-time clean-up of conversion artefacts. The source files are never edited.

PDF-to-text conversion leaves footnote markers as ``<sup>N</sup>``, footnote blocks between
``---`` rules in the middle of the text, paragraphs cut in two by a page break, and stray page
or footnote numbers on lines of their own. ``clean_body`` turns these into real Markdown
footnotes and whole paragraphs.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

FOOTNOTE_DEF_RE = re.compile(r"^\s*<sup>\s*(\d{1,3})\s*</sup>\s*(.+)$", re.DOTALL)
MARKER_RE = re.compile(r"<sup>\s*(\d{1,3})\s*</sup>")
RULE_RE = re.compile(r"^\s*(-{3,}|\*{3,}|_{3,})\s*$")
LONE_NUMBER_RE = re.compile(r"^\s*(\d{1,3})\s*$")
SECTION_LABELS = {
    "abstrak": "Abstrak", "abstract": "Abstract", "kesimpulan": "Kesimpulan", "conclusion": "Conclusion",
    "kata pengantar": "Kata Pengantar", "pendahuluan": "Pendahuluan", "daftar pustaka": "Daftar Pustaka",
}
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
    return SECTION_LABELS.get(bare)


def is_heading(text: str) -> bool:
    return text.lstrip().startswith("#") or section_label(text) is not None


def _ends_open(text: str) -> bool:
    """True when a paragraph stops mid-sentence (no closing punctuation)."""
    stripped = text.rstrip().rstrip("*_ ")
    return bool(stripped) and stripped[-1] not in TERMINAL and not is_heading(text)


def _starts_lower(text: str) -> bool:
    stripped = text.lstrip("*_“\"' ")
    return bool(stripped) and stripped[0].islower()


def _is_prose(text: str) -> bool:
    first = text.lstrip()
    return not (is_heading(first) or first[:1] in "|>-" or re.match(r"^\d+\.\s", first))


def _joins(previous: Block, block: Block) -> bool:
    """A page break cut one paragraph in two: the first half stops mid-sentence."""
    if not (_ends_open(previous.text) and _is_prose(previous.text)):
        return False
    if _starts_lower(block.text):
        return True
    # A capitalised word can continue a sentence too, when both halves are real paragraphs.
    tail = previous.text.rstrip().rstrip("*_ ")
    return tail[-1:].islower() and len(previous.text) > 150 and len(block.text) > 80 and _is_prose(block.text)


@dataclass
class Cleaned:
    markdown: str
    footnotes: dict[str, str]


def clean_body(body: str) -> Cleaned:
    blocks = split_blocks(body)
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
        label = section_label(block.text)
        if label and not block.text.lstrip().startswith("#"):
            block = Block(f"## {label}", block.line)
        if kept and _joins(kept[-1], block):
            kept[-1] = Block(kept[-1].text.rstrip() + " " + block.text.lstrip(), kept[-1].line)
            continue
        kept.append(block)

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


def keywords_line(markdown: str) -> list[str]:
    """Keywords from a 'Kata Kunci:' or 'Keywords:' line, when the text has one."""
    match = re.search(r"^[*_\s]*(?:kata kunci|keywords)[*_\s]*:[*_\s]*(.+)$", markdown, re.IGNORECASE | re.MULTILINE)
    if not match:
        return []
    words = re.sub(r"[*_]", "", match.group(1))
    return [w.strip(" .") for w in words.split(",") if w.strip(" .")]

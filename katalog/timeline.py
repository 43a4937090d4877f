"""Dated events of a cooperation, from thesis front matter, drawn as an SVG strip in date order.

    events:
      - {date: "2008-09", stage: mou, note: "MoU disusun"}
      - {date: 2015, stage: loi}

A date is a year or a year and month (the precision the text gives); a stage, when given, is a
stage slug; a note is short text. Only what the text states goes in.
"""

from __future__ import annotations

import re
from html import escape
from typing import NamedTuple

DATE_RE = re.compile(r"^(\d{4})(?:-(\d{2}))?$")
EVENT_KEYS = ("date", "stage", "note")
MONTHS = ("Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus", "September", "Oktober",
          "November", "Desember")
MONTHS_EN = ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
             "November", "December")
WIDTH = 800
ROW = 40  # height of a row of labels
CHAR = 15.0  # width of a character of a label at its largest (28 units, on a narrow screen: see style.css)


class Event(NamedTuple):
    date: str  # as written: "2015" or "2008-09"
    year: int
    month: int | None
    stage: str | None
    note: str
    thesis: str = ""  # the thesis it comes from (set where events of several theses are shown)

    @property
    def label(self) -> str:
        """The date in words: 'September 2008', '2015'."""
        return f"{MONTHS[self.month - 1]} {self.year}" if self.month else str(self.year)

    def label_in(self, lang: str) -> str:
        """The date in words in the interface's language ('September 2008')."""
        months = MONTHS_EN if lang == "en" else MONTHS
        return f"{months[self.month - 1]} {self.year}" if self.month else str(self.year)

    @property
    def order(self) -> tuple[int, int]:
        return self.year, self.month or 0


def parse_events(value, stages: dict, lines: dict | None = None, key_line: int = 1) -> tuple[list[Event], list[tuple[int, str]]]:
    """The events of a front matter value, and (line, message) for each problem.

    `stages` maps stage slugs to anything; `key_line` is the line of the `events:` key; the line
    of an item comes from the YAML loader's marks (each mapping knows its own, 1-based in the
    front matter, so the file's line is one more)."""
    if value is None:
        return [], []
    if not isinstance(value, list):
        return [], [(key_line, "'events' must be a list, e.g. events: [{date: \"2015\", stage: loi, note: ...}]")]
    events, problems = [], []
    for item in value:
        line = getattr(item, "line", key_line - 1) + 1
        if not isinstance(item, dict):
            problems.append((line, f"an event must be a mapping with a date, not {item!r}"))
            continue
        found = _event_problems(item, stages, _line_finder(getattr(item, "lines", {}), line))
        problems += found
        if not found:
            date = str(item["date"])
            year, month = DATE_RE.match(date).groups()
            events.append(Event(date, int(year), int(month) if month else None,
                                str(item["stage"]) if item.get("stage") else None, str(item.get("note") or "").strip()))
    return events, problems


def _line_finder(lines: dict, default: int):
    """The file line of a key of an event (the loader's lines are one less: see parse_events)."""
    return lambda key: lines.get(key, default - 1) + 1


def _event_problems(item: dict, stages: dict, at) -> list[tuple[int, str]]:
    from .validate import did_you_mean  # validate imports this module

    problems = []
    for key in item:
        if key not in EVENT_KEYS:
            problems.append((at(key), f"unknown event key '{key}' (one of: {', '.join(EVENT_KEYS)}){did_you_mean(key, EVENT_KEYS)}"))
    date = item.get("date")
    match = DATE_RE.match(str(date)) if isinstance(date, (str, int)) and not isinstance(date, bool) else None
    if date is None:
        problems.append((at("date"), "an event needs a date (YYYY or YYYY-MM)"))
    elif not match or not 1900 <= int(match.group(1)) <= 2100 or (match.group(2) and not 1 <= int(match.group(2)) <= 12):
        problems.append((at("date"), f"bad event date {date!r}: write a year or a year and month, e.g. \"2015\" or \"2008-09\""))
    stage = item.get("stage")
    if stage is not None and str(stage) not in stages:
        problems.append((at("stage"), f"unknown stage '{stage}'{did_you_mean(stage, stages)}"))
    note = item.get("note")
    if note is not None and not isinstance(note, (str, int, float)):
        problems.append((at("note"), "an event's note must be text"))
    return problems


def in_order(events) -> list[Event]:
    """Date order; a year alone comes before the months of that year; ties keep their order."""
    return sorted(events, key=lambda e: e.order)


def _before(a: Event, b: Event) -> bool:
    """a certainly happened before b (a year alone is not before a month of the same year)."""
    return a.year < b.year or (a.year == b.year and a.month is not None and b.month is not None and a.month < b.month)


def order_differs(events, position: dict[str, int]) -> bool:
    """Some stage happened, by the dates given, before a stage that the lifecycle puts earlier."""
    staged = [e for e in events if e.stage in position]
    return any(_before(a, b) and position[a.stage] > position[b.stage] for a in staged for b in staged)


def order_sentence(events, position: dict[str, int], names: dict[str, str], subject: str = "tesis ini",
                   lang: str = "id") -> str:
    """The sentence saying that the dated order differs from the lifecycle, or '' when it does not."""
    if not order_differs(events, position):
        return ""
    steps = [f"{names.get(e.stage, e.stage)} ({e.label_in(lang)})" for e in in_order(events) if e.stage in position]
    usual = sorted({e.stage for e in events if e.stage in position}, key=position.__getitem__)
    if lang == "en":
        return (f"The order in {subject} differs from the usual one: {', then '.join(steps)}; "
                f"in the usual lifecycle the order is {' → '.join(names.get(s, s) for s in usual)}.")
    return (f"Urutan dalam {subject} berbeda dari urutan lazim: {', lalu '.join(steps)}; "
            f"dalam siklus lazim urutannya {' → '.join(names.get(s, s) for s in usual)}.")


# ---------------------------------------------------------------------------- the SVG strip


def _years(events: list[Event]) -> tuple[int, int, int]:
    """First year, year after the last, and the step between labelled years."""
    start, end = min(e.year for e in events), max(e.year for e in events) + 1
    while end - start < 4:
        start, end = start - (end - start < 4), end + (end - start < 3)
    step = next(s for s in (1, 2, 5, 10, 20, 50) if (end - start) / s <= 10)
    return start, end, step


def render_timeline(events, names: dict[str, str], title: str, id_prefix: str = "timeline", lang: str = "id") -> str:
    """An SVG strip: a year axis and one mark per event (a bar over the year for a year alone, a
    dot for a month), labelled, labels stacked in rows so they do not overlap. Text escaped."""
    events = in_order(events)
    if not events:
        return ""
    start, end, step = _years(events)
    left, right, axis_y = 16, WIDTH - 16, 44

    def x_of(year: float) -> float:
        return left + (year - start) / (end - start) * (right - left)

    marks, rows_end = [], []  # rows_end[r]: where the last label of row r ends
    for e in events:
        label = _short_label(e, names, lang)
        x = x_of(e.year + (e.month - 0.5) / 12) if e.month else x_of(e.year + 0.5)
        while len(label) * CHAR > right - left and "…" not in label[-2:]:  # wider than the strip: shortened
            label = label[: int((right - left) / CHAR) - 1].rstrip() + "…"
        width = len(label) * CHAR
        anchor_end = x + width > right
        # right of its mark, else left of it; where neither fits, as far left as the strip lets it start
        x_from = x if not anchor_end else x - width if x - width >= left else max(left, right - width)
        x_to = x_from + width
        row = next((r for r, last in enumerate(rows_end) if x_from > last + 10), len(rows_end))
        rows_end[row:row + 1] = [x_to]
        marks.append((e, label, x, row, anchor_end and x - width >= left, x_from))
    height = axis_y + 20 + len(rows_end) * ROW
    title_id = f"{id_prefix}-title"
    out = [(f'<svg class="timeline-svg" viewBox="0 0 {WIDTH} {height}" role="img" aria-labelledby="{title_id}" '
            f'xmlns="http://www.w3.org/2000/svg"><title id="{title_id}">{escape(title)}</title>'),
           f'<line class="axis" x1="{left}" y1="{axis_y}" x2="{right}" y2="{axis_y}"/>']
    for year in range(start, end + 1):
        x = round(x_of(year))
        out.append(f'<line class="tick" x1="{x}" y1="{axis_y - 5}" x2="{x}" y2="{axis_y + 5}"/>')
        if (year - start) % step == 0 and year < end:
            out.append(f'<text class="year" x="{round(x_of(year + 0.5))}" y="{axis_y - 12}" text-anchor="middle">{year}</text>')
    for e, label, x, row, anchor_end, x_from in marks:
        y = axis_y + 20 + row * ROW
        tip = escape(f"{e.label}: {names.get(e.stage, e.stage) if e.stage else ''}{' — ' if e.stage and e.note else ''}{e.note}")
        shape = (f'<rect class="span" x="{round(x_of(e.year)) + 1}" y="{axis_y - 4}" width="{round(x_of(e.year + 1) - x_of(e.year)) - 2}" height="8"/>'
                 if e.month is None else f'<circle class="dot" cx="{round(x)}" cy="{axis_y}" r="6"/>')
        anchor = ' text-anchor="end"' if anchor_end else ""
        out.append(f'<g class="event"><title>{tip}</title>{shape}'
                   f'<line class="leader" x1="{round(x)}" y1="{axis_y + 6}" x2="{round(x)}" y2="{y - 4}"/>'
                   f'<text x="{round(x) - 4 if anchor_end else round(x_from) + (4 if x_from == x else 0)}" y="{y + 14}"{anchor}>'
                   f'{escape(label)}</text></g>')
    out.append("</svg>")
    return "".join(out)


def _short_label(e: Event, names: dict[str, str], lang: str = "id") -> str:
    short = f"{(MONTHS_EN if lang == 'en' else MONTHS)[e.month - 1][:3]} {e.year}" if e.month else str(e.year)
    what = names.get(e.stage, e.stage) if e.stage else e.note
    if len(what) > 32:
        what = what[:31].rstrip() + "…"
    return f"{short} · {what}" if what else short

"""Dated events: validation with path:line, date order, the SVG strip, the 'order differs' sentence."""

import xml.etree.ElementTree as ET

import pytest

from katalog.errors import BuildFailed
from katalog.pipeline import Builder
from katalog.timeline import Event, in_order, order_sentence, parse_events, render_timeline
from tests.conftest import make_project

SVG = "{http://www.w3.org/2000/svg}"
STAGES = ["inisiasi", "loi", "mou", "pelaksanaan"]
POSITION = {s: i for i, s in enumerate(STAGES)}
NAMES = {"inisiasi": "Inisiasi", "loi": "LoI", "mou": "MoU", "pelaksanaan": "Pelaksanaan"}


def ev(date: str, stage: str | None = None, note: str = "") -> Event:
    events, problems = parse_events([{"date": date, **({"stage": stage} if stage else {}), "note": note}], POSITION)
    assert problems == []
    return events[0]


def thesis(events_yaml: str) -> str:
    return f"---\ntitle: x\npartnership: [padang, hildesheim]\nevents:\n{events_yaml}---\nText.\n"


BAD = [
    # a month that does not exist, on the line of its date
    ("thesis_with_month_13.md", thesis('  - {date: "2015-13", stage: loi}\n'),
     ("seeds/theses/thesis_with_month_13.md:5: bad event date '2015-13': write a year or a year and month, "
     "e.g. \"2015\" or \"2008-09\"")),
    # a full date is more than the precision allowed; block style: the line of the date key
    ("thesis_with_day.md", thesis('  - stage: mou\n    date: "2008-09-10"\n'),
     ("seeds/theses/thesis_with_day.md:6: bad event date '2008-09-10': write a year or a year and month, "
     "e.g. \"2015\" or \"2008-09\"")),
    ("thesis_with_unknown_event_stage.md", thesis('  - {date: "2015"}\n  - {date: "2016", stage: moo}\n'),
     "seeds/theses/thesis_with_unknown_event_stage.md:6: unknown stage 'moo' (did you mean 'mou'?)"),
    ("thesis_with_event_without_date.md", thesis("  - {stage: mou, note: kapan?}\n"),
     "seeds/theses/thesis_with_event_without_date.md:5: an event needs a date (YYYY or YYYY-MM)"),
    ("thesis_with_events_not_a_list.md", "---\ntitle: x\nevents: 2015\n---\nText.\n",
     ("seeds/theses/thesis_with_events_not_a_list.md:3: 'events' must be a list, e.g. events: "
     "[{date: \"2015\", stage: loi, note: ...}]")),
    ("thesis_with_unknown_event_key.md", thesis('  - {date: "2015", stag: loi}\n'),
     ("seeds/theses/thesis_with_unknown_event_key.md:5: unknown event key 'stag' (one of: date, stage, note) "
     "(did you mean 'stage'?)")),
]


@pytest.mark.parametrize("name, content, expected", BAD, ids=[b[0] for b in BAD])
def test_bad_events_are_reported_exactly(tmp_path, name, content, expected):
    config = make_project(tmp_path / "p", theses={name: content})
    with pytest.raises(BuildFailed) as failed:
        Builder(config).gather()
    assert expected in [str(d) for d in failed.value.diagnostics]


def test_events_in_date_order_a_year_before_its_months():
    events = [ev("2015-05", "loi"), ev("2008-09", "mou"), ev("2015"), ev("2008", "inisiasi")]
    assert [e.date for e in in_order(events)] == ["2008", "2008-09", "2015", "2015-05"]
    assert [e.label for e in in_order(events)] == ["2008", "September 2008", "2015", "Mei 2015"]


def test_an_integer_year_is_a_date():
    events, problems = parse_events([{"date": 2016}], POSITION)
    assert problems == [] and events[0].year == 2016 and events[0].month is None


@pytest.mark.parametrize("events, differs", [
    # MoU dated before the LoI that the lifecycle puts first
    ([ev("2015-05", "loi"), ev("2008-09", "mou")], True),
    # the usual order
    ([ev("2014", "loi"), ev("2015", "mou"), ev("2016", "pelaksanaan")], False),
    # the same year without months: which came first is not known
    ([ev("2015", "mou"), ev("2015", "loi")], False),
    # a year alone against a month of that year: not known either
    ([ev("2015", "mou"), ev("2015-03", "loi")], False),
    # months of one year are ordered
    ([ev("2015-02", "mou"), ev("2015-03", "loi")], True),
    # events without a stage do not count
    ([ev("2010", note="awal"), ev("2008", "mou")], False),
])
def test_order_sentence_when_and_only_when_the_order_differs(events, differs):
    sentence = order_sentence(events, POSITION, NAMES)
    assert bool(sentence) is differs
    if differs:
        assert sentence.startswith("Urutan dalam tesis ini berbeda dari urutan lazim: ")
        assert sentence.endswith("dalam siklus lazim urutannya LoI → MoU.")


def test_strip_is_well_formed_ordered_and_escaped():
    events = [ev("2015-05", "loi"), ev("2008-09", "mou"), ev("2016", note="<b>mulai</b> & lanjut")]
    root = ET.fromstring(render_timeline(events, NAMES, "Linimasa <x>"))
    assert root.find(f"{SVG}title").text == "Linimasa <x>"
    marks = root.findall(f"{SVG}g[@class='event']")
    assert [m.find(f"{SVG}title").text for m in marks] == [
        "September 2008: MoU", "Mei 2015: LoI", "2016: <b>mulai</b> & lanjut"]
    xs = [float(m.find(f"{SVG}line").get("x1")) for m in marks]
    assert xs == sorted(xs) and len(set(xs)) == 3
    years = [t.text for t in root.findall(f"{SVG}text[@class='year']")]
    assert years[0] <= "2008" and years[-1] >= "2016"
    # a year alone is a bar over its year, a month a dot
    assert [m.find(f"{SVG}rect") is not None for m in marks] == [False, False, True]


def test_close_labels_go_to_separate_rows():
    events = [ev("2010-01", "loi"), ev("2010-02", "mou")]
    root = ET.fromstring(render_timeline(events, NAMES, "t"))
    ys = [float(m.find(f"{SVG}text").get("y")) for m in root.findall(f"{SVG}g[@class='event']")]
    assert ys[0] != ys[1]


def test_seeds_pages_show_events_and_the_order_note(seeds_site):
    config, _ = seeds_site
    page = (config.out / "theses/kabupaten-bogor-nanning-kebijakan.html").read_text()
    assert '<time datetime="2008-09">September 2008</time>' in page
    assert page.index('datetime="2008-09"') < page.index('datetime="2015-05"')
    assert "Urutan dalam tesis ini berbeda dari urutan lazim: MoU (September 2008), lalu LoI (Mei 2015)" in page
    pair = (config.out / "partnerships/kabupaten-bogor--nanning.html").read_text()
    assert '<time datetime="2015-05">Mei 2015</time>' in pair and "Urutan dalam kemitraan ini berbeda" in pair
    # one event, no stage: a timeline, no order note
    other = (config.out / "theses/padang-ba-ria-vung-tau-perikanan.html").read_text()
    assert '<time datetime="2016">2016</time>' in other and "Urutan dalam" not in other
    # no events: no timeline at all
    assert 'id="h-timeline"' not in (config.out / "theses/padang-vung-tau-hambatan.html").read_text()


@pytest.mark.parametrize("year", [2014, 2016, 2017])
def test_a_long_label_stays_inside_the_strip_wherever_its_event_falls(year):
    """A label too long for either side of its mark (a phone's large type) starts where the strip
    lets it, and one too long for the whole strip is shortened: none is cut off at an edge."""
    from katalog.timeline import CHAR, WIDTH

    note = "Kerja sama sister city Kota Padang dan Provinsi Ba Ria Vung Tau terjalin"
    events = [Event("2014", 2014, None, None, "awal"), Event(str(year), year, None, None, note),
              Event("2017", 2017, None, None, "akhir")]
    svg = ET.fromstring(render_timeline(events, {}, "Linimasa"))
    for text in svg.iter("{http://www.w3.org/2000/svg}text"):
        if "year" in (text.get("class") or ""):
            continue
        width = len(text.text) * CHAR
        start = float(text.get("x")) - (width if text.get("text-anchor") == "end" else 0)
        assert 0 <= start and start + width <= WIDTH, text.text

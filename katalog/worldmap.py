"""An inline SVG world map: Natural Earth outlines, Equal Earth projection, computed at build time.

`render_map(places, links, bbox=None, title=...)` draws every place with coordinates as a dot
linking to its page and every partnership whose two places have coordinates as a curved line
linking to its page; each shape carries a <title>. With `bbox` (lon_min, lat_min, lon_max,
lat_max) the map zooms to that box, padded and widened to a minimum span; without it, it shows
the world. Outlines come from `data/world.json` (see `data/README.md`), clipped to the view and
rounded to whole units of a viewBox 1000 wide, so only what is seen is written.

Equal Earth (Šavrič, Patterson, Jenny 2018) is an equal-area projection with closed formulas;
a zoomed map centres it on the box's middle meridian, so a region far from Greenwich is not
sheared. Longitudes are not wrapped: a box across the antimeridian is not supported.
"""

from __future__ import annotations

import json
import math
from dataclasses import dataclass
from functools import cache, lru_cache
from html import escape
from itertools import pairwise
from pathlib import Path
from typing import NamedTuple

DATA = Path(__file__).resolve().parent / "data" / "world.json"
WIDTH = 1000  # viewBox width; every coordinate written is a whole unit of it
ZOOM_HEIGHT = 600
WORLD_LATS = (84.0, -58.0)  # the world map leaves out Antarctica
MIN_SPAN = (24.0, 14.0)  # a zoomed map shows at least this many degrees of longitude, latitude
PAD = 0.15  # of the box's span, on each side
DETAIL_BELOW = 60.0  # degrees of longitude in view: below, the 1:50m outlines; above, 1:110m
# Views snap to a grid, so that pages whose places lie close share one (the outlines of a view cost
# 18 ms to cut): the middle meridian to whole steps, the scale out to the next of SCALE_STEPS per
# doubling, the centre to a CENTRE_STEPS-th of the width; the padding keeps the box in view.
LON0_STEP = 2.0
SCALE_STEPS = 4
CENTRE_STEPS = 16
LABELS_UP_TO = 12  # places: with more, names are left to the titles and the list
_A1, _A2, _A3, _A4 = 1.340264, -0.081106, 0.000893, 0.003796
_M = math.sqrt(3) / 2


class Place(NamedTuple):
    slug: str
    name: str
    lat: float | None
    lon: float | None
    url: str
    point_of: str = ""  # drawn at a town's point ('Melbourne'), or 'towns': the centre of its towns


class Link(NamedTuple):
    slug_a: str
    slug_b: str
    name: str
    url: str


def _terms(lat: float) -> tuple[float, float]:
    """What Equal Earth computes from the latitude alone: x's factor per radian of longitude, and y."""
    theta = math.asin(_M * math.sin(math.radians(lat)))
    t2 = theta * theta
    t6 = t2 * t2 * t2
    return (math.cos(theta) / (_M * (_A1 + 3 * _A2 * t2 + t6 * (7 * _A3 + 9 * _A4 * t2))),
            theta * (_A1 + _A2 * t2 + t6 * (_A3 + _A4 * t2)))


def equal_earth(lon: float, lat: float, lon0: float = 0.0) -> tuple[float, float]:
    """Equal Earth on the unit sphere: x east, y north; (0, 0) is (lon0, 0)."""
    factor, y = _terms(lat)
    return math.radians(lon - lon0) * factor, y


def _projected_box(box: tuple[float, float, float, float], lon0: float) -> tuple[float, float, float, float]:
    """The projected bounds of a longitude/latitude box: x is widest at the latitude nearest 0."""
    lon_min, lat_min, lon_max, lat_max = box
    lats = [lat_min, lat_max] + ([0.0] if lat_min < 0 < lat_max else [])
    xs = [equal_earth(lon, lat, lon0)[0] for lon in (lon_min, lon_max) for lat in lats]
    return min(xs), equal_earth(0, lat_min)[1], max(xs), equal_earth(0, lat_max)[1]


@dataclass(frozen=True)
class View:
    """Projected window → viewBox: svg = ((x - x0) * scale, (y0 - y) * scale)."""

    lon0: float
    x0: float
    y0: float
    scale: float
    height: int
    level: str

    def point(self, lon: float, lat: float) -> tuple[float, float]:
        x, y = equal_earth(lon, lat, self.lon0)
        return (x - self.x0) * self.scale, (self.y0 - y) * self.scale


def world_view() -> View:
    half = equal_earth(180, 0)[0]
    top, bottom = equal_earth(0, WORLD_LATS[0])[1], equal_earth(0, WORLD_LATS[1])[1]
    scale = WIDTH / (2 * half)
    return View(0.0, -half, top, scale, round((top - bottom) * scale), "world")


def zoom_view(bbox: tuple[float, float, float, float]) -> View:
    """A window on the box, padded, at least MIN_SPAN wide and high, in a WIDTH × ZOOM_HEIGHT frame."""
    lon_min, lat_min, lon_max, lat_max = bbox
    lon_pad = max((MIN_SPAN[0] - (lon_max - lon_min)) / 2, (lon_max - lon_min) * PAD)
    lat_pad = max((MIN_SPAN[1] - (lat_max - lat_min)) / 2, (lat_max - lat_min) * PAD)
    lon0 = round((lon_min + lon_max) / 2 / LON0_STEP) * LON0_STEP
    box = (lon_min - lon_pad, max(lat_min - lat_pad, -85.0), lon_max + lon_pad, min(lat_max + lat_pad, 85.0))
    if box[2] - box[0] >= 150:
        return world_view()
    x_min, y_min, x_max, y_max = _projected_box(box, lon0)
    scale = min(WIDTH / (x_max - x_min), ZOOM_HEIGHT / (y_max - y_min))
    scale = 2 ** (math.floor(math.log2(scale) * SCALE_STEPS) / SCALE_STEPS)  # a step out, never in
    step = WIDTH / scale / CENTRE_STEPS
    cx, cy = round((x_min + x_max) / 2 / step) * step, round((y_min + y_max) / 2 / step) * step
    level = "detail" if box[2] - box[0] < DETAIL_BELOW else "world"
    return View(lon0, cx - WIDTH / 2 / scale, cy + ZOOM_HEIGHT / 2 / scale, scale, ZOOM_HEIGHT, level)


# ---------------------------------------------------------------------------- outlines


@cache
def _data() -> dict:
    return json.loads(DATA.read_text())


def warm() -> None:
    """Decode every level's outlines now: a builder calls this before forking its workers, which then
    share them instead of each decoding its own (0.2 s a process), and `serve`'s first edit is spared it."""
    for level in _data()["levels"]:
        _outlines(level)


@cache
def _outlines(level: str) -> tuple[tuple, tuple]:
    """(land rings, border lines) of a level: each a tuple of (bounds, points), a point being
    (longitude in radians, x factor, y) so that projecting it is one multiply-add, the bounds
    (west, east in radians, smallest and largest x factor, lowest and highest y)."""
    data = _data()
    per_degree = data["units_per_degree"]
    radians_per_unit = math.pi / 180 / per_degree
    terms: dict[int, tuple[float, float]] = {}  # stored latitude (whole units) → its terms, shared by all rings

    def decode(flat: list[int]) -> tuple:
        points, x, y = [], 0, 0
        y_low, y_high = math.inf, -math.inf
        for i in range(0, len(flat), 2):
            x, y = x + flat[i], y + flat[i + 1]
            if y not in terms:
                terms[y] = _terms(y / per_degree)
            y_low, y_high = min(y_low, y), max(y_high, y)
            points.append((x * radians_per_unit, *terms[y]))
        factors = [terms[y_low][0], terms[y_high][0]] + ([_terms(0)[0]] if y_low < 0 < y_high else [])
        west, east = min(p[0] for p in points), max(p[0] for p in points)
        # the projected bounds for any lon0: x = (lon - lon0) × factor, the factor largest nearest the equator
        return (west, east, min(factors), max(factors), terms[y_low][1], terms[y_high][1]), tuple(points)

    chosen = data["levels"][level]
    return tuple(map(decode, chosen["land"])), tuple(map(decode, chosen["borders"]))


def _clip(points: list[tuple[float, float]], lo: float, hi_x: float, hi_y: float) -> list[tuple[float, float]]:
    """Sutherland–Hodgman: a polygon clipped to the rectangle [lo, hi_x] × [lo, hi_y]."""
    edges = ((0, lo, False), (0, hi_x, True), (1, lo, False), (1, hi_y, True))
    for axis, limit, upper in edges:
        if not points:
            break
        out = []
        for i, cur in enumerate(points):
            prev = points[i - 1]
            cur_in = cur[axis] <= limit if upper else cur[axis] >= limit
            prev_in = prev[axis] <= limit if upper else prev[axis] >= limit
            if cur_in != prev_in:
                t = (limit - prev[axis]) / (cur[axis] - prev[axis])
                other = 1 - axis
                crossing = [0.0, 0.0]
                crossing[axis], crossing[other] = limit, prev[other] + t * (cur[other] - prev[other])
                out.append((crossing[0], crossing[1]))
            if cur_in:
                out.append(cur)
        points = out
    return points


def _path(points: list[tuple[float, float]], closed: bool) -> str:
    """'M x y l dx dy …' in whole units; repeated points dropped; '' when nothing is left."""
    ints = []
    for x, y in points:
        p = (round(x), round(y))
        if not ints or p != ints[-1]:
            ints.append(p)
    if closed and len(ints) > 1 and ints[0] == ints[-1]:
        ints.pop()
    if len(ints) < (3 if closed else 2):
        return ""
    parts = [f"M{ints[0][0]} {ints[0][1]}l"]
    for (x1, y1), (x2, y2) in pairwise(ints):
        parts.append(_pair(x2 - x1, y2 - y1))
    return "".join(parts).replace("l ", "l") + ("z" if closed else "")


def _pair(dx: int, dy: int) -> str:
    """Two numbers; a minus sign separates them as well as a space does."""
    return f"{'' if dx < 0 else ' '}{dx}{'' if dy < 0 else ' '}{dy}"


@lru_cache(maxsize=1024)  # pages share views (313 maps, 70 views at 1,000 realistic theses): 4.5× fewer outlines
def _outline_paths(view: View) -> tuple[str, str]:
    """The land and the borders in view, each as one path's data."""
    margin = 20
    land, borders = _outlines(view.level)
    window = (-margin, -margin, WIDTH + margin, view.height + margin)
    land_parts, border_parts = [], []
    lon0, x0, y0, scale = math.radians(view.lon0), view.x0, view.y0, view.scale
    for rings, out, closed in ((land, land_parts, True), (borders, border_parts, False)):
        for (west, east, f_low, f_high, y_min, y_max), points in rings:
            x_min = min((west - lon0) * f_low, (west - lon0) * f_high)
            x_max = max((east - lon0) * f_low, (east - lon0) * f_high)
            left, right = (x_min - x0) * scale, (x_max - x0) * scale
            top, bottom = (y0 - y_max) * scale, (y0 - y_min) * scale
            if right < window[0] or left > window[2] or bottom < window[1] or top > window[3]:
                continue
            projected = [(((lon - lon0) * factor - x0) * scale, (y0 - y) * scale) for lon, factor, y in points]
            if closed:
                out.append(_path(_clip(projected, window[0], window[2], window[3]), True))
            else:
                out.extend(_path(run, False) for run in _runs_inside(projected, window))
    return "".join(land_parts), "".join(border_parts)


def _runs_inside(points: list[tuple[float, float]], window: tuple) -> list[list[tuple[float, float]]]:
    """A line cut into the runs of points inside the window (with one point beyond each end)."""
    inside = [window[0] <= x <= window[2] and window[1] <= y <= window[3] for x, y in points]
    runs, current = [], []
    for i, point in enumerate(points):
        near = inside[i] or (i > 0 and inside[i - 1]) or (i + 1 < len(points) and inside[i + 1])
        if near:
            current.append(point)
        elif current:
            runs.append(current)
            current = []
    return runs + ([current] if current else [])


# ---------------------------------------------------------------------------- the SVG


def bbox_of(places: list[Place] | tuple[Place, ...]) -> tuple[float, float, float, float] | None:
    """The longitude/latitude box of the places that have coordinates, or None."""
    located = [p for p in places if p.lat is not None and p.lon is not None]
    if not located:
        return None
    lons, lats = [p.lon for p in located], [p.lat for p in located]
    return min(lons), min(lats), max(lons), max(lats)


def render_map(places, links, bbox=None, title: str = "Peta", id_prefix: str = "map", current: str = "") -> str:
    """The map as SVG markup; every text escaped. Places without coordinates are not drawn. The
    place or partnership whose url is `current` (the page the map is on) is marked as such."""
    places = [Place(*p) for p in places]
    view = zoom_view(tuple(bbox)) if bbox else world_view()
    land, borders = _outline_paths(view)
    where = {p.slug: view.point(p.lon, p.lat) for p in places if p.lat is not None and p.lon is not None}
    title_id = f"{id_prefix}-title"
    out = [(f'<svg class="map-svg" viewBox="0 0 {WIDTH} {view.height}" role="group" aria-labelledby="{title_id}" '
            f'xmlns="http://www.w3.org/2000/svg">'),
           f'<title id="{title_id}">{escape(title)}</title>',
           f'<rect class="sea" width="{WIDTH}" height="{view.height}"/>',
           f'<path class="land" d="{land}"/>' if land else "",
           f'<path class="border" d="{borders}"/>' if borders else ""]
    for link in (Link(*k) for k in links):
        if link.slug_a in where and link.slug_b in where:
            out.append(f'<a href="{escape(link.url)}" class="link"{_current(link.url, current)}><title>{escape(link.name)}</title>'
                       f'<path d="{_curve(where[link.slug_a], where[link.slug_b])}"/></a>')
    drawn = [p for p in places if p.slug in where]
    labels = _labels(drawn, where, view.height) if len(drawn) <= LABELS_UP_TO and bbox is not None else {}
    out += [_dot(p, where[p.slug], labels.get(p.slug), _current(p.url, current)) for p in drawn]
    out.append("</svg>")
    return "".join(out)


def _curve(a: tuple[float, float], b: tuple[float, float]) -> str:
    """A gentle arc from a to b, bowed to the same side whichever way it is drawn."""
    (x1, y1), (x2, y2) = sorted([a, b])
    dx, dy = x2 - x1, y2 - y1
    cx, cy = (x1 + x2) / 2 + dy * 0.2, (y1 + y2) / 2 - dx * 0.2
    return f"M{x1:.0f} {y1:.0f}Q{cx:.0f} {cy:.0f} {x2:.0f} {y2:.0f}"


# A label's size at its largest (34 units on a narrow screen, see style.css), for placing labels apart.
LABEL_CHAR, LABEL_HEIGHT = 19.0, 34.0


def _labels(places: list[Place], where: dict, height: int) -> dict[str, tuple[int, int, str]]:
    """Where each name goes (x, y, text-anchor): right of its dot, else left, above or below,
    the first spot that overlaps no label placed before and stays in the frame; else none (the
    dot's title and the list beside the map still name it)."""
    taken: list[tuple[float, float, float, float]] = []
    out = {}
    for place in sorted(places, key=lambda p: (where[p.slug][1], p.slug)):
        x, y = (round(v) for v in where[place.slug])
        w = len(place.name) * LABEL_CHAR
        spots = [(x + 12, y + 6, "start", x + 12, x + 12 + w), (x - 12, y + 6, "end", x - 12 - w, x - 12),
                 (x, y - 16, "middle", x - w / 2, x + w / 2), (x, y + 16 + LABEL_HEIGHT * 0.7, "middle", x - w / 2, x + w / 2)]
        for lx, ly, anchor, left, right in spots:
            box = (left, ly - LABEL_HEIGHT * 0.75, right, ly + LABEL_HEIGHT * 0.25)
            inside = box[0] >= 0 and box[2] <= WIDTH and box[1] >= 0 and box[3] <= height
            if inside and not any(_overlap(box, other) for other in taken):
                taken.append(box)
                out[place.slug] = (lx, ly, anchor)
                break
    return out


def _overlap(a: tuple, b: tuple) -> bool:
    return a[0] < b[2] and b[0] < a[2] and a[1] < b[3] and b[1] < a[3]


def _current(url: str, current: str) -> str:
    return ' aria-current="page"' if current and url == current else ""


def _dot(place: Place, at: tuple[float, float], label: tuple[int, int, str] | None, mark: str = "") -> str:
    x, y = round(at[0]), round(at[1])
    text = ""
    if label:
        lx, ly, anchor = label
        text = f'<text x="{lx}" y="{ly}" text-anchor="{anchor}">{escape(place.name)}</text>'
    return (f'<a href="{escape(place.url)}" class="place"{mark}><title>{escape(place.name)}</title>'
            f'<circle class="hit" cx="{x}" cy="{y}" r="14"/><circle class="dot" cx="{x}" cy="{y}" r="6"/>'
            f'{text}</a>')

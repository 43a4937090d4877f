"""Regenerate katalog/data/world.json from the npm package `world-atlas` (Natural Earth as TopoJSON).

    npm pack world-atlas@2.0.2            # → world-atlas-2.0.2.tgz (no install needed)
    tar xzf world-atlas-2.0.2.tgz         # → package/countries-110m.json, package/countries-50m.json
    python tools/make_world_data.py package/

The output holds two levels of detail, each with land polygons (the package's merged `land`
object) and the borders between countries (arcs shared by two countries), as rings of
longitude/latitude in hundredths of a degree, delta-encoded: [x0, y0, dx1, dy1, …]. Each arc is
simplified once (Douglas–Peucker, endpoints kept), so land and borders still meet exactly.
"""

from __future__ import annotations

import json
import sys
from itertools import pairwise
from pathlib import Path

LEVELS = {  # name → (source file, tolerance in degrees, smallest ring kept in square degrees)
    "world": ("countries-110m.json", 0.08, 0.5),
    "detail": ("countries-50m.json", 0.02, 0.01),
}
SOUTH = -60.0  # rings wholly south of this (Antarctica) are left out: no map shows them
QUANT = 100  # stored units per degree
OUT = Path(__file__).resolve().parent.parent / "katalog" / "data" / "world.json"


def decode_arcs(topology: dict) -> list[list[tuple[float, float]]]:
    """The topology's arcs as absolute longitude/latitude points."""
    (sx, sy), (tx, ty) = topology["transform"]["scale"], topology["transform"]["translate"]
    arcs = []
    for arc in topology["arcs"]:
        x = y = 0
        points = []
        for dx, dy in arc:
            x, y = x + dx, y + dy
            points.append((x * sx + tx, y * sy + ty))
        arcs.append(points)
    return arcs


def simplify(points: list[tuple[float, float]], tolerance: float) -> list[tuple[float, float]]:
    """Douglas–Peucker, iterative; the first and last points always stay."""
    if len(points) < 3:
        return points
    keep = {0, len(points) - 1}
    stack = [(0, len(points) - 1)]
    while stack:
        first, last = stack.pop()
        (x1, y1), (x2, y2) = points[first], points[last]
        dx, dy = x2 - x1, y2 - y1
        norm = (dx * dx + dy * dy) ** 0.5
        best, where = 0.0, -1
        for i in range(first + 1, last):
            px, py = points[i]
            d = abs(dy * (px - x1) - dx * (py - y1)) / norm if norm else ((px - x1) ** 2 + (py - y1) ** 2) ** 0.5
            if d > best:
                best, where = d, i
        if best > tolerance:
            keep.add(where)
            stack += [(first, where), (where, last)]
    return [points[i] for i in sorted(keep)]


def ring_points(indices: list[int], arcs: list[list[tuple[float, float]]]) -> list[tuple[float, float]]:
    """A ring from arc indices (a negative index ~i is arc i reversed)."""
    points: list[tuple[float, float]] = []
    for index in indices:
        arc = arcs[index] if index >= 0 else arcs[~index][::-1]
        points.extend(arc if not points else arc[1:])
    return points


def unwrap(points: list[tuple[float, float]]) -> list[list[tuple[float, float]]]:
    """A ring that crosses the antimeridian (a jump of over 180° between neighbours) made
    continuous, plus a copy shifted by 360° so that both sides of the world map show it."""
    out, shift = [points[0]], 0.0
    for (x0, _), (x, y) in pairwise(points):
        if x - x0 > 180:
            shift -= 360
        elif x0 - x > 180:
            shift += 360
        out.append((x + shift, y))
    lons = [x for x, _ in out]
    if max(lons) > 180:
        return [out, [(x - 360, y) for x, y in out]]
    if min(lons) < -180:
        return [out, [(x + 360, y) for x, y in out]]
    return [out]


def area(points: list[tuple[float, float]]) -> float:
    return abs(sum(x1 * y2 - x2 * y1 for (x1, y1), (x2, y2) in zip(points, points[1:] + points[:1]))) / 2


def encode(points: list[tuple[float, float]]) -> list[int]:
    """Delta-encoded integers; repeated points (after rounding) dropped."""
    out, last = [], (0, 0)
    for x, y in points:
        q = (round(x * QUANT), round(y * QUANT))
        if out and q == last:
            continue
        out += [q[0] - last[0], q[1] - last[1]]
        last = q
    return out


def polygons(geometry: dict) -> list[list[list[int]]]:
    if geometry["type"] == "Polygon":
        return [geometry["arcs"]]
    if geometry["type"] == "MultiPolygon":
        return geometry["arcs"]
    return []


def level(topology: dict, tolerance: float, min_area: float) -> dict:
    arcs = [simplify(a, tolerance) for a in decode_arcs(topology)]
    land = []
    for geometry in topology["objects"]["land"]["geometries"]:
        for polygon in polygons(geometry):
            for ring in polygon:
                points = ring_points(ring, arcs)
                if area(points) >= min_area and max(y for _, y in points) > SOUTH:
                    land += [encode(part) for part in unwrap(points)]
    owners: dict[int, set[str]] = {}
    for geometry in topology["objects"]["countries"]["geometries"]:
        for polygon in polygons(geometry):
            for ring in polygon:
                for index in ring:
                    owners.setdefault(index if index >= 0 else ~index, set()).add(geometry.get("id", ""))
    borders = [encode(part) for i, who in sorted(owners.items())
               if len(who) > 1 and max(y for _, y in arcs[i]) > SOUTH for part in unwrap(arcs[i])]
    return {"land": land, "borders": borders}


def main(folder: str) -> int:
    source = Path(folder)
    package = json.loads((source / "package.json").read_text()) if (source / "package.json").exists() else {}
    data = {
        "source": f"npm world-atlas {package.get('version', '?')} (Natural Earth 4.1.0 admin-0 countries, "
                  "1:110m for 'world', 1:50m for 'detail'); public domain data, package ISC",
        "units_per_degree": QUANT,
        "levels": {},
    }
    for name, (filename, tolerance, min_area) in LEVELS.items():
        topology = json.loads((source / filename).read_text())
        data["levels"][name] = {"tolerance": tolerance, **level(topology, tolerance, min_area)}
    OUT.parent.mkdir(parents=True, exist_ok=True)
    OUT.write_text(json.dumps(data, separators=(",", ":")) + "\n")
    print(f"{OUT}: {OUT.stat().st_size} bytes")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1] if len(sys.argv) > 1 else "package"))

"""The SVG map: well-formed, one link per place and partnership, text escaped, zoom, projection."""

import random
import re
import xml.etree.ElementTree as ET

import pytest

from katalog.pipeline import Builder
from katalog.worldmap import WIDTH, ZOOM_HEIGHT, Place, bbox_of, equal_earth, render_map, world_view, zoom_view
from tests.conftest import make_project

SVG = "{http://www.w3.org/2000/svg}"
PLACES = [
    Place("padang", "Padang", -0.9471, 100.4172, "cities/padang.html"),
    Place("hildesheim", "Hildesheim", 52.1508, 9.9511, "cities/hildesheim.html"),
    Place("vung-tau", "Vung Tau", 10.3460, 107.0843, "cities/vung-tau.html"),
    Place("nowhere", "Kota Tanpa Koordinat", None, None, "cities/nowhere.html"),
]
LINKS = [
    ("padang", "hildesheim", "Padang – Hildesheim", "partnerships/hildesheim--padang.html"),
    ("padang", "vung-tau", "Padang – Vung Tau", "partnerships/padang--vung-tau.html"),
    ("padang", "nowhere", "Padang – Kota Tanpa Koordinat", "partnerships/nowhere--padang.html"),
]


def parse(svg: str) -> ET.Element:
    return ET.fromstring(svg)  # raises on markup that is not well-formed XML


def links_of(root: ET.Element) -> dict[str, ET.Element]:
    return {a.get("href"): a for a in root.iter(f"{SVG}a")}


def dot_at(root: ET.Element, href: str) -> tuple[float, float]:
    circle = links_of(root)[href].find(f"{SVG}circle[@class='dot']")
    return float(circle.get("cx")), float(circle.get("cy"))


def view_box(root: ET.Element) -> list[float]:
    return [float(v) for v in root.get("viewBox").split()]


def test_one_link_per_drawn_place_and_partnership():
    root = parse(render_map(PLACES, LINKS, title="Peta"))
    hrefs = [a.get("href") for a in root.iter(f"{SVG}a")]
    # places without coordinates, and partnerships with such a place, are not drawn
    assert sorted(hrefs) == sorted(["cities/padang.html", "cities/hildesheim.html", "cities/vung-tau.html",
                                    "partnerships/hildesheim--padang.html", "partnerships/padang--vung-tau.html"])
    for a in root.iter(f"{SVG}a"):
        assert a.find(f"{SVG}title").text  # every shape is named
    assert root.find(f"{SVG}title").text == "Peta"
    assert root.get("aria-labelledby") == root.find(f"{SVG}title").get("id")


def test_names_are_escaped_and_stay_text():
    evil = "<script>alert(1)</script> & \"x\""
    places = [Place("a", evil, 1.0, 100.0, "cities/a.html?x=1&y=<2>"), Place("b", "B", 10.0, 107.0, "cities/b.html")]
    svg = render_map(places, [("a", "b", evil, "partnerships/a--b.html")], bbox=bbox_of(places), title=evil)
    assert "<script" not in svg
    root = parse(svg)
    assert not list(root.iter(f"{SVG}script")) and not list(root.iter("script"))
    assert root.find(f"{SVG}title").text == evil
    assert [t.text for t in root.iter(f"{SVG}title")].count(evil) == 3  # the map, the dot, the line
    assert [t.text for t in root.iter(f"{SVG}text")] == [evil, "B"]  # labels on a zoomed map
    assert "cities/a.html?x=1&y=<2>" in links_of(root)


def test_projection_of_known_points():
    # Equal Earth's published extent on the unit sphere
    assert equal_earth(0, 0) == (0.0, 0.0)
    assert equal_earth(180, 0)[0] == pytest.approx(2.7066, abs=1e-4)
    assert equal_earth(0, 90)[1] == pytest.approx(1.3174, abs=1e-4)
    view = world_view()
    x0, y0 = view.point(0, 0)
    assert x0 == pytest.approx(WIDTH / 2)  # Greenwich at the equator: the middle of the world map
    # Padang, just south of the equator at 100.42° E: at the equator x grows with longitude alone
    x, y = view.point(100.4172, -0.9471)
    assert x == pytest.approx(WIDTH / 2 * (1 + 100.4172 / 180), abs=0.5)
    assert 0 < y - y0 < 5
    # … and that is where its dot is drawn
    root = parse(render_map(PLACES, LINKS))
    assert dot_at(root, "cities/padang.html") == (round(x), round(y))
    # Hildesheim lies north-west of Padang and east of Greenwich
    hx, hy = dot_at(root, "cities/hildesheim.html")
    assert x0 < hx < x and hy < y0


def test_bbox_zooms_on_the_places():
    world = parse(render_map(PLACES, LINKS))
    pair = [PLACES[0], PLACES[2]]
    zoomed = parse(render_map(pair, LINKS[1:2], bbox=bbox_of(pair)))
    assert view_box(world)[2] == view_box(zoomed)[2] == WIDTH
    assert view_box(zoomed)[3] == ZOOM_HEIGHT
    # both places inside the view, not at its edge, and much farther apart than on the world map
    for href in ("cities/padang.html", "cities/vung-tau.html"):
        zx, zy = dot_at(zoomed, href)
        assert 0.1 * WIDTH < zx < 0.9 * WIDTH and 0.1 * ZOOM_HEIGHT < zy < 0.9 * ZOOM_HEIGHT
    apart = [abs(a - b) for a, b in zip(dot_at(zoomed, "cities/padang.html"), dot_at(zoomed, "cities/vung-tau.html"))]
    world_apart = [abs(a - b) for a, b in zip(dot_at(world, "cities/padang.html"), dot_at(world, "cities/vung-tau.html"))]
    assert max(apart) > 5 * max(world_apart)


def test_one_place_zooms_to_a_minimum_span_centred_on_it():
    padang = [PLACES[0]]
    root = parse(render_map(padang, [], bbox=bbox_of(padang)))
    x, y = dot_at(root, "cities/padang.html")
    # near the middle: the view snaps to a grid a sixteenth of the width apart (pages then share views)
    assert x == pytest.approx(WIDTH / 2, abs=WIDTH / 32) and y == pytest.approx(ZOOM_HEIGHT / 2, abs=WIDTH / 32)
    view = zoom_view(bbox_of(padang))
    # at least 24 degrees of longitude across: 12 either side of Padang still inside the frame
    assert 0 <= view.point(100.4172 - 12, -0.9471)[0] and view.point(100.4172 + 12, -0.9471)[0] <= WIDTH
    assert root.find(f"{SVG}path[@class='land']") is not None  # Sumatra is there


def test_every_box_stays_well_inside_its_snapped_view_and_close_boxes_share_one():
    rng = random.Random(7)
    for _ in range(500):
        lon, lat = rng.uniform(-170, 100), rng.uniform(-50, 60)
        box = (lon, lat, lon + rng.uniform(0, 60), lat + rng.uniform(0, 25))
        view = zoom_view(box)
        if view == world_view():
            continue
        for corner in ((box[0], box[1]), (box[2], box[3]), (box[0], box[3]), (box[2], box[1])):
            x, y = view.point(*corner)
            assert 0.03 * WIDTH < x < 0.97 * WIDTH and 0.03 * ZOOM_HEIGHT < y < 0.97 * ZOOM_HEIGHT, (box, corner)
    # two pairs of towns a few kilometres apart are drawn in one view, so its outlines are cut once
    assert zoom_view((106.80, -6.60, 110.36, -6.60)) == zoom_view((106.82, -6.61, 110.37, -6.60))


def test_a_box_across_half_the_world_falls_back_to_the_world_map():
    assert zoom_view((-75.0, -20.0, 140.0, 50.0)) == world_view()


def test_world_map_is_small():
    svg = render_map(PLACES, LINKS)
    assert len(svg.encode()) < 150_000
    # whole units only: no coordinate carries decimals
    assert not re.search(r"\d\.\d", parse(svg).find(f"{SVG}path[@class='land']").get("d"))


def svg_of(html: str) -> ET.Element:
    start = html.index("<svg class=\"map-svg\"")
    return parse(html[start:html.index("</svg>", start) + len("</svg>")])


def test_home_map_draws_every_partnership_and_links_relative(seeds_site):
    config, _ = seeds_site
    html = (config.out / "index.html").read_text()
    root = svg_of(html)
    hrefs = list(links_of(root))
    pairs = sorted(p.name for p in (config.out / "partnerships").glob("*--*.html"))
    assert sorted(h.removeprefix("partnerships/") for h in hrefs if h.startswith("partnerships/")) == pairs
    assert "cities/kisarazu.html" in hrefs and "cities/hildesheim.html" in hrefs
    assert all((config.out / h).is_file() for h in hrefs)
    assert view_box(root)[3] < ZOOM_HEIGHT  # the world, not a zoom
    assert len(html.encode()) < 150_000


def test_city_country_and_partnership_pages_are_zoomed(seeds_site):
    config, _ = seeds_site
    for page, own in [("cities/kisarazu.html", "../cities/kisarazu.html"), ("countries/jepang.html", "../cities/kisarazu.html"),
                      ("partnerships/kabupaten-bogor--nanning.html", "../cities/nanning.html")]:
        root = svg_of((config.out / page).read_text())
        assert view_box(root)[3] == ZOOM_HEIGHT, page
        x, y = dot_at(root, own)
        assert 0 <= x <= WIDTH and 0 <= y <= ZOOM_HEIGHT, page


def test_a_place_without_coordinates_is_listed_not_drawn(tmp_path):
    config = make_project(tmp_path / "p")
    cities = config.seeds / "cities.yml"
    # a type the gazetteer's Hildesheim is not: no point to borrow from it
    cities.write_text(cities.read_text().replace("  lat: 52.1508\n  lon: 9.9511\n", "", 1)
                      .replace("  official: Stadt Hildesheim\n  type: city\n", "  official: Stadt Hildesheim\n  type: district\n", 1))
    Builder(config).build()
    html = (config.out / "partnerships/hildesheim--padang.html").read_text()
    root = svg_of(html)
    assert "../cities/hildesheim.html" not in links_of(root) and "../cities/padang.html" in links_of(root)
    assert not any(h.startswith("../partnerships/") for h in links_of(root))
    assert re.search(r'<a href="../cities/hildesheim.html">Hildesheim</a> <span class="note">\(koordinat belum '
                     r'tercatat, tidak digambar\)</span>', html)


def test_the_page_own_place_is_marked_current(seeds_site):
    config, _ = seeds_site
    root = svg_of((config.out / "cities/padang.html").read_text())
    assert [a.get("href") for a in root.iter(f"{SVG}a") if a.get("aria-current") == "page"] == ["../cities/padang.html"]


def test_coordinates_from_the_gazetteer_are_credited(tmp_path):
    config = make_project(tmp_path / "p")
    cities = config.seeds / "cities.yml"
    text = cities.read_text()
    cities.write_text(text.replace("  lat: 52.1508\n", "  from_gazetteer: true\n  lat: 52.1508\n", 1))
    Builder(config).build()
    assert "GeoNames (CC BY 4.0)" in (config.out / "partnerships/hildesheim--padang.html").read_text()
    assert "Natural Earth" in (config.out / "cities/kota-bogor.html").read_text()
    assert "GeoNames" not in (config.out / "cities/kota-bogor.html").read_text()


def test_the_maps_kept_between_builds_stay_within_their_budget(monkeypatch):
    """A long-lived builder keeps pages' maps for its next build, but never more than a budget of them."""
    from katalog import render

    monkeypatch.setattr(render, "_MAPS", {})
    monkeypatch.setattr(render, "_MAPS_SIZE", [0])
    monkeypatch.setattr(render, "_MAPS_BUDGET", 100_000)
    world_map = render._world_maps()
    m = {"places": PLACES[:2], "links": [], "bbox": bbox_of(PLACES[:2]), "title": "Peta"}
    drawn = [world_map(m, {"dest_path": f"theses/t{i}.html"}) for i in range(60)]
    assert all(svg == drawn[0] for svg in drawn)  # the same map on pages of one folder
    assert 0 < sum(map(len, render._MAPS.values())) <= 100_000 < sum(map(len, drawn))
    assert world_map(m, {"dest_path": "theses/t59.html"}) is drawn[-1]  # the latest are kept


def test_a_hand_kept_place_without_coordinates_is_drawn_where_the_gazetteer_puts_it(tmp_path):
    config = make_project(tmp_path / "p")
    cities = config.seeds / "cities.yml"
    cities.write_text(cities.read_text().replace("  lat: 52.1508\n  lon: 9.9511\n", "", 1))
    Builder(config).build()
    html = (config.out / "partnerships/hildesheim--padang.html").read_text()
    assert "../cities/hildesheim.html" in links_of(svg_of(html))
    assert "GeoNames (CC BY 4.0)" in html  # the point is the gazetteer's: credited


def test_a_region_is_drawn_at_the_centre_of_its_towns_and_the_list_says_the_point_is_approximate(tmp_path):
    from tests.test_places_near import gather
    text = ("Kerja Sama Sister Province Jawa Tengah dan Queensland\n\nPenelitian ini membahas kerja sama sister province "
            "antara Provinsi Jawa Tengah dan negara bagian Queensland, Australia.\n")
    result, _, _ = gather(tmp_path, text)
    page = next(body.decode() for path, body in result.files.items()
                if path.startswith("partnerships/") and path.endswith(".html") and "queensland" in path)
    drawn = links_of(svg_of(page))
    assert any("jawa-tengah" in h for h in drawn) and any("queensland" in h for h in drawn)
    assert page.count("(titik perkiraan: pusat kota-kota di dalamnya)") == 2

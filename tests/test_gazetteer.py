"""The gazetteer: places a thesis names that seeds/cities.yml may not know."""

import pytest
import yaml

from katalog.gazetteer import SLUG_RE, Alias, fold_key, load_gazetteer, slugify, to_city_entry
from tests.conftest import REPO


@pytest.fixture(scope="module")
def gaz():
    return load_gazetteer()


def slugs(places):
    return [p.slug for p in places]


# --- Indonesia: Kemendagri provinces, kabupaten and kota ---

def test_kota_and_kabupaten_sharing_a_name_are_two_places_in_one_province(gaz):
    kota, kabupaten = gaz.get("kota-bogor"), gaz.get("kabupaten-bogor")
    assert (kota.name, kota.type, kota.code) == ("Kota Bogor", "kota", "32.71")
    assert (kabupaten.name, kabupaten.type, kabupaten.code) == ("Kabupaten Bogor", "kabupaten", "32.01")
    assert slugs(gaz.ancestors("kota-bogor")) == slugs(gaz.ancestors("kabupaten-bogor")) == ["jawa-barat", "indonesia"]
    assert (gaz.get("jawa-barat").type, gaz.get("jawa-barat").code) == ("provinsi", "32")


def test_a_province_contains_its_kota(gaz):
    inside = gaz.children("sumatera-barat")
    assert "kota-padang" in slugs(inside)
    assert all(p.code.startswith("13.") for p in inside)


def test_every_province_kabupaten_and_kota_is_there(gaz):
    provinces = [p for p in gaz.places("provinsi") if p.code]  # Kemendagri's; Ibu Kota Nusantara is added by hand
    assert len(provinces) == 38
    regencies = gaz.places("kabupaten", "kota")
    assert len(regencies) == 514
    codes = {p.slug: p.code for p in provinces}
    assert all(p.code.startswith(codes[p.parent] + ".") for p in regencies)


@pytest.mark.parametrize("name, regency", [
    ("Larantuka", "kabupaten-flores-timur"),  # a kelurahan and the kecamatan of the kabupaten's seat
    ("Saumlaki", "kabupaten-kepulauan-tanimbar"),  # a kelurahan only
    ("Cibinong", "kabupaten-bogor"),
])
def test_a_kabupatens_seat_is_a_town_inside_it(gaz, name, regency):
    town = next(p for p in gaz.lookup(name) if p.is_indonesian)
    assert town.type == "city" and town.parent == regency and town.lat is not None
    assert slugs(gaz.ancestors(town.slug))[0] == regency


@pytest.mark.parametrize("name", ["Negara", "Sumber", "Labuan", "Pamulang"])
def test_no_town_for_a_common_word_another_places_name_or_a_quarter_of_a_kota(gaz, name):
    # 'Negara' (Jembrana's seat) is a word; Labuan (Pandeglang) would make Malaysia's Labuan ambiguous; Pamulang is a quarter of Kota Tangerang Selatan
    assert not [p for p in gaz.lookup(name) if p.is_indonesian and p.type == "city"]


def test_a_kota_has_coordinates(gaz):
    bogor = gaz.get("kota-bogor")
    assert bogor.lat == pytest.approx(-6.59, abs=0.05) and bogor.lon == pytest.approx(106.80, abs=0.05)


@pytest.mark.parametrize(("slug", "lat", "lon", "point_of"), [
    # a kabupaten whose seat has another name: the centre of the towns named as its kecamatan (Benteng, Bontoharu …)
    ("kabupaten-kepulauan-selayar", -6.1, 120.46, "towns"),
    ("kabupaten-asmat", -5.5, 138.1, "towns"),  # the towns of Asmat, not Papua Selatan's centre
    # a Korean county at the one town of Korea that bears its name without '-gun'
    ("yeongdeok-gun", 36.41, 129.37, "Yeongdeok"),
])
def test_a_kabupaten_or_a_district_abroad_has_an_approximate_point(gaz, slug, lat, lon, point_of):
    place = gaz.get(slug)
    assert place.lat == pytest.approx(lat, abs=0.3) and place.lon == pytest.approx(lon, abs=0.3)
    assert place.point_of == point_of


# --- Lookup by name keeps every candidate ---

@pytest.mark.parametrize(("name", "expected"), [
    # kabupaten and kota of one name
    ("Bogor", ["kabupaten-bogor", "kota-bogor"]),
    ("malang", ["kabupaten-malang", "kota-malang"]),
    # a province, its kabupaten and its kota
    ("Gorontalo", ["gorontalo", "kabupaten-gorontalo", "kota-gorontalo"]),
    # one place only
    ("Padang", ["kota-padang"]),
    ("Kota Bogor", ["kota-bogor"]),
    ("Bogor Regency", ["kabupaten-bogor"]),
    ("West Java", ["jawa-barat"]),
    ("DIY", ["daerah-istimewa-yogyakarta"]),
])
def test_lookup_returns_all_candidates(gaz, name, expected):
    assert slugs(gaz.lookup(name)) == expected


def test_lookup_folds_case_diacritics_and_dashes(gaz):
    assert slugs(gaz.lookup("VŨNG TÀU")) == slugs(gaz.lookup("vung tau")) == ["vung-tau"]
    assert slugs(gaz.lookup("Ba Ria–Vung Tau")) == slugs(gaz.lookup("Bà Rịa - Vũng Tàu")) == ["ba-ria-vung-tau"]


# --- Abroad: cities, first-level regions, countries ---

def test_vung_tau_is_in_its_pre_2025_province_in_vietnam(gaz):
    assert slugs(gaz.ancestors("vung-tau")) == ["ba-ria-vung-tau", "vietnam"]
    assert gaz.get("ba-ria-vung-tau").type == "province"


@pytest.mark.parametrize("name", ["Tiongkok", "China", "RRT", "RRC", "Cina", "People's Republic of China"])
def test_names_of_china_resolve_to_one_country(gaz, name):
    countries = [p for p in gaz.lookup(name) if p.type == "country"]
    assert slugs(countries) == ["tiongkok"]
    assert countries[0].country_code == "CN"


def test_first_level_regions_abroad(gaz):
    assert [(p.slug, p.type, p.parent) for p in gaz.lookup("Kyoto Prefecture")] == [
        ("kyoto-prefecture", "prefecture", "jepang")]
    assert slugs(gaz.lookup("Gyeongsangbuk-do")) == slugs(gaz.lookup("North Gyeongsang")) == ["gyeongsangbuk-do"]
    assert gaz.get("queensland").parent == "australia"


@pytest.mark.parametrize("name, expected", [
    # Indonesian puts the compass word after a region's name abroad, as in its own provinces
    ("Australia Barat", ["western-australia"]), ("Australia Selatan", ["south-australia"]),
    ("Virginia Barat", ["west-virginia"]), ("Holland Utara", ["noord-holland"]),
    ("Irlandia Utara", ["northern-ireland"]),  # the country in it in Indonesian (CLDR)
    # never over a country or an Indonesian province of that name
    ("Korea Selatan", ["korea-selatan"]), ("Kalimantan Barat", ["kalimantan-barat"]), ("Timor Timur", ["timor-leste"]),
])
def test_regions_abroad_in_indonesian_compass_order(gaz, name, expected):
    assert slugs(gaz.lookup(name)) == expected


def test_penang_is_a_state_and_the_name_of_george_town(gaz):
    assert slugs(gaz.lookup("Penang")) == ["george-town", "pulau-pinang"]
    assert gaz.get("pulau-pinang").type == "state"
    assert slugs(gaz.ancestors("george-town")) == ["pulau-pinang", "malaysia"]


@pytest.mark.parametrize(("name", "slug", "country"), [
    ("Kitakyushu", "kitakyushu", "jepang"),
    ("Hildesheim", "hildesheim", "jerman"),
    ("Braunschweig", "braunschweig", "jerman"),
    ("Vanimo", "vanimo", "papua-nugini"),
    ("Samarqand", "samarkand", "uzbekistan"),
    ("Brisbane", "brisbane", "australia"),
    ("Liuzhou", "liuzhou", "tiongkok"),
    ("Saint Petersburg", "saint-petersburg", "rusia"),
    ("Kota Kyoto", "kyoto", "jepang"),
    ("Kyoto City", "kyoto", "jepang"),
])
def test_sister_cities_abroad(gaz, name, slug, country):
    city = gaz.lookup(name)[0]
    assert (city.slug, city.type, city.country) == (slug, "city", country)
    assert gaz.ancestors(slug)[-1].slug == country


def test_existing_country_slugs_are_gazetteer_countries(gaz):
    seeds = yaml.safe_load((REPO / "seeds" / "countries.yml").read_text(encoding="utf-8"))
    assert [s for s in seeds if getattr(gaz.get(s), "type", None) != "country"] == []


def test_country_slugs_come_from_indonesian_cldr_names(gaz):
    assert [gaz.get(s).name for s in ("ceko", "timor-leste", "korea-selatan")] == ["Ceko", "Timor Leste", "Korea Selatan"]
    assert gaz.get("amerika-serikat").country_code == "US"
    assert gaz.country("cz").slug == "ceko"


# --- Integrity ---

def test_slugs_are_valid_and_unique(gaz):
    all_slugs = slugs(gaz)
    assert [s for s in all_slugs if not SLUG_RE.fullmatch(s)] == []
    assert len(set(all_slugs)) == len(all_slugs) == len(gaz)


def test_every_place_nests_up_to_a_country(gaz):
    broken = [p.slug for p in gaz if p.type != "country"
              and (not gaz.ancestors(p.slug) or gaz.ancestors(p.slug)[-1].slug != p.country)]
    assert broken == []


def test_every_stored_name_is_found_by_lookup(gaz):
    sample = list(gaz)[::97]
    missing = [(a, p.slug) for p in sample for a in p.aliases if p not in gaz.lookup(a)]
    assert missing == []


# --- What a tagger and the seeds need ---

def test_aliases_flag_names_that_need_context(gaz):
    aliases = {(a.text, a.slug): a for a in gaz.aliases() if a.slug in {"kota-batu", "nice", "kyoto", "amerika-serikat"}}
    assert aliases[("Batu", "kota-batu")].needs_context  # 'batu' is a word: stone
    assert not aliases[("Kota Batu", "kota-batu")].needs_context
    assert aliases[("Nice", "nice")].needs_context
    assert aliases[("AS", "amerika-serikat")].needs_context
    assert aliases[("Kota Kyoto", "kyoto")] == Alias("Kota Kyoto", "kyoto", False)


def test_to_city_entry_is_a_cities_yml_entry(gaz):
    entry = to_city_entry(gaz.get("vung-tau"), gaz)
    assert {k: entry[k] for k in ("name", "type", "country", "parent", "parent_slug")} == {
        "name": "Vũng Tàu", "type": "city", "country": "vietnam", "parent": "Bà Rịa - Vũng Tàu",
        "parent_slug": "ba-ria-vung-tau"}
    assert {"Vung Tau", "Kota Vũng Tàu"} <= set(entry["aliases"])
    assert "parent" not in to_city_entry(gaz.get("jawa-barat"), gaz)  # its parent is a country


@pytest.mark.parametrize(("text", "slug"), [
    ("Daerah Istimewa Yogyakarta", "daerah-istimewa-yogyakarta"),
    ("Côte d’Ivoire", "cote-d-ivoire"),
    ("Bà Rịa - Vũng Tàu", "ba-ria-vung-tau"),
])
def test_slugify(text, slug):
    assert slugify(text) == slug


def test_fold_key():
    assert fold_key("  Bà Rịa–Vũng  Tàu ") == "ba ria vung tau"


def test_a_region_shows_the_name_theses_use_and_keeps_its_official_name_and_slug(gaz):
    # Korea's special self-governing provinces: romanised officially since 2023 and 2006, 'Gangwon-do' in theses
    gangwon = gaz.get("gangwon-teukbyeoljachido")
    assert (gangwon.name, gangwon.official) == ("Gangwon-do", "Gangwon-teukbyeoljachido")
    assert [p.slug for p in gaz.lookup("Gangwon")] == ["gangwon-teukbyeoljachido"]
    assert gaz.get("jeju-teukbyeoljachido").name == "Jeju-do"


@pytest.mark.parametrize("name, slug, kind, country", [
    ("Otorita Ibu Kota Nusantara", "ibu-kota-nusantara", "provinsi", "indonesia"),  # not in Kemendagri's codes yet
    ("Fes-Boulemane", "fes-boulemane", "region", "maroko"),  # a region until 2015, gone from GeoNames
    ("Fes Boulmane", "fes-boulemane", "region", "maroko"),  # as Indonesian reports of its 2014 MoU spell it
])
def test_places_the_maintained_data_lacks_are_added_by_hand(gaz, name, slug, kind, country):
    place = gaz.lookup(name)[0]
    assert (place.slug, place.type, place.country, place.code) == (slug, kind, country, "")


def test_the_bare_abbreviation_of_any_national_capital_is_no_place(gaz):
    assert gaz.lookup("IKN") == []  # 'pemindahan IKN': the capital in general


def test_a_kabupaten_answers_to_its_name_before_a_renaming(gaz):
    # Kepulauan Tanimbar was Maluku Tenggara Barat until 2019; 'Maluku Tenggara' is another kabupaten
    assert [p.slug for p in gaz.lookup("Maluku Tenggara Barat")] == ["kabupaten-kepulauan-tanimbar"]
    assert [p.slug for p in gaz.lookup("Maluku Tenggara")] == ["kabupaten-maluku-tenggara"]

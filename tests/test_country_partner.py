"""A whole country as a partnership's other side: 'Kerja sama Pemerintah Provinsi Kalimantan Timur dengan
Rusia' names no place in Russia, and the page says so instead of showing no partnership. Made-up texts,
real places."""

import re
import shutil

import pytest

from katalog.errors import BuildFailed
from katalog.pipeline import Builder
from tests.conftest import REPO, make_project

RAW = ("Kerjasama Pemerintah Provinsi Kalimantan Timur dengan Rusia dalam Pembangunan Kereta Api\n\n"
       "Penelitian ini membahas kerja sama Pemerintah Provinsi Kalimantan Timur dengan Rusia di bidang transportasi.\n")
PLACE_ABROAD = ("Kerja Sama Kota Samarinda dan Kota Kazan\n\n"
                "Penelitian ini membahas kerja sama sister city Kota Samarinda dengan Kota Kazan, Rusia.\n")
WITH_FRONT_MATTER = ("---\ntitle: Diplomasi Sulawesi Selatan di Mesir\npartnership: [sulawesi-selatan, mesir]\n---\n\n"
                     "Penelitian ini membahas kerja sama Sulawesi Selatan dengan Mesir.\n")


def build(tmp_path, theses: dict[str, str]):
    config = make_project(tmp_path / "p", theses=theses)
    shutil.copytree(REPO / "seeds", config.seeds, dirs_exist_ok=True, ignore=shutil.ignore_patterns("theses"))
    for other in (config.seeds / "theses").glob("*.md"):
        if other.name not in theses:
            other.unlink()
    result = Builder(config).gather()
    notes = [str(d) for d in result.diagnostics + result.warnings]
    return result, notes


def page(result, path: str) -> str:
    return result.files[path].decode()


def test_a_country_named_as_the_other_side_makes_a_partnership_linked_both_ways(tmp_path):
    result, notes = build(tmp_path, {"kaltim.md": RAW})
    thesis = page(result, "theses/kaltim.html")
    shown = re.search(r"<dt>Kemitraan</dt>\s*<dd><a href=\"([^\"]+)\">(.*?)</a>", thesis)
    assert shown and shown.group(2) == "Kalimantan Timur – Rusia"
    pair_page = page(result, shown.group(1).replace("../", ""))
    # each side links to its own page: the province's and the country's, which is said to be a country
    assert 'href="../countries/rusia.html">Rusia</a></dt>' in pair_page
    assert "negara; teks tidak menyebut kota atau daerah di sana" in pair_page
    assert "(negara, tidak digambar sebagai titik)" in pair_page  # listed under the map, not a dot
    country = page(result, "countries/rusia.html")
    assert "Kalimantan Timur – Rusia</a>" in country and "theses/kaltim.html" in country
    # Russia is a subject of the thesis, not a place named in passing; no note that no partnership is shown
    assert re.search(r"<dt>Negara</dt>\s*<dd>.*?Rusia", thesis, re.DOTALL)
    assert not any("is a country" in n for n in notes), notes
    en = page(result, "en/" + shown.group(1).replace("../", ""))
    assert "a country; the text names no city or region there" in en


def test_a_country_side_and_a_place_in_that_country_make_related_partnerships(tmp_path):
    result, _ = build(tmp_path, {"kaltim.md": RAW, "samarinda.md": PLACE_ABROAD})
    links = lambda path: set(re.findall(r'<ul class="pairs">(.*?)</ul>', page(result, path), re.DOTALL))
    related = "".join(links("partnerships/kalimantan-timur--rusia.html"))
    assert "Samarinda – Kazan" in related  # Samarinda lies in Kalimantan Timur, Kazan in Russia
    assert "Kalimantan Timur – Rusia" in "".join(links("partnerships/kazan--kota-samarinda.html"))


def test_partnerships_with_places_of_one_country_are_not_related_through_it(tmp_path):
    moscow = PLACE_ABROAD.replace("Kazan", "Moskwa")
    bali = RAW.replace("Kalimantan Timur", "Bali").replace("Kereta Api", "Pariwisata")
    result, _ = build(tmp_path, {"samarinda.md": PLACE_ABROAD, "moskwa.md": moscow, "bali.md": bali, "kaltim.md": RAW})
    related = "".join(re.findall(r'<ul class="pairs">(.*?)</ul>', page(result, "partnerships/kazan--kota-samarinda.html"),
                                 re.DOTALL))
    assert "Kalimantan Timur – Rusia" in related
    assert "Bali" not in related  # Samarinda does not lie in Bali
    assert any(p.startswith("partnerships/") and "samarinda" in p and "kazan" not in p for p in result.files)
    assert "Mosk" not in related and "Moscow" not in related  # Kazan is not Moscow, though Russia holds both


def test_a_country_side_in_the_front_matter_is_accepted_and_two_countries_are_not(tmp_path):
    result, notes = build(tmp_path, {"sulsel.md": WITH_FRONT_MATTER})
    assert "Sulawesi Selatan – Mesir" in page(result, "theses/sulsel.html")
    assert not any("sulsel.md" in n and "unknown" in n for n in notes), notes
    both = WITH_FRONT_MATTER.replace("[sulawesi-selatan, mesir]", "[jepang, mesir]")
    (tmp_path / "again").mkdir()
    with pytest.raises(BuildFailed) as failed:
        build(tmp_path / "again", {"two.md": both})
    assert any(str(p).startswith("seeds/theses/two.md:3:") and "joins two countries" in str(p)
               for p in failed.value.diagnostics), failed.value.diagnostics


def test_a_country_whose_envoy_a_place_receives_is_the_other_side(tmp_path):
    text = ("Pemprov Sumbar Terima Dubes Turki, Gubernur: Bahas Potensi Kerja Sama\n\n"
            "Gubernur Sumatera Barat menerima kunjungan Duta Besar Turki untuk Indonesia di Padang.\n")
    result, _ = build(tmp_path, {"sumbar.md": text})
    assert "Sumatera Barat – Turki" in page(result, "theses/sumbar.html")


def test_a_country_beside_indonesia_or_named_in_passing_is_no_side(tmp_path):
    border = ("Diplomasi Perbatasan Kalimantan Barat\n\nArtikel ini membahas peran Provinsi Kalimantan Barat dalam "
              "hubungan bilateral Indonesia-Malaysia. Kerja sama perbatasan antara Indonesia dan Malaysia dibahas.\n")
    passing = ("Mahasiswa Belajar Diplomasi Sister City di Kota Bogor\n\nKota Bogor dikenal aktif menjalin sister city "
               "dengan beberapa kota, mulai dari kota di Jepang hingga kota di Eropa.\n")
    result, _ = build(tmp_path, {"border.md": border, "passing.md": passing})
    for name in ("border", "passing"):
        assert "<dt>Kemitraan</dt>" not in page(result, f"theses/{name}.html"), name
    assert not any(p.startswith("partnerships/") and p != "partnerships/index.html" for p in result.files)


def test_a_country_in_its_older_spelling_and_one_whose_envoy_is_named_short(tmp_path):
    spelt = "Surabaya (ANTARA) - Pemerintah Kota Surabaya menjajaki kerja sama kota kembar dengan Perancis.\n"
    envoy = ("Surabaya (ANTARA) - Pemerintah Kota Surabaya menjajaki kerja sama kota kembar.\n\n"
             "Sekda menyambut Duta Besar (Dubes) Prancis untuk Indonesia di Balai Kota.\n")
    result, _ = build(tmp_path, {"spelt.md": spelt, "envoy.md": envoy})
    for name in ("spelt", "envoy"):
        assert "Surabaya – Prancis" in page(result, f"theses/{name}.html"), name


def test_the_place_at_home_the_text_names_most_is_the_side_not_the_desk_or_the_venue(tmp_path):
    text = ("DENPASAR, BERITA DEWATA – Gubernur Bali menerima Duta Besar Republik Slovakia di Kantor Gubernur Bali, Renon, "
            "Denpasar.\n\nPertemuan itu mempererat hubungan antara Bali dan Republik Slovakia, termasuk penjajakan sister "
            "city. Pemerintah Provinsi Bali menyambut baik.\n")
    result, _ = build(tmp_path, {"bali.md": text})
    assert "Bali – Slovakia</a>" in page(result, "theses/bali.html")


# Made-up stories in the shapes of sets W, Q, AH, AJ and AK: the text names the country, not a place in it,
# as the other side (or places in it only in passing or as examples).
@pytest.mark.parametrize("text, home, country, not_shown", [
    pytest.param("Den Haag, Belanda - Bupati Pinrang menjajaki pembentukan kota kembar antara Kabupaten Pinrang dengan "
                 "salah satu kota di Belanda. Duta Besar RI di Den Haag langsung menghubungi Wali Kota Rotterdam untuk "
                 "memperkenalkan Bupati Pinrang.\n",
                 "Pinrang", "Belanda", "Rotterdam", id="a city left unnamed in the country, a venue and a mayor named"),
    pytest.param("Paradiplomacy of Payakumbuh in Tourism\n\nThe results show that the paradiplomacy of Payakumbuh to "
                 "several regions in Malaysia is carried out through education and culture, including visits to Negeri "
                 "Sembilan.\n",
                 "Payakumbuh", "Malaysia", "Sembilan", id="several regions of the country"),
    pytest.param("Terima Dubes Mesir, Gubernur: Bahas Potensi Kerja Sama\n\nDuta Besar Mesir berkunjung ke Provinsi Jambi. "
                 "\"Kita sepakat memperkuat hubungan melalui kerja sama tertulis,\" kata Gubernur.\n\nPemprov Jambi juga telah "
                 "menjalin kerja sama internasional lainnya dengan beberapa negara seperti Provinsi Gyeonggi dan Chiba.\n",
                 "Jambi", "Mesir", "Gyeonggi", id="a headline on its envoy, other ties listed as examples"),
    pytest.param("Tabanan Bakal Punya Kota Kembar\n\nTABANAN - Pemerintah Kanada menjajaki kerja sama dengan Pemerintah "
                 "Kabupaten Tabanan untuk program kota kembar. Ada satu kota di Kanada yang disiapkan, kata seorang pejabat.\n",
                 "Tabanan", "Kanada", "Ottawa", id="the country seeks cooperation with the place at home"),
    pytest.param("Wali Kota Kediri Terima Konjen Jepang\n\nKEDIRI - Wali Kota Kediri menerima Konsul Jenderal Jepang di "
                 "ruang kerjanya. Keduanya membahas peluang sister city di bidang pendidikan.\n",
                 "Kediri", "Jepang", "Tokyo", id="its consul general received"),
    pytest.param("Konsul Jenderal Jepang menawarkan kerja sama pertanian dengan Pemerintah Provinsi Sulawesi Utara. Hal ini "
                 "disampaikan Konsul Jenderal Jepang ketika bertemu Gubernur Sulawesi Utara. Jepang sudah menjalin kerja sama "
                 "dengan sejumlah provinsi lainnya, seperti di Jakarta, Medan dan Surabaya.\n\nProsesnya tergolong lama, "
                 "seperti halnya Sulut-Tottori untuk membentuk provinsi kembar.\n",
                 "Sulawesi Utara", "Jepang", "Tottori", id="a consul general's offer, a prefecture of it as an example"),
    pytest.param("Jakarta - Spanyol menawarkan kerja sama kota kembar kepada Indonesia dan telah memilih Provinsi Jambi. "
                 "Kementerian akan menggelar seminar tentang kerja sama kota kembar antara Jambi dan Spanyol bulan depan.\n\n"
                 "Sebelumnya Kota Sevilla sudah bersaudara dengan sebuah kota kecil di Flores, kata pejabat itu.\n",
                 "Jambi", "Spanyol", "Sevilla", id="a cooperation phrase joining the place to the country, a city of it tied elsewhere"),
])
def test_the_country_is_the_other_side(tmp_path, text, home, country, not_shown):
    from tests.test_places_near import gather, partnership
    _, html, _ = gather(tmp_path, text)
    shown = partnership(html)
    assert home in shown and country in shown and not_shown not in shown, shown

"""The twelve pairs the acceptance check keeps for itself, each in a raw summary made up for this test in
the shapes real ones come in (repository furniture, a citation line, all-caps titles, English, a source
comment, keywords with ';'): each thesis page shows its partnership, built in one project like a
maintainer's folder of summaries."""

import shutil

import pytest

from katalog.pipeline import Builder
from tests.conftest import REPO, make_project
from tests.test_places_near import partnership


TEXTS = {
    'a01': (
        'Skip to main content\n'
        'Repository Universitas Airlangga\n'
        'KERJASAMA SISTER CITY SURABAYA - KITAKYUSHU DALAM PENGELOLAAN LINGKUNGAN HIDUP TAHUN 2012-2018\n'
        'Dewi Lestari, 071511233001 (2020) KERJASAMA SISTER CITY SURABAYA - KITAKYUSHU DALAM PENGELOLAAN LINGKUNGAN HIDUP TAHUN 2012-2018. Skripsi thesis, Universitas Airlangga.\n'
        'Abstrak\n'
        'Penelitian ini membahas kerja sama kota bersaudara antara Pemerintah Kota Surabaya dan Kota Kitakyushu, Jepang, di bidang pengelolaan sampah. Dengan konsep paradiplomasi, penelitian ini menemukan bahwa program Green Sister City berjalan melalui pelatihan kompos dan transfer teknologi.\n'
        'Kata kunci: sister city, paradiplomasi, Surabaya, Kitakyushu\n'
    ),
    'a02': (
        'Implementasi Sister City Surabaya dan Guangzhou di Bidang Perdagangan\n'
        'Rizki Pratama\n'
        'Program Studi Ilmu Hubungan Internasional, Universitas Pembangunan Nasional "Veteran" Jawa Timur\n'
        'ABSTRAK\n'
        'Surabaya dan Guangzhou menandatangani MoU sister city pada tahun 2005. Skripsi ini menganalisis pelaksanaan kerja sama di bidang perdagangan dan investasi, serta hambatan yang muncul dalam implementasinya.\n'
        'Kata Kunci: sister city; Surabaya; Guangzhou; perdagangan\n'
    ),
    'a03': (
        '<!-- source: https://repository.example.ac.id/handle/123 -->\n'
        'Bandung-Braunschweig Sister City Cooperation in Education\n'
        'Abstract\n'
        'This thesis examines the sister city relationship between Bandung and Braunschweig, Germany, signed in 1960. Using the concept of paradiplomacy, it finds that student exchanges continue while other programmes stagnated.\n'
        'Keywords: sister city; paradiplomacy; Bandung; Braunschweig\n'
    ),
    'a04': (
        'ANALISIS KERJA SAMA SISTER CITY KOTA BANDUNG DENGAN KOTA LIUZHOU\n'
        'Oleh: Siti Aminah\n'
        'Universitas Komputer Indonesia\n'
        'Kerja sama antara Kota Bandung dan Kota Liuzhou, Tiongkok, diawali dengan penandatanganan Letter of Intent pada 2015 dan MoU pada 2016. Penelitian ini menggunakan teori kerja sama internasional untuk menjelaskan hasilnya di bidang pariwisata dan kebudayaan.\n'
    ),
    'a05': (
        'Daerah Istimewa Yogyakarta dan Prefektur Kyoto: Kerja Sama Sister Province di Bidang Kebudayaan\n'
        'Andi Saputra (2019)\n'
        'Abstrak: Kerja sama sister province antara Daerah Istimewa Yogyakarta dan Prefektur Kyoto dimulai tahun 1985. Tulisan ini menelaah program pertukaran budaya dan pendidikan berdasarkan konsep paradiplomasi.\n'
    ),
    'a06': (
        'KERJASAMA SISTER PROVINCE DIY DENGAN GYEONGSANGBUK-DO DI BIDANG PARIWISATA\n'
        'Abstrak\n'
        'Hubungan antara Pemerintah Daerah Istimewa Yogyakarta dan Provinsi Gyeongsangbuk-do, Korea Selatan, ditandatangani pada tahun 2005. Penelitian kualitatif ini menemukan bahwa promosi pariwisata bersama menjadi program utama.\n'
        'Kata kunci: sister province, DIY, Gyeongsangbuk-do, pariwisata\n'
    ),
    'a07': (
        'Kerja Sama Daerah Istimewa Yogyakarta dengan Saint Petersburg\n'
        'Penulis: Bayu Nugroho\n'
        'Skripsi, Universitas Muhammadiyah Yogyakarta, 2021\n'
        'Penelitian ini membahas kerja sama antara Pemerintah Daerah Istimewa Yogyakarta dan Kota Saint Petersburg, Rusia, yang ditandatangani dalam bentuk MoU. Kerja sama meliputi bidang kebudayaan dan pendidikan.\n'
    ),
    'a08': (
        'KERJASAMA SISTER CITY BANDA ACEH DAN SAMARQAND\n'
        'Abstrak\n'
        'Kota Banda Aceh dan Kota Samarqand, Uzbekistan, menjajaki kerja sama kota kembar sejak 2016. Penelitian ini menganalisis faktor kesamaan sejarah Islam yang mendorong inisiasi kerja sama tersebut.\n'
        'Kata kunci: sister city, Banda Aceh, Samarqand, diplomasi budaya\n'
    ),
    'a09': (
        'Sister City Semarang–Brisbane: Evaluasi Kerja Sama Pendidikan\n'
        'Nur Hidayah\n'
        'Universitas Diponegoro\n'
        'Abstract\n'
        'The sister city agreement between Semarang and Brisbane, Australia, was signed in 1993. This study evaluates its education programmes and finds that activity declined after 2010.\n'
    ),
    'a10': (
        'KERJA SAMA SISTER CITY MEDAN-PENANG DALAM BIDANG KESEHATAN\n'
        'Abstrak\n'
        'Kota Medan dan Pulau Pinang (Penang), Malaysia, terikat kerja sama sister city. Penelitian ini menjelaskan bagaimana wisata kesehatan tumbuh dari kerja sama tersebut.\n'
    ),
    'a11': (
        'Kerja Sama Sister City Jayapura - Vanimo di Wilayah Perbatasan\n'
        'Yohanes Wanimbo, Universitas Cenderawasih\n'
        'Abstrak. Kota Jayapura dan Vanimo, Papua Nugini, menandatangani kesepakatan sister city untuk memperkuat perdagangan lintas batas. Penelitian ini menggunakan konsep paradiplomasi.\n'
    ),
    'a12': (
        'Kerja Sama Sister City Kota Semarang dan Jung-gu, Seoul\n'
        'Abstrak\n'
        'Pemerintah Kota Semarang menjalin kerja sama dengan Distrik Jung-gu, Kota Seoul, Korea Selatan. Penelitian ini membahas pelaksanaan program pertukaran pegawai dan promosi budaya.\n'
    ),
}

PAIRS = [
    ('a01', 'Surabaya', 'Kitakyushu'),
    ('a02', 'Surabaya', 'Guangzhou'),
    ('a03', 'Bandung', 'Braunschweig'),
    ('a04', 'Bandung', 'Liuzhou'),
    ('a05', 'Daerah Istimewa Yogyakarta', 'Kyoto'),
    ('a06', 'Daerah Istimewa Yogyakarta', 'Gyeongsangbuk-do'),
    ('a07', 'Daerah Istimewa Yogyakarta', 'Saint Petersburg'),
    ('a08', 'Banda Aceh', 'Samarqand'),
    ('a09', 'Semarang', 'Brisbane'),
    ('a10', 'Medan', 'Penang'),
    ('a11', 'Jayapura', 'Vanimo'),
    ('a12', 'Semarang', 'Jung-gu'),
]


@pytest.fixture(scope="module")
def pages(tmp_path_factory):
    config = make_project(tmp_path_factory.mktemp("acceptance") / "p", theses={f"{k}.md": t for k, t in TEXTS.items()})
    shutil.copytree(REPO / "seeds", config.seeds, dirs_exist_ok=True, ignore=shutil.ignore_patterns("theses"))
    for other in (config.seeds / "theses").glob("*.md"):
        if other.stem not in TEXTS:
            other.unlink()
    result = Builder(config).gather()
    return {k: result.files[f"theses/{k}.html"].decode() for k in TEXTS}


@pytest.mark.parametrize("name, home, partner", PAIRS)
def test_each_acceptance_pair_in_a_raw_summary_makes_its_partnership(pages, name, home, partner):
    shown = partnership(pages[name])
    assert home in shown and partner in shown, shown

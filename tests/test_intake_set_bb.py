"""Shapes met in sets BA, BB and BC (made-up texts and people, written for these tests, real places): a news
theme's weather widget over the headline, a photographer's credit in lowercase, a blog's reporter line and
dashed dateline, a site's name after the headline, a quoted speaker's university, headlines not the page's own;
places named as a pinyin city's syllables, a town inside a region the text names, an ambiguous name the text keeps
using, a country named by the word for its language; a sister province told in the sentence after its home side;
one text's misreading kept out of another; a cooperation followed up, and a visit before any tie exists. (The
stages these sets phrase in their own words are rows of test_tagging_paraphrase.py's parametrised tests.)"""

import pytest

from katalog.intake import read_intake
from katalog.pipeline import Builder
from tests.conftest import repo_vocabulary_project
from tests.test_places_near import gather, partnership
from tests.test_tagging_paraphrase import stages

HEADLINE = "Kota Contoh dan Kota Lain Jalin Kesepakatan Kerja Sama Lima Bidang"
LEAD = ("KOTA CONTOH, KABARCONTOH.COM – Wali Kota Contoh dan Wali Kota Lain melakukan pematangan kerja sama lima bidang "
        "pembangunan di Jakarta, Selasa (18/9).\n")


def facts(text: str) -> dict:
    return {name: fact.value for name, fact in read_intake(text).facts.items()}


def test_a_weather_widget_and_todays_date_over_the_headline_are_no_title_and_no_date():
    text = f"31 C\nPalu\nMonday, March 3, 2025\nspot_img\n\n{HEADLINE}\n\nrina/kabar contoh\n{LEAD}"
    found = facts(text)
    assert found["title"] == HEADLINE  # not '31 C Palu Monday, …', nor joined to the credit under it
    assert "year" not in found  # the day the page was copied, not the story's


def test_a_date_line_under_its_headline_still_dates_the_page():
    assert facts(f"{HEADLINE}\nMonday, March 3, 2025\n{LEAD}")["year"] == 2025


def test_a_blogs_reporter_line_and_dashed_dateline():
    text = ("Laporan : Rahmat hidayat-Payakumbuh\n"
            "Payakumbuh,-----Rombongan pemerintah Negeri Sembilan hari ini berkunjung ke Payakumbuh untuk menjajaki "
            "kerja sama kedua daerah.\nBupati menyambut rombongan di rumah dinas.\n")
    found = facts(text)
    assert found["authors"] == ["Rahmat hidayat"]  # the place after the hyphen is where he reported from
    assert "title" not in found  # neither the reporter line nor the story's lead is a headline


def test_the_site_named_after_the_headline_is_no_author():
    text = ("Kerja Sama Contoh-Darwin Menjanjikan – Kabar Timur\n\nKabar Timur\n\nNASIONAL\n\n"
            "Kerja Sama Contoh-Darwin Menjanjikan\n\nJAKARTA, KABAR – Pemerintah Northern Territory menjajaki kerja sama "
            "dengan Nusa Tenggara Timur.\n")
    found = facts(text)
    assert found["title"] == "Kerja Sama Contoh-Darwin Menjanjikan"
    assert "Kabar Timur" not in found.get("authors", [])


def test_a_university_a_speaker_names_is_no_affiliation():
    text = (f"{HEADLINE}\n{LEAD}Di provinsi itu tercatat ada sekitar 400 mahasiswa asal Indonesia.\n"
            "\"Kami juga bekerja sama dengan Universitas Tarumanagara, Jakarta,\" tambahnya.\n")
    assert "institution" not in facts(text)


@pytest.mark.parametrize("text, shown", [
    pytest.param("REPUBLIKA.CO.ID, MEDAN -- Kota Hui Zhou berminat menjalin hubungan kota bersaudara dengan Kota Medan. "
                 "Wakil Wali Kota Hui Zhou memimpin rombongan ke Medan.\n", ("Medan", "Huizhou"),
                 id="a pinyin city written as its syllables after 'Kota'"),
    pytest.param("Konsul Jenderal Tiongkok di Medan menyampaikan salam perpisahan kepada Gubernur Provinsi Sumatera Utara.\n\n"
                 "Ia mengatakan Tiongkok dan Indonesia adalah tetangga bersahabat, dan kerja sama kedua negara telah "
                 "berlangsung 70 tahun. Tiongkok adalah mitra dagang terbesar Indonesia. Ia mengatakan Provinsi Sumut "
                 "merupakan provinsi terbesar di Pulau Sumatera. Sejak dibentuknya provinsi bersaudara dengan Provinsi "
                 "Guangdong, Tiongkok pada tahun 2002, kedua pihak mencapai banyak hasil.\n",
                 ("Sumatera Utara", "Guangdong"), id="a sister province told in the sentence after its home side"),
])
def test_the_pair_these_texts_state(tmp_path, text, shown):
    _, html, _ = gather(tmp_path, text)
    found = partnership(html)
    assert all(name in found for name in shown), found


def test_a_town_abroad_inside_the_region_the_text_names_is_a_place(tmp_path):
    text = ("TEBEDU: The Sarawak government hopes the border post will become an international gateway. It will benefit "
            "both sides, particularly in Serian and Sanggau, the minister said at the goodwill ties night.\n")
    result, _, _ = gather(tmp_path, text)
    assert "cities/serian.html" in result.files  # a small town, its country unnamed, but its state named


def test_an_ambiguous_name_the_text_keeps_using_is_reported_not_dropped(tmp_path):
    text = ("Rockingham's ties with the island could soon become closer. Rockingham councillor Jane Doe has proposed that "
            "the city establish a friendship relationship with Bali. Rockingham residents welcomed it.\n")
    _, _, told = gather(tmp_path, text)
    assert any("ambiguous place 'Rockingham'" in line for line in told), told


def test_one_texts_reading_of_a_name_does_not_follow_the_name_into_another(tmp_path):
    # 'Governor Ahmad' / 'Luthfi', wrapped: the judge of that text may read 'Ahmad' as Al Ahmadi (Kuwait); the other
    # text writes 'Ahmad Heryawan', a person, whose page must not name a city in Kuwait (nor lose its pair to it)
    first = ("On November 26 the Fujian Provincial Committee met with Governor Ahmad \nLuthfi of Indonesia's Central Java "
             "Province in Fuzhou to discuss sister city ties between the two provinces.\n")
    second = ("TRIBUNNEWS.COM, CHONGQING - Nama Ahmad Heryawan, mantan Gubernur Jawa Barat, masih diingat di Chongqing.\n"
              "Pada Mei 2018 Ahmad Heryawan berkunjung dan menjalin kesepakatan menjadikan Provinsi Jawa Barat dan Provinsi "
              "Chongqing sebagai dua provinsi bersaudara.\n")
    result = Builder(repo_vocabulary_project(tmp_path / "p", {"a.md": first, "b.md": second})).gather()
    html = result.files["theses/b.html"].decode()
    assert "al-ahmadi" not in html  # no link to the Kuwaiti city's page
    assert "cities/chongqing" in html and "cities/jawa-barat" in html  # its own places stay


@pytest.mark.parametrize("text, present, absent", [
    # a visit told as following up a cooperation that runs is an activity of it; its follow-up talked over is not
    ("Wali Kota menerima kunjungan empat delegasi dari Helsingborg. Kunjungan ini merupakan tindaklanjut kerjasama antara "
     "kedua kota terkait demokrasi lokal.", "pelaksanaan", None),
    ("Pejabat dinas telah bertandang ke Jakarta untuk membahas tindak lanjut kerja sama Kota Tidore dengan Sevilla.", None,
     "pelaksanaan"),
])
def test_the_follow_up_of_a_cooperation(text, present, absent):
    found = stages(text)
    assert (present is None or present in found) and (absent is None or absent not in found), found


@pytest.mark.parametrize("text", [
    pytest.param("KABARCONTOH.FAJAR.CO.ID MAKASSAR -- Tim perusahaan Contoh Development dari Provinsi Gangwon bertandang ke "
                 "Provinsi Kalimantan Utara dan menemui Gubernur di ruang kerjanya, Senin (26/5/2025) sore.\n"
                 "Dalam kunjungan itu tim menawarkan peluang kerjasama antara Pemprov Gangwon dengan Pemprov Kaltara.\n",
                 id="an outlet's address and place opening a lead"),
    pytest.param("<!-- source: https://www.kabarcontoh.co/Berita/27/terima-audiensi-konjen-rrt-wali-kota-berharap-hubungan-"
                 "kerjasama-terus-berlanjut -->\nKapolres Pimpin Patroli Skala Besar Malam Natal di Pusat Kota\n"
                 "Medan kabarcontoh.co Forum pimpinan daerah meninjau sejumlah gereja.\n\nBaca Juga:\n"
                 "Hubungan kerjasama antara Tiongkok dengan Kota Medan yang sudah terjalin lama diharapkan terus berlanjut.\n",
                 id="another story's headline over the page"),
])
def test_no_headline_of_this_page(text):
    assert "title" not in facts(text)


def test_a_state_bodys_portal_header_is_no_title_and_its_dated_byline_dates_the_page():
    text = ("AGENDA KEGIATAN\nDEWAN PERWAKILAN DAERAH REPUBLIK INDONESIA\n27 Juni 2025 oleh sumbar\n"
            "TIONGKOK, KABARCONTOH.ID — Pemerintah Provinsi Sumatera Barat menandatangani kerja sama dengan Provinsi "
            "Yunnan dalam sebuah pameran dagang.\n")
    found = facts(text)
    assert "title" not in found and found["year"] == 2025


def test_a_country_whose_name_is_also_its_language_is_the_partner_taken_on(tmp_path):
    text = ("Kembangkan Pariwisata, Bengkulu Akan Rangkul Inggris\n\nBENGKULU, KABAR - Dinas Pariwisata Provinsi Bengkulu "
            "terus menggeliatkan potensi pariwisata. Salah satunya adalah dengan upaya merangkul Inggris. Kedua belah pihak "
            "diharapkan menjalin kerjasama dalam bentuk sister city.\n")
    result, html, _ = gather(tmp_path, text)
    assert "Bengkulu" in partnership(html) and "Inggris" in partnership(html), partnership(html)
    plain = ("Kerja Sama Kota Bogor dan Kisarazu\n\nAbstrak penelitian ini ditulis juga dalam bahasa Inggris. Kota Bogor "
             "menjalin kerja sama dengan Kisarazu.\n")
    _, html, _ = gather(tmp_path / "other", plain)
    assert "inggris-raya" not in html  # the language is no country


@pytest.mark.parametrize("text, stage", [
    # a delegation's visit where no tie is yet agreed, run or said to exist is how one begins
    ("Tahun ini delegasi Kota Helsingborg melakukan kunjungan ke Kota Probolinggo dalam rangka kerja sama kedua kota.",
     "inisiasi"),
    # beside a tie that exists, or an agreement signed, a visit is an activity of it
    ("Tahun ini delegasi Kota Helsingborg melakukan kunjungan ke Kota Probolinggo dalam rangka kerja sama kedua kota. "
     "Kunjungan ini memperdalam hubungan yang telah lama terjalin.", "pelaksanaan"),
    ("Kedua kota telah menandatangani MoU pada 2015. Tahun ini delegasi Kota Helsingborg melakukan kunjungan ke Kota "
     "Probolinggo dalam rangka kerja sama kedua kota.", "pelaksanaan"),
])
def test_a_visit_begins_a_tie_until_one_exists(text, stage):
    found = stages(text)
    assert stage in found, found
    if stage == "inisiasi":
        assert "pelaksanaan" not in found, found

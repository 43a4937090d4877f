"""Shapes met in sets Z and AA (made-up reporters, outlets and stories, written for these tests): a news
site's promotion line over the headline and the writer's name over a bare 'Penulis' label, an
outlet's dateline naming two places or none, a headline over a colon-led summary, a byline with the
post's weekday and date, a date alone with a short month, a media release's label, a sentence
listing partners, and the wordings of a renewed term, an ineffective cooperation, a planning field
and a general statement about the era."""

import pytest

from tests.test_intake_covers import facts
from tests.test_places_near import gather, partnership


KOMPAS_LIKE = ("Baca berita tanpa iklan. Gabung Contoh.com+\n\n"
               "Wali Kota Contoh: Warga Kota Lain Lebih Tertib\n\n"
               "Contoh.com - 23/04/2015, 11:29 WIB\nRina Wulandari\n\nPenulis\n\n"
               "JAKARTA, CONTOH.com — Wakil Gubernur Budi Santoso mengaku pernah berkunjung ke kota itu. Menurut Budi, "
               "kota itu tertib, ujar dia di Balai Kota, Kamis (23/4/2015).\n")


def test_a_news_sites_promotion_line_is_no_title_and_the_name_over_penulis_is_the_writer():
    found = facts(KOMPAS_LIKE)
    assert found["title"] == "Wali Kota Contoh: Warga Kota Lain Lebih Tertib"
    assert found["authors"] == ["Rina Wulandari"]  # not 'Jakarta', 'Menurut Budi' or 'Kamis' from the lead
    assert found["year"] == 2015


@pytest.mark.parametrize("lead", [
    "CONTOHNEWS.CO.ID, LIVERPOOL, INGGRIS -- Pemerintah Kota Manado dan Pemerintah Kota Liverpool resmi menandatangani "
    "nota kesepahaman kerja sama sister city, Senin (27/11).",
    "CONTOHNEWS.ID,-- Ketua DPD RI AA Budi Santoso mendorong terwujudnya wacana kerjasama sister city antara Kota Solo "
    "dan Kota Nara, kata dia saat bertemu wali kota.",
])
def test_a_lead_under_an_outlets_dateline_states_no_title(lead):
    assert "title" not in facts(f"{lead}\nKalimat kedua tentang kerja sama itu.\n")


def test_a_headline_over_a_colon_led_summary_stays_the_headline_and_a_bylines_weekday_is_no_writer():
    text = ("Pemprov Contoh dan Provinsi Lain Jalin Kerja Sama Pembangunan Berkelanjutan\n\n"
            ": Kerja sama ditandai dengan penandatanganan Letter of Intent (LoI) antara kedua gubernur.\n\n\n"
            "Oleh Juli, Selasa, 27 Mei 2025 | 19:21 WIB - Redaktur: Untung S - 570\n\n\n"
            "Jakarta, ContohPublik - Pemerintah Provinsi Contoh resmi menjalin kerja sama dengan provinsi lain.\n")
    found = facts(text)
    assert found["title"] == "Pemprov Contoh dan Provinsi Lain Jalin Kerja Sama Pembangunan Berkelanjutan"
    assert found["authors"] == ["Juli"]
    assert found["year"] == 2025


def test_a_date_alone_with_a_short_month_dates_the_story_and_a_release_label_is_no_author():
    text = ("Kota Contoh dan Kota Lain Resmi Jadi Mitra Sister City\n- by Penta Wulan\n- Editor Aris Budi\n"
            "- 11 Agt 2025\n- Jakarta\nKBRN, Jakarta: Gubernur menghadiri penandatanganan Letter of Intent.\n")
    assert facts(text)["year"] == 2025
    release = ("Contoh Embassy\nIndonesia\n\nQueensland and Central Java Boost Their Sister State Links\n\n"
               "Media Release\n\n31 August 2007\n\nQueensland and Central Java have strengthened their ties.\n")
    assert "authors" not in facts(release)


def test_a_sentence_listing_the_partners_at_work_names_no_institution():
    text = ("Contoh City Region forges closer ties with Indonesia’s second largest city\n"
            "Local partners across the city region are already working with partners in Surabaya, including Contoh "
            "Rovers Football Club, St Agnes’s School for the Visually Impaired and Contoh John Moores University.\n")
    assert "institution" not in facts(text)


@pytest.mark.parametrize("sentence, stage, tagged", [
    ("This signing marks a second five-year period of deeper collaboration between Kota Padang and Hildesheim.",
     "revitalisasi", True),
    ("The two cities extended the sister city link between Kota Padang and Hildesheim for another five years.",
     "revitalisasi", True),
    ("The ineffectiveness of the sister city program between Kota Padang and Hildesheim comes from its obstacles.",
     "evaluasi", True),
    ("Kerja sama Kota Padang dan Kota Hildesheim mendorong perdagangan, investasi, budaya, perencanaan pengembangan "
     "kota dan pendidikan.",
     "perencanaan", False),  # a field of the cooperation, not its planning stage
    ("Dalam era globalisasi kegiatan kerjasama merupakan suatu tuntutan bagi Kota Padang dan Kota Hildesheim.",
     "pelaksanaan", False),  # a statement about the era, not this cooperation at work
    # set AA: talks on a cooperation begin it; planning a city is a field
    ("Wali Kota Padang bertemu Wali Kota Hildesheim untuk mendiskusikan potensi kerja sama sister city.",
     "inisiasi", True),
    ("Wali Kota Padang membahas kerja sama kota kembar bersama Wali Kota Hildesheim di Balai Kota.",
     "inisiasi", True),
    ("Pertemuan itu membahas kerjasama kota kembar Padang-Hildesheim yang masih belum optimal.", "inisiasi", False),
    ("Germany had expressed interest in having Kota Padang and Hildesheim collaborate as sister cities.",
     "inisiasi", True),
    ("Delegasi Kota Padang dan Kota Hildesheim berbagi pengalaman dalam perencanaan dan manajemen perkotaan.",
     "perencanaan", False),
])
def test_stage_wordings_and_what_is_no_stage(tmp_path, sentence, stage, tagged):
    text = f"Kerja Sama Kota Padang dan Kota Hildesheim\n\nOleh : Rina Dewi\n\n{sentence}\n"
    _, html, _ = gather(tmp_path, text)
    assert (f'href="../stages/{stage}.html"' in html) == tagged


def test_two_cities_named_as_sisters_make_the_pair_by_their_everyday_names(tmp_path):
    """'Solo' is Kota Surakarta's everyday name; GeoNames files Nara as 'Nara-shi', and a town of
    Mali is called Nara too: the Japanese city the story names must be the one shown."""
    text = ("KETUA DEWAN BERTEMU WALI KOTA DI JEPANG\n\n"
            "Ketua dewan mendorong kerja sama antara Indonesia dan Jepang, kata dia di Nara.\n\n"
            "\"Tahun 2012 sudah ada wacana untuk menjadikan Kota Nara dan Kota Solo di Jawa Tengah sebagai sister "
            "cities,\" ujarnya.\n")
    _, html, _ = gather(tmp_path, text)
    shown = partnership(html)
    assert "Surakarta" in shown and "Nara" in shown
    assert "koulikoro" not in html.lower() and "mali.html" not in html  # the Japanese city, not the town in Mali


# Set AA's shapes: another news site's promotion, a browser warning over a headline, a dateline naming a city
# and its country, a journal title broken after a verb, a photo caption with its credit.
@pytest.mark.parametrize("text, title", [
    ("Baca berita dengan sedikit iklan, klik di sini\n\nJakarta Jajaki Kerja Sama dengan Kota Lain\n\n"
     "Pemerintah Provinsi DKI Jakarta menjajaki kerja sama sister city dengan kota lain.\n",
     "Jakarta Jajaki Kerja Sama dengan Kota Lain"),
    ("ContohPost\n\nPlease Update your browser\n\nYour browser is out of date, and may not be compatible with our "
     "website.\nJust click on the icons to get to the download page.\n\nContoh Post\n\n"
     "Bandung, Bangalore aim to strengthen ties as sister cities\n\nBandung is looking to strengthen ties.\n",
     "Bandung, Bangalore aim to strengthen ties as sister cities"),
    ("Anda di halaman 1dari 6\n\nImplementasi Kerjasama Sister City Jakarta-Contoh Dalam Mewujudkan\n\nSmart City\n"
     "Rina Wulandari1, Budi Santoso2\n1\nFakultas Ilmu Sosial, Universitas Contoh, rina@example.org\n\nABSTRAK\n\n"
     "Tulisan ini membahas kerja sama itu.\n",
     "Implementasi Kerjasama Sister City Jakarta-Contoh Dalam Mewujudkan Smart City"),
    ("Denhaag, Belanda (ANTARA Contoh) - Duta Besar Republik Indonesia untuk Negeri Belanda mendorong kerja sama "
     "Kabupaten Bantaeng dengan kota-kota di Belanda, katanya di Denhaag.\n", None),
])
def test_news_furniture_datelines_and_a_title_broken_after_its_verb(text, title):
    assert facts(text).get("title") == title


def test_a_photo_caption_with_its_credit_names_no_author():
    text = ("Delegasi Swedia lihat hasil kerja sama Sleman\n\nBupati Sleman Budi Santoso (contohnews.com)\n\n"
            "Sleman, 29/5 (ANTARA) - Pemerintah Kabupaten Sleman menerima kunjungan delegasi Swedia.\n")
    assert "authors" not in facts(text)

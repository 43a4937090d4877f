"""Shapes met in set AJ (made-up stories, written for these tests): a state named with its own word
('Negeri Malaka', 'Gubernur Osaka') beside a city of the same name, and a desk line in capitals
alone above a lead broken over lines."""

from katalog.intake import read_intake
from tests.test_places_near import gather, partnership


def test_a_state_named_with_its_own_word_is_the_state_and_so_is_its_bare_name_after(tmp_path):
    # 'Malaka' is the Indonesian spelling of Melaka, the state; its capital city bears the name too
    text = ("DUMAI-\nPemerintah Kota Dumai berkunjung ke Negeri Malaka, Malaysia, dan bertemu Pemerintah Kerajaan Melaka. "
            "Kerja sama pariwisata antara dua daerah diharapkan terjalin, kata Wali Kota. Rombongan juga mengunjungi "
            "Melaka Heritage Centre.\n")
    result, html, _ = gather(tmp_path, text)
    assert "cities/melaka.html" in result.files and "cities/malacca.html" not in result.files
    assert "Melaka" in partnership(html) and "Dumai" in partnership(html)


def test_a_governors_office_abroad_names_the_prefecture_not_its_capital(tmp_path):
    text = ("Kerja Sama Kabupaten Bekasi dengan Jepang\n\nBupati Bekasi disambut staf Gubernur Osaka. Bupati juga "
            "bertemu Wali Kota Sakai, yang berjanji datang ke Bekasi untuk kerja sama kebudayaan.\n")
    result, _, _ = gather(tmp_path, text)
    assert "cities/osaka-prefecture.html" in result.files and "cities/osaka.html" not in result.files


def test_a_desk_line_in_capitals_alone_starts_a_lead_not_a_headline():
    text = ("SIAK-\nPemerintah Kabupaten Siak melakukan kunjungan kerja ke\nNegeri Johor, Malaysia selama dua hari. "
            "Kunjungan dipimpin Bupati Siak.\n")
    assert "title" not in read_intake(text).facts


def test_a_city_named_only_inside_an_institutions_name_is_no_partner(tmp_path):
    # the partner is the country; Perth stands only in the university's name and its short form
    text = ("Balikpapan Bahas Sister City dengan Australia\n\nWali Kota Balikpapan menerima Konjen Australia. Ia ingin "
            "menjalin sister city dengan Australia karena banyak warga Balikpapan kuliah di Australia.\n\n"
            "Konjen juga mengundang Wali Kota ke peresmian kampus Western Perth University di Balikpapan. \"Western Perth "
            "dibuka di sini,\" katanya.\n")
    _, html, _ = gather(tmp_path, text)
    assert "Australia" in partnership(html) and "Perth" not in partnership(html)


def test_a_journal_pages_authors_list_with_bullets_and_affiliations_gives_every_author():
    text = ("Hukum Perjanjian Kota Kembar Medan-Ichikawa\n\nAuthors\n\n  • Siti ‘Aisyah Nasution Universitas Sumatera Utara\n"
            "  • Budi Santoso Universitas Sumatera Utara\n\nKeywords:\n\nSister City, Perjanjian Internasional\n\nAbstract\n\n"
            "Penelitian ini membahas perjanjian kota kembar Medan dan Ichikawa.\n")
    facts = read_intake(text).facts
    assert facts["authors"].value == ["Siti ‘Aisyah Nasution", "Budi Santoso"]
    assert facts["institution"].value == "Universitas Sumatera Utara"


def test_an_mou_on_the_way_or_soon_to_be_signed_is_not_reached_and_a_signed_twin_city_agreement_is():
    from tests.test_tagging_reading import TITLE, tags
    towards = TITLE + "\n\nPada 2022 telah ditandatangani LoI dan kini kita menuju Memorandum of Understanding (MoU).\n"
    assert tags(towards, "stages") == ("loi",)
    soon = TITLE + "\n\nMoU Segera Ditandatangani\n\nDPRD akan segera memberi rekomendasi untuk menandatangani MoU.\n"
    assert "mou" not in tags(soon, "stages")
    signed = TITLE + "\n\nUpacara penandatanganan perjanjian kemitraan antara Kota Bogor dan Kisarazu sebagai kota kembar.\n"
    assert "mou" in tags(signed, "stages")

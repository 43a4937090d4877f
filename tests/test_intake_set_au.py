"""Shapes met in sets AU and AV (made-up texts, written for these tests): a byline whose 'name' is a role run
together, and a photo's caption naming its people by their place in the picture."""

from katalog.intake import read_intake


def test_a_role_run_together_in_a_byline_is_no_author():
    text = ("Sulsel dan Ehime Menuju Provinsi Kembar\n\nPenulis: CitizenReporter | Editor: Budi Santoso\n\nGubernur Sulsel "
            "membuka pertemuan bisnis di Matsuyama.\n")
    assert "authors" not in read_intake(text).facts
    named = text.replace("CitizenReporter", "Rina McDonald")
    assert read_intake(named).facts["authors"].value == ["Rina McDonald"]


def test_a_photos_caption_names_no_institution():
    text = ("Kunjungi Surabaya, Dubes Dorong Kerja Sama Kampus\n\nRektor Institut Teknologi Sepuluh Nopember Profesor Budi "
            "(kiri) dan Duta Besar Indonesia untuk Rusia.\n\nDuta Besar menemui rektor untuk membahas peluang kerja sama.\n")
    assert "institution" not in read_intake(text).facts


def test_a_side_named_only_among_alternatives_is_left_open(tmp_path):
    from tests.test_places_near import gather, partnership

    text = ("Rombongan Duta Besar Indonesia tiba di kota Kharkiv, Ukraina.\n\n\"KBRI tengah menjajaki Sister City, mungkin "
            "dengan Bandung atau Surabaya,\" katanya. Kharkiv adalah kota industri terbesar di Ukraina.\n")
    _, html, _ = gather(tmp_path, text)
    assert partnership(html) == ""
    chosen = text.replace("mungkin dengan Bandung atau Surabaya", "dengan Kota Surabaya")
    _, html, _ = gather(tmp_path / "chosen", chosen)
    assert "Surabaya" in partnership(html) and "Kharkiv" in partnership(html)

"""Shapes met in set AP (made-up stories, written for these tests): a district abroad named with its city after it,
and a deputy mayor whose given name is also a town abroad."""

from tests.test_places_near import gather, partnership


def test_a_district_with_its_city_after_it_and_a_mayors_name_after_his_office(tmp_path):
    # Beylikdüzü lies in Istanbul province; 'Istanbul' after it says where, it is no second partner. Erwin is also a
    # town in Tennessee: 'Wakil Wali Kota Erwin Yunaz', written 'Erwin Yunaz' again below, is the deputy mayor
    text = ("Turki, kabarminang.com — Rendang Payakumbuh sampai ke tangan Wakil Wali Kota Beylikdüzü Istanbul, Turki. Rendang "
            "itu sedianya dibawa Wakil Wali Kota Erwin Yunaz, yang urung memenuhi undangan Pemerintahan Beylikdüzü Istanbul.\n\n"
            "Menurut Erwin Yunaz, rendang Kota Payakumbuh disukai warga Beylikdüzü.\n")
    result, html, _ = gather(tmp_path, text)
    assert "Payakumbuh" in partnership(html) and "Beylikd" in partnership(html), partnership(html)
    assert "cities/erwin.html" not in result.files


def test_a_far_bigger_city_of_its_country_after_a_dash_places_a_town_and_is_no_second_partner(tmp_path):
    # made up: Kamisu (95,000) written 'Kamisu – Tokyo' as a reader places it, though it lies in Ibaraki
    text = ("KENDARI (Kabarsultra) – Wali Kota Kendari mengunjungi Pemerintah Kota Kamisu – Tokyo, Senin. "
            "Kedutaan menyarankan wali kota datang lagi ke Kota Kamisu.\n")
    _, html, _ = gather(tmp_path, text)
    assert "Kendari" in partnership(html) and "Kamisu" in partnership(html), partnership(html)

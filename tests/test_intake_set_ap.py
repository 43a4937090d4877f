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

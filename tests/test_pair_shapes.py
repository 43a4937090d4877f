"""Pairs written in shapes met on first sight of the tenth and eleventh sets of real pages (made-up
texts, real places): a government's full name, a city joined to its country by a hyphen, a state
named with its government's title after a news desk's dateline, two sides joined by 'dengan' before
the verb, a city and the region around it named both, the first side's own region between the sides."""

import pytest

from tests.test_places_near import gather, partnership


@pytest.mark.parametrize("text, shown, not_shown", [
    # Montana is also a US state and a word that needs context: 'Pemerintah Kota Montana' is the city
    ("Nota Kesepahaman Kota Bersaudara\n\nNaskah ini membahas memorandum antara Pemerintah Kota Surakarta dan "
     "Pemerintah Kota Montana Republik Bulgaria mengenai kerja sama kota bersaudara di bidang kebudayaan.\n",
     ["Surakarta", "Montana"], []),
    # 'Varna-Bulgaria': a word-like name joined to its country
    ("Masa Depan Sister City Surabaya-Varna\n\nJarak antara Surabaya-Indonesia dan Varna-Bulgaria membuat "
     "koordinasi mahal. Kedua kota pelabuhan ini menjalin sister city sejak lama.\n",
     ["Surabaya", "Varna"], []),
    # 'Kerajaan Selangor' is the state (not Kuala Selangor, a town); Pangkalpinang only files the story
    ("Pangkalpinang, (Antaranews Babel) - Gubernur Kepulauan Bangka Belitung bersama utusan Kerajaan Selangor, "
     "Malaysia, membahas kerja sama sister province di bidang budaya melayu.\n\n\"Kami mendukung kerja sama ini,\" "
     "katanya. Kerajaan Selangor akan mengirim rombongan tahun depan.\n",
     ["Bangka Belitung", "Selangor"], ["Kuala", "Pangkal"]),
    # the sides joined by 'dengan', the cooperation they entered after them; another place abroad named first
    ("Peningkatan Kerja Sama dengan Suriname\n\nSidang komisi bersama digelar dari Paramaribo melalui video. "
     "Wakil Wali Kota menyampaikan bahwa Pemerintah Kota Yogyakarta dengan Distrik Commewijne di Suriname telah "
     "menjalin sister city sejak sebuah letter of intent ditandatangani.\n",
     ["Yogyakarta", "Commewijne"], []),
    # GeoNames calls both Zagreb (the city) and Grad Zagreb (its first-level region) 'Zagreb'
    ("Penjajakan Kerja sama Lampung - Zagreb\n\nThis article studies the relationship of the province and "
     "Zagreb City, Croatia. Talks with the Zagreb Government began in 2019.\n",
     ["Lampung", "Zagreb"], ["Grad"]),
    # 'Kota Linyi Provinsi Shandong': the region says where Linyi lies
    ("Siantar - Konsul Jenderal di Kota Medan mengusulkan kerja sama dengan Pemerintah Kota Pematangsiantar "
     "untuk membangun konsep sister city. Kerja sama ini nantinya akan berlangsung antara Kota Linyi Provinsi "
     "Shandong dengan Kota Pematangsiantar.\n",
     ["Pematangsiantar", "Linyi"], []),
    # a name three governments share, its level said by a bracketed word or its head's title; a family name
    # after a given name is a person, not the small town abroad of that name
    ("GORONTALO – GP- Gubernur Prefektur Ehime, Jepang, Tokihiro Nakamura, berkunjung ke Gorontalo dan disambut "
     "Pj Gubernur Gorontalo. Ia mendorong sister city antara (provinsi) Gorontalo dengan Provinsi Ehime.\n",
     ["Gorontalo", "Ehime"], ["Kota Gorontalo", "Kabupaten", "Nakamura"]),
    # a headline naming one place at home and one abroad; the body names the provinces' cooperation in passing
    ("Berita Klaten\n\nKlaten Gaet Linyi Jadi Sister City\n\nPemerintah Kabupaten Klaten menggaet Linyi, "
     "Tiongkok, sebagai sister city.\n\n\"Pemprov Jawa Tengah sudah melakukan kerja sama dengan Provinsi "
     "Shandong di Tiongkok, dilanjutkan dengan kerja sama di bawahnya,\" ujarnya.\n",
     ["Klaten", "Linyi"], ["Shandong", "Jawa Tengah"]),
    # 'kerjasama Sister City X dan Y City', while another city abroad (Davao) is named more often
    ("Kerjasama Sister City Sangihe-Philipina\n\nTAHUNA - Penjajakan kerjasama sister city terus dilakukan di "
     "Provinsi Davao. Kunjungan ke Davao dan General Santos didasari surat perihal kerjasama Sister City "
     "Kabupaten Kepulauan Sangihe dan General Santos City. Rombongan kembali dari Davao.\n",
     ["Sangihe", "General Santos"], ["Davao"]),
    # 'Kupang, Contohnews.id |': a desk with its outlet and a bar files the story; the provinces are the pair
    ("Kupang, Contohnews.id | Kerja sama lintas batas memasuki babak baru dengan inisiatif sister province yang "
     "menghubungkan Provinsi Papua, Indonesia, dengan Provinsi East Sepik, Papua Nugini.\n\nDelegasi kedua "
     "provinsi bertemu untuk membahas perdagangan.\n",
     ["Papua", "East Sepik"], ["Kupang"]),
    # a hand-kept government's name ('Pemerintah Kota Padang') running on into a longer place's name
    ("Kabar Sumbar - Pemerintah Kota Padang Panjang menjajaki kerja sama sister city dengan Kota Ipoh, Malaysia.\n\n"
     "Wali Kota Padang Panjang menyebut kerja sama ini akan dimulai dari bidang pendidikan.\n",
     ["Padang Panjang", "Ipoh"], []),
    # a headline's place after 'In' is where it happened, not a side
    ("In Kuala Lumpur, Klaten Regency Signs A Sister City Agreement\n\nKLATEN - The Klaten Regency Government "
     "signed a sister city agreement with Ipoh City at a forum in Kuala Lumpur.\n",
     ["Klaten", "Ipoh"], ["Kuala Lumpur"]),
    # 'a sister province with X' far into a long sentence; the city it was signed in lies in X
    ("In Chengdu, Lampung Has Signed Its Second Sister Province MoU\n\nCHENGDU-The Lampung Provincial Government has "
     "completed the signing of a joint sister province agreement in two provinces in China after officially "
     "establishing a sister province with Sichuan Province at a hotel in Chengdu on Wednesday evening.\n\n"
     "The governor visited the capital of Chengdu in 2010.\n",
     ["Lampung", "Sichuan"], ["Chengdu"]),
    # a small town abroad joined by a dash to the place at home, the bond after them; its country never named
    ("This paper studies how legal regimes channel paradiplomacy, using a case study of Denpasar-Mossel Bay sister city "
     "cooperation. The findings reveal a pragmatic and resilient form of paradiplomacy.\n",
     ["Denpasar", "Mossel Bay"], []),
    # 'KOTA MASA DEPAN' and 'Kota masa depan' (a city of the future) name no town ('Masa' is one in Finland)
    ("JAKARTA DISIAPKAN JADI KOTA MASA DEPAN\nParis, Kompas\nKota Jakarta dan kota Paris kini resmi menjadi kota "
     "sahabat (sister city), setelah ditandatangani memorandum saling pengertian di Paris.\n\nKota masa depan\n"
     "Gubernur DKI Jakarta menyebut Jakarta disiapkan menjadi kota masa depan.\n",
     ["Jakarta", "Paris"], ["Matinkyl"]),
    # an overview of many links that settles on one, named far more often than the others
    ("Ties have grown between provinces and states, notably Jawa Timur and Western Australia, and city links such as "
     "Surabaya with Seattle. An MOU has now been signed between the growing cities of Perth and Pekanbaru.\n\n"
     "The City of Perth and Kota Pekanbaru negotiated for years. The Pekanbaru mayor visited Perth twice, and "
     "Pekanbaru students now study in Perth.\n",
     ["Pekanbaru", "Perth"], ["Seattle", "Surabaya"]),
    # a place abroad named only as where something happened is no partner
    ("Wali Kota Mataram menghadiri forum kota kembar di Chengdu.\n\nForum itu membahas pariwisata dan budaya.\n",
     [], ["Chengdu"]),
    # (set AP) Beylikdüzü lies in Istanbul province: 'Istanbul' after it says where, no second partner; Erwin is also a
    # town in Tennessee: 'Wakil Wali Kota Erwin Yunaz', written 'Erwin Yunaz' again below, is the deputy mayor
    ("Turki, kabarminang.com — Rendang Payakumbuh sampai ke tangan Wakil Wali Kota Beylikdüzü Istanbul, Turki. Rendang "
     "itu sedianya dibawa Wakil Wali Kota Erwin Yunaz, yang urung memenuhi undangan Pemerintahan Beylikdüzü Istanbul.\n\n"
     "Menurut Erwin Yunaz, rendang Kota Payakumbuh disukai warga Beylikdüzü.\n",
     ["Payakumbuh", "Beylikd"], ["Erwin", "Istanbul"]),
    # (set AP) Kamisu (95,000) written 'Kamisu – Tokyo', as a reader places it though it lies in Ibaraki: Tokyo, a city
    # of its country ten times its size, is no second partner
    ("KENDARI (Kabarsultra) – Wali Kota Kendari mengunjungi Pemerintah Kota Kamisu – Tokyo, Senin. Kedutaan menyarankan "
     "wali kota datang lagi ke Kota Kamisu.\n",
     ["Kendari", "Kamisu"], ["Tokyo"]),
    # sets AQ and AR's shapes
    # 'Pemkab Sangihe' is Kabupaten Kepulauan Sangihe; 'Philipina' a common misspelling; the consulate's 'Jendral'
    ("Tahuna - Konsulat Jendral (Konjen) Philipina di Manado melakukan kunjungan kerja ke Sangihe. Kedatangan Konjen "
     "menindaklanjuti MoU antara Pemkab Sangihe dan Philipina tahun 2019 di bidang perikanan.\n",
     ["Kepulauan Sangihe", "Filipina"], ["Manado"]),
    # a visit the city receives from a country's government, through its ambassador
    ("BAUBAU - Walikota Baubau menerima kunjungan Pemerintah Korea Selatan melalui duta besarnya di rumah jabatan. "
     "Duta besar menyampaikan bahwa kerja sama pendidikan akan diteruskan.\n",
     ["Bau", "Korea Selatan"], []),
    # 'PT Amman Mineral' is a company, not Amman; the consul general of the People's Republic is the other side
    ("Mataram - Gubernur NTB menyambut kunjungan resmi Konsul Jenderal Republik Rakyat Tiongkok di Kantor Gubernur. "
     "Gubernur NTB didampingi tim Brida NTB. Dibahas pula pembangunan smelter PT Amman Mineral di Kabupaten Sumbawa "
     "Barat dan peluang kerja sama.\n",
     ["Nusa Tenggara Barat", "Tiongkok"], ["Amman", "Yordania"]),
    # 'Kota Gyonggi' under a governor and 'Provinsi Gyonggi' later: the province Gyeonggi-do, misspelt
    ("JAKARTA - Gubernur DKI Jakarta menandatangani nota kesepahaman dengan Gubernur Kota Gyonggi, Korea Selatan, "
     "terkait kerja sama antara dua provinsi. Pemprov DKI akan belajar dari Provinsi Gyonggi di bidang teknologi.\n",
     ["Jakarta", "Gyeonggi"], []),
    # a bare name two local governments share, the text saying it is a city
    ("<!-- source: https://example.org/?p=245 -->\nFort Worth’s relationship with Bandung was the first Sister City "
     "program between Indonesia and the U.S. Bandung is Indonesia’s third-largest city and the capital of West Java.\n",
     ["Kota Bandung", "Fort Worth"], ["Kabupaten Bandung"]),
    # sets AS and AT: the pair as a compound before the bond's name; a big city abroad written as one word
    ("By Ana Lee\nNORTHWEST ASIAN WEEKLY\nDid you know that Seattle has a sister city in Indonesia? Surabaya, the "
     "capital of East Java, after Jakarta, became our sister city in 1991. The president of the Seattle-Surabaya "
     "Sister City Association grew up in Jakarta and now lives in Seattle. Seattle hosts Indonesian students.\n",
     ["Surabaya", "Seattle"], ["Jakarta"]),
    ("Ahok Bicarakan Kerja Sama Sister City dengan Presiden Afsel\n\nJakarta - Gubernur DKI Jakarta membahas "
     "soal peluang kerja sama sister city antara DKI Jakarta dan Capetown saat bertemu Presiden Afrika Selatan.\n",
     ["Jakarta", "Cape Town"], []),
])
def test_the_pair_a_text_states_in_these_shapes(tmp_path, text, shown, not_shown):
    _, html, _ = gather(tmp_path, text)
    pair = partnership(html)
    assert all(name in pair for name in shown) and not any(name in pair for name in not_shown), pair


def test_a_family_name_after_a_given_name_is_no_town_abroad(tmp_path):
    # Nakamura is also a town in Japan; here it is the governor's family name
    text = ("Kunjungan Gubernur Ehime\n\nGubernur Prefektur Ehime, Jepang, Tokihiro Nakamura, berkunjung ke Kota Bogor "
            "untuk membahas kerja sama. Tokihiro Nakamura disambut wali kota.\n")
    result, _, _ = gather(tmp_path, text)
    assert not any("nakamura" in path for path in result.files)
    assert any("ehime" in path for path in result.files)


def test_a_district_named_with_its_kind_before_it_is_qualified(tmp_path):
    # Brčko's country is not named; 'District Brcko' says it is a local government all the same
    text = ("Kepentingan dalam Kerja Sama Sister City Kota Magelang dan District Brcko\n\nKota Magelang menjalin "
            "kerja sama sister city dengan District Brcko sejak 2023 di bidang pendidikan.\n")
    _, html, _ = gather(tmp_path, text)
    assert "Magelang" in partnership(html) and "Br" in partnership(html)


def test_the_place_of_a_meeting_abroad_and_a_persons_family_name_are_no_partner(tmp_path):
    # Kuala Lumpur is only where the forum met; 'Mr. Datun' (also a Chinese town's other name) is a councillor
    text = ("PROMEDIACONTOH – Di tengah forum urbanisasi 2025 di Kuala Lumpur, Malaysia, Wali Kota Tomohon bertatap muka "
            "dengan City Councilor Baguio City, Filipina, Elmer O. Datun.\nMaklum, Tomohon dan Baguio punya udara sejuk "
            "yang sama. Baguio dikenal dengan festival bunganya.\n“We are proud to be part of Sister City with Tomohon,” "
            "ujar Mr. Datun.\n")
    result, html, _ = gather(tmp_path, text)
    pair = partnership(html)
    assert "Tomohon" in pair and "Baguio" in pair and "Kuala" not in pair, pair
    assert not any("datong" in path or "datun" in path for path in result.files)


def test_a_name_its_country_settles_once_means_that_place_throughout(tmp_path):
    # GeoNames gives 'Kota Valencia' (City of Valencia) to a Philippine town; ', Spanyol' says which is meant
    text = ("Kabar, Jepara – Pemerintah Kabupaten Jepara menawarkan diri menjadi sister city kepada Kota Valencia, "
            "Spanyol.\n\nMenurutnya, Kabupaten Jepara dan Kota Valencia memiliki beberapa kesamaan.\n")
    result, html, _ = gather(tmp_path, text)
    assert "Jepara" in partnership(html) and "Valencia" in partnership(html)
    assert any("valencia-valenciana-comunidad" in path for path in result.files)
    assert not any("nia-valencia" in path for path in result.files)


def test_a_place_at_home_named_only_as_a_venue_is_no_second_home_side(tmp_path):
    # made up: the festival 'held in Kota Bandung' does not make Bandung a side beside DKI Jakarta
    from tests.test_places_near import gather, partnership
    text = ("Gubernur DKI Jakarta menerima kunjungan Duta Besar Prancis di Balai Kota DKI Jakarta. Pertemuan ini mendorong "
            "penguatan hubungan Jakarta–Paris yang telah terjalin sejak 1995 melalui skema sister city.\n\nBidang yang dibahas "
            "antara lain film. Keduanya ingin mereplikasi festival film yang sebelumnya telah terlaksana di Kota Bandung.\n")
    _, html, _ = gather(tmp_path, text)
    assert "Jakarta" in partnership(html) and "Paris" in partnership(html), partnership(html)


def test_a_town_named_only_as_where_a_building_stands_does_not_take_its_provinces_place(tmp_path):
    # made up: Makassar is where the governor's hall stands; the province receives a Korean county's head
    # ('Kabupaten Jindo', the county GeoNames files as Jindo-gun)
    text = ("Makassar (Kabar Sulsel) - Gubernur Sulawesi Selatan menerima kunjungan Bupati Jindo, Korea Selatan, di "
            "Aula Kantor Gubernur di Gedung Baruga Makassar, Senin.\nKunjungan Bupati Jindo itu membahas kerja sama "
            "pertanian yang sudah disepakati kedua pemerintah.\n")
    _, html, _ = gather(tmp_path, text)
    pair = partnership(html)
    assert "Sulawesi Selatan" in pair and "Jindo" in pair and "Makassar" not in pair, pair


def test_a_governors_nickname_after_his_title_is_no_town_abroad(tmp_path):
    # made up: 'Aher' is also a spelling of Ahar, a town in Iran, a country the text never names
    text = ("Jabar Jajaki Kerja Sama dengan Provinsi Chungcheongnam-do\n\nGubernur Aher bersama rombongan menandatangani "
            "surat minat kerja sama dengan Provinsi Chungcheongnam-do, Korea Selatan. Kata Gubernur Aher, kerja sama "
            "itu akan dimulai dari pendidikan.\n")
    result, html, _ = gather(tmp_path, text)
    assert "Chungcheong" in partnership(html), partnership(html)
    assert not any("ahar" in path for path in result.files)

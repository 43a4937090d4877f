"""Tagging what a summary describes rather than names, and not what it only defines: a careful reader's
kinds of reading, each with a short fixture written for these tests."""

from __future__ import annotations

import pytest

from tests.test_tagging_reading import TITLE, tags


@pytest.mark.parametrize("sentence, tagged", [
    # a sentence defining the term calls it a concept without using it as a framework
    ("Sister city adalah konsep kerja sama antara dua kota di negara yang berbeda.", False),
    ("A twin city is the concept of pairing two towns of different countries.", False),
    ("Kota kembar merupakan konsep penggandengan dua kota.", False),
    # the concept used as the study's lens still is
    ("The study reads the partnership through the sister city concept.", True),
    ("Penelitian ini menggunakan konsep sister city dan data wawancara.", True),
])
def test_a_definition_of_the_term_is_no_framework(sentence, tagged):
    assert ("sister-city" in tags(f"{TITLE}\n\n{sentence}\n", "theories")) is tagged


@pytest.mark.parametrize("sentence, tagged", [
    ("The youth camp broadens the partnership while serving the country's public diplomacy goals.", False),
    ("Penelitian ini menggunakan konsep diplomasi publik untuk membaca pertukaran pelajar.", True),
])
def test_public_diplomacy_as_a_practice_is_no_framework(sentence, tagged):
    assert ("diplomasi-publik" in tags(f"{TITLE}\n\n{sentence}\n", "theories")) is tagged


def stages(sentence: str) -> tuple[str, ...]:
    return tags(f"{TITLE}\n\n{sentence}\n", "stages")


@pytest.mark.parametrize("sentence, stage", [
    # why or how a cooperation began, with words between, is its initiation
    ("Penelitian ini menjelaskan alasan Kota Bogor menjalin kerja sama dengan Kisarazu.", "inisiasi"),
    ("This paper explains why Bogor chose to build a sister city partnership with Kisarazu.", "inisiasi"),
    ("Bab ini menguraikan awal mula terbentuknya kemitraan kedua kota.", "inisiasi"),
    # seeking the possibility of a cooperation is exploring it (stages.yml: 'menjajaki kemungkinan bekerja sama')
    ("This study aims to find opportunities for a sister city collaboration of Bogor and Kisarazu.", "inisiasi"),
    ("Pemerintah Kota Bogor mencari peluang kerja sama dengan Kisarazu.", "inisiasi"),
    # a stage named with another word for a step ('phase' for 'stage')
    ("The partnership with Kisarazu is still in its exploratory phase.", "inisiasi"),
    # what an implementation consists of: training, delegations, exchanges of people
    ("Melalui kerja sama ini Kota Bogor mengirimkan pegawainya ke Kisarazu untuk pelatihan.", "pelaksanaan"),
    ("The sister city relationship brought youth delegates of both cities together.", "pelaksanaan"),
    # joint projects are what it does too (stages.yml: 'proyek bersama')
    ("As sister cities, Bogor and Kisarazu collaborate on projects like a new riverside park.", "pelaksanaan"),
    # signed, affirmed or brought to life again
    ("In 2016 both cities re-signed the cooperation agreement.", "revitalisasi"),
    ("Kerja sama itu dihidupkan kembali oleh wali kota yang baru.", "revitalisasi"),
    # first steps: a letter to the partner, a first meeting, a visit made to build the cooperation
    ("Maka Pak Wali Kota Bogor berkirim surat dengan Wali Kota Kisarazu.", "inisiasi"),
    ("Pada tahun 2015 Kota Bogor berhasil melakukan pertemuan awal kerjasama sister city dengan Kisarazu.", "inisiasi"),
    ("Wali Kota Bogor melakukan kunjungan ke Kisarazu dalam rangka membangun kerja sama.", "inisiasi"),
    # a visit made to enter into cooperation, the cooperation sought, agreed to be formed, explored
    ("Pemerintah Kota Padang berkunjung ke Hildesheim untuk bersilaturahim dan menjalin kerja sama di bidang budaya.", "inisiasi"),
    ("Penggalangan kerjasama ini dilakukan saat Wali Kota Bogor berkunjung ke Kisarazu.", "inisiasi"),
    ("Pemerintah kedua kota bersepakat membentuk friendship city dengan menekankan perdagangan.", "inisiasi"),
    ("Kerjasama tersebut dijajaki melalui tim diaspora dan Pemerintah Kota Bogor.", "inisiasi"),
    # an agreement run out, a city council's ratification in English
    ("Nota kesepahaman sister city Kota Bogor dan Kisarazu itu telah habis masa berlakunya.", "stagnasi"),
    ("Following the Bogor City Council's ratification, the agreement with Kisarazu needed the ministry's approval.",
     "persetujuan-dprd"),
    # first contacts
    ("Jinan started friendly communication with Bogor in 2008, before the sister city of Kisarazu was known.", "inisiasi"),
    ("Pemerintah Kota Bogor mulai menjalin komunikasi dengan Kisarazu pada 2015.", "inisiasi"),
    # a headline's 'Jajaki', and the likeness a partner was chosen for
    ("Gandeng Kota di Jepang, Bogor Jajaki Kerja Sama Sister City", "inisiasi"),
    ("Kota Bogor dipilih lantaran dinilai memiliki kesamaan dengan Kisarazu.", "inisiasi"),
    ("Kota Bogor dinilai mempunyai kemiripan dengan Kota Kisarazu, Jepang.", "inisiasi"),
    # the cooperation carried out, run, or bearing programmes; its programmes already running
    ("Pemerintah Kota Bogor telah melaksanakan kerja sama sister city dengan Kisarazu sejak 2016.", "pelaksanaan"),
    ("Kami menjalankan kerjasama ini untuk meningkatkan hubungan kedua kota.", "pelaksanaan"),
    ("The Bogor City Government has carried out this collaboration since 2005.", "pelaksanaan"),
    ("The collaboration has resulted in programs such as a school canteen in Bogor.", "pelaksanaan"),
    ("Program-program yang sudah berjalan sebelumnya juga dibahas, seperti beasiswa ke Kisarazu.", "pelaksanaan"),
    # a sleeping sister city; an English agreement signed on a date
    ("Jadi ini seperti Sleeping Sister City, kata Wali Kota Bogor.", "stagnasi"),
    ("Hubungan Bogor dengan Kisarazu adalah sister city yang tidur.", "stagnasi"),
    ("Bogor and Kisarazu have a sisterhood agreement signed on June 22, 2004.", "mou"),
    # what a cooperation could be, talked over
    ("Wali Kota Bogor sudah mendiskusikan beberapa potensi kerja sama dengan Gubernur Chiba.", "inisiasi"),
    ("Wali Kota Bogor membahas soal sister city dengan Wali Kota Kisarazu.", "inisiasi"),
    # an invitation or a proposal to cooperate; a tie said to be initiated
    ("Ada ajakan kerjasama sister city Bogor dan Kisarazu. Ajakan ini disambut baik.", "inisiasi"),
    ("Usulan program kota kembar itu telah disampaikan Wali Kota Bogor kepada Kisarazu.", "inisiasi"),
    ("The Sister City program of Bogor and Kisarazu was initiated in 2015.", "inisiasi"),
    # English: an agreement signed on a date or its first signing; programmes sponsored, initiatives launched
    ("The agreement was first signed in September 1991 by the mayors of Bogor and Kisarazu.", "mou"),
    ("Since its initial signing in 1990, the Bogor-Kisarazu tie has grown.", "mou"),
    ("The Bogor-Kisarazu association has sponsored programs on culture and business.", "pelaksanaan"),
    ("Bogor and Kisarazu have launched several initiatives for young people.", "pelaksanaan"),
    ("Wali Kota Bogor menandatangani Kerjasama Sister City antara Kota Bogor dengan Kota Kisarazu.", "mou"),
])
def test_a_stage_described_rather_than_named(sentence, stage):
    assert stage in stages(sentence)


@pytest.mark.parametrize("sentence, stage", [
    ("Tulisan ini mengulas latar belakang perkembangan sister city di dunia.", "inisiasi"),  # the idea's origin
    ("That is why the cooperation program of both cities matters to Bogor.", "inisiasi"),  # 'therefore'
    ("Pertimbangan anggaran membatasi kerja sama kedua kota.", "inisiasi"),  # a reason for something else
    ("Kota Bogor menandatangani program pertukaran pelajar dengan Kisarazu.", "pelaksanaan"),  # agreed, not run
    ("Sister city cooperation can increase foreign exchange for the region.", "pelaksanaan"),  # money
    ("Penelitian ini membahas soal sister city Kota Bogor.", "inisiasi"),  # the study's topic, no talks held
])
def test_words_near_a_stage_that_describe_something_else(sentence, stage):
    assert stage not in stages(sentence)


@pytest.mark.parametrize("sentence, found, absent", [
    # an implementation the text denies is a cooperation that stalled
    ("Setelah MoU ditandatangani, implementasi kerja sama ini tidak pernah terlihat.", "stagnasi", "pelaksanaan"),
    ("There is no record of any implementation of the agreement since 2015.", "stagnasi", "pelaksanaan"),
    # 'not only', and a judged effectiveness, deny nothing
    ("Implementasi kerja sama tidak hanya di bidang budaya.", "pelaksanaan", "stagnasi"),
    ("The implementation of the programme is not effective.", "pelaksanaan", "stagnasi"),
])
def test_a_denied_implementation_is_stagnation(sentence, found, absent):
    tagged = stages(sentence)
    assert found in tagged and absent not in tagged


@pytest.mark.parametrize("sentence, sectors", [
    # what such cooperation covers in general, said of none in particular
    ("Kerja sama sister city meliputi bidang pendidikan, ekonomi dan pertukaran budaya.", ()),
    ("Kerja sama ini meliputi bidang pendidikan.", ("pendidikan",)),
    ("The cooperation covers agriculture and tourism.", ("pertanian", "pariwisata")),
])
def test_the_general_scope_of_such_cooperation_is_no_sector(sentence, sectors):
    assert set(tags(f"Kajian Kota Bogor dan Kisarazu\n\n{sentence}\n", "sectors")) == set(sectors)


@pytest.mark.parametrize("sentence, sectors", [
    # a sector word qualifying a motive or a respect says why or in what way, not in which field
    ("Kerja sama kedua kota didorong motif ekonomi dan motif budaya.", ()),
    ("Kedua kota bekerja sama karena persamaan dari segi geografis, budaya dan sejarah.", ()),
    ("The cooperation was driven by cultural motives.", ()),
    # a definition of the term names no field of this cooperation
    ("Sister city is the concept of pairing two cities for cultural contact.", ()),
    # inside the title of a minister, no field
    ("Kerja sama dirintis oleh Menteri Koordinator Bidang Perekonomian dan Kota Bogor.", ()),
])
def test_a_sector_word_that_names_no_field_of_the_cooperation(sentence, sectors):
    assert set(tags(f"Kajian Kota Bogor dan Kisarazu\n\n{sentence}\n", "sectors")) == set(sectors)


@pytest.mark.parametrize("sentence, stage", [
    # the running of another process, not of the cooperation
    ("The partnership may support future smart city implementation in Bogor.", "pelaksanaan"),
    ("The study found obstacles in the budget implementation of Kota Bogor.", "pelaksanaan"),
    ("Bogor has been implementing paradiplomacy to attract investors.", "pelaksanaan"),
    ("Globalisasi menuntut perangkat baru dalam pelaksanaan hubungan antar negara.", "pelaksanaan"),
    # in capitals, a title's line over the text: still another process
    ("IMPLEMENTASI PARADIPLOMASI KOTA BOGOR DALAM PEKAN OLAHRAGA ASEAN\nKerja sama Kota Bogor dibahas di sini.", "pelaksanaan"),
    ("Implementasi Kebijakan Otonomi Daerah di Kota Bogor", "pelaksanaan"),
    # a stage said under a future, a possibility or a purpose is not one reached
    ("Nanti tentulah akan ada MoU antara Kota Bogor dan Kisarazu.", "mou"),
    ("Kota Bogor akan melaksanakan kerja sama sister city dengan Kisarazu tahun depan.", "pelaksanaan"),
    ("The sister city agreement of Bogor and Kisarazu will be signed on Monday.", "mou"),
    ("The agreement will be signed in May by the mayors of Bogor and Kisarazu.", "mou"),
    # an MoU talked of while its signing is still to come; a renewal talked over
    ("MoU antara Kota Bogor dan Kisarazu direncanakan akan ditandatangani pada Mei. Dalam MoU tersebut ada lima bidang.",
     "mou"),
    ("Kota Bogor sudah lama ada MoU dengan Kisarazu tapi belum ditandatangani.", "mou"),
    ("Konsul Jenderal datang untuk membahas perpanjangan kerja sama Kota Bogor dan Kisarazu.", "revitalisasi"),
    ("Kunjungan ke Kisarazu masih menunggu persetujuan DPRD Kota Bogor.", "persetujuan-dprd"),  # awaited, not given
    ("The partnership of Bogor and Kisarazu can be a platform for the exchange of knowledge.", "pelaksanaan"),
    ("Barriers can affect the effectiveness of this collaborative effort of Bogor.", "evaluasi"),
    ("This study assesses how e-government implementation in Bogor City Government serves paradiplomacy.", "pelaksanaan"),
    # a stage word inside the name of a body or a meeting, in running text
    ("Wali Kota Bogor bertemu Wakil Wali Kota Kisarazu dan Ketua Policy Planning Division di balai kota.", "perencanaan"),
    ("Hal itu disampaikan dalam Rapat Persiapan Pelaksanaan Kunker ke Kisarazu di ruang rapat Pemkot Bogor.", "pelaksanaan"),
    # agreed to sign is not signed; the benefits hoped for are not an implementation
    ("Dalam pertemuan itu Wali Kota Bogor dan Kisarazu sepakat untuk menandatangani MoU sebagai langkah awal.", "mou"),
    ("Kolaborasi Bogor dan Kisarazu diharapkan dapat membawa manfaat bagi kedua daerah, terutama dalam pertukaran "
     "pengetahuan.", "pelaksanaan"),
    # the basis for activities to come
    ("Dibutuhkan dasar kerja sama yang legal bagi Kota Bogor, sebagai dasar pelaksanaan kegiatan dengan Kisarazu.",
     "pelaksanaan"),
    # a likeness described, not what a partner was chosen for
    ("Kisarazu, secara kultur dan bahasa, banyak memiliki kesamaan dengan daerah Kota Bogor.", "inisiasi"),
    # an intention ('planning to'), and a route revived, not the cooperation
    ("Many companies are planning to move to Bogor, the sister city of Kisarazu.", "perencanaan"),
    ("Kerja sama Kota Bogor dan Kisarazu dibahas panjang lebar dalam pertemuan tahunan di balai kota itu, termasuk "
     "konektivitas, seperti usulan reaktivasi rute penerbangan Bogor–Kisarazu.", "revitalisasi"),
    ("Kerja sama Kota Bogor dan Kisarazu dibahas panjang lebar dalam pertemuan tahunan di balai kota itu, termasuk "
     "konektivitas, seperti usulan reaktivasi rute penerbangan Bogor–Kisarazu.", "stagnasi"),
    # a condition ('kalau'), a schedule, and a visit among bodies at home or by an envoy
    ("Duta Besar Jepang menyampaikan dukungan kerja sama sister city Kota Bogor dan Kisarazu saat kunjungan kerja ke "
     "Bogor.", "pelaksanaan"),
    ("Nah, kalau kerja sama luar negeri itu harus persetujuan dewan, kata Wali Kota Bogor.", "persetujuan-dprd"),
    ("Wakil Wali Kota Bogor malam ini dijadwalkan menghadiri jamuan balasan dari delegasi Kisarazu untuk pemerintah kota "
     "serta penandatanganan nota kesepahaman sister city.", "pelaksanaan"),
    ("Dalam kunjungan kerja itu, Komisi 1 DPRD Jawa Barat membahas rencana kerja sama Kota Bogor dan Kisarazu.", "pelaksanaan"),
    # a letter of intent followed up so that it may become an MoU: the MoU is its aim
    ("DPRD menyetujui permohonan untuk menindaklanjuti LoI Kota Bogor dan Kisarazu yang telah ditandatangani pada 2021 "
     "untuk dapat menjadi memorandum of understanding (MoU).", "mou"),
    # the event an agreement was signed at, and the words of its quoted name, with a copied page's line breaks
    ("Lebih jauh, penandatanganan\nnota kesepahaman Kota Bogor dan Kisarazu dilakukan sebagai agenda penting dalam\n"
     "lokakarya bertajuk ‘Kota Kembar Internasional; Pertukaran\nKebudayaan dan Pengembangan Air’.", "pelaksanaan"),
])
def test_a_stage_of_another_process_or_under_a_hedge_is_not_tagged(sentence, stage):
    assert stage not in stages(sentence)


@pytest.mark.parametrize("sentence, stage", [
    ("This study examines the implementation of the Bogor – Kisarazu Sister City Program.", "pelaksanaan"),
    ("Pelaksanaan program pertukaran pelajar berjalan setiap tahun.", "pelaksanaan"),
    ("Akan tetapi dalam implementasinya kerja sama Bogor dan Kisarazu berjalan lambat.", "pelaksanaan"),
    ("This research will analyse the implementation of the sister city cooperation.", "pelaksanaan"),
    ("The MoU can be said to have been signed in 2010 by both mayors.", "mou"),
    ("LoI Kota Bogor dan Kisarazu telah ditandatangani pada 2021 untuk dapat menjadi MoU.", "loi"),
])
def test_the_cooperations_own_stage_stays_tagged(sentence, stage):
    assert stage in stages(sentence)


@pytest.mark.parametrize("sentence, sectors", [
    # the fields a letter of intent or a city's paradiplomacy names are its cooperation's
    ("Isi LoI itu meliputi pertanian dan pariwisata.", ("pertanian", "pariwisata")),
    ("Bogor's paradiplomacy brought youth exchanges and urban development projects.", ("pemuda-olahraga", "tata-kota")),
    # examples of a factor or an issue, and what such activity can cover in general, are no field
    ("Economic factors such as trade and investment drive this cooperation.", ()),
    ("In Bogor, issues such as economic cooperation and identity grew.", ()),
    ("Various sectors can be operated within such cooperation, including education and tourism.", ()),
    # fields an initiative (the cooperation, named before) is to strengthen
    ("Inisiatif ini ditargetkan memperkuat perdagangan dan pendidikan kedua wilayah.", ("perdagangan", "pendidikan")),
])
def test_sector_wording_of_letters_paradiplomacy_and_examples(sentence, sectors):
    assert set(tags(f"Kajian Kota Bogor dan Kisarazu\n\n{sentence}\n", "sectors")) == set(sectors)


@pytest.mark.parametrize("sentence, present, absent", [
    # a revival on offer says the cooperation lapsed; it has not been renewed yet
    ("Pemerintah Australia siap menghidupkan lagi hubungan kota kembar dengan Kota Bogor yang pernah terjalin "
     "pada 2006.", "stagnasi", "revitalisasi"),
    ("The mayor wants to revive the sister city partnership with Kisarazu that ended in 2010.", "stagnasi", "revitalisasi"),
    # a renewal done is one
    ("Kedua kota melakukan pembaharuan MoU kedua pada kurun waktu 2014-2018.", "revitalisasi", "stagnasi"),
    # a judgement of how well it runs is no stop
    ("MoU pertama tahun 2003 belum diimplementasikan secara optimal oleh kedua kota.", None, "stagnasi"),
    # what sister cities in general are good for is not what this cooperation did
    ("Hubungan kota kembar sangat bermanfaat bagi program pertukaran pelajar dan budaya.", None, "pelaksanaan"),
    ("Traditionally, sister city relationships focused on cultural and education exchanges.", None, "pelaksanaan"),
])
def test_revivals_renewals_and_general_statements(sentence, present, absent):
    found = tags(f"{TITLE}\n\n{sentence}\n", "stages")
    assert absent not in found
    assert present is None or present in found


@pytest.mark.parametrize("sentence, tagged", [
    # a concept put into practice, or defined, is the topic, not the lens
    ("Beberapa kota di Indonesia telah berhasil menerapkan konsep Sister City seperti Surabaya.", False),
    ("Kota Bogor berencana gandeng Kisarazu dalam rangka mewujudkan konsep Sister City tersebut.", False),
    ("Konsep kota kembar bisa diumpamakan sebagai sahabat pena antara dua kota.", False),
    ("The study uses the concept of paradiplomacy and south-south cooperation in identifying the motives behind "
     "this sister city cooperation.", False),
    # read through, it still is
    ("Penelitian ini menggunakan konsep sister city dan data wawancara.", True),
])
def test_a_concept_practised_or_defined_is_no_framework(sentence, tagged):
    assert ("sister-city" in tags(f"{TITLE}\n\n{sentence}\n", "theories")) is tagged


@pytest.mark.parametrize("sentence, absent", [
    ("Kerja sama ini adalah contoh implementation of the South-South Cooperation (SSC) concept.", "pelaksanaan"),
    ("Fokus Kota Bogor pada pertanian selaras dengan perencanaan pembangunan Kisarazu.", "perencanaan"),
    ("Pemerintah Provinsi sedang menjajaki program kerja sama sister city antara Kota Bogor dan Kisarazu.", "pelaksanaan"),
])
def test_another_process_or_an_exploration_is_no_stage_reached(sentence, absent):
    assert absent not in tags(f"{TITLE}\n\n{sentence}\n", "stages")


@pytest.mark.parametrize("sentence, present, absent", [
    ("Kerja sama itu belum ditindaklanjuti dengan nota kesepahaman oleh kedua kota.", None, "mou"),
    ("Setelah terhenti, the partnership was revitalized in 2019 by both mayors.", "revitalisasi", None),
    ("Kerja sama Kota Bogor dan Kisarazu direvitalisasi pada tahun 2019.", "revitalisasi", None),
    ("Penulis menyarankan adanya evaluasi kerja sama secara berkala oleh Pemerintah Kota Bogor.", None, "evaluasi"),
])
def test_a_stage_denied_or_only_recommended_is_not_reached_and_a_revival_done_is(sentence, present, absent):
    found = tags(f"{TITLE}\n\n{sentence}\n", "stages")
    assert absent is None or absent not in found
    assert present is None or present in found


@pytest.mark.parametrize("sentence, stage, tagged", [
    # a study of what the cooperation brought about weighs its results: an evaluation
    ("Penelitian ini mengetahui pengaruh kerjasama sister city Kota Bogor dengan Kisarazu terhadap mutu pendidikan.",
     "evaluasi", True),
    ("Assessing the Impacts of Paradiplomacy on Bogor-Kisarazu Cooperation.", "evaluasi", True),
    # a cooperation under which nothing is done has stalled
    ("Kerja sama Kota Bogor dan Kisarazu terjalin sejak 1993 namun tidak ada kegiatan yang dilakukan kedua kota.",
     "stagnasi", True),
    # a ministry named in a duty or a condition is no approval given; an approval said given is
    ("Pemerintah daerah harus terlebih dahulu meminta izin pemerintah pusat melalui Kementerian Dalam Negeri.",
     "persetujuan-pusat", False),
    ("Kerja sama Kota Bogor dan Kisarazu dikoordinasikan dengan Kementerian Dalam Negeri pada 2015.",
     "persetujuan-pusat", True),
    # a stage under a condition, or said to be only planned, is not reached
    ("Menurutnya jika langsung melakukan MoU dengan Kisarazu, izinnya sulit didapat.", "mou", False),
    ("Penandatanganan MoU kelima bidang kerja sama itu direncanakan pada bulan Juni.", "mou", False),
    # some fields not carried out is no stalled cooperation
    ("Dalam pelaksanaannya, beberapa bidang belum ada implementasinya, namun bidang pendidikan berjalan baik.",
     "stagnasi", False),
    # the planning of a city's spatial layout is no stage of the cooperation
    ("Visi kota: mewujudkan Bogor nyaman melalui perencanaan tataruang yang berkualitas.", "perencanaan", False),
])
def test_results_stalls_duties_conditions_and_plans(sentence, stage, tagged):
    assert (stage in stages(sentence)) is tagged


@pytest.mark.parametrize("sentence, theory", [
    # 'concepts' in the plural frames the list after it, as 'concept' does
    ("The theory is applied to relate the concepts of paradiplomacy and sister cities in Bogor.", "sister-city"),
    # the Indonesian paraphrase of complex interdependence, with 'yang'
    ("Seperti dikatakan Keohane dan Nye dalam teori saling ketergantungan yang kompleks, kedua kota terhubung.",
     "interdependensi-kompleks"),
])
def test_plural_frames_and_paraphrased_theories(sentence, theory):
    assert theory in tags(f"{TITLE}\n\n{sentence}\n", "theories")


@pytest.mark.parametrize("sentence, kind, slug, tagged", [
    # a process named in passing is no framework; named in the keywords, it is the study's subject
    ("Foreign relations of Bogor are complex, especially in the decision-making process with Kisarazu.",
     "theories", "pengambilan-keputusan", False),
    ("Keywords: Paradiplomacy, Decision Making Process, Kisarazu", "theories", "pengambilan-keputusan", True),
    # 'from the perspective of X' is X's perspective, not a frame for the name before it
    ("This research analyses the governance of a sister city from the perspective of local governments.",
     "theories", "sister-city", False),
    # a research question asks; a purpose aims: neither says the stage was reached
    ("(2) Bagaimana implementasi kerjasama sister city antara Kota Bogor dengan Kisarazu?", "stages", "pelaksanaan", False),
    ("LoI itu akan membantu kedua kota untuk saling belajar dan meningkatkan pertukaran pelajar.",
     "stages", "pelaksanaan", False),
    # running, but not well: an evaluation's finding, not a stall
    ("Hasil penelitian menunjukkan kerjasama sister city Bogor dan Kisarazu tidak berjalan optimal.", "stages", "stagnasi", False),
    ("Hasil penelitian menunjukkan kerjasama sister city Bogor dan Kisarazu tidak berjalan optimal.", "stages", "evaluasi", True),
    ("Results showed dynamic, effective and unimplemented cooperation between Bogor and Kisarazu.",
     "stages", "stagnasi", True),
])
def test_passing_processes_perspectives_questions_purposes_and_findings(sentence, kind, slug, tagged):
    assert (slug in tags(f"{TITLE}\n\n{sentence}\n", kind)) is tagged


@pytest.mark.parametrize("sentence, stage, tagged", [
    # judging what hinders this cooperation is its evaluation (stages.yml: 'apa hambatannya')
    ("This article discusses the challenges of the Bogor and Kisarazu Sister City Partnership after COVID-19.",
     "evaluasi", True),
    ("Kerja sama Kota Bogor dan Kisarazu menghadapi beberapa kendala dalam pendanaan.", "evaluasi", True),
    # obstacles of any cooperation, or examples: not this one's
    ("Pemerintah kota boleh bekerja sama, namun masih banyak hambatan dalam sebuah proses kerjasama.", "evaluasi", False),
    # a cooperation offered, proposed or begun by one side is its initiation
    ("Pemerintah Kota Beihai menawarkan kerja sama dalam bentuk sister city kepada Kota Bogor.", "inisiasi", True),
    ("The study explores how Bali's government went about initiating sister province cooperation.", "inisiasi", True),
    ("The example of paradiplomacy is initiating cooperation on foreign investment.", "inisiasi", False),
])
def test_obstacles_judged_and_cooperation_proposed(sentence, stage, tagged):
    assert (stage in stages(sentence)) is tagged


@pytest.mark.parametrize("sentence, stage, tagged", [
    # a signing planned is not reached; an MoU never signed is not either, however far the denial stands
    ("Tahun depan kami merencanakan penandatanganan perjanjian kerja sama (MoA) sebagai tindak lanjut.", "moa", False),
    ("Hingga kini MoU antara Kota Bogor dan Kota Kisarazu tidak pernah ditandatangani.", "mou", False),
    # a denial after a contrast denies what follows it, not the implementation before it
    ("The article finds that the cooperation of Bogor and Kisarazu has been implemented but has not yet been "
     "evaluated regularly.", "pelaksanaan", True),
    ("The article finds that the cooperation of Bogor and Kisarazu has been implemented but has not yet been "
     "evaluated regularly.", "stagnasi", False),
    # 'Law No. 37' is a number, not a denial
    ("Sister city cooperation in its implementation has a legal position based on Law No. 37 of 1999.",
     "stagnasi", False),
    # what followed a signing happened
    ("Nota kesepahaman Bogor dan Kisarazu ditandatangani pada 2016 dan diikuti program pelatihan pegawai.",
     "pelaksanaan", True),
])
def test_plans_far_denials_contrasts_and_what_followed_a_signing(sentence, stage, tagged):
    assert (stage in stages(sentence)) is tagged


def test_applying_for_an_approval_is_no_proposal_of_a_cooperation():
    found = stages("Tahap ketiga yaitu mengajukan persetujuan kerjasama antara Kota Bogor dengan Kisarazu ke Depdagri.")
    assert "inisiasi" not in found


@pytest.mark.parametrize("sentence, stage", [
    # another process's planning, and activities that are not the cooperation's, are no stage
    ("So far, the wetland management planning methodology of Bogor has paid little attention to funding.", "perencanaan"),
    ("Wetland management accommodates various development activities, such as agricultural development.", "pelaksanaan"),
    # an exchange the text only asks about ('apakah', 'whether') is not carried out
    ("Kota Bogor diingatkan untuk merinci apakah pertukaran pelajar atau pementasan seni budaya yang dikerjasamakan "
     "dengan Kisarazu.", "pelaksanaan"),
])
def test_other_planning_any_activities_and_whether_are_no_stage(sentence, stage):
    assert stage not in stages(sentence)


def test_described_stages_are_read_in_any_case():
    """The stage patterns run over the folded text without IGNORECASE (a speed-up): capitals and
    diacritics in the summary change nothing, and every pattern's letters are folded already."""
    import re

    from katalog import paraphrase
    from katalog.text import fold_same_length

    for _, pattern, _ in paraphrase._DESCRIBED:
        letters = re.sub(r"\\.", "", pattern.pattern)
        assert fold_same_length(letters) == letters, pattern.pattern[:60]
    lower = "Hambatan dalam kerja sama sister city ini adalah anggaran."
    for sentence in (lower, lower.upper(), lower.replace("kerja sama", "kérja sama")):
        assert "evaluasi" in tags(f"{TITLE}\n\n{sentence}\n", "stages"), sentence


@pytest.mark.parametrize("text, stage, tagged", [
    # first contacts with no agreement yet: the visit and the exchange named are the contacts and a plan
    ("Delegasi Kota Kisarazu berkunjung ke Bogor untuk menjajaki kerja sama sister city. Kedua kota siap "
     "memfasilitasi pertukaran pelajar di masa depan.", "pelaksanaan", False),
    ("Bogor and Kisarazu signed a letter of intent in 2019; a student exchange followed the visit of the mayor.",
     "pelaksanaan", False),
    # an agreement signed: the same exchange is its implementation
    ("Bogor and Kisarazu signed a memorandum of understanding in 2019; a student exchange followed the visit of "
     "the mayor.", "pelaksanaan", True),
    # no agreement named, but the text says, more than once, that the cooperation was carried out
    ("Kerja sama Bogor dan Kisarazu berawal dari penjajakan pada 1997. Implementasi program kerja sama berjalan "
     "intens di bidang pendidikan, dan pelaksanaan kerja sama itu dinilai stabil.", "pelaksanaan", True),
])
def test_implementation_follows_an_agreement(text, stage, tagged):
    assert (stage in stages(text)) is tagged


@pytest.mark.parametrize("sentence", [
    "Kota Bogor belum memiliki kerja sama luar negeri yang berhasil sampai pada tahap implementasi.",
    "Bogor does not yet have a partnership with Kisarazu that has reached the implementation stage.",
])
def test_a_stage_not_reached_is_neither_reached_nor_stalled(sentence):
    found = stages(sentence)
    assert "pelaksanaan" not in found and "stagnasi" not in found


def test_the_obstacles_of_a_stalled_cooperation_explain_the_stall():
    stalled = ("The MoU of Bogor and Kisarazu was signed in 2008, but no programs followed and the cooperation "
               "stopped. The obstacles that led to the cooperation stalled were the mayors' changing priorities.")
    found = stages(stalled)
    assert "stagnasi" in found and "evaluasi" not in found
    # the same obstacles, in a cooperation that runs, are judged: an evaluation
    assert "evaluasi" in stages("Kerja sama Kota Bogor dan Kisarazu menghadapi beberapa kendala dalam pendanaan.")


@pytest.mark.parametrize("sentence", [
    # offering to extend a cooperation that exists
    "Dalam sidang komisi bersama, Pemerintah Kota Bogor menawarkan peningkatan kerja sama sister city dengan Kisarazu.",
    # what many local governments do
    "Tidak sedikit Pemerintah Daerah kita yang aktif dalam menjajaki serta membina kerja sama kota kembar.",
])
def test_an_upgrade_offered_or_many_governments_exploring_is_no_initiation(sentence):
    assert "inisiasi" not in stages(sentence)


@pytest.mark.parametrize("sentence, stage, tagged", [
    # examples of what the clause denies are not reached
    ("Until now there has been no formal agreement, such as a Memorandum of Understanding (MoU) or Letter of Intent "
     "(LoI), between Bogor and Kisarazu.", "mou", False),
    ("Until now there has been no formal agreement, such as a Memorandum of Understanding (MoU) or Letter of Intent "
     "(LoI), between Bogor and Kisarazu.", "loi", False),
    ("Kota Bogor dan Kisarazu telah menandatangani Memorandum of Understanding (MoU) pada 2016.", "mou", True),
    # a cooperation entered again, in either word order
    ("Kota Bogor kembali menjalin kerja sama sister city yang pernah dilakukan tahun 2010-2015.", "revitalisasi", True),
    # the regional parliament's approval, given
    ("DPRD Kota Bogor sebelumnya juga sudah menyetujui kerja sama sister city ini untuk dilanjutkan.",
     "persetujuan-dprd", True),
    ("Kerja sama sister city itu harus disetujui oleh DPRD sebelum ditandatangani.", "persetujuan-dprd", False),
    # a city interested in cooperating: the exploration begins
    ("Kota Kisarazu tertarik untuk bekerja sama dengan Pemerintah Kota Bogor dalam bidang pendidikan.", "inisiasi", True),
])
def test_denied_examples_renewals_approvals_and_interest(sentence, stage, tagged):
    assert (stage in stages(sentence)) is tagged


@pytest.mark.parametrize("sentence, tagged", [
    ("Kota Bogor berencana akan gandeng Kota Kisarazu di Jepang dalam bidang pariwisata.", True),
    ("Pada 2022 Pemerintah Kota Bogor sudah menyurati Pemerintah Kota Kisarazu untuk bekerjasama sebagai sister city.", True),
    ("Keseriusan tawaran kerja sama dari Kisarazu dibuktikan dengan kunjungan wali kota.", True),
    # a plan inside a partnership that runs is no first step
    ("Kota Bogor dan Kisarazu menyusun rencana aksi kerja sama pendidikan untuk tahun depan.", False),
])
def test_a_first_step_towards_a_partner_is_an_initiation(sentence, tagged):
    assert ("inisiasi" in stages(sentence)) is tagged


@pytest.mark.parametrize("sentence, stage", [
    # a thesis's examination committee is no evaluation of the cooperation
    ("HALAMAN PENERIMAAN TIM EVALUASI. Telah diterima oleh Tim Evaluasi Sarjana untuk kajian Kota Bogor dan Kisarazu.",
     "evaluasi"),
    # a planned MoU is not signed
    ("Hal tersebut merupakan awal dari rencana MoU Bogor - Kisarazu dalam rangka sister city.", "mou"),
    # implementing another process ('implementasi dari paradiplomasi') is not this cooperation's implementation
    ("Implementasi dari paradiplomasi Pemerintah Kota Bogor dijalankan dalam tiga bentuk.", "pelaksanaan"),
])
def test_a_committee_a_planned_mou_and_another_process_are_no_stage(sentence, stage):
    assert stage not in stages(sentence)


def sectors(body: str) -> tuple[str, ...]:
    return tags(f"{TITLE}\n\n{body}", "sectors")


def test_a_sentence_going_on_with_the_list_its_lead_announced():
    text = ("Kota Bogor terus meningkatkan kerja sama dengan Kisarazu, Jepang.\nKerja sama itu meliputi berbagai bidang.\n"
            "Mulai dari perdagangan dan investasi, ilmu pengetahuan dan teknologi,\nkesehatan, pariwisata, hingga olahraga.\n")
    assert {"perdagangan", "investasi", "kesehatan", "pariwisata", "pemuda-olahraga"} <= set(sectors(text))
    # without the lead about the cooperation, the same words describe the city
    assert "kesehatan" not in sectors("Kota Bogor terkenal. Mulai dari kesehatan, pariwisata, hingga olahraga.\n")


def test_a_news_report_names_the_sister_city_concept_as_the_form_of_the_cooperation_not_a_framework():
    lead = ("Tim delegasi Kisarazu berkunjung untuk mengajak Kota Bogor bekerja sama dengan konsep sister city "
            "bersama Kisarazu, Jepang.\n")
    assert "sister-city" not in tags(f"{TITLE}\n\nBogor (ANTARA) -\n{lead}", "theories")
    # the same words in a study that reads through the concept: a framework
    assert "sister-city" in tags(f"{TITLE}\n\nPenelitian ini menggunakan konsep sister city. {lead}", "theories")


def test_fields_the_two_sides_may_build_on_and_music_are_sectors_of_the_cooperation():
    text = ("Pemerintah Kota Bogor menjajaki kerja sama dengan Kisarazu, Jepang.\n\n\"Kerja sama yang bisa dibangun antara "
            "kedua daerah ini meliputi bidang pertanian, perkebunan, pariwisata, dan lainnya,\" jelasnya.\n\n"
            "Kedua kota menjajaki kerja sama sister city di bidang musik.\n")
    assert {"pariwisata", "kebudayaan"} <= set(sectors(text))
    # what such cooperation may cover in general, no side named: no sector
    assert "pariwisata" not in sectors("Kerja sama sister city bisa meliputi bidang pariwisata dan lainnya.\n")



@pytest.mark.parametrize("sentence, present, absent", [
    # an intention and a later step are no stage reached; pushing for an agreement is the first step
    ("The government of Kisarazu is pushing for the forging of a sisterhood agreement with Bogor as it moves to "
     "open up exchanges between the two areas.", "inisiasi", "pelaksanaan"),
    ("Tamayo said the twinning arrangement of Bogor and Kisarazu may be formalized later on through the signing of a "
     "memorandum of agreement.", None, "moa"),
    # the importance of reviving a lapsed cooperation: it had lapsed, it is not revived yet
    ("Pj Wali Kota Bogor mengungkapkan pentingnya menghidupkan kembali kerja sama dengan Kisarazu yang sempat terputus.",
     "stagnasi", "revitalisasi"),
    # an agreement still to be made, a duty to make one
    ("Kedua pihak sepakat menuangkan kerja sama Bogor dan Kisarazu ke dalam sebuah Memorandum of Understanding yang akan "
     "diselesaikan setahun setelah penandatanganan.", None, "mou"),
    ("LOI Kota Bogor dan Kisarazu harus sudah MoU kerja sama maksimal 1 tahun.", None, "mou"),
    # to be extended soon by a letter of intent: neither a renewal nor a letter yet
    ("Ia berharap agar MoU Bogor dan Kisarazu, yang berakhir pada 2019 lalu, dapat segera diperpanjang melalui "
     "penandatanganan Letter of Intent dalam waktu dekat.", None, "loi"),
    # 'had to stop' is no duty: the stop happened
    ("Pandemi membuat program kerja sama Bogor dan Kisarazu yang telah dibentuk harus terhenti sementara.", "stagnasi", None),
    # a visit on which a business deal was signed is the occasion, no implementation
    ("Pada kesempatan kunjungan Wali Kota Bogor ke Kisarazu juga telah dilakukan penanda-tanganan kerjasama "
     "transportasi laut antara dua perusahaan.", None, "pelaksanaan"),
])
def test_intentions_later_steps_revivals_needed_and_occasions(sentence, present, absent):
    found = stages(sentence)
    assert (present is None or present in found) and absent not in found, found


@pytest.mark.parametrize("sentence, stage, tagged", [
    # how the tie came about, told after naming it, is its initiation; since when it runs, or what could start, is not
    ("Kerja sama sister city antara Kota Bogor dengan Kisarazu bermula dari saran seorang mantan menteri.", "inisiasi", True),
    ("Kerjasama antar kota ini berawal dari kunjungan wali kota ke Kisarazu.", "inisiasi", True),
    ("Hubungan kerjasama Kota Bogor dan Kisarazu telah dimulai sejak 2008.", "inisiasi", False),
    ("Kerja sama yang berdampak langsung justru bisa dimulai dari desa.", "inisiasi", False),
    ("Pelaksanaan kerja sama dimulai dari bidang pendidikan.", "inisiasi", False),
    # the tie brought about, or what came of talks held before it
    ("Tim menemui ratusan keluarga, sehingga akhirnya terbentuklah program kerja sama Sister Cities Bogor dan Kisarazu.",
     "inisiasi", True),
    ("Kegiatan saat ini merupakan hasil pembicaraan sebelumnya antara Pemerintah Kota Bogor dengan Kisarazu.", "inisiasi", True),
    # a signing told with its year, or as a formal establishment, is the agreement signed; one still to come is not
    ("Hubungan sister city Bogor dan Kisarazu terus diperkuat setelah pertama kali ditandatangani pada tahun 2015.",
     "mou", True),
    ("Kita sudah menandatangani kesepakatan menjadikan Kota Bogor dan Kisarazu sebagai sister city.", "mou", True),
    ("The governor signed documents establishing the relationship with Kisarazu.", "mou", True),
    ("The sister city relationship was officially declared in September 1997.", "mou", True),
    ("Kerja sama sister city ini akan ditandatangani pada tahun 2025.", "mou", False),
    # programmes said done are the implementation
    ("Banyak program sudah dilakukan, salah satunya pertukaran guru Bogor dan Kisarazu.", "pelaksanaan", True),
    ("Kerja sama yang terjalin juga telah diwujudkan dengan memberangkatkan empat pemuda ke Kisarazu.", "pelaksanaan", True),
    # a signing told as done in a relative clause stands whatever the sentence hopes for next
    ("Ia akan menghidupkan kembali kerja sama Sister City Bogor dengan Kisarazu yang telah ditandatangani pada 1992.",
     "mou", True),
    ("Astana and Bogor signed the memorandum of mutual understanding, making the two cities twins.", "mou", True),
    # running without activity is stalled, not implemented
    ("Kerja sama Bogor dan Kisarazu yang selama ini berjalan kurang aktif perlu didorong kembali.", "stagnasi", True),
    ("Kerja sama Bogor dan Kisarazu yang selama ini berjalan kurang aktif perlu didorong kembali.", "pelaksanaan", False),
    # set BA to BC's shapes (see tests/test_intake_set_bb.py): bonds proposed or announced, friendship relationships,
    # an intent letter, an agreement reached, what an agreement is about
    ("Councillor Jane Doe has proposed that the city establish a friendship relationship with Bali.", "inisiasi", True),
    ("The minister proposed to declare Cuttack and Bali as sister cities.", "inisiasi", True),
    ("The temples will become sister sites and the provinces will become sister provinces.", "inisiasi", True),
    ("The talks concluded with the signature of an Intent Letter on the Establishment of Friendly Relationship between "
     "Jiangxi Province and East Java.", "loi", True),
    ("Dua tahun lalu kedua gubernur membahas tentang peluang provinsi bersaudara di Jakarta.", "inisiasi", True),
    ("The two countries have long enjoyed friendly relations and trade.", "inisiasi", False),
    ("Gubernur berkunjung dan menjalin kesepakatan menjadikan Provinsi Jawa Barat dan Chongqing dua provinsi bersaudara.",
     "mou", True),
    ("Gubernur berencana menjalin kesepakatan menjadikan Jawa Barat dan Chongqing provinsi bersaudara tahun depan.", "mou",
     False),
    # what a signed agreement is about is no programme run
    ("Kedua daerah bertemu untuk penandatanganan kerja sama tentang penempatan tenaga kerja di bidang pertanian yang "
     "dikirim sebagai pekerja musiman.", "pelaksanaan", False),
    ("Kerja sama tentang pendidikan telah berjalan dengan pertukaran pelajar setiap tahun antara Bogor dan Kisarazu.",
     "pelaksanaan", True),
])
def test_beginnings_signings_and_programmes_told_in_other_words(sentence, stage, tagged):
    assert (stage in stages(sentence)) is tagged


@pytest.mark.parametrize("sentence, tagged", [
    ("Program Kota Kembar Bogor-Kisarazu bisa dikatakan tidak jalan lagi.", True),
    ("Kota Kembar Bogor-Kisarazu kini tinggal di atas kertas dan sebuah tugu.", True),
    ("Pemkot belum menindaklanjuti komitmen kerja sama dengan Kisarazu.", True),
    ("Hingga kini tidak ada realisasi nyata dari kerja sama Bogor dan Kisarazu.", True),
    ("Kerja sama Bogor dan Kisarazu berjalan lancar dengan pertukaran pelajar setiap tahun.", False),
])
def test_a_cooperation_said_to_have_stopped_in_other_words_stalled(sentence, tagged):
    assert ("stagnasi" in stages(sentence)) is tagged


def test_an_abbreviation_in_brackets_is_hedged_with_the_name_before_it():
    assert "mou" not in stages("Kerja sama Bogor dan Kisarazu akan ditindaklanjuti dengan penandatanganan Nota kesepahaman "
                               "(Memorandum of Understanding-MOU) antara kedua pemerintah pada akhir 2013.")
    assert "mou" in stages("Kota Bogor dan Kisarazu telah menandatangani Nota Kesepahaman (MoU) pada 2015.")

"""Stages a summary describes rather than names, and stages it names only to deny them.

A careful reader counts the initiation where a text asks why a city wants a cooperation or how it
began ('alasan kota X menjalin kerja sama', 'awal mula terbentuknya kerjasama'); the
implementation where it tells what the cooperation does (exchanges, training, visits, delegations:
the very description of that stage in seeds/stages.yml); a renewal where the cooperation is signed,
affirmed or brought to life again. An implementation the text denies ('implementasi … tidak
dimanfaatkan', 'tidak ditemukannya rekam jejak implementasi') is no implementation but a
cooperation that stalled.

The patterns name kinds of wording (a motive or origin word, then within a few words the
cooperation; an activity noun inside a sentence about the cooperation), not any one text's phrases.
"""

from __future__ import annotations

import re

from .bibliography import in_spans
from .gate import Gated
from .reading import NOT_MODIFIERS, Match, cooperation_sentence
from .text import fold_same_length

# The cooperation itself, as a noun phrase.
_COOPERATION = (r"kerja\s?sama|kerjasama|bekerja\s?sama|cooperation|co-operation|collaboration|kolaborasi|partnership|kemitraan"
                r"|sister[\s-]+(?:city|cities|province|provinces|state)|(?:kota|provinsi)\s+(?:bersaudara|kembar)|twinning"
                r"|sisterhood\s+(?:agreement|arrangement|relations?)"
                # the looser bond many councils and Chinese provinces form first: 'a friendship relationship with Bali',
                # 'Friendly Relationship between Jiangxi Province … and East Java', 'friendship city'
                r"|friendship\s+(?:cit(?:y|ies)|provinces?|relationships?|agreements?)|friendly\s+(?:cit(?:y|ies)|provinces?|relationships?)")
_CLAUSE_WORDS = r"(?:[^\w.!?;:\n]+[\w'’-]+){0,%d}?[^\w.!?;:\n]+"  # up to n words, no sentence or clause end

# Why or how a cooperation began: a motive or origin word, then the cooperation within eight words.
_ORIGIN = (r"awal\s+mula|asal\s+mula|latar\s+belakang|pendorong|alasan|mengapa|kenapa|pertimbangan"
           r"|(?<!is\s)(?<!['’]s\s)why|(?<!these\s)(?<!those\s)reasons?|origins?|driving\s+factors?"
           r"|terbentuknya|dibentuknya|pembentukan|formation|establishment|penjajakan|menjajaki|jajaki|dijajaki"
           r"|tertarik|ketertarikan|interested"  # 'tertarik untuk bekerja sama dengan Pemkot Balikpapan''
           r"|(?:find|seek|explore|mencari|menggali)\w*\s+(?:the\s+)?(?:opportunit(?:y|ies)|possibilit(?:y|ies)|peluang|kemungkinan)"
           # 'membahas kemungkinan pembentukan kota kembar', 'membuka peluang kerja sama antara provinsi', 'awal untuk
           # mewujudkan Sister City', 'mendorong terjalinnya hubungan sister city': a cooperation being begun
           r"|(?:membuka|membahas|menjajaki|dibahas|dibuka)\s+(?:tentang\s+|mengenai\s+)?(?:berbagai\s+|beberapa\s+|sejumlah\s+)?"
           r"(?:peluang|kemungkinan)"
           # the exploring verb as spelt ('mulai menjajagi kerja sama', 'untuk menjejaki kerja sama')
           r"|menjajagi|dijajagi|penjajagan|menjejaki|dijejaki"
           # a wish or interest stated for it ('menyampaikan keinginannya terkait kerja sama sister city', 'minatnya untuk
           # bekerja sama', 'kerinduannya untuk bekerja sama'; not 'berkeinginan', which an LoI's text says of the bond it
           # founds); the first phase: 'fase awal kerjasama kedua kota'
           r"|keinginan(?:nya)?|(?<!menarik\s)minat(?:nya)?|kerinduan(?:nya)?|(?:fase|tahap|langkah)\s+awal"
           r"|awal\s+(?:untuk\s+)?(?:mewujudkan|menjalin|membangun|terjalinnya|menjadikan)|mendorong\s+terjalinnya"
           # the bond coming about: 'sehingga akhirnya terbentuklah program kerja sama Sister Cities'
           r"|terbentuklah|terjalinlah|lahirlah"
           # a cooperation's potential weighed: 'mendiskusikan potensi kerja sama sister city', 'mengeksplorasi potensi
           # kolaborasi', 'India had expressed interest in having X and Y collaborate as sister cities'
           r"|(?:membahas|mendiskusikan|menggali|mengeksplorasi|menjajaki|dibahas|didiskusikan|discuss\w*|explor\w*)"
           r"\s+(?:the\s+)?(?:potensi|potential|prospek|prospects?)|expressed\s+(?:(?:its|their|his|her)\s+)?interest"
           # 'rencana menjadikan Sumedang dan Eunpyeong-gu sebagai sister city': a bond planned, not yet made
           r"|rencana\s+(?:menjadikan|menjalin|membentuk|pembentukan)"
           # what lay behind it ('yang melatarbelakangi dilakukannya kerja sama')
           r"|(?:di|me)latarbelakangi")
_INITIATION_RE = re.compile(rf"\b(?:{_ORIGIN})\b{_CLAUSE_WORDS % 8}(?:{_COOPERATION})\b"
                            # the same told after the cooperation: 'kerja sama sister city antara Kota Bandung dengan Fort
                            # Worth bermula dari saran …', 'the partnership started with a visit …'
                            rf"|(?<!pelaksanaan\s)(?<!implementasi\s)(?<!implementation\sof\s)\b(?:{_COOPERATION})\b{_CLAUSE_WORDS % 8}"
                            r"(?<!bisa\s)(?<!dapat\s)(?<!can\s)(?<!could\s)"
                            r"(?:bermula|berawal|diawali|dimulai|began|started|originated)"
                            # how it came about, not since when it runs ('telah dimulai sejak 2008')
                            r"\s+(?:dari|ketika|saat|with|when|from|after|as)\b"
                            # a bond announced for the future: 'the provinces will become sister provinces', 'akan menjadi kota kembar'
                            r"|\b(?:(?:are|is|will|shall)\s+(?:to\s+)?become|akan\s+menjadi)\s+(?:sister|twin|friendship)\s+"
                            r"(?:cit(?:y|ies)|provinces?|states?)\b|\bakan\s+menjadi\s+(?:kota|provinsi)\s+(?:kembar|bersaudara)\b",
                            re.IGNORECASE)

# What an implementation consists of (stages.yml: 'pertukaran, pelatihan, kunjungan dan proyek bersama').
_ACTIVITY_RE = re.compile(
    r"\b(?:pertukaran\s+(?!informasi\b)[^\W\d_]+|(?<!foreign\s)(?<!currency\s)exchanges?(?!\s+rates?\b)|pelatihan"
    r"|training|magang|apprenticeships?|internships?|kunjungan|study\s+visits?|official\s+visits?|delegasi"
    r"|delegations?|delegates|festival|pameran|exhibitions?|youth\s+camps?|workshops?|lokakarya|pengiriman"
    r"|mengirim(?:kan)?|dikirim|sending|send|sent"
    r"|proyek\s+bersama|joint\s+projects?|collaborat\w*\s+on\s+(?:\w+\s+)?projects?)\b", re.IGNORECASE)

# A cooperation signed, affirmed or brought to life again.
_RENEWAL_RE = re.compile(
    r"\b(?:reafirmasi|reaffirm\w*|re-?sign(?:ed|ing)?|renew(?:al|ed|ing)?|reactivat\w*|reaktivasi|re-?establish\w*"
    r"|reviv(?:e|ed|es|ing|al)|revitali[sz]ed|direvitalisasi"
    r"|(?:ditandatangani|diaktifkan|dihidupkan|menghidupkan|hidupkan|mengaktifkan|dijalin|menjalin|dilanjutkan|melanjutkan)"
    r"\s+kembali|(?:dihidupkan|menghidupkan|hidupkan|diaktifkan|mengaktifkan)\s+lagi"
    r"|penandatanganan\s+(?:kembali|ulang)|diperbarui|memperbarui|diperbaharui|memperbaharui"
    r"|kembali\s+(?:menjalin|dijalin|menandatangani|ditandatangani|mengaktifkan|diaktifkan|menghidupkan|dihidupkan)"
    r"|pembaha?ruan\s+(?:mou|nota\s+kesepahaman|perjanjian|kesepakatan|loi)"
    # a further term: 'a second five-year period', 'for another five years', 'periode kedua' (not a mayor's 'second term')
    r"|second\s+(?:(?:\w+|\d+)\s*-\s*years?\s+(?:period|term)|period)|(?:for|by)\s+(?:another|a\s+further)\s+(?:\w+|\d+)\s+years"
    r"|periode\s+kedua)\b", re.IGNORECASE)
# Bringing a cooperation back to life says it had lapsed, whether or not the revival has happened yet.
_REVIVAL_RE = re.compile(r"hidupkan|aktifkan|reviv|reactivat|reaktivasi", re.IGNORECASE)
_OFFERED_RE = re.compile(r"\b(?:siap|bersedia|ingin|berencana|berniat|ready|willing|plans?|wants?|offer\w*)\b"
                         r"(?:[^\w.!?;:\n]+[\w'’-]+){0,2}[^\w.!?;:\n]+$", re.IGNORECASE)

# A reason or a consideration is the initiation's only where it is one for entering the cooperation.
_WEAK_ORIGIN_RE = re.compile(r"(?:alasan|mengapa|kenapa|pertimbangan|why|reasons?)\b", re.IGNORECASE)
_ENTERING_RE = re.compile(r"\b(?:menjalin|melakukan|membentuk|membangun|mengadakan|memilih|memutuskan|keputusan|ingin"
                          r"|bekerja\s?sama|wants?|wanted|do|does|did|establish\w*|form|formed|forming|enter\w*|build"
                          r"|built|join\w*|chose|choose|decid\w*|decision)\b", re.IGNORECASE)
_IDEA_RE = re.compile(r"\b(?:perkembangan|development|sejarah|history|konsep|concept|istilah|term|gagasan|idea)\b",
                      re.IGNORECASE)
# After a signing, what followed it happened: 'ditandatangani pada 2016 dan diikuti program pelatihan'.
_FOLLOWED_RE = re.compile(r"\b(?:diikuti|followed|kemudian|lalu|setelah|sesudah|thereafter|afterwards?|then)\b", re.IGNORECASE)
# A signing verb earlier in the same clause: what follows was agreed on paper.
_SIGNING_WORDS = r"menandatangani|ditandatangani|penandatanganan|signed|signing"
_SIGNED_RE = re.compile(rf"\b(?:{_SIGNING_WORDS}|signs?)\b(?![^.!?;:\n]*[.!?;:\n])", re.IGNORECASE)

# What the cooperation brought about, asked or weighed: 'pengaruh kerjasama sister city … terhadap',
# 'Assessing the Impacts of Paradiplomacy on Batam-Singapore Cooperation' (an evaluation of its results).
_EFFECT_RE = re.compile(rf"\b(?:pengaruh|dampak|impacts?|effects?)\b{_CLAUSE_WORDS % 6}"
                        rf"(?:{_COOPERATION})\b", re.IGNORECASE)
# A cooperation with nothing done under it: 'tidak ada kegiatan positif yang dilakukan kedua kota'.
_STALL_RE = re.compile(r"\b(?:(?:tidak|belum|tak)\s+(?:ada\s+)?(?:satu\s+pun\s+)?(?:kegiatan|aktivitas|program)"
                       r"|berjalan\s+(?:kurang|tidak)\s+aktif"  # 'kerja sama yang selama ini berjalan kurang aktif'"
                       r"|no\s+(?:further\s+|real\s+|concrete\s+)?(?:activit(?:y|ies)|programs?|programmes?)"
                       # 'tidak jalan lagi', 'tinggal di atas kertas', 'belum ada progres signifikan', 'tidak ada realisasi
                       # nyata', 'belum menindaklanjuti komitmen', 'kerja sama itu mandek'
                       r"|(?:tidak|tak)\s+(?:ber)?jalan\s+lagi|(?:hanya|tinggal)\s+di\s+atas\s+kertas|only\s+on\s+paper"
                       r"|(?:tidak|belum)\s+ada\s+(?:progres|kemajuan|realisasi|tindak\s?lanjut)|belum\s+menindak\s?lanjuti"
                       r"|mandek|mandeg|terhenti|mati\s+suri|vakum|dormant|stalled)\b", re.IGNORECASE)
# The agreement's term run out: 'memperbaharui sister province yang sudah habis', 'masa berlakunya telah berakhir'
# (a fact about the past, whatever is hoped for its renewal).
_EXPIRED_RE = re.compile(rf"\b(?:(?:{_COOPERATION}|perjanjian|kesepakatan|mou|nota\s+kesepahaman|agreement)\s+(?:yang\s+|which\s+|that\s+)?"
                         r"(?:sudah|telah|has|had)\s+(?:habis|berakhir|kedaluwarsa|kadaluarsa|expired|lapsed)"
                         r"|masa\s+berlaku(?:nya)?\s+(?:sudah|telah)\s+(?:habis|berakhir))\b", re.IGNORECASE)

# The cooperation said to lie idle or to have been ended: 'Sister City Makassar dan Lismore yang sedang bersifat
# pasif', 'the Jakarta-Moscow Sister City cooperation was ended last year' (a fact, whatever is planned next).
_IDLE_RE = re.compile(rf"\b(?:{_COOPERATION})\b(?:\s+[\w-]+){{0,4}}?\s+yang\s+(?:sedang\s+|masih\s+)?(?:bersifat\s+)?(?:pasif|tidur)\b"
                      rf"|\bsleeping\s+(?:{_COOPERATION})\b"  # 'Jadi ini seperti Sleeping Sister City. Jadi Sister City yang tidur.'
                      rf"|\b(?:{_COOPERATION})\b(?:\s+[\w-]+){{0,2}}?\s+(?:was|had\s+been|has\s+been)\s+ended\b", re.IGNORECASE)

# What hinders the cooperation, judged (stages.yml, evaluation: 'apa hambatannya'): 'the challenges of
# Surakarta and Zhuhai Sister City Partnership', 'kendala dalam kerja sama', 'the cooperation faces challenges'.
_OBSTACLE_RE = re.compile(rf"\b(?:hambatan|kendala|tantangan|challenges|obstacles|barriers|hindrances|penghambat)\b"
                          rf"{_CLAUSE_WORDS % 6}(?:{_COOPERATION})\b"
                          rf"|\b(?:{_COOPERATION})\b{_CLAUSE_WORDS % 5}(?:faces?|facing|menghadapi|mengalami)\s+"
                          r"(?:\w+\s+)?(?:challenges|obstacles|barriers|hambatan|kendala|tantangan)\b", re.IGNORECASE)
# after an obstacle: the two nations, not a local cooperation ('… antara Indonesia dan Korea Selatan', 'between Indonesia and')
_BETWEEN_NATIONS_RE = re.compile(r"[^.!?;\n]{0,40}?\b(?:antara|between)\s+(?:(?:negara|republik)\s+)?(?:Indonesia|RI)\s+(?:dan|dengan|and)\b")
# A cooperation offered, proposed or begun by one side: 'menawarkan kerja sama', 'initiating sister province cooperation'.
_PROPOSAL_RE = re.compile(rf"\b(?:menawarkan|ditawarkan|tawaran|mengajukan|mengusulkan|diusulkan|usulan|ajakan|mengajak"
                          rf"|offer(?:s|ed|ing)?|propos(?:e|es|ed|ing)"
                          rf"|initiat(?:e|es|ed|ing)|menginisiasi|merintis|memprakarsai|gandeng|menggandeng"
                          rf"|push(?:es|ed|ing)?\s+for|forg(?:e|es|ed|ing))\b"  # 'pushing for the forging of a sisterhood agreement'
                          r"(?!(?:[^\w.!?;:\n]+[\w'’-]+){0,2}?[^\w.!?;:\n]+(?:persetujuan|izin|ijin|approval|permit|permission)\b)"
                          rf"{_CLAUSE_WORDS % 3}(?:{_COOPERATION})\b"  # 'mengajukan persetujuan kerjasama': approval
                          # a bond proposed in so many words: 'proposed to declare Cuttack and Bali as sister cities', 'has
                          # proposed that the city establish a friendship relationship', 'mengusulkan agar … dijadikan kota kembar'
                          r"|\b(?:propos(?:e|es|ed|ing)|suggest(?:s|ed|ing)?|mengusulkan|diusulkan)\s+(?:that|to|agar|supaya|untuk)"
                          rf"{_CLAUSE_WORDS % 5}(?:declare|make|establish|form|create|menjadikan|dijadikan|membentuk|menjalin)\w*"
                          rf"{_CLAUSE_WORDS % 6}(?:{_COOPERATION})\b"
                          # begun, in English: 'since Sister Province program was initiated in 2015'
                          rf"|\b(?:{_COOPERATION})\b(?:\s+[\w-]+){{0,5}}?\s+(?:was|were|had\s+been)\s+initiated\b", re.IGNORECASE)

# The regional parliament's approval, given: 'DPRD Sumut sebelumnya juga sudah menyetujui kerja sama sister province'.
_DPRD_APPROVAL_RE = re.compile(r"\bdprd\b[^.!?;:\n]{0,40}?\b(?:telah\s+|sudah\s+)?(?:menyetujui|approved)\b"
                               r"|\b(?:disetujui|approved)\s+(?:oleh\s+|by\s+(?:the\s+)?)?dprd\b"
                               # 'following the Bandung City Council's ratification', 'approved by the city council'
                               r"|\b(?:city|regional|provincial|municipal|regency)\s+council(?:'s|’s)?\s+(?:ratification|approval)\b"
                               r"|\b(?:ratified|approved)\s+by\s+the\s+(?:\w+\s+)?(?:city|regional|provincial|municipal|regency)\s+council\b",
                               re.IGNORECASE)

# A first step towards a partner: planning to take it on, writing to it to cooperate ('Kota Pontianak
# berencana akan gandeng Kota Lyon', 'sudah menyurati Pemerintah Kota Darwin untuk bekerjasama').
_FIRST_STEP_RE = re.compile(r"\bberencana\s+(?:akan\s+|untuk\s+)?(?:menggandeng|gandeng|menjalin\s+(?:kerja\s?sama|hubungan))\b"
                            r"|\bmenyurati\b[^.!?;:\n]{0,60}?\buntuk\s+(?:bekerja\s?sama|menjalin)\b"
                            # 'berkirim surat dengan Wako Kawasaki', 'pertemuan awal kerjasama sister city', 'kunjungan …
                            # dalam rangka membangun kerja sama'
                            r"|\b(?:berkirim|mengirim(?:kan)?)\s+surat\s+(?:kepada|ke|dengan)\b"
                            r"|\bpertemuan\s+(?:awal|pertama|perdana)\s+(?:kerja\s?sama|sister)"
                            # the bond itself to be made: 'bakal menjalin kerja sama sebagai sister city' (not 'akan menjalin
                            # kerja sama di berbagai bidang', said within a bond that exists)
                            r"|\b(?:bakal|akan)\s+(?:segera\s+)?menjalin\s+(?:kerja\s?sama\s+|hubungan\s+)?(?:sebagai\s+)?"
                            r"(?:sister[\s-]+(?:city|province)|kota\s+(?:kembar|bersaudara)|provinsi\s+(?:kembar|bersaudara))"
                            # 'Wali Kota … membahas kerja sama kota kembar': talks about one (not 'penelitian ini membahas …')
                            r"|(?<!\bini\s)\b(?:membahas|mendiskusikan)\s+(?:(?:rencana|potensi|kemungkinan|peluang|soal|tentang|mengenai)\s+)?"
                            r"(?:kerja\s?sama\s+)?(?:sister[\s-]+(?:city|province)|kota\s+(?:kembar|bersaudara)|provinsi\s+(?:kembar|bersaudara))"
                            r"(?![^.!?;:\n]{0,40}?\byang\s+(?:masih|telah|sudah|selama)\b)"  # '… Jakarta-LA yang masih belum optimal': one that exists
                            # 'sudah mendiskusikan beberapa potensi kerja sama', 'membahas berbagai bentuk kerja sama yang
                            # diharapkan …': what a cooperation could be, talked over
                            r"|(?<!\bini\s)\b(?:membahas|mendiskusikan)\s+(?:(?:berbagai|beberapa|sejumlah)\s+)?(?:potensi|peluang|kemungkinan"
                            r"|bentuk|rencana)\s+(?:[\w-]+\s+)?kerja\s?sama\b(?![^.!?;:\n]{0,40}?\byang\s+(?:masih|telah|sudah|selama)\b)"
                            r"|\bdalam\s+rangka\s+(?:membangun|menjalin|menjajaki|membentuk)\s+(?:kerja\s?sama|hubungan\s+(?:kerja|sister))"
                            # 'berkunjung ke Negeri Sembilan … untuk bersilaturahim dan menjalin kerja sama', 'Penggalangan
                            # kerjasama ini dilakukan saat …', 'bersepakat membentuk friendship city', 'Kerjasama tersebut dijajaki'
                            r"|\b(?:berkunjung|kunjungan)\b[^.!?;:\n]{0,80}?\buntuk\b[^.!?;:\n]{0,40}?\bmenjalin\s+(?:kerja\s?sama|hubungan)"
                            r"|\b(?:penggalangan|menggalang)\s+kerja\s?sama\b"
                            r"|\b(?:ber)?sepakat\s+(?:untuk\s+)?membentuk\s+(?:friendship|sister|kota\s+(?:kembar|bersaudara)|kerja\s?sama)"
                            r"|\b(?:kerja\s?sama|sister[\s-]+(?:city|province))\s+(?:\w+\s+)?dijajaki\b"
                            # first contacts: 'started friendly communication with Sidoarjo in 2008', 'mulai menjalin komunikasi dengan'
                            r"|\b(?:start(?:ed|ing)?|began|begun|initiated)\s+(?:(?:friendly|formal|informal|regular)\s+)?"
                            r"(?:communications?|contacts?|talks)\s+with\b"
                            r"|\bmulai\s+(?:menjalin\s+)?(?:komunikasi|kontak|pembicaraan)\s+dengan\b"
                            # the likeness the partners were chosen for ('Kabupaten Bekasi dinilai mempunyai kemiripan dengan
                            # Kota Ulsan', 'dipilih lantaran dinilai memiliki kesamaan'): the sides weighing each other
                            r"|\b(?:dinilai|dianggap|karena|lantaran)\s+(?:[\w-]+\s+)?(?:memiliki|mempunyai)\s+(?:banyak\s+)?"
                            r"(?:kesamaan|kemiripan|persamaan)\s+(?:[\w-]+\s+){0,3}?dengan\b"
                            r"|\b(?:dipilih|terpilih)\b[^.!?;:\n]{0,60}?\b(?:kesamaan|kemiripan|persamaan)\b"
                            # what came of talks held before: 'merupakan hasil pembicaraan sebelumnya antara pemerintah
                            # propinsi NTB dengan …', 'Rencana kerja sama tersebut merupakan hasil dari kunjungan kami'
                            r"|\bhasil\s+(?:dari\s+)?(?:pembicaraan|pertemuan|penjajakan|perundingan)\s+(?:sebelumnya|awal|terdahulu|antara)\b"
                            r"|\b(?:kerja\s?sama|sister[\s-]+(?:city|province))\b[^.!?;:\n]{0,40}?\bmerupakan\s+hasil\s+(?:dari\s+)?"
                            r"(?:pembicaraan|pertemuan|penjajakan|perundingan|kunjungan)\b",
                            re.IGNORECASE)

# The cooperation, then its exploring: 'bidang-bidang kerjasama yang akan di jajaki Banda Aceh–Istanbul'.
_EXPLORED_RE = re.compile(rf"\b(?:{_COOPERATION})\b{_CLAUSE_WORDS % 3}(?:yang\s+)?(?:akan\s+)?(?:di\s?jajaki|dirintis)\b"
                          # 'are exploring a cooperation opportunity'
                          rf"|\bexplor(?:e|es|ed|ing)\s+(?:a|an|the)\s+(?:{_COOPERATION})\s+opportunit(?:y|ies)\b", re.IGNORECASE)
# What follows up an agreement made is its implementation: 'sebagai tindak lanjut dari perjanjian Sister City'
# (a follow-up of a meeting or a visit is not: that is still the exploring).
_FOLLOW_UP_RE = re.compile(r"\b(?:tindak\s?lanjut|follow[- ]up)\s+(?:dari\s+|atas\s+|of\s+(?:the\s+)?)?(?:penandatanganan\s+)?"
                           r"(?:perjanjian|kesepakatan|mou|nota\s+kesepahaman|memorandum|agreement)\b"
                           # or of the cooperation itself: 'Kunjungan ini merupakan tindaklanjut kerjasama antara Kota X dan Y'
                           # (not its follow-up talked over: 'bertandang ke Jakarta untuk membahas tindak lanjut kerja sama')
                           r"|(?<!membahas\s)(?<!bahas\s)(?<!mendiskusikan\s)(?<!membicarakan\s)(?<!discuss\s)(?<!discussed\s)"
                           r"\b(?:tindak\s?lanjut|follow[- ]up)\s+(?:dari\s+|of\s+(?:the\s+)?)?(?:kerja\s?sama|cooperation)\b"
                           r"(?!\s+(?:yang\s+)?(?:akan|direncanakan|dijajaki|will))", re.IGNORECASE)

# The cooperation stated as running for some time: 'kerja sama yang telah berlangsung 17 tahun', 'kerja sama
# sister city yang sudah berjalan selama 20 tahun', 'kerja sama yang selama ini dilakukan', 'telah melakukan
# kerjasama di berbagai bidang', 'the existing cooperation is in the form of', 'has been going' (not a tie
# that only exists: 'telah terjalin selama 19 tahun' names nothing done; a fact about the
# past, whatever is wished for it next: 'ingin menjaga kerja sama yang sudah berjalan').
_ONGOING_RE = re.compile(rf"\b(?:{_COOPERATION})\b(?:\s+[\w-]+){{0,5}}?\s+(?:yang\s+)?(?:(?:selama\s+ini\s+)?(?:telah|sudah)\s+(?:ber(?:langsung|jalan)"
                         r"|di(?:laksanakan|lakukan|jalankan|jalani)\s+selama)"
                         r"|selama\s+ini\s+(?:di(?:lakukan|laksanakan|jalankan|jalani)|berjalan))\b(?!\s+(?:kurang|tidak|belum)\b)"
                         rf"|\b(?:telah|sudah)\s+(?:melakukan|menjalankan|melaksanakan)\s+(?:{_COOPERATION})\s+(?:di|dalam)\s+"
                         r"(?:berbagai|beberapa|banyak)\s+bidang\b"
                         rf"|\b(?:existing|ongoing|on-going)\s+(?:\w+\s+)?(?:{_COOPERATION})\b"
                         rf"|\b(?:{_COOPERATION})\b(?:\s+[\w-]+){{0,3}}?\s+(?:has|have)\s+been\s+(?:going\s+on|going|running|ongoing)\b"
                         # carried out, run: 'telah melaksanakan kerja sama sister city dengan Xiamen', 'kami menjalankan
                         # kerjasama ini', 'has carried out this collaboration since the signing'
                         rf"|\b(?:telah|sudah)\s+(?:menjalankan|melaksanakan)\s+(?:{_COOPERATION})\b"
                         rf"|\bmenjalankan\s+(?:{_COOPERATION})\s+(?:ini|tersebut)\b"
                         rf"|\b(?:has|have|had)\s+(?:carried\s+out|been\s+carrying\s+out|been\s+implementing)\s+(?:this|the|its|their|our)\s+"
                         rf"(?:[\w-]+\s+){{0,2}}?(?:{_COOPERATION})\b"
                         # what it has brought about: 'The collaboration has resulted in programs such as …'
                         rf"|\b(?:{_COOPERATION})\b(?:\s+[\w-]+){{0,3}}?\s+(?:has|have|had)\s+(?:resulted\s+in|produced|yielded|brought\s+about)\s+"
                         r"(?:[\w-]+\s+){0,3}?(?:programs?|programmes?|projects?|activities)\b"
                         # programmes held: 'The association has sponsored programs on …', 'have launched several initiatives'
                         r"|\b(?:has|have|had)\s+(?:been\s+)?(?:sponsor|organi[sz]|host|launch|run|held|ran)\w*\s+(?:[\w-]+\s+){0,2}?"
                         r"(?:programs?|programmes?|initiatives|events|exchanges|activities)\b"
                         # its programmes run already: 'Program-program yang sudah berjalan sebelumnya juga dibahas'
                         r"|\bprogram(?:-program)?\b(?:\s+[\w-]+){0,2}?\s+yang\s+(?:sudah|telah)\s+(?:berjalan|dilaksanakan|terlaksana|dijalankan|dilakukan"
                         r"|direalisasikan)\b"
                         # 'banyak program sudah dilakukan', 'kerja sama yang terjalin juga telah diwujudkan dengan memberangkatkan …'
                         r"|\b(?:banyak|sejumlah|beberapa|berbagai)\s+program\s+(?:\w+\s+)?(?:sudah|telah)\s+(?:dilakukan|dijalankan|dilaksanakan"
                         r"|berjalan|terlaksana|direalisasikan)\b"
                         rf"|\b(?:{_COOPERATION})\b(?:\s+[\w-]+){{0,4}}?\s+(?:juga\s+)?(?:telah|sudah)\s+(?:diwujudkan|direalisasikan|diimplementasikan)\b",
                         re.IGNORECASE)

# A cooperation said to be signed, its document unnamed: 'kerja sama pembangunan antara Pemerintah Wakatobi dengan
# pemerintah Propinsi Jeju … yang ditanda tangani bersama pada 7 September 2015'
_SIGNED = r"(?:di\s?tanda\s?tangani|ditandatanganinya)"  # signed, however spelt
_SIGNED_COOPERATION_RE = re.compile(rf"\b(?:{_COOPERATION})\b{_CLAUSE_WORDS % 12}yang\s+(?:telah\s+|sudah\s+)?{_SIGNED}\b"
                                    # 'a sisterhood agreement signed on June 22, 2004', 'the sister city agreement was signed in'
                                    rf"|\b(?:{_COOPERATION})(?:\s+(?:agreement|accord|pact))?\s+(?:was\s+|had\s+been\s+|has\s+been\s+)?"
                                    r"signed\s+(?:on|in|at|by|between)\b"
                                    # 'menandatangani Kerjasama Sister City antara Kota Surabaya dengan Kota Gaziantep'
                                    r"|\b(?:menandatangani|meneken|diteken|ditandatangani)\s+(?:kerja\s?sama\s+)?(?:sister[\s-]+(?:city|province)"
                                    r"|kota\s+(?:kembar|bersaudara)|provinsi\s+(?:kembar|bersaudara))\b"
                                    # 'The agreement was first signed in September 1991', 'Since its initial signing in 1990'
                                    r"|\bagreement\s+was\s+(?:first\s+|officially\s+|formally\s+)?signed\s+(?:on|in)\b"
                                    r"|\b(?:initial|first|original)\s+signing\s+(?:on|in)\s+(?:\w+\s+){0,2}?(?:19|20)\d\d\b"
                                    # 'hubungan sister city … setelah pertama kali ditandatangani pada tahun 2015'
                                    rf"|\b(?:{_COOPERATION})\b(?:(?!\b(?:akan|bakal|will|segera|belum|rencana\w*|direncanakan)\b)[^.!?;:\n]){{0,80}}?\b(?:pertama\s+kali\s+)?(?:di\s?tanda\s?tangani|diteken)\s+"
                                    r"(?:pada|sejak|tahun)\s+(?:tahun\s+)?(?:(?:\d{1,2}\s+)?[a-z]+\s+)?(?:19|20)\d\d\b"
                                    # 'sudah menandatangani kesepakatan menjadikan Sulawesi Selatan dan Provinsi Ehime sister province'
                                    # 'berkunjung … dan menjalin kesepakatan menjadikan Provinsi Jawa Barat dan Provinsi Chongqing …'
                                    r"|\b(?:menandatangani|meneken|menjalin|mencapai)\s+(?:kesepakatan|perjanjian)\s+(?:untuk\s+)?(?:menjadikan|membentuk|menjalin)\b"
                                    # 'signed documents establishing the relationship', 'the formal establishment of sister-city
                                    # relationship', 'was officially declared in September 24, 1997'
                                    r"|\bsigned\s+(?:the\s+)?(?:documents?|agreements?|papers)\s+(?:establishing|formali[sz]ing|creating)\b"
                                    rf"|\b(?:formal|official)\s+establishment\s+of\s+(?:the\s+|a\s+)?(?:{_COOPERATION})"
                                    rf"|\b(?:{_COOPERATION})(?:\s+(?:relationship|relations|ties?|agreement))?\s+(?:was|were|has\s+been|had\s+been)\s+"
                                    r"(?:officially|formally)\s+(?:declared|established|formed|inaugurated)\b", re.IGNORECASE)
_DESCRIBED = (("inisiasi", _EXPLORED_RE, False), ("mou", _SIGNED_COOPERATION_RE, False), ("pelaksanaan", _FOLLOW_UP_RE, True), ("stagnasi", _EXPIRED_RE, False), ("stagnasi", _IDLE_RE, False),
              ("inisiasi", _INITIATION_RE, False), ("inisiasi", _FIRST_STEP_RE, False), ("persetujuan-dprd", _DPRD_APPROVAL_RE, True), ("inisiasi", _PROPOSAL_RE, False), ("pelaksanaan", _ACTIVITY_RE, True),
              ("pelaksanaan", _ONGOING_RE, False),
              ("evaluasi", _OBSTACLE_RE, False),
              ("revitalisasi", _RENEWAL_RE, True), ("evaluasi", _EFFECT_RE, False), ("stagnasi", _STALL_RE, True))
# The same patterns without IGNORECASE, run over the text folded to lower case (offsets kept): 2.4× faster
# over a 1,000-thesis catalogue (3.1 s → 1.3 s, measured). Their letters are lower case already (tested).
# Each gated (gate.py): only the phrasings whose words the text holds are run (4.6 → 2.3 s over 1,330 texts).
_DESCRIBED_FOLDED = tuple((slug, p, Gated(re.compile(p.pattern, p.flags & ~re.IGNORECASE)), needs) for slug, p, needs in _DESCRIBED)

# A denial within the same clause: up to four words before the implementation, or five after it.
_NEGATION = r"tidak|tak|belum|tanpa|bukan|not|no(?!\.?\s*\d)|never|without|nor|yet\s+to|lack\s+of|absence\s+of"  # not 'Law No. 37'
# After a denial, words that judge how well (evaluation), or that make it no denial ('tidak hanya', 'not only').
_JUDGED = (r"efektif|effective|efficient|efisien|optimal|maksimal|maximal|sesuai|sepenuhnya|fully|berhasil"
           r"|successful|lancar|smooth|baik|well|hanya|only|lepas|terlepas|semata|merely|mudah|easy|doubt")
_DENIAL = rf"\b(?:{_NEGATION})\b(?!\s+(?:{_JUDGED})\b)"
_WORD_IN_CLAUSE = r"[^\w.!?;:,\n]+[\w'’-]+"
_NEGATED_BEFORE_RE = re.compile(rf"{_DENIAL}(?:{_WORD_IN_CLAUSE}){{0,3}}[^\w.!?;:,\n]+$", re.IGNORECASE)
_NEGATED_AFTER_RE = re.compile(rf"(?:{_WORD_IN_CLAUSE}){{0,7}}?[^\w.!?;:,\n]+{_DENIAL}", re.IGNORECASE)
# A stage the clause says was not reached: 'belum memiliki kerja sama yang berhasil sampai pada tahap
# implementasi', 'does not yet have a cooperation until the implementation stage'.
_NOT_REACHED_RE = re.compile(rf"{_DENIAL}[^.!?;:\n]{{0,100}}?\b(?:sampai|hingga|mencapai|menuju|reach(?:es|ed|ing)?|until)"
                             r"\s+(?:pada\s+|ke\s+)?(?:the\s+|an?\s+)?(?:(?:tahap|tahapan|fase|stage|phase)\s+)?$", re.IGNORECASE)
# Examples of what a clause denies: 'there has been no formal agreement, such as a Memorandum of
# Understanding (MoU) or Letter of Intent (LoI)', 'belum ada dokumen kerja sama seperti LoI atau MoU'.
_DENIED_EXAMPLE_RE = re.compile(rf"{_DENIAL}[^.!?;:\n]{{0,60}}?\b(?:such\s+as|seperti|berupa|misalnya|e\.g\.|including)"
                                r"[^.!?;:\n]{0,80}$", re.IGNORECASE)
# The committee a stage word names ('HALAMAN PENERIMAAN TIM EVALUASI', a thesis's examiners): no stage.
_COMMITTEE_RE = re.compile(r"\b(?:tim|panitia|komisi|dewan|committee|board|team)\s+$", re.IGNORECASE)
# A contrast ends what a denial after the stage word can deny: 'implemented but has not yet been evaluated'.
_CONTRAST_RE = re.compile(r"\b(?:but|tetapi|namun|however|sedangkan|whereas|while|yet)\b", re.IGNORECASE)


# 'belum diimplementasikan secara optimal': how well it runs is judged, the running is not denied
_DEGREE_AFTER_RE = re.compile(r"[^\w.!?;:\n]+(?:secara\s+|dengan\s+)?(?:optimal|maksimal|efektif|penuh|sepenuhnya|optimally"
                              r"|fully|effectively|baik|lancar|smoothly|well"
                              r"|sesuai\s+(?:dengan\s+)?(?:rencana|perencanaan|harapan|target|yang\s+diharapkan)"
                              r"|as\s+(?:planned|expected|intended)|according\s+to\s+(?:the\s+)?plan)\b", re.IGNORECASE)


def denied(text: str, m: Match) -> bool:
    """'implementasi sister province ini tidak dimanfaatkan', 'no record of any implementation': the
    implementation the text names is one that did not happen."""
    if _DEGREE_AFTER_RE.match(text, m.offset + len(m.alias)):
        return False
    before = text[max(0, m.offset - 80) : m.offset]
    after = text[m.offset + len(m.alias) : m.offset + len(m.alias) + 120]
    contrast = _CONTRAST_RE.search(after)
    return bool(_NEGATED_BEFORE_RE.search(before) or _NEGATED_AFTER_RE.match(after[: contrast.start()] if contrast else after))


# An implementation word alone names the running of whatever it governs: the cooperation, its programme or
# activities ('implementation of the agreement', 'pelaksanaan program'), or another process ('smart city
# implementation', 'budget implementation', 'pelaksanaan hubungan antar negara', 'implementing paradiplomacy').
_BARE_IMPLEMENTATION = frozenset(["pelaksanaan", "implementasi", "pengimplementasian", "implementation", "implementing"])
_WEAK_ACTIVITY = frozenset(["activities such as", "kegiatan seperti", "kegiatan berupa"])
_OWN_OBJECT_RE = re.compile(
    rf"(?:{_COOPERATION}|collaborat\w*|kolaborasi|program\w*|kegiatan|activit\w*|agreements?|perjanjian|kesepakatan"
    r"|mou|moa|loi|memorandum|nota|naskah|projects?|proyek|sister|twin\w*|relationship|hubungan\s+(?:sister|kota|kerja)"
    r"|between|antara|it|this|these|those|ini|tersebut|itu|pertukaran|exchanges?|pelatihan|training|kunjungan|visits?)\b", re.IGNORECASE)
_DETERMINERS = r"(?:(?:the|a|an|its|their|such|this|these|those|both|all)\s+)*"
_OBJECT_AFTER_RE = re.compile(rf"\s+(?:of\s+|dari\s+)?{_DETERMINERS}([^\W\d_][\w'’-]*)", re.IGNORECASE)
_QUANTIFIERS = frozenset(["any", "no", "every", "each", "some", "all", "more", "less", "much", "little", "its", "whose"])
_ADJECTIVE_RE = re.compile(r"(?:ive|ful|al|ous|ent|ant|ed|ly|ic|ing|full|further|actual|real|joint|overall|proper|good|poor"
                           r"|new|first|initial|early|late|later|smooth)$", re.IGNORECASE)


_OTHER_PLANNER_RE = re.compile(r"\b(?:management|environmental|spatial|urban|land|regional|development|budget|wetland"
                               r"|director|direktur|manager|head|kepala"  # 'director planning and economic development': a post
                               r"|pembangunan|lingkungan|tata\s*ruang|anggaran|wilayah)\s+$", re.IGNORECASE)
_OTHER_PLAN_RE = re.compile(r"\s+(?:of\s+)?(?:the\s+)?(?:pembangunan|development|tata\s*ruang|unit|methodology|spatial|urban|kota|wilayah|daerah"
                            r"|anggaran|budget|regional)\b", re.IGNORECASE)


# A head of state or government's visit or agreements ('hasil kunjungan Presiden Prabowo Subianto ke Presiden Xi Jinping',
# 'kunjungan Perdana Menteri China … yang menghasilkan empat nota kesepahaman'): the countries', not the local one's
_NATIONAL_LEADER_RE = re.compile(r"\b(?:Presiden|Perdana\s+Menteri|President|Prime\s+Minister|PM)\s+[A-Z]"
                                 r"|\b(?:kunjungan\s+kenegaraan|[Ss]tate\s+[Vv]isit)\b")  # a head of state's visit


_EVERY_TERM_RE = re.compile(r"\s+(?:per|setiap|tiap|every)\s+(?:\w+\s+)?(?:tahun|years?)\b", re.IGNORECASE)


# 'Nota Kesepahaman Kerja Sama antara Universitas Tidar … dengan Tula State University', '… ditandatangani oleh Rektor':
# an agreement of two universities, signed beside the cities' own, is not a stage of theirs
# (or a company's: 'penandatanganan MoU antara PT Pantai Timur Sungailiat dengan utusan khusus Presiden …')
_UNIVERSITIES_RE = re.compile(r"[^.!?\n]{0,40}?\b(?:antara|between)\s+(?:the\s+)?(?:Universitas|University|Institut|Institute"
                              r"|Politeknik|Sekolah\s+Tinggi|PT|CV|Perusahaan|perusahaan)\b"
                              r"|[^.!?\n]{0,60}?\b(?:oleh|by)\s+(?:the\s+)?(?:Rektor|Rector)\b")


def _of_universities(text: str, m: Match) -> bool:
    return m.slug in ("loi", "mou", "moa") and bool(_UNIVERSITIES_RE.match(text, m.offset + len(m.alias)))


def _national_leaders(text: str, m: Match) -> bool:
    """An agreement or an activity in a clause about a head of state's or government's doing."""
    around = _clause_before(text, m.offset) + text[m.offset : m.offset + len(m.alias) + 30]  # 'kunjungan Presiden …'
    return m.slug in ("pelaksanaan", "mou", "moa", "loi") and bool(_NATIONAL_LEADER_RE.search(around))


_TRAVEL_PERMIT_RE = re.compile(r"\b(?:izin|ijin|permit)\s+(?:tugas|perjalanan(?:\s+dinas)?|dinas|(?:ke\s+)?luar\s+negeri|keluar\s+negeri"
                               r"|to\s+travel|for\s+travel)\b[^.!?\n]{0,20}$", re.IGNORECASE)


def other_process(text: str, m: Match) -> bool:
    """A bare implementation word whose object or modifier is no cooperation: 'future smart city
    implementation', 'obstacles on the budget implementation', 'pelaksanaan hubungan antar negara'."""
    if m.slug == "persetujuan-pusat" and _TRAVEL_PERMIT_RE.search(text, max(0, m.offset - 40), m.offset):
        return True  # 'izin tugas dari Kementerian Dalam Negeri': the ministry let an official travel, no approval of a tie
    if m.alias.lower() in ("perencanaan", "planning"):  # 'perencanaan pembangunan Northern Territory': another plan
        return bool(_OTHER_PLAN_RE.match(text, m.offset + len(m.alias))
                    or _OTHER_PLANNER_RE.search(text[max(0, m.offset - 30) : m.offset]))  # 'wetland management planning'
    if m.alias.lower() in _WEAK_ACTIVITY:  # 'development activities, such as …': another thing's activities
        return bool(_OTHER_PLANNER_RE.search(text[max(0, m.offset - 30) : m.offset])) or _modified_by_another(text, m.offset)
    if m.alias.lower() not in _BARE_IMPLEMENTATION:
        return False
    english = m.alias.lower() in ("implementation", "implementing")
    if english and _modified_by_another(text, m.offset):
        return True
    end = m.offset + len(m.alias)
    after = _OBJECT_AFTER_RE.match(text, end)
    governs = not english or m.alias.lower() == "implementing" or re.match(r"\s+of\b", text[end : end + 4], re.I)
    if not after or not governs:  # 'implementation of X', 'implementing X', 'pelaksanaan X'
        return False
    word = after.group(1)
    if word.lower() in NOT_MODIFIERS:
        return False
    if re.match(r"\s*(?:[\w'’()-]+\s+){0,6}?(?:concept|konsep|principles?|prinsip|framework|theory|teori)\b", text[after.start(1) :],
                re.IGNORECASE):
        return True  # 'the implementation of the South-South Cooperation (SSC) concept': a concept, not this cooperation
    # the rest of its clause: 'the implementation of Jakarta – Rotterdam Sister City Program'
    clause = re.split(r"[.!?;:,\n]", text[after.start(1) : after.start(1) + 100])[0]  # (a title's line ends it too)
    cut_short = after.start(1) + len(clause) >= len(text.rstrip())  # a text cut off: its object unknown
    return not cut_short and not _OWN_OBJECT_RE.search(clause)


def _modified_by_another(text: str, offset: int) -> bool:
    """'smart city implementation', 'budget implementation': a noun before it names what is run."""
    before = re.search(r"([\w'’-]+)[ \t]+([\w'’-]+)[ \t]+$", text[max(0, offset - 60) : offset])
    if not before:
        return False
    modifier = before.group(2)
    adjective = _ADJECTIVE_RE.search(modifier) and not modifier.lower().endswith("ment")  # 'government' is a noun
    if (modifier.lower() in NOT_MODIFIERS or modifier.lower() in _QUANTIFIERS or adjective
            or not modifier.replace("-", "").isalpha()):  # 'e-government implementation' too
        return False
    return not _OWN_OBJECT_RE.search(before.group(1) + " " + modifier)


# What a stage word is said under: a future, a possibility or a purpose ('will sign an MoU', 'can be a
# platform for the exchange of knowledge', 'agar pelaksanaannya bisa berjalan') asserts no stage reached.
_HEDGE_RE = re.compile(r"\b(?:will|would|could|can|may|might|should|shall|akan|nanti|kelak|diharapkan|expected\s+to"
                       r"|mudah-mudahan|semoga|moga-moga|hopefully"  # 'Mudah-mudahan MoU kerja sama bisa secepatnya ditandatangani'
                       r"|berharap|mengharapkan"  # 'Kami berharap dapat menandatangani nota kesepahaman': a hope
                       r"|siap|bersedia|dalam\s+waktu\s+dekat"  # 'siap berkunjung … dalam waktu dekat ini untuk menandatangani MoU'
                       r"|segera"  # 'segera menandatangani MoU': soon, not yet
                       r"|menuju|towards?|ke\s+arah"  # 'kini kita menuju Memorandum of Understanding': on the way to it
                       r"|menjajaki|menjajagi|penjajakan|exploring|explores"
                       r"|perlu|sebaiknya|disarankan|menyarankan|merekomendasikan|direkomendasikan|rekomendasi|hendaknya|recommend\w*|suggest\w*"
                       r"|hopes?\s+to|agar|supaya|in\s+order\s+to|future|masa\s+depan|prospective"
                       r"|jika|apabila|seandainya|kalau|if|unless|dijadwalkan|scheduled\s+to"
                       r"|merencanakan|direncanakan|berencana|rencananya|rencana|planned|plans?\s+to|planning\s+to|tahun\s+depan|next\s+year"
                       r"|untuk\s+(?:dapat\s+|bisa\s+)?(?:menjadi|dijadikan|ditingkatkan)|to\s+become"  # 'LoI … untuk dapat menjadi MoU': its aim
                       r"|usulan|usul|diusulkan|proposed"  # 'usulan reaktivasi rute penerbangan': a proposal, nothing done
                       r"|apakah|whether|sebagai\s+(?:dasar|landasan|payung)|as\s+(?:a|the)\s+basis\s+for"
                       r"|sepakat\s+untuk|setuju\s+untuk|agreed\s+to|agrees?\s+to"
                       # an intention, the importance of doing it, a later step: 'moves to open up exchanges',
                       # 'pentingnya menghidupkan kembali', 'may be formalized later on through the signing of …'
                       r"|moves?\s+to|wants?\s+to|intends?\s+to|with\s+the\s+(?:goal|aim)\s+of"
                       r"|commit(?:s|ted)?\s+to|berkomitmen(?:\s+untuk)?"  # 'committed to enhance cooperation … in the form of an MoU'

                       r"|ingin|hendak|berniat|bermaksud|dengan\s+tujuan|pentingnya|perlunya|importance\s+of"
                       r"|later\s+on|nantinya|harus\s+sudah|wajib|must"  # "LOI … harus sudah MoU maksimal 1 tahun": a duty
                       # a step the rest is for: 'persetujuan DPRD untuk proses penandatanganan MoU'
                       r"|untuk\s+(?:proses|tahap|tahapan)|for\s+the\s+(?:process|stage)\s+of)\b"
                       r"(?!\s+tetapi\b)"
                       r"(?!\s+be\s+(?:seen|said|concluded|found|known|described|explained|identified|categori[sz]ed)\b)",
                       re.IGNORECASE)
# Between a hedge and the stage, a verb of the study's own work ('this study will analyse the implementation').
_STUDY_VERB_RE = re.compile(r"\b(?:analy[sz]\w*|describ\w*|examin\w*|explain\w*|discuss\w*|explor\w*|investigat\w*"
                            r"|identif\w*|assess\w*|evaluat\w*|review\w*|stud(?:y|ies)|see|look|show\w*|menganalisis"
                            r"|membahas|menjelaskan|mendeskripsikan|menggambarkan|mengkaji|meneliti|melihat|mengetahui"
                            r"|mengidentifikasi|mengevaluasi|menilai|memaparkan|menguraikan)\b", re.IGNORECASE)


# After the stage word in its clause: it is only planned ('Penandatanganan MoU … direncanakan pada Juni').
_PLANNED_AFTER_RE = re.compile(r"(?:[^\w.!?;:\n]+[\w'’-]+){0,10}?[^\w.!?;:\n]+(?:direncanakan|dijadwalkan|rencananya"
                               r"|is\s+planned|are\s+planned|was\s+planned|is\s+scheduled|are\s+scheduled"
                               r"|dalam\s+waktu\s+dekat|in\s+the\s+near\s+future"
                               # 'Some strategic steps, starting from planning and implementation, … are proposed in this paper'
                               r"|(?:is|are)\s+(?:being\s+)?(?:proposed|recommended|suggested)|diusulkan|direkomendasikan|disarankan)\b"  # '… Letter of Intent dalam waktu dekat': soon, not yet
                               # '… ke dalam sebuah MoU yang akan diselesaikan setahun setelah …': still to be made
                               r"|\s+(?:yang|which|that)\s+(?:akan|baru\s+akan|will|is\s+to\s+be)\b"
                               # 'MoU akan dilakukan pada 2009 mendatang': the agreement's own future
                               r"|\s+(?:akan|baru\s+akan)\s+(?:dilakukan|dilaksanakan|ditandatangani|digelar|dibuat|disusun)\b"
                               r"|\s+(?:akan\s+)?segera\s+di\w+",  # 'MoU Segera Ditandatangani': soon to be signed
                               re.IGNORECASE)


# '… are proposed in this paper as consideration for Magelang Municipality in implementing the program': a proposal
_PROPOSED_BEFORE_RE = re.compile(r"\b(?:is|are)\s+(?:being\s+)?(?:proposed|recommended|suggested)\b", re.IGNORECASE)
# A purpose: 'untuk … meningkatkan pertukaran', 'to support the implementation of cooperation'.
_PURPOSE_RE = re.compile(r"\b(?:untuk|guna|to|for)\s+(?:[\w'’-]+\s+){0,3}?(?:meningkatkan|mendukung|memperkuat"
                         r"|mendorong|memperluas|increase|enhance|support|strengthen|promote|foster|boost|expand|improve)"
                         r"(?:\s+[\w'’-]+){0,2}\s+$", re.IGNORECASE)
# A research question: 'Bagaimana implementasi kerjasama … ?' asks, it does not say the stage was reached.
_QUESTION_START_RE = re.compile(r"^\W*(?:\(?\d\)?\s*)?(?:bagaimana|apa|apakah|how|what|whether)\b", re.IGNORECASE)


# A reporter's question: 'Ditanya mengenai isi dari nota kesepahaman, Wali Kota belum menjelaskan …', 'Asked about the MoU, …'
_ASKED_ABOUT_RE = re.compile(r"^\W*(?:ketika\s+|saat\s+|when\s+)?(?:ditanya|ditanyakan|dikonfirmasi|asked)\s+"
                             r"(?:\w+\s+){0,2}?(?:mengenai|tentang|soal|perihal|terkait|about|on)\b[^,;.!?\n]*$", re.IGNORECASE)


def asked(text: str, m: Match) -> bool:
    """The stage word stands in a question, or in the topic of one put to someone."""
    start = max(text.rfind(c, 0, m.offset) for c in ".!?\n") + 1
    ends = [i for i in (text.find(c, m.offset) for c in ".!?\n") if i >= 0]
    end = min(ends) if ends else len(text)
    return (text[end : end + 1] == "?" or bool(_QUESTION_START_RE.match(text[start : m.offset]))
            or bool(_ASKED_ABOUT_RE.match(text[start : m.offset])))


def hedged(text: str, m: Match) -> bool:
    """The stage word stands, within eight words of its clause, after a hedge (a future, a possibility,
    a purpose, a condition), or its clause goes on to say it is only planned. A stage word in brackets is read
    from the bracket: 'akan ditindaklanjuti dengan penandatanganan Nota kesepahaman (Memorandum of
    Understanding-MOU)' hedges the MOU as it does the Nota kesepahaman."""
    bracket = text.rfind("(", max(0, m.offset - 60), m.offset)
    if bracket >= 0 and ")" not in text[bracket : m.offset]:
        m = m._replace(offset=bracket, alias=text[bracket : m.offset + len(m.alias)])
    if (_PLANNED_AFTER_RE.match(text, m.offset + len(m.alias)) or _PURPOSE_RE.search(text[max(0, m.offset - 80) : m.offset])
            or _PROPOSED_BEFORE_RE.search(_sentence_before(text, m.offset))):
        return True
    # (a line break inside a paragraph wrapped at a fixed width ends no clause: '… akan\ndilanjutkan kembali')
    before = re.split(r"[.!?;:]|\n(?=\s*\n|\s*[A-Z#*-])", text[max(0, m.offset - 80) : m.offset])[-1]
    words = list(re.finditer(r"[\w'’]+", before))
    near = before[words[-8].start():] if len(words) > 8 else before
    hedge = None
    for hedge in _HEDGE_RE.finditer(near):
        pass
    return hedge is not None and not _STUDY_VERB_RE.search(near[hedge.end() :] + " " + m.alias)


# What many local governments do ('tidak sedikit Pemerintah Daerah kita yang aktif menjajaki …'): no one cooperation's.
_MANY = (r"tidak\s+sedikit|banyak\s+(?:pemerintah\s+)?(?:daerah|kota|provinsi)|berbagai\s+(?:pemerintah\s+)?daerah"
         r"|many\s+(?:local\s+|city\s+|regional\s+)?(?:governments|cities|regions|provinces)")
_MANY_RE = re.compile(rf"\b(?:{_MANY})\b", re.IGNORECASE)
# What sister cities in general do or are good for, not what this cooperation did.
_GENERAL_RE = re.compile(r"\b(?:traditionally|generally|in\s+general|typically|usually|umumnya|biasanya|secara\s+umum"
                         r"|(?:dalam|di)\s+era\s+(?:globalisasi|global)|in\s+(?:the\s+|an?\s+)?(?:era|age)\s+of\s+globali[sz]ation"
                         rf"|{_MANY}"
                         r"|(?:the\s+|an?\s+)?examples?\s+of|contoh(?:nya)?|misalnya|for\s+instance"
                         r"|(?:ber)?manfaat\s+(?:bagi|untuk)|beneficial\s+(?:for|to)|benefits?\s+(?:of|for))\b", re.IGNORECASE)


_A_COOPERATION_RE = re.compile(r"\b(?:sebuah|suatu|any|every|setiap)\s+(?:proses\s+)?(?:kerja\s?sama|kerjasama|cooperation)\b",
                               re.IGNORECASE)  # a cooperation, any: not this one


# Offering to extend or upgrade a cooperation is no beginning of one.
_UPGRADE_RE = re.compile(r"\b(?:peningkatan|pengembangan|perluasan|meningkatkan|memperluas|mengembangkan|upgrad\w*|improv\w*"
                         r"|expan\w*|enhanc\w*|strengthen\w*|memperkuat|penguatan)\b", re.IGNORECASE)


def _clause_before(text: str, offset: int) -> str:
    return re.split(r"[.!?]\s|\n", text[max(0, offset - 200) : offset])[-1]


# A sentence defining the form: 'Sister city is a formal understanding agreement … set forth in a memorandum of
# understanding', 'Kota kembar adalah …': what any such cooperation is, not what this one did
_DEFINITION_RE = re.compile(r"^\W*(?:the\s+|a\s+)?(?:konsep\s+|concept\s+of\s+)?(?:kerja\s?sama\s+)?(?:sister[\s-]+(?:city|cities|province)"
                            r"|twin(?:ned)?\s+cit(?:y|ies)|kota\s+(?:kembar|bersaudara)|provinsi\s+(?:kembar|bersaudara))"
                            r"(?:\s*\([^()]{1,30}\))?\s+(?:is|are|adalah|merupakan|ialah|yaitu|means|refers\s+to)\b", re.IGNORECASE)


def _general(text: str, offset: int) -> bool:
    return bool(_GENERAL_RE.search(_clause_before(text, offset)) or _defining(text, offset))


# what makes a defining sentence this cooperation's own: a place, a venue or a year ('… ditandatangani … di Diaz Hotel')
_SPECIFIC_RE = re.compile(r"\b(?:di|in|at|pada|on)\s+[A-Z][\w'’-]+|\b(?:19|20)\d\d\b")


def _defining(text: str, offset: int) -> bool:
    """The stage word stands in a sentence defining the form of cooperation, and nothing in it is particular."""
    return bool(_DEFINITION_RE.match(_sentence_before(text, offset))) and not _SPECIFIC_RE.search(_sentence(text, offset))


_DRAFT_BEFORE_RE = re.compile(r"\b(?:draft|draf|rancangan|drafts?\s+of\s+(?:the\s+|an?\s+)?)\s*$", re.IGNORECASE)
# A rule about who may act: 'pemerintah daerah berhak melakukan kerjasama dengan persetujuan DPRD' (no approval given)
_RULE_RE = re.compile(r"\b(?:berhak|berwenang|dapat|boleh|diperbolehkan|diizinkan|may|can|entitled|authori[sz]ed)\b", re.IGNORECASE)


# A ministry named is a central approval only where its sentence says one was given: not where the
# sentence states a duty or a condition ('must first … request permission from … the Ministry').
_MINISTRY_RE = re.compile(r"kementerian|kementrian|ministry|kemendagri|depdagri|kemenlu", re.IGNORECASE)
_APPROVAL_RE = re.compile(r"\b(?:persetujuan|disetujui|menyetujui|izin|ijin|perizinan|rekomendasi|approv\w*|permission"
                          r"|permit\w*|authori[sz]ation|otori[st]asi\w*|consent|\w*koordinasi\w*|coordinat\w*|\w*konsultasi\w*|consult\w*)\b",
                          re.IGNORECASE)  # 'the coordination carried out with the Ministry of Home Affairs'

_DUTY_RE = re.compile(r"\b(?:must|harus|wajib|diwajibkan|diharuskan|required|requires?|perlu|diperlukan|need\s+to"
                      r"|needs\s+to|sulit|susah|difficult|hard\s+to|jika|apabila|if)\b", re.IGNORECASE)
# 'beberapa bidang … belum ada implementasinya, namun …': a part not carried out, not a stalled cooperation
_PART_RE = re.compile(r"\b(?:beberapa|sebagian|some|several|certain)\b", re.IGNORECASE)


def _sentence(text: str, offset: int) -> str:
    start = max(text.rfind(". ", 0, offset), text.rfind("\n", 0, offset)) + 1
    ends = [i for i in (text.find(". ", offset), text.find("\n", offset)) if i >= 0]
    return text[start : min(ends) if ends else len(text)]


def _unapproved(text: str, m: Match) -> bool:
    if m.slug != "persetujuan-pusat" or not _MINISTRY_RE.search(m.alias):
        return False
    sentence = _sentence(text, m.offset)
    return not _APPROVAL_RE.search(sentence) or bool(_DUTY_RE.search(sentence))


def _partly_denied(text: str, m: Match) -> bool:
    return bool(_PART_RE.search(re.split(r"[.!?;\n]", text[max(0, m.offset - 120) : m.offset])[-1]))


# 'Pernyataan Kehendak … tentang Pembentukan Kerja Sama Provinsi Bersaudara': what a document is about, its name's
# words; 'Atas terjalinnya Pembentukan Kerja Sama …': a formation done. Neither is an initiation under way.
_ABOUT_AGREEMENT_RE = re.compile(r"\b(?:kerja\s?sama|kerjasama|mou|memorandum|nota\s+kesepahaman|perjanjian|agreement)\s+"
                                 r"(?:tentang|mengenai|perihal|concerning|regarding)\b"
                                 r"(?:(?!\b(?:telah|sudah|sedang|berjalan|dilakukan|dilaksanakan|terlaksana|has|have|was|were)\b)"
                                 r"[^.!?;:\n])*$", re.IGNORECASE)
_SUBJECT_OF_RE = re.compile(r"(?:\b(?:pernyataan\s+kehendak|letter\s+of\s+intent|loi|mou|memorandum|nota\s+kesepahaman|perjanjian"
                            r"|agreement)\b[^.!?\n]{0,300}?\b(?:tentang|mengenai|perihal|concerning|regarding|on)|\bterjalinnya)\s+$",
                            re.IGNORECASE)


def read_stages(text: str, matches: list[Match], skip: list[tuple[int, int]]) -> list[Match]:
    """`matches` with the stages the text describes added, and a denied implementation read as a
    cooperation that stalled. `skip`: spans (a reference list) where nothing is the text's own."""
    places = [m.offset for m in matches if m.kind == "cities"]
    matches = [m for m in matches if m.kind != "stages" or not (_COMMITTEE_RE.search(text, max(0, m.offset - 20), m.offset)
                                                                or _NOT_REACHED_RE.search(text, max(0, m.offset - 160), m.offset)
                                                                or _DENIED_EXAMPLE_RE.search(text, max(0, m.offset - 160), m.offset))]
    stalled = [m for m in matches if m.kind == "stages" and m.slug == "pelaksanaan" and denied(text, m)]
    matches = [m for m in matches if not (m in stalled and _partly_denied(text, m)) and not _unapproved(text, m)]
    matches = [m._replace(slug="evaluasi") if m.kind == "stages" and m.slug == "stagnasi"
               and _DEGREE_AFTER_RE.match(text, m.offset + len(m.alias)) else m for m in matches]
    out = [m._replace(slug="stagnasi") if m in stalled else m
           for m in matches if m.kind != "stages" or not (other_process(text, m)
                                                          or m.slug != "inisiasi" and (hedged(text, m) or asked(text, m))
                                                          or m.slug == "pelaksanaan" and _general(text, m.offset)
                                                          or _defining(text, m.offset) or _national_leaders(text, m)
                                                          or _of_universities(text, m)
                                                          # 'ada perpanjangan per lima tahun': the rule of a term, no renewal made
                                                          or m.slug == "revitalisasi" and _EVERY_TERM_RE.match(text, m.offset + len(m.alias))
                                                          # 'membahas perpanjangan kerja sama': a renewal talked over, not made
                                                          or m.slug == "revitalisasi" and _TALKED_OVER_RE.search(text, max(0, m.offset - 50), m.offset)
                                                          or m.slug == "inisiasi" and _SUBJECT_OF_RE.search(text, max(0, m.offset - 400), m.offset)
                                                          # 'DPRD masih menunggu persetujuan dewan pimpinan': awaited, not given
                                                          or m.slug != "inisiasi" and _AWAITED_RE.search(text, max(0, m.offset - 30), m.offset)
                                                          # 'menyerahkan draft Letter of Intent (LoI)': a draft, not signed
                                                          or m.slug in ("loi", "mou", "moa") and _DRAFT_BEFORE_RE.search(text, max(0, m.offset - 20), m.offset)
                                                          or m.slug == "persetujuan-dprd" and (_RULE_RE.search(_clause_before(text, m.offset))
                                                                                               or _DUTY_RE.search(_clause_before(text, m.offset)))
                                                          # 'belum ditindaklanjuti dengan nota kesepahaman': not reached
                                                          or m.slug not in ("pelaksanaan", "inisiasi", "stagnasi")
                                                          and denied(text, m))]
    folded = fold_same_length(text)
    hindered = []  # evaluations read from obstacles named
    for slug, pattern, folded_pattern, needs_cooperation in _DESCRIBED_FOLDED:
        for found in folded_pattern.finditer(folded):
            group = text[found.start() : found.end()]
            if in_spans(found.start(), skip):
                continue
            if needs_cooperation and not cooperation_sentence(text, found.start(), places):
                continue
            if slug == "revitalisasi" and not _BOND_NEAR_RE.search(text[max(0, found.start() - 80) : found.end() + 80]):
                continue  # 'usulan reaktivasi rute penerbangan Tarakan–Tawau': a route revived, not the cooperation
            if slug == "inisiasi" and (_IDEA_RE.search(group) or (
                    _WEAK_ORIGIN_RE.match(group) and not _ENTERING_RE.search(group))):
                continue  # the origin of the idea, not of this cooperation; a reason for something else
            if slug == "inisiasi" and _SUBJECT_OF_RE.search(text, max(0, found.start() - 400), found.start()):
                continue  # 'tentang Pembentukan Kerja Sama …': the subject a document names
            if slug == "inisiasi" and (_UPGRADE_RE.search(group) or _MANY_RE.search(_clause_before(text, found.start()))):
                continue  # 'menawarkan peningkatan kerja sama': a cooperation that exists, extended; many governments' doing
            if pattern is _OBSTACLE_RE and _BETWEEN_NATIONS_RE.match(text, found.end()):
                continue  # 'hambatan kerja sama perdagangan antara Indonesia dan Korea Selatan': the nations' trade
            if slug == "persetujuan-dprd" and _DUTY_RE.search(_clause_before(text, found.start()) + group):
                continue  # 'harus disetujui oleh DPRD': a duty, not an approval given
            signed = _SIGNED_RE.search(text[max(0, found.start() - 200) : found.start()])
            if slug == "pelaksanaan" and signed and not _FOLLOWED_RE.search(signed.string[signed.end() :]):
                continue  # 'menandatangani Programme Exchange': an activity agreed on paper, not yet run
            if slug != "inisiasi" or pattern is _PROPOSAL_RE:
                if _general(text, found.start()) or _A_COOPERATION_RE.search(group):
                    continue  # 'Traditionally, sister city relationships focused on … exchanges', 'hambatan dalam
                    # sebuah proses kerjasama', 'The example of paradiplomacy is initiating cooperation …': in general
            if slug == "stagnasi" and _DEGREE_AFTER_RE.match(text, found.end()):
                slug = "evaluasi"  # 'tidak berjalan sesuai perencanaan': how well it ran is judged, not that it stopped
            match = Match("stages", slug, group, found.start())
            offered = slug == "revitalisasi" and _OFFERED_RE.search(text[max(0, found.start() - 60) : found.start()])
            if slug == "revitalisasi" and _REVIVAL_RE.search(group) and (offered or hedged(text, match)):
                out.append(match._replace(slug="stagnasi"))  # 'siap menghidupkan lagi hubungan …': it had lapsed
            elif (slug == "inisiasi" or pattern in (_EXPIRED_RE, _IDLE_RE, _ONGOING_RE) or _DONE_BEFORE_RE.search(group)
                  or not (offered or hedged(text, match) or asked(text, match))):
                out.append(match)
                if pattern is _OBSTACLE_RE:
                    hindered.append(match)
    # 'penandatanganan nota kesepahaman itu dilakukan … dalam lokakarya bertajuk ‘… Pertukaran Kebudayaan …’':
    # the event an agreement was signed at, and the words of its name, are no implementation
    out = [m for m in out if not (m.kind == "stages" and m.slug == "pelaksanaan"
                                  and (_signing_venue(text, m.offset) or _in_quoted_name(text, m.offset)
                                       or _official_visit(text, m) or _national_leaders(text, m)))
           and not (m.kind == "stages" and _in_a_proper_name(text, m))
           # 'penandatangan kerja sama tentang penempatan tenaga kerja … yang dikirim sebagai …': what the agreement is about
           and not (m.kind == "stages" and m.slug == "pelaksanaan" and _ABOUT_AGREEMENT_RE.search(text, max(0, m.offset - 120), m.offset))
           and not (m.kind == "stages" and m.slug == "perencanaan" and _planning_no_stage(text, m))]
    if any(m.kind == "stages" and m.slug == "stagnasi" for m in out):
        # 'the obstacles that led to the cooperation stalled': why it stopped, not a judgement of what it achieved
        out = [m for m in out if m not in hindered]
    return _visits_before_a_bond(text, _before_agreement(_that_one(text, matches, _unsigned(text, out))))


# the stages that say a cooperation exists: agreed, approved, run otherwise, judged, stalled or renewed
_BOND_STAGES = frozenset({"loi", "mou", "moa", "persetujuan-dprd", "persetujuan-pusat", "evaluasi", "stagnasi", "revitalisasi"})
# words that say a tie already exists: 'hubungan yang telah lama terjalin', 'sejak 1993', 'the Hawaii-Sister State
# Delegation', 'long-standing', 'annual delegations'
_TIE_EXISTS_RE = re.compile(r"\b(?:telah|sudah)\s+(?:lama\s+)?(?:terjalin|terbina|berlangsung|berjalan)\b|\bsejak\s+(?:tahun\s+)?(?:19|20)\d\d\b"
                            r"|\bsister[\s-]+(?:city|cities|state|province)\s+(?:delegation|committee|association|relationship\s+since)\b"
                            r"|\b(?:long[\s-]?standing|decades[\s-]old|since\s+(?:19|20)\d\d|has\s+been\s+(?:a\s+)?sister|annual(?:ly)?)\b"
                            # 'We have six Sister Cities around the world'
                            r"|\b(?:we|it|the\s+city)\s+(?:has|have)\s+(?:\w+\s+){0,2}sister[\s-]+(?:cit(?:y|ies)|states?|provinces?)\b",
                            re.IGNORECASE)


def _visits_before_a_bond(text: str, found: list[Match]) -> list[Match]:
    """A delegation's visit in a text that tells of no cooperation agreed, run otherwise, judged or stalled, nor of a tie
    that already exists: the visit is how one begins ('delegasi Kota Helsingborg melakukan kunjungan ke Kota Probolinggo
    dalam rangka kerja sama kedua kota', and nothing agreed yet), not an activity of one (inisiasi, not pelaksanaan)."""
    stages = [m for m in found if m.kind == "stages"]
    visits = [m for m in stages if m.slug == "pelaksanaan" and _VISIT_RE.fullmatch(m.alias.strip())]
    if (not visits or _TIE_EXISTS_RE.search(text)
            or any(m.slug in _BOND_STAGES or m.slug == "pelaksanaan" and m not in visits for m in stages)):
        return found
    return [m._replace(slug="inisiasi") if m in visits else m for m in found]


# a signing told in a relative clause as done ('akan menghidupkan kembali kerja sama … yang telah ditandatangani pada
# 1992'): a fact about the past, whatever the sentence hopes for next
_DONE_BEFORE_RE = re.compile(rf"\byang\s+(?:telah|sudah)\s+{_SIGNED}\b", re.IGNORECASE)
_AWAITED_RE = re.compile(r"\b(?:menunggu|menanti(?:kan)?|awaiting|waiting\s+for|await)\s+(?:the\s+)?$", re.IGNORECASE)
_TALKED_OVER_RE = re.compile(r"\b(?:membahas|mendiskusikan|membicarakan|pembahasan|discuss(?:es|ed|ing)?|talks?\s+(?:on|about))\s+"
                             r"(?:(?:berbagai|beberapa)\s+)?(?:(?:aspek|hal|rencana|soal)\s+)?(?:(?:terkait|tentang|mengenai)\s+)?$", re.IGNORECASE)
_THAT_ONE_RE = re.compile(r"\s+(?:itu|tersebut)\b")
# an agreement named only by its noun ('nota kesepahaman atau MoU ini', 'MoU antara Surabaya dan Liverpool')
_BARE_AGREEMENT_RE = re.compile(r"(?:mou|moa|loi|memorandum\s+of\s+(?:understanding|agreement)|nota\s+kesepahaman|letter\s+of\s+intent)",
                                re.IGNORECASE)
# a signing, and the words before one that say it is still to come or not come yet: 'direncanakan akan
# ditandatangani pada Mei 2025', 'sudah lama ada MoU dengan Capetown tapi belum ditandatangani', 'yet to be signed'
_SIGNING_RE = re.compile(rf"\b(?:{_SIGNING_WORDS}|di\s?tanda\s?tangani|diteken|meneken|disepakati)\b", re.IGNORECASE)
_PENDING_BEFORE_RE = re.compile(r"\b(?:akan|belum(?:\s+juga)?|segera|rencana(?:nya)?|direncanakan|dijadwalkan|will(?:\s+be)?|to\s+be"
                                r"|yet\s+to(?:\s+be)?|not\s+yet(?:\s+been)?|planned|plans?\s+to)\s+$", re.IGNORECASE)


def _unsigned(text: str, kept: list[Match]) -> list[Match]:
    """An agreement the text names only by its noun, in a text saying its signing is still to come and telling no
    signing done ('… MoU antara Jateng dan Queensland direncanakan akan ditandatangani pada Mei 2025. Dalam MoU
    tersebut …'): talk of a draft, no agreement reached."""
    agreed = [m for m in kept if m.kind == "stages" and m.slug in ("mou", "moa", "loi")]
    if not agreed or not all(_BARE_AGREEMENT_RE.fullmatch(m.alias.strip()) for m in agreed):
        return kept
    pending = [bool(_PENDING_BEFORE_RE.search(text, max(0, found.start() - 30), found.start()))
               for found in _SIGNING_RE.finditer(text)]
    if not pending or not all(pending):  # no signing named, or one told as done
        return kept
    return [m for m in kept if m not in agreed]


def _that_one(text: str, mentioned: list[Match], kept: list[Match]) -> list[Match]:
    """'Sulut akan menandatangani nota kesepakatan (MoU) dengan maskapai … MoU itu terkait penerbangan …': 'that MoU'
    is the one named before; where that mention was not reached (planned, hedged, denied), neither is this one."""
    dropped = {m.offset for m in mentioned if m.kind == "stages" and m not in kept}
    out = []
    for m in kept:
        if m.kind == "stages" and _THAT_ONE_RE.match(text, m.offset + len(m.alias)):
            before = [o for o in mentioned if o.kind == "stages" and o.slug == m.slug and o.offset < m.offset]
            if before and before[-1].offset in dropped:
                continue
        out.append(m)
    return out


# a visit to or by a body at home or a country's envoy: the regional parliament, a ministry, an ambassador or
# consul (their working visits and consultations)
_HOME_BODY_RE = re.compile(r"\b(?:DPRD|Komisi\s+[IVX\d]+|Kemendagri|Kemenlu|Kementerian|Kementrian|Pusat\s+Fasilitasi"
                           r"|Duta\s+Besar|Dubes|Konsul(?:at)?(?:\s+Jenderal)?|Konjen|Ambassador|Consul(?:ate)?(?:\s+General)?)\b")
_VISIT_RE = re.compile(r"kunjungan|delegasi|visits?|delegations?", re.IGNORECASE)


def _official_visit(text: str, m: Match) -> bool:
    """'Dalam kunjungan kerja itu, Komisi 1 DPRD Jabar membahas rencana kerja sama', 'melakukan kunjungan … dengan
    Plh Kepala Pusat Fasilitasi Kerja Sama Kemendagri', an ambassador's working visit: a visit among bodies at home
    or by an envoy prepares the cooperation, it is no activity of it."""
    if not _VISIT_RE.fullmatch(m.alias.strip()):
        return False
    sentence = _sentence_before(text, m.offset) + re.split(r"[.!?]\s|\n\s*\n", text[m.offset : m.offset + 300])[0]
    return bool(_HOME_BODY_RE.search(sentence) or _PREPARING_RE.search(sentence))


# a visit that prepares a cooperation still planned: 'Kunjungan ke Batam adalah upaya menindaklanjuti rencana kerjasama'
_PREPARING_RE = re.compile(r"\brencana\s+(?:kerja\s?sama|kota\s+kembar|sister)|\b(?:menjajaki|menjajagi|penjajakan|exploratory)\b"
                           r"|\bto\s+explore\s+(?:the\s+)?(?:possible\s+)?(?:cooperation|partnership|sister)", re.IGNORECASE)


# what a renewal renews, near it: the cooperation or its agreement
_BOND_NEAR_RE = re.compile(rf"\b(?:{_COOPERATION}|mou|memorandum|nota\s+kesepahaman|loi|letter\s+of\s+intent|perjanjian"
                           r"|kesepakatan|agreements?|hubungan|relations(?:hip)?|ties)\b", re.IGNORECASE)
# 'many companies planning to transfer there': an intention, not the planning stage
_INTENT_AFTER_RE = re.compile(r"\s+(?:to|untuk)\b", re.IGNORECASE)
# 'perencanaan pengembangan kota', 'urban planning': a field the partners work in, not the planning stage
_PLANNING_FIELD_RE = re.compile(r"\s+(?:dan\s+[\w-]+\s+)?(?:pengembangan|pembangunan|kota|wilayah|daerah|tata\s+ruang|perkotaan|ruang)\b"
                                r"|\s+(?:and\s+[\w-]+\s+)?(?:urban|city)\b", re.IGNORECASE)  # 'perencanaan dan manajemen perkotaan'
_PLANNING_FIELD_BEFORE_RE = re.compile(r"\b(?:urban|city|town|spatial|regional|development"
                                       # an office: 'bagian perencanaan di Pemerintahan Bagian Johor Bahru', 'planning department'
                                       r"|bagian|divisi|biro|badan|dinas|unit|seksi|bidang)\s+$", re.IGNORECASE)
_PLANNING_OFFICE_AFTER_RE = re.compile(r"\s+(?:department|division|office|bureau|agency|unit)\b", re.IGNORECASE)
_LIST_ITEM_AFTER_RE = re.compile(r",\s+[a-z]\w+")  # 'proses perencanaan, renovasi kawasan kota tua'


def _planning_no_stage(text: str, m: Match) -> bool:
    """'Planning' that is no planning stage: an intention ('planning to move'), a field the partners
    work in ('perencanaan pengembangan kota', 'urban planning'), or a bare item of a list of them."""
    end = m.offset + len(m.alias)
    return bool(_INTENT_AFTER_RE.match(text, end) or _PLANNING_FIELD_RE.match(text, end)
                or _PLANNING_FIELD_BEFORE_RE.search(text, max(0, m.offset - 20), m.offset) or _PLANNING_OFFICE_AFTER_RE.match(text, end)
                or m.alias.lower() in ("perencanaan", "planning") and _LIST_ITEM_AFTER_RE.match(text, end))


_SIGNING_RE = re.compile(r"\b(?:menandatangani|ditandatangani|penandatanganan|signed|signing)\b", re.IGNORECASE)
_VENUE_BEFORE_RE = re.compile(r"\b(?:dalam|pada|di\s+sela(?:-sela)?|saat|at|during|on\s+the\s+sidelines\s+of"
                              r"|(?:pada|dalam)\s+kesempatan)\s+$", re.IGNORECASE)


def _sentence_before(text: str, offset: int) -> str:
    """The sentence up to `offset`, over the line breaks a copied page puts inside sentences."""
    return re.split(r"[.!?]\s|\n\s*\n", text[max(0, offset - 300) : offset])[-1]


def _signing_venue(text: str, offset: int) -> bool:
    """'penandatanganan … dilakukan … dalam lokakarya', 'pada kesempatan kunjungan dimaksud juga telah dilakukan
    penanda-tanganan …': the event an agreement was signed at."""
    before = _sentence_before(text, offset)
    after = re.split(r"[.!?]\s|\n\s*\n", text[offset : offset + 300])[0]
    return bool(_VENUE_BEFORE_RE.search(before) and _SIGNING_RE.search(before + after.replace("-", "")))


def _in_a_proper_name(text: str, m: Match) -> bool:
    """A capitalised stage word between capitalised words in running text: a body's or a meeting's name
    ('Ketua Policy Planning Division', 'dalam Rapat Persiapan Pelaksanaan Kunker'), no stage. A title's
    words, all capitalised, are left alone."""
    if not text[m.offset : m.offset + 1].isupper():  # as written (a match's alias is the vocabulary's)
        return False
    before = re.search(r"([^\W\d_][\w'’-]*)[ \t]+$", text[max(0, m.offset - 40) : m.offset])
    after = re.match(r"[ \t]+([^\W\d_][\w'’-]*)", text[m.offset + len(m.alias) : m.offset + len(m.alias) + 40])
    if not (before and after and before.group(1)[:1].isupper() and after.group(1)[:1].isupper()):
        return False
    end = text.find("\n", m.offset)
    line = text[text.rfind("\n", 0, m.offset) + 1 : end if end >= 0 else len(text)]
    words = re.findall(r"[^\W\d_][\w'’-]*", line)
    # a paragraph of sentences, no title: more than a title's words, or a sentence's end, or mostly lower case
    return (len(words) > 30 or bool(re.search(r"[a-z)]\.(?:\s|$)", line))
            or sum(w[:1].islower() for w in words) > len(words) / 2)


def _in_quoted_name(text: str, offset: int) -> bool:
    """Inside the quoted name of an event or a book: 'lokakarya bertajuk ‘… Pertukaran Kebudayaan …’'."""
    sentence = _sentence_before(text, offset)
    return sentence.count("‘") > sentence.count("’") or sentence.count("“") > sentence.count("”")


# Stages that mean an agreement was reached: a signed one, its renewal, or its lapse.
_AGREED = {"mou", "moa", "revitalisasi", "stagnasi"}
_CARRIED_OUT_RE = re.compile(r"pelaksana|laksanakan|implement|realisasi", re.IGNORECASE)


def _before_agreement(matches: list[Match]) -> list[Match]:
    """Implementation follows an agreement. A text that tells of first contacts or a letter of intent
    and of no agreement names visits and exchanges as the contacts themselves or as plans ('Tainan
    ingin meningkatkan hubungan menjadi sister city', 'siap memfasilitasi pertukaran pelajar'): it
    describes an implementation only where it says so more than once in so many words, or says the
    cooperation runs ('kerja sama yang selama ini telah berlangsung')."""
    stages = {m.slug for m in matches if m.kind == "stages"}
    if "pelaksanaan" not in stages or not stages & {"inisiasi", "loi"} or stages & _AGREED:
        return matches
    implemented = [m for m in matches if m.kind == "stages" and m.slug == "pelaksanaan" and _CARRIED_OUT_RE.search(m.alias)]
    if len(implemented) >= 2:
        return matches
    if any(m.kind == "stages" and m.slug == "pelaksanaan" and _ONGOING_RE.match(m.alias) for m in matches):
        return matches  # 'kolaborasi yang sudah berjalan': a cooperation stated as running, whatever else is begun
    return [m for m in matches if not (m.kind == "stages" and m.slug == "pelaksanaan")]

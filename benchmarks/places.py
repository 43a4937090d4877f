"""Cities for the realistic benchmark catalogue: real-looking local governments, made up.

Names are put together from syllables and name parts typical of each country (Karangrejo,
Takayama, Liuzhou, Rosenheim, São Bento), so a catalogue of 300 cities reads like a real one
without claiming facts about real places. Each entry has the fields `seeds/cities.yml`
requires (name, official, type, country), a parent region and the aliases theses use.
"""

from __future__ import annotations

import random
import re

# country slug → (share of the generated cities, (heads, tails, joiner), type, official pattern)
PARTS = {
    "jepang": ((["Taka", "Kawa", "Naga", "Mori", "Oka", "Fuji", "Kita", "Minami", "Hira", "Toyo", "Matsu", "Kuma",
                 "Shima", "Sawa", "Hama", "Ichi", "Ise", "Asa", "Kami", "Shira"],
                ["yama", "gawa", "saki", "shima", "zawa", "hara", "mura", "ta", "oka", "moto", "ura", "razu", "sato",
                 "no", "ku", "hama"], ""), "city", "{n}-shi", 32),
    "tiongkok": ((["Nan", "Bei", "Dong", "Xi", "Guang", "Liu", "Jin", "Qing", "Hang", "Su", "Shao", "Wen", "Yi",
                   "Chang", "Fu", "Hai", "Jiang", "Lin", "Tai", "Zhang"],
                  ["ning", "zhou", "yang", "sha", "chang", "an", "men", "kou", "shan", "de", "xing", "ping", "yuan",
                   "hai", "cheng"], ""), "city", "{n} Shi", 28),
    "korea-selatan": ((["Gwang", "Dae", "Jeon", "Cheong", "Gim", "Ul", "Po", "Chang", "Gyeong", "An", "Won", "Mok",
                        "Yeo", "Gun", "Sok", "Hwa"],
                       ["ju", "san", "won", "cheon", "hae", "po", "gu", "sun", "yang", "seong"], ""),
                      "city", "{n}-si", 18),
    "jerman": ((["Hildes", "Braun", "Frei", "Ober", "Nieder", "Rosen", "Wald", "Schön", "Neu", "Alt", "Kirch",
                 "Lichten", "Marien", "Stein", "Herz", "Königs"],
                ["heim", "burg", "stadt", "dorf", "hausen", "feld", "bach", "berg", "au", "ingen", "hagen"], ""),
               "city", "Stadt {n}", 18),
    "amerika-serikat": ((["Spring", "Fair", "Green", "Oak", "River", "Lake", "Mill", "Clear", "West", "Bloom",
                          "Cedar", "Maple", "Ash", "Frank", "Salem", "Elm"],
                         ["field", "ville", "ton", "dale", "wood", "view", "ford", "land", "burg", " Falls", " Springs"],
                         ""), "city", "City of {n}", 18),
    "australia": ((["Wollon", "Toowoom", "Bunda", "Wagga", "Mildu", "Geral", "Kalgo", "Baller", "Narra", "Kato",
                    "Bunbu", "Warrnam"],
                   ["gong", "ba", "berg", "ra", "ton", "ool", "rie", "dine", "bool", "mba"], ""), "city", "City of {n}", 14),
    "malaysia": ((["Kuala", "Bandar", "Sungai", "Batu", "Kota", "Teluk", "Bukit", "Tanjung"],
                  ["Lipis", "Muda", "Pahat", "Tinggi", "Bharu", "Kangsar", "Gajah", "Mertajam", "Intan", "Rembau",
                   "Setia", "Kubu"], " "), "city", "Majlis Perbandaran {n}", 14),
    "vietnam": ((["Vinh", "Ha", "Quang", "Thanh", "Hai", "Can", "Bien", "Long", "Phan", "Tay", "Da", "Nam", "Bac"],
                 ["Long", "Ninh", "Hoa", "Duong", "Tho", "Xuyen", "Thiet", "Ngai", "Binh", "Lat", "Dinh", "Yen"], " "),
                "city", "Thành phố {n}", 11),
    "brasil": ((["São", "Santa", "Porto", "Campo", "Nova", "Belo", "Rio", "Vila"],
                ["Paulo", "Catarina", "Alegre", "Grande", "Iguaçu", "Horizonte", "Claro", "Velha", "Bento", "Luzia"],
                " "), "city", "Município de {n}", 8),
}
ID_HEADS = ["Suka", "Karang", "Banjar", "Purwo", "Sido", "Wono", "Kedung", "Tulung", "Pangka", "Mojo", "Tasik",
            "Sala", "Jati", "Mekar", "Sumber", "Tegal", "Pasir", "Kali", "Lubuk", "Tebing", "Pematang", "Muara",
            "Tanjung ", "Bukit ", "Sungai ", "Teluk ", "Batu ", "Padang "]
ID_TAILS = ["rejo", "harjo", "sari", "jaya", "mulya", "negara", "karta", "agung", "wangi", "asih", "kerto", "baru",
            "makmur", "raya", "laya", "dadi", "arum", "linggau", "sikuning", "pinang", "balai", "kencana"]
ISLANDS = ["Sumatera", "Jawa", "Kalimantan", "Sulawesi", "Nusa Tenggara", "Papua", "Maluku"]
POINTS = ["Barat", "Timur", "Tengah", "Utara", "Selatan", "Tenggara", "Barat Daya"]


def slugify(text: str) -> str:
    text = text.replace("ã", "a").replace("ç", "c").replace("ö", "o")
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")


def _name(rng: random.Random, heads: list[str], tails: list[str], joiner: str) -> str:
    head, tail = rng.choice(heads), rng.choice(tails)
    return f"{head}{joiner}{tail}" if not head.endswith(" ") else head + tail.capitalize()


def _add(found: dict, taken: set, slug: str, entry: dict) -> bool:
    if slug in taken or slug in found or any(entry["name"] == e["name"] for e in found.values()):
        return False
    found[slug] = entry
    return True


def _indonesian(rng: random.Random, count: int, found: dict, taken: set) -> None:
    provinces = []
    while len(provinces) < max(1, count // 6):
        name = f"{rng.choice(ISLANDS)} {rng.choice(POINTS)}"
        entry = {"name": name, "official": f"Provinsi {name}", "type": "provinsi", "country": "indonesia",
                 "parent": "Indonesia", "aliases": [name, f"Provinsi {name}", f"Pemerintah Provinsi {name}"]}
        if _add(found, taken, slugify("provinsi " + name), entry):
            provinces.append(name)
    made = len(provinces)
    while made < count:
        base = _name(rng, ID_HEADS, ID_TAILS, "")
        province = rng.choice(provinces)
        if rng.random() < 0.55:
            name = f"Kabupaten {base}"
            entry = {"name": name, "official": name, "type": "kabupaten", "country": "indonesia", "parent": province,
                     "aliases": [name, f"{base} Regency", f"Pemerintah Kabupaten {base}"]}
            made += _add(found, taken, slugify(name), entry)
        else:
            entry = {"name": base, "official": f"Kota {base}", "type": "kota", "country": "indonesia", "parent": province,
                     "aliases": [base, f"Kota {base}", f"{base} City", f"Pemerintah Kota {base}"]}
            made += _add(found, taken, slugify(base), entry)


def make_cities(rng: random.Random, count: int, taken: set[str]) -> dict[str, dict]:
    """`count` new cities (slug → entry), none of whose slugs is in `taken`: 44 % Indonesian."""
    found: dict[str, dict] = {}
    _indonesian(rng, round(count * 0.44), found, taken)
    abroad = count - len(found)
    total_share = sum(share for *_, share in PARTS.values())
    plan = [(c, round(abroad * share / total_share)) for c, (*_, share) in PARTS.items()]
    plan[0] = (plan[0][0], plan[0][1] + abroad - sum(k for _, k in plan))
    for country, k in plan:
        (heads, tails, joiner), kind, official, _ = PARTS[country]
        made = 0
        while made < k:
            name = _name(rng, heads, tails, joiner)
            entry = {"name": name, "official": official.format(n=name), "type": kind, "country": country,
                     "aliases": [name, f"Kota {name}", f"{name} City"]}
            made += _add(found, taken, slugify(name), entry)
    return found

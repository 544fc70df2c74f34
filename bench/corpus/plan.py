"""The plan of a corpus article (:mod:`bench.corpus`): which two parties, what kind of
event, when (and where the year can be read from) and where it takes place."""

from __future__ import annotations

import datetime as dt
import random
from dataclasses import dataclass

from .dates import When
from .parties import (UNITS_2025, Party, district_party, foreign_party,
                             province_party)
from .words import FOREIGN_CITIES, FOREIGN_PARTNERS


@dataclass
class Plan:
    kind: str
    a: Party          # the initiator: visitor, issuer, first named
    b: Party          # the other
    host: Party       # where it happens (one of a, b) or a third place
    etype: str
    when: When
    published: dt.datetime | None
    cue_year: int | None
    post2025: bool
    third_location: str | None = None   # canonical province of a third place
    loc_text: str = ""                  # "tại thành phố Yên Bái"


def location_phrase(rng: random.Random, host: Party, pool: dict[str, list[dict]], plan: Plan) -> str:
    if plan.third_location:
        tp = province_party(plan.third_location, rng, people=False)
        return rng.choice([f"tại {tp.full0}", f"tại {tp.short0}", f"tại Trung tâm Hội nghị {tp.full0}"])
    if host.kind == "foreign":
        cities = FOREIGN_CITIES.get(host.canon)
        if cities and rng.random() < 0.5:
            c = rng.choice(cities)
            return f"tại {c}, {host.full0}"
        return f"tại {host.full0}"
    if host.kind in ("city", "town", "district", "urban"):
        word = host.full0 + host.qual
        return rng.choice([f"tại {word}", f"tại Hội trường UBND {host.level if not host.name.startswith('Quận ') else ''} {host.name}".replace("  ", " "),
                           f"tại trụ sở {host.committee}"])
    # a province / central city: its capital city, or a building, or the province itself
    cities = [d for d in pool.get(host.canon, []) if d["level"] == "thành phố"]
    r = rng.random()
    if cities and r < 0.35 and not plan.post2025:
        d = cities[0] if rng.random() < 0.7 else rng.choice(cities)
        return f"tại thành phố {d['name']}"
    if r < 0.55:
        return f"tại {host.full0}"
    if r < 0.7:
        return f"tại Trung tâm Hội nghị {host.full0}"
    if r < 0.85:
        return f"tại trụ sở {host.gov}"
    return f"tại Hội trường {host.committee}"


def pick_when(rng: random.Random, post2025: bool, etype: str, kind: str) -> tuple[When, dt.datetime | None, int | None]:
    if post2025:
        start = dt.date(2025, 7, 1) + dt.timedelta(days=rng.randint(0, 172))
    else:
        year = rng.choices(range(2005, 2026), weights=[1 + (y - 2005) // 3 for y in range(2005, 2026)])[0]
        if kind in ("city", "district", "urban") and year < 2012:
            year = rng.randint(2012, 2024)
        last = dt.date(2025, 6, 30) if year == 2025 else dt.date(year, 12, 31)
        first = dt.date(year, 1, 2)
        start = first + dt.timedelta(days=rng.randint(0, (last - first).days))
    end = None
    if rng.random() < (0.35 if etype == "visit" else 0.15 if etype in ("conference",) else 0.0):
        n = rng.choice([2, 2, 2, 3, 3, 4, 5])
        end = start + dt.timedelta(days=n - 1)
        if end.month != start.month and rng.random() < 0.6:
            end = None
        if post2025 is False and end and end > dt.date(2025, 6, 30) and start <= dt.date(2025, 6, 30):
            end = None
    r = rng.random()
    if r < 0.33:
        ys = "stated"
    elif r < 0.68:
        ys = "published"
    elif r < 0.92:
        ys = "context"
    else:
        ys = "unknown"
    published = None
    if ys == "published" or (ys == "stated" and rng.random() < 0.5):
        base = end or start
        delta = rng.choice([0, 0, 0, 1, 1, 2, 3])
        if base.month == 12 and base.day >= 27 and rng.random() < 0.7:
            delta = rng.randint(5, 8)   # written up after New Year: the year rolls over
        pdate = base + dt.timedelta(days=delta)
        published = dt.datetime(pdate.year, pdate.month, pdate.day, rng.randint(6, 22), rng.randint(0, 59))
    if post2025 and ys == "unknown":
        ys = "context"   # the article speaks of the merged province: 2025 (see body)
    cue = start.year if ys == "context" else None
    return When(start, end, ys), published, cue


def pick_pair(rng: random.Random, i: int, order: list[str], pool: dict[str, list[dict]],
               foreign_recs: dict[str, dict]) -> tuple[str, Party, Party, bool]:
    """(kind, a, b, post2025)."""
    kinds = ["prov-prov", "central-prov", "city-city", "district-district", "urban-district",
             "foreign", "post2025"]
    weights = [0.30, 0.13, 0.10, 0.13, 0.05, 0.19, 0.10]
    kind = rng.choices(kinds, weights)[0]
    anchor = order[i % len(order)]  # every province comes round in turn
    others = [p for p in order if p != anchor]
    if kind == "post2025":
        units = sorted({u for u in UNITS_2025})
        a_name, b_name = rng.sample(units, 2)
        conv = {"Huế": "Thừa Thiên Huế"}
        a = province_party(conv.get(a_name, a_name), rng, post2025=True)
        b = province_party(conv.get(b_name, b_name), rng, post2025=True)
        return kind, a, b, True
    if kind == "foreign":
        fname = rng.choice(list(FOREIGN_PARTNERS))
        vn = rng.choice(FOREIGN_PARTNERS[fname])
        f = foreign_party(fname, foreign_recs[fname], rng)
        v = province_party(vn, rng)
        return kind, *(rng.sample([v, f], 2)), False
    if kind == "prov-prov":
        return kind, province_party(anchor, rng), province_party(rng.choice(others), rng), False
    if kind == "central-prov":
        c = rng.choice(["Hà Nội", "Hồ Chí Minh", "Hải Phòng", "Đà Nẵng", "Cần Thơ", "Hồ Chí Minh", "Hà Nội"])
        p = anchor if anchor != c else rng.choice(others)
        pair = [province_party(c, rng), province_party(p, rng)]
        rng.shuffle(pair)
        return kind, pair[0], pair[1], False
    if kind == "city-city":
        def city_of(prov: str) -> dict | None:
            cs = [d for d in pool.get(prov, []) if d["level"] == "thành phố"]
            return rng.choice(cs) if cs else None
        ca = city_of(anchor)
        other = rng.choice(others)
        cb = city_of(other)
        tries = 0
        while (ca is None or cb is None) and tries < 20:
            anchor2 = rng.choice(others)
            ca = ca or city_of(anchor2)
            other = rng.choice(others)
            cb = city_of(other) if other != (ca or {}).get("province") else None
            tries += 1
        if ca is None or cb is None or ca["province"] == cb["province"]:
            return "prov-prov", province_party(anchor, rng), province_party(rng.choice(others), rng), False
        return kind, district_party(ca, rng), district_party(cb, rng), False
    if kind == "district-district":
        def dist_of(prov: str) -> dict:
            ds = [d for d in pool.get(prov, []) if d["level"] in ("huyện", "thị xã")] or pool[prov]
            return rng.choice(ds)
        other = rng.choice([p for p in others if pool.get(p)])
        anchor_ok = anchor if pool.get(anchor) else rng.choice(others)
        return kind, district_party(dist_of(anchor_ok), rng), district_party(dist_of(other), rng), False
    # urban district of a centrally-run city with a rural district elsewhere
    c = rng.choice(["Hà Nội", "Hồ Chí Minh", "Hải Phòng", "Đà Nẵng", "Cần Thơ"])
    q = rng.choice([d for d in pool[c] if d["level"] == "quận"])
    prov = anchor if anchor != c and pool.get(anchor) else rng.choice([p for p in others if p != c and pool.get(p)])
    h = rng.choice([d for d in pool[prov] if d["level"] == "huyện"] or pool[prov])
    pair = [district_party(q, rng), district_party(h, rng)]
    rng.shuffle(pair)
    return kind, pair[0], pair[1], False

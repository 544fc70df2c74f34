"""Sides named by their bodies: the police, a department, an association of each locality
(used by :mod:`.partners` and :mod:`.partner_lists`).

Reports of a cooperation between two localities' bodies name each side by the body, not by a
level word alone: "Công an TP A và công an các tỉnh B, C, D ký kết quy chế phối hợp", "Bộ Chỉ
huy Bộ đội Biên phòng tỉnh A với Ban Chỉ huy Quân sự huyện B", "Sở Du lịch TP A và Sở Văn hóa,
Thể thao và Du lịch các tỉnh B, C", "Hội Nông dân tỉnh A và Hội Nông dân tỉnh B". The pair is
the localities of those bodies. These readings follow from it:

| reading                                 | example (written for this table)                              | gives                      |
|-----------------------------------------|---------------------------------------------------------------|----------------------------|
| a body's name after the joining word    | "Công an tỉnh A và công an các tỉnh B, C"; "tỉnh A với Ban     | A joined to B (as if "A và |
| joins the two places as "và"/"với" does | Chỉ huy Quân sự huyện B"; "UBMTTQ tỉnh A, UBMTTQ tỉnh B và …" | các tỉnh B"): both sides   |
| a body's name introduces a list of its  | "Công an A và Công an B, C, D": B, C, D are one side          | every member a party       |
| localities (as "các tỉnh" does)         |                                                               |                            |
| the headline or lead counts the other   | "… ký kết quy chế phối hợp với công an 6 tỉnh" and the body:  | the six, the lead's count  |
| side, the body names it in full         | "lãnh đạo Công an các tỉnh B, C, D, E, F và G"                | confirming the list        |
| ... or the stops of a delegation's tour | "Đoàn công tác … học tập kinh nghiệm tại 3 tỉnh phía Bắc" and | the three stops            |
|                                         | in the body "Tại tỉnh B, đoàn …", "Tại C, đoàn …", "Tại D, …"  |                            |
| ... uncounted ("tại một số tỉnh", "các  | "Đoàn công tác tỉnh A khảo sát tại một số tỉnh miền Trung",   | A and every stop (two or   |
| tỉnh miền Trung")                       | "Tại tỉnh B, đoàn …", "Tại C, đoàn …"                         | more)                      |

The bodies (folded; each with an example written for this table). A body's name stands
between the joining word ("và", "với", "cùng", ",") and the place, or the count and level word
of a group ("và công an các tỉnh B"):
"""

from __future__ import annotations

import re

from ..places import Place, PlaceMention
from ..scan import fold_slice
from .number_words import counting

__all__ = ["BODIES", "strip_bodies", "a_body_before", "counted_side", "tour_stops", "add_counted"]

#   (folded pattern, example)
BODIES: tuple[tuple[str, str], ...] = (
    (r"cong an", "Công an TP A và công an các tỉnh B, C"),
    (r"bo chi huy (?:bo doi bien phong|bdbp|quan su)", "BĐBP tỉnh A với Bộ Chỉ huy Quân sự tỉnh B"),
    (r"ban chi huy quan su|ban chqs|bchqs", "Bộ Chỉ huy BĐBP tỉnh A với Ban Chỉ huy Quân sự huyện B"),
    (r"(?:bo doi )?bien phong|bdbp", "Công an tỉnh A và Biên phòng tỉnh B"),
    # a department: "Sở" and its field, the field's name may hold "và" and commas
    (r"(?:cac )?so (?:van hoa|du lich|nong nghiep|tu phap|ngoai vu|cong thuong|giao duc|y te|noi vu|tai chinh"
     r"|ke hoach|xay dung|giao thong|lao dong|tai nguyen|thong tin|khoa hoc|vhttdl|nn&ptnt|nn va ptnt|gd&dt|ldtbxh"
     r"|tn&mt|kh&dt|gtvt|tt&tt|kh&cn)(?:[\s,&-]+(?!cac\b|nhung\b|tinh\b|thanh pho\b|tp\b|huyen\b|\d)[\w&]+){0,7}",
     "Sở Du lịch TP A và Sở Văn hóa, Thể thao và Du lịch các tỉnh B, C"),
    (r"hoi (?:nong dan|lien hiep phu nu|phu nu|cuu chien binh|chu thap do|doanh nhan tre|doanh nghiep"
     r"|nha bao|van hoc nghe thuat|lien hiep thanh nien|khuyen hoc|nguoi cao tuoi)",
     "Hội Nông dân tỉnh A và Hội Nông dân tỉnh B"),
    (r"(?:ban (?:chap hanh|thuong vu) )?(?:hoi )?lhpn", "Ban Chấp hành Hội LHPN huyện A và Ban Chấp hành LHPN huyện B"),
    (r"(?:tinh|thanh|huyen|thi|quan) doan|doan thanh nien(?: cong san ho chi minh)?", "Tỉnh đoàn A và Tỉnh đoàn B"),
    (r"(?:uy ban )?(?:mttq|mat tran to quoc)(?: viet nam)?", "Ủy ban MTTQ Việt Nam tỉnh A và Ủy ban MTTQ tỉnh B"),
    (r"lien doan lao dong", "Liên đoàn Lao động tỉnh A và Liên đoàn Lao động tỉnh B"),
    (r"lien minh (?:hop tac xa|htx)", "Liên minh HTX tỉnh A và Liên minh HTX tỉnh B"),
    (r"(?:cuc |chi cuc )?hai quan", "Cục Hải quan tỉnh A và Cục Hải quan tỉnh B"),
    (r"vien kiem sat(?: nhan dan)?|toa an(?: nhan dan)?", "Viện Kiểm sát nhân dân tỉnh A và Viện KSND tỉnh B"),
    (r"ban (?:tuyen giao|dan van|to chuc|noi chinh|kinh te)|uy ban kiem tra", "Ban Tuyên giáo Tỉnh ủy A và Ban Tuyên giáo Tỉnh ủy B"),
    (r"dang uy", "Đảng ủy xã A và Đảng ủy xã B"),
    (r"benh vien(?: da khoa)?", "Bệnh viện Đa khoa tỉnh A và Bệnh viện Đa khoa tỉnh B"),
    (r"dai phat thanh(?: va| -)? truyen hinh|dai ptth|bao", "Báo A và Báo B ký kết hợp tác"),
    (r"trung tam xuc tien(?: dau tu)?(?:,? thuong mai)?(?: va du lich)?", "Trung tâm Xúc tiến Đầu tư tỉnh A và … tỉnh B"),
)
_BODY = r"(?:" + "|".join(p for p, _ in BODIES) + r")"
# between two places: a joining word, a body's name (the rest is the joining word's)
_JOINED_BODY_RE = re.compile(r"^(?P<link>.*?(?:va|voi|cung|,|;))\s+(?P<body>" + _BODY + r")(?P<rest>(?:\s+\S+){0,2})$")
# right before a list's first name: a body's name, then "các"/a count, perhaps a level word
_BODY_BEFORE_RE = re.compile(r"(?<!\w)" + _BODY + r"(?:\s+(?:cac|nhung|\d{1,2}))?(?:\s+(?:tinh|thanh pho|tp|huyen))?\s*$")


def strip_bodies(between: str) -> str:
    """The folded text between two places, without the name of the second's body ("và công an
    các tỉnh" → "và các tỉnh", "với ban chỉ huy quân sự" → "với"): what joins them."""
    if " " not in between and between.isprintable():
        return between   # (no blank at all, so no body after a joining word: most betweens are "va" or ",")
    m = _JOINED_BODY_RE.match(between)
    if m is None:
        return between
    rest = m.group("rest")
    if rest and not re.fullmatch(r"(?:\s+(?:cac|nhung|hai|ba|bon|nam|sau|bay|\d{1,2}|tinh|thanh pho|tp|huyen))*", rest):
        return between
    return (m.group("link") + rest).strip()


def a_body_before(window: str) -> bool:
    """Does a body's name end the folded ``window`` before a list ("… và Công an B, C, D")?"""
    return _BODY_BEFORE_RE.search(window) is not None


_COUNT_WORDS = counting(2, 10)
_N = r"(?P<n>\d{1,2}|" + "|".join(_COUNT_WORDS) + r")"
_LEVEL = r"(?:tinh|tinh, thanh(?: pho)?|tinh va thanh pho|dia phuong|huyen)(?!\w)"
_COUNT_LEVEL_RE = re.compile(r"(?<!\w)(?:" + _N + r"|mot so|cac)\s+" + _LEVEL)
# ... asked only whether it finds one: two patterns that each open with a first-character set (a count
# in digits, one in words; the look-behind after the first character) find one exactly when it does,
# without trying every character of the headline and lead (tests/test_prefilters_*.py)
_COUNT_DIGITS_RE = re.compile(r"\d(?<!\w.)\d?\s+" + _LEVEL)
_COUNT_WORDS_RE = re.compile("(?:" + "|".join(w[0] + r"(?<!\w.)" + w[1:] for w in (*_COUNT_WORDS, "mot so", "cac"))
                             + r")\s+" + _LEVEL)
# the headline or lead counts the other side: "với công an 6 tỉnh", "cùng Sở Du lịch 3 tỉnh"
# (this and the next two: each first letter first, the look-behind after it; written (?<!\w)(?:voi|va|cung|giua)
# and (?<!\w)(?:tai|tham|den|khao sat): the engine skips to those letters; tests/test_prefilters_*.py)
# ... the body's people before it: "cùng đại diện Ban Giám đốc các Sở Ngoại vụ 6 tỉnh" (round 48: late48a)
_REPRESENTING = r"(?:(?:dai dien|lanh dao|ban giam doc|ban lanh dao)\s+){0,3}"
_COUNTED_PARTNER_RE = re.compile(r"(?:v(?<!\w.)oi|v(?<!\w.)a|c(?<!\w.)ung|g(?<!\w.)iua)\s+(?:" + _REPRESENTING + _BODY
                                 + r"\s+)?" + _N + r"\s+" + _LEVEL)
# ... or a tour's stops: "học tập kinh nghiệm tại 3 tỉnh phía Bắc", "đến thăm 4 tỉnh"
_COUNTED_STOPS_RE = re.compile(r"(?:t(?<!\w.)ai|t(?<!\w.)ham|d(?<!\w.)en|k(?<!\w.)hao sat)\s+" + _N + r"\s+" + _LEVEL)
# ... or uncounted: "khảo sát tại một số tỉnh phía Bắc", "đến thăm các tỉnh miền Trung" (any number of stops)
_SOME_STOPS_RE = re.compile(r"(?:t(?<!\w.)ai|t(?<!\w.)ham|d(?<!\w.)en|k(?<!\w.)hao sat)\s+(?:mot so|cac)\s+" + _LEVEL)
# a stop: a sentence that opens "Tại X, đoàn …" (folded, after the place)
_STOP_AFTER_RE = re.compile(r"^\s*,\s*(?:doan|cac thanh vien(?: trong)? doan)(?!\w)")


def _count(m: re.Match[str]) -> int:
    n = m.group("n")
    return int(n) if n.isdigit() else _COUNT_WORDS[n]


def counted_side(framed: str, lists: list[tuple[list[str], str, list[PlaceMention], bool]],
                 alone: str, introduced) -> list[str]:
    """The other side of a page with one partner ``alone``, when the headline or lead
    (``framed``, folded) counts it ("với công an 6 tỉnh") and the body names that many
    provinces, ``alone`` aside, in one list a level word or body introduces (``introduced``)."""
    counts = {_count(m) for m in _COUNTED_PARTNER_RE.finditer(framed)}
    if not counts:
        return []
    for provs, text, run, body in lists:
        others = [p for p in provs if p != alone]
        if body and len(others) in counts and len(others) >= 2 and len(run) == len(provs) and introduced(text, run[0]):
            return others
    return []


def tour_stops(framed: str, text: str, mentions: list[PlaceMention], places: dict[int, Place],
               ) -> list[str]:
    """The stops of a delegation's tour the headline or lead counts ("học tập kinh nghiệm tại 3
    tỉnh phía Bắc") and the body names one a sentence ("Tại tỉnh B, đoàn …"): the provinces, when
    their number is the count."""
    counts = {_count(m) for m in _COUNTED_STOPS_RE.finditer(framed)}
    some = _SOME_STOPS_RE.search(framed) is not None
    if not counts and not some:
        return []
    stops: list[str] = []
    for m in mentions:
        place = places.get(m.start)
        if place is None or place.province in stops:
            continue
        lo = max(text.rfind(". ", 0, m.start) + 1, text.rfind("\n", 0, m.start) + 1)
        opens = fold_slice(text, lo, m.start).strip() == "tai"
        if opens and _STOP_AFTER_RE.match(fold_slice(text, m.end, m.end + 40)):
            stops.append(place.province)
    if (len(stops) in counts or some and not counts) and len(stops) >= 2:
        return stops
    return []


def add_counted(partners, text: str, folded: str, framed: list[tuple[int, int]],
                body_mentions: list[PlaceMention]) -> None:
    """Complete ``partners`` (one partner found, or two of which the second is of the counted
    side) with the side the headline or lead counts and the body names in full
    (:func:`counted_side`, :func:`tour_stops`)."""
    parties = partners.parties
    if not parties or len(parties) > 2:
        return
    said = " . ".join(folded[s:e] for s, e in framed)
    if not (_COUNT_DIGITS_RE.search(said) or _COUNT_WORDS_RE.search(said)) or not (_COUNTED_PARTNER_RE.search(said) or _COUNTED_STOPS_RE.search(said)
                                                 or _SOME_STOPS_RE.search(said)):
        return   # (the count and level word first: most pages have none)
    from .partner_lists import introduced, introduced_lists   # (here: they import this module; most pages
    from .partner_links import groups as _groups               # return above)
    from .partners import Party
    alone = parties[0].place.province
    lead_end = max(e for _, e in framed)
    body = [m for m in body_mentions if m.start >= lead_end]
    side = tour_stops(said, text, body, partners.places)
    if not side:
        lists = introduced_lists(text, _groups(text, body), partners.places, body=True)
        side = counted_side(said, lists, alone, introduced)
    side = [p for p in side if p != alone]
    if len(side) < 2 or (len(parties) == 2 and parties[1].place.province not in side):
        return
    have = {p.place.province for p in parties}
    for prov in side:
        m = next(m for m in body if m.start in partners.places and partners.places[m.start].province == prov)
        place = partners.places[m.start]
        if prov not in have:
            have.add(prov)
            parties.append(Party(place, m.level_word if m.level_word in ("tỉnh", "thành phố", "huyện") else place.level,
                                 m.start))

"""The organisers named as one body of several localities: "do Sở Công Thương A, B và C phối hợp … tổ chức"
(round 56, late56c; read by :mod:`.page_partners` after the partners' first reading).

One institution's name followed by a list of localities names that institution of each of them ("the
departments of industry and trade of A, B and C"): when the lead says they organise the occasion, every one of
them is a side. The partners' scores (:mod:`.partners`) count such a list as a list (one point each) and may
prefer a province the headline names alone, a product's origin or a caption's subject ("Mận tỉnh D hút khách
tại tuần hàng"): the organisers outrank it. The sides become the organisers, in the order the lead names them,
then any other side the partners chose that the lead names too (a co-organiser "phối hợp với UBND tỉnh E");
a side named only in the headline or the body is dropped.

| rule             | shape (folded, before and after the run)       | example (written for this table)                      | gives       |
|------------------|------------------------------------------------|-------------------------------------------------------|-------------|
| `organiser_list` | "do" or a clause's start, an institution of    | "… do Sở Công Thương Hải Phòng, Cần Thơ và Huế phối    | A, B, C     |
|                  | :data:`BODIES` with its own name, then two or  | hợp với một chuỗi siêu thị tổ chức khai mạc"          |             |
|                  | more localities joined by commas or "và" only, | "Sở Du lịch tỉnh A và tỉnh B đã phối hợp tổ chức …"   | A, B        |
|                  | then (adverbs aside) a verb of :data:`VERBS`    |                                                       |             |
| NOT              | one locality after the institution             | "Sở Công Thương tỉnh A tổ chức hội chợ"               | unchanged   |
| NOT              | a list joined to the body by "phối hợp với"    | "Sở Công Thương tỉnh A phối hợp với các tỉnh B, C tổ   | unchanged   |
|                  | (one department working with others)           | chức …"                                               |             |
| NOT              | businesses, guests, leaders ("các doanh        | "gian hàng của các doanh nghiệp tỉnh A, B và C"       | unchanged   |
|                  | nghiệp", "lãnh đạo"): no institution           |                                                       |             |
| NOT              | no organising verb after the run               | "đại diện Sở Công Thương tỉnh A, B và C tham dự"      | unchanged   |

Cost: asked of the lead's runs of places only (two mentions at most eight characters apart, then their link); a
run with no institution's word in the 70 characters before it (the literal gate, :data:`_GATE`) is left before
any fold or regex.
"""

from __future__ import annotations

import re

from ..places import PlaceMention
from ..scan import fold_slice
from .partner_links import LIST_LINK_RE, link_between
from .partners import Party, Partners, _level

__all__ = ["BODIES", "VERBS", "organisers_lead"]

# The institutions whose name a list of localities may follow (folded, the head word right after "do" or a
# clause's start; its own name, a department's sector, may follow before the first locality).
#   (folded head, example)
BODIES: tuple[tuple[str, str], ...] = (
    ("so", "do Sở Văn hóa, Thể thao và Du lịch tỉnh A và tỉnh B phối hợp tổ chức"),
    ("ubnd", "do UBND thành phố A, B và C đồng tổ chức"),
    ("uy ban nhan dan", "Ủy ban nhân dân tỉnh A và tỉnh B đã phối hợp tổ chức"),
    ("trung tam xuc tien", "do Trung tâm Xúc tiến thương mại tỉnh A, B và C chủ trì tổ chức"),
)
# the verbs that make the body's localities the occasion's organisers (folded), after "cùng", "đồng loạt", "đã"
#   (folded verb, example)
VERBS: tuple[tuple[str, str], ...] = (
    ("phoi hop", "do Sở Công Thương A, B và C phối hợp với … tổ chức"),
    ("to chuc", "do Sở Du lịch A và B tổ chức"),
    ("dong to chuc", "Sở Du lịch A và B đồng tổ chức"),
    ("chu tri", "do Sở Công Thương A và B chủ trì"),
)
# the literal gate: one of these in the text before a run's first place (an institution's word as written)
_GATE = ("Sở ", "UBND", "y ban", "rung tâm", "SỞ ", "Y BAN", "RUNG TÂM")   # (Ủy/Uỷ ban, Trung tâm)
# the body's head after "do" or a clause's start, then its own name (up to eight words, none a linking word)
_BODY_RE = re.compile(r"(?:^|(?<!\w)do\s+|[,:;(]\s*)(?:cac\s+)?(?:" + "|".join(w for w, _ in BODIES) + r")"
                      r"(?:\s+(?!(?:voi|cua|tai|o|cung|phoi|den|tu|cho|nhu)(?!\w))[\w,&-]+){0,8}?\s*$")
_VERB_RE = re.compile(r"^\s*(?:(?:cung|dong loat|da|se|vua)\s+)*(?:" + "|".join(w for w, _ in VERBS) + r")(?!\w)")
_BACK = 70   # the farthest the body's head stands before the first locality
_AHEAD = 40


def _runs(text: str, mentions: list[PlaceMention], l0: int) -> list[list[PlaceMention]]:
    """The lead's runs of two or more mentions joined by commas or "và" only ("A, B và C") after an institution's
    word (the literal gate, asked before any link is read)."""
    out: list[list[PlaceMention]] = []
    i, n = 0, len(mentions)
    while i < n - 1:
        first = mentions[i]
        i += 1
        if mentions[i].start - first.end > 8:
            continue   # (no list link is longer than ", và ")
        window = text[max(l0, first.start - _BACK):first.start]
        for w in _GATE:
            if w in window:
                break
        else:
            continue   # (the gate: most lists follow no institution's word)
        run = [first]
        while i < n and mentions[i].start - run[-1].end <= 8 \
                and LIST_LINK_RE.match(link_between(text, run[-1], mentions[i])):
            run.append(mentions[i])
            i += 1
        if len(run) >= 2:
            out.append(run)
    return out


def organisers_lead(partners: Partners, text: str, lead: tuple[int, int], lead_mentions: list[PlaceMention]) -> None:
    """Make the organisers the sides (``organiser_list``, see the table): ``text`` the page as the partners read
    it, ``lead`` the lead's span and ``lead_mentions`` its places."""
    l0, l1 = lead
    if len(lead_mentions) < 2:
        return
    places = partners.places
    for run in _runs(text, lead_mentions, l0):
        first = run[0]
        lo = max(l0, first.start - _BACK)
        cut = max(text.rfind(". ", lo, first.start), text.rfind("\n", lo, first.start))
        if _BODY_RE.search(fold_slice(text, max(lo, cut + 1), first.start)) is None:
            continue
        if _VERB_RE.search(fold_slice(text, run[-1].end, min(l1, run[-1].end + _AHEAD))) is None:
            continue
        sides: dict[str, Party] = {}
        for m in run:
            place = places.get(m.start)
            if place is not None and place.province not in sides:
                sides[place.province] = Party(place, _level(m, place), m.start)
        if len(sides) < 2:
            continue   # ("UBND huyện A, B": one province's districts)
        named = {places[m.start].province for m in lead_mentions if m.start in places}
        others = [p for p in partners.parties if p.place.province not in sides and p.place.province in named]
        if {p.place.province for p in partners.parties} != set(sides) | {p.place.province for p in others}:
            partners.parties[:] = list(sides.values()) + others   # (the same sides: the partners' order kept)
        return

"""Round 36 (type36): trips told by who travels or by the rite they hold there, with no verb of travel.

Read from real leads of new sites (round 36's reading: headlines and leads about cooperation between localities,
kept outside the project) and probes of our own around their shapes. Two causes of 'other' where a reader says
"visit" (round 35's class B, "a trip told by what the travellers do there, with no travel verb"):

1. **The travellers named by a noun the table lacked.** "Đoàn công tác / Đoàn đại biểu tỉnh A <does something> tại
   tỉnh B" is the delegation's trip (rank 9 rows of :mod:`.type_vocab`: nothing else named), but the same lead with
   "Đoàn cán bộ", "Đoàn lãnh đạo", "Đoàn doanh nghiệp", "đoàn famtrip" named no occasion at all ('other').
   The rows below give those nouns the same rank 9: any occasion named in the sentence (a meeting, a signing, a
   ceremony, aid, a festival, a performance) outranks them, as it outranks "đoàn công tác"; they are delegation nouns
   for the rules that set a delegation aside (``type_phrases.DELEGATION_NOUNS``). Only nouns seen naming the
   travellers in real leads are rows; others that probes of our own show the same way ("Đoàn chuyên gia", "Đoàn
   Hội Nông dân", "Đoàn nghệ nhân", "Đoàn cựu chiến binh") were not seen so and are left for a round that reads them.
2. **A tribute paid in the partner's province, told with no verb of going** (:func:`tribute_here`): "lãnh đạo tỉnh A
   viếng hương Nghĩa trang liệt sĩ X (tỉnh B)". Round 35 (late35b, :mod:`.type_tribute_trips`) read the trip only
   after "đến / sang / về / tới"; the rite alone says the same where the subject's places are of one side and the
   venue's of the other.

Matched on folded text (no accents, no case, đ→d). Sentences in this table are our own.

| folded words                     | read as        | example (our own)                                                    |
|----------------------------------|----------------|----------------------------------------------------------------------|
| doan can bo                      | visit, rank 9  | "Đoàn cán bộ tỉnh A tìm hiểu cách làm du lịch cộng đồng tại tỉnh B"   |
| doan lanh dao                    | visit, rank 9  | "Đoàn lãnh đạo tỉnh A quảng bá sản phẩm du lịch tại thành phố B"      |
| doan doanh nghiep                | visit, rank 9  | "Đoàn doanh nghiệp tỉnh A tìm hiểu thị trường tại tỉnh B"              |
| doan famtrip                     | visit, rank 9  | "Đoàn famtrip tỉnh A có mặt tại các điểm đến của tỉnh B"              |
| (subject of one side) dâng hương / dâng hoa / đặt vòng hoa / viếng (hương) / thắp hương … (venue of the other side) | visit | "lãnh đạo tỉnh A viếng hương Nghĩa trang liệt sĩ X (tỉnh B)" |

Not read (guards, sentences of our own in tests):

- "đoàn" that is no delegation: "giai đoạn" (a period), "Đảng đoàn" (a party group), "công đoàn" (a trade union),
  "tập đoàn" (a group of companies), "liên đoàn", "dự đoán", "gián đoạn" are blanked before the rows are read
  (TRAVELLER_NOT): "trong giai đoạn doanh nghiệp gặp khó", "Đảng đoàn lãnh đạo …", "Công đoàn doanh nghiệp",
  "Tập đoàn doanh nghiệp X" name no trip;
- "Đoàn Thanh niên" is the Youth Union, a body, not a delegation: no row ("Đoàn Thanh niên tỉnh A tổ chức …");
- a group whose trip a row already reads another way keeps it: an art troupe's performance ("biểu diễn"), a
  medical team's care ("khám bệnh"), students (type_students), aid handed over ("trao tặng": 'other', round 21);
- the tribute: a venue in the subject's own province ("lãnh đạo tỉnh B dâng hương tại … (tỉnh B)"), both sides
  named before the rite (a joint rite, type_joint_rites), the other side named as company after it ("cùng lãnh
  đạo tỉnh B", "với …") or as where the fallen fell ("dâng hương tưởng niệm liệt sĩ hy sinh tại tỉnh B", held at
  home), and the rite as a ceremony of its own ("lễ dâng hương", a row of its own).
"""

from __future__ import annotations

import re

from ..places import Place
from .vieng_places import NOT_A_VIENG_PLACE

__all__ = ["TRAVELLER_NOUNS", "TRAVELLER_NOT", "TRAVELLER_PHRASES", "tribute_here"]

#   (folded phrase, type, rank, example written for this table): rows of MAIN_TYPE_PHRASES (type_vocab)
TRAVELLER_PHRASES: tuple[tuple[str, str, int, str], ...] = (
    ("doan can bo", "visit", 9, "Đoàn cán bộ tỉnh A tìm hiểu cách làm du lịch cộng đồng tại tỉnh B"),
    ("doan lanh dao", "visit", 9, "Đoàn lãnh đạo tỉnh A quảng bá sản phẩm du lịch tại thành phố B"),
    ("doan doanh nghiep", "visit", 9, "Đoàn doanh nghiệp tỉnh A tìm hiểu thị trường tại tỉnh B"),
    ("doan famtrip", "visit", 9, "Đoàn famtrip tỉnh A có mặt tại các điểm đến của tỉnh B"),
)
#: the nouns, for the rules that set a delegation aside when another occasion is named (type_phrases.DELEGATION_NOUNS)
TRAVELLER_NOUNS: frozenset[str] = frozenset(p for p, _, _, _ in TRAVELLER_PHRASES)
#: "đoàn" that is no delegation (a period, a party group, a union, a group of companies): blanked first
TRAVELLER_NOT: tuple[str, ...] = ("giai doan", "dang doan", "cong doan", "tap doan", "lien doan", "du doan", "gian doan")

# the rite, told with no verb of going before it (after one, type_tribute_trips reads it); not the ceremony's noun
# ("lễ dâng hương" is a row of its own) nor "viếng thăm" (a visit's verb, a row of its own)
_RITE = re.compile(r"(?<!\ble )(?<!\bden )(?<!\bsang )(?<!\bve )(?<!\btoi )\b(?:dang huong|dang hoa|dat vong hoa|"
                   r"vieng huong|thap huong|vieng(?! tham\b)" + NOT_A_VIENG_PLACE + r")\b")
#: after the rite, where its venue ends: a company ("cùng", "với"), the occasion ("nhân …"), another clause, or where
#: the fallen fell, not where the rite is held ("… liệt sĩ hy sinh tại tỉnh B", "chiến đấu tại", "quê ở")
_COMPANY = re.compile(r"\b(?:cung|voi|nhan|sau do|va (?:doan|lanh dao|dai bieu)|hy sinh|chien dau|tu tran|que)\b|;")


def tribute_here(folded: str, s: int, e: int, places: dict[int, Place], pair: list[str]) -> str | None:
    """The rite's words when ``folded[s:e]`` (the dated sentence, offsets of the page) tells a tribute with no verb
    of going, its subject's places (before the rite) of one province of ``pair`` and a place of its venue (after
    the rite, before any company) of the other; None otherwise."""
    own = folded[s:e]
    if len(set(pair)) != 2 or not any(w in own for w in ("dang ", "vieng", "thap huong", "vong hoa")):
        return None
    m = _RITE.search(folded, s, e)
    if m is None:
        return None
    before = {q.province for at, q in places.items() if s <= at < m.start()}
    cut = _COMPANY.search(folded, m.end(), e)
    end = cut.start() if cut is not None else e
    after = {q.province for at, q in places.items() if m.end() <= at < end}
    if len(before) != 1 or not before <= set(pair):
        return None
    return m.group(0) if after & (set(pair) - before) else None

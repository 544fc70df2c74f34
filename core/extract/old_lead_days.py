"""An old bond day opening a page's lead, then the page's own occasion told undated (round 19).

The shape: the lead opens on the day a pair was bonded long ago and the page then reports what
the pair does now, with no date and no stamp::

    Ngày 28/4/2005, xã A và xã B đã ký kết nghĩa, mở ra quan hệ gắn bó …
    Sáng nay, tại hội trường UBND xã A, hai xã tổ chức hội nghị sơ kết …

The old day is the pair's history (historic_dates makes it an earlier milestone, verdict "past"):
the main event is the occasion the page reports, undated or with the year its cues give -- never
the founding day. Weighed evidence (all needed, read by :func:`bond_before_undated_occasion`):

1. the day (with its year) opens the lead's first sentence, and that sentence tells a bond
   (historic_dates.HISTORIC_AFTER: "kết nghĩa", "thành lập", "thiết lập quan hệ", "ra đời");
2. the page has no stamp and dates nothing else with a year (with one, historic_dates weighs the
   day against it);
3. a later sentence, with no date of its own, tells an occasion of the page's present in one of
   the shapes of :data:`LATER_OCCASION`.

On a stamped page the same opening ("Ngày 28/4/2005, xã A và xã B đã ký kết nghĩa …" stamped ten or
more years later) is history too when the bond is told done ("đã" before the bond's word, in that
sentence) and a later sentence dates an occasion by its day alone ("Sáng 5/3, …": the stamp's year,
not the old day's): :func:`bond_before_yearless_day`. A retrospective told as the day's own story
("Ngày 12/2/1961, tại A, hai tỉnh tổ chức lễ kết nghĩa. Sáng 13/2, …") has no "đã" and keeps its day.

Round 37 (probe37, the year probe's old_lead_day on pages whose own lead has no day): the old bond told done in a
paragraph of its own, opening the lead, on a page whose own year is ten or more years on, is history whatever
the page says next (:func:`bond_paragraph_long_before`). The page's own year: its stamp's, or, with no stamp,
the latest year an anniversary on the page closes ("5/9/1962 – 5/9/2022"). All three needed:

====================  ====================================================  ==========================================
evidence              shape (folded)                                        written for it
====================  ====================================================  ==========================================
done_twinning         "đã" before "kết nghĩa" / "thiết lập quan hệ"         "Ngày 2/3/2006, hai huyện đã kết nghĩa, …"
own_paragraph         the bond's sentence is the last of its paragraph      "… gắn bó lâu dài.⏎Đoàn xã B vừa …"
years_on              stamp (or anniversary's end) >= day + LATER_YEARS     stamped 2021 / "(2/9/1945 – 2/9/2021)"
====================  ====================================================  ==========================================

The real shape it guards: a lead that IS a dated signing told in the past ("Ngày 5/3/2024, hai tỉnh đã ký kết
…", stamped days later) keeps its day (the stamp's year is the day's own); so does one whose paragraph goes on
to tell that signing ("Ngày 5/3/2024, … đã ký kết nghĩa. Theo đó, …"), and an agreement's signing told done
("Ngày 6/5/2005, hai tỉnh đã ký kết thỏa thuận hợp tác.", stamped 2019: a retrospective, tests/test_historic_dates).

Round 20 (the year probe's old_lead_day): a later sentence whose only date is a programme's period
("… chương trình hợp tác giai đoạn 2024-2026 … vừa được hai bên ký kết") is undated here; the page's
session named by its kind ("Phát biểu tại buổi tiếp, …") and "this" trip ("chuyến công tác lần này")
tell its present occasion too; and on a page with no stamp whose other years are later than the old
day's but fewer than ten years on ("từ năm 2016" after a 2007 bond) or earlier ("năm 1954"), not its
own, a day told alone after the bond makes it history as it does with no other year (historic_dates).

Round 21 (the year probe's old_lead_day on real pages' shapes): the page's celebration told held ("Quận A đã
tổ chức kỷ niệm 30 năm kết nghĩa …", not "sẽ tổ chức") tells its present occasion (``celebration_held``); and
a day told alone *before* the old day counts as the later occasion too: a sapo above the body ("DNRT.vn - Bí thư
… đã hội kiến lãnh đạo tỉnh B ngày 14/5.") dates the page's news, the body then opens on the bond's history.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .verdicts import Reading

#: The shapes of a later, undated sentence that tell the page's own occasion (folded; name, regex
#: matched from the sentence's start, a sentence written for the shape).
LATER_OCCASION: tuple[tuple[str, str, str], ...] = (
    ("told_now", r"\W*(?:(?:sang|chieu|toi|trua)\s+(?:nay|qua)|hom\s+(?:nay|qua)|vua\s+qua|moi\s+day|tuan\s+qua)\b",
     "Sáng nay, tại hội trường UBND xã A, hai xã tổ chức hội nghị sơ kết quan hệ kết nghĩa."),
    ("just_done", r"(?:[^.;!?\n]|\.(?=\w)){0,320}?\bvua\s+(?:co|duoc|to chuc|tham|den|sang|tiep|lam viec|hop|gap|ky)\b",
     "Đoàn công tác xã B vừa đến thăm và làm việc tại xã A; chương trình hợp tác … vừa được hai bên ký kết."),
    ("review_meeting", r"[^.;!?\n]{0,160}?\b(?:hoi nghi|buoi|le)\s+(?:so ket|tong ket|gap mat|danh gia)\b",
     "Tại hội nghị sơ kết quan hệ kết nghĩa tổ chức tại xã A, hai bên đánh giá kết quả."),
    # round 20: the session the page reports, named by its kind ("Phát biểu tại buổi tiếp, …"), and "this" trip
    ("at_session", r"[^.;!?\n]{0,80}?\btai\s+(?:buoi|cuoc)\s+(?:tiep|lam viec|hoi dam|gap|gap go|hop|tiep don)\b",
     "Phát biểu tại buổi tiếp, Chủ tịch UBND xã A cảm ơn tình cảm của xã B."),
    ("this_trip", r"[^.;!?\n]{0,200}?\b(?:chuyen (?:tham|cong tac|lam viec)|buoi (?:lam viec|tiep|gap))(?:\s+lan)?\s+nay\b",
     "Ông B mong chuyến công tác lần này mở ra cơ hội hợp tác giữa hai địa phương."),
    # round 21: the celebration the page reports, told held ("đã tổ chức kỷ niệm 30 năm kết nghĩa"; not "sẽ tổ chức")
    ("celebration_held", r"(?:(?!\b(?:se|sap|du kien|ke hoach)\b)[^.;!?\n]){0,200}?\bto chuc\s+"
                         r"(?:(?:le|buoi le|mit tinh|buoi gap mat)\s+)?ky niem\s+\d+\s+nam\b",
     "Phường A đã tổ chức kỷ niệm 30 năm kết nghĩa; hai huyện long trọng tổ chức lễ kỷ niệm 20 năm kết nghĩa."),
    # round 37 (probe37): "vừa qua" told as a clause inside the sentence ("Tiếp tục chương trình …, vừa qua, đoàn …")
    ("told_now_clause", r"(?:[^.;!?\n]|\.(?=\w)){0,200}?,\s*(?:vua qua|moi day|hom qua|tuan qua)\s*,",
     "(TTXA) - Tiếp tục chương trình làm việc tại tỉnh B, vừa qua, đoàn đại biểu tỉnh A đã đến thăm UBND tỉnh B."),
    # round 37 (probe37): the opening the page reports, named by its kind ("Phát biểu tại lễ khai mạc, …")
    ("at_opening", r"[^.;!?\n]{0,80}?\btai\s+(?:buoi\s+)?le khai mac\b",
     "Phát biểu tại lễ khai mạc tuần lễ, Giám đốc Sở Công Thương tỉnh A giới thiệu nông sản của tỉnh."),
)
_LATER = re.compile(r"(?:" + "|".join(rx for _, rx, _ in LATER_OCCASION) + r")")
# The words each shape holds (written with its blank): it is tried only on a sentence that holds one
# of them (the shapes' lazy runs are dear when tried at each of a long page's sentences); a shape not
# named here is always tried. tests/test_prefilters_*.py checks the gates against _LATER.
_LATER_WORDS = {"just_done": ("vua",), "review_meeting": ("so ket", "tong ket", "gap mat", "danh gia"),
                "at_session": ("buoi", "cuoc"), "this_trip": ("chuyen ", "buoi "), "celebration_held": ("ky niem",),
                "at_opening": ("le khai mac",), "told_now_clause": ("vua qua", "moi day", "hom qua", "tuan qua")}
_LATER_GATED = tuple((_LATER_WORDS.get(name, ()), re.compile(rx)) for name, rx, _ in LATER_OCCASION)
_SENTENCE_END = re.compile(r"[.;!?](?:\s|$)|\n")


def bond_before_undated_occasion(readings: list[Reading], folded: str, r: Reading, lead, told_bond: bool,
                                 published) -> bool:
    """Is ``r`` (its day opening the lead's first sentence, ``told_bond``: that sentence tells a bond)
    an old bond day before the page's own undated occasion (see the module)?"""
    m = r.mention
    if published is not None or not told_bond or not lead[0] <= m.start < lead[1]:
        return False
    if any(o is not r and o.verdict not in ("headline", "teaser") and (o.mention.year or o.mention.end_year)
           for o in readings):
        return False   # another year on the page: historic_dates weighs the day against it
    return _undated_occasion_after(readings, folded, m.end)


def later_occasion(folded: str, pos: int, end: int) -> bool:
    """``_LATER.match(folded, pos, end)``: does the sentence there tell an occasion of LATER_OCCASION?"""
    sentence = folded[pos:end]
    return any((not words or any(w in sentence for w in words)) and rx.match(folded, pos, end) is not None
               for words, rx in _LATER_GATED)


def _undated_occasion_after(readings: list[Reading], folded: str, at: int) -> bool:
    """Does a sentence after the one ending past ``at`` tell, undated, an occasion of LATER_OCCASION?"""
    dated = [o.mention.start for o in readings if o.verdict != "period"]   # (a programme's period dates no occasion)
    end = _SENTENCE_END.search(folded, at)
    pos = end.end() if end else len(folded)
    while pos < len(folded):
        stop = _SENTENCE_END.search(folded, pos)
        s_end = stop.start() if stop else len(folded)
        if folded[pos:s_end].strip() and not any(pos <= d < s_end for d in dated) \
                and later_occasion(folded, pos, s_end):
            return True
        pos = stop.end() if stop else len(folded)
    return False


#: The bond told done in the old day's sentence: "đã" shortly before the bond's word
#: ("Ngày 28/4/2005, xã A và xã B đã ký kết nghĩa", "… đã chính thức kết nghĩa").
_DONE_BOND = re.compile(r"[^.;!?\n]{0,200}?\bda\s+(?:chinh thuc\s+|long trong\s+)?(?:ky\s+ket\s+nghia|ket nghia"
                        r"|ky\s+ket|thiet lap|thanh lap)\b")


def bond_before_yearless_day(readings: list[Reading], folded: str, r: Reading, lead) -> bool:
    """Is ``r`` (an old day opening the lead's first sentence, on a page stamped long after it) a bond told
    done, with another sentence (a later one, or a sapo above it) that dates an occasion by its day or month
    alone, by a year at least :data:`LATER_YEARS` on, or a later one dating it not at all
    (:data:`LATER_OCCASION`) (see the module)?"""
    m = r.mention
    if not lead[0] <= m.start < lead[1] or not _DONE_BOND.match(folded, m.end):
        return False
    end = _SENTENCE_END.search(folded, m.end)
    after = end.end() if end else len(folded)
    if any(o is not r and (o.verdict in _DATED_OCCASION or (o.verdict in _TOLD_BEFORE and not o.mention.year))
           and o.mention.kind == "date" and o.mention.precision in ("day", "month")
           and (not o.mention.year or o.mention.year >= m.year + LATER_YEARS)
           and (o.mention.start >= after or o.mention.end <= m.start)   # (before it: a sapo's "… ngày 14/5.", round 21)
           for o in readings):
        return True
    return _undated_occasion_after(readings, folded, m.end)


#: The verdicts of a later reading that dates an occasion of the page (a caption's day included: the
#: photo shows the page's occasion), and how many years after the old day its own year must be.
_DATED_OCCASION = ("event", "range", "caption", "issued")
#: (round 32) A day alone told as earlier than the page's news ("Như chúng tôi đã đưa tin, ngày 9/8 tỉnh A cử đoàn …",
#: verdict "past"): yearless, it is a day of the page's present too, long after an old bond told done (the year
#: probe's old_lead_day on a stamped page whose other day is such a follow-up).
_TOLD_BEFORE = ("past",)
LATER_YEARS = 10


#: (round 37) The twinning or relation told done in the old day's sentence ("đã ký kết nghĩa", "đã chính thức kết
#: nghĩa", "đã thiết lập quan hệ"): a signing of an agreement ("đã ký kết thỏa thuận hợp tác") may be a
#: retrospective's own story and is not read by bond_paragraph_long_before.
_DONE_TWINNING = re.compile(r"[^.;!?\n]{0,200}?\bda\s+(?:chinh thuc\s+|long trong\s+)?(?:ky\s+ket\s+nghia|ket nghia"
                            r"|thiet lap quan he)\b")


def bond_paragraph_long_before(readings: list[Reading], folded: str, r: Reading, lead, paragraphs,
                               published) -> bool:
    """Is ``r`` an old bond told done ("Ngày 28/4/2007, hai địa phương đã ký kết nghĩa, …") opening the lead in a
    paragraph of its own, on a page whose own year (its stamp's; with none, the latest year an anniversary on it
    closes) is at least :data:`LATER_YEARS` on (round 37, see the module)?"""
    m = r.mention
    if not m.year or not lead[0] <= m.start < lead[1] or not _DONE_TWINNING.match(folded, m.end):
        return False
    para_end = next((e for s, e in paragraphs if s <= m.start < e), None)
    end = _SENTENCE_END.search(folded, m.end)
    if para_end is None or end is None or end.start() >= para_end or folded[end.end():para_end].strip():
        return False   # the paragraph goes on (or the sentence runs past it): the bond may be the page's own news
    if published is not None:
        own = published.year
    else:
        own = max((o.mention.end_year or 0 for o in readings if o is not r and o.verdict == "anniversary"), default=0)
    return own >= m.year + LATER_YEARS

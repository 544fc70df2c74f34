"""A meeting held and named with its year, its name long: "Ngày 22-11, tại tỉnh A, UBND thành phố B phối hợp
với Bộ Công Thương tổ chức Hội nghị kết nối cung - cầu hàng hoá giữa thành phố B và các tỉnh, thành miền Tây năm
2018 với sự tham dự của …". The verb that holds it (:data:`HOLDS`) opens the occasion's name (:data:`MEETINGS`)
and "năm Y" closes it: the year names the occasion, as in a festival's name ("Lễ hội Hoa Ban năm 2024",
:mod:`hoptac.core.extract.year_names`), but the name may run past 90 characters and hold a comma ("các tỉnh,
thành"). :mod:`hoptac.core.extract.year_cues` asks only for a year its clause has not read already (a review's,
a plan's: "tổ chức Hội nghị tổng kết … năm 2018" stays a review).

Not a name so closed:

* a meeting held before, told as done ("đã tổ chức thành công Hội nghị … năm 2017", "đã" as written) or an
  earlier edition (:data:`EARLIER`: "sau", "tiếp nối", "kết quả" before the verb);
* a year that something in the name aims at, dates or counts from (:data:`NOT_NAMED`: "… đến năm 2030", "…
  trong năm 2018", "… từ năm 2015", "… cho năm 2019", "… giai đoạn … năm": the name's own year closes it bare);
* a year with another year or a sentence's end between the name's opening and it (a full stop that ends an
  abbreviation, "TP. HCM", ends none).

Matched on folded text (no accents, no case, đ→d).
"""

from __future__ import annotations

import re

from .dates import DateMention
from .sentences import stop_before
from .year_names import told_done
from ..scan import fold_slice
from ..text import fold

__all__ = ["HOLDS", "MEETINGS", "EARLIER", "NOT_NAMED", "held_named"]

#: The verbs that hold the occasion named after them (folded; a sentence written for each).
HOLDS: tuple[tuple[str, str], ...] = (
    ("to chuc", "UBND thành phố B tổ chức Hội nghị kết nối cung - cầu giữa B và các tỉnh, thành miền Tây năm 2018"),
    ("khai mac", "Sáng 5/4, khai mạc Hội thảo hợp tác phát triển du lịch các tỉnh Tây Bắc mở rộng năm 2019"),
    ("dien ra", "Ngày 9/10, diễn ra Diễn đàn hợp tác đầu tư giữa các tỉnh vùng Duyên hải miền Trung năm 2022"),
    ("dang cai", "tỉnh A đăng cai Hội nghị hợp tác phát triển kinh tế - xã hội vùng Tây Nguyên năm 2023"),
    # the occasion told as part of a meeting so named (round 37, late37b): "Đây là sự kiện nằm trong khuôn khổ của
    # Hội nghị …", the sentence after the dated one; the meeting's year is the occasion's (not a document signed
    # within one before: :data:`_SIGNED_WITHIN`)
    ("trong khuon kho", "Ngày 5/12, hai tỉnh ký kết hợp tác trong khuôn khổ Hội nghị xúc tiến du lịch miền Trung năm 2020"),
    ("trong khuon kho cua", "Đây là sự kiện nằm trong khuôn khổ của Hội nghị toàn quốc về nông nghiệp năm 2021"),
)
#: The frames among :data:`HOLDS` (they hold what the sentence tells, not a meeting the verb holds).
FRAMES: tuple[str, ...] = ("trong khuon kho", "trong khuon kho cua")
#: Before a frame, in its sentence: a document told as signed (passive or done) within the meeting is an earlier
#: one's ("Thỏa thuận được ký trong khuôn khổ Hội nghị … năm 2019" on a page of a later review).
_SIGNED_WITHIN = re.compile(r"\b(?:duoc|da)\s+ky\b")
#: The occasions such a name opens with (folded).
MEETINGS: tuple[str, ...] = ("hoi nghi", "hoi thao", "dien dan", "toa dam", "hoi dam")
#: Before the verb, in its clause: an earlier edition the page's occasion follows (folded).
EARLIER: tuple[str, ...] = ("sau", "tiep noi", "tiep theo", "ket qua", "nam truoc", "nam ngoai", "lan truoc")
#: Right before "năm Y": the year is something the name aims at, dates or counts from, not the name's own.
NOT_NAMED: tuple[str, ...] = ("den", "toi", "trong", "tu", "cho", "sau", "truoc", "giai doan", "vao", "tam nhin")

#: The meetings as written (lower case after the first letter; both places of the mark in "tọa"): a page with
#: accents that has none of them before the year holds no such name (a text without accents is folded and asked).
_MEETING_WRITTEN = ("ội nghị", "ội thảo", "iễn đàn", "ọa đàm", "oạ đàm", "ội đàm")
#: How far the name may run from its verb to the year.
REACH = 220
_OPENS = re.compile(r"\b(%s)\s+(?:(?:le|buoi)\s+)?(?:%s)\b" % ("|".join(w for w, _ in HOLDS), "|".join(MEETINGS)))
_EARLIER = re.compile(r"\b(?:%s)\b" % "|".join(EARLIER))
_NOT_NAMED = re.compile(r"\b(?:%s)\s+$" % "|".join(NOT_NAMED))
_OTHER_YEAR = re.compile(r"\b(?:19|20)\d\d\b")
_ENDS = ".;:!?\n"


def held_named(text: str, m: DateMention) -> int | None:
    """Where the holding verb starts when the bare year mention ``m`` ("năm 2018") closes the name of a meeting
    held there (:data:`HOLDS`, :data:`MEETINGS`), else None."""
    if not fold(m.text[:4]).startswith("nam"):
        return None   # "đến năm 2030", "từ năm 2015": the mention opens with what it aims at or counts from
    lo = max(0, m.start - REACH)
    raw = text[lo:m.start]
    if not raw.isascii() and not any(w in raw for w in _MEETING_WRITTEN):   # (a cheap literal test first)
        return None
    before = fold_slice(text, lo, m.start, fold)
    cut = max([before.rfind(ch) for ch in _ENDS if ch != "."] + [stop_before(text, lo, m.start) - lo]) + 1
    opened = None
    for o in _OPENS.finditer(before, cut):
        opened = o   # the last meeting held before the year
    if opened is None or _NOT_NAMED.search(before) or _OTHER_YEAR.search(before, opened.end()):
        return None
    if opened.group(1) in FRAMES and _SIGNED_WITHIN.search(before, cut, opened.start()):
        return None   # "Thỏa thuận được ký trong khuôn khổ Hội nghị … năm 2019": an earlier document's meeting
    clause = max(before.rfind(ch, cut, opened.start()) for ch in ",(") + 1
    if _EARLIER.search(before, max(cut, clause), opened.start()) or told_done(text, lo + cut, lo + opened.start()):
        return None   # "Sau Hội nghị …", "đã tổ chức thành công Hội nghị … năm 2017": an earlier one
    return lo + opened.start()

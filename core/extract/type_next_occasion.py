"""The occasion the lead's next sentence points back to (round 24): "Tại hội nghị, …".

A lead sometimes dates what the parties did without naming the occasion ("Chiều 14/5, UBND thành phố A cùng 6 tỉnh
đã nhìn lại một năm triển khai văn bản hợp tác …") and the next sentence names it as the place where the rest was
said: "Tại hội nghị, các tỉnh nêu nhiều đề xuất mới". That "Tại <occasion>," opening points back to the dated
occasion, as a reader takes it. Asked by :mod:`.main_event_type` only when the dated sentence, the sentences read
with it and the headline name no occasion (a headline that names one, "A và B ký kết thỏa thuận …", keeps it); only
the sentence right after the dated one, and only its opening words. Matched on folded text (no accents, no case, đ→d).

| folded opening of the next sentence           | read as    | example (our own)                                      |
|-----------------------------------------------|------------|--------------------------------------------------------|
| tại (buổi) hội nghị / hội thảo / tọa đàm      | conference | "Tại hội nghị, lãnh đạo hai tỉnh thống nhất …"          |
| tại buổi làm việc / hội đàm / cuộc họp        | conference | "Tại buổi làm việc, hai bên trao đổi …"                 |
| tại buổi tiếp / buổi gặp (mặt, gỡ)            | visit      | "Tại buổi tiếp, Chủ tịch UBND tỉnh A chào mừng đoàn …"  |
| tại lễ ký kết / buổi lễ ký                    | signing    | "Tại lễ ký kết, đại diện hai huyện …"                   |
| tại lễ khai mạc / lễ hội / ngày hội           | other      | "Tại lễ khai mạc, Phó Chủ tịch UBND tỉnh A phát biểu …" |

The occasion may also be the next sentence's subject ("Buổi tọa đàm là dịp để cán bộ hai huyện trao đổi …",
"Hội nghị nhằm đánh giá …", "Buổi làm việc diễn ra …"): the same words, followed by "là dịp", "là hoạt động",
"nhằm", "(đã) diễn ra", "được tổ chức".

Or the next sentence tells who made up a delegation (round 38, late38d): the dated sentence names a side's programme
but no occasion ("Từ ngày 15 đến 18/8, Ban Thường vụ Tỉnh đoàn A tổ chức chương trình tình nguyện giúp đỡ người dân
tỉnh B"), and the next opens with the delegation's members: the programme is that delegation's trip, a visit.

| folded opening of the next sentence                                   | read as | example (our own)                            |
|-----------------------------------------------------------------------|---------|----------------------------------------------|
| tham gia đoàn (công tác / đại biểu / tình nguyện) có / gồm (có)        | visit   | "Tham gia đoàn công tác có ông C, Phó Bí thư …" |
| đoàn (công tác / đại biểu / tình nguyện) gồm (có) / do … làm trưởng đoàn | visit | "Đoàn gồm 20 bác sĩ, điều dưỡng của tỉnh A."   |

Not read: the members of a meeting ("Tham gia hội nghị có …", "Tham dự buổi làm việc có …": no delegation), a
delegation named but not made up ("Đoàn đã trao 100 suất quà": a next act, not its members).

The dated sentence may itself be set at the occasion it names nowhere else (round 29, late29d): "Ngày 11/10, tại
buổi gặp Phó Chủ tịch UBND tỉnh A, ông B, Thống đốc tỉnh C, cho biết …" opens, right after its date, with the
same words and whom the occasion was with, up to a comma (:func:`occasion_set_in`, asked before the next sentence).
"""

from __future__ import annotations

import re
from typing import Sequence

__all__ = ["NEXT_OCCASIONS", "occasion_set_in", "occasion_told_next"]

# (folded words after "tại", type, example)
NEXT_OCCASIONS: tuple[tuple[str, str, str], ...] = (
    ("hoi nghi", "conference", "Tại hội nghị, lãnh đạo hai tỉnh thống nhất tăng cường hợp tác."),
    ("buoi hoi nghi", "conference", "Tại buổi hội nghị, các đại biểu trao đổi kinh nghiệm."),
    ("hoi thao", "conference", "Tại hội thảo, các chuyên gia hai tỉnh trình bày tham luận."),
    ("toa dam", "conference", "Tại tọa đàm, hai bên chia sẻ cách làm."),
    ("buoi toa dam", "conference", "Tại buổi tọa đàm, đoàn viên hai huyện giao lưu."),
    ("buoi lam viec", "conference", "Tại buổi làm việc, hai bên trao đổi về hợp tác du lịch."),
    ("buoi hoi dam", "conference", "Tại buổi hội đàm, hai bên thông báo tình hình mỗi tỉnh."),
    ("hoi dam", "conference", "Tại hội đàm, hai bên nhất trí tuần tra song phương."),
    ("cuoc hop", "conference", "Tại cuộc họp, hai bên thống nhất lịch trao đổi đoàn."),
    ("phien hop", "conference", "Tại phiên họp, nhóm công tác hai tỉnh rà soát kết quả."),
    ("buoi tiep", "visit", "Tại buổi tiếp, Chủ tịch UBND tỉnh A chào mừng đoàn tỉnh B."),
    ("buoi gap mat", "visit", "Tại buổi gặp mặt, lãnh đạo huyện A chúc mừng năm mới huyện B."),
    ("buoi gap go", "visit", "Tại buổi gặp gỡ, hai bên ôn lại truyền thống kết nghĩa."),
    ("buoi gap", "visit", "Tại buổi gặp, Thống đốc tỉnh B cho biết tỉnh mong muốn hợp tác du lịch."),
    ("le ky ket", "signing", "Tại lễ ký kết, đại diện hai huyện trao biên bản."),
    ("buoi le ky ket", "signing", "Tại buổi lễ ký kết, lãnh đạo hai tỉnh phát biểu."),
    ("le khai mac", "other", "Tại lễ khai mạc, Phó Chủ tịch UBND tỉnh A phát biểu chào mừng."),
    ("buoi le", "other", "Tại buổi lễ, đại diện tỉnh B cảm ơn tỉnh A."),
    ("ngay hoi", "other", "Tại ngày hội, thanh niên hai tỉnh thi đấu bóng chuyền."),
)
_WORDS = "|".join(sorted((re.escape(w) for w, _, _ in NEXT_OCCASIONS), key=len, reverse=True))
# "Tại hội nghị, …", or the occasion as the next sentence's subject: "Buổi tọa đàm là dịp để …", "Hội nghị nhằm …"
_NEXT = re.compile(r"\W*(?:tai (" + _WORDS + r")\s*(?:nay\s*)?,|(" + _WORDS + r")\s+(?:nay\s+)?"
                   r"(?:la dip|la hoat dong|nham|dien ra|da dien ra|duoc to chuc)\b)")
_TYPES = {w: t for w, t, _ in NEXT_OCCASIONS}

#: The next sentence tells a delegation's members: (folded opening as a regex, example of our own).
NEXT_DELEGATIONS: tuple[tuple[str, str], ...] = (
    (r"tham gia doan(?: cong tac| dai bieu| tinh nguyen)?\s*(?:co|gom)\b",
     "Tham gia đoàn công tác có ông C, Phó Bí thư Tỉnh đoàn, làm trưởng đoàn cùng 20 tình nguyện viên."),
    (r"doan(?: cong tac| dai bieu| tinh nguyen)? (?:gom|do (?:[^.;:]{1,80}?) lam truong doan)\b",
     "Đoàn gồm 20 bác sĩ, điều dưỡng của tỉnh A."),
)
_MEMBERS = re.compile(r"\W*(?:" + "|".join(f"(?:{w})" for w, _ in NEXT_DELEGATIONS) + ")")


def occasion_told_next(folded: str, sentences: Sequence[tuple[int, int]], end: int) -> tuple[str, str] | None:
    """(type, words) of the occasion the sentence right after the dated one (ending at ``end``) opens with
    ("Tại hội nghị, …", "Buổi tọa đàm là dịp …"); None when it opens otherwise."""
    following = next(((s, e) for s, e in sentences if s >= end), None)
    if following is None:
        return None
    found = _NEXT.match(folded, following[0], following[1])
    if found is None:
        members = _MEMBERS.match(folded, following[0], following[1])
        return None if members is None else ("visit", " ".join(members.group(0).split()[:4]) + " …")
    words = found.group(1) or found.group(2)
    return _TYPES[words], (f"tai {words}" if found.group(1) else words)


# right after the date: "tại <occasion>," or "tại <occasion> <with whom>," (up to 120 characters, no stop but an
# abbreviation's: "Phó Chủ tịch UBND TP. A")
_SET_IN = re.compile(r"\W*tai (" + _WORDS + r")\b(?:\s*(?:nay\s*)?,|\s+(?:[^,;.:]|(?<=\btp)\.|(?<=\btx)\.){1,120}?,)")


def occasion_set_in(folded: str, date_end: int, end: int) -> tuple[str, str] | None:
    """(type, words) of the occasion the dated sentence (ending at ``end``) is set at right after its date, which ends
    at ``date_end`` ("Ngày 11/10, tại buổi gặp …, ông B cho biết …"); None when it opens otherwise."""
    if "tai " not in folded[date_end:date_end + 12]:
        return None
    found = _SET_IN.match(folded, date_end, end)
    if found is None:
        return None
    return _TYPES[found.group(1)], f"tai {found.group(1)}"

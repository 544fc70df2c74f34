"""A delegation that goes to a place to work there, the place written between the verbs (round 24): a visit.

The rows of :mod:`.type_vocab` read the verbs written together ("đến làm việc", "sang làm việc", "về làm việc")
as the guest's trip; with the place between them ("Đoàn công tác Ban Tuyên giáo Tỉnh ủy A … đã đến tỉnh B làm
việc, trao đổi kinh nghiệm") only the bare "làm việc" was left, a working session (a meeting). The sentence tells
the same trip: the subject travels to the place and works there, the visit of the README's convention ("Đoàn X
đến thăm và làm việc tại Y"). Read by :mod:`.main_event_type` when the dated sentence's only occasion is "làm
việc", or "làm việc" and the experience it exchanges (no talks, no meeting named). Matched on folded text (no accents, no case, đ→d).

| folded words                                   | example (our own)                                                    |
|------------------------------------------------|----------------------------------------------------------------------|
| (đã/vừa) đến / sang / về / tới <place> làm việc | "Đoàn công tác Sở Y tế tỉnh A đã đến tỉnh B làm việc, học tập kinh nghiệm" |

Not read (review24): a host that is the subject and works with the delegation first ("Chủ tịch UBND tỉnh A làm việc
với đoàn tỉnh B đến tỉnh A làm việc": the host's working session, a conference), and "sáng"/"tối" folded to
"sang"/"toi" ("Tối 5/10 lãnh đạo tỉnh A làm việc …", "Viện Sáng tạo … làm việc"). Read only when the place is no
longer than six words and holds no other verb ("đến thăm và làm việc" is a row already, "đến dự … và làm việc"
attends an occasion); "đến nay", "đến năm", "về việc" name no trip.
"""

from __future__ import annotations

import re

from .type_phrases import found

__all__ = ["TRAVEL_WORK_EXAMPLES", "travels_to_work"]

TRAVEL_WORK_EXAMPLES: tuple[str, ...] = (
    "Trong 2 ngày 6 và 7/5, Đoàn công tác Sở Y tế tỉnh A do Giám đốc Sở làm trưởng đoàn đã đến tỉnh B làm việc, "
    "học tập kinh nghiệm.",
    "Ngày 12/9, đoàn cán bộ huyện A đã sang huyện B (Lào) làm việc.",
    "Sáng 4/4, lãnh đạo thành phố A về xã B làm việc về xây dựng nông thôn mới.",
)
_TRAVEL_WORK = re.compile(
    r"\b(?:den|sang|ve|toi)\s+(?!(?:nay|nam|ngay|thang|het|viec|voi|cac|nhung|du|tham|lam)\b)"
    # folded, "sáng"/"tối" (morning, evening) are "sang"/"toi": not before a day, a time word or "sáng tạo/kiến/lập"
    r"(?!(?:\d|(?:qua|mai|hom|som|muon|thu|chu nhat|tao|kien|lap|suot)\b))"
    r"((?:[^\s,;.:\d]+\s+){1,6}?)lam viec\b")
# the work itself: a session, or one held to learn from the hosts (a study trip, as event_type's _STUDY)
_WORK = frozenset({"lam viec", "trao doi kinh nghiem", "hoc tap kinh nghiem", "chia se kinh nghiem"})
_HOST_WORKS = re.compile(r"\blam viec voi\b")   # the host's session before the delegation's coming is told
_OTHER_VERB = re.compile(r"\b(?:tham|du|tham du|tham gia|hoi dam|ky|gap|tiep|cung|va)\b")


def travels_to_work(clause: str) -> str | None:
    """The words by which the folded ``clause``'s subject goes to a place to work there ("đến tỉnh B làm việc"),
    when "làm việc" is the only occasion it names; None otherwise."""
    if "lam viec" not in clause:
        return None
    phrases = found(clause)
    if not phrases or any(f[3] not in _WORK and f[1] != "visit" for f in phrases):
        return None
    for m in _TRAVEL_WORK.finditer(clause):
        # a host that works with the delegation before its trip is told ("Chủ tịch tỉnh A làm việc với đoàn tỉnh B
        # đến tỉnh A làm việc"): the host's session, the README's conference (review24)
        # ("Tiếp tục chương trình làm việc tại B, chiều 5/10, đoàn … đã đến tỉnh C làm việc" is the trip's programme)
        if _HOST_WORKS.search(clause, 0, m.start()) is not None:
            break
        if _OTHER_VERB.search(m.group(1)) is None:
            return m.group(0)
    return None

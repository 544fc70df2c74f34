"""A delegation that travels to a place to attend an occasion over several days is on its visit, told with the
place between the travel verb and the attending verb: "Từ ngày 5 đến 8/9, Đoàn đại biểu tỉnh A đã sang tỉnh B
(Lào) dự Lễ hội …", or by a group that names its leader rather than calling itself a delegation: "Từ 20 - 24/5,
80 đại biểu thanh niên tỉnh A do anh C làm trưởng đoàn đã sang tỉnh B tham gia chương trình Giao lưu …".
:mod:`.event_type` reads the verbs written together ("đã sang dự", :data:`.type_delegations.DELEGATION_ATTENDS`);
this module adds the verbs written apart and the group led by someone (:func:`travels_to_attend`, asked only for
an 'other' occasion dated over several days, after the delegation or its leader). Matched on folded text.

| folded words                                        | example (our own)                                            |
|-----------------------------------------------------|--------------------------------------------------------------|
| sang / đến / tới … dự, tham dự, tham gia            | "Đoàn đại biểu tỉnh A đã sang tỉnh B (Lào) dự Lễ hội …"      |
| do … làm trưởng đoàn / dẫn đầu (the group's leader) | "80 đại biểu tỉnh A do anh C làm trưởng đoàn đã sang …"      |
| (round 40) tham dự / tham gia / dự … the occasion,  | "Từ ngày 4-8/6, Đoàn đại biểu huyện A do ông C dẫn đầu đã    |
| then "do <level word> B … tổ chức": the hosts'      | tham dự Lễ hội mùa hè do thành phố B (Pháp) tổ chức"         |
| occasion, B not the delegation's own place          |                                                              |
| NOT: the organiser is the delegation's own place    | "Đoàn đại biểu huyện A đã tham dự Ngày hội do huyện A tổ     |
|                                                     | chức" (at home: as before)                                   |
| NOT: the organiser is no locality                   | "… tham dự Hội chợ do Bộ Công Thương tổ chức"                |
"""

from __future__ import annotations

import re

__all__ = ["HOSTED_EXAMPLES", "LED_BY_EXAMPLES", "TRAVEL_APART_EXAMPLES", "travels_to_attend"]

TRAVEL_APART_EXAMPLES: tuple[str, ...] = (
    "Từ ngày 5 đến 8/9, Đoàn đại biểu tỉnh A đã sang tỉnh B (Lào) dự Lễ hội văn hóa các dân tộc",
    "Trong 3 ngày 4 - 6/5, đoàn công tác huyện A đến huyện B tham dự Liên hoan văn nghệ",
    "Từ ngày 2 đến 5/6, Đoàn đại biểu tỉnh A sang tham gia Hội chợ thương mại tại tỉnh B",
)
LED_BY_EXAMPLES: tuple[str, ...] = (
    "Từ 20 - 24/5, 80 đại biểu thanh niên tỉnh A do anh C làm trưởng đoàn đã sang tỉnh B tham gia chương trình Giao lưu",
    "Từ ngày 3 đến 6/8, 40 nghệ nhân huyện A do Phó Chủ tịch UBND huyện dẫn đầu đã sang huyện B dự Lễ hội",
)
# the travel verb, up to 50 characters (the place) not past a stop, then the attending verb; not "đến nay"
_APART = re.compile(r"\b(sang|den|toi)\s+(?!(?:nay|nam|ngay|thang|het)\b)(?:[^.;]{0,50}?\s+)?(tham du|du|tham gia)\b")
_LED_BY = re.compile(r"\bdo\b[^.;]{0,100}?\b(?:lam truong doan|dan dau)\b")


def travels_to_attend(clause: str, delegation: int | None, occasion: int, together: re.Pattern[str]) -> str | None:
    """The verbs ("sang … dự") by which a delegation named at ``delegation`` (or, when None, a group led by someone
    named before ``occasion``) goes to attend the occasion at ``occasion`` in the folded ``clause``; ``together`` is
    the pattern of the verbs written together. None when it does not."""
    if delegation is None:
        led = _LED_BY.search(clause, 0, occasion)
        if led is None:
            return None
        delegation = led.start()
    if delegation >= occasion:
        return None
    written = together.search(clause, delegation, occasion)
    if written is not None:
        return written.group(1)
    apart = _APART.search(clause, delegation, occasion)
    if apart is not None:
        return f"{apart.group(1)} … {apart.group(2)}"
    return _hosted(clause, delegation, occasion)


HOSTED_EXAMPLES: tuple[str, ...] = (
    "Từ ngày 4-8/6, Đoàn đại biểu huyện A do ông C dẫn đầu đã tham dự Lễ hội mùa hè do thành phố B (Pháp) tổ chức",
)
# the attending verb after the delegation, before the occasion; then, after the occasion, its organiser: a locality
# named with its level word ("do thành phố B (Pháp) tổ chức"; "do UBND tỉnh B tổ chức")
_ATTENDS_BARE = re.compile(r"\b(tham du|tham gia|du)\b")
_HOSTED = re.compile(r"\bdo\s+(?:ubnd\s+|chinh quyen\s+)?(thanh pho|tinh|huyen|quan|thi xa|xa|bang)\s+"
                     r"([^.;()]{1,40}?)\s*(?:\([^()]{1,30}\)\s*)?to chuc\b")


def _hosted(clause: str, delegation: int, occasion: int) -> str | None:
    """"tham dự … do <level word> B … tổ chức": a delegation attends an occasion its hosts hold (B is not named
    between the delegation and the verb: not the delegation's own place). None when not so."""
    verb = _ATTENDS_BARE.search(clause, delegation, occasion)
    host = _HOSTED.search(clause, occasion, occasion + 160) if verb is not None else None
    if host is None or host.group(2).strip() in clause[delegation:verb.start()]:
        return None
    return f"{verb.group(1)} … do {host.group(1)} … to chuc"

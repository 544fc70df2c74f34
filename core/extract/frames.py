"""An occasion held within a frame event whose days only the body gives.

"Trong khuôn khổ Tuần lễ Văn hóa 2024 vừa diễn ra tại Huế, hai tỉnh đã ký kết …" reports a
signing inside a frame event (a fair, a festival, a forum); a later sentence gives the frame's
own days ("Tuần lễ Văn hóa 2024 diễn ra từ 12/6-15/6 …"). The signing took place on one of
those days, the text does not say which: the occasion is dated to the frame's month (when
the frame lies within one month), not to the frame's span, nor to its first day.

Matched on folded text (no accents, no case, đ→d).
"""

from __future__ import annotations

import re

from ..messages import M_
from .dates import DateMention

__all__ = ["within_frame"]

# "Trong khuôn khổ <frame> vừa diễn ra / đang diễn ra / tại … / , …": the frame's name is what
# comes before the verb, the place or the comma (after an agency tag or a time word).
_FRAME = re.compile(r"\W*(?:\([^()]{1,40}\)\s*-?\s*)?trong khuon kho\s+(?:cua\s+)?"
                    r"([^,;.]{5,80}?)(?=\s+(?:vua|dang|da|duoc|tai|o|dien ra|to chuc)\b|\s*,)")
# Words that start a frame's name without naming it ("chương trình", "hoạt động"): too common
# to find the frame again in another sentence.
_GENERIC = frozenset({"chuong trinh", "hoat dong", "chuyen tham", "chuyen cong tac", "dot cong tac", "ky hop"})
_FRAME_SENTENCES = 3   # the frame is named near the top: the lead and the next two sentences


def within_frame(text: str, folded: str, mention: DateMention, in_lead: bool,
                 sentences: list[tuple[int, int]]) -> tuple[DateMention, str] | None:
    """The main occasion as held within a frame whose span ``mention`` is (month precision),
    or None. ``mention`` is the chosen main date: a range of days in one month, outside the
    lead, in a sentence that names (in full, before the range) the frame an earlier sentence
    holds the occasion in."""
    m = mention
    if in_lead or not (m.day and m.end_day and m.month and m.end_month in (None, m.month)):
        return None
    at = next(((s, e) for s, e in sentences if s <= m.start < e), None)
    if at is None:
        return None
    for s, e in sentences[:_FRAME_SENTENCES]:
        if s >= at[0]:
            break
        f = _FRAME.match(folded, s, e)
        if f is None:
            continue
        words = f.group(1).split()
        if len(words) < 3 or " ".join(words[:2]) in _GENERIC:
            continue
        named = folded.find(" ".join(words), at[0], m.start)   # the frame named again, in full
        if named < 0:
            continue
        start = folded.find("trong khuon kho", s, e)
        dm = DateMention(start, f.end(1), text[start:f.end(1)], None, m.month, m.year, precision="month",
                         rule="frame")
        why = M_("held within '{frame}', whose days '{span}' the text gives: the month",
                 frame=text[f.start(1):f.end(1)], span=m.text)
        return dm, why
    return None

"""The occasion of a date given in a programme's labelled field (round 42, late42a).

A unit's notice of a programme or a trip tells the occasion in prose ("Vườn quốc gia A tổ chức chuyến công tác …
tại Vườn quốc gia B"), then lists its particulars as labelled fields, one a line: "Thời gian: 02 ngày 24-25/10/2024",
"Địa điểm: …", "Thành phần đoàn: …". The date is in the time field, which names no occasion: the occasion is the one
the prose before it tells. Asked by :mod:`.main_event_type` only when the dated sentence, the sentences read with it
and the headline name no occasion (a headline that names one keeps it). Matched on folded text (no accents, no
case, đ→d).

| rule          | shape                                                  | example (our own)                            |
|---------------|--------------------------------------------------------|----------------------------------------------|
| ``time_field``| the dated sentence opens with a time label ("Thời      | "Huyện A tổ chức chuyến công tác học tập     |
|               | gian:", "Thời gian tổ chức:", "Thời gian thực hiện:",  | kinh nghiệm tại huyện B. Thời gian: 02 ngày  |
|               | "Thời gian diễn ra:", "Thời gian làm việc:") and names | 14-15/5/2024." → visit (the trip told before)|
|               | no occasion; the nearest of the three sentences before |                                              |
|               | it (from the lead on) that names one gives the type    |                                              |

Not read: a time field that names its own occasion ("Thời gian khai mạc: 8h ngày 5/3": read as before); a date
written in prose ("Thời gian qua, …", "Trong thời gian 2 ngày …": no colon, no field); sentences before the lead (a
site's menu or a headline of another page).
"""

from __future__ import annotations

import re
from typing import Sequence

from .event_type import main_type

__all__ = ["TIME_FIELD", "TIME_FIELD_EXAMPLES", "occasion_before_field"]

#: The labels of a time field (folded), at the dated sentence's start, before a colon.
TIME_FIELD = re.compile(r"\s*[-+*•]?\s*thoi gian(?: (?:to chuc|thuc hien|dien ra|lam viec|cong tac|trien khai))?\s*:")
TIME_FIELD_EXAMPLES = (
    ("Thời gian: 02 ngày 14-15/5/2024", "visit after 'tổ chức chuyến công tác … tại huyện B'"),
    ("Thời gian tổ chức: ngày 20/6/2024", "conference after 'Hai tỉnh phối hợp tổ chức hội thảo …'"),
)
_BEFORE = 3   # the sentences read back from the field


def occasion_before_field(folded: str, sentences: Sequence[tuple[int, int]], s: int, floor: int
                          ) -> tuple[str, str] | None:
    """(type, the label) when the dated sentence at ``s`` is a time field naming no occasion and one of the
    :data:`_BEFORE` sentences before it (none before ``floor``, the lead's start) names one; or None."""
    label = TIME_FIELD.match(folded, s)
    if label is None:
        return None
    before = [(bs, be) for bs, be in sentences if floor <= bs and be <= s][-_BEFORE:]
    for bs, be in reversed(before):
        etype, _why = main_type(folded[bs:be])
        if etype is not None:
            return etype, folded[label.start():label.end()].strip()
    return None

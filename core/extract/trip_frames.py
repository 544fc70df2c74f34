"""A trip's days told as the frame of the lead's day: the day, not the trip, is the occasion.

The lead often opens with the trip a session belongs to, its days in brackets or after
"từ", then dates the session itself and tells it:

| shape                                        | example                                              |
|----------------------------------------------|------------------------------------------------------|
| "Trong khuôn khổ" + trip + its days, the day | "Trong khuôn khổ chuyến thăm các tỉnh phía Nam       |
|                                              | (3/4 - 6/4), ngày 5/4, đoàn làm việc với tỉnh B"     |
| "Nhân chuyến" + trip + its days, the day     | "Nhân chuyến công tác tại Lào từ ngày 8 đến 11/9,    |
|                                              | sáng 9/9, đoàn hội đàm với tỉnh B"                   |
| "Trong chuyến" + trip + its days, the day    | "Trong chuyến thăm từ 12-14/10, chiều 13/10, …"      |
| "Nằm trong chương trình" + days, the day     | "Nằm trong chương trình công tác từ 2 - 4/6, tối 3/6,|
|                                              | hai bên ký kết …"                                    |
| "Tiếp tục chương trình" + days, the day      | "Tiếp tục chương trình thăm Lào (từ 5 - 8/6), sáng   |
|                                              | 7/6, đoàn làm việc với tỉnh Luông Pha Bang"          |

The page reports the session of the lead's day (with the partner that day's clause names:
a tour of several provinces is no pair's occasion); the trip is its frame, as when the day
comes first ("Ngày 26/5, trong khuôn khổ chuyến thăm từ ngày 25 đến 29/5, …", see
:func:`hoptac.core.extract.trips.trip_days`). Only when the day opens the clause right after
the frame (a comma, a bracket, a time of day between them): a trip told in a sentence of its
own ("Chương trình làm việc từ ngày 3 đến 7/5. Vào ngày 3/5, …") stays the trip, and so does
the trip's first day told as the arrival ("…từ ngày 8 đến 11/9, ngày 8/9, đoàn đã đến thăm tỉnh B":
the trip sets off, the caller's rule in ``trips.trip_days``).
All patterns are matched on folded text (no accents, no case, đ→d).
"""

from __future__ import annotations

import re

from .dates import DateMention

__all__ = ["FRAME_OPENERS", "framed_day"]

#: What opens a clause that frames the lead's day with a trip or a programme (folded).
FRAME_OPENERS = re.compile(r"(?:^|[\s(,;:\-–])(?:trong khuon kho|nhan (?:chuyen|dip|chuong trinh|dot)"
                           r"|trong (?:chuyen|dot|chuong trinh|hanh trinh)|tiep tuc (?:chuyen|chuong trinh|hanh trinh)"
                           r"|nam trong (?:chuyen|chuong trinh|khuon kho|dot))\s")
#: What may stand between the frame's days and the lead's day: closing brackets, commas, a time of day.
_BETWEEN = re.compile(r"[\s),;:]*(?:(?:vao\s+)?(?:sang|chieu|toi|trua|dem|ngay)\s*)*(?:ngay\s*)?$")
_FRAME_REACH = 200   # a frame is one clause: "Trong khuôn khổ chương trình thăm … các tỉnh miền Trung"


def framed_day(folded: str, trip: DateMention, day: DateMention, sentence_start: int) -> bool:
    """Is ``trip`` (a range before ``day`` in the same sentence) the frame of ``day``: its clause
    opens with :data:`FRAME_OPENERS` and ``day`` opens the next clause right after it?"""
    if not (sentence_start <= trip.start and trip.end <= day.start):
        return False
    if not _BETWEEN.match(folded[trip.end:day.start]) or "." in folded[trip.end:day.start]:
        return False
    floor = max(sentence_start, trip.start - _FRAME_REACH)
    return bool(FRAME_OPENERS.search(folded, max(0, floor - 1), trip.start))

"""A signing at a forum of many localities: the pair's occasion is the signing, not the forum.

Conferences and forums between the localities of two countries (the Vietnam–France
decentralised cooperation conference, a Vietnam–Japan local cooperation forum) gather dozens
of provinces; two of them sign there. A clause that opens with such a forum as its setting
("Tại …, ", "Bên lề …, ", "Trong khuôn khổ …, ") and goes on with the parties signing reports
their signing; the forum is where it happened (:func:`event_type.main_type` reads the rest of
the clause).

| shape                                        | example (written for the docs)                                          | read as     |
|----------------------------------------------|-------------------------------------------------------------------------|-------------|
| forum "giữa các địa phương …" as the setting | "Tại Hội nghị hợp tác giữa các địa phương Việt Nam – Pháp lần thứ 9, tỉnh A và tỉnh B đã ký kết bản ghi nhớ" | signing |
| forum "hợp tác địa phương …", dated          | "Ngày 5/6, bên lề Diễn đàn hợp tác địa phương Việt Nam – Nhật Bản, tỉnh A ký kết thỏa thuận với tỉnh C" | signing |
| the pair's own conference                    | "Tại hội nghị, hai tỉnh đã ký kết biên bản" (no "địa phương" in its name) | conference |
| the forum's own business after the setting   | "Tại Hội nghị … các địa phương …, các đại biểu thảo luận …"            | conference  |
"""

from __future__ import annotations

import re

__all__ = ["forum_frame"]

# folded text; a date or a time of day may come first ("ngay 14/4, tai …", "sang 5/6, ben le …")
_FORUM_FRAME = re.compile(
    r"^\W*(?:[^,;.]{0,30}\d[^,;.]{0,10},\s*)?"
    r"(?:tai|ben le|trong khuon kho|nhan dip)\s+(?:(?:ky|phien)\s+)?(?:hoi nghi|dien dan)\b"
    r"[^,;.]{0,100}?\bdia phuong\b[^,;]{0,100}?,\s*")


def forum_frame(clause: str) -> int | None:
    """Where the clause's main part starts, after a forum of many localities that frames it; None
    when the clause opens with no such forum."""
    m = _FORUM_FRAME.match(clause)
    return m.end() if m else None

"""A place named as a clock is no partner (used by :mod:`.partners`).

Reports of a delegation abroad give the hour of the place they happen in, or of home: "chiều 17/10
(giờ địa phương)", "sáng 3/12 (giờ Seoul)", "tối 5/9 (giờ Hà Nội)", "theo giờ Washington". A place
named right after "giờ" (the time of), with blanks only between, is the clock's, not a side of the
occasion: "tối 5/9 (giờ Hà Nội), đoàn tỉnh A hội đàm trực tuyến với tỉnh B" is A with B, not Hà Nội.
Round 19 (audit19c); the words, lower-case or capitalised as written:

| words            | example (written for this table)                                       |
|------------------|------------------------------------------------------------------------|
| giờ              | "Sáng 3/12 (giờ Seoul), tỉnh A ký kết với tỉnh B"                        |
| theo giờ         | "Chiều 8/4 theo giờ Washington, lãnh đạo tỉnh A làm việc với bang B"     |
| múi giờ          | "lúc 9 giờ sáng múi giờ Tokyo"                                           |
| NOT: "giờ," then | "Đúng 9 giờ, Hà Nội và tỉnh A khai mạc …": a comma ends the clock        |
"""

from __future__ import annotations

import re

from ..places import Place, PlaceMention

__all__ = ["CLOCK_WORDS", "clocks"]

#   (words as written, example)
CLOCK_WORDS: tuple[tuple[str, str], ...] = (
    ("giờ", "Sáng 3/12 (giờ Seoul), tỉnh A ký kết với tỉnh B"),
    ("theo giờ", "Chiều 8/4 theo giờ Washington, lãnh đạo tỉnh A làm việc với bang B"),
    ("múi giờ", "lúc 9 giờ sáng múi giờ Tokyo"),
)
# "giờ" as a word (not "bây giờ" … which names no place after it anyway), then blanks to the name
_CLOCK_BEFORE = re.compile(r"(?<!\w)[Gg]iờ[ \t\u00a0]+$")
_WINDOW = 8


def clocks(text: str, mentions: list[PlaceMention], places: dict[int, Place]) -> set[int]:
    """The starts of the mentions named as a clock's place ("(giờ Seoul)", "theo giờ Hà Nội")."""
    if "giờ" not in text and "Giờ" not in text:
        return set()
    return {m.start for m in mentions if m.start in places
            and _CLOCK_BEFORE.search(text, max(0, m.start - _WINDOW), m.start)}

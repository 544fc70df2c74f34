"""A post's byline and date inside a one-line teaser: a tag or listing page prints each post as its headline,
"bởi" and the writer's name, the post date with the month in words as a blog theme writes it, then the post's
first sentence, and a scraper joins them into one line:

    Hai tỉnh A và B bắt tay phát triển du lịch bởi Thu Hà 12 Tháng 3, 2025 Tỉnh A và tỉnh B ký kết …

The date is the day the post went up, not the occasion's (the occasion is told before it, often undated): it is
the page's stamp when none is printed elsewhere (``article.parse_article``), and it is cut from the text so that
no rule reads it as the occasion's day. (merger37 10, round 37; sentences of my own in
tests/test_round37_late37e.py.)

Each row of :data:`TEASER_STAMPS` is a form, named, with an example of my own writing. A form needs all of
it: the byline word, a name of one to four capitalised words, the date with the month as "Tháng" and the year
after a comma (the theme's shape; prose writes "ngày 12 tháng 3 năm 2025"), and after it the post's first
sentence (a capital, at least 40 characters). A date in a sentence ("… từ 12 tháng 3, 2025 …") has no byline
before it and is left to the date rules.

==============  ==============================================================================
form            example
==============  ==============================================================================
by_day_month    "… bắt tay phát triển du lịch bởi Thu Hà 12 Tháng 3, 2025 Tỉnh A và tỉnh B ký kết …"
                (the month in words too: "bởi Thu Hà 12 Tháng Ba, 2025 …")
by_month_day    "… bắt tay phát triển du lịch bởi Thu Hà Tháng 3 12, 2025 Tỉnh A và tỉnh B ký kết …"
==============  ==============================================================================
"""

from __future__ import annotations

import datetime as _dt
import re

from .month_words import MONTH_WORDS
from .stamps import parse_published

__all__ = ["TEASER_STAMPS", "teaser_stamp"]

_MONTH = r"(?:\d{1,2}|" + "|".join(w.replace(" ", r"\s+") for w, _ in MONTH_WORDS) + r")"
_BY = r"(?<!\w)(?:[Đđ]ăng\s+)?[Bb]ởi\s+(?P<name>(?:[^\W\d_]+\s+){1,4})"   # "bởi Thu Hà ", "Đăng bởi Linh "
#: (name, pattern searched in the lead line, example): the table above.
TEASER_STAMPS: tuple[tuple[str, str, str], ...] = (
    ("by_day_month", _BY + r"(?P<date>\d{1,2}\s+Tháng\s+" + _MONTH + r",\s*\d{4})(?!\d)",
     "Hai tỉnh A và B bắt tay phát triển du lịch bởi Thu Hà 12 Tháng 3, 2025 Tỉnh A và tỉnh B ký kết "
     "chương trình hợp tác du lịch giai đoạn mới."),
    ("by_month_day", _BY + r"(?P<date>Tháng\s+" + _MONTH + r"\s+\d{1,2},\s*\d{4})(?!\d)",
     "Hai tỉnh A và B bắt tay phát triển du lịch bởi Thu Hà Tháng 3 12, 2025 Tỉnh A và tỉnh B ký kết "
     "chương trình hợp tác du lịch giai đoạn mới."),
)
_TEASER_RES = [re.compile(p) for _, p, _ in TEASER_STAMPS]
_LEAD_MIN = 40   # characters of the post's first sentence after the date


def teaser_stamp(lead_raw: str) -> tuple[int, int, _dt.datetime] | None:
    """(where the byline starts, where the date ends, the date) for a post's byline and date inside the lead
    line (:data:`TEASER_STAMPS`), with words before it (the headline) and the post's first sentence after it;
    else None."""
    if "háng" not in lead_raw or "ởi" not in lead_raw:   # (cheap: every form holds both)
        return None
    for rx in _TEASER_RES:
        m = rx.search(lead_raw)
        if m is None or not lead_raw[:m.start()].strip() or not all(w[0].isupper() for w in m["name"].split()):
            continue   # (a name's words capitalised: "bởi Thu Hà", not "bởi vì các bên")
        rest = lead_raw[m.end():].lstrip(" |-–:,")
        if len(rest) < _LEAD_MIN or not (rest[:1].isupper() or rest[:1] in "(“\""):
            continue
        t = parse_published(m["date"])   # (stamps: "12 Tháng 3, 2025", "Tháng Ba 12, 2025")
        if t is not None:
            return m.start(), m.end(), t
    return None

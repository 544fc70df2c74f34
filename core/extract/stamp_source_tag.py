"""A source's tag with its date opening the lead: some portals print, before the lead's first word, the
name of the section or the agency the copy comes from and the day it was filed, in brackets, then a colon
or a dash ("(KHCN-03/11/2017): Ngày 2/11, tại tỉnh A, …"; "(TTXVN 03/11/2017) - Sáng 2/11, …"). That date is
the page's filing stamp, the day its lead's occasion is told on or after, not an occasion: it is cut from the
lead and taken as the page's stamp when none is printed above (``article.parse_article``); the year rules
then read the lead's day against it as against any stamp (``year_from_stamp``).

Each row of :data:`SOURCE_TAGS` is a form of the tag, named, with an example of my own writing. Not a
bracketed date alone ("(03/11/2017)": the headline's date, or an occasion's), nor one after words
that date an occasion ("(ngày 03/11/2017)", "(từ 1/11 - 3/11/2017)"): the tag opens with a name of letters.
"""

from __future__ import annotations

import datetime as _dt
import re

__all__ = ["SOURCE_TAGS", "source_tag"]

#: (name, pattern at the lead line's start, example).
SOURCE_TAGS: tuple[tuple[str, str, str], ...] = (
    ("agency_dated",
     r"\((?P<src>[^\W\d_][\w.]{1,24})\s*[-–]?\s*(?P<d>\d{1,2})/(?P<m>\d{1,2})/(?P<y>\d{4})\)\s*[:\-–]\s*",
     "(KHCN-03/11/2017): Ngày 2/11, tại tỉnh A, lãnh đạo hai sở ký kết kế hoạch hợp tác."),
)
#: (one form so far: a regex per row, tried in order)
_TAG_RES = [re.compile(p) for _, p, _ in SOURCE_TAGS]


def source_tag(lead_raw: str) -> tuple[int, _dt.datetime] | None:
    """Where a source's dated tag opening the lead line ends, and its date; None where the line opens
    otherwise (or the date names no day)."""
    if not lead_raw.startswith("("):   # (a cheap literal test: every tag opens with a bracket)
        return None
    m = next((m for rx in _TAG_RES if (m := rx.match(lead_raw))), None)
    if m is None or not (m["src"].isupper() or "." in m["src"]):   # an agency's initials or a site: "KHCN",
        return None   # "TTXVN", "Chinhphu.vn"; not a word ("(Ngày 03/11/2017):" dates an occasion)
    try:
        return m.end(), _dt.datetime(int(m["y"]), int(m["m"]), int(m["d"]))
    except ValueError:
        return None

"""Old page layouts: how portals and papers of 2005–2017 print a page's date where newer ones
print a stamp line (:mod:`.stamps`). Read by :mod:`.article` (the headline) and :func:`.stamps.parse_stamp`
(a stamp line).

| shape         | example                                                        | reading                                 |
|---------------|----------------------------------------------------------------|-----------------------------------------|
| headline_date | "Hai huyện kết nghĩa gặp mặt đầu xuân (12-2-2009)", "… - 12/05/2009", "… (Ngày 12/05/2009)" | the headline ends with the page's date  |
|               |                                                                | in brackets: the time it was published  |
| page_tools    | "Gửi lúc 09:12 ngày 03/10/2008 | In bài viết | Gửi email"        | the page's tools printed beside a stamp |
|               |                                                                | are no words of a sentence: a stamp     |

A date in brackets at the end of a headline is the day the page was put up (the lead tells its day,
"Sáng 11-2, …", at most that day): an upper bound of the year, as a stamp is. Not a founding or an
anniversary named by the headline ("Kỷ niệm … thành lập (12-2-1960)"), not a year before pages were
put on the web, and not a line in which a sentence ends before the date (round 23): a page with no headline
opens on its lead, and a related title glued to it ("… tại xã A (tỉnh B). Hai huyện vùng cao bàn cách đưa
nông sản qua cửa khẩu (14/09/2026)") dates that title, not the page.
"""

from __future__ import annotations

import datetime as _dt
import re

from ..text import fold

__all__ = ["HEADLINE_DATE", "PAGE_TOOLS", "headline_date", "without_page_tools"]

#: "(12-2-2009)", "(12/02/2009)", "( 12.2.2009 )", "(Ngày 12/05/2009)" or "- 12/05/2009" closing the headline line.
_DAY = r"(?P<d>\d{1,2})(?P<s>[-/.])(?P<m>\d{1,2})(?P=s)(?P<y>(?:19|20)\d{2})"
_DASHED_DAY = r"(?P<td>\d{1,2})(?P<ts>[-/.])(?P<tm>\d{1,2})(?P=ts)(?P<ty>(?:19|20)\d{2})"
HEADLINE_DATE = re.compile(r"(?:\(\s*(?:ngày\s+)?" + _DAY + r"\s*\)|\s[-–—|]\s*" + _DASHED_DAY + r")\s*$", re.IGNORECASE)
#: a headline that names a day of history, not the page's: "Kỷ niệm 50 năm thành lập (12-2-1960)".
_HISTORY = re.compile(r"\b(?:ky niem|thanh lap|ngay sinh|ra doi|ngay mat|tu tran|hy sinh|giai phong)\b")
#: a sentence's end, then words: the line is a lead with a related title glued on ("… tại xã A (tỉnh B). Hai huyện
#: vùng cao bàn cách đưa nông sản qua cửa khẩu (14/09/2026)"), not a headline; the bracketed date is the title's
_SENTENCE_THEN = re.compile(r"[.!?…]\s+(?=[^\W\d_])")
#: the first year pages were put on the web in Vietnam: a bracketed date before it is history
_WEB_FROM = 1997

#: The tools an old page prints on its stamp line: "In bài viết | Gửi email", "Bản in | Gửi bài viết cho bạn bè",
#: "Phản hồi", "Chia sẻ", "Lưu bài viết", and the bars between them.
PAGE_TOOLS = re.compile(
    r"(?i)(?<!\w)(?:in\s+bài(?:\s+viết)?|bản\s+in|in\s+trang|gửi\s+(?:e-?mail|bài(?:\s+viết)?(?:\s+cho\s+bạn\s+bè)?|"
    r"cho\s+bạn\s+bè|tin\s+cho\s+bạn\s+bè)|phản\s+hồi|chia\s+sẻ|lưu\s+(?:bài|tin)(?:\s+viết)?|góp\s+ý|"
    r"về\s+đầu\s+trang|quay\s+lại)(?!\w)|[|]")


def headline_date(raw: str) -> _dt.datetime | None:
    """The page's date a headline closes with in brackets, or None."""
    m = HEADLINE_DATE.search(raw)
    if m is None:
        return None
    d, mo, y = (m["d"], m["m"], m["y"]) if m["y"] else (m["td"], m["tm"], m["ty"])
    if int(y) < _WEB_FROM or _HISTORY.search(fold(raw[:m.start()])) or _sentence_before(raw, m.start()):
        return None
    try:
        return _dt.datetime(int(y), int(mo), int(d))
    except ValueError:
        return None


def _sentence_before(raw: str, end: int) -> bool:
    """Does a sentence end before ``end`` in ``raw`` -- a full stop after a lower-case word or a closing bracket, then
    a capital word (not an abbreviation's stop: "TP. Hồ Chí Minh", "TS. Nguyễn")?"""
    return any(m.start() > 0 and (raw[m.start() - 1].islower() or raw[m.start() - 1] in ")]\"”»")
               and raw[m.end()].isupper() for m in _SENTENCE_THEN.finditer(raw, 0, end))


def without_page_tools(rest: str) -> str:
    """A stamp line's words without the page's tools (:data:`PAGE_TOOLS`)."""
    return PAGE_TOOLS.sub(" ", rest)

"""An "updated" line under a page's stamp: the posting dates the article, not the update (round 21).

Sites print the time an article was posted and, when it was edited, the time of its last update::

    08:40 | 19/06/2022
    Cập nhật: 14/03/2023 10:20

The update may come months or years later (a correction, a page moved to a new site): taken as the stamp,
it puts the lead's yearless day ("Chiều 18/6, …") in the year of the update (the year probe's
``updated_later``). :func:`~hoptac.core.extract.stamp_choice._choose_published` prefers a labelled stamp
("Đăng", "Cập nhật", "xuất bản"); a line labelled as an update only ("Cập nhật", "Ngày cập nhật", "Updated")
is dropped when another stamp of the page's top is earlier: that one is the posting (a weekday, a date and a
time above the headline is the site's clock, not a posting; below it, "Thứ 7, 11/03/2023 | 15:59:36", it is).
An update line alone stays the page's stamp ("Cập nhật: 16/11/2022" is how many portals print it) -- unless
the scraper's date line (crawl_stamp: " date 2025-08-29 …", the day the site's index dated the page) is
earlier: then that is the posting (:func:`update_after_crawl`). A headline with its posting time glued on
("Hai huyện ký kết hợp tác du lịch 05/06/2023 09:10", then "Cập nhật: 20/02/2024 14:00" under it) is the earlier stamp
too: the update under it gives way to it (:func:`update_under_glued_posting`, round 23).
"""

from __future__ import annotations

import re

from .crawl_stamp import crawl_stamp
from .stamp_choice import _names_day
from .wrapped_leads import clocks_below_the_text

__all__ = ["UPDATE_LABEL", "posting_from_crawl", "update_under_glued_posting", "stamps_kept", "update_after_crawl", "updates_after_posting_dropped"]

#: A stamp's line labelled as an update and not as a posting (matched on the line as written).
UPDATE_LABEL = re.compile(r"(?:Ngày\s+)?(?:Cập nhật|cập nhật|CẬP NHẬT|Updated?|updated?)\b")
_POSTED_LABEL = re.compile(r"Đăng|ĐĂNG|xuất bản|Xuất bản|Posted|posted")


def updates_after_posting_dropped(top, stamps: list[tuple], title_i: int | None, opening: str = "") -> list[tuple]:
    """``stamps`` ((line index, time, article-like, labelled, clock form), as parse_article lists them)
    without the update lines later than another stamp that is no page clock above the headline ``title_i``
    (see the module) -- a clock form there that names the day of the text's ``opening`` (the lead, or the
    dated paragraph after a sapo: stamp_choice.dated_opening) or the day before is the posting too."""
    updates = [s for s in stamps if s[3] and UPDATE_LABEL.search(top[s[0]].raw)
               and not _POSTED_LABEL.search(top[s[0]].raw)]
    if not updates:
        return stamps
    others = [s for s in stamps if s not in updates and not (s[4] and (title_i is None or s[0] < title_i)
                                                             and not _names_day(opening, s[1]))]
    if not others:
        return stamps
    first = min(s[1] for s in others)
    return [s for s in stamps if not (s in updates and s[1] > first)]


def update_after_crawl(text: str, published, published_span) -> bool:
    """Is the stamp chosen an update line (:data:`UPDATE_LABEL`) later than the scraper's date line?"""
    if published is None or published_span is None:
        return False
    s = text.rfind("\n", 0, published_span[0]) + 1
    e = text.find("\n", published_span[1])
    line = text[s:e if e != -1 else len(text)]
    if not UPDATE_LABEL.search(line) or _POSTED_LABEL.search(line):
        return False
    crawled = crawl_stamp(text)
    return crawled is not None and crawled[0] < published


def stamps_kept(top, stamps: list[tuple], title_i: int | None, lead_i: int | None, reasons, opening: str = "") -> list[tuple]:
    """The stamps parse_article chooses from: not a clock under the text of a page with no lead line
    (wrapped_leads.clocks_below_the_text), nor an update later than the posting."""
    if lead_i is None:
        stamps = clocks_below_the_text(top, title_i, reasons, stamps)
    return updates_after_posting_dropped(top, stamps, title_i, opening)


def posting_from_crawl(text: str, published, published_span):
    """The scraper's date line as the page's stamp (time, span): with no stamp of the page's own, or an update
    line later than it (:func:`update_after_crawl`); else None."""
    if published is None or update_after_crawl(text, published, published_span):
        return crawl_stamp(text)
    return None


def update_under_glued_posting(stamp_line: str | None, glued, published) -> bool:
    """Is the stamp chosen (its line ``stamp_line``) an update line (:data:`UPDATE_LABEL`, not labelled as a
    posting) later than the time ``glued`` to the headline? Then the headline's time is the posting.

    | page's top                                              | stamp                      |
    |---------------------------------------------------------|----------------------------|
    | "Hai huyện ký kết hợp tác 05/06/2023 09:10"             | 05/06/2023 09:10 (posting) |
    | "Cập nhật: 20/02/2024 14:00"                            | dropped: an update after it |
    """
    if stamp_line is None or glued is None or published is None or not glued < published:
        return False
    return bool(UPDATE_LABEL.search(stamp_line)) and not _POSTED_LABEL.search(stamp_line)

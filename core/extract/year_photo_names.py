"""The year a photo's file name gives the main occasion (round 19; a day's upload folder, late23date).

Scraped pages keep the names of their photos ("img-20241108-141402.jpg" above a caption): a phone or
camera names a photo by the day it was taken, YYYYMMDD. When the main occasion is told by its day and
month only ("Sáng 8/11, …") and a photo of the page was taken on that very day and month, the photo's
year is the occasion's: a report's photos are taken at the occasion. A site's upload folder named by the day
("/uploads/…/2024/09/25/…mp4") is the day the file was put up: never before the occasion, so on the
occasion's day and month it is the occasion's year too. Only a name whose day and month are
the occasion's counts (a photo taken another day says nothing); only when nothing else gives the year
(a cue or a stamp of the page decides first: :func:`hoptac.core.extract.years.infer_year`); never a
year after the page's clock; only the article's photos, not those of the related news after it. The
file names themselves are cut as site chrome (:mod:`hoptac.core.extract.chrome`): they are read in the
page as it came.

Each shape is named, with an example of our own, in :data:`PHOTO_NAMES`.
"""

from __future__ import annotations

import re
from datetime import date

from .dates import DateMention
from .weekdays import weekday_disagrees
from .year_bounds import Bounds, outside
from .year_cue_kinds import YearCue

__all__ = ["PHOTO_NAMES", "photo_year"]

# (name, example, pattern: groups year, month, day; note)
PHOTO_NAMES: tuple[tuple[str, str, str, str], ...] = (
    ("camera_name", "img-20241108-141402.jpg; IMG_20230315_093012.jpg; 20220720_101500.png",
     r"(?<![0-9])(20[0-9]{2})([01][0-9])([0-3][0-9])[-_][0-9]{4,9}(?:[-_~][0-9a-z]+)?\.(?:jpe?g|png|webp|heic)\b",
     "a phone's or camera's name: the day the photo was taken, then the time"),
    ("camera_prefix", "IMG-20241108-WA0012.jpg; PXL_20230315_093012345.jpg",
     r"\b(?:img|pxl|dsc|photo|anh)[-_](20[0-9]{2})([01][0-9])([0-3][0-9])[-_][0-9a-z]{3,12}\.(?:jpe?g|png|webp|heic)\b",
     "a phone's name with its own prefix: the day, then a counter or the time"),
    ("upload_day_folder", "/uploads/Video/News/2023/03/15/101500clip hai tinh.mp4; /upload/images/2022/07/20/anh1.jpg",
     r"/uploads?/(?:[a-z_-]+/){0,4}(20[0-9]{2})/([01][0-9])/([0-3][0-9])/[^/\n]{1,120}?\.(?:jpe?g|png|webp|heic|mp4)\b",
     "a site's upload folder of the day the photo or clip was put up (a day's folder, not a month's)"),
)
_PATTERNS = tuple((name, re.compile(p, re.IGNORECASE)) for name, _, p, _ in PHOTO_NAMES)

# every photo name ends so (a cheap test of the page before the patterns, tried at every character)
_EXTENSION = re.compile(r"\.(?:jpe?g|png|webp|heic|mp4)\b", re.IGNORECASE)

#: the oldest year a photo name is trusted for (digital photos of the localities' occasions)
FIRST_YEAR = 2000


def photo_year(text: str, mention: DateMention, *, clock: "date | None" = None,
               floor: "date | None" = None, bounds: Bounds | None = None) -> YearCue | None:
    """The cue of the year a photo's file name gives ``mention`` (a day and month without a year),
    or None: every name in ``text`` taken on that day and month must agree on one year, one the
    article does not contradict (a weekday told with the day, ``floor``: the latest date told as
    earlier, ``bounds``: :func:`hoptac.core.extract.year_bounds.find_bounds`)."""
    if mention.year is not None or mention.month is None or mention.day is None:
        return None
    # a name that counts holds the month and day as the patterns' groups read them, two digits each
    # (digits have no case): a page without those four digits has none (two scans tried at every
    # character saved)
    if (f"{mention.month:02d}{mention.day:02d}" not in text and f"/{mention.month:02d}/{mention.day:02d}/" not in text) \
            or _EXTENSION.search(text) is None:
        return None
    found: list[tuple[int, int, int]] = []
    for name, pat in _PATTERNS:
        for m in pat.finditer(text):
            y, mo, d = int(m.group(1)), int(m.group(2)), int(m.group(3))
            if (mo, d) != (mention.month, mention.day) or y < FIRST_YEAR:
                continue
            if y > (clock or date.today()).year:   # a photo is taken before the page is read
                continue
            found.append((y, m.start(), m.end()))
    years = {y for y, _, _ in found}
    if len(years) != 1:
        return None
    y, s, e = min(found, key=lambda f: f[1])
    if weekday_disagrees(mention, y) or outside(bounds, y, mention.month, mention.day):
        return None
    if floor is not None and date(y, mention.month, min(mention.day, 28)) < floor:
        return None
    return YearCue(s, y, "photo_name", 60, s, e)

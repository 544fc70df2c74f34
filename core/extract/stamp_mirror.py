"""A copy's stamp: the time a mirror site printed on its copy of a Vietnamese article, labelled in
another script (used by :mod:`hoptac.core.extract.article`).

Spam sites copy a Vietnamese paper's article into a Chinese-language content system, which prints its own
labels around it ("作者:", "来源:", "浏览:") and its own time of posting, years after the article (round 36:
region36 09, a Fatherland Front meeting of December 2011 under a copy stamped January 2025; sister36 06,
the same kind of copy from another builder). A Vietnamese paper never labels its stamp in Chinese, so
such a stamp is the copy's, not the article's: it bounds the year from above (a page clock: no occasion
is later than its copy) and never gives the year. The article's own cues then say the year, or nothing
does ("year unknown" is kept: a wrong year is worse than none).

| the stamp line (our own examples)                        | read as                                        |
|----------------------------------------------------------|------------------------------------------------|
| "发布时间:2025-01-10 02:51:00" ("time published")          | the copy's: an upper bound, never the year     |
| "作者:Văn hóa 来源:Văn hóa 发布时间:2025-01-10 02:51:00"    | the copy's (labels of the same system)         |
| "时间:2025-03-25 11:50:50" ("time")                       | the copy's                                     |
| "更新时间：2024-06-02 08:00" ("time updated", wide colon) | the copy's                                     |
| "发表时间: 2023-11-30" ("time posted")                    | the copy's                                     |
| NOT: "Cập nhật: 10/01/2025 02:51" (a Vietnamese label)    | the article's stamp, as before                 |
| NOT: "10/01/2025 02:51" (no label)                        | the article's stamp, as before                 |

Only a Chinese "time" label (时间) followed by a colon marks the line; Chinese words elsewhere on the page
(a related list's "猜你喜欢") change nothing.
"""

from __future__ import annotations

import re

__all__ = ["MIRROR_TIME_LABELS", "mirror_stamp"]

#: The labels, for review: (label, what it says). Every one ends in 时间 ("time") before a colon.
MIRROR_TIME_LABELS = (
    ("发布时间", "time published"),
    ("发表时间", "time posted"),
    ("更新时间", "time updated"),
    ("时间", "time"),
)

_LABEL = re.compile(r"时间\s*[:：]")


def mirror_stamp(raw: str) -> bool:
    """Is the stamp line ``raw`` labelled by a Chinese content system ("发布时间:2025-01-10 02:51:00")?"""
    return "时间" in raw and _LABEL.search(raw) is not None

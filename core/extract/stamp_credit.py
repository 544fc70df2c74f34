"""A source's credit with its date right under the lead: the article's publication date (used by
:mod:`hoptac.core.extract.article` when no stamp stands above the lead).

An aggregator's copy opens with its own title and the original's lead, then names the paper it took the
article from with that paper's date: the name printed twice (the logo's text, then the name) and the date
glued on. Round 19 (audit19c); examples written for this table:

| the line under the lead                      | read as                                      |
|----------------------------------------------|----------------------------------------------|
| "Báo Tin MớiBáo Tin Mới04/12/2025"           | published 4 December 2025                    |
| "Sở Ngoại vụ tỉnh ASở Ngoại vụ tỉnh A 05/08/2025" | published 5 August 2025                  |
| NOT: "Báo Tin Mới 04/12/2025" (named once)   | no credit: a related title's or a list's date|
| NOT: two lines or more under the lead        | the body's, not the credit's                 |

The name must be printed twice, the date whole (day, month, four-digit year) and nothing else on the line:
a date under a lead with no such credit is left alone (a wrong year is worse than none).
"""

from __future__ import annotations

import datetime as _dt
import re

__all__ = ["credit_date", "credit_under"]

_CREDIT = re.compile(r"(?P<name>[^\W\d].{1,60}?)[ \t\u00a0]*(?P=name)[ \t\u00a0]*"
                     r"(?P<d>\d{1,2})/(?P<m>\d{1,2})/(?P<y>\d{4})")


def credit_date(raw: str) -> _dt.datetime | None:
    """The date of a source's credit line ("Báo ABáo A04/12/2025"), or None."""
    m = _CREDIT.fullmatch(raw.strip())
    if m is None:
        return None
    try:
        return _dt.datetime(int(m["y"]), int(m["m"]), int(m["d"]))
    except ValueError:
        return None


def credit_under(lines: list, lead_i: int) -> tuple[_dt.datetime | None, int | None]:
    """(date, line index) of a credit on the line right under the lead (``lines``: the page's nonblank lines,
    each with ``raw``), else (None, None)."""
    if lead_i + 1 < len(lines):
        t = credit_date(lines[lead_i + 1].raw)
        if t is not None:
            return t, lead_i + 1
    return None, None

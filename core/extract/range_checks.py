"""Checks of the date table's ranges (:mod:`hoptac.core.extract.date_rules`), named in its
rows and applied by :mod:`hoptac.core.extract.dates`:

* ``consecutive`` (``two_days``): "25.6 và 26.6" is a range only when the second day follows the first;
* ``days_listed`` (``range_days``): "7, 8 và 9 tháng 5" only when the days follow day by day;
* ``no_dash_run`` (``range_dm_dm``): "ngày 8- 9-10/12/2019" is three days of one month joined by dashes (round 57),
  not 8 September to 10 December: two ends whose first is written with a dash and whose range dash is glued to both
  numbers, the second end with a slash or a dot, are refused (``range_days`` reads the run);
* ``opens_runs`` (``range_opens_runs``): an occasion opened on one day that runs until
  another, "khai mạc từ 19:30 ngày 3/5 và diễn ra đến hết ngày 5/5", is a range only when an
  opening verb stands just before "từ" and the clause before names no plan or document ("Kế
  hoạch bắt đầu từ ngày 1/3 và kéo dài đến ...", "có hiệu lực từ ngày 1/1 và kéo dài đến ..."
  are a plan's period and a document's validity, not an occasion)."""

from __future__ import annotations

import datetime
import re

from ..text import fold

__all__ = ["OPENING_VERBS", "PLAN_WORDS", "DASH_RUN", "check_consecutive", "check_days_listed", "check_no_dash_run",
           "check_opens_runs"]

#: Verbs that open an occasion, just before "từ" (folded).
OPENING_VERBS = ("khai mac", "bat dau", "dien ra", "to chuc")
#: Words of a plan or a document in the clause before "từ" (folded).
PLAN_WORDS = ("ke hoach", "hieu luc", "thoi han", "giai doan", "de an", "du an",
              "chuong trinh hanh dong")

_OPENS = re.compile(r"\b(?:%s)\s*$" % "|".join(w.replace(" ", r"\s+") for w in OPENING_VERBS))
_PLAN_CLAUSE = re.compile(r"\b(?:%s)\b" % "|".join(w.replace(" ", r"\s+") for w in PLAN_WORDS))
_CLAUSE_END = re.compile(r"[.;!?\n]")


def check_opens_runs(g, text, start, end):
    """'từ' (in the lead) after an opening verb; no plan or document in the clause."""
    if not g.get("tu"):
        return False
    head = fold(_CLAUSE_END.split(text[max(0, start - 120):start])[-1])
    return bool(_OPENS.search(head)) and not _PLAN_CLAUSE.search(head)


def check_consecutive(g, text, start, end):
    """'25.6 và 26.6': the second day is the day after the first."""
    try:
        y = int(g["y"]) if g.get("y") else 2001
        a = datetime.date(y, int(g["m"]), int(g["d"]))
        b = datetime.date(y + (1 if int(g["m2"]) < int(g["m"]) else 0), int(g["m2"]), int(g["d2"]))
    except (ValueError, KeyError):
        return False
    return (b - a).days == 1


def check_days_listed(g, text, start, end):
    """'7, 8 và 9 tháng 5': days listed between the two ends follow each other day by day."""
    if not g.get("mid"):
        return True
    days = [int(g["d"]), *map(int, re.findall(r"\d+", g["mid"])), int(g["d2"])]
    return all(b == a + 1 for a, b in zip(days, days[1:]))


#: A run of days joined by dashes before one month (round 57, faith57): "8- 9-10/12", "12-13-14.3" -- the first
#: dash may carry a typed space beside it, the one after the middle number none; then the month after "/" or ".".
DASH_RUN = re.compile(r"(?<![0-9])[0-9]{1,2}[^\S\n]*[-\u2013][^\S\n]*[0-9]{1,2}[-\u2013][0-9]{1,2}[/.]")


def check_no_dash_run(g, text, start, end):
    """Not 'D-M-D2/M2' (a dash in the first end, the range's dash glued, the second end with '/' or '.'): a run of
    days of one month ('ngày 8- 9-10/12/2019'), which ``range_days`` reads."""
    if g.get("s") != "-" or g.get("s2") not in ("/", "."):
        return True
    return DASH_RUN.search(text, start, end) is None

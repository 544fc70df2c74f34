"""The fields of an event record that are computed from its parts: the date fields
(ISO 8601 reduced to the precision, the range's end), a keyword type, the sectors named,
and a stable id.
"""

from __future__ import annotations

import hashlib
from typing import Any

from ..scan import keyword_regex
from .dates import DateMention
from .vocab import SECTOR_WRITTEN, SECTORS, TYPE_KEYWORDS, TYPE_NOT

__all__ = ["NO_DATE", "date_fields", "event_id", "format_date", "keyword_type", "sectors"]

_TYPE_RE = keyword_regex(k for k, _, _ in TYPE_KEYWORDS)
_TYPE_OF = {k: t for k, t, _ in TYPE_KEYWORDS}


def format_date(year: int | None, month: int | None, day: int | None, precision: str) -> str:
    """ISO 8601, reduced to the precision; '--MM-DD' when the year is unknown."""
    y = f"{year:04d}" if year else "-"
    if precision == "year" or month is None:
        return y if year else ""
    if precision == "month" or day is None:
        return f"{y}-{month:02d}"
    return f"{y}-{month:02d}-{day:02d}"


def keyword_type(folded: str, *, main: bool) -> str:
    """The type its first keyword gives a folded sentence (a signing first for a milestone)."""
    for phrase in TYPE_NOT:  # "tại Trung tâm Hội nghị tỉnh …" is a venue, not a conference
        if phrase in folded:
            folded = folded.replace(phrase, " " * len(phrase))
    found = [(m.start(), _TYPE_OF[m.group(1)]) for m in _TYPE_RE.finditer(folded)]
    if not found:
        return "other"
    if not main and any(t == "signing" for _, t in found):
        return "signing"
    return min(found)[1]


def sectors(folded: str, text: str | None = None) -> list[str]:
    """The sectors whose keywords the text names as whole words, in SECTORS order. Each
    keyword looked for with str.find (a sector stops at its first hit): half the time of
    one regex of all the keywords, whose every position is a try. ``text``: the words as
    written (``folded`` is its fold, character for character), for the keywords whose fold
    another word shares (``vocab.SECTOR_WRITTEN``: "truyền thông", media, not "truyền
    thống", tradition); without it such a keyword counts as before."""
    out = []
    n = len(folded)
    check = text is not None and len(text) == n
    for name, keys in SECTORS:
        for k in keys:
            i = folded.find(k)
            written = SECTOR_WRITTEN.get(k) if check and i >= 0 else None
            while i >= 0:
                j = i + len(k)
                if (not i or not (folded[i - 1].isalnum() or folded[i - 1] == "_")) and (
                        j >= n or not (folded[j].isalnum() or folded[j] == "_")) and (
                        written is None or text[i:j].lower() == written):
                    break
                i = folded.find(k, i + 1)
            if i >= 0:
                out.append(name)
                break
    return out


def date_fields(dm: DateMention, year: int | None, source: str) -> dict[str, Any]:
    """An event's date fields from a date mention and the year found for it."""
    end = None
    if dm.end_day is not None or dm.end_month is not None or dm.end_year is not None:
        end_year = dm.end_year or year
        end_month = dm.end_month or dm.month
        if end_year and dm.end_year is None and year and end_month and dm.month and end_month < dm.month:
            end_year = year + 1  # 28/12 – 2/1
        end_precision = "day" if dm.end_day is not None else ("month" if end_month else "year")
        end = format_date(end_year, end_month, dm.end_day, end_precision)
    return {
        "date": format_date(year, dm.month, dm.day, dm.precision),
        "date_end": end,
        "precision": dm.precision,
        "year_inferred": source != "stated",
        "year_source": source,
        "date_text": dm.text,
    }


#: The fields of a main event whose text gives no date of the occasion.
NO_DATE = {"date": None, "date_end": None, "precision": "none", "year_inferred": False,
            "year_source": "unknown", "date_text": None}


def event_id(article_id: str, fields: dict[str, Any], etype: str, pair: list[str], pos: int) -> str:
    """A stable id: the article, date, type, pair and where the date stands."""
    key = "|".join([article_id, fields["date"] or "", etype, ",".join(pair), str(pos)])
    return hashlib.sha1(key.encode("utf-8")).hexdigest()[:16]

"""One filter for the command line, the app and export alike.

:class:`Filter` says what the user asked for; the ``parse_*`` functions turn what a
user typed (any accents, any case) into its fields; :class:`~hoptac.core.store.index.EventIndex`
(re-exported here) applies it.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Any, Callable, Iterable

from ..messages import M_
from ..text import fold_query, typed

if TYPE_CHECKING:
    from .filter import Filter

__all__ = ["Filter", "FilterError", "UnknownPlace", "Known", "parse_pair", "parse_province", "parse_date_bound", "parse_search", "parse_level",
           "EVENT_TYPES", "LEVELS"]

EVENT_TYPES = ("conference", "signing", "visit", "announcement", "other")
LEVELS = ("tỉnh", "thành phố", "thị xã", "huyện", "quận")


class FilterError(ValueError):
    """A filter value a user typed that cannot be understood (one-line message)."""


class UnknownPlace(FilterError):
    """A name the gazetteer does not know (the database's own names may: ``known``)."""


Known = Callable[[], Iterable[str]]


def parse_province(text: str, known: Known | None = None) -> str:
    """A province (or foreign partner) name, any accents or case → canonical name.

    The gazetteer first; then ``known()`` (the names the database's events give as a
    party's province: a foreign place kept only because its country was written,
    "huyện Gapyeong (Hàn Quốc)" → "Gapyeong", has no gazetteer entry), matched folded
    (accents and case optional) and only when exactly one name matches."""
    name = typed(text)
    if not name:
        raise FilterError(M_("empty province name"))
    from ..place_keys import province_of_typed  # the gazetteer itself only for names its table lacks

    province = province_of_typed(name)
    if province is not None:
        return province
    if known is not None:
        want = fold_query(name)
        found = sorted({n for n in known() if n and fold_query(n) == want})
        if len(found) == 1:
            return found[0]
    raise UnknownPlace(M_("unknown province or partner: {name!r}", name=name))


def parse_pair(text: str, known: Known | None = None) -> tuple[str, str]:
    """``"lao cai,yen bai"`` → ``("Lào Cai", "Yên Bái")`` (sorted canonical names)."""
    text = typed(text)
    sep = "," if "," in text else (";" if ";" in text else None)
    parts = [p for p in text.split(sep)] if sep else []
    if len(parts) != 2:
        raise FilterError(M_("a pair is two names separated by a comma, e.g. \"Lào Cai,Yên Bái\"; got {text!r}",
                             text=text))
    a, b = (parse_province(p, known) for p in parts)
    return (a, b) if fold_query(a) <= fold_query(b) else (b, a)


_ISO = re.compile(r"([0-9]{4})(?:-([0-9]{1,2})(?:-([0-9]{1,2}))?)?")
_DMY = re.compile(r"(?:([0-9]{1,2})[/.-])?([0-9]{1,2})[/.-]([0-9]{4})")


def parse_date_bound(text: str, *, end: bool) -> str:
    """``2018``, ``2018-03``, ``2018-03-08`` (or ``8/3/2018``) → an ISO bound.

    What was typed is NFKC-normalised first (full-width ``２０１８`` is ``2018``); a day
    that does not exist (``2020-02-30``) is refused."""
    t = typed(text)
    m = _ISO.fullmatch(t)
    if m:
        y, mo, d = m.group(1), m.group(2), m.group(3)
    else:
        m2 = _DMY.fullmatch(t)
        if not m2:
            raise FilterError(M_("not a date: {text!r} (use YYYY, YYYY-MM or YYYY-MM-DD)", text=text))
        d, mo, y = m2.group(1), m2.group(2), m2.group(3)
    if mo and not 1 <= int(mo) <= 12:
        raise FilterError(M_("not a date: {text!r} (month {month})", text=text, month=mo))
    if d:
        import datetime as _dt

        try:
            _dt.date(int(y), int(mo), int(d))
        except ValueError:
            raise FilterError(M_("not a date: {text!r} (there is no day {day} in {year}-{month:02d})",
                                 text=text, day=int(d),
                                  year=y, month=int(mo))) from None
    iso = y + (f"-{int(mo):02d}" if mo else "") + (f"-{int(d):02d}" if d else "")
    if end:
        # an end bound covers the whole year/month it names
        return iso + ("-12-31" if not mo else ("-31" if not d else ""))
    return iso


def parse_search(text: str) -> str:
    """Words to search for, as typed (NFKC); refused when nothing is left to look for
    after folding (``.*[(``): such a search would otherwise match every event."""
    from .search import search_terms  # the search engine: only for a search

    t = typed(text)
    if t and not search_terms(t):
        raise FilterError(M_("nothing to search for in {text!r}: a search needs letters or digits", text=text))
    return t


def parse_level(text: str) -> str:
    """A level, accents optional: ``tinh`` → ``tỉnh``, ``thanh pho`` → ``thành phố``."""
    want = fold_query(typed(text))
    for level in LEVELS:
        if fold_query(level) == want:
            return level
    raise FilterError(M_("unknown level {text!r} (one of: {levels})", text=text, levels=", ".join(LEVELS)))


def event_year(event: dict[str, Any]) -> int | None:
    date = event.get("date") or ""
    if len(date) >= 4 and date[:4].isdigit():
        return int(date[:4])
    return None


def __getattr__(name: str) -> Any:
    """``Filter`` lives in ``filter.py`` and is imported when first asked for: a dataclass
    module costs a cold command about 40 million instructions (dataclasses imports
    inspect), which the filters a command line parses (``tui/quick.py``) do without."""
    if name == "Filter":
        from .filter import Filter

        return Filter
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")

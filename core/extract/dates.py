"""Vietnamese temporal expressions: "Chiều 8/3", "ngày 19/9/2018", "24 và 25 tháng 11
năm 2018", "quý I/2019", "giai đoạn 2018 - 2023" ...

The patterns are a table, :data:`hoptac.core.extract.date_rules.RULES` (name, lead words,
regular expression, examples, notes), compiled by :mod:`hoptac.core.extract.date_compile`;
this module is the small engine that applies it:

1. every date has a digit: one fast scan finds where numbers start, and each rule is
   read from a number on;
2. the words just before the number are read by one expression
   (:data:`~date_rules.LEAD`), compiled backwards so that it is a single anchored try
   on the reversed text before the number ("Chiều ", "giai đoạn ", "năm ", nothing);
3. the kind of lead picks ONE compiled alternation of the rules that can follow it
   (each rule a named group; ``match.lastgroup`` names the rule), tried at the number;
   most numbers ("24 đoàn", "1,5 tỷ", "2077-TB/TU") fail there at once;
4. the match is checked: the accents of its cue words (:data:`~date_rules.ACCENTED`),
   the calendar (31/2 is no date; 29/2 only in a leap year when the year is known),
   the order of a range and the rule's own checks (:data:`_CHECKS`). A refused match
   hands over to the later rules.

Patterns match any case and accent without copying the text (each plain letter of a
pattern becomes a class of its forms), so offsets are the text's own. ``find_dates``
returns mentions in text order, never overlapping. ``year`` is the year the text
states; :mod:`hoptac.core.extract.years` infers the others. The text should be NFC (as
:func:`hoptac.core.extract.decode.decode` gives it).
"""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass

from .date_compile import LEAD_KINDS as _LEAD_KINDS
from .date_compile import Compiled, Tables, compile_tables
from .date_compile import any_case_and_accent as _any_case_and_accent  # noqa: F401 (for years)
from .date_compile import lead_source  # noqa: F401 (for tests and reviewers)
from .lead_blanks import lead_match
from .month_words import check_month_word, month_of_word
from .paren_days import check_paren_alone
from .doc_words import doc_before as _doc_before
from .written_from import written_four
from .range_checks import check_consecutive as _check_consecutive, check_days_listed as _check_days_listed
from .range_checks import check_opens_runs as _check_opens_runs
from .date_rules import ACCENTED, DAYPART_WORDS, DAYPARTS, RULES, UNIT_EXCEPTIONS, UNITS
from ..scan import fold_slice, number_starts
from ..text import fold, two_tones as _scrambled   # "ngàỵ": accents scrambled (date_rules.ACCENTED)

__all__ = ["DateMention", "find_dates", "day_in_month", "RULES"]


@dataclass(slots=True)
class DateMention:
    start: int              # offsets in the text
    end: int
    text: str               # as written: "Chiều 8/3", "ngày 19/9/2018"
    day: int | None
    month: int | None
    year: int | None        # None when the text gives no year
    end_day: int | None = None
    end_month: int | None = None
    end_year: int | None = None
    precision: str = "day"  # "day", "month", "year"
    kind: str = "date"      # "date" or "period"
    rule: str = ""          # the name of the rule that matched
    daypart: str | None = None


# --- words around a number ----------------------------------------------------------

_WORD = re.compile(r"\w+")
_NEXT = re.compile(r"[ \t\xa0]*(%|\w+)(?:[ \t\xa0]+(\w+))?")
_UNITS = frozenset(UNITS)
_UNIT_EXCEPTIONS = frozenset(UNIT_EXCEPTIONS)
_ROMAN = {"i": 1, "ii": 2, "iii": 3, "iv": 4}


def _strong(g: dict) -> bool:
    return bool(g.get("dp") or g.get("wd") or g.get("ngay"))


# --- checks (named in the table) ----------------------------------------------------

def _check_not_doc(g, text, start, end):
    """No 'số', 'Bài', 'lần thứ', 'chiếm' ... (DOC_WORDS) just before."""
    return _strong(g) or not _doc_before(text, start)


def _check_no_unit(g, text, start, end):
    """No unit ('tỷ', 'người', 'số', '%' ... UNITS) just after."""
    m = _NEXT.match(text, end)
    if m is None:
        return True
    if m.group(1) == "%":
        return False
    w1 = fold(m.group(1))
    two = f"{w1} {fold(m.group(2))}" if m.group(2) else ""
    return (w1 not in _UNITS or two in _UNIT_EXCEPTIONS) and two not in _UNITS


def _check_slash_unless_cue(g, text, start, end):
    """Without 'ngày', a part of the day or a year, both dates use '/'."""
    if _strong(g) or g.get("y") or g.get("y2"):
        return True
    if (g.get("s") or "").strip() != "/" or (g.get("s2") or "").strip() != "/":
        return False
    return bool(g.get("tu")) or not _doc_before(text, start)


#: A span of time after "từ 2 đến 3-4": "tháng", "tuần", "ngày" count months, weeks, days ("kéo dài từ 2 đến 3-4 tháng").
_SPAN_AFTER = re.compile(r"\s*(?:thang|tuan|ngay)\b")


def _check_range_cue(g, text, start, end):
    """'tháng', a year, 'ngày'/a part of the day; or 'từ'/'(' before and a slash; or 'từ D đến D2-M' with a dash,
    the days rising and no unit after ('từ 25 đến 27-7', not 'từ 3 đến 5-6 người')."""
    if g.get("s") is None or g.get("y") or _strong(g):
        return True
    paren = text[max(0, start - 3):start].rstrip().endswith("(")
    sep = (g.get("s") or "").strip()
    if sep == "-" and g.get("tu") and " den " in f" {fold(text[start:end])} " and g.get("d2") \
            and int(g["d"]) < int(g["d2"]):
        return _check_no_unit(g, text, start, end) and not _SPAN_AFTER.match(fold(text[end:end + 8]))
    return sep == "/" and bool(g.get("tu") or paren)


def _check_cue_or_year(g, text, start, end):
    return _strong(g) or bool(g.get("y"))


def _check_quarter(g, text, start, end):
    return ("q" in g) != ("qr" in g)


def _check_month_alone(g, text, start, end):
    """'tháng' not after a number: '6 tháng 2 lần' is a duration."""
    return not text[max(0, start - 2):start].rstrip()[-1:].isdigit()


def _check_day_alone(g, text, start, end):
    """A day alone only after 'mùng'/'mồng' (the lead was read backwards)."""
    return bool(re.search(r"\b(?:mung|mong)\b", fold((g.get("ngay") or "")[::-1])))


_CHECKS = {
    "opens_runs": _check_opens_runs,
    "day_alone": _check_day_alone,
    "consecutive": _check_consecutive,
    "days_listed": _check_days_listed,
    "not_doc": _check_not_doc,
    "no_unit": _check_no_unit,
    "slash_unless_cue": _check_slash_unless_cue,
    "range_cue": _check_range_cue,
    "cue_or_year": _check_cue_or_year,
    "quarter": _check_quarter,
    "month_alone": _check_month_alone,
    "month_word": check_month_word,
    "paren_alone": check_paren_alone,
}


# --- the compiled table -------------------------------------------------------------

_TABLES: list[Tables] = []


def _tables() -> Tables:
    """The compiled table, built on first use (about 0.1 s), not on import."""
    if not _TABLES:
        _TABLES.append(compile_tables(_CHECKS))
    return _TABLES[0]


_NUMBER = re.compile(r"[0-9](?<![\w,:][0-9])")   # a digit that starts a number, or "-2020"
_SEPARATED = "/.-–"                                  # ... that is one only after "quý I"
_CLOSE = re.compile(r"\s*\)")
_LEAD_REACH = 40   # the longest lead, "chiều hôm qua, thứ Hai, ngày mùng ", is 34


# --- the lead -----------------------------------------------------------------------

@dataclass(slots=True)
class _Lead:
    start: int
    kind: str        # "date", one of _LEAD_KINDS, or "" (none)
    key: str         # which alternation follows it: "", "strong" or the kind
    strong: bool     # a part of the day, a weekday or "ngày"
    groups: dict[str, str]
    dp_span: tuple[int, int] | None
    after_tu: int    # where the words after "từ" start (-1: no "từ")


_NO_LEAD = _Lead(-1, "", "", False, {}, None, -1)


def _read_lead(t: Tables, text: str, s: int, floor: int) -> _Lead:
    w0 = max(floor, s - _LEAD_REACH)
    if w0 > floor and text[w0 - 1].isalnum():
        while w0 < s and text[w0].isalnum():
            w0 += 1  # do not start inside a word
    before = text[w0:s][::-1]
    if t.lead_word.match(before) is None:  # cheap: the word before
        return _NO_LEAD
    # (long runs of blanks squeezed, .lead_blanks: only where two spaces or a line break stand)
    m = lead_match(t.lead, before) if "  " in before or "\n" in before else t.lead.match(before)
    if m is None or m.end() == 0:
        return _NO_LEAD
    g = {base: v for base, v in zip(t.lead_bases, m.groups()) if v is not None}  # read backwards
    dp_span = (s - m.end(t.lead_dp), s - m.start(t.lead_dp)) if "dp" in g else None
    for kind in _LEAD_KINDS:
        if kind in g:
            return _Lead(s - m.end(), kind, kind, False, g, dp_span, -1)
    strong = _strong(g)
    after_tu = -1
    if "tu" in g:
        after_tu = s - m.start(t.lead_tu)
        while text[after_tu].isspace():
            after_tu += 1
    return _Lead(s - m.end(), "date", "strong" if strong else "", strong, g, dp_span, after_tu)


# --- building a mention -------------------------------------------------------------

_WRITTEN_OK = frozenset().union(*ACCENTED.values())


def _accents_ok(text: str, start: int, end: int) -> bool:
    """The cue words are written with the right accents (or the text has none)."""
    unaccented = None
    for w in _WORD.finditer(text, start, end):
        written = w.group().lower()
        if written in _WRITTEN_OK or written.isdigit() or fold(written) not in ACCENTED or _scrambled(written):
            continue
        if unaccented is None:
            unaccented = text[max(0, start - 60):end + 60].isascii()
        if not (unaccented and written.isascii()):
            return False
    return True


def _daypart_ok(text: str, span: tuple[int, int]) -> bool:
    """'tối', not 'tới' (to) or 'tôi' (I); 'sáng', not 'sang' (over) -- unless no accents."""
    words = text[span[0]:span[1]].lower().split()
    return all(w in DAYPART_WORDS or _scrambled(w) for w in words) or (
        text[max(0, span[0] - 60):span[1] + 60].isascii())


def _day_ok(d: int | None, m: int | None, y: int | None) -> bool:
    if d is None or m is None:
        return True
    return d <= calendar.monthrange(y if y is not None else 2000, m)[1]


#: The groups _build reads as numbers: the day, month and year, and a range's end.
_NUMBER_GROUPS = ("d", "m", "y", "d2", "m2", "y2")


def _int(s: str | None) -> int | None:
    return int(s) if s else None


def _build(c: Compiled, m: re.Match, lead: _Lead, text: str) -> DateMention | None:
    rule = c.rule
    g: dict[str, str] = {}
    for name, base in c.groups.items():
        v = m.group(name)
        if v is not None and base not in g:
            g[base] = v
    start, end = m.span()
    dp_span = None
    if lead.kind and rule.lead and (rule.lead != "date?" or lead.kind == "date"):
        start, dp_span = lead.start, lead.dp_span
        g.update(lead.groups)
        if lead.after_tu >= 0 and not c.is_range:  # "từ" belongs to a range only
            start, dp_span = lead.after_tu, None
            del g["tu"]
        elif written_four(text, start):   # "đầu tư năm 2025": "tư" is no "từ" (written_from)
            start += 2
            while text[start] in " \t\xa0":
                start += 1
            g.pop("tu", None)
        if "par" in g:  # "Chiều qua (7/3)": the ")" belongs to the date
            close = _CLOSE.match(text, end)
            if close is None:
                return None
            end = close.end()
    if dp_span is not None and not _daypart_ok(text, dp_span):  # "tới ngày 8/3": drop "tới"
        start, dp_span = dp_span[1], None
        del g["dp"]
        while text[start] in " \t\n\xa0,":
            start += 1
        if rule.lead == "date!" and not _strong(g):
            return None
    for check in c.checks:
        if not check(g, text, start, end):
            return None
    if not _accents_ok(text, start, end):
        return None

    d, mo, y, d2, m2, y2 = [int(v) if v else None for v in map(g.get, _NUMBER_GROUPS)]   # (_int of each)
    if "mw" in g:   # "ngày 5 tháng Ba" (dm_month_word)
        mo = month_of_word(g["mw"])
    if y is not None and y < 100:   # "ngày 12/3/24" (rule dmy_short)
        y += 2000 if y < 70 else 1900
    if "q" in g or "qr" in g:
        q = _int(g.get("q")) or _ROMAN[g["qr"][::-1].lower()]  # the lead was read backwards
        mo, m2, y2 = 3 * q - 2, 3 * q, y
    elif "half" in g:
        mo, m2, y2 = (1, 6, y) if fold(g["half"]) == "dau" else (7, 12, y)
    elif d2 is not None:  # a range of days
        if m2 is None:    # "24 và 25/11": one month, one year
            m2, y2 = mo, y
            if d2 <= d:
                return None
        elif y is None and y2 is not None:
            y = y2 if (mo, d) < (m2, d2) else y2 - 1
        elif y2 is None and y is not None:
            y2 = y if (mo, d) < (m2, d2) else y + 1
        if y is not None and (y, mo, d) >= (y2, m2, d2):
            return None
    elif y2 is not None and y2 <= y:  # a period of years goes forward
        return None
    if not (_day_ok(d, mo, y) and _day_ok(d2, m2, y2)):
        return None

    daypart = None
    if dp_span is not None:
        daypart = DAYPARTS.get(" ".join(fold_slice(text, dp_span[0], dp_span[1], fold).split()))
    precision = "day" if d is not None else "month" if mo is not None else "year"
    return DateMention(start, end, text[start:end], d, mo, y, d2, m2, y2,
                       precision, rule.kind, rule.name, daypart)


# --- the engine ---------------------------------------------------------------------

def _first_rule(master, text: str, s: int, lead: _Lead) -> DateMention | None:
    """The mention of the first rule of this alternation that fits at ``s``."""
    regex, index, rules = master
    m = regex.match(text, s)
    if m is None:
        return None
    i = index[m.lastgroup]
    mention = _build(rules[i], m, lead, text)
    if mention is None:  # refused: a later rule may fit
        for c in rules[i + 1:]:
            m = c.regex.match(text, s)
            if m is not None and (mention := _build(c, m, lead, text)) is not None:
                break
    return mention


def find_dates(text: str) -> list[DateMention]:
    """Every date, date range and period in ``text``, in text order, never overlapping.

    ``find_dates("Chiều 8/3, tại Lào Cai")`` gives one mention: text "Chiều 8/3",
    day 8, month 3, year None, daypart "chiều", rule "lead_dm".
    """
    out: list[DateMention] = []
    if not text:
        return out
    t = _tables()
    pos = 0  # the end of the last mention: nothing may start before it
    starts = number_starts(text)   # the same places as _NUMBER, from the text's one-byte code
    for s in (n.start() for n in _NUMBER.finditer(text)) if starts is None else starts:
        if s < pos:
            continue
        if s and text[s - 1] in _SEPARATED and text[s - 2:s - 1] not in ("i", "I", "v", "V"):
            continue  # inside "3.500", "12-8-2020", "202/2025"; only "quý IV/2019" goes on
        lead = _read_lead(t, text, s, pos)
        if s and text[s - 1] in _SEPARATED and lead.kind != "quy":
            continue
        mention = _first_rule(t.masters[lead.key], text, s, lead)
        if mention is None and lead.key not in ("", "strong"):  # "Việt Nam 8/3"
            mention = _first_rule(t.masters[""], text, s, lead)
        if mention is not None:
            out.append(mention)
            pos = mention.end
    return out


def day_in_month(m: DateMention, published) -> DateMention | None:
    """A day written without its month ("ngày mùng 4", rule ``day_of_month``) in the month of
    the page's publication, or in the month before when the day is later than the
    publication's; None (no date) without a publication date or across a new year. Other
    mentions are returned as they are."""
    if m.rule != "day_of_month" or m.month is not None:
        return m
    if published is None or m.day is None:
        return None
    month = published.month if m.day <= published.day else published.month - 1
    if month < 1 or not _day_ok(m.day, month, published.year):
        return None
    m.month = month
    return m

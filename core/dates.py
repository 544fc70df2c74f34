"""Vietnamese temporal expressions: "Chiều 8/3", "ngày 19/9/2018", "24 và 25 tháng 11
năm 2018", "quý I/2019", "giai đoạn 2018 - 2023" ...

The patterns are a table, :data:`hoptac.core.date_rules.RULES` (name, lead words,
regular expression, examples, notes); this module is the small engine that applies it:

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
states; :mod:`hoptac.core.years` infers the others. The text should be NFC (as
:func:`hoptac.core.text.decode` gives it).
"""

from __future__ import annotations

import calendar
import re
import re._constants as _sre   # to read LEAD backwards (see _reversed_regex)
import re._parser as _sre_parse
from dataclasses import dataclass

from .date_rules import (ACCENTED, DAYPART_WORDS, DAYPARTS, DOC_WORDS, LEAD, LEAD_LAST_WORDS,
                         PIECES, RULES, UNIT_EXCEPTIONS, UNITS, Rule)
from .text import fold

__all__ = ["DateMention", "find_dates", "RULES"]


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
_DOC_WORDS = frozenset(DOC_WORDS)
_ROMAN = {"i": 1, "ii": 2, "iii": 3, "iv": 4}


def _doc_before(text: str, start: int) -> bool:
    words = [fold(w) for w in _WORD.findall(text, max(0, start - 24), start)[-2:]]
    return bool(words) and (words[-1] in _DOC_WORDS or " ".join(words) in _DOC_WORDS)


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
    if g.get("s") != "/" or g.get("s2") != "/":
        return False
    return bool(g.get("tu")) or not _doc_before(text, start)


def _check_range_cue(g, text, start, end):
    """'tháng', a year, 'ngày'/a part of the day; or 'từ'/'(' before and a slash."""
    if g.get("s") is None or g.get("y") or _strong(g):
        return True
    paren = text[max(0, start - 3):start].rstrip().endswith("(")
    return g.get("s") == "/" and bool(g.get("tu") or paren)


def _check_cue_or_year(g, text, start, end):
    return _strong(g) or bool(g.get("y"))


def _check_quarter(g, text, start, end):
    return ("q" in g) != ("qr" in g)


def _check_month_alone(g, text, start, end):
    """'tháng' not after a number: '6 tháng 2 lần' is a duration."""
    return not text[max(0, start - 2):start].rstrip()[-1:].isdigit()


_CHECKS = {
    "not_doc": _check_not_doc,
    "no_unit": _check_no_unit,
    "slash_unless_cue": _check_slash_unless_cue,
    "range_cue": _check_range_cue,
    "cue_or_year": _check_cue_or_year,
    "quarter": _check_quarter,
    "month_alone": _check_month_alone,
}


# --- compiling the table ------------------------------------------------------------

_PIECE_REF = re.compile(r"\{([A-Z_]+)\}")
_GROUP_SYNTAX = re.compile(r"\(\?P<(\w+)>|\(\?P=(\w+)\)|\(\?\((\w+)\)")
_SYNTAX = re.compile(r"\\.|\[(?:\\.|[^\]])*\]|\(\?P<\w+>|\(\?P=\w+\)|\(\?\(\w+\)|\(\?<?[:=!]|[a-z]")
_LEAD_KINDS = ("period", "target", "part", "quy", "thang", "nam")


def _letter_classes() -> dict[str, str]:
    """'a' -> '[aAàÀáÁ...]': a letter, its upper case and every letter that folds to it."""
    found: dict[str, set[str]] = {b: {b, b.upper()} for b in "abcdefghijklmnopqrstuvwxyz"}
    for cp in list(range(0xC0, 0x250)) + list(range(0x1E00, 0x1F00)):
        if (f := fold(chr(cp))) in found:
            found[f].add(chr(cp))
    return {b: "[" + "".join(sorted(chars)) + "]" for b, chars in found.items()}


_CLASSES = _letter_classes()


def _any_case_and_accent(pattern: str) -> str:
    """Plain letters of a pattern match any case and accent (faster than re.IGNORECASE
    on Vietnamese text); escapes, classes and group syntax are left alone."""
    return _SYNTAX.sub(lambda m: _CLASSES.get(m.group(), m.group()), pattern)


def _expand(pattern: str) -> str:
    for _ in range(10):  # pieces may refer to pieces
        new = _PIECE_REF.sub(lambda m: PIECES[m.group(1)], pattern)
        if new == pattern:
            return new
        pattern = new
    raise ValueError("pieces nest too deep")


def _rename_groups(prefix: str, pattern: str) -> tuple[str, dict[str, str]]:
    """Prefix group names (unique in an alternation), number repeated ones (``d``,
    ``d_2``); returns the pattern and {group name: base name}."""
    seen: dict[str, int] = {}
    last: dict[str, str] = {}
    bases: dict[str, str] = {}

    def sub(m: re.Match) -> str:
        if m.group(1):
            base = m.group(1)
            seen[base] = seen.get(base, 0) + 1
            name = f"{prefix}__{base}" + (f"_{seen[base]}" if seen[base] > 1 else "")
            last[base] = name
            bases[name] = base
            return f"(?P<{name}>"
        if m.group(2):
            return f"(?P={last[m.group(2)]})"
        return f"(?({last[m.group(3)]})"

    return _GROUP_SYNTAX.sub(sub, pattern), bases


@dataclass(slots=True)
class _Compiled:
    rule: Rule
    regex: re.Pattern
    groups: dict[str, str]
    checks: tuple
    is_range: bool


def _fits(rule: Rule, key: str) -> bool:
    """Is the rule tried after a lead of this key: "" (none, or only "từ"), "strong"
    (a part of the day, a weekday, "ngày") or a kind ("nam" ...)? After a kind, only
    that kind's rules are tried first, then those of "" (see find_dates)."""
    if key in ("", "strong") and rule.lead in ("", "date?"):
        return True
    return key == ("strong" if rule.lead == "date!" else rule.lead)


def _compile_rules() -> dict[str, tuple[re.Pattern, dict[str, int], list[_Compiled]]]:
    """For each kind of lead, one alternation of the rules that can follow it, in table
    order, with {rule name: position} and the compiled rules (to try the later ones)."""
    compiled, sources = [], []
    for rule in RULES:
        if rule.lead not in ("", "date?", "date!") + _LEAD_KINDS:
            raise ValueError(f"rule {rule.name}: unknown lead {rule.lead!r}")
        if unknown := [c for c in rule.check.split() if c not in _CHECKS]:
            raise ValueError(f"rule {rule.name}: unknown checks {unknown}")
        body, groups = _rename_groups(rule.name, _any_case_and_accent(_expand(rule.core)))
        sources.append(f"(?P<{rule.name}>{body})")
        compiled.append(_Compiled(rule, re.compile(sources[-1], re.VERBOSE), groups,
                                  tuple(_CHECKS[n] for n in rule.check.split()),
                                  bool({"d2", "y2"} & set(groups.values()))))
    masters = {}
    for key in ("", "strong") + _LEAD_KINDS:
        fit = [i for i, c in enumerate(compiled) if _fits(c.rule, key)]
        masters[key] = (re.compile("|".join(sources[i] for i in fit), re.VERBOSE),
                        {compiled[i].rule.name: n for n, i in enumerate(fit)},
                        [compiled[i] for i in fit])
    return masters


def _reversed_regex(pattern: str) -> str:
    """The same expression read backwards. Matched at the start of a reversed text it
    finds what ``pattern`` finds ending there, in one try instead of a search."""
    tree = _sre_parse.parse(pattern, re.VERBOSE)
    names = {i: n for n, i in tree.state.groupdict.items()}

    def seq(items) -> str:
        return "".join(one(op, av) for op, av in reversed(list(items)))

    def one(op, av) -> str:
        if op is _sre.LITERAL:
            return re.escape(chr(av))
        if op is _sre.IN:
            return "[" + "".join(
                "^" if o is _sre.NEGATE else re.escape(chr(a)) if o is _sre.LITERAL
                else f"{re.escape(chr(a[0]))}-{re.escape(chr(a[1]))}" if o is _sre.RANGE
                else _CATEGORY[a] for o, a in av) + "]"
        if op is _sre.AT:
            return _AT[av]
        if op is _sre.BRANCH:
            return "(?:" + "|".join(seq(b) for b in av[1]) + ")"
        if op is _sre.SUBPATTERN:
            body = seq(av[3])
            return f"(?P<{names[av[0]]}>{body})" if av[0] in names else f"(?:{body})"
        if op in (_sre.MAX_REPEAT, _sre.MIN_REPEAT):
            lo, hi, body = av
            lazy = "?" if op is _sre.MIN_REPEAT else ""
            return f"(?:{seq(body)}){{{lo},{'' if hi is _sre.MAXREPEAT else hi}}}{lazy}"
        if op in (_sre.ASSERT, _sre.ASSERT_NOT):  # a look-ahead looks behind, and back
            look = "(?<" if av[0] == 1 else "(?"
            return f"{look}{'=' if op is _sre.ASSERT else '!'}{seq(av[1])})"
        raise ValueError(f"cannot reverse {op} in {pattern!r}")

    return seq(tree)


_CATEGORY = {_sre.CATEGORY_DIGIT: r"\d", _sre.CATEGORY_SPACE: r"\s", _sre.CATEGORY_WORD: r"\w",
             _sre.CATEGORY_NOT_DIGIT: r"\D", _sre.CATEGORY_NOT_SPACE: r"\S",
             _sre.CATEGORY_NOT_WORD: r"\W"}
_AT = {_sre.AT_BOUNDARY: r"\b", _sre.AT_NON_BOUNDARY: r"\B", _sre.AT_END_STRING: r"\A",
       _sre.AT_BEGINNING_STRING: r"\Z"}

@dataclass(slots=True)
class _Tables:
    masters: dict[str, tuple[re.Pattern, dict[str, int], list[_Compiled]]]
    lead: re.Pattern        # LEAD, backwards
    lead_bases: list[str]   # the base name of each of its groups, by number
    lead_dp: int            # the numbers of its groups "dp" and "tu"
    lead_tu: int
    lead_word: re.Pattern   # LEAD_LAST_WORDS, backwards


_TABLES: list[_Tables] = []


def _tables() -> _Tables:
    """The compiled table, built on first use (about 0.1 s), not on import."""
    if not _TABLES:
        source, groups = _rename_groups("lead", _any_case_and_accent(_expand(LEAD)))
        lead = re.compile(_reversed_regex(source))
        bases = [groups[n] for n, _ in sorted(lead.groupindex.items(), key=lambda item: item[1])]
        word = re.compile(r"[\s(,/.\-–]{0,3}(?:%s)\b" % "|".join(
            _any_case_and_accent(w[::-1]) for w in sorted(LEAD_LAST_WORDS, key=len, reverse=True)))
        _TABLES.append(_Tables(_compile_rules(), lead, bases, lead.groupindex["lead__dp"],
                               lead.groupindex["lead__tu"], word))
    return _TABLES[0]


def lead_source() -> str:
    """LEAD as compiled (forwards), for tests and reviewers."""
    return _rename_groups("lead", _any_case_and_accent(_expand(LEAD)))[0]


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


def _read_lead(t: _Tables, text: str, s: int, floor: int) -> _Lead:
    w0 = max(floor, s - _LEAD_REACH)
    if w0 > floor and text[w0 - 1].isalnum():
        while w0 < s and text[w0].isalnum():
            w0 += 1  # do not start inside a word
    before = text[w0:s][::-1]
    if t.lead_word.match(before) is None:  # cheap: the word before
        return _NO_LEAD
    m = t.lead.match(before)
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
        if written in _WRITTEN_OK or written.isdigit() or fold(written) not in ACCENTED:
            continue
        if unaccented is None:
            unaccented = text[max(0, start - 60):end + 60].isascii()
        if not (unaccented and written.isascii()):
            return False
    return True


def _daypart_ok(text: str, span: tuple[int, int]) -> bool:
    """'tối', not 'tới' (to) or 'tôi' (I); 'sáng', not 'sang' (over) -- unless no accents."""
    words = text[span[0]:span[1]].lower().split()
    return all(w in DAYPART_WORDS for w in words) or (
        text[max(0, span[0] - 60):span[1] + 60].isascii())


def _day_ok(d: int | None, m: int | None, y: int | None) -> bool:
    if d is None or m is None:
        return True
    return d <= calendar.monthrange(y if y is not None else 2000, m)[1]


def _int(s: str | None) -> int | None:
    return int(s) if s else None


def _build(c: _Compiled, m: re.Match, lead: _Lead, text: str) -> DateMention | None:
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

    d, mo, y = _int(g.get("d")), _int(g.get("m")), _int(g.get("y"))
    d2, m2, y2 = _int(g.get("d2")), _int(g.get("m2")), _int(g.get("y2"))
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
        daypart = DAYPARTS.get(" ".join(fold(text[dp_span[0]:dp_span[1]]).split()))
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
    for num in _NUMBER.finditer(text):
        s = num.start()
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

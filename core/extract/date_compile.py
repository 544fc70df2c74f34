"""Compiling the date table (:mod:`hoptac.core.extract.date_rules`) into the regular
expressions that :mod:`hoptac.core.extract.dates` runs.

- every plain letter of a pattern becomes a class of its cases and accents
  (:func:`any_case_and_accent`), so patterns match "Ngày", "ngay", "NGÀY" without
  copying the text, and offsets stay the text's own;
- ``{PIECE}`` references are expanded from :data:`~date_rules.PIECES`, and group names
  are made unique per rule (``lead_dm__d``, ``lead_dm__d_2``) with a map back to their
  base names (``d``);
- for each kind of lead ("", "strong", "nam" ...) the rules that can follow it become
  ONE alternation, each rule a named group (:class:`Tables` ``.masters``);
- :data:`~date_rules.LEAD` and :data:`~date_rules.LEAD_LAST_WORDS` are compiled
  backwards (:func:`_reversed_regex`), to be matched at the start of the reversed
  text before a number.

:func:`compile_tables` does all of it (about 0.1 s); the checks the rules name are
given by the caller, which keeps them with the code that builds a mention.
"""

from __future__ import annotations

import re
import re._constants as _sre   # to read LEAD backwards (see _reversed_regex)
import re._parser as _sre_parse
from dataclasses import dataclass
from typing import Callable

from .date_rules import LEAD, LEAD_LAST_WORDS, PIECES, RULES, Rule
from ..rxcache import compile as rx_compile, derived as rx_derived
from ..scan import trie_regex
from ..text import fold

__all__ = ["LEAD_KINDS", "Compiled", "Tables", "any_case_and_accent", "compile_tables",
           "lead_source", "lead_word_source", "rename_groups"]

_PIECE_REF = re.compile(r"\{([A-Z_]+)\}")
_GROUP_SYNTAX = re.compile(r"\(\?P<(\w+)>|\(\?P=(\w+)\)|\(\?\((\w+)\)")
_SYNTAX = re.compile(r"\\.|\[(?:\\.|[^\]])*\]|\(\?P<\w+>|\(\?P=\w+\)|\(\?\(\w+\)|\(\?<?[:=!]|[a-z]")
LEAD_KINDS = ("period", "target", "part", "quy", "thang", "nam")


# --- any case and accent ------------------------------------------------------------

def _letter_classes() -> dict[str, str]:
    """'a' -> '[aAàÀáÁ...]': a letter, its upper case and every letter that folds to it."""
    found: dict[str, set[str]] = {b: {b, b.upper()} for b in "abcdefghijklmnopqrstuvwxyz"}
    for cp in list(range(0xC0, 0x250)) + list(range(0x1E00, 0x1F00)):
        if (f := fold(chr(cp))) in found:
            found[f].add(chr(cp))
    return {b: "[" + "".join(sorted(chars)) + "]" for b, chars in found.items()}


_CLASSES = _letter_classes()


def any_case_and_accent(pattern: str) -> str:
    """Plain letters of a pattern match any case and accent (faster than re.IGNORECASE
    on Vietnamese text); escapes, classes and group syntax are left alone."""
    return _SYNTAX.sub(lambda m: _CLASSES.get(m.group(), m.group()), pattern)


# --- pieces and group names ---------------------------------------------------------

def _expand(pattern: str) -> str:
    for _ in range(10):  # pieces may refer to pieces
        new = _PIECE_REF.sub(lambda m: PIECES[m.group(1)], pattern)
        if new == pattern:
            return new
        pattern = new
    raise ValueError("pieces nest too deep")


def rename_groups(prefix: str, pattern: str) -> tuple[str, dict[str, str]]:
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


# --- the rules ----------------------------------------------------------------------

@dataclass(slots=True)
class Compiled:
    rule: Rule
    source: str             # the rule alone, as a regex (VERBOSE)
    groups: dict[str, str]
    checks: tuple
    is_range: bool

    @property
    def regex(self) -> re.Pattern:
        """The rule alone, compiled when first needed: it is tried only when an earlier
        rule of a master alternation matched and was refused, which is rare, and
        compiling every rule up front cost each ingest worker tens of milliseconds."""
        return re.compile(self.source, re.VERBOSE)  # re keeps compiled patterns cached


Master = tuple[re.Pattern, dict[str, int], list[Compiled]]


def _fits(rule: Rule, key: str) -> bool:
    """Is the rule tried after a lead of this key: "" (none, or only "từ"), "strong"
    (a part of the day, a weekday, "ngày") or a kind ("nam" ...)? After a kind, only
    that kind's rules are tried first, then those of "" (see find_dates)."""
    if key in ("", "strong") and rule.lead in ("", "date?"):
        return True
    return key == ("strong" if rule.lead == "date!" else rule.lead)


def _compile_rules(checks: dict[str, Callable]) -> dict[str, Master]:
    """For each kind of lead, one alternation of the rules that can follow it, in table
    order, with {rule name: position} and the compiled rules (to try the later ones)."""
    compiled, sources = [], []
    for rule in RULES:
        if rule.lead not in ("", "date?", "date!") + LEAD_KINDS:
            raise ValueError(f"rule {rule.name}: unknown lead {rule.lead!r}")
        if unknown := [c for c in rule.check.split() if c not in checks]:
            raise ValueError(f"rule {rule.name}: unknown checks {unknown}")
        body, groups = rename_groups(rule.name, any_case_and_accent(_expand(rule.core)))
        sources.append(f"(?P<{rule.name}>{body})")
        compiled.append(Compiled(rule, sources[-1], groups,
                                 tuple(checks[n] for n in rule.check.split()),
                                 bool({"d2", "y2"} & set(groups.values()))))
    masters = {}
    for key in ("", "strong") + LEAD_KINDS:
        fit = [i for i, c in enumerate(compiled) if _fits(c.rule, key)]
        masters[key] = (rx_compile("|".join(sources[i] for i in fit), re.VERBOSE),
                        {compiled[i].rule.name: n for n, i in enumerate(fit)},
                        [compiled[i] for i in fit])
    return masters


# --- the lead, backwards ------------------------------------------------------------

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


def lead_source() -> str:
    """LEAD as compiled (forwards), for tests and reviewers."""
    return rename_groups("lead", any_case_and_accent(_expand(LEAD)))[0]


# --- the word before a number --------------------------------------------------------

def lead_word_source(trie: bool = True) -> str:
    """LEAD_LAST_WORDS backwards, after up to three of "(", ",", "/", ".", "-", "–" or blanks:
    the cheap test :func:`dates._read_lead` makes before the lead (only whether it matches is
    read). As a trie (``trie``, what is compiled): the words that share their last letters share
    a branch ("yagn", "yan", "yab" under one "y"), so the engine tries a dozen branches at a
    number, not each of the 40 words' classes in turn; the same strings match as with the
    words listed one by one (``trie=False``, longest first: tests/test_prefilters_dates.py).
    Round 36: 0.24 M instructions fewer on the seeds (of 104 M less malloc), 0.83 M on the corpus pages (of 627 M)."""
    words = [w[::-1] for w in LEAD_LAST_WORDS]
    if trie:
        alts = any_case_and_accent(trie_regex(words, sep=" "))   # (sorted: the same source in every process)
    else:
        alts = "|".join(any_case_and_accent(w) for w in sorted(words, key=lambda w: (-len(w), w)))
    return r"[\s(,/.\-–]{0,3}(?:%s)\b" % alts


# --- all of it ----------------------------------------------------------------------

@dataclass(slots=True)
class Tables:
    masters: dict[str, Master]
    lead: re.Pattern        # LEAD, backwards
    lead_bases: list[str]   # the base name of each of its groups, by number
    lead_dp: int            # the numbers of its groups "dp" and "tu"
    lead_tu: int
    lead_word: re.Pattern   # LEAD_LAST_WORDS, backwards, as a trie (lead_word_source)


def compile_tables(checks: dict[str, Callable]) -> Tables:
    """The whole table compiled; ``checks`` gives the function for each check name a
    rule may list (an unknown name is an error)."""
    source, groups = rename_groups("lead", any_case_and_accent(_expand(LEAD)))
    lead = rx_compile(rx_derived(source, _reversed_regex))
    bases = [groups[n] for n, _ in sorted(lead.groupindex.items(), key=lambda item: item[1])]
    word = rx_compile(lead_word_source())
    return Tables(_compile_rules(checks), lead, bases, lead.groupindex["lead__dp"],
                  lead.groupindex["lead__tu"], word)

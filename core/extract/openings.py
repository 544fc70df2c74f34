"""A rule searched only where its opening words stand (used by :mod:`.event_type`).

A rule that opens with a word boundary (``\\b(?:de|nham|…)``, perhaps after look-behinds) is
tried by the regex engine at every character of the text it searches: some hundreds of
instructions a character, most of a short sentence's cost. :class:`Opened` finds the places
where one of the rule's opening words starts -- one regex of them, literal first
(:func:`~hoptac.core.scan.keyword_regex`: the engine skips from one first letter to the next) --
and matches the rule there only. ``Opened(rule, words).search(text, pos, endpos)`` is
``rule.search(text, pos, endpos)`` whenever every match of the rule starts with one of
``words`` as a whole word (tests/test_prefilters_*.py checks each one used on generated text).
"""

from __future__ import annotations

import re
import sys

from ..scan import keyword_regex

__all__ = ["Opened"]


class Opened:
    __slots__ = ("rule", "openings")

    def __init__(self, rule: re.Pattern[str], words: tuple[str, ...]):
        self.rule = rule
        self.openings = keyword_regex(words)

    def search(self, text: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        """The rule's first match from ``pos`` (every place an opening word starts, in order)."""
        match, find = self.rule.match, self.openings.search
        o = find(text, pos, endpos)
        while o is not None:
            m = match(text, o.start(), endpos)
            if m is not None:
                return m
            o = find(text, o.start() + 1, endpos)
        return None

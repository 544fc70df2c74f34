"""The lead before a number (``dates._read_lead``) read with long runs of blanks squeezed.

The lead regex is read backwards from the number over the 40 characters before it. Scraped pages
put dozens of blanks and line breaks before a dateline ("…\\n\\n      \\n\\nNgày 12/3"), and each blank
of such a run can go to any of the regex's several ``\\s*`` and ``\\s+`` between the parts of the
day ("Sáng thứ Hai, ngày"): trying every way to share the run before giving up cost ~0.1 ms a
number. The regex tells blanks apart by nothing but being blanks, and all its blanks are unbounded
(``\\s*``, ``\\s+``: tests/test_prefilters_*.py checks it), so a run longer than ``KEEP`` is read as
its first ``KEEP - 1`` blanks and its last one: the same ways succeed, in the same order, and the
match's positions are moved back over what was left out (no group starts or ends, and the lead
does not end, between two blanks). The property test compares every group's span with the
regex's on the text as written.
"""

from __future__ import annotations

import re

__all__ = ["KEEP", "lead_match"]

KEEP = 8
_LONG = re.compile(r"\s\s{%d,}" % KEEP)   # (a class first: the engine skips to blanks)


class _Moved:
    """A match on the squeezed text, its positions read on the text as written."""

    __slots__ = ("_m", "_text", "_cuts")

    def __init__(self, m: re.Match[str], text: str, cuts: list[tuple[int, int]]):
        self._m, self._text, self._cuts = m, text, cuts

    def _back(self, q: int) -> int:
        if q < 0:
            return q
        out = q
        for at, extra in self._cuts:   # (squeezed position after which the run's left-out blanks stood)
            if q <= at:
                break
            out += extra
        return out

    def start(self, group: int | str = 0) -> int:
        return self._back(self._m.start(group))

    def end(self, group: int | str = 0) -> int:
        return self._back(self._m.end(group))

    def groups(self) -> tuple[str | None, ...]:
        m = self._m
        return tuple(None if m.start(i) < 0 else self._text[self.start(i):self.end(i)]
                     for i in range(1, m.re.groups + 1))


def lead_match(lead: re.Pattern[str], before: str) -> re.Match[str] | _Moved | None:
    """``lead.match(before)``, with each run of more than ``KEEP`` blanks squeezed to ``KEEP``."""
    if _LONG.search(before) is None:
        return lead.match(before)
    pieces, cuts, prev, extra = [], [], 0, 0
    for run in _LONG.finditer(before):
        i, j = run.span()
        pieces.append(before[prev:i + KEEP - 1])
        cuts.append((i + KEEP - 1 - extra, j - i - KEEP))
        extra += j - i - KEEP
        prev = j - 1
    pieces.append(before[prev:])
    m = lead.match("".join(pieces))
    return None if m is None else _Moved(m, before, cuts)

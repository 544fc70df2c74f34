"""A table of whole-line rules tried as one, with the dear rows apart behind a cheap test.

``chrome.junk_reason`` asks of every short line whether any junk row matches it whole (one
regex of all the rows, ``fullmatch``), then which. A few rows cost most of that regex on lines
that are no junk (which most are): a row that opens with ``.*`` or a bounded class tries its
reach from the line's start in every way before it fails (a breadcrumb's ``(?:.*\\s[/>»›|]\\s){2,}``,
a weather widget's ``[^.;!?°]{0,40}?``). Each such row is kept out of the one regex and tried only
on a line that holds one of the characters or words every line it matches holds (its arrow,
its degree sign, "http"). :meth:`GatedRows.fullmatch` is ``bool`` of the one regex's
``fullmatch`` (tests/test_prefilters_*.py checks it on generated lines).
"""

from __future__ import annotations

import re

from .anchors import holds_any

__all__ = ["GatedRows"]


class GatedRows:
    """``rows`` (patterns) matched whole; ``dear``: (how a row's pattern opens, the strings one
    of which every line the row matches holds)."""

    __slots__ = ("cheap", "dear")

    def __init__(self, rows: list[str], dear: tuple[tuple[str, tuple[str, ...]], ...]) -> None:
        def gate(p: str) -> tuple[str, ...] | None:
            return next((needs for opening, needs in dear if p.startswith(opening)), None)

        self.cheap = re.compile("|".join(f"(?:{p})" for p in rows if gate(p) is None))
        self.dear = [(re.compile(p).fullmatch, needs) for p in rows if (needs := gate(p)) is not None]

    def fullmatch(self, line: str) -> bool:
        """Does some row match the whole ``line``?"""
        if self.cheap.fullmatch(line):
            return True
        for whole, needs in self.dear:
            if holds_any(line, needs) and whole(line):
                return True
        return False

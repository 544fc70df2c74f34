"""A page with no headline whose lead opens inside a working session: the next sentence's signing names it
(round 46, late46b).

A page cut from its article ("Tại buổi làm việc, đại diện hai đơn vị đã trao đổi … . Ông A, Giám đốc Công an tỉnh
A và ông B, Giám đốc Sở An ninh tỉnh B ký kết biên bản ghi nhớ …") points back with "Tại buổi làm việc" to a
session told above the cut. A working session names no occasion of its kind (:mod:`.event_type`: a headline that
opens with one names it); with no headline, the first sentence after the lead that names a signing, undated,
names it. Matched on folded text (no accents, no case, đ→d).

| shape | read as | example (our own) |
|---|---|---|
| no headline; lead "Tại buổi làm việc, …" naming nothing else; next sentence, undated, signs | signing | "Tại buổi làm việc, hai bên trao đổi tình hình năm 2024. Giám đốc Công an tỉnh A và Giám đốc Sở An ninh tỉnh B ký kết biên bản ghi nhớ." |
| the same with a headline | the headline's rule | "Công an tỉnh A làm việc với Sở An ninh tỉnh B" over the same lead: conference |
| the next sentence dated ("Năm 2019, hai bên đã ký kết …") | conference | an earlier signing recalled, not the session's |
| the next sentence a plan ("hai bên sẽ ký kết …") | conference | what they mean to sign |
| the lead names another occasion ("Tại buổi làm việc và hội đàm, …") | that clause's type | the lead's own verb |
"""

from __future__ import annotations

import re
from typing import Callable, Sequence

__all__ = ["session_then_signing"]

_AT_SESSION = re.compile(r"^\W*tai (?:buoi|cuoc) lam viec\s*,")
#: a day, a month or a year in the next sentence: an occasion of its own, not the session's
_DATED = re.compile(r"\d")
_PLANNED = re.compile(r"\b(?:se|du kien|tien toi)\s+(?:tien hanh\s+)?ky\b")


def session_then_signing(clause: str, folded: str, sentences: Sequence[tuple[int, int]], end: int,
                         typed: Callable[[str], str | None]) -> str | None:
    """The next sentence's words when ``clause`` (folded) opens "Tại buổi làm việc, …", names no other occasion,
    and the first sentence starting at or after ``end`` is undated and names a signing (``typed``: its type)."""
    m = _AT_SESSION.match(clause)
    if m is None or typed(clause[m.end():]) is not None:
        return None
    nxt = next(((bs, be) for bs, be in sentences if bs >= end), None)
    if nxt is None:
        return None
    sentence = folded[nxt[0]:nxt[1]]
    if _DATED.search(sentence) or _PLANNED.search(sentence) or typed(sentence) != "signing":
        return None
    return sentence[:60]

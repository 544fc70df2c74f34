"""A year the occasion agrees to carry its activity on from ("Ba hội đã nhất trí từ năm 2027 sẽ tiếp tục duy
trì hoạt động giao lưu này"): the activity goes on without a break, so the occasion is in the year before --
said in November or December (in the months before, a plan "from next year" may be made in the spring of the
year before as well, or in the January of Y itself: no cue). A cue ``continued_from`` (year_cue_kinds, shift
-1 in November-December, none else); the period's start alone ("hợp tác từ năm 2017") stays a bound at most.
Each shape a row of :data:`CONTINUED` (name, example); matched on folded text (no accents, no case, đ→d).

- ``agreed_continue``: an agreement's verb ("nhất trí", "thống nhất", "cam kết", "quyết định", "đồng ý") just
  before "từ năm Y (trở đi)", then "sẽ tiếp tục" (or "tiếp tục"). Not "từ năm 2027 sẽ luân phiên tổ chức"
  (no "tiếp tục": a new plan may start years ahead), nor "Theo lộ trình, từ năm 2030 sẽ tiếp tục …" (no one
  agrees to it at the occasion: a road map's horizon).
"""

from __future__ import annotations

import re

__all__ = ["CONTINUED", "continued_from"]

CONTINUED: tuple[tuple[str, str], ...] = (
    ("agreed_continue", "Tại buổi giao lưu, ba hội đã nhất trí từ năm 2027 sẽ tiếp tục duy trì hoạt động này."),
)

_AGREED_BEFORE = re.compile(r"(?<!\w)(?:nhat tri|thong nhat|cam ket|quyet dinh|dong y)(?:\s+(?:la|rang))?\s+$")
_CONTINUE_AFTER = re.compile(r"\s*(?:tro di\s*)?,?\s*(?:(?:se|deu|cung)\s+)?tiep tuc(?!\w)")


def continued_from(window: str, at: int, length: int) -> bool:
    """Is the year mention window[at:at + length] ("từ năm Y", in a folded window of the text around it) the
    start an agreement continues an activity from?"""
    return _AGREED_BEFORE.search(window, max(0, at - 24), at) is not None and \
        _CONTINUE_AFTER.match(window, at + length) is not None

"""A year named in a wish (round 48: late48a): "Chúc tỉnh A tiếp tục đạt nhiều thành tựu trong phát triển kinh
tế - xã hội trong năm 2023", "chúc tỉnh B thực hiện thắng lợi nhiệm vụ … năm 2023".

A wish looks ahead: the year a guest wishes its host success in is the year running or the one about to open,
never one looked back on. Read as a review of the year ("thành tựu … trong năm Y", ``review_year``: Y+1 in
January-February) it gave a Tết greeting on 9/1 the year after (sister48b 07: 2024 for 2023). Over every
labelled page (the corpus and 105 sets, round 48) the rule reads 4 wishes, each naming the occasion's own year
(cambodia44b 02, delta40 06, laos37 09, sister48b 07, dated January to April; /work/tmp/late48a/wish_fires.py). In December a
wish may be for the year closing ("hoàn thành thắng lợi nhiệm vụ năm 2023") or the one ahead ("thành công trong
năm 2024"): no cue (``wish_year`` in :data:`year_cue_kinds.CUES`).

A wish is the verb "chúc" (matched with its accent: folded it is "chức", an office) in the year's clause, not
"chúc mừng" (to congratulate: "chúc mừng những thành tựu mà tỉnh A đạt được trong năm 2019" looks back) and not
"chúc Tết" (the greeting's Tết, the spring cues'); and nothing between it and the year tells the year as done
("đã", "mà": "chúc tỉnh tiếp tục phát huy những kết quả đã đạt được trong năm 2022" looks back).

===================================================================  ============  ============  ==============
written (sentences written for the table)                            on 9 January  on 15 April   on 28 December
===================================================================  ============  ============  ==============
"chúc tỉnh A tiếp tục đạt nhiều thành tựu … trong năm 2023"           2023          2023          —
"chúc tỉnh A thực hiện thắng lợi nhiệm vụ phát triển … năm 2023"      2023          2023          —
"gửi lời chúc Đảng bộ và Nhân dân tỉnh A năm 2023 thực hiện đạt …"    2023          2023          —
NOT "gửi lời chúc mừng những thành tựu mà tỉnh A đạt được trong năm   (congratulation: unchanged, 2023 on 9/1)
2022"
NOT "chúc tỉnh A tiếp tục phát huy những kết quả đã đạt được trong    (done: unchanged)
năm 2022"
NOT "đoàn đến chúc Tết Nguyên đán Ất Tỵ năm 2025" (the Tết's year)    (spring: unchanged)
===================================================================  ============  ============  ==============
"""

from __future__ import annotations

import functools
import re

__all__ = ["wish_start"]

#: The verb of a wish, with its accent (case-insensitive), not "chúc mừng" / "chúc Tết".
_WISH = re.compile(r"(?<!\w)chúc(?!\w)(?!\s+(?:mừng|tết)(?!\w))", re.IGNORECASE)
#: Words between the wish and its year that tell the year as done: "đã", "mà" (… mà tỉnh A đạt được).
_DONE = re.compile(r"(?<!\w)(?:đã|mà)(?!\w)", re.IGNORECASE)
#: How far back the wish may stand (characters, inside the clause).
REACH = 220
_CLAUSE_ENDS = ".;!?\n"


#: The page-wide gate (the merge of round 48): the verb's opening alone, so that every wish a clause's window finds
#: is found on the whole page (a window's end counts as the end of a word).
_WISH_OPENING = re.compile(r"(?<!\w)chúc", re.IGNORECASE)


@functools.lru_cache(maxsize=8)
def _page_wishes(text: str) -> bool:
    """Does the page hold the verb at all? Asked once a page: the window of every year of every page was searched
    before (+0.6% of the seeds' instructions); the same answer, by construction."""
    return _WISH_OPENING.search(text) is not None


def wish_start(text: str, year_at: int) -> int | None:
    """Where the wish opens whose clause names the year at ``year_at`` ("Chúc tỉnh A … trong năm 2023"), or None."""
    if not _page_wishes(text):
        return None
    lo = max(0, year_at - REACH)
    lo = max([lo] + [text.rfind(c, lo, year_at) + 1 for c in _CLAUSE_ENDS])
    last = None
    for last in _WISH.finditer(text, lo, year_at):
        pass
    if last is None or _DONE.search(text, last.end(), year_at):
        return None
    return last.start()

"""A whole year's achievements told at a meeting (round 20): "… thông tin một số kết quả đạt được trên các
lĩnh vực của tỉnh trong năm 2024", "… chúc mừng những thành tựu mà tỉnh A đạt được trong năm 2019".

What a side "đạt được trong năm Y" (achieved in the year Y, the whole year) is an account of a year told as
known, like the "tình hình … trong năm Y" of :data:`year_cue_kinds.CUES` ``account_year``: at talks from
January to June it is last year's (this year's would be "từ đầu năm", "những tháng đầu năm"), from July to
October either, in November and December the year about to close. Read as the year under review
(``review_year``: Y from March on) it gave May's talks the year before (a north20 learning page: talks on
"Chiều nay 7/5" that told Salavan's results "trong năm 2024" were read 2024-05-07, a year early).

=====================================================  =======================  ==============
written                                                the cue                  at talks in May
=====================================================  =======================  ==============
"kết quả đạt được trên các lĩnh vực … trong năm 2024"  achieved_year            2025
"thành tựu mà tỉnh A đạt được trong năm 2019"           achieved_year            (January) 2020
"những thành tựu tỉnh A đạt được năm 2024"              achieved_year            2025
"Hội nghị sơ kết chương trình hợp tác năm 2024"         review_year (unchanged)  2024
"kết quả hợp tác năm 2024" (no 'đạt được … trong')       review_year (unchanged)  2024
"kết quả … và các chỉ tiêu cần đạt được trong năm 2024"  (a target: unchanged)    —
=====================================================  =======================  ==============
"""

from __future__ import annotations

import re

from ..scan import fold_slice
from ..text import fold

__all__ = ["achieved_in_year"]

#: "đạt được" (achieved) in the cue's words, then right before "năm Y" "trong", "của" or "đạt được" itself
#: ("thành tựu tỉnh đạt được năm 2024"): the year as a whole.
_ACHIEVED = re.compile(r"\bdat duoc\b")
_IN_THE_YEAR = re.compile(r"\b(?:trong|cua|dat duoc)\s*$")
#: ... not a target still to reach ("các chỉ tiêu cần đạt được trong năm 2024", "phấn đấu đạt được", "sẽ đạt được"):
#: that is the year's plan, told in the year itself.
_TO_REACH = re.compile(r"\b(?:can|phai|se|phan dau|du kien|muc tieu|chi tieu|nham|de|co the|hy vong|mong muon)"
                       r"\s+(?:\w+\s+){0,2}dat duoc\b")


def achieved_in_year(text: str, at: int, year_at: int) -> bool:
    """True when the words of a review cue (``text[at:year_at]``, up to "năm Y") tell what was achieved
    in the whole year: "… đạt được … trong năm Y", "… đạt được năm Y"."""
    words = fold_slice(text, at, year_at, fold)
    return (_ACHIEVED.search(words) is not None and _IN_THE_YEAR.search(words) is not None
            and _TO_REACH.search(words) is None)

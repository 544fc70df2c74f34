"""Talks named by the headline, held within the trip the dated sentence tells (round 20).

A page whose headline names the talks ("Hội đàm giữa Đoàn đại biểu tỉnh A và Đoàn đại biểu châu B") may date
the delegation's trip in its lead ("Ngày 2.8, Đoàn đại biểu châu B … đã có chuyến thăm và làm việc tại tỉnh A.")
and tell the talks in the next sentence, without a day of their own ("Trong khuôn khổ chuyến thăm, Đoàn … đã
có buổi hội đàm với …"). The occasion the page reports is the talks: the corpus labels every page whose
headline opens with "Hội đàm" a conference, a visit with talks in it included (a01, a28), and a page whose
headline names the visit a visit (a34). The headline decides between the lead's two sentences as it decides
between two occasions of one sentence (:func:`event_type.main_type`).

=================================================  ==================================  ===========
headline                                           lead                                type
=================================================  ==================================  ===========
"Hội đàm giữa tỉnh A và châu B"                    "Ngày 2.8, đoàn châu B … đã có       conference
                                                   chuyến thăm và làm việc tại tỉnh A.
                                                   Trong khuôn khổ chuyến thăm, đoàn …
                                                   đã có buổi hội đàm với …"
"Đoàn đại biểu châu B thăm và làm việc tại tỉnh A"  (the same)                          visit
"Hội đàm giữa tỉnh A và châu B"                    "Ngày 2.8, đoàn châu B … đã có       not this
                                                   chuyến thăm và làm việc tại tỉnh A.  rule: the
                                                   Đoàn đã tham quan khu kinh tế …"     sentence's
=================================================  ==================================  ===========
"""

from __future__ import annotations

import re
from typing import Sequence

from .type_phrases import headline_occasion as _headline_occasion

__all__ = ["talks_of_headline_in_trip"]

#: The talks' words, folded: the headline must open with one, the lead's next sentence hold one.
_TALKS = ("hoi dam",)
_TALKS_IN = re.compile(r"\bhoi dam\b")


def talks_of_headline_in_trip(folded_title: str, folded: str, sentences: Sequence[tuple[int, int]],
                              dated_end: int, lead: tuple[int, int]) -> bool:
    """True when the headline opens with the talks and the lead's sentence right after the dated one
    (ending at ``dated_end``) names them: the page's occasion is those talks, not the trip around them."""
    head = _headline_occasion(folded_title) if folded_title else None
    if head is None or head[1] not in _TALKS:
        return False
    l0, l1 = lead
    nxt = next(((s, e) for s, e in sentences if s >= dated_end and l0 <= s < l1), None)
    return nxt is not None and _TALKS_IN.search(folded, nxt[0], nxt[1]) is not None

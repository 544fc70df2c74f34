"""The page's stamp printed between the sapo and the dated paragraph (round 43, late43a).

Many sites print the headline, then a sapo (a summary in bold, no day in it), then the posting's stamp on a line
of its own, then the article, which opens with its time:

    Gặp mặt những người làm báo hai tỉnh            (the headline)
    Các thế hệ người làm báo hai tỉnh luôn …         (the sapo, taken for the lead: it reads like one)
    12/09/2019 21:15                                 (the page's stamp)
    Sáng nay (12/9), tại thành phố A, …              (the dated paragraph)

The stamp is under the line taken for the lead, so it was not looked for there: it was read as a date in the
text, an occasion. Read where "a stamp under the summary and the byline" is (``article.parse_article``),
the same page with no byline between. It is the page's stamp when the whole short line is a date with its clock and the next line
opens with a time (:func:`.chrome.opens_with_time`). Not when the line under the stamp opens otherwise (a list
of related titles, a comment with its time), nor when the stamp line carries words (a byline's, a caption's).
"""

from __future__ import annotations

import re

from .chrome import opens_with_time
from .page_lines import _Line, _stamp

__all__ = ["stamp_under_sapo"]

#: The whole line: a day with its year, then its clock ("12/09/2019 21:15", "12-09-2019 | 21:15").
_BARE_STAMP = re.compile(r"\s*\d{1,2}[/.-]\d{1,2}[/.-]\d{4}\s*[|,-]?\s*\d{1,2}[:h]\d{2}(?::\d{2})?\s*$")


def stamp_under_sapo(kept: list[_Line], j: int, lead_k: int) -> bool:
    """Is ``kept[j]``, the line right under the line taken for the lead, a bare stamp, the line under it opening with a
    time, the lead opening with none?"""
    if j != lead_k + 1 or j + 1 >= len(kept) or _BARE_STAMP.match(kept[j].raw) is None or _stamp(kept[j]) is None:
        return False
    lead, nxt = kept[lead_k], kept[j + 1]
    return opens_with_time(nxt.raw, nxt.folded) and not opens_with_time(lead.raw, lead.folded)

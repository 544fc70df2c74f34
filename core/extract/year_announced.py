"""A decision announced at the occasion: its date is a near lower bound on the occasion's year (round 40,
late40f; used by :func:`hoptac.core.extract.year_bounds.find_bounds`).

"Tại Hội nghị, ông A, Phó Chủ nhiệm Văn phòng Chính phủ, công bố Quyết định số 974/QĐ-TTg ngày 19/8/2023 …
về việc thành lập Hội đồng …": the decision is read out at the occasion the sentence opens with, so the
occasion comes after the decision's day -- and soon after it: a decision (appointing, founding, recognising)
is announced at the first meeting or rite after it is signed, weeks later, not years. As a follow-up told as
recent (the bound ``follow_up``), it is a lower bound (:data:`NAME`, told ``near``) and, when nothing else
gives a year, the year of the first day and month on or after it
(:func:`hoptac.core.extract.year_bound_days.follow_year`): on 27/9, 2023. Each row of :data:`AT_OCCASION`
is how the sentence opens at the occasion, each of :data:`ANNOUNCED` what is announced, with an example
written for it. All patterns are matched on folded text (no accents, no case, đ→d).

Not read (no bound): a document only cited at the occasion ("Tại hội nghị, các đại biểu thảo luận việc thực
hiện Quyết định số … ngày …"), one to be announced ("… sẽ công bố Quyết định …"), a sentence that does not
open at the occasion ("Ông A đã công bố Quyết định số … ngày … tại một hội nghị khác").
"""

from __future__ import annotations

import re

from .dates import DateMention

__all__ = ["NAME", "AT_OCCASION", "ANNOUNCED", "announced_at_occasion"]

#: The bound's name (year_bound_kinds.BOUNDS; year_bound_days.FOLLOWED).
NAME = "announced_decision"

#: How the sentence opens at the occasion (folded, after the sentence's start).
AT_OCCASION: tuple[tuple[str, str], ...] = (
    ("tai hoi nghi", "Tại Hội nghị, ông A công bố Quyết định số 12/QĐ-TTg ngày 19/8/2023 …"),
    ("tai buoi le", "Tại buổi lễ, đại diện Sở Nội vụ công bố Quyết định số 45/QĐ-UBND ngày 2/3/2024 …"),
    ("tai le", "Tại lễ ra mắt, lãnh đạo huyện công bố Quyết định số 8/QĐ-UBND ngày 5/1/2022 …"),
    ("tai ky hop", "Tại kỳ họp, Thường trực HĐND công bố Nghị quyết số 30/NQ-HĐND ngày 10/7/2024 …"),
    ("tai buoi lam viec", "Tại buổi làm việc, đại diện Bộ công bố Quyết định số 99/QĐ-BNV ngày 1/6/2023 …"),
    ("tai phien hop|tai cuoc hop", "Tại phiên họp, Văn phòng công bố Quyết định số 5/QĐ-HĐĐP ngày 3/10/2024 …"),
)
#: What the sentence announces right before the date: the verb, a decision's noun, its number.
ANNOUNCED: tuple[tuple[str, str], ...] = (
    ("cong bo", "… công bố Quyết định số 974/QĐ-TTg ngày 19/8/2023"),
    ("trao|doc", "… trao Quyết định số 45/QĐ-UBND ngày 2/3/2024; … đọc Quyết định số 8/QĐ-UBND ngày 5/1/2022"),
)
_DECISIONS = r"quyet dinh|nghi quyet|chi thi"
_OPENS = re.compile(r"^\s*(?:%s)\b" % "|".join(w for w, _ in AT_OCCASION))
_VERB = re.compile(r"\b(?<!\bse )(?:%s)\s+(?:cac\s+)?(?:%s)\s+(?:so\s+)?[^,;.()\n]{0,40}?\s*(?:ngay\s+)?$"
                   % ("|".join(w for w, _ in ANNOUNCED), _DECISIONS))
_REACH = 240


def announced_at_occasion(folded: str, m: DateMention) -> bool:
    """Is ``m`` (a full date) the date of a decision that its sentence, opening at the occasion, announces?"""
    if m.precision != "day" or not m.year:
        return False
    lo = max(0, m.start - _REACH)
    lo = max([folded.rfind(ch, lo, m.start) + 1 for ch in ".;!?\n"] + [lo])
    sentence = folded[lo:m.start]
    return bool(_OPENS.match(sentence)) and _VERB.search(sentence) is not None

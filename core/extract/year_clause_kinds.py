"""The words of the clause or sentence before a year that say what the year is to the page: a review
("tổng kết", "kết quả", "đánh giá"), an interim review ("sơ kết"), a plan ("phương hướng", "ký kết",
"triển khai"), a running plan ("đang triển khai"), a plan's noun ("kế hoạch") or an occasion that
opens a period ("hội nghị", "lễ ký"). :mod:`hoptac.core.extract.year_cues` asks them of every year it
finds (split out of it when it passed 400 lines; no change of behaviour).
"""

from __future__ import annotations

import re

from .anchors import FoldedKeywords
from .dates import _any_case_and_accent
from .plan_frames import NOT_ITS_OBJECT, carried_out_reviewed
from .sentences import abbreviated as _abbreviated, stop_before as _stop_before
from .year_names import CLAUSE_ENDS as _CLAUSE_ENDS
from ..rxcache import compile as rx_compile
from ..text import fold

__all__ = ["KEYWORDS"]   # the readers (_classify, _classify_sentence, _keyword_matches) are year_cues' own

#: The words that tell a review from a plan, in the clause before a year. "Tình hình (việc)
#: triển khai / thực hiện <an agreement> giai đoạn 2022-2027" is a progress report while the
#: period runs (ongoing: the year lies inside it), not a review of a period that ended. "Xây dựng" plans only
#: with a plan's noun after it ("xây dựng kế hoạch / chương trình / quy chế …"): "hỗ trợ xây dựng trường học
#: theo kế hoạch hợp tác giai đoạn 2021 - 2025" builds a school within a running period, it opens none.
KEYWORDS = r"""\b(?:
      (?P<interim>so\s+ket)
    | (?P<ongoing>(?:da|dang|tinh\s+hinh(?:\s+viec)?)\s+(?:trien\s+khai(?:\s+thuc\s+hien)?|thuc\s+hien))
    | (?P<review>tong\s+ket|ket\s+qua|danh\s+gia|nhin\s+lai|thanh\s+tuu|thanh\s+tich|tinh\s+hinh|nam\s+lien\s+tiep)
    | (?P<plan>phuong\s+huong|ky\s+ket|ky\s+(?:thoa\s+thuan|bien\s+ban|ban\s+ghi\s+nho|ghi\s+nho)|trien\s+khai|xay\s+dung(?=\s+(?:cac\s+|mot\s+so\s+)?(?:ke\s+hoach|chuong\s+trinh|quy\s+che|de\s+an|phuong\s+an|noi\s+dung|bien\s+ban|ban\s+ghi\s+nho|thoa\s+thuan|co\s+che))|dinh\s+huong|muc\s+tieu|thong\s+nhat)
    | (?P<noun>ke\s+hoach|chuong\s+trinh|nhiem\s+vu)
    | (?P<event>hoi\s+nghi|hoi\s+dam|le\s+ky|ban\s+ghi\s+nho|bien\s+ban)
    )\b"""
_KEYWORDS: list[re.Pattern] = []   # compiled on first use
_SENTENCE_START = re.compile(r"[.!?…]\s|\n")


def _keywords() -> re.Pattern:
    if not _KEYWORDS:
        _KEYWORDS.append(rx_compile(_any_case_and_accent(KEYWORDS), re.VERBOSE))
    return _KEYWORDS[0]


_FOLDED_KEYWORDS: list[FoldedKeywords] = []


def _keyword_matches(text: str, lo: int, hi: int) -> list[tuple[int, int, str | None]]:
    """(start, end, kind) of each match of ``_keywords().finditer(text, lo, hi)``, tried only
    where the keywords' first words stand in the folded window (:mod:`anchors`)."""
    if not _FOLDED_KEYWORDS:
        _FOLDED_KEYWORDS.append(FoldedKeywords(KEYWORDS, re.VERBOSE, _keywords()))
    return _FOLDED_KEYWORDS[0].finditer(text, lo, hi)


def _classify(text: str, pos: int, reach: int = 200) -> tuple[str | None, int]:
    """In the clause that ends at ``pos`` (back to , . ; : ( or a new line): 'review',
    'interim', 'plan' or 'ongoing' for its last such verb, else 'noun' for a plan noun,
    else None; and where the deciding word starts. A carrying out ("triển khai") that a review earlier
    in the clause looks at is that review's (:func:`~hoptac.core.extract.plan_frames.carried_out_reviewed`)."""
    lo = max(0, pos - reach)
    lo = max([text.rfind(ch, lo, pos) + 1 for ch in _CLAUSE_ENDS if ch != "."] + [_stop_before(text, lo, pos) + 1, lo])
    last, noun, looked_back = None, None, None
    for start, end, kind in _keyword_matches(text, lo, pos):
        if kind == "noun":
            noun = noun or ("noun", start)
        elif kind != "event":
            if kind in ("review", "interim"):
                looked_back = (kind, start) if looked_back is None else looked_back
                reviewed_to = end
            elif kind == "plan" and looked_back and text[start:start + 1] in "tT" \
                    and fold(text[start:start + 10]) == "trien khai" and not NOT_ITS_OBJECT.search(
                        fold(text[reviewed_to:start])):
                # "đánh giá kết quả triển khai Biên bản … giai đoạn 2022 - 2024": the carrying out reviewed
                kind = carried_out_reviewed(looked_back, text)
                start = looked_back[1]
            last = (kind, start)
    return last or noun or (None, pos)


def _classify_sentence(text: str, pos: int,
                       kinds=("ongoing", "interim", "review", "event")) -> tuple[str | None, int]:
    """The same over the whole sentence before ``pos``, for a year whose clause says
    nothing: an interim review, a review, an ongoing plan, or an occasion (conference,
    signing) that opens a period."""
    lo = max(0, pos - 300)
    lo = max((m.end() for m in _SENTENCE_START.finditer(text, lo, pos) if not _abbreviated(text, m.start())), default=lo)
    found: dict[str, int] = {}
    for start, _, kind in _keyword_matches(text, lo, pos):
        found.setdefault(kind, start)
    for kind in kinds:
        if kind in found:
            return kind, found[kind]
    return None, pos


"""Related articles printed as table cells right under the headline (round 36: late36c).

Some sites lay out the top of a page as a table: under the headline, one or more cells ``| … |``, each the
summary of another article, then the article's own lead as a plain paragraph::

    Huyện A tăng cường hợp tác với tỉnh Xiêng Khoảng
    | Sáng 3/5/2023, Thủ tướng Chính phủ đã dự Hội nghị thượng đỉnh Mê Kông tại Viêng Chăn. |
    | Tại Đà Lạt, Bộ Văn hóa đã phát động Tuần lễ du lịch quốc gia năm 2024. |
    Theo phóng viên tại Lào, đoàn công tác huyện A đã làm việc với lãnh đạo tỉnh Xiêng Khoảng …

Such a cell is a related article's card, not the lead: its dates and years are another occasion's (sister36
10: a teaser's day became the main date). Only a cell that names none of the names the headline names
(runs of capitalised words, whole: "Thái Bình Dương" is not "Bình Dương"; the headline's first word alone
not counted), under a headline that names at
least one, and followed within :data:`LEAD_WITHIN` lines by a plain paragraph (the lead). A cell that names the
headline's place ("| Sáng 5/3, huyện A đã tiếp đoàn tỉnh Xiêng Khoảng … |") may be the page's own sapo: kept.

==================  =======================================================================================
what                example (written for the table)
==================  =======================================================================================
``table_card``      headline "Huyện A tăng cường hợp tác với tỉnh Xiêng Khoảng", then "| Sáng 3/5/2023, Thủ
                    tướng Chính phủ đã dự Hội nghị thượng đỉnh Mê Kông tại Viêng Chăn. |", then the lead
==================  =======================================================================================
"""

from __future__ import annotations

from ..messages import M_
from ..text import fold
from .chrome import is_titlelike

__all__ = ["LEAD_WITHIN", "WHY_TABLE_CARD", "table_card"]

WHY_TABLE_CARD = M_("a related article's card in a table cell under the headline: '| … |'")
#: How many lines under the cell the plain paragraph (the lead) may come.
LEAD_WITHIN = 4
#: A cell's shortest inside: a summary, not a caption's few words ("| Quang cảnh hội đàm |").
CELL_MIN = 80


def _cell(raw: str) -> bool:
    s = raw.strip()
    return s.startswith("|") and s.endswith("|") and len(s) - 2 >= CELL_MIN and "|" not in s[1:-1]


def _word_runs(raw: str) -> list[list[str]]:
    """Runs of capitalised words (a word's edges' punctuation stripped), each with its place: (first?, words)."""
    runs, cur, first = [], [], True
    for k, w in enumerate(raw.split()):
        w = w.strip(".,;:!?()[]{}\"'“”‘’|-–")
        if w[:1].isupper():
            if not cur:
                first = k == 0
            cur.append(w)
            continue
        if cur:
            runs.append((first, cur))
        cur = []
    if cur:
        runs.append((first, cur))
    return runs


def _names(raw: str) -> set[str]:
    out = set()
    for first, words in _word_runs(raw):
        if len(words) > 1 or not first:   # (the headline's first word alone: capitalised as the first)
            out.add(fold(" ".join(words)))
        if first and len(words) > 1:      # "Huyện Mường Tè …": "Mường Tè" too
            out.add(fold(" ".join(words[1:])))
    return out


def table_card(top: list, i: int) -> bool:
    """Is ``top[i]`` a related article's card in a table cell under the headline (see the module)?"""
    if not _cell(top[i].raw):
        return False
    j = i - 1
    while j >= 0 and _cell(top[j].raw):
        j -= 1
    if j < 0 or not is_titlelike(top[j].raw, top[j].folded):
        return False
    names = _names(top[j].raw)
    if not names:
        return False
    if not any(len(ln.raw) >= CELL_MIN and not ln.raw.lstrip().startswith("|") for ln in top[i + 1:i + 1 + LEAD_WITHIN]):
        return False
    return not names & _runs(top[i].raw)


def _runs(raw: str) -> set[str]:
    """The cell's names, whole ("Thái Bình Dương" is not "Bình Dương"), an abbreviation before one dropped
    ("UBND Bình Dương": "Bình Dương")."""
    out = set()
    for _, words in _word_runs(raw):
        out.add(fold(" ".join(words)))
        while len(words) > 1 and words[0].isupper():
            words = words[1:]
            out.add(fold(" ".join(words)))
    return out

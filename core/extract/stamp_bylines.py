"""A byline in capitals before a publication stamp: the writers' names and their newsroom, each
group short, joined by a dash, a double slash or a bar ("CHÍ BẢO - MINH CHƯƠNG // TRUNG TÂM TIN
TỨC HTV 2/8/2024, 21:37"). Such a line is the article's stamp line, though it holds more words
than a stamp with a headline is allowed (stamps.parse_stamp: eight): a headline written in
capitals with a stamp glued on is one long group ("HỘI ĐÀM GIỮA HAI TỈNH A VÀ B 12/3/2024 08:15"),
or names an occasion (chrome's headline words), so it is no byline.
(cities20 02, round 20; sentences of our own in tests/test_round20_cities_shapes.py.)"""

from __future__ import annotations

import re

__all__ = ["BYLINE_GROUP_MAX", "BYLINE_WORDS_MAX", "is_capital_byline"]

# (example) "THU HÀ - MINH AN // BAN THỜI SỰ ĐÀI A 5/3/2024, 20:10": three groups of 2, 2 and 5 words.
BYLINE_GROUP_MAX = 5     # words in one name or one newsroom ("TRUNG TÂM TIN TỨC HTV")
BYLINE_WORDS_MAX = 16    # words in the whole byline
_SEPARATORS = re.compile(r"\s*(?://|\||\s[-–—]\s|,)\s*")
_OCCASION_WORDS = re.compile(r"\b(?:HỢP TÁC|KÝ KẾT|HỘI NGHỊ|HỘI ĐÀM|KẾT NGHĨA|HỮU NGHỊ|TĂNG CƯỜNG|THĂM|VÀ|GIỮA|VỚI)\b")


def is_capital_byline(rest: str) -> bool:
    """Is ``rest`` (a stamp line without its stamp) a byline in capitals of two or more short groups?"""
    rest = rest.strip(" -|–—/,")
    if not rest or any(ch.islower() for ch in rest) or _OCCASION_WORDS.search(rest):
        return False
    groups = [g for g in _SEPARATORS.split(rest) if g.strip()]
    words = rest.replace("/", " ").replace("|", " ").split()
    return (len(groups) >= 2 and len(words) <= BYLINE_WORDS_MAX
            and all(len(g.split()) <= BYLINE_GROUP_MAX for g in groups))

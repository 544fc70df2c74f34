"""A programme's theme, slogan or name given in quotes names no occasion (round 33, late33c).

"Tối 5/11, tại thành phố A đã diễn ra đêm nhạc chủ đề “Về thăm quê mẹ”": the words in quotes after "chủ đề" are
what the evening is about, its title; the evening held is the occasion, and the 'thăm' of its title is no visit
(arts33k 01: a three-province music evening titled by a folk verse of visits read 'visit' by the rank-7 row
'tham'). :func:`without_quoted_themes` blanks the quoted title (spaces, so that positions hold) when a word that
introduces a title stands right before its opening quote (a colon between is allowed); the noun before that word
("hội thảo chủ đề “…”", "lễ ký kết với chủ đề “…”") is outside the quotes and still names the occasion.

| folded words before the quote | example (our own)                                                       |
|-------------------------------|-------------------------------------------------------------------------|
| chủ đề / với chủ đề           | "đêm giao lưu văn nghệ với chủ đề “Mời bạn về thăm quê hương”"           |
| mang tên                      | "chương trình mang tên “Hành trình đến với tỉnh bạn”"                    |
| thông điệp                    | "hai xã phát đi thông điệp “Chung tay hợp tác, cùng nhau phát triển”"    |
| khẩu hiệu                     | "giải chạy với khẩu hiệu “Kết nối để hợp tác”"                           |

Not blanked: a quoted name with no such word before it ("diễn đàn “…”": the quotes alone may hold the occasion's
own words), a quote left open (no closing mark within 200 characters). Matched on folded text (no accents, no
case, đ→d); the straight double quote and the curly pair are both read.
"""

from __future__ import annotations

import re

__all__ = ["THEME_WORDS", "without_quoted_themes"]

#: (folded word that introduces a title, example)
THEME_WORDS: tuple[tuple[str, str], ...] = (
    ("chu de", "đêm giao lưu văn nghệ với chủ đề “Mời bạn về thăm quê hương”"),
    ("mang ten", "chương trình mang tên “Hành trình đến với tỉnh bạn”"),
    ("thong diep", "hai xã phát đi thông điệp “Chung tay hợp tác, cùng nhau phát triển”"),
    ("khau hieu", "giải chạy với khẩu hiệu “Kết nối để hợp tác”"),
)
_WORDS = tuple(w for w, _ in THEME_WORDS)
_THEME = re.compile(r"\b(?:" + "|".join(_WORDS) + r")\s*:?\s*(“[^”\n]{1,200}”|\"[^\"\n]{1,200}\")")


def without_quoted_themes(folded: str) -> str:
    """``folded`` with each quoted title after a word of :data:`THEME_WORDS` blanked (spaces, same length)."""
    if not any(w in folded for w in _WORDS):   # the literal test first: most clauses name no theme
        return folded
    return _THEME.sub(lambda m: m.group(0)[:m.start(1) - m.start()] + " " * (m.end(1) - m.start(1)), folded)

"""The occasion the attendance sentence names: a meeting held to sign is the signing (round 19).

A lead that tells a meeting held to meet and sign ("UBND tỉnh A tổ chức hội nghị gặp gỡ, trao đổi và ký
kết biên bản hợp tác với 3 tỉnh B, C, D") names two occasions; the sentence that tells who came, right
after it, names the one the report is about: "Tham dự buổi ký kết có …", "Dự lễ ký kết có …" -- the
signing (the golds of the pages with such a sentence after a lead that also signs: 3 signings in 3,
cnkh19 04 and 10, world19 10). A meeting named as a review ("hội nghị sơ kết", "tổng kết", "đánh giá")
stays the meeting whatever its attendance sentence (the corpus's convention, b11: a review meeting that
also signs), and so do talks ("hội đàm", "hội kiến": their weighing is
:mod:`hoptac.core.extract.signing_or_talks`'s). Matched on folded text (no accents, no case, đ→d);
examples are sentences of our own.
"""

from __future__ import annotations

import re
from typing import Sequence

__all__ = ["ATTENDED", "attended_signing"]

# (name, example of our own, pattern on the folded sentence's start)
ATTENDED: tuple[tuple[str, str, str], ...] = (
    ("attend_the_signing", "Tham dự buổi ký kết có lãnh đạo hai tỉnh …; Dự lễ ký kết có Chủ tịch UBND tỉnh A",
     r"(?:tham du|du|chung kien) (?:buoi le |buoi |le )ky(?: ket| (?=bien ban|thoa thuan|ban ghi nho|ghi nho|"
     r"chuong trinh|quy che|hop tac|mou|ket nghia))\b"),   # (not "Dự lễ kỷ niệm …": an anniversary)
)
_ATTENDED = tuple((name, re.compile(p)) for name, _, p in ATTENDED)
# the lead's clause signs something ("… và ký kết biên bản hợp tác", "ký thỏa thuận")
# (written \bky(?: ket)? …: "ky" first, the look-behind after it, so that the engine skips to it; test_prefilters)
_SIGNS = re.compile(r"ky(?<!\w..)(?: ket)? (?:bien ban|thoa thuan|ban ghi nho|ghi nho|chuong trinh|quy che|hop tac|ke hoach|"
                    r"mou|ket nghia)\b")
# a review meeting or talks: the meeting, whoever attends (see the module's note)
_NOT_HERE = re.compile(r"\b(?:so ket|tong ket|danh gia|hoi dam|hoi kien)\b")
#: how many sentences after the dating one may hold the attendance sentence
NEXT_SENTENCES = 2


def attended_signing(folded_clause: str, folded: str, sentences: Sequence[tuple[int, int]],
                     end: int) -> str | None:
    """The attendance sentence's words when the meeting told in ``folded_clause`` (a signing among
    its purposes, no review, no talks) is named by one of the next sentences (from ``end``) as a
    signing ("Tham dự buổi ký kết có …"); else None."""
    if _SIGNS.search(folded_clause) is None or _NOT_HERE.search(folded_clause) is not None:
        return None
    following = [(s, e) for s, e in sentences if s >= end and folded[s:e].strip()][:NEXT_SENTENCES]
    for s, e in following:
        sentence = folded[s:e].lstrip(" \n-–•*")
        for _name, pat in _ATTENDED:
            m = pat.match(sentence)
            if m is not None:
                return m.group(0)
    return None

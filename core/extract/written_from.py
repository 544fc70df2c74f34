""""Từ" (from) and "tư" (four) fold alike ("tu"): where the date engine and the year cues read "from",
the word as written decides (round 20).

The lead "từ năm 2015" (since 2015) opens a period: its year is a lower bound, never the occasion's year
(:mod:`.year_cues`, :mod:`.year_bounds`). Written "tư", the same letters are a number or part of a word:

| written                              | reads                                   | the year                  |
|--------------------------------------|-----------------------------------------|---------------------------|
| "hợp tác từ năm 2015 đến nay"        | from 2015 (a period starts)              | a bound, no cue           |
| "Hội nghị xúc tiến đầu tư năm 2025"  | "đầu tư" (investment), then a year       | names the occasion        |
| "Hội chợ … lần thứ tư năm 2024"      | the fourth (edition), then a year        | names the occasion        |
| "Hội nghị … an ninh trật tự năm 2023" | "trật tự" (order), then a year (late38c) | names the occasion        |
| "… tự chủ, tự cường năm 2024"         | "tự" (self), then a year (late38c)       | names the occasion        |

(Sentences written for this table. A page without accents keeps "tu" as "from": nothing tells them apart.
Every other way of writing the letters -- "tư", "tự", "tứ", "tử", "tú", "tù", "tụ", "tủ", "tũ" -- is no "từ":
round 20 read only "tư"; "trật tự năm 2023" read as "trật, from 2023" lost the year the meeting is named with,
the accents then refused the whole mention, late38c.)
"""

from __future__ import annotations

__all__ = ["written_four", "from_before"]

#: The letters "tu" written with a mark that is not "từ"'s (lower case; the word's case does not matter).
_NOT_FROM = frozenset("tư tự tứ tử tú tù tụ tủ tũ".split())
_SPACES = " \t\xa0"


def written_four(text: str, start: int) -> bool:
    """The word at ``start`` is written "tư" (four), "tự" (self, order) or another word of the letters "tu" with a
    mark, not "từ" (from)."""
    return text[start:start + 2].lower() in _NOT_FROM and not text[start + 2:start + 3].isalnum()


def from_before(text: str, end: int) -> bool:
    """The word just before ``end`` (spaces between) may be "từ": not when it is written "tư"
    ("đầu tư năm 2025")."""
    i = end
    while i > 0 and text[i - 1] in _SPACES:
        i -= 1
    return i < 2 or not written_four(text, i - 2)

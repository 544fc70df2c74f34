"""A study trip names its host with "tại": the words that tell it (read by :mod:`.partners`).

A delegation that comes to survey, learn or exchange experience "tại X" ("Đoàn công tác tỉnh A đã
đến trao đổi kinh nghiệm tại tỉnh B") is hosted by X: X is the second partner, not the venue of
something else (a venue scores almost nothing, and a page whose only other place is its venue
would be left with one partner). Matched on folded text (no accents, no case, đ→d).

| folded words            | example (our own)                                                      | words between |
|-------------------------|------------------------------------------------------------------------|---------------|
| khao sat                | "đoàn công tác huyện A khảo sát mô hình trồng chè tại huyện B"          | up to 16      |
| hoc tap                 | "đoàn cán bộ tỉnh A sang nghiên cứu, học tập kinh nghiệm tại tỉnh B"    | up to 16      |
| tham quan               | "đoàn lãnh đạo tỉnh A tham quan, học hỏi kinh nghiệm tại tỉnh B"        | up to 16      |
| trao doi kinh nghiem    | "đoàn công tác Tỉnh ủy A đã đến trao đổi kinh nghiệm tại tỉnh B"        | up to 8, no other "tại"/"ở" |
| hoc hoi                 | "đoàn công tác tỉnh A đến học hỏi kinh nghiệm tại tỉnh B"               | up to 8, no other "tại"/"ở" |
| tim hieu                | "đoàn công tác tỉnh A đã đến tìm hiểu kinh nghiệm làm du lịch tại tỉnh B" | up to 8, no other "tại"/"ở" |

The last three were added in round 20 (audit20a): read alone, without "đến thăm" or "khảo sát" beside
them, they left the host out ("đến thăm, trao đổi kinh nghiệm tại tỉnh B" gave one partner). Their
words may not run past another "tại"/"ở" (two provinces that "trao đổi kinh nghiệm tại hội nghị ở
Hà Nội" meet at a venue, they do not visit it).
"""

from __future__ import annotations

# (folded words, example of our own)
STUDY_TRIPS: tuple[tuple[str, str], ...] = (
    ("khao sat", "đoàn công tác huyện A khảo sát mô hình trồng chè tại huyện B"),
    ("hoc tap", "đoàn cán bộ tỉnh A sang nghiên cứu, học tập kinh nghiệm tại tỉnh B"),
    ("tham quan", "đoàn lãnh đạo tỉnh A tham quan, học hỏi kinh nghiệm tại tỉnh B"),
)
EXCHANGES: tuple[tuple[str, str], ...] = (
    ("trao doi kinh nghiem", "đoàn công tác Tỉnh ủy A đã đến trao đổi kinh nghiệm tại tỉnh B"),
    ("hoc hoi", "đoàn công tác tỉnh A đến học hỏi kinh nghiệm tại tỉnh B"),
    ("tim hieu", "đoàn công tác tỉnh A đã đến tìm hiểu kinh nghiệm làm du lịch tại tỉnh B"),
)


def _words(rows: tuple[tuple[str, str], ...]) -> str:
    return "|".join(w for w, _ in rows)


# the part of partners' "visited before" pattern that ends just before "tại"/"ở" (a regex fragment)
STUDY_BEFORE = (rf"(?:{_words(STUDY_TRIPS)})(?:[\s,]+[\w-]+){{0,16}}\s+"
                rf"|(?:{_words(EXCHANGES)})(?:[\s,]+(?!(?:tai|o)\b)[\w-]+){{0,8}}\s+")

"""Parties that discuss (round 33, type33): "thảo luận" told as what the lead's subject did.

A lead whose verb is a discussion ("lãnh đạo hai tỉnh đã thảo luận về …", "… thảo luận hợp tác hai bên …") tells a
meeting of the parties, as "đã bàn bạc", "cùng bàn bạc" (type_words' rows) and "trao đổi, thảo luận" (type_vocab's)
do. Rank 8, as those rows: any occasion of its own kind named beside it (a visit, talks, a signing, a conference)
is the occasion, and the discussion is what was said there ("đoàn … sang thăm và thảo luận …"; "tại hội nghị, hai
bên đã thảo luận …"). Only the discussion told as done ("đã", "cùng") or about cooperation ("hợp tác"): a bare
"thảo luận" is also a noun of the body ("phần thảo luận", "tham luận và thảo luận"). Round 33's culture33 03 (a
translated lead: the two sides "thảo luận hợp tác hai bên …", gold conference, first read 'other' from the
festival the talks were for). Matched on folded text (no accents, no case, đ→d).

| folded words       | read as    | rank | example (our own)                                                          |
|--------------------|------------|------|----------------------------------------------------------------------------|
| đã thảo luận       | conference | 8    | "Ngày 5/3, lãnh đạo tỉnh A và tỉnh B đã thảo luận về tuyến đường nối hai tỉnh" |
| cùng thảo luận     | conference | 8    | "Sáng 5/3, hai huyện cùng thảo luận kế hoạch giao lưu văn hóa"              |
| thảo luận hợp tác  | conference | 8    | "Ngày 5/3, tỉnh A và tỉnh B thảo luận hợp tác để tổ chức lễ hội chung"        |
| thảo luận về hợp tác, thảo luận nội dung hợp tác | conference | 8 | "hai đoàn đã trao đổi tình hình và thảo luận nội dung hợp tác giai đoạn tới" |
"""

from __future__ import annotations

__all__ = ["DISCUSSION_PHRASES"]

#   (folded phrase, type, rank, example): rows of MAIN_TYPE_PHRASES (type_vocab)
DISCUSSION_PHRASES: tuple[tuple[str, str, int, str], ...] = (
    ("da thao luan", "conference", 8, "Ngày 5/3, lãnh đạo tỉnh A và tỉnh B đã thảo luận về tuyến đường nối hai tỉnh"),
    ("cung thao luan", "conference", 8, "Sáng 5/3, hai huyện cùng thảo luận kế hoạch giao lưu văn hóa"),
    ("thao luan hop tac", "conference", 8, "Ngày 5/3, tỉnh A và tỉnh B thảo luận hợp tác để tổ chức lễ hội chung"),
    ("thao luan ve hop tac", "conference", 8, "Ngày 5/3, lãnh đạo hai huyện thảo luận về hợp tác trên các lĩnh vực"),
    ("thao luan noi dung hop tac", "conference", 8,
     "Ngày 5/3, hai đoàn đã trao đổi tình hình và thảo luận nội dung hợp tác giai đoạn tới"),
)

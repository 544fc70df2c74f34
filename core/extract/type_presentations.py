"""Round 37 (late37b): a locality's tourism presented to another's public, and leaders meeting bilaterally.

1. **A presentation held as a session** ("Chương trình giới thiệu du lịch A tại TP B", "tổ chức buổi giới
   thiệu về chương trình du lịch …"). One locality, or several together, presents its tourism to another's
   travel firms and press: the same occasion as "Hội nghị xúc tiến, quảng bá du lịch A tại B" (a conference by
   "hội nghị", rank 5), named by the programme or the session instead. With no row it named no occasion
   ('other'), or a festival it presents (rank 8, "lễ hội") typed it. Rank 5, as "hội nghị": a festival, a fair
   or aid named with it does not outrank it; a press conference ("họp báo giới thiệu …", rank 4) stays one.
2. **Leaders meeting bilaterally** ("hội kiến song phương", "gặp song phương"): two sides meeting on a par,
   most often on the sidelines of a conference of many that both attend, neither the other's host. A meeting
   (rank 5, as "hội đàm"), not the courtesy call a host grants a visiting delegation ("hội kiến", rank 7: a visit).

Matched on folded text (no accents, no case, đ→d). Sentences in this table are our own.

| folded words                                   | read as          | example (our own)                                                     |
|------------------------------------------------|------------------|-----------------------------------------------------------------------|
| chương trình giới thiệu du lịch                | conference, 5    | "Chương trình giới thiệu du lịch tỉnh A diễn ra chiều 9/1 tại TP B"    |
| chương trình giới thiệu, quảng bá du lịch      | conference, 5    | "Sở Du lịch A tổ chức chương trình giới thiệu, quảng bá du lịch tại B" |
| buổi giới thiệu (về) (chương trình) du lịch    | conference, 5    | "UBND tỉnh A tổ chức buổi giới thiệu về chương trình du lịch … tại B" |
| chương trình / buổi xúc tiến (, quảng bá) du lịch | conference, 5 | "Sở Du lịch A tổ chức chương trình xúc tiến du lịch tại thành phố B"   |
| hội kiến song phương                           | conference, 5    | "Bên lề hội nghị, Bí thư tỉnh A hội kiến song phương với Bí thư tỉnh B" |
| (cuộc) gặp song phương, tiếp xúc song phương   | conference, 5    | "Chủ tịch tỉnh A có cuộc gặp song phương với Thống đốc tỉnh B"          |

Not read (guards, sentences of our own in tests): a week, a fair or a festival that presents goods ("Tuần lễ
giới thiệu nông sản tỉnh A tại B": a fair, 'other'); a press conference that presents a programme ("Sở A họp
báo giới thiệu chương trình du lịch", 'other'); leaders who present their province during a visit ("… đến thăm
tỉnh B, giới thiệu tiềm năng du lịch của tỉnh A": no programme or session named, the visit); a host's "hội kiến"
with a delegation it receives (a visit); cooperation called bilateral ("hợp tác song phương", "tuần tra song
phương": no meeting named by it).
"""

from __future__ import annotations

__all__ = ["PRESENTATION_PHRASES"]

#   (folded phrase, type, rank, example): rows of MAIN_TYPE_PHRASES (type_vocab)
PRESENTATION_PHRASES: tuple[tuple[str, str, int, str], ...] = (
    ("chuong trinh gioi thieu du lich", "conference", 5, "Chương trình giới thiệu du lịch tỉnh A diễn ra chiều 9/1 tại TP B"),
    ("chuong trinh gioi thieu, quang ba du lich", "conference", 5,
     "Sở Du lịch A tổ chức chương trình giới thiệu, quảng bá du lịch tại thành phố B"),
    ("chuong trinh gioi thieu va quang ba du lich", "conference", 5,
     "Sở Du lịch A tổ chức chương trình giới thiệu và quảng bá du lịch tại thành phố B"),
    ("buoi gioi thieu du lich", "conference", 5, "UBND tỉnh A tổ chức buổi giới thiệu du lịch tại thành phố B"),
    ("buoi gioi thieu ve du lich", "conference", 5, "UBND tỉnh A tổ chức buổi giới thiệu về du lịch tỉnh A tại B"),
    ("buoi gioi thieu chuong trinh du lich", "conference", 5, "UBND tỉnh A tổ chức buổi giới thiệu chương trình du lịch tại B"),
    ("buoi gioi thieu ve chuong trinh du lich", "conference", 5,
     "UBND tỉnh A tổ chức buổi giới thiệu về chương trình du lịch “Sắc màu A” tại thành phố B"),
    ("chuong trinh xuc tien du lich", "conference", 5, "Sở Du lịch A tổ chức chương trình xúc tiến du lịch tại thành phố B"),
    ("chuong trinh xuc tien, quang ba du lich", "conference", 5,
     "Sở Du lịch A tổ chức chương trình xúc tiến, quảng bá du lịch tại thành phố B"),
    ("chuong trinh xuc tien quang ba du lich", "conference", 5,
     "Sở Du lịch A tổ chức chương trình xúc tiến quảng bá du lịch tại thành phố B"),
    ("buoi xuc tien du lich", "conference", 5, "Sở Du lịch A có buổi xúc tiến du lịch với doanh nghiệp lữ hành thành phố B"),
    ("hoi kien song phuong", "conference", 5, "Bên lề hội nghị, Bí thư tỉnh A hội kiến song phương với Bí thư tỉnh B"),
    ("gap song phuong", "conference", 5, "Chủ tịch tỉnh A gặp song phương Thống đốc tỉnh B bên lề diễn đàn"),
    ("cuoc gap song phuong", "conference", 5, "Chủ tịch tỉnh A có cuộc gặp song phương với Thống đốc tỉnh B"),
    ("tiep xuc song phuong", "conference", 5, "lãnh đạo tỉnh A tiếp xúc song phương với lãnh đạo tỉnh B"),
)

"""The first run of a new route welcomed (round 35, late35c): the route's opening is the occasion,
'other', not a visit (docs/accuracy.md, "Round 35: late35c").

A port, a city or a tourism office welcomes the ship, the train or the flight that opens a route
between two localities ("Sở Du lịch tỉnh A tổ chức đón tàu đưa 300 khách từ thành phố B (Trung
Quốc) đi tham quan vịnh …", "Cảng A đón chuyến đầu tiên của tuyến tàu biển B – A"): what the page
tells is the opening, an occasion of its own ('other', as "khai trương", "lễ khánh thành"). The
tourists it brings go sightseeing ("đi thăm quan", which folds like the visits' 'thăm', rank 7):
that is what the run is for, not a delegation's visit, so the welcome ranks above it (6). A host
welcoming a delegation ("đón đoàn", "đón tiếp", rank 7) is no vehicle and stays the visit; a
naval or coast guard ship's call ("đón tàu Hải quân tỉnh B thăm hữu nghị") is the visit its
crew pays (:data:`ROUTE_NOT` blanks those words). Folded (no accents, no case, đ→d), whole words.

| folded words           | reads as      | example (our own)                                                                |
|------------------------|---------------|----------------------------------------------------------------------------------|
| đón tàu                | other, rank 6 | "Sở Du lịch tỉnh A tổ chức đón tàu đưa 300 khách thành phố B đi tham quan vịnh"    |
| đón chuyến tàu         | other, rank 6 | "ga A đón chuyến tàu liên vận đầu tiên từ thành phố B"                             |
| đón chuyến bay         | other, rank 6 | "sân bay A đón chuyến bay đầu tiên của đường bay thẳng thành phố B – A"            |
| đón chuyến đầu tiên    | other, rank 6 | "cảng A đón chuyến đầu tiên của tuyến du lịch tàu biển B – A"                      |
| NOT đón tàu hải quân   | (blanked)     | "thành phố A đón tàu Hải quân tỉnh B (Trung Quốc) thăm hữu nghị"                   |
| NOT đón tàu cảnh sát biển, đón tàu biên phòng, đón tàu quân sự: as the naval ship                            |
"""

from __future__ import annotations

__all__ = ["ROUTE_NOT", "ROUTE_PHRASES"]

#   (folded phrase, type, rank, example): rows of MAIN_TYPE_PHRASES (type_vocab)
ROUTE_PHRASES: tuple[tuple[str, str, int, str], ...] = (
    ("don tau", "other", 6, "Sở Du lịch tỉnh A tổ chức đón tàu đưa 300 khách thành phố B đi tham quan vịnh"),
    ("don chuyen tau", "other", 6, "ga A đón chuyến tàu liên vận đầu tiên từ thành phố B"),
    ("don chuyen bay", "other", 6, "sân bay A đón chuyến bay đầu tiên của đường bay thẳng thành phố B – A"),
    ("don chuyen dau tien", "other", 6, "cảng A đón chuyến đầu tiên của tuyến du lịch tàu biển B – A"),
)

#: A ship whose crew pays a visit: its welcome is the visit (rows of MAIN_TYPE_NOT: blanked).
ROUTE_NOT: tuple[str, ...] = ("don tau hai quan", "don tau canh sat bien", "don tau bien phong", "don tau quan su")

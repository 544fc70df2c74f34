"""A trip back to the roots ("về nguồn") named by any of its nouns: the group's trip, a visit (round 35, type35).

"hành trình về nguồn" and "hoạt động về nguồn" are rows of :mod:`.type_words` (round 22): a unit's trip to a
province of its history (a memorial, a former battlefield), over the tribute or the exchange it holds there. The
golds read it a visit on two sites (party25 04 "hoạt động về nguồn tại tỉnh B"; social33k 07, whose "thực hiện
chuyến về nguồn, viếng …, tổ chức giao lưu với …" read 'other' by the exchange, rank 8). The trip's other nouns are
the same meaning: "chuyến", "chương trình", "đợt", "hành quân" ("a march"). Rank 7 as the rows beside them: a
meeting, a signing or a ceremony named in the sentence outranks them. Resources are no roots: "(chương trình) về
nguồn vốn / nguồn nhân lực / nguồn nước / nguồn lực / nguồn hàng / nguồn thu / nguồn gốc" are blanked first.
Matched on folded text (no accents, no case, đ→d).

| folded words            | read as | example (our own)                                                          |
|-------------------------|---------|----------------------------------------------------------------------------|
| chuyen ve nguon         | visit   | "Hội Cựu chiến binh huyện A thực hiện chuyến về nguồn tại tỉnh B"           |
| chuong trinh ve nguon   | visit   | "Huyện đoàn A tổ chức chương trình về nguồn tại tỉnh B"                     |
| dot ve nguon            | visit   | "Hội Phụ nữ tỉnh A tổ chức đợt về nguồn tại tỉnh B"                         |
| hanh quan ve nguon      | visit   | "Huyện đoàn A tổ chức hành quân về nguồn đến tỉnh B"                        |
| ve nguon von, …         | (none)  | "hai tỉnh triển khai chương trình về nguồn vốn cho hợp tác xã"             |
"""

from __future__ import annotations

__all__ = ["ROOTS_TRIP_NOT", "ROOTS_TRIP_PHRASES"]

#   (folded phrase, type, rank, example): rows of MAIN_TYPE_PHRASES (type_vocab)
ROOTS_TRIP_PHRASES: tuple[tuple[str, str, int, str], ...] = (
    ("chuyen ve nguon", "visit", 7, "Hội Cựu chiến binh huyện A thực hiện chuyến về nguồn tại tỉnh B và giao lưu"),
    ("chuong trinh ve nguon", "visit", 7, "Huyện đoàn A tổ chức chương trình về nguồn tại tỉnh B"),
    ("dot ve nguon", "visit", 7, "Hội Phụ nữ tỉnh A tổ chức đợt về nguồn tại tỉnh B"),
    ("hanh quan ve nguon", "visit", 7, "Huyện đoàn A tổ chức hành quân về nguồn đến tỉnh B"),
)
#: resources, no roots: blanked before the rows are read
ROOTS_TRIP_NOT: tuple[str, ...] = (
    "ve nguon von", "ve nguon nhan luc", "ve nguon nuoc", "ve nguon luc", "ve nguon hang", "ve nguon thu",
    "ve nguon goc", "ve nguon cung", "ve nguon tin", "ve nguon dien", "ve nguon lao dong",
)

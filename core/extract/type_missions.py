"""A group that goes out to an exchange ("đi giao lưu"): the group's trip, a visit (round 33, late33c).

'đi' (go) right before the exchange tells the group travels to it ("Hội Văn học nghệ thuật tỉnh A tổ chức đoàn văn
nghệ sĩ đi giao lưu với hội bạn tại tỉnh B"), as "chuyến giao lưu" does (type_exchange_trips); an exchange held at
home ("tổ chức giao lưu với …", "đêm giao lưu văn nghệ") names no going and stays 'other'. Rows of
MAIN_TYPE_PHRASES, rank 7 as "chuyến giao lưu": a meeting, a signing or a ceremony named in the sentence outranks
it. (arts33 01: "đoàn … đi giao lưu hợp tác với …" named no row; 'other'.) A medical team that goes to treat people
is the same meaning, read by :mod:`.type_care_trips`. Matched on folded text (no accents, no case, đ→d).

| folded words | read as | example (our own)                                        |
|--------------|---------|----------------------------------------------------------|
| đi giao lưu  | visit   | "đoàn văn nghệ sĩ tỉnh A đi giao lưu với hội bạn tỉnh B"  |
"""

from __future__ import annotations

__all__ = ["MISSION_PHRASES"]

#   (folded phrase, type, rank, example): rows of MAIN_TYPE_PHRASES (type_vocab)
MISSION_PHRASES: tuple[tuple[str, str, int, str], ...] = (
    ("di giao luu", "visit", 7, "đoàn văn nghệ sĩ tỉnh A đi giao lưu với hội bạn tỉnh B"),
)

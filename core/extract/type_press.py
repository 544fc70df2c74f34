"""The press as the occasion (round 23, type23c): a briefing for reporters, an exchange between newsrooms.

A briefing told as a meeting with the press ("buổi gặp mặt báo chí giới thiệu chương trình …") is a press
conference, 'other' as "họp báo" (type_vocab's rows): it announces a programme, it is no meeting of the parties,
and "gặp mặt" alone would read a meeting ('conference'). An exchange between two localities' newsrooms
("chương trình giao lưu báo chí – truyền thông giữa tỉnh A và châu B") is an exchange, 'other' as "giao lưu văn
hóa"; what it is for ("nhằm tăng cường trao đổi nghiệp vụ") is no occasion (event_type's purpose clause).
Rank 8: a briefing told after the occasion it reports ("ký kết biên bản ghi nhớ, sau đó gặp gỡ báo chí",
"thăm và làm việc tại tỉnh B, gặp mặt báo chí địa phương") leaves that occasion the type (review23); the whole
phrase is matched, so its "gặp mặt" is no meeting of the parties.
Matched on folded text (no accents, no case, đ→d).

| folded words        | read as | rank | example (our own)                                                           |
|---------------------|---------|------|-----------------------------------------------------------------------------|
| gặp mặt báo chí     | other   | 8    | "Bộ Chỉ huy tỉnh A chủ trì buổi gặp mặt báo chí giới thiệu tuần giao lưu"    |
| gặp gỡ báo chí      | other   | 8    | "Ban tổ chức gặp gỡ báo chí thông tin về ngày hội hai tỉnh"                  |
| giao lưu báo chí    | other   | 8    | "hai tỉnh tổ chức chương trình giao lưu báo chí, nhằm trao đổi nghiệp vụ"    |
"""

from __future__ import annotations

__all__ = ["PRESS_PHRASES"]

#   (folded phrase, type, rank, example): rows of MAIN_TYPE_PHRASES (type_vocab)
PRESS_PHRASES: tuple[tuple[str, str, int, str], ...] = (
    ("gap mat bao chi", "other", 8, "Bộ Chỉ huy tỉnh A chủ trì buổi gặp mặt báo chí giới thiệu tuần giao lưu với tỉnh B"),
    ("gap go bao chi", "other", 8, "Ban tổ chức gặp gỡ báo chí thông tin về ngày hội của hai tỉnh A và B"),
    ("giao luu bao chi", "other", 8, "tỉnh A và châu B tổ chức chương trình giao lưu báo chí, nhằm trao đổi nghiệp vụ"),
)

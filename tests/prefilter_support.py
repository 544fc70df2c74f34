"""What the prefilter tests of several stages share: pieces of generated text (hypothesis strategies) and
the check of a pattern rewritten for speed against the form it was written in."""

from __future__ import annotations

import re

from hypothesis import strategies as st

# Pieces that make the shapes the gates look at: honorifics in several cases, colons,
# spaces of several kinds, abbreviations and stops, day-month numbers, capitals.
PIECES = ["đồng chí", "Đồng Chí", "ĐỒNG CHÍ", "đ/c", "Đ/C", "ông", "Ông", "ÔNG", "bà", "BÀ", "dong chi",
          "d/c", "ong", "ONG", "İ", "ı", "chi", "CHİ", ":", " ", "  ", "\t", "\n", "\u00a0", "\u2003", ",",
          "(", ")", "/", ".", "-", "Nguyễn Văn An", "Lê Thị Hoa", "TP", "Tp", "tp", "TX", "TT", "Q", "H",
          "X", "P", "TS", "PGS", "GS", "ThS", "Th.S", "Hồ Chí Minh", "x", "a", "S", "ấp", "12", "07", "7",
          "0", "1", "2", "22", "8", "08", "tháng", "THÁNG", "ngày", "٣", "/", "-", "…", "!", "?", "Sáng",
          "hội đàm", "Bí thư Tỉnh ủy", "Chủ tịch UBND tỉnh", "ngài", "Ngài", "Thượng tướng", "đại tá", "TÁ"]
TEXTS = st.lists(st.sampled_from(PIECES), max_size=40).map("".join)


# Capitalised runs and words, in every letter class the shapes tell apart: Vietnamese and
# ASCII capitals and small letters, Ð/ð (a letter of the code outside both), digits, "_",
# letters outside the code (the shape is then None and the class regexes run), blanks.
NAME_PIECES = ["Nguyễn Văn An", "Lê Thị Hoa", "Lào Cai", "Bà Rịa - Vũng Tàu", "TP.HCM", "UBND", "Ðà", "ðà",
               "Xa-va-na-khệt", "Đắk R'Lấp", "quận 1", "Q.1", "Ça", "Ñ", "ß", "A1", "B_c", "x", " ", "  ",
               "\t", "\n", "\u00a0", ",", ".", "(", "-", "ông", "Hà Nội", "Yeoncheon", "Đồng Đăng", "ĐỒNG"]
NAME_TEXTS = st.lists(st.sampled_from(NAME_PIECES), max_size=30).map("".join)

# Titles and their pieces, in several cases and with digits, '_' and letters outside the code glued on.
TITLED_PIECES = ["Phó", "phó", " ", "  ", "2", "_", "x2", "pho2", "Phó2", "Chủ tịch", "chủ tịch", "Bí thư", "bí thư", "Ủy viên", "ủy viên dự khuyết",
                 "Thường trực", "UBND", "tỉnh", "Tỉnh", "Lào Cai", "Nguyễn Văn An", ",", ", ", ".", "\n", "(", ")",
                 "Giám đốc Sở", "giám đốc", "Tổng Bí thư", "Thủ tướng", "Đỗ", "Đại sứ", "x", "ĐỖ", "Phó Chủ tịch UBND",
                 "chu tich", "Chu tich", "é", "Ç", "–", "-"]


def same_as_written(rx, written, text):
    """``rx`` (a pattern rewritten for speed) finds, searches and matches at every position of ``text``
    exactly as ``written`` (the form as first written) does."""
    assert rx.pattern != written
    was = re.compile(written, rx.flags)
    assert [(m.span(), m.groups()) for m in rx.finditer(text)] == [(m.span(), m.groups()) for m in was.finditer(text)]
    for pos in range(len(text) + 1):
        a, b = rx.search(text, pos), was.search(text, pos)
        assert (a and (a.span(), a.groups())) == (b and (b.span(), b.groups()))
        a, b = rx.match(text, pos), was.match(text, pos)
        assert (a and (a.span(), a.groups())) == (b and (b.span(), b.groups()))
    return was

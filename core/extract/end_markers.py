"""The end of an article: a line that opens a related-articles box, a share bar, a comment form or a
follow-us line ends the article (everything from it on is boilerplate); at the top of a page, before the
lead, the same words are chrome. Split from ``chrome`` (round 31) when it passed 400 lines; ``chrome``
re-exports these names.
"""

from __future__ import annotations

import re

__all__ = ["END_MARKERS", "is_end_marker", "glued_end_marker", "opens_title_list"]

# --- the end of an article ------------------------------------------------------------

# A line that starts with one of these ends the article: everything from it on is
# boilerplate. At the top of a page (before the lead) the same words are chrome: a
# share button "Chia sẻ" or a menu "Xem thêm" above the article.
END_MARKERS: tuple[tuple[str, str], ...] = (
    ("tin khac", "Tin khác (other news)"),
    ("tin cung chuyen muc", "Tin cùng chuyên mục (same section)"),
    ("co the ban quan tam", "Có thể bạn quan tâm (you may like)"),
    ("cac bai moi dang", "Các bài mới đăng (newer posts)"),
    ("cac bai da dang", "Các bài đã đăng (older posts)"),
    ("cac tin khac", "Các tin khác"),
    ("cac tin/bai khac", "Các tin/bài khác"),
    ("tin lien quan", "Tin liên quan (related)"),
    ("cac tin lien quan", "Các tin liên quan (related)"),
    ("bai lien quan", "Bài liên quan (related)"),
    ("cac bai lien quan", "Các bài liên quan (related)"),
    ("bai viet lien quan", "Bài viết liên quan (related)"),
    ("tin moi", "Tin mới (latest)"),
    ("tin moi nhat", "Tin mới nhất"),
    ("tin doc nhieu", "Tin đọc nhiều (most read)"),
    ("doc nhieu", "Đọc nhiều"),
    ("doc them", "Đọc thêm (read more)"),
    ("xem them", "Xem thêm (see more)"),
    ("chia se:", "Chia sẻ: (share)"),
    ("chia se", "Chia sẻ (share)"),
    ("thong ke truy cap", "Thống kê truy cập (visitor counter)"),
    ("viet binh luan", "Viết bình luận (comment form)"),
    ("gui binh luan", "Gửi bình luận (comment form)"),
    ("viet binh luan moi", "Viết bình luận mới (comment form; meta34)"),
    ("gui binh luan cua ban", "Gửi bình luận của bạn (comment form; meta34)"),
    ("y kien ban doc", "Ý kiến bạn đọc (readers' comments)"),
    ("binh luan", "Bình luận (comments)"),
    ("phan hoi", "Phản hồi (feedback form)"),
    ("tin, anh:", "Tin, ảnh: (credit line)"),
    ("tin va anh:", "Tin và ảnh: (credit line)"),
    ("tu khoa:", "Từ khóa: (tags)"),
    ("tags:", "Tags:"),
    ("in bai", "In bài (print)"),
    ("bai viet xem", "Bài viết Xem (comment widget)"),
    ("lien ket website", "Liên kết website (portal links)"),
    ("theo doi", "Theo dõi … trên (follow us on)"),
    ("related news:", "Related news: (an old portal's related list in English; round 52, y0814 01)"),
)

_END_RE = re.compile(
    r"^(?:"
    + "|".join(
        re.escape(m) + ("" if m.endswith(":") else
                        r"\b.{0,60}\btren\b" if m == "theo doi" else
                        r"(?:\s*[:.]?\s*$|\s*:|\s+\d)")
        for m, _ in sorted(END_MARKERS, key=lambda m: -len(m[0]))
    )
    + ")"
)


def is_end_marker(folded: str) -> bool:
    m = _END_RE.match(folded)
    return bool(m) and (not folded.startswith("theo doi") or len(folded) <= 80)


#: The markers that are a button, not a box's title (meta34): above the lead, the line under a follow-us line
#: ("Theo dõi baoa.vn trên", its network's logo an image), a share or a print button is no related article's
#: title; it may be the page's headline ("Theo dõi baoa.vn trên" / "Ký kết chương trình hợp tác giữa A và B").
_BUTTONS = ("theo doi", "chia se", "in bai")


def opens_title_list(folded: str) -> bool:
    """An end marker whose box lists other articles' titles ('Tin liên quan', 'Đọc nhiều'), not a button."""
    return is_end_marker(folded) and not folded.startswith(_BUTTONS)


#: A box's title glued by the scraper to the first title listed under it (meta31): "Tin liên quanTỉnh A và
#: tỉnh B ký kết hợp tác…". An END_MARKERS row of two words or more, then a capital with no space between
#: (the capital is seen in the page's own text: the folded text has no case).
_GLUED_MARKERS = tuple(m for m, _ in sorted(END_MARKERS, key=lambda m: -len(m[0]))
                       if " " in m and m[-1].isalpha() and m != "theo doi")
_GLUED_END_RE = re.compile(r"(?:" + "|".join(re.escape(m) for m in _GLUED_MARKERS) + r")(?=[a-z])")


def glued_end_marker(raw: str, folded: str) -> bool:
    """Does the line open with an end marker glued to a capital ("Tin liên quanTỉnh A …", "Xem thêmHai huyện …")?"""
    if not folded.startswith(_GLUED_MARKERS):   # (a cheap literal test first: str.startswith in C)
        return False
    m = _GLUED_END_RE.match(folded)
    return m is not None and m.end() < len(raw) and raw[m.end()].isupper()


#: The end mark "./." closing a Vietnamese news text on its own line's end (round 41, late41a): the lines after it,
#: all short (a related-news list the scraper kept, a sidebar), are no part of the article. A linguist's table:
#: (name, the page's last lines, written for it).
END_MARK_SHAPES: tuple[tuple[str, str], ...] = (
    ("end_mark_then_sidebar", "… nâng cao đời sống cho người dân./.\n\nNăm 2030, thành phố A sẽ hoàn thành mạng lưới "
                              "nước sạch.\nThành phố A thông xe tuyến đường B vào sáng nay, 19/4."),
    ("end_mark_then_source (counter-shape: kept)", "… tại tỉnh A./.\n\n(Nguồn: Công văn số 12/SNgV ngày 28 tháng 6 "
                                                    "năm 2019 của Sở Ngoại vụ tỉnh A)\n\nTin, ảnh: Văn B"),
    ("end_mark_twice (round 44, late44b: kept)", "… giữa hai tỉnh anh em./.\n\nTriển lãm mở cửa từ ngày 7/01/2020 "
                                                  "đến hết ngày 12/01/2020./.\n\nTV A"),
    ("end_mark_then_long_text (counter-shape: kept)", "… hai bên thống nhất./.\n\n<a paragraph of 300 characters "
                                                      "or more: the text goes on, not a sidebar>"),
)
END_MARK = "./."
#: A line this long after the end mark is the text going on (a second part, a document), not a sidebar's title.
END_MARK_TAIL_MAX = 300


def end_mark_index(raws: list[str], first: int, end: int) -> int:
    """The index of the first line after the first line in ``raws[first:end]`` that ends with "./.", past the
    source and byline lines that may follow it ("(Nguồn: Công văn số … ngày …)", "Tin, ảnh: …": the article's
    own) and past a line closed by the end mark again (a last sentence the writer added after the closing, its
    own "./.": end_mark_twice, round 44), when every line from there (to ``end``) is shorter than
    END_MARK_TAIL_MAX (END_MARK_SHAPES); else ``end``."""
    for j in range(first, end - 1):
        if raws[j].rstrip().endswith(END_MARK):
            k = j + 1
            while k < end and (not raws[k].strip() or _OWN_TAIL.match(raws[k].strip())
                               or raws[k].rstrip().endswith(END_MARK)):
                k += 1   # (a line closed by the end mark again is the text's own addendum: end_mark_twice)
            if k < end and all(len(r) < END_MARK_TAIL_MAX for r in raws[k:end]):
                return k
            return end
    return end


#: Lines after the end mark that are still the article's: its source, its author, its photos' credit.
#: Not "Tin liên quan" nor "Theo dõi … trên": a related list's header and a follow-us line are the sidebar's.
_OWN_TAIL = re.compile(r"\(?\s*(?:(?:Nguồn|Theo(?!\s+dõi)|Ảnh|Bài|Tác giả|PV|CTV|Video)\b|Tin\s*(?:[,:]|và\s+ảnh\b))",
                       re.IGNORECASE)

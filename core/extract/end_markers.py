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

"""A photo's caption glued to the paragraph after it: a copy that drops the line break after a caption (a news
aggregator reprinting a wire story) writes the caption, its credit in brackets, then the paragraph, on one
line ("Ngày 10/7, đoàn thăm Bộ Thương mại. (Ảnh: Minh Anh/TTXVN) Trong khuôn khổ chuyến công tác, ngày 11/7,
đoàn …"). The words up to the credit are the caption, read as a caption (``chrome.is_caption`` reads a line
that is only one): its day is the photo's, not an occasion the paragraph reports.

Each row of :data:`GLUED_CAPTIONS` is a shape, named, with a line of my own writing. Not a credit after a
long paragraph (more than :data:`CAPTION_MAX` characters before it: that is text, which may name its photo),
nor a photo pointed at ("… như ảnh 2, 3"), nor a credit that ends its line (the whole line is a caption).
"""

from __future__ import annotations

import re

__all__ = ["CAPTION_MAX", "GLUED_CAPTIONS", "glued_caption"]

#: The most characters a caption runs to before its credit (as ``chrome.is_caption`` reads a caption line).
CAPTION_MAX = 300

#: (name, pattern on the line as written, from its start to the credit's end; a line written for it).
GLUED_CAPTIONS: tuple[tuple[str, str, str], ...] = (
    ("credit_then_paragraph", r"(?:[^()\n]|\([^()\n]{0,40}\)){20,}?\s*\((?:Ảnh|ẢNH|ảnh)\s*:[^()\n]{1,60}\)(?=\s*[A-ZÀ-ỸĐ])",
     "Lãnh đạo hai tỉnh ký kết biên bản ghi nhớ. (Ảnh: Minh Anh/TTXVN) Trong chuyến thăm, hai bên trao đổi về hợp "
     "tác du lịch."),
)
_GLUED = [re.compile(p) for _, p, _ in GLUED_CAPTIONS]


def glued_caption(raw: str, folded: str | None = None) -> int | None:
    """Where a caption glued to the paragraph after it ends (after its credit) on the line ``raw``, or None.
    ``folded``: the line folded character by character, if the caller has it (one look for "(anh" then
    stands for the three cases of "(Ảnh"; :func:`article.parse_article` asks only of a caption line,
    ``chrome.is_caption``, or of a line too long for one)."""
    if folded is not None:   # (a cheap literal test first, where the credit may open: not the whole line)
        if "(anh" not in folded[:CAPTION_MAX + 1]:
            return None
    elif not any(w in raw[:CAPTION_MAX + 1] for w in ("(Ảnh", "(ảnh", "(ẢNH")):
        return None
    for rx in _GLUED:
        if (m := rx.match(raw, 0, CAPTION_MAX + 70)) is not None and raw.rfind("(", 0, m.end()) <= CAPTION_MAX:
            return m.end()   # (the credit opens within CAPTION_MAX characters; a capital after it: the paragraph)
    return None

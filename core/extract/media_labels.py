"""A headline's media label: "VIDEO: …", "ẢNH: …", "INFOGRAPHIC: …" (late37a). It reads like an agency's
tag ("VOV.VN - ", "LSO-"), a word in capitals and a colon or a dash, but says what the page holds, not who
wrote it: a headline opening with it is still a headline. An agency's tag before a long line is one of the
signs of a lead (:func:`.chrome.is_leadlike`); a media label is not, so a long headline with a stamp glued
to its end ("VIDEO: Đoàn y tế tỉnh A kết thúc đợt hỗ trợ TP B21/10/2021 - 16:20:00") stays the headline,
and its stamp the page's. A lead is still told by its own opening after the label ("VIDEO: Sáng 5/3, …").

| label (folded, before ":" or a dash)   | example                                           |
|----------------------------------------|---------------------------------------------------|
| video, clip                            | "VIDEO: Hai tỉnh A và B ký kết hợp tác"            |
| anh, photo, tin anh, phong su anh      | "ẢNH: Tỉnh A đón đoàn đại biểu tỉnh B"             |
| infographic, info                      | "INFOGRAPHIC: Kết quả hợp tác giữa A và B"         |
| podcast, emagazine, e-magazine, longform, megastory | "EMAGAZINE: Hai tỉnh kết nghĩa 50 năm" |
| truc tiep, live                        | "TRỰC TIẾP: Lễ ký kết hợp tác giữa tỉnh A và B"    |
| NOT: an agency's tag                   | "VOV.VN - Sáng 5/3, …", "LSO- …" (still a tag)     |
"""

from __future__ import annotations

import re

from ..scan import fast_fold

__all__ = ["MEDIA_LABELS", "is_media_label"]

#: (folded label, example)
MEDIA_LABELS: tuple[tuple[str, str], ...] = (
    ("video", "VIDEO: Hai tỉnh A và B ký kết hợp tác"),
    ("clip", "CLIP: Tỉnh A tiễn đoàn y tế sang tỉnh B"),
    ("anh", "ẢNH: Tỉnh A đón đoàn đại biểu tỉnh B"),
    ("photo", "PHOTO: Tỉnh A đón đoàn đại biểu tỉnh B"),
    ("tin anh", "TIN ẢNH: Hai tỉnh giao lưu văn nghệ"),
    ("phong su anh", "PHÓNG SỰ ẢNH: Hai tỉnh giao lưu văn nghệ"),
    ("infographic", "INFOGRAPHIC: Kết quả hợp tác giữa A và B"),
    ("info", "INFO: Kết quả hợp tác giữa A và B"),
    ("podcast", "PODCAST: Chuyện kết nghĩa của hai tỉnh"),
    ("emagazine", "EMAGAZINE: Hai tỉnh kết nghĩa 50 năm"),
    ("e-magazine", "E-MAGAZINE: Hai tỉnh kết nghĩa 50 năm"),
    ("longform", "LONGFORM: Hai tỉnh kết nghĩa 50 năm"),
    ("megastory", "MEGASTORY: Hai tỉnh kết nghĩa 50 năm"),
    ("truc tiep", "TRỰC TIẾP: Lễ ký kết hợp tác giữa tỉnh A và B"),
    ("live", "LIVE: Lễ ký kết hợp tác giữa tỉnh A và B"),
)
_LABEL = re.compile(r"\s*\[?(?:" + "|".join(re.escape(w) for w, _ in sorted(MEDIA_LABELS, key=lambda r: -len(r[0])))
                    + r")\]?\s*[-–—:|]\s*")


def is_media_label(raw: str, tag_end: int) -> bool:
    """Is the agency tag that ends at ``tag_end`` a media label ("VIDEO: ", "ẢNH - ")?"""
    return 0 < tag_end <= 20 and _LABEL.fullmatch(fast_fold(raw[:tag_end])) is not None

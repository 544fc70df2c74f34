"""An image's file name or path on a line of its own, blanks and folders in it (round 56, the lead; asked by
:func:`hoptac.core.extract.chrome.junk_reason`).

A photo pasted from a word processor into a portal leaves its path on a line ("C:\\Users\\A\\Pictures\\IMG_0828.jpg");
some portals print a photo's file, named as its caption, instead of the caption ("Lễ ký kết giữa hai xã.jpg"). Such a
line is no part of the article: no sentence, and its words (a place, a day in a file's name) are not the text's.

===========================  =====================================================  ===================
shape (folded)               example (written for this table)                       read
===========================  =====================================================  ===================
``image_path``               "D:\\Tai lieu\\Anh hoi nghi\\Content.Word\\DSC_1204.jpg"     chrome
``image_named``              "Lãnh đạo hai xã trao biên bản kết nghĩa.jpg"          chrome
NOT: a sentence before it    "Hai tỉnh ký kết biên bản. Ảnh tại trang abc.jpg"      text (a stop, a blank)
NOT: a name without a blank  "DSC_1204.JPG"                                         JUNK_LINES' row '1.JPG'
===========================  =====================================================  ===================

A line qualifies when it ends with an image's extension, holds a blank, is at most 300 characters, and holds no
sentence stop before the extension (a dot inside a name, "Content.Word", is no stop: none has a blank after it).
"""

from __future__ import annotations

import re

from ..messages import M_

__all__ = ["IMAGE_ENDS", "WHY_IMAGE_PATH", "is_image_path"]

IMAGE_ENDS = (".jpg", ".jpeg", ".png", ".gif", ".webp", ".bmp")
_FILE_PATH = re.compile(r"(?:[^\n.!?;]|\.(?! ))*\.(?:jpe?g|png|gif|webp|bmp)")
WHY_IMAGE_PATH = M_("an image's file name or path: 'C:\\Users\\A\\IMG_0828.jpg', 'Lễ ký kết.jpg'")


def is_image_path(folded: str) -> bool:
    """Is the folded line an image's file name or path with a blank in it (the table above)?"""
    return folded.endswith(IMAGE_ENDS) and " " in folded and len(folded) <= 300 and bool(_FILE_PATH.fullmatch(folded))

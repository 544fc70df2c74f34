"""The small line tests :func:`.article.parse_article` reads a page with: a related article's card, an address
slug, the lead's first words standing for a missing headline, a dated headline over its stamp, a photo credit off the
headline, a glued listing date. Split out of :mod:`.article` (round 32) to keep that module under ~400 lines; the names
are re-exported there."""

from __future__ import annotations

import datetime as _dt
import re

from .chrome import CAPTION_OPENINGS, ABBREVIATION_END, PHOTO_CREDIT, agency_tag_end
from .inside_markers import sentence_line as _sentence_line
from .page_lines import _Line, _stamp

__all__ = ["HEADLINE_OVER_STAMP_MAX", "TRAILING_STAMP_LINES"]


def _card_title(raw: str) -> bool:
    """A related article's card: its title printed twice on one line (the link and the picture's
    text), "Hai tỉnh ký kết hợp tác du lịch Hai tỉnh ký kết hợp tác du lịch"; the paragraph after it
    is the card's summary, not the article's text."""
    t = raw.strip()
    half = len(t) // 2
    return len(t) >= 41 and len(t) % 2 == 1 and t[half] == " " and t[:half] == t[half + 1:]


def _slug_start(raw: str) -> bool:
    """A line opening with a page's address slug: lower case, no accents ("ban giao cong trinh …")."""
    t = raw.lstrip()[:24]
    return len(t) >= 12 and t.isascii() and t[:1].islower()


#: How many lines under the article (its byline, then its stamp) are searched for the page's
#: stamp when none stands above the lead: "… nhiều nội dung.\nThu Hằng\n12/03/2020 08:15".
TRAILING_STAMP_LINES = 3


#: A source's tag after a photo's caption glued to the lead: "<caption> (Baomau.vn) - Sáng 17/12, …".
_GLUED_SOURCE_TAG = re.compile(r"\((?:[\w-]+\.)+(?:vn|com|net|org)\)\s*[-–—]\s*", re.IGNORECASE)


def _short_title(raw: str) -> str:
    """The lead's first words standing for a missing headline (after a caption glued before its tag)."""
    s = raw[agency_tag_end(raw):]
    if (tag := _GLUED_SOURCE_TAG.search(s, 0, 120)) is not None:
        s = s[tag.end():]
    for m in re.finditer(r"[.!?…](?:\s|$)", s):  # the first sentence ("Tại TP. Pleiku …" goes on)
        if not (s[m.start()] == "." and ABBREVIATION_END.search(s, max(0, m.start() - 5), m.start() + 1)):
            s = s[:m.start()]
            break
    if len(s) > 110:
        s = s[:110].rsplit(" ", 1)[0].rstrip(" ,;:") + "…"
    return s.strip()


#: A headline may open with a date ("Ngày 5/12: Huyện A đón đoàn huyện B"), and then reads like a
#: lead; it is told by its length, its missing full stop and the stamp printed under it.
HEADLINE_OVER_STAMP_MAX = 160


def _headline_over_stamp(top: list[_Line], i: int, first: bool = False) -> bool:
    """Is the lead-like line ``i`` a headline: short, not a sentence, first of the page's text and
    followed by a publication stamp? A headline written as a sentence, closed by a full stop, is one too when
    it is the page's first text (``first``: only chrome above it), its stamp has a clock time, and a paragraph
    follows the stamp (:data:`_CLOCK`: "Hai tỉnh ký kết chương trình hợp tác giai đoạn 2024 - 2028." /
    "Thứ Ba, 19/4/2022 - 08:30" / "Chiều 18/4, …"): a lead has no stamp between it and the next paragraph."""
    ln = top[i]
    if len(ln.raw) > HEADLINE_OVER_STAMP_MAX or i + 1 >= len(top):
        return False
    nxt = top[i + 1]
    sentence = _sentence_line(ln)
    if sentence and not (first and ln.raw.rstrip()[-1:] == "." and len(nxt.raw) < 80 and _CLOCK.search(nxt.raw)):
        return False   # (a sentence: its stamp needs a clock, the cheap test first)
    if not (len(nxt.raw) < 80 and _stamp(nxt) is not None and any(ch.isalpha() for ch in ln.raw[12:])):
        return False
    if not sentence:
        return True
    j = i + 2
    while j < min(len(top), i + 4) and len(top[j].raw) < 80 and _stamp(top[j]) is not None:
        j += 1   # (a second stamp under it, "Thứ Năm, 4/4/2024 - 08:30" / "15:08 04/04/2024": the site's and the post's)
    return j < len(top) and len(top[j].raw) >= _PARAGRAPH


#: A stamp's clock time ("08:30", "16:51:08") and the length of the paragraph that follows a sentence headline's
#: stamp (the lead's), for :func:`_headline_over_stamp`.
_CLOCK = re.compile(r"(?<!\d)\d{1,2}:\d{2}(?!\d)")
_PARAGRAPH = 100


def _without_credit(title: str) -> str:
    r"""``PHOTO_CREDIT.sub("", re.sub(r"^null\s+", "", title))``: a scraper's "null " and a photo
    credit off the headline, each regex run only where its words are."""
    if title.startswith("null"):
        title = re.sub(r"^null\s+", "", title)
    # (the words PHOTO_CREDIT needs, case-sensitive; "Nguồn ảnh" holds "ảnh": a headline with none
    # has no credit to cut, and the pattern, no literal first, is not run over it)
    if "Ảnh" in title or "ảnh" in title or "ẢNH" in title or "Photo" in title:
        cut = PHOTO_CREDIT.sub("", title)
        # ... and the dash or bar that joined the credit to the caption ("… tại TP.HCM - Ảnh: N.T." → "… tại TP.HCM")
        return cut.rstrip(" -–—|") if cut != title else cut
    return title


def _listed(g: re.Match) -> _dt.datetime | None:
    """The listing date a glued date names, or None where it names no day ("31/2/2024Chiều nay …": no
    listing date, the line read as it is)."""
    try:
        return _dt.datetime(int(g["y"]), int(g["m"]), int(g["d"]))
    except ValueError:
        return None


def credited_caption(raw: str) -> bool:
    """caption_credit (round 56, late56b): a scene's caption with its photo credit ("Quang cảnh buổi làm việc - Ảnh:
    Báo A", "Toàn cảnh hội nghị (Ảnh: Minh Anh)": a view of the room, which tells no party) is never the headline: a
    page whose only line above the lead is one gets the title a page without a headline gets (its lead's opening).
    A caption that tells the occasion ("Đoàn tỉnh A trao quà tỉnh B - Ảnh: K.N") still stands for a missing
    headline, its credit cut (PHOTO_CREDIT), and a scene's words without a credit stay as they were. The pattern
    runs only on a line that opens with a scene word (chrome's caption openings)."""
    if raw.startswith(CAPTION_OPENINGS):
        cut = PHOTO_CREDIT.search(raw)
        return cut is not None and bool(raw[:cut.start()].strip(" -–—|:"))
    return False

"""A related article's title glued to the body's last line: the article's last sentence ends ("… hợp tác./.",
"… trong thời gian tới.") and a title follows on the same line with no full stop of its own ("… thời gian
tới. Khai mạc Tuần Văn hóa - Du lịch hai tỉnh năm 2025"). A scraper that drops the line break between the
text and the related-news list writes this; the title's years ("năm 2025", "Festival … 2025") name another
article's occasion, not the page's: the fragment is read as a teaser (no cue, no date, no bound).

Found by the year probe (``scripts/year_probe.py``): such a title naming next year's occasion glued to the
last line turned 131 of 537 main years wrong. :data:`SHAPES`: the shapes, each with a line written for it.
Not a fragment that goes on a sentence (a comma in it) or that dates a day (left to
:mod:`~hoptac.core.extract.listing_dates`). A page cut short in its last sentence loses that sentence's
cues at worst ("… ký kết. Hai bên thống nhất tổ chức Tuần văn hóa năm 2024" cut there): a year unknown,
never a wrong one."""

from __future__ import annotations

import re

from ..scan import fast_fold

__all__ = ["DATED_THEN_TITLE", "SHAPES", "UNFINISHED", "glued_title", "unfinished_tail", "unfinished_lead_tail"]

#: (name, a last line written with the shape).
SHAPES: tuple[tuple[str, str], ...] = (
    ("after_end_mark", "Hai bên thống nhất tăng cường hợp tác./. Khai mạc Tuần Văn hóa - Du lịch hai tỉnh năm 2025"),
    ("after_full_stop", "Hai bên thống nhất tăng cường hợp tác. Festival Hoa Ban Điện Biên 2025 thu hút du khách"),
    ("after_quote", "Ông A nhấn mạnh: “Hai tỉnh cần chung tay.” Hội nghị tổng kết hợp tác năm 2024 giữa hai huyện"),
)
#: (name, a last line written with the shape): a last line left unfinished -- the page cut short mid-sentence,
#: or a source line, with a title glued after it and no end mark between ("… phát triển du lịch với các địa
#: phương trong c Khai mạc Tuần Văn hóa - Du lịch hai tỉnh năm 2025"). What follows its last sentence end
#: cannot be read as the page's own sentence: its years give no cue (:func:`unfinished_tail`).
UNFINISHED: tuple[tuple[str, str], ...] = (
    ("cut_then_title", "Hai bên đã ký kết. Liên kết vùng phát triển du lịch giữa hai tỉnh và với các địa phương "
                       "trong c Khai mạc Tuần Văn hóa - Du lịch hai tỉnh năm 2025"),
    ("source_then_title", "(Nguồn: Cổng thông tin tỉnh A) Khai mạc Tuần Văn hóa - Du lịch hai tỉnh năm 2025"),
    ("same_day_cut", "Cùng ngày, đoàn thăm khu di tích và hai cơ sở sản xuất sản phẩm OCOP của xã nước m Khai mạc "
                     "Tuần Văn hóa - Du lịch hai tỉnh năm 2025"),
)
#: (name, a last line written with the shape): a last sentence that dates a day, cut short, and a title glued after
#: it (:func:`unfinished_tail`, round 20): the title from its first capital word after a lower-case one is the teaser.
DATED_THEN_TITLE: tuple[tuple[str, str], ...] = (
    ("day_then_cut_title", "Chiều cùng ngày (14-3), đoàn đã đến thăm khu công nghiệp và thành phố mới Vạn Tườ "
                           "Khai mạc Tuần Văn hóa - Du lịch hai tỉnh năm 2025"),
    ("dated_clause_then_cut_title", "Hai bên thực hiện thỏa thuận ký ngày 10/5/2012, bảo vệ các mốc giới và hệ th "
                                    "Hội nghị tổng kết hợp tác giữa hai huyện năm 2025"),
    ("names_then_cut_title", "Sau lần đầu tổ chức tại tỉnh Đắk Nông vào tháng 4/2021, Ngày hội văn hóa các dân tộc "
                             "vùng biên Việt Nam - Campuchia năm nay thu hút đông đảo bà con hai bên tham gia và "
                             "Hội nghị tổng kết hợp tác giữa hai huyện năm 2025"),
)
#: A day with its number ("ngày 5", "5/3"; not "Cùng ngày, …"): a listing's date, left to listing_dates.
_DATED = re.compile(r"\b[Nn]gày\s+\d|\d{1,2}\s*[/.-]\s*\d{1,2}")
#: The line ends on a year, as a title does ("… năm 2025"); a sentence cut short ends mid-way ("… năm 2025 ước").
_YEAR_AT_END = re.compile(r"(?<!\d)(?:19|20)\d\d$")
#: Where a sentence ends, then a capital letter: ". ", "./. ", "! ", "?” ".
_END_AS_WRITTEN = r"(?:\./\.|[.!?…])[\"”»)]?\s+(?=[^\W\d_])"
#: The same, its punctuation first (a class the engine skips to; "./." as "." then "/." after a "."): same matches.
_END = re.compile(r"[.!?…](?:(?<=\.)/\.)?[\"”»)]?\s+(?=[^\W\d_])")
_FINAL = ".!?…\"”»):;,/"
_DAY = re.compile(r"\b(?:[Nn]gày|\d{1,2}\s*[/.-]\s*\d{1,2})")
MIN_WORDS, MAX_WORDS = 4, 25   # (a title has four words at least: not "Xin cảm ơn")


def glued_title(raw: str, start: int) -> tuple[int, int] | None:
    """The span (in the page) of a title glued after the last sentence of the line ``raw`` that starts at
    ``start``, or None."""
    line = raw.rstrip()
    if not line or line[-1] in _FINAL:
        return None
    last = None
    for last in _END.finditer(line):
        pass
    if last is None:
        return None
    frag = line[last.end():]
    if not frag[:1].isupper() or "," in frag or _DAY.search(frag):
        return None
    if not MIN_WORDS <= len(frag.split()) <= MAX_WORDS:
        return None
    return start + last.end(), start + len(line)


def unfinished_tail(raw: str, start: int) -> tuple[int, int] | None:
    """The span (in the page) of the unfinished tail of a last line ``raw`` (starting at ``start``) that ends with
    no end mark but a year: from its last sentence end (or its start) to its end, when that tail names no day
    (:data:`UNFINISHED`); from the title's glue point when it does (:func:`_glued_after_day`); None otherwise.
    Not for the lead's own line (the caller's)."""
    line = raw.rstrip()
    if not _YEAR_AT_END.search(line, max(0, len(line) - 4)):   # (the year's four digits end the line)
        return None
    last = None
    for last in _END.finditer(line):
        pass
    lo = last.end() if last is not None else len(line) - len(line.lstrip())
    frag = line[lo:]
    if _DATED.search(frag):
        return _glued_after_day(line, lo, start)
    return start + lo, start + len(line)


#: Words after which a capital word is a name, not a title glued on ("tỉnh Champasak", "ông Phoxay"): a level
#: word or a form of address (folded).
NAME_OPENERS = frozenset({"tinh", "huyen", "xa", "pho", "tp", "thi", "quan", "phuong", "tran", "ban", "thon", "lang",
                          "cum", "khu", "ong", "ba", "ngai", "chi", "dong", "chu", "vung", "nuoc", "song", "nui"})


def _glue_points(line: str, after: int):
    """Where a title glued to a sentence cut short may start, in order: each capital word after ``after`` that follows
    a lower-case word other than a name's opener ("… bảo vệ nguyên trạng hệ th Khai mạc Tuần … năm 2024")."""
    i = line.find(" ", after)
    while i != -1 and i + 1 < len(line):
        prev = line[line.rfind(" ", after, i) + 1:i]
        if (line[i + 1].isupper() and prev[:1].islower() and prev[-1:].isalpha()
                and fast_fold(prev) not in NAME_OPENERS):
            yield i + 1
        i = line.find(" ", i + 1)


def _glued_after_day(line: str, lo: int, start: int) -> tuple[int, int] | None:
    """A last sentence cut short that dates a day ("Sáng nay (22-6), đoàn đã đến thăm … thành phố mới Bình Dươn
    Khai mạc Tuần Văn hóa - Du lịch hai tỉnh năm 2014"; round 20): the day and its clause are the page's, the
    title glued after them is not. The span from the first capital word after a lower-case one that follows the
    sentence's last day, comma and semicolon, when it runs to the year with four to 25 words (:data:`DATED_THEN_TITLE`);
    None otherwise. A real clause cut exactly after a year loses its cue at worst: a year unknown, never a wrong one."""
    after = lo
    for m in _DATED.finditer(line, lo):
        after = m.end()
    cut = max(line.rfind(",", after), line.rfind(";", after))
    after = max(after, cut + 1)
    # the first glue point within 25 words of the year: a cut sentence's own names ("… Ngày hội văn hóa vùng biên
    # Việt Nam - Campuchia … tham gia và Hội nghị tổng kết … năm 2025") are capitals after a lower-case word too
    g = next((g for g in _glue_points(line, after) if len(line[g:].split()) <= MAX_WORDS), None)
    if g is None or len(line[g:].split()) < MIN_WORDS:
        return None
    return start + g, start + len(line)


def unfinished_lead_tail(raw: str, start: int) -> tuple[int, int] | None:
    """The page's one paragraph, lead and all, cut short with a title glued on ("Chiều qua (21-6), đoàn … đã thăm …
    . … Sáng nay (22-6), đoàn đã đến thăm … Bình Dươn Khai mạc Tuần … năm 2014"; round 20): the tail as
    :func:`unfinished_tail` gives it, when two sentences at least end before it (the lead's own sentence is never
    the tail); None otherwise."""
    span = unfinished_tail(raw, start)
    if span is None or sum(1 for m in _END.finditer(raw, 0, span[0] - start)) < 2:
        return None
    return span


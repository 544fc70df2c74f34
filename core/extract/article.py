"""An article as scraped: headline, publication time, and body versus boilerplate.

Scraped pages carry much that is not the article: banners and bylines above it,
related-article lists, share buttons, visitor counters and comment forms below it,
image file names and a lead paragraph printed twice inside it. Events come from
the body only, so :func:`parse_article` marks

* ``title``: the headline (not "image banner", "admin" or a byline);
* ``published``: the page's publication time when its header gives one;
* ``body_span``: where the article's own text starts and ends;
* ``boilerplate``: spans inside and around it that are not the article.

The whole original text is kept for display; the spans are offsets into it.

The rules are tables below: the markers that end an article (``END_MARKERS``),
the lines that are never the article (``JUNK_LINES``), the publication-time forms
(``PUBLISHED_FORMS``).
"""

from __future__ import annotations

import datetime as _dt
import re
from dataclasses import dataclass, field

from ..scan import fast_fold
from ..text import fold_query

__all__ = ["Article", "parse_article", "END_MARKERS", "JUNK_LINES", "PUBLISHED_FORMS"]


# A line that starts with one of these (folded, so accents and case do not matter)
# ends the article: everything from it on is boilerplate.
END_MARKERS: tuple[tuple[str, str], ...] = (
    ("tin khac", "Tin khác (other news)"),
    ("tin cung chuyen muc", "Tin cùng chuyên mục (same section)"),
    ("co the ban quan tam", "Có thể bạn quan tâm (you may like)"),
    ("cac bai moi dang", "Các bài mới đăng (newer posts)"),
    ("cac bai da dang", "Các bài đã đăng (older posts)"),
    ("cac tin khac", "Các tin khác"),
    ("tin lien quan", "Tin liên quan (related)"),
    ("bai viet lien quan", "Bài viết liên quan (related)"),
    ("tin moi", "Tin mới (latest)"),
    ("tin moi nhat", "Tin mới nhất"),
    ("tin doc nhieu", "Tin đọc nhiều (most read)"),
    ("doc nhieu", "Đọc nhiều"),
    ("xem them", "Xem thêm (see more)"),
    ("chia se:", "Chia sẻ: (share)"),
    ("chia se", "Chia sẻ (share)"),
    ("thong ke truy cap", "Thống kê truy cập (visitor counter)"),
    ("viet binh luan", "Viết bình luận (comment form)"),
    ("gui binh luan", "Gửi bình luận (comment form)"),
    ("y kien ban doc", "Ý kiến bạn đọc (readers' comments)"),
    ("binh luan", "Bình luận (comments)"),
    ("tin, anh:", "Tin, ảnh: (credit line)"),
    ("tin va anh:", "Tin và ảnh: (credit line)"),
    ("tu khoa:", "Từ khóa: (tags)"),
    ("tags:", "Tags:"),
    ("in bai", "In bài (print)"),
    ("bai viet xem", "Bài viết Xem (comment widget)"),
)

_END_RE = re.compile(
    r"^(?:"
    + "|".join(
        re.escape(m) + ("" if m.endswith(":") else r"(?:\s*[:.]?\s*$|\s*:|\s+\d)")
        for m, _ in sorted(END_MARKERS, key=lambda m: -len(m[0]))
    )
    + ")"
)

# Whole lines that are never the article (folded text, full match).
JUNK_LINES: tuple[tuple[str, str], ...] = (
    (r"image banner|banner|admin|quang cao|advertisement", "page furniture: 'image banner', 'admin'"),
    (r"\S+\.(?:jpe?g|png|gif|webp|bmp)", "an image file name: '1.JPG'"),
    (r"[\d\s.…]+", "page numbers: '1 2 3 4 5 ...'"),
    (r"[{}\[\]()<>|/\\*#=_~^-]+", "a stray bracket or symbol: '{'"),
    (r"[a-z]{5,}", "a stray token without Vietnamese letters or capitals: 'fbytzltw'"),
    (r"(?:dang online|hom nay|trong tuan|tat ca|hom qua|thang nay)\s*:\s*[\d.,]+", "visitor counters"),
    (r"(?:trang chu|home)\b.*", "a breadcrumb: 'Trang chủ / Thời sự / Hợp tác'"),
    (r"(?:.*\s[/>»›|]\s){2,}.*", "a menu or breadcrumb: 'Cỡ chữ: A A A | In bài | Gửi email'"),
    (r"[^.,;:!?]{1,40}\s[>»›]\s[^.,;:!?]{1,40}", "a short breadcrumb: 'Tin tức > Tin trong tỉnh'"),
    (r"logo|print|in bai|gui email|co chu:.*|font size.*", "page furniture: 'logo', 'In bài'"),
)
_JUNK_RE = re.compile(r"^(?:" + "|".join(p for p, _ in JUNK_LINES) + r")$")

# Publication-time forms in a page header (applied to the first lines and the title).
PUBLISHED_FORMS: tuple[tuple[str, str], ...] = (
    (r"\((?P<H>\d{1,2}):(?P<M>\d{2})\s+(?P<d>\d{1,2})/(?P<m>\d{1,2})/(?P<y>\d{4})\)", "(16:25 13/07/2019)"),
    (r"(?P<d>\d{1,2})/(?P<m>\d{1,2})/(?P<y>\d{4})\s*(?:[-|,]\s*)?(?P<H>\d{1,2}):(?P<M>\d{2})", "05/03/2022 08:10; 16/11/2016 | 16:10 GMT+7"),
    (r"(?P<H>\d{1,2}):(?P<M>\d{2})(?:\s*(?:\(GMT[+\d:]*\)|GMT[+\d:]*))?\s*(?:-\s*|,\s*|ngày\s+)?(?P<d>\d{1,2})/(?P<m>\d{1,2})/(?P<y>\d{4})", "08:10 05/03/2022"),
    (r"(?:Đăng|Cập nhật|Ngày đăng|Ngày cập nhật|Thời gian đăng|Đăng lúc)\s*(?:ngày|lúc)?\s*:?\s*(?P<d>\d{1,2})/(?P<m>\d{1,2})/(?P<y>\d{4})", "Đăng ngày 05/03/2022"),
    (r"(?:Thứ\s+(?:Hai|Ba|Tư|Năm|Sáu|Bảy|hai|ba|tư|năm|sáu|bảy)|Chủ\s+nhật|Chủ\s+Nhật|T[2-7]|CN)\s*,\s*(?:ngày\s+)?(?P<d>\d{1,2})\s*(?:tháng\s+|/)(?P<m>\d{1,2})\s*(?:năm\s+|/)(?P<y>\d{4})", "Thứ Hai, ngày 14 tháng 03 năm 2022"),
)
_PUBLISHED_RES = [re.compile(p, re.IGNORECASE) for p, _ in PUBLISHED_FORMS]

_HEADER_LINES = 8  # how far from the top a publication time is looked for


@dataclass(slots=True)
class Article:
    text: str
    title: str
    title_span: tuple[int, int]
    published: _dt.datetime | None
    body_span: tuple[int, int]
    boilerplate: list[tuple[int, int]] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)

    @property
    def body(self) -> str:
        """The body with boilerplate inside it blanked out (offsets unchanged)."""
        start, end = self.body_span
        return masked(self.text, self.boilerplate)[start:end]

    def body_masked(self) -> str:
        """The whole text with everything but the body blanked (offsets unchanged)."""
        start, end = self.body_span
        spans = [(0, start)] + list(self.boilerplate) + [(end, len(self.text))]
        return masked(self.text, spans)

    def lead_span(self) -> tuple[int, int]:
        """The first paragraph of the body."""
        start, end = self.body_span
        body = self.body_masked()
        i = start
        while i < end and body[i].isspace():
            i += 1
        j = body.find("\n", i)
        return (i, end if j == -1 or j > end else j)


def masked(text: str, spans: list[tuple[int, int]]) -> str:
    """``text`` with each span replaced by spaces (newlines kept)."""
    if not spans:
        return text
    out: list[str] = []
    pos = 0
    n = len(text)
    for s, e in sorted(spans):
        s, e = max(s, pos), min(e, n)
        if e <= s:
            continue
        out.append(text[pos:s])
        out.append("\n".join(" " * len(part) for part in text[s:e].split("\n")))
        pos = e
    out.append(text[pos:])
    return "".join(out)



@dataclass(slots=True)
class _Line:
    start: int
    end: int
    raw: str
    folded: str

    @property
    def blank(self) -> bool:
        return not self.folded


def _lines(text: str) -> list[_Line]:
    out = []
    pos = 0
    folded_text = fast_fold(text)  # same length: one fold for the whole page
    for raw in text.split("\n"):
        end = pos + len(raw)
        stripped = raw.strip()
        lead = len(raw) - len(raw.lstrip())
        s = pos + lead
        out.append(_Line(s, s + len(stripped), stripped, " ".join(folded_text[s:s + len(stripped)].split())))
        pos = end + 1
    return out


def _is_junk(line: _Line) -> bool:
    if len(line.folded) > 160:  # junk is short: banners, file names, counters, menus
        return False
    if _JUNK_RE.match(line.folded):
        # "[a-z]{5,}" must not eat a real one-word line with capitals or accents
        if re.fullmatch(r"[a-z]{5,}", line.folded) and line.raw != line.raw.lower():
            return False
        if re.fullmatch(r"[a-z]{5,}", line.folded) and line.raw != line.folded:
            return False
        return True
    return False


_WORD = re.compile(r"\w+")


def _looks_like_byline(line: _Line) -> bool:
    """'Ánh Tuyết', 'H. Hải', 'Hương Thu (TTXVN)', 'PV': a short name line."""
    raw = re.sub(r"\s*\([^)]*\)\s*$", "", line.raw).strip()
    if not raw or len(raw) > 40 or raw.endswith((".", ":", ";", ",")) and not re.fullmatch(r"(?:[A-ZĐ]\.\s*)+\w+", raw):
        return False
    words = raw.replace(".", ". ").split()
    if not 1 <= len(words) <= 5:
        return False
    return all(w[0].isupper() for w in words if w[0].isalpha())


def _is_title(line: _Line) -> bool:
    if line.blank or _is_junk(line) or _looks_like_byline(line):
        return False
    words = line.raw.split()
    if parse_published(line.raw) is not None:
        words = _strip_time(line.raw).split()
        if len(words) < 4 or words[0].rstrip(":").lower() in ("cập", "đăng", "ngày", "thứ", "thời"):
            return False
    return len(words) >= 4


_MAYBE_DATE = re.compile(r"\d{1,2}\s*(?:/|tháng)", re.IGNORECASE)


def parse_published(s: str) -> _dt.datetime | None:
    if not _MAYBE_DATE.search(s):
        return None
    for rx in _PUBLISHED_RES:
        m = rx.search(s)
        if not m:
            continue
        g = m.groupdict()
        try:
            return _dt.datetime(int(g["y"]), int(g["m"]), int(g["d"]), int(g.get("H") or 0), int(g.get("M") or 0))
        except (ValueError, TypeError):
            continue
    return None


def _strip_time(title: str) -> str:
    for rx in _PUBLISHED_RES:
        title = rx.sub("", title)
    return re.sub(r"\s{2,}", " ", title).strip(" -|–")


def parse_article(text: str) -> Article:
    lines = _lines(text)
    nonblank = [ln for ln in lines if not ln.blank]
    boilerplate: list[tuple[int, int]] = []
    warnings: list[str] = []

    # -- headline ----------------------------------------------------------------
    title_line = next((ln for ln in nonblank[:12] if _is_title(ln)), nonblank[0] if nonblank else None)
    if title_line is None:
        return Article(text, "", (0, 0), None, (0, 0), [], ["empty"])
    title = _strip_time(title_line.raw)
    if len(title) > 300:
        title = title[:297].rstrip() + "…"

    # -- publication time: header lines and the headline ----------------------------
    published = None
    header = [ln for ln in lines if ln.end <= title_line.start] + [title_line]
    after = [ln for ln in nonblank if ln.start > title_line.end][:_HEADER_LINES]
    for ln in header + after[:3]:
        published = parse_published(ln.raw)
        if published:
            break

    # junk before the headline ("image banner", "admin")
    for ln in header[:-1]:
        if not ln.blank:
            boilerplate.append((ln.start, ln.end))

    # -- body: from the first real line after the headline to the first end marker --
    body_lines = [ln for ln in nonblank if ln.start > title_line.end]
    end_index = len(body_lines)
    for k, ln in enumerate(body_lines):
        if k > 0 and _END_RE.match(ln.folded):
            end_index = k
            break
    # a byline just before the end marker (or at the very end) is not the article
    while end_index > 1 and (_looks_like_byline(body_lines[end_index - 1]) or _is_junk(body_lines[end_index - 1])):
        end_index -= 1
    kept = body_lines[:end_index]
    # lines at the top that are page furniture ("admin", a date line, a byline)
    while kept and (_is_junk(kept[0]) or _looks_like_byline(kept[0]) or (parse_published(kept[0].raw) and len(kept[0].raw) < 60)):
        boilerplate.append((kept[0].start, kept[0].end))
        kept = kept[1:]
    if not kept:
        return Article(text, title, (title_line.start, title_line.end), published,
                       (title_line.end, title_line.end), boilerplate, ["no body text found"])

    body_start, body_end = kept[0].start, kept[-1].end
    # inside the body: junk lines and paragraphs printed twice
    seen: set[str] = set()
    for ln in kept:
        if _is_junk(ln):
            boilerplate.append((ln.start, ln.end))
        elif len(ln.folded) > 40 and ln.folded in seen:
            boilerplate.append((ln.start, ln.end))
        else:
            seen.add(ln.folded)
    # the headline repeated as the first body line (some sites print it twice)
    if fold_query(kept[0].raw) == fold_query(title_line.raw):
        boilerplate.append((kept[0].start, kept[0].end))
    if body_end < len(text):
        boilerplate.append((body_end, len(text)))
    boilerplate.sort()
    return Article(text, title, (title_line.start, title_line.end), published, (body_start, body_end),
                   _merge(boilerplate), warnings)


def _merge(spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    out: list[tuple[int, int]] = []
    for s, e in sorted(spans):
        if out and s <= out[-1][1] + 1:
            out[-1] = (out[-1][0], max(out[-1][1], e))
        else:
            out.append((s, e))
    return out

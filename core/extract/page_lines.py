"""The lines of a page (where each is, as written and folded) and the verdicts
:func:`~hoptac.core.extract.article.parse_article` asks of each: junk, chrome, a time
stamp, a sentence that goes on in the next line, a page wrapped at a fixed width."""

from __future__ import annotations

import re

from ..messages import M_
from ..scan import _DECODE as _CODE_CHARS, fold_page, fold_page_coded
from ..text import page_code
from .section_labels import is_section_label, province_names
from .chrome import is_banner, is_end_marker, is_leadlike, junk_reason, looks_like_byline
from .site_controls import control_reason
from .slogan_marquee import is_marquee
from .header_mottos import is_motto
from .stamps import parse_stamp, stamp_span


#: A slogan in a site's header: a line of capitals longer than most headlines ("TĂNG CƯỜNG
#: ĐOÀN KẾT; PHÁT HUY …; XÂY DỰNG TỈNH … GIÀU MẠNH, VĂN MINH" of 20 words and more) that
#: chains exhortations: a semicolon between them, or a list of virtues ("ĐOÀN KẾT, DÂN CHỦ,
#: KỶ CƯƠNG"). A headline in capitals is one clause, however long a government portal prints
#: it (round 19): "QUẢNG NINH - QUẢNG TÂY HỢP TÁC PHÁT TRIỂN DU LỊCH", "TỈNH A MỞ RỘNG HỢP TÁC
#: NÔNG NGHIỆP … VỚI ĐOÀN CÔNG TÁC TỈNH B (NHẬT BẢN)" of 24 words.
SLOGAN_MIN_WORDS = 20
SLOGAN_MIN_COMMAS = 2


def is_slogan(raw: str) -> bool:
    words = raw.split(None, SLOGAN_MIN_WORDS - 1)   # (only whether it has SLOGAN_MIN_WORDS words or more)
    return (len(words) >= SLOGAN_MIN_WORDS and raw.upper() == raw and sum(c.isalpha() for c in raw) >= 60
            and (";" in raw or raw.count(",") >= SLOGAN_MIN_COMMAS))


_UNSET = object()


class _Line:
    """A line of the page: where it is, as written (stripped) and folded (single-spaced);
    the verdicts of :func:`_junk`, :func:`_chrome_reason` and :func:`_stamp`, once asked (a line is judged
    by several steps). ``last``: where its last line of the page starts (two lines of a hard-wrapped page
    joined, wrapped_joins; else ``start``)."""

    __slots__ = ("start", "end", "raw", "folded", "junk", "chrome", "stamp", "last")

    def __init__(self, start: int, end: int, raw: str, folded: str) -> None:
        self.start, self.end, self.raw, self.folded = start, end, raw, folded
        self.last = start
        self.junk = self.chrome = self.stamp = _UNSET

    @property
    def blank(self) -> bool:
        return not self.folded


def _lines(text: str) -> list[_Line]:
    """The page's lines that are not blank."""
    out = []
    pos = 0
    # same length: one fold for the whole page (kept for extract_events), from the page's code
    # when text.clean made it (decoding the page): the page is not encoded twice
    code = None if text.isascii() else page_code(text)
    folded_text = fold_page(text) if code is None else fold_page_coded(text, code)
    odd = _odd_spaces(text, code)
    only = odd[0] if odd and len(odd) == 1 else None   # (most pages with one hold only the no-break space)
    for raw in text.split("\n"):
        stripped = raw.strip()
        if stripped:
            s = pos + len(raw) - len(raw.lstrip()) if stripped is not raw else pos
            folded = folded_text[s:s + len(stripped)]
            if (odd is None or "  " in folded or folded[:1] == " " or folded[-1:] == " "
                    or (odd and (only in folded if only else any(c in folded for c in odd)))):
                folded = _single_spaced(folded)
            if folded:
                out.append(_Line(s, s + len(stripped), stripped, folded))
        pos += len(raw) + 1
    return out


# The white space of the one-byte code (scan.py) other than the space and the line break,
# (byte, character); and the same for ASCII text (what str.split() splits at).
_ODD_SPACE_CODE = tuple((bytes([i]), c) for i, c in enumerate(_CODE_CHARS) if c.isspace() and c not in " \n")
_ODD_SPACE_ASCII = tuple(c for c in map(chr, range(128)) if c.isspace() and c not in " \n")


def _odd_spaces(text: str, code: bytes | None) -> tuple[str, ...] | None:
    """The white space other than the ASCII space and the line break that the page holds
    (most hold none, or only the no-break space), or None when not known. A line with none
    of them, no two spaces together and none at an end is single-spaced already
    (:func:`_single_spaced` asks each line ``isprintable``, a look-up in the Unicode database
    a character): asked once a page, on its one-byte code (``code``:
    :func:`hoptac.core.text.page_code`, every character in the code) or its ASCII."""
    if code is not None:
        return tuple(c for b, c in _ODD_SPACE_CODE if b in code)
    if text.isascii():
        return tuple(c for c in _ODD_SPACE_ASCII if c in text)
    return None


def _single_spaced(line: str) -> str:
    """``" ".join(line.split())``, without splitting a line that is single-spaced already
    (most are: printable means no white space but the ASCII space, then no two spaces
    and none at an end leave nothing to change)."""
    if line.isprintable() and "  " not in line and line[:1] != " " and line[-1:] != " ":
        return line
    return " ".join(line.split())


def _junk(ln: _Line) -> str | None:
    why = ln.junk
    if why is _UNSET:
        f = ln.folded
        why = ln.junk = junk_reason(ln.raw, re.sub(r"^[•·]\s*", "", f) if f.startswith(("•", "·")) else f)
    return why  # type: ignore[return-value]


def _stamp(ln: _Line):
    st = ln.stamp
    if st is _UNSET:
        st = ln.stamp = parse_stamp(ln.raw)
    return st


def _chrome_reason(ln: _Line) -> str | None:
    why = ln.chrome
    if why is _UNSET:
        why = ln.chrome = _chrome_reason_of(ln)
    return why  # type: ignore[return-value]


def _chrome_reason_of(ln: _Line) -> str | None:
    """Why a line outside the article's sentences is chrome, or None."""
    why = _junk(ln)
    if why:
        return why
    if is_banner(ln.folded) or is_marquee(ln.folded):   # one greeting, or a chain of them (slogan_marquee)
        return M_("a festive banner: 'Chào mừng … 2025'")
    if is_slogan(ln.raw):
        return M_("a slogan in capitals in the site's header")
    if is_motto(ln.folded):   # "… là nhiệm vụ trung tâm, … là nhiệm vụ then chốt!" (header_mottos)
        return M_("a motto in the site's header: '… là nhiệm vụ trung tâm, … là nhiệm vụ then chốt'")
    if _stamp(ln) is not None:
        return M_("a time stamp")
    if is_doubled_label(ln.raw):
        return M_("a section label printed twice: 'Tin tức Tin tức'")
    if is_section_label(ln.folded, province_names()):   # "Văn hóa - Du lịch", "Thời sự Bình Dương"
        return M_("a section label: 'Tin tức', 'Xuất bản thông tin'")
    if (why := control_reason(ln.raw, ln.folded)) is not None:   # controls, masthead, glued crumb (site_controls)
        return why
    if is_end_marker(ln.folded):
        return M_("a page widget: 'Chia sẻ', 'Xem thêm'")
    if looks_like_byline(ln.raw) and not is_leadlike(ln.raw, ln.folded):
        return M_("a byline or label")
    return None


def is_doubled_label(raw: str) -> bool:
    """A line that is one short phrase written twice, 'Thông tin hoạt động Thông tin hoạt động':
    a site's section label or breadcrumb, printed for two layouts, never a headline."""
    words = raw.split(None, 17)   # (a paragraph is not split word by word: 18 pieces mean 18 words or more)
    n = len(words) // 2
    return 2 <= n <= 8 and len(words) % 2 == 0 and words[:n] == words[n:]


def _within(ln: _Line) -> tuple[int, int]:
    s, e = stamp_span(ln.raw)
    return ln.start + s, ln.start + e


_NOT_ALNUM = b" \t-_,.;:!?\"'()[]{}/|*"


def _continues(text: str, end: int, nxt: _Line, wrapped: bool = False) -> bool:
    """Does ``nxt`` go on with the line that ends at ``end`` (a hard-wrapped sentence: no
    stop at the end, on the very next line, and a lower-case letter next -- or any word
    on a page that is wrapped throughout)?"""
    return (text[end - 1:end] not in ".!?…:;\"”|" and (wrapped or nxt.raw[:1].islower())
            and text.count("\n", end, nxt.start) == 1)


#: A line closed by a detached dash, "Festival Thăng Long - Hà Nội 2025: Nơi di sản … -": an item of a
#: list of related titles (the site's separator), not a sentence broken at a fixed width (round 20).
_LIST_ITEM_END = (" -", " –", " —")


def _hard_wrapped(lines: list[_Line]) -> bool:
    """Is the page wrapped at a fixed width: most lines of 40-110 characters that end
    mid-sentence, each followed by the next with no blank line? (A line closed by a detached
    dash is a listed title, not a wrapped sentence: see _LIST_ITEM_END. Two lines joined, wrapped_joins,
    are measured by the last.)"""
    if len(lines) < 4:
        return False
    mid = sum(1 for a, b in zip(lines, lines[1:]) if 40 <= a.end - a.last <= 110
              and a.raw[-1:] not in ".!?…:;\"”|" and not a.raw.rstrip().endswith(_LIST_ITEM_END)
              and b.start - a.end <= 2)
    return mid >= 3 and mid >= 0.5 * (len(lines) - 1)


def _key(folded: str) -> bytes:
    """The words of a line, whatever the dashes, quotes and spaces ('–' or '-')."""
    return folded.encode("ascii", "ignore").translate(None, _NOT_ALNUM)


def _spans(chrome: list[tuple[int, int, str]]) -> list[tuple[int, int]]:
    """The chrome's (start, end, why) merged into the spans it covers (touching ones joined)."""
    out: list[tuple[int, int]] = []
    for s, e in sorted((s, e) for s, e, _ in chrome):
        if out and s <= out[-1][1] + 1:
            out[-1] = (out[-1][0], max(out[-1][1], e))
        else:
            out.append((s, e))
    return out

"""A venue's own address: the places in the parentheses after a venue name where, not who
(used by :func:`.partner_links.a_venue`).

| shape                                   | example (written for this table)                         | the places in parentheses |
|-----------------------------------------|----------------------------------------------------------|---------------------------|
| a venue, then its district and province | "tại xã Vĩnh Hòa (huyện Tân Châu, tỉnh An Giang), Hội    | venues, not partners      |
| in parentheses                          | Nông dân tỉnh A và Hội Nông dân tỉnh B ký kết …"          |                           |
| ... the venue a building of a place     | "tại trụ sở UBND xã A (huyện B, tỉnh C)"                  | venues                    |
| NOT: a place after a venue's comma      | "tại TP.HCM, tỉnh A và tỉnh B ký kết …"                   | A is a partner            |
| NOT: the place visited's address        | "thăm và làm việc tại xã A (huyện B)"                     | B is the host's           |
| NOT: a party's own aside                | "huyện Kỳ Sơn (Nghệ An) và huyện Mường Quắn (Hủa Phăn)"   | partners                  |
| a venue, then "thuộc" and its province  | "tại cửa khẩu X thuộc tỉnh A giáp tỉnh B (Campuchia), Hội | A a venue, not a partner  |
| (round 27, :func:`in_venue_address`)    | C của TP D trao quà cho …"                                |                           |
| NOT: the place visited's address        | "đến thăm và làm việc tại xã A thuộc huyện B"             | B is the host's           |
| NOT: a venue's name of more than eight  | "tại buổi lễ … (a clause) thuộc tỉnh A"                   | as before                 |
| words, or with a comma                  |                                                           |                           |

The place a trip leaves ("rời", "rời khỏi") is, like a venue, where and not who
(:func:`departed_from`, pairwide23b): "Sau hai ngày ở thủ đô, đoàn rời thành phố Viêng Chăn, đến
thăm tỉnh Luông Pha Bang" names Luông Pha Bang as the host, not Viêng Chăn. (A delegation's own
home is named as its home elsewhere: "Đoàn tỉnh A …" counts there.)

A flight's ends named in the body are where a route runs, not who cooperates (:func:`on_a_flight_route`,
pairwide23b): "Tỉnh bang A có đường bay thẳng giữa thành phố B, thủ phủ của bang, với TP.HCM" in the
body of a story about an ambassador's visit to A names no partner HCM. (When the route's opening is the
story, the headline and the lead name its ends, and they count there as before.)
"""

from __future__ import annotations

import re
from bisect import bisect_left

__all__ = ["departed_from", "flight_words", "may_leave", "in_venue_address", "in_venue_aside", "names_a_flight", "on_a_flight_route"]

# a flight route, its ends after it in the sentence: "đường bay thẳng giữa A với B", "chuyến bay A – B"
_FLIGHT_RE = re.compile(r"(?<!\w)(?:đường|tuyến|chuyến|chặng)\s+bay(?!\w)(?:\s+thẳng)?[^.!?;\n]{0,90}$", re.IGNORECASE)

_DEPARTED_RE = re.compile(r"(?<!\w)(?:rời|Rời)(?:\s+khỏi)?\s+$")


# (speed23b: the patterns open with a look-behind, and _FLIGHT_RE is case-blind, so the engine tries every
# character; each is asked only where its word stands: a match of _FLIGHT_RE holds "bay" in any case, and every
# character the case-blind "b", "a", "y" match lowers to it; one of _DEPARTED_RE holds "ời". tests/test_prefilters_*.py)


def names_a_flight(text: str) -> bool:
    """Does ``text`` (a headline) speak of a flight route?"""
    return "bay" in text.lower() and _FLIGHT_RE.search(text + " ") is not None


def flight_words(folded: str) -> list[int]:
    """Where "bay" stands in ``folded``, the page's fast fold (speed24): a case-blind "bay" of the page stands at
    one of them (the case-blind b, a, y match only b/B, a/A, y/Y, which the fold lowers in place), so a window
    that holds none of them names no flight -- on most pages the list is empty and no window is lowered."""
    out: list[int] = []
    at = folded.find("bay")
    while at >= 0:
        out.append(at)
        at = folded.find("bay", at + 1)
    return out


def on_a_flight_route(text: str, start: int, bays: list[int] | None = None) -> bool:
    """Is the mention at ``start`` an end of a flight route named before it in its sentence?
    (``bays``: :func:`flight_words` of the page's fold, when the caller has it)"""
    lo = max(0, start - 110)
    if bays is not None:
        at = bisect_left(bays, lo)   # the first "bay" of the fold at or after the window's start
        if at == len(bays) or bays[at] + 3 > start:
            return False
    return "bay" in text[lo:start].lower() and _FLIGHT_RE.search(text, lo, start) is not None


def may_leave(text: str) -> bool:
    """May a trip leave from a place of ``text``? A match of _DEPARTED_RE (case-sensitive) holds "rời" or "Rời":
    a page without either asks no mention (speed24: one page in hundreds has one)."""
    return "rời" in text or "Rời" in text


def departed_from(text: str, start: int) -> bool:
    """Is the mention at ``start`` the place a trip leaves ("rời thủ đô A, đến thăm tỉnh B")?"""
    lo = max(0, start - 14)
    return "ời" in text[lo:start] and _DEPARTED_RE.search(text, lo, start) is not None

# "tại xã A (" / "ở trụ sở UBND xã B (huyện C, ": "tại", up to ten words of the venue's name (no
# comma, no "và" / "với": "tại Hà Nội, tỉnh A và huyện B (tỉnh C)" is B's own aside), the opening
# parenthesis, perhaps other places of the aside before this one. (Ten: "tại Khu kinh tế cửa khẩu quốc tế
# Bờ Y (huyện Ngọc Hồi)", nine words, is a venue's address; eight until round 57, late57a.)
_WORD = r"(?!và\s|với\s)[^\s(),.;:]+"
# (written (?<!\w)(?:tại|Tại|ở|Ở): each first letter first, the look-behind after it; tests/test_prefilters_*.py)
_VENUE_ASIDE_RE = re.compile(r"(?:t(?<!\w.)ại|T(?<!\w.)ại|ở(?<!\w.)|Ở(?<!\w.))\s+(?P<venue>)(?:" + _WORD + r"\s+){0,9}?" + _WORD +
                             r"\s*\(\s*(?:[^()\n.;:]{1,50}[,–-]\s*)?$")


# "tại cửa khẩu quốc tế X thuộc " / "ở khu di tích Y thuộc địa phận ": "tại", up to eight words of the venue's
# name (no comma, no "và" / "với"), "thuộc", right before the mention (asked only after a literal "thuộc")
_VENUE_ADDRESS_RE = re.compile(r"(?:t(?<!\w.)ại|T(?<!\w.)ại|ở(?<!\w.)|Ở(?<!\w.))\s+(?P<venue>)(?:" + _WORD + r"\s+){1,8}?"
                               r"thuộc(?:\s+địa\s+(?:phận|bàn))?\s+$")


def in_venue_address(text: str, start: int) -> int:
    """Where the venue's name starts, after the "tại" / "ở" of a venue whose province follows "thuộc" at
    ``start`` ("tại cửa khẩu X thuộc tỉnh A"); else -1 (the place visited is the caller's to ask, as for
    :func:`in_venue_aside`)."""
    lo = max(0, start - 110)
    if text.find("thuộc", max(lo, start - 24), start) < 0:
        return -1
    m = _VENUE_ADDRESS_RE.search(text, lo, start)
    return -1 if m is None else m.start("venue")


def in_venue_aside(text: str, start: int, end: int) -> int:
    """Where the venue's name starts, after the "tại" / "ở" whose venue's parentheses ("tại xã A
    (huyện B, tỉnh C)"), closing after it, hold the mention at ``start``-``end``; else -1.
    (Whether that "tại" names a venue or the place visited, "thăm và làm việc tại xã A (huyện
    B)", is the caller's to ask.)"""
    lo = max(0, start - 120)
    opening = text.rfind("(", lo, start)
    if opening < 0 or ")" in text[opening:start]:
        return -1   # (the aside's parenthesis is the last one opened before the mention, still open)
    close = text.find(")", end, end + 60)
    if close < 0 or "(" in text[end:close] or "\n" in text[end:close]:
        return -1
    m = _VENUE_ASIDE_RE.search(text[lo:start])
    return -1 if m is None else lo + m.start("venue")

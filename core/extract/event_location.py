"""Where an event took place: the locality a sentence names as the venue ("tại …"), the
host, the place visited, or an announcement's issuer (used by :mod:`events`)."""

from __future__ import annotations

import re

from .location_shapes import (greeted_place, host_by_name, joined_host, organised_guests, sends_delegation,
                              written_province)
from .partners import choose
from ..places import PlaceMention
from ..places_match import COMMUNE_LEVELS


# Where an event took place (rules in order; folded text):
#   venue     "tại Hội trường Tỉnh ủy Thái Nguyên", "tại thành phố Yên Bái", "ở tỉnh Kep"
#   host      "UBND tỉnh Quảng Ngãi đã tiếp và làm việc với đoàn …", "tỉnh Lào Cai đã tổ chức hội nghị"
#   visited   "đến thăm và làm việc với UBND tỉnh Tây Ninh", "thăm, làm việc tại quận Lê Chân",
#             "chuyến thăm, làm việc và hội đàm với Thường trực HĐND tỉnh A"
#   issuer    an announcement's first locality: "Thành ủy Hà Nội ban hành Thông báo …"
# with the shapes of :mod:`location_shapes` (round 21): a greeting's object ("đến thăm, chúc Tết
# Thành ủy, HĐND tỉnh B"), a host named before its official ("UBND tỉnh B Nguyễn Văn C đã tiếp"),
# and a delegation's organiser ("đoàn công tác do Ban Tuyên giáo Tỉnh ủy A tổ chức"), no host
# and where they say nothing (round 19: "unknown" rather than a partner's home):
#   a venue phrase ends where the sentence goes on: "tại Liên bang Nga, ngày 23/7, đoàn tỉnh A …" is
#             not in tỉnh A (an address goes on with commas: "tại Nhà văn hóa khu A, phường B, tỉnh C")
#   two hosts: "UBND tỉnh A và tỉnh B đã tổ chức …" names no one place
#   the guests' home: "tiếp và làm việc với đoàn công tác thành phố B", "chuyến thăm của đoàn tỉnh B"
#             (B is where the delegation comes from, not the place visited)
_VENUE_RE = re.compile(r"(?:^|[\s,(])(?:tai|o)\s+(?=\S)")
#: The same past the text's start (where "^" cannot match): its blank or comma first, a class the engine skips to.
_VENUE_AFTER_RE = re.compile(r"[\s,(](?:tai|o)\s+(?=\S)")
_HOST_AFTER_RE = re.compile(r"\s*(?:\([^)]{0,30}\)\s*)?(?:da\s+|se\s+)?(?:to chuc|dang cai|don tiep|don|tiep)\b")
# what ends a venue phrase before a place: a sentence's end, another preposition, a delegation ("tại Lào
# của đoàn thành phố A": A is the guests'), or the sentence going on past a comma with a day, a time of
# day, an occasion, a person
_VENUE_ENDED_RE = re.compile(r"[.;]|\b(?:tai|o|voi|va|doan)\b|,\s*(?:ngay|sang|chieu|toi|trua|hom|nhan dip|nhan ky niem|"
                             r"trong khuon kho|dong chi|ong|ba|lanh dao)\b")
# between two hosts: "tỉnh A và tỉnh B", "UBND tỉnh A và UBND tỉnh B", "hai tỉnh A và B" (not a comma:
# "tại phường A, UBND tỉnh B tổ chức" is a venue and its host)
_JOINT_RE = re.compile(r"\s*(?:\([^)]{0,40}\)\s*)?va\s+(?:(?:ubnd|lanh dao|chinh quyen)\s+)?")
# the visited verb's object is a delegation, or the visit is someone's: the place names the guests
_GUESTS_RE = re.compile(r"\b(?:doan|phai doan|cua)\b")
_VISITED_BEFORE_RE = re.compile(r"(?:tham va lam viec|tham, lam viec|lam viec|den tham|toi tham|tham)(?:\s+va\s+hoi dam)?\s+(?:voi|tai)?\s*[^.;,]{0,30}$")


# a venue inside an aside that dates another occasion is that occasion's (round 26): "… kết quả Hội nghị
# lần thứ năm (tổ chức ngày 22/8/2022 tại Cửa Lò, Nghệ An)" does not place the working session the sentence dates
_ASIDE_DATE = re.compile(r"\bngay\s+\d|\d{1,2}/\d{1,2}\b|\bnam\s+(?:19|20)\d\d\b")


def _in_dated_aside(folded: str, at: int, s: int, date_at: int | None) -> bool:
    """Is ``at`` inside a "( … )" of the sentence (from ``s``) that holds a date of its own, and the
    event's date (at ``date_at``) outside it?"""
    opened = folded.rfind("(", s, at)
    if opened < 0 or ")" in folded[opened:at]:
        return False
    closed = folded.find(")", at, at + 120)
    end = closed if closed >= 0 else at
    if date_at is not None and opened <= date_at < max(end, at):
        return False   # the aside's own occasion: its venue is its own
    return _ASIDE_DATE.search(folded, opened, end) is not None


def _place_province(m: PlaceMention, context: set[str], places: dict | None = None) -> str | None:
    # a commune as the partners read it ("xã Trường Sơn (huyện Nông Cống)": Thanh Hóa's), else chosen by the
    # pair (round 54, commune_as_read: never a commune's homonym guessed, partner_places.choose)
    place = (places.get(m.start) if places and m.level_word in COMMUNE_LEVELS else None) or choose(m, context)
    return place.province if place is not None else None


def venues(folded: str, s: int, e: int):
    """``_VENUE_RE.finditer(folded, s, e)``: its "^" matches at 0 only, so past a match (or a miss) there the form
    with a class first finds the same."""
    pos = s
    if s == 0:
        first = _VENUE_RE.match(folded, 0, e)
        if first is not None:
            yield first
            pos = first.end()
    yield from _VENUE_AFTER_RE.finditer(folded, pos, e)


def _location(text: str, folded: str, mentions: list[PlaceMention], s: int, e: int, context: set[str],
              etype: str, date_at: int | None = None, places: dict | None = None) -> str | None:
    """'tại thành phố Yên Bái' → Yên Bái (a city or district gives its province)."""
    inside = [m for m in mentions if s <= m.start < e]
    for v in venues(folded, s, e):
        if "(" in folded[s:v.start()] and _in_dated_aside(folded, v.start(), s, date_at):
            continue   # "(tổ chức ngày 22/8/2022 tại Cửa Lò, Nghệ An)": another occasion's venue
        for j, m in enumerate(inside):
            if v.end() <= m.start <= v.end() + 60:
                gap = folded[v.end():m.start]
                if not _VENUE_ENDED_RE.search(gap):
                    return _place_province(inside[written_province(folded, inside, j)], context, places)
                break
    for i, m in enumerate(inside):
        if organised_guests(folded, s, m.start) or sends_delegation(folded, m.end, e):
            continue   # "đoàn công tác do … tỉnh A tổ chức", "tỉnh A tổ chức đoàn đi thăm": the guests' side
        if joined_host(folded, s, m.start, m.end, e, inside[i - 1].end if i else None):
            return _place_province(m, context, places)   # "UBND tỉnh A phối hợp tổ chức hội nghị"
        if _HOST_AFTER_RE.match(folded, m.end, min(e, m.end + 50)) or host_by_name(text, folded, m.end, min(e, m.end + 60)):
            if (i and _JOINT_RE.fullmatch(folded, inside[i - 1].end, m.start)
                    and _place_province(inside[i - 1], context, places) != _place_province(m, context, places)):
                return None   # "tỉnh A và tỉnh B đã tổ chức": two hosts ("quận A, TP. B": one)
            return _place_province(m, context, places)
    greeted = greeted_place(folded, s, e, [m.start for m in inside])
    if greeted is not None:
        return _place_province(inside[greeted], context, places)
    for m in inside:
        visited = _VISITED_BEFORE_RE.search(folded, max(s, m.start - 50), m.start)
        if visited and not _GUESTS_RE.search(folded, visited.start(), m.start):
            return _place_province(m, context, places)
    if etype == "announcement" and inside:
        return _place_province(inside[0], context, places)
    return None

"""Where an event took place, three more shapes of news writing (used by :mod:`event_location`).

Each shape, with an example (folded text is matched: no accents, no case, đ → d):

=================  ======================================================  ===================
shape              example                                                 the place is
=================  ======================================================  ===================
greeted            "đoàn tỉnh A đã đến thăm, chúc Tết Thành ủy, HĐND,      B: the greeting's
                   UBND tỉnh B"; "sang thăm và chúc Tết Nguyên đán         object, where the
                   Ất Tỵ năm 2025 tỉnh B"; "đến thăm, chào xã giao và      delegation went
                   chúc Tết lãnh đạo tỉnh B"
host by name       "Phó Chủ tịch UBND tỉnh B Nguyễn Văn C đã tiếp đoàn";   B: the host, named
                   "lãnh đạo tỉnh B đã long trọng đón tiếp đoàn …"         before its official
guests' organiser  "đoàn công tác do Ban Tuyên giáo Tỉnh ủy A tổ chức đã   not A: the body
                   đến thăm …" ("do A tổ chức" describes the delegation);  that sends the guests
                   "Hội … tỉnh A tổ chức đoàn đi thăm …"
joined host        "UBND tỉnh A phối hợp tổ chức hội nghị sơ kết …" (not    A: who organises,
                   "A phối hợp với B tổ chức": the golds give A or B; nor  with partners
                   "A và tỉnh B đã phối hợp tổ chức": two hosts)
province written   "đến thăm và làm việc tại huyện Mường La, tỉnh U Đôm     the province written
                   Xay (Lào)" (a district named like one at home)          after the district
=================  ======================================================  ===================

A greeting's object is the first place after the verb, in the same sentence, with no
delegation ("đoàn"), no occasion ("nhân dịp") and no other preposition between ("chúc Tết
tại …" is a venue, read by the venue rule).
"""

from __future__ import annotations

import re

# "thăm, chúc Tết", "thăm và chúc tết", "thăm, chào xã giao và chúc Tết", "thăm chúc mừng năm mới"
GREETED_RE = re.compile(r"\btham\s*(?:,|va)?\s*(?:chao xa giao\s*(?:,|va)\s*)?chuc\s+(?:tet|mung\s+nam\s+moi)\b")
# what the greeting's object may not hold before its place: a sentence's end, a delegation, an
# occasion, another preposition (the place is then a venue, a home or an occasion's)
GREETED_GAP_STOP = re.compile(r"[.;!?]|\b(?:doan|phai doan|nhan dip|dip|tai|o|cua|tu|voi|trong)\b")
GREETED_GAP_MAX = 90

# "… tỉnh B Nguyễn Thị C đã tiếp", "… tỉnh B đã long trọng đón tiếp": the verb after a name
HOST_VERB_RE = re.compile(r"\s*(?:da\s+|se\s+)?(?:long trong\s+|than mat\s+)?(?:don tiep|tiep)\b(?!\s+(?:tuc|noi|nhan|thu|can|theo|xuc|the)\b)")
NAME_WORDS_MAX = 4

# "đoàn công tác do Ban Tuyên giáo Tỉnh ủy A tổ chức", "đoàn … do ông X dẫn đầu": the clause
# describes the delegation, so the place in it is the guests' side
GUESTS_ORGANISER_RE = re.compile(r"d(?<!\w.)oan\b[^.;]{0,60}\bdo\s+([^.;,]{0,70})$")   # (\bdoan …: "d" first; test_prefilters)
# … but not once the clause has gone on to the delegation's leader or its trip ("do ông X dẫn
# đầu đã đến thăm tỉnh B": B is visited)
GUESTS_CLAUSE_ON = re.compile(r"\b(?:dan dau|truong doan|tham|lam viec|den|sang|toi)\b")


# "… tỉnh A tổ chức đoàn đi thăm …": A sends a delegation, it hosts nothing
SENDS_DELEGATION_RE = re.compile(r"\s*(?:da\s+)?to chuc\s+(?:cho\s+)?(?:mot\s+)?doan\b")
# "… tỉnh A phối hợp tổ chức …": A organises with partners (not a delegation's home: "đoàn tỉnh A
# phối hợp …"; not "A phối hợp với B tổ chức", whose place the golds give as A or as B)
JOINED_RE = re.compile(r"\s*(?:\([^)]{0,40}\)\s*)?(?:da\s+|se\s+)?phoi hop\s+(?:to chuc|dang cai)\b")
DELEGATION_BEFORE_RE = re.compile(r"\bdoan\b[^.;,]{0,40}$")
JOINT_BEFORE_RE = re.compile(r"\bva\b")
# "huyện A, tỉnh B" / "huyện A (tỉnh B)": a province-level place written right after
ADDRESS_ON_RE = re.compile(r"\s*(?:,|\()\s*")


def sends_delegation(folded: str, end: int, limit: int) -> bool:
    return SENDS_DELEGATION_RE.match(folded, end, limit) is not None


def joined_host(folded: str, s: int, start: int, end: int, e: int, before_end: int | None) -> bool:
    """'tỉnh A phối hợp tổ chức …', A no delegation's home nor the second of two joined by 'và'
    (``before_end``: where the place before A ends, if any)."""
    if JOINED_RE.match(folded, end, min(e, end + 50)) is None:
        return False
    if DELEGATION_BEFORE_RE.search(folded, max(s, start - 60), start):
        return False
    return before_end is None or not JOINT_BEFORE_RE.search(folded, before_end, start)


def written_province(folded: str, mentions: list, i: int) -> int:
    """The index of the place to read for mention ``i``: the province-level place written right after
    a district or city ("huyện Mường La, tỉnh U Đôm Xay"), else ``i``."""
    if i + 1 >= len(mentions):
        return i
    m, n = mentions[i], mentions[i + 1]
    if not m.candidates or m.candidates[0].is_province or not ADDRESS_ON_RE.fullmatch(folded, m.end, n.start):
        return i
    return i + 1 if n.candidates and n.candidates[0].is_province else i


def greeted_place(folded: str, s: int, e: int, starts: list[int]) -> int | None:
    """The index in ``starts`` (sorted place offsets inside [s, e)) of a greeting's object, or None."""
    if not starts or folded.find("chuc", s, e) < 0:
        return None   # no place to greet, or no "chúc" (every greeting holds one): the regex would find nothing
    for g in GREETED_RE.finditer(folded, s, e):
        nxt = [i for i, p in enumerate(starts) if p >= g.end()]
        if not nxt:
            return None
        i = nxt[0]
        gap = folded[g.end():starts[i]]
        if len(gap) <= GREETED_GAP_MAX and not GREETED_GAP_STOP.search(gap):
            return i
    return None


def host_by_name(text: str, folded: str, end: int, limit: int) -> bool:
    """After a place ending at ``end``: up to four capitalised words (a person's name) and then
    'đã tiếp' / 'đã long trọng đón tiếp'? (The name itself may be absent.)"""
    pos = end
    for _ in range(NAME_WORDS_MAX + 1):
        if HOST_VERB_RE.match(folded, pos, limit):
            return True
        word = re.match(r"\s+(\S+)", text[pos:limit])
        if word is None or not word.group(1)[:1].isupper():
            return False
        pos += word.end()
    return False


def organised_guests(folded: str, s: int, place_start: int) -> bool:
    """Is the place named inside 'đoàn … do … ' before its verb: the guests' organiser?"""
    m = GUESTS_ORGANISER_RE.search(folded, max(s, place_start - 130), place_start)
    return m is not None and not GUESTS_CLAUSE_ON.search(m.group(1))

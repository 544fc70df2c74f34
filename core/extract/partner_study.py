"""A study trip names its host with "tại": the words that tell it (read by :mod:`.partners`).

A delegation that comes to survey, learn or exchange experience "tại X" ("Đoàn công tác tỉnh A đã
đến trao đổi kinh nghiệm tại tỉnh B") is hosted by X: X is the second partner, not the venue of
something else (a venue scores almost nothing, and a page whose only other place is its venue
would be left with one partner). Matched on folded text (no accents, no case, đ→d).

| folded words            | example (our own)                                                      | words between |
|-------------------------|------------------------------------------------------------------------|---------------|
| khao sat                | "đoàn công tác huyện A khảo sát mô hình trồng chè tại huyện B"          | up to 16      |
| hoc tap                 | "đoàn cán bộ tỉnh A sang nghiên cứu, học tập kinh nghiệm tại tỉnh B"    | up to 16      |
| tham quan               | "đoàn lãnh đạo tỉnh A tham quan, học hỏi kinh nghiệm tại tỉnh B"        | up to 16      |
| trao doi kinh nghiem    | "đoàn công tác Tỉnh ủy A đã đến trao đổi kinh nghiệm tại tỉnh B"        | up to 8, no other "tại"/"ở" |
| hoc hoi                 | "đoàn công tác tỉnh A đến học hỏi kinh nghiệm tại tỉnh B"               | up to 8, no other "tại"/"ở" |
| tim hieu                | "đoàn công tác tỉnh A đã đến tìm hiểu kinh nghiệm làm du lịch tại tỉnh B" | up to 8, no other "tại"/"ở" |

The last three were added in round 20 (audit20a): read alone, without "đến thăm" or "khảo sát" beside
them, they left the host out ("đến thăm, trao đổi kinh nghiệm tại tỉnh B" gave one partner). Their
words may not run past another "tại"/"ở" (two provinces that "trao đổi kinh nghiệm tại hội nghị ở
Hà Nội" meet at a venue, they do not visit it).
"""

from __future__ import annotations

import re
from typing import Callable

from ..places import VIETNAM, Place, PlaceMention
from ..scan import fold_slice
from .partner_bare_delegation import GOES_ON_TO, goes_on_to   # "Đoàn sẽ trao quà … tại tỉnh B" (one home for the bare delegation)

# (folded words, example of our own)
STUDY_TRIPS: tuple[tuple[str, str], ...] = (
    ("khao sat", "đoàn công tác huyện A khảo sát mô hình trồng chè tại huyện B"),
    ("hoc tap", "đoàn cán bộ tỉnh A sang nghiên cứu, học tập kinh nghiệm tại tỉnh B"),
    ("tham quan", "đoàn lãnh đạo tỉnh A tham quan, học hỏi kinh nghiệm tại tỉnh B"),
)
EXCHANGES: tuple[tuple[str, str], ...] = (
    ("trao doi kinh nghiem", "đoàn công tác Tỉnh ủy A đã đến trao đổi kinh nghiệm tại tỉnh B"),
    ("hoc hoi", "đoàn công tác tỉnh A đến học hỏi kinh nghiệm tại tỉnh B"),
    ("tim hieu", "đoàn công tác tỉnh A đã đến tìm hiểu kinh nghiệm làm du lịch tại tỉnh B"),
)


def _words(rows: tuple[tuple[str, str], ...]) -> str:
    return "|".join(w for w, _ in rows)


# the part of partners' "visited before" pattern that ends just before "tại"/"ở" (a regex fragment)
STUDY_BEFORE = (rf"(?:{_words(STUDY_TRIPS)})(?:[\s,]+[\w-]+){{0,16}}\s+"
                rf"|(?:{_words(EXCHANGES)})(?:[\s,]+(?!(?:tai|o)\b)[\w-]+){{0,8}}\s+")
# the same, one branch a word (each opens with its word's first letter: partners' pattern gets a first-character set)
STUDY_BEFORE_BRANCHES = tuple([rf"{w}(?:[\s,]+[\w-]+){{0,16}}\s+" for w, _ in STUDY_TRIPS]
                              + [rf"{w}(?:[\s,]+(?!(?:tai|o)\b)[\w-]+){{0,8}}\s+" for w, _ in EXCHANGES])


# A delegation of the one partner found that came to a Vietnamese place to do anything there ("đoàn công tác
# tỉnh A đã đến chúc mừng Đại hội … tại tỉnh B", "… đến trao quà hỗ trợ … tại tỉnh B"): when nothing else names
# a second partner, that place hosts it (only then: a venue scores almost nothing against a partner the page
# names). The delegation or the leaders ("lãnh đạo"), then "đến"/"sang"/"tới" (not "đến nay", "sáng 5/4", "tối cùng ngày"), then "tại"/"ở"
# right before the place, in the sentence that names the partner first. (Abroad: partners._foreign_host.)
# ... or the side's body sets off for it, named so (round 58, late58c, "set_off_to"): "Hội Phụ nữ xã A đã khởi hành đi
# thăm, tặng quà ở tỉnh B", "Chi hội C huyện A lên đường đi trao quà tại tỉnh B" (the departure's verb, then
# "đi"/"đến"/"sang"/"lên"/"ra"/"vào" and the work done there); not "khởi hành từ A" (the place left) nor a place
# without "tại"/"ở" before it ("lên đường đi tỉnh B" is left to the scores).
_CAME_TO = re.compile(r"\b(?:doan|lanh dao)\b[^.;]{0,90}?\b(?:den|sang|toi)\s+(?!(?:nay|nam|ngay|het|thang|cuoi|cung|hom)\b|\d)"
                      r"[^.;]{0,90}?\b(?:tai|o)\s+$"
                      r"|\b(?:khoi hanh|len duong)\s+(?:di|den|sang|toi|len|ra|vao)\s[^.;]{0,60}?\b(?:tai|o)\s+$")
SET_OFF_TO_EXAMPLE = "Sáng 3/6, Hội Phụ nữ xã A đã khởi hành đi thăm, tặng quà ở tỉnh B."


def came_to(text: str, mentions: list[PlaceMention], places: dict[int, Place], home: str,
            a_venue: Callable[[str, PlaceMention], bool]) -> list[str]:
    """The Vietnamese venues a delegation of ``home`` came to ("đoàn … tỉnh A đã đến … tại tỉnh B", or "đoàn sẽ
    trao quà … tại tỉnh B" after a sentence that names A: :data:`GOES_ON_TO`), in order."""
    out: list[str] = []
    homes = [m.start for m in mentions if m.start in places and places[m.start].province == home]
    for m in mentions:
        place = places.get(m.start)
        if place is None or place.country != VIETNAM or place.province == home or place.province in out or not a_venue(text, m):
            continue
        lo = max(text.rfind(". ", 0, m.start), text.rfind("\n", 0, m.start)) + 1
        h = next((h for h in homes if lo <= h < m.start), None)
        if h is not None and _CAME_TO.search(fold_slice(text, lo, m.start)):
            out.append(place.province)
        elif h is None and goes_on_to(text, lo, m.start, homes):
            out.append(place.province)
    return out



# The places a delegation visits on its trip, listed after one "tại" ("Hội Nông dân tỉnh A tổ chức đoàn cán bộ
# tham quan, học tập kinh nghiệm tại tỉnh B và tỉnh C"): its hosts, each of them the sending side's partner, not
# two sides joined to each other. Without this a list after "tại" scores as "B và C ký kết …" would, and the side
# that travelled, named once before it, is left out (B – C). Read when the list's first place is visited (the
# words before its "tại"/"ở" say so: ``visited``, partners' "visited before" pattern) and a Vietnamese place of
# another province, the travellers', is named before it in the same sentence.
# (examples, our own)
COHOSTS_EXAMPLES: tuple[str, ...] = (
    "Từ ngày 3 đến 7/4, Hội Nông dân tỉnh A tổ chức đoàn 30 cán bộ tham quan, học tập kinh nghiệm tại tỉnh B và tỉnh C.",
    "Ngày 5/4, đoàn công tác huyện A đến thăm và làm việc tại tỉnh B và thành phố C.",
)


# A name in quotes between the study words and "tại X" counts as one word (round 43, late43c, "quoted_name_one_word"):
# "đoàn công tác huyện A (tỉnh B) đến học tập kinh nghiệm triển khai cuộc vận động “Toàn dân đoàn kết xây dựng nông
# thôn mới, đô thị văn minh” tại huyện C" names C as the host just as "… học tập kinh nghiệm xây dựng nông thôn mới tại
# huyện C" does; counted word by word the campaign's name ran the study words out of reach. A quoted name holds no
# full stop, semicolon or line break and is at most 160 characters (an unclosed quote is left as written).
QUOTED_NAME = re.compile(r"[“\"][^”\".;\n]{1,160}[”\"]")
QUOTED_NAME_EXAMPLE = ("Ngày 13/10, đoàn công tác huyện A (tỉnh B) đến học tập kinh nghiệm triển khai cuộc vận động "
                       "“Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh” tại huyện C.")
#: how far back the words before a venue are read (after each quoted name is one word)
BEFORE_VENUE = 110


def words_before_venue(text: str, at: int) -> str:
    """The folded words before ``at`` (a venue's "tại"/"ở" or its place) that tell whether it is visited: the last
    :data:`BEFORE_VENUE` characters, each quoted name (:data:`QUOTED_NAME`) one word."""
    near = fold_slice(text, max(0, at - BEFORE_VENUE), at)
    if "”" not in near and '"' not in near:
        return near
    wide = QUOTED_NAME.sub(" ten ", fold_slice(text, max(0, at - BEFORE_VENUE - 200), at))
    return re.sub(r"  +", " ", wide)[-BEFORE_VENUE:]


def cohosts(text: str, group: list[PlaceMention], places: dict[int, Place],
            visited: Callable[[str], bool]) -> bool:
    """Is the joined ``group`` a list of the places a delegation visits after one "tại"/"ở" (``visited`` tells
    whether the folded words before it end with a visited host's "tại"), with a Vietnamese place of another
    province named before it in its sentence?"""
    first = group[0]
    if not fold_slice(text, max(0, first.start - 5), first.start).endswith(("tai ", "o ")):
        return False
    if not visited(words_before_venue(text, first.start)):
        return False
    provs = {places[m.start].province for m in group if m.start in places}
    lo = max(text.rfind(". ", 0, first.start), text.rfind("\n", 0, first.start)) + 1
    return any(lo <= at < first.start and p.country == VIETNAM and p.province not in provs
               for at, p in places.items())


# Words before "tại X" that make X the host visited (used by :mod:`.partners`, moved here beside STUDY_BEFORE):
# "thăm và làm việc tại X", "công tác tại X": the host visited, not a venue
# ... and "chúc Tết (cổ truyền Chol Chnam Thmay) tại X": greetings are paid to X, the host
# ... and a study tour, "khảo sát, học tập kinh nghiệm tại X": X hosts the learners (partner_study)
# ... and a delegation's stay: "chuyến thăm, làm việc của Đoàn đại biểu tỉnh A tại TP.HCM" (X hosts it)
VISITED_BEFORE_AS_WRITTEN = re.compile(r"(?:(?:tham|lam viec|cong tac|den|toi|sang)\s+(?:va\s+lam viec\s+)?"
                                       r"|chuc (?:tet|mung nam moi)(?:\s+[\w-]+){0,5}\s+"
                                       r"|" + STUDY_BEFORE +
                                       r"|cua (?:cac )?doan(?:\s+[\w.-]+){1,9}\s+)(?:tai|o)\s+$")
# the same, searched (asked only whether it finds one) with each branch opening with its own word, so that sre skips
# to the letters t, l, c, d, s, k, h: the form as written gives it no first character (tests/test_prefilters_stages.py)
VISITED_BEFORE_RE = re.compile("(?:" + "|".join(
    [rf"{w}\s+(?:va\s+lam viec\s+)?" for w in ("tham", "lam viec", "cong tac", "den", "toi", "sang")]
    + [r"chuc (?:tet|mung nam moi)(?:\s+[\w-]+){0,5}\s+", *STUDY_BEFORE_BRANCHES,
       r"cua (?:cac )?doan(?:\s+[\w.-]+){1,9}\s+"]) + r")(?:tai|o)\s+$")

"""A festival named after its own city, that the page's sides take part in: the city is where, not a side (round 56,
late56a; called from :mod:`.page_partners` after the group readings).

A city's yearly festival or fair carries its name ("Ngày hội Du lịch TP.HCM", "Hội chợ OCOP Quảng Ninh"), and
other localities come to it with their booths: a page of theirs names the city only inside the festival's name,
after the word of taking part or of where ("tham gia Ngày hội Du lịch TP.HCM", "tại Ngày hội Du lịch lần thứ XV
TP.HCM"), and lists the localities that came ("các tỉnh trong cụm … gồm A, B, C, D và E vừa tham gia gian hàng
chung …"). The sides are those that came; the festival's city is the venue (the labelled pages' reading). The
scores of :mod:`.partners` give the city the headline's full points while each listed member has one, so the pair
took the city; here a party of the pair that the headline and the lead name only so is dropped, when two parties
or more remain. Its mentions in the body do not count (the city's officials speak of their festival).

| shape                                           | example (written for this table)                        | the city     |
|-------------------------------------------------|---------------------------------------------------------|--------------|
| the festival's word, up to ten words, then      | headline "Tỉnh A tham gia Hội chợ Du lịch Đà Nẵng"; lead | the venue    |
| the city, after "tham gia", "tham dự", "dự" or  | "… các tỉnh trong khối gồm A, B, C và D vừa tham gia    |              |
| "tại" (FESTIVAL_AT), in every mention of the    | gian hàng chung tại Hội chợ Du lịch lần thứ 8 Đà Nẵng"  |              |
| headline and the lead; two parties remain       |                                                         |              |
| NOT: the festival of one held in another        | "Tuần lễ vải thiều tỉnh A tại Hà Nội" (A and Hà Nội:     | a side       |
| ("… A tại B": :mod:`.partner_fairs`)            | the fair's owner and its host market)                   |              |
| NOT: the city named otherwise too               | "UBND TP. Đà Nẵng phối hợp với các tỉnh A, B, C …"       | a side       |
| NOT: one other party only                       | "Tỉnh A tham gia Hội chợ Du lịch Đà Nẵng", no list       | kept (a pair |
|                                                 |                                                         | needs two)   |
"""

from __future__ import annotations

import re

from ..scan import fold_slice
from .partner_fairs import FAIR_WORDS

__all__ = ["FESTIVAL_AT", "drop_festival_city"]

# the words right before the festival's word that make the city's festival the occasion taken part in, or where
# (folded; example written for this table)
#   (folded word, example)
FESTIVAL_AT: tuple[tuple[str, str], ...] = (
    ("tham gia", "Tỉnh A tham gia Hội chợ Du lịch Đà Nẵng"),
    ("tham du", "đoàn tỉnh A tham dự Lễ hội Pháo hoa Quốc tế Đà Nẵng"),
    ("du", "đoàn tỉnh A dự Festival Hoa Đà Lạt"),
    ("tai", "gian hàng chung tại Ngày hội Du lịch lần thứ XV TP.HCM"),
)
_NAMED_RE = re.compile(r"(?<!\w)(?:" + "|".join(w for w, _ in FESTIVAL_AT) + r")\s+(?:" +
                       "|".join(w for w, _ in FAIR_WORDS) + r")(?:\s+[\w-]+){0,10}\s*$")
# the festival of the city held in another place ("tỉnh A 2025 tại Hà Nội": partner_fairs' shape)
_HELD_AWAY_RE = re.compile(r"^\s*(?:(?:nam\s+)?(?:19|20)\d\d\s+)?(?:tai|o)\s")
_BACK = 90


def _in_festival_name(text: str, start: int, end: int) -> bool:
    """Does the mention ``start``-``end`` close a festival's name taken part in ("tham gia Ngày hội Du lịch ``X``")?"""
    lo = max(0, start - _BACK)
    window = fold_slice(text, lo, start)
    if "hoi" not in window and "festival" not in window and "tuan" not in window and "phien" not in window:
        return False   # (the festival's word first: most mentions have none before them)
    cut = max(window.rfind(". "), window.rfind("\n"), window.rfind(","), window.rfind(";"))
    if _NAMED_RE.search(window[cut + 1:]) is None:
        return False
    return _HELD_AWAY_RE.match(fold_slice(text, end, end + 14)) is None


def drop_festival_city(partners, text: str, mentions: list, spans: list[tuple[int, int]]) -> None:
    """Drop a party of the pair whose every mention of ``mentions`` (the headline's and the lead's) in ``spans``
    closes the name of a festival the page takes part in, when two parties or more remain."""
    parties = partners.parties
    if len(parties) < 3:
        return   # (most pages: two parties)
    places = partners.places
    for party in parties[:2]:
        prov = party.place.province
        own = [m for m in mentions if m.start in places and places[m.start].province == prov
               and any(s <= m.start < e for s, e in spans)]
        if own and all(_in_festival_name(text, m.start, m.end) for m in own):
            parties.remove(party)
            return

"""Who cooperates with whom: the article's principal partners.

The pair comes from the headline and the lead, where reports name it: "giữa X và Y",
"X – Y", "X và Y", "X phối hợp với Y", "X và các tỉnh A, B, C". A locality mentioned in
passing (the venue, an economic corridor of five provinces, a related article) does not
replace it; when the headline and the lead name no pair (a page whose headline was not
found, a lead that says only "UBND tỉnh"), the body's evidence decides.

Which place a mention means (before scoring):

| rule                 | example                                           | the mention means          |
|----------------------|---------------------------------------------------|----------------------------|
| named province       | "huyện Kỳ Sơn" in an article naming Nghệ An       | the huyện of Nghệ An       |
| a commune            | "xã Đồng Đăng" in an article naming Lạng Sơn      | counts only in a province  |
|                      |                                                   | the article names          |
| a commune of 2025 in | "phường Bình Định, tỉnh Gia Lai (mới)"            | the old province it lies in|
| a merged province    |                                                   | (Bình Định), when the      |
|                      |                                                   | article names its new one  |
| a bare name          | "Viêng Chăn" in the headline, "tỉnh Viêng Chăn"   | the place named with a     |
|                      | in the lead; "Hà Nam" and "tỉnh Hà Nam (Trung     | level word or a country    |
|                      | Quốc)" (no Vietnamese Hà Nam with a level word)   | elsewhere in the article   |
| its other name       | "tỉnh Kiên Giang (nay là tỉnh An Giang)"          | the place before it        |
| inside (the next     | "huyện Kỳ Sơn (Nghệ An)", "huyện Mèo Vạc, tỉnh Hà | that unit of that province,|
| name contains it)    | Giang", "xã Trường Sơn (huyện Nông Cống)",        | for every mention of that  |
|                      | "huyện Kỳ Sơn thuộc tỉnh Nghệ An", "huyện Quan    | name (a commune of before  |
|                      | Hóa tỉnh Thanh Hóa" (a blank, then a level word)  | 2025 too)                  |
| inside a foreign     | "huyện Phú Ninh, tỉnh Vân Nam (Trung Quốc)",      | the foreign province, for  |
| province             | "châu Văn Sơn (tỉnh Vân Nam, Trung Quốc)",        | every mention of that name |
|                      | "huyện Xôn Tạy tỉnh Hủa Phăn", "huyện Peam Chor   | (also where it is named    |
|                      | thuộc tỉnh Prey Veng" (names the gazetteer lacks) | alone, in the headline)    |

Scores (a table; a province-level partner collects the points of its cities and districts):

| where a locality is named                                      | points          |
|----------------------------------------------------------------|-----------------|
| in the headline                                                | 3               |
| in the headline, joined to another by và / – / với / giữa      | +3              |
| in the lead paragraph                                          | 2               |
| in the lead, joined to another                                 | +2              |
| in a list of three or more (A, B, C và D) in headline or lead  | 1 (not 3 or 2)  |
| as the venue ("tại X", "ở X") and joined to nothing, unless    | 0.1             |
| visited ("thăm và làm việc tại X", "công tác tại X") or the    |                 |
| host (its own authority, unnamed, acts in the sentence: "tại   |                 |
| TP.HCM, Phó Chủ tịch UBND Thành phố tiếp đoàn ..."); in the    |                 |
| body too                                                       |                 |
| each mention in the body (at most 5)                           | 0.3             |
| joined to another in the body (at most 2 times)                | +1              |

A list member joined to another by a pairing word keeps its points: in "giữa 4 tỉnh A, B,
C, D với Y", Y is joined (3 + 3), A-D listed (1 each). The best-scored partner is the first;
the second is the best named in the headline or the lead (not as a venue), else the best
merely mentioned in the body ("UBND tỉnh Quảng Nam và tỉnh Xê Kông ký kết" outranks the
Lao provinces the body names several times); it needs 0.6 points, or 0.3 when it lies
across the border from the first (a cooperation of a Vietnamese locality with a foreign one
names both, even if the foreign one only in the body). Further partners joined to them in the headline or lead with 2 points
or more are kept, and so are the other members of a list of the headline or lead that
holds both ("lãnh đạo 3 tỉnh A, B và C"). When the two best are foreign, the best
Vietnamese partner with 0.6 points (named in the headline or lead, or twice in the body:
"đoàn tỉnh Tây Ninh tham dự" a conference of two Cambodian provinces) takes the second
place (the others stay parties). Ties go to the one named first. Each party is
named as first credited ("huyện Mèo Vạc" of Hà Giang: its level is huyện).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from ..places import VIETNAM, Place, PlaceMention, to_2025
from ..places_match import COMMUNE_LEVELS
from ..scan import fast_fold
from ..text import fold_query

__all__ = ["Party", "Partners", "principal_partners", "choose", "linked_groups", "party_dict"]

# What may stand between two mentions for them to be joined (folded, stripped, after
# parenthesised asides such as "(Việt Nam)" are dropped).
#   pair links: "giữa A và các tỉnh B", "A – B", "A với B", "A phối hợp với B"
#   list links: "A, B", "A và B" (a list when three or more and a comma among them)
# who stands for a locality after the joining word: "và các tỉnh", "với đoàn đại biểu cấp cao"
_WHO = (r"(?:\s+(?:cac|nhung|hai|2|ba|3|bon|4|nam|5|sau|6))?"
        r"(?:\s+(?:doan(?:\s+dai bieu|\s+cong tac)?(?:\s+cap cao)?|ban thuong vu|lanh dao|chinh quyen|ubnd"
        r"|tinh|thanh pho|huyen|dia phuong))?")
_PAIR_LINK_RE = re.compile(
    r"^(?:-|–|—|voi|cung|giua|va giua|(?:va|voi|cung|cung voi)" + _WHO + r"|"
    r"(?:da\s+)?(?:phoi hop|hop tac|ket nghia|lam viec|ky ket|ky|hoi dam)\s+(?:voi|cung)" + _WHO + r")$"
)
_LIST_LINK_RE = re.compile(r"^(?:,|;|va|,\s*va)$")
_ASIDE_RE = re.compile(r"\([^()]{0,40}\)")
# "thăm và làm việc tại X", "công tác tại X": the host visited, not a venue
_VISITED_BEFORE_RE = re.compile(r"(?:tham|lam viec|cong tac|den|toi|sang)\s+(?:va\s+lam viec\s+)?(?:tai|o)\s+$")
# an unnamed authority of a level ("UBND Thành phố", "lãnh đạo tỉnh", "Thành ủy"), folded: in
# the sentence of a venue of that level, it makes the venue the host ("tại TP.HCM, Phó Chủ
# tịch UBND Thành phố tiếp đoàn tỉnh X": TP.HCM receives)
_AUTHORITY_RE = re.compile(r"(?<!\w)(?:(?:ubnd|hdnd|uy ban nhan dan|lanh dao|chinh quyen|dai dien)\s+(tinh|thanh pho|tp)"
                           r"|(tinh) uy|(thanh) uy)(?!\w)")
# "A (B)", "A, B", "A - B": B contains A when A is a district, commune or town
_INSIDE_GLUE_RE = re.compile(r"^\s*(?:[,(\-–—]\s*(?:thuộc\s+)?|thuộc\s+|\s)$")
# "tỉnh Kiên Giang (nay là tỉnh An Giang)": the same party by its other name (folded)
_RENAMED_RE = re.compile(r"^\s*\(\s*(?:nay la|nay thuoc|nay|sau sap nhap(?: la)?|truoc day la|truoc la|cu la|moi la)\s*$")

_PARTY_LEVELS = frozenset({"tỉnh", "thành phố"})
_POINTS = {"title": (3.0, 3.0), "lead": (2.0, 2.0)}  # (named, joined)
_LISTED = 1.0
_MENTION = 0.3
_VENUE = 0.1
_VENUE_WORDS = ("tại ", "Tại ", " ở ", "Ở ")
_MENTIONS_COUNTED = 5
_BODY_JOINED = 1.0
_BODY_JOINS_COUNTED = 2
_SECOND = 0.6
_SECOND_ACROSS = 0.3
_FURTHER = 2.0


@dataclass(slots=True)
class Party:
    place: Place
    level: str            # the level word the article uses for it ("thành phố", "tỉnh")
    first: int            # offset of its first mention

    def as_dict(self) -> dict[str, str]:
        return party_dict(self.place, self.level)


def party_dict(place: Place, level: str) -> dict[str, str]:
    """A party of an event record: name, level, province, and a foreign one's country."""
    d = {"name": place.name, "level": level, "province": place.province}
    if place.country != VIETNAM:
        d["country"] = place.country
    return d


@dataclass(slots=True)
class Partners:
    parties: list[Party] = field(default_factory=list)   # principal partners, most prominent first
    scores: dict[str, float] = field(default_factory=dict)
    places: dict[int, Place] = field(default_factory=dict)  # each mention's place, by its start

    @property
    def pair(self) -> list[str]:
        provs: list[str] = []
        for p in self.parties:
            if p.place.province not in provs:
                provs.append(p.place.province)
        return sorted(provs[:2], key=fold_query)


def choose(mention: PlaceMention, context: set[str]) -> Place | None:
    """The mention's place: the candidate whose province the article names, else the first."""
    if not mention.candidates:
        return None
    for c in mention.candidates:
        if c.province in context:
            return c
    return mention.candidates[0]


def _level(mention: PlaceMention, place: Place) -> str:
    lw = mention.level_word
    if lw in ("tỉnh", "thành phố", "thị xã", "huyện", "quận"):
        return lw
    return place.level


def _between(text: str, a: PlaceMention, b: PlaceMention) -> str:
    between = fast_fold(text[a.end:b.start])
    if "(" in between:
        between = _ASIDE_RE.sub(" ", between)
    return " ".join(between.strip(" \t\u00a0()").split())


def linked_groups(text: str, mentions: list[PlaceMention]) -> list[list[PlaceMention]]:
    """Runs of mentions joined by và / – / với / commas: "giữa A và B", "A – B"."""
    return [[m for m, _ in g] for g in _groups(text, mentions)]


def _groups(text: str, mentions: list[PlaceMention]) -> list[list[tuple[PlaceMention, str]]]:
    """Linked runs; each member with the kind of link before it ("", "pair", "list")."""
    groups: list[list[tuple[PlaceMention, str]]] = []
    current: list[tuple[PlaceMention, str]] = []
    for m in mentions:
        if current:
            prev = current[-1][0]
            raw = text[prev.end:m.start]
            if len(raw) <= 60 and "\n" not in raw and ". " not in raw:
                between = _between(text, prev, m)
                kind = "list" if _LIST_LINK_RE.match(between) else "pair" if _PAIR_LINK_RE.match(between) else ""
                if kind:
                    current.append((m, kind))
                    continue
            groups.append(current)
        current = [(m, "")]
    if current:
        groups.append(current)
    return groups


def _listed(text: str, group: list[tuple[PlaceMention, str]]) -> set[int]:
    """Indexes of the members of lists of three or more with a comma ("A, B và C")."""
    out: set[int] = set()
    run = [0]
    for i in range(1, len(group) + 1):
        if i < len(group) and group[i][1] == "list":
            run.append(i)
            continue
        if len(run) >= 3 and any("," in text[group[j - 1][0].end:group[j][0].start] for j in run[1:]):
            out.update(run)
        run = [i]
    return out


def _a_venue(text: str, m: PlaceMention) -> bool:
    """Named as where something took place ("tại X", "ở X"), not as the place visited."""
    if not text.endswith(_VENUE_WORDS, max(0, m.start - 5), m.start):
        return False
    return not _VISITED_BEFORE_RE.search(fast_fold(text[max(0, m.start - 30):m.start]))


def _hosts(text: str, m: PlaceMention, place: Place, mentions: list[PlaceMention]) -> bool:
    """A venue named with an unnamed authority of its level in its sentence: the host."""
    lo = max(text.rfind(". ", 0, m.start), text.rfind("\n", 0, m.start)) + 1
    hi = min((i for i in (text.find(". ", m.end), text.find("\n", m.end)) if i >= 0), default=len(text))
    level = "tỉnh" if place.level == "tỉnh" else "thành phố" if place.level == "thành phố" else None
    if level is None:
        return False
    starts = {x.start for x in mentions}
    folded = fast_fold(text[lo:hi])
    for a in _AUTHORITY_RE.finditer(folded):
        word = next(g for g in a.groups() if g)
        lvl = "tỉnh" if word == "tinh" else "thành phố"
        at = lo + a.start(next(i for i, g in enumerate(a.groups(), 1) if g))
        after = text[lo + a.end():hi].lstrip(" \t\u00a0")
        if lvl == level and at not in starts and not after[:1].isupper():
            return True  # unnamed: "UBND Thành phố tiếp", not "UBND tỉnh Bình Dương"
    return False


def _places(text: str, mentions: list[PlaceMention]) -> dict[int, Place]:
    """Each mention's place (by its start), with the rules of the first table."""
    named = {m.candidates[0].province for m in mentions
             if m.candidates and m.candidates[0].is_province and m.level_word not in COMMUNE_LEVELS}
    named_2025 = {to_2025(p) for p in named}
    # named with a level word or a country: what a bare name means ("Viêng Chăn" in the
    # headline, "tỉnh Viêng Chăn" in the lead: the province, not the capital)
    leveled = {m.candidates[0].province for m in mentions
               if m.candidates and m.candidates[0].is_province and m.level_word in _PARTY_LEVELS}
    foreign = {m.candidates[0].name.split(" (")[0]: m.candidates[0] for m in mentions
               if m.candidates and m.candidates[0].country != VIETNAM and m.candidates[0].is_province}
    places: dict[int, Place] = {}
    for m in mentions:
        p = choose(m, leveled) if m.level_word is None and len(m.candidates) > 1 else None
        p = p or choose(m, named)
        if m.level_word is None and p is not None and p.country == VIETNAM and p.is_province and \
                p.name in foreign and p.province not in leveled:
            p = foreign[p.name]  # "Hà Nam" where only "tỉnh Hà Nam (Trung Quốc)" is named: Henan
        if p is not None and m.level_word in COMMUNE_LEVELS and p.province not in named:
            # a commune of 2025 in a merged province the article names: the old province
            # it lies in ("phường Bình Định, tỉnh Gia Lai (mới)" -> Bình Định)
            p = next((c for c in m.candidates if c.province_2025 in named_2025), None)
        if p is not None:
            places[m.start] = p  # a commune counts in a province the article names
    for a, b in zip(mentions, mentions[1:]):
        if b.start - a.end <= 24 and "(" in text[a.end:b.start] and \
                _RENAMED_RE.match(fast_fold(text[a.end:b.start])) and a.start in places:
            places[b.start] = places[a.start]  # the other name of the same party
    home: dict[str, Place] = {}  # a locality's name -> the place it is in
    for a, b in zip(mentions, mentions[1:]):
        pa, pb = places.get(a.start), places.get(b.start)
        commune = a.level_word in COMMUNE_LEVELS
        if pb is None or (pa is not None and pa.is_province) or not (pb.is_province or commune):
            continue
        glue = text[a.end:b.start]
        if b.start - a.end > 10 or not _INSIDE_GLUE_RE.match(glue) or \
                (not glue.strip() and b.name_start == b.start):
            continue  # "huyện X, tỉnh Y", "huyện X (Y)", "huyện X thuộc tỉnh Y", "huyện X tỉnh Y"
        name = text[a.name_start:a.end]
        if pb.country != VIETNAM:
            if pb.is_province and (pa is None or pa.country in (VIETNAM, pb.country)) and name != pb.name:
                home[name] = pb  # "huyện Phú Ninh, tỉnh Vân Nam": the foreign province
        else:
            inside = next((c for c in a.candidates if c.province == pb.province), None)
            if inside is None and commune:  # a ward of 2025 in a merged province: its old one
                inside = next((c for c in a.candidates if c.province_2025 == pb.province_2025), None)
            if inside is None and commune:  # a commune of before 2025: "xã Trường Sơn (huyện Nông Cống"
                inside = Place(name, a.level_word or "xã", pb.province, VIETNAM, pb.province_2025, False)
            if inside is not None:
                home[name] = inside  # "huyện Kỳ Sơn (Nghệ An)"
    if home:
        for m in mentions:
            p = places.get(m.start)
            name = text[m.name_start:m.end]
            if name in home and (p is None or not p.is_province):
                places[m.start] = home[name]
    return places


def principal_partners(title: str, title_mentions: list[PlaceMention], lead_text: str,
                       lead_mentions: list[PlaceMention], body_mentions: list[PlaceMention]) -> Partners:
    """The principal partners. ``title`` and ``lead_text`` are the article's text (the
    offsets of the mentions point into them); the body's mentions include the lead's."""
    text = lead_text
    scores: dict[str, float] = {}
    first: dict[str, tuple[int, int]] = {}
    best: dict[str, tuple[PlaceMention, Place]] = {}
    linked: set[str] = set()
    everything = sorted({m.start: m for m in title_mentions + body_mentions}.values(), key=lambda m: m.start)
    places = _places(text, everything)

    def credit(m: PlaceMention, place: Place, pts: float, order: tuple[int, int]) -> None:
        prov = place.province
        scores[prov] = scores.get(prov, 0.0) + pts
        if prov not in first or order < first[prov]:
            first[prov] = order
        if prov not in best:
            best[prov] = (m, place)

    venue_mentions: list[PlaceMention] = []
    lists: list[list[str]] = []  # the lists of three or more of the headline and the lead
    lead_starts = {m.start for m in lead_mentions}
    for rank, (where, mentions) in enumerate((("title", title_mentions), ("lead", lead_mentions))):
        named, joined_pts = _POINTS[where]
        seen: set[str] = set()
        for group in _groups(text if where == "lead" else title, mentions):
            listed = _listed(text if where == "lead" else title, group)
            if listed:
                lists.append([places[group[i][0].start].province for i in sorted(listed)
                              if group[i][0].start in places])
            provs = {places[m.start].province for m, _ in group if m.start in places}
            joined = len(provs) >= 2
            for i, (m, _) in enumerate(group):
                place = places.get(m.start)
                if place is None:
                    continue
                prov = place.province
                if not joined and _a_venue(text if where == "lead" else title, m) and \
                        not _hosts(text if where == "lead" else title, m, place, mentions):
                    venue_mentions.append(m)  # "tại Thủ đô Phnom Penh": where, not who
                    continue
                if i in listed:
                    pts = _LISTED if prov not in seen else 0.0
                else:
                    pts = (named if prov not in seen else 0.0) + (joined_pts if joined else 0.0)
                    if joined:
                        linked.add(prov)
                seen.add(prov)
                if i in listed and joined:
                    linked.add(prov)
                credit(m, place, pts, (rank, m.start))
    counts: dict[str, int] = {}
    for m in [m for m in body_mentions if m.start not in lead_starts] + venue_mentions:
        place = places.get(m.start)
        if place is None:
            continue
        n = counts.get(place.province, 0)
        if n < _MENTIONS_COUNTED:
            counts[place.province] = n + 1
            credit(m, place, _VENUE if _a_venue(text, m) else _MENTION, (2, m.start))
    joins: dict[str, int] = {}
    for group in _groups(text, [m for m in body_mentions if m.start not in lead_starts]):
        provs = [places[m.start].province for m, kind in group if m.start in places]
        if len(set(provs)) < 2 or len(group) > 4:
            continue
        for prov in dict.fromkeys(provs):
            if joins.get(prov, 0) < _BODY_JOINS_COUNTED:
                joins[prov] = joins.get(prov, 0) + 1
                scores[prov] += _BODY_JOINED
    for prov in scores:
        scores[prov] = round(scores[prov], 2)
    ranked = sorted(scores, key=lambda p: (-scores[p], first[p]))
    chosen = ranked[:1] if ranked and scores[ranked[0]] >= _MENTION else []
    if chosen:
        top = best[chosen[0]][1]

        def enough(prov: str) -> bool:
            across = (best[prov][1].country == VIETNAM) != (top.country == VIETNAM)
            return scores[prov] >= (_SECOND_ACROSS if across else _SECOND)
        # a partner of the headline or the lead before one merely mentioned in the body
        framed = [p for p in ranked[1:] if first[p][0] < 2 and enough(p)]
        if framed:
            chosen.append(framed[0])
        elif ranked[1:] and enough(ranked[1]):
            chosen.append(ranked[1])
    if len(chosen) == 2 and all(best[p][1].country != VIETNAM for p in chosen):
        # two foreign partners first: the Vietnamese one named in the headline or lead joins
        # the first ("Hà Tĩnh: hội nghị với tỉnh Bôlykhămxay và Khăm Muộn")
        home = next((p for p in ranked[2:] if best[p][1].country == VIETNAM and scores[p] >= _SECOND), None)
        if home is not None:
            chosen = [chosen[0], home, chosen[1]]
    # the two best, then any further partner joined to them in the headline or lead
    # ("giữa ba tỉnh A, B và C"): an event with three partners keeps all of them
    if len(chosen) >= 2:
        chosen += [p for p in ranked[2:8] if p in linked and scores[p] >= _FURTHER and p not in chosen]
        for members in lists:  # "lãnh đạo 3 tỉnh A, B và C": the list is the partners
            if set(chosen[:2]) <= set(members):
                chosen += [p for p in members if p not in chosen and p in best]
    parties = [Party(best[p][1], _level(*best[p]), best[p][0].start) for p in chosen]
    return Partners(parties=parties, scores=scores, places=places)

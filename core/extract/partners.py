"""Who cooperates with whom: the article's principal partners.

The pair comes from the headline and the lead, where reports name it: "giữa X và Y",
"X – Y", "X và Y", "X phối hợp với Y", "X và các tỉnh A, B, C", "X tiếp đoàn đại biểu Y"
(the host and its guest), "X sang thăm và làm việc với Y". A locality mentioned in
passing (the venue, an economic corridor of five provinces, a related article) does not
replace it; when the headline and the lead name no pair (a page whose headline was not
found, a lead that says only "UBND tỉnh"), the body's evidence decides. Which place each mention means is decided
first (:mod:`.partner_places`).

Scores (a table; a province-level partner collects the points of its cities and districts):

| where a locality is named                                      | points          |
|----------------------------------------------------------------|-----------------|
| in the headline                                                | 3               |
| in the headline, joined to another by và / – / với / giữa      | +3              |
| in the lead paragraph                                          | 2               |
| in the lead, joined to another                                 | +2              |
| in a list of three or more (A, B, C và D) in headline or lead  | 1 (not 3 or 2)  |
| as the venue ("tại X", "ở X") and joined to nothing, unless    | 0.1             |
| visited ("thăm và làm việc tại X", "công tác tại X", "chúc    |                 |
| Tết … tại X", "chuyến thăm của Đoàn A tại X") or the           |                 |
| host (its own authority, unnamed, acts in the sentence: "tại   |                 |
| TP.HCM, Phó Chủ tịch UBND Thành phố tiếp đoàn ..."); in the    |                 |
| body too (the comma after a venue joins nothing: "tại TP.HCM,  |                 |
| tỉnh A và tỉnh B ký kết")                                      |                 |
| each mention in the body (at most 5)                           | 0.3             |
| joined to another in the body (at most 2 times; not in a list  | +1              |
| of invited guests: "khách mời đến từ các tỉnh A, B", nor of    |                 |
| businesses: "các DN của các tỉnh A, B, C")                     |                 |

A list member joined to another by a pairing word keeps its points: in "giữa 4 tỉnh A, B,
C, D với Y", Y is joined (3 + 3), A-D listed (1 each). The best-scored partner named in the
headline or the lead (0.6 points or more, not as a venue) is the first, over one the body names
more (a programme's stops told after the lead); else the best-scored;
the second is the best named in the headline or the lead (not as a venue), else the best
merely mentioned in the body ("UBND tỉnh Quảng Nam và tỉnh Xê Kông ký kết" outranks the
Lao provinces the body names several times); it needs 0.6 points, or 0.3 when it lies
across the border from the first (a cooperation of a Vietnamese locality with a foreign one names both, even if the
foreign one only in the body; the best across with 0.3 when the next best, of the first's side, has less
than 0.6: "các thành phố … gồm: A của Vân Nam, Trung Quốc; B của Lào, …, C của Việt Nam"). Further partners joined to them in the headline or lead with 2 points or more are kept,
and so are the other members of a list of the headline or lead that
holds both ("lãnh đạo 3 tỉnh A, B và C"). When the two best are foreign, the best
Vietnamese partner with 0.6 points (named in the headline or lead, or twice in the body:
"đoàn tỉnh Tây Ninh tham dự" a conference of two Cambodian provinces) takes the second
place (the others stay parties). Ties go to the one the headline and lead name more often
(the delegation's own city, named again in the lead, over a forum's other host), then to the one
named first, shown in that order. Each party is named as first credited ("huyện Mèo Vạc": huyện).

A page that gives one partner only, whose lead leaves its own side unnamed ("đoàn công tác của Thường trực HĐND
tỉnh … sang thăm Quảng Tây"), is a provincial site's: the one Vietnamese province its chrome names (site name,
related titles) is that side (:mod:`.partner_home`).
"""

from __future__ import annotations

import datetime as _dt
import functools
from collections import Counter
from dataclasses import dataclass, field
from typing import Callable

from ..places import VIETNAM, Place, PlaceMention
from .partner_aid_destinations import aid_destinations   # "… hỗ trợ các tỉnh …", then "đến tỉnh B": B is helped
from .partner_bare_delegation import bare_delegation_host   # "Đoàn đã khám bệnh … tại tỉnh B (Lào)": B hosts
from .partner_clocks import clocks
from .partner_country_sides import foreign_side   # "tỉnh A, B (Việt Nam) và … C (Trung Quốc)"
from .partner_fairs import fair_host   # "Tuần lễ … tỉnh A tại Hà Nội": Hà Nội hosts
from .partner_dioceses import diocese_pairs   # "Gp.A – B: …": a diocese's name, one body
from .partner_datelines import datelines   # "Phnom Penh (TTXVN 14/1) - …": the wire's place
from .partner_geography import distances, located, merged, neighbours
from .partner_hosts import guest_venue, hosts as _hosts, venue_host   # "tại TP.HCM, … UBND Thành phố tiếp …": the venue hosts
from .partner_links import a_venue as _a_venue, groups as _groups, linked_groups, listed as _listed   # "giữa A và B", "tại X"
from .partner_lists import counted, exhibitors, holding, introduced_lists, invited
from .partner_routes import a_route, a_way
from .partner_seats import seats
from .partner_residences import residences   # "(24 tuổi, trú bản A, huyện B, tỉnh C)": a person's home, no partner
from .partner_study import VISITED_BEFORE_RE as _VISITED_BEFORE_RE, came_to, cohosts   # "thăm … tại X", "đến trao đổi kinh nghiệm tại X": X hosts
from .partner_visitors import visitor_of   # "A … chuyến thăm … tới X và Y": A visits both
from .partner_venues import departed_from, flight_words, may_leave, names_a_flight, on_a_flight_route   # "tại xã A (huyện B, tỉnh C)": B and C are the venue's
from .partner_places import choose, places_of
from ..text import fold_query

__all__ = ["Party", "Partners", "principal_partners", "choose", "linked_groups", "party_dict"]

# the provinces' sort key, remembered: a page sorts the same two names again and again (Partners.pair,
# asked by every step after the choice), each a fold of its NFC form
_sort_key = functools.lru_cache(maxsize=1024)(fold_query)

_POINTS = {"title": (3.0, 3.0), "lead": (2.0, 2.0)}  # (named, joined)
_LISTED = 1.0
_MENTION = 0.3
_VENUE = 0.1
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
    region: str = ""      # a member of a region named as one party ("13 tỉnh, thành ĐBSCL")

    def as_dict(self) -> dict[str, str]:
        return party_dict(self.place, self.level, self.region)


def party_dict(place: Place, level: str, region: str = "") -> dict[str, str]:
    """A party of an event record: name, level, province, a foreign one's country, and the
    region it was named with (:mod:`.partner_regions`)."""
    d = {"name": place.name, "level": level, "province": place.province}
    if place.country != VIETNAM:
        d["country"] = place.country
    if region:
        d["region"] = region
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
        if len(provs) == 1 and len(self.parties) >= 2:
            return provs * 2   # two units of one province ("hai huyện A và B"): :mod:`.partner_groups`
        return sorted(provs[:2], key=_sort_key)


def _level(mention: PlaceMention, place: Place) -> str:
    lw = mention.level_word
    if lw in ("tỉnh", "thành phố", "thị xã", "huyện", "quận", "xã", "phường", "thị trấn", "đặc khu"):
        return lw
    return place.level


def _foreign_host(text: str, mentions: list[PlaceMention], places: dict[int, Place], home: str) -> list[str]:
    """The foreign venues ("tại tỉnh A (Thái Lan)") of the sentences that name ``home``."""
    out: list[str] = []
    homes = [m.start for m in mentions if m.start in places and places[m.start].province == home]
    for m in mentions:
        place = places.get(m.start)
        if place is None or place.country == VIETNAM or not _a_venue(text, m) or place.province in out:
            continue
        lo = max(text.rfind(". ", 0, m.start), text.rfind("\n", 0, m.start))
        hi = min((i for i in (text.find(". ", m.end), text.find("\n", m.end)) if i >= 0), default=len(text))
        if any(lo < h < hi for h in homes):
            out.append(place.province)
    return out


def principal_partners(title: str, title_mentions: list[PlaceMention], lead_text: str,
                       lead_mentions: list[PlaceMention], body_mentions: list[PlaceMention],
                       home: Callable[[], set[str]] | None = None, published: _dt.datetime | None = None,
                       folded: str | None = None, parts: dict[str, Place] | None = None,
                       old_map: Callable[[], bool] | None = None) -> Partners:
    """The principal partners. ``title`` and ``lead_text`` are the article's text (the
    offsets of the mentions point into them); the body's mentions include the lead's.
    ``home``: the Vietnamese provinces the page's chrome names (:func:`.partner_home.chrome_provinces`);
    ``folded``: ``lead_text``'s fast fold when the caller has it (only where words may stand: speed24);
    ``parts``: provinces read as an old part of their unit of 2025 (:mod:`.partner_merged_sides`);
    ``old_map``: a page with no publication time dates its occasion before July 2025 (asked lazily)."""
    text = lead_text
    scores: dict[str, float] = {}
    first: dict[str, tuple[int, int]] = {}
    best: dict[str, tuple[PlaceMention, Place]] = {}
    linked: set[str] = set()
    everything = sorted({m.start: m for m in title_mentions + body_mentions}.values(), key=lambda m: m.start)
    places = places_of(text, everything, home, published, old_map)   # published: a page of before July 2025 names no commune of 2025
    for at in seats(text, everything, places, folded):   # "Tổng Lãnh sự Úc tại TP.HCM": the mission's seat, no partner
        del places[at]
    for at in residences(text, everything, places):   # "(30 tuổi, trú tại xã A, tỉnh B)": where a person lives
        del places[at]
    for at in neighbours(text, everything, places) | merged(text, everything, places) | clocks(text, everything, places) \
            | datelines(text, everything, places) | distances(text, everything, places, folded) \
            | diocese_pairs(text, everything, places):   # "Giáo phận A – B": one body (partner_dioceses)
        del places[at]   # "nối với A và B qua cầu": a neighbour; "A – B sáp nhập": a merger's; "(giờ Seoul)": a clock's;
        # "rút ngắn đường từ A đến B còn 70 km": a distance's ends
    lead_starts = {m.start for m in lead_mentions}
    for at in located(text, [m for m in body_mentions if m.start not in lead_starts], places):
        del places[at]   # "Cửa khẩu A (địa bàn 2 tỉnh B và C)" in the body: where it lies (partner_geography)
    if parts:   # "tại Cửa khẩu A, xã A (old Long An), Ban Chỉ đạo tỉnh Tây Ninh …" (2025): one side (partner_merged_sides)
        for at, place in list(places.items()):
            if place.is_province and place.province in parts:
                places[at] = parts[place.province]

    def credit(m: PlaceMention, place: Place, pts: float, order: tuple[int, int]) -> None:
        prov = place.province
        scores[prov] = scores.get(prov, 0.0) + pts
        if prov not in first or order < first[prov]:
            first[prov] = order
        if prov not in best:
            best[prov] = (m, place)

    framed = [places[m.start] for m in title_mentions + lead_mentions if m.start in places]
    venue_mentions: list[PlaceMention] = []
    framed_venues: list[PlaceMention] = []   # the venues of the lead (not a route's stops)
    lists: list[list[str]] = []  # the lists of three or more of the headline and the lead
    intro_lists: list = []  # "các tỉnh A, B và C" (:mod:`.partner_lists`)
    leaves = (may_leave(text),) * 2 if title is text else (may_leave(title), may_leave(text))   # (no "rời": none leaves)
    joined_groups: list[set[str]] = []  # the provinces of each run of joined mentions of the headline and lead
    for rank, (where, mentions) in enumerate((("title", title_mentions), ("lead", lead_mentions))):
        named, joined_pts = _POINTS[where]
        seen: set[str] = set()
        groups = _groups(text if where == "lead" else title, mentions)
        intro_lists += introduced_lists(text if where == "lead" else title, groups, places, body=False)
        for group in groups:
            listed = _listed(text if where == "lead" else title, group)
            if listed:
                lists.append([places[group[i][0].start].province for i in sorted(listed)
                              if group[i][0].start in places])
            if a_route(text if where == "lead" else title, group):
                venue_mentions += [m for m, _ in group]   # "tour … điểm đến”, Côn Minh – Lào Cai – Hà Nội – …"
                continue
            provs = {places[m.start].province for m, _ in group if m.start in places}
            joined = len(provs) >= 2 and not (
                where == "lead" and all(kind == "list" for _, kind in group[1:])
                and cohosts(text, [m for m, _ in group], places, lambda w: _VISITED_BEFORE_RE.search(w) is not None))
            if joined:
                joined_groups.append(provs)
            for i, (m, _) in enumerate(group):
                place = places.get(m.start)
                if place is None:
                    continue
                prov = place.province
                if leaves[rank] and departed_from(text if where == "lead" else title, m.start):
                    continue   # "rời thủ đô A, đến thăm tỉnh B": where the trip leaves (partner_venues)
                if not joined and _a_venue(text if where == "lead" else title, m) and \
                        not _hosts(text if where == "lead" else title, m, place, mentions, framed) and \
                        not (where == "title" and fair_host(title, m, mentions, places)):   # partner_fairs
                    venue_mentions.append(m)  # "tại Thủ đô Phnom Penh": where, not who
                    if where == "lead":
                        framed_venues.append(m)
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
    # the body's own mentions, but where a trip leaves and a flight's ends (partner_venues)
    # (a flight's ends count when the route is the story: the headline or the lead names one)
    bays = None if folded is None else flight_words(folded)   # (no "bay" in the page's fold: no flight named)
    flights = bays is None or bool(bays)
    flight_story = (flights or title is not text) and names_a_flight(title) or \
        flights and any(on_a_flight_route(text, m.start, bays) for m in lead_mentions)
    body_own = [m for m in body_mentions if m.start not in lead_starts and not (leaves[1] and departed_from(text, m.start))
                and (flight_story or not flights or not on_a_flight_route(text, m.start, bays))]
    for m in body_own + venue_mentions:
        place = places.get(m.start)
        if place is None:
            continue
        n = counts.get(place.province, 0)
        if n < _MENTIONS_COUNTED:
            counts[place.province] = n + 1
            credit(m, place, _VENUE if _a_venue(text, m) else _MENTION, (2, m.start))
    joins: dict[str, int] = {}
    body_groups = _groups(text, body_own)
    intro_lists += introduced_lists(text, body_groups, places, body=True)
    for group in body_groups:
        group_provs = [places[m.start].province for m, kind in group if m.start in places]
        if len(set(group_provs)) < 2 or len(group) > 4 or invited(text, group[0][0]) or a_way(text, group) \
                or exhibitors(text, group):   # ("các DN của các tỉnh A, B, C": exhibitors, not sides; partner_lists)
            continue   # ("khách mời đến từ các tỉnh A, B, C": guests, not sides; partner_lists; "đường sắt A – B": a way's ends)
        for prov in dict.fromkeys(group_provs):
            if joins.get(prov, 0) < _BODY_JOINS_COUNTED:
                joins[prov] = joins.get(prov, 0) + 1
                scores[prov] += _BODY_JOINED
    for prov in scores:
        scores[prov] = round(scores[prov], 2)
    times = Counter(places[m.start].province for m in title_mentions + lead_mentions if m.start in places)
    ranked = sorted(scores, key=lambda p: (-scores[p], -times[p], first[p]))   # ties: named more often, then first
    # the first: the best named in the headline or the lead (not as a venue), over one the body names
    # more ("Đoàn đại biểu châu A, tỉnh B … Cửa khẩu C": B and C, not the places the body's programme visits)
    ranked = [p for p in ranked if first[p][0] < 2 and scores[p] >= _SECOND] + \
        [p for p in ranked if not (first[p][0] < 2 and scores[p] >= _SECOND)]
    chosen = ranked[:1] if ranked and scores[ranked[0]] >= _MENTION else []
    if chosen:
        top = best[chosen[0]][1]

        def enough(prov: str) -> bool:
            across = (best[prov][1].country == VIETNAM) != (top.country == VIETNAM)
            return scores[prov] >= (_SECOND_ACROSS if across else _SECOND)
        # a partner of the headline or the lead before one merely mentioned in the body
        framed_provs = [p for p in ranked[1:] if first[p][0] < 2 and enough(p)]
        if framed_provs:
            chosen.append(framed_provs[0])
        elif ranked[1:] and enough(ranked[1]):
            chosen.append(ranked[1])
        elif (across := next((p for p in ranked[2:] if enough(p)), None)) is not None:
            chosen.append(across)
    if len(chosen) == 1 and best[chosen[0]][1].country == VIETNAM:
        # no partner named but the place the delegation went to: a foreign venue of its sentence ("Trong 3 ngày, tại
        # tỉnh A (Thái Lan), đoàn đại biểu tỉnh B tham dự hội nghị …"), else one it came to ("đoàn … đến … tại tỉnh A")
        hosts = _foreign_host(text, everything, places, chosen[0]) or came_to(text, everything, places, chosen[0], _a_venue) \
            or bare_delegation_host(text, everything, places, chosen[0], _a_venue)   # "Đoàn đã … tại tỉnh B (Lào)"
        chosen += hosts[:1] or venue_host(text, chosen[0], framed_venues, places)   # "tại TP A, đã khai mạc hội chợ …"
        if len(chosen) == 1:   # "… điều động hỗ trợ các tỉnh …" and where the body sends them (partner_aid_destinations)
            chosen += [p for p in aid_destinations(text, lead_mentions, body_mentions, places, chosen[0]) if p in best]
    elif len(chosen) == 1:   # one foreign side: the Vietnamese place its occasion was held in ("… diễn ra tại TP B")
        chosen += [p for p in guest_venue([(title, title_mentions), (text, lead_mentions)], places) if p in best]
    if len(chosen) == 2 and all(best[p][1].country != VIETNAM for p in chosen):
        # two foreign partners first: the Vietnamese one named in the headline or lead joins
        # the first ("Hà Tĩnh: hội nghị với tỉnh Bôlykhămxay và Khăm Muộn")
        home_prov = next((p for p in ranked[2:] if best[p][1].country == VIETNAM and scores[p] >= _SECOND), None)
        if home_prov is not None:
            chosen = [chosen[0], home_prov, chosen[1]]
    # the two best, then any further partner joined to them in the headline or lead
    # ("giữa ba tỉnh A, B và C"): an event with three partners keeps all of them; two places
    # joined only to each other are not ("A và B ký kết …, sau tỉnh C và thành phố D": A's
    # earlier partners)
    if len(chosen) >= 2:
        chosen += [p for p in ranked[2:8] if p in linked and scores[p] >= _FURTHER and p not in chosen
                   and any(p in g and g & set(chosen[:2]) for g in joined_groups)]
        if len(chosen) == 2 and (side := foreign_side(text, lead_mentions, places, chosen, _a_venue)) in best:
            chosen.append(side)   # "Biên phòng tỉnh A, B (Việt Nam) và … C (Trung Quốc)": C the other side
        if len(chosen) == 2 and any(set(chosen) <= g for g in joined_groups):
            # "A … chuyến thăm … tới X và Y": the guest of the joined pair (:mod:`.partner_visitors`)
            guest = visitor_of(text, lead_mentions, places, chosen,
                               [p for p in ranked[2:8] if first[p][0] == 1 and scores[p] >= _FURTHER])
            if guest is not None:
                chosen.append(guest)
        for members in lists:  # "lãnh đạo 3 tỉnh A, B và C": the list is the partners; "A làm việc với tỉnh B, tỉnh
            # C và tỉnh D" (round 57): the list that one of the two heads, joined in one run to the other, is its side
            if set(chosen[:2]) <= set(members) or any(set(chosen[:2]) | set(members) <= g for g in joined_groups):
                chosen += [p for p in members if p not in chosen and p in best]
        if intro_lists:  # "bốn tỉnh A, B, C, D (Việt Nam) và …": a side's members (:mod:`.partner_lists`)
            def named_at(prov: str) -> list[int]:
                return [m.start for m in body_mentions if m.start in places and places[m.start].province == prov]
            chosen += [p for p in holding(intro_lists, chosen, named_at) if p in best]
    elif len(chosen) == 1 and intro_lists:  # "sự tham gia của 7 tỉnh gồm: A, …, G": the stated group
        chosen += [p for p in counted(intro_lists, chosen[0]) if p in best]
    if len(chosen) >= 2 and scores[chosen[0]] == scores[chosen[1]]:   # (the tie rule chooses, it does not order:
        chosen[:2] = sorted(chosen[:2], key=lambda p: first[p])     # the first named stays first)
    parties = [Party(best[p][1], _level(*best[p]), best[p][0].start) for p in chosen]
    return Partners(parties=parties, scores=scores, places=places)

"""Who cooperates with whom: the article's principal partners.

The pair comes from the headline and the lead, where reports name it: "giữa X và Y",
"X – Y", "X và Y", "X phối hợp với Y". A locality mentioned in passing (an economic
corridor of five provinces, a trade fair) does not replace it. Scores (a table):

| where a locality is named                                  | score |
|------------------------------------------------------------|-------|
| in the headline                                            | 3     |
| in the headline, joined to another by và / – / với / giữa  | +3    |
| in the lead paragraph                                      | 2     |
| in the lead, joined to another                             | +2    |
| each further mention in the body (at most 3 in all)        | 0.3   |
| inside a list of three or more localities (A, B, C …)      | 0     |

The two best-scored provinces (or foreign partners) are the pair; ties go to the
one named first.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from ..places import Place, PlaceMention
from ..text import fold_query

__all__ = ["Party", "Partners", "principal_partners", "choose", "linked_groups"]

# What may stand between two mentions for them to be joined (folded, stripped).
_LINK_RE = re.compile(
    r"^(?:,|va|-|–|—|voi|cung|giua|va giua|,\s*va|"
    r"(?:da\s+)?(?:phoi hop|hop tac|ket nghia|lam viec|ky ket|ky)\s+(?:voi|cung)(?:\s+ban thuong vu|\s+doan cong tac|\s+lanh dao)?)$"
)


@dataclass(slots=True)
class Party:
    place: Place
    level: str            # the level word the article uses for it ("thành phố", "tỉnh")
    first: int            # offset of its first mention

    def as_dict(self) -> dict[str, str]:
        return {"name": self.place.name, "level": self.level, "province": self.place.province}


@dataclass(slots=True)
class Partners:
    parties: list[Party] = field(default_factory=list)   # principal partners, most prominent first
    scores: dict[str, float] = field(default_factory=dict)

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


def linked_groups(text: str, mentions: list[PlaceMention]) -> list[list[PlaceMention]]:
    """Runs of mentions joined by và / – / với / commas: "giữa A và B", "A – B"."""
    groups: list[list[PlaceMention]] = []
    current: list[PlaceMention] = []
    for m in mentions:
        if current:
            between = fold_query(text[current[-1].end:m.start])
            between = re.sub(r"^\(?\s*|\s*\)?$", "", between)
            if len(between) <= 48 and _LINK_RE.match(between):
                current.append(m)
                continue
            groups.append(current)
        current = [m]
    if current:
        groups.append(current)
    return groups


def _in_long_list(text: str, group: list[PlaceMention]) -> bool:
    """Three or more localities separated by commas: a list, not a pair."""
    if len(group) < 3:
        return False
    commas = sum(1 for a, b in zip(group, group[1:]) if "," in text[a.end:b.start])
    return commas >= 2


def principal_partners(title: str, title_mentions: list[PlaceMention], lead_text: str,
                       lead_mentions: list[PlaceMention], body_mentions: list[PlaceMention]) -> Partners:
    scores: dict[str, float] = {}
    first: dict[str, tuple[int, int]] = {}
    best: dict[str, tuple[PlaceMention, Place]] = {}
    linked: set[str] = set()
    context = {c.province for m in title_mentions + lead_mentions for c in m.candidates[:1]}

    def credit(m: PlaceMention, place: Place, pts: float, order: tuple[int, int]) -> None:
        prov = place.province
        scores[prov] = scores.get(prov, 0.0) + pts
        if prov not in first or order < first[prov]:
            first[prov] = order
        if prov not in best:
            best[prov] = (m, place)

    for rank, (text, mentions, base, bonus) in enumerate(
        ((title, title_mentions, 3.0, 3.0), (lead_text, lead_mentions, 2.0, 2.0))
    ):
        seen: set[str] = set()
        for group in linked_groups(text, mentions):
            listed = _in_long_list(text, group)
            joined = len({(choose(m, context) or m.candidates[0]).province for m in group}) >= 2
            for m in group:
                place = choose(m, context)
                if place is None or listed:
                    continue
                pts = (base if place.province not in seen else 0.0) + (bonus if joined else 0.0)
                seen.add(place.province)
                if joined:
                    linked.add(place.province)
                credit(m, place, pts, (rank, m.start))
    body_counts: dict[str, int] = {}
    for m in body_mentions:
        place = choose(m, context)
        if place is None:
            continue
        n = body_counts.get(place.province, 0)
        if n < 3:
            body_counts[place.province] = n + 1
            credit(m, place, 0.3, (2, m.start))
    ranked = sorted(scores, key=lambda p: (-scores[p], first[p]))
    # the two best, then any further partner joined to them in the headline or lead
    # ("giữa ba tỉnh A, B và C"): an event with three partners keeps all of them
    chosen = [p for p in ranked[:2] if scores[p] >= 0.9]
    chosen += [p for p in ranked[2:6] if p in linked and scores[p] >= 4.0]
    parties = [Party(best[p][1], _level(*best[p]), best[p][0].start) for p in chosen]
    return Partners(parties=parties, scores=scores)

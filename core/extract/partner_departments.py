"""A province's department twinned with a unit of that province: two units of one province as the two
sides (called from :func:`.partner_groups.add_group_parties`, after :mod:`.partner_units`).

A provincial department, committee or force named without its province ("Sở Kế hoạch và Đầu tư", "Bộ
Chỉ huy Quân sự tỉnh") that twins with a commune or a district ("kết nghĩa giữa Sở A và UBND xã B, huyện
C") is one side, the commune the other: both units of the province the commune lies in, and the pair is
that province twice (the convention of two units of one province, :mod:`.partner_units`). The province of
the department is the commune's: a department twins with the communes of its own province. Each shape a
row, with a sentence written for it:

| shape                                            | example                                              | gives            |
|--------------------------------------------------|------------------------------------------------------|------------------|
| "giữa" a department, "và"/"với" a commune or     | "Lễ ký kết chương trình kết nghĩa giữa Sở Tài chính   | the province and |
| district, a twinning word in the sentence        | và UBND xã A, huyện B"                                | the unit         |
| NOT: the department names its province           | "kết nghĩa giữa Sở Tài chính tỉnh D và xã A, huyện B"  | nothing added    |
| NOT: no twinning word                            | "làm việc giữa Sở Tài chính và UBND huyện B"          | nothing added    |
"""

from __future__ import annotations

import re

from ..places import VIETNAM, resolve

__all__ = ["DEPARTMENTS", "add_department_twin"]

# a department, committee or force of a province, named by its body's word (folded; one example each)
DEPARTMENTS: tuple[tuple[str, str], ...] = (
    ("so", "Sở Kế hoạch và Đầu tư"),
    ("ban", "Ban Dân tộc tỉnh"),
    ("bo chi huy", "Bộ Chỉ huy Quân sự tỉnh"),
    ("cong an tinh", "Công an tỉnh"),
    ("tinh doan", "Tỉnh đoàn"),
    ("lien doan lao dong tinh", "Liên đoàn Lao động tỉnh"),
    ("hoi nong dan tinh", "Hội Nông dân tỉnh"),
)
_TWIN_RE = re.compile(
    r"(?<!\w)giua\s+(?P<dept>(?:" + "|".join(w for w, _ in DEPARTMENTS) + r")(?!\w)[^,.;:\n]{0,60}?)"
    r"\s+(?:va|voi)\s+(?:(?:ubnd|uy ban nhan dan|dang uy)\s+)?(?P<unit>xa|phuong|thi tran|huyen|thi xa|quan)\s+\S")
_TWINNING_RE = re.compile(r"(?<!\w)ket nghia(?!\w)")
_REACH = 60   # from the unit's level word to the first place found of its province ("xã A, huyện B")


def add_department_twin(partners, folded: str, spans: list[tuple[int, int]], mentions) -> None:
    """One Vietnamese partner, and the headline or lead (``spans`` of ``folded``; ``mentions``, their
    places) twins a department named without its province with a unit of that partner: the province
    and the unit are the sides."""
    from .partners import Party

    if len(partners.parties) != 1 or partners.parties[0].place.country != VIETNAM:
        return
    own = partners.parties[0].place.province
    for m in (m for s, e in spans for m in _TWIN_RE.finditer(folded, s, e)):
        lo = max(folded.rfind(". ", 0, m.start()), folded.rfind("\n", 0, m.start())) + 1
        hi = min((i for i in (folded.find(". ", m.end()), folded.find("\n", m.end())) if i >= 0), default=len(folded))
        if not _TWINNING_RE.search(folded, lo, hi):
            continue
        if any(m.start("dept") <= x.start < m.end("dept") for x in mentions):
            continue   # "Sở Tài chính tỉnh D": the department names its province
        unit = next((x for x in sorted(mentions, key=lambda x: x.start)
                     if m.start("unit") <= x.start <= m.start("unit") + _REACH), None)
        place = partners.places.get(unit.start) if unit is not None else None
        province = resolve(own)
        if place is None or place.province != own or place.is_province or province is None:
            continue
        partners.parties[:] = [Party(province, "tỉnh", m.start("dept")), Party(place, unit.level_word or place.level,
                                                                               unit.start)]
        return

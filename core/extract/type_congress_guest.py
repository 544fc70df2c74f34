"""A guest from one locality at another locality's own congress, over its days: the guest's trip, a visit (round 23).
Read by :func:`.type_several_days.over_several_days` for a clause typed a meeting ("tham dự Đại hội": conference).

A congress a body holds for itself ("Đại hội đại biểu Mặt trận Tổ quốc tỉnh B lần thứ XV, nhiệm kỳ 2024-2029",
"Đại hội Đảng bộ tỉnh B lần thứ …") is no meeting between the two localities: an official of the twin province
that attends it over its two or three days is on a trip to the partner, as a delegation that goes to attend its
hosts' ceremony over several days (:data:`.type_delegations.DELEGATION_ATTENDS`). coast23 01 labels such a trip
(a province's Front chairman at the twin province's Front congress, with gifts) a visit. A congress held for the
cooperation itself ("Đại hội Hợp tác … Trung Quốc - ASEAN", merged20 04; "Đại hội Hữu nghị nhân dân các tỉnh
biên giới") names no body of one locality and stays a conference, and so does a congress attended on one day.

| shape (folded; an example of our own)                                                               | type       |
|-----------------------------------------------------------------------------------------------------|------------|
| "Trong 2 ngày 5 và 6/8, ông A, Chủ tịch Ủy ban MTTQ tỉnh Hà Tĩnh tham dự Đại hội đại biểu MTTQ      | visit      |
| tỉnh Bình Định lần thứ XII, nhiệm kỳ 2024-2029"                                                     |            |
| "Từ ngày 5 đến 7/10, Đoàn đại biểu tỉnh A tham dự Đại hội Hợp tác phát triển … các tỉnh biên giới"   | conference |
| "Trong 2 ngày 5 và 6/8, Đại hội đại biểu MTTQ tỉnh Bình Định lần thứ XII đã diễn ra" (no guest)      | conference |
"""

from __future__ import annotations

import re

__all__ = ["CONGRESS_GUEST_EXAMPLES", "guest_at_partners_congress"]

CONGRESS_GUEST_EXAMPLES: tuple[str, ...] = (
    "Trong 2 ngày 5 và 6/8, ông Lê Văn An, Chủ tịch Ủy ban MTTQ tỉnh Hà Tĩnh tham dự Đại hội đại biểu MTTQ tỉnh "
    "Bình Định lần thứ XII, nhiệm kỳ 2024-2029.",
    "Từ ngày 14 đến 16/10, Đoàn đại biểu tỉnh Quảng Trị do ông B làm trưởng đoàn sang dự Đại hội Đảng bộ tỉnh "
    "Savannakhet lần thứ XI, nhiệm kỳ 2025-2030.",
)
_UNIT = r"(tinh|thanh pho|huyen|thi xa|quan|xa)"
# the levels a guest and a host of one rank share ("thành phố" is a province's or a district's)
_LEVELS = {"tinh": {1}, "thanh pho": {1, 2}, "huyen": {2}, "thi xa": {2}, "quan": {2}, "xa": {3}}
# the attending verb, the congress of a body of one locality, named with its round or its term
# (review23: not a congress of several localities, "Đại hội Hữu nghị nhân dân các tỉnh biên giới lần thứ II", which
# the docstring keeps a conference, nor sports games, "Đại hội Thể dục thể thao tỉnh B lần thứ IX": no body's congress)
_CONGRESS = re.compile(r"\b(?:tham du|du)\s+dai hoi\b(?!\s+(?:the duc|the thao|tdtt|the duc the thao)\b)"
                       r"(?:\s+(?:dai bieu|dang bo))?[^.;]{0,60}?(?<!\bcac )(?<!\bhai )(?<!\bba )\b" + _UNIT
                       + r"\s+(\w+(?:\s+\w+){0,2}?)\s+(?:lan thu|nhiem ky|khoa)\b")
# the guest's locality: the last unit named before the attending verb (a title's or a delegation's)
_PLACE = re.compile(r"\b" + _UNIT + r"\s+(?!(?:uy|doan|tinh|huyen|xa)\b)(\w+(?:\s+\w+)?)\b")   # not "Tỉnh ủy tỉnh …"


def _same(a: str, b: str) -> bool:
    return a.startswith(b) or b.startswith(a)


def _peers(unit_a: str, unit_b: str) -> bool:
    """Are the two units of one rank (a province's official at a district's congress is no partner's guest)?"""
    return bool(_LEVELS[unit_a] & _LEVELS[unit_b])


def guest_at_partners_congress(folded_clause: str) -> bool:
    """Does the clause tell a guest from one locality attending another locality's own congress?"""
    if "dai hoi" not in folded_clause:
        return False
    m = _CONGRESS.search(folded_clause)
    if m is None:
        return False
    before = list(_PLACE.finditer(folded_clause, 0, m.start()))
    if not before:
        return False
    guest = before[-1]
    return _peers(guest.group(1), m.group(1)) and not _same(guest.group(2), m.group(2))

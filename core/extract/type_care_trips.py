"""A medical team that goes to a place to examine and treat its people: the team's trip, a visit (round 33,
late33c).

"Đoàn y, bác sĩ tỉnh A đã đến huyện B (Lào) để khám, chữa bệnh cho người dân" is the team's trip, as a team sent to
help against an epidemic is (type_aid_teams) and a delegation that travels to hand over aid (type_aid_trips): the
verb of going stands before what the group does at the partner's, as "đi giao lưu" (type_missions). Only a team of
carers named before the verb of going (đến, sang, tới, vào, ra, lên), the place (a few words, no stop), perhaps
"để", then "khám (, chữa) bệnh", "khám sàng lọc", "khám, cấp thuốc". (hospital33k 03: the sentence that dated the
team's arrival named no row; 'other'.) The care alone, with no going told, stays the rank-8 row of round 12 ("đoàn
y tế tỉnh A khám bệnh, cấp thuốc miễn phí cho người dân huyện B": 'other', as aid handed over is), and a meeting
or a ceremony named in the sentence (rank below 8) outranks the trip.

| folded words                                                 | read as | example (our own)                                          |
|--------------------------------------------------------------|---------|------------------------------------------------------------|
| đoàn y, bác sĩ / bác sĩ / y tế … đến <place> (để) khám bệnh  | visit   | "đoàn bác sĩ tỉnh A đã sang tỉnh B để khám bệnh, cấp thuốc" |

Not read (sentences of our own in tests): patients who come to a hospital ("người dân huyện B sang Bệnh viện tỉnh A để
khám, chữa bệnh": no team goes), a hospital that treats patients at home ("Bệnh viện tỉnh A khám, chữa bệnh cho người
dân tỉnh B"), a team named as the giver after "do", a time after the verb ("đến nay đã khám …"), a team that goes to
attend a rite ("đến dự lễ bàn giao … và khám bệnh"). Matched on folded text (no accents, no case, đ→d).
"""

from __future__ import annotations

import re

from .type_phrases import found as _phrases

__all__ = ["treats_there"]

# the team of carers, not named as a giver ("do đoàn bác sĩ … đến khám")
_TEAM = re.compile(r"(?<!\bdo )\bdoan (?:cong tac )?(?:y,? bac si|bac si|y te|thay thuoc|can bo y te|chuyen gia y te)\b")
# the verb of going, the place (up to 8 words, no stop; not a time: "đến nay", "vào dịp"), perhaps "để", the care
_GOES_TO_TREAT = re.compile(
    r"\b(den|sang|toi|vao|ra|len)\s+(?!(?:nay|nam|ngay|thang|het|dip|dot|luc|sang|chieu|trua|toi|dem|buoi|\d)\b)"
    r"(?:[^\s.;:]+\s+){0,8}?(?:de\s+)?(kham(?:,|\s+va)?\s+(?:chua benh|benh|sang loc|cap thuoc|phat thuoc))\b")

# what the team goes to attend, not a place: "đến dự lễ bàn giao trạm y tế và khám bệnh …" (the rite)
_NOT_A_PLACE = re.compile(r"\b(?:du|tham du|chung kien|le|buoi|hop|hoi nghi|lam viec|hoi dam|ky ket)\b")


def treats_there(clause: str) -> str | None:
    """The words by which a medical team, named in the folded ``clause``, goes to a place to examine and treat its
    people ("den … kham, chua benh"); None when no team goes to do so."""
    if "kham" not in clause or "doan" not in clause:   # the literal tests first: most clauses hold neither
        return None
    team = _TEAM.search(clause)
    if team is None:
        return None
    goes = _GOES_TO_TREAT.search(clause, team.end())
    if goes is None or goes.start() - team.end() > 160 or ";" in clause[team.end():goes.start()]:
        return None
    if _NOT_A_PLACE.search(clause, goes.end(1), goes.start(2)) or any(f[2] < 8 for f in _phrases(clause)):
        return None   # "đến dự lễ bàn giao … và khám bệnh": the rite; a meeting or a ceremony named outranks the trip
    return f"{goes.group(1)} … {goes.group(2)}"

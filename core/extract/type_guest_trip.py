"""A host that receives a guest who is on a trip to attend an occasion (round 29, late29d): the reception, a visit.

A sentence whose verb is the host's reception ("tiếp") may describe its guest by why the guest is there: "Chủ tịch
nước tiếp ông A, Bí thư tỉnh B (Trung Quốc), đang có chuyến thăm Việt Nam, tham dự Hội nghị gặp gỡ đầu xuân với
các tỉnh biên giới". The meeting named there is the guest's reason for coming, told in a clause about the guest;
the sentence's occasion is the reception, the README's visit ("a courtesy call or a reception that is only
'tiếp'"). Read by :mod:`.main_event_type` when the dated clause reads as a meeting, a signing or 'other': the host's
reception comes first, then the guest, then one of the openers below, and every occasion that outranks the
reception is named after that opener. Matched on folded text (no accents, no case, đ→d).

| opener (folded words)  | example (our own)                                                                     |
|------------------------|---------------------------------------------------------------------------------------|
| đang có chuyến thăm    | "tiếp ông A, Bí thư tỉnh B, đang có chuyến thăm Việt Nam, tham dự Hội nghị …"          |
| đang thăm              | "tiếp Thống đốc tỉnh B đang thăm tỉnh A và dự Diễn đàn hợp tác …"                      |
| sang dự, sang tham dự  | "tiếp đoàn đại biểu tỉnh B (Lào) sang dự Hội nghị hợp tác ba tỉnh"                      |
| đến dự, đến tham dự    | "tiếp đoàn đại biểu tỉnh B đến dự Hội nghị xúc tiến đầu tư"                            |

Not read: a host that receives and then holds talks or works with the guest before the opener ("tiếp và hội đàm
với ông A đang có chuyến thăm …", "tiếp và làm việc với đoàn … sang dự …": those rows decide), a session with no
reception ("có buổi làm việc với đoàn … đang có chuyến thăm …": the README's conference), and a guest's occasion
that has a clause of its own after a stop (";").
"""

from __future__ import annotations

import re

from .type_phrases import found

__all__ = ["GUEST_TRIP_EXAMPLES", "receives_guest_on_trip"]

GUEST_TRIP_EXAMPLES: tuple[tuple[str, str], ...] = (
    ("dang co chuyen tham", "Chiều 10/2, Chủ tịch nước tiếp ông A, Bí thư tỉnh B (Trung Quốc), đang có chuyến thăm "
                            "Việt Nam, tham dự Hội nghị gặp gỡ đầu xuân với các tỉnh biên giới."),
    ("dang tham", "Sáng 4/6, Bí thư Tỉnh ủy A tiếp Thống đốc tỉnh B đang thăm tỉnh A và dự Diễn đàn hợp tác."),
    ("sang du", "Sáng 5/3, Chủ tịch UBND tỉnh A tiếp đoàn đại biểu tỉnh B (Lào) sang dự Hội nghị hợp tác ba tỉnh."),
    ("den du", "Chiều 5/3, Bí thư Tỉnh ủy A tiếp đoàn đại biểu tỉnh B đến dự Hội nghị xúc tiến đầu tư."),
)
# the opener, right after the guest (up to 160 characters of names and titles, no stop)
_OPENER = re.compile(r"\b(?:dang (?:co chuyen tham|tham)|(?:sang|den) (?:tham )?du)\b")


def receives_guest_on_trip(clause: str) -> str | None:
    """The opener ("đang có chuyến thăm") after which the folded ``clause`` names why the guest its host receives
    ("tiếp") came, when every occasion that outranks the reception is named after it; None otherwise."""
    if "tiep" not in clause or ("dang " not in clause and " du " not in clause):
        return None
    phrases = found(clause)
    reception = next((f for f in phrases if f[1] == "visit" and "tiep" in f[3]), None)
    if reception is None or reception[3] == "tiep va lam viec":
        return None
    opener = _OPENER.search(clause, reception[0])
    if opener is None or opener.start() - reception[0] > 200 or ";" in clause[reception[0]:opener.start()]:
        return None
    if any(f[0] < opener.start() and f[2] < reception[2] for f in phrases):
        return None   # talks or a session with the guest named before: that occasion
    stop = clause.find(";", opener.end())
    stop = len(clause) if stop < 0 else stop
    if not any(opener.start() <= f[0] < stop and f[2] < reception[2] for f in phrases):
        return None
    return opener.group(0)

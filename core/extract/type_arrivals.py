"""A headline that tells delegations arriving at a place, on a page that names no occasion (round 29, late29d): their
trip, a visit.

A reportage may tell a delegation's journey without any occasion's word: "Đến huyện đảo Trường Sa đợt này có các
đoàn của tỉnh A, tỉnh B …" opens it, and the sentence it dates tells the ship anchoring or the island coming into
sight. The arrival told with the delegations as its subject is the README's visit ("a delegation's trip told with
the delegation as the subject"). Read by :mod:`.main_event_type` only when the dated sentence, the sentences read
with it and the headline name no occasion (a headline that names one keeps it); only the headline's opening words.
Matched on folded text (no accents, no case, đ→d).

| folded opening of the headline                                   | example (our own)                                          |
|-------------------------------------------------------------------|------------------------------------------------------------|
| đến / ra / tới <place> (lần này, đợt này, chuyến này) có (các) đoàn | "Đến huyện đảo Trường Sa đợt này có các đoàn của tỉnh A, B" |

A headline whose subject is the delegation ("Đoàn công tác tỉnh A đã đến huyện đảo B") needs no row here: the
delegation named alone is already the visit's row of type_vocab. Not read: a time after the travel verb ("Đến nay có
các đoàn …", "Đến năm 2025 …", "Đến cuối tháng …"), a place longer than six words, and a figure of speech ("Đến với
…": "với" after the verb).
"""

from __future__ import annotations

import re

__all__ = ["ARRIVAL_EXAMPLES", "delegations_arrive"]

ARRIVAL_EXAMPLES: tuple[str, ...] = (
    "Đến huyện đảo Trường Sa đợt này có các đoàn của tỉnh Bến Tre, tỉnh Long An và thành phố Cần Thơ",
)
_NOT_A_PLACE = r"(?!(?:nay|nam|ngay|thang|tuan|cuoi|dau|giua|het|khi|luc|voi|du|tham du|muc|tan)\b)"
_ARRIVAL = re.compile(
    r"^\W*(?:(?:den|ra|toi)\s+" + _NOT_A_PLACE + r"(?:[^\s,.;:]+\s+){1,6}?(?:(?:lan|dot|chuyen) nay\s+)?"
    r"co (?:cac |nhieu |\d+ )?doan\b)")


def delegations_arrive(folded_headline: str) -> str | None:
    """The words by which the folded headline tells delegations arriving at a place ("đến … có các đoàn"); None
    when it does not."""
    if "doan" not in folded_headline:
        return None
    found = _ARRIVAL.match(folded_headline)
    return None if found is None else found.group(0).strip()

"""A headline that names only a get-together over a lead that tells a delegation's visit (round 32, type32).

A headline that opens by naming an occasion picks between the types the dated sentence holds
(:func:`event_type.main_type`, :mod:`.type_headline_defers`). A get-together named with no kind of its own ("Gặp
mặt, trao đổi kinh nghiệm giữa Sở A và Sở B", "Gặp gỡ hữu nghị …": the rows "gặp mặt", "gặp gỡ" of type_vocab, the
meetings :data:`.type_delegations.MERE_MEETINGS` names) says less than a lead whose delegation comes to visit ("Sáng
19/9, đoàn công tác Sở B do ông C dẫn đầu đã sang thăm và trao đổi kinh nghiệm với Sở A"): the lead's verb is the
visit, and what was exchanged during it is its content (the golds: the delegation that comes to visit is on its
visit, 57 of 60 in round 30's count; admin32k 02 is this shape, labelled visit). The headline still picks when the
lead names a meeting of its own (rank 5 or less: "có buổi gặp mặt", "hội đàm", "làm việc với"): then the lead's own
words hold the meeting. Matched on folded text (no accents, no case, đ→d); the examples are sentences of our own.

| headline opens with | the dated sentence                                                   | read as    |
|---------------------|----------------------------------------------------------------------|------------|
| gặp mặt / gặp gỡ    | a delegation "sang/đến/tới/về thăm", "có chuyến thăm", no meeting of its own | visit      |
| gặp mặt / gặp gỡ    | "đoàn … có buổi gặp mặt, trao đổi với …", "sang thăm và hội đàm với …"       | conference |
"""

from __future__ import annotations

import re
from typing import Sequence

__all__ = ["GET_TOGETHER_HEADLINE_EXAMPLES", "get_together_over_visit"]

# (headline, lead, the lead's type)
GET_TOGETHER_HEADLINE_EXAMPLES: tuple[tuple[str, str, str], ...] = (
    ("Gặp mặt, trao đổi kinh nghiệm giữa Sở Tư pháp tỉnh A và Sở Tư pháp tỉnh B",
     "Sáng 19/9, đoàn công tác Sở Tư pháp tỉnh B do Phó Giám đốc Sở dẫn đầu đã sang thăm và trao đổi kinh nghiệm "
     "với Sở Tư pháp tỉnh A.", "visit"),
    ("Gặp gỡ hữu nghị giữa huyện A và huyện B",
     "Chiều 5/3, đoàn đại biểu huyện B đã có chuyến thăm huyện A.", "visit"),
    ("Gặp mặt, trao đổi kinh nghiệm giữa Sở Tư pháp tỉnh A và Sở Tư pháp tỉnh B",
     "Sáng 19/9, đoàn công tác Sở Tư pháp tỉnh B đã có buổi gặp mặt, trao đổi kinh nghiệm với Sở Tư pháp tỉnh A.",
     "conference"),
)

# the get-together the headline opens with (the phrase event_type found there)
_GET_TOGETHER = frozenset({"gap mat", "gap go"})
# a delegation that comes to visit, in the sentence's own words
_COMES_TO_VISIT = re.compile(r"\b(?:sang|den|toi|ve) tham\b|\bco chuyen tham\b")


def get_together_over_visit(headline_phrase: str, folded_clause: str,
                            found: Sequence[tuple[int, str, int, str]]) -> bool:
    """Does a headline that opens with a mere get-together (``headline_phrase``) stand over a sentence (folded, with
    its ``found`` occasion phrases: position, type, rank, phrase) whose delegation comes to visit and which names no
    meeting of its own (a conference phrase of rank 5 or less)?"""
    if headline_phrase not in _GET_TOGETHER or _COMES_TO_VISIT.search(folded_clause) is None:
        return False
    return all(rank >= 8 for _, etype, rank, _ in found if etype == "conference")

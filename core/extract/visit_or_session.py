"""A host that receives a delegation AND works with it, or a delegation that comes to hold talks: a
working session (conference) or the guests' visit, weighed
(types round 17; the golds' table behind the weights is in docs/accuracy.md, "Types round 17: visit or
working session").

The main clause's verb "tiếp" (receives) alone makes the occasion the guests' visit (type_vocab's rows:
corpus a33, b07). When the host also works with them ("đã tiếp và làm việc với đoàn công tác tỉnh B") it
holds a working session, as a host's "có cuộc làm việc với đoàn …" (corpus b30): a conference, unless the
rest of the clause weighs for the visit: a greeting, a guest on a trip working in the place. The same
weights read a delegation that comes to hold talks on one day ("đã đến thăm và hội đàm với …"): talks,
unless a trip or a working visit is named ("thăm và làm việc, hội đàm với …") or a greeting. Matched on folded text (no accents, no case, đ→d); the Vietnamese
shape is in each row's example (sentences of our own).
"""

from __future__ import annotations

import re

__all__ = ["HOST_WORKS_WITH", "TALKS", "CUES", "host_works_with", "holds_talks", "session_weight"]

# The shape that asks the question: the host receives and works with someone, as verbs or a named session.
# (examples)
HOST_WORKS_WITH_EXAMPLES: tuple[str, ...] = (
    "Chiều 5/3, Chủ tịch UBND tỉnh A đã tiếp và làm việc với đoàn công tác tỉnh B.",
    "Sáng 5/3, lãnh đạo tỉnh A tiếp, làm việc cùng đoàn đại biểu tỉnh B (Lào).",
    "Ngày 5/3, UBND huyện A đón tiếp và làm việc với đoàn cán bộ huyện B.",
    "Chiều 5/3, Thường trực Tỉnh ủy A đã đón và làm việc với Đoàn đại biểu tỉnh B.",
    "Ngày 5/3, Phó Chủ tịch tỉnh A có buổi tiếp và làm việc với đoàn công tác thành phố B.",
    "Ngày 5/3, Ban Quản lý Khu kinh tế tỉnh A tiếp đón và làm việc với phái đoàn tỉnh B.",
)
# ... and the delegation as the direct object, no "với" (round 21, typeconv21: "đã tiếp và làm việc Đoàn công tác
# thành phố B"; "tiếp và làm việc tại huyện C" names no one worked with)
HOST_WORKS_WITH = re.compile(r"\b(?:tiep|don tiep|tiep don|don)(?: va|,)? lam viec (?:voi|cung|(?=(?:cac |hai )?(?:doan|phai doan)\b))")

# ... and the talks a delegation comes to hold ("đoàn tỉnh B đã đến thăm và hội đàm với lãnh đạo tỉnh A"):
# talks on one day are a conference (corpus a01, learn-rulestype10 x04) unless the clause weighs for the
# visit: a trip named ("có chuyến thăm, làm việc và hội đàm …"), a greeting. Talks named as the time or the
# purpose of something else ("sau buổi hội đàm", "chuẩn bị cho hội đàm") are not held in the clause.
# (examples)
TALKS_EXAMPLES: tuple[str, ...] = (
    "Ngày 5/3, đoàn đại biểu cấp cao tỉnh B đã đến thăm và hội đàm với lãnh đạo tỉnh A.",
    "Chiều 5/3, đoàn đại biểu huyện B do ông C làm trưởng đoàn đã sang thăm, giao lưu và hội đàm với huyện A.",
    "Ngày 5/3, đoàn đại biểu tỉnh B do Phó Bí thư làm trưởng đoàn đã thăm và hội đàm với lãnh đạo tỉnh A.",
)
_TALKS_PATTERN = (r"(?<!sau )(?<!sau buoi )(?<!sau cuoc )(?<!truoc )(?<!truoc buoi )(?<!truoc cuoc )(?<!cho )"
                  r"(?<!cho buoi )(?<!cho cuoc )(?<!de )\bhoi dam\b")
TALKS = re.compile(_TALKS_PATTERN)

# What else the clause says, each cue with its weight: > 0 for the guests' visit, < 0 for the working
# session. The sum decides; the shape above weighs -3 of its own, so it takes a greeting (or a guest working
# in the place and coming to visit) to leave the occasion a visit.
# (name, weight, folded pattern, example)
CUES: tuple[tuple[str, int, str, str], ...] = (
    ("the host works with the guests", -3, HOST_WORKS_WITH.pattern,
     "Chủ tịch UBND tỉnh A đã tiếp và làm việc với đoàn công tác tỉnh B"),
    ("talks named", -3, _TALKS_PATTERN,
     "Ngày 5/3, đoàn đại biểu tỉnh B đã đến thăm và hội đàm với lãnh đạo tỉnh A"),
    ("a greeting", +3, r"\b(?:chao xa giao|tham xa giao|tiep xa giao|chuc tet|chuc mung|tham hoi|chuc xuan|"
                       r"den chao|sang chao)\b",
     "Chủ tịch tỉnh A tiếp và làm việc với đoàn tỉnh B đến chào xã giao nhân dịp năm mới"),
    ("the guests work in the place", +2, r"\b(?:tham(?: va|,) lam viec|lam viec|cong tac) (?:tai|o)\b",
     "… tiếp và làm việc với đoàn tỉnh B đang thăm và làm việc tại tỉnh A"),
    # a trip or a working visit named ("chuyến thăm", "thăm và làm việc": 59 of 66 golds are visits)
    ("a trip named", +3, r"\b(?:chuyen tham|chuyen cong tac|nhan chuyen|tham(?: va|,)? lam viec)\b",
     "Ngày 5/3, đoàn tỉnh B đã có chuyến thăm, làm việc và hội đàm với lãnh đạo tỉnh A"),
    ("the guests come to visit", +1, r"\b(?:den|sang) tham\b|\b(?:dang tham|nhan dip doan)\b",
     "… tiếp và làm việc với đoàn tỉnh B nhân dịp đoàn đến thăm tỉnh A"),
    ("a reception named", +1, r"\b(?:buoi|cuoc) (?:tiep|don tiep|tiep don)\b",
     "Phó Chủ tịch tỉnh A có buổi tiếp và làm việc với đoàn tỉnh B"),
)
_CUES = tuple((name, weight, re.compile(rx)) for name, weight, rx, _ in CUES)

# The cues a HOST's working session does not weigh (round 21, typeconv21): the guests' own trip ("… đoàn tỉnh B do
# ông C làm trưởng đoàn đến thăm và làm việc tại tỉnh A", "đang có chuyến thăm và làm việc tại tỉnh") says why they
# came, not what the host did with them. The corpus labels a host's working session with a delegation on its visit
# a conference (b18, b30; a16 from the guests' side), and so do world21 04/08, shapes19 10, world19 02/11 (the last
# three relabelled to it); only a greeting leaves it the guests' visit (68 of 68 golds, round 17).
HOST_IGNORES: frozenset[str] = frozenset({"the guests work in the place", "a trip named", "the guests come to visit"})


def host_works_with(folded_clause: str) -> bool:
    """Does the clause tell a host that receives someone and works with them?"""
    return "lam viec" in folded_clause and HOST_WORKS_WITH.search(folded_clause) is not None


def holds_talks(folded_clause: str) -> bool:
    """Does the clause tell talks held in it (not their time or purpose)?"""
    return "hoi dam" in folded_clause and TALKS.search(folded_clause) is not None


def session_weight(folded_clause: str, *, host: bool = False) -> tuple[int, list[str]]:
    """The clause's weight (< 0: the host's working session, a conference; >= 0: the guests' visit) and the
    cues that gave it. ``host``: the clause tells a host that receives and works with its guests (HOST_IGNORES)."""
    hits = [(name, weight) for name, weight, rx in _CUES
            if not (host and name in HOST_IGNORES) and rx.search(folded_clause)]
    return sum(w for _, w in hits), [name for name, _ in hits]

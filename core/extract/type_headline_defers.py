"""When the occasion a headline opens with does not pick between the lead's occasions (round 25, late25type).

A headline that opens by naming an occasion ("Ký kết …", "Hội đàm …", "Tiếp đón …") picks between the types the
dated sentence holds (:func:`event_type.main_type`). Two shapes where the lead's main verb is the better reading
(docs/accuracy.md, "Round 25: late25type": where headline and lead gave different types, the lead's verb agreed
with the gold on 10 of 14 pages of the corpus and the round's sets, the headline's on 3):

* **a headline that receives AND works with a delegation** ("Tiếp đón và làm việc với đoàn công tác tỉnh B")
  names a reception and a working session, which the rules read as a meeting wherever they are said
  (:mod:`.visit_or_session`, ``HOST_WORKS_WITH``): its opening "tiếp đón" alone is no visit, so it does not make
  the lead's "có buổi làm việc với đoàn …" the guests' visit.
* **talks held every year or on a schedule** ("hội đàm thường niên", "hội đàm định kỳ") are a meeting of their
  own, with its own agenda (last year's minutes reviewed, the next year's agreed); the minutes signed at them
  ("ký kết biên bản …") record the talks, so a headline that names the signing does not make them a signing. A
  ceremony held to sign ("Lễ ký kết biên bản hội đàm thường niên") is still named as a signing by the lead's own
  ranks, and the minutes' name ("ký biên bản hội đàm thường niên") or a purpose ("chuẩn bị cho hội đàm thường
  niên") holds no talks. Only the minutes ("biên bản", not "biên bản ghi nhớ", a memorandum): an agreement or a
  memorandum signed on the sidelines of the talks ("bên lề hội đàm thường niên, hai tỉnh ký kết thỏa thuận …") is
  the signing the headline names, and talks the parties agree to hold from now on ("thống nhất tổ chức hội đàm
  thường niên luân phiên") are not held (review25).
* **a headline that names only a get-together over a delegation that comes to visit** ("Gặp mặt, trao đổi kinh
  nghiệm giữa A và B" over "đoàn công tác B … đã sang thăm và trao đổi kinh nghiệm với A"): the lead's verb is the
  visit, unless the lead names a meeting of its own (:mod:`.type_visits`, round 32; a row here since round 33, so
  that every headline check of :mod:`.event_type` sees it, not only the first).
* **a review conference held, with a signing joined to it** (round 33: "Ký kết chương trình phối hợp giữa A và B"
  over "Hội A đã tổ chức Hội nghị tổng kết đợt 1 … và ký kết chương trình phối hợp với B"): the lead's subject
  holds a conference of its own kind (a review: "tổng kết", "sơ kết"), and the signing is one of its items. The
  golds label that lead the conference wherever it stands (4 of 4: the corpus' "hội nghị sơ kết và ký kết hợp
  tác", "hội nghị tổng kết hợp tác năm 2024 và ký kết biên bản hợp tác năm 2025", a review whose events include a
  signing, and round 33's culture33k 04 under a signing headline). Not a conference held to sign ("hội nghị ký kết
  giao ước thi đua": no review named before the signing), nor a signing ceremony held at a review ("Lễ ký kết diễn
  ra tại hội nghị đánh giá …": the signing named first).

Matched on folded text (no accents, no case, đ→d); the examples are sentences of our own.
"""

from __future__ import annotations

import re
from typing import Sequence

from .type_visits import get_together_over_visit
from .visit_or_session import host_works_with

__all__ = ["PERIODIC_TALKS", "headline_defers", "review_then_signing", "periodic_talks", "periodic_talks_minutes"]

# (name, the headline's type it sets aside, example headline, example lead, the lead's type)
EXAMPLES: tuple[tuple[str, str, str, str, str], ...] = (
    ("a headline that receives and works with a delegation", "visit",
     "Tiếp đón và làm việc với đoàn công tác Sở Y tế tỉnh B",
     "Sáng 5/3, Bệnh viện tỉnh A đã có buổi làm việc với đoàn công tác Sở Y tế tỉnh B.", "conference"),
    ("talks held every year or on a schedule", "signing",
     "Ký kết biên bản phối hợp quản lý biên giới giữa tỉnh A và tỉnh B",
     "Ngày 5/3, đoàn công tác Bộ Chỉ huy Quân sự tỉnh A đã sang thăm, hội đàm thường niên và ký kết biên bản "
     "phối hợp với Bộ Chỉ huy Quân sự tỉnh B.", "conference"),
    ("a headline that names only a get-together over a delegation that comes to visit", "conference",
     "Gặp mặt, trao đổi kinh nghiệm giữa Sở Tư pháp tỉnh A và Sở Tư pháp tỉnh B",
     "Sáng 19/9, đoàn công tác Sở Tư pháp tỉnh B đã sang thăm và trao đổi kinh nghiệm với Sở Tư pháp tỉnh A.",
     "visit"),
    ("a review conference held, with a signing joined to it", "signing",
     "Ký kết chương trình phối hợp giữa Hội Nông dân tỉnh A và Hội Nông dân tỉnh B",
     "Ngày 5/3/2024, Hội Nông dân tỉnh A đã tổ chức Hội nghị tổng kết năm 2023 và ký kết chương trình phối hợp với "
     "Hội Nông dân tỉnh B.", "conference"),
)

# talks held on a schedule; not the minutes' name ("biên bản hội đàm thường niên"), their time or their purpose
PERIODIC_TALKS = re.compile(r"(?<!bien ban )(?<!sau )(?<!truoc )(?<!ben le )(?<!cho )(?<!de )"
                            r"\bhoi dam (?:thuong nien|dinh ky|thuong ky)\b")


def periodic_talks(folded_clause: str) -> bool:
    """Does the clause hold talks held every year or on a schedule ("hội đàm thường niên")?"""
    return "hoi dam " in folded_clause and PERIODIC_TALKS.search(folded_clause) is not None


# what is signed at them is their minutes: "ký kết biên bản phối hợp …", "ký biên bản hợp tác năm 2025" (not "ký kết
# biên bản ghi nhớ hợp tác": a memorandum, the signing itself)
_MINUTES = re.compile(r"\bky(?: ket)? (?:cac |ban )?bien ban\b(?! ghi nho)")
# talks agreed to be held, not held: "thống nhất tổ chức hội đàm thường niên", "sẽ hội đàm định kỳ", "thiết lập cơ chế
# hội đàm định kỳ" (looked for in the words just before the talks)
_AGREED_TO_HOLD = re.compile(r"\b(?:thong nhat|nhat tri|se|du kien|tien toi|de nghi|de xuat|co che)(?: \w+){0,3} $")


def periodic_talks_minutes(folded_clause: str) -> bool:
    """Does the clause hold talks held every year or on a schedule, and sign their minutes ("… đã sang thăm, hội
    đàm thường niên và ký kết biên bản phối hợp …")?"""
    if not periodic_talks(folded_clause) or _MINUTES.search(folded_clause) is None:
        return False
    talks = PERIODIC_TALKS.search(folded_clause)
    return _AGREED_TO_HOLD.search(folded_clause, max(0, talks.start() - 40), talks.start()) is None


# a review held, in the lead's found phrases: "hội nghị tổng kết", "tổng kết", "sơ kết" (type_vocab's rows)
_REVIEWS = frozenset({"tong ket", "so ket"})


def review_then_signing(found: Sequence[tuple[int, str, int, str]]) -> bool:
    """Does the clause (its ``found`` phrases: position, type, rank, phrase) hold a review ("tổng kết", "sơ kết")
    before its first signing, and no signing before the review?"""
    review = min((f[0] for f in found if f[3] in _REVIEWS), default=None)
    signing = min((f[0] for f in found if f[1] == "signing"), default=None)
    return review is not None and signing is not None and review < signing


def headline_defers(headline_type: str, folded_headline: str, folded_clause: str, headline_phrase: str = "",
                    found: Sequence[tuple[int, str, int, str]] = ()) -> str | None:
    """Why the type ``headline_type`` of the occasion the headline names (``headline_phrase``) does not pick between
    the clause's occasions (``found``: position, type, rank, phrase), a row of EXAMPLES, or None when it may."""
    if headline_type == "visit" and host_works_with(folded_headline):
        return EXAMPLES[0][0]
    if headline_type == "signing" and periodic_talks_minutes(folded_clause):
        return EXAMPLES[1][0]
    if headline_type == "conference" and get_together_over_visit(headline_phrase, folded_clause, found):
        return EXAMPLES[2][0]
    if headline_type == "signing" and review_then_signing(found):
        return EXAMPLES[3][0]
    return None

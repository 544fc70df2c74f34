"""A programme that lists a signing before a meeting, under a headline that reports the signing (round 21).

The corpus's convention: a meeting during which something is signed is the meeting ("Hội nghị sơ kết và ký
kết …", corpus b11; "hội đàm và ký kết …", a13), but talks and a signing under a headline that names the
signing alone are the signing (:mod:`signing_or_talks`). A lead may also list a day's programme, item after
item, with the signing before a meeting of its own: "sẽ diễn ra chương trình khảo sát tour, ký kết hợp tác
phát triển du lịch giữa hai sở … và tọa đàm về du lịch …" (south20 09). There the meeting does not hold the
signing (it comes after it, as the next item), and the headline ("Thành phố A và tỉnh B ký kết hợp tác phát
triển du lịch") names the occasion the page reports: the signing. The meeting word's rank (a conference
outranks a signing, :mod:`type_vocab`) reads it as a meeting that signs; this rule reads the list.

The rule needs all of:

* the headline reports a signing (a verb of signing) and names no meeting, talks, visit or reception
  (as in :mod:`signing_or_talks`: "Hội nghị …", "Hội đàm …", "… làm việc với …" keep the meeting);
* the sentence's first occasion word is the signing: no meeting named before it (a meeting named first
  frames what follows: "Hội nghị sơ kết và ký kết …" stays the meeting);
* a meeting is named after it as a new item of the list, after a comma or "và" ("…, ký kết … và tọa đàm
  …"), not as the signing's venue ("ký kết … tại Hội nghị xúc tiến …": the signing at a meeting is another
  rule's, :func:`type_forum.forum_frame`).

=====================================================================  =========================  ==========
lead (the dated sentence)                                              headline                   type
=====================================================================  =========================  ==========
"Ngày 5/3, tại tỉnh B diễn ra chương trình khảo sát, ký kết hợp tác    "A và B ký kết hợp tác     signing
du lịch giữa hai sở và tọa đàm về sản phẩm du lịch."                   du lịch"
"Ngày 5/3, hai huyện ký kết biên bản ghi nhớ, sau đó tổ chức hội thảo  "Hai huyện ký biên bản     signing
về nông nghiệp."                                                       ghi nhớ hợp tác"
"Ngày 5/3, đã diễn ra hội nghị sơ kết và ký kết hợp tác giữa A và B."  "A – B tiếp tục ký kết     conference
                                                                       hợp tác"
"Ngày 5/3, hai sở ký kết hợp tác và tọa đàm về du lịch."               "Hội thảo du lịch A – B"   conference
"Ngày 5/3, A và B ký kết thỏa thuận tại Hội nghị xúc tiến đầu tư."     "A và B ký kết thỏa        not this
                                                                       thuận"                     rule
=====================================================================  =========================  ==========

Matched on folded text (no accents, no case, đ→d); the examples are sentences of our own.
"""

from __future__ import annotations

import re

__all__ = ["signing_listed_first", "EXAMPLES"]

#: (lead, headline, type): the table above, for the tests
EXAMPLES: tuple[tuple[str, str, str], ...] = (
    ("Ngày 5/3, tại tỉnh B diễn ra chương trình khảo sát, ký kết hợp tác du lịch giữa hai sở và tọa đàm về sản "
     "phẩm du lịch.", "A và B ký kết hợp tác du lịch", "signing"),
    ("Ngày 5/3, hai huyện ký kết biên bản ghi nhớ, sau đó tổ chức hội thảo về nông nghiệp.",
     "Hai huyện ký biên bản ghi nhớ hợp tác", "signing"),
    ("Ngày 5/3, đã diễn ra hội nghị sơ kết và ký kết hợp tác giữa A và B.", "A – B tiếp tục ký kết hợp tác",
     "conference"),
    ("Ngày 5/3, hai sở ký kết hợp tác và tọa đàm về du lịch.", "Hội thảo du lịch A – B", "conference"),
)

#: A signing told by its verb and what is signed (folded).
_SIGNS = re.compile(r"\bky(?: ket)?\s+(?:bien ban|thoa thuan|ban ghi nho|ghi nho|ban thoa thuan|chuong trinh|quy che|"
                    r"hop tac|ke hoach|giao uoc|y dinh thu|van ban|mou|ket nghia|hop dong)\b")
#: The meetings a programme may list (folded): a meeting of its own.
_MEETING = re.compile(r"\b(?:hoi nghi|hoi thao|toa dam|dien dan|hoi dam|hoi kien|so ket|tong ket|gap go|gap mat|"
                      r"cuoc hop|phien hop|ky hop)\b")
#: ... named as a new item of the list: after a comma, "và", or "sau đó", perhaps "tổ chức (buổi)" before it.
_NEW_ITEM = re.compile(r"(?:,|\bva\b|\bsau do\b)\s*(?:(?:cung|da|se)\s+)?(?:to chuc\s+)?(?:buoi\s+|cuoc\s+)?$")
#: What a headline may name of a meeting, talks, a visit or a reception (then it does not report the signing alone),
#: or an anniversary of a past signing ("Kỷ niệm 5 năm ký kết hợp tác A – B", "10 năm ký kết …": review21).
_HEAD_OTHER = re.compile(r"\b(?:hoi dam|hoi kien|hoi nghi|hoi thao|toa dam|dien dan|so ket|tong ket|lam viec|gap go|"
                         r"gap mat|tham|tiep|ky hop|ky niem|\d+ nam ky)\b")
#: A headline's verb of signing: "ký kết …", "ký <what is signed>" (not "kỷ niệm", "nhiệm kỳ", which fold alike).
_HEAD_SIGNS = re.compile(r"\bky ket\b|\bky\s+(?:bien ban|thoa thuan|ban ghi nho|ghi nho|chuong trinh|quy che|hop tac|"
                         r"ke hoach|giao uoc|y dinh thu|mou|ket nghia|hop dong)\b")


def signing_listed_first(folded_clause: str, folded_headline: str) -> str | None:
    """The meeting word listed after the signing when the clause lists a signing before a meeting of
    its own and the headline reports the signing alone (the page's occasion: the signing); else None."""
    if not folded_headline or _HEAD_SIGNS.search(folded_headline) is None or _HEAD_OTHER.search(folded_headline):
        return None
    sign = _SIGNS.search(folded_clause)
    if sign is None or _MEETING.search(folded_clause, 0, sign.start()) is not None:
        return None
    for meeting in _MEETING.finditer(folded_clause, sign.end()):
        if _NEW_ITEM.search(folded_clause, sign.end(), meeting.start()) is not None:
            return meeting.group(0)
    return None

"""A lead that reports a signing, then dates it in its next sentence (round 58, late58b, "restated_signing").

A document's signing day told with its participle ("Chương trình được ký kết ngày 4/4/2024") is read as background,
an earlier milestone (the verdict "past", :mod:`.verdict_shapes`), unless the lead's first sentence reports it
(``_reports_it``). A report may first tell the signing with no day, then restate it with its day and its venue in
the lead's second sentence (the first page seen: culture58 02); that day is the page's own occasion, not a past
document's. Read so only when all hold:

- the date stands in the lead's **second** sentence, which opens with the document's noun (a few words, "này" or
  "đã" allowed) and its participle, then the date ("Chương trình được ký kết ngày …", "Bản ghi nhớ này đã được ký
  vào ngày …");
- the lead's first sentence tells the signing as its verb ("đã ký kết", "vừa ký", "chính thức ký kết" + a document's
  noun), carries no date of an occasion, does not ground itself ("Trên cơ sở …", "Thực hiện …"; a purpose, "Nhằm
  giao lưu …", "Với mục đích …", is no ground) and names no other occasion before the verb (a conference, a review,
  a working session, a visit: "Hội nghị sơ kết thỏa thuận đã ký kết …" is the review's news);
- a venue or a time of day follows the date ("… tại thành phố B", "…, lúc 9 giờ"): the signing told as an occasion;
- no other day is dated in the rest of the lead (a later meeting the signing is background to).

| name             | where          | folded pattern                                      | example (our own)               |
|------------------|----------------|-----------------------------------------------------|---------------------------------|
| restated_signing | the lead's 2nd | doc noun … (đã) được ký (kết) (vào) + date + tại/lúc | "… đã ký kết chương trình hợp   |
|                  | sentence       | (the 1st sentence: đã/vừa/chính thức ký (kết) + noun)| tác. Chương trình được ký kết   |
|                  |                |                                                     | ngày 9/5/2023 tại thành phố C." |

Not: "Hai tỉnh tổ chức hội nghị sơ kết thỏa thuận đã ký kết. Thỏa thuận được ký kết ngày 9/5/2020 tại tỉnh A." (the
first sentence's occasion is the review), nor "… đã ký kết thỏa thuận. Thỏa thuận được ký kết ngày 9/5/2020 tại
tỉnh A. Sáng 12/6/2023, hai bên họp …" (a later day in the lead), nor a date with no venue or hour after it.
"""

from __future__ import annotations

import re

from .dates import DateMention
from .verdict_shapes import _DOC_NOUNS, _REVIEWS_IT

#: (name, folded pattern, a sentence written for it)
RESTATED_SIGNING: tuple[tuple[str, str, str], ...] = (
    ("restated_signing",
     rf"\W*(?:{_DOC_NOUNS})\b(?:\s+[^\s.;,]+){{0,4}}?\s+(?:da\s+)?duoc\s+ky(?:\s+ket)?\s+(?:vao\s+)?$",
     "Sở Du lịch tỉnh A và Sở Du lịch tỉnh B đã ký kết chương trình hợp tác du lịch. Chương trình được ký kết ngày "
     "9/5/2023 tại thành phố C."),
)
_SECOND = re.compile(RESTATED_SIGNING[0][1])
# the first sentence's verb: the signing told done, with a document's noun as its object
_SIGNED_VERB = re.compile(rf"\b(?:da|vua|chinh thuc|cung)\s+ky(?:\s+ket)?\s+(?:\S+\s+){{0,2}}?(?:{_DOC_NOUNS})\b")
# another occasion before that verb in the first sentence: the signing is then its background
_OTHER_OCCASION = re.compile(r"\b(?:hoi nghi|so ket|tong ket|lam viec|hoi dam|tham|gap go|tiep|to chuc|thuc hien|"
                             r"trien khai|danh gia)\b")
# a first sentence grounded on an earlier document ("Trên cơ sở …", "Căn cứ …", "Theo …"); a purpose ("Nhằm giao
# lưu …", "Với mục đích …") is not, unless it carries a document out ("Nhằm triển khai …": _OTHER_OCCASION)
_GROUNDED = re.compile(r"\W*(?:tren co so|can cu|theo)\b")
_VENUE_OR_HOUR = re.compile(r"\s*,?\s*(?:tai|luc\s+\d)\b")
_STOP = re.compile(r"[.!?](?=\s)")


def restated_signing(folded: str, m: DateMention, lead, mentions, i: int) -> bool:
    """Is ``m`` (mentions[i], read as a signed document's day) the lead's signing restated with its day?"""
    l0, l1 = lead
    if not l0 <= m.start < l1 or "ky" not in folded[l0:m.start]:
        return False
    stops = [s.start() for s in _STOP.finditer(folded, l0, m.start)]
    if len(stops) != 1 or not _SECOND.match(folded[stops[0] + 1:m.start]):
        return False
    first = folded[l0:stops[0]]
    verb = _SIGNED_VERB.search(first)
    if verb is None or _GROUNDED.match(first) or _REVIEWS_IT.search(first) or _OTHER_OCCASION.search(first, 0, verb.start()):
        return False
    if not _VENUE_OR_HOUR.match(folded, m.end):
        return False
    if any(o.kind == "date" and o.precision == "day" and l0 <= o.start < l1 and j != i for j, o in enumerate(mentions)):
        return False   # the first sentence dates an occasion, or a later day of the lead does
    return True

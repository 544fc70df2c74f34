"""A lead that reports what a signed document sets out, dated only by its signing (main event: the signing).

"Theo biên bản hợp tác … giữa Sở … hai tỉnh A và B, hai địa phương sẽ tổ chức … từ năm 2024. Biên bản hợp tác
được ký vào tháng 7/2023. …": the page dates no occasion of its own; it reports the document, and the one day
it tells is the document's signing, told as done ("được ký", verdict "past"). That signing is the page's
occasion (type signing), not the page's stamp month (a report written months later: stamped January 2024 over
a signing of July 2023).

Read only when (:data:`SHAPES`):

* the lead opens with "Theo <document>" (biên bản, bản ghi nhớ, thỏa thuận, chương trình, kế hoạch), telling
  its content;
* a sentence of the lead or of the next paragraph opens with the same document's noun and tells it signed,
  dated ("Biên bản hợp tác được ký vào tháng 7/2023", "Bản ghi nhớ này đã được ký kết ngày 12/5/2022");
* on a stamped page, the signing is on or before the stamp and at most SIGNED_REACH_DAYS before it (an old
  agreement's signing, reported years later, is background: no occasion).

Matched on folded text (no accents, no case, đ→d).
"""

from __future__ import annotations

import re
from datetime import date, datetime

from .dates import DateMention

__all__ = ["SHAPES", "SIGNED_REACH_DAYS", "signed_document_main"]

#: A signing reported at most this long after it (about a year).
SIGNED_REACH_DAYS = 366

#: (name, example): the shapes read.
SHAPES: tuple[tuple[str, str], ...] = (
    ("lead_reports_document", "Theo biên bản hợp tác giữa Sở … hai tỉnh A và B, hai địa phương sẽ tổ chức …"),
    ("document_signed_on", "Biên bản hợp tác được ký vào tháng 7/2023; Bản ghi nhớ này đã được ký kết ngày 12/5/2022"),
)

_NOUN = r"(?P<noun>bien ban|ban ghi nho|thoa thuan|chuong trinh|ke hoach)"
_LEAD = re.compile(rf"\W*(?:\([^()]{{1,40}}\)\s*-?\s*)?theo\s+(?:noi dung\s+)?(?:cac\s+)?{_NOUN}\b")
_SIGNED_BEFORE = re.compile(r"(?P<noun>bien ban|ban ghi nho|thoa thuan|chuong trinh|ke hoach)\b[^.;!?\n]{0,60}?"
                            r"\b(?:da\s+)?duoc\s+ky(?:\s+ket)?\s+(?:vao\s+)?(?:ngay\s+|thang\s+)?$")


def _day(m: DateMention) -> date | None:
    try:
        return date(m.year, m.month or 1, m.day or 1)
    except (TypeError, ValueError):
        return None


def signed_document_main(readings, folded: str, lead: tuple[int, int], paragraphs: list[tuple[int, int]],
                         published: "datetime | date | None"):
    """The reading of the signing the lead's document is dated by (:data:`SHAPES`), or None."""
    l0, l1 = lead
    head = _LEAD.match(folded, l0, l1)
    if head is None:
        return None
    after = next((p for p in paragraphs if p[0] >= l1), None)
    reach = after[1] if after is not None else l1
    for r in readings:
        m = r.mention
        if r.verdict != "past" or not l0 <= m.start < reach or m.year is None or m.month is None:
            continue
        s = max(folded.rfind(ch, l0, m.start) for ch in ".;!?\n") + 1
        x = _SIGNED_BEFORE.match(folded, s + len(folded[s:m.start]) - len(folded[s:m.start].lstrip()), m.start)
        if x is None or x["noun"] != head["noun"]:
            continue
        d = _day(m)
        if published is not None and d is not None:
            stamp = published.date() if isinstance(published, datetime) else published
            if d > stamp or (stamp - d).days > SIGNED_REACH_DAYS:
                continue
        return r
    return None

"""A document whose signing the page dates with a full date ("ngày 26/12/2018, hai hội đã tổ chức ký kết
chương trình phối hợp giai đoạn 2018 - 2022") is that signing's, wherever the page names it: round 35 (late35a).

Each shape a row of :data:`SIGNED_DATED` (name, example); matched on folded text (no accents, no case, đ→d).

- ``dated_signing_period`` (the period of a document signed on a dated day is no cue of another day) is a row of
  :mod:`.year_signed_earlier`'s one rule since round 36 (fold36): :func:`dated_signings` finds the signings for it.
- ``review_of_dated_signing``: a review of N years of carrying out a document ("Hội nghị sơ kết 1 năm thực hiện
  Biên bản ký kết chương trình phối hợp …") on a page that dates the signing of that document elsewhere, in a
  sentence of its own ("ngày 26/12/2018, … ký kết chương trình phối hợp …"): held N years after it, Y+N (the
  ``review_since`` row of year_cue_kinds, whose date stands in the review's own sentence, "(ký ngày 14/5/2018)").
  The document is the same when the signing's first document noun ("chương trình", "thỏa thuận", "biên bản" …)
  stands in the review's words; a review of another document ("sơ kết 2 năm thực hiện Nghị quyết …") gives no
  cue. Two dated signings of the noun for different years give none either.
"""

from __future__ import annotations

import re

from .dates import DateMention
from .year_cue_kinds import CUE, YearCue
from ..scan import fold_slice
from ..text import fold
from .number_words import counting

__all__ = ["SIGNED_DATED", "dated_signings", "reviews_of_signed"]

SIGNED_DATED: tuple[tuple[str, str], ...] = (
    ("review_of_dated_signing", "Ngày 20/10, hai hội tổ chức hội nghị sơ kết 1 năm thực hiện chương trình phối hợp. "
                                "… Ngày 5/12/2017, hai hội đã ký kết chương trình phối hợp giai đoạn 2017 - 2021."),
)

#: The nouns of a signed document, first after the signing verb.
DOCUMENTS = ("chuong trinh", "thoa thuan", "bien ban", "ke hoach", "quy che", "ban ghi nho", "hiep dinh",
             "hiep uoc", "de an", "quy uoc")
#: "ký" as a page may write it (with its accent in any case, or a page written without accents)
_SIGN_WRITTEN = ("ký", "Ký", "KÝ", "ky", "Ky", "KY")
_SIGN = re.compile(r"\bky(?:\s+ket)?\b")
_DOCUMENT = re.compile(r"\s*(?:(?:cac|ban|van ban)\s+)?(" + "|".join(DOCUMENTS) + r")\b")
_SENTENCE_END = re.compile(r"[.!?;]\s|\n")
#: How far after the date the signing verb may stand in its sentence (the parties' names between).
SIGN_REACH = 200
#: "sơ kết 1 năm thực hiện …": the review of N years and the words after it (its clause).
_REVIEW_YEARS = re.compile(r"\b(?:so ket|tong ket|danh gia|nhin lai)\s+(?:ket qua\s+)?(\d{1,2}|mot|hai|ba|bon|nam)"
                           r"\s+nam\s+(?:thuc hien|trien khai)\b([^.;!?\n]{0,160})")
_REVIEW_WORDS = ("so ket", "tong ket", "danh gia", "nhin lai")
_NUMBER_WORDS = counting(1, 5)


def dated_signings(text: str, mentions: list[DateMention]) -> list[tuple[DateMention, str, int]]:
    """(the date, the document noun, where its sentence ends) for each full date whose sentence goes on to sign a
    document within :data:`SIGN_REACH` characters after it ("ngày 26/12/2018, … đã tổ chức ký kết chương trình …";
    "… ký ngày 5/3/2019 …" is the review_since row's)."""
    out = []
    for m in mentions:
        if m.kind != "date" or m.precision != "day" or m.year is None:
            continue
        window = text[m.end:m.end + SIGN_REACH + 40]
        if not any(w in window for w in _SIGN_WRITTEN):
            continue   # (a cheap literal test first: most full dates sign nothing)
        e = _SENTENCE_END.search(text, m.end, m.end + 400)
        hi = e.start() if e else min(len(text), m.end + 400)
        after = fold_slice(text, m.end, min(hi, m.end + SIGN_REACH + 40), fold)
        s = _SIGN.search(after)
        if s is None or s.start() > SIGN_REACH:
            continue
        d = _DOCUMENT.match(after, s.end())
        if d is None:
            continue
        out.append((m, d.group(1), hi))
    return out


def _reviews(folded: str):
    """The matches of :data:`_REVIEW_YEARS`, tried only where one of its review words stands (the regex would try
    its alternatives at every character of the page)."""
    for w in _REVIEW_WORDS:
        at = folded.find(w)
        while at >= 0:
            if (at == 0 or not folded[at - 1].isalnum()) and (r := _REVIEW_YEARS.match(folded, at)) is not None:
                yield r
            at = folded.find(w, at + len(w))


def reviews_of_signed(text: str, cues: list[YearCue], signings: list[tuple[DateMention, str, int]],
                      folded: str | None = None) -> list[YearCue]:
    """``review_since`` cues for a review of N years of a document whose signing another sentence dates
    (``review_of_dated_signing``)."""
    if not signings:
        return []
    if folded is None or len(folded) != len(text):
        folded = fold(text)
    if not any(w in folded for w in _REVIEW_WORDS):
        return []
    have = {c.pos for c in cues if c.name == "review_since"}
    out: list[YearCue] = []
    for r in _reviews(folded):
        n = r.group(1)
        n = int(n) if n.isdigit() else _NUMBER_WORDS[n]
        if not 0 < n <= 30:
            continue
        words = r.group(2)
        found = [(d, noun) for d, noun, _ in signings if noun in words and d.start not in have]
        if len({d.year for d, _ in found}) != 1:
            continue   # no dated signing of that document, or two of different years
        d = found[0][0]
        out.append(YearCue(d.start, d.year + n, "review_since", CUE["review_since"].weight, r.start(), r.end(),
                           also=(d.start, d.end)))
    return out

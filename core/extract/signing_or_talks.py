"""Talks with a signing in them: the talks, or the signing (types rounds 17 and 18), weighed.

The corpus's convention: a working session or talks with a signing during it is the meeting (a13 "Hội đàm
và ký kết …", a28, b05, b11: a review meeting that also signs), a signing ceremony as the occasion is the
signing. A lead that tells talks and a signing in one breath ("đã có buổi hội đàm, ký kết thỏa thuận hợp
tác") is weighed from two things the golds agree on (docs/accuracy.md, "Types round 18"):

* **who holds the talks.** Talks of the localities' leaders ("đoàn đại biểu cấp cao", a governor, the
  chairman of the province's committee) are a meeting of their own: they review, they plan, they sign
  among other things (corpus a13, a21, a28, audit14 u008). Talks of two sector bodies (two departments,
  two unions, two commands) are read the same way. Round 18 weighed them as the signing (+3) from four
  builders' golds (holdout13 p20, holdout14 r24, holdout16 u05, learn-rulespair14 p04); the first unread
  page it fired on (holdout18 y06, two justice departments' talks and signing) is labelled the talks, as
  the issue and the corpus say ("a working session or conference, even with a signing during it"), and
  the corpus has no such page of its own: the golds split, the stated convention decides, and the cue
  was dropped at the merge.
* **what the headline names.** One that names the signing and nothing of the talks ("Tỉnh A - tỉnh B ký
  kết thỏa thuận hợp tác giai đoạn 2021-2025") makes the signing the occasion (learn-rulesdate9 l20,
  learn-rulesdate10 r23, corpus a25); one that names the talks ("Hội đàm giữa …", "A: Hội đàm và ký kết
  …") keeps them; one that names neither decides nothing.

A meeting named as such ("hội nghị sơ kết …", "hội nghị tổng kết …") is an occasion of its own, whatever
its headline and whoever holds it (corpus b11; holdout13 p22, learn-rulespair14 p03: sector bodies' review
meetings that also sign are conferences). Matched on folded text (no accents, no case, đ→d); examples
are sentences of our own.
"""

from __future__ import annotations

import re

from .type_headline_defers import periodic_talks_minutes

__all__ = ["headline_signing_over_talks", "signing_weight", "CUES"]

# (the lead's clause, the headline, the occasion)
EXAMPLES: tuple[tuple[str, str, str], ...] = (
    ("Sáng 5/3, đoàn đại biểu tỉnh A và đoàn đại biểu tỉnh B đã có buổi hội đàm, ký kết thỏa thuận hợp tác.",
     "Tỉnh A - tỉnh B ký kết thỏa thuận hợp tác giai đoạn 2026-2030", "signing"),
    ("Ngày 5/3, tại trụ sở Tỉnh ủy A đã diễn ra buổi hội đàm và ký kết Thỏa thuận hợp tác năm 2026.",
     "Hai tỉnh A - B ký Thỏa thuận hợp tác năm 2026", "signing"),
    ("Ngày 5/3, lãnh đạo tỉnh A và tỉnh B đã hội đàm và ký biên bản hợp tác.",
     "Hội đàm giữa đoàn đại biểu cấp cao tỉnh A và tỉnh B", "conference"),
    ("Chiều 5/3, lãnh đạo huyện A và huyện B (Lào) đã hội đàm, ký kết kết nghĩa giữa hai huyện.",
     "Huyện A và huyện B (Lào) ký MOU, kết nghĩa hai huyện", "signing"),
    ("Ngày 5/3, đã diễn ra hội nghị sơ kết và ký kết hợp tác giữa tỉnh A và thành phố B.",
     "Tỉnh A – thành phố B tiếp tục ký kết hợp tác", "conference"),
    # round 18: whoever holds the talks (sector bodies too: see "who holds the talks" above)
    ("Sáng 5/3, Hội Nông dân tỉnh A đã hội đàm và ký kết biên bản hợp tác với Hội Nông dân tỉnh B (Lào).",
     "Hội đàm giữa Hội Nông dân tỉnh A và Hội Nông dân tỉnh B", "conference"),
    ("Ngày 5/3, tại tỉnh A đã diễn ra hội đàm giữa Sở Y tế tỉnh A và Sở Y tế tỉnh B, ký kết kế hoạch hợp tác.",
     "Tăng cường hợp tác y tế giữa hai tỉnh", "conference"),
    ("Ngày 5/3, Công an tỉnh A và Sở An ninh tỉnh B tổ chức hội đàm và ký biên bản ghi nhớ.",
     "Hợp tác bảo đảm an ninh biên giới", "conference"),
    ("Ngày 5/3, đoàn đại biểu cấp cao tỉnh A và tỉnh B đã hội đàm, ký kết biên bản hợp tác tại Đồn Biên phòng C.",
     "Tăng cường hợp tác giữa hai tỉnh", "conference"),
    ("Ngày 5/3, Chủ tịch UBND tỉnh A và Thống đốc tỉnh B đã hội đàm và ký kết biên bản ghi nhớ.",
     "Tỉnh A và tỉnh B hợp tác phát triển", "conference"),
    ("Ngày 5/3, Tỉnh đoàn A và Đoàn Thanh niên tỉnh B tổ chức hội nghị tổng kết và ký kết chương trình phối hợp.",
     "Ký kết chương trình phối hợp giữa tuổi trẻ hai tỉnh", "conference"),
)
_TALKS = re.compile(r"\b(?:hoi dam|hoi kien)\b")
_SIGNS = re.compile(r"\bky(?: ket)?\s+(?:bien ban|thoa thuan|ban ghi nho|ghi nho|ban thoa thuan|chuong trinh|quy che|hop tac|"
                    r"ke hoach|giao uoc|y dinh thu|van ban|mou|ket nghia|hop dong)\b")
# a meeting named as such is an occasion of its own (its own review, its own agenda)
_MEETING = re.compile(r"\b(?:hoi nghi|so ket|tong ket|ky hop|hoi thao|toa dam|dien dan)\b")
# ... and so are talks held every year or on a schedule that sign their minutes ("hội đàm thường niên và ký kết biên
# bản …": round 25, type_headline_defers)
# what a headline may name of the talks, the meeting or a visit
_HEAD_OTHER = re.compile(r"\b(?:hoi dam|hoi kien|hoi nghi|so ket|tong ket|lam viec|gap go|gap mat|tham|tiep|ky hop)\b")
# the localities' leaders hold the talks (or are named in the sentence that tells them)
_LEADERS = re.compile(r"\b(?:cap cao|tinh uy|thanh uy|huyen uy|ubnd|hdnd|uy ban nhan dan|hoi dong nhan dan|tinh truong|"
                      r"thong doc|huyen truong|chu tich (?:ubnd|hdnd|uy ban|tinh|thanh pho|huyen|nuoc)|"
                      r"bi thu (?:tinh|thanh|huyen)|lanh dao (?:tinh|thanh pho|huyen|hai tinh|hai thanh pho|hai huyen|"
                      r"cac tinh))\b")
# (cue, weight, example of our own, golds with the cue among talks-with-a-signing leads: signing/conference)
CUES: tuple[tuple[str, int, str, str], ...] = (
    ("the headline names the signing and nothing of the talks", +2,
     "Tỉnh A - tỉnh B ký kết thỏa thuận hợp tác giai đoạn 2026-2030", "5/0"),
    ("the headline names the talks, a meeting or a visit", -2,
     "Hội đàm giữa đoàn đại biểu cấp cao tỉnh A và tỉnh B", "1/3"),
    ("the localities' leaders hold the talks", -1,
     "đoàn đại biểu cấp cao tỉnh A và tỉnh B đã hội đàm, ký kết biên bản hợp tác", "3/4"),
)


def signing_weight(folded_clause: str, folded_headline: str) -> tuple[int, list[str]] | None:
    """The weight of the signing against the talks (above 0: the signing) and the cues that gave it, when the
    clause tells talks with a signing in them and no meeting of their own; else None."""
    if "hoi dam" not in folded_clause and "hoi kien" not in folded_clause:
        return None   # (a cheap guard: most clauses name no talks)
    if _TALKS.search(folded_clause) is None or _SIGNS.search(folded_clause) is None:
        return None
    if _MEETING.search(folded_clause) is not None or periodic_talks_minutes(folded_clause):
        return None
    weight, cues = 0, []
    head_other = _HEAD_OTHER.search(folded_headline) is not None
    signs = (not head_other and _SIGNS.search(folded_headline) is not None,   # one flag for each of CUES
             head_other,
             _LEADERS.search(folded_clause) is not None)
    for (cue, w, _example, _golds), on in zip(CUES, signs):
        if on:
            weight += w
            cues.append(f"{cue} {w:+d}")
    return weight, cues


def headline_signing_over_talks(folded_clause: str, folded_headline: str) -> bool:
    """Does the clause tell talks with a signing (no meeting of its own) that weigh as the signing?"""
    found = signing_weight(folded_clause, folded_headline)
    return found is not None and found[0] > 0

"""Years a plan (or review) verb's sentence names that are no plan for the occasion's year.

:func:`~hoptac.core.extract.year_cues.find_year_cues` reads a bare "năm Y" after a plan verb
("ký kết", "xây dựng", "triển khai") as the plan's year (``plan_year``). Shapes that put such a
verb before a year that is another occasion's (round 18, learn-rulestype12 t11 and learn-rulestype10
x16, where two such years contradicted the right cue and left the year unknown):

======================  ====================================================================  ======
shape                   example (written for the table)                                       reads
======================  ====================================================================  ======
``signed_document``     "Trạm y tế do tỉnh A xây tặng, theo Thỏa thuận ký kết tại kỳ họp      no cue
                        thường niên giữa hai tỉnh vào năm 2019."  -- a document named, then
                        the participle "ký (kết)": when it was signed, an earlier occasion
``work_done``           "Nhà văn hóa được xây dựng với kinh phí 5 tỷ đồng, dự kiến hoàn       no cue
                        thành trong năm 2024." -- a work's completion (as "… khánh thành … vào năm 2017",
                        already no cue): when a work is to be done, not the occasion's year
``tally``               "Về nông thôn mới, chỉ tính năm 2016 và năm 2017 huyện có thêm 9 xã   no cue
                        đạt chuẩn"; "tính riêng năm 2022"; "riêng trong năm 2021": one
                        year's results singled out, a past year's tally
``named_document``      "Hai bên thống nhất phương hướng hợp tác, bảo đảm thực hiện hiệu quả    no cue
                        Hiệp định Quy chế quản lý biên giới năm 2016." -- a law or treaty
                        named with its year (capitalised "Hiệp định", "Luật", "Bộ luật",
                        "Hiến pháp", "Nghị định", then its title words, no comma): the year
                        the document bears, not the plan's (a signing verb before it is left
                        to ``signed_document``)
``quarter_unread``      "Hai huyện ký kết kế hoạch tuần tra chung quý VI năm 2021." -- a      no cue
                        quarter whose numeral the quarter rule does not read (I-IV, 1-4
                        only: a misnumbered one): the year is a quarter's, not the
                        year's, whatever the verb (a year's plan at a meeting of November
                        would read the year before); which quarter is not known
``signed_in_year``      "Hai bên rà soát việc thực hiện Bản ghi nhớ hợp tác ký năm 2016 giữa    no cue
                        hai huyện." -- a document's noun, then its participle "ký (kết)" /
                        "ban hành" right before "năm Y", whatever word leads the clause: Y
                        dates the document, an earlier occasion (round 27, data27 03: a review
                        of an agreement's implementation read as a review of Y). The parties
                        may stand between ("Bản ghi nhớ hợp tác giữa TP.A và thành phố B ký
                        kết vào năm 2022": round 30, sport30k 05, where the year read as a
                        plan's disagreed with the page's stamp and left the day unknown). The review
                        comes after the signing, so Y is a lower bound at most. Not: "đánh
                        giá kết quả hợp tác năm 2017" (no participle: a review of the year
                        itself), "ký kết Kế hoạch hợp tác năm 2018" (the verb before the noun:
                        the plan's year), "Biên bản … sẽ ký năm 2020" (not yet signed)
======================  ====================================================================  ======

Each is a question on folded text around one year mention; none scans the page.
"""

from __future__ import annotations

import re

from ..text import fold

__all__ = ["NOT_PLANS", "not_a_plan"]

NOT_PLANS: tuple[tuple[str, str], ...] = (
    ("signed_document", "theo Thỏa thuận ký kết tại kỳ họp thường niên giữa hai tỉnh vào năm 2019"),
    ("work_done", "dự kiến hoàn thành trong năm 2024; sẽ đưa vào sử dụng trong năm 2025"),
    ("tally", "chỉ tính năm 2016 và năm 2017 huyện có thêm 9 xã đạt chuẩn; tính riêng năm 2022, …"),
    ("named_document", "thực hiện hiệu quả Hiệp định Quy chế quản lý biên giới năm 2016; triển khai Luật Đất đai năm 2024"),
    ("quarter_unread", "Hai huyện ký kết kế hoạch tuần tra chung quý VI năm 2021"),
    ("signed_in_year", "rà soát việc thực hiện Bản ghi nhớ hợp tác ký năm 2016 giữa hai huyện"),
)

#: "quý VI năm " right before the year (as written: a numeral in capitals or digits, so not "quý vị", the
#: honorific): a quarter the quarter rule (dates) leaves unread, its "năm Y" read alone.
_QUARTER_BEFORE = re.compile(r"(?<!\w)[Qq][Uu][ÝýYy]\s+(?:[IVX]{1,4}|\d{1,2})\s+(?:[Nn][Ăă][Mm]\s+)?$")

#: A document's noun just before the signing verb: "Biên bản ký kết", "Thỏa thuận (hợp tác) được ký".
_DOC_SIGNED = re.compile(r"\b(?:bien ban|thoa thuan|ban ghi nho|ghi nho|hiep dinh|hiep uoc|quy che|van kien)"
                         r"(?:\s+(?:hop tac|ghi nho|ket nghia))?\s+(?:da\s+|duoc\s+)?$")
#: A law or treaty named with its year, right before it: a capitalised head, then title words (no
#: punctuation), then "năm": "Hiệp định Quy chế quản lý biên giới năm ", "Luật Đất đai năm ".
_NAMED_DOC = re.compile(r"(?<!\w)(?:Hiệp định|Bộ luật|Luật|Hiến pháp|Nghị định)(?:\s+[^\s.,;:!?()\[\]“”\"]+){1,9}?"
                        r"(?:\s+năm)?\s+$")   # (the year's mention may open with its "năm")
#: A document's noun, up to six words of its title (no punctuation), then its participle "ký (kết)" / "ban
#: hành" (perhaps "đã", "được"; not after "sẽ", "sắp", "dự kiến", nor "và": another verb of the clause) right before the year: "Thỏa thuận hợp tác
#: ký năm ", "Bản ghi nhớ giữa hai huyện được ký kết vào năm ", "Quy chế phối hợp ban hành năm ".
_SIGNED_IN_YEAR = re.compile(r"\b(?:bien ban|thoa thuan|ban ghi nho|ghi nho|hiep dinh|hiep uoc|quy che|van kien|"
                             r"nghi quyet|quyet dinh|ke hoach|chuong trinh|de an|hop dong)(?:\s+[^\s.,;:!?()]+){0,6}?"
                             r"(?:\s+giua(?:\s+(?:[^\s.,;:!?()]|\.(?=\w))+){2,10}?)?"   # "… giữa TP.A và thành phố B"
                             r"\s+(?<!\sse\s)(?<!\ssap\s)(?<!\sdu kien\s)(?<!\sva\s)(?:da\s+|duoc\s+)?(?:ky(?:\s+ket)?|ban\s+hanh)"
                             r"\s+(?:vao\s+|trong\s+)?(?:nam\s+)?$")
#: The signing verb the plan keyword stands for.
_SIGN_VERB = re.compile(r"ky\b")
#: Before the year: "(dự kiến) hoàn thành / đưa vào sử dụng / khánh thành … trong|vào năm".
_IN_YEAR = re.compile(r"\b(?:trong|vao)\s+(?:nam\s+)?$")
_WORK = re.compile(r"\b(?:khanh thanh|hoan thanh|dua vao su dung|khoi cong|ban giao)\b")
#: "chỉ tính (riêng) (trong) năm 2018 (và|, năm) …", "tính riêng năm …", "riêng (trong) năm …"
_TALLY = re.compile(r"\b(?:chi tinh(?:\s+rieng)?|tinh rieng|rieng)\s+(?:trong\s+)?(?:nam\s+\d{4}\s*(?:,|va)\s*)*(?:nam\s+)?$")


def not_a_plan(text: str, start: int, sort: str | None, at: int, folded: str | None = None) -> str | None:
    """The :data:`NOT_PLANS` shape that makes the year mention at ``start`` no plan's year (its
    clause's deciding word, :func:`year_cues._classify`, is ``sort`` at ``at``), or None.
    ``folded``: ``text`` folded character by character, if the caller has it (windows sliced from it)."""
    def fw(a: int, b: int) -> str:   # fold(text[a:b])
        return folded[a:b] if folded is not None else fold(text[a:b])

    lo = max(0, start - 60)
    raw = text[lo:start]
    if ("iêng" in raw or "ính" in raw) and _TALLY.search(fw(lo, start)):   # (cheap gates: "riêng", "tính", any case)
        return "tally"
    tail = raw[-16:]
    if ("q" in tail or "Q" in tail) and _QUARTER_BEFORE.search(tail):
        return "quarter_unread"
    if any(w in tail for w in ("ký", "kí", "Ký", "Kí", "hành")) and _SIGNED_IN_YEAR.search(fw(max(0, start - 150), start)):
        return "signed_in_year"   # (gated on the participle's letters just before the year, as written)
    if sort != "plan" or at >= start:
        return None
    if _SIGN_VERB.match(fw(at, at + 4)):
        return "signed_document" if _DOC_SIGNED.search(fw(max(0, at - 30), at)) else None
    if _IN_YEAR.search(fw(max(lo, start - 12), start)) and _WORK.search(fw(at, start)):
        return "work_done"
    d = _NAMED_DOC.search(text, max(at, start - 90), start)
    if d is not None and not _SIGN_VERB.match(fw(at, at + 4)):
        return "named_document"
    return None

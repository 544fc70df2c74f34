"""A signing named as the past of the sentence's occasion: no signing of the sentence (round 32, type32).

A lead often names the agreement its occasion follows from, with the time that has passed since it was signed or
the year it was signed in: "Sau hai năm ký kết biên bản ghi nhớ, đoàn đại biểu tỉnh B đã sang thăm tỉnh A",
"Thực hiện thỏa thuận hợp tác ký kết năm 2022, …", "… tiếp đoàn tỉnh B, địa phương đã ký kết hợp tác với tỉnh từ năm
2015". The signing is the reason or the background, not what the sentence dates; read as one (rank 6) it outranks the
visit (rank 7) that the sentence tells, and on a page with no headline of its own the lead, taken for the headline,
made "a visit whose headline reports a signing". The digits' form ("sau 5 năm ký kết") was already no signing
(type_phrases: "45 năm ký Hiệp ước"); these are the words' form and the signing's own past year. Matched on folded
text (no accents, no case, đ→d); only the verb's words are blanked, so the sentence's other occasions are read.

| folded words                                                | example (our own)                                  |
|-------------------------------------------------------------|----------------------------------------------------|
| sau/gần/hơn/tròn/qua + một … mười, nhiều, mấy, vài + năm ký | "Sau hai năm ký kết biên bản ghi nhớ, đoàn B …"     |
| (đã/được) ký kết (vào/từ/trong) năm YYYY                    | "Thực hiện thỏa thuận ký kết năm 2022, đoàn B …"    |
| (đã) ký kết … từ năm YYYY (a few words, no stop between)    | "… địa phương đã ký kết hợp tác với tỉnh từ năm 2015" |
| (đã/được) ký kết (trong) thời gian qua / những năm qua / trước đây / trước đó | "… đánh giá những nội dung hợp tác đã ký kết trong thời gian qua" (round 33) |

Not blanked: a period the agreement covers ("ký kết thỏa thuận giai đoạn từ năm 2024 đến năm 2028"), a rite or a
meeting named with the year ("Lễ ký kết năm 2024"), a signing dated by its day ("Biên bản được ký kết ngày 5/3",
perhaps the page's own), a signing whose object carries the year ("ký kết kế hoạch hợp tác năm 2024": the plan
for that year, signed now), a province that ends in "Nam" before its verb ("tỉnh Hải Nam ký kết …", "Quảng Nam ký
…": no time word before it).
"""

from __future__ import annotations

import re

__all__ = ["PAST_SIGNING_EXAMPLES", "PAST_SIGNING_GUARDS"]

PAST_SIGNING_EXAMPLES: tuple[str, ...] = (
    "Sau hai năm ký kết biên bản ghi nhớ, ngày 5/3, đoàn đại biểu tỉnh B đã sang thăm tỉnh A.",
    "Thực hiện thỏa thuận hợp tác ký kết năm 2022, sáng 5/3, Phó Chủ tịch UBND tỉnh A đã tiếp đoàn tỉnh B.",
    "Chiều 5/3, lãnh đạo tỉnh A đã tiếp đoàn tỉnh B, địa phương đã ký kết hợp tác với tỉnh từ năm 2015.",
    "Ngày 5/3/2024, đoàn đại biểu tỉnh A và đoàn đại biểu tỉnh B đã đánh giá những nội dung hợp tác đã ký kết trong "
    "thời gian qua.",
)

_NUMBER_WORDS = "mot|hai|ba|bon|tu|nam|sau|bay|tam|chin|muoi|nhieu|may|vai"
_TIME_WORDS = "sau|gan|hon|tron|qua|sau khi"
# "(sau) hai năm ký": the time since the signing, a number in words after a time word (one fixed-width look-behind
# for each pair: Python's look-behinds are fixed-width)
_YEARS_SINCE = ("(?:" + "|".join(rf"(?<=\b{t} {n} )" for t in _TIME_WORDS.split("|") for n in _NUMBER_WORDS.split("|"))
                + r")nam ky\b")
# the signing's own past year, right after the verb ("ký kết năm 2022", "ký kết vào năm 2019", "ký kết từ năm 2015")
_SIGNED_IN = r"(?:vao |tu |trong )?nam (?:19|20)\d\d\b(?!\s*(?:(?:den|toi)\s|[-–]))"
# ... or after its object, as "since" ("đã ký kết hợp tác với tỉnh từ năm 2015"): a few words, no stop between
# (not a period the agreement covers: "thỏa thuận giai đoạn từ năm 2024 đến năm 2028")
# ... or told as done in the time just past, right after the verb ("những nội dung hợp tác đã ký kết trong thời gian
# qua", "thỏa thuận được ký kết trước đây"), round 33: finance33k 08's agreement text, whose preamble reviews them
_SIGNED_BEFORE = r"(?:(?:trong )?(?:thoi gian|nhung nam|cac nam|may nam) qua|truoc (?:day|do))\b"
_SIGNED_SINCE = r"(?:(?!giai doan)[^,.;:()]){1,60}?\btu nam (?:19|20)\d\d\b(?!\s*(?:(?:den|toi)\s|[-–]))"

#: {folded words: the pattern that must match where they start}, read with type_words_not.GUARDED_NOT (either blanks)
PAST_SIGNING_GUARDS: dict[str, re.Pattern[str]] = {
    "nam ky": re.compile(_YEARS_SINCE),
    # (the verb, not a rite's or a meeting's name: "Lễ ký kết năm 2024", "Hội nghị ký kết năm 2024" are the occasion)
    "ky ket": re.compile(rf"(?<!le )(?<!buoi )(?<!nghi )ky ket(?= {_SIGNED_IN}| {_SIGNED_SINCE}| {_SIGNED_BEFORE})"),
    "da ky ket": re.compile(rf"da ky ket(?= {_SIGNED_IN}| {_SIGNED_SINCE}| {_SIGNED_BEFORE})"),
    "duoc ky ket": re.compile(rf"duoc ky ket(?= {_SIGNED_IN}| {_SIGNED_SINCE}| {_SIGNED_BEFORE})"),
}

"""A letter or a notice of the partner received or sent (round 32, late32b): the notice is the news, an
announcement (docs/accuracy.md, "Round 32: late32b").

A province's office reports that it has received a letter, an official dispatch or a notice from its partner
("UBND tỉnh A vừa nhận được Công thư của tỉnh B về việc mở lại chợ biên giới từ ngày …"), or that it sends one
("UBND tỉnh A gửi công thư tới tỉnh B …"): what the page tells is the notice and what it makes known, an
announcement, as the letters of greeting and sympathy ("thư chúc mừng", "điện chia buồn": type_notices) and the
dispatches a side sends ("gửi công văn", "có văn bản gửi": type_vocab) are. Before these rows such a lead named
no occasion ("other"). The noun must be a written notice ("công thư" the formal letter between two
administrations, "công văn", "công điện", "văn bản", "thông báo"); "nhận được" of anything else (aid, support,
"nhận được sự quan tâm") names none. A bare "thư" is left to the letters named by what they say ("thư chúc
mừng", "bức thư"): "nhận được thu nhập" (an income) folds like "nhận được thư". "Thông báo về việc …" is the notice's title ("Thông báo về việc tạm
dừng …"); the same verb with "cho nhau" ("hai bên đã thông báo cho nhau về tình hình …") is what the sides tell
each other at a meeting, no notice of its own, and is no row.

Rank 8, the lowest: a letter handed over or received on a visit ("đoàn tỉnh A sang thăm và trao công thư của
Tỉnh trưởng …", "trong chuyến thăm, đoàn nhận được công thư …") is the visit (rank 7), a notice read out at a
conference ("Hội nghị công bố thông báo về việc …") the conference. Folded (no accents, no case, đ→d), whole
words.

| folded words           | reads as             | example (our own)                                                              |
|------------------------|----------------------|--------------------------------------------------------------------------------|
| nhận được công thư     | announcement, rank 8 | "UBND tỉnh A vừa nhận được công thư của tỉnh B về việc mở lại cửa khẩu phụ"     |
| nhận được công văn     | announcement, rank 8 | "Sở Y tế tỉnh A nhận được công văn của tỉnh B đề nghị phối hợp cách ly"          |
| nhận được công điện    | announcement, rank 8 | "tỉnh A nhận được công điện của tỉnh B về việc tạm dừng đón khách"              |
| nhận được văn bản      | announcement, rank 8 | "UBND huyện A nhận được văn bản của huyện B về tuyến đường liên huyện"           |
| nhận được thông báo    | announcement, rank 8 | "Ban Quản lý cửa khẩu A nhận được thông báo của phía B về giờ thông quan"       |
| gửi công thư           | announcement, rank 8 | "UBND tỉnh A đã gửi công thư tới chính quyền tỉnh B đề nghị mở lại chợ"         |
| có công thư            | announcement, rank 8 | "Tỉnh trưởng tỉnh B có công thư gửi UBND tỉnh A về việc mở lại chợ"            |
| thông báo về việc      | announcement, rank 8 | "chính quyền tỉnh B thông báo về việc tạm đóng lối mở biên giới với tỉnh A"     |
| gửi thư thông báo      | announcement, rank 8 | "phía tỉnh B gửi thư thông báo vào sáng 3/9 về việc xả lũ hồ chứa trên sông"   |
"""

from __future__ import annotations

__all__ = ["LETTER_PHRASES"]

#   (folded phrase, type, rank, example): rows of MAIN_TYPE_PHRASES (type_vocab)
LETTER_PHRASES: tuple[tuple[str, str, int, str], ...] = (
    ("nhan duoc cong thu", "announcement", 8, "UBND tỉnh A vừa nhận được công thư của tỉnh B về việc mở lại cửa khẩu phụ"),
    ("nhan duoc cong van", "announcement", 8, "Sở Y tế tỉnh A nhận được công văn của tỉnh B đề nghị phối hợp cách ly"),
    ("nhan duoc cong dien", "announcement", 8, "tỉnh A nhận được công điện của tỉnh B về việc tạm dừng đón khách"),
    ("nhan duoc van ban", "announcement", 8, "UBND huyện A nhận được văn bản của huyện B về tuyến đường liên huyện"),
    ("nhan duoc thong bao", "announcement", 8, "Ban Quản lý cửa khẩu A nhận được thông báo của phía B về giờ thông quan"),
    ("gui cong thu", "announcement", 8, "UBND tỉnh A đã gửi công thư tới chính quyền tỉnh B đề nghị mở lại chợ"),
    ("co cong thu", "announcement", 8, "Tỉnh trưởng tỉnh B có công thư gửi UBND tỉnh A về việc mở lại chợ"),
    ("thong bao ve viec", "announcement", 8, "chính quyền tỉnh B thông báo về việc tạm đóng lối mở biên giới với tỉnh A"),
    # a letter of notice sent, named by what it is (round 42, late42c: water42 07, "… gửi thư thông báo vào sáng nay
    # 20-8"): the bare "thư" stays no row, "thư thông báo" is the notice
    ("gui thu thong bao", "announcement", 8, "phía tỉnh B gửi thư thông báo vào sáng 3/9 về việc xả lũ hồ chứa trên sông"),
)

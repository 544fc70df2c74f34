"""What a delegation does and why parties meet: the tables the main event's type reads beside the
phrases of :mod:`.type_vocab` (which re-exports them). Matched on folded text (no accents, no case,
đ→d); the Vietnamese original is beside each entry.
"""

from __future__ import annotations

import re

# A delegation that goes to attend its hosts' occasion over several days ("Trong 3 ngày từ 5 đến 7/9,
# Đoàn công tác tỉnh A … đã sang dự Lễ kỷ niệm … tại tỉnh B"): the days are its trip, a visit. A
# ceremony attended on one day stays that ceremony ("Tối 29/1, đoàn … sang tham dự Lễ khai mạc …"), and
# a festival that is itself the sentence's subject stays the festival ("Trong 2 ngày 5 và 6/9, tại tỉnh
# B đã diễn ra Lễ hội …").   (folded verb between the delegation and the occasion, example)
DELEGATION_ATTENDS: tuple[tuple[str, str], ...] = (
    ("sang du", "Từ ngày 5 đến 7/9, Đoàn đại biểu tỉnh A đã sang dự Lễ kỷ niệm Quốc khánh tại tỉnh B (Lào)"),
    ("sang tham du", "Trong hai ngày 5 và 6/4, đoàn công tác huyện A sang tham dự Lễ hội té nước tại huyện B"),
    ("den du", "Từ ngày 3 đến 5/12, đoàn đại biểu tỉnh B đến dự Tuần văn hóa tỉnh A"),
    ("den tham du", "Trong các ngày 3 - 5/12, đoàn đại biểu tỉnh B đến tham dự Liên hoan văn nghệ tại tỉnh A"),
)

# What a delegation led by someone ("Đoàn … do ông A dẫn đầu", "… làm trưởng đoàn") does where it
# goes that makes the occasion its visit, not a meeting: it works in the place or with its hosts,
# it meets them. (Talks it holds, "hội đàm với …", stay a conference.) A working session told as
# one step of a trip already under way ("Tiếp tục chuỗi hoạt động tại tỉnh A, đoàn … đã có buổi
# làm việc với …") is an occasion of its own: a conference, unless the row says "also then".
# (folded phrase after the leader, what follows the phrase, also then, example)
DELEGATION_VISITS: tuple[tuple[str, tuple[str, ...], bool, str], ...] = (
    ("lam viec", (" tai ",), True, "Đoàn cán bộ tỉnh A do ông B dẫn đầu làm việc tại tỉnh C để tìm hiểu …"),
    ("lam viec", (" voi ",), False, "Đoàn đại biểu huyện A do ông B làm trưởng đoàn đã có buổi làm việc với UBND huyện C"),
    ("gap go", (" voi ", ", "), True, "Tiếp tục chương trình tại tỉnh A, đoàn công tác tỉnh B do bà C dẫn đầu đã gặp gỡ, "
     "giao lưu với lãnh đạo tỉnh A"),
)
# A trip under way, before the delegation: "Tiếp tục chuỗi hoạt động tại …", "Tiếp tục chương trình công tác …"
TRIP_UNDER_WAY = re.compile(r"\btiep tuc (?:chuoi |cac )?(?:hoat dong|chuong trinh|chuyen|lich)\b")

# The host's side of the same visit: the hosts work with a delegation the sentence says is led by
# someone or is on its visit ("lãnh đạo tỉnh A đã làm việc với đoàn công tác tỉnh B do ông C dẫn đầu",
# "… có buổi làm việc với đoàn đại biểu thành phố B đang thăm tỉnh"): receiving it, as "tiếp đoàn".
# A delegation neither led nor visiting ("làm việc với đoàn đại biểu các tỉnh A, B, C") keeps the
# working session a meeting; talks ("hội đàm với đoàn …") stay talks.
#   (what follows 'làm việc với đoàn' in the clause, example)
DELEGATION_RECEIVED: tuple[tuple[str, str], ...] = (
    ("dan dau", "lãnh đạo tỉnh A đã làm việc với đoàn công tác tỉnh B (Lào) do ông C dẫn đầu"),
    ("lam truong doan", "UBND huyện A làm việc với đoàn đại biểu huyện B do ông C làm trưởng đoàn"),
    ("dang tham", "Phó Chủ tịch UBND tỉnh A có buổi làm việc với đoàn công tác thành phố B đang thăm tỉnh"),
    ("dang sang tham", "lãnh đạo tỉnh A làm việc với đoàn đại biểu tỉnh B đang sang thăm và làm việc"),
    ("nhan chuyen tham", "lãnh đạo huyện A làm việc với đoàn huyện B nhân chuyến thăm của đoàn"),
)
_RECEIVED_AFTER = "|".join(sorted((a for a, _ in DELEGATION_RECEIVED), key=len, reverse=True))
# (a guest named by title, "làm việc với Thị trưởng thành phố B nhân chuyến thăm của đoàn", is on its
# visit as well: only the visit's words are asked after other guests than a delegation)
# ('Đảng tham gia', 'Đảng tham mưu' fold to the letters of 'đang thăm': the word after tells them apart)
RECEIVED_DELEGATION = re.compile(r"\blam viec voi (?:(?:cac )?doan\b[^;.]{0,200}?\b(?:" + _RECEIVED_AFTER + r")"
                                 r"|[^;.]{0,200}?\b(?:dang (?:sang )?tham|nhan chuyen tham))\b"
                                 r"(?! (?:gia|du|muu|khao|luan|van)\b)")

# What an occasion is held FOR, after "nhân dịp" ("on the occasion of"): a celebration, a
# holiday, a ceremony the guests came to attend. From there to the next comma the clause tells
# why the parties meet, not what they do: "Sáng 26/4, nhân dịp dự Lễ kỷ niệm …, đoàn … đến
# chào xã giao" is a visit. ("nhân dịp Đoàn đến thăm" names the visit itself: not a reason.)
# (folded words after "nhân dịp" [+ "tham dự"/"dự"/"sang dự"], whether it is a commemoration, example)
OCCASION_REASONS: tuple[tuple[str, bool, str], ...] = (
    ("ky niem", True, "nhân dịp kỷ niệm 30 năm Ngày thành lập tỉnh"),
    ("le ky niem", True, "nhân dịp tham dự Lễ kỷ niệm 50 năm Ngày Giải phóng"),
    ("quoc khanh", True, "nhân dịp Quốc khánh nước bạn"),
    ("ngay quoc khanh", True, "nhân dịp Ngày Quốc khánh 2/9"),
    ("ngay thanh lap", True, "nhân dịp Ngày thành lập Quân đội nhân dân Lào"),
    ("le", False, "nhân dịp sang dự Lễ hội Hoa Phượng Đỏ"),
    ("le hoi", False, "nhân dịp dự Lễ hội đường hoa"),
    ("tet", False, "nhân dịp Tết cổ truyền"),
    ("xuan", False, "nhân dịp Xuân mới"),
    ("nam moi", False, "nhân dịp năm mới"),
)

# Meetings that are only a meeting (no agenda named): held for a commemoration they are part of
# the celebration, an 'other' occasion like the "Lễ kỷ niệm" itself ("Chiều 1/10, Sở Ngoại vụ tỉnh
# gặp mặt đại diện huyện bạn nhân dịp kỷ niệm Quốc khánh nước bạn"). Tết greetings stay visits.
# A friendly exchange held for one is the same ("hai đồn biên phòng gặp mặt, giao lưu hữu nghị nhân kỷ
# niệm Quốc khánh"): 'giao lưu hữu nghị' is only a meeting too.
MERE_MEETINGS: tuple[str, ...] = ("gap mat", "gap go", "giao luu huu nghi")

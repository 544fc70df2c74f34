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
# goes that makes the occasion its visit, not a meeting: it works in the place or with its hosts.
# (Talks it holds, "hội đàm với …", stay a conference, and so do a working session it holds, "đã có buổi
# làm việc với Tỉnh trưởng tỉnh C", and a meeting, "đã gặp gỡ, giao lưu với Thống đốc tỉnh C": event_type.)
# A led delegation that works with ANOTHER delegation ("… làm Trưởng đoàn làm việc với Đoàn đại biểu tỉnh C do … làm
# Trưởng đoàn") holds a meeting with it, not the row's visit (event_type's _WITH_DELEGATION, round 54).
# A working session told as one step of a trip already under way ("Tiếp tục chuỗi hoạt động tại tỉnh A,
# đoàn … đã làm việc với …") is an occasion of its own: a conference, unless the row says "also then".
# (folded phrase after the leader, what follows the phrase, also then, example)
DELEGATION_VISITS: tuple[tuple[str, tuple[str, ...], bool, str], ...] = (
    ("lam viec", (" tai ",), True, "Đoàn cán bộ tỉnh A do ông B dẫn đầu làm việc tại tỉnh C để tìm hiểu …"),
    ("lam viec", (" voi ",), False, "Đoàn đại biểu huyện A do ông B làm trưởng đoàn đã làm việc với UBND huyện C"),
)
# A trip under way, before the delegation: "Tiếp tục chuỗi hoạt động tại …", "Tiếp tục chương trình công tác …"
TRIP_UNDER_WAY = re.compile(r"\btiep tuc (?:chuoi |cac )?(?:hoat dong|chuong trinh|chuyen|lich)\b")

# The hosts' side is no visit of its own: a working session the hosts hold with a delegation, led by someone or
# on its visit ("lãnh đạo tỉnh A đã có buổi làm việc với đoàn công tác tỉnh B do ông C dẫn đầu", "… làm việc với
# đoàn đại biểu thành phố B đang thăm tỉnh"), is a meeting (holdout12 m06, corpus b30); receiving it ("tiếp đoàn",
# "tiếp và làm việc với đoàn", "có cuộc gặp mặt với phái đoàn") is its visit (type_vocab).

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
    # a meeting the guests came for: "nhân dịp Hội nghị giao ban biên giới, đoàn … đã đến chào xã giao …" is the call
    ("hoi nghi", False, "nhân dịp dự Hội nghị giao ban công tác biên giới"),
    ("dien dan", False, "nhân dịp tham dự Diễn đàn hợp tác địa phương"),
    # ... and every other meeting a guest may come for (round 12): the call it pays stays the call
    ("giao ban", False, "nhân dịp dự giao ban công tác biên giới"),
    ("ky hop", False, "nhân dịp dự Kỳ họp thường niên của hai tỉnh"),
    ("dai hoi", False, "nhân dịp dự Đại hội Hữu nghị nhân dân các tỉnh biên giới"),
    ("hoi thao", False, "nhân dịp dự Hội thảo xúc tiến du lịch"),
    ("toa dam", False, "nhân dịp sang dự Tọa đàm hữu nghị"),
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
# A host meeting a delegation ("Sở Ngoại vụ tỉnh A gặp mặt với đoàn đại biểu huyện B nhân dịp kỷ niệm Quốc khánh …")
# is one too: it is a visit only without a commemoration (type_vocab's rows).
MERE_MEETINGS: tuple[str, ...] = ("gap mat", "gap go", "giao luu huu nghi", "gap mat voi doan", "cuoc gap mat voi doan",
                                  "gap mat voi phai doan", "cuoc gap mat voi phai doan", "gap go voi doan",
                                  "gap go phai doan", "gap go doan")

"""Round 54, late54d: a retrospective whose lead tells the twinning day an anniversary of the page counts from
(core/extract/retrospective_lead.py, shape counted_by_anniversary) reports no occasion of its own: the stamp's month
dates nothing, and is never given to the old day's sentence. Sentences written for these tests (docs/accuracy.md,
"Round 54: late54d")."""

from __future__ import annotations

import pytest

from hoptac.core.extract.retrospective_lead import RETROSPECTIVE_SHAPES
from extract_support import main_or_none

HEAD = "NÔNG CỐNG - DUY XUYÊN, 50 NĂM TÌNH NGHĨA\n\n"
#: stamped days before the anniversary, late enough in the month for a stamped page's month (RECENT_SAME_MONTH_FROM)
STAMP = "Ngày 10/03/2017 10:12:44\n\n"
#: the lead tells the old twinning ceremony; a semicolon inside its first sentence does not end it
LEAD = ("Cách đây 50 năm, giữa những năm tháng chiến tranh gian khổ; theo chủ trương của Tỉnh ủy Thanh Hóa và Tỉnh ủy "
        "Quảng Nam, ngày 12/3/1967, tại trụ sở Huyện ủy Nông Cống đã diễn ra Lễ kết nghĩa giữa huyện Nông Cống và "
        "huyện Duy Xuyên. Đây là mốc son trong quan hệ của hai huyện.\n")
BODY = ("Kỷ niệm 50 năm kết nghĩa Nông Cống - Duy Xuyên (12/3/1967-12/3/2017) là dịp ôn lại truyền thống cách mạng "
        "và tình cảm gắn bó của hai địa phương. Nhân dân hai huyện luôn sẻ chia những khó khăn.\n")

RETROSPECTIVES = [
    HEAD + STAMP + LEAD + BODY,
    HEAD + STAMP + LEAD.replace("gian khổ;", "gian khổ,") + BODY,   # no semicolon
    HEAD + STAMP + LEAD.replace("đã diễn ra Lễ kết nghĩa giữa", "hai huyện chính thức kết nghĩa,").replace(
        "huyện Nông Cống và huyện Duy Xuyên", "huyện Nông Cống với huyện Duy Xuyên") + BODY,   # the bond as the verb
]


@pytest.mark.parametrize("page", RETROSPECTIVES, ids=["semicolon", "comma", "bond_verb"])
def test_a_retrospective_counted_by_its_anniversary_dates_no_occasion(page):
    main = main_or_none(page)
    # not the stamp's month typed by the 1967 sentence (a 2017 "signing" that never happened)
    assert main is not None and main["date"] is None, main
    assert main["pair"] == ["Quảng Nam", "Thanh Hóa"], main


def test_the_shapes_are_named_with_an_example():
    assert [name for name, _ in RETROSPECTIVE_SHAPES] == ["counted_in_headline", "counted_by_anniversary"]
    assert all(example for _, example in RETROSPECTIVE_SHAPES)


#: What must not change (pass before and after).
KEPT = [
    # the anniversary's ceremony reported by its day: that day
    ("NÔNG CỐNG - DUY XUYÊN kỷ niệm 50 năm kết nghĩa\n\nNgày 12/03/2017 16:20:00\n\n"
     "Sáng 12/3, tại huyện Nông Cống, huyện Nông Cống và huyện Duy Xuyên tổ chức lễ kỷ niệm 50 năm ngày kết nghĩa "
     "(12/3/1967 - 12/3/2017). Ngày 12/3/1967, hai huyện chính thức kết nghĩa.\n", "2017-03-12"),
    # an undated recent occasion on a stamped page: the stamp's month
    (HEAD + "Ngày 20/03/2017 09:00:00\n\nVừa qua, đoàn công tác huyện Duy Xuyên đã đến thăm huyện Nông Cống. "
     "Ngày 12/3/1967, hai huyện đã kết nghĩa.\n" + BODY, "2017-03"),
    # the lead celebrates the old day (a present occasion named before it): the stamp's month
    (HEAD + "Ngày 20/03/2017 09:00:00\n\nNhân dịp kỷ niệm 50 năm ngày kết nghĩa 12/3/1967, đoàn công tác huyện Duy "
     "Xuyên đến thăm và làm việc với huyện Nông Cống.\n" + BODY, "2017-03"),
    (HEAD + "Ngày 20/03/2017 09:00:00\n\nNhân dịp kỷ niệm 50 năm ngày 12/3/1967, ngày hai huyện kết nghĩa, đoàn công tác "
     "huyện Duy Xuyên đến thăm và làm việc với huyện Nông Cống.\n" + BODY, "2017-03"),
    # a bond fewer than OLD_YEARS before the stamp: not read as a retrospective here (as before)
    (HEAD.replace("50 NĂM", "5 NĂM") + STAMP + LEAD.replace("Cách đây 50 năm", "Cách đây 5 năm").replace("1967", "2012")
     + BODY.replace("50 năm", "5 năm").replace("12/3/1967", "12/3/2012"), "2017-03"),
]


@pytest.mark.parametrize("page, want", KEPT, ids=["ceremony_day", "recent", "celebrates", "celebrates_bond", "within_old_years"])
def test_the_other_shapes_keep_their_reading(page, want):
    main = main_or_none(page)
    assert main is not None and main["date"] == want, main


# --- a delegation named for its work ("đoàn làm việc của …", core/extract/type_phrases.py DELEGATION_NAMED) is no
# working session: what the delegation then does types the occasion

SCHOOL = "Trường Cao đẳng Y tế Thanh Hóa tăng cường hợp tác với tỉnh Hủa Phăn\n\n"
TAIL = "\nHai bên trao đổi về kết quả hợp tác đào tạo trong thời gian qua.\n"


def _type_of(lead: str) -> str:
    main = main_or_none(SCHOOL + lead + TAIL)
    assert main is not None and main["date"] == "2024-04-02", main
    return main["type"]


def test_a_working_delegation_named_far_from_its_visit_is_a_visit():
    lead = ("Sáng 2/4/2024, dẫn đầu đoàn làm việc của Trường Cao đẳng Y tế Thanh Hóa là ông Lê Văn Bình, Hiệu trưởng "
            "Nhà trường cùng với Trưởng phòng Đào tạo bà Trần Thị Hoa đã lên đường thăm và làm việc với các cơ sở y tế "
            "của tỉnh Hủa Phăn (Lào).")
    assert _type_of(lead) == "visit"


def test_the_table_rows_have_examples():
    from hoptac.core.extract.type_phrases import DELEGATION_NAMED
    assert [row[0] for row in DELEGATION_NAMED] == ["working_delegation"]
    assert all(row[3] for row in DELEGATION_NAMED)


@pytest.mark.parametrize("lead, want", [
    # the head of a delegation works with its hosts (the verb): read as before (type_delegations: a delegation's trip)
    ("Sáng 2/4/2024, đoàn đại biểu tỉnh Thanh Hóa do ông Lê Văn Bình làm Trưởng đoàn làm việc với lãnh đạo tỉnh Hủa "
     "Phăn (Lào).", "visit"),
    # the delegation works with its hosts (the verb): a session
    ("Sáng 2/4/2024, đoàn làm việc với lãnh đạo tỉnh Hủa Phăn (Lào) về hợp tác đào tạo của tỉnh Thanh Hóa.", "conference"),
    # the named delegation holds a working session: still the session
    ("Sáng 2/4/2024, đoàn làm việc của tỉnh Thanh Hóa đã có buổi làm việc với lãnh đạo tỉnh Hủa Phăn (Lào).", "conference"),
    # named close to its visit: a visit, as before
    ("Sáng 2/4/2024, đoàn làm việc do ông Lê Văn Bình, Phó Chủ tịch UBND tỉnh Thanh Hóa dẫn đầu đã đến thăm tỉnh Hủa "
     "Phăn (Lào).", "visit"),
], ids=["head_of_delegation_works_with", "delegation_works_with", "holds_a_session", "named_then_visits"])
def test_working_sessions_keep_their_type(lead, want):
    assert _type_of(lead) == want

"""Round 25 (late25type): how a headline's opening occasion weighs against the lead's main verb, and "cuộc họp
báo" (docs/accuracy.md, "Round 25: late25type"; core/extract/type_headline_defers.py, type_vocab's row).
Sentences written for this test (no page's own words)."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from hoptac.core.extract.type_headline_defers import PERIODIC_TALKS, periodic_talks
from extract_support import headed_type as _type


# --- "cuộc họp báo" is a press conference ('other', as "họp báo", "buổi họp báo"), not 'cuộc họp' (a meeting)
def test_a_press_conference_named_cuoc_hop_bao_is_no_meeting():
    assert _type("Sắp diễn ra Tuần văn hóa hai tỉnh biên giới",
                 "Tuần văn hóa sẽ gắn kết hai tỉnh, Phó Giám đốc Sở Văn hóa tỉnh Điện Biên cho biết tại cuộc họp báo "
                 "về chương trình giao lưu với tỉnh Phông Sa Lỳ (Lào) tổ chức chiều 5/3, tại Hà Nội.") == "other"


def test_guard_a_meeting_between_the_sides_stays_a_meeting():
    assert _type("Hai tỉnh bàn về hợp tác du lịch",
                 "Chiều 5/3, tại tỉnh Điện Biên đã diễn ra cuộc họp giữa lãnh đạo tỉnh Điện Biên và tỉnh Phông Sa Lỳ "
                 "(Lào) về hợp tác du lịch.") == "conference"


# --- a headline that receives AND works with a delegation is a working session: its opening "Tiếp đón" does not
# make the lead's "có buổi làm việc với đoàn …" the guests' visit
@pytest.mark.parametrize("head", [
    "Tiếp đón và làm việc với đoàn công tác Sở Y tế tỉnh Hủa Phăn, Lào",
    "Tiếp và làm việc với đoàn cán bộ Sở Y tế tỉnh Hủa Phăn (Lào)",
])
def test_a_headline_that_receives_and_works_leaves_the_leads_session(head):
    lead = ("Sáng ngày 5/3/2025, Bệnh viện Đa khoa tỉnh Thanh Hóa đã có buổi làm việc với đoàn công tác Sở Y tế "
            "tỉnh Hủa Phăn, nước CHDCND Lào.")
    assert _type(head, lead) == "conference"


@pytest.mark.parametrize("head, lead, want", [
    # a reception headline alone still names the guests' visit
    ("Tiếp đón đoàn công tác Sở Y tế tỉnh Hủa Phăn, Lào",
     "Sáng ngày 5/3/2025, Bệnh viện Đa khoa tỉnh Thanh Hóa đã có buổi làm việc với đoàn công tác Sở Y tế "
     "tỉnh Hủa Phăn, nước CHDCND Lào.", "visit"),
    # a delegation's trip told with the delegation as the subject stays its visit under such a headline
    ("Tiếp đón và làm việc với đoàn công tác tỉnh Hủa Phăn (Lào)",
     "Sáng 5/3, đoàn công tác tỉnh Hủa Phăn (Lào) do ông Xay Phon, Phó Chủ tịch tỉnh làm trưởng đoàn đã đến thăm "
     "và làm việc tại tỉnh Thanh Hóa.", "visit"),
    # a greeting stays the visit under a "tiếp và làm việc" headline
    ("Tiếp và làm việc với đoàn đại biểu tỉnh Hủa Phăn (Lào)",
     "Chiều 5/2, đoàn đại biểu tỉnh Hủa Phăn (Lào) do ông Xay Phon làm trưởng đoàn đã đến thăm, chúc Tết "
     "lãnh đạo tỉnh Thanh Hóa.", "visit"),
])
def test_guards_a_reception_headline_and_a_greeting(head, lead, want):
    assert _type(head, lead) == want


# --- talks held every year or on a schedule, with the minutes signed in them, are the talks, whatever the
# headline names (the corpus's "talks with a signing during them")
@pytest.mark.parametrize("head, lead", [
    ("Ký kết biên bản phối hợp quản lý biên giới giữa tỉnh Kon Tum và tỉnh Attapư (Lào)",
     "Ngày 5/3/2025, đoàn công tác Bộ Chỉ huy Bộ đội Biên phòng tỉnh Kon Tum đã sang thăm, hội đàm thường niên "
     "và ký kết biên bản phối hợp quản lý biên giới năm 2025 với Bộ Chỉ huy Quân sự tỉnh Attapư."),
    ("Công an tỉnh Kon Tum và Sở An ninh tỉnh Attapư ký biên bản hợp tác năm 2025",
     "Ngày 5/3/2025, Công an tỉnh Kon Tum và Sở An ninh tỉnh Attapư (Lào) đã hội đàm định kỳ và ký kết biên bản "
     "hợp tác năm 2025."),
])
def test_periodic_talks_with_a_signing_are_the_talks(head, lead):
    assert _type(head, lead) == "conference"


@pytest.mark.parametrize("head, lead", [
    # a ceremony held to sign the minutes is the signing
    ("Ký kết biên bản hội đàm thường niên giữa hai tỉnh Kon Tum và Attapư",
     "Ngày 5/3/2025, tại thành phố Kon Tum đã diễn ra Lễ ký kết biên bản hội đàm thường niên năm 2025 giữa "
     "tỉnh Kon Tum và tỉnh Attapư (Lào)."),
    # talks not called yearly, the leaders' memorandum under a headline naming the signing: the signing (corpus a25)
    ("Ký kết Bản ghi nhớ hợp tác hữu nghị giữa hai tỉnh Kon Tum và Attapư",
     "Chiều 5/2, đoàn công tác tỉnh Attapư (Lào) do ông Xay Phon, Chủ tịch tỉnh làm trưởng đoàn đã sang thăm, "
     "chúc Tết tỉnh Kon Tum; tiến hành hội đàm và ký kết Bản ghi nhớ hợp tác hữu nghị giữa hai tỉnh."),
])
def test_guards_a_signing_ceremony_and_a_memorandum_under_its_headline(head, lead):
    assert _type(head, lead) == "signing"


# --- the cheap test in front of PERIODIC_TALKS never changes its answer
@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(["hoi dam ", "hoi dam", "thuong nien", "dinh ky", "thuong ky", "bien ban ", "cho ",
                                 "sau ", " ", ",", "hoi", "dam ", "x"]), max_size=12).map("".join))
def test_the_periodic_talks_gate_equals_the_regex(text):
    assert periodic_talks(text) == (PERIODIC_TALKS.search(text) is not None)

"""Round 32 (late32b): a letter or a notice of the partner received or sent is an announcement, "thảm họa" (a
disaster) is no visit, and a headline's get-together does not make a delegation's study visit a meeting
(docs/accuracy.md, "Round 32: late32b"; core/extract/type_letters.py, type_folds.py, type_headline_defers.py).
Sentences written for this test (no page's own words)."""

from __future__ import annotations

import pytest

from hoptac.core.text import fold
from extract_support import headed_type as _type


# --- a letter, a dispatch or a notice of the partner received or sent: the notice is the news
@pytest.mark.parametrize("lead", [
    "UBND tỉnh An Giang vừa nhận được công thư của chính quyền tỉnh Takeo (Campuchia) về việc mở lại cửa khẩu phụ "
    "Phú Hữu từ ngày 3.12.2023.",
    "Sở Y tế tỉnh An Giang nhận được công văn của tỉnh Takeo (Campuchia) đề nghị phối hợp cách ly người nhập cảnh "
    "từ ngày 3/12/2023.",
    "Ngày 3/12/2023, UBND tỉnh An Giang đã gửi công thư tới chính quyền tỉnh Takeo (Campuchia) đề nghị mở lại chợ "
    "biên giới.",
    "Ngày 3/12/2023, chính quyền tỉnh Takeo (Campuchia) thông báo về việc tạm đóng lối mở biên giới với tỉnh An Giang.",
])
def test_a_letter_or_notice_of_the_partner_is_an_announcement(lead):
    assert _type("Tin biên giới An Giang", lead) == "announcement"


@pytest.mark.parametrize("lead, want", [
    # a letter handed over on a visit: the visit
    ("Ngày 3/12/2023, đoàn công tác tỉnh An Giang do ông Trần Văn Hùng dẫn đầu đã sang thăm tỉnh Takeo "
     "(Campuchia) và trao công thư của Chủ tịch UBND tỉnh.", "visit"),
    # what the sides tell each other at talks is the talks, no notice of its own
    ("Ngày 3/12/2023, tại cuộc hội đàm ở tỉnh Takeo (Campuchia), lãnh đạo tỉnh An Giang và tỉnh Takeo đã thông báo "
     "cho nhau về tình hình kinh tế.", "conference"),
])
def test_guards_a_letter_on_a_visit_and_news_told_at_talks(lead, want):
    assert _type("Tin biên giới An Giang", lead) == want


def test_guard_an_income_received_is_no_letter():
    # "nhận được thu nhập" folds like "nhận được thư": no row reads a bare "thư"
    assert _type("Tin biên giới An Giang",
                 "Ngày 3/12/2023, hộ dân xã Phú Hữu, tỉnh An Giang nhận được thu nhập từ chợ biên giới với tỉnh "
                 "Takeo (Campuchia).") != "announcement"


# --- "thảm họa" (a disaster) folds like "thăm" + a word: no visit, but "thăm Hoa Kỳ", "thăm Hòa Bình" are
def test_a_drill_against_disasters_is_no_visit():
    assert _type("Hai tỉnh biên giới diễn tập cứu hộ",
                 "Ngày 3/12, tại huyện Sa Pa, tỉnh Lào Cai, tỉnh Lào Cai phối hợp với tỉnh Vân Nam (Trung Quốc) tổ "
                 "chức diễn tập chung về cứu nạn, khắc phục hậu quả lũ quét, thảm họa.") == "other"


@pytest.mark.parametrize("place", ["Hoa Kỳ", "Hòa Bình"])
def test_guard_a_visit_to_a_place_named_hoa_stays_a_visit(place):
    assert _type("Lãnh đạo tỉnh Lào Cai đi công tác",
                 f"Ngày 3/12, đoàn công tác tỉnh Lào Cai đã thăm {place} và tìm hiểu mô hình diễn tập phòng chống "
                 "thiên tai.") == "visit"


# --- a headline that opens with a get-together over a delegation's study visit
_STUDY_HEAD = "Gặp mặt, trao đổi kinh nghiệm giữa Sở Tư pháp tỉnh Quảng Trị với Sở Tư pháp tỉnh Savannakhet (Lào)"


def test_a_get_together_headline_over_a_study_visit_is_the_visit():
    assert _type(_STUDY_HEAD,
                 "Sáng 5/3, đoàn công tác Sở Tư pháp tỉnh Savannakhet (Lào) do ông Khăm Phon - Phó Giám đốc Sở dẫn "
                 "đầu đã sang thăm và trao đổi kinh nghiệm với Sở Tư pháp tỉnh Quảng Trị.") == "visit"


@pytest.mark.parametrize("lead", [
    # the host holds the get-together with the delegation: the meeting
    "Sáng 5/3, Sở Tư pháp tỉnh Quảng Trị tổ chức buổi gặp mặt, trao đổi kinh nghiệm với đoàn công tác Sở Tư pháp "
    "tỉnh Savannakhet (Lào) do ông Khăm Phon dẫn đầu.",
    # the delegation holds the get-together ("đã có buổi gặp mặt"), no visit verb: the meeting
    "Sáng 5/3, đoàn công tác Sở Tư pháp tỉnh Savannakhet (Lào) do ông Khăm Phon dẫn đầu đã có buổi gặp mặt, trao "
    "đổi kinh nghiệm với Sở Tư pháp tỉnh Quảng Trị.",
    # the lead names the get-together itself after the visit ("sang thăm, gặp mặt và …"): the meeting, as before
    "Sáng 5/3, đoàn công tác Sở Tư pháp tỉnh Savannakhet (Lào) do ông Khăm Phon dẫn đầu đã sang thăm, gặp mặt và "
    "trao đổi kinh nghiệm với Sở Tư pháp tỉnh Quảng Trị.",
])
def test_guards_a_get_together_held_or_named_in_the_lead(lead):
    assert _type(_STUDY_HEAD, lead) == "conference"

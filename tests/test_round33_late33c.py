"""Round 33 (late33c): a quoted theme names no occasion, a group that goes out to an exchange ("đi giao lưu") is on
its trip, and a medical team that goes to a place to examine and treat its people is on its trip
(docs/accuracy.md, "Round 33: late33c"; core/extract/type_themes.py, type_missions.py).
Sentences written for this test (no page's own words)."""

from __future__ import annotations

import pytest

from hoptac.core.extract.type_themes import without_quoted_themes
from hoptac.core.text import fold
from extract_support import headed_type as _type


# --- a theme, a slogan, a title in quotes: what the occasion is about, not what is held
@pytest.mark.parametrize("lead", [
    "Tối 12/10, tại thành phố Vinh, tỉnh Nghệ An đã diễn ra đêm ca nhạc chủ đề “Mời bạn về thăm Nghệ An, Hà Tĩnh "
    "thăm quê” với các nghệ sĩ của hai tỉnh.",
    "Tối 12/10, Hội Văn học nghệ thuật tỉnh Nghệ An và tỉnh Hà Tĩnh tổ chức đêm thơ với chủ đề: \"Về thăm quê "
    "mẹ\" tại thành phố Vinh.",
    "Tối 12/10, tại thành phố Vinh đã diễn ra chương trình nghệ thuật mang tên “Đến thăm Hà Tĩnh” của nghệ sĩ hai "
    "tỉnh Nghệ An và Hà Tĩnh.",
])
def test_a_visit_word_in_a_quoted_theme_is_no_visit(lead):
    assert _type("Đêm nghệ thuật của hai tỉnh", lead) != "visit"


@pytest.mark.parametrize("lead, want", [
    # the occasion's noun before the theme word stays: a conference with a theme is a conference
    ("Ngày 12/10, tại thành phố Vinh, tỉnh Nghệ An và tỉnh Hà Tĩnh tổ chức hội thảo chủ đề “Mời bạn về thăm quê "
     "hương” về liên kết du lịch.", "conference"),
    # a visit told outside the quotes stays the visit
    ("Ngày 12/10, đoàn công tác tỉnh Nghệ An do ông Nguyễn Văn An dẫn đầu đã đến thăm tỉnh Hà Tĩnh và dự đêm "
     "nhạc chủ đề “Hai tỉnh một nhà”.", "visit"),
    # quotes with no theme word before them are read as before ("thăm" in a name given bare)
    ("Ngày 12/10, đoàn công tác tỉnh Nghệ An sang thăm tỉnh Hà Tĩnh theo chương trình “Hành trình hữu nghị”.",
     "visit"),
])
def test_guards_an_occasion_outside_the_quotes_stays(lead, want):
    assert _type("Tin hợp tác Nghệ An – Hà Tĩnh", lead) == want


def test_only_the_quoted_title_is_blanked_and_positions_hold():
    s = fold("đêm nhạc chủ đề “Về thăm quê” và lễ ký kết")
    out = without_quoted_themes(s)
    assert len(out) == len(s) and "tham" not in out and "chu de" in out and "le ky ket" in out
    # a quote left open is not blanked
    assert without_quoted_themes(fold("chủ đề “Về thăm quê và lễ")) == fold("chủ đề “Về thăm quê và lễ")


# --- "đi giao lưu": a group that goes to an exchange, its trip
def test_a_group_that_goes_out_to_an_exchange_is_on_a_visit():
    assert _type("Văn nghệ sĩ Nghệ An giao lưu với hội bạn",
                 "Từ ngày 3 đến ngày 6 tháng 4 năm 2024, Hội Văn học nghệ thuật tỉnh Nghệ An tổ chức đoàn văn nghệ "
                 "sĩ đi giao lưu hợp tác với Hội Văn học nghệ thuật tỉnh Hủa Phăn (Lào).") == "visit"


@pytest.mark.parametrize("lead, want", [
    # an exchange held at home names no going: the exchange, 'other'
    ("Tối 3/4, tại thành phố Vinh, Hội Văn học nghệ thuật tỉnh Nghệ An tổ chức giao lưu văn nghệ với văn nghệ sĩ "
     "tỉnh Hủa Phăn (Lào).", "other"),
    # a signing named in the sentence outranks the trip
    ("Ngày 3/4/2024, đoàn văn nghệ sĩ tỉnh Nghệ An đi giao lưu và ký kết biên bản hợp tác với Hội Văn học nghệ "
     "thuật tỉnh Hủa Phăn (Lào).", "signing"),
])
def test_guards_an_exchange_at_home_and_a_signing_on_the_trip(lead, want):
    assert _type("Văn nghệ sĩ Nghệ An và Hủa Phăn", lead) == want


# --- a medical team that goes to a place to examine and treat its people: its trip
@pytest.mark.parametrize("lead", [
    "Nằm trong chương trình hợp tác giữa hai tỉnh, tối 5-8, đoàn y, bác sĩ của tỉnh Quảng Trị đã đến tỉnh "
    "Savannakhet (Lào) để khám, chữa bệnh cho người dân tại địa phương này.",
    "Ngày 5/8, đoàn bác sĩ Bệnh viện đa khoa tỉnh Quảng Trị sang huyện Sepon, tỉnh Savannakhet (Lào) khám bệnh, cấp "
    "thuốc miễn phí cho bà con.",
])
def test_a_medical_team_that_goes_to_treat_people_is_on_a_visit(lead):
    assert _type("Y tế Quảng Trị và Savannakhet", lead) == "visit"


@pytest.mark.parametrize("lead", [
    # patients who come to a hospital: no team goes
    "Ngày 5/8, nhiều người dân tỉnh Savannakhet (Lào) đã sang Bệnh viện đa khoa tỉnh Quảng Trị để khám, chữa bệnh.",
    # a hospital that treats the partner's people at home
    "Ngày 5/8, Bệnh viện đa khoa tỉnh Quảng Trị khám, chữa bệnh cho 50 người dân tỉnh Savannakhet (Lào).",
    # a time after the verb, not a place: "đến nay"
    "Ngày 5/8, đoàn y tế tỉnh Quảng Trị cho biết từ năm 2020 đến nay đã khám bệnh cho người dân tỉnh Savannakhet "
    "(Lào).",
    # the care with no going told: the round-12 row, 'other' (as aid handed over)
    "Ngày 5/8, đoàn y tế tỉnh Quảng Trị khám bệnh, cấp thuốc miễn phí cho người dân huyện Sepon, tỉnh Savannakhet "
    "(Lào).",
    # a team that goes to attend a ceremony: the ceremony
    "Ngày 5/8, đoàn y tế tỉnh Quảng Trị đến dự lễ bàn giao trạm y tế và khám bệnh cho người dân huyện Sepon, tỉnh "
    "Savannakhet (Lào).",
])
def test_guards_patients_who_come_and_care_at_home_are_no_team_trip(lead):
    assert _type("Y tế Quảng Trị và Savannakhet", lead) != "visit"

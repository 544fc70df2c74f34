"""Round 28 (late28b): a team sent to help another locality is the team's trip, a visit; aid handed over, a
handover ceremony or a festival stays 'other' (docs/accuracy.md, "Round 28: late28b"; core/extract/type_aid_teams.py).
Sentences written for this test (no page's own words)."""

from __future__ import annotations

import pytest

from hoptac.core.extract.type_aid_teams import AID_TEAM_PHRASES
from extract_support import headed_type as _type


# --- the team sets off, arrives, works there or ends its stint: a visit
@pytest.mark.parametrize("head, lead", [
    ("Bác sĩ tỉnh Nam Định lên đường giúp Cần Thơ",
     "Sáng 14/8, 45 y, bác sĩ tỉnh Nam Định lên đường đến thành phố Cần Thơ hỗ trợ chống dịch."),
    ("Thêm một đoàn y tế của Ninh Bình",
     "Ngày 3/9, tỉnh Ninh Bình cử đoàn gồm 25 điều dưỡng vào hỗ trợ tỉnh Tây Ninh dập dịch."),
    ("Đoàn y tế Hà Nam trở về",
     "Tối 2/10, đoàn điều dưỡng tỉnh Hà Nam kết thúc đợt hỗ trợ tỉnh Kiên Giang và trở về địa phương."),
    ("Đoàn của Phú Thọ đã đến nơi",
     "Đêm 12/8, xe chở các điều dưỡng tỉnh Phú Thọ hỗ trợ công tác phòng, chống dịch đã đến tỉnh Tiền Giang."),
    ("Bác sĩ Thái Nguyên vào Nam",
     "Chiều 7/8, đoàn bác sĩ tỉnh Thái Nguyên lên đường chi viện cho tỉnh Vĩnh Long."),
])
def test_a_team_sent_to_help_another_locality_is_a_visit(head, lead):
    assert _type(head, lead) == "visit"


# --- counter-examples: aid handed over (money, goods), a handover ceremony at home, a festival, a free clinic
@pytest.mark.parametrize("head, lead", [
    ("Nam Định ủng hộ Cần Thơ",
     "Sáng 14/8, tỉnh Nam Định trao 3 tỷ đồng hỗ trợ chống dịch cho thành phố Cần Thơ."),
    ("Ninh Bình gửi vật tư y tế",
     "Ngày 3/9, Sở Y tế tỉnh Ninh Bình tổ chức lễ bàn giao vật tư y tế hỗ trợ tỉnh Tây Ninh chống dịch."),
    ("Lễ hội hoa ở Đà Lạt",
     "Tối 20/12, đoàn nghệ thuật tỉnh Hà Nam dự khai mạc Festival Hoa tại thành phố Đà Lạt."),
    ("Khám bệnh miễn phí cho người dân",
     "Ngày 5/5, đoàn bác sĩ tỉnh Thái Nguyên khám chữa bệnh miễn phí cho người dân huyện Mường Tè."),
])
def test_aid_handed_over_or_a_festival_stays_other(head, lead):
    assert _type(head, lead) == "other"


# --- a meeting named in the same sentence outranks the trip
def test_a_meeting_about_the_team_stays_a_meeting():
    assert _type("Hai tỉnh bàn việc chống dịch",
                 "Chiều 6/8, lãnh đạo tỉnh Ninh Bình và tỉnh Tây Ninh tổ chức hội nghị trực tuyến về việc cử bác sĩ "
                 "vào hỗ trợ chống dịch.") == "conference"


def test_every_row_has_a_folded_phrase_and_an_example():
    for phrase, etype, rank, example in AID_TEAM_PHRASES:
        assert phrase == phrase.lower() and "đ" not in phrase and etype == "visit" and rank == 8 and example


# --- students welcomed by a school, no get-together named: the reception ('other'), not a host receiving guests
def test_students_welcomed_to_study_are_a_reception():
    assert _type("Trường Cao đẳng Lạng Sơn đón học viên Lào",
                 "Chiều 12/9, Trường Cao đẳng Y tế Lạng Sơn đã tổ chức đón tiếp 15 lưu học sinh tỉnh Hủa Phăn sang "
                 "học tập tại trường.") == "other"


@pytest.mark.parametrize("lead", [
    # a delegation received: the guests' visit
    "Chiều 12/9, Trường Cao đẳng Y tế Lạng Sơn đã tổ chức đón tiếp đoàn cán bộ Sở Y tế tỉnh Hủa Phăn.",
    # a visit named beside the students
    "Chiều 12/9, đoàn cán bộ tỉnh Hủa Phăn sang thăm Trường Cao đẳng Y tế Lạng Sơn, nơi đón tiếp 15 lưu học sinh "
    "của tỉnh bạn.",
])
def test_guard_a_delegation_received_or_a_visit_named_stays_a_visit(lead):
    assert _type("Lạng Sơn và Hủa Phăn", lead) == "visit"


# --- "vào" / "đến" after a verb of attention is no travel: a policy, no team ("no occasion named", 'other')
def test_help_a_policy_focuses_on_is_no_team_sent():
    assert _type("Tỉnh Nam Định họp về kinh tế",
                 "Ngày 14/8, UBND tỉnh Nam Định yêu cầu các sở tập trung vào hỗ trợ doanh nghiệp.") != "visit"


# --- the team's send-off is its trip; the rite seeing off the remains of the fallen stays the rite
def test_a_send_off_of_a_team_is_a_visit():
    assert _type("Nam Định tiễn đoàn bác sĩ",
                 "Sáng 14/8, tỉnh Nam Định tổ chức lễ tiễn đưa đoàn điều dưỡng lên đường giúp thành phố Cần Thơ.") == "visit"


def test_guard_the_send_off_of_remains_stays_a_rite():
    assert _type("Lễ tiễn đưa hài cốt liệt sĩ",
                 "Sáng 14/8, tỉnh Hủa Phăn tổ chức lễ tiễn đưa 12 hài cốt liệt sĩ quân tình nguyện về nước.") == "other"

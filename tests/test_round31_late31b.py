"""Round 31 (late31b): three shapes of round 31's type misses (docs/accuracy.md, "Round 31: late31b"; the rows of
core/extract/type_words.py and type_workers.py). Sentences written for this test (no page's own words).

- "làm việc thời vụ" / "làm việc có thời hạn" is a worker's job abroad, no working session ('làm việc', rank 5):
  "hai huyện ký thỏa thuận phái cử lao động đi làm việc thời vụ" is the signing.
- "lễ gặp gỡ" is a ceremony (a send-off of workers, a welcome), 'other' as "lễ tiễn đưa", not the meeting
  'gặp gỡ' reads alone.
- "tổ chức họp mặt mừng xuân / mừng năm mới" is the festive gathering (round 18's rows "họp mặt mừng xuân"), not
  'tổ chức họp' (a meeting held), which read its first words; as round 29's "tổ chức họp mặt kỷ niệm"."""

from __future__ import annotations

import pytest

from extract_support import lead_event


@pytest.mark.parametrize("lead", [
    # a visit frames it; the two sides sign an agreement on seasonal workers
    "Chiều 12/9/2023, trong khuôn khổ chuyến thăm và làm việc tại huyện Tây Giang, huyện A Lưới và quận Yesan "
    "(Hàn Quốc) đã ký thỏa thuận hợp tác về tiếp nhận lao động đi làm việc thời vụ tại Hàn Quốc.",
    "Ngày 4/5/2024, huyện Bắc Yên và quận Goesan (Hàn Quốc) ký biên bản ghi nhớ về người lao động làm việc có thời "
    "hạn tại quận Goesan.",
])
def test_seasonal_work_abroad_is_no_working_session(lead):
    assert lead_event(lead)["type"] == "signing"


@pytest.mark.parametrize("lead", [
    "Ngày 20/3/2025, Sở Nội vụ tỉnh Long An làm lễ gặp gỡ 60 lao động chuẩn bị sang huyện Goesan (Hàn Quốc) làm "
    "việc thời vụ.",
    "Sáng 6/4/2024, Trung tâm Dịch vụ việc làm tỉnh Nghệ An tổ chức lễ gặp gỡ 40 lao động trước giờ lên đường sang "
    "tỉnh Gyeonggi (Hàn Quốc), có đoàn công tác tỉnh Gyeonggi đến dự.",
])
def test_a_ceremony_named_a_meeting_is_a_ceremony(lead):
    assert lead_event(lead)["type"] == "other"


@pytest.mark.parametrize("lead", [
    "Sáng 8/2/2024, huyện Tân Biên tổ chức họp mặt mừng xuân mới với đại biểu các huyện giáp biên của tỉnh Svay "
    "Rieng (Campuchia).",
    "Tối 30/12/2023, UBND tỉnh Điện Biên tổ chức họp mặt mừng năm mới với lãnh đạo tỉnh Phông Sa Lỳ (Lào).",
])
def test_a_new_year_gathering_held_is_the_gathering(lead):
    assert lead_event(lead)["type"] == "other"


@pytest.mark.parametrize("lead, want", [
    # a delegation that works with its hosts on seasonal workers: the working session or the visit stays
    ("Ngày 15/6/2024, Sở Lao động tỉnh Quảng Nam làm việc với quận Hamyang (Hàn Quốc) về lao động thời vụ.",
     "conference"),
    ("Ngày 15/6/2024, đoàn công tác quận Hamyang (Hàn Quốc) do ông Kim làm trưởng đoàn đã đến thăm và làm việc tại "
     "huyện Nam Trà My về chương trình lao động thời vụ.", "visit"),
    # a meeting, not a ceremony: 'gặp gỡ' without 'lễ'
    ("Chiều 9/11/2023, Bí thư Tỉnh ủy Hà Tĩnh có buổi gặp gỡ, trao đổi với lãnh đạo tỉnh Bolikhamxay (Lào).",
     "conference"),
    # a meeting held early in the year stays the leaders' meeting (round 18's "họp mặt đầu xuân"), and a meeting held
    # to discuss stays one
    ("Sáng 8/2/2024, huyện Tân Biên tổ chức họp mặt đầu xuân với lãnh đạo huyện Romeas Haek (Campuchia).",
     "conference"),
    ("Sáng 8/2/2024, huyện Tân Biên tổ chức họp trao đổi về công tác biên giới với huyện Romeas Haek (Campuchia).",
     "conference"),
])
def test_guards_the_same_words_in_their_other_use(lead, want):
    assert lead_event(lead)["type"] == want

"""The main event's type follows the lead's main verb (sentences written for these tests)."""

from __future__ import annotations

import pytest

from hoptac.core.extract.article import parse_article
from hoptac.core.extract.events import extract_events
from hoptac.core.extract.vocab import MAIN_TYPE_NOT, MAIN_TYPE_PHRASES

HEAD = "Hai tỉnh đẩy mạnh hợp tác\n\n"

TYPES = [
    # a delegation's visit, whatever meetings it holds
    ("Sáng 14/5, Đoàn đại biểu tỉnh Luang Namtha (Lào) do Phó Tỉnh trưởng dẫn đầu đã đến thăm và làm việc "
     "tại tỉnh Điện Biên, hội nghị trao đổi kinh nghiệm giữa hai bên diễn ra tại trụ sở UBND tỉnh.", "visit"),
    ("Ngày 8/6, đoàn công tác tỉnh Sơn La do Chủ tịch UBND tỉnh làm trưởng đoàn có chuyến thăm và làm việc "
     "tại tỉnh Hủa Phăn (Lào), tọa đàm về hợp tác nông nghiệp.", "visit"),
    # but a delegation that attends a conference: the conference
    ("Ngày 8/6, đoàn công tác tỉnh Sơn La do Chủ tịch UBND tỉnh dẫn đầu dự hội nghị hợp tác với tỉnh "
     "Hủa Phăn (Lào).", "conference"),
    # an announcement at a conference
    ("Chiều 4/4, tại hội nghị, UBND tỉnh Lạng Sơn trao quyết định công nhận khu hợp tác với tỉnh Cao Bằng.",
     "announcement"),
    ("Tối 2/9, hai tỉnh Lạng Sơn và Cao Bằng tổ chức lễ ra mắt tuyến du lịch chung.", "announcement"),
    # the signed agreement handed over
    ("Ngày 1/12, lãnh đạo tỉnh Thanh Hóa và tỉnh Hủa Phăn (Lào) đã trao Thỏa thuận hợp tác giai đoạn "
     "2026-2030.", "signing"),
    # a Cambodian province's administration ("Ban Hành chính") issues nothing
    ("Sáng 10.9, tại trụ sở Ban Hành chính tỉnh Svay Rieng, UBND tỉnh Tây Ninh tổ chức hội nghị sơ kết "
     "thỏa thuận hợp tác với tỉnh Svay Rieng (Campuchia).", "conference"),
]


@pytest.mark.parametrize("sentence, etype", TYPES, ids=[t[1] + " " + t[0][:40] for t in TYPES])
def test_the_type_follows_the_main_verb(sentence, etype):
    events, warnings = extract_events(parse_article(HEAD + sentence + "\n"), article_id="t", source="t.txt")
    main = next(e for e in events if e["main"])
    assert main["type"] == etype


def test_the_new_phrases_are_in_the_table():
    phrases = {p: (t, r) for p, t, r, _ in MAIN_TYPE_PHRASES}
    assert phrases["trao quyet dinh"][0] == phrases["le ra mat"][0] == "announcement"
    assert phrases["trao thoa thuan"][0] == "signing"
    assert "ban hanh chinh" in MAIN_TYPE_NOT
    assert all(ex for *_, ex in MAIN_TYPE_PHRASES)


def test_what_is_agreed_to_be_issued_is_no_announcement():
    events, _ = extract_events(parse_article(HEAD + "Tại hội nghị diễn ra ngày 14/8, thành phố Hải Phòng và tỉnh "
                                             "Quảng Ninh thống nhất sớm ban hành Quy chế phối hợp quản lý du lịch.\n"),
                               article_id="t", source="t.txt")
    assert next(e for e in events if e["main"])["type"] == "conference"


@pytest.mark.parametrize("name, etype", [
    ("hội nghị gặp gỡ, trao đổi và ký kết biên bản hợp tác", "signing"),
    ("hội nghị sơ kết và ký kết chương trình hợp tác", "conference"),   # a review keeps it a conference
])
def test_a_meeting_held_to_sign(name, etype):
    events, _ = extract_events(parse_article(HEAD + f"Ngày 3.11, UBND tỉnh Tây Ninh tổ chức {name} với tỉnh "
                                             "Svay Rieng (Campuchia).\n"), article_id="t", source="t.txt")
    assert next(e for e in events if e["main"])["type"] == etype

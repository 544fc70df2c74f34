"""Type round 17: a host that receives a delegation AND works with it holds a working session (a
conference), weighed against what else the clause says; sentences written for this test (no page's own
words). The golds' table behind the weights: docs/accuracy.md, "Types round 17: visit or working session".
"""

from __future__ import annotations

import pytest
from hoptac.core.extract import visit_or_session
from hoptac.core.extract.visit_or_session import host_works_with, session_weight
from hoptac.core.text import fold

from extract_support import first_main as _main


HEAD = "Mở rộng hợp tác giữa tỉnh Quảng Nam và tỉnh Gunma (Nhật Bản)\n\n"


@pytest.mark.parametrize("lead", [
    "Chiều 9/4, Chủ tịch UBND tỉnh Quảng Nam đã tiếp và làm việc với đoàn công tác tỉnh Gunma (Nhật Bản).",
    "Sáng 9/4, lãnh đạo tỉnh Quảng Nam tiếp, làm việc cùng đoàn đại biểu tỉnh Gunma (Nhật Bản) về hợp tác lao động.",
    "Ngày 9/4, UBND tỉnh Quảng Nam đón tiếp và làm việc với đoàn doanh nghiệp tỉnh Gunma (Nhật Bản).",
    "Chiều 9/4, Thường trực Tỉnh ủy Quảng Nam đã đón và làm việc với Đoàn đại biểu tỉnh Gunma (Nhật Bản).",
    "Ngày 9/4, Phó Chủ tịch UBND tỉnh Quảng Nam có buổi tiếp và làm việc với đoàn công tác tỉnh Gunma (Nhật Bản).",
    "Chiều 9/4, Phó Chủ tịch UBND tỉnh Quảng Nam tiếp và làm việc với đoàn tỉnh Gunma (Nhật Bản) nhân dịp đoàn "
    "đến thăm và tìm hiểu cơ hội đầu tư.",
    "Tiếp và làm việc với đoàn có ông Yamada, Phó Thống đốc tỉnh Gunma (Nhật Bản), ngày 9/4 lãnh đạo tỉnh Quảng "
    "Nam giới thiệu tiềm năng của tỉnh.",
    # guests on a trip that work in the place: the host's session still (round 21, typeconv21: corpus b18, b30;
    # round 17 read it as their visit)
    "Chiều 9/4, Chủ tịch UBND tỉnh Quảng Nam tiếp và làm việc với đoàn tỉnh Gunma (Nhật Bản) đang thăm và làm "
    "việc tại tỉnh.",
])
def test_a_host_that_works_with_its_guests_holds_a_working_session(lead):
    assert _main(HEAD + lead + "\n")["type"] == "conference"


@pytest.mark.parametrize("lead", [
    # a greeting weighs the reception back to the guests' visit
    "Chiều 9/4, Chủ tịch UBND tỉnh Quảng Nam tiếp và làm việc với đoàn tỉnh Gunma (Nhật Bản) đến chào xã giao "
    "nhân dịp năm mới.",
    # receiving alone, no working session: the visit (type_vocab's rows)
    "Chiều 9/4, Chủ tịch UBND tỉnh Quảng Nam đã tiếp đoàn công tác tỉnh Gunma (Nhật Bản).",
    # the guests' side: a delegation that comes to visit and work with its hosts is on its visit (corpus b02)
    "Ngày 9/4, đoàn công tác tỉnh Gunma (Nhật Bản) do Phó Thống đốc dẫn đầu đã đến thăm và làm việc với lãnh "
    "đạo tỉnh Quảng Nam.",
])
def test_greetings_trips_and_plain_receptions_stay_the_visit(lead):
    assert _main(HEAD + lead + "\n")["type"] == "visit"


def test_talks_stay_talks_and_several_days_stay_the_trip():
    lead = "Chiều 9/4, lãnh đạo tỉnh Quảng Nam đã tiếp và hội đàm với đoàn đại biểu tỉnh Gunma (Nhật Bản).\n"
    assert _main(HEAD + lead)["type"] == "conference"
    lead = ("Từ ngày 9 đến 12/4, đoàn đại biểu tỉnh Gunma (Nhật Bản) đã sang thăm tỉnh Quảng Nam; lãnh đạo tỉnh "
            "đã tiếp và làm việc với đoàn.\n")
    assert _main(HEAD + lead)["type"] == "visit"


def test_the_weights_table():
    assert all(host_works_with(fold(x)) for x in visit_or_session.HOST_WORKS_WITH_EXAMPLES)
    assert not host_works_with(fold("Chủ tịch tỉnh A đã tiếp đoàn công tác tỉnh B và làm việc tại huyện C"))
    assert not host_works_with(fold("Chủ tịch tỉnh A tiếp tục làm việc với đoàn tỉnh B"))   # 'tiếp tục': goes on
    for name, weight, _, example in visit_or_session.CUES:   # each cue reads its own example
        assert name in session_weight(fold(example))[1], name
    assert session_weight(fold("đã tiếp và làm việc với đoàn tỉnh B"))[0] < 0
    assert session_weight(fold("đã tiếp và làm việc với đoàn tỉnh B đến chúc Tết"))[0] >= 0


@pytest.mark.parametrize("controls", ["Bản in     Gởi bài viết", "In bài viết | Gửi email", "Bản in / Gửi bài / Lưu bài viết",
                                      "In trang  Gửi cho bạn bè"])
def test_a_row_of_print_and_send_links_is_no_headline(controls):
    # the headline under the page's print-and-send links names the occasion: a signing inside talks the lead tells
    page = (controls + "\nKý kết Biên bản ghi nhớ giữa huyện Mường Nhé và huyện Mường Mày\n"
            "Ngày 14/3/2021, tại huyện Mường Nhé, lãnh đạo huyện Mường Nhé (Điện Biên) đã hội đàm và ký kết Biên bản "
            "ghi nhớ hợp tác với huyện Mường Mày, tỉnh Phông Sa Lỳ (Lào).\n")
    ev = _main(page)
    assert ev["title"].startswith("Ký kết Biên bản") and ev["type"] == "signing"


def test_a_headline_that_names_talks_keeps_the_talks():
    page = ("Bản in     Gởi bài viết\nHội đàm giữa huyện Mường Nhé và huyện Mường Mày\n"
            "Ngày 14/3/2021, tại huyện Mường Nhé, lãnh đạo huyện Mường Nhé (Điện Biên) đã hội đàm và ký kết Biên bản "
            "ghi nhớ hợp tác với huyện Mường Mày, tỉnh Phông Sa Lỳ (Lào).\n")
    assert _main(page)["type"] == "conference"


# talks with a signing in them: the writer's headline picks the signing only when it names nothing else
@pytest.mark.parametrize("head, lead, etype", [
    ("Tỉnh Sơn La - tỉnh Luang Prabang ký kết thỏa thuận hợp tác giai đoạn 2026-2030",
     "Sáng 5/3, đoàn đại biểu tỉnh Sơn La và đoàn đại biểu tỉnh Luang Prabang (Lào) đã có buổi hội đàm, ký kết "
     "thỏa thuận hợp tác giữa hai tỉnh.", "signing"),
    ("Hai tỉnh Sơn La - Luang Prabang ký Biên bản ghi nhớ năm 2026",
     "Ngày 5/3, tại trụ sở Tỉnh ủy Sơn La đã diễn ra buổi hội đàm và ký Biên bản ghi nhớ giữa tỉnh Sơn La và "
     "tỉnh Luang Prabang (Lào).", "signing"),
    ("Hội đàm giữa đoàn đại biểu cấp cao tỉnh Sơn La và tỉnh Luang Prabang",
     "Ngày 5/3, lãnh đạo tỉnh Sơn La và tỉnh Luang Prabang (Lào) đã hội đàm và ký biên bản hợp tác.", "conference"),
    ("Sơn La: Hội đàm và ký kết biên bản hợp tác với tỉnh Luang Prabang",
     "Ngày 5/3, tỉnh Sơn La và tỉnh Luang Prabang (Lào) tổ chức hội đàm và ký kết biên bản hợp tác.", "conference"),
    ("Tăng cường hợp tác giữa tỉnh Sơn La và tỉnh Luang Prabang",
     "Ngày 5/3, lãnh đạo tỉnh Sơn La và tỉnh Luang Prabang (Lào) đã hội đàm và ký biên bản hợp tác.", "conference"),
    ("Sơn La – Luang Prabang tiếp tục ký kết hợp tác",
     "Ngày 5/3, đã diễn ra hội nghị sơ kết và ký kết hợp tác giữa tỉnh Sơn La và tỉnh Luang Prabang (Lào).",
     "conference"),
])
def test_talks_with_a_signing_follow_a_headline_that_names_only_the_signing(head, lead, etype):
    assert _main(head + "\n\n" + lead + "\n")["type"] == etype


@pytest.mark.parametrize("lead", [
    "Ngày 9/11, Hội Nông dân tỉnh Ninh Bình đã tổ chức Hội nghị ký chương trình phối hợp với Hội Nông dân tỉnh Đồng Nai.",
    "Ngày 9/11, Sở Tư pháp tỉnh Ninh Bình và Sở Tư pháp tỉnh Đồng Nai tổ chức hội nghị ký thỏa thuận hợp tác.",
    "Ngày 9/11, Công an tỉnh Ninh Bình và Công an tỉnh Đồng Nai tổ chức hội nghị ký quy chế phối hợp.",
])
def test_a_meeting_held_to_sign_is_the_signing(lead):
    assert _main("Hợp tác giữa Ninh Bình và Đồng Nai\n\n" + lead + "\n")["type"] == "signing"


def test_a_meeting_of_remembrance_is_no_signing():
    lead = "Ngày 9/11, tỉnh Ninh Bình và tỉnh Đồng Nai tổ chức hội nghị kỷ niệm 20 năm kết nghĩa.\n"
    assert _main("Hợp tác giữa Ninh Bình và Đồng Nai\n\n" + lead)["type"] != "signing"


def test_the_signing_examples():
    from hoptac.core.extract import signing_or_talks
    for clause, head, etype in signing_or_talks.EXAMPLES:
        assert signing_or_talks.headline_signing_over_talks(fold(clause), fold(head)) == (etype == "signing")


# a delegation that comes to hold talks on one day: the talks (corpus a01), weighed like the host's session
NEUTRAL = "Tăng cường quan hệ hữu nghị giữa tỉnh Hà Giang và tỉnh Vân Nam\n\n"


@pytest.mark.parametrize("lead", [
    "Ngày 5/3, đoàn đại biểu cấp cao tỉnh Vân Nam (Trung Quốc) đã đến thăm và hội đàm với lãnh đạo tỉnh Hà Giang.",
    "Chiều 5/3, đoàn đại biểu châu Văn Sơn (Trung Quốc) do ông Lý Minh làm trưởng đoàn đã sang thăm, giao lưu và "
    "hội đàm với tỉnh Hà Giang.",
    "Ngày 5/3, Đoàn đại biểu tỉnh Vân Nam (Trung Quốc) do Phó Bí thư làm trưởng đoàn đã thăm và hội đàm với lãnh "
    "đạo tỉnh Hà Giang nhân dịp kỷ niệm 75 năm quan hệ ngoại giao.",
])
def test_a_delegation_that_comes_to_hold_talks_on_one_day_holds_talks(lead):
    assert _main(NEUTRAL + lead + "\n")["type"] == "conference"


@pytest.mark.parametrize("lead", [
    # a trip named, a greeting, talks named as the time of the visit, several days: the visit
    "Ngày 5/3, đoàn đại biểu tỉnh Vân Nam (Trung Quốc) do ông Lý Minh làm trưởng đoàn đã có chuyến thăm, làm việc "
    "và hội đàm với lãnh đạo tỉnh Hà Giang.",
    "Ngày 5/3, đoàn đại biểu tỉnh Vân Nam (Trung Quốc) do ông Lý Minh dẫn đầu đã đến thăm, chúc Tết và hội đàm "
    "với lãnh đạo tỉnh Hà Giang.",
    "Chiều 5/3, sau buổi hội đàm, đoàn đại biểu tỉnh Vân Nam (Trung Quốc) do ông Lý Minh dẫn đầu đã đến thăm khu "
    "kinh tế cửa khẩu tỉnh Hà Giang.",
    "Từ ngày 5 đến 8/3, đoàn đại biểu tỉnh Vân Nam (Trung Quốc) do ông Lý Minh dẫn đầu đã sang thăm và hội đàm "
    "với lãnh đạo tỉnh Hà Giang.",
])
def test_a_trip_a_greeting_or_talks_as_a_time_stay_the_visit(lead):
    assert _main(NEUTRAL + lead + "\n")["type"] == "visit"


def test_the_talks_examples():
    from hoptac.core.extract.visit_or_session import TALKS_EXAMPLES, holds_talks
    assert all(holds_talks(fold(x)) and session_weight(fold(x))[0] < 0 for x in TALKS_EXAMPLES)
    assert not holds_talks(fold("sau buổi hội đàm, đoàn đã đến thăm"))
    assert not holds_talks(fold("chuẩn bị cho hội đàm cấp cao"))


def test_a_working_visit_named_keeps_its_talks_the_visit():
    # "thăm và làm việc" names a working visit, as "chuyến thăm" a trip: talks inside it are part of it
    lead = ("Ngày 5/3, đoàn đại biểu tỉnh Vân Nam (Trung Quốc) do ông Lý Minh dẫn đầu thăm và làm việc, hội đàm "
            "với lãnh đạo tỉnh Hà Giang.\n")
    assert _main(NEUTRAL + lead)["type"] == "visit"
    assert session_weight(fold(lead))[0] >= 0

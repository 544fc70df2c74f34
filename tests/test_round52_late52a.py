"""Round 52 (late52a): other milestones the blind sets of the round missed, in sentences written for this test --
a year opening the clause after a speaker's colon ("… cho biết: Năm 2015, hai tỉnh ký …": year_after_colon), and a
bond founded in a year told after "Kể từ khi" ("Kể từ khi chính thức thiết lập quan hệ hợp tác vào năm 2004, …":
since_founding); and the shapes next to them that must stay out (a wrong year is worse than none)."""

from __future__ import annotations

import pytest

from extract_support import other_dates as _others


HEAD = "Tỉnh Kon Tum và tỉnh Attapư ký kết bản ghi nhớ hợp tác\nCập nhật: 13/05/2022 - 10:10\n"
LEAD = "Sáng 12/5/2022, tại thành phố Kon Tum, tỉnh Kon Tum và tỉnh Attapư (Lào) tổ chức lễ ký kết bản ghi nhớ. "


# --- year_after_colon: a year opening the clause after a speaker's colon ----------------------

@pytest.mark.parametrize("tail, want", [
    ("Tại buổi lễ, Chủ tịch UBND tỉnh Kon Tum cho biết: Năm 2015, tỉnh Kon Tum và tỉnh Attapư ký bản ghi nhớ "
     "chính thức thiết lập quan hệ hợp tác.", "2015"),
    ("Phát biểu tại lễ ký kết, ông nhắc lại: năm 2018, hai tỉnh đã tổ chức hội nghị hợp tác lần đầu tiên.", "2018"),
])
def test_a_year_after_a_speakers_colon_opens_its_clause(tail, want):
    assert want in _others(HEAD + LEAD + "\n" + tail + "\n")


@pytest.mark.parametrize("tail", [
    # a plan after the colon: not a milestone
    "Ông cho biết: Năm 2026, hai tỉnh sẽ tổ chức lễ ký kết bản ghi nhớ giai đoạn mới.",
    # no occasion's verb in the clause: a year's results
    "Ông cho biết: Năm 2019, kim ngạch thương mại giữa hai tỉnh tăng mạnh.",
    # the year does not open the clause after the colon
    "Ông cho biết: Kim ngạch năm 2019 giữa hai tỉnh tăng mạnh, hai bên ký nhiều hợp đồng.",
])
def test_a_year_after_a_colon_without_an_occasion_done_stays_out(tail):
    year = tail.split("năm ")[-1][:4] if "Năm" not in tail else tail.split("Năm ")[1][:4]
    assert not any(d.startswith(year) for d in _others(HEAD + LEAD + "\n" + tail + "\n"))


# --- since_founding: "Kể từ khi (chính thức) thiết lập quan hệ … vào năm Y" -------------------

HEAD2 = "Tỉnh Hải Dương tiếp đoàn công tác thành phố Suwon\nCập nhật: 16/03/2023 - 10:10\n"
LEAD2 = "Sáng 15/3/2023, Phó Chủ tịch UBND tỉnh Hải Dương tiếp đoàn công tác thành phố Suwon (Hàn Quốc). "


@pytest.mark.parametrize("tail, want", [
    ("Kể từ khi chính thức thiết lập mối quan hệ hợp tác vào năm 2004, hai địa phương đã cùng thực hiện nhiều "
     "hoạt động thiết thực.", "2004"),
    ("Kể từ khi kết nghĩa vào năm 1998, hai bên thường xuyên trao đổi đoàn.", "1998"),
])
def test_a_bond_founded_told_after_ke_tu_khi_is_a_milestone(tail, want):
    assert want in _others(HEAD2 + LEAD2 + "\n" + tail + "\n")


@pytest.mark.parametrize("tail", [
    # "kể từ khi" an occasion that founds nothing: a year of activity, not the bond's founding
    "Kể từ khi đại dịch kết thúc vào năm 2022, hai địa phương đã nối lại nhiều hoạt động.",
    # the bond's words do not stand right before the year
    "Kể từ khi thiết lập quan hệ, hai địa phương đã tổ chức nhiều hoạt động trong năm 2019.",
])
def test_ke_tu_khi_without_a_bond_founded_in_the_year_stays_out(tail):
    assert not any(d.startswith(("2022", "2019")) for d in _others(HEAD2 + LEAD2 + "\n" + tail + "\n"))


# --- related_news_en: an old portal's related list headed in English ----------------------------

PORTAL = ("Hai tỉnh bạn tăng cường hợp tác\n"
          "Tại thành phố Kon Tum, lãnh đạo tỉnh Kon Tum đã có cuộc gặp với đoàn đại biểu tỉnh Attapu (Lào) bàn về "
          "hợp tác. Hai bên thống nhất tăng cường trao đổi đoàn.\n"
          "(HV, Sở Ngoại vụ)\n"
          "Related news:\n"
          "- Tỉnh Gia Lai và Champasak (Lào) ký biên bản hợp tác (02-10-2011)\n"
          "- Tỉnh Đắk Lắk – Champasak (Lào) tăng cường quan hệ hợp tác (02-10-2011)\n"
          "- Champasak (Lào) đón đoàn tỉnh Kon Tum (01-10-2011)\n")


def test_an_english_related_news_header_ends_the_article():
    from hoptac.core.extract.end_markers import is_end_marker
    from extract_support import main_or_none
    assert is_end_marker("related news:")
    assert "Champasak" not in main_or_none(PORTAL)["pair"]


@pytest.mark.parametrize("line", [
    "related news about the two provinces was published",   # no colon right after: a sentence, not the header
    "tin tuc lien quan den hai tinh",
])
def test_lines_that_only_mention_related_news_do_not_end_it(line):
    from hoptac.core.extract.end_markers import is_end_marker
    assert not is_end_marker(line)

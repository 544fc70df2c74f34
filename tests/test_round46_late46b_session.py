"""Round 46 (late46b): a page with no headline whose lead opens inside a working session ("Tại buổi làm việc, …")
and whose next sentence, undated and no plan, tells the signing: the signing (type_session_signing). Sentences
written for these tests, none copied from a page.
"""

from __future__ import annotations

import pytest

from extract_support import first_main

# --- a headline-less page opening inside a working session, the next sentence signing --------------------

SESSION = ("Tại buổi làm việc, đại diện lãnh đạo hai đơn vị đã trao đổi một số nội dung về tình hình an ninh trật tự "
           "trên địa bàn hai tỉnh trong 6 tháng đầu năm 2019.\n\n")


def test_a_working_session_whose_next_sentence_signs_is_the_signing():
    main = first_main(SESSION + "Đại tá Nguyễn Văn An, Giám đốc Công an tỉnh Quảng Trị và Đại tá Bun Mi, Giám đốc "
                                "Sở An ninh tỉnh Savannakhet ký kết biên bản ghi nhớ hợp tác về an ninh trật tự.\n")
    assert main["type"] == "signing", main


@pytest.mark.parametrize("text", [
    # the next sentence recalls an earlier, dated signing
    SESSION + "Năm 2015, Công an tỉnh Quảng Trị và Sở An ninh tỉnh Savannakhet đã ký kết biên bản ghi nhớ hợp tác.\n",
    # the next sentence tells what they mean to sign
    SESSION + "Công an tỉnh Quảng Trị và Sở An ninh tỉnh Savannakhet sẽ ký kết biên bản ghi nhớ hợp tác.\n",
    # a headline names the session: the headline's rule
    "Công an tỉnh Quảng Trị làm việc với Sở An ninh tỉnh Savannakhet\n\n" + SESSION
    + "Đại tá Nguyễn Văn An và Đại tá Bun Mi ký kết biên bản ghi nhớ hợp tác về an ninh trật tự.\n",
])
def test_a_working_session_stays_a_meeting_otherwise(text):
    assert first_main(text)["type"] == "conference"

"""Round 24, late fixes (late24type): type shapes of the misses of round 24's first measures (docs/accuracy.md,
"late24type"). Sentences written for this test (no page's own words).
"""

from __future__ import annotations

import pytest

from extract_support import main_or_none as _main, type_of_main as _type
from hoptac.core.extract.type_phrases import found
from hoptac.core.text import fold


def _phrases(sentence: str) -> set[str]:
    return {f[3] for f in found(fold(sentence))}


# --- a signing named inside an anniversary's name ("kỷ niệm 15 năm hai tỉnh A và B ký kết …") is the anniversary of
# an old signing: the trip the sentence tells is the occasion (type_anniversary_signing).
@pytest.mark.parametrize("page", [
    "Hợp tác giáo dục với tỉnh Shiga (Nhật Bản)\n\n"
    "Nhân chuyến thăm tỉnh Đồng Nai kỷ niệm 15 năm hai tỉnh Shiga và Đồng Nai ký kết quan hệ hữu nghị, chiều ngày "
    "5/11/2023, Đoàn đại biểu tỉnh Shiga do ông Kato Hiroshi làm Trưởng đoàn đã đến thăm và làm việc với trường Đại "
    "học Lạc Hồng.\nTiếp đoàn có lãnh đạo nhà trường.\n",
    "Tăng cường giao lưu với tỉnh Chiba\n\n"
    "Sáng 3/10/2022, nhân dịp kỷ niệm tròn 20 năm thành phố Cần Thơ và tỉnh Chiba (Nhật Bản) ký kết thỏa thuận hợp tác, "
    "đoàn công tác tỉnh Chiba do ông Sato Ken dẫn đầu đã đến thăm thành phố Cần Thơ.\n",
])
def test_a_signing_named_in_an_anniversary_is_no_signing(page):
    assert _type(page) == "visit"


@pytest.mark.parametrize("sentence", [
    "kỷ niệm 15 năm hai tỉnh Shiga và Đồng Nai ký kết quan hệ hữu nghị",
    "nhân dịp kỷ niệm 20 năm hai thành phố đã ký kết thỏa thuận hợp tác",
])
def test_the_anniversary_s_signing_is_no_phrase(sentence):
    assert "ky ket" not in _phrases(sentence)


@pytest.mark.parametrize("sentence", [
    # joined to the anniversary: the signing done that day
    "hai huyện tổ chức Lễ kỷ niệm 10 năm kết nghĩa và ký kết biên bản hợp tác giai đoạn mới",
    "Lễ kỷ niệm 25 năm thiết lập quan hệ hữu nghị, đồng thời ký kết thỏa thuận hợp tác",
    # after a comma: the signing the sentence tells
    "Nhân kỷ niệm 10 năm kết nghĩa, hai huyện Mường Lát và Xốp Bâu ký kết biên bản hợp tác",
    # no anniversary
    "Sáng 5/6, hai tỉnh Shiga và Đồng Nai ký kết quan hệ hữu nghị",
])
def test_a_signing_of_the_day_stays(sentence):
    assert "ky ket" in _phrases(sentence)


# --- a host that welcomes a delegation ("đón đoàn … đến …") receives it, as "tiếp đoàn": the guests' visit (type_vocab).
@pytest.mark.parametrize("page", [
    "Sáng 12-9, Sở Văn hóa và Thể thao Đà Nẵng đón đoàn nghệ nhân và sinh viên thành phố Sakai (Nhật Bản) đến giao "
    "lưu, tìm hiểu văn hóa truyền thống của người Việt.\nĐây là lần thứ 3 hoạt động này được tổ chức.\n",
    "Huyện Tam Đường đón phái đoàn huyện Mường Ngoy\n\n"
    "Chiều 20/4, lãnh đạo huyện Tam Đường (Lai Châu) đã đón phái đoàn huyện Mường Ngoy (Lào) đến tìm hiểu mô hình "
    "trồng chè.\n",
])
def test_a_host_that_welcomes_a_delegation_receives_it(page):
    assert _type(page) == "visit"


# --- a person's title in a list of who came ("…; Trưởng đoàn đại biểu tỉnh B Nguyễn Văn C; …") is no delegation's trip
# (type_vocab's MAIN_TYPE_NOT); a delegation with its leader keeps its verb.
def test_a_delegation_leader_s_title_is_no_trip():
    assert "doan dai bieu" not in _phrases(
        "Phó Chủ tịch UBND tỉnh Quảng Trị Lê Văn An; Trưởng đoàn đại biểu tỉnh Savannakhet Bun Mi; Trưởng đoàn công "
        "tác tỉnh Khammouane Xay Som")
    page = ("“Tình hữu nghị Việt – Lào”\n\nLãnh đạo hai tỉnh cắt băng khai mạc triển lãm ảnh\n\n"
            "Phó Chủ tịch UBND tỉnh Quảng Trị Lê Văn An; Ủy viên Thường vụ, Trưởng đoàn đại biểu tỉnh Savannakhet Bun Mi."
            "\n\nĐây là hoạt động nhân kỷ niệm 60 năm thiết lập quan hệ ngoại giao Việt Nam – Lào (5/9/1962 – 5/9/2022).\n")
    assert _main(page) is None or _type(page) != "visit"


def test_a_led_delegation_keeps_its_visit():
    assert _type("Ngày 14/3/2023, Đoàn đại biểu tỉnh Savannakhet do ông Bun Mi làm Trưởng đoàn đã đến thăm và làm việc "
                 "tại tỉnh Quảng Trị.\n") == "visit"


# --- a document told as signed with the verb alone after 'được' ("Biên bản … được ký vào tháng 7/2023"): a signing,
# what a page that dates no other occasion reports (type_words); ranked below a visit told in the same sentence.
def test_a_document_told_as_signed_is_the_signing():
    page = ("Văn hóa\n\nHải Dương - Kon Tum liên kết phát triển văn hóa, thể thao\n\nThứ hai, 12/2/2024 | 09:10 GMT+7\n"
            "Theo biên bản hợp tác về văn hóa, thể thao giữa hai Sở Văn hóa, Thể thao và Du lịch tỉnh Hải Dương và tỉnh "
            "Kon Tum, hai tỉnh sẽ luân phiên tổ chức các hoạt động giao lưu từ năm 2024.\n\n"
            "Biên bản hợp tác được ký vào tháng 9/2023. Hai bên sẽ trao đổi đoàn nghệ thuật hai năm một lần.\n\n"
            "Giao lưu văn hóa, thể thao giữa hai tỉnh Hải Dương và Kon Tum\n")
    assert _type(page) == "signing"


def test_an_old_agreement_named_in_a_visit_leaves_the_visit():
    assert _type("Sáng 14/3/2024, đoàn công tác tỉnh Hải Dương do ông Lê Minh dẫn đầu đã đến thăm tỉnh Kon Tum, theo "
                 "thỏa thuận hợp tác được ký vào năm 2019.\n") == "visit"

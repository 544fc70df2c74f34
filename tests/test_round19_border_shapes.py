"""Round 19, border provinces (Việt Nam - Trung Quốc, Việt Nam - Campuchia): cnkh19's misses as shapes,
in sentences written for this test (no page's own words).

* a photo's camera file name ("img-20241108-141402.jpg") taken on the main occasion's day and month gives
  its year when nothing else does; a photo of another day, names that disagree, a year the article
  contradicts or a cue that already decides give none;
* a meeting held to sign ("hội nghị gặp gỡ, trao đổi và ký kết biên bản …") whose next sentence names the
  signing ("Tham dự buổi ký kết có …") is the signing; a review meeting that signs, talks that sign, or a
  meeting whose next sentence names nothing stay the meeting.
"""

from __future__ import annotations

import pytest
from hoptac.core.extract.dates import DateMention
from hoptac.core.extract.type_attended import attended_signing
from hoptac.core.extract.year_photo_names import photo_year

from extract_support import first_main as _main


def _dm(day: int, month: int) -> DateMention:
    return DateMention(0, 5, f"{day}/{month}", day, month, None)


HEAD = "Lãnh đạo tỉnh Hà Giang hội đàm với lãnh đạo châu Văn Sơn (Trung Quốc)\n\n"
LEAD = ("Chiều 14/10, tại thành phố Hà Giang, Phó Chủ tịch UBND tỉnh Hà Giang đã có buổi hội đàm với "
        "đoàn đại biểu châu Văn Sơn, tỉnh Vân Nam (Trung Quốc).\n\n")
BODY = ("Hai bên trao đổi về công tác quản lý biên giới và thống nhất tăng cường giao lưu giữa các huyện "
        "biên giới.\n\nQuang cảnh buổi hội đàm.\n\n")


@pytest.mark.parametrize("name", ["img-20231014-093512.jpg", "IMG_20231014_093512.jpg", "20231014_093512.png",
                                  "IMG-20231014-WA0007.jpg"])
def test_a_photo_taken_on_the_day_gives_the_year(name):
    ev = _main(HEAD + LEAD + name + "\n" + BODY)
    assert ev["date"] == "2023-10-14"
    assert ev["year_cue"]["kind"] == "photo_name"


@pytest.mark.parametrize("names", [
    "img-20231015-093512.jpg",                             # taken the day after: says nothing
    "img-20231014-093512.jpg\nimg-20221014-101010.jpg",    # two years for the day: none
    "img-20991014-093512.jpg",                             # after the page's clock
])
def test_a_photo_of_another_day_or_disagreeing_names_give_no_year(names):
    ev = _main(HEAD + LEAD + names + "\n" + BODY)
    assert ev["date"] == "--10-14" or ev["year_source"] == "unknown"


def test_a_cue_of_the_text_decides_before_a_photo():
    body = ("Năm 2025 là năm kỷ niệm 75 năm thiết lập quan hệ ngoại giao Việt Nam - Trung Quốc.\n\n")
    ev = _main(HEAD + LEAD + "img-20231014-093512.jpg\n" + body)
    assert ev["date"] == "2025-10-14" and ev["year_cue"]["kind"] != "photo_name"


def test_photo_year_table():
    text = "a img-20240308-110000.jpg b"
    assert photo_year(text, _dm(8, 3)).year == 2024
    assert photo_year(text, _dm(3, 8)) is None          # day and month read the camera's way only
    assert photo_year("img-19991014-093512.jpg", _dm(14, 10)) is None   # before digital photos of the kind


SIGN_HEAD = "Tỉnh An Giang mở rộng hợp tác với các tỉnh Campuchia\n\n"


def test_a_meeting_held_to_sign_named_by_the_attendance_sentence_is_the_signing():
    text = SIGN_HEAD + (
        "Ngày 9.12, tại TP Long Xuyên, UBND tỉnh An Giang tổ chức hội nghị gặp gỡ, giao lưu và ký kết biên bản "
        "hợp tác với 2 tỉnh Takeo và Kandal của Vương quốc Campuchia.\n\n"
        "Tham dự buổi ký kết có lãnh đạo hai tỉnh Takeo, Kandal và lãnh đạo các sở, ngành của tỉnh An Giang.\n\n"
        "Hai bên thống nhất đẩy mạnh giao thương qua các cửa khẩu.\n")
    assert _main(text)["type"] == "signing"


@pytest.mark.parametrize("lead", [
    # a review meeting that signs stays the meeting (the corpus's convention)
    "Ngày 9.12, tại TP Long Xuyên, UBND tỉnh An Giang tổ chức hội nghị sơ kết và ký kết biên bản hợp tác với "
    "tỉnh Takeo (Campuchia).",
    # talks that sign are weighed elsewhere (signing_or_talks)
    "Ngày 9.12, tại TP Long Xuyên, lãnh đạo tỉnh An Giang và tỉnh Takeo (Campuchia) đã hội đàm và ký kết biên "
    "bản hợp tác.",
])
def test_a_review_or_talks_stay_the_meeting_whoever_attends(lead):
    text = SIGN_HEAD + lead + "\n\nTham dự buổi ký kết có lãnh đạo các sở, ngành của hai tỉnh.\n"
    assert _main(text)["type"] == "conference"


def test_a_meeting_whose_next_sentence_names_no_signing_stays_the_meeting():
    text = SIGN_HEAD + (
        "Ngày 9.12, tại TP Long Xuyên, UBND tỉnh An Giang tổ chức hội nghị gặp gỡ, giao lưu và ký kết biên bản "
        "hợp tác với tỉnh Takeo (Campuchia).\n\n"
        "Tham dự hội nghị có lãnh đạo các sở, ngành của hai tỉnh.\n")
    assert _main(text)["type"] == "conference"


def test_attended_signing_reads_only_the_next_sentences():
    clause = "ubnd tinh a to chuc hoi nghi gap go va ky ket bien ban hop tac voi tinh b"
    folded = "x. hai ben trao doi. cac dai bieu chup anh. du le ky ket co lanh dao hai tinh."
    sentences = [(0, 2), (3, 19), (20, 42), (43, len(folded))]
    assert attended_signing(clause, folded, sentences, 2) is None      # the third sentence after is too far
    assert attended_signing(clause, folded, sentences, 19) == "du le ky ket"


def test_an_anniversary_attended_is_no_signing():
    clause = "ubnd tinh a to chuc hoi nghi gap go va ky ket bien ban hop tac voi tinh b"
    folded = "x. du le ky niem co lanh dao hai tinh. du le ky thoa thuan co lanh dao hai tinh."
    sentences = [(0, 2), (3, 37), (38, len(folded))]
    assert attended_signing(clause, folded, sentences, 2).strip() == "du le ky"   # the second: the first is an anniversary

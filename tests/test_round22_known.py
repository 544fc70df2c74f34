"""Round 22 (known22): the misses known after round 21, each as the general shape it is.
Sentences written for the test (names, days and wording are ours)."""

from __future__ import annotations

from extract_support import main_event


# 1a. "hôm 15.3" is the day the occasion was held ("hôm" = on that day), never the day a
#     celebration is named with ("nhân kỷ niệm … Quốc khánh 2/9"), even right after "nhân kỷ niệm".
def test_a_day_told_with_hom_after_a_celebration_is_the_occasion():
    ev = main_event(
        "Cập nhật lúc 09:20 21/04/2024\n"
        "Bình Định trao quà hỗ trợ Phú Yên\n\n"
        "Tỉnh Phú Yên và tỉnh Bình Định tổ chức lễ trao kinh phí xây nhà tình nghĩa cho tỉnh Phú Yên "
        "nhân kỷ niệm 49 năm giải phóng hai tỉnh hôm 20.4.\n\n"
        "Tại buổi lễ, lãnh đạo tỉnh Bình Định trao biểu trưng 5 tỉ đồng.\n")
    assert ev["date"] == "2024-04-20"


def test_the_day_a_celebration_is_named_with_stays_no_occasion():
    ev = main_event(
        "Cập nhật lúc 09:20 21/04/2024\n"
        "Bình Định trao quà hỗ trợ Phú Yên\n\n"
        "Tỉnh Phú Yên và tỉnh Bình Định tổ chức lễ trao kinh phí xây nhà tình nghĩa cho tỉnh Phú Yên "
        "nhân kỷ niệm Quốc khánh 2/9.\n\n"
        "Tại buổi lễ, lãnh đạo tỉnh Bình Định trao biểu trưng 5 tỉ đồng.\n")
    assert ev["date"] != "2024-09-02"

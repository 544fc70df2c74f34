"""Round 48 (late48d): shapes of real pages never seen before, each fixed as a general rule. The sentences are
written for these tests; none is copied from a page.

* ``weekday_stamp`` (core/extract/verdict_shapes.py, NOT_A_DOCUMENT_PLACE): "Thứ năm, ngày 07/10/2021" alone on
  its line is the page's clock, not a reproduced document's place-and-date line ("Bắc Ninh, ngày …").
* ``stopped_updating`` (core/extract/site_notices.py): a merged paper's notice at the head of its pages ("…, trang
  web tạm ngừng cập nhật thông tin …") is the site's chrome, not the lead.
"""

from __future__ import annotations

import pytest

from extract_support import main_event, parse_article

_LEAD = ("Chiều 7-10, tại bến xe khách tỉnh, Sở Lao động tỉnh Bình Dương phối hợp với tỉnh Phú Yên tổ chức đưa "
         "người lao động về quê.\n\n"
         "Theo đó, 900 người lao động quê Phú Yên đang làm việc tại Bình Dương đã được hỗ trợ về quê trên 25 xe.\n")


def test_a_weekday_over_the_date_is_no_documents_place():
    # before: "Thứ năm" read as a document's place: the clock line took the main event (2021-10-07, announcement)
    e = main_event("Sáng 6-10, hai tỉnh họp bàn việc đưa người lao động về quê, thống nhất tổ chức các chuyến xe "
                   "trong tuần.\n\nThứ năm, ngày 07/10/2021\n\n" + _LEAD)
    assert e["type"] != "announcement"
    assert e["date"].endswith("-10-06")


def test_a_place_over_the_date_is_still_a_documents_line():
    # counter-shape: a real place-and-date line stays the document's (unchanged)
    text = ("QUYẾT ĐỊNH về việc phê duyệt chương trình hợp tác giữa tỉnh Bắc Ninh và tỉnh Lạng Sơn\n\n"
            "Căn cứ Luật Tổ chức chính quyền địa phương;\n\n"
            "Điều 1. Phê duyệt chương trình hợp tác giữa tỉnh Bắc Ninh và tỉnh Lạng Sơn giai đoạn 2026 - 2030.\n\n"
            "Bắc Ninh, ngày 18 tháng 12 năm 2025\n")
    assert main_event(text)["date"] == "2025-12-18"


_NOTICE = ("Kể từ ngày 1-7, tỉnh Đồng Nai (mới) chính thức đi vào hoạt động, vì vậy trang web tạm ngừng cập nhật "
           "thông tin để chờ hướng dẫn. Mọi thông tin liên quan đến địa bàn Bình Phước (cũ) sẽ được cập nhật trên "
           "báo Đồng Nai. Trân trọng!\n\n")


def test_a_sites_notice_is_chrome_not_the_lead():
    # before: the notice was the lead: its province (Đồng Nai) a partner, the stamp under the headline unread
    e = main_event(_NOTICE + "Đưa người lao động về quê\n\nThứ năm, ngày 07/10/2021\n\n" + _LEAD)
    assert e["date"] == "2021-10-07"
    assert "Đồng Nai" not in " ".join(e["pair"] if isinstance(e["pair"], list) else [str(e["pair"])])


def test_the_notice_line_is_cut_as_chrome():
    a = parse_article(_NOTICE + "Đưa người lao động về quê\n\n" + _LEAD)
    assert a.title == "Đưa người lao động về quê"


def test_a_sentence_about_updating_a_site_stays_text():
    # counter-shape: an article's sentence about updating information is no notice (unchanged)
    text = ("Hai tỉnh phối hợp cập nhật thông tin\n\n"
            "Ngày 5/3/2024, Sở Thông tin tỉnh Bình Phước và Sở Thông tin tỉnh Đồng Nai ký kết thỏa thuận cập nhật "
            "thông tin lên trang web của hai tỉnh.\n")
    e = main_event(text)
    assert e["date"] == "2024-03-05"
    assert e["type"] == "signing"


# * the gazetteer: "Atôpư" / "Atopư" / "A-tô-pư", Vietnamese spellings of Attapeu (Laos), join its aliases
#   (scripts/gazetteer_exonyms.py, LA-AT; core/data/places.json rebuilt) beside "Át-tạ-pư", "Attapư".
_TWO = ("Sở Y tế tỉnh Kon Tum chủ trì tổ chức Hội nghị phòng chống sốt rét biên giới giữa hai tỉnh Kon Tum - {a} "
        "vào ngày 16/11/2010 và Hội nghị phòng chống sốt rét biên giới Kon Tum - Ratanakiri vào ngày 24/11/2010.\n\n"
        "Tham dự hội nghị có lãnh đạo Sở Y tế các tỉnh.\n")


@pytest.mark.parametrize("written", ["Atôpư", "Atopư", "A-tô-pư"])
def test_atopu_is_attapeu(written):
    # before: the name was no place; the pair was Kon Tum - Ratanakiri, the second conference's
    e = main_event(_TWO.format(a=written))
    assert e["date"] == "2010-11-16"
    assert sorted(e["pair"]) == ["Kon Tum", "Át-tạ-pư"]


def test_the_spelling_already_known_reads_alike():
    # counter-shape: "Attapư" was the province before (unchanged)
    assert sorted(main_event(_TWO.format(a="Attapư"))["pair"]) == ["Kon Tum", "Át-tạ-pư"]


# * ``agreement_opening`` (core/extract/type_document_opening.py, AGREEMENT_TITLES): a page quoting an agreement in
#   full dates it with the document's own opening, "Hôm nay, ngày …" after its title: the day of the signing.
_PARTIES = (" Đại diện Sở Y tế tỉnh Gia Lai: ông Nguyễn Văn An, Phó Giám đốc. Đại diện Sở Y tế tỉnh Ratanakiri: "
            "ông Sok Dara, Giám đốc. Hai bên thống nhất các điều khoản sau: 1. Trao đổi thông tin dịch bệnh.\n")


@pytest.mark.parametrize("title", [
    "Toàn văn: BIÊN BẢN GHI NHỚ về phòng chống sốt rét vùng biên giữa tỉnh Gia Lai và tỉnh Ratanakiri",
    "THỎA THUẬN HỢP TÁC giữa Sở Y tế tỉnh Gia Lai và Sở Y tế tỉnh Ratanakiri",
    "BIÊN BẢN KÝ KẾT giữa Sở Y tế tỉnh Gia Lai và Sở Y tế tỉnh Ratanakiri",
])
def test_an_agreements_own_opening_dates_its_signing(title):
    # before: "other" (the sentence names no occasion)
    e = main_event(title + " Hôm nay, ngày 08 tháng 01 năm 2010 tại hội trường huyện Đức Cơ, tỉnh Gia Lai." + _PARTIES)
    assert e["date"] == "2010-01-08"
    assert e["type"] == "signing"


def test_minutes_of_a_meeting_are_no_agreement():
    # counter-shape: "Biên bản họp" opens the same way; no signing (unchanged)
    e = main_event("BIÊN BẢN HỌP giao ban phòng chống sốt rét giữa tỉnh Gia Lai và tỉnh Ratanakiri Hôm nay, ngày 08 "
                   "tháng 01 năm 2010 tại hội trường huyện Đức Cơ, tỉnh Gia Lai." + _PARTIES)
    assert e["type"] != "signing"


def test_today_in_prose_without_a_title_keeps_its_reading():
    # counter-shape: "Hôm nay, ngày …" in a report with no agreement's title before it (unchanged)
    e = main_event("Hôm nay, ngày 08 tháng 01 năm 2010, đoàn công tác tỉnh Gia Lai đến thăm tỉnh Ratanakiri." + _PARTIES)
    assert e["type"] == "visit"


def test_a_memorandum_named_in_prose_dated_otherwise_is_not_read():
    # counter-shape: the title's words before a date not opened by "Hôm nay" (unchanged)
    e = main_event("Thực hiện biên bản ghi nhớ giữa hai tỉnh, ngày 08/01/2010, Sở Y tế tỉnh Gia Lai tổ chức hội nghị "
                   "với Sở Y tế tỉnh Ratanakiri." + _PARTIES)
    assert e["type"] == "conference"

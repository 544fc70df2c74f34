"""A lead that names no place is a sapo: the paragraph after it is read for the host of a
gathering of one side with several localities (core/extract/partner_hosts.py, round 29).
The sentences are written for these tests; none is copied from a page."""

from __future__ import annotations

from extract_support import main_event

_SAPO = ("Các sở y tế phía Nam bàn cách giữ giá thuốc\n\n"
         "Thuốc vẫn về kho, nhưng nhà thuốc không có hàng để bán. Nguyên nhân được cho là một số đại lý găm hàng "
         "chờ tăng giá.\n\n")


def provinces(ev: dict) -> set[str]:
    return {p["province"] for p in ev["parties"]}


def test_a_gathering_after_a_sapo_has_its_venue_for_host():
    ev = main_event(_SAPO + "Đó là thông tin được nêu tại hội nghị giao ban chương trình hợp tác giữa Sở Y tế tỉnh "
                    "Đồng Nai với sở y tế các tỉnh miền Tây năm 2026, tổ chức tại Bến Tre vào ngày 5-6. Các đại biểu "
                    "đề nghị tăng cường kiểm tra.\n")
    assert provinces(ev) == {"Đồng Nai", "Bến Tre"}


def test_one_sides_own_event_away_after_a_sapo_keeps_its_venue_a_venue():
    # counter-example: no gathering of several localities in the venue's sentence
    ev = main_event(_SAPO + "Đó là thông tin được nêu tại lớp tập huấn do Sở Y tế tỉnh Đồng Nai tổ chức tại Bến Tre "
                    "vào ngày 5-6. Các học viên đề nghị tăng cường kiểm tra.\n")
    assert provinces(ev) == {"Đồng Nai"}


def test_a_delegation_that_came_to_a_gathering_after_a_sapo_keeps_its_venue_a_venue():
    # counter-example: a delegation came to an occasion held there, whoever held it
    ev = main_event(_SAPO + "Đó là thông tin đoàn công tác Sở Y tế tỉnh Đồng Nai nêu khi dự hội nghị của sở y tế các "
                    "tỉnh miền Tây, tổ chức tại Bến Tre vào ngày 5-6. Các đại biểu đề nghị tăng cường kiểm tra.\n")
    assert provinces(ev) == {"Đồng Nai"}

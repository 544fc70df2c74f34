"""Round 46 (late46b): an occasion named again with "này" and placed in a series of events ("Chương trình ký
kết này được thực hiện trong loạt sự kiện …"): the days are the series', the type the occasion's told before, up
to two sentences back (type_framed "this_occasion_is_done_within"); "ký các văn bản / biên bản / thỏa thuận" is a
signing. Sentences written for these tests, none copied from a page.
"""

from __future__ import annotations

from extract_support import first_main

# --- an occasion placed in a series of events by "… này được thực hiện trong loạt sự kiện …" ----------------

# (a byline line between the headline and the lead, as many sites print it)
SIGNED = ("Du lịch tỉnh A kết nối với các tỉnh Tây Nguyên\n\nNGỌC AN\n\n"
          "VHO - Sở Du lịch tỉnh Quảng Nam vừa ký các văn bản hợp tác kích cầu du lịch với các tỉnh Tây Nguyên.\n\n"
          "Hoạt động nhằm tăng cường quảng bá các sản phẩm du lịch của hai vùng.\n\n")


def test_a_signing_placed_in_a_festivals_series_of_events_keeps_its_type():
    main = first_main(SIGNED + "Chương trình ký kết này được thực hiện trong loạt sự kiện hội chợ, hội thảo của "
                               "Lễ hội cà phê tỉnh Đắk Lắk lần thứ 5, diễn ra từ ngày 9 – 13/3.\n")
    assert main["type"] == "signing", main


def test_a_series_of_events_that_is_itself_the_lead_keeps_its_meeting():
    # no "này" pointing back: the sentence reports its own workshop
    main = first_main("Hai tỉnh hợp tác phát triển du lịch\n\n"
                      "Trong loạt sự kiện của Lễ hội cà phê tỉnh Đắk Lắk lần thứ 5, diễn ra từ ngày 9 – 13/3, "
                      "tỉnh Đắk Lắk và tỉnh Quảng Nam tổ chức hội thảo về liên kết du lịch.\n")
    assert main["type"] == "conference", main


def test_documents_counted_with_cac_are_signed():
    main = first_main("Hai sở hợp tác\n\nNgày 5/3, Sở Du lịch tỉnh Quảng Nam ký các văn bản hợp tác với Sở Du lịch "
                      "tỉnh Gia Lai về quảng bá du lịch.\n")
    assert main["type"] == "signing", main

"""Round 31, the lead reworded (para31): a metamorphic harness rewrote the lead of every page read right in
the ways a reporter writes the same occasion (time expression, verb, the parties' order); the misses as shapes,
in sentences written for this test (no page's own words), each with counter-examples.

* the days an occasion takes, written after the signed document ("… ký kết Biên bản ghi nhớ hợp tác trong 2
  ngày 18 và 19/9"), are the signing's days, not the memorandum's date (verdict_shapes.DAYS_IT_TAKES); a
  memorandum named with its own date ("Bản ghi nhớ hợp tác trong lĩnh vực y tế ngày 14/5/2018") stays a
  document's date.
* "trao đổi, thảo luận" as the lead's only verb is a meeting (type_vocab, rank 8), "quyết định thành lập" a
  decision issued (type_words, rank 8); a visit, a signing, a meeting or a festival named with them keeps its type.
* a short one-sentence lead with its day after the subject ("Đoàn công tác huyện A, sáng 20/3 đã thăm …") or at
  its end ("… vào sáng 20/3.") is the lead (lead_time_inside).
* "kết quả hợp tác kể từ hội nghị năm 2024" names an earlier meeting's year: a lower bound, no year cue (a
  wrong year once the lead's own "6 tháng đầu năm …" was reworded away).
"""

from __future__ import annotations

import pytest

from extract_support import HEAD, main_or_none as _main

_REST = "\n\nHai bên thống nhất tiếp tục phối hợp chặt chẽ trong thời gian tới.\n"


def _page(lead: str) -> str:
    return HEAD + lead + _REST


@pytest.mark.parametrize("lead, date, end", [
    ("Tỉnh Kon Tum và tỉnh Attapeu (Lào) ký kết biên bản ghi nhớ hợp tác trong 2 ngày 18 và 19/9.", "--09-18", "--09-19"),
    ("Tỉnh Kon Tum và tỉnh Attapeu (Lào) ký kết biên bản ghi nhớ hợp tác trong hai ngày 18-19/9/2024.",
     "2024-09-18", "2024-09-19"),
    ("Huyện A Lưới và huyện Ta Ôi (Lào) tổ chức lễ ký kết thỏa thuận hợp tác trong các ngày 7-9/10.", "--10-07", "--10-09"),
    # as before: the days written first, or with 'từ ngày'
    ("Trong 2 ngày 18 và 19/9, tỉnh Kon Tum và tỉnh Attapeu (Lào) ký kết biên bản ghi nhớ hợp tác.", "--09-18", "--09-19"),
])
def test_days_after_a_signed_document_are_the_signing(lead, date, end):
    main = _main(_page(lead))
    assert main is not None and (main["date"], main["date_end"]) == (date, end)


def test_a_memorandum_named_with_its_date_keeps_it_a_document():
    lead = ("Ngày 20/9, tỉnh Kon Tum sơ kết thực hiện Bản ghi nhớ hợp tác trong lĩnh vực y tế ngày 14/5/2018 với "
            "tỉnh Attapeu (Lào).")
    main = _main(_page(lead))
    assert main is not None and main["date"] == "--09-20"


@pytest.mark.parametrize("lead, want", [
    ("Ngày 18/9, lãnh đạo tỉnh Kon Tum và tỉnh Attapeu (Lào) đã trao đổi, thảo luận về các nội dung hợp tác.",
     "conference"),
    ("Sáng 3/4, lãnh đạo huyện Mường Tè và huyện Kim Bình (Trung Quốc) trao đổi và thảo luận về quản lý biên giới.",
     "conference"),
    # a decision one side takes: an announcement (type_words, rank 8) ...
    ("Sáng 23/5, UBND tỉnh Kon Tum quyết định thành lập tổ công tác hợp tác với tỉnh Attapeu (Lào).", "announcement"),
    # ... not over the meeting or the visit where both sides take it
    ("Sáng 23/5, tại hội đàm, lãnh đạo tỉnh Kon Tum và tỉnh Attapeu (Lào) quyết định thành lập tổ công tác chung.",
     "conference"),
    ("Sáng 23/5, đoàn công tác tỉnh Kon Tum đến thăm tỉnh Attapeu (Lào), hai bên quyết định thành lập tổ công tác chung.",
     "visit"),
    # counter-examples: the occasion named with it keeps its type
    ("Ngày 18/9, đoàn công tác tỉnh Kon Tum đến thăm tỉnh Attapeu (Lào), hai bên đã trao đổi, thảo luận về hợp tác.",
     "visit"),
    ("Ngày 18/9, tỉnh Kon Tum và tỉnh Attapeu (Lào) ký kết biên bản ghi nhớ, hai bên trao đổi, thảo luận về hợp tác.",
     "signing"),
    ("Ngày 18/9, tỉnh Kon Tum và tỉnh Attapeu (Lào) khai mạc lễ hội văn hóa, lãnh đạo hai tỉnh trao đổi, thảo luận "
     "về du lịch.", "other"),
])
def test_a_discussion_is_a_meeting(lead, want):
    main = _main(_page(lead))
    assert main is not None and main["type"] == want


# A short lead paragraph whose day stands after the subject or at its end is still the lead (lead_time_inside): the
# body's long paragraph below, with a month of its own, is not.
_BODY = ("\n\nTại buổi làm việc, lãnh đạo huyện Quan Sơn đã giới thiệu với đoàn mô hình trồng rừng gỗ lớn mà huyện triển "
         "khai từ tháng 12/2021; đến nay mô hình đã phủ xanh hơn 300 ha đất trống, tạo việc làm cho nhiều hộ đồng bào "
         "dân tộc thiểu số trên địa bàn và được nhân rộng ra các xã lân cận.\n")


@pytest.mark.parametrize("lead", [
    "Đoàn công tác huyện Mường Lát, tỉnh Thanh Hóa, sáng 20/3 đã thăm và làm việc tại huyện Quan Sơn.",
    "Đoàn công tác huyện Mường Lát, chiều nay (20/3) đã đến thăm và làm việc tại huyện Quan Sơn.",
    "Đoàn công tác huyện Mường Lát thăm và làm việc tại huyện Quan Sơn vào sáng 20/3.",
    # as before: the day opening the lead
    "Sáng 20/3, đoàn công tác huyện Mường Lát đã thăm và làm việc tại huyện Quan Sơn.",
])
def test_a_short_lead_with_its_day_inside_is_the_lead(lead):
    main = _main(HEAD + lead + _BODY)
    assert main is not None and main["date"][-5:] == "03-20"


@pytest.mark.parametrize("line, want", [
    ("Đoàn công tác huyện Mường Lát, sáng 20/3 đã thăm và làm việc tại huyện Quan Sơn.", True),
    ("Đoàn công tác huyện Mường Lát thăm và làm việc tại huyện Quan Sơn vào ngày 20/3/2024.", True),
    # counter-examples: a headline (no stop), a caption naming its day (no 'vào', no 'đã'), a short line
    ("Đoàn công tác huyện Mường Lát thăm và làm việc tại huyện Quan Sơn vào sáng 20/3", False),
    ("Lãnh đạo hai huyện chụp ảnh lưu niệm tại buổi làm việc sáng 20/3.", False),
    ("Lãnh đạo hai huyện chụp ảnh lưu niệm, sáng 20/3.", False),
    ("Hai huyện, sáng 20/3 đã ký kết.", False),
    ("Hai bên đánh giá việc thực hiện thỏa thuận hợp tác được ký kết giữa hai huyện vào ngày 9/4/2019.", False),
])
def test_time_inside_lead_shapes(line, want):
    from hoptac.core.extract.lead_time_inside import time_inside_lead
    from hoptac.core.text import fold
    assert time_inside_lead(line, fold(line)) is want


@pytest.mark.parametrize("lead, want", [
    # the results since an earlier meeting of year Y: that meeting's year, a bound at most (year_cues) -- no year
    ("Ngày 7/11, lãnh đạo tỉnh Kon Tum làm việc với lãnh đạo tỉnh Attapeu (Lào) về kết quả hợp tác kể từ hội nghị "
     "năm 2024.", "--11-07"),
    ("Ngày 7/11, lãnh đạo tỉnh Kon Tum làm việc với lãnh đạo tỉnh Attapeu (Lào) về kết quả hợp tác kể từ khi ký kết "
     "thỏa thuận năm 2019.", "--11-07"),
    # counter-example: a review of year Y names the occasion's year, as before
    ("Ngày 7/11, tỉnh Kon Tum và tỉnh Attapeu (Lào) tổ chức hội nghị sơ kết chương trình hợp tác năm 2024.",
     "2024-11-07"),
])
def test_results_since_an_earlier_meeting_name_no_year(lead, want):
    main = _main(_page(lead))
    assert main is not None and main["date"] == want


# The day after the subject's comma, before 'đã'/'vừa', opens the predicate (main_date, clause_start): over a range of
# the stay told in the lead's next sentence, as the same day opening the lead is.
_STAY = (" Chuyến công tác của đoàn diễn ra từ ngày 25-28/7, tại các địa phương của thành phố Đà Nẵng; đây là dịp để "
         "hai bên trao đổi kinh nghiệm phát triển kinh tế, du lịch và thu hút đầu tư.")


@pytest.mark.parametrize("lead, want", [
    ("Lãnh đạo tỉnh Quảng Ngãi, ngày 26/7 đã làm việc với lãnh đạo thành phố Đà Nẵng về kết quả hợp tác.", "--07-26"),
    ("Lãnh đạo tỉnh Quảng Ngãi, chiều 26/7 vừa làm việc với lãnh đạo thành phố Đà Nẵng về kết quả hợp tác.", "--07-26"),
    ("Ngày 26/7, lãnh đạo tỉnh Quảng Ngãi làm việc với lãnh đạo thành phố Đà Nẵng về kết quả hợp tác.", "--07-26"),
])
def test_a_day_after_the_subject_opens_the_predicate(lead, want):
    main = _main(_page(lead + _STAY))
    assert main is not None and main["date"] == want

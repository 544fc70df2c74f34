"""A year read from an earlier occasion the article follows up, from figures given "as of"
a day, from what is expected or exists only after the 2025 merger (sentences written for
these tests)."""

from __future__ import annotations

from datetime import date

import pytest

from hoptac.core.extract.article import parse_article
from hoptac.core.extract.events import extract_events
from hoptac.core.extract.year_bounds import BOUND, Bound, Bounds, follow_year
from extract_support import main_event

HEAD = "Hai tỉnh đẩy mạnh hợp tác\n\n"


def main_of(text: str) -> dict:
    return main_event(HEAD + text)


# --- an occasion that follows up a dated one -------------------------------------------

@pytest.mark.parametrize("lead, want", [
    ("Ngày 27/9, tiếp nối kết quả chuyến thăm vừa qua của đoàn tỉnh Cao Bằng ngày 5/9/2025, lãnh đạo tỉnh "
     "Lạng Sơn đã có buổi làm việc với tỉnh Cao Bằng.", "2025-09-27"),
    # the day and month come before the earlier occasion's: the next year
    ("Ngày 12/3, thực hiện kết quả hội đàm tháng 8/2025, lãnh đạo tỉnh Lạng Sơn và tỉnh Cao Bằng tổ "
     "chức hội nghị triển khai.", "2026-03-12"),
    ("Sáng 20/10, tỉnh Lạng Sơn và tỉnh Cao Bằng họp bàn các nội dung hợp tác.\n\nSau buổi làm việc "
     "vừa qua hồi tháng 6/2024 tại Cao Bằng, hai bên đã lập tổ công tác chung.", "2024-10-20"),
])
def test_a_follow_up_of_a_dated_occasion_gives_the_year_after_it(lead, want):
    main = main_of(lead + "\n")
    assert (main["date"], main["year_source"]) == (want, "context")
    assert main["year_cue"]["kind"] == "follow_up"


def test_an_old_agreement_told_in_the_past_is_no_follow_up():
    # an agreement signed in 2018 may be years old: only a lower bound
    main = main_of("Ngày 12/3, hai tỉnh Lạng Sơn và Cao Bằng họp bàn.\n\nHai tỉnh đã ký kết biên bản "
                   "ghi nhớ ngày 14/5/2018.\n")
    assert main["year_source"] == "unknown"


def test_a_follow_up_and_a_cue_that_disagrees_give_no_year():
    # follows up 5/9/2025 (-> 2025) but reviews the year 2023: the evidence disagrees
    main = main_of("Ngày 27/9, tiếp nối kết quả chuyến thăm ngày 5/9/2025, tỉnh Lạng Sơn và tỉnh Cao Bằng "
                   "tổ chức hội nghị tổng kết kết quả hợp tác năm 2023.\n")
    assert main["year_source"] == "unknown"


def test_a_later_lower_bound_than_the_follow_up_voids_it():
    b = Bounds(lower=Bound("after_merger", date(2025, 7, 1), 0, 1),
               every=[Bound("follow_up", date(2024, 9, 5), 2, 3, near=True), Bound("after_merger", date(2025, 7, 1), 0, 1)])
    assert follow_year(b, 3, 10) is None
    f = Bound("follow_up", date(2025, 9, 5), 2, 3, near=True)
    b = Bounds(lower=f, every=[f])
    assert follow_year(b, 9, 27)[1] == 2025 and follow_year(b, 9, 5)[1] == 2025 and follow_year(b, 1, 4)[1] == 2026
    # an upper bound that the follow-up's year would pass: no year
    b.upper = Bound("clock", date(2025, 12, 31), -1, -1)
    assert follow_year(b, 1, 4) is None


# --- figures as of a day ---------------------------------------------------------------

def test_figures_as_of_a_month_are_a_lower_bound_but_no_year():
    # figures as of a day may be decades old (a history): the article is later, its year unknown
    text = HEAD + ("Chiều 14/7, lãnh đạo tỉnh Bắc Ninh gặp đoàn doanh nghiệp tỉnh Gyeonggi (Hàn Quốc).\n\n"
                   "Tính đến hết tháng 5/2024, tỉnh thu hút 120 dự án của nhà đầu tư Hàn Quốc.\n")
    assert main_event(text)["year_source"] == "unknown"
    trace: dict = {}
    extract_events(parse_article(text), article_id="t", source="t.txt", trace=trace)
    assert (trace["bounds"].lower.name, trace["bounds"].lower.day) == ("as_of", date(2024, 5, 31))
    # ... and a stamp before that day is no year
    main = main_of("Chiều 14/2, lãnh đạo tỉnh Bắc Ninh gặp đoàn doanh nghiệp tỉnh Gyeonggi (Hàn Quốc).\n\n"
                   "Tính đến ngày 31/5/2024, tỉnh thu hút 120 dự án của nhà đầu tư Hàn Quốc.\n")
    assert main["year_source"] == "unknown"


def test_figures_of_a_whole_year_give_no_year():
    main = main_of("Chiều 14/7, lãnh đạo tỉnh Bắc Ninh gặp đoàn doanh nghiệp tỉnh Gyeonggi (Hàn Quốc).\n\n"
                   "Tính đến năm 2020, tỉnh thu hút 120 dự án của nhà đầu tư Hàn Quốc.\n")
    assert main["year_source"] == "unknown"


# --- what is being prepared, a province after the merger ---------------------------------

def test_a_province_after_the_merger_and_a_launch_being_prepared_leave_one_year():
    main = main_of("Ngày 18.10, UBND tỉnh An Giang họp với tỉnh Kampot (Campuchia) về du lịch.\n\n"
                   "Hai bên chuẩn bị đưa chợ biên giới vào hoạt động tháng 1.2026. Tỉnh An Giang sau sáp nhập "
                   "có thêm bờ biển dài.\n")
    assert (main["date"], main["year_cue"]["kind"]) == ("2025-10-18", "bounds")


def test_a_commune_after_a_merger_is_no_bound():
    # communes were merged in 2019-2021 too: only a province after a merger dates the page
    trace: dict = {}
    extract_events(parse_article(HEAD + "Ngày 3/11, xã Tân Lập sau sáp nhập đón đoàn công tác tỉnh Lạng Sơn.\n"),
                   article_id="t", source="t.txt", trace=trace)
    assert trace["bounds"].lower is None


def test_the_new_bounds_are_in_the_table():
    assert BOUND["follow_up"].side == BOUND["as_of"].side == "lower"
    assert "tiếp nối" in BOUND["follow_up"].example and "Tính đến" in BOUND["as_of"].example


# --- an anniversary of a founding the text names without its date -------------------------

@pytest.mark.parametrize("lead, want", [
    ("Ngày 30/11, nhân dịp kỷ niệm 48 năm Quốc khánh nước CHDCND Lào, tỉnh Nghệ An và tỉnh Xiêng Khoảng "
     "(Lào) gặp mặt hữu nghị.", "2023-11-30"),
    ("Chiều 4/10, tỉnh Bắc Ninh đón đoàn tỉnh Gyeonggi (Hàn Quốc). Cuộc gặp mở đầu các hoạt động kỷ niệm "
     "30 năm thiết lập quan hệ ngoại giao Việt Nam - Hàn Quốc.", "2022-10-04"),
])
def test_an_anniversary_of_a_known_founding_gives_the_year(lead, want):
    main = main_of(lead + "\n")
    assert (main["date"], main["year_cue"]["kind"]) == (want, "known_anniversary")


def test_an_anniversary_looked_ahead_to_gives_no_cue_but_bounds():
    # not the anniversary's year as a cue; since round 35 (year35) its day bounds the occasion as the same
    # anniversary written with its dates does: before 2/12/2023 and less than a year before it
    main = main_of("Ngày 30/11, hướng tới kỷ niệm 48 năm Quốc khánh nước CHDCND Lào, tỉnh Nghệ An và tỉnh "
                   "Xiêng Khoảng (Lào) họp bàn.\n")
    assert (main["date"], main["year_cue"]["kind"]) == ("2023-11-30", "bounds")
    main = main_of("Ngày 5/12, hướng tới kỷ niệm 48 năm Quốc khánh nước CHDCND Lào, tỉnh Nghệ An và tỉnh "
                   "Xiêng Khoảng (Lào) họp bàn.\n")
    assert main["date"] == "2022-12-05"   # after 2/12 in its month: the year before


def test_the_founding_table_is_documented():
    from hoptac.core.extract.anniversaries import KNOWN_FOUNDINGS
    from hoptac.core.extract.year_cues import CUE
    assert CUE["known_anniversary"].example and CUE["known_anniversary"].note
    assert all(str(y) in written for _, _, y, written in KNOWN_FOUNDINGS)


# --- a term of office or a horizon gives no year ------------------------------------------

@pytest.mark.parametrize("period", ["trong nhiệm kỳ 2025-2030", "hướng đến phát triển bền vững giai đoạn 2026-2030"])
def test_a_term_or_a_horizon_gives_no_year(period):
    main = main_of("Sáng 16/1, tỉnh Yên Bái và tỉnh Lào Cai họp bàn liên kết phát triển du lịch, "
                   f"cùng phát triển {period}.\n")
    assert main["year_source"] == "unknown"


def test_a_streak_of_years_just_finished_is_a_review_of_them():
    main = main_of("Ngày 6/3, đoàn tỉnh Lạng Sơn gặp lãnh đạo Khu tự trị Quảng Tây (Trung Quốc).\n\n"
                   "Xuất khẩu qua cửa khẩu của tỉnh tăng 5 năm liên tiếp (2019-2023).\n")
    assert (main["date"], main["year_cue"]["kind"]) == ("2024-03-06", "review_period")


# --- a later stamp against the occasion's own name with its year -----------------------

def _with_stamp(stamp: str, lead: str) -> dict:
    events, _ = extract_events(parse_article(f"{stamp}\n\nHai tỉnh đẩy mạnh hợp tác\n\n{lead}\n"),
                               article_id="t", source="t.txt")
    return next(e for e in events if e["main"])


def test_the_occasion_named_with_its_year_beats_a_later_stamp():
    lead = ("Ngày 12/2, tại Lào Cai, đã diễn ra Chương trình giao lưu đầu xuân năm 2024 giữa tỉnh Lào Cai và "
            "tỉnh Vân Nam (Trung Quốc).")
    main = _with_stamp("05/11/2026", lead)
    assert (main["date"], main["year_cue"]["kind"]) == ("2024-02-12", "spring")


def test_a_cue_in_another_sentence_does_not_override_the_stamp():
    lead = ("Ngày 12/2, tỉnh Lào Cai gặp lãnh đạo tỉnh Vân Nam (Trung Quốc). Hai bên nhắc lại Chương trình "
            "giao lưu đầu xuân năm 2024.")
    assert _with_stamp("05/11/2026", lead)["year_source"] != "context"
    # nor one that is later than the stamp (a plan announced ahead)
    lead = ("Ngày 12/2, tại Lào Cai, đã diễn ra Chương trình giao lưu đầu xuân năm 2027 giữa tỉnh Lào Cai và "
            "tỉnh Vân Nam (Trung Quốc).")
    assert _with_stamp("05/11/2026", lead)["year_source"] == "unknown"


# --- a trip whose end the lead reports ---------------------------------------------------

def test_the_end_of_a_trip_the_lead_reports_is_the_occasion():
    # round 45 (late45a): the return home is the occasion, the trip's days another event (the golds read the lead's
    # day five to one); the range ending on it, of the trip, gives its year
    main = main_of("Chiều 3/8, đoàn đại biểu tỉnh Sơn La về nước, kết thúc chuyến thăm tỉnh Luang Prabang "
                   "(Lào).\n\nTừ ngày 30/7 đến 3/8/2023, đoàn đã thăm nhiều cơ sở giáo dục của tỉnh Luang Prabang.\n")
    assert (main["date"], main["date_end"]) == ("2023-08-03", None)


def test_a_range_ending_elsewhere_does_not_replace_the_lead():
    main = main_of("Chiều 3/8, đoàn đại biểu tỉnh Sơn La kết thúc chuyến thăm tỉnh Luang Prabang (Lào).\n\n"
                   "Từ ngày 1/5 đến 3/5/2023, hai tỉnh đã tổ chức hội chợ.\n")
    assert main["date"].endswith("08-03")


# --- cues that are another occasion's -------------------------------------------------------

def test_an_appendix_to_a_period_agreement_gives_no_year_from_its_start():
    main = main_of("Từ ngày 7 đến 9/5, đoàn tỉnh Bolykhamxay (Lào) làm việc tại tỉnh Hà Tĩnh, ký phụ lục sửa đổi "
                   "biên bản hợp tác giai đoạn 2021-2025 và kế hoạch hợp tác năm 2024.\n")
    assert (main["date"], main["year_cue"]["kind"]) == ("2024-05-07", "plan_noun")
    from hoptac.core.extract.year_cues import find_year_cues
    assert all(c.year != 2021 for c in find_year_cues("Hai tỉnh ký phụ lục sửa đổi biên bản hợp tác giai đoạn "
                                                       "2021-2025."))


def test_a_signing_told_as_done_in_a_year_is_no_plan_for_it():
    main = main_of("Ngày 8.4, lãnh đạo tỉnh Attapeu (Lào) đón đoàn tỉnh Kon Tum sang làm việc.\n\nHai bên "
                   "nhất trí thực hiện tốt bản ghi nhớ đã ký kết năm 2017.\n")
    assert main["year_source"] == "unknown"


def test_a_programme_opened_is_named_with_its_year():
    main = main_of("Tối 17/9, thành phố Đà Nẵng và Thủ đô Viêng Chăn (Lào) khai mạc chương trình “Những ngày Đà "
                   "Nẵng tại Viêng Chăn” năm 2019 ở quảng trường trung tâm.\n")
    assert (main["date"], main["year_cue"]["kind"]) == ("2019-09-17", "named_year")
    # a cooperation programme signed late in a year may be next year's: no year
    main = main_of("Ngày 28/10, tỉnh Thừa Thiên Huế và tỉnh Luang Prabang (Lào) ký kết chương trình hợp tác "
                   "năm 2017.\n")
    assert main["year_source"] == "unknown"


def test_a_year_said_to_be_an_anniversary():
    main = main_of("Sáng 21.4, Sở Ngoại vụ tỉnh Điện Biên gặp đoàn tỉnh Phongsaly (Lào).\n\nHai bên cho rằng "
                   "năm 2022 là năm kỷ niệm 60 năm quan hệ ngoại giao hai nước và cần nhiều hoạt động.\n")
    assert (main["date"], main["year_cue"]["kind"]) == ("2022-04-21", "anniversary_year")
    main = main_of("Sáng 21.12, Sở Ngoại vụ tỉnh Điện Biên gặp đoàn tỉnh Phongsaly (Lào).\n\nHai bên cho rằng "
                   "năm 2022 là năm kỷ niệm 60 năm quan hệ ngoại giao hai nước và cần nhiều hoạt động.\n")
    assert main["year_source"] == "unknown"   # said in December: maybe ahead of it


def test_a_name_ending_in_viet_nam_with_a_year_is_named():
    from hoptac.core.extract.year_cues import find_year_cues
    cues = find_year_cues("Trong khuôn khổ Diễn đàn Du lịch Việt Nam 2025, hai tỉnh ký kết.")
    assert [(c.name, c.year) for c in cues] == [("named_year", 2025)]
    # but "Năm 2025" is the word for year, and "tầm nhìn … Việt Nam 2045" a target
    assert find_year_cues("Chiến lược phát triển du lịch Việt Nam 2030.") == []
    assert all(c.name != "named_year" for c in find_year_cues("Hai tỉnh hợp tác. Năm 2025 tiếp tục hợp tác."))


def test_an_earlier_named_occasion_in_the_sentence_does_not_beat_the_stamp():
    lead = ("Ngày 12/2, tỉnh Lào Cai và tỉnh Vân Nam (Trung Quốc) họp bàn triển khai kết quả Chương trình "
            "giao lưu đầu xuân năm 2024.")
    assert _with_stamp("13/02/2025", lead)["year_source"] != "context"


@pytest.mark.parametrize("text", ["kỷ niệm", "kỷ niệm 60 năm quan hệ ngoại giao", "Kỷ niệm 999 năm Quốc khánh Lào",
                                  "kỷ niệm 60 năm quan hệ ngoại giao Việt Nam - Lào - Campuchia",
                                  "kỷ niệm 20 năm quốc khánh nước Việt Nam và nước CHDCND Lào"])
def test_known_anniversaries_on_odd_text(text):
    from hoptac.core.extract.anniversaries import known_anniversaries
    from hoptac.core.text import fold
    cues = known_anniversaries(fold(text))
    assert len({c.year for c in cues}) <= 1   # two countries named: no cue, or one
    assert not cues or text.startswith("kỷ niệm 20")


def test_explain_shows_the_follow_up_and_the_year_it_gives(tmp_path):
    from click.testing import CliRunner

    from hoptac.tui.cli import main
    f = tmp_path / "bai.txt"
    f.write_text(HEAD + "Ngày 27/9, tiếp nối kết quả chuyến thăm vừa qua ngày 5/9/2025, lãnh đạo tỉnh Lạng Sơn làm việc với "
                 "tỉnh Cao Bằng.\n", encoding="utf-8")
    result = CliRunner().invoke(main, ["explain", str(f)])
    assert result.exit_code == 0, result.output
    assert "lower 2025-09-05 (follow_up" in result.output
    assert "date      2025-09-27" in result.output and "(follow_up)" in result.output


def test_what_was_agreed_at_a_dated_meeting_is_followed_up():
    main = main_of("Sáng 20/11, hai tỉnh Lạng Sơn và Cao Bằng họp tổ công tác, triển khai những nội dung đã thống "
                   "nhất đạt được tại cuộc hội đàm ngày 12/8/2024.\n")
    assert (main["date"], main["year_cue"]["kind"]) == ("2024-11-20", "follow_up")


@pytest.mark.parametrize("written, want", [("Ngày 12/3", "2025-03-12"), ("Ngày 12/12", None)])
def test_a_whole_year_figures_told_as_achieved(written, want):
    main = main_of(f"{written}, lãnh đạo tỉnh Lạng Sơn và tỉnh Cao Bằng họp bàn thương mại biên giới.\n\n"
                   "Năm 2024, kim ngạch thương mại qua các cửa khẩu của hai tỉnh đạt 900 triệu USD, tăng 8%.\n")
    if want:
        assert (main["date"], main["year_cue"]["kind"]) == (want, "year_figures")
    else:
        assert main["year_source"] == "unknown"   # in December: maybe this year's estimate


@pytest.mark.parametrize("sentence", ["Năm 2024, kim ngạch ước đạt 900 triệu USD.",
                                      "Năm 2025, hai tỉnh phấn đấu đạt kim ngạch 900 triệu USD.",
                                      "Trong năm 2024, hai bên đã trao đổi 20 đoàn."])
def test_estimates_plans_and_counts_are_no_year_figures(sentence):
    from hoptac.core.extract.year_cues import find_year_cues
    assert all(c.name != "year_figures" for c in find_year_cues("Hai tỉnh họp. " + sentence))


def test_a_signing_that_strengthens_five_fields_is_no_figure():
    from hoptac.core.extract.year_cues import find_year_cues
    text = "Hai tỉnh họp. Năm 2019, hai tỉnh đã ký kết biên bản ghi nhớ, tăng cường hợp tác 5 lĩnh vực."
    assert all(c.name != "year_figures" for c in find_year_cues(text))

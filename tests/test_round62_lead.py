"""Round 62, the lead: contents proposed for a period after a review's clause give no year (neither the review's
Y+1 nor the period's own); a self-governing region ("vùng tự trị …") of a country the gazetteer does not divide is a
party kept with its country; "Salavane" is Salavan; people: an academic degree before a name stands where a list's
comma does ("TS. Lê Minh A, Giám đốc …"), a continent after a title is no one ("Ủy viên quốc tế Châu Âu"), and the
end of a longer foreign place is no name ("Công an tỉnh Môn Đôn Ki Ri"); a known anniversary looked ahead to through
its "(Đại) lễ" gives no year of its own; "đặt bút ký" signs, and a forum that owns the regulation signed is no forum
held; two days joined by "&" are a range; a delegation's trip to a country, then the part of it spent with its one
foreign partner: the part is the occasion; after related articles' cards printed as titles alone, the next paragraph
is the article's text again, not a card's summary; a period's plan signed in November-December on a page whose lower
bound lies in the period's first year is that year's.

Our own sentences. The first of each group fails before the change; the counter-shapes pass before and after."""

from __future__ import annotations

import pytest

from extract_support import main_event, titles_of
from hoptac.core.extract.people import DEGREES_BEFORE
from hoptac.core.extract.year_planned_after import planned_after, proposes_contents


# -- contents proposed for a period, after the review's clause ------------------------------------------------------

def _proposed(verb: str, day: str = "12/6") -> str:
    return ("Bàn nội dung hợp tác giữa tỉnh Lào Cai và vùng Occitanie (Pháp)\n"
            f"Sáng {day}, tại trụ sở Hội đồng vùng Occitanie (Pháp) đã diễn ra cuộc họp giữa Đoàn công tác tỉnh Lào Cai "
            "và lãnh đạo vùng.\n"
            "Tại cuộc họp, các đại biểu nghe báo cáo kết quả triển khai các hoạt động hợp tác giữa tỉnh Lào Cai (Việt "
            "Nam) và vùng Occitanie (Cộng hòa Pháp); nghe cán bộ dự án trình bày những khó khăn trong quá trình thực "
            f"hiện; {verb} giai đoạn 2026 - 2028.\n")


@pytest.mark.parametrize("verb", ["đề xuất nội dung hợp tác trong", "đề xuất các nhiệm vụ cho",
                                  "kiến nghị các nội dung phối hợp trong"])
def test_contents_proposed_for_a_period_are_no_review_of_it(verb):
    ev = main_event(_proposed(verb))   # before: a review of 2026 - 2028, 2029
    assert ev["date"] == "--06-12" and ev["year_source"] == "unknown"


def test_a_review_of_the_period_with_no_proposal_still_gives_the_year_after_it():
    ev = main_event(_proposed("đánh giá kết quả hợp tác"))
    assert ev["date"] == "2029-06-12" and ev["year_cue"]["kind"] == "review_period"


@pytest.mark.parametrize("words, proposed", [
    ("ket qua hop tac; de xuat noi dung hop tac trong ", True),
    ("ket qua hop tac, ong a de nghi cac nhiem vu cho ", True),
    ("ket qua hop tac; de xuat danh gia ket qua ", False),   # the proposal reviews
    ("ket qua hop tac, de nghi ", False),                     # the verb right before: round 59's plan (planned_after)
    ("ket qua thuc hien noi dung hop tac trong ", False),     # no proposal
])
def test_the_proposes_contents_row_and_its_counter_shapes(words, proposed):
    assert proposes_contents(words) is proposed


def test_the_verb_right_before_the_period_stays_round_59s_plan():
    assert planned_after("danh gia ket qua, ong b de xuat ") is not None
    assert not proposes_contents("danh gia ket qua, ong b de xuat ")


# -- "vùng tự trị": a self-governing region -----------------------------------------------------------------------

@pytest.mark.parametrize("written", ["chính quyền vùng tự trị Trnava – Cộng hòa Slovakia",
                                     "vùng tự trị Trnava, Slovakia", "Vùng tự trị Trnava (Slovakia)"])
def test_a_self_governing_region_is_a_party_with_its_country(written):
    ev = main_event("Ký kết hợp tác\n"
                    f"Chiều 30/11, UBND tỉnh Hà Tĩnh và {written} tổ chức lễ ký kết thỏa thuận hợp tác.\n")
    assert ev["pair"] == ["Hà Tĩnh", "Trnava"]
    assert {"name": "Trnava", "country": "Slovakia"}.items() <= next(
        p for p in ev["parties"] if p["name"] == "Trnava").items()


def test_a_self_governing_region_named_without_its_name_is_no_party():
    ev = main_event("Ký kết hợp tác\n"
                    "Chiều 30/11, UBND tỉnh Hà Tĩnh và một vùng tự trị của Slovakia tổ chức lễ ký kết thỏa thuận "
                    "hợp tác.\n")
    assert ev["pair"] == ["Hà Tĩnh"]


# -- "Salavane" ---------------------------------------------------------------------------------------------------

def test_salavane_is_salavan():
    ev = main_event("Trong khuôn khổ chuyến công tác tại Lào, sáng 29/10, đoàn lãnh đạo thành phố Đà Nẵng đến thăm và làm "
                    "việc tại tỉnh Salavane. Bí thư Tỉnh ủy Salavane chủ trì tiếp đoàn.\n")
    assert sorted(ev["pair"]) == ["Salavan", "Đà Nẵng"]


# -- people: an academic degree before the name --------------------------------------------------------------------

_SESSION = "Hợp tác y tế\nSáng 5/12, Sở Y tế thành phố Hải Phòng làm việc với Sở Y tế tỉnh Đắk Lắk.\n"


@pytest.mark.parametrize("degree, sep", [("TS.", ","), ("ThS.", " -"), ("PGS.TS.", ","), ("Tiến sĩ", ",")])
def test_a_degree_before_a_titled_name_is_read_as_a_lists_comma(degree, sep):
    people = titles_of(_SESSION + f"Tại buổi làm việc, {degree} Lê Minh An{sep} Giám đốc Sở Y tế Hải Phòng cho biết "
                                  "hai bên sẽ hợp tác.\n")
    assert people.get("Lê Minh An") == "Giám đốc Sở Y tế Hải Phòng"


@pytest.mark.parametrize("degree", DEGREES_BEFORE)
def test_every_degree_of_the_table_is_read(degree):
    people = titles_of(_SESSION + f"Phát biểu tại buổi làm việc, {degree} Lê Minh An, Giám đốc Sở Y tế Hải Phòng cho "
                                  "biết hai bên sẽ hợp tác.\n")
    assert people.get("Lê Minh An") == "Giám đốc Sở Y tế Hải Phòng"


@pytest.mark.parametrize("rest", ["cho biết hai bên sẽ hợp tác.", ", chuyên gia y tế, cho biết hai bên sẽ hợp tác."])
def test_counter_a_degree_with_no_title_after_the_name_names_no_official(rest):
    assert "Ngô Văn Bình" not in titles_of(_SESSION + f"Theo TS. Ngô Văn Bình {rest}\n")


def test_a_title_stops_before_the_verb_to_praise():
    people = titles_of("Tại lễ xuất quân, ông Lê Minh Quang, Giám đốc Sở Y tế Hải Phòng biểu dương tinh thần của các cán "
                       "bộ.\n")
    assert people.get("Lê Minh Quang") == "Giám đốc Sở Y tế Hải Phòng"   # before: "… Hải Phòng biểu"


def test_counter_a_delegate_keeps_his_title():
    people = titles_of("Ông Trần Văn An, Trưởng đoàn đại biểu Quốc hội tỉnh Nghệ An phát biểu.\n")
    assert people.get("Trần Văn An") == "Trưởng đoàn đại biểu Quốc hội tỉnh Nghệ An"


# -- people: a continent is no one ---------------------------------------------------------------------------------

def test_a_continent_after_a_title_is_no_person():
    people = titles_of("Dự cuộc họp có các ông: Pierre Dupont, Phó Chủ tịch Hội đồng vùng Occitanie; Anne Vernes, Ủy "
                       "viên quốc tế Châu Âu của vùng và các cán bộ.\n")
    assert "Châu Âu" not in people and "Pierre Dupont" in people


def test_counter_a_family_name_chau_still_opens_a_name():
    people = titles_of("Dự có đồng chí Châu Văn Lâm, Chủ tịch UBND tỉnh Tây Ninh.\n")
    assert people.get("Châu Văn Lâm") == "Chủ tịch UBND tỉnh Tây Ninh"


# -- people: the end of a longer foreign place is no name ---------------------------------------------------------

def test_the_end_of_a_foreign_place_after_a_title_is_no_name():
    people = titles_of("Dự hội đàm có Thiếu tướng Un Bun Ny, Phó Giám đốc Công an tỉnh Môn Đôn Ki Ri cùng đại diện các "
                       "cơ quan chức năng hai bên.\n")
    assert "Đôn Ki Ri" not in people and people.get("Un Bun Ny") == "Phó Giám đốc Công an tỉnh Môn Đôn Ki Ri"


def test_counter_a_foreign_title_holder_after_the_whole_place_is_read():
    people = titles_of("Tiếp đoàn có Phó Tỉnh trưởng tỉnh Kampot Chea Sokha và các sở, ngành của tỉnh.\n")
    assert people.get("Chea Sokha") == "Phó Tỉnh trưởng tỉnh Kampot"


# -- a known anniversary looked ahead to through its "(Đại) lễ" -------------------------------------------------------

def test_a_celebration_looked_ahead_to_is_no_year_of_its_own():
    ev = main_event("Nằm trong chuỗi hoạt động hướng tới Đại lễ kỷ niệm 1.000 năm Thăng Long – Hà Nội, Tuần Văn hóa tỉnh "
                    "Bắc Ninh tại Hà Nội đã bế mạc tối 20/11.\n")
    assert ev["date"] == "2009-11-20"   # before: 2010, the celebration's year (10/10/2010 was still ahead)


def test_counter_the_celebrations_own_days_keep_its_year():
    ev = main_event("Nhân dịp Đại lễ kỷ niệm 1.000 năm Thăng Long – Hà Nội, tối 8/10, tỉnh Bắc Ninh tổ chức chương trình "
                    "nghệ thuật tại Hà Nội.\n")
    assert ev["date"] == "2010-10-08"


# -- "đặt bút ký"; a forum that owns the regulation signed ------------------------------------------------------------

@pytest.mark.parametrize("verb", ["đã đặt bút ký vào bản quy chế phối hợp", "đã ký quy chế Diễn đàn hợp tác kinh tế",
                                  "đã ký kết quy chế của Diễn đàn hợp tác kinh tế"])
def test_a_regulation_signed_is_a_signing(verb):
    ev = main_event(f"Ngày 12/4/2008, lãnh đạo tỉnh An Giang và tỉnh Kiên Giang {verb}.\n")
    assert ev["type"] == "signing"


def test_counter_a_forum_held_stays_a_meeting():
    ev = main_event("Ngày 12/4/2008, tỉnh An Giang và tỉnh Kiên Giang tổ chức Diễn đàn hợp tác kinh tế và ký kết quy "
                    "chế phối hợp.\n")
    assert ev["type"] == "conference"


# -- two days joined by "&" -------------------------------------------------------------------------------------------

@pytest.mark.parametrize("days", ["22 & 23.7", "22&23/7", "22 &23-7"])
def test_two_days_joined_by_an_ampersand_are_a_range(days):
    ev = main_event(f"Trong 2 ngày {days}, tại thành phố Tam Kỳ diễn ra hội thảo hợp tác giữa tỉnh Quảng Nam và tỉnh "
                    "Kon Tum.\n")
    assert (ev["date"], ev["date_end"]) == ("--07-22", "--07-23")


# -- a trip to a country, then the part with the one foreign partner ---------------------------------------------------

def _country_trip(part: str, trip_to: str = "tại Hàn Quốc") -> str:
    return ("(Báo A) - Nhân dịp kỷ niệm quan hệ ngoại giao hai nước, đoàn công tác tỉnh Hà Tĩnh do Phó Chủ tịch UBND "
            f"tỉnh làm trưởng đoàn đã có chuyến thăm và làm việc {trip_to} từ ngày 10 - 15/10/2023.\n\n"
            "Tham gia đoàn có lãnh đạo các sở: Ngoại vụ, Công Thương.\n\n"
            f"{part}\n\n"
            "Hai bên trao đổi về hợp tác lao động và giáo dục.\n")


def test_the_day_with_the_partner_is_the_occasion_not_the_tour_of_the_country():
    ev = main_event(_country_trip("Ngày 12/10, trong khuôn khổ chuyến công tác, đoàn đã có buổi làm việc với Phó "
                                  "Thống đốc tỉnh Gyeonggi."))
    assert (ev["date"], ev["date_end"], ev["type"]) == ("2023-10-12", None, "conference")   # before: the trip, 10-15/10


def test_a_day_told_of_the_capital_before_the_partners_days_is_not_the_part():
    ev = main_event(_country_trip("Sau buổi làm việc với Đại sứ quán Việt Nam tại Seoul ngày 10/10, từ 12-14/10 đoàn "
                                  "đã tới thăm và làm việc với lãnh đạo tỉnh Gyeonggi."))
    assert (ev["date"], ev["date_end"]) == ("2023-10-12", "2023-10-14")


def test_counter_a_trip_to_the_partner_itself_stays_the_trip():
    ev = main_event(_country_trip("Ngày 12/10, đoàn đã có buổi làm việc với Phó Thống đốc tỉnh Gyeonggi.",
                                  trip_to="tại tỉnh Gyeonggi (Hàn Quốc)"))
    assert (ev["date"], ev["date_end"]) == ("2023-10-10", "2023-10-15")


def test_counter_a_tour_of_two_partners_stays_the_trip():
    ev = main_event(_country_trip("Ngày 12/10, đoàn làm việc với tỉnh Gyeonggi. Ngày 14/10, đoàn làm việc với thành "
                                  "phố Busan."))
    assert (ev["date"], ev["date_end"]) == ("2023-10-10", "2023-10-15")


def test_counter_a_province_named_like_a_country_is_no_trip_abroad():
    ev = main_event("(Báo A) - Đoàn công tác thành phố Hà Nội đã có chuyến thăm và làm việc tại Lào Cai từ ngày "
                    "10 - 15/10/2023.\n\n"
                    "Ngày 12/10, đoàn làm việc với lãnh đạo châu Hồng Hà (Trung Quốc) tại cửa khẩu.\n")
    assert (ev["date"], ev["date_end"]) == ("2023-10-10", "2023-10-15")


# -- cards printed as titles alone, then the text -----------------------------------------------------------------

_CARD_1 = "Tỉnh Quảng Ngãi đề nghị bố trí nhà ở công vụ cho cán bộ sau sắp xếp"
_CARD_2 = "Khai mạc Tuần lễ Du lịch tỉnh Quảng Ngãi năm 2025 với nhiều sự kiện"


def test_the_text_after_cards_printed_alone_is_the_articles_again():
    ev = main_event("Quảng Ngãi và Kon Tum bàn việc hợp nhất hai tỉnh\n"
                    "Ban Thường vụ Tỉnh ủy hai tỉnh Quảng Ngãi và Kon Tum vừa có buổi làm việc về việc hợp nhất.\n"
                    f"{_CARD_1} {_CARD_1}\n{_CARD_2} {_CARD_2}\n\n"
                    "Buổi làm việc diễn ra sáng 15/4/2025 tại huyện Kon Plông, tỉnh Kon Tum.\n")
    assert ev["date"] == "2025-04-15"   # before: the paragraph was read as the second card's summary


def test_counter_a_cards_summary_under_its_title_stays_the_cards():
    ev = main_event("Quảng Ngãi và Kon Tum bàn việc hợp nhất hai tỉnh\n"
                    "Sáng 15/4, Ban Thường vụ Tỉnh ủy hai tỉnh Quảng Ngãi và Kon Tum có buổi làm việc về việc hợp "
                    "nhất.\n"
                    f"{_CARD_2} {_CARD_2}\n"
                    "Tuần lễ diễn ra từ ngày 20/4/2025 với nhiều hoạt động tại thành phố Quảng Ngãi.\n")
    assert ev["date"] == "--04-15"


# -- a period's plan in November-December, Y-1 ruled out by a lower bound ------------------------------------------

def _period_plan(day: str, after_merger: bool) -> str:
    return (f"Chiều {day}, Đảng ủy các xã Tam Xuân và Tam Anh (tỉnh Quảng Nam) tổ chức ký kết Chương trình phối hợp "
            "giữa hai địa phương giai đoạn 2025 – 2030.\n\n"
            + ("Việc ký kết nhằm củng cố quan hệ giữa hai xã sau khi tổ chức mô hình chính quyền địa phương 2 cấp.\n"
               if after_merger else "Việc ký kết nhằm củng cố quan hệ giữa hai xã.\n"))


def test_a_period_plan_in_december_after_the_merger_is_the_periods_first_year():
    ev = main_event(_period_plan("5-12", True))
    assert ev["date"] == "2025-12-05" and ev["year_cue"]["kind"] == "plan_period"   # before: year unknown


def test_counter_a_period_plan_in_december_without_a_bound_stays_undated():
    assert main_event(_period_plan("5-12", False))["date"] == "--12-05"   # signed ahead or late: no year

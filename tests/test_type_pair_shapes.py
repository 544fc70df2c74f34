"""Types and partners of shapes seen on real pages from sites the rules were not written on
(sentences written for these tests; none is copied from a page)."""

from __future__ import annotations

import pytest

from hoptac.core.extract.event_type import main_type
from hoptac.core.places import find_places, resolve
from hoptac.core.extract.vocab import MAIN_TYPE_NOT, MAIN_TYPE_PHRASES
from hoptac.core.text import fold

from extract_support import HEAD, main_event



# --- a signing takes a day ---------------------------------------------------------------

@pytest.mark.parametrize("sentence, etype", [
    # a visit of three days in which a record was signed: the visit
    ("Từ ngày 12/4 đến ngày 14/4/2023, đoàn đại biểu tỉnh Hủa Phăn (Lào) đã sang thăm, làm việc và ký kết "
     "biên bản hợp tác với tỉnh Thanh Hóa.", "visit"),
    ("Trong hai ngày 3 và 4/10/2022, tỉnh Lào Cai và tỉnh Vân Nam (Trung Quốc) tổ chức hội nghị và ký kết "
     "thỏa thuận hợp tác.", "conference"),
    # the same words on one day: the signing is the news
    ("Ngày 12/4/2023, đoàn đại biểu tỉnh Hủa Phăn (Lào) đã sang thăm, làm việc và ký kết biên bản hợp tác "
     "với tỉnh Thanh Hóa.", "signing"),
    # several days and only a signing named: nothing else to read
    ("Từ ngày 12/4 đến ngày 14/4/2023, tỉnh Hủa Phăn (Lào) và tỉnh Thanh Hóa ký kết biên bản hợp tác.",
     "signing"),
])
def test_a_signing_over_several_days_is_the_visit_or_meeting_around_it(sentence, etype):
    assert main_event(HEAD + sentence + "\n")["type"] == etype


def test_several_days_leave_other_types_alone():
    clause = fold("đoàn đại biểu tỉnh Hủa Phăn đã sang thăm và tặng quà")
    assert main_type(clause, several_days=True) == main_type(clause)
    assert main_type(fold("hai tỉnh ký kết biên bản"), several_days=True)[0] == "signing"


# --- a meeting named for an anniversary ------------------------------------------------------

@pytest.mark.parametrize("sentence, etype", [
    ("Ngày 9/6, xã Tam Quang tổ chức gặp mặt kỷ niệm 10 năm kết nghĩa với bản Phà Khảu, huyện Mường Quan, "
     "tỉnh Hủa Phăn (Lào).", "other"),
    ("Chiều 14/9, huyện Kỳ Sơn và huyện Mường Quan (Lào) tổ chức mít tinh kỷ niệm 20 năm kết nghĩa, hai bên "
     "ký kết chương trình phối hợp.", "other"),
    # "nhân kỷ niệm …" is a reason as "nhân dịp kỷ niệm …" is
    ("Sáng 2/12, Sở Ngoại vụ tỉnh Nghệ An gặp mặt đại diện tỉnh Xiêng Khoảng (Lào) nhân kỷ niệm 15 năm "
     "kết nghĩa hai tỉnh.", "other"),
    # ... and a meeting to greet the partner on its National Day is the visit (round 21, typeconv21: corpus a33)
    ("Sáng 2/12, Sở Ngoại vụ tỉnh Nghệ An gặp mặt đại diện tỉnh Xiêng Khoảng (Lào) nhân kỷ niệm Quốc "
     "khánh nước bạn.", "visit"),
    # a meeting with an agenda stays a meeting
    ("Ngày 9/6, xã Tam Quang và bản Phà Khảu, huyện Mường Quan, tỉnh Hủa Phăn (Lào) tổ chức gặp mặt trao đổi "
     "về quản lý biên giới.", "conference"),
])
def test_a_meeting_held_for_an_anniversary(sentence, etype):
    assert main_event(HEAD + sentence + "\n")["type"] == etype


def test_the_anniversary_phrases_are_in_the_table_with_examples():
    phrases = {p: (t, r, ex) for p, t, r, ex in MAIN_TYPE_PHRASES}
    for p in ("gap mat ky niem", "hop mat ky niem", "mit tinh ky niem"):
        assert phrases[p][0] == "other" and phrases[p][1] < phrases["gap mat"][1] and phrases[p][2]


# --- a sentence of bases -----------------------------------------------------------------------

def test_the_titles_of_the_documents_a_sentence_cites_are_not_its_occasion():
    # the bases fill the whole sentence: what the headline says happens is the occasion
    text = ("Huyện Mai Sơn chuẩn bị đón đoàn đại biểu huyện Viêng Xay (tỉnh Hủa Phăn, Lào) sang thăm và làm việc\n\n"
            "Căn cứ Quyết định số 12-QĐ/TU của Ban Thường vụ Tỉnh ủy về ban hành Quy chế đối ngoại; "
            "Kế hoạch số 40/KH-UBND của UBND tỉnh Sơn La về hoạt động đối ngoại của huyện. "
            "UBND huyện Mai Sơn đã mời đoàn đại biểu huyện Viêng Xay sang thăm và làm việc.\n")
    assert main_event(text)["type"] == "visit"


@pytest.mark.parametrize("sentence, etype", [
    # after the bases, the sentence's own clause
    ("Căn cứ Kế hoạch số 40/KH-UBND về ban hành quy chế; Thông báo số 7-TB/HU ngày 2/3/2023, sáng 15/3 tỉnh "
     "Sơn La và tỉnh Hủa Phăn (Lào) đã hội đàm.", "conference"),
    # a sentence of bases that issues a document itself keeps it
    ("Căn cứ Nghị quyết số 5/NQ-HĐND; Kết luận số 7-KL/TU, ngày 15/3 UBND tỉnh Sơn La ban hành Kế hoạch hợp "
     "tác với tỉnh Hủa Phăn (Lào).", "announcement"),
])
def test_a_sentence_that_opens_with_its_bases(sentence, etype):
    assert main_event(HEAD + sentence + "\n")["type"] == etype


# --- a page that dates no occasion ----------------------------------------------------------

STAMPED = ("Hội nghị cấp cao Lào Cai – Vân Nam: Mở rộng hợp tác thương mại\n\n10:20 15/11/2023\n\n"
           "Lãnh đạo hai tỉnh Lào Cai và Vân Nam (Trung Quốc) đã thảo luận, đi đến thống nhất ký kết biên bản "
           "hợp tác trong thời gian tới.\n\nHai bên đánh giá kết quả hợp tác năm qua.\n")


def test_a_page_that_dates_no_occasion_takes_it_from_the_headline():
    ev = main_event(STAMPED)
    assert ev["date"] == "2023-11" and ev["type"] == "conference"


def test_a_dated_lead_keeps_its_own_verb():
    # the lead dates its occasion: its verb, not the headline's, unless the headline picks between the lead's
    # (round 33: the lead's own verb is the signing; the stamped page's lead "đã thảo luận, đi đến thống nhất ký kết
    # … trong thời gian tới" is a discussion, type_discussions, and the signing it agrees on is not held yet)
    signed = STAMPED.replace("đã thảo luận, đi đến thống nhất ký kết biên bản hợp tác trong thời gian tới",
                             "đã ký kết biên bản hợp tác")
    ev = main_event(signed.replace("Lãnh đạo hai tỉnh", "Ngày 14/11, lãnh đạo hai tỉnh"))
    assert ev["date"] == "2023-11-14" and ev["type"] == "signing"
    ev = main_event(STAMPED.replace("Lãnh đạo hai tỉnh", "Ngày 14/11, lãnh đạo hai tỉnh"))
    assert ev["date"] == "2023-11-14" and ev["type"] == "conference"
    assert main_type(fold("hai tỉnh ký kết biên bản"), fold("Hội nghị cấp cao"), undated=True)[0] == "conference"
    assert main_type(fold("hai tỉnh ký kết biên bản"), fold("Hai tỉnh mở rộng hợp tác"), undated=True)[0] == "signing"


def test_a_page_that_dates_nothing_and_names_no_occasion_up_front_reads_its_body():
    text = ("Thắt chặt tình hữu nghị Quảng Trị – Savannakhet (Lào)\n\nNgày đăng: 09:12, 18/02/2021\n\n"
            "Ông Phet khẳng định, quan hệ giữa hai tỉnh Quảng Trị và Savannakhet ngày càng bền chặt. "
            "Phó Chủ tịch UBND tỉnh Quảng Trị vui mừng khi gặp lại đoàn tỉnh bạn.\n\n"
            "Chuyến thăm lần này góp phần thắt chặt quan hệ giữa hai tỉnh.\n")
    ev = main_event(text)
    assert ev["date"] == "2021-02" and ev["type"] == "visit"
    # nothing named anywhere: 'other', as before
    assert main_event(text.replace("Chuyến thăm lần này góp", "Điều này góp"))["type"] == "other"


def test_a_commemoration_held_is_the_occasion():
    text = ("Ba quận kỷ niệm 30 năm kết nghĩa\n\nHoàng Minh | 20/10/2019 08:15\n\n"
            "UBND quận Hoàn Kiếm (thành phố Hà Nội) và quận Hồng Bàng (thành phố Hải Phòng) vừa tổ chức kỷ niệm "
            "30 năm kết nghĩa, hai bên ký kết chương trình phối hợp giai đoạn mới.\n")
    assert main_event(text)["type"] == "other"


def test_what_was_signed_as_a_noun_is_no_signing():
    text = ("Nâng tầm quan hệ hữu nghị Bảo Lâm – Kasama\n\n"
            "Sau khi ký kết thỏa thuận hữu nghị, huyện Bảo Lâm (Lâm Đồng) đã cùng thành phố Kasama (tỉnh Ibaraki, "
            "Nhật Bản) cụ thể hóa các nội dung ký kết.\n\nTriển khai nội dung hợp tác\n\n"
            "Mới đây, huyện Bảo Lâm đã đón tiếp đoàn công tác của thành phố Kasama sang thăm và làm việc.\n")
    assert main_event(text)["type"] == "visit"
    assert "noi dung ky ket" in MAIN_TYPE_NOT


@pytest.mark.parametrize("sentence, etype", [
    # a province whose name ends in 'Nam' signs: 'năm ký' is no anniversary here
    ("Sáng 12/9, tỉnh Quảng Nam ký kết biên bản hợp tác với tỉnh Sê Kông (Lào).", "signing"),
    ("Chiều 3/4, tỉnh Yamanashi (Nhật Bản) và tỉnh Hà Nam ký kết thỏa thuận hợp tác.", "signing"),
    # ... but '45 năm ký Hiệp ước' names an anniversary
    ("Sáng 18/7, tỉnh Quảng Nam và tỉnh Sê Kông (Lào) hội đàm nhân dịp 45 năm ký Hiệp ước hữu nghị.",
     "conference"),
])
def test_a_province_named_nam_that_signs(sentence, etype):
    assert main_event(HEAD + sentence + "\n")["type"] == etype


# --- foreign spellings ---------------------------------------------------------------------

@pytest.mark.parametrize("written, canonical", [
    ("tỉnh Kyungki", "Gyeonggi"), ("tỉnh Kyunggi", "Gyeonggi"),
    ("tỉnh Kyungsangbuk", "Gyeongsangbuk"), ("tỉnh Kyongsangnam", "Gyeongsangnam"),
])
def test_older_romanisations_of_korean_provinces(written, canonical):
    place = resolve(written)
    assert place is not None and (place.name, place.country) == (canonical, "Hàn Quốc")


@pytest.mark.parametrize("written, canonical", [
    # ISO names written joined
    ("tỉnh Chonburi", "Chon Buri"), ("tỉnh Buriram", "Buri Ram"), ("tỉnh Sakaeo", "Sa Kaeo"),
    ("tỉnh Nongkhai", "Nong Khai"), ("tỉnh Sisaket", "Si Sa Ket"),
    # Vietnamese spellings
    ("tỉnh Bưng Kan", "Bueng Kan"), ("tỉnh Mục-đa-hản", "Mukdahan"), ("tỉnh Khỏn Kèn", "Khon Kaen"),
    ("tỉnh Nakon Phanom", "Nakhon Phanom"), ("tỉnh Chiềng Mai", "Chiang Mai"),
])
def test_thai_provinces_as_papers_write_them(written, canonical):
    place = resolve(written)
    assert place is not None and (place.name, place.country) == (canonical, "Thái Lan")


def test_a_thai_name_needs_its_level_word_or_country():
    assert main_event(HEAD + "Ngày 5/3, tỉnh Hà Tĩnh và tỉnh Bưng Kan ký kết kế hoạch hợp tác.\n")["pair"] == [
        "Bueng Kan", "Hà Tĩnh"]
    assert not [m for m in find_places("Đoàn Sisaket sang thăm") if m.candidates[0].country == "Thái Lan"]


# --- receptions, meetings, signings and notices in words the table lacked ----------------------

@pytest.mark.parametrize("sentence, etype", [
    ("Chiều 5/3, HĐND tỉnh Sơn La tiếp Hội đồng nhân dân tỉnh Luông Pha Bang (Lào).", "visit"),
    ("Sáng 6/4, Bí thư Tỉnh ủy Nghệ An tiếp đồng chí Phó Bí thư tỉnh Xiêng Khoảng (Lào).", "visit"),
    ("Chiều 7/5, Chủ tịch UBND tỉnh Quảng Trị thân mật tiếp Phó Tỉnh trưởng tỉnh Savannakhet (Lào).", "visit"),
    ("Sáng 8/6, lãnh đạo tỉnh Đồng Tháp tiếp Thống đốc tỉnh Prey Veng (Campuchia).", "visit"),
    ("Sáng 9/7, tỉnh Quảng Bình tiếp đón đoàn đại biểu cấp cao tỉnh Khăm Muồn (Lào).", "visit"),
    # 'trực tiếp' (directly) receives no one
    ("Ngày 9/7, Phó Chủ tịch UBND tỉnh Lạng Sơn trực tiếp lãnh đạo hội đàm với Quảng Tây (Trung Quốc).",
     "conference"),
    ("Ngày 10/8, tỉnh Kiên Giang và tỉnh Kampot (Campuchia) tổ chức họp trao đổi về biên giới.", "conference"),
    ("Ngày 11/9, tỉnh Đắk Lắk và tỉnh Mondulkiri (Campuchia) tổ chức cuộc gặp cấp cao.", "conference"),
    ("Ngày 11/9, lãnh đạo tỉnh Nghệ An điện đàm với lãnh đạo tỉnh Xiêng Khoảng (Lào).", "conference"),
    ("Ngày 11/9, tỉnh Lạng Sơn và tỉnh Quảng Tây (Trung Quốc) họp trực tuyến về thông quan.", "conference"),
    ("Ngày 12/10, tỉnh Đồng Nai ký thư ý định với tỉnh Pinar del Río (Cuba).", "signing"),
    ("Ngày 13/11, thành phố Hà Nội và thành phố Seoul (Hàn Quốc) ký văn bản hợp tác.", "signing"),
    ("Ngày 14/12, UBND tỉnh Lào Cai có văn bản đề nghị tỉnh Vân Nam (Trung Quốc) tạo điều kiện thông quan.",
     "announcement"),
])
def test_words_of_receptions_meetings_signings_and_notices(sentence, etype):
    assert main_event(HEAD + sentence + "\n")["type"] == etype


# --- the page's own side, named only in its chrome --------------------------------------------

OWN_SIDE = ("Đoàn công tác HĐND tỉnh thăm Quảng Tây\n\n"
            "Sáng 11/6/2024, đoàn công tác của Thường trực HĐND tỉnh do ông Nguyễn Văn An, Phó Chủ tịch HĐND tỉnh "
            "làm trưởng đoàn đã sang thăm và làm việc tại Khu tự trị dân tộc Choang Quảng Tây (Trung Quốc).\n\n"
            "Hai bên trao đổi về hợp tác kinh tế, thương mại và du lịch trong thời gian tới.\n"
            "Minh Anh\nTIN LIÊN QUAN\n"
            "Tiếp xúc cử tri tại huyện Văn Lãng, tỉnh Lạng Sơn trước kỳ họp\n"
            "Thường trực HĐND tỉnh họp phiên thường kỳ tháng 5\n")


def test_a_lead_that_leaves_its_own_province_unnamed_takes_the_one_its_chrome_names():
    ev = main_event(OWN_SIDE)
    assert ev["pair"] == ["Lạng Sơn", "Quảng Tây"]
    assert {p["name"]: p.get("country") for p in ev["parties"]} == {"Quảng Tây": "Trung Quốc", "Lạng Sơn": None}


def test_the_chrome_decides_nothing_when_it_names_two_provinces_or_the_lead_names_its_side():
    two = OWN_SIDE.replace("Thường trực HĐND tỉnh họp phiên", "Thường trực HĐND tỉnh Cao Bằng họp phiên")
    assert main_event(two)["pair"] == ["Quảng Tây"]
    named = OWN_SIDE.replace("Thường trực HĐND tỉnh do", "Thường trực HĐND tỉnh Hà Giang do")
    assert main_event(named)["pair"] == ["Hà Giang", "Quảng Tây"]


@pytest.mark.parametrize("sentence, pair", [
    # the venue's comma ends the venue: it is not listed with the parties after it
    ("Ngày 5/3, tại TP Hồ Chí Minh, tỉnh Đồng Tháp và tỉnh Prey Veng (Campuchia) ký kết biên bản hợp tác.",
     ["Prey Veng", "Đồng Tháp"]),
    ("Ngày 5/3, tại Hà Nội, tỉnh Lào Cai, tỉnh Hà Giang và tỉnh Vân Nam (Trung Quốc) hội đàm.",
     ["Hà Giang", "Lào Cai"]),
    # a venue that is a party stays one
    ("Ngày 5/3, tại Đà Nẵng, thành phố Đà Nẵng và tỉnh Sê Kông (Lào) ký kết biên bản hợp tác.",
     ["Sê Kông", "Đà Nẵng"]),
    # places visited are not venues
    ("Ngày 5/3, đoàn tỉnh Bình Định đến thăm và làm việc tại tỉnh Champasak, tỉnh Attapeu (Lào).",
     ["Bình Định", "Champasak"]),
])
def test_a_venue_before_the_parties(sentence, pair):
    assert set(main_event(HEAD + sentence + "\n")["pair"]) == set(pair)


def test_of_belongs_to_what_is_joined_to_a_foreign_county():
    text = ("Huyện Yangpyeong (Hàn Quốc) cảm ơn lao động thời vụ của Bến Tre\n\n"
            "Ngày 9/5, đoàn công tác huyện Yangpyeong làm việc với tỉnh Bến Tre về đưa lao động sang huyện "
            "Yangpyeong và một số thành phố của tỉnh Gyeonggi.\n")
    assert set(main_event(text)["pair"]) == {"Bến Tre", "Yangpyeong"}
    # said of the county itself, it places the county in the province
    text = text.replace("và một số thành phố của tỉnh Gyeonggi", "là huyện của tỉnh Gyeonggi")
    assert set(main_event(text)["pair"]) == {"Bến Tre", "Gyeonggi"}


def test_greetings_paid_at_a_place_make_it_the_host():
    ev = main_event(HEAD + "Ngày 2/4, đoàn công tác tỉnh Long An đến chúc Tết cổ truyền Chol Chnam Thmay tại tỉnh "
                           "Svay Rieng (Campuchia).\n")
    assert set(ev["pair"]) == {"Long An", "Svay Rieng"} and ev["type"] == "visit"


# --- a date inside the main clause, after a framing clause -----------------------------------

@pytest.mark.parametrize("sentence, etype", [
    # the verb before the date: what follows the date names nothing
    ("Nhằm nâng tầm quan hệ với các đối tác, thị trường lớn của vùng, thành phố Incheon (Hàn Quốc) đã bắt "
     "đầu chuyến thăm chính thức tới thành phố Hải Phòng từ ngày 3 đến ngày 6 tháng 5.", "visit"),
    # a comma inside a quoted programme name is not the clause's start
    ("Hướng tới việc quảng bá các điểm đến, Chương trình “Điểm đến hấp dẫn Đà Nẵng và 5 tỉnh, thành phố "
     "Tây Nguyên năm 2023” đã được công bố ngày 12/10 tại thành phố Đà Nẵng.", "announcement"),
    # the date before the verb: the framing is cut at the date, as before
    ("Nhân dịp chuyến thăm của đoàn tỉnh Hủa Phăn, ngày 14/3/2023 hai tỉnh Thanh Hóa và Hủa Phăn (Lào) "
     "đã ký kết biên bản hợp tác.", "signing"),
])
def test_a_framed_sentence_whose_date_follows_its_verb(sentence, etype):
    assert main_event(HEAD + sentence + "\n")["type"] == etype


# --- a page that dates no occasion: its headline's verb picks between the lead's ---------------

UNDATED = ("Hội Nông dân tỉnh Quảng Trị ký kết biên bản hợp tác với Hội Nông dân tỉnh Savannakhet, Lào\n\n"
           "Thực hiện chương trình hợp tác giai đoạn 2021 – 2025, Ban Thường vụ Hội Nông dân tỉnh Quảng Trị đã "
           "tổ chức đoàn công tác sang thăm, hội đàm và ký kết biên bản hợp tác với Hội Nông dân tỉnh "
           "Savannakhet (Lào).\n\nHai bên trao đổi kinh nghiệm về sản xuất nông nghiệp.\n")


def test_an_undated_page_takes_the_occasion_its_headline_names():
    assert main_event(UNDATED)["type"] == "signing"
    # a dated lead too: talks with a signing under a headline that names only the signing are the signing
    # (type round 17, signing_or_talks.py: corpus a25, holdout16 u05; round 9 kept the talks here)
    dated = UNDATED.replace("Thực hiện chương trình hợp tác giai đoạn 2021 – 2025, Ban",
                            "Ngày 12/5/2022, Ban")
    assert main_event(dated)["type"] == "signing"
    # a headline that names the talks keeps the localities' leaders' talks (corpus a28) ...
    leaders = dated.replace("Ban Thường vụ Hội Nông dân tỉnh Quảng Trị", "đoàn đại biểu cấp cao tỉnh Quảng Trị", 1)
    assert main_event(leaders.replace("ký kết biên bản hợp tác với", "hội đàm với", 1))["type"] == "conference"
    # ... and two sector bodies' talks too: a working session with a signing in it is the session (round 18
    # weighed them as the signing; holdout18 y06's gold and the issue's convention say the talks)
    assert main_event(dated.replace("ký kết biên bản hợp tác với", "hội đàm với", 1))["type"] == "conference"
    # a headline that names none of the lead's occasions decides nothing: the talks stay the talks
    neither = UNDATED.replace("ký kết biên bản hợp tác với", "tăng cường hợp tác với", 1)
    assert main_event(neither.replace("Ban Thường vụ Hội Nông dân tỉnh Quảng Trị", "đoàn đại biểu cấp cao tỉnh "
                                      "Quảng Trị", 1))["type"] == "conference"
    assert main_event(neither)["type"] == "conference"


# --- an itinerary is where a route runs, not who cooperates ----------------------------------

ITINERARY = ("Khảo sát tour du lịch xuyên biên giới\n\n"
             "Sáng 9/5, đoàn công tác tỉnh Quảng Tây (Trung Quốc) đã nhập cảnh qua cửa khẩu Hữu Nghị, tỉnh Lạng Sơn, "
             "bắt đầu khảo sát tour “Hai quốc gia, năm điểm đến”, Nam Ninh – Lạng Sơn – Hà Nội – Ninh Bình – "
             "Quảng Ninh.\n\n"
             "Từ ngày 10 đến 12/5, đoàn sẽ làm việc với tỉnh Ninh Bình và tỉnh Quảng Ninh về sản phẩm du lịch.\n")


def test_a_chain_of_places_after_a_word_of_travel_is_an_itinerary():
    assert set(main_event(ITINERARY)["pair"]) == {"Lạng Sơn", "Quảng Tây"}


def test_a_chain_of_places_without_one_is_a_group_of_partners():
    ev = main_event("Hội nghị hợp tác 3 tỉnh\n\nNgày 9/5/2024, hội nghị hợp tác Cao Bằng – Lạng Sơn – Thái Nguyên "
                    "được tổ chức tại tỉnh Cao Bằng.\n")
    assert {p["province"] for p in ev["parties"]} == {"Cao Bằng", "Lạng Sơn", "Thái Nguyên"}


@pytest.mark.parametrize("sentence, etype", [
    # an exchange of experience, nothing else named: a meeting
    ("Ngày 3/10/2023, thành phố Hà Nội và thành phố Đà Nẵng trao đổi kinh nghiệm quản lý đô thị.", "conference"),
    # named with a visit, the visit is the occasion
    ("Ngày 3/10/2023, đoàn công tác tỉnh Sơn La sang thăm và trao đổi kinh nghiệm với tỉnh Hủa Phăn (Lào).",
     "visit"),
])
def test_an_exchange_of_experience(sentence, etype):
    assert main_event(HEAD + sentence + "\n")["type"] == etype

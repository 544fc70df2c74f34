"""Round 44 (late44a): misses of real pages never seen before, read and fixed as general shapes (docs/accuracy.md,
"Round 44: late44a"). Sentences written for this test (names, days and wording are ours, no page's own words).

1. A letter told by what it is about ("… vừa có công văn về việc hỗ trợ kinh phí giúp đỡ tỉnh B") is the news, an
   announcement, as "có công văn gửi" was (`type_vocab.MAIN_TYPE_PHRASES`, "co cong van ve viec").
2. A river basin's committee meeting at a venue: the venue's province is one of its members, the host
   (`partner_hosts._BASIN_BODY_RE`, read by `venue_host`).
3. A lead that names the one side only ("(ABC) - Chủ tịch UBND tỉnh A sẽ là …") is still a sapo: the venue of the
   paragraph after it may host (`partner_hosts.sapo_venue_host`).
4. A border zone's two sides: the place after "giáp ranh (với)" is a side when the page counts two of its level
   ("giữa hai huyện"), not a mere neighbour (`partner_geography.neighbours`).
"""

from __future__ import annotations

import pytest

from extract_support import main_or_none


def _read(page: str):
    main = main_or_none(page)
    return (main["type"], sorted(main["pair"])) if main else None


# --- 1. a letter about something: an announcement

LETTER = ("Hà Tĩnh hỗ trợ Quảng Bình khắc phục hậu quả bão\n\n"
          "Chiều ngày 14-10, tin từ Văn phòng Tỉnh ủy Hà Tĩnh cho biết cơ quan này {verb} hỗ trợ kinh phí giúp đỡ "
          "tỉnh Quảng Bình khắc phục hậu quả cơn bão số 6.\n\n"
          "Số tiền 700 triệu đồng được trích từ quỹ cứu trợ do Ủy ban Mặt trận Tổ quốc tỉnh vận động.\n")


def test_a_letter_about_an_aid_is_an_announcement():
    # before: 'hỗ trợ kinh phí' (other) was the only phrase the sentence held
    assert _read(LETTER.format(verb="vừa có công văn về việc")) == ("announcement", ["Hà Tĩnh", "Quảng Bình"])


@pytest.mark.parametrize("verb", [
    "vừa trích quỹ",                       # no letter: the aid itself
    "theo công văn về việc này đã",        # a letter cited, not one it has just sent
])
def test_aid_without_a_letter_of_its_own_stays_other(verb):
    assert _read(LETTER.format(verb=verb)) == ("other", ["Hà Tĩnh", "Quảng Bình"])


# --- 2. a basin committee meets at a venue: the venue hosts

BASIN = ("Bàn giải pháp giảm ô nhiễm lưu vực sông Cầu\n\n"
         "Ngày 8-11, tại Bắc Ninh, {who} tổ chức phiên họp lần thứ 9, đánh giá kết quả quan trắc chất lượng nước.\n\n"
         "Tại phiên họp, chức danh Chủ tịch Ủy ban nhiệm kỳ mới được chuyển giao cho Chủ tịch UBND tỉnh Thái Nguyên.\n")


def test_a_basin_committee_meeting_at_a_venue_has_the_venue_as_a_member():
    # before: Thái Nguyên alone (Bắc Ninh a mere venue)
    assert _read(BASIN.format(who="Ủy ban Bảo vệ môi trường lưu vực sông Cầu")) == ("conference", ["Bắc Ninh", "Thái Nguyên"])


@pytest.mark.parametrize("who", [
    "Sở Tài nguyên và Môi trường tỉnh Thái Nguyên",                   # one side's own meeting held away
    "đoàn công tác Ủy ban Bảo vệ môi trường lưu vực sông Cầu",      # a delegation came to it
])
def test_a_venue_without_a_basin_body_meeting_stays_a_venue(who):
    read = _read(BASIN.format(who=who))
    assert read is None or "Bắc Ninh" not in read[1]


# --- 3. a lead naming the one side only is a sapo

SAPO = ("Thái Nguyên nhận chức Chủ tịch Ủy ban lưu vực sông\n\n"
        "(ABC) - Chủ tịch UBND tỉnh Thái Nguyên sẽ là Chủ tịch Ủy ban Bảo vệ môi trường lưu vực sông Cầu nhiệm kỳ tới\n\n"
        "Ngày 3/12, tại Bắc Giang, {who} tổ chức hội nghị lần thứ 6.\n\n"
        "Hội nghị đã thảo luận các giải pháp kiểm soát nguồn thải và cải thiện chất lượng nước sông.\n")


def test_a_lead_naming_its_side_only_then_the_basin_committee_at_a_venue():
    # before: Thái Nguyên alone (the lead named a place, so it was no sapo)
    assert _read(SAPO.format(who="Ủy ban Bảo vệ môi trường lưu vực sông Cầu")) == ("conference", ["Bắc Giang", "Thái Nguyên"])


def test_a_lead_naming_its_side_then_its_own_meeting_away_keeps_the_venue():
    read = _read(SAPO.format(who="Sở Y tế tỉnh Thái Nguyên"))
    assert read is None or "Bắc Giang" not in read[1]


def test_a_lead_naming_another_place_is_no_sapo():
    page = SAPO.replace("(ABC) - Chủ tịch UBND tỉnh Thái Nguyên sẽ là",
                        "(ABC) - Chủ tịch UBND tỉnh Thái Nguyên và tỉnh Lạng Sơn sẽ bàn về")
    read = _read(page.format(who="Ủy ban Bảo vệ môi trường lưu vực sông Cầu"))
    assert read is None or "Bắc Giang" not in read[1]


# --- 4. a border zone's two sides

ZONE = ("Phối hợp giữ rừng vùng giáp ranh\n"
        "Huyện Mường Lát, tỉnh Thanh Hóa có 3 xã {border} huyện Tương Dương có chung đường ranh giới dài 40 km. "
        "Đây là vùng rừng đầu nguồn còn nhiều gỗ quý.\n"
        "Thời gian qua, {count} đã xây dựng quy chế và tổ chức ký kết phối hợp bảo vệ rừng, ngăn chặn "
        "tình trạng khai thác gỗ trái phép.\n")


def test_the_other_side_of_a_border_zone_is_a_side():
    # before: huyện Tương Dương (Nghệ An) was a neighbour, no side: one side, no event
    assert _read(ZONE.format(border="giáp ranh với 2 xã của", count="giữa hai huyện")) == ("signing", ["Nghệ An", "Thanh Hóa"])


@pytest.mark.parametrize("border, count", [
    ("giáp ranh với 2 xã của", "hạt kiểm lâm huyện"),      # no two sides counted: a neighbour
    ("phía Tây giáp", "giữa hai huyện"),                    # "giáp" alone: a profile's neighbour
])
def test_a_neighbour_without_a_border_zone_pair_stays_geography(border, count):
    read = _read(ZONE.format(border=border, count=count))
    assert read is None or "Nghệ An" not in read[1]

"""Round 27, late type fixes (late27c): the type misses of round 27's sets as shapes, in sentences written for this
test (no page's own words), each with the counter-examples where the new reading would be wrong.

* a village named by its bond after the word that governs it ("tặng quà cho bản kết nghĩa B") is no twinning; the
  governing word is a whole word: "giao" does not end in "ở", so "buổi giao ban kết nghĩa cụm dân cư" is the meeting
  (commune27 01);
* a get-together named by what it is for: a festive purpose a few words after it ("họp mặt hữu nghị mừng Xuân") or
  gifts handed over joined to it ("gặp mặt, trao tặng quà") is the celebration or the handover, 'other'
  (commune27k 10, aid27 04; type_gatherings);
* talks named first and a signing ceremony joined after them by "và" ("diễn ra Hội đàm cấp cao và Lễ ký kết …") are
  the talks with a signing in them, as "hội đàm và ký kết …": a headline that names the signing alone still makes
  it the signing (asia27k 06; type_joined);
* an opening made known at its ceremony ("lễ công bố khai trương cặp cửa khẩu") is the opening, 'other'; a decision
  made known stays an announcement (border27 03).
"""

from __future__ import annotations

import pytest

from hoptac.core.extract.type_gatherings import FESTIVE_PURPOSES, GATHERINGS, HANDOVERS, gathering_for
from hoptac.core.extract.type_joined import meeting_then_signing_rite
from hoptac.core.text import fold

from extract_support import main_or_none as _main

_HEAD = "Hai địa phương tăng cường hợp tác\n\n"
_REST = "\n\nHai bên thống nhất tiếp tục tăng cường quan hệ đoàn kết, hữu nghị trong thời gian tới.\n"


def _type(lead: str, head: str = _HEAD) -> str | None:
    main = _main(head + lead + _REST)
    return None if main is None else main["type"]


# --- the governing word of a village named by its bond is a whole word (commune27 01)
@pytest.mark.parametrize("lead, want", [
    # the hamlets' review meeting: 'giao ban' (a meeting) is read
    ("Chiều 9/11/2024, tại nhà văn hóa thôn A, thôn A (xã B, tỉnh Quảng Trị) và bản C (huyện D, tỉnh Savannakhet, "
     "Lào) đã tổ chức buổi giao ban kết nghĩa cụm dân cư hai bên biên giới quý IV năm 2024.", "conference"),
    ("Sáng 3/4/2024, bản X (tỉnh Nghệ An) và bản Y (tỉnh Xiêng Khoảng, Lào) tổ chức giao ban kết nghĩa định kỳ.",
     "conference"),
    # counter-examples: the twinned village after 'ở', 'cho', 'tại' stays no twinning
    # (round 40, late40a: a unit's volunteer programme is its trip, a visit -- type_exchange_trips; no twinning still)
    ("Ngày 8/6/2024, Đồn Biên phòng A tổ chức chương trình tình nguyện ở bản kết nghĩa Huổi Xài, tỉnh Xiêng Khoảng "
     "(Lào).", "visit"),
    ("Chiều 8/6/2024, Đồn Biên phòng A trao tặng 40 suất quà cho bản kết nghĩa Huổi Xài, tỉnh Xiêng Khoảng (Lào).",
     "other"),
])
def test_a_governing_word_is_a_whole_word(lead, want):
    assert _type(lead) == want


# --- a get-together named by what it is for (type_gatherings)
@pytest.mark.parametrize("lead, want", [
    ("Sáng 19/1/2024, tại hội trường huyện A diễn ra buổi họp mặt hữu nghị mừng Xuân Giáp Thìn với các đại biểu "
     "huyện Memot, tỉnh Tbong Khmum (Campuchia).", "other"),
    ("Ngày 26/5/2021, tại cửa khẩu A, đoàn công tác tỉnh Đắk Lắk đã gặp mặt, trao tặng quà hỗ trợ tỉnh Mondulkiri "
     "(Campuchia) phòng, chống dịch.", "other"),
    ("Ngày 26/5/2021, đoàn công tác tỉnh Đắk Lắk đã gặp mặt và trao quà cho tỉnh Mondulkiri (Campuchia).", "other"),
    # a trip to hand the gifts over stays the trip (type_aid_trips)
    ("Ngày 26/5/2021, đoàn công tác tỉnh Đắk Lắk đã sang tỉnh Mondulkiri (Campuchia) gặp mặt, trao tặng quà hỗ trợ "
     "phòng, chống dịch.", "visit"),
    # counter-examples: the meeting stays one
    ("Sáng 19/1/2024, lãnh đạo huyện A và huyện Memot, tỉnh Tbong Khmum (Campuchia) gặp mặt, trao đổi tình hình "
     "biên giới.", "conference"),
    ("Sáng 19/1/2024, lãnh đạo tỉnh Tây Ninh và tỉnh Tbong Khmum (Campuchia) hội đàm, tặng quà đồn biên phòng.",
     "conference"),
])
def test_a_get_together_named_by_what_it_is_for(lead, want):
    assert _type(lead) == want


@pytest.mark.parametrize("clause, want", [
    ("buoi hop mat than mat mung nam moi voi lanh dao tinh b", "hop mat than mat mung nam moi"),
    ("lanh dao hai xa gap go, tang qua cac ho ngheo", "gap go, tang qua"),
    ("doan tinh a sang tinh b gap mat va trao qua", "gap mat va trao qua"),
    # a greeting, a time of year, an exchange of views: no celebration, no handover
    ("doan tinh a gap mat chuc mung nam moi lanh dao tinh b", None),
    ("lanh dao hai huyen gap go dau xuan", None),
    ("doan tinh a gap mat, trao doi voi lanh dao tinh b", None),
    # a signing or a visit named with it decides
    ("hai tinh gap mat, trao tang qua va ky ket bien ban hop tac", None),
    ("doan tinh a den tham va lam viec, gap mat, trao qua", None),
])
def test_gathering_for_reads_its_table(clause, want):
    got = gathering_for(clause)
    assert (got and got[0]) == want


def test_a_handover_is_read_without_the_get_together_before_it():
    assert gathering_for("doan tinh a sang tinh b gap mat, trao tang qua")[1] == "doan tinh a sang tinh b trao tang qua"


def test_every_gathering_row_example_holds_its_words():
    for rows in (GATHERINGS, FESTIVE_PURPOSES, HANDOVERS):
        for words, example in rows:
            assert words in fold(example)


# --- talks, then a signing ceremony joined by 'và' (type_joined)
_TALKS_RITE = ("Ngày 31/10/2025, tại trụ sở UBND tỉnh Ninh Bình, diễn ra Hội đàm cấp cao và Lễ ký kết Thỏa thuận "
               "hợp tác giữa UBND tỉnh Ninh Bình và chính quyền thành phố Asan (Hàn Quốc).")


@pytest.mark.parametrize("lead, head, want", [
    (_TALKS_RITE, _HEAD, "conference"),
    # counter-examples: the headline names the signing alone (as for "hội đàm và ký kết"); the ceremony named first
    (_TALKS_RITE, "Ninh Bình và Asan ký kết thỏa thuận hợp tác mới\n\n", "signing"),
    ("Ngày 31/10/2025, tại trụ sở UBND tỉnh Ninh Bình, diễn ra Lễ ký kết Thỏa thuận hợp tác giữa tỉnh Ninh Bình và "
     "thành phố Asan (Hàn Quốc); sau lễ, hai bên hội đàm.", _HEAD, "signing"),
])
def test_talks_then_a_signing_ceremony(lead, head, want):
    assert _type(lead, head) == want


def test_meeting_then_signing_rite_blanks_the_rite_only():
    c = "ngay 5/3, dien ra hoi dam va le ky ket thoa thuan"
    assert meeting_then_signing_rite(c) == "ngay 5/3, dien ra hoi dam va    ky ket thoa thuan"
    assert meeting_then_signing_rite("ngay 5/3, doan tinh a du le ky ket thoa thuan") is None


# --- an opening made known at its ceremony (border27 03)
@pytest.mark.parametrize("lead, want", [
    ("Ngày 19/11/2024, tại cửa khẩu quốc tế A, tỉnh Sơn La đã diễn ra lễ công bố khai trương cặp cửa khẩu quốc tế A "
     "và B, tỉnh Hủa Phăn (Lào).", "other"),
    # counter-example: a decision made known
    ("Ngày 19/11/2024, tại tỉnh Sơn La đã diễn ra lễ công bố Quyết định khai trương cặp cửa khẩu A – B với tỉnh "
     "Hủa Phăn (Lào).", "announcement"),
])
def test_an_opening_made_known(lead, want):
    assert _type(lead) == want

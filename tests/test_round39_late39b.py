"""Round 39 (late39b): misses of unseen pages (press39, transport39, labour39), fixed as general shapes, each
beside its counter-shapes.

- "và" typed glued to the second day of a range ("Trong 2 ngày 16 và17/3"): the range of one month, as
  "16 và 17/3" (``date_rules`` AND_TO); before, the page had no date at all.
- a signing ceremony named first and a work's rite joined after it by "và" ("tổ chức Lễ ký kết thỏa thuận hợp
  tác … và khánh thành Trạm …"): the signing (``type_joined.signing_then_rite``); the rite named first stays
  'other'.
- Lao place names that open with "Viêng" (Viêng Chăn, Viêng Xay …) fold as the verb "viếng" (to pay tribute): the
  tribute rows take "viếng" only when no such name follows (``vieng_places``).

Every sentence here is our own (names, days and wording are ours)."""

from __future__ import annotations

import pytest

from extract_support import main_event
from hoptac.core.extract.type_joined import SIGNING_RITES, signing_then_rite
from hoptac.core.extract.vieng_places import VIENG_PLACES
from hoptac.core.text import fold

# --- "và" glued to the second day ---------------------------------------------------------------------------

_GLUED_RANGE = ("(Báo Tỉnh) - Trong 2 ngày 21 và22/4, đoàn công tác Ban Dân vận Tỉnh ủy Sóc Trăng do Trưởng ban "
                "làm trưởng đoàn đã đến Thanh Hóa làm việc, trao đổi kinh nghiệm về công tác dân vận.\n\n"
                "Tiếp đoàn có lãnh đạo Ban Dân vận Tỉnh ủy Thanh Hóa.\n")


def test_a_range_with_va_glued_to_the_second_day_is_read() -> None:
    # before round 39: no date (the glued "và22/4" matched no rule)
    ev = main_event(_GLUED_RANGE)
    assert ev["date"] == "--04-21"
    assert ev["date_end"] == "--04-22"


@pytest.mark.parametrize("lead, day, end", [
    ("Trong 2 ngày 21 và 22/4, đoàn công tác tỉnh Sóc Trăng đã đến Thanh Hóa làm việc.", "--04-21", "--04-22"),
    ("Trong hai ngày 21-22/4, đoàn công tác tỉnh Sóc Trăng đã đến Thanh Hóa làm việc.", "--04-21", "--04-22"),
], ids=["spaced", "dash"])
def test_counter_shapes_of_the_range_stay(lead: str, day: str, end: str) -> None:
    ev = main_event(lead + "\n\nTiếp đoàn có lãnh đạo tỉnh Thanh Hóa.\n")
    assert (ev["date"], ev["date_end"]) == (day, end)


def test_a_number_glued_to_va_that_is_no_day_makes_no_range() -> None:
    # "và15 người" after a day is a count, not the range's end (no month after it)
    ev = main_event("Ngày 21/4, đoàn công tác tỉnh Sóc Trăng gồm 3 lãnh đạo và15 cán bộ đã đến Thanh Hóa làm việc.\n\n"
                    "Tiếp đoàn có lãnh đạo tỉnh Thanh Hóa.\n")
    assert ev["date"] == "--04-21"
    assert ev["date_end"] is None


# --- a signing ceremony, then a work's rite joined by "và" ------------------------------------------------

_SIGNING_THEN_RITE = ("Thành phố Cần Thơ, ngày 05 tháng 06 năm 2014, Đài Phát thanh Truyền hình thành phố Cần Thơ và "
                      "Đài Phát thanh Truyền hình tỉnh Sóc Trăng phối hợp tổ chức Lễ ký kết thỏa thuận hợp tác giữa "
                      "hai đơn vị và khánh thành Trạm phát lại sóng tại tỉnh Sóc Trăng.\n\n"
                      "Hai đài sẽ cùng sản xuất các chương trình phát thanh về nông nghiệp.\n")


def test_a_signing_ceremony_named_before_a_joined_rite_is_the_signing() -> None:
    # before round 39: other ('khánh thành', rank 3, outranked the ceremony's 'lễ ký kết', rank 4)
    ev = main_event(_SIGNING_THEN_RITE)
    assert ev["date"] == "2014-06-05"
    assert ev["type"] == "signing"


@pytest.mark.parametrize("lead", [
    # the rite named first: the inauguration, at which something is also signed
    "Ngày 5/6/2014, hai tỉnh Cần Thơ và Sóc Trăng tổ chức Lễ khánh thành cầu Hữu Nghị và ký kết thỏa thuận hợp tác.",
    # the rite alone, a signing told in the next sentence
    "Ngày 5/6/2014, hai tỉnh Cần Thơ và Sóc Trăng tổ chức khánh thành cầu Hữu Nghị. Tại buổi lễ, hai bên ký kết "
    "thỏa thuận hợp tác.",
], ids=["rite_first", "rite_alone"])
def test_counter_shapes_stay_the_rite(lead: str) -> None:
    assert main_event(lead + "\n\nCây cầu nối hai bờ sông.\n")["type"] == "other"


@pytest.mark.parametrize("phrase, example", SIGNING_RITES)
def test_each_rows_example_is_read(phrase: str, example: str) -> None:
    assert signing_then_rite(fold(example)) == phrase


def test_a_stop_between_the_signing_and_the_rite_joins_nothing() -> None:
    assert signing_then_rite(fold("hai đài tổ chức Lễ ký kết thỏa thuận hợp tác. Sau đó, hai bên và khánh thành trạm")) is None


# --- "Viêng Chăn" is no "viếng" ----------------------------------------------------------------------------

_LAUNCH_IN_VIENTIANE = ("Sáng 6/5, tại trường Lê Lợi (Thủ đô Viêng Chăn, Lào), Báo Hải Phòng phối hợp với Báo Viêng "
                        "Chăn Mới tổ chức lễ phát động cuộc thi viết về tình hữu nghị Việt - Lào.\n\n"
                        "Cuộc thi kéo dài đến cuối năm.\n")


def test_a_launch_held_in_vieng_chan_is_no_tribute_trip() -> None:
    # before round 39: visit ("Viêng Chăn" folds as "vieng chan": read as a tribute paid there, 'viếng')
    assert main_event(_LAUNCH_IN_VIENTIANE)["type"] == "other"


@pytest.mark.parametrize("phrase", [
    "lãnh đạo thành phố Hải Phòng viếng Nghĩa trang liệt sĩ tỉnh Viêng Chăn",
    "đoàn đã sang viếng nghĩa trang liệt sĩ",
    "lãnh đạo tỉnh A viếng hương tại đài tưởng niệm",
])
def test_the_verb_viếng_is_still_read(phrase: str) -> None:
    from hoptac.core.extract.type_travellers import _RITE
    from hoptac.core.extract.type_tribute_trips import _TRIP_RE
    assert _RITE.search(fold(phrase)) or _TRIP_RE.search(fold(phrase))


@pytest.mark.parametrize("name", [written for _, written, _ in VIENG_PLACES])
def test_each_vieng_place_is_no_rite(name: str) -> None:
    from hoptac.core.extract.type_travellers import _RITE
    from hoptac.core.extract.type_tribute_trips import _TRIP_RE
    phrase = fold(f"đoàn đã sang {name} làm việc, tại huyện {name}")
    assert _RITE.search(phrase) is None and _TRIP_RE.search(phrase) is None

"""Round 38 (late38a): reading errors of unseen pages, fixed as general shapes, each beside its counter-shapes.

- a photo caption's anniversary, named for another occasion than the lead's (a signing under a lead that tells a
  trip), gives the lead's day no year (``caption_anniversaries``): the plan year of the next sentence dates it,
  or nothing does -- never the caption's year.

Every sentence here is our own (names, days and wording are ours)."""

from __future__ import annotations

import pytest

from extract_support import main_event
from hoptac.core.extract.caption_anniversaries import CAPTION_OTHER_OCCASION, caption_anniversaries_aside
from hoptac.core.extract.year_cue_kinds import YearCue
from hoptac.core.text import fold

# --- a caption's anniversary of another occasion ----------------------------------------------------------------

_TRIP_LEAD = ("Sáng 12-5, tin từ UBND tỉnh Hậu Giang cho biết đoàn công tác của tỉnh do Chủ tịch UBND tỉnh làm "
              "trưởng đoàn đã lên đường thăm và làm việc tại Hàn Quốc từ ngày 12-5 đến ngày 17-5.\n\n")
_PLAN = "Đây là hoạt động trong kế hoạch xúc tiến thương mại năm 2026 của tỉnh, tập trung vào nông nghiệp.\n\n"
_SIGNING_CAPTION = ("Chủ tịch UBND tỉnh Hậu Giang (trái) và Thống đốc tỉnh Gyeonggi tại Lễ ký kết thỏa thuận hợp tác "
                    "giữa hai tỉnh nhân dịp kỷ niệm 30 năm quan hệ ngoại giao Việt Nam - Hàn Quốc\n\n")
_BODY = "Trong chuyến công tác, đoàn đến chào xã giao Thống đốc tỉnh Gyeonggi và làm việc với các doanh nghiệp.\n"


def test_a_captions_anniversary_of_an_earlier_signing_gives_the_trip_no_year() -> None:
    # before round 38: 2022-05-12 (1992 + 30, the caption's signing), a wrong year
    ev = main_event(_TRIP_LEAD + _PLAN + _SIGNING_CAPTION + _BODY)
    assert ev["date"] == "2026-05-12"
    assert ev["year_cue"]["kind"] == "plan_noun"


def test_with_no_other_cue_the_trip_stays_without_a_year() -> None:
    ev = main_event(_TRIP_LEAD + _SIGNING_CAPTION + _BODY)
    assert ev["date"] in (None, "--05-12") and ev["date"] != "2022-05-12"
    assert ev["year_source"] == "unknown"


_SIGNING_LEAD = ("Sáng 12-5, tại thành phố Vị Thanh, tỉnh Hậu Giang và tỉnh Gyeonggi (Hàn Quốc) đã ký kết thỏa thuận "
                 "hợp tác giai đoạn mới.\n\n")
_PLAIN_CAPTION = ("Chủ tịch UBND tỉnh Hậu Giang (trái) và Thống đốc tỉnh Gyeonggi chụp ảnh lưu niệm nhân dịp kỷ niệm "
                  "30 năm quan hệ ngoại giao Việt Nam - Hàn Quốc\n\n")
_ANNIVERSARY_LEAD = ("Sáng 12-5, tại thành phố Vị Thanh, tỉnh Hậu Giang và tỉnh Gyeonggi (Hàn Quốc) tổ chức gặp mặt "
                     "kỷ niệm 30 năm quan hệ ngoại giao Việt Nam - Hàn Quốc.\n\n")


@pytest.mark.parametrize("page", [
    _SIGNING_LEAD + _SIGNING_CAPTION + _BODY,       # the caption names the lead's own kind of occasion
    _TRIP_LEAD + _PLAIN_CAPTION + _BODY,            # the caption names no occasion of its own
    _ANNIVERSARY_LEAD + _SIGNING_CAPTION + _BODY,   # the lead names an anniversary itself
], ids=["same_kind", "no_occasion", "lead_anniversary"])
def test_counter_shapes_keep_the_captions_anniversary(page: str) -> None:
    assert main_event(page)["date"] == "2022-05-12"


def test_the_rows_example_sets_the_cue_aside_and_a_body_cue_stays() -> None:
    lead, caption = CAPTION_OTHER_OCCASION[1].split(" | ")
    text = lead + "\n\n" + caption + "\n\nHai bên nhân dịp kỷ niệm 30 năm quan hệ ngoại giao Việt Nam - Hàn Quốc."
    folded = fold(text)
    c0 = len(lead) + 2
    in_caption = YearCue(c0 + caption.index("30 năm"), 2022, "known_anniversary", 75)
    in_body = YearCue(text.rindex("30 năm"), 2022, "known_anniversary", 75)
    out = caption_anniversaries_aside([in_caption, in_body], folded, (0, len(lead)), [(c0, c0 + len(caption))])
    assert out == [in_body]

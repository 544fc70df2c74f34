"""Round 22 (party22): the guest of a joined pair.

"A … chuyến thăm … tới X và Y": the lead names the visitor, its visit, then the two hosts joined
by "và"; the visitor is a party of the event too (:mod:`hoptac.core.extract.partner_visitors`).

Every sentence here is our own."""

from __future__ import annotations

import pytest

from extract_support import first_main as _main


def _names(event: dict) -> set[str]:
    return {p["name"] if isinstance(p, dict) else p for p in event.get("parties") or event["pair"]}


_GUEST = ("Để nâng quan hệ hợp tác với Việt Nam lên tầm cao mới, chính quyền thành phố Busan đã bắt đầu "
          "chuyến thăm chính thức kéo dài 4 ngày tới {hosts} từ ngày 9 đến ngày 12 tháng 3.\n"
          "Đoàn do Phó Thị trưởng dẫn đầu sẽ bàn các dự án hợp tác về du lịch và y tế. "
          "Thành phố Busan sẽ ký biên bản ghi nhớ với thành phố Cần Thơ.\n"
          "Tại {second}, đoàn thành phố Busan sẽ hội đàm với lãnh đạo địa phương về đầu tư.\n")


@pytest.mark.parametrize("hosts, second, want", [
    ("thành phố Cần Thơ và Thành phố Hồ Chí Minh", "Thành phố Hồ Chí Minh", {"Busan", "Cần Thơ", "Hồ Chí Minh"}),
    ("thành phố Cần Thơ và tỉnh Khánh Hòa", "tỉnh Khánh Hòa", {"Busan", "Cần Thơ", "Khánh Hòa"}),
])
def test_the_guest_of_a_joined_pair_is_a_party(hosts: str, second: str, want: set[str]) -> None:
    main = _main(_GUEST.format(hosts=hosts, second=second))
    assert want <= {n.split(" (")[0] for n in _names(main)}


def test_a_place_not_visiting_stays_out() -> None:
    # the place before the pair does not visit it: no guest
    text = ("Theo báo cáo của tỉnh Gia Lai gửi Bộ, thành phố Cần Thơ và Thành phố Hồ Chí Minh "
            "đã ký kết chương trình hợp tác ngày 9/3/2024.\n"
            "Hai thành phố thống nhất hợp tác về du lịch.\n")
    names = {n.split(" (")[0] for n in _names(_main(text))}
    assert "Gia Lai" not in names

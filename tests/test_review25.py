"""Review of round 25 (review25): counter-examples to late25type's rules that misfired, and the per-page cache of
the type phrases (speed25b) read across pages. docs/accuracy.md, "Round 25: review25". Sentences written for this
test (no page's own words)."""

from __future__ import annotations

import pytest

from extract_support import events_in as _events, headed_type as _type
from hoptac.core.extract import events as events_module


# --- periodic talks set a signing headline aside only where the talks are held and sign their minutes

_SIGNING_HEAD = "Ký kết thỏa thuận hợp tác du lịch giữa tỉnh Lào Cai và tỉnh Vân Nam"


@pytest.mark.parametrize("lead", [
    # on the sidelines of the talks: the talks date the signing ("bên lề", as "sau", "trước")
    "Ngày 5/3/2024, bên lề hội đàm thường niên, lãnh đạo tỉnh Lào Cai và tỉnh Vân Nam (Trung Quốc) đã ký kết "
    "thỏa thuận hợp tác phát triển du lịch giai đoạn 2024-2028.",
    # an agreement signed at the talks, no minutes: the signing the headline names
    "Ngày 5/3/2024, nhân dịp hội đàm thường niên, lãnh đạo tỉnh Lào Cai và tỉnh Vân Nam (Trung Quốc) đã ký kết "
    "thỏa thuận hợp tác phát triển du lịch giai đoạn 2024-2028.",
    # a memorandum ("biên bản ghi nhớ") is no minutes
    "Ngày 5/3/2024, tại cuộc hội đàm định kỳ, lãnh đạo tỉnh Lào Cai và tỉnh Vân Nam (Trung Quốc) đã ký kết "
    "biên bản ghi nhớ hợp tác phát triển du lịch.",
    # talks the parties agree to hold from now on are not held
    "Ngày 5/3/2024, lãnh đạo tỉnh Lào Cai và tỉnh Vân Nam (Trung Quốc) đã ký kết biên bản hợp tác, trong đó "
    "thống nhất tổ chức hội đàm thường niên luân phiên tại mỗi tỉnh.",
])
def test_a_signing_at_or_about_periodic_talks_stays_the_signing(lead):
    assert _type(_SIGNING_HEAD, lead) == "signing"


def test_guard_periodic_talks_that_sign_their_minutes_are_the_talks():
    # late25type's shape (border25 07), kept
    assert _type("Ký kết biên bản phối hợp quản lý biên giới giữa tỉnh Kon Tum và tỉnh Attapư (Lào)",
                 "Ngày 5/3/2025, đoàn công tác Bộ Chỉ huy Bộ đội Biên phòng tỉnh Kon Tum đã sang thăm, hội đàm "
                 "thường niên và ký kết biên bản phối hợp quản lý biên giới năm 2025 với Bộ Chỉ huy Quân sự tỉnh "
                 "Attapư.") == "conference"


# --- "cuộc họp báo cáo" is a meeting to report, not a press conference ("cuộc họp báo")

@pytest.mark.parametrize("verb", ["đã tổ chức cuộc họp báo cáo kết quả", "đã có cuộc họp báo cáo tình hình"])
def test_a_meeting_to_report_is_no_press_conference(verb):
    assert _type("Hai tỉnh Điện Biên và Phông Sa Lỳ rà soát hợp tác",
                 f"Chiều 5/3/2024, tại tỉnh Điện Biên, lãnh đạo tỉnh Điện Biên và tỉnh Phông Sa Lỳ (Lào) {verb} "
                 "thực hiện thỏa thuận hợp tác năm 2023.") == "conference"


# --- the type phrases kept for a page (speed25b) answer the next page as a fresh process would

_PAGE_A = ("Ký kết biên bản phối hợp giữa tỉnh Kon Tum và tỉnh Attapư\n\nNgày 5/3/2025, đoàn công tác tỉnh Kon Tum "
           "đã sang thăm, hội đàm thường niên và ký kết biên bản phối hợp năm 2025 với tỉnh Attapư (Lào).\n")
_PAGE_B = ("Ký kết biên bản phối hợp giữa tỉnh Kon Tum và tỉnh Attapư\n\nNgày 9/4/2025, tại tỉnh Kon Tum, lãnh đạo "
           "tỉnh Kon Tum và tỉnh Attapư (Lào) đã ký kết biên bản ghi nhớ hợp tác giáo dục.\n")


def test_a_page_read_after_another_is_read_as_alone():
    alone = _events(_PAGE_B)
    _events(_PAGE_A)
    after = _events(_PAGE_B)
    assert after == alone and [e["type"] for e in after if e["main"]] == ["signing"]
    assert [e["type"] for e in _events(_PAGE_A) if e["main"]] == ["conference"]


def test_a_page_that_failed_halfway_leaves_nothing_for_the_next(monkeypatch):
    alone = _events(_PAGE_B)

    def fails(*args, **kwargs):
        raise RuntimeError("halfway")

    monkeypatch.setattr(events_module, "_location", fails)
    with pytest.raises(RuntimeError):
        _events(_PAGE_A)
    monkeypatch.undo()
    assert _events(_PAGE_B) == alone

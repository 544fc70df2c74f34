"""Round 24's late date fixes (late24date), as shapes in sentences written for this test (no page's own words).

* a decision cited as a basis "… về ban hành Kế hoạch thực hiện Chỉ thị số 16-CT/TU ngày 9/9/2021" issues the
  plan, not the directive: the directive's day is a cited document's (a lower bound), never the issuing that
  the page reports; a sentence that issues the dated document itself ("ký ban hành Quyết định số 12/QĐ-UBND
  ngày …") still does;
* the Covid-19 pandemic told as present ("trước diễn biến phức tạp của đại dịch Covid-19", "dịch Covid-19 đang
  diễn biến phức tạp") bounds the occasion to the pandemic's years: a stamp years later is a repost's or the
  site's clock, no year; the pandemic told as over or looked back on ("sau đại dịch", "trước đại dịch",
  "giai đoạn 2020 - 2022", "thời gian qua", a sentence with its own year) bounds nothing.
"""

from __future__ import annotations

import pytest

from hoptac.core.extract.explain import explain_text

from extract_support import main_or_none as _main

_BASES = ("Lễ ký kết chương trình phối hợp giữa Sở Công Thương và UBND xã Tà Lu, giai đoạn 2023 - 2026\n\n"
          "Thực hiện Chỉ thị số 21-CT/TU ngày 14/10/2021 của Ban Thường vụ Tỉnh ủy về công tác kết nghĩa; "
          "Quyết định số 4120/QĐ-UBND ngày 20/12/2021 của UBND tỉnh Quảng Nam về Ban hành Kế hoạch thực hiện "
          "Chỉ thị số 21-CT/TU ngày 14/10/2021 của Ban Thường vụ Tỉnh ủy.\n\n"
          "Sáng ngày 22/9/2023, Sở Công Thương đã đến UBND xã Tà Lu, huyện Đông Giang và tổ chức lễ ký kết "
          "chương trình phối hợp giữa hai đơn vị giai đoạn 2023 - 2026.\n")


def test_a_cited_decision_that_issues_a_plan_does_not_issue_the_directive_it_carries_out():
    main = _main(_BASES)
    assert main is not None and main["date"] == "2023-09-22"
    days = [d for d in explain_text(_BASES).dates if d["text"].endswith("14/10/2021")]
    assert days and all(d["verdict"] == "document" for d in days)


def test_a_sentence_that_issues_the_dated_document_still_issues_it():
    text = ("Hai tỉnh tăng cường hợp tác\n\nNgày 5/6, Chủ tịch UBND tỉnh Hà Tĩnh ký ban hành Quyết định số "
            "815/QĐ-UBND ngày 5/6/2023 về kế hoạch hợp tác với tỉnh Bolikhamxay.\n")
    assert any(d["verdict"] == "issued" for d in explain_text(text).dates)


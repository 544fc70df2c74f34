"""Round 21, district and commune twinning (commune21): its date miss as a shape, in sentences written for
this test (no page's own words).

* a programme told as just approved with its approver between "vừa được" and the verb ("… năm 2023 vừa
  được UBND huyện phê duyệt ngày 9.2, …") is the news: its day is the announcement's date, the year from
  the programme's own year; a document cited as a basis ("… được UBND huyện phê duyệt ngày …" without
  "vừa"/"mới") stays the document's date;
* a year that only names the document ("Kế hoạch … năm 2023 vừa được ban hành ngày 9/2", "Biên bản ghi nhớ …
  năm 2023 được ký kết ngày 9/2") does not make the lead's day a past signing: the lead reports it; a year that
  dates the sentence's own occasion ("Trong năm 2022, hai huyện … theo biên bản được ký kết ngày …") still does;
* a document told as passed on its day ("… vừa được UBND huyện thông qua ngày 9/2") is an announcement;
* a plan told as just issued by a numbered decision ("… vừa được UBND huyện ban hành tại Quyết định số 12/QĐ-UBND
  ngày 9/2/2023") is issued by the sentence: the decision's day is the announcement's; cited as a basis ("Thực
  hiện Kế hoạch … được ban hành tại Quyết định số …") it stays a document's date;
* a village named by its bond after the word that governs it ("trao tặng quà cho bản kết nghĩa B", "chương trình
  tình nguyện tại bản kết nghĩa B") is the twinned village, no twinning: the gift or the programme is the type; a
  twinning told with its verb ("hai bản … đã kết nghĩa với nhau", "lễ kết nghĩa") stays a signing.
"""

from __future__ import annotations

import pytest

from hoptac.core.extract.dates import DateMention
from hoptac.core.extract.document_dates import document_date_apart
from hoptac.core.extract.explain import explain_text

from extract_support import main_or_none as _main

_REST = (", gồm các nội dung hợp tác về giáo dục, y tế và thương mại.\n\n"
         "Theo đó, hai huyện sẽ tổ chức các đoàn công tác và trao đổi kinh nghiệm.\n")


@pytest.mark.parametrize("news, want", [
    ("Kế hoạch phối hợp giữa huyện Tương Dương và huyện Viêng Thoong năm 2023 vừa được UBND huyện "
     "phê duyệt ngày 9.2", "2023-02-09"),
    ("Chương trình hợp tác giữa tỉnh Quảng Trị với tỉnh Savannakhet năm 2022 vừa được Chủ tịch UBND tỉnh "
     "ký ban hành ngày 17/3", "2022-03-17"),
    ("Kế hoạch kết nghĩa giữa xã Tam Hợp và cụm bản Nậm Khăn năm 2024 mới được Thường trực Huyện ủy "
     "thông qua ngày 4/6", "2024-06-04"),
])
def test_a_programme_just_approved_by_someone_dates_the_announcement(news, want):
    main = _main(news + _REST)
    assert main is not None and main["date"] == want


def test_the_approver_does_not_make_a_just_approved_programme_a_document_date():
    text = ("Kế hoạch phối hợp giữa huyện Tương Dương và huyện Viêng Thoong năm 2023 vừa được UBND huyện "
            "phê duyệt ngày 9.2" + _REST)
    assert all(d["verdict"] != "document" for d in explain_text(text).dates)


@pytest.mark.parametrize("near", [
    "thuc hien ke hoach so 7/kh-ubnd duoc ubnd huyen phe duyet ngay",
    "can cu quyet dinh so 8/qd-ubnd do chu tich ubnd tinh ky ban hanh vao ngay",
    # "mới" as "new" far before the verb, with no "được" to carry an approver: still a basis
    "theo quyet dinh moi cua ubnd tinh ve viec ket nghia, ke hoach so 3/kh-ubnd duoc phe duyet ngay",
])
def test_a_cited_basis_approved_by_someone_stays_a_document_date(near):
    m = DateMention(len(near) + 1, len(near) + 11, "12/3/2019", 12, 3, 2019)
    folded = near + " 12/3/2019, doan cong tac"
    found = document_date_apart(folded, m, near + " ")
    assert found is not None and found[0] == "issued_on"


@pytest.mark.parametrize("lead, want, kind", [
    ("Kế hoạch hợp tác giữa huyện Kỳ Sơn và huyện Mường Mộc năm 2023 vừa được ban hành ngày 9/2",
     "2023-02-09", "announcement"),
    ("Kế hoạch hợp tác giữa huyện Kỳ Sơn và huyện Mường Mộc năm 2023 vừa được phê duyệt ngày 9/2",
     "2023-02-09", "announcement"),
    ("Biên bản ghi nhớ hợp tác giữa huyện Kỳ Sơn và huyện Mường Mộc năm 2023 được ký kết ngày 9/2",
     "2023-02-09", "signing"),
    ("Kế hoạch hợp tác giữa huyện Kỳ Sơn và huyện Mường Mộc năm 2023 vừa được Thường trực Huyện ủy "
     "thông qua ngày 9/2", "2023-02-09", "announcement"),
    ("Nghị quyết về hợp tác giữa tỉnh Quảng Trị và tỉnh Savannakhet vừa được HĐND tỉnh thông qua "
     "ngày 9/12/2023", "2023-12-09", "announcement"),
])
def test_a_year_naming_the_document_leaves_the_lead_reporting_it(lead, want, kind):
    main = _main(lead + _REST)
    assert main is not None and (main["date"], main["type"]) == (want, kind)


@pytest.mark.parametrize("lead", [
    "Trong năm 2022, hai huyện Kỳ Sơn và Mường Mộc đã tổ chức nhiều hoạt động theo biên bản được ký kết "
    "ngày 12/3/2019",
    "Năm 2022, hai huyện Kỳ Sơn và Mường Mộc triển khai biên bản hợp tác được ký kết ngày 12/3",
])
def test_a_year_dating_the_sentence_keeps_the_signing_in_the_past(lead):
    verdicts = {d["text"]: d["verdict"] for d in explain_text(lead + _REST).dates}
    assert [v for t, v in verdicts.items() if t.startswith("ngày 12/3")] == ["past"]


@pytest.mark.parametrize("lead", [
    "Kế hoạch hợp tác giữa huyện Kỳ Sơn và huyện Mường Mộc năm 2023 vừa được UBND huyện ban hành tại "
    "Quyết định số 12/QĐ-UBND ngày 9/2/2023",
    "Kế hoạch hợp tác giữa huyện Kỳ Sơn và huyện Mường Mộc vừa được phê duyệt tại Quyết định số 12/QĐ-UBND "
    "ngày 9/2/2023",
])
def test_a_plan_just_issued_by_a_numbered_decision_dates_the_announcement(lead):
    main = _main(lead + _REST)
    assert main is not None and (main["date"], main["type"]) == ("2023-02-09", "announcement")


def test_a_plan_issued_by_a_numbered_decision_cited_as_a_basis_stays_a_document():
    text = ("Thực hiện Kế hoạch hợp tác giữa huyện Kỳ Sơn và huyện Mường Mộc được UBND huyện ban hành tại "
            "Quyết định số 12/QĐ-UBND ngày 9/2/2023, hai huyện đã tổ chức giao lưu văn nghệ.\n\n"
            "Hai bên thống nhất tăng cường phối hợp.\n")
    assert [d["verdict"] for d in explain_text(text).dates] == ["document"]


_BOND_REST = "\n\nHai bên thống nhất tiếp tục tăng cường quan hệ đoàn kết, hữu nghị trong thời gian tới.\n"


@pytest.mark.parametrize("lead, want", [
    ("Chiều 8/6/2024, Đồn Biên phòng Mỹ Lý trao tặng 40 suất quà cho bản kết nghĩa Huổi Xài, huyện Noọng "
     "Hẹt, tỉnh Xiêng Khoảng (Lào).", "other"),
    # (round 40, late40a: a unit's volunteer programme is its trip, a visit -- type_exchange_trips; no twinning still)
    ("Ngày 8/6/2024, Đoàn Thanh niên huyện Kỳ Sơn, tỉnh Nghệ An tổ chức chương trình tình nguyện tại bản "
     "kết nghĩa Huổi Xài, tỉnh Xiêng Khoảng (Lào).", "visit"),
    ("Ngày 8/6/2024, bản Xốp Pe, xã Mỹ Lý, tỉnh Nghệ An và bản Huổi Xài, tỉnh Xiêng Khoảng (Lào) đã tổ chức "
     "lễ kết nghĩa.", "signing"),
    ("Ngày 8/6/2024, hai bản Xốp Pe (Nghệ An) và Huổi Xài, tỉnh Xiêng Khoảng (Lào) đã kết nghĩa với nhau.",
     "signing"),
    ("Ngày 8/6/2024, xã Mỹ Lý, tỉnh Nghệ An và huyện Noọng Hẹt, tỉnh Xiêng Khoảng (Lào) ký văn bản kết "
     "nghĩa giữa các bản hai bên biên giới.", "signing"),
])
def test_a_village_named_by_its_bond_is_no_twinning(lead, want):
    main = _main(lead + _BOND_REST)
    assert main is not None and main["type"] == want

"""A full date followed by a slash typed for the comma, then a space ("Sáng 28/12/2019/ UBND …", round 32's
transport33 02 shape, sentences written for this test) is the lead's date; a slash with no space after it still
ends no date (a document's number "12/2019/NĐ-CP", an address's path ".../28/12/2019/…")."""

from __future__ import annotations

from extract_support import main_event

from hoptac.core.extract.dates import find_dates

_PAGE = ("Khánh thành cầu nối hai tỉnh\n"
         "Sáng 28/12/2019/ UBND thành phố Hải Phòng và UBND tỉnh Thái Bình tổ chức khánh thành cây cầu nối liền "
         "huyện Vĩnh Bảo và huyện Thái Thụy. Cầu được khởi công từ ngày 9/5/2019.\n")


def _dates(text: str) -> list[tuple[int | None, int | None, int | None]]:
    return [(m.day, m.month, m.year) for m in find_dates(text)]


def test_a_date_with_a_slash_typed_for_its_comma_is_the_lead_s_date():
    assert main_event(_PAGE)["date"] == "2019-12-28"


def test_the_slash_and_space_end_the_date():
    assert (28, 12, 2019) in _dates("Sáng 28/12/2019/ UBND hai tỉnh tổ chức lễ ký kết.")
    assert (5, 3, None) in _dates("Chiều 5/3/ đoàn công tác tỉnh A đến thăm tỉnh B.")


def test_a_slash_with_no_space_after_it_still_ends_no_date():
    # a document's number, an address's path: the digits run on
    assert (12, 3, 2019) not in _dates("Nghị định số 12/3/2019/NĐ-CP của Chính phủ quy định chi tiết.")
    assert (28, 12, 2019) not in _dates("Nguồn: baoa.vn/28/12/2019/hai-tinh-ky-ket.html")

"""Shapes the year probe (scripts/year_probe.py) found giving wrong years, read as families: an
anniversary told apart from the page's occasion (discussed, planned, agreed to, coming, held before), a
listed article's date glued to a line's end, and an anniversary's bracket day years older than the page.
A variant must give the occasion's own year or "year unknown" -- never the other occasion's. Sentences
written for these tests; the probe itself is run on written pages only."""

from __future__ import annotations

import json

import pytest

from hoptac.core.extract import glued_titles
from hoptac.core.extract.anniversary_apart import APART, anniversary_apart
from hoptac.core.extract.dates import find_dates
from hoptac.core.extract.listing_dates import SHAPES, listing_date
from hoptac.core.text import fold
from hoptac.scripts import year_probe

from extract_support import main_or_none as _main, year_of

_HEAD = "Tỉnh Sơn La và tỉnh Điện Biên ký kết chương trình hợp tác\n"
_LEAD = ("Ngày 16/8, tại thành phố Sơn La, lãnh đạo tỉnh Sơn La và tỉnh Điện Biên đã ký kết chương trình "
         "hợp tác giữa hai tỉnh.\n")
_REST = "Hai bên thống nhất tăng cường trao đổi đoàn và phối hợp phát triển du lịch.\n"


def _year(text: str) -> int | None:
    return year_of(_main(text))


# -- an anniversary told apart from the page's occasion

@pytest.mark.parametrize("sentence", [
    "Hai bên cũng bàn việc tổ chức các hoạt động kỷ niệm 60 năm Ngày kết nghĩa (1965 – 2025).",
    "Hai tỉnh bàn về kế hoạch tổ chức kỷ niệm 60 năm Ngày kết nghĩa (1965 - 2025) cho thật trang trọng.",
    "Tỉnh giao các sở xây dựng kế hoạch tổ chức kỷ niệm 60 năm Ngày kết nghĩa (1965 – 2025).",
    "Hai bên thống nhất phối hợp tổ chức lễ kỷ niệm 60 năm Ngày kết nghĩa (1965 – 2025) vào dịp thích hợp.",
    "Năm tới, hai tỉnh sẽ kỷ niệm 60 năm Ngày kết nghĩa (1965 – 2025).",
    "Tỉnh bạn gửi lời mời đoàn sang dự lễ kỷ niệm 60 năm Ngày kết nghĩa (1965 – 2025).",
    "Năm ngoái, hai tỉnh đã long trọng tổ chức lễ kỷ niệm 58 năm Ngày kết nghĩa (1965 – 2023).",
    "Trước đó, hai bên đã cùng tổ chức lễ kỷ niệm 58 năm Ngày kết nghĩa (1965 – 2023).",
])
def test_an_anniversary_told_apart_gives_the_occasion_no_year(sentence):
    assert _year(_HEAD + _LEAD + sentence + "\n" + _REST) is None


@pytest.mark.parametrize("sentence", [
    "Dịp này, hai tỉnh tổ chức lễ kỷ niệm 60 năm Ngày kết nghĩa (1965 – 2025).",
    "Sự kiện diễn ra nhân dịp kỷ niệm 60 năm Ngày kết nghĩa (1965 – 2025).",
])
def test_an_occasion_held_for_the_anniversary_keeps_its_year(sentence):
    assert _year(_HEAD + _LEAD + sentence + "\n" + _REST) == 2025


def test_every_row_of_the_table_is_found_in_its_example():
    for name, _, example in APART:
        at = example.index("(") + 1
        assert anniversary_apart(example, at) == name, name


def test_an_anniversary_being_prepared_looks_ahead_and_gives_no_later_year():
    # preparations under way: the anniversary's year only from January to August (named_ahead), never after it
    text = (_HEAD + "Ngày 16/10, đoàn tỉnh Điện Biên đến thăm tỉnh Sơn La đúng dịp hai tỉnh đang chuẩn bị kỷ niệm "
            "10 năm ký kết thỏa thuận hợp tác (năm 2013).\n" + _REST)
    assert _year(text) in (None, 2023)
    assert anniversary_apart(text, text.index("(năm") + 1) == "prepared"


# -- a listed article's date glued to a line's end

@pytest.mark.parametrize("name,example", SHAPES)
def test_every_listing_shape_reads_as_a_listing(name, example):
    folded = fold(example)
    dated = [m for m in find_dates(example) if m.year]
    assert dated and listing_date(folded, dated[-1]), name


@pytest.mark.parametrize("line", [
    "Hội nghị sơ kết hợp tác giữa hai tỉnh được tổ chức vào ngày 21/03/2024",
    "Biên bản hợp tác có hiệu lực từ 21/03/2024",
    "Chương trình giao lưu diễn ra sáng 21/03/2024",
    "| Ngày ban hành | 18/12/2025 |",
    "* Thời gian kết nghĩa: 30/11/2014",
    "Hai tỉnh ký kết thỏa thuận hợp tác ngày 21/03/2024.",
])
def test_a_date_a_sentence_ties_to_its_occasion_is_no_listing(line):
    dated = [m for m in find_dates(line) if m.year]
    assert dated and not listing_date(fold(line), dated[-1])


@pytest.mark.parametrize("glued", [
    " Đoàn công tác tỉnh bạn khảo sát mô hình chợ phiên 21/03/2025",
    "\nHai xã biên giới ra quân làm đường giao thông nông thôn (02/07/2025)",
    "\nHai huyện trao đổi kinh nghiệm giảm nghèo - 15/06/2025 08:30",
])
def test_a_glued_listing_of_another_year_never_dates_the_page(glued):
    # a page stamped in 2023 with an undated lead: the listing's 2025 is neither its date nor its year
    text = ("Hội Nông dân hai tỉnh phối hợp tiêu thụ nông sản\n14:16, ngày 08/03/2023\n"
            "Nhằm hỗ trợ tiêu thụ cam cho nông dân tỉnh Hà Giang, Hội Nông dân tỉnh Nam Định đã phát động "
            "cán bộ hội viên đăng ký mua cam.\n\nĐây là hoạt động có ý nghĩa thiết thực./." + glued + "\n")
    assert _year(text) in (None, 2023)


# -- an anniversary's own day in brackets ("kỷ niệm 20 năm ngày tái lập tỉnh (ngày 30/9/2011)") stays its day

def test_the_anniversarys_own_day_in_brackets_is_still_read_as_its_day():
    text = ("Tối 30/9, tỉnh A tổ chức lễ kỷ niệm 20 năm ngày tái lập tỉnh (30/9/2011), có đoàn tỉnh B "
            "tham dự.\nTỉnh được tái lập năm 1991.\n")
    assert _year(text) == 2011


# -- the probe itself, on a written set

def test_the_probe_reads_a_written_set_and_tabulates_every_variant(tmp_path, capsys):
    (tmp_path / "articles").mkdir()
    page = ("Tỉnh Sơn La và tỉnh Điện Biên ký kết chương trình hợp tác\nCập nhật 10:05, 18/08/2024\n"
            + _LEAD + _REST)
    (tmp_path / "articles" / "a.txt").write_text(page, "utf-8")
    (tmp_path / "gold.json").write_text(json.dumps([{"file": "a.txt", "main_event": {"date": "2024-08-16"}}]), "utf-8")
    wrong = tmp_path / "wrong.jsonl"
    year_probe.main([str(tmp_path), "--wrong", str(wrong)])
    out = capsys.readouterr().out
    assert "| (as is) | 1 | 1 | 0 | 0 |" in out   # read as it is: the stamp's year, right
    for name in year_probe.VARIANTS:
        assert f"| {name} |" in out
    assert "| related_glued | 1 | 1 | 0 | 0 |" in out and "| anniversary | 1 | 1 | 0 | 0 |" in out
    assert "| weekday_other | 1 | 0 | 1 | 0 |" in out   # a weekday of another year: no year
    # what is left wrong: a stamp moved a whole year on, which nothing on this page contradicts
    rows = [json.loads(ln) for ln in wrong.read_text("utf-8").splitlines()]
    assert rows and all(r["variant"].startswith("stamp+") and r["variant"].endswith(("y", "m"))
                        and r["kind"] == "published" and r["date"][:4] != "2024" for r in rows)


# -- a related title glued after the body's last sentence

@pytest.mark.parametrize("name,line", glued_titles.SHAPES)
def test_every_glued_title_shape_is_found(name, line):
    span = glued_titles.glued_title(line, 100)
    assert span is not None, name
    title = line[span[0] - 100:span[1] - 100]
    assert span[1] - 100 == len(line) and title[0].isupper() and line[:span[0] - 100].rstrip()[-1] in ".”"


@pytest.mark.parametrize("line", [
    "Hai bên thống nhất tăng cường hợp tác trong thời gian tới.",           # ends with its full stop
    "Hai bên thống nhất. Sau đó, đoàn đi thăm khu kinh tế cửa khẩu năm 2024",  # a sentence going on (a comma)
    "Hai bên thống nhất. Ngày 5/3 hai tỉnh ký kết biên bản",                  # a day: left to the dates
    "Hai bên thống nhất. Xin cảm ơn",                                          # too short for a title
    "Hai bên thống nhất tăng cường hợp tác trong năm 2024",                   # no sentence before it
])
def test_a_line_that_ends_as_a_sentence_has_no_glued_title(line):
    assert glued_titles.glued_title(line, 0) is None


@pytest.mark.parametrize("glued", [
    "./. Khai mạc Tuần Văn hóa - Du lịch hai tỉnh năm 2025",
    ". Festival Hoa Ban Điện Biên 2025 thu hút đông đảo du khách",
    ". Hội nghị tổng kết hợp tác năm 2025 giữa hai huyện",
])
def test_a_glued_title_naming_another_years_occasion_gives_no_year(glued):
    text = (_HEAD + _LEAD + "Hai bên thống nhất tăng cường trao đổi đoàn và phối hợp phát triển du lịch"
            + glued + "\n")
    assert _year(text) is None
    assert _year(_HEAD + _LEAD + _REST) is None   # (the page alone tells no year either)


# -- a bond's founding day lends its year as the past does

@pytest.mark.parametrize("sentence", [
    "Ngày 12/2/1961, hai tỉnh chính thức kết nghĩa. Từ đó đến nay, quan hệ hai bên không ngừng được vun đắp.",
    "Ngày 5/9/1962, hai nước thiết lập quan hệ ngoại giao, mở ra trang mới trong quan hệ hai bên.",
    "Ngày 1/4/1975, tổ chức hữu nghị của hai tỉnh ra đời.",
])
def test_a_founding_day_after_the_lead_does_not_date_the_leads_day(sentence):
    # no stamp, no other year: the lead's day gets no year, never the founding's
    text = _HEAD + _LEAD + sentence + "\n" + _REST
    main = _main(text)
    assert main is not None and main["date_text"] == "Ngày 16/8"
    assert _year(text) is None


# -- a plan of next year told after an undated lead

@pytest.mark.parametrize("plan", [
    "Theo kế hoạch, Tuần Văn hóa hai tỉnh sẽ diễn ra từ ngày 5 đến 11/3/2025 tại thành phố Điện Biên Phủ.",
    "Dự kiến, đoàn tỉnh bạn sẽ sang thăm và làm việc từ ngày 12 đến 14/5/2025.",
    "Hai bên sẽ ký kết chương trình hợp tác giai đoạn mới vào ngày 20/1/2025.",
])
def test_next_years_plan_after_an_undated_lead_is_not_the_occasion(plan):
    text = ("Nhân dịp kỷ niệm 70 năm ngày thành lập, lãnh đạo tỉnh Sơn La và tỉnh Điện Biên trao đổi về hợp tác "
            "phát triển du lịch trong năm 2024.\n" + plan + "\n" + _REST)
    main = _main(text)
    assert main is not None and "2025" not in (main["date"] or "")


# -- a legal basis's date lends no year to another sentence's day

@pytest.mark.parametrize("basis", [
    "Căn cứ Nghị quyết số 27/NQ-HĐND, ngày 10/7/2019 của Hội đồng nhân dân tỉnh, hai bên giao các sở, ngành rà soát "
    "nội dung hợp tác.",
    "Căn cứ Quyết định số 45/QĐ-UBND, ngày 12/3/2019 của UBND tỉnh về việc phê duyệt đề án, hai bên giao các sở "
    "rà soát nội dung hợp tác.",
    "Căn cứ Chỉ thị số 9/CT-TTg (ngày 18/2/2019) của Thủ tướng Chính phủ, hai bên giao các sở rà soát nội dung hợp tác.",
    "Căn cứ Quyết định số 45/QĐ-UBND ngày 12/3/2019 của UBND tỉnh về việc phê duyệt đề án, hai bên giao các sở rà "
    "soát nội dung hợp tác.",
    "Xét đề nghị của Sở Ngoại vụ tại Tờ trình ngày 2/7/2019, hai bên giao các sở rà soát nội dung hợp tác.",
])
def test_a_legal_bases_date_lends_no_year_to_the_leads_day(basis):
    text = ("Tỉnh Sơn La và tỉnh Điện Biên hội đàm về hợp tác\n\nNgày 26/9, tại thành phố Sơn La, đoàn đại biểu cấp "
            "cao tỉnh Sơn La và tỉnh Điện Biên đã hội đàm và ký biên bản hợp tác.\n" + basis + "\n" + _REST)
    main = _main(text)
    assert main is not None and main["date_text"] == "Ngày 26/9"
    assert _year(text) is None   # no stamp, no other year: unknown, never the basis's 2019

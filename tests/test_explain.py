"""``hoptac explain FILE``: how one article was read (an article written for this test)."""

from __future__ import annotations

from pathlib import Path

from click.testing import CliRunner

from hoptac.core.extract.explain import explain_text
from hoptac.tui.cli import main

ARTICLE = """A+ A A-
Thứ Năm, 07/08/2031
Lạng Sơn và Cao Bằng hội đàm, ký kết biên bản hợp tác
Cập nhật: 23/03/2025 - 16:40
(LSO) - Chiều 22/3, tại thành phố Lạng Sơn, Ban Thường vụ Tỉnh ủy Lạng Sơn và Ban Thường vụ Tỉnh ủy Cao Bằng tổ chức hội đàm và ký kết biên bản hợp tác giai đoạn 2025 - 2027, nhân dịp kỷ niệm 30 năm ngày hai tỉnh kết nghĩa (22/3/1995 - 22/3/2025).
Tỉnh Hà Giang khai mạc lễ hội hoa tam giác mạch 2019
Trước đó, ngày 21/3, đoàn công tác tỉnh Cao Bằng đã đến thăm Khu kinh tế cửa khẩu Đồng Đăng.
Thực hiện Nghị quyết số 26-NQ/TW ngày 3/11/2022 của Bộ Chính trị, hai tỉnh thống nhất nhiều nội dung.
Tin liên quan
Ngày 2/9, Lạng Sơn đón đoàn khách quốc tế.
"""


def test_explanation_record():
    ex = explain_text(ARTICLE)
    assert ex.excerpt(ex.headline) == "Lạng Sơn và Cao Bằng hội đàm, ký kết biên bản hợp tác"
    assert ex.published == "2025-03-23 16:40" and ex.clock == "2031-08-07 00:00"
    assert ex.excerpt(ex.lead).startswith("(LSO) - Chiều 22/3")
    verdicts = {d["text"]: d["verdict"] for d in ex.dates}
    assert verdicts["Chiều 22/3"] == "event"
    assert verdicts["22/3/1995 - 22/3/2025"] == "anniversary"
    assert verdicts["ngày 21/3"] == "past"
    assert verdicts["ngày 3/11/2022"] == "document"
    assert verdicts["giai đoạn 2025 - 2027"] == "period"
    assert "Ngày 2/9" not in verdicts                   # after "Tin liên quan": cut
    assert any("font-size" in why for _, why in ex.chrome)
    assert any(p["name"] == "Cao Bằng" and p["province"] == "Cao Bằng" for p in ex.places)
    assert ex.main["date"] == "2025-03-22" and ex.main["type"] == "conference"
    assert "event" in ex.main_why and "rank" in ex.type_why


def test_hoptac_explain_prints_how_the_article_was_read(tmp_path: Path):
    f = tmp_path / "bai.txt"
    f.write_text(ARTICLE, encoding="utf-8")
    result = CliRunner().invoke(main, ["explain", str(f)])
    assert result.exit_code == 0, result.output
    out = result.output
    for expected in ("headline    [", "published   2025-03-23 16:40", "page clock  2031-08-07",
                     "“Chiều 22/3” event (lead)", "“22/3/1995 - 22/3/2025” anniversary",
                     "“ngày 3/11/2022” document", "“ngày 21/3” past", "teasers", "lễ hội hoa tam giác mạch",
                     "main event", "date      2025-03-22", "type      conference", "Cao Bằng",
                     "a font-size widget"):
        assert expected in out, expected


def test_hoptac_explain_on_a_page_without_headline_and_hostile_text(tmp_path: Path):
    f = tmp_path / "x.txt"
    f.write_text("Sáng 14/1, đoàn công tác tỉnh Nghệ An \x1b[31m[bold]đến thăm[/bold] tỉnh Hà Tĩnh và chúc Tết.",
                 encoding="utf-8")
    out = CliRunner().invoke(main, ["explain", str(f)]).output
    assert "headline    none: the page opens with its lead" in out
    assert "\x1b" not in out and "[bold]đến thăm[/bold]" in out     # inert, printed as written
    assert "type      visit" in out


def test_hoptac_explain_errors_are_one_line(tmp_path: Path):
    missing = CliRunner().invoke(main, ["explain", str(tmp_path / "none.txt")])
    assert missing.exit_code == 1 and missing.output.count("\n") == 1 and "no such file" in missing.output
    folder = CliRunner().invoke(main, ["explain", str(tmp_path)])
    assert folder.exit_code == 1 and "folder" in folder.output
    binary = tmp_path / "b.txt"
    binary.write_bytes(b"\xff\xfe\x00\xd8\x00\x00binary\x00\x00")
    bad = CliRunner().invoke(main, ["explain", str(binary)])
    assert bad.exit_code == 1 and "Traceback" not in bad.output


_HOMONYM_PAGE = ("Xã Tân Thành thăm huyện Quế Sơn\n\n"
                 "Chiều 8/6/2021, đoàn công tác xã Tân Thành do Bí thư Đảng ủy xã dẫn đầu đã sang thăm, làm việc với "
                 "lãnh đạo huyện Quế Sơn, tỉnh Quảng Nam.\n\nHai bên trao đổi kinh nghiệm xây dựng nông thôn mới.\n")


def test_explain_tells_a_commune_homonym_from_an_unknown_name(tmp_path: Path):
    # "xã Tân Thành": communes of many provinces bear the name, none of them the Quảng Nam the page names (round 54:
    # the reading leaves it unknown, homonym_commune_unknown); explain says so rather than "not in the gazetteer"
    ex = explain_text(_HOMONYM_PAGE, source="homonym.txt")
    homonyms = [p for p in ex.places if p["text"].lower() == "xã tân thành"]
    assert homonyms and all(p["name"] is None and p["candidates"] > 1 for p in homonyms)
    assert all(p["candidates"] == 1 for p in ex.places if p["name"] == "Quế Sơn")
    f = tmp_path / "homonym.txt"
    f.write_text(_HOMONYM_PAGE, encoding="utf-8")
    out = CliRunner().invoke(main, ["explain", str(f)]).output
    line = next(l for l in out.splitlines() if "“xã Tân Thành”" in l)
    assert "places of that name, none in a province the page names: unknown" in line
    assert "not in the gazetteer" not in line

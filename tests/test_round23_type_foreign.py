"""Round 23 (typewide23d): shapes found reading leads of real pages with a foreign partner (docs/accuracy.md,
"typewide23d"). Sentences written for this test (no page's own words).
"""

from __future__ import annotations

from hoptac.core.extract.year_names import spring_cues
from extract_support import main_or_none as _main


def _main_of(head: str, lead: str) -> dict:
    return _main(head + "\n\n" + lead + "\n")


# --- "Xuân" as a man's middle name, then a stem-like name and a verb that folds like a branch ("ông Lê Xuân Tân
# dẫn đầu" folds to "xuan tan dan"): Tân Dần is no year (the stems and branches pair by parity); the reading
# crashed. "Xuân Bính dẫn đầu" folds to Bính Dần (1986), but "dẫn" is no branch as written.
def test_a_name_with_xuan_before_a_verb_is_no_lunar_year():
    assert spring_cues("đoàn do ông Lê Xuân Tân dẫn đầu") == []
    assert spring_cues("đoàn do ông Phạm Xuân Bính dẫn đầu") == []


def test_a_lead_with_such_a_name_is_read():
    ev = _main_of("Tỉnh Quảng Bình làm việc với tỉnh Gangwon",
                  "Ngày 14/9, đoàn công tác tỉnh Quảng Bình do Phó Chủ tịch UBND tỉnh Lê Xuân Tân dẫn đầu đã có "
                  "buổi làm việc với lãnh đạo tỉnh Gangwon (Hàn Quốc).")
    assert ev["type"] == "conference"


def test_a_lunar_year_as_written_is_kept():
    assert [c.year for c in spring_cues("chúc Tết Nguyên đán Giáp Thìn với bà con")] == [2024]
    assert [c.year for c in spring_cues("mừng xuân Bính Dần")] == [1986]


# --- a partner's side that comes to pay a tribute and greet ("đến dâng hương … và chúc mừng"): the greeting, a visit;
# a rite with no greeting stays the rite.
def test_a_tribute_then_a_greeting_is_a_visit():
    ev = _main_of("Tỉnh trưởng Champasak chúc mừng Quốc khánh Việt Nam",
                  "Sáng 1/9, ông Somchai, Tỉnh trưởng tỉnh Champasak (Lào), đã dẫn đầu đoàn đại biểu tỉnh đến dâng "
                  "hương tại Nhà lưu niệm Chủ tịch Hồ Chí Minh và chúc mừng Tổng Lãnh sự quán Việt Nam tại Pakse.")
    assert ev["type"] == "visit"


def test_a_tribute_with_no_greeting_is_not_read_as_one():
    from hoptac.core.extract.type_tribute_greetings import pays_tribute_and_greets
    assert not pays_tribute_and_greets("doan dai bieu hai tinh da den dat vong hoa, dang huong tai nghia trang liet si")
    assert pays_tribute_and_greets("doan dai bieu huyen a sang dang hoa tai tuong dai va chuc mung huyen b")

"""Round 38 (late38e): the misses of district38 and delegation38 read as general shapes. Sentences of our own."""

from __future__ import annotations

import pytest

from hoptac.core.extract.explain import explain_text
from hoptac.core.extract.type_folds import FOLDS_GUARDED, LINKED_NOT_FESTIVAL


def _main(page: str) -> dict:
    return explain_text(page).main or {}


# --- "liên hoàn" (interlinked) is no "liên hoan" (festival): type_folds.LINKED_NOT_FESTIVAL ---------------------

@pytest.mark.parametrize("lead", [
    "Năm 2023, Cụm an ninh liên hoàn của hai huyện Văn Lãng (Lạng Sơn) và Trùng Khánh (Cao Bằng) do huyện Văn "
    "Lãng làm đơn vị thường trực. Hội nghị đã đánh giá kết quả phối hợp giữa các xã giáp ranh.",
    "Năm 2023, các xã trong cụm liên hoàn của tỉnh Lạng Sơn và tỉnh Cao Bằng giữ vững an ninh. Hội nghị đã đánh giá "
    "kết quả phối hợp.",
    "Năm 2023, tỉnh Lạng Sơn và tỉnh Cao Bằng duy trì phối hợp liên hoàn khu vực giáp ranh. Hội nghị đã đánh giá "
    "kết quả phối hợp.",
])
def test_an_interlinked_security_cluster_is_no_festival(lead: str) -> None:
    page = f"Hai huyện biên giới tổng kết công tác phối hợp\n\n{lead}\n"
    assert _main(page).get("type") == "conference"   # was 'other' ('lien hoan' read as a festival)


@pytest.mark.parametrize("lead", [
    "Ngày 12/5/2024, tỉnh Lạng Sơn và tỉnh Cao Bằng tổ chức Liên hoan nghệ thuật quần chúng tại thành phố Lạng Sơn.",
    "Ngày 12/5/2024, tỉnh Lạng Sơn và tỉnh Cao Bằng tổ chức liên hoan văn nghệ chào mừng ngày hội an ninh.",
    "Ngày 12/5/2024, Cụm thi đua các huyện biên giới tỉnh Lạng Sơn và tỉnh Cao Bằng tổ chức liên hoan văn nghệ.",
])
def test_a_festival_stays_other(lead: str) -> None:
    page = f"Lạng Sơn và Cao Bằng giao lưu\n\n{lead}\n"
    assert _main(page).get("type") == "other"


@pytest.mark.parametrize("folded, chain, festival", LINKED_NOT_FESTIVAL)
def test_the_table_rows_hold(folded: str, chain: str, festival: str) -> None:
    from hoptac.core.scan import fold_page as fold   # the project's own folding
    guard = FOLDS_GUARDED["lien hoan"]
    chain_f, festival_f = fold(chain), fold(festival)
    assert any(guard.match(chain_f, i) for i in range(len(chain_f)) if chain_f.startswith("lien hoan", i))
    assert not any(guard.match(festival_f, i) for i in range(len(festival_f)) if festival_f.startswith("lien hoan", i))


# --- a spring meeting named with its year and no "năm": milestone_years.spring_meeting_named -----------------------

def _others(page: str) -> list[str]:
    return [o.get("date") for o in explain_text(page).others]


_TRIP = ("Đoàn công tác tỉnh Lạng Sơn bắt đầu chuyến thăm Quảng Tây\n\n"
         "Sáng 26/2, đoàn đại biểu tỉnh Lạng Sơn do Bí thư Tỉnh ủy làm trưởng đoàn bắt đầu chuyến thăm và làm việc tại "
         "Khu tự trị dân tộc Choang Quảng Tây, Trung Quốc.\n")


@pytest.mark.parametrize("later", [
    "Trong chuyến công tác, đoàn sẽ tham dự Chương trình gặp gỡ đầu Xuân 2025 giữa Bí thư các tỉnh biên giới và "
    "Bí thư Khu ủy Quảng Tây.",
    "Theo chương trình, đoàn sẽ dự Hội nghị gặp mặt Xuân 2025 với lãnh đạo Quảng Tây tại thành phố Nam Ninh.",
])
def test_a_spring_meeting_named_with_its_year_is_an_other_milestone(later: str) -> None:
    assert "2025" in _others(_TRIP + later + "\n")   # was missing: "Xuân 2025" has no "năm"


def test_written_with_nam_it_was_read_already() -> None:
    later = "Trong chuyến công tác, đoàn sẽ tham dự Chương trình gặp gỡ đầu Xuân năm 2025 giữa Bí thư các tỉnh."
    assert "2025" in _others(_TRIP + later + "\n")


@pytest.mark.parametrize("later", [
    # a greeting of the season, no meeting
    "Nhân dịp đón Xuân 2025, đoàn trao tặng quà cho các hộ nghèo của huyện biên giới.",
    "Đoàn đã chúc Tết Xuân 2025 lãnh đạo và nhân dân Quảng Tây.",
])
def test_a_greeting_of_the_spring_is_no_meeting(later: str) -> None:
    assert "2025" not in _others(_TRIP + later + "\n")


def test_the_main_occasions_own_name_told_again_is_no_other() -> None:
    page = ("Hội đàm Gặp gỡ đầu Xuân giữa Lạng Sơn và Quảng Tây\n\n"
            "Ngày 21/3, tỉnh Lạng Sơn tổ chức Hội đàm \"Gặp gỡ đầu Xuân 2025\" giữa Bí thư Tỉnh ủy Lạng Sơn, Cao Bằng "
            "và Bí thư Khu ủy Quảng Tây (Trung Quốc).\n"
            "Bí thư Tỉnh ủy Lạng Sơn đề xuất các nội dung sẽ trao đổi tại Chương trình \"Gặp gỡ đầu Xuân 2025\" như "
            "thông quan hàng hóa và du lịch.\n")
    assert "2025" not in _others(page)


@pytest.mark.parametrize("sentence, named", [
    ("Hai huyện tổ chức hội nghị của Cụm an ninh liên hoàn năm 2024.", False),
    ("Hai huyện tổ chức Liên hoan văn nghệ năm 2024.", True),
])
def test_an_interlinked_cluster_with_its_year_names_no_festival(sentence: str, named: bool) -> None:
    from hoptac.core.extract.dates import DateMention
    from hoptac.core.extract.year_names import festival_start
    at = sentence.index("năm 2024")
    m = DateMention(at, at + 8, "năm 2024", None, None, 2024, precision="year", rule="year")
    assert (festival_start(sentence, m) is not None) is named   # was a festival's year ('lien hoan' folded)

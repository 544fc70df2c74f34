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

"""Round 25 (late25pair2): a group's members listed after "gồm" as those who took part are the
parties (core/extract/partner_lists.py, GROUPS and :func:`counted`). The sentences are written
for these tests; none is copied from a page."""

from __future__ import annotations

import pytest

from hoptac.core.extract.partner_lists import GROUPS, _GROUP_RE
from hoptac.core.text import fold

from extract_support import main_event


def provinces(ev: dict) -> set[str]:
    return {p["province"] for p in ev["parties"]}


_HOST = ("Hội thảo văn nghệ vùng núi phía Bắc\n\n"
         "Ngày 8.11.2026, tại thành phố Lào Cai, Hội Văn học nghệ thuật tỉnh Lào Cai đăng cai tổ chức hội thảo "
         "văn nghệ về đề tài vùng cao của nhóm hợp tác văn nghệ các tỉnh miền núi.\n\n")


@pytest.mark.parametrize("text, parties", [
    # a group's noun, "bao gồm:", the members bare, in a sentence telling they took part; a guest joined by
    # no list link stays out
    (_HOST + "Tham dự hội thảo có lãnh đạo Hội Nhà văn Việt Nam; đại biểu các hội thuộc nhóm miền núi 5 + 1 "
     "bao gồm: Lào Cai, Lai Châu, Hà Giang, Điện Biên, Sơn La và khách mời là đoàn văn nghệ tỉnh Tuyên Quang.\n",
     {"Lào Cai", "Lai Châu", "Hà Giang", "Điện Biên", "Sơn La"}),
    # a competition bloc ("khối thi đua") closed by "gồm:"
    (_HOST + "Hội thảo có sự tham gia của khối thi đua vùng cao gồm: Lai Châu, Lào Cai, Hà Giang, Cao Bằng và Điện Biên.\n",
     {"Lào Cai", "Lai Châu", "Hà Giang", "Cao Bằng", "Điện Biên"}),
    # a plural level word closed by "gồm:", no count stated
    (_HOST + "Tham dự hội thảo có đại biểu các tỉnh gồm: Sơn La, Lào Cai, Yên Bái, Lai Châu và Hà Giang.\n",
     {"Lào Cai", "Sơn La", "Yên Bái", "Lai Châu", "Hà Giang"}),
])
def test_a_groups_members_listed_as_taking_part_are_the_parties(text, parties):
    ev = main_event(text)
    assert provinces(ev) == parties
    assert "Lào Cai" in ev["pair"] and set(ev["pair"]) <= parties   # the host and a member


@pytest.mark.parametrize("tail", [
    # the places a programme covers: no one takes part
    "Chương trình sẽ hỗ trợ nhóm tỉnh miền núi gồm: Lai Châu, Lào Cai, Hà Giang, Cao Bằng và Điện Biên.\n",
    # the places a trip visits
    "Sau hội thảo, đoàn đi thực tế sáng tác tại cụm di tích vùng cao gồm: Lai Châu, Lào Cai, Hà Giang, Cao Bằng và Điện Biên.\n",
    # the places a trip visits, though the sentence tells someone took part: a place's preposition
    # ("tại", "đến") introduces the group
    "Sau hội thảo, các đại biểu tham gia chuyến đi thực tế tại các tỉnh gồm: Lai Châu, Lào Cai, Hà Giang, "
    "Cao Bằng và Điện Biên.\n",
    "Tham dự hội thảo có các văn nghệ sĩ đã đi thực tế đến nhóm tỉnh vùng cao gồm: Lai Châu, Lào Cai, Hà Giang, "
    "Cao Bằng và Điện Biên.\n",
    # a stated count that is not the list's length: the list is not the group in full
    "Tham dự hội thảo có đại biểu 6 tỉnh gồm: Lào Cai, Lai Châu, Hà Giang, Cao Bằng và Điện Biên.\n",
    # "gồm" that lists people, the places only their homes
    "Tham dự hội thảo có nhóm tác giả gồm: nhà văn Nguyễn Văn An (Lai Châu), nhà thơ Trần Văn Bình (Hà Giang).\n",
])
def test_a_list_no_one_takes_part_in_adds_no_party(tail):
    assert provinces(main_event(_HOST + tail)) == {"Lào Cai"}


def test_each_group_noun_introduces_its_example():
    for noun, example in GROUPS:
        window = fold(example)
        window = window[:window.index(":") + 1] + " "   # the words before the first name
        assert noun in window and _GROUP_RE.search(window) is not None

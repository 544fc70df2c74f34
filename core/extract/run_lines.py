"""A line that tells how long an occasion told before runs (round 43, late43a).

"Triển lãm diễn ra từ ngày 15.7 đến tháng 9.2020" — often a page's closing line, often without its final
period — is text of the article, not a related title or a sub-heading: its subject is the bare noun of an
occasion the page has already told ("Triển lãm", "Hội chợ", "Chương trình"), with no name after it, and its
verb is the occasion's run ("diễn ra", "kéo dài", "mở cửa"). A related title names its occasion ("Triển lãm
ảnh ‘…’ diễn ra từ …", "Hội chợ OCOP Hà Giang diễn ra …") and stays a teaser. Matched on folded text.
"""

from __future__ import annotations

import re

#: The bare noun of an occasion told before, the subject of a run line. (folded noun, example)
RUN_SUBJECTS: tuple[tuple[str, str], ...] = (
    ("trien lam", "Triển lãm diễn ra từ ngày 15.7 đến tháng 9.2020"),
    ("cuoc trien lam", "Cuộc triển lãm kéo dài đến hết tháng 10/2021"),
    ("hoi cho", "Hội chợ diễn ra từ ngày 5 đến ngày 9/10/2022"),
    ("chuong trinh", "Chương trình diễn ra đến hết ngày 30/6/2023"),
    ("hoat dong", "Hoạt động diễn ra từ ngày 2/9 đến hết tháng 9/2024"),
    ("le hoi", "Lễ hội kéo dài từ ngày 10 đến ngày 12/3/2019"),
    ("tuan le", "Tuần lễ diễn ra từ ngày 1 đến ngày 7/8/2020"),
    ("giai dau", "Giải đấu diễn ra từ ngày 3 đến ngày 6/5/2022"),
)

#: The verb of the occasion's run, right after the bare noun (an optional "sẽ", "được", "chính thức", "này").
#: (folded verb, example)
RUN_VERBS: tuple[tuple[str, str], ...] = (
    ("dien ra", "Triển lãm diễn ra từ ngày 15.7 đến tháng 9.2020"),
    ("keo dai", "Cuộc triển lãm kéo dài đến hết tháng 10/2021"),
    ("mo cua", "Triển lãm mở cửa từ ngày 2/4 đến ngày 30/4/2021"),
    ("duoc to chuc", "Hội chợ được tổ chức từ ngày 5 đến ngày 9/10/2022"),
    ("trung bay", "Triển lãm trưng bày đến hết ngày 15/8/2023"),
)

_RUN_LINE = re.compile(
    r"(?:" + "|".join(sorted((s for s, _ in RUN_SUBJECTS), key=len, reverse=True)) + r")"
    r"(?:\s+nay)?(?:\s+(?:se|chinh thuc|van))?\s+"
    r"(?:" + "|".join(v for v, _ in RUN_VERBS) + r")"
    r"\s+(?:tu|den|trong|keo dai)\b")


def is_run_line(folded: str) -> bool:
    """Does the folded line open with a bare occasion noun and its run ("triển lãm diễn ra từ …")?"""
    return _RUN_LINE.match(folded.lstrip(" -–•·*+")) is not None

"""Activities listed as the parts of an occasion name no occasion of their own (round 47, late47c).

"Tham quan Bảo tàng tỉnh A, vẽ tranh, làm gốm... là những hoạt động đoàn thiếu nhi tỉnh B được trải nghiệm tại
Chương trình giao lưu “…” diễn ra ngày 16/4": a feature lead that opens with a list of what was done and then says
what they were the parts of. The list ('tham quan', read as 'thăm', rank 7) is inside the occasion named after
"là những hoạt động … tại", which is the page's occasion (youth47b 06: a children's exchange programme typed a
visit by its sightseeing). :func:`without_listed_activities` blanks the list (spaces, so that positions hold) when

- the sentence opens with the list (it holds a comma or "..." before the predicate: more than one activity);
- the predicate is plural, "là những / các hoạt động" (not "đây là hoạt động", "việc … là hoạt động thiết thực":
  one act judged, which stays the occasion);
- an occasion where they took place follows ("tại", "trong", "trong khuôn khổ" within 120 characters).

| name            | folded predicate after the list         | example (our own)                                             |
|-----------------|-----------------------------------------|---------------------------------------------------------------|
| parts_of        | là những / các hoạt động … tại / trong  | "Tham quan bảo tàng, gói bánh, hát dân ca... là những hoạt động các em thiếu nhi tỉnh B tham gia tại Ngày hội giao lưu thiếu nhi hai tỉnh." |

Not blanked (counter-shapes, tests/test_round47_late47c.py): "Ngày 5/3, đoàn tỉnh A sang thăm tỉnh B, đây là
những hoạt động …" (a sentence that opens with its date and subject is no list: the list must hold no date), one
activity judged ("Chuyến thăm của đoàn tỉnh A là hoạt động thiết thực …"), a list with no occasion after it.
"""

from __future__ import annotations

import re

__all__ = ["LISTED_ACTIVITIES", "PROGRAMME_LISTED", "without_listed_activities"]

#: (name, folded predicate after the list, example of our own)
LISTED_ACTIVITIES: tuple[tuple[str, str, str], ...] = (
    ("parts_of", r"la (?:nhung|cac) hoat dong\b(?=[^.;]{0,120}?\b(?:tai|trong)\b)",
     "Tham quan bảo tàng, gói bánh, hát dân ca... là những hoạt động các em thiếu nhi tỉnh B tham gia tại Ngày hội "
     "giao lưu thiếu nhi hai tỉnh."),
)
_PREDICATE = re.compile(r"\b(?:" + "|".join(rx for _, rx, _ in LISTED_ACTIVITIES) + ")")
# the list: up to 200 characters from the sentence's start, no date in it, more than one item (a comma or "...")
_LIST = re.compile(r"^[^\d;:]{3,200}$")


#: An occasion told as taking place with its programme listed after "như:" (round 61, culture61 08: "Tuần Du lịch -
#: Văn hóa … diễn ra từ ngày 8/4 đến 11/4 tại …, với nhiều chương trình, hoạt động đặc sắc như: …; hội nghị xúc tiến du
#: lịch …; gặp gỡ doanh nghiệp …"): the listed parts (a conference among them) are the occasion's, not its kind; the
#: list is blanked from "như:" to the clause's end. Not a list that no "diễn ra" of the occasion comes before ("Hai tỉnh
#: thống nhất nhiều hoạt động như: hội nghị …", what is agreed), nor one without the colon.
PROGRAMME_LISTED = ("programme_of", r"\bdien ra\b[^.;]{0,160}?\bvoi (?:nhieu|cac|hang loat) (?:chuong trinh|hoat dong)\b"
                    r"[^.;:]{0,80}?\bnhu\s*:",
                    "Tuần văn hóa tỉnh A diễn ra từ ngày 8/4 đến 11/4 tại thành phố B, với nhiều chương trình, hoạt động "
                    "như: hội nghị xúc tiến du lịch hai tỉnh; gặp gỡ doanh nghiệp; trưng bày ảnh.")
_PROGRAMME = re.compile(PROGRAMME_LISTED[1])


def without_listed_activities(folded: str) -> str:
    """``folded`` with a list of activities that opens it blanked when the predicate says whose parts they are,
    and a programme listed after an occasion's "diễn ra … với nhiều hoạt động như:" blanked (PROGRAMME_LISTED)."""
    if "hoat dong" not in folded:   # the literal test first: most clauses list nothing
        return folded
    if "dien ra" in folded and (p := _PROGRAMME.search(folded)) is not None:
        folded = folded[:p.end()] + " " * (len(folded) - p.end())
    m = _PREDICATE.search(folded, 0, 260)
    if m is None:
        return folded
    head = folded[:m.start()]
    if _LIST.match(head) is None or ("," not in head and "..." not in head and "…" not in head):
        return folded
    return " " * len(head) + folded[m.start():]

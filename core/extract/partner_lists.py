"""Lists a plural or counted level word introduces: one side's members (used by :mod:`.partners`).

A run of places joined by commas and "và" that follows a plural or counted level word
("các tỉnh", "4 tỉnh", "bốn tỉnh", "các xã:", "4 tỉnh và thành phố … là", "… gồm") names
the localities of one side, each as much a party as the others: when such a list holds one
of the two principal partners, its other members are parties too. The level word need not
stand before each name ("3 tỉnh A, B và C"), and may be followed by a few words naming the
group ("4 tỉnh Nam Lào (A, B, C, D)", "các tỉnh Đông Bắc Campuchia gồm A, B và C") before
the names. A list without such an introduction ("tại TP.HCM, tỉnh A và tỉnh B") is left to
the scores of :mod:`.partners`; in the body, a list counts only in a sentence that also
names the other principal partner, or tells the list's members took part ("có sự tham gia
của lãnh đạo các tỉnh A, B và C"), so that a list of background ("Tỉnh A đã kết nghĩa với
các tỉnh B, C và D") adds no party.

The introductions (folded, right before the first name; the examples are written for this
table):

| introduction                         | example                                                         |
|--------------------------------------|-----------------------------------------------------------------|
| các / những + level word             | "cùng với các tỉnh Điện Biên, Lai Châu và Hà Giang"              |
| a count + level word                 | "Bí thư Tỉnh ủy bốn tỉnh Lạng Sơn, Quảng Ninh, Cao Bằng, Hà Giang" |
| … + up to three words naming it      | "Chính quyền 4 tỉnh Nam Lào (Attapu, Champasak, Salavan, Sekong)" |
| … then "gồm", "bao gồm", "là", ":"    | "đoàn đại biểu các tỉnh Đông Bắc Campuchia gồm A, B và C"        |
| up to eight words, then "gồm" or ":"  | "với các địa phương phía Bắc và Bắc Trung Bộ gồm: A, B, C"        |
| "tỉnh và thành phố", "tỉnh, thành"   | "4 tỉnh và thành phố Việt Nam là Hà Nội, Cần Thơ, Phú Yên và Quảng Ngãi" |
| "tỉnh, TP"; up to four words         | "Liên minh HTX 8 tỉnh, TP gồm: A, …"; "sáu tỉnh giáp với Tây Nguyên là A, …" |
| a group's noun (GROUPS), up to eight words, then "gồm" (asked only by :func:`counted`) | "đại biểu thuộc nhóm hợp tác miền núi bao gồm: A, B, C" |

When only one partner stands out, a list that holds it is its side only when the count the
list's introduction states is the number of names that follow ("sự tham gia của 7 tỉnh gồm: A,
B, …, G" with seven names; "6 tỉnh vùng X (A, B, C, D, E, F)"): a stated group the text names in
full (:func:`counted`), or, when no count is stated, a group whose members a "gồm" lists in a
sentence that tells they took part ("Tham dự có đại biểu các hội thuộc nhóm X bao gồm: A, B, C,
D và khách mời là đoàn E": A to D, the guest joined by no list link is not of it), or, the same, a plural
level word a colon closes ("có 6 đoàn tham dự, của các tỉnh: A, B, C, D và E", round 56). A list "gồm"
closes but no one takes part in ("chương trình hỗ trợ nhóm tỉnh miền núi gồm: A, B, C, D",
the places a programme covers), or one a place's preposition introduces ("tham gia đi thực tế tại
các tỉnh gồm: A, B, C": the places a trip visits), adds no party.

The place joined to the list's first name ("đoàn tỉnh A cùng các tỉnh B, C dự hội nghị") is
counted with the list. The list's last name marked as a guest right after it ("…, D và E (khách mời)":
:data:`GUEST_MARKS`) is not of it (round 56, late56a). A list that names the members of a framework the
partners work in (an economic corridor, a subregion: table FRAMEWORKS) names no side of the occasion.
"""

from __future__ import annotations

import re
from typing import Callable

from ..places import Place, PlaceMention
from ..scan import fold_slice
from .partner_sides import a_body_before
from .number_words import counting

__all__ = ["GROUP_INTROS", "GROUPS", "FRAMEWORKS", "GUESTS", "GUEST_MARKS", "EXHIBITORS", "TOOK_PART", "introduced_lists",
           "holding", "introduced", "counted", "invited", "exhibitors", "guest_marked"]

#   (folded pattern, example)
GROUP_INTROS: tuple[tuple[str, str], ...] = (
    (r"(?:cac|nhung)", "các tỉnh Điện Biên, Lai Châu và Hà Giang"),
    (r"(?:hai|ba|bon|nam|sau|bay|tam|chin|muoi|\d{1,2})", "bốn tỉnh Lạng Sơn, Quảng Ninh, Cao Bằng, Hà Giang"),
)
_LEVELS = r"(?:tinh|thanh pho|tp|huyen|quan|thi xa|xa|phuong|bang|dia phuong)"
_INTRO_RE = re.compile(
    r"(?<!\w)(?:" + "|".join(p for p, _ in GROUP_INTROS) + r")\s+" + _LEVELS +
    r"(?:\s*(?:,|va)\s*(?:thanh pho|thanh|tinh|tp))?"  # "tỉnh và thành phố", "tỉnh, thành", "tỉnh, TP"
    r"(?:\s+[\w-]+){0,4}?"                             # "Nam Lào", "Đông Bắc Campuchia", "giáp với Tây Nguyên"
    r"\s*(?:\(|:|gom|bao gom|la)?\s*" + _LEVELS + r"?\s*$")
# A longer name of the group (up to eight words, "các địa phương phía Bắc và Bắc Trung Bộ gồm: A, B, …")
# when an explicit "gồm", "bao gồm", ":" or an opening bracket closes it ("6 tỉnh khu vực duyên hải
# Nam Trung Bộ (A, B, …)").
_INTRO_LONG_RE = re.compile(
    r"(?<!\w)(?:" + "|".join(p for p, _ in GROUP_INTROS) + r")\s+" + _LEVELS +
    r"(?:\s+[\w-]+){0,8}?\s*(?::|\(|gom|bao gom)\s*" + _LEVELS + r"?\s*$")
# A group's noun that a "gồm" or "bao gồm" closes introduces its members listed bare (folded; examples
# written for this table):
#   (folded noun, example)
GROUPS: tuple[tuple[str, str], ...] = (
    ("nhom", "đại biểu thuộc nhóm hợp tác miền núi bao gồm: Lai Châu, Sơn La, Điện Biên"),
    ("cum", "các đơn vị thuộc cụm thi đua số 2 gồm: Nghệ An, Hà Tĩnh, Quảng Bình"),
    ("khoi", "khối thi đua các tỉnh miền núi phía Bắc gồm: Cao Bằng, Bắc Kạn, Lạng Sơn"),
)
# ... closed by "gồm", "bao gồm" or a colon alone ("đại biểu 5 tỉnh trong khối liên kết: A, B, …")
_GROUP_RE = re.compile(r"(?<!\w)(?:" + "|".join(w for w, _ in GROUPS) +
                       r")(?:\s+[\w+-]+){0,8}?\s*(?:(?:bao\s+)?gom\s*:?|:)\s*$")
# the list closed by "gồm" (what :func:`counted` asks when no count is stated), or by a colon right after the plural
# level word ("có 6 đoàn tham dự, của các tỉnh: A, B, C, D và E"; round 56, late56a: the colon lists the group as
# "gồm" does; the sentence must still tell its members took part, TOOK_PART)
_GOM_END_RE = re.compile(r"(?<!\w)(?:gom\s*:?|((?:cac|nhung)\s+" + _LEVELS + r"\s*:))\s*$")
# ... unless a place's preposition introduces the group: where, not who ("đi thực tế tại các tỉnh
# gồm: A, B, C", "đến nhóm tỉnh vùng cao gồm: …")
_WHERE_RE = re.compile(r"(?<!\w)(?:tai|den|toi|o|ve|qua|tham)\s+(?:cac\s+|nhung\s+|\d{1,2}\s+)?(?:" +
                       "|".join(w for w, _ in GROUPS) + "|" + _LEVELS + r")(?!\w)")
_BACK = 60
# A list that names the members of a framework the partners work in, not the occasion's side:
# an economic corridor, a subregion, a development triangle, "trong khuôn khổ …" (folded, in the
# window before the introduction; example written for this table).
#   (folded words, example)
FRAMEWORKS: tuple[tuple[str, str], ...] = (
    ("hanh lang", "hợp tác trong khuôn khổ hành lang kinh tế 5 tỉnh (Hà Nội, Lào Cai, Hải Phòng, …)"),
    ("khuon kho", "trong khuôn khổ hợp tác 4 tỉnh A, B, C và D"),
    ("tieu vung", "các tỉnh tiểu vùng sông Mê Kông A, B và C"),
    ("tam giac phat trien", "tam giác phát triển 13 tỉnh Việt Nam - Lào - Campuchia"),
)
_FRAMEWORK_RE = re.compile(r"(?<!\w)(?:" + "|".join(w for w, _ in FRAMEWORKS) + r")(?!\w)")
# the members took part: words that tell it, or a line of attendance naming a side's guests (folded,
# before the list in its sentence; examples written for this table)
#   (folded pattern, example)
TOOK_PART: tuple[tuple[str, str], ...] = (
    (r"tham gia", "có sự tham gia của lãnh đạo các tỉnh A, B và C"),
    (r"tham du", "tham dự có đại diện các tỉnh A, B"),
    # "về phía …/về đại biểu … có": who came for a side (round 35, late35b), the list's members among them
    (r"ve (?:phia|dai bieu)(?:\s+[\w-]+){0,6}?\s+co", "Về phía nước bạn có Thiếu tướng X, cùng lãnh đạo các tỉnh A, B"),
)
_TOOK_PART_RE = re.compile(r"(?<!\w)(?:" + "|".join(p for p, _ in TOOK_PART) + r")(?!\w)")


# A list of invited guests names who came to watch an occasion, not its sides: the body's list a
# guest's word introduces (up to eight words before its first name, no comma between) earns no points
# for being joined (:mod:`.partners`; folded, examples written for this table).
#   (folded word, example)
GUESTS: tuple[tuple[str, str], ...] = (
    ("khach moi", "đại diện khách mời đến từ sở Tài chính các tỉnh Bắc Kạn, Cao Bằng và Lạng Sơn"),
)
_GUEST_RE = re.compile(r"(?<!\w)(?:" + "|".join(w for w, _ in GUESTS) + r")(?:\s+[\w&-]+){0,8}?\s*:?\s*$")


# The last name of a list marked as a guest right after it was invited to watch: it is not of the side the list
# names (round 56, late56a; :func:`introduced_lists` leaves it out; the mark closes a list, after its last name).
# Folded, right after the name; example written for this table.
#   (folded mark, example)
GUEST_MARKS: tuple[tuple[str, str], ...] = (
    ("(khach moi)", "có 6 đoàn dự hội thao, của các tỉnh: Hậu Giang, Bạc Liêu, Cà Mau, Kiên Giang và An Giang "
                    "(khách mời)"),
)
_GUEST_MARKS = tuple(w for w, _ in GUEST_MARKS)


def guest_marked(text: str, m: PlaceMention) -> bool:
    """Does a guest's mark follow the name ``m`` ("… và E (khách mời)")? (:data:`GUEST_MARKS`)"""
    at = m.end + 1 if text.startswith(" (", m.end) else m.end
    if not text.startswith("(", at):
        return False   # (the bracket first: most names have none after them)
    return fold_slice(text, at, at + 16).startswith(_GUEST_MARKS)


def invited(text: str, first: PlaceMention) -> bool:
    """Do invited guests' words introduce the list that opens with ``first`` ("khách mời đến từ
    các tỉnh A, B và C")? (Asked of the body's joined runs of two to four places only.)"""
    lo = max(0, first.name_start - _BACK)
    if text.find("hách mời", lo, first.name_start) < 0 and text.find("HÁCH MỜI", lo, first.name_start) < 0:
        return False   # (the word first: most lists have none before them)
    cut = max(text.rfind(". ", lo, first.start), text.rfind("\n", lo, first.start), text.rfind(";", lo, first.start))
    window = fold_slice(text, max(lo, cut + 1), first.name_start)
    return "khach moi" in window and _GUEST_RE.search(window) is not None


# The provinces whose businesses take part in an occasion (exhibit at a fair, come to a trade week) are told as
# participants, not as its sides: the body's list of three or four names that a businesses' word and a plural or
# counted level word introduce ("các DN của các tỉnh A, B, C và D") earns no points for being joined (round 55,
# late55b: a fair's leaders and guests decide its sides, not the exhibitors' home provinces). Two names keep their
# join ("doanh nghiệp hai tỉnh A và B ký kết …": the two sides' businesses). Folded, right before the first name;
# examples written for this table.
#   (folded word, example)
EXHIBITORS: tuple[tuple[str, str], ...] = (
    ("doanh nghiep", "với sự tham gia của các doanh nghiệp đến từ các tỉnh Bắc Giang, Hải Dương và Hưng Yên"),
    ("dn", "bên cạnh đó là gian hàng của các DN của các tỉnh Tuyên Quang, Yên Bái, Phú Thọ và Lào Cai"),
)
_EXHIBITOR_RE = re.compile(r"(?<!\w)(?:" + "|".join(w for w, _ in EXHIBITORS) + r")(?:\s*\(dn\))?\s+(?:(?:cua|den tu|thuoc)\s+)?"
                           r"(?:cac|nhung|\d{1,2})\s+" + _LEVELS + r"(?:\s*(?:,|va)\s*(?:thanh pho|thanh|tp))?\s*$")


_EXHIBITOR_WORD_RE = re.compile(r"(?<!\w)(?:" + "|".join(w for w, _ in EXHIBITORS) + r")(?!\w)")


def exhibitors(text: str, group: list[tuple[PlaceMention, str]]) -> bool:
    """Do businesses' words introduce the body's run ``group`` of three names or more ("các doanh nghiệp đến từ
    các tỉnh A, B và C")? (:data:`EXHIBITORS`; asked of the body's joined runs of two to four places only.)"""
    if len(group) < 3:
        return False
    first = group[0][0]
    lo = max(0, first.name_start - _BACK)
    if text.find("DN", lo, first.name_start) < 0 and text.find("nghiệp", lo, first.name_start) < 0 \
            and text.find("NGHIỆP", lo, first.name_start) < 0:
        return False   # (the word first: most lists have none before them)
    cut = max(text.rfind(". ", lo, first.start), text.rfind("\n", lo, first.start), text.rfind(";", lo, first.start))
    return _EXHIBITOR_RE.search(fold_slice(text, max(lo, cut + 1), first.name_start)) is not None


def _sentence(text: str, start: int, end: int) -> tuple[int, int]:
    lo = max(text.rfind(". ", 0, start), text.rfind("\n", 0, start)) + 1
    his = [i for i in (text.find(". ", end), text.find("\n", end)) if i >= 0]
    return lo, min(his, default=len(text))


def introduced(text: str, first: PlaceMention) -> bool:
    """A plural or counted level word introduces the list that opens with ``first`` ("các tỉnh A, B")."""
    lo = max(0, first.name_start - _BACK)
    cut = max(text.rfind(". ", lo, first.start), text.rfind("\n", lo, first.start))
    window = fold_slice(text, max(lo, cut + 1), first.name_start)
    return (_INTRO_RE.search(window) is not None or _INTRO_LONG_RE.search(window) is not None
            or a_body_before(window)) and _FRAMEWORK_RE.search(window) is None


def introduced_lists(text: str, groups: list[list[tuple[PlaceMention, str]]], places: dict[int, Place],
                     body: bool) -> list[tuple[list[str], str, list[PlaceMention], bool]]:
    """Each run of list links ("," / "và") of ``groups`` of two places or more, as (its provinces,
    ``text``, its mentions, ``body``): whether an introduction of GROUP_INTROS opens it is asked
    by :func:`holding`, only of runs that hold a principal partner (most runs do not)."""
    out: list[tuple[list[str], str, list[PlaceMention], bool]] = []
    for group in groups:
        if len(group) < 2:
            continue
        i, n = 0, len(group)
        while i < n:
            j = i + 1
            while j < n and group[j][1] == "list":
                j += 1
            if j - i < 2:   # a name alone between links other than a list's: no run (most: speed24c)
                i = j
                continue
            # "tỉnh A cùng các tỉnh B, C": the place joined to the list's first name is of it
            joined = group[i - 1][0] if i and group[i][1] == "pair" else None
            run = [m for m, _ in group[i:j] if m.start in places]
            if run and "(" in text[run[-1].end:run[-1].end + 2] and guest_marked(text, run[-1]):
                run.pop()   # "…, D và E (khách mời)": E watched (the list's last name; a bracket after it first)
            i = j
            if len(run) < 2:
                continue
            members = ([joined] if joined and joined.start in places else []) + run
            provs = list(dict.fromkeys([places[m.start].province for m in members]))
            if len(provs) >= 2:
                out.append((provs, text, run, body))
    return out


def holding(lists: list[tuple[list[str], str, list[PlaceMention], bool]], chosen: list[str],
            named_at: Callable[[str], list[int]]) -> list[str]:
    """The further parties: the members of each introduced list that holds one of the two
    ``chosen`` partners; in the body, when the list's sentence names the other one
    (``named_at``: a province's mention offsets) or tells the members took part."""
    out: list[str] = []
    pair = chosen[:2]
    for provs, text, run, body in lists:
        if not any(p in provs for p in pair) or all(p in chosen or p in out for p in provs):
            continue
        if not introduced(text, run[0]):
            continue
        others = [p for p in pair if p not in provs]
        if body and others:
            lo, hi = _sentence(text, run[0].start, run[-1].end)
            if not any(lo <= at < hi for at in named_at(others[0])) and \
                    _TOOK_PART_RE.search(fold_slice(text, lo, run[0].start)) is None:
                continue
        out += [p for p in provs if p not in chosen and p not in out]
    return out


_COUNT_WORDS = counting(2, 10)
_COUNT_RE = re.compile(r"(?<!\w)(\d{1,2}|" + "|".join(_COUNT_WORDS) + r")\s+" + _LEVELS + r"(?!\w)")


def counted(lists: list[tuple[list[str], str, list[PlaceMention], bool]], alone: str) -> list[str]:
    """The further parties of a page with one partner ``alone``: the members of an introduced
    list holding it whose stated count ("7 tỉnh gồm: …") is the number of names listed (three
    or more; a framework's list is none, :data:`FRAMEWORKS`); with no count stated, the members a
    "gồm" lists in a sentence that tells they took part ("Tham dự có đại biểu nhóm X bao gồm: A, B, C")."""
    for provs, text, run, _body in lists:
        if alone not in provs or len(provs) < 3 or len(run) != len(provs):
            continue
        lo = max(0, run[0].name_start - _BACK)
        cut = max(text.rfind(". ", lo, run[0].start), text.rfind("\n", lo, run[0].start))
        window = fold_slice(text, max(lo, cut + 1), run[0].name_start)
        grouped = _GROUP_RE.search(window) is not None and _FRAMEWORK_RE.search(window) is None
        if not grouped and not introduced(text, run[0]):   # (GROUPS: "nhóm X bao gồm: A, B", asked here only)
            continue
        counts = _COUNT_RE.findall(window)
        if counts:
            n = counts[-1][0] if isinstance(counts[-1], tuple) else counts[-1]
            if (int(n) if n.isdigit() else _COUNT_WORDS[n]) == len(provs):
                return [p for p in provs if p != alone]
        elif (closed := _GOM_END_RE.search(window)) is not None and _WHERE_RE.search(window) is None \
                and (closed.group(1) is None or _EXHIBITOR_WORD_RE.search(window) is None):   # (no businesses' "các tỉnh:")
            s_lo, _hi = _sentence(text, run[0].start, run[-1].end)
            if _TOOK_PART_RE.search(fold_slice(text, s_lo, run[0].start)) is not None:
                return [p for p in provs if p != alone]
    return []

"""The compound words a person's title runs through, and the few it ends before.

A title is read word by word and stops at the first lower-case syllable that is no title
word (``vocab.TITLE_LOWER_WORDS_WRITTEN``, a list of single syllables). A compound of two or
more syllables is then cut in the middle: "… Trung ương Đảng Cộng" for "… Đảng Cộng sản Việt
Nam", "Trưởng Ban tổ" for "Trưởng Ban tổ chức Tuần Văn hóa …". Where the title stops, the
syllables it has read last and the ones from where it stopped are compared with the table:

* ``go``: the title goes on through the compound (and then on by its other rules: the
  capitalised words after it are read as before);
* ``back``: the compound is a verb, not part of the title: the title ends before it (its
  syllables already read are dropped: "Phó Bí thư Tỉnh ủy chỉ đạo …" holds no "chỉ").
  The first row that matches is taken: "tổ chức" after "Ban" goes on, elsewhere it is the verb.

``after``: the word the compound must follow (its lower case), where the compound is also a
verb elsewhere ("Chủ tịch UBND tỉnh A tổ chức hội nghị": no "Ban" before "tổ chức", so no
title goes through it); "" where any word may stand before it.

A title that still ends on a syllable opening a compound the table does not know is left as
it is (not cut back): the table cannot tell "Phó Chủ tịch Hội đồng" (whole) from a cut
compound without knowing the compound, and a syllable dropped from a whole title is a
title lost; the cuts measured are the rows below. Compared with their accents, lower case
(as the title words are: "chỉ đạo" folded is also "chi dao", not a title's).
"""

from __future__ import annotations

from collections.abc import Sequence

__all__ = ["COMPOUND_SYLLABLES", "MAX_SYLLABLES", "TITLE_COMPOUNDS", "compound_at"]

# (compound, go or back, the word it follows or "", an example written for it)
TITLE_COMPOUNDS: tuple[tuple[str, str, str, str], ...] = (
    ("cộng sản", "go", "", "Ủy viên Trung ương Đảng Cộng sản Việt Nam Trần Văn An"),
    ("nhân dân cách mạng", "go", "đảng", "Ủy viên Trung ương Đảng Nhân dân Cách mạng Lào"),
    ("tổ chức", "go", "ban", "Trưởng Ban tổ chức Tuần Văn hóa A - B Lê Văn Bình"),
    ("văn hóa", "go", "", "Trưởng Ban tổ chức Tuần Văn hóa Bắc Sơn Lê Văn Bình"),
    ("văn hoá", "go", "", "Trưởng Ban tổ chức Tuần Văn hoá Bắc Sơn (the older accent)"),
    ("hội chợ", "go", "chức", "Trưởng Ban Tổ chức hội chợ Lê Văn Bình"),
    # an office's name after "Phòng" (round 58, the lead): "Phó Phòng tổ chức cán bộ, Công an tỉnh A"
    # (whole: "Trưởng phòng tổ chức hội nghị" is the verb, the title ends before it)
    ("tổ chức cán bộ", "go", "phòng", "Phó Phòng tổ chức cán bộ, Công an tỉnh A Lê Văn Bình"),
    ("an ninh", "go", "phòng", "Phó trưởng Phòng an ninh đối ngoại, Công an tỉnh A"),
    ("đối ngoại", "go", "ninh", "Phó trưởng Phòng an ninh đối ngoại, Công an tỉnh A"),
    ("quốc gia", "go", "", "Phó Chủ nhiệm Ủy ban Biên giới quốc gia Đỗ Văn Cường"),
    ("tự trị", "go", "", "Bí thư Khu ủy Khu tự trị Bắc Sơn Vương Minh"),
    ("dân tộc", "go", "trị", "Bí thư Khu ủy Khu tự trị dân tộc Bắc Sơn Vương Minh"),
    ("đặc mệnh toàn quyền", "go", "sứ", "Đại sứ đặc mệnh toàn quyền Việt Nam tại Lào Phạm Văn Dũng"),
    ("quốc tế", "go", "", "Trưởng đoàn Ủy ban hữu nghị quốc tế thành phố Bắc Sơn"),
    ("liên bang", "go", "", "Đại sứ đặc mệnh toàn quyền Liên bang Nga tại Việt Nam"),
    ("cộng hòa", "go", "", "Đại sứ đặc mệnh toàn quyền Nước cộng hòa xã hội chủ nghĩa Việt Nam"),
    ("cộng hoà", "go", "", "Đại sứ Nước cộng hoà xã hội chủ nghĩa Việt Nam (the older accent)"),
    ("chủ nghĩa", "go", "", "Đại sứ Nước Cộng hòa xã hội chủ nghĩa Việt Nam tại Pháp"),
    ("giáo dục", "go", "", "Chủ tịch Công đoàn ngành giáo dục tỉnh A"),
    ("hữu nghị", "go", "", "Trưởng đoàn Ủy ban hữu nghị tỉnh A Ngô Thị Hoa"),
    ("hoàng gia", "go", "phủ", "Phó Thủ tướng Chính phủ Hoàng gia Campuchia"),
    ("thị trấn", "go", "", "Chủ tịch UBND thị trấn Bình Minh Hồ Văn Khải"),
    ("cấp cao", "go", "biểu", "Trưởng đoàn đại biểu cấp cao tỉnh A"),
    ("chữ thập đỏ", "go", "hội", "Chủ tịch Hội Chữ thập đỏ quận Bình An"),
    ("cựu chiến binh", "go", "hội", "Phó Chủ tịch Hội cựu chiến binh tỉnh A"),
    ("đại học", "go", "đốc", "Phó Giám đốc Đại học Bắc Sơn"),
    ("công đoàn ngành", "go", "", "Chủ tịch Công đoàn ngành Giáo dục tỉnh A"),
    ("dự khuyết", "go", "viên", "Ủy viên dự khuyết Ban Chấp hành Trung ương Đảng, Thứ trưởng Bộ A Lê Văn Bình"),
    ("thể thao", "go", "hóa", "Giám đốc Trung tâm Văn hóa Thể thao huyện A Lê Văn Bình"),
    ("thể thao", "go", "hoá", "Giám đốc Trung tâm Văn hoá Thể thao huyện A (the older accent)"),
    ("giao lưu", "go", "phòng", "Chánh Văn phòng giao lưu Văn hóa Bắc Sơn – Nam Hà Ono Keiko"),
    ("chính hiệp", "go", "", "Phó Chủ tịch Chính hiệp tỉnh Bắc Sơn (a Chinese province's consultative conference)"),
    # round 60 (the lead, from the people of round 60's pages): an alliance's or a union's name, an MPs' group, a
    # steering committee's field, a border delegation ("Chủ tịch Liên" and "Trưởng Ban Chỉ đạo công" were cut there)
    ("liên hiệp", "go", "", "Chủ tịch Liên hiệp các tổ chức hữu nghị tỉnh A Lê Văn Bình"),
    # (the union's name in a row of its own: no row longer than the five syllables of the longest before, as
    # callers read MAX_SYLLABLES words on either side of every stop)
    ("các tổ chức hữu nghị", "go", "hiệp", "Chủ tịch Liên hiệp các tổ chức hữu nghị tỉnh A Lê Văn Bình"),
    ("liên minh", "go", "", "Chủ tịch Liên minh Hữu nghị Bắc Sơn - Việt Nam thành phố B"),
    ("nghị sĩ", "go", "nhóm", "Chủ tịch Nhóm nghị sĩ hữu nghị tỉnh B Sato Ken"),
    ("công tác", "go", "đạo", "Trưởng Ban Chỉ đạo công tác biên giới tỉnh A Lê Văn Bình"),
    ("biên giới", "go", "", "Trưởng đoàn đại biểu biên giới tỉnh A Lê Văn Bình"),
    # round 61 (the people of round 61's pages): the Lao Front's name, "Mặt trận Lào xây dựng đất nước" (five titles
    # were cut at "xây dựng")
    ("xây dựng đất nước", "go", "lào", "Chủ tịch Mặt trận Lào xây dựng đất nước tỉnh Sê Kông Bun Mi"),
    ("tổ chức", "back", "", "Chủ tịch UBND tỉnh A tổ chức buổi gặp (no Ban before it: the verb)"),
    ("chỉ đạo", "back", "", "Phó Bí thư Tỉnh ủy chỉ đạo các sở"),
    # to chair, whatever is chaired (round 59, the lead; was "chủ trì hội nghị" only: "… Tỉnh trưởng tỉnh A chủ trì"
    # and "… chủ trì buổi tiếp" kept the verb in the title), co-chairing first (its two syllables dropped)
    ("đồng chủ trì", "back", "", "Tỉnh trưởng tỉnh A đồng chủ trì hội nghị"),
    ("chủ trì", "back", "", "Chủ tịch UBND tỉnh A chủ trì buổi tiếp"),
    ("đồng chỉ trì", "back", "", "Tỉnh trưởng tỉnh A đồng chỉ trì hội nghị (a typing slip for 'chủ', seen in print)"),
)

# each row under each of its syllables (where a title may stop inside it): (syllables, at, go, after)
_BY_SYLLABLE: dict[str, list[tuple[tuple[str, ...], int, bool, str]]] = {}
for _c, _how, _after, _ in TITLE_COMPOUNDS:
    _s = tuple(_c.split())
    for _i in range(len(_s)):
        _BY_SYLLABLE.setdefault(_s[_i], []).append((_s, _i, _how == "go", _after))

# the syllables a title may stop at inside a compound (callers look here before building compound_at's words)
COMPOUND_SYLLABLES = frozenset(_BY_SYLLABLE)
# the most syllables a compound has: the words a caller gives compound_at on either side
MAX_SYLLABLES = max(len(c.split()) for c, *_ in TITLE_COMPOUNDS)


def compound_at(kept: Sequence[str], rest: Sequence[str]) -> tuple[int, int] | None:
    """Where a title stops: ``kept``, its words read so far (as written); ``rest``, the words
    from the one it stopped at (at most as many as a compound has). ``(0, n)``: the title goes
    on through ``rest[:n]``; ``(k, 0)``: it ends ``k`` words earlier; None: it ends here."""
    if not rest:
        return None
    rows = _BY_SYLLABLE.get(rest[0].lower())
    if rows is None:
        return None
    for syllables, i, go, after in rows:
        n = len(syllables)
        if i > len(kept) or len(rest) < n - i:
            continue
        if any(kept[len(kept) - i + j].lower() != syllables[j] for j in range(i)):
            continue
        if any(rest[j - i].lower() != syllables[j] for j in range(i + 1, n)):
            continue
        if after and not (len(kept) > i and kept[len(kept) - i - 1].lower() == after):
            continue
        return (0, n - i) if go else (i, 0)
    return None

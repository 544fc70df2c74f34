"""A name written straight before its title, no comma between: the title's first word is not the name's last
(round 56, the lead; used by :func:`hoptac.core.extract.people.find_people`).

A person's name is a capitalised run of two to four words, and a title opens with capitals too: written with a
comma ("ông Lò Văn Minh, Trưởng đoàn …") the two are apart, but a page that leaves the comma out ("đ/c Lò Văn Minh
Trưởng đoàn công tác tỉnh A") made the name "Lò Văn Minh Trưởng". ``name_before_title``: from the name's third
word on, a word of :data:`TITLE_HEADS` followed by one of its title's second words (the next word of the name, or
the text's word right after it) ends the name before it. Compared with accents, lower-cased: "Trường", a given
name, is no "Trưởng"; "Thị" as a name's second word ("Nguyễn Thị Lan") is never asked.

=============  =====================================================  ==============================================
first word     second words                                           example (written for this table)
=============  =====================================================  ==============================================
Trưởng         đoàn, ban, phòng, khoa, thôn, bản, ấp, trạm, công an   đ/c Lò Văn Minh Trưởng đoàn công tác tỉnh A
Phó            chủ, giám, bí, trưởng, tổng, thủ, tỉnh, thị, huyện,    ông Hà Văn Nam Phó Chủ tịch UBND huyện A
               chánh, cục, viện, đô, phòng                            ông Lê Văn Tư Phó phòng nội vụ huyện B
Chủ            tịch, nhiệm                                            ông Vi Văn Sơn Chủ tịch UBND xã A
Giám           đốc                                                    bà Lê Thị Lan Giám đốc Sở Du lịch tỉnh A
Bí             thư                                                    ông Hoàng Văn Dũng Bí thư Huyện ủy A
Huyện          trưởng                                                 ông Kim Min Su Huyện trưởng huyện A
Tỉnh           trưởng                                                 ông Bun Thong Tỉnh trưởng tỉnh B
Thị            trưởng                                                 ông Park Ji Ho Thị trưởng thành phố C
Đô             trưởng                                                 ông Sin La Vong Đô trưởng thủ đô D
=============  =====================================================  ==============================================

The title itself is not read here: :func:`hoptac.core.extract.people.find_people` reads it after the cut name
without the comma it would otherwise need ("Lò Văn Minh" — "Trưởng đoàn công tác tỉnh A").
"""

from __future__ import annotations

__all__ = ["HEAD_WORDS", "TITLE_HEADS", "name_before_title"]

#: (the title's first word, lower-cased with its accents; the words that may follow it in a title)
TITLE_HEADS: tuple[tuple[str, frozenset[str]], ...] = (
    ("trưởng", frozenset({"đoàn", "ban", "phòng", "khoa", "thôn", "bản", "ấp", "trạm", "công"})),
    ("phó", frozenset({"chủ", "giám", "bí", "trưởng", "tổng", "thủ", "tỉnh", "thị", "huyện", "chánh", "cục", "viện",
                       "đô", "phòng"})),
    ("chủ", frozenset({"tịch", "nhiệm"})),
    ("giám", frozenset({"đốc"})),
    ("bí", frozenset({"thư"})),
    ("huyện", frozenset({"trưởng"})),
    ("tỉnh", frozenset({"trưởng"})),
    ("thị", frozenset({"trưởng"})),
    ("đô", frozenset({"trưởng"})),
)
_HEADS = dict(TITLE_HEADS)
#: The heads as a name's words are written (a capital, then small letters: the names regex's shape), for the
#: caller's one set test before any call (most names hold none).
HEAD_WORDS = frozenset(h[:1].upper() + h[1:] for h, _ in TITLE_HEADS)


def name_before_title(text: str, start: int, stop: int, words: list[str]) -> tuple[int, list[str]]:
    """``(stop, words)`` of the name ``words`` (``text[start:stop]``) cut before a title's first word from its
    third word on (:data:`TITLE_HEADS`), or as they are."""
    for k in range(2, len(words)):
        second = _HEADS.get(words[k].lower())
        if second is None:
            continue
        after = words[k + 1] if k + 1 < len(words) else next(iter(text[stop:stop + 24].split()), "")
        if after.lower() in second:
            at = start
            for w in words[:k]:   # (the k-th word's place: past the words before it, in order)
                at = text.find(w, at, stop) + len(w)
            return at, words[:k]
    return stop, words

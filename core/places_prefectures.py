"""A Chinese prefecture named with its level word "châu" and no country beside it (round 56, late56b; used by
:class:`hoptac.core.places_match.Matcher`).

"châu" is no level word of the matcher: "châu Văn Sơn" was found only with its country after it ("(Trung Quốc)",
:mod:`hoptac.core.places_foreign`) or before its province ("châu Văn Sơn, tỉnh Vân Nam"). A page that names China
elsewhere often writes the prefecture alone, with its level word, even capitalised after the name of one of its
bodies ("Cục Thủy vụ Châu Văn Sơn"). Such a mention is the prefecture when the name is one the gazetteer lists at
level "châu" in China, and:

==========================  =========================================================  ============================
rule                        written (our examples)                                     found
==========================  =========================================================  ============================
china_named                 the page names "Trung Quốc" or a place the gazetteer        needed by every row below;
                            knows in China ("tỉnh Vân Nam")                            else nothing
prefecture_small            "Sở Công Thương tỉnh A làm việc với đoàn châu Hồng Hà"     châu Hồng Hà (Vân Nam)
prefecture_of_body          "Hội đàm giữa Sở Nội vụ tỉnh A và Cục Lâm nghiệp Châu      châu Văn Sơn (Vân Nam)
                            Văn Sơn" (a body's head noun -- Cục, Sở, Ban, Công an,
                            Chính quyền, ... -- within four words before "Châu"; no
                            punctuation, title or word of address in the six before)
(a person)                  "ông Châu Văn Sơn", "đồng chí Châu Hồng Hà", "Giám đốc     nothing: "Châu" is a surname
                            Sở Tài chính Châu Văn Sơn" (a title before the body),
                            "Trưởng đoàn Cục A Châu Văn Sơn" (the same: left out),
                            "Châu Văn Sơn phát biểu" (no body before it)
(another level word)        "xã Hồng Hà", "phường Hồng Hà"                             as before (the matcher)
(not listed at "châu")      "châu Á", "châu Âu", "Lai Châu"                            as before
==========================  =========================================================  ============================

Cost: asked only of the foreign names the matcher found and refused alone (most pages: none), by the four
letters right before each; the page's China is asked once, where "châu" stands there; never a search of the page.
"""

from __future__ import annotations

from .places_bare import _ADDRESS_WORDS, _BODY_WORDS
from .text import nfc

__all__ = ["prefectures"]

CHINA = "Trung Quốc"
_BLANKS = " \t\u00a0"
# The last word of a body's head noun before the prefecture's name ("Cục", "Sở", "Công an", "Chính quyền",
# "Văn phòng Ngoại sự", "Sở Ngoại vụ"): the bare names' heads of bodies, and these.
_PREFECTURE_BODY = _BODY_WORDS | frozenset(nfc(w) for w in ("an", "quyền", "sự", "vụ", "quản", "trạm", "chi"))
# A title before the body makes "Châu …" after it a person's name ("Giám đốc Sở Tài chính Châu Văn Sơn").
_LOWER_HEADS = frozenset(nfc(w) for w in ("an", "quyền", "sự", "vụ"))   # "Công an", "Thủy vụ"
_TITLE_ENDS = frozenset(nfc(w) for w in ("đốc", "trưởng", "tịch", "thư", "viên", "nhiệm", "tướng", "sứ", "phó"))
_PUNCT = frozenset('.,;:!?()[]"“”«»–—-…/\n')


def _words_before(text: str, i: int, n: int) -> list[str] | None:
    """Up to ``n`` words right before ``i``, nearest first, stopping at punctuation (``None``: at once)."""
    out: list[str] = []
    j = i
    while len(out) < n:
        while j > 0 and text[j - 1] in _BLANKS:
            j -= 1
        if j == 0 or text[j - 1] in _PUNCT or not text[j - 1].isalnum():
            break
        k = j
        while k > 0 and text[k - 1].isalnum():
            k -= 1
        out.append(text[k:j])
        j = k
    return out or None


def _of_body(text: str, i: int) -> bool:
    """prefecture_of_body: "Châu" at ``i`` ends a body's name (a head noun within four words before it), and no
    person's title or word of address stands in the six words before it (to punctuation)."""
    words = _words_before(text, i, 6)
    if not words:
        return False
    for w in words:
        low = w.lower()
        if low in _ADDRESS_WORDS or low == "chí" or low in _TITLE_ENDS:
            return False   # "ông Châu …", "đồng chí Châu …", "Giám đốc Sở Tài chính Châu …": a person
    return any(w.lower() in _PREFECTURE_BODY and (w[0].isupper() or w.lower() in _LOWER_HEADS) for w in words[:4])


def prefectures(text: str, folded: str, out: list, refused: list[tuple[int, int, str]], cue_keys: set[str],
                lookup) -> tuple[list, list]:
    """``out`` with the mentions (start, end, name_start, "châu", candidates) of the table's rules, and ``refused``
    without them: among the foreign names the matcher refused alone (``refused``: start, end, key), those "châu"
    stands right before."""
    found = []
    china = None
    for ns, ne, key in refused:
        i = ns
        while i > 0 and text[i - 1] in _BLANKS:
            i -= 1
        i -= 4
        if i == ns - 4 or i < 0 or folded[i:i + 4] != "chau" or (i and folded[i - 1].isalnum()):
            continue
        if china is None:   # china_named, once a page
            china = "trung quoc" in cue_keys or any(o[4] and o[4][0].country == CHINA for o in out)
        if not china or any(s < ne and i < e for s, e, *_ in out):
            continue
        places = tuple(c for c in lookup(key, None) if c.level == "châu" and c.country == CHINA)
        if places and (text[i].islower() or _of_body(text, i)):
            found.append((i, ne, ns, "châu", places))
    if not found:
        return out, refused
    return sorted(out + found), [r for r in refused if not any(f[2] == r[0] for f in found)]

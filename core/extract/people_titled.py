"""People named after their title: "Bí thư Tỉnh ủy Lai Châu Nguyễn Văn A", "Chủ tịch UBND tỉnh
Nghệ An Nguyễn Đức Trung", "Phó Chủ tịch Ủy ban nhân dân Tỉnh Bùi Minh Thạnh" (the form most
leads use; :mod:`.people` reads the other two, a name then its title).

The rule, with its example: a title that starts like one (``vocab.TITLE_STARTS``, capitalised:
"Bí thư", "Phó Chủ tịch") runs over title words (capitalised, or ``vocab.TITLE_LOWER_WORDS_WRITTEN``
with their accents: "tỉnh", "ủy", "nhân dân"; folded, "dẫn đầu" would read as "dân") and over ", " before another title ("Bí thư Tỉnh ủy, Chủ tịch HĐND
tỉnh Hà Tĩnh Lê Đình Sơn"); the capitalised words that end it are a place or body, then the
person: a family name (``vocab.SURNAMES``) and one to three more words, never a place ("Chủ tịch
UBND tỉnh Hà Tĩnh" names no one). A name of another shape (a Lao or Japanese name after its
title) is left to the honorific and appositive forms.
"""

from __future__ import annotations

import re
from bisect import bisect_left

from ..capitals import capitals as capital_table
from ..places import VIETNAM, resolve
from ..scan import keyword_regex, shape, shape_table
from ..text import fold
from .people_offices import office_names
from .title_compounds import COMPOUND_SYLLABLES, MAX_SYLLABLES, compound_at
from .vocab import DEPARTMENT_RE, NOT_NAME_START, SURNAMES, TITLE_LOWER_WORDS_WRITTEN, TITLE_OPENERS

__all__ = ["titled_people"]

_UPPER = "A-ZÀÁẢÃẠĂẰẮẲẴẶÂẦẤẨẪẬĐÈÉẺẼẸÊỀẾỂỄỆÌÍỈĨỊÒÓỎÕỌÔỒỐỔỖỘƠỜỚỞỠỢÙÚỦŨỤƯỪỨỬỮỰỲÝỶỸỴ"
# "Bí thư", "Phó Chủ tịch" … written with a capital: where a title starts
# Titles of foreign units, whose holders' names have no Vietnamese family name ("Tỉnh trưởng tỉnh
# Kampot Sok Chanthy", "Thống đốc Eumelín González"): the name is the capitalised words after the
# title or after the unit's name (a place the gazetteer knows).
FOREIGN_TITLES: tuple[str, ...] = (
    "tinh truong", "pho tinh truong", "thong doc", "pho thong doc", "thi truong", "pho thi truong",
    "do truong", "pho do truong", "huyen truong", "pho huyen truong", "chau truong", "pho chau truong",
)
# (not the committee members' "Tỉnh ủy viên …": their first words, "Tỉnh", "Thành", "Huyện", "Đảng", open most
# capitalised words of a page, and a member's title is written after the name: people.find_people reads it there)
_MEMBERS = ("tinh uy vien", "thanh uy vien", "huyen uy vien", "quan uy vien", "thi uy vien", "dang uy vien")
_STARTS = sorted({t for t in TITLE_OPENERS + FOREIGN_TITLES if t not in _MEMBERS},
                 key=len, reverse=True)
_START_RE = keyword_regex(_STARTS)   # whole words, one trie: a plain alternation scans the page for each
# Only a title start written with a capital is read, so the page is not searched for them all:
# the capitalised words whose folded form is the first word of a title start are looked at
# (scan.capital_words, shared with the places), and the search runs from the last character
# before each that no title start holds (they are lower-case letters and single spaces), as
# far as the chain of lower-case starts a search of the whole page would pass over there.
_FIRST_WORDS = frozenset(t.split()[0] for t in _STARTS)
_NOT_IN_START = ",.;:()\n"
_LETTERS_SPACE = frozenset("abcdefghijklmnopqrstuvwxyz ")
_BREAK_BEFORE = re.compile(r"[^a-z ][a-z ]*\Z")   # (searched up to q: the last character before q no start holds)
# ... found on the text's shape (scan.shape) instead: "a" where the folded text has a letter
# a-z or a space, "0" another word character, "." the rest. The last "." or "0" before q is the
# last character before q no start holds; the first "." after q ends the search (no start holds
# it, and the word boundary that ends a start is the same there): a search that found no title
# start at q went on to the next one anywhere on the page.
_BREAKS = shape_table(lambda c: "a" if fold(c) in _LETTERS_SPACE else "0" if (c.isalnum() or c == "_") else ".")
_NEAR = 48
_WORD_RE = re.compile(r"[^\s,;:.…()\[\]\"“”]+|,")
_MAX_TITLE = 240
_NEXT_WORD = re.compile(r"\S")
# level words after which capitals are the unit's name first (communes and wards are often named
# after people: "phường Trần Phú", "xã Nguyễn Huệ"); a person after "tỉnh"/"thành phố" is read
_SMALL_LEVELS = frozenset({"xã", "phường", "huyện", "quận"})
# lower-case words that end a body's name begun with capitals ("Đoàn Thanh niên", "Hội Phụ nữ",
# "Hội Nông dân", "Hội Cựu chiến binh"): the capitals before them are no person
# the words a department's name follows
_DEPARTMENT_HEADS = frozenset({"sở", "bộ", "ban", "phòng", "ngành", "viện", "hội", "cục", "vụ", "tâm", "hiệp", "đoàn"})   # (the office names: people_offices)
_BODY_TAILS = frozenset({"niên", "nữ", "dân", "binh", "nghiệp", "tế", "hóa", "hoá", "thao"})


def _next_start(text: str, folded: str, pos: int, capitals: list[int] | None,
                breaks: bytes | None = None) -> re.Match | None:
    """The first title start at or after ``pos`` written with a capital, as a search of the
    whole page from ``pos`` finds it (a start written small is no title's here: "phó chủ tịch"; the
    search goes on after it, and nothing inside it starts a title). ``capitals``: where the
    capitalised words that may begin one stand, in order (None: search the page); ``breaks``:
    the text's shape by ``_BREAKS`` (None: found by regexes)."""
    if capitals is None:
        while (m := _START_RE.search(folded, pos)) is not None:
            if _cap(text[m.start()]):
                return m
            pos = m.end()
        return None
    i = bisect_left(capitals, pos)
    if breaks is not None:
        return _next_start_within(text, folded, pos, capitals, breaks, i)
    while i < len(capitals):
        q = capitals[i]
        # no match runs over a character of _NOT_IN_START: from just after the last one
        # before q, the search meets the matches a search from pos would (lower-case ones
        # only: no capital lies between pos and q)
        lo = max(pos, q - _NEAR)
        b = _BREAK_BEFORE.search(folded, lo, q)
        r = b.start() + 1 if b is not None else max(pos, max(folded.rfind(c, pos, lo) for c in _NOT_IN_START) + 1)
        m = _START_RE.search(folded, r)
        while m is not None and m.start() < q and not _cap(text[m.start()]):
            m = _START_RE.search(folded, m.end())
        if m is None or _cap(text[m.start()]):
            return m
        pos = m.end()
        i = bisect_left(capitals, pos, i + 1)
    return None


def _next_start_within(text: str, folded: str, pos: int, capitals: list[int], breaks: bytes, i: int) -> re.Match | None:
    """:func:`_next_start` with each search between the last character before a capitalised
    word that no start holds and the first after it that is no word character either."""
    n = len(capitals)
    at = _START_RE.match
    while i < n:
        q = capitals[i]
        if at(folded, q) is None:
            # no start at q: a search would find none there either, and what it finds after q
            # is at a later capitalised word (found there) or written small (skipped there)
            i += 1
            continue
        lo = max(pos, q - _NEAR)
        b = max(breaks.rfind(b".", lo, q), breaks.rfind(b"0", lo, q))
        r = b + 1 if b >= 0 else max(pos, max(folded.rfind(c, pos, lo) for c in _NOT_IN_START) + 1)
        hi = breaks.find(b".", q)
        if hi < 0:
            hi = len(folded)
        m = _START_RE.search(folded, r, hi)
        while m is not None and m.start() < q and not _cap(text[m.start()]):
            m = _START_RE.search(folded, m.end(), hi)
        if m is not None and _cap(text[m.start()]):
            return m
        pos = hi if m is None else m.end()
        i = bisect_left(capitals, pos, i + 1)
    return None


# No department's name (its words joined by blanks, commas and dashes) nor office's name (by spaces,
# commas, dashes, "và") runs over one of these: the window's names are found up to the first one,
# and past it only if the title's run goes on past it (tests/test_prefilters_stages.py)
_NAMES_STOP = re.compile(r"[.;:()…]")


def _departments_until(text: str, folded: str, start: int, end: int, at: int,
                       depts: dict[int, int] | None, reach: int) -> tuple[dict[int, int], int]:
    """``_departments(text, folded, start, end)`` as far as a query at ``at`` needs it: ``depts``
    holds the names of ``[start, reach)`` (None: none looked for yet); the first call looks up to
    the first stop character, a query past it adds the rest. No name crosses a stop character,
    so the parts' names are the whole window's: a title's run seldom reaches its first stop."""
    if depts is None:
        stop = _NAMES_STOP.search(text, start, end)
        reach = end if stop is None else stop.start()
        depts = _departments(text, folded, start, reach)
    if at >= reach and reach < end:
        depts.update(_departments(text, folded, reach, end))
        reach = end
    return depts, reach


def _departments(text: str, folded: str, start: int, end: int) -> dict[int, int]:
    """Where each department's name (``vocab.DEPARTMENT_RE``) in ``folded[start:end]`` starts -> ends,
    and each office's name after its noun (:mod:`.people_offices`: "Sở Chiến lược", "Viện Nghiên cứu …")."""
    out = {d.start(): d.end() for d in DEPARTMENT_RE.finditer(folded, start, end)}
    for s, e in office_names(text[start:end]):
        after = text.find(" ", start + s) + 1   # the name's first word, after its noun's first
        while text[after:after + 1].islower():   # ("Ủy ban", "Trung tâm": the noun's second word)
            after = text.find(" ", after) + 1
        out.setdefault(after, start + e)
    return out


def _cap(word: str) -> bool:
    return word[:1].isupper()


def titled_people(text: str, folded: str, is_place=None) -> list[tuple[str, str, int, int]]:
    """(name, title, start, end) of each person named after a title in ``text`` (``folded``:
    the same text folded, character for character)."""
    out: list[tuple[str, str, int, int]] = []
    pos = 0
    table = capital_table(text, folded) if len(folded) == len(text) else None
    capitals = None if table is None else table.starts_of(_FIRST_WORDS)
    breaks = None if table is None else shape(text, _BREAKS)
    while True:
        m = _next_start(text, folded, pos, capitals, breaks)
        if m is None:
            return out
        pos = m.end()
        end = min(len(text), m.start() + _MAX_TITLE)
        run: list[tuple[str, int]] = []   # the title's words, up to where it stops
        prev_end, prev_upper, caps_n = -1, False, 0   # caps_n: capitalised words ending the run
        # a department's name is one body word ("Sở Nông nghiệp và Phát triển nông thôn"); the
        # window's departments are looked for only after a department's head word (most titles
        # have none: the scan of the window was a tenth of this rule's cost)
        depts: dict[int, int] | None = None
        reach = -1   # depts holds the window's names up to there (_departments_until)
        skip_to = -1
        head = False   # the run's last word is a department's head word (its lower case in _DEPARTMENT_HEADS)
        cut = end if end < len(text) else -1   # a word ending there is one the window cuts
        for w_m in _WORD_RE.finditer(text, m.start(), end):   # (read word by word: most titles stop soon)
            at, w_end = w_m.span()
            if at < skip_to:
                continue
            w = text[at:w_end]
            if head and (depts is None or at >= reach):
                depts, reach = _departments_until(text, folded, m.end(), end, at, depts, reach)
            if head and at in depts:
                skip_to = depts[at]
                run.append((text[at:skip_to], at))
                head = run[-1][0].lower() in _DEPARTMENT_HEADS
                prev_end, prev_upper, caps_n = skip_to, False, 0
                continue
            if w_end == cut:
                break   # a word the window cuts
            if w == ",":
                nxt = _NEXT_WORD.search(text, w_end, end)
                if nxt is None or _START_RE.match(folded, nxt.start()) is None:
                    break
                if caps_n >= 2 and _name_at_end(run[-caps_n:], is_place) is not None:
                    break   # "Chủ tịch UBND tỉnh A Trần B, Phó Chủ tịch … C": one person, then the next
                run.append((w, at))
                head = False
                prev_end, prev_upper, caps_n = w_end, False, 0
                continue
            if prev_end >= 0 and at - prev_end != 1 or (prev_end >= 0 and text[prev_end] != " "):
                if any(c in text[prev_end:at] for c in ".;:()\n…"):
                    break
            upper = w[:1].isupper()
            low = w.lower()
            if not upper:
                if low not in TITLE_LOWER_WORDS_WRITTEN:
                    through = _compound_after(text, run, w_m, end) if low in COMPOUND_SYLLABLES else None   # "… Đảng Cộng sản"
                    if through is None or (prev_upper and caps_n >= 2 and _name_at_end(run[-caps_n:], is_place)):
                        break
                    run.extend(through)
                    skip_to = prev_end = through[-1][1] + len(through[-1][0])
                    prev_upper, caps_n, head = False, 0, False
                    continue
                if prev_upper and caps_n >= 2 and _name_at_end(run[-caps_n:], is_place) is not None:
                    break   # "… Tỉnh Đỗ Minh Khang chủ trì": the name ends the title ('chủ trì' is no title word here)
                caps_n = 0
            else:
                caps_n += 1
            run.append((w, at))
            head = low in _DEPARTMENT_HEADS
            prev_end, prev_upper = w_end, upper
        if run:   # a title start inside this run reads the same run: go on after it
            pos = max(pos, run[-1][1] + len(run[-1][0]))
        caps = _caps_at_end(run)
        if caps and len(run) > len(caps) and run[-len(caps) - 1][0].lower() in _SMALL_LEVELS:
            caps = caps[1:] if len(caps) > 4 else []   # "UBND xã Đồng Đăng", "phường Trần Phú": the place
        found = _name_at_end(caps, is_place)
        if found is None and len(caps) >= 2 and _foreign_title_ends(folded, m, run):
            found = _foreign_name_at_end(caps, run, is_place)
        elif found is None and len(caps) >= 3 and is_place is not None and \
                (held := _foreign_name_at_end(caps, run, is_place)) is not None and _foreign_unit_before(caps, held[0]):
            found = held   # any title of a foreign unit: "Chủ tịch Hội đồng thành phố Daegu Lee Man-kyu" (round 61)
        if found is None:
            continue
        if _late_before(text, m.start()):
            pos = max(pos, found[1])
            continue   # "dâng hương cố Tổng Bí thư Lê Văn A": a late leader honoured, not one who took part
        after = _WORD_RE.match(text, found[1] + 1) if found[1] + 1 < len(text) else None
        if after is not None and text[found[1]:found[1] + 1] == " " and after.group(0) in _BODY_TAILS:
            continue  # "Trung ương Đoàn Thanh niên": a body's name, no person
        s, e = found
        if s < m.end():
            continue   # the name is where the title was read: no title before it
        name = " ".join(text[s:e].split())
        title = " ".join(text[m.start():s].split()).rstrip(" ,")
        out.append((name, title, s, e))
        pos = e


def _foreign_title_ends(folded: str, m: re.Match, run: list[tuple[str, int]]) -> bool:
    """The run's title, or the last of its titles after a comma, is a foreign unit's ("Tỉnh
    trưởng", or "Bí thư, Tỉnh trưởng Phoxay Xayasone"): its holder's name may have no family name."""
    if " ".join(folded[m.start():m.end()].split()) in FOREIGN_TITLES:
        return True
    last = len(run) - 1
    while last >= 0 and run[last][0] != ",":
        last -= 1
    if last < 0 or last + 1 == len(run):
        return False
    again = _START_RE.match(folded, run[last + 1][1])
    return again is not None and " ".join(again.group(0).split()) in FOREIGN_TITLES


# late_leader: "cố" (the late) just before a title: "dâng hương cố Tổng Bí thư Lê Văn A", "Cố Thủ
# tướng Võ Văn B" — someone honoured, not one who took part ("củng cố", to strengthen, is not it)
_LATE = frozenset({"cố ", "Cố "})


def _late_before(text: str, start: int) -> bool:
    """"cố" (the late) stands as a word just before ``start``."""
    if start < 3 or text[start - 3:start] not in _LATE:
        return False
    return start == 3 or not text[start - 4].isalpha() and not text[max(0, start - 9):start - 3].lower().endswith("củng ")


def _compound_after(text: str, run: list[tuple[str, int]], w_m: re.Match, end: int) -> list[tuple[str, int]] | None:
    """The words of a compound (:mod:`.title_compounds`, ``go``) from ``w_m``, the word a
    title stops at, which the title runs through; None if none."""
    rest: list[tuple[str, int]] = [(w_m.group(0), w_m.start())]
    for m in _WORD_RE.finditer(text, w_m.end(), end):
        if len(rest) == MAX_SYLLABLES or text[rest[-1][1] + len(rest[-1][0]):m.start()] != " ":
            break
        rest.append((m.group(0), m.start()))
    kept = " ".join(w for w, _ in run[-MAX_SYLLABLES:]).split()   # (a department's name is one run word)
    found = compound_at(kept, [w for w, _ in rest])
    return None if found is None or not found[1] else rest[:found[1]]


def _caps_at_end(run: list[tuple[str, int]]) -> list[tuple[str, int]]:
    """The capitalised words that end a title's run."""
    caps: list[tuple[str, int]] = []
    for w, at in reversed(run):
        if w == "," or not w[:1].isupper() or " " in w:
            break   # (a word with a space is a department's name: a body, not a name's start)
        caps.insert(0, (w, at))
    return caps


def _name_at_end(caps: list[tuple[str, int]], is_place) -> tuple[int, int] | None:
    """Where the person is among the capitalised words ending a title: the shortest prefix
    (a place or a body, "Nghệ An", "UBND Tỉnh") before a family name and one to three words."""
    n = len(caps)
    if n < 2:
        return None
    for i in range(n - 1):
        tail = caps[i:]
        if not 2 <= len(tail) <= 4 or tail[0][0].lower() not in SURNAMES or tail[0][0].lower() in NOT_NAME_START:
            continue   # ("Phó", a family name, also starts titles: "Phó Trưởng Ban")
        name = " ".join(w for w, _ in tail)
        if is_place is not None and (is_place(name) or (tail[0][0] == "Đoàn" and is_place(" ".join(w for w, _ in tail[1:])))
                                     or (i and is_place(" ".join(w for w, _ in caps[i - 1:i + 1])))):
            continue  # a place, "Tỉnh Đoàn Sơn La" (the youth union, then a place), "Vĩnh Long Nguyễn …"
            #           (the family name is the place's end)
        prefix = " ".join(w for w, _ in caps[:i])
        if prefix and not (_body_words(prefix) or (is_place is not None and _place_after_body(prefix, is_place))):
            continue
        return tail[0][1], tail[-1][1] + len(tail[-1][0])
    return None


def _foreign_name_at_end(caps: list[tuple[str, int]], run: list[tuple[str, int]], is_place) -> tuple[int, int] | None:
    """A foreign title holder's name: the words after the unit's name (the longest place the
    gazetteer knows), or right after the title's own words ("Tỉnh trưởng Phoxay Xayasone")."""
    if is_place is None:
        return None
    n = len(caps)
    for i in range(n - 2, 0, -1):
        prefix = " ".join(w for w, _ in caps[:i])
        tail = caps[i:]
        if len(tail) <= 4 and _place_after_body(prefix, is_place) and not is_place(" ".join(w for w, _ in tail)) \
                and not any(is_place(" ".join(w for w, _ in caps[j:])) for j in range(i)):
            # (not the end of a longer place: "Công an tỉnh Môn Đôn Ki Ri", Mondulkiri, is no "Môn" and a name)
            return tail[0][1], tail[-1][1] + len(tail[-1][0])
    before = run[len(run) - n - 1][0].lower() if len(run) > n else ""
    if before in ("trưởng", "đốc") and 2 <= n <= 4 and not is_place(" ".join(w for w, _ in caps)):
        return caps[0][1], caps[-1][1] + len(caps[-1][0])
    return None


def _foreign_unit_before(caps: list[tuple[str, int]], start: int) -> bool:
    """Do the capitalised words before ``start`` end with a foreign place ("… thành phố Daegu", "… tỉnh Kampot")? Its
    title holder's name need not open with a Vietnamese family name (round 61: "Chủ tịch Hội đồng tỉnh Kampot Ouk
    Phalla"); a Vietnamese place before capitalised words ("Chủ tịch UBND tỉnh Hà Tĩnh Làm Việc …") is not it."""
    words = [w for w, at in caps if at < start]
    for i in range(len(words)):
        place = resolve(" ".join(words[i:]))
        if place is not None:
            return place.country != VIETNAM
    return False


def _body_words(words: str) -> bool:
    """Words of a body only ("UBND Tỉnh", "Tỉnh ủy", "HĐND"): a title's last words."""
    return all(w.lower() in TITLE_LOWER_WORDS_WRITTEN or w.isupper() for w in words.split())


def _place_after_body(words: str, is_place) -> bool:
    """A place, perhaps after a body's words: "Nghệ An", "Sở Ngoại vụ Hà Tĩnh"."""
    parts = words.split()
    for i in range(len(parts)):
        if _body_words(" ".join(parts[:i])) if i else True:
            if is_place(" ".join(parts[i:])):
                return True
    return False

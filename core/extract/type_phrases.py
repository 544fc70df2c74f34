"""Which occasion phrases a folded clause holds, where, and with what type and rank (read by
:mod:`hoptac.core.extract.event_type`, which picks the main event's type among them).

The phrases and their ranks are the table ``MAIN_TYPE_PHRASES`` of
:mod:`hoptac.core.extract.type_vocab`; here each found phrase is kept or dropped by its
context: words that hold a phrase's letters but are no occasion ("tham dự", "thầm lặng") are
blanked first, a visit's "làm việc" is the visit ("đến thăm và làm việc"), what is agreed on
is not done yet ("thống nhất sẽ ban hành …"), an occasion named as the time of another is not
it ("ký kết … sau buổi hội đàm"), and a document cited as a basis is not issued ("căn cứ
Nghị quyết số …"). A headline's occasion is the phrase it opens with, or the first verb after
its subject.
"""

from __future__ import annotations

import functools
import re

from ..scan import keyword_regex
from .type_anniversary_signing import names_an_anniversary
from .type_past_signings import PAST_SIGNING_GUARDS
from .type_folds import FOLDS_GUARDED
from .type_listed import without_listed_activities
from .type_themes import without_quoted_themes
from .type_words import ATTENDS_CEREMONY, ATTENDS_CEREMONY_ROW
from .type_words_not import GUARDED_NOT
from .type_travellers import TRAVELLER_NOUNS
from .type_vocab import FOLDS_ACROSS_WORDS, FOLDS_LIKE_VISIT, MAIN_TYPE_NOT, MAIN_TYPE_PHRASES

__all__ = ["CAPTION_CREDIT", "DELEGATION_NOUNS", "TALKS", "blank", "found", "headline_occasion", "headline_verb",
           "phrase_type"]

_RE = keyword_regex(p for p, _, _, _ in MAIN_TYPE_PHRASES)
_OF = {p: (t, r) for p, t, r, _ in MAIN_TYPE_PHRASES}
_NOT = sorted(MAIN_TYPE_NOT + tuple(GUARDED_NOT)
              + tuple(w for w in {**PAST_SIGNING_GUARDS, **FOLDS_GUARDED} if w not in GUARDED_NOT)
              + ("tham du", "tham gia", "tham muu", "tham khao", "tham quan he")
              + tuple(w for w, _, _ in FOLDS_LIKE_VISIT + FOLDS_ACROSS_WORDS), key=len, reverse=True)
# A headline that opens by naming the occasion, perhaps after "Place: ".
_HEAD = re.compile(r"^(?:[^:]{1,30}:\s*)?")
# The delegation named as the subject ("Đoàn đại biểu A …"): no occasion of its own when another is named
# (with the travellers named by who they are, "Đoàn cán bộ …", type_travellers).
DELEGATION_NOUNS = frozenset({"doan cong tac", "doan dai bieu"}) | TRAVELLER_NOUNS
# The talks' words: a meeting held on a visit or over a delegation's days.
TALKS = frozenset({"hoi dam", "lam viec", "hoi kien", "gap go", "gap mat"})


# 'tham dự' is no occasion ("tham dự buổi làm việc có …"), but a delegation attending a
# congress ("tham dự Đại hội …") names it: kept for the phrase "tham du dai hoi".
_ATTENDS = re.compile(r"tham du(?! dai hoi\b)")


# 'năm ký' is an anniversary's name after a number ("45 năm ký Hiệp ước"), not a province's
# end before its verb ("tỉnh Quảng Nam ký kết …", "tỉnh Hà Nam ký biên bản …").
_YEARS_SINCE_SIGNED = re.compile(r"(?<=\d )nam ky\b")
_GUARDED = {"tham du": _ATTENDS, "nam ky": _YEARS_SINCE_SIGNED} | GUARDED_NOT | {
    w: re.compile(re.escape(w) + (r"(?! (?:" + "|".join(places) + r")\b)" if places else ""))
    for w, places, _ in FOLDS_LIKE_VISIT + FOLDS_ACROSS_WORDS}   # "thầm lặng", but "thăm Lạng Sơn"
# a signing named as the past of the occasion ("Sau hai năm ký kết …", "thỏa thuận ký kết năm 2022",
# type_past_signings): where a word is guarded both ways, either guard blanks it
_GUARDED |= {w: re.compile(f"(?:{_GUARDED[w].pattern})|(?:{g.pattern})") if w in _GUARDED else g
             for w, g in PAST_SIGNING_GUARDS.items()}
# ... and "thảm họa" where no place can follow it (type_folds.FOLDS_GUARDED)
_GUARDED |= FOLDS_GUARDED


_NOT_RE = keyword_regex(_NOT)   # whole words: "thăm gian hàng" (tham gian) holds no 'tham gia'


@functools.lru_cache(maxsize=256)   # (a page asks of its headline and its main clause several times: forget_page)
def _blank(folded: str) -> str:
    first = _NOT_RE.search(folded)   # one pass of the trie (a loop of ~80 'in' tests is slower)
    if first is None:
        return folded
    out = folded
    for m in _NOT_RE.finditer(folded, first.start()):
        guard = _GUARDED.get(m.group(1))
        if guard is None or guard.match(folded, m.start()):
            out = out[:m.start()] + " " * (m.end() - m.start()) + out[m.end():]
    return out


# "đoàn" right after a host's "gặp gỡ" is a delegation received (type_vocab), but not when it begins the words of
# the youth union's members or of unity (round 42, late42d): "gặp gỡ đoàn viên thanh niên", "gặp gỡ Đoàn Thanh niên
# tỉnh B", "gặp gỡ đoàn kết" stay a meeting ('gặp gỡ' alone). (late42d's row reading "gặp mặt đoàn" as a visit was
# withdrawn at the merge: round 32's decided split reads a host's get-together with a visiting delegation as a
# meeting, tests/test_type_visits32.py and test_type_lead_verb.py.)
_MEETS_A_UNION = {"gap go doan": "gap go"}
_UNION_AFTER = re.compile(r" (?:vien|thanh nien|ket)\b")
_VISIT_BEFORE = re.compile(r"(?:tham|tiep|don|xa giao|chao)(?:\s+va|\s*,)?\s+$")   # … "đến chào và làm việc"
# People at work are no working session (round 39, late39a): "ngư dân làm việc trên biển", "đưa lao động sang
# làm việc tại Hàn Quốc", "công nhân đang làm việc tại nhà máy" tell a job, not a meeting. Rows (name, folded
# pattern right before "làm việc", example of our own); an office named for labour ("Sở Lao động làm việc với
# đoàn") is an agency, not its workers.
WORKERS_AT_WORK: tuple[tuple[str, str, str], ...] = (
    ("fishermen", r"ngu dan", "ngư dân hai địa phương làm việc trên biển"),
    ("workers", r"(?:nguoi |cong nhan )?(?<!so )(?<!bo )(?<!phong )(?<!cuc )lao dong|cong nhan|thuyen vien",
     "đưa lao động sang làm việc tại Hàn Quốc; công nhân đang làm việc tại nhà máy"),
    ("students", r"(?:du )?hoc sinh|sinh vien|hoc tap va", "du học sinh sang học tập và làm việc tại Nhật Bản"),
)
_WORKERS_BEFORE = re.compile(r"\b(?:" + "|".join(rx for _, rx, _ in WORKERS_AT_WORK) + r")"
                             r"(?:\s+(?:hai|cac|dia phuong|da|dang|se|sang|den|di|ra))*\s+$")
# A delegation named for its work is no working session (round 54, late54d, "working_delegation"): "đoàn làm việc của
# Trường Đại học A", "đoàn làm việc do ông B dẫn đầu" name the delegation (a noun), and what it then does ("đã lên
# đường thăm và làm việc với …") types the occasion. "Đoàn làm việc với UBND tỉnh B" (the delegation works with) is
# the verb and stays a session. Rows (name, folded words right before "làm việc", right after it, example of our own).
DELEGATION_NAMED: tuple[tuple[str, str, str, str], ...] = (
    ("working_delegation", r"\bdoan\s+$", r"\s+(?:cua|do|gom)\b",
     "Sáng 2/4, đoàn làm việc của Trường Cao đẳng A do ông B dẫn đầu đã đến thăm và làm việc tại tỉnh C."),
)
_NAMED_BEFORE = re.compile(r"(?:" + "|".join(before for _, before, _, _ in DELEGATION_NAMED) + r")")
_NAMED_AFTER = re.compile(r"(?:" + "|".join(after for _, _, after, _ in DELEGATION_NAMED) + r")")
# A station named for meetings is no meeting (round 43, late43c, "meeting_station"): the Chinese border liaison
# stations are written "Trạm hội ngộ hội đàm biên phòng khu vực X", "Trạm hội ngộ, hội đàm Biên phòng Y": a unit that
# patrols or receives with the border post, whatever the page's occasion is. Rows (name, folded words right before
# the meeting word, example of our own).
MEETING_STATION: tuple[tuple[str, str, str], ...] = (
    ("meeting_station", r"tram(?:\s+(?:hoi ngo|hoi dam)(?:\s*,\s*|\s+va\s+|\s+))?",
     "Đồn Biên phòng A phối hợp với Trạm hội ngộ hội đàm biên phòng khu vực B (Trung Quốc) tổ chức tuần tra song "
     "phương."),
)
_STATION_BEFORE = re.compile(r"\b(?:" + "|".join(rx for _, rx, _ in MEETING_STATION) + r")\s*$")
# What the parties agree or propose to issue is not issued yet: "thống nhất sẽ ban hành quy chế …",
# "đề nghị công bố …", "sẽ công bố …".
# A document cited as the basis of what is done is not issued by it: "căn cứ Nghị quyết số …",
# "thực hiện Kế hoạch số …", "theo Công văn số …", "tại Báo cáo số …".
_CITED = re.compile(r"\b(?:can cu(?: vao)?|thuc hien|theo|tai)\s+$")
# Another occasion named as the time of this one is not it: "ký kết biên bản sau buổi hội đàm",
# "Bên lề hội nghị …, hai tỉnh ký kết …", "trước cuộc hội đàm".
# A signed document the sentence carries out, named by its signing (round 46, late46a, "carried_out_signed"): "Thực
# hiện Biên bản ký kết thường niên giữa huyện A và huyện B, lãnh đạo huyện A vừa có chuyến công tác …" -- the minutes
# were signed before; the signing word is the document's name, not this sentence's occasion. Rows (name, folded
# words from the citing verb to the signing word, example of our own).
CARRIED_OUT_SIGNED: tuple[tuple[str, str, str], ...] = (
    ("minutes", r"(?:thuc hien|trien khai|theo)\s+(?:noi dung\s+)?bien ban(?:\s+ghi nho)?(?:\s+hoi dam)?\s+(?:da\s+)?",
     "Thực hiện Biên bản ký kết hợp tác giữa huyện A và huyện B, đoàn huyện A vừa sang trao quà cho bà con huyện B."),
    ("agreement", r"(?:thuc hien|trien khai|theo)\s+(?:noi dung\s+)?(?:ban\s+)?(?:thoa thuan|ghi nho|chuong trinh)"
     r"(?:\s+hop tac)?\s+(?:da\s+)?(?:duoc\s+)?",
     "Triển khai thỏa thuận hợp tác đã ký kết giữa hai tỉnh, tỉnh A vừa cử đoàn chuyên gia sang làm việc tại tỉnh B."),
    # round 51 (late51a): the signers named between, "đã được hai đơn vị ký kết" (north51 09)
    ("signed_by_parties", r"(?:thuc hien|trien khai|theo)\s+(?:noi dung\s+)?(?:bien ban|(?:ban\s+)?thoa thuan|ban ghi nho)"
     r"(?:\s+hop tac)?\s+(?:da\s+)?duoc\s+(?:hai|2|ba|3|cac)\s+(?:don vi|ben|tinh|huyen|xa|dia phuong)\s+",
     "Hai bên đánh giá kết quả hợp tác theo biên bản đã được hai đơn vị ký kết, thống nhất phương hướng năm tới."),
)
_CARRIED_OUT_SIGNED = re.compile(r"\b(?:" + "|".join(rx for _, rx, _ in CARRIED_OUT_SIGNED) + r")$")
_AS_TIME = re.compile(r"\b(?:sau|truoc|ben le)\s+(?:khi\s+)?(?:(?:buoi|cuoc|phien|le)\s+)?$")
_AGREED_TO = re.compile(r"\b(?:thong nhat|nhat tri|de nghi|de xuat|se|som|du kien|tien toi|can)(?:\s+(?:se|som|cung|tiep tuc|phoi hop))*\s+$")
# A photo's caption taken for the headline: it places people in the picture ("Ông A (phải) và ông B (trái) ký kết
# …", "(thứ hai từ trái)") or credits it ("Ảnh: C"; article.py strips a credit from the headline it keeps).
# (written \banh\s*:|\(…: the look-behind after the "a", so that the engine skips to "a" and "("; test_prefilters)
CAPTION_CREDIT = _CREDIT = re.compile(r"a(?<!\w.)nh\s*:|\((?:phai|trai|giua|thu \w+ tu (?:phai|trai))\)")


# A sentence that opens by citing its bases, one after another: "Căn cứ Quyết định số 12/QĐ-UBND
# về ban hành Quy chế …; Kế hoạch số 5/KH-UBND …; Thông báo số 7-TB/HU …, UBND huyện …": the
# documents' titles name no occasion of this sentence (what they issue was issued before), up to
# the comma after the last one.
_BASES = re.compile(r"^\W*(?:\([^()]{1,40}\)\s*-?\s*)?can cu\b")


def _without_bases(folded: str) -> str:
    last = folded.rfind(";")
    if last < 0 or folded.find("can cu", 0, 60) < 0 or _BASES.match(folded) is None:
        return folded
    cut = folded.find(",", last)
    cut = len(folded) if cut < 0 else cut
    return " " * cut + folded[cut:]


# A generic row whose kind has rows of its own after its head word (round 47, late47c): "chương trình giao lưu truyền
# hình / văn hóa / thể thao …" is read by the kind's row ('giao luu truyen hinh'), as before the generic row was added.
# {generic row: characters of its head ("chuong trinh ")}
_GENERIC_HEAD = {"chuong trinh giao luu": len("chuong trinh ")}


def _found(folded: str) -> list[tuple[int, str, int, str]]:
    return list(_found_once(folded))   # (a new list each time: callers may change theirs)


@functools.lru_cache(maxsize=256)
def _found_once(folded: str) -> tuple[tuple[int, str, int, str], ...]:
    return tuple(_found_uncached(folded))


def _found_uncached(folded: str) -> list[tuple[int, str, int, str]]:
    folded = without_quoted_themes(_without_bases(folded))   # "đêm nhạc chủ đề “Về thăm …”": a title (type_themes)
    folded = without_listed_activities(folded)   # "Tham quan …, vẽ … là những hoạt động … tại …" (type_listed)
    ceremony = ATTENDS_CEREMONY.search(folded) if "du le" in folded or "du buoi le" in folded else None
    folded = _blank(folded)
    out = [] if ceremony is None else [(ceremony.end() - 2, *ATTENDS_CEREMONY_ROW[1:3], ATTENDS_CEREMONY_ROW[0])]
    taken = 0
    for m in _RE.finditer(folded):
        if m.start() < taken:
            continue   # inside a row read in the generic row's place (below)
        if m.group(1) in _GENERIC_HEAD and (inner := _RE.match(folded, m.start() + _GENERIC_HEAD[m.group(1)])) \
                and m.end() < inner.end():   # "chương trình giao lưu truyền hình": the kind's own row, where it has one
            out.append((inner.start(), *_OF[inner.group(1)], inner.group(1)))
            taken = inner.end()
            continue
        if m.group(1) in ("hoi ngo", "hoi dam") and _STATION_BEFORE.search(folded, max(0, m.start() - 24), m.start()):
            continue  # "Trạm hội ngộ hội đàm biên phòng": a station's name (MEETING_STATION)
        if m.group(1) == "lam viec" and _VISIT_BEFORE.search(folded, max(0, m.start() - 10), m.start()):
            continue  # "đến thăm và làm việc", "tiếp và làm việc với đoàn": one visit
        if m.group(1) == "lam viec" and _WORKERS_BEFORE.search(folded, max(0, m.start() - 40), m.start()):
            continue  # "ngư dân làm việc trên biển": people at work (WORKERS_AT_WORK)
        if m.group(1) == "lam viec" and _NAMED_BEFORE.search(folded, max(0, m.start() - 8), m.start()) \
                and _NAMED_AFTER.match(folded, m.end()):
            continue  # "đoàn làm việc của Trường …": the delegation's name (DELEGATION_NAMED)
        if _OF[m.group(1)][0] == "announcement" and _AGREED_TO.search(folded, max(0, m.start() - 30), m.start()):
            continue  # "thống nhất sẽ ban hành quy chế": what is agreed on is not done yet
        before = folded[max(0, m.start() - 20):m.start()]
        if ("sau" in before or "truoc" in before or "ben le" in before) and _AS_TIME.search(before):
            continue  # "… ký kết biên bản sau buổi hội đàm": the talks date the signing
        if m.group(1).endswith(" so") and _CITED.search(folded, max(0, m.start() - 16), m.start()):
            continue  # "căn cứ Nghị quyết số 12/NQ-HĐND, hai tỉnh ký kết …": a basis, not an issuing
        if _OF[m.group(1)][0] == "signing" and ("thuc hien" in (b60 := folded[max(0, m.start() - 60):m.start()])
                                                 or "trien khai" in b60 or "theo" in b60) \
                and _CARRIED_OUT_SIGNED.search(b60):
            continue  # "Thực hiện Biên bản ký kết …, đoàn … vừa …": a signed document carried out (CARRIED_OUT_SIGNED)
        if _OF[m.group(1)][0] == "signing" and names_an_anniversary(folded, m.start()):
            continue  # "kỷ niệm 10 năm hai tỉnh … ký kết …": the anniversary of an old signing
        phrase = m.group(1)
        if phrase in _MEETS_A_UNION and _UNION_AFTER.match(folded, m.end()):
            phrase = _MEETS_A_UNION[phrase]   # "gặp mặt đoàn viên thanh niên": members, no delegation received
        out.append((m.start(), *_OF[phrase], phrase))
    return sorted(out) if ceremony is not None else out


@functools.lru_cache(maxsize=256)
def _headline_occasion(headline: str) -> tuple[str, str] | None:
    """(type, phrase) of the occasion a headline opens with ("Hội nghị …", "Lào Cai: Lễ ký kết …")."""
    head = _blank(headline)
    h = _RE.match(head, _HEAD.match(head).end())
    if h is None or _OF[h.group(1)][1] >= 8 or h.group(1) == "lam viec":   # "Làm việc với …" names no kind
        return None
    return _OF[h.group(1)][0], h.group(1)


@functools.lru_cache(maxsize=256)
def _headline_verb(headline: str) -> tuple[str, str] | None:
    """(type, phrase) of the first occasion a headline names after its subject ("Hội LHPN tỉnh A
    ký kết biên bản hợp tác với …", "Ban Quản lý … tiếp và làm việc với đoàn …"); a delegation
    named as the subject ("Đoàn đại biểu …") is no verb."""
    found = [f for f in _found(headline) if f[3] not in ("doan cong tac", "doan dai bieu") and f[2] < 8]
    if not found:
        return None
    _, etype, _, phrase = found[0]
    return etype, phrase



def phrase_type(phrase: str) -> tuple[str, int]:
    """(type, rank) of a phrase of MAIN_TYPE_PHRASES."""
    return _OF[phrase]


# Pure functions of a folded string, each kept for the strings one page asks (functools.lru_cache, emptied by
# forget_page when extract_events starts a page: no page's answers are kept for the next, so a bench that reads
# the same pages twice counts what a fresh ingest does): a page asks of its headline and its main clause from
# several rules (event_type, main_event_type, type_headline_*, trips): seeds, 4.6 calls of _blank a page for 2.2
# strings, 1.8 of _headline_occasion for one. _found's list is copied for each caller.
# tests/test_prefilters_speed25b.py: the answers equal the functions as written.
_cached = (_blank, _found_once, _headline_occasion, _headline_verb)


def forget_page() -> None:
    """Empty the kept answers (a new page: its strings are not the last one's)."""
    for f in _cached:
        f.cache_clear()

# the names the other type modules use
blank, found, headline_occasion, headline_verb = _blank, _found, _headline_occasion, _headline_verb

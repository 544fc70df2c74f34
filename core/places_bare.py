"""When a name written without a level word is a place (used by :mod:`hoptac.core.places_match`,
whose documentation gives the rules; split from it to keep each module short)."""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from .place_levels import _WORD
from .text import nfc

__all__ = ["_bare_ok", "NOT_AFTER_LEVEL", "country_licensed", "region_before_country", "same_marks", "with_own_marks"]

# Capitalised words that may stand before a bare province name (heads of names of bodies).
_BODY_WORDS = frozenset(nfc(w) for w in (
    "báo", "sở", "đài", "cổng", "thương", "cục", "ban", "hội", "đoàn", "bộ", "trường", "viện",
    "quỹ", "đảng", "khu", "tỉnh", "thành", "phố", "phòng", "đồn", "tòa", "toà", "xã", "huyện",
    "quận", "phường", "ủy", "uỷ", "học", "điện", "lực", "bạc", "tin", "tức", "chí", "hình",
    "tổng", "ty", "quan", "nghiệp",
    "chuyên",   # a province's gifted school: "Trường THPT Chuyên Lào Cai" (round 40, late40b)
))
# The last two words of a religious or social body's name that may stand before a bare province name, capitalised as
# such names are (round 58, late58e: khmer58 02, a Protestant congregation named after its city): the body's name
# ends there and the name after it is its place, as after "Hội", "Ban", "Đoàn" (``_BODY_WORDS``).
#   written                                         found
#   "cùng Hội Thánh Tin Lành Nam Định thăm …"        Nam Định (the congregation of that city)
#   "Hội Thánh Cần Thơ", "Giáo hội Phật Giáo Huế"   Cần Thơ, Huế
#   "cùng Đoàn Thánh Nam Định" (no such ending)     nothing, as before
#   "ông Lê Lành Huế", "anh Nguyễn Hải Phòng"        nothing, as before (one word of the ending is no ending)
_BODY_NAME_ENDS = tuple(nfc(w) + " " for w in (
    "tin lành", "hội thánh", "phật giáo", "công giáo", "cao đài", "hòa hảo", "hoà hảo",
))
# Capitalised words that make the next capitalised words a person's name.
_NAME_WORDS = frozenset(nfc(w) for w in (
    "nguyễn", "trần", "lê", "phạm", "hoàng", "huỳnh", "phan", "vũ", "võ", "đặng", "bùi", "đỗ",
    "hồ", "ngô", "dương", "lý", "đinh", "lương", "trịnh", "mai", "cao", "lưu", "tạ", "tô",
    "vương", "quách", "kiều", "lò", "sùng", "giàng", "vàng", "thào", "hà",
    "thị", "hữu", "đức", "xuân", "quốc", "ngọc", "kim", "hồng", "đình", "bá", "quang",
    "mạnh", "trọng", "duy", "tiến", "thế", "minh", "thanh", "anh", "tuấn", "thu", "việt",
)) - _BODY_WORDS
# Words of address before a person's name.
_ADDRESS_WORDS = frozenset(nfc(w) for w in (
    "ông", "bà", "anh", "chị", "em", "cô", "chú", "bác", "cụ", "thầy", "cậu", "dì", "mợ", "bé",
    "cháu",
))  # and "đồng chí"
# Province names that are also common words: bare, every syllable must be capitalised.
_COMMON_WORD_NAMES = frozenset({
    "hoa binh", "thai binh", "hai duong", "phu tho", "binh dinh", "cao bang", "vinh phuc",
    "long an", "ha nam", "quang binh", "binh duong", "an giang",
})
# Bare name + next word that make a longer fixed phrase which is not the place.
_NOT_BEFORE = {"thai binh": frozenset({"duong"})}
# Names that after this level word are a common noun, not the place of that name: "các tỉnh vùng
# Duyên hải Nam Trung Bộ", "vùng duyên hải miền Trung", "Cụm thi đua các tỉnh Duyên hải miền Trung"
# (the coast; thị xã and huyện Duyên Hải are Trà Vinh's, never a tỉnh, and "vùng" is the level word
# of foreign regions only).
NOT_AFTER_LEVEL = {"vùng": frozenset({"duyen hai"}), "tỉnh": frozenset({"duyen hai"})}
# Words after which a bare name names a street, a square or a building, not the place:
# "Đại lộ Hòa Bình, TP. Móng Cái", "đường Lào Cai", "Quảng trường Hà Nội", "khách sạn Sài Gòn", and
# a venue's building ("Nhà thi đấu TDTT Phú Thọ", "Nhà hát Hòa Bình", "Sân vận động Thống Nhất").
_STREET_WORDS = tuple(nfc(w) + " " for w in (
    "đường", "đại lộ", "phố", "quảng trường", "khách sạn", "công viên", "cầu", "ngõ", "hẻm", "chung cư",
    # a venue named after a place or a word: "Nhà thi đấu TDTT Phú Thọ" (in TP.HCM), "Nhà hát Hòa Bình"
    # (not a bare "TDTT": "Trung tâm Huấn luyện và Thi đấu TDTT Quảng Ninh" is the province's own team, review24)
    "nhà thi đấu", "nhà thi đấu tdtt", "sân vận động", "nhà hát", "cung văn hóa", "cung văn hoá",
))
# Words after which a bare name names a battle or a campaign, not the place as it is today (no party):
# "các chiến sĩ Điện Biên" (veterans of 1954), "trận Quảng Trị", "chiến dịch Tây Nguyên", "chiến
# trường Quảng Trị", "Chiến thắng Điện Biên Phủ". A level word keeps the place ("chiến sĩ tỉnh Điện Biên").
_BATTLE_WORDS = tuple(nfc(w) + " " for w in (
    "chiến sĩ", "chiến dịch", "chiến thắng", "chiến trường", "trận",
))
# Words after which a bare name names a river, not the place (round 42, late42c: water42 10, "Ủy ban Bảo vệ môi
# trường lưu vực hệ thống sông Đồng Nai", whose eleven provinces the page never names): "sông Đồng Nai", "sông Sài
# Gòn", "dòng sông Sê Kông". A level word keeps the place ("tỉnh Đồng Nai"), and a name that begins with the word
# ("tỉnh Sông Bé", "huyện Sông Mã") is matched from it, so no word stands before it here.
_RIVER_WORDS = tuple(nfc(w) + " " for w in ("sông",))
# A clock named after its city (round 48, late48b: sea48b 03, "từ 16 giờ 00 phút (giờ Hà Nội) ngày 8/3/2023"): "giờ Hà
# Nội", "theo giờ Bắc Kinh" tell the time zone, not a place of the occasion. A level word keeps the place ("giờ
# thành phố Hà Nội" is not written; "16 giờ, tại thành phố Hà Nội" has its comma and preposition between).
_CLOCK_WORDS = tuple(nfc(w) + " " for w in ("giờ",))
# A military unit named after a place (round 42, late42d: veterans42b 12): the words of a unit, perhaps its number,
# right before a bare name name the unit, not the province as a party -- wartime battalions and regiments bore their
# province's name, and their veterans live elsewhere now. A level word keeps the place.
#   written                                                   found
#   "cựu chiến binh Tiểu đoàn 1 Long An thăm tỉnh A"           tỉnh A only (the battalion is no party)
#   "Trung đoàn 4 Hà Tĩnh", "Sư đoàn 9 Bình Phước", "Đại đội 2 Quảng Trị"   no place
#   "Tiểu đoàn Kon Tum" (no number)                            no place
#   "Tiểu đoàn 1, Bộ CHQS tỉnh Long An"; "Tiểu đoàn 1 tỉnh Long An"   tỉnh Long An (a level word)
#   "Đoàn cựu chiến binh Quảng Trị"                            Quảng Trị (a delegation, no unit word)
_UNIT_BEFORE = re.compile(r"(?<!\w)(?:(?:tiểu|trung|sư|lữ|đại|quân) đoàn|đại đội)(?: \d{1,3}[a-z]?)? $")
#   ... tried only where one of its nouns stands, a blank after it (round 44, speed44: the pattern was tried at every
#   character before every bare name)
UNIT_NOUNS = ("đoàn ", "đội ")
# A border gate named after a place, told by the country after it (round 60, the lead: gate60 02, "Cửa khẩu quốc tế
# đường bộ số II Kim Thành (Việt Nam)", a gate of Lào Cai, read as huyện Kim Thành of Hải Dương): a name below a
# province's that only the country's aside makes a place is the gate's after "cửa khẩu" and its kind; the gate's
# province is named with its level word where it is a side ("phía tỉnh Lào Cai"). A province's name stays a place
# ("nhập cảnh qua Cửa khẩu quốc tế Lào Cai": bare provinces are read by _bare_ok, which this does not touch).
#   written                                                       found
#   "khảo sát Cửa khẩu quốc tế đường bộ số II Kim Thành (Việt Nam)"  no place
#   "đoàn công tác Kim Thành (Việt Nam) đến thăm …" (no gate)        huyện Kim Thành, as before
_GATE_BEFORE = re.compile(r"cửa khẩu(?: (?:quốc tế|quốc gia|chính|phụ|song phương))*(?: đường bộ)?"
                          r"(?: số (?:[ivx]{1,4}|\d{1,2}))? $")
_SENTENCE_END = frozenset('.!?:;\n"“”«»(–—-•*[…')


def _word_before(text: str, ns: int) -> tuple[int, str] | None:
    """(its start, the word) of the word right before ``ns`` across blanks, when one stands there."""
    j = ns - 1
    while j >= 0 and text[j] in " \t\u00a0":
        j -= 1
    if not (0 <= j < ns - 1 and text[j].isalnum()):
        return None
    k = j
    while k > 0 and text[k - 1].isalnum():
        k -= 1
    return k, text[k:j + 1]


def _gate_name(text: str, ns: int) -> bool:
    """Does a border gate's noun ("cửa khẩu", its kind, its number) stand right before ``ns``?"""
    wide = text[max(0, ns - 48):ns].lower()
    return "khẩu" in wide and _GATE_BEFORE.search(wide) is not None


def _bare_ok(text: str, folded: str, ns: int, ne: int, key: str) -> bool:
    """The rules for a name without a level word (see the module's documentation)."""
    if not text[ns].isupper():
        return False
    before = text[max(0, ns - 24):ns].lower()   # the longest word: "nhà thi đấu tdtt "
    if before.endswith(_STREET_WORDS) and not before.endswith(("thành phố ", "tuyến đường ", "con đường ")):
        return False   # "Đại lộ Hòa Bình": a street (a route "tuyến đường Hà Nội – Hải Phòng" is left to partners)
    if before.endswith(_BATTLE_WORDS):
        return False   # "chiến sĩ Điện Biên": a battle's name
    if before.endswith(_RIVER_WORDS):
        return False   # "lưu vực sông Đồng Nai": a river's name
    if before.endswith(_CLOCK_WORDS):
        return False   # "(giờ Hà Nội)": a time zone
    if any(w in before for w in UNIT_NOUNS) and _UNIT_BEFORE.search(before):
        return False   # "Tiểu đoàn 1 Long An": a unit's name
    if key in _COMMON_WORD_NAMES:
        for w in _WORD.finditer(folded, ns, ne):
            if not text[w.start()].isupper():
                return False
    # the word before
    before_word = _word_before(text, ns)
    if before_word is not None:
        k, prev = before_word
        low = prev.lower()
        if low in _ADDRESS_WORDS or (low == "chí" and text[max(0, k - 6):k].rstrip()[-4:].lower() == "đồng"):
            return False  # "chị Huế", "đồng chí Huế"
        if prev[0].isupper() and not (len(prev) > 1 and prev.isupper()) and low not in _BODY_WORDS \
                and not before.endswith(_BODY_NAME_ENDS):   # "Hội Thánh Tin Lành Nam Định": a body's place
            if low in _NAME_WORDS:
                return False
            i = k - 1
            while i >= 0 and text[i] in " \t\u00a0":
                i -= 1
            if i >= 0 and text[i] not in _SENTENCE_END:
                return False
    # the word after
    after = _NOT_BEFORE.get(key)
    if after:
        nw = _WORD.match(folded, ne + 1) if folded[ne:ne + 1] == " " else None
        if nw and nw.group() in after and text[nw.start()].isupper():
            return False
    return True


@lru_cache(maxsize=4096)
def _marks(s: str) -> tuple[tuple[str, str], ...]:
    """Each word of ``s``: its letters without marks, and its marks sorted (cached: the same names
    come back on every page)."""
    out = []
    for w in s.lower().replace("-", " ").split():
        d = unicodedata.normalize("NFD", w)
        out.append(("".join(c for c in d if not unicodedata.combining(c)),
                    "".join(sorted(c for c in d if unicodedata.combining(c)))))
    return tuple(out)


def same_marks(written: str, name: str) -> bool:
    """Are ``written`` and ``name`` the same letters with the same marks on each word, wherever a
    word puts its tone mark ("Hoà" = "Hòa"; "Quảng Bình" is not "Quang Bình")?"""
    return _marks(written) == _marks(name)


# A foreign region named last in an institution's name, right before its own country (round 55, late55a: a hospital
# of a Chinese region named "Bệnh viện Quốc tế Choang Y <region>, Trung Quốc"): the capitalised words before a bare
# name make it a person's name (``_bare_ok``), but when the clause runs back to an institution's head noun (no
# punctuation, no word of address between) and the country written right after is the region's own, it is that
# region -- the corpus counts an institution as its province. Only a province-level region of exactly that country (``Foreign.in_country``), never a Vietnamese name.
#   written                                                        found
#   "Bệnh viện Đông Y Hồ Nam (Trung Quốc) ký với Bệnh viện A"      Hồ Nam (Trung Quốc)
#   "Trường Đại học Sư phạm Quảng Tây, Trung Quốc"                 Quảng Tây ("phạm": a small word, already read)
#   "Học viện Trung Y Vân Nam, Trung Quốc"                         Vân Nam
#   "ông Trương Hồ Nam (Trung Quốc)"                               nothing: no institution's head before it
#   "Trường Đại học Y, ông Trương Hồ Nam (Trung Quốc)"              nothing: a comma, a word of address between
#   "Bệnh viện Quốc tế Choang Y Quảng Tây tiếp đón"                nothing: no country after it
#   "ông Lý Văn Sơn (Trung Quốc)"                                  not by this rule (Văn Sơn is a prefecture)
_INSTITUTION_BEFORE = re.compile(
    r"(?<!\w)(?:Bệnh [Vv]iện|Học [Vv]iện|Viện|Trường|Đại [Hh]ọc|Trung [Tt]âm|Công [Tt]y|Tập [Đđ]oàn|Ngân [Hh]àng"
    r"|Bảo [Tt]àng|Thư [Vv]iện)[ \t\u00a0]+[^.,;:!?()\"“”\n\u2013\u2014]*$")
_VIETNAM = "Việt Nam"


def region_before_country(text: str, ns: int, ne: int, key: str, foreign) -> tuple:
    """The province-level regions of the country written right after the bare name at ``ns:ne`` that
    ends an institution's name (see the table above), else ``()``. Asked only of a foreign bare name
    ``_bare_ok`` refused; the country (a character test first) is read before the institution's head."""
    country = foreign.country_at(text, ne)
    if country is None or country == _VIETNAM:
        return ()
    head = _INSTITUTION_BEFORE.search(text, max(0, ns - 80), ns)
    if head is None:
        return ()
    words = text[head.start():ns].split()
    if any(w in _ADDRESS_WORDS for w in words) or words[-1].lower() in _NAME_WORDS:
        return ()   # "Bệnh viện của ông Hồ Nam", "Bệnh viện Nguyễn Hồ Nam": a person's name
    written = text[ns:ne]
    return tuple(c for c in foreign.in_country(key, None, country)
                 if c.is_province and c.country == country and (written.isascii() or same_marks(written, c.name)))


def with_own_marks(written: str, cands: tuple, accented: bool) -> tuple:
    """The Vietnamese candidates of a bare name licensed by "(Việt Nam)" after it that carry the written
    marks, in an accented page (round 55, late55a: "lối thông quan Tân Thanh (Việt Nam)-… (Trung Quốc)" is
    no huyện Tân Thạnh; the bare branch's ``same_marks`` rule, now asked where the country licenses)."""
    if not accented or written.isascii():
        return cands
    return tuple(c for c in cands if c.country != _VIETNAM or same_marks(written, c.name))


# A name licensed by the country right after it ("Gunma (Nhật Bản)", a name no bare rule takes) is a person's when a
# surname, a middle name or a word of address stands right before it (round 55, late55a):
#   written                                      found
#   "ông Lưu Văn Sơn (Trung Quốc) phát biểu"     nothing (base: châu Văn Sơn, Vân Nam's prefecture)
#   "Chuyên gia Đặng Văn Sơn (Trung Quốc)"       nothing
#   "đoàn châu Văn Sơn (Trung Quốc)"             châu Văn Sơn (a level word: not this path)
#   "Đoàn Gunma (Nhật Bản)", "thăm Gunma (Nhật Bản)"   Gunma, as before


def country_licensed(text: str, ns: int, ne: int, cands: tuple, accented: bool) -> tuple:
    """``cands``, the places of the country written after the name at ``ns:ne``, unless the word right
    before makes it a person's name (the table above); then ``with_own_marks``."""
    if _gate_name(text, ns):
        return ()   # "Cửa khẩu quốc tế Kim Thành (Việt Nam)": the gate's name
    before_word = _word_before(text, ns)
    if before_word is not None:
        prev = before_word[1]
        if prev in _ADDRESS_WORDS or (prev[0].isupper() and prev.lower() in _NAME_WORDS and not prev.isupper()):
            return ()
    return with_own_marks(text[ns:ne], cands, accented)

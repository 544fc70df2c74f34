"""National parks and nature reserves standing for their provinces (used by :func:`hoptac.core.places.find_places`).

A national park (vườn quốc gia, VQG) or a nature reserve (khu bảo tồn thiên nhiên, khu BTTN) is run by
its province (or, for a few parks, by the ministry) and its management board signs and meets as a
province's department does: the corpus's convention counts it as its province (round 28: forest28 03, 04,
working sessions between two parks' boards whose pages name neither province). So a park's name
right after the words that name a park is that park's province, read as a bare province name is:

==========================================================  ==========================================
written (examples of our own)                               found
==========================================================  ==========================================
"Vườn quốc gia Cúc Phương tiếp đoàn công tác …"              Ninh Bình (the park's province)
"Ban quản lý VQG Bạch Mã và Khu BTTN Pù Huống ký …"         Thừa Thiên Huế, Nghệ An
"hai vườn quốc gia Tràm Chim và U Minh Thượng"              Đồng Tháp, Kiên Giang (a second name
                                                            joined by "và" or "," keeps the words)
"Vườn quốc gia Ba Vì, thành phố Hà Nội", "VQG Tam Đảo        nothing from the table: a place written
(tỉnh Vĩnh Phúc)", "VQG Cát Tiên thuộc tỉnh Đồng Nai"       right after the park speaks for it
"núi Ba Vì", "huyện Tam Đảo", "đảo Cát Bà", "rừng U Minh"   nothing: the park's words must be there
"khu bảo tồn Sao La", "Khu BTTN Ngọc Linh"                  nothing: two provinces have one so named
==========================================================  ==========================================

The table holds the 34 national parks of the map before 1 July 2025 (the gold's convention) and the
best-known nature reserves. A park that spans provinces has the province of its board's seat: Cát Tiên
Đồng Nai (also Lâm Đồng, Bình Phước), Cúc Phương Ninh Bình (also Thanh Hóa, Hòa Bình), Bạch Mã Thừa
Thiên Huế (also Quảng Nam), Tam Đảo Vĩnh Phúc (also Thái Nguyên, Tuyên Quang), Hoàng Liên Lào Cai (also
Lai Châu), Ba Vì Hà Nội (also Hòa Bình), Yok Đôn Đắk Lắk (also Đắk Nông); a reserve named alike in two
provinces (Sao La: Thừa Thiên Huế and Quảng Nam; Ngọc Linh: Kon Tum and Quảng Nam) is left out. Many
names are also a district's, a mountain's or an island's (Ba Vì, Tam Đảo, Ba Bể, Côn Đảo, Phú Quốc, Cát
Bà, Na Hang …): only after a park's words are they read here. Foreign parks (Hin Nam No of Khăm Muộn)
are not in the table.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from .scan import trie_regex
from .text import fold

__all__ = ["PARKS", "park_spans", "with_parks"]

#: (the park's name, its province on the map before 2025), national parks first, then nature reserves; a
#: second spelling papers use is a row of its own (Bidoup / Bi Đúp, Yok Đôn / Yook Đôn, Đakrông / Đắk Rông)
PARKS: tuple[tuple[str, str], ...] = (
    # national parks (vườn quốc gia)
    ("Ba Bể", "Bắc Kạn"), ("Ba Vì", "Hà Nội"), ("Bái Tử Long", "Quảng Ninh"), ("Bạch Mã", "Thừa Thiên Huế"),
    ("Bến En", "Thanh Hóa"), ("Bidoup - Núi Bà", "Lâm Đồng"), ("Bi Đúp - Núi Bà", "Lâm Đồng"),
    ("Bù Gia Mập", "Bình Phước"), ("Cát Bà", "Hải Phòng"), ("Cát Tiên", "Đồng Nai"),
    ("Chư Mom Ray", "Kon Tum"), ("Chư Yang Sin", "Đắk Lắk"), ("Côn Đảo", "Bà Rịa - Vũng Tàu"),
    ("Cúc Phương", "Ninh Bình"), ("Du Già - Cao nguyên đá Đồng Văn", "Hà Giang"), ("Hoàng Liên", "Lào Cai"),
    ("Kon Ka Kinh", "Gia Lai"), ("Lò Gò - Xa Mát", "Tây Ninh"), ("Mũi Cà Mau", "Cà Mau"),
    ("Núi Chúa", "Ninh Thuận"), ("Phia Oắc - Phia Đén", "Cao Bằng"), ("Phong Nha - Kẻ Bàng", "Quảng Bình"),
    ("Phú Quốc", "Kiên Giang"), ("Phước Bình", "Ninh Thuận"), ("Pù Mát", "Nghệ An"),
    ("Sông Thanh", "Quảng Nam"), ("Tà Đùng", "Đắk Nông"), ("Tam Đảo", "Vĩnh Phúc"),
    ("Tràm Chim", "Đồng Tháp"), ("U Minh Hạ", "Cà Mau"), ("U Minh Thượng", "Kiên Giang"),
    ("Vũ Quang", "Hà Tĩnh"), ("Xuân Sơn", "Phú Thọ"), ("Xuân Thủy", "Nam Định"), ("Yok Đôn", "Đắk Lắk"),
    ("Yook Đôn", "Đắk Lắk"),
    # nature reserves (khu bảo tồn thiên nhiên), the best known
    ("Pù Hoạt", "Nghệ An"), ("Pù Huống", "Nghệ An"), ("Pù Luông", "Thanh Hóa"), ("Xuân Liên", "Thanh Hóa"),
    ("Pù Hu", "Thanh Hóa"), ("Na Hang", "Tuyên Quang"), ("Mường Nhé", "Điện Biên"), ("Copia", "Sơn La"),
    ("Xuân Nha", "Sơn La"), ("Sốp Cộp", "Sơn La"), ("Tà Xùa", "Sơn La"), ("Hang Kia - Pà Cò", "Hòa Bình"),
    ("Ngọc Sơn - Ngổ Luông", "Hòa Bình"), ("Thượng Tiến", "Hòa Bình"), ("Tây Côn Lĩnh", "Hà Giang"),
    ("Bát Đại Sơn", "Hà Giang"), ("Kim Hỷ", "Bắc Kạn"), ("Hữu Liên", "Lạng Sơn"), ("Tây Yên Tử", "Bắc Giang"),
    ("Thần Sa - Phượng Hoàng", "Thái Nguyên"), ("Kẻ Gỗ", "Hà Tĩnh"), ("Bắc Hướng Hóa", "Quảng Trị"),
    ("Đakrông", "Quảng Trị"), ("Đắk Rông", "Quảng Trị"),
    ("Đa Krông", "Quảng Trị"), ("Phong Điền", "Thừa Thiên Huế"), ("Sơn Trà", "Đà Nẵng"),
    ("Bà Nà - Núi Chúa", "Đà Nẵng"), ("Kon Chư Răng", "Gia Lai"), ("Ea Sô", "Đắk Lắk"), ("Nam Ka", "Đắk Lắk"),
    ("Nam Nung", "Đắk Nông"), ("Tà Kóu", "Bình Thuận"), ("Núi Ông", "Bình Thuận"), ("Hòn Bà", "Khánh Hòa"),
    ("Bình Châu - Phước Bửu", "Bà Rịa - Vũng Tàu"), ("Vân Long", "Ninh Bình"), ("Lung Ngọc Hoàng", "Hậu Giang"),
    ("Thạnh Phú", "Bến Tre"), ("Láng Sen", "Long An"), ("Hoàng Liên - Văn Bàn", "Lào Cai"),
    ("Mù Cang Chải", "Yên Bái"), ("Nà Hẩu", "Yên Bái"),
)

_SEP = r"[ \t\u00a0'\u2019\u2010-\u2014-]+"
_S = r"[ \t\u00a0]"
#: folded name -> province
_PROVINCE = {" ".join(fold(n).replace("-", " ").split()): p for n, p in PARKS}
_NAMES = trie_regex(_PROVINCE, sep=_SEP)
#: the words that name a park (folded), then a qualifier of a reserve, then the park's name; a second
#: name joined by "và" or "," after it keeps the words ("hai vườn quốc gia Tràm Chim và U Minh Thượng")
_PARK = re.compile(
    rf"(?<!\w)(?:vuon{_S}+quoc{_S}+gia|vqg|kbttn|khu{_S}+(?:bao{_S}+ton(?:{_S}+thien{_S}+nhien)?|bttn))"
    rf"(?:{_S}+(?:dat{_S}+ngap{_S}+nuoc|loai{_S}+va{_S}+sinh{_S}+canh))?{_S}+"
    rf"(?P<name>{_NAMES})(?!\w)(?:(?:{_S}*,{_S}*|{_S}+va{_S}+)(?P<second>{_NAMES})(?!\w))?")
#: a place written right after the park's name speaks for it ("VQG Tam Đảo (tỉnh Vĩnh Phúc)",
#: "… Bidoup - Núi Bà, tỉnh Lâm Đồng", "… thuộc tỉnh Đồng Nai", "… ở huyện Lạc Dương")
_PLACE_AFTER = re.compile(
    rf"[ \t\u00a0,(\u2013\u2014-]*(?:(?:cua|thuoc|tai|o|tren dia ban){_S}+)?"
    r"(?:tinh|thanh pho|tp\b|huyen|thi xa|quan|xa|phuong|thi tran)(?!\w)")


_DASHES = str.maketrans({c: " " for c in "-\u2010\u2011\u2012\u2013\u2014"})


def _key(folded_name: str) -> str:
    return " ".join(folded_name.replace("'", " ").replace("\u2019", " ").translate(_DASHES).split())


def park_spans(text: str, folded: str) -> list[tuple[int, int, int, str]]:
    """(start, end, name_start, province) of each park named with its words and no place written
    after it (see the table); ``folded`` is ``fast_fold(text)``."""
    if "vuon quoc gia" not in folded and "vqg" not in folded and "bao ton" not in folded \
            and "bttn" not in folded:
        return []   # (the cheap test first: most pages name no park)
    out = []
    for m in _PARK.finditer(folded):
        for g in ("name", "second"):
            ns, ne = m.span(g)
            if ns < 0 or not text[ns].isupper():
                continue
            if _PLACE_AFTER.match(folded, ne):
                continue   # "VQG Cát Tiên thuộc tỉnh Đồng Nai": the written place is the province
            province = _PROVINCE.get(_key(folded[ns:ne]))
            if province:
                out.append((m.start() if g == "name" else ns, ne, ns, province))
    return out


def with_parks(found: list, parks: list, province: Callable[[str], tuple]) -> list:
    """The matcher's mentions (start, end, name_start, level, candidates) with the parks' in order, each
    as a bare name of its province (``province(name)``: its place); a park's name holds its words (a
    mention inside it is dropped)."""
    out = [f for f in found if not any(s < f[1] and f[0] < e for s, e, _, _ in parks)]
    out += [(s, e, ns, None, cands) for s, e, ns, p in parks if (cands := province(p))]
    return sorted(out, key=lambda f: f[0])

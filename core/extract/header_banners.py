"""An anniversary banner over the headline (meta31): a site's header carries, for months, a banner for a
national or a provincial anniversary, its span of years in brackets at its end, and it reads like a
headline (is_titlelike): "Kỷ niệm 50 năm Ngày giải phóng tỉnh A (30/4/1975 - 30/4/2025)". Taken for the
page's headline it names a province of the site's, not of the page's occasion, and so makes a partner
of it. When a line that reads like a headline stands under it before the lead, that line is the
headline and the banner is chrome; when the site's chrome stands under it (a breadcrumb "Trang chủ", a
menu: a headline is not followed by the site's menu) and then the lead, the page has no headline. (An article's own headline may have that shape, "Kỷ niệm 60 năm
quan hệ hai tỉnh (1962 - 2022)": alone over the lead it stays the headline.)

Each row of :data:`ANNIVERSARY_BANNERS` (folded text, whole line): (name, pattern, example of my own).
The greetings with a year ("Chào mừng … 2025", "Mừng Đảng, mừng Xuân 2026") are chrome.is_banner's.
"""

from __future__ import annotations

import re

from ..messages import M_
from .chrome import is_titlelike

__all__ = ["ANNIVERSARY_BANNERS", "ORGANISATION_BANNERS", "WHY_BANNER", "WHY_ORG_BANNER", "headline_under_banner",
           "headline_under_organisation"]

_SPAN = r"\((?:[^()]*\D)?(?:19|20)\d\d\s*[-–]\s*(?:[^()]*\D)?(?:19|20)\d\d\)\s*$"
#: (name, folded pattern of the whole line, example)
ANNIVERSARY_BANNERS: tuple[tuple[str, str, str], ...] = (
    ("anniversary_span",
     r"(?:chao mung |huong toi |nhiet liet chao mung |ky niem va )?(?:le )?ky niem \d+ nam\b.{4,140}" + _SPAN,
     "Kỷ niệm 50 năm Ngày giải phóng tỉnh A (30/4/1975 - 30/4/2025)"),
)
_RES = tuple(re.compile(p) for _, p, _ in ANNIVERSARY_BANNERS)
WHY_BANNER = M_("an anniversary banner in the site's header, over the headline: 'Kỷ niệm 50 năm … (1975 - 2025)'")

#: An organisation's name in capitals over the headline (round 58, late58a): the site of a provincial board
#: or office prints its owner's name as a banner, "GIÁO HỘI PHẬT GIÁO VIỆT NAM TỈNH A", and it reads like a
#: headline. It is one only when it names a body and its locality and nothing else, all in capitals, and a
#: line in ordinary case that reads like a headline stands under it before the lead: that line is the
#: headline. (An all-capitals headline that tells an occasion, "ỦY BAN NHÂN DÂN TỈNH A TIẾP ĐOÀN TỈNH B",
#: has more words than a locality's name; a banner alone over the lead stays the headline, as before.)
#: (name, folded pattern of the body's name, example of my own)
ORGANISATION_BANNERS: tuple[tuple[str, str, str], ...] = (
    ("buddhist_board", r"(?:ban tri su )?giao hoi phat giao viet nam", "GIÁO HỘI PHẬT GIÁO VIỆT NAM TỈNH AN PHÚ"),
    ("peoples_council", r"(?:uy ban|hoi dong) nhan dan", "ỦY BAN NHÂN DÂN TỈNH AN PHÚ"),
    ("front_committee", r"uy ban mat tran to quoc viet nam", "ỦY BAN MẶT TRẬN TỔ QUỐC VIỆT NAM THÀNH PHỐ AN PHÚ"),
    ("portal", r"cong thong tin dien tu", "CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN AN PHÚ"),
)
_ORG_STARTS = ("ban tri su", "giao hoi", "uy ban", "hoi dong", "cong thong")
_ORG_RE = re.compile(r"(?:" + "|".join(p for _, p, _ in ORGANISATION_BANNERS) + r")"
                     r" (?:tinh|thanh pho|huyen|quan|thi xa) [^\W\d_]+(?: [^\W\d_]+){0,2}")
WHY_ORG_BANNER = M_("a body's name in capitals over the headline: 'GIÁO HỘI PHẬT GIÁO VIỆT NAM TỈNH A'")


def _organisation_banner(ln) -> bool:
    """Is the line a body's name and its locality, all in capitals (ORGANISATION_BANNERS)?"""
    return ln.folded.startswith(_ORG_STARTS) and ln.raw == ln.raw.upper() \
        and _ORG_RE.fullmatch(" ".join(ln.folded.split())) is not None


def headline_under_organisation(top: list, title_i: int | None, limit: int, reasons: list) -> int | None:
    """The line right under a body's name in capitals taken for the headline, when it reads like a headline in
    ordinary case (before ``limit``, the lead, and not chrome); None otherwise."""
    if title_i is None or not _organisation_banner(top[title_i]):
        return None
    j = title_i + 1
    if j < min(limit, len(top)) and reasons[j] is None and top[j].raw != top[j].raw.upper() \
            and is_titlelike(top[j].raw, top[j].folded):
        return j
    return None


def headline_under_banner(top: list, title_i: int | None, limit: int, reasons: list) -> int | None:
    """The line under an anniversary banner taken for the headline that reads like a headline itself
    (before ``limit``, the lead, and not chrome); -1 when chrome stands right under the banner and no such line
    follows (no headline); None when ``title_i`` is no such banner, or no line follows it but the lead."""
    if title_i is None or "ky niem" not in top[title_i].folded[:40]:   # (cheap literal first)
        return None
    if not any(rx.match(top[title_i].folded) for rx in _RES):
        return None
    j = next((j for j in range(title_i + 1, min(limit, len(top)))
              if reasons[j] is None and is_titlelike(top[j].raw, top[j].folded)), None)
    if j is None and title_i + 1 < min(limit, len(top)) and reasons[title_i + 1] is not None:
        return -1   # the site's chrome under it (a breadcrumb, a menu), then the lead: the page has no headline
    return j

"""What a line of a scraped page is: site chrome, a time stamp, a byline, a headline, a
lead, a caption or a teaser. :mod:`hoptac.core.extract.article` assembles the article
from these verdicts.

Real pages do not start with their headline: many open with site chrome (a logo line,
"Đăng nhập", a menu of province names, "A+ A A-", a view counter, today's date), some
with the lead itself ("Sáng 14/1, Đoàn công tác ... đã đến thăm ..."), often after an
agency tag ("(VOV5) - ", "HNP - ", "(GLO)- "). So a line is judged by what it looks
like, wherever it is; each rule is a named row of a table with an example.

Everything is matched on folded text (no accents, no case, đ→d) unless said otherwise.
"""

from __future__ import annotations

import re

from ..messages import M_
from .site_notices import WHY_SITE_NOTICE, site_notice
from .end_markers import END_MARKERS, glued_end_marker, is_end_marker   # the end of an article (split, round 31)
from .image_paths import IMAGE_ENDS, WHY_IMAGE_PATH, is_image_path
from .lead_time_inside import time_inside_lead
from .media_labels import is_media_label   # 'VIDEO: <a headline>': no agency's tag (late37a)   # a short lead with its day inside: 'Đoàn … A, sáng 5/3 đã …'
from .row_gates import GatedRows
from .run_lines import is_run_line   # 'Triển lãm diễn ra từ … đến …': the article's text (late43a)
from .stamps import strip_time

__all__ = ["END_MARKERS", "JUNK_LINES", "AGENCY_TAG", "LEAD_OPENINGS",
           "junk_reason", "is_end_marker", "glued_end_marker", "opens_with_time", "looks_like_byline", "agency_tag_end", "is_leadlike", "is_titlelike",
           "is_caption", "is_teaser", "is_banner", "ARCHIVE_PHOTO", "is_archive_caption"]


# --- lines that are never the article ------------------------------------------------------

# Whole lines (folded text, full match) that are page furniture.
#: A site's contact numbers (a row of JUNK_LINES, below): tried only on a line with a 0 and a digit (speed20b).
CONTACT_NUMBERS = r"(?:[•·|]?\s*[a-z][a-z.&() ]{0,30}?\s*[-–:]\s*\(?0\d{1,3}\)?(?:[ .]?\d){7,9}\s*[|;,•·]?\s*)+"
#: A site's greeting (a row of JUNK_LINES, below), once or run again and again on one line.
GREETING = (r"(?:(?:xin )?chao mung (?:(?:ban|cac ban|quy vi|quy khach|quy doc gia|ban doc)(?: da)? den voi\b"
            r"|den voi (?:trang|cong|website|web|bao|tap chi)\b).{0,80}?\s*){1,8}")
_GREETING = re.compile(GREETING)
_WHY_GREETING = M_("a site's greeting: 'Chào mừng bạn đến với Trang thông tin điện tử huyện A'")
JUNK_LINES: tuple[tuple[str, str], ...] = (
    (r"image banner|banner|admin|quang cao|advertisement|null|tag|tags|chu thich anh",
     M_("page furniture: 'image banner', 'admin', 'Chú thích ảnh'")),
    (r"\S+\.(?:jpe?g|png|gif|webp|bmp)", M_("an image file name: '1.JPG'")),
    (r"[\d\s.…]+", M_("page numbers: '1 2 3 4 5 ...'")),
    (r"[{}\[\]()<>|/\\*#=_~^!-]+", M_("a stray bracket or symbol: {examples}", examples="'{', '![]() |'")),
    (r"!\[[^\]]*\]\([^)]*\)\s*\|?", M_("an image placeholder: '![]() |'")),
    (r"[a-z]{5,}", M_("a stray token without Vietnamese letters or capitals: 'fbytzltw'")),
    (r"(?:dang online|hom nay|trong tuan|tat ca|hom qua|thang nay)\s*:\s*[\d.,]+", M_("visitor counters")),
    (r"(?:[•·*-]\s*)?[\d.,]*\s*luot (?:xem|doc|thich)\s*:?\s*[\d.,]*", M_("a view counter: '2,930 lượt xem', 'Lượt xem:'")),
    (r"(?:trang chu|home)\b.*", M_("a breadcrumb: 'Trang chủ / Thời sự / Hợp tác'")),
    (r"(?:.*\s[/>»›|]\s){2,}.*", M_("a menu or breadcrumb: 'Cỡ chữ: A A A | In bài | Gửi email'")),
    (r"[^.,;:!?]{1,40}\s[>»›]\s[^.,;:!?]{1,40}", M_("a short breadcrumb: 'Tin tức > Tin trong tỉnh'")),
    (r"logo|print|in bai|ban in|gui email|co chu\s*:.*|font size.*", M_("page furniture: 'logo', 'In bài'")),
    # a row of print-and-send links ("Bản in     Gởi bài viết", "In bài viết | Gửi email", "In trang  Lưu bài")
    (r"(?:(?:ban in|in bai(?: viet)?|in trang|gui email|gui mail|(?:gui|goi) (?:bai(?: viet)?|cho ban be)|luu bai(?: viet)?)"
     r"\s*[|/•·]?\s*){2,}", M_("a row of print-and-send links: 'Bản in  Gửi bài viết'")),
    (r"(?:a[+-]?\s*){1,4}", M_("a font-size widget: 'A+ A A-', 'aa'")),
    # the time a print view was made ("In ngày 22/11/2024", "Ngày in: 22/11/2024 09:35"): the reader's day,
    # never the article's (a print page of 2009 printed in 2024)
    (r"(?:(?:[|•·-]|in bai(?: viet)?|ban in|in trang|trang in)\s*[|•·-]?\s*)*(?:in ngay|ngay in|in luc|thoi gian in|ngay gio in)"
     r"\s*:?\s*(?:thu \w+,?\s*)?"
     r"\d{1,2}\s*[/.-]\s*\d{1,2}\s*[/.-]\s*\d{4}(?:,?\s*(?:-\s*)?\d{1,2}\s*[:h]\s*\d{2}(?::\d{2})?(?:\s*(?:sa|ch|am|pm))?)?",
     M_("page furniture: 'logo', 'In bài'")),   # (a print page's furniture)
    (r"icon\b.*|(?:(?:dang nhap|dang ky|dang xuat|tim kiem|menu|rss|lien he|gioi thieu|so do trang|english|tieng viet)"
     r"(?:\s*[|/•·]\s*|\s*$))+|(?:hotline|duong day nong)\b.*", M_("site controls: 'icon 24h qua', 'Đăng nhập | Đăng ký', 'Đường dây nóng: …'")),
    (r"tieng viet\s*\|\s*english|english\s*\|\s*tieng viet", M_("a language switch: 'Tiếng Việt | English'")),
    # a site's contact numbers, one or more bureaus in a row ("Hà Nội - 02437919191   TP. Hồ Chí Minh -
    # 02839919191", "Điện thoại: 0292.3821.234 | Fax: 0292.3821.235"; round 20): a number of ten or eleven
    # digits opening with 0 (dots or spaces inside), after a short label; a bureau's city is no party
    (CONTACT_NUMBERS, M_("a site's contact numbers: 'Hà Nội - 02437919191   TP. Hồ Chí Minh - 02839919191'")),
    (r".*https?://.*", M_("a line with a web address: 'Cổng thông tin điện tửhttps://…'")),
    (r"[\d:]+\s*/\s*[\d:]+|[\d:]+", M_("an audio player: '0:00 / 0:00'")),
    (r"(?:[•·*-]\s*)?(?:nam|nu) mien (?:bac|nam|trung)", M_("a voice choice of a read-aloud player: 'Nữ miền Bắc'")),
    # (and old portals' compound ones: "Tin tức - Sự kiện", "Thời sự - Chính trị", "Tin hoạt động", "Thông tin đối ngoại")
    (r"xuat ban thong tin|chi tiet bai viet.*|su kien noi bat|tin tuc|chinh tri|kinh te|xa hoi|the gioi"
     r"|tin tuc\s*[-–—:/|]?\s*su kien|thoi su\s*[-–—:/|]\s*chinh tri|tin (?:hoat dong|trong tinh|dia phuong|doi ngoai)"
     r"|(?:thong tin|hoat dong) doi ngoai",
     M_("a section label: 'Tin tức', 'Xuất bản thông tin'")),
    # the site's masthead: its name ('Báo Sơn La điện tử - Tin tức cập nhật trong ngày', 'Tạp chí … điện tử', 'Trang tin điện tử …')
    # and its imprint ('Tổng Biên tập: …', 'Cơ quan chủ quản: …', 'Giấy phép số … do Bộ … cấp')
    (r"(?:cong|trang) (?:thong tin|tin|tt) dien tu\b.{0,50}|cong ttdt\b.{0,50}|(?:bao|tap chi) (?:[a-z]+ ){0,4}dien tu\b.{0,50}"
     r"|(?:pho )?tong bien tap\s*:.{0,60}|co quan chu quan\s*:.{0,80}|giay phep (?:so|xuat ban|hoat dong)\b.{0,100}"
     r"|chiu trach nhiem (?:noi dung|xuat ban)\s*:.{0,60}",
     M_("a site's name: 'Cổng thông tin điện tử tỉnh …', 'Báo điện tử …'")),
    (r"(?:bai|anh|bai va anh|tin|tin va anh|video|clip)\s*:.{0,40}", M_("a credit line: 'Bài và ảnh: Phan Anh'")),
    (r"\(?nguon\s*:.{0,60}\)?", M_("a source line: '(Nguồn: Cổng thông tin …)'")),
    # (not "báo cáo", "bảo vệ", "bão số 3", … folded alike)
    (r"(?:\((?:theo\s+)?|theo\s+)bao\s+(?!(?:cao|chi|gia|dong|hieu|ve|tri|dam|so|ton|hiem|lanh|quan|tang)(?!\w))"
     r"[^.,;:()]{2,30}\)?", M_("a source line: '(Báo Quảng Nam)', 'Theo Báo Cà Mau'")),
    # a related article's link in the body: its title after an arrow, no sentence ("» Tỉnh A và tỉnh B ký kết
    # hợp tác" names an earlier story's partners, not this one's)
    (r"(?:>>|»|►|▶)\s*[^.!?]{8,200}", M_("a related article's link: '>> Tỉnh A và tỉnh B ký kết hợp tác'")),
    # a place and its temperature, once or as a range: "Hà Nội: 16°C Hà Nội", "Cà Mau, 32°C/ 32°C - 33°C"
    # ... the range's low end may lack its sign ("Bắc Giang 24 °C / 24 - 32 °C"; meta34)
    (r"[^.;!?°]{0,40}?\d{1,2}(?:[.,]\d)?\s*°\s*c?(?:\s*[-–/~]\s*\d{1,2}(?:[.,]\d)?(?:\s*°\s*c?)?){0,2}[^.;!?°]{0,40}",
     M_("a weather widget: 'Hà Nội: 16°C Hà Nội', 'Cà Mau, 32°C/ 32°C - 33°C'")),
    # a site's greeting over its masthead (meta34): no headline ("Chào mừng bạn đến với Trang thông tin điện tử huyện A")
    # ... without the reader named when the site is ("Chào mừng đến với Trang thông tin Công an tỉnh A"), and
    # the greeting run again and again on one line, a scraped marquee (late38c): its province is the site's
    (GREETING, _WHY_GREETING),
    # a follow-us button: the site's name "on" a news reader or a social network (meta34)
    (r"(?:theo doi )?[a-z0-9.-]{2,40} tren (?:google news|google tin tuc|zalo|facebook|youtube|tiktok)",
     M_("a follow-us button: 'BAOA.VN trên Google News'")),
    # a school's or institute's masthead, its name then its English name (meta34): the school's province is no party
    (r"(?:truong |hoc vien |dai hoc |vien ).{2,60}\s[-–|]\s(?:[a-z&]+\s){0,6}(?:university|college|academy|institute)"
     r"(?:\s(?:of\s)?[a-z]+){0,4}",
     M_("a school's masthead: 'Trường Đại học A - A University'")),
)
_JUNK = [(re.compile(p), why) for p, why in JUNK_LINES]
_ANY_JUNK = re.compile("|".join(f"(?:{p})" for p, _ in JUNK_LINES))
# the gate of junk_reason: every row but the contact numbers', which is tried alone on a line with "0" and a digit
# after it (its number opens so): at the start of every line of a page, its label's lazy reach cost more than all
# the other rows (speed20b). (No row holds a numbered group's back-reference: dropping one renumbers nothing used.)
# ... and the rows whose reach from a line's start costs most (row_gates), each apart: how the row opens,
# what every line it matches holds (tests/test_prefilters_*.py)
_ANY_JUNK_BUT_CONTACT = GatedRows([p for p, _ in JUNK_LINES if p is not CONTACT_NUMBERS], (
    (r"(?:.*\s[/>»›|]\s){2,}", ("/", ">", "»", "›", "|")),   # a menu or breadcrumb
    (r"[^.,;:!?]{1,40}\s[>»›]\s", (">", "»", "›")),          # a short breadcrumb
    (r".*https?://", ("http",)),                               # a web address
    (r"[^.;!?°]{0,40}?\d{1,2}", ("°",)),                       # a weather widget
))
_CONTACT = re.compile(CONTACT_NUMBERS)
_ZERO_DIGIT = re.compile(r"0\d")
_STRAY_TOKEN = re.compile(r"[a-z]{5,}")


# A related article's card: an image placeholder, the card's summary and the table cell's bar on
# one line ("![]() Ngày 5/3, tại trụ sở UBND tỉnh A, … |"), standing apart from the article's
# paragraphs: its dates and places are another article's.
_CARD = re.compile(r"!\[[^\]]*\]\([^)]*\)\s*\S.{20,}\s\|")
_WHY_CARD = M_("a related article's card: '![]() <its summary> |'")


# A site's web address and slogan ("Vietnam.vn - Nền tảng quảng bá Việt Nam", "Baoabc.vn | Tin tức 24h"; round
# 19): a domain, a dash or bar, a few words with no sentence in them. Tried only on a line with a domain's dot
# (one more pattern in _ANY_JUNK would be tried on every line).
SITE_ADDRESS = re.compile(r"[a-z0-9-]+(?:\.[a-z0-9-]+)*\.(?:vn|com|net|org|info)\s*[-–|:]\s*[^.!?;]{2,60}")
_WHY_SITE_ADDRESS = M_("a site's address and slogan: 'Vietnam.vn - Nền tảng quảng bá Việt Nam'")


def junk_reason(raw: str, folded: str) -> str | None:
    """Why a whole line is page furniture, or None."""
    if folded[-1:] in "gfp" and folded.endswith(IMAGE_ENDS) and is_image_path(folded):   # (cheap tests first)
        return WHY_IMAGE_PATH   # "C:\\Users\\A\\IMG_0828.jpg", "Lễ ký kết giữa hai xã.jpg" (image_paths)
    if folded.startswith("![") and _CARD.fullmatch(folded):
        return _WHY_CARD
    if len(folded) <= 100 and (".vn" in folded or ".com" in folded or ".net" in folded or ".org" in folded
                               or ".info" in folded) and SITE_ADDRESS.fullmatch(folded):
        return _WHY_SITE_ADDRESS
    if len(folded) > 160 and folded.startswith(("chao mung", "xin chao mung")) and len(folded) <= 800 \
            and _GREETING.fullmatch(folded):
        return _WHY_GREETING   # a site's greeting run again and again: long, and chrome
    if site_notice(folded):
        return WHY_SITE_NOTICE   # "…, trang web tạm ngừng cập nhật thông tin …": long, and chrome (site_notices)
    if len(folded) > 160 or not (_ANY_JUNK_BUT_CONTACT.fullmatch(folded)   # junk is short
                                 or (_ZERO_DIGIT.search(folded) and _CONTACT.fullmatch(folded))):
        return None
    for rx, why in _JUNK:
        if rx.fullmatch(folded):
            # "[a-z]{5,}" must not eat a real one-word line with capitals or accents
            if rx.pattern == _STRAY_TOKEN.pattern and raw != folded:
                continue
            return why
    return None


_HEADLINE_WORDS = re.compile(r"\b(?:hợp tác|ký kết|hội nghị|hội đàm|kết nghĩa|hữu nghị|tăng cường|thăm|và)\b")


_TRAILING_BRACKET = re.compile(r"\s*\([^)]*\)\s*$")   # "Hương Thu (TTXVN)"
_INITIALS_NAME = re.compile(r"(?:[A-ZĐ]\.\s*)+\w+")   # "H. Hải"


def looks_like_byline(raw: str) -> bool:
    """'Ánh Tuyết', 'H. Hải', 'Hương Thu (TTXVN)', 'PV', 'LĂNG A CÚI - P. GIANG'."""
    # (a line that does not end with ")" has no bracket to drop: the regex, which tries
    # every "(" of a long paragraph, runs only on the others)
    raw = (_TRAILING_BRACKET.sub("", raw) if raw.rstrip().endswith(")") else raw).strip()
    if not raw or len(raw) > 40 or raw.endswith((".", ":", ";", ",")) and not _INITIALS_NAME.fullmatch(raw):
        return False
    words = raw.replace(".", ". ").replace(" - ", " ").split()
    if not 1 <= len(words) <= 6:
        return False
    if _HEADLINE_WORDS.search(raw.lower()):  # "QUẢNG NINH - QUẢNG TÂY HỢP TÁC" is a headline
        return False
    return all(w[0].isupper() for w in words if w[0].isalpha())


# --- the lead ---------------------------------------------------------------------------

#: An agency or site tag before the lead (original text): "(VOV5) - ", "(QNO) - ",
#: "VOV.VN - ", "HNP - ", "TTTĐ - ", "Điện Biên TV - ", "(GLO)- ", "LSO-", "(BL-TĐ) ".
AGENCY_TAG = re.compile(r"""(?:
      \([^()\n]{1,40}\)\s*(?:[-–—:]\s*)?                     # (VOV5) - , (BL-TĐ)
    | [A-ZĐ][A-ZĐ0-9.&]{1,15}(?:\s+(?:online|Online|TV))?\s*[-–—:]\s*   # VOV.VN - , LSO-
    | (?:[A-ZĐ][\wÀ-ỹ]*\s){1,3}(?:TV|Online|online)\s*[-–—:]\s*        # Điện Biên TV -
    | (?:[A-ZĐ][\wÀ-ỹ+.]*\s){0,3}[A-ZĐ][\wÀ-ỹ+.]*\s+[-–—]\s+          # Lao Động - Sáng 8/4
      (?=(?:Sáng|Chiều|Tối|Trưa|Đêm|Rạng|Ngày|Hôm|Trong|Từ|Vừa|Mới|Lúc|Thứ)\b)
    )""", re.VERBOSE)

#: How a lead opens (folded, after the tag): a time expression, then a number or a comma.
LEAD_OPENINGS: tuple[tuple[str, str], ...] = (
    # ... a weekday may stand between the part of the day and the date ("Sáng thứ Năm (5/3), …", "Chiều Chủ nhật,
    # 8/3, …"; para32: such a short lead was no lead, and a later paragraph's day won)
    (r"(?:vao\s+)?(?:buoi\s+)?(?:rang sang|sang|chieu|toi|trua|dem)(?:\s+(?:ngay|hom nay|hom qua|nay|qua|mai))?"
     r"(?:\s+(?:thu\s+(?:hai|ba|tu|nam|sau|bay|[2-7]\b)|chu\s+nhat)\s*,?)?\s*(?:\(\s*)?(?:\d|,)",
     "Sáng 14/1, …; Chiều nay (20.6), …; Sáng nay, …; Sáng thứ Năm (5/3), …"),
    (r"(?:vao\s+)?(?:ngay|hom)\s+(?:mung\s+)?\d", "Ngày 21/3, …; hôm 5/3"),
    (r"hom (?:nay|qua)\s*[,(]?\s*(?:\d|,)?", "Hôm nay, 11/3, …"),
    (r"(?:trong|suot)\s+(?:hai|ba|bon|nam|2|3|4|5|nhung|cac)\s+ngay\b", "Trong 2 ngày 26, 27/3, …"),
    (r"tu\s+ngay\s+\d", "Từ ngày 28/2 đến …"),
    (r"(?:vao\s+)?luc\s+\d{1,2}\s*(?:h|gio|:)", "Lúc 8 giờ sáng ngày 12/3, …"),
    (r"(?:vua qua|moi day|vua roi|cuoi tuan qua|dau tuan nay|tuan qua|nhung ngay qua)\s*,", "Vừa qua, …; Mới đây, …"),
    (r"(?:thu\s+(?:hai|ba|tu|nam|sau|bay|\d)|chu\s+nhat)\s*(?:\(\s*)?[,\d]", "Thứ Hai (14/3), …; Chủ nhật, ngày 8/3, …"),

)
# (no "^": both are tried with .match(folded, tag) after an agency tag, and "^" holds only at the string's start, so a
# lead after "(Báo A) - " never matched its opening; meta31)
_LEAD_OPENING = re.compile(r"(?:" + "|".join(f"(?:{p})" for p, _ in LEAD_OPENINGS) + ")")
#: A framing clause a lead may open with; such a line is a lead only when it is long.
_FRAMING_OPENING = re.compile(r"(?:nham|tren co so|thuc hien|trong khuon kho|nhan dip|chao mung|huong toi|nhan loi moi)\s")
_SENTENCE_END = re.compile(r"[.!?…][\"”’')\]]*(?:\s|$)")


def opens_with_time(raw: str, folded: str) -> bool:
    """Does the line open (after an agency tag) with a lead's time expression ('Chiều 18/10, …')?"""
    return bool(_LEAD_OPENING.match(folded, agency_tag_end(raw)))


def agency_tag_end(raw: str) -> int:
    """Where the text after an agency tag starts (0 when there is none)."""
    m = AGENCY_TAG.match(raw) if len(raw) >= 40 else None   # (a short line counts no tag: not tried)
    if m is None or m.end() >= len(raw):
        return 0
    return m.end()


def _clean_end(raw: str) -> str:
    return raw.rstrip(" |\t\xa0")


def is_leadlike(raw: str, folded: str) -> bool:
    """Does the line read like the lead paragraph rather than a headline?"""
    tag = agency_tag_end(raw)
    words = len(raw.split())
    if tag and words >= 8 and (len(raw) >= 90 or raw.rstrip(' |')[-1:] in '.!?…"”') \
            and not is_media_label(raw, tag):   # not 'TP.HCM: <a headline>', nor 'VIDEO: <a headline>' (media_labels)
        return True
    if _LEAD_OPENING.match(folded, tag) and words >= 5:
        return True
    if _FRAMING_OPENING.match(folded, tag) and words >= 16 and "," in raw:
        return True
    if len(raw) >= 250:
        return True
    end = _clean_end(raw)
    return len(end) >= 100 and words >= 14 and bool(_SENTENCE_END.search(end[-3:] + " ")) or time_inside_lead(raw, folded)


def is_titlelike(raw: str, folded: str) -> bool:
    """A headline: not a lead or a festive banner. (A photo caption over the lead may stand
    for a missing headline: it tells the occasion; its credit is cut, see PHOTO_CREDIT. A stock
    photo's label, or a scene's caption with its credit (article_lines.credited_caption), tells none.)"""
    words = strip_time(raw).split()
    return 4 <= len(words) <= 60 and len(raw) <= 320 and not is_leadlike(raw, folded) and not is_banner(folded) \
        and not is_stock_photo_label(folded)


#: A line that is only a stock or archive photo's label and the photo's source: it tells no occasion,
#: so it never stands for a missing headline. Over a page that opens with its lead, "Ảnh minh họa.
#: (Nguồn: TTXVN)" has four words and was the headline (a bare "Ảnh minh họa" has too few). A caption
#: with words of its own stays one: "Lễ ký kết giữa hai tỉnh năm 2010 (Ảnh tư liệu)", "Ảnh minh họa: Hai tỉnh
#: ký kết năm 2010" (a source is bracketed, told by "Nguồn"/"Theo", or three words at most). (folded shape, example)
STOCK_PHOTO_LABELS: tuple[tuple[str, str], ...] = (
    ("anh minh hoa. (nguon: <source>)", "Ảnh minh họa. (Nguồn: Báo A)"),
    ("anh minh hoa - nguon <source>", "Ảnh minh họa - Nguồn internet"),
    ("(anh tu lieu) <source>", "(Ảnh tư liệu) Báo A"),
    ("anh: tu lieu/<source>", "Ảnh: Tư liệu/Báo A"),
)
_STOCK_PHOTO_LABEL = re.compile(r"\(?anh\s*:?\s*(?:tu lieu|minh hoa)\s*\)?\s*[.:,/–-]?\s*"
                                r"(?:\(\s*(?:(?:nguon|theo)\b\s*:?\s*)?[^()\s][^()]{0,40}\)"   # (Nguồn: Báo A)
                                r"|(?:nguon|theo)\b\s*:?\s*[^()\s][^()]{0,40}"   # Nguồn internet
                                r"|[^()\s]+(?:\s+[^()\s]+){0,2})?\s*\.?$")   # Báo A, TTXVN


def is_stock_photo_label(folded: str) -> bool:
    """'Ảnh minh họa. (Nguồn: Báo A)', '(Ảnh tư liệu) Báo A' (folded): see STOCK_PHOTO_LABELS."""
    return folded.startswith(("anh", "(anh")) and len(folded) <= 80 and bool(_STOCK_PHOTO_LABEL.match(folded))


#: A photo credit closing a line: "… tại UBND tỉnh Kon Tum. Ảnh: Nguyễn Văn A-TTXVN",
#: "… (Ảnh: Minh Đức)".
PHOTO_CREDIT = re.compile(r"[\s.]*[(\[]?\s*(?:Ảnh|ẢNH|Photo|Nguồn ảnh)\s*:[^()\[\]]{0,80}[)\]]?\s*$")


#: An abbreviation that stands before a name ends no sentence: "TP. Hồ Chí Minh",
#: "TX. Sa Pa", "H. Bảo Yên", "Q. 1", "PGS. TS. …", "PGS.TS. …" (one glued to the other) (searched just
#: before the stop). Not "HT." (Hòa thượng, a monk's rank): the sentence it would join runs on to what a
#: host did ("HT. … đã tiếp phái đoàn … đến thăm và làm việc"), read as a working session where the page
#: tells a visit (round 57, culture54w 02).
ABBREVIATION_END = re.compile(r"(?:^|[\s(]|(?<=GS)\.)(?:TP|Tp|tp|TX|Tx|TT|Q|H|X|P|TS|PGS|GS|ThS|Th\.S)\.$")
# The last letters of those abbreviations: a stop after any other character ends no
# abbreviation, and the regex is not run (tests/test_prefilters_*.py keeps the two in step).
ABBREVIATION_LAST = frozenset("PpXxTQHS")


#: A festive banner in a site's header (folded): a greeting with a year.
_BANNER = re.compile(r"^(?:nhiet liet )?(?:chao mung|mung|chuc mung|don chao|vui don)\b.*\b(?:19|20)\d\d\b")


def is_banner(folded: str) -> bool:
    """'Chào mừng kỷ niệm 50 năm giải phóng miền Nam 2025', 'Mừng Đảng, mừng Xuân 2026'."""
    return len(folded) <= 120 and bool(_BANNER.match(folded))


#: A photo caption (original text): a credit 'Ảnh: …', '(Ảnh tư liệu)', 'Nguồn ảnh'.
_CAPTION = re.compile(r"\b(?:Ảnh|ẢNH|ảnh|Nguồn ảnh|Photo)\s*(?::|tư liệu|\d)|^(?:Quang cảnh|Toàn cảnh)\b"
                      r"|\((?:bìa|thứ \w+ từ|đứng|ngồi|ở|chính)?\s*(?:trái|phải|giữa)\)")


#: A caption that shows an archive or a stock photo, not the page's occasion: what it tells (a signing
#: "năm 2010", a day) gives the page's occasion no year. (folded words, example)
ARCHIVE_PHOTO: tuple[tuple[str, str], ...] = (
    ("anh tu lieu", "Lãnh đạo hai huyện ký biên bản kết nghĩa năm 2010 (Ảnh tư liệu)"),
    ("anh: tu lieu", "Lễ kết nghĩa giữa hai xã. Ảnh: Tư liệu"),
    ("anh minh hoa", "Một buổi giao lưu văn nghệ giữa hai huyện (Ảnh minh họa)"),
)
_ARCHIVE_PHOTO = re.compile(r"anh(?<!\w...)\s*:?\s*(?:tu lieu|minh hoa)\b")   # (\banh …: "anh" first; test_prefilters)


def is_archive_caption(folded: str) -> bool:
    """A caption (folded) of an archive or stock photo (:data:`ARCHIVE_PHOTO`)."""
    return "anh" in folded and bool(_ARCHIVE_PHOTO.search(folded))


# Every match of _CAPTION holds one of "Ảnh", "ẢNH", "ảnh", "Photo", "trái)", "phải)",
# "giữa)" or opens the line with one of these: a cheap test before the regex, which
# would otherwise be tried at every word of every line (is_caption).
CAPTION_OPENINGS = ("Quang cảnh", "Toàn cảnh")


def is_caption(raw: str) -> bool:
    """A short line with a photo credit; a paragraph that points at its photos
    ('… (ảnh 2, 3)') is text, not a caption."""
    if len(raw) > 300 or not ("Ảnh" in raw or "ẢNH" in raw or "ảnh" in raw or "Photo" in raw or "trái)" in raw
                              or "phải)" in raw or "giữa)" in raw or raw.startswith(CAPTION_OPENINGS)):
        return False
    return bool(_CAPTION.search(raw))


#: A related article listed with its date after it, one to a line: "- Đoàn đại biểu tỉnh X
#: thăm tỉnh Y (01-08-2009)", "• Hai huyện ký kết kết nghĩa (12/3/2021)". (The closing
#: bracket would otherwise make it read as a sentence.)
_LISTED_TITLE = re.compile(r"^(?:[-–•·*+]\s*)?\S.{10,160}\(\s*\d{1,2}[-/.]\d{1,2}[-/.]\d{4}(?:\s+\d{1,2}:\d{2})?\s*\)$")


#: Connectives that open a sentence, never a title: the line is text (cut short when it has
#: no stop: the excerpt ends mid-sentence), not a related article's title. (folded, example)
SENTENCE_CONNECTIVES: tuple[tuple[str, str], ...] = (
    ("dac biet", "Đặc biệt, ngày 5/8/2010, hai tỉnh đã ký kết …"),
    ("ngoai ra", "Ngoài ra, hai bên thống nhất …"),
    ("ben canh do", "Bên cạnh đó, …"),
    ("theo do", "Theo đó, hai tỉnh sẽ …"),
    ("truoc do", "Trước đó, ngày 12/8, …"),
    ("dong thoi", "Đồng thời, …"),
    ("tuy nhien", "Tuy nhiên, …"),
    ("nhan dip nay", "Nhân dịp này, đoàn đã trao tặng …"),
    ("cung dip nay", "Cũng dịp này, …"),
    ("ngay sau do", "Ngay sau đó, …"),
)
_CONNECTIVE = re.compile(r"(?:" + "|".join(c for c, _ in SENTENCE_CONNECTIVES) + r")\s*,\s*\S")


#: The fields of a notice, an invitation or a programme, one to a line and often numbered
#: ("2. Thời gian: 03 ngày, dự kiến từ ngày 02 - 04/8", "- Địa điểm: Hội trường UBND huyện"):
#: text of the article, cut short or not, never a related title. (folded label, example)
NOTICE_FIELDS: tuple[tuple[str, str], ...] = (
    ("thoi gian", "2. Thời gian: 03 ngày, dự kiến từ ngày 12 - 14/9/2023"),
    ("thoi gian va dia diem", "Thời gian và địa điểm: ngày 5/6, tại thành phố Vinh"),
    ("dia diem", "- Địa điểm: Hội trường UBND huyện Mường Lát"),
    ("thanh phan", "1. Thành phần: Mời đồng chí Bí thư Huyện ủy …"),
    ("noi dung", "3. Nội dung: trao đổi kinh nghiệm …"),
)
_NOTICE_FIELD = re.compile(r"(?:(?:[0-9]{1,2}|[a-d]|[ivx]{1,4})\s*[.)/-]\s*|[-+•·*]\s*)?(?:"
                           + "|".join(sorted((f for f, _ in NOTICE_FIELDS), key=len, reverse=True)) + r")\s*:")


def is_teaser(raw: str, folded: str) -> bool:
    """A line in the body that is not a sentence: a related article's title, a
    sub-heading, titles glued together ('… xây dựng ĐảngChủ động …'), a related title
    listed with its date ('- … (01-08-2009)'). Its dates are not the article's events."""
    end = _clean_end(raw)
    if end.endswith((")", ")\n")) and _LISTED_TITLE.match(end) and not is_leadlike(raw, folded):  # (its ')$')
        return True
    if not end or end[-1] in ".!?…:;\"”)" or is_caption(raw) or is_leadlike(raw, folded):
        return False
    if "," in folded[:16] and _CONNECTIVE.match(folded):   # "Đặc biệt, ngày …, hai tỉnh …" (cut short)
        return False
    if ":" in folded[:30] and _NOTICE_FIELD.match(folded):  # "2. Thời gian: … dự kiến từ ngày …"
        return False
    if is_run_line(folded):   # "Triển lãm diễn ra từ ngày 15.7 đến tháng 9.2020" (late43a)
        return False
    return 4 <= len(end.split()) <= 40 and len(end) <= 240

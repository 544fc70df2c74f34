"""Site chrome that a title finder took for the headline (titles21): a line of a site's
controls ("Tất cả chuyên mục", "Tìm kiếm tin tức", "Đơn vị hỗ trợ", "Xem với cỡ chữ Tương phản"), its
contact line (with a label or none: "0912 345 678 toasoan@baoabc.vn"), a leader's portrait (known22), an update line
in English ("Last Updated on …", round 55),
a masthead naming the paper's owner ("CƠ QUAN CỦA HỘI NÔNG DÂN VIỆT NAM"), the owner's postal address (late37a) and a breadcrumb glued
to the headline ("Trang chủKinh tếHai huyện ký kết …": the headline stands again under it).
Each is a named row with an example; matched on folded text (no accents, no case, đ→d)
unless said otherwise. Hooked in :func:`hoptac.core.extract.page_lines._chrome_reason_of`.
"""

from __future__ import annotations

import re

from ..messages import M_

__all__ = ["CONTROLS", "MASTHEADS", "POSTAL_ADDRESSES", "WHY_PORTRAIT", "control_reason"]

#: A site's controls, menus and buttons: a line made of these alone (one or more, with bars,
#: dots or spaces between) is chrome. (folded phrase, example)
CONTROLS: tuple[tuple[str, str], ...] = (
    ("tat ca chuyen muc", "Tất cả chuyên mục (the menu's button)"),
    ("chuyen muc", "Chuyên mục"),
    ("tim kiem tin tuc", "Tìm kiếm tin tức (the search box)"),
    ("tim kiem nang cao", "Tìm kiếm nâng cao"),
    ("tim kiem", "Tìm kiếm"),
    ("multimedia", "Multimedia (a menu item)"),
    ("doc bao in", "Đọc Báo in (the print edition)"),
    ("bao in", "Báo in"),
    ("emagazine", "eMagazine"),
    ("xem voi co chu", "Xem với cỡ chữ (font size)"),
    ("(?:tang |giam )?co chu", "Tăng cỡ chữ Giảm cỡ chữ (font size buttons; round 57)"),
    ("(?:tro lai|quay lai|tro ve|quay ve)(?: chu de| trang truoc| danh sach| chuyen muc)?",
     "Trở lại chủ đề, Quay lại trang trước (a back link; round 57)"),
    ("(?:tang |giam )?tuong phan", "Tương phản, Tăng tương phản (contrast)"),
    ("don vi ho tro", "Đơn vị hỗ trợ (the portal's sponsors box)"),
    ("dang ky mua goi an pham", "Đăng ký mua gói ấn phẩm (subscribe)"),
    ("dang nhap", "Đăng nhập"),
    ("dang ky", "Đăng ký"),
    ("moi nhat", "MỚI NHẤT (the latest news tab)"),
    ("a ?[+-]", "A- A A+ (font size)"),
    ("a", "A"),
    ("chia se bai viet len \\w+\\+?", "Chia sẻ bài viết lên facebook, … lên google+ (share)"),
    ("dong cua so(?: tu van| ho tro| tro chuyen| chat)?", "Đóng cửa sổ tư vấn [X] (a chat box's close button)"),
    ("\\[x\\]|\\(x\\)|×", "[X] (a close button)"),
    ("skip (?:to )?(?:the )?(?:main )?(?:content|navigation|search)|skip navigation|skip ribbon commands",
     "Skip to main content, Skip Ribbon Commands (a screen reader's links, SharePoint portals)"),
    ("(?:chuyen|di|bo qua) (?:den|toi) noi dung(?: chinh)?|bo qua noi dung(?: chinh)?",
     "Chuyển đến nội dung chính, Bỏ qua nội dung (the same in Vietnamese)"),
    ("dang tai(?: noi dung| du lieu| trang| bai viet)?(?:\\s*,?\\s*vui long cho(?: trong)? (?:giay lat|mot chut))?"
     "\\s*(?:\\.{2,3}|…)?",
     "Đang tải nội dung, vui lòng chờ giây lát... (a loading placeholder the scraper caught)"),
    ("vui long cho(?: trong)? (?:giay lat|mot chut)\\s*(?:\\.{2,3}|…)?", "Vui lòng chờ giây lát (the same, alone)"),
)
_CONTROL = "(?:" + "|".join(p for p, _ in sorted(CONTROLS, key=lambda r: -len(r[0]))) + ")"
_CONTROLS_LINE = re.compile(rf"(?:{_CONTROL}\s*[|/•·:]?\s*)+")

#: A masthead naming the paper's owner or its role: a short line with no sentence in it.
#: (folded shape, example)
MASTHEADS: tuple[tuple[str, str], ...] = (
    (r"co quan (?:ngon luan |thong tin |chu quan )?(?:cua|truc thuoc)\s[^.!?:;]{3,80}",
     "CƠ QUAN CỦA HỘI NÔNG DÂN VIỆT NAM"),
    (r"(?:tieng noi|dien dan) cua\s[^.!?:;]{3,80}", "Tiếng nói của Đảng bộ, chính quyền và nhân dân tỉnh A"),
)
_MASTHEAD = re.compile("|".join(f"(?:{p})" for p, _ in MASTHEADS))

#: A site's visitor counter, one figure a line under "Thống kê truy cập": "Tổng truy cập 7.036.256",
#: "Truy cập hiện tại 1.008 khách", "Đang online: 25". (folded)
_VISITORS = re.compile(r"(?:tong (?:so )?(?:luot )?truy cap|(?:so )?luot truy cap|truy cap hien tai|dang truy cap"
                       r"|truy cap (?:trong )?(?:ngay|tuan|thang|nam)|dang online|online)\s*:?\s*[\d.,]+"
                       r"(?:\s*(?:khach|luot|nguoi))?")

#: A site's contact line: "* Email: toasoan@baoabc.vn *Tòa soạn: 0912345678", "Điện thoại: 0291 … | Email: …":
#: it opens with a contact label and holds an address or a long number. (folded)
_CONTACT_LINE = re.compile(r"[*•·-]?\s*(?:e-?mail|toa soan|dien thoai|dt|fax|hotline|duong day nong)\s*:.{0,150}")
_CONTACT_FIELD = re.compile(r"@|\d{9}|\d{3,4}[ .]\d{3}[ .]\d{3}")
#: ... or with no label, its phone numbers and addresses alone: "0912 345 678 toasoan@baoabc.vn",
#: "0912.345.678 - [email protected]" (an address a site's script hides). (folded)
_PHONE_OR_MAIL = r"(?:\+?84[ .]?|0)\d{2,3}(?:[ .]?\d{3}){2}\d?|[\w.+-]+@[\w-]+(?:\.[\w-]+)+|\[email\W{0,6}protected\]"
_BARE_CONTACT = re.compile(rf"(?:{_PHONE_OR_MAIL})(?:\s*[|/,;•·-]?\s*(?:{_PHONE_OR_MAIL}))*")

#: The site owner's postal address in its header (late37a): the owner's name perhaps, then a house number and a
#: street, its ward and district, and last its province or city, nothing else ("Văn phòng Tỉnh ủy A. Số 12, đường
#: B, phường C, thành phố D, tỉnh A.", "Địa chỉ: Số 5 phố B, quận C, thành phố Hà Nội"). Above the headline it
#: names no venue and no party, and it is no lead: a lead that is an address goes on after the province ("Sáng
#: 5/3, tại số 12, đường B, phường C, tỉnh A, hai tỉnh đã …"), or opens with its day. (folded shape, example)
POSTAL_ADDRESSES: tuple[tuple[str, str], ...] = (
    (r"(?:[^.!?:;,]{3,80}[.:,-]\s*)?(?:(?:dia chi|tru so)\s*:\s*)?so\s+\d+[a-z]?(?:/\d+)*\s*,?\s*(?:duong|pho|ngo|hem)\s"
     r"[^.!?:;,]{1,40}(?:,\s*(?:phuong|xa|quan|huyen|thi xa|thi tran|khu pho|khu|to|ap|thon|khom|thanh pho|tp\.?)\s"
     r"[^.!?:;,]{1,30}){0,4},\s*(?:tinh|thanh pho|tp\.?)\s*[^.!?:;,]{1,30}\.?",
     "Văn phòng Tỉnh ủy A. Số 12, đường B, phường C, thành phố D, tỉnh A."),
)
_POSTAL_ADDRESS = re.compile("|".join(f"(?:{p})" for p, _ in POSTAL_ADDRESSES))

#: A leader's portrait in a sidebar: "Đồng chí NGUYỄN VĂN A" (the name in capitals), the title on the
#: next line. (original text)
_PORTRAIT = re.compile(r"(?:Đồng chí|Đ/c|Ông|Bà)\s+(?:[A-ZĐÀ-Ỹ]+\s+){1,4}[A-ZĐÀ-Ỹ]+")

#: The page's own title as a browser shows it: "Chi tiết - Sở Văn hóa và Du lịch", "Chi tiết tin - Tin tức
#: sự kiện - Sở Ngoại vụ" (a detail view and the site's name). (folded)
_DETAIL_VIEW = re.compile(r"chi tiet(?: tin(?: tuc)?| bai viet)?\s*[-–|:]\s*[^.!?]{2,100}")

#: A menu's item: a short line opening with a bullet ("• Lịch sử truyền thống", "• Giới thiệu"): a headline
#: opens with no bullet. (original text; how many words at most)
MENU_ITEM_WORDS = 8

#: A breadcrumb glued to the headline (original text): "Trang chủ" then at once a capital letter
#: with no space ("Trang chủXã hộiĐoàn công tác …"); a site printed its path and title as one line.
_GLUED_CRUMB = re.compile(r"^(?:Trang chủ|TRANG CHỦ|Trang Chủ|Home)\s*[>»›/|]?(?=[A-ZĐÀ-Ỹ])")

#: A site's update line in English (Joomla-like templates), the site's or the page's last change, not the posting:
#: "Last updateThứ 2, 26 10 2020 11am", "Last Updated on Monday, 26 October 2020 11:00" when no stamp form reads it (a
#: spaced or glued date; a line a stamp form reads is a stamp first). Never a headline. (folded; round 55)
_LAST_UPDATE = re.compile(r"last updated?(?:\s+on)?\s*:?.{0,60}")

_WHY_ADDRESS = M_("a site's postal address: 'Số 12, đường B, phường C, tỉnh A.'")
_WHY_CONTROLS = M_("a site's controls: 'Tất cả chuyên mục', 'Tìm kiếm tin tức', 'Đơn vị hỗ trợ'")
_WHY_MASTHEAD = M_("a site's masthead: 'CƠ QUAN CỦA …'")
_WHY_VISITORS = M_("a visitor counter: 'Tổng truy cập 7.036.256'")
_WHY_CONTACT = M_("a site's contact line: 'Email: … Tòa soạn: …'")
WHY_PORTRAIT = M_("a leader's portrait in a sidebar: 'Đồng chí NGUYỄN VĂN A'")
_WHY_DETAIL = M_("the page's title in a browser: 'Chi tiết - <the site's name>'")
_WHY_MENU_ITEM = M_("a menu's item: '• Giới thiệu'")
_WHY_CRUMB = M_("a breadcrumb glued to a title: 'Trang chủXã hội…'")
_WHY_UPDATE = M_("a site's update line: 'Last update …'")


def control_reason(raw: str, folded: str) -> str | None:
    """Why the line is a site's controls, its masthead or a glued breadcrumb, or None."""
    if len(folded) > 200:
        return None
    if _CONTROLS_LINE.fullmatch(folded):
        return _WHY_CONTROLS
    if folded.startswith(("co quan", "tieng noi", "dien dan")) and _MASTHEAD.fullmatch(folded):
        return _WHY_MASTHEAD
    if ("truy cap" in folded or "online" in folded) and _VISITORS.fullmatch(folded):
        return _WHY_VISITORS
    if ":" in folded[:20] and _CONTACT_LINE.fullmatch(folded) and _CONTACT_FIELD.search(folded):
        return _WHY_CONTACT
    if _BARE_CONTACT.fullmatch(folded.strip()):
        return _WHY_CONTACT
    if "so " in folded and ("duong " in folded or "pho " in folded or "ngo " in folded or "hem " in folded) \
            and _POSTAL_ADDRESS.fullmatch(folded.strip()):   # (every address holds a number and a street's word)
        return _WHY_ADDRESS
    if raw[:1] in "ĐÔB" and _PORTRAIT.fullmatch(raw.strip()):
        return WHY_PORTRAIT
    if folded.startswith("chi tiet") and _DETAIL_VIEW.fullmatch(folded):
        return _WHY_DETAIL
    if raw[:1] in "•·" and len(raw.split()) <= MENU_ITEM_WORDS + 1 and raw.rstrip()[-1:] not in ".!?:":
        return _WHY_MENU_ITEM
    if _GLUED_CRUMB.match(raw):
        return _WHY_CRUMB
    if folded.startswith("last update") and _LAST_UPDATE.fullmatch(folded):
        return _WHY_UPDATE
    return None

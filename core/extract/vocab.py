"""Word lists the extraction reads, kept as tables a linguist can review.

Every entry is matched on folded text (no accents, no case, đ→d), so the folded
form is what is written here; the Vietnamese original is beside it.
"""

from __future__ import annotations

import re

from ..text import fold_query

# -- event types --------------------------------------------------------------------------
# (folded keyword, type, example). In a lead sentence the EARLIEST keyword decides the
# main event's type ("Thành ủy Hà Nội ban hành Thông báo ... kết luận Hội nghị" is an
# announcement; "Tại thành phố Yên Bái tổ chức Hội nghị sơ kết ..., ký kết ..." a
# conference). For earlier milestones in the body a signing outranks the rest.
TYPE_KEYWORDS: tuple[tuple[str, str, str], ...] = (
    ("ky ket", "signing", "đã ký kết Biên bản ghi nhớ hợp tác toàn diện"),
    ("ky thoa thuan", "signing", "hai tỉnh ký thỏa thuận hợp tác"),
    ("ky bien ban", "signing", "ký biên bản ghi nhớ"),
    ("ky ghi nho", "signing", "ký ghi nhớ hợp tác"),
    ("ky ban ghi nho", "signing", "đã ký Bản ghi nhớ hợp tác"),
    ("ky hiep dinh", "signing", "ký Hiệp định hợp tác"),
    ("trao bien ban", "signing", "trao Biên bản ghi nhớ"),
    ("le ky", "signing", "Lễ ký kết chương trình hợp tác"),
    ("ky chuong trinh", "signing", "ký chương trình phối hợp"),
    ("ky hop tac", "signing", "hai tỉnh ký hợp tác phát triển du lịch (folded, not 'kỳ họp')"),
    ("hoi nghi", "conference", "Hội nghị sơ kết chương trình hợp tác"),
    ("so ket", "conference", "sơ kết 5 năm hợp tác"),
    ("tong ket", "conference", "tổng kết thỏa thuận hợp tác"),
    ("toa dam", "conference", "tọa đàm hợp tác phát triển du lịch"),
    ("hoi thao", "conference", "Hội thảo xúc tiến đầu tư"),
    ("dien dan", "conference", "Diễn đàn hợp tác"),
    ("hoi dam", "conference", "hội đàm giữa hai tỉnh"),
    ("ky hop", "conference", "Kỳ họp thường niên"),
    ("cuoc hop", "conference", "cuộc họp giữa hai bên"),
    ("phien hop", "conference", "phiên họp"),
    ("gap mat", "conference", "buổi gặp mặt"),
    ("gap go", "conference", "những cuộc gặp gỡ thảo luận"),
    ("den tham", "visit", "đã đến thăm và làm việc với tỉnh Lào Cai"),
    ("tham va lam viec", "visit", "thăm và làm việc tại tỉnh"),
    ("doan cong tac", "visit", "đoàn công tác Thành ủy Hà Nội"),
    ("tham, lam viec", "visit", "thăm, làm việc"),
    ("tiep doan", "visit", "tiếp đoàn đại biểu tỉnh"),
    ("da tiep", "visit", "Chủ tịch UBND tỉnh đã tiếp"),
    ("tiep va lam viec", "visit", "UBND tỉnh đã tiếp và làm việc với đoàn công tác"),
    ("chuyen tham", "visit", "có chuyến thăm, làm việc tại quận Lê Chân"),
    ("chao xa giao", "visit", "chào xã giao"),
    ("chuc tet", "visit", "lãnh đạo tỉnh chúc tết tỉnh bạn"),
    ("ban hanh", "announcement", "Thành ủy Hà Nội ban hành Thông báo số 2077-TB/TU"),
    ("thong bao so", "announcement", "Thông báo số 2077-TB/TU"),
    ("ket luan so", "announcement", "Kết luận số 15-KL/TU"),
    ("ke hoach so", "announcement", "Kế hoạch số 120/KH-UBND"),
    ("quyet dinh so", "announcement", "Quyết định số 1234/QĐ-UBND"),
    ("cong bo", "announcement", "công bố quy hoạch"),
)

# The main event's type phrases and their rules are in :mod:`.type_vocab` (re-exported here).
from .type_vocab import (DELEGATION_VISITS, MAIN_TYPE_NOT, MAIN_TYPE_PHRASES,  # noqa: E402,F401
                         MERE_MEETINGS, OCCASION_REASONS, TRIP_UNDER_WAY)

# Words that make a dated sentence a cooperation milestone worth an event.
MILESTONE_KEYWORDS: tuple[str, ...] = (
    "ky ket", "thoa thuan", "bien ban", "ghi nho", "hoi nghi", "so ket", "tong ket", "chuong trinh hop tac",
    "ke hoach hop tac", "tham va lam viec", "doan cong tac", "hoi dam", "toa dam", "hop tac", "ket nghia",
    "chuc tet", "gap go", "lam viec", "quy che phoi hop",
)

# Phrases that contain a type keyword but name a place, not an event: "tại Trung tâm
# Hội nghị tỉnh Nam Định" says nothing about a conference.
TYPE_NOT: tuple[str, ...] = ("trung tam hoi nghi", "hoi truong", "nha khach", "cung van hoa", "ban hanh chinh")

# -- sectors -----------------------------------------------------------------------------
# (sector as shown, folded keywords)
SECTORS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("nông nghiệp", ("nong nghiep", "nong - lam nghiep", "nong lam nghiep", "nong san", "nong thon moi", "thuy san", "khuyen nong")),
    ("du lịch", ("du lich",)),
    ("giao thông", ("giao thong", "cao toc", "duong sat", "ha tang ket noi")),
    ("y tế", ("y te", "kham chua benh", "benh vien")),
    ("giáo dục", ("giao duc", "dao tao", "dao nghe")),
    ("văn hóa", ("van hoa", "nghe thuat", "the thao", "the duc")),
    ("thương mại", ("thuong mai", "giao thuong", "tieu thu san pham", "hoi cho", "xuc tien thuong mai")),
    ("đầu tư", ("dau tu",)),
    ("công nghiệp", ("cong nghiep",)),
    ("quốc phòng - an ninh", ("quoc phong", "an ninh", "bien gioi", "toi pham")),
    ("môi trường", ("moi truong", "tai nguyen", "phong chong thien tai")),
    ("khoa học - công nghệ", ("khoa hoc", "cong nghe")),
    ("thông tin - truyền thông", ("thong tin va truyen thong", "truyen thong", "bao chi", "phat thanh")),
    ("xây dựng Đảng", ("xay dung dang", "he thong chinh tri", "to chuc bo may")),
    ("lao động - việc làm", ("lao dong", "viec lam")),
    ("an sinh xã hội", ("an sinh", "giam ngheo", "xoa doi")),
)
# sector_written (round 58, the lead): a keyword whose fold another word shares is a sector's only as written here
# (lower case, NFC): "truyền thông" (media) folds like "truyền thống" (tradition: "quan hệ hữu nghị truyền thống",
# "truyền thống đoàn kết"), which tagged most cooperation pages with the media sector.
SECTOR_WRITTEN: dict[str, str] = {"truyen thong": "truyền thông"}

# -- people ------------------------------------------------------------------------------
# Words that start a person's title: "Đặng Xuân Phong, Ủy viên Ban Chấp hành Trung ương
# Đảng, Bí thư Tỉnh ủy" (folded).
TITLE_STARTS: tuple[str, ...] = (
    "uy vien", "bi thu", "pho bi thu", "chu tich", "pho chu tich", "truong doan", "pho truong doan",
    "giam doc", "pho giam doc", "bo truong", "thu truong", "thu tuong", "pho thu tuong", "tong bi thu",
    "dai su", "tinh truong", "pho tinh truong", "truong ban", "pho truong ban", "chanh van phong",
    "chanh an", "vien truong", "tong cuc truong", "cuc truong", "dai bieu", "ton truong", "thi truong",
    "pho thi truong", "chu nhiem", "pho chu nhiem", "tong giam doc", "truong phong", "ky uy",
    "pho phong", "pho truong phong",   # round 58: "…, Phó phòng Nội vụ huyện A", "…, Phó Trưởng phòng Y tế" "chu tich uy ban",
    "thuong truc", "nguyen", "uy vien du khuyet",
    "tu lenh", "pho tu lenh", "chinh uy", "pho chinh uy", "chi huy truong", "pho chi huy truong",   # an army's
    "tham muu truong", "pho tham muu truong",
    # a member of a locality's Party committee (round 59): "…, Tỉnh ủy viên, Giám đốc Sở …", "Huyện ủy viên"
    "tinh uy vien", "thanh uy vien", "huyen uy vien", "quan uy vien", "thi uy vien", "dang uy vien",
    # abbreviated (round 56): "– PGĐ Sở TN&MT tỉnh A", ", PCT UBND huyện A", ", PBT Huyện ủy", ", GĐ Sở VH-TT&DL"
    "pgd", "gd", "tgd", "pct", "pbt",
    # ... and a committee member's (round 61): "Lò Văn A - UVBTV Tỉnh ủy, Chủ tịch …", "Mùa A B - TUV, Phó trưởng ban …",
    # "HUV, Chủ tịch UBND xã", "UVTW Đảng"
    "uvbtv", "uv btv", "tuv", "huv", "uvtw", "uv tw",
)
# The starts that open a title on their own, for the readers that look for a title without a name before it
# (people_titled: "Bí thư Tỉnh ủy A Nguyễn Văn B"; frames.titled_teller: "Ông A, Giám đốc Sở B cho biết"): not
# "nguyen" (former: "nguyên Chủ tịch …" is read with the title after it), "dai bieu" ("các đại biểu", the guests,
# opens most mentions of it) and "thuong truc" ("Thường trực Tỉnh ủy", a body, not a person's title).
NOT_TITLE_OPENERS = ("nguyen", "dai bieu", "thuong truc")
TITLE_OPENERS: tuple[str, ...] = tuple(t for t in TITLE_STARTS if t not in NOT_TITLE_OPENERS)
_TITLE_START_RE = re.compile(r"^(?:" + "|".join(sorted((re.escape(t) for t in TITLE_STARTS), key=len, reverse=True)) + r")\b")

# Lower-case words that may stand inside a title ("Phó Bí thư Thường trực Tỉnh ủy").
TITLE_LOWER_WORDS_WRITTEN = frozenset(w.lower() for w in (
    "ủy", "uỷ", "viên", "thư", "tịch", "thường", "trực", "vụ", "đoàn", "tỉnh", "thành", "phố", "ban", "chấp", "án", "lệnh", "mưu",
    "hành", "trung", "ương", "đảng", "phó", "bí", "chủ", "hội", "đồng", "nhân", "dân", "đại", "biểu", "quốc",
    "huyện", "xã", "thị", "quận", "trưởng", "giám", "đốc", "sở", "bộ", "chính", "trị", "văn", "phòng", "mặt",
    "trận", "tổ", "ủy ban", "ban", "khóa", "khoá", "thủ", "tướng", "tổng", "cục", "kiểm", "tra", "tuyên",
    "giáo", "dân", "vận", "nội", "chánh", "an", "viện", "kiểm", "sát", "công", "an", "quân", "sự", "bộ",
    "chỉ", "huy", "biên", "phòng", "nhiệm", "kỳ", "trường", "cơ", "quan", "kiêm", "thời", "đặc",
    "trách", "sứ", "toàn", "quyền", "xã", "hội", "tỉnh", "thủ", "đô", "tịch", "thứ", "nhất",
    "ngoại", "giao", "chủ", "nhiệm", "ủy", "thường", "trú", "đồng", "chủ", "hđnd", "ubnd", "mttq",
    # (no "trì": "… Tỉnh trưởng tỉnh A chủ trì buổi tiếp" is the verb, title_compounds; round 59)
))
# the same folded (folded titles are compared with it)
TITLE_LOWER_WORDS = frozenset(fold_query(w) for w in TITLE_LOWER_WORDS_WRITTEN)

# The names of departments (sở, bộ, phòng) inside a title, which hold lower-case words a title
# otherwise stops at: "Giám đốc Sở Văn hóa, Thể thao và Du lịch tỉnh A" is one title, not
# "Giám đốc Sở Văn". Folded; between two words any run of spaces, commas and dashes
# ("Lao động - Thương binh và Xã hội", "Văn hóa, Thể thao và Du lịch", "Văn hóa Thể thao và Du lịch").
DEPARTMENT_NAMES: tuple[str, ...] = (
    "van hoa the thao va du lich",        # Sở Văn hóa, Thể thao và Du lịch
    "van hoa va the thao",                # Sở Văn hóa và Thể thao (since 2025)
    "van hoa thong tin",                  # Sở Văn hóa - Thông tin
    "ke hoach va dau tu",                 # Sở Kế hoạch và Đầu tư
    "nong nghiep va phat trien nong thon",  # Sở Nông nghiệp và Phát triển nông thôn
    "nong nghiep va moi truong",          # Sở Nông nghiệp và Môi trường (since 2025)
    "tai nguyen va moi truong",           # Sở Tài nguyên và Môi trường
    "lao dong thuong binh va xa hoi",     # Sở Lao động - Thương binh và Xã hội
    "giao thong van tai",                 # Sở Giao thông vận tải
    "xay dung", "cong thuong", "tai chinh", "tu phap", "noi vu", "ngoai vu", "y te", "du lich",
    "giao duc va dao tao",                # Sở Giáo dục và Đào tạo
    "khoa hoc va cong nghe",              # Sở Khoa học và Công nghệ
    "thong tin va truyen thong",          # Sở Thông tin và Truyền thông
    "dan toc va ton giao",                # Sở Dân tộc và Tôn giáo (since 2025)
    "quan ly cac khu cong nghiep", "quan ly khu kinh te",   # Ban Quản lý các khu công nghiệp
)
_DEPARTMENT_ALTS = [r"[\s,\-–]+".join(map(re.escape, d.split())) for d in sorted(DEPARTMENT_NAMES, key=len, reverse=True)]
#: as written: r"(?<![\w])(?:" + "|".join(_DEPARTMENT_ALTS) + r")(?![\w])"; compiled with each name's first
#: letter first and the look-behind after it (scan.keyword_regex's way: the engine then skips from one
#: first letter to the next instead of trying every character; the same matches, tests/test_prefilters_*.py)
DEPARTMENT_RE = re.compile("(?:" + "|".join(
    f"{first}(?<!\\w.)(?:" + "|".join(a[1:] for a in _DEPARTMENT_ALTS if a[0] == first) + ")"
    for first in dict.fromkeys(a[0] for a in _DEPARTMENT_ALTS)) + r")(?![\w])")

# The commonest family names; a capitalised run after one of them is a person's name.
# Compared in lower case WITH accents: folded, "Đặng" (a family name) would be "Đảng" (the Party).
SURNAMES = frozenset(s.lower() for s in (
    "Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Phan", "Vũ", "Võ", "Đặng", "Bùi", "Đỗ", "Hồ", "Ngô",
    "Dương", "Lý", "Mai", "Trịnh", "Đinh", "Lâm", "Tạ", "Đào", "Đoàn", "Vương", "Trương", "Cao", "Lưu", "Hà",
    "Tô", "Chu", "Lương", "Quách", "Thái", "Kiều", "La", "Phùng", "Tăng", "Lục", "Sùng", "Giàng", "Vàng", "Lò",
    "Hầu", "Mùa", "Thào", "Lù", "Tòng", "Quàng", "Điêu", "Nông", "Triệu", "Đàm", "Tống", "Hứa", "Khúc", "Âu",
    "Doãn", "Hàn", "Thân", "Mạc", "Lại", "Nghiêm", "Kim", "Ông", "Đồng", "Vi", "Lăng", "Bế", "Cầm", "Lộc", "Ma",
    "Y", "Văn", "Diệp", "Khổng", "Lã", "Quan", "Tào", "Từ", "Viên", "Giáp", "Hoàng", "Châu", "Trình", "Lạc",
    "Nghị", "Ninh", "Thạch", "Danh", "Sơn", "Kha", "Phó", "Bạch", "Mông", "Bàn", "Hờ", "Ly", "Chảo", "Tẩn",
    "Hạng", "Xồng", "Thao", "Cư", "Vừ", "Lầu", "Nùng", "Tô", "Long", "Cù", "Nhữ", "Phương", "Trà", "Ksor",
    "Rơ", "Siu", "Rmah", "Nay", "H'", "Đới", "Đường", "Thiều", "Tiêu", "Mẫn", "Yên", "Âu", "Khuất", "Vòng",
    "Xa", "Ngọc", "Phí", "Bạc", "Sầm", "Hồng", "Đậu", "Lục", "Bành", "Tiết", "Uông", "Vi", "Ôn", "Lữ",
))

# Words that are never the first word of a person's name (organisations, titles).
NOT_NAME_START = frozenset(s.lower() for s in (
    "Ban", "Ủy", "Uỷ", "Tỉnh", "Thành", "Sở", "Bộ", "Hội", "Phó", "Chủ", "Bí", "Trưởng", "Giám", "UBND",
    "HĐND", "Thường", "Nhà", "Trung", "Đảng", "Quốc", "Văn", "Đại", "Tổng", "Thủ", "Cục", "Viện", "Công",
    "Tập", "Ngân", "Quỹ", "Liên", "Mặt", "Đoàn", "Hai", "Các", "Những", "Tại", "Theo", "Với", "Về", "Trong",
    "Ngày", "Sáng", "Chiều", "Tối", "Cùng", "Lãnh", "Lào", "Việt", "Nam", "Bắc", "Tây", "Đông",
))


def is_title_start(folded: str) -> bool:
    return bool(_TITLE_START_RE.match(folded))

"""The word tables of the synthetic corpus (:mod:`bench.corpus`): foreign partners and
where they meet, people's names, sectors and topics, photo captions, bylines and the
scraps of page furniture that sites print around an article."""

from __future__ import annotations

import random

# --- places ---------------------------------------------------------------------------

REGIONS = {
    "Tây Bắc": ["Điện Biên", "Lai Châu", "Sơn La", "Hòa Bình", "Lào Cai", "Yên Bái"],
    "Đông Bắc": ["Hà Giang", "Cao Bằng", "Bắc Kạn", "Tuyên Quang", "Thái Nguyên", "Lạng Sơn",
                 "Quảng Ninh", "Bắc Giang", "Phú Thọ"],
    "Đồng bằng sông Hồng": ["Hà Nội", "Vĩnh Phúc", "Bắc Ninh", "Hải Dương", "Hải Phòng", "Hưng Yên",
                            "Thái Bình", "Hà Nam", "Nam Định", "Ninh Bình"],
    "Bắc Trung Bộ": ["Thanh Hóa", "Nghệ An", "Hà Tĩnh", "Quảng Bình", "Quảng Trị", "Thừa Thiên Huế"],
    "Nam Trung Bộ": ["Đà Nẵng", "Quảng Nam", "Quảng Ngãi", "Bình Định", "Phú Yên", "Khánh Hòa",
                     "Ninh Thuận", "Bình Thuận"],
    "Tây Nguyên": ["Kon Tum", "Gia Lai", "Đắk Lắk", "Đắk Nông", "Lâm Đồng"],
    "Đông Nam Bộ": ["Bình Phước", "Tây Ninh", "Bình Dương", "Đồng Nai", "Bà Rịa - Vũng Tàu", "Hồ Chí Minh"],
    "Đồng bằng sông Cửu Long": ["Long An", "Tiền Giang", "Bến Tre", "Trà Vinh", "Vĩnh Long", "Đồng Tháp",
                                "An Giang", "Kiên Giang", "Cần Thơ", "Hậu Giang", "Sóc Trăng", "Bạc Liêu",
                                "Cà Mau"],
}

# Foreign partners and the Vietnamese provinces that usually pair with them.
FOREIGN_PARTNERS = {
    "Phông Sa Lỳ": ["Điện Biên", "Lai Châu"],
    "Luổng Nậm Thà": ["Điện Biên", "Lào Cai"],
    "U Đôm Xay": ["Điện Biên", "Sơn La"],
    "Luông Pha Bang": ["Điện Biên", "Sơn La", "Thanh Hóa"],
    "Hủa Phăn": ["Thanh Hóa", "Sơn La", "Nghệ An"],
    "Xay-nhạ-bu-ly": ["Sơn La", "Điện Biên"],
    "Xiêng Khoảng": ["Nghệ An"],
    "Bo-ly-khăm-xay": ["Hà Tĩnh", "Nghệ An"],
    "Khăm Muồn": ["Quảng Bình", "Hà Tĩnh"],
    "Xa-va-na-khệt": ["Quảng Trị", "Thừa Thiên Huế"],
    "Salavan": ["Thừa Thiên Huế", "Quảng Trị"],
    "Xê Kông": ["Quảng Nam", "Đà Nẵng"],
    "Chăm-pa-sắc": ["Bình Định", "Đà Nẵng", "Kon Tum"],
    "Át-tạ-pư": ["Kon Tum", "Quảng Nam", "Gia Lai"],
    "Thủ đô Viêng Chăn": ["Hà Nội", "Hồ Chí Minh"],
    "Phnôm Pênh": ["Hồ Chí Minh", "Hà Nội"],
    "Svay Rieng": ["Tây Ninh", "Long An"],
    "Prey Veng": ["Long An", "Đồng Tháp"],
    "Takeo": ["An Giang"],
    "Kampot": ["Kiên Giang"],
    "Kandal": ["An Giang", "Đồng Tháp"],
    "Tbong Khmum": ["Tây Ninh", "Bình Phước"],
    "Kratie": ["Bình Phước"],
    "Mondulkiri": ["Đắk Lắk", "Đắk Nông"],
    "Ratanakiri": ["Gia Lai", "Kon Tum"],
    "Stung Treng": ["Kon Tum"],
    "Kep": ["Kiên Giang"],
    "Vân Nam": ["Lào Cai", "Hà Giang", "Điện Biên", "Lai Châu"],
    "Quảng Tây": ["Lạng Sơn", "Cao Bằng", "Quảng Ninh", "Hà Giang"],
}

FOREIGN_CITIES = {  # a city where a meeting in that province is often held
    "Vân Nam": ["thành phố Côn Minh", "thành phố Mông Tự", "châu Hồng Hà"],
    "Quảng Tây": ["thành phố Nam Ninh", "thành phố Bằng Tường", "thành phố Sùng Tả"],
    "Luông Pha Bang": ["thành phố Luông Pha Bang"],
    "Xa-va-na-khệt": ["thành phố Ca-xỏn Phôm-vi-hản"],
    "Chăm-pa-sắc": ["thành phố Pác Xế"],
    "Hủa Phăn": ["thị xã Sầm Nưa"],
}

COUNTRY_TAGS = {
    "Lào": ["(Lào)", "(Lào)", ", nước CHDCND Lào", ", nước Cộng hòa Dân chủ Nhân dân Lào", "(CHDCND Lào)"],
    "Campuchia": ["(Campuchia)", "(Campuchia)", ", Vương quốc Campuchia", "(Vương quốc Campuchia)"],
    "Trung Quốc": ["(Trung Quốc)", "(Trung Quốc)", ", Trung Quốc"],
}

# --- people ---------------------------------------------------------------------------

SURNAMES = ("Nguyễn Nguyễn Nguyễn Trần Trần Lê Lê Phạm Hoàng Huỳnh Phan Vũ Võ Đặng Bùi Đỗ Hồ Ngô "
            "Dương Lý Đinh Trịnh Mai Tạ Lương Hà Lò Sùng Giàng Vàng Triệu Nông Lục Thào Cao Chu").split()
MIDDLES = ("Văn Văn Văn Thị Thị Đức Xuân Minh Quang Hữu Thanh Ngọc Đình Công Hồng Trọng Tiến Quốc "
           "Mạnh Anh Thế Kim Khắc Huy Việt Bá Hải").split()
GIVENS = ("An Bình Cường Dũng Hải Hùng Long Nam Phong Quân Sơn Thắng Tuấn Trường Vinh Hoa Lan Hương "
          "Thu Hạnh Hiếu Khải Định Phúc Thành Tùng Hòa Huệ Khánh Lâm Lực Nghĩa Sang Tâm Thịnh Toàn "
          "Chính Đông Hưng Kiên Mạnh Ngân Quyết Thảo Tú Vượng Yên Giang Điệp Hậu").split()

LAO_NAMES = ["Khăm-phăn Phôm-ma-thắt", "Bun-thoong Đi-vi-xay", "Xổm-xạ-vạt Lèng-xa-vắt", "Vi-lay Xổm-phon",
             "Phết-xa-mon Pha-xay", "Xay-xổm-phon Phôm-vi-hản", "Khăm-mạn Xun-vi-lay", "Thoong-lun Xi-xu-lít",
             "Vắn-xay Phôm-xổm-bắt", "Xỉ-bun Xi-tha-vông", "Chăn-xạ-măn Phôm-ma-chăn", "Bun-nhăng Vo-la-chít"]
KHMER_NAMES = ["Men Con", "Chhun Sy", "Ouk Rabun", "Ưng Oeun", "Sok Sa-rươn", "Chay Bo-rin", "Mam Bun-nhe",
               "Kheng Sa-run", "Hun Sa-rin", "Ly Sa-vy"]
CHINESE_NAMES = ["Vương Ninh", "Lưu Ninh", "Lam Thiên Lập", "Trần Cương", "Nguyễn Thành Phát", "Vương Dư Ba",
                 "Lý Kỷ Hằng", "Trương Quốc Hoa", "Hoàng Vân Ba", "Chu Gia Bân", "Tôn Đại Vĩ", "Lưu Hồng Vũ"]


def viet_name(rng: random.Random) -> str:
    return f"{rng.choice(SURNAMES)} {rng.choice(MIDDLES)} {rng.choice(GIVENS)}"


# --- what the articles speak of, and the page around them -----------------------------

SECTORS = ["du lịch", "nông nghiệp", "giao thông", "thương mại", "xúc tiến đầu tư", "giáo dục và đào tạo",
           "y tế", "văn hóa", "quốc phòng - an ninh", "xây dựng Đảng", "khoa học - công nghệ", "chuyển đổi số",
           "tài nguyên và môi trường", "lao động, việc làm", "công nghiệp", "thông tin - truyền thông",
           "thể dục - thể thao", "logistics", "cải cách hành chính", "nông thôn mới"]

TOPICS = ["hợp tác toàn diện", "hợp tác phát triển kinh tế - xã hội", "hợp tác phát triển du lịch",
          "hợp tác trong lĩnh vực nông nghiệp", "liên kết phát triển vùng", "hợp tác kết nghĩa",
          "hợp tác về xúc tiến đầu tư, thương mại", "hợp tác trong lĩnh vực giáo dục, y tế",
          "hợp tác phát triển hạ tầng giao thông kết nối"]

PHOTO_CAPTIONS_CONF = ["Quang cảnh hội nghị.", "Các đại biểu dự hội nghị.", "Toàn cảnh hội nghị.",
                       "Các đại biểu chụp ảnh lưu niệm tại hội nghị.", "Đại biểu hai bên dự hội nghị."]
PHOTO_CAPTIONS_SIGN = ["Lãnh đạo hai bên ký kết thỏa thuận hợp tác.", "Quang cảnh lễ ký kết.",
                       "Hai bên trao văn bản thỏa thuận hợp tác.", "Các đại biểu chứng kiến lễ ký kết."]
PHOTO_CAPTIONS_VISIT = ["Quang cảnh buổi làm việc.", "Đoàn công tác chụp ảnh lưu niệm.",
                        "Lãnh đạo hai bên trao đổi tại buổi làm việc.", "Các đại biểu dự buổi làm việc.",
                        "Đoàn công tác tham quan mô hình sản xuất."]

BYLINES = ["Ánh Tuyết", "Tin, ảnh: Hương Thu (TTXVN)", "H. Hải", "Thu Trang - Minh Đức", "PV", "Minh Phương",
           "Nguồn: Cổng TTĐT tỉnh", "Hồng Nhung", "Tin, ảnh: Thanh Hà", "Quang Huy", "Đức Anh - Văn Tuấn",
           "Bài, ảnh: Ngọc Mai", "N.H", "Vũ Linh", "Mạnh Cường (TTXVN)", "Theo Báo Nhân Dân", "Lê Hoa"]

PHOTOGRAPHERS = ["Thanh Hà", "PV", "Minh Đức", "TTXVN", "Quang Huy", "Ngọc Mai", "CTV"]

SITE_PREFIXES = ["HNP - ", "(LCĐT) - ", "QNP – ", "ĐNĐT - ", "(Chinhphu.vn) - ", "(Baolaocai.vn) - ",
                 "TTXVN - ", "NDĐT - ", "(BVP) - ", "CTTĐT - "]

JUNK_TAILS = ["fbytzltw", "{", "}", "Đọc tiếp", "TOP", "Lên đầu trang", "×", "Quay lại"]


def sectors_list(rng: random.Random, k: int | None = None) -> list[str]:
    k = k or rng.randint(3, 6)
    return rng.sample(SECTORS, k)

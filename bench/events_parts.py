"""Word lists, the gazetteer's parties and small random draws for ``bench.events``
(kept apart so that the generator itself reads in one screen)."""

from __future__ import annotations

import datetime as dt
import random
from importlib.resources import files

import orjson

TYPES = ["conference", "signing", "visit", "announcement", "other"]
TYPE_W = [0.34, 0.24, 0.26, 0.10, 0.06]
SECTORS = ["du lịch", "nông nghiệp", "giao thông", "thương mại", "đầu tư", "giáo dục", "y tế", "văn hóa",
           "quốc phòng - an ninh", "xây dựng Đảng", "khoa học - công nghệ", "thông tin - truyền thông",
           "môi trường", "công nghiệp", "an sinh xã hội", "chuyển đổi số", "logistics"]
SURNAMES = "Nguyễn Trần Lê Phạm Hoàng Huỳnh Phan Vũ Võ Đặng Bùi Đỗ Hồ Ngô Dương Lý Đinh Trịnh Mai Tạ Lương Hà".split()
MIDDLES = "Văn Thị Đức Xuân Minh Quang Hữu Thanh Ngọc Đình Công Hồng Trọng Tiến Quốc Mạnh Anh Khắc Huy".split()
GIVENS = ("An Bình Cường Dũng Hải Hùng Long Nam Phong Quân Sơn Thắng Tuấn Trường Vinh Hoa Lan Hương Thu "
          "Hạnh Hiếu Khải Định Phúc Thành Tùng Hòa Huệ Khánh Lâm Nghĩa Tâm Thịnh Toàn Chính Đông Hưng").split()
TITLES = {
    "tỉnh": ["Bí thư Tỉnh ủy", "Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh", "Phó Chủ tịch UBND tỉnh",
             "Phó Bí thư Thường trực Tỉnh ủy, Chủ tịch HĐND tỉnh"],
    "thành phố": ["Bí thư Thành ủy", "Chủ tịch UBND thành phố", "Phó Chủ tịch UBND thành phố"],
    "thị xã": ["Bí thư Thị ủy", "Chủ tịch UBND thị xã"],
    "huyện": ["Bí thư Huyện ủy", "Phó Bí thư Huyện ủy, Chủ tịch UBND huyện", "Phó Chủ tịch UBND huyện"],
    "quận": ["Bí thư Quận ủy", "Chủ tịch UBND quận"],
    "foreign": ["Tỉnh trưởng", "Phó Tỉnh trưởng", "Bí thư Tỉnh ủy"],
}
TOD = ["Sáng", "Chiều", "Ngày", "Ngày", "Tối"]

BODY_FILLER = [
    "Tại {ev}, các đại biểu đã đánh giá kết quả hợp tác giữa {a} và {b} thời gian qua; hai bên đã phối hợp "
    "triển khai nhiều hoạt động trên các lĩnh vực {s1}, {s2}, {s3}, mang lại hiệu quả thiết thực.",
    "Hai bên thống nhất tiếp tục đẩy mạnh hợp tác trong lĩnh vực {s1}; tăng cường trao đổi thông tin, chia sẻ "
    "kinh nghiệm trong công tác lãnh đạo, chỉ đạo, điều hành; tạo điều kiện để doanh nghiệp tìm hiểu cơ hội "
    "đầu tư, kinh doanh.",
    "Thời gian qua, việc triển khai thực hiện thỏa thuận hợp tác giữa {a} và {b} đã được các sở, ngành, địa "
    "phương chú trọng thực hiện; hai bên đã tổ chức {n} đoàn công tác trao đổi, học tập kinh nghiệm.",
    "Về {s2}, tổng giá trị hàng hóa trao đổi giữa hai địa phương đạt khoảng {n}.{m} tỷ đồng, tăng {p}% so "
    "với cùng kỳ; lượng khách du lịch đạt trên {n}.{m} lượt.",
    "Phát biểu tại {ev}, lãnh đạo {a} nhấn mạnh mối quan hệ gắn bó, truyền thống đoàn kết giữa hai địa "
    "phương và đề nghị tiếp tục cụ thể hóa các nội dung hợp tác về {s1} và {s3}.",
    "Thay mặt lãnh đạo {b}, đồng chí {person} cảm ơn tình cảm mà {a} dành cho {b}, khẳng định sẽ tạo mọi "
    "điều kiện thuận lợi để các nội dung hợp tác được triển khai hiệu quả.",
    "Bên cạnh kết quả đạt được, một số nội dung hợp tác chưa được cụ thể hóa; hoạt động kết nối doanh nghiệp, "
    "xúc tiến đầu tư chưa tương xứng với tiềm năng của {a} và {b}.",
    "Nhân dịp này, lãnh đạo hai bên đã trao tặng quà lưu niệm, thể hiện tinh thần đoàn kết, gắn bó, cùng hợp "
    "tác phát triển.",
]
TAILS = [
    "Tin khác\n1 2 3 4 5  ... \n\nThống kê truy cập\n  • Đang online: 12\n  • Hôm nay: 345\n  • Tất cả: 98765",
    "Chia sẻ:\n\ndoanh nghiệp - Sản phẩm - Dịch vụ Thông cáo báo chí Rao vặt",
    "Các bài mới đăng\n\nCác bài đã đăng :\n\nBài viết Xem\nViết bình luận\n\nHọ tên:(*)\nNội dung:(*)",
    "Có thể bạn quan tâm\n\nTin cùng chuyên mục",
]


class Gazetteer:
    """Parties to draw from: (name, level, province, written form), and the 2025 map."""

    def __init__(self) -> None:
        data = orjson.loads((files("hoptac.core.data") / "places.json").read_bytes())
        self.to2025 = {p["name"]: p["province_2025"] for p in data["provinces"]}
        self.provinces = [(p["name"], p["level"], p["name"], f"{p['level']} {p['name']}")
                          for p in data["provinces"] if not p["historical"]]
        self.districts = [(d["name"], d["level"], d["province"],
                           d["name"] if d["name"].startswith("Quận ") else f"{d['level']} {d['name']}")
                          for d in data["districts"] if not d["historical"] and d["province"] in self.to2025]
        self.foreign = []
        tags = {"Lào": "Lào", "Campuchia": "Campuchia", "Trung Quốc": "Trung Quốc"}
        for f in data["foreign"]:
            self.to2025[f["name"]] = f["name"]
            tag = tags.get(f["country"])
            if tag is None:  # the gazetteer's newer foreign regions (Thái Lan …): not drawn, as before
                continue
            written = f["name"] if f["name"].startswith("Thủ đô") else f"{f['level']} {f['name']}"
            self.foreign.append((f["name"], f["level"], f["name"], f"{written} ({tag})"))
        self.foreign_set = set(self.foreign)

    def party(self, rng: random.Random):
        r = rng.random()
        if r < 0.62:
            lst = self.provinces
        elif r < 0.90:
            lst = self.districts
        else:
            lst = self.foreign
        return lst[int(rng.random() * len(lst))]


class _R:
    """Fast draws on top of random.Random (randint/choice are slow in CPython)."""

    __slots__ = ("rnd", "rng")

    def __init__(self, seed: object) -> None:
        self.rng = random.Random(seed)
        self.rnd = self.rng.random

    def below(self, n: int) -> int:
        return int(self.rnd() * n)

    def between(self, lo: int, hi: int) -> int:   # inclusive, like randint
        return lo + int(self.rnd() * (hi - lo + 1))

    def pick(self, seq):
        return seq[int(self.rnd() * len(seq))]


_ORD0 = dt.date(1995, 1, 1).toordinal()
_DAYS = [dt.date.fromordinal(_ORD0 + i) for i in range((dt.date(2027, 1, 1) - dt.date(1995, 1, 1)).days)]
_YEAR_START = {y: dt.date(y, 1, 1).toordinal() - _ORD0 for y in range(1995, 2027)}


def _person(r: _R) -> str:
    return f"{r.pick(SURNAMES)} {r.pick(MIDDLES)} {r.pick(GIVENS)}"


def _date_text(r: _R, d: dt.date, source: str, precision: str, end: dt.date | None) -> str:
    if precision == "year":
        return f"năm {d.year}"
    if precision == "month":
        return f"tháng {d.month}/{d.year}" if source == "stated" else f"tháng {d.month}"
    if end is not None:
        y = f"/{d.year}" if source == "stated" else ""
        if (end - d).days == 1 and end.month == d.month:
            return f"Trong hai ngày {d.day} và {end.day}/{d.month}{y}"
        return f"Từ ngày {d.day}/{d.month} đến ngày {end.day}/{end.month}{y}"
    if source == "stated":
        form = r.rnd()
        if form < 0.5:
            return f"{r.pick(TOD)} {d.day}/{d.month}/{d.year}"
        if form < 0.75:
            return f"ngày {d.day} tháng {d.month} năm {d.year}"
        return f"ngày {d.day}.{d.month}.{d.year}"
    return f"{r.pick(TOD)} {d.day}/{d.month}"


def _iso(d: dt.date, precision: str, unknown: bool) -> str:
    if unknown:
        return f"--{d.month:02d}-{d.day:02d}"
    if precision == "year":
        return f"{d.year:04d}"
    if precision == "month":
        return f"{d.year:04d}-{d.month:02d}"
    return d.isoformat()


def _snippet(r: _R, etype: str, dtext: str, a: str, b: str, c: str | None, loc: str | None,
             person: tuple[str, str] | None) -> str:
    where = f", tại {loc}" if loc else ""
    both = f"{a}, {b} và {c}" if c else f"{a} và {b}"
    lead = dtext[0].upper() + dtext[1:]
    if etype == "conference":
        return (f"{lead}{where}, {both} tổ chức Hội nghị sơ kết chương trình hợp tác, đánh giá kết quả thực hiện "
                f"và thống nhất phương hướng hợp tác trong thời gian tới.")
    if etype == "signing":
        return (f"{lead}{where}, lãnh đạo {both} đã ký kết thỏa thuận hợp tác toàn diện trên các lĩnh vực "
                f"kinh tế, văn hóa - xã hội, quốc phòng - an ninh.")
    if etype == "visit":
        who = f" do đồng chí {person[0]}, {person[1]} làm trưởng đoàn" if person else ""
        return f"{lead}, đoàn công tác {a}{who} đã đến thăm và làm việc tại {b}" + (f" và {c}." if c else ".")
    if etype == "announcement":
        return (f"{lead}, Thường trực Tỉnh ủy ban hành Thông báo số {r.between(10, 3999)}-TB/TU kết luận về "
                f"kết quả hợp tác giữa {both}.")
    return f"{lead}{where}, {both} phối hợp tổ chức chương trình giao lưu văn hóa, thể thao hữu nghị."


def _cumulative(weights: list[float]) -> list[float]:
    out, acc = [], 0.0
    total = sum(weights)
    for w in weights:
        acc += w / total
        out.append(acc)
    return out


def _weighted(r: _R, items: list, cum: list[float]):
    x = r.rnd()
    for item, c in zip(items, cum):
        if x < c:
            return item
    return items[-1]


YEARS = list(range(2000, 2026))
YEAR_CUM = _cumulative([1 + (y - 2000) // 4 for y in YEARS])
TYPE_CUM = _cumulative(TYPE_W)
MAIN_TYPE_CUM = _cumulative(TYPE_W[:4])
TITLE_FORMS = [
    "{A} và {b} tăng cường hợp tác toàn diện",
    "Hội nghị sơ kết chương trình hợp tác giữa {a} và {b}",
    "Đoàn công tác {a} thăm, làm việc tại {b}",
    "{an} - {bn}: ký kết thỏa thuận hợp tác giai đoạn mới",
    "Thúc đẩy hợp tác giữa {a} và {b}",
]
PREFIXES = ["HNP - ", "(LCĐT) - ", "TTXVN - "]

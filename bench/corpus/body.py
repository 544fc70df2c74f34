"""The paragraphs of a corpus article after its lead (:mod:`bench.corpus`): who took
part, results by sector, speeches, an older dated milestone, a paragraph naming the
year, the closing lines, and the other news items ("Tin cùng chuyên mục") a page
shows below it."""

from __future__ import annotations

import datetime as dt
import random

from .parties import ALL_PROVINCES, UNITS_ABSORBED, people_list, province_party
from .plan import Plan
from .words import SECTORS, sectors_list, viet_name


def year_cue_paragraph(rng: random.Random, plan: Plan) -> str:
    y, m = plan.when.start.year, plan.when.start.month
    a, b = plan.a, plan.b
    opts: list[str] = []
    if m <= 6:
        opts += [f"Trong năm {y}, hai bên thống nhất tập trung triển khai có hiệu quả các nội dung đã ký kết, "
                 f"ưu tiên các lĩnh vực {', '.join(sectors_list(rng, 3))}.",
                 f"Tại buổi làm việc, hai bên đã thống nhất kế hoạch hợp tác năm {y} với nhiều nội dung cụ thể, "
                 "phân công rõ cơ quan đầu mối của mỗi bên để theo dõi, đôn đốc thực hiện.",
                 f"Phương hướng hợp tác năm {y} được hai bên xác định là tiếp tục đi vào chiều sâu, thiết thực, "
                 f"hiệu quả; trong đó chú trọng {rng.choice(SECTORS)} và {rng.choice(SECTORS)}."]
    if m <= 3:
        opts += [f"Trong không khí những ngày đầu xuân mới {y}, lãnh đạo hai địa phương đã trao đổi, "
                 "chúc mừng nhau và bày tỏ mong muốn tiếp tục tăng cường hợp tác.",
                 f"Lãnh đạo {a.short0} và {b.short0} đã trao đổi kết quả thực hiện nhiệm vụ năm {y - 1} và "
                 f"phương hướng, nhiệm vụ năm {y} của mỗi địa phương."]
    if m >= 4:
        opts += [f"Từ đầu năm {y} đến nay, hai bên đã phối hợp tổ chức nhiều hoạt động giao lưu, trao đổi "
                 f"kinh nghiệm, nhất là trong lĩnh vực {rng.choice(SECTORS)}."]
    if 6 <= m <= 8:
        opts += [f"Hai bên đã thông tin về tình hình kinh tế - xã hội 6 tháng đầu năm {y}, nhiệm vụ trọng tâm "
                 "6 tháng cuối năm của mỗi địa phương."]
    if 10 <= m <= 11:
        opts += [f"Lãnh đạo hai bên đã thông tin tình hình phát triển kinh tế - xã hội 9 tháng đầu năm {y} "
                 "của mỗi địa phương."]
    if m == 12:
        opts += [f"Hai bên đã đánh giá kết quả thực hiện chương trình hợp tác năm {y}, thống nhất phương hướng "
                 f"hợp tác năm {y + 1}."]
    return rng.choice(opts)


def participants(rng: random.Random, plan: Plan) -> str:
    a, b = plan.a, plan.b
    event = {"conference": "hội nghị", "signing": "lễ ký kết", "visit": "buổi làm việc",
             "announcement": "hội nghị"}[plan.etype]
    if plan.etype == "visit":
        host = plan.b
        rest = "; ".join(f"{n}, {t}" for n, t in a.people[1:])
        return (f"Tiếp và làm việc với đoàn, về phía {host.short0 if host.kind != 'foreign' else host.full0} có "
                f"các đồng chí: {people_list(host, rng)}; lãnh đạo một số sở, ngành liên quan. "
                f"Cùng đi với đoàn công tác {a.short0} có các đồng chí: {rest}; lãnh đạo một số sở, ban, ngành.")
    if rng.random() < 0.5:
        return (f"Dự {event}, về phía {a.full0} có các đồng chí: {people_list(a, rng)}; các đồng chí Ủy viên "
                f"Ban Thường vụ, lãnh đạo một số sở, ban, ngành.\n\n"
                f"Về phía {b.full0} có các đồng chí: {people_list(b, rng)}; lãnh đạo các sở, ngành, đoàn thể.")
    (n1, t1), (n2, t2) = a.people[0], b.people[0]
    return (f"Đoàn công tác {a.short0} do đồng chí {n1}, {t1} làm trưởng đoàn. Đoàn công tác {b.short0} do "
            f"đồng chí {n2}, {t2} làm trưởng đoàn. Dự {event} còn có các đồng chí trong Ban Thường vụ, Thường "
            "trực HĐND, lãnh đạo UBND, các đoàn thể và cơ quan chuyên môn của hai địa phương.")


def announcement_body(rng: random.Random, plan: Plan) -> str:
    a, b = plan.a, plan.b
    secs = sectors_list(rng, 4)
    return (f"Theo đó, {a.committee} đánh giá cao kết quả hợp tác giữa {a.short0} và {b.short0} thời gian qua; "
            f"thống nhất tiếp tục tăng cường và mở rộng hợp tác trên các lĩnh vực {', '.join(secs)}. "
            f"Giao {a.gov} chủ trì, phối hợp với các cơ quan liên quan cụ thể hóa các nội dung hợp tác thành "
            "kế hoạch hằng năm, định kỳ báo cáo kết quả thực hiện.\n\n"
            f"Các sở, ngành, đơn vị liên quan căn cứ chức năng, nhiệm vụ chủ động phối hợp với các cơ quan của "
            f"{b.full0} triển khai thực hiện; kịp thời báo cáo, đề xuất tháo gỡ những khó khăn, vướng mắc phát sinh.")


def result_paragraphs(rng: random.Random, plan: Plan) -> list[str]:
    a, b = plan.a, plan.b
    u = a.unit_word if a.unit_word == b.unit_word else "địa phương"
    secs = sectors_list(rng)
    k = rng.randint(8, 40)
    money = f"{rng.randint(1, 9)}.{rng.randint(100, 999)}"
    pct = f"{rng.randint(5, 19)},{rng.randint(1, 9)}"
    pool = [
        f"Tại {plan_event_word(plan)}, các đại biểu đã đánh giá kết quả hợp tác giữa {a.short0} và {b.short0} "
        f"thời gian qua. Hai bên đã phối hợp triển khai nhiều hoạt động hợp tác trên các lĩnh vực: "
        f"{'; '.join(secs)}.",
        f"Thời gian qua, việc triển khai thực hiện thỏa thuận hợp tác giữa hai {u} đã được các sở, ngành, địa "
        f"phương chú trọng thực hiện, mang lại nhiều kết quả tốt đẹp. Hai bên đã tổ chức {k} đoàn công tác "
        "trao đổi, học tập kinh nghiệm về phát triển kinh tế, quản lý đô thị, xây dựng nông thôn mới và công "
        "tác xây dựng hệ thống chính trị.",
        f"Trong lĩnh vực {secs[0]}, hai bên đã phối hợp tổ chức các hoạt động quảng bá, kết nối; tổng giá trị "
        f"hàng hóa trao đổi đạt khoảng {money} tỷ đồng, tăng {pct}% so với cùng kỳ. Lượng khách du lịch giữa "
        f"hai địa phương đạt trên {rng.randint(10, 99)}.{rng.randint(100, 999)} lượt.",
        f"Hai bên thống nhất tiếp tục đẩy mạnh hợp tác trong các lĩnh vực {', '.join(secs[:3])}; tăng cường "
        "trao đổi thông tin, chia sẻ kinh nghiệm trong công tác lãnh đạo, chỉ đạo, điều hành; tạo điều kiện "
        "thuận lợi để doanh nghiệp hai bên tìm hiểu cơ hội đầu tư, kinh doanh.",
        f"Về {secs[1]}, các cơ quan chuyên môn của hai {u} thường xuyên trao đổi, học tập kinh nghiệm; phối "
        f"hợp thực hiện Nghị quyết số {rng.randint(10, 60)}-NQ/TW của Bộ Chính trị, Quyết định số "
        f"{rng.randint(100, 2500)}/QĐ-TTg của Thủ tướng Chính phủ và các văn bản hướng dẫn.",
        f"Bên cạnh kết quả đạt được, lãnh đạo hai bên cũng thẳng thắn chỉ ra một số hạn chế: một số nội dung "
        f"hợp tác chưa được cụ thể hóa; hoạt động kết nối doanh nghiệp, xúc tiến đầu tư chưa tương xứng với "
        f"tiềm năng; công tác thông tin, tuyên truyền về hợp tác giữa hai bên có lúc chưa thường xuyên.",
        f"Các đại biểu đã tập trung thảo luận, làm rõ những kết quả đạt được, khó khăn, vướng mắc và đề xuất "
        f"giải pháp để hợp tác giữa hai bên ngày càng đi vào chiều sâu, thiết thực, hiệu quả, nhất là trong "
        f"lĩnh vực {secs[-1]}.",
        f"Theo báo cáo, hai bên đã kết nối đưa {rng.randint(3, 30)} sản phẩm OCOP tiêu biểu vào hệ thống phân "
        f"phối; phối hợp tổ chức {rng.randint(2, 9)} hội chợ, tuần hàng; hỗ trợ đào tạo {rng.randint(50, 900)} "
        "lượt cán bộ, công chức trong các lĩnh vực quản lý nhà nước.",
        f"Về kết nối hạ tầng, hai bên đã phối hợp đề xuất Trung ương đầu tư nâng cấp các tuyến quốc lộ, đường "
        f"cao tốc kết nối; phối hợp thu hút các nhà đầu tư chiến lược vào lĩnh vực "
        f"{rng.choice(['logistics', 'công nghiệp chế biến', 'năng lượng tái tạo', 'du lịch nghỉ dưỡng'])}. "
        f"Đến nay, đã có {rng.randint(3, 40)} doanh nghiệp của {a.short0} đầu tư tại {b.short0} với tổng vốn "
        f"đăng ký hơn {rng.randint(120, 9800)} tỷ đồng.",
        f"Trong lĩnh vực giáo dục, y tế, các bệnh viện, trường học của hai bên đã ký kết {rng.randint(2, 12)} "
        "chương trình phối hợp đào tạo, chuyển giao kỹ thuật; nhiều đoàn cán bộ quản lý giáo dục đã trao đổi, "
        "học tập kinh nghiệm về đổi mới chương trình giáo dục phổ thông và xây dựng trường chuẩn quốc gia.",
        f"Về nông nghiệp, hai bên hỗ trợ nhau xây dựng chuỗi liên kết sản xuất, tiêu thụ nông sản; {a.short0} "
        f"đã giới thiệu {rng.randint(5, 60)} doanh nghiệp, hợp tác xã tham gia các hội chợ nông sản do "
        f"{b.short0} tổ chức, góp phần nâng cao giá trị sản phẩm chủ lực của mỗi địa phương.",
        "Công tác xây dựng Đảng được hai bên quan tâm; thường xuyên trao đổi kinh nghiệm trong công tác tổ "
        "chức cán bộ, kiểm tra, giám sát, dân vận; sắp xếp tổ chức bộ máy tinh gọn, hoạt động hiệu lực, "
        "hiệu quả; thực hiện chính quyền điện tử, chuyển đổi số trong các cơ quan nhà nước.",
        f"Hoạt động giao lưu văn hóa, thể thao, du lịch diễn ra sôi nổi; hai bên đã phối hợp tổ chức "
        f"{rng.randint(2, 15)} chương trình quảng bá du lịch, khảo sát xây dựng tour, tuyến kết nối các điểm "
        f"đến nổi bật của {a.short0} và {b.short0}.",
        "Lực lượng vũ trang hai bên phối hợp chặt chẽ trong công tác bảo đảm an ninh chính trị, trật tự an "
        "toàn xã hội; trao đổi thông tin, phòng chống tội phạm, buôn lậu, gian lận thương mại; phối hợp giải "
        "quyết các vụ việc phát sinh tại khu vực giáp ranh.",
    ]
    rng.shuffle(pool)
    return pool


def plan_event_word(plan: Plan) -> str:
    return {"conference": "hội nghị", "signing": "lễ ký kết", "visit": "buổi làm việc",
            "announcement": "hội nghị"}[plan.etype]


def speeches(rng: random.Random, plan: Plan) -> list[str]:
    a, b = plan.a, plan.b
    (na, ta), (nb, tb) = a.people[0], b.people[0]
    ta_s, tb_s = _short_title(ta), _short_title(tb)
    where = plan_event_word(plan)
    sa, sb = rng.choice(SECTORS), rng.choice(SECTORS)
    out = [
        f"Phát biểu tại {where}, đồng chí {na}, {ta_s} {a.short0 if a.kind != 'foreign' else ''}".rstrip()
        + f" nhấn mạnh: {a.short0} và {b.short0} có mối quan hệ gắn bó, truyền thống đoàn kết lâu đời. "
        f"Thời gian tới, đề nghị hai bên tiếp tục cụ thể hóa các nội dung hợp tác, trong đó tập trung vào "
        f"{sa}, {sb}, bảo đảm thực chất, hiệu quả.",
        f"Thay mặt lãnh đạo {b.short0}, đồng chí {nb}, {tb_s} cảm ơn và đánh giá cao tình cảm mà {a.short0} dành "
        f"cho {b.short0}; khẳng định sẽ chỉ đạo các cơ quan, đơn vị tạo mọi điều kiện thuận lợi để các nội dung "
        "hợp tác được triển khai hiệu quả.",
        f"Đồng chí {nb} bày tỏ ấn tượng với sự phát triển năng động của {a.short0} trong những năm qua, nổi bật "
        f"là về {sa}, hạ tầng giao thông, thu hút đầu tư; mong muốn được học tập kinh nghiệm của {a.short0} "
        f"trong {sb}.",
    ]
    first, b_part = out[0], out[1: 1 + rng.randint(0, 2)]
    return [first] + b_part if rng.random() < 0.6 else b_part + [first]


def _short_title(t: str) -> str:
    """The one office a speaker is named by ("Bí thư Tỉnh ủy"), from a full title list."""
    parts = t.split(", ")
    for key in ("Bí thư", "Chủ tịch", "Tỉnh trưởng", "Đô trưởng"):
        for x in parts:
            if x.startswith(key) or x.startswith("Phó " + key):
                return x
    return parts[-1]


def history_paragraph(rng: random.Random, plan: Plan) -> str | None:
    """An older dated milestone (full date with year, before the event)."""
    s = plan.when.start
    if plan.when.year_source == "unknown":
        return rng.choice([None, "Nhiều năm qua, hai bên đã duy trì thường xuyên các cuộc gặp gỡ, trao đổi "
                                 "giữa lãnh đạo cấp cao và giữa các sở, ngành, địa phương."])
    y0 = max(1995, s.year - rng.randint(1, 12))
    d0 = dt.date(y0, rng.randint(1, 12), rng.randint(1, 28))
    if d0 >= s:
        return None
    a, b = plan.a, plan.b
    f = rng.choice([f"ngày {d0.day}/{d0.month}/{d0.year}", f"ngày {d0.day}-{d0.month}-{d0.year}",
                    f"ngày {d0.day} tháng {d0.month} năm {d0.year}"])
    opts = [f"Thỏa thuận hợp tác giữa {a.short0} và {b.short0} đã được lãnh đạo hai bên ký kết vào {f}.",
            f"Theo đó, {f}, tại {a.full0 if rng.random() < 0.5 else b.full0}, lãnh đạo hai bên đã ký kết Biên bản "
            f"ghi nhớ hợp tác toàn diện. Từ đó đến nay, quan hệ hợp tác ngày càng được củng cố.",
            f"Từ năm {d0.year}, hai bên đã ký kết chương trình hợp tác trên nhiều lĩnh vực và định kỳ tổ chức "
            "sơ kết, đánh giá kết quả thực hiện."]
    return rng.choice(opts)


def closing_paragraphs(rng: random.Random, plan: Plan) -> list[str]:
    a, b = plan.a, plan.b
    out = [f"Nhân dịp này, lãnh đạo {a.short0} và {b.short0} đã trao tặng quà lưu niệm, thể hiện tinh thần "
           "đoàn kết, gắn bó, cùng hợp tác, phát triển.",
           f"Trước đó, đoàn công tác {a.short0} đã đến tham quan một số mô hình phát triển kinh tế, khu du lịch "
           f"và dự án trọng điểm trên địa bàn {b.short0}."]
    if plan.etype == "conference" and rng.random() < 0.5:
        out.append(f"Tại hội nghị, lãnh đạo hai bên đã ký kết biên bản ghi nhớ về kế hoạch hợp tác thời gian "
                   "tới, với nhiều nội dung cụ thể thuộc các lĩnh vực xây dựng Đảng, phát triển kinh tế - xã "
                   "hội, bảo đảm quốc phòng - an ninh.")
    if plan.post2025 and (rng.random() < 0.7 or plan.when.year_source == "context"):
        absorbed = [x for x in UNITS_ABSORBED.get(b.name if b.name != "Huế" else "Huế", []) if x != b.canon]
        if absorbed:
            out.append(f"{b.full0[0].upper() + b.full0[1:]} (mới) được thành lập trên cơ sở hợp nhất "
                       f"{', '.join('tỉnh ' + x for x in absorbed)} và {b.full0} cũ, chính thức đi vào hoạt "
                       "động từ ngày 1/7/2025 theo Nghị quyết số 202/2025/QH15 của Quốc hội.")
    rng.shuffle(out)
    return out[: rng.randint(1, len(out))]


def distractor_items(rng: random.Random, plan: Plan, k: int) -> list[str]:
    """'Tin cùng chuyên mục' items: other news, some of them dated cooperation stories."""
    items = []
    provs = [p for p in ALL_PROVINCES]
    base = plan.published.date() if plan.published else plan.when.start
    for _ in range(k):
        d = base - dt.timedelta(days=rng.randint(1, 40))
        x, y = (province_party(q, rng, d, people=False).full0 for q in rng.sample(provs, 2))
        kind = rng.random()
        if kind < 0.4:
            title = f"Đoàn công tác {x} thăm, làm việc tại {y}"
            summ = (f"{rng.choice(['Sáng', 'Chiều'])} {d.day}/{d.month}, đoàn công tác {x} do đồng chí "
                    f"{viet_name(rng)}, Phó Chủ tịch UBND làm trưởng đoàn đã đến thăm và làm việc tại {y}.")
        elif kind < 0.6:
            title = f"Đại biểu HĐND tỉnh tiếp xúc cử tri tại thành phố"
            summ = (f"Sáng {d.day}/{d.month}, tại Trung tâm Hội nghị, đại biểu HĐND tỉnh có buổi tiếp xúc cử tri "
                    "các phường, xã trước kỳ họp thường lệ.")
        elif kind < 0.8:
            title = "Quyết tâm chính trị cao nhất sắp xếp, hoàn thiện tổ chức bộ máy tinh gọn, hiệu quả"
            summ = ("Việc sắp xếp tổ chức bộ máy của hệ thống chính trị tinh, gọn, mạnh là nhiệm vụ đặc biệt "
                    "quan trọng, phải thực hiện với quyết tâm cao nhất.")
        else:
            title = f"Ký kết thỏa thuận hợp tác giữa {x} và {y}"
            summ = (f"Ngày {d.day}/{d.month}, tại {y}, lãnh đạo {x} và {y} đã ký kết thỏa thuận hợp "
                    "tác giai đoạn mới.")
        if plan.published and rng.random() < 0.5:
            title += f" ({d:%d/%m/%Y})"
        items.append(f"{title}\n\n{title}\n\n{summ}" if rng.random() < 0.5 else f"{title}\n{summ}")
    return items

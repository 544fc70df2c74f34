"""The headline and the lead sentence of a corpus article (:mod:`bench.corpus`): the
date, the place, the two parties and what they did, in the templates newspapers use;
sometimes with a phrase naming the event's year."""

from __future__ import annotations

import random

from .parties import Party, qualifier
from .plan import Plan
from .words import SECTORS, TOPICS, sectors_list


def first_mention(p: Party, rng: random.Random, qualified: bool = True) -> str:
    """The first full mention of a party (a district gets its province when needed)."""
    s = p.full(rng)
    if p.qualify:
        s += p.qual
    elif p.kind in ("city", "town", "district", "urban") and qualified and rng.random() < 0.45:
        s += qualifier(rng, p.canon)
    return s


def _pair_phrase(rng: random.Random, a: Party, b: Party, ia: str, ib: str) -> str:
    if a.level == b.level and a.kind == b.kind and a.kind in ("province",) and rng.random() < 0.3:
        return f"hai tỉnh {a.short0} và {b.short0}"
    if a.kind == b.kind == "district" and rng.random() < 0.3 and not (a.qualify or b.qualify):
        return f"hai huyện {a.short0} và {b.short0}"
    return f"{ia} và {ib}"


def lead_sentence(rng: random.Random, plan: Plan, ia: str, ib: str) -> str:
    a, b, w = plan.a, plan.b, plan.when
    D, mid, loc = w.text, w.mid, plan.loc_text
    pair = _pair_phrase(rng, a, b, ia, ib)
    topic = rng.choice(TOPICS)
    cue = ""
    if plan.cue_year and rng.random() < 0.5:
        cue = _cue_phrase(rng, plan)  # the year is named in the lead itself
        if cue:
            plan.cue_year = None      # (used up)
    if plan.etype == "conference":
        what = rng.choice(["Hội nghị đánh giá kết quả thực hiện chương trình hợp tác",
                           "Hội nghị sơ kết chương trình hợp tác", "Hội nghị tổng kết thỏa thuận hợp tác",
                           f"Hội nghị sơ kết {rng.choice([2, 3, 5])} năm thực hiện chương trình hợp tác",
                           "hội nghị đánh giá kết quả hợp tác", "Hội nghị giao ban công tác phối hợp",
                           "tọa đàm trao đổi kinh nghiệm"])
        tail = cue or rng.choice(["", " và phương hướng trong thời gian tới", " từ đầu nhiệm kỳ đến nay",
                                  ", bàn phương hướng hợp tác giai đoạn tới"])
        templates = [
            f"{D}, {loc}, Ban Thường vụ {a.committee} phối hợp với Ban Thường vụ {b.committee} tổ chức {what} giữa hai địa phương{tail}.",
            f"{D}, {loc} đã diễn ra {what} giữa {pair}{tail}.",
            f"{D}, {a.gov} và {b.gov} tổ chức {what} giữa {ia} và {ib}{tail}, {loc}.",
            f"{loc[0].upper() + loc[1:]}, {mid.replace('vào ', '')}, {a.gov} phối hợp với {b.gov} tổ chức {what}{tail}.",
            f"{a.gov} vừa phối hợp với {b.gov} tổ chức {what} giữa {ia} và {ib}{tail}. Hội nghị diễn ra {mid} {loc}.",
            f"{D}, {loc}, lãnh đạo {ia} và {ib} tổ chức {what} về {', '.join(sectors_list(rng, 2))}{tail}.",
            f"{D}, {loc}, {ia} và {ib} đã tổ chức {what}{tail}. Tham dự hội nghị có lãnh đạo chủ chốt của hai địa phương.",
        ]
    elif plan.etype == "signing":
        doc = rng.choice(["thỏa thuận hợp tác", "Biên bản ghi nhớ hợp tác", "biên bản ghi nhớ về hợp tác",
                          "Chương trình hợp tác", "thỏa thuận hợp tác toàn diện", "Bản ghi nhớ hợp tác",
                          "chương trình phối hợp"])
        tail = cue or rng.choice(["", f" về {topic}", f" trên các lĩnh vực {', '.join(sectors_list(rng, 3))}"])
        templates = [
            f"{D}, {loc}, {a.gov} và {b.gov} đã tổ chức Lễ ký kết {doc}{tail}.",
            f"{D}, {loc}, lãnh đạo {ia} và {ib} đã ký kết {doc}{tail}.",
            f"{ia[0].upper() + ia[1:]} và {ib} vừa ký kết {doc}{tail}. Lễ ký kết diễn ra {mid} {loc}.",
            f"{D}, Ban Thường vụ {a.committee} và Ban Thường vụ {b.committee} đã ký kết {doc}{tail}, {loc}.",
            f"{D}, {loc} diễn ra lễ ký kết {doc} giữa {pair}{tail}.",
            f"{D}, {loc}, đại diện lãnh đạo {ia} và {ib} đã ký {doc}{tail}.",
            f"{loc[0].upper() + loc[1:]}, {mid.replace('vào ', '')}, {ia} và {ib} đã ký kết {doc}{tail}.",
        ]
    elif plan.etype == "visit":
        head, htitle = a.people[0]
        tail = cue or rng.choice(["", f" về {topic}", ", trao đổi kinh nghiệm và tìm hiểu cơ hội hợp tác",
                                  " nhằm tăng cường quan hệ hợp tác giữa hai địa phương"])
        ib_loc = ib
        templates = [
            f"{D}, Đoàn công tác {ia} do đồng chí {head}, {htitle} làm trưởng đoàn đã đến thăm và làm việc tại {ib_loc}{tail}.",
            f"{D}, {loc}, {b.gov} đã tiếp và làm việc với đoàn công tác {ia} do đồng chí {head}, {htitle} dẫn đầu{tail}.",
            f"{D}, đoàn đại biểu cấp cao {ia} do đồng chí {head}, {htitle} dẫn đầu đã có chuyến thăm và làm việc tại {ib_loc}{tail}.",
            f"Đoàn công tác của {ia} do đồng chí {head}, {htitle} làm trưởng đoàn đã có chuyến thăm, làm việc tại {ib_loc} {mid}{tail}.",
            f"{D}, đồng chí {head}, {htitle} cùng đoàn công tác {ia} đã đến thăm và làm việc với {b.gov}{tail}.",
            f"Trong khuôn khổ chuyến thăm và làm việc tại {ib_loc}, {mid.replace('vào ', '')}, đoàn công tác {ia} do đồng chí {head}, {htitle} dẫn đầu đã làm việc với lãnh đạo {b.short0}{tail}.",
            f"{D}, {loc}, lãnh đạo {b.short0} đã tiếp đoàn công tác {ia} do đồng chí {head}, {htitle} làm trưởng đoàn đến thăm và làm việc{tail}.",
        ]
    else:  # announcement
        num = rng.randint(12, 3999)
        sfx = {"tỉnh": "TU", "thành phố": "TU", "huyện": "HU", "thị xã": "TX", "quận": "QU"}[a.level]
        if a.kind == "city":
            sfx = "ThU"
        tail = cue or rng.choice(["", f" giai đoạn tới", f" trong lĩnh vực {rng.choice(SECTORS)}"])
        templates = [
            f"{D}, Văn phòng {a.committee} ban hành Thông báo số {num}-TB/{sfx} kết luận của Thường trực {a.committee} về kết quả làm việc với đoàn công tác {ib}{tail}.",
            f"{D}, {a.committee} ban hành Thông báo số {num}-TB/{sfx}, truyền đạt kết luận Hội nghị giữa Ban Thường vụ {a.committee} và Ban Thường vụ {b.committee}{tail}.",
            f"{D}, {a.gov} ban hành Kế hoạch số {num}/KH-UBND triển khai thực hiện chương trình hợp tác giữa {ia} và {ib}{tail}.",
            f"{a.gov} vừa ban hành Thông báo số {num}/TB-UBND {mid} kết luận của Chủ tịch UBND về việc triển khai thỏa thuận hợp tác với {ib}{tail}.",
            f"{D}, Thường trực {a.committee} ban hành kết luận về việc tiếp tục thực hiện chương trình hợp tác với {ib}{tail}.",
            f"{D}, {a.gov} đã ban hành Kế hoạch số {num}/KH-UBND về thực hiện {topic} với {ib}{tail}.",
        ]
    lead = rng.choice(templates)
    return lead[0].upper() + lead[1:]


def _cue_phrase(rng: random.Random, plan: Plan) -> str:
    """A phrase in the lead naming the event's year the way reports do (year_source=context),
    or "" when no phrase fits this kind of event in this month. Only phrases that leave no
    doubt about the year are used ("phương hướng năm 2025" in December could mean the next
    year's plan made in 2024, so it is used in the first half of the year only)."""
    y, m, t = plan.when.start.year, plan.when.start.month, plan.etype
    opts: list[str] = []
    if t == "conference":
        if m <= 6:
            opts += [f"; phương hướng hợp tác năm {y}", f", triển khai kế hoạch hợp tác năm {y}",
                     f" và thống nhất kế hoạch phối hợp năm {y}"]
        if m <= 3:
            opts += [f"; tổng kết công tác phối hợp năm {y - 1} và triển khai nhiệm vụ năm {y}"]
        if 6 <= m <= 8:
            opts += [f", sơ kết 6 tháng đầu năm {y}"]
        if m >= 11:
            opts += [f", tổng kết công tác phối hợp năm {y}"]
    elif t == "signing":
        if m <= 6:
            opts += [f" về kế hoạch hợp tác năm {y}", f", triển khai chương trình hợp tác năm {y}"]
    elif t == "visit":
        if m <= 6:
            opts += [f" nhằm triển khai kế hoạch hợp tác năm {y}"]
    elif t == "announcement":
        if m <= 6:
            opts += [f" năm {y}"]
    return rng.choice(opts) if opts else ""


def headline(rng: random.Random, plan: Plan) -> str:
    a, b = plan.a, plan.b
    A, B = a.full(rng), b.full(rng)
    A = A[0].upper() + A[1:]
    sa, sb = a.short0, b.short0
    t = plan.etype
    if t == "conference":
        opts = [f"Hội nghị sơ kết chương trình hợp tác giữa {a.full0} và {b.full0}",
                f"Hai {a.unit_word if a.unit_word == b.unit_word else 'địa phương'} {sa} – {sb} tăng cường hợp tác toàn diện và đi vào chiều sâu",
                f"{A} và {B} tiếp tục hợp tác toàn diện",
                f"{sa} - {sb}: Đánh giá kết quả hợp tác, bàn phương hướng thời gian tới",
                f"Thúc đẩy hợp tác giữa {a.full0} và {b.full0}",
                f"Tổng kết thỏa thuận hợp tác giữa {sa} và {sb}"]
    elif t == "signing":
        opts = [f"{A} và {B} ký kết thỏa thuận hợp tác",
                f"{sa} - {sb} ký kết biên bản ghi nhớ hợp tác",
                f"Ký kết chương trình hợp tác giữa {a.full0} và {b.full0}",
                f"Lễ ký kết thỏa thuận hợp tác toàn diện giữa {sa} và {sb}",
                f"Tăng cường quan hệ hữu nghị, hợp tác giữa {a.full0} và {b.full0}"]
    elif t == "visit":
        opts = [f"Đoàn công tác {a.full0} thăm, làm việc tại {b.full0}",
                f"{A} thăm và làm việc tại {B}",
                f"Lãnh đạo {b.full0} tiếp đoàn công tác {a.full0}",
                f"Thúc đẩy hợp tác giữa {a.full0} và {b.full0}",
                f"Tăng cường quan hệ hữu nghị, hợp tác giữa {sa} và {sb}"]
    else:
        opts = [f"{A} và {B} hợp tác phát huy thế mạnh của mỗi địa phương",
                f"Kết luận của Thường trực {a.committee} về hợp tác với {b.full0}",
                f"Triển khai chương trình hợp tác giữa {sa} và {sb}",
                f"{sa} ban hành kế hoạch thực hiện hợp tác với {sb}"]
    return rng.choice(opts)

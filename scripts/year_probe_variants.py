"""The year probe's variants (:mod:`scripts.year_probe`): each takes a labelled page's text, the gold
main event's year and the main event as read, and gives the page as a real site could also print it
(or None when the page cannot take the change). The list and what each does: the probe's docstring.
"""

from __future__ import annotations

import re
from datetime import date, timedelta
from typing import Callable

from hoptac.core.extract.article import parse_article
from hoptac.core.extract.events import extract_events
from hoptac.core.extract.stamps import parse_stamp

WEEKDAY_VI = ("thứ Hai", "thứ Ba", "thứ Tư", "thứ Năm", "thứ Sáu", "thứ Bảy", "Chủ nhật")


def read_main(text: str) -> dict | None:
    art = parse_article(text)
    events, _ = extract_events(art, article_id="p", source="p.txt")
    return next((e for e in events if e["main"]), None)


def _lines(text: str) -> list[tuple[int, int]]:
    out, i = [], 0
    for ln in text.splitlines(keepends=True):
        out.append((i, i + len(ln)))
        i += len(ln)
    return out


def _lead_end(text: str) -> int:
    art = parse_article(text)
    return art.lead_span()[1]


def _other_year(gold_year: int, step: int) -> int:
    return gold_year + step


# -- the variants: each takes (text, gold year, main event of the page as read) and gives a text or None

def no_stamp(text: str, gy: int, main: dict | None) -> str | None:
    art = parse_article(text)
    lead_start = art.lead_span()[0]
    cut = []
    for s, e in _lines(text):
        if s >= lead_start:
            break
        if (s, e) != tuple(art.title_span) and parse_stamp(text[s:e].strip()) is not None:
            cut.append((s, e))
    if art.published_span is not None and art.published_span[0] >= lead_start:
        cut.append(art.published_span)
    if not cut:
        return None
    for s, e in sorted(cut, reverse=True):
        text = text[:s] + text[e:]
    return text


def stamp_later(days: int) -> Callable[[str, int, dict | None], str | None]:
    def make(text: str, gy: int, main: dict | None) -> str | None:
        art = parse_article(text)
        if art.published is None or art.published_span is None:
            return None
        s, e = art.published_span
        later = art.published + timedelta(days=days)
        return text[:s] + later.strftime("%Y-%m-%d %H:%M") + text[e:]
    return make


def no_headline(text: str, gy: int, main: dict | None) -> str | None:
    art = parse_article(text)
    s, e = art.title_span
    if e <= s:
        return None
    nl = text.find("\n", e)
    return text[:s] + text[(nl + 1 if nl != -1 else e):]


def cut_after_lead(text: str, gy: int, main: dict | None) -> str | None:
    end = _lead_end(text)
    return text[:end] + "\n" if end < len(text.rstrip()) else None


def _insert_after_lead(text: str, para: str) -> str:
    end = _lead_end(text)
    return text[:end] + "\n" + para + "\n" + text[end:]


def related_after_lead(text: str, gy: int, main: dict | None) -> str | None:
    y = _other_year(gy, -2)
    return _insert_after_lead(text, f"Tin liên quan\nHai huyện vùng cao bàn cách đưa nông sản qua cửa khẩu ({14:02d}/{9:02d}/{y})")


def related_glued(text: str, gy: int, main: dict | None) -> str | None:
    y = _other_year(gy, 1)
    body = text.rstrip()
    return body + f" Đoàn công tác tỉnh bạn khảo sát mô hình chợ phiên 21/03/{y}\n"


def related_row(text: str, gy: int, main: dict | None) -> str | None:
    y = _other_year(gy, 1)
    return _insert_after_lead(text, f"Hai xã biên giới ra quân làm đường giao thông nông thôn | 02/07/{y} 08:15")


def related_named(text: str, gy: int, main: dict | None) -> str | None:
    y = _other_year(gy, 1)
    return _insert_after_lead(text, f"Tin liên quan\nKhai mạc Tuần Văn hóa - Du lịch hai tỉnh năm {y}\n"
                                    f"Hai huyện biên giới tổng kết công tác phối hợp năm {gy - 1}")


def related_named_glued(text: str, gy: int, main: dict | None) -> str | None:
    y = _other_year(gy, 1)
    return text.rstrip() + f" Khai mạc Tuần Văn hóa - Du lịch hai tỉnh năm {y}\n"


def basis(text: str, gy: int, main: dict | None) -> str | None:
    y = _other_year(gy, -3)
    return _insert_after_lead(text, f"Căn cứ Nghị quyết số 27/NQ-HĐND, ngày 16/8/{y} của Hội đồng nhân dân tỉnh, "
                                    "hai bên giao các sở, ngành rà soát nội dung hợp tác.")


def anniversary(text: str, gy: int, main: dict | None) -> str | None:
    y = _other_year(gy, 1)
    return _insert_after_lead(text, f"Hai bên cũng bàn việc tổ chức các hoạt động kỷ niệm 60 năm Ngày kết nghĩa "
                                    f"({y - 60} – {y}).")


def anniversary_past(text: str, gy: int, main: dict | None) -> str | None:
    y = _other_year(gy, -1)
    return _insert_after_lead(text, f"Năm trước, hai tỉnh đã long trọng tổ chức lễ kỷ niệm 45 năm Ngày ký Hiệp định "
                                    f"hợp tác ({y - 45} – {y}).")


def anniversary_agreed(text: str, gy: int, main: dict | None) -> str | None:
    y = _other_year(gy, 1)
    return _insert_after_lead(text, f"Hai bên thống nhất phối hợp tổ chức lễ kỷ niệm 30 năm Ngày kết nghĩa "
                                    f"({y - 30} – {y}) vào dịp thích hợp.")


def anniversary_day(text: str, gy: int, main: dict | None) -> str | None:
    y = _other_year(gy, 1)
    return _insert_after_lead(text, f"Dịp tới, hai địa phương sẽ kỷ niệm 20 năm Ngày ký Bản ghi nhớ hợp tác "
                                    f"(15/3/{y - 20}).")


def anniversary_prepared(text: str, gy: int, main: dict | None) -> str | None:
    y = _other_year(gy, 1)
    return _insert_after_lead(text, f"Hiện hai tỉnh đang chuẩn bị kỷ niệm 25 năm Ngày ký Thỏa thuận hợp tác "
                                    f"(20/10/{y - 25} – 20/10/{y}).")


def founding(text: str, gy: int, main: dict | None) -> str | None:
    return _insert_after_lead(text, "Huyện được thành lập ngày 20/9/1976, nằm ở phía tây của tỉnh.")


def twinning(text: str, gy: int, main: dict | None) -> str | None:
    return _insert_after_lead(text, "Ngày 12/2/1961, hai tỉnh chính thức kết nghĩa. Từ đó đến nay, quan hệ hai bên "
                                    "không ngừng được vun đắp.")


def old_lead_day(text: str, gy: int, main: dict | None) -> str | None:
    """The lead opened by an old bond day in a paragraph of its own ("Ngày 28/4/YYYY, … đã ký kết nghĩa …"),
    the page's own occasion told after it (wy19's real page: then undated and unstamped)."""
    s = parse_article(text).lead_span()[0]
    return text[:s] + f"Ngày 28/4/{gy - 15}, hai địa phương đã ký kết nghĩa, mở ra quan hệ gắn bó lâu dài.\n" + text[s:]


def old_lead_day_no_stamp(text: str, gy: int, main: dict | None) -> str | None:
    t = no_stamp(text, gy, main)
    return old_lead_day(t, gy, main) if t is not None else None


#: The year written with the main day ("ngày 12/5/2019", "ngày 12 tháng 5 năm 2019", "12-5-2019"): its groups
#: keep the day and month (year_hidden).
_STATED_YEAR = re.compile(r"(\d{1,2}\s*[/.\-]\s*\d{1,2})\s*[/.\-]\s*(?:19|20)\d\d|(\d{1,2}\s+tháng\s+\d{1,2})\s*,?\s*năm\s+(?:19|20)\d\d",
                          re.IGNORECASE)


def year_hidden(text: str, gy: int, main: dict | None) -> str | None:
    """The year written with the main event's day taken away ("Ngày 12/5/2019, …" → "Ngày 12/5, …"): what else
    of the page gives the year? Only a main event read with its year stated, by day, in the gold's year."""
    if not main or main.get("year_source") != "stated" or main.get("precision") != "day" \
            or not (main.get("date") or "").startswith(str(gy)):
        return None
    cue = main.get("year_cue") or {}
    span = cue.get("span")
    if not span:
        return None
    s, e = span
    m = _STATED_YEAR.search(text, s, e)
    if m is None:
        return None
    return text[:m.start()] + (m.group(1) or m.group(2)) + text[m.end():]


def year_hidden_no_stamp(text: str, gy: int, main: dict | None) -> str | None:
    """year_hidden on the page without its stamp: the page's words alone."""
    t = year_hidden(text, gy, main)
    if t is None:
        return None
    return no_stamp(t, gy, main) or t


def plan_week(text: str, gy: int, main: dict | None) -> str | None:
    y = _other_year(gy, 1)
    return _insert_after_lead(text, f"Theo kế hoạch, Tuần Văn hóa hai tỉnh sẽ diễn ra từ ngày 5 đến 11/3/{y} tại "
                                    "thành phố của tỉnh bạn.")


def clock_2026(text: str, gy: int, main: dict | None) -> str | None:
    if gy == 2026:
        return None
    return "Thứ Sáu, 04/12/2026\n" + text


def clock_2026_footer(text: str, gy: int, main: dict | None) -> str | None:
    if gy == 2026:
        return None
    return text.rstrip() + "\n\nThứ Sáu, 04/12/2026 10:15 (GMT+7)\n"


def clock_2026_no_stamp(text: str, gy: int, main: dict | None) -> str | None:
    t = no_stamp(text, gy, main)
    return clock_2026(t, gy, main) if t is not None else None


def clock_stale(text: str, gy: int, main: dict | None) -> str | None:
    return f"Thứ Hai, ngày 11 tháng 09 năm {gy - 6}, 08:14:51\n" + text


def clock_stale_no_stamp(text: str, gy: int, main: dict | None) -> str | None:
    t = no_stamp(text, gy, main)
    return clock_stale(t, gy, main) if t is not None else None


def _stamp_line_end(text: str) -> int | None:
    art = parse_article(text)
    if art.published_span is None or art.published_span[0] >= art.lead_span()[0]:
        return None
    nl = text.find("\n", art.published_span[1])
    return nl if nl != -1 else len(text)


def view_count(text: str, gy: int, main: dict | None) -> str | None:
    end = _stamp_line_end(text)
    return None if end is None else text[:end].rstrip() + f" {gy + 6}" + text[end:]


def updated_later(text: str, gy: int, main: dict | None) -> str | None:
    end = _stamp_line_end(text)
    return None if end is None else text[:end] + f"\nCập nhật: 14/03/{gy + 1} 10:20" + text[end:]


def copyright_footer(text: str, gy: int, main: dict | None) -> str | None:
    return text.rstrip() + f"\n\n© 2005 - {gy + 1} Báo điện tử tỉnh. Ghi rõ nguồn khi phát hành lại thông tin.\n"


def _insert_before_lead(text: str, para: str) -> str:
    s = parse_article(text).lead_span()[0]
    return text[:s] + para + "\n\n" + text[s:]


def caption_archive(text: str, gy: int, main: dict | None) -> str | None:
    if parse_article(text).title_span[1] == 0:
        return None   # (a page with no headline: the caption would stand for it)
    return _insert_before_lead(text, f"Lãnh đạo hai tỉnh ký kết biên bản hợp tác ngày 12/5/{gy - 3}. (Ảnh tư liệu)")


def caption_dated(text: str, gy: int, main: dict | None) -> str | None:
    return _insert_after_lead(text, f"Quang cảnh lễ ký kết biên bản hợp tác giữa hai tỉnh ngày 12/5/{gy - 3}. "
                                    "Ảnh: Thu Hà")


def related_above_lead(text: str, gy: int, main: dict | None) -> str | None:
    if parse_article(text).title_span[1] == 0:
        return None   # (a page with no headline: the first title inserted would be read as its headline)
    return _insert_before_lead(text, f"Khai mạc Tuần Văn hóa - Du lịch hai tỉnh năm {gy + 1}\n"
                                     f"Hai huyện biên giới tổng kết công tác phối hợp năm {gy - 1}")


def related_glued_lead(text: str, gy: int, main: dict | None) -> str | None:
    s, e = parse_article(text).lead_span()
    nl = text.find("\n", s)
    end = nl if nl != -1 and nl < e else e
    return text[:end] + f" Hai huyện vùng cao bàn cách đưa nông sản qua cửa khẩu (14/09/{gy + 1})" + text[end:]


def banner(text: str, gy: int, main: dict | None) -> str | None:
    return f"Mừng Đảng, mừng Xuân {gy + 1}\n" + text


_DM = re.compile(r"(?<![\d/.-])(\d{1,2})\s*[/.-]\s*(\d{1,2})(?![\d/.-]*\d{4})(?![\d])")


def weekday_other(text: str, gy: int, main: dict | None) -> str | None:
    if not main or main.get("precision") != "day" or main.get("date_end") or not main.get("date_text"):
        return None
    dt = main["date_text"]
    if re.search(r"\d{4}", dt):
        return None
    m = _DM.search(dt)
    if m is None:
        return None
    d, mo = int(m.group(1)), int(m.group(2))
    try:
        real = date(gy, mo, d).weekday()
        other = next(date(gy + k, mo, d).weekday() for k in (1, -1, 2) if date(gy + k, mo, d).weekday() != real)
    except (ValueError, StopIteration):
        return None
    s0 = main["span"][0]
    at = text.find(dt, max(0, s0 - 400))
    if at == -1:
        return None
    wd = WEEKDAY_VI[other]
    if dt[:4].lower() == "ngày":
        new = wd[0].upper() + wd[1:] + ", " + dt[0].lower() + dt[1:] if at == 0 or text[at - 1] == "\n" else wd + ", " + dt
    else:
        new = dt[:m.start()] + f"{wd} ({m.group(0)})" + dt[m.end():]
    return text[:at] + new + text[at + len(dt):]


VARIANTS: dict[str, Callable[[str, int, dict | None], str | None]] = {
    "no_stamp": no_stamp,
    "stamp+2m": stamp_later(61), "stamp+5m": stamp_later(152), "stamp+8m": stamp_later(244),
    "stamp+1y": stamp_later(365), "stamp+1y1m": stamp_later(395), "stamp+2y1m": stamp_later(760),
    "stamp+3y1m": stamp_later(1126),
    "no_headline": no_headline, "cut_after_lead": cut_after_lead,
    "related_after_lead": related_after_lead, "related_glued": related_glued,
    "related_row": related_row, "related_named": related_named, "related_named_glued": related_named_glued,
    "basis": basis, "anniversary": anniversary, "anniversary_past": anniversary_past,
    "anniversary_agreed": anniversary_agreed, "anniversary_day": anniversary_day,
    "anniversary_prepared": anniversary_prepared, "founding": founding,
    "twinning": twinning, "plan_week": plan_week,
    "old_lead_day": old_lead_day, "old_lead_day_no_stamp": old_lead_day_no_stamp,
    "clock_2026": clock_2026, "clock_2026_no_stamp": clock_2026_no_stamp,
    "clock_2026_footer": clock_2026_footer,
    "weekday_other": weekday_other,
    "clock_stale": clock_stale, "clock_stale_no_stamp": clock_stale_no_stamp, "view_count": view_count,
    "updated_later": updated_later, "copyright_footer": copyright_footer, "caption_archive": caption_archive,
    "caption_dated": caption_dated, "related_above_lead": related_above_lead,
    "related_glued_lead": related_glued_lead, "banner": banner,
    "year_hidden": year_hidden, "year_hidden_no_stamp": year_hidden_no_stamp,
}

"""The kinds of bound on the main occasion's year (:data:`BOUNDS`: name, side, example, note) and
the records a page's bounds give (:class:`Bound`, :class:`Bounds`). The finders and what the
bounds decide are in :mod:`hoptac.core.extract.year_bounds`."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

__all__ = ["BoundKind", "BOUNDS", "BOUND", "Bound", "Bounds", "MERGER"]

#: The day the provinces' and communes' merger of 2025 took effect.
MERGER = date(2025, 7, 1)
#: A day told ahead ("Theo dự kiến, từ 19 đến 21-6-2023, đoàn … sẽ sang …") is written less than a year
#: before it (the bound before_plan): so is the occasion the page reports.
PLAN_REACH_DAYS = 364


@dataclass(frozen=True, slots=True)
class BoundKind:
    name: str
    side: str        # "lower": the occasion is on or after it; "upper": on or before it
    example: str
    note: str


BOUNDS: tuple[BoundKind, ...] = (
    BoundKind("earlier_date", "lower", "Thỏa thuận (ký ngày 14/5/2018); Trước đó, ngày 12/8/2024; "
              "Quyết định số 12/QĐ-UBND ngày 3/4/2016; Từ tháng 8/2022 đến nay",
              "a full date the article tells as earlier than its occasion: a document it "
              "implements, a background milestone, where a reviewed period starts"),
    BoundKind("past_meeting", "lower", "Hội nghị lần thứ nhất đã được tổ chức tại TPHCM ngày 5-9-2025; "
              "Sau hội nghị tại Hà Nội ngày 5/9/2025, …; Năm 2024, hai tỉnh đã ký kết …",
              "another occasion's date (with its year) told in the past ('đã' before a verb, "
              "'trước đó', 'tiếp nối', 'sau hội nghị', 'vừa qua') in its own clause: its first day"),
    BoundKind("follow_up", "lower", "tiếp nối kết quả chuyến thăm ngày 5/9/2025; thực hiện kết quả hội đàm "
              "tháng 8/2025; sau buổi làm việc hồi tháng 6/2024; Quyết định số 58/QĐ-UBND ngày 4/4/2024 "
              "về việc cử đoàn công tác",
              "an earlier occasion (with its year) that the occasion follows up ('tiếp nối', 'tiếp theo', "
              "'sau chuyến/hội nghị/buổi', 'thực hiện kết quả', 'đạt được tại', 'vừa qua', 'hồi tháng'), or a "
              "decision that sends the delegation ('về việc cử đoàn'): a lower "
              "bound, and, as a follow-up comes within about a year, the year of the first day and "
              "month after it when nothing else gives a year (:func:`follow_year`) -- only when it is "
              "told as recent ('vừa qua', 'lần trước'), sends the delegation, has its minutes or results carried out "
              "or is returned ('gặp lại'; a guest who thanks for the reception on his own visit earlier in the "
              "year: year_thanked_visit): 'tiếp nối', 'tiếp theo', 'sau chuyến thăm' also open "
              "histories decades old ('Sau lễ kết nghĩa … ngày 12/3/1960, các huyện … lần lượt …')"),
    BoundKind("last_session", "lower", "Sáng nay (8/11), hội nghị cấp cao thường niên hai tỉnh khai mạc … hai bên "
              "báo cáo việc thực hiện Biên bản Hội nghị cấp cao ký ngày 20/12/2017",
              "a meeting called yearly where it is dated that carries out the minutes of the same meeting: the "
              "next session, at least half a year after the signing, so the first such day after that "
              "(:mod:`.year_last_session`); a follow-up's year only when nothing else gives one"),
    BoundKind("announced_decision", "lower", "Tại Hội nghị, ông A công bố Quyết định số 974/QĐ-TTg ngày 19/8/2023 "
              "về việc thành lập Hội đồng … (on 27/9): 2023",
              "a decision read out at the occasion the sentence opens with ('Tại hội nghị / buổi lễ …, … công bố "
              "Quyết định số … ngày …'): the occasion comes soon after it, so a follow-up told as recent: a lower "
              "bound and, when nothing else gives a year, the first day and month after it (:mod:`.year_announced`)"),
    BoundKind("relief_after", "lower", "Tháng 3/2030, tại bản A xảy ra hỏa hoạn thiêu rụi 20 ngôi nhà … Ngày 15/5, đoàn … trao "
              "hỗ trợ giúp người dân khắc phục hậu quả hỏa hoạn: 2030",
              "a disaster dated by its month and year and told as happening, which the page's aid helps overcome "
              "('khắc phục hậu quả'): relief follows within months, so a day later in that year than the disaster "
              "is in that year (year_relief, round 44)"),
    BoundKind("plan_signed", "lower", "Theo đó, hai bên đã ký kết Chương trình phối hợp hoạt động năm 2020",
              "a year that names a plan told as signed ('đã ký kết Kế hoạch … năm Y'): a plan for Y is signed "
              "from September of Y-1 (plan_year), not from 1 January of Y (see plan_named_years)"),
    BoundKind("as_of", "lower", "Tính đến hết tháng 5/2024, tỉnh thu hút 120 dự án; tính đến ngày 30/6/2024",
              "figures given as of a day or month: the article is later (no year: figures as of a "
              "day decades old are told in histories, 'Tính đến ngày 30/4/1975, tỉnh đã cử …')"),
    BoundKind("years_since", "lower", "Hơn 20 năm qua, kể từ khi ký Thỏa thuận hợp tác ngày 18/11/2002, …: "
              "from 2022; sau 15 năm thực hiện Biên bản ký ngày 3/4/2009: from 2024",
              "'hơn', 'sau', 'tròn', 'gần' N years (or 'N năm qua') of cooperation counted from a full "
              "date (a signing, a founding, 'kể từ'; or a signing dated just before: 'ngày 18/11/2002 hai "
              "bên ký kết … Sau hơn 20 năm hợp tác'): the occasion is in that year plus N or later "
              "('gần N năm': plus N-1), from 1 January (writers round the years); not an anniversary "
              "('kỷ niệm … N năm': held around the day, sometimes before it), nor what lies ahead "
              "('N năm tới', 'sẽ')"),
    BoundKind("since_date", "lower", "Từ ngày 1/7/2025, sau sáp nhập, …",
              "a full date from which something holds (no 'đến', no 'sẽ'): the article is later"),
    BoundKind("after_merger", "lower", "xã Tân Lập (mới); tỉnh Phú Thọ (mới); chính quyền địa phương hai cấp; "
              "tỉnh Lâm Đồng sau sáp nhập",
              "names and institutions that exist only after the merger of 1 July 2025 (a province "
              "'sau sáp nhập': only the provinces merged then; communes merged in earlier years too)"),
    BoundKind("future_plan", "upper", "sẽ khai trương vào tháng 12.2025; trong năm 2026 sẽ …; "
              "dự kiến tổ chức ngày 20/12/2025; phấn đấu đến năm 2026 sẽ hoàn thành; chuẩn bị đưa "
              "chợ biên giới vào hoạt động tháng 3.2026",
              "what the article expects ('sẽ', 'dự kiến', 'dự định', 'kế hoạch tổ chức', 'chuẩn bị'): the "
              "occasion comes no later than the end of that day, month or year"),
    BoundKind("before_plan", "lower", "Chiều 16-6, … hội nghị bàn kế hoạch đón đoàn …; theo dự kiến, từ 19 đến 21-6-2023, "
              "đoàn sẽ sang …",
              "a day told ahead (a future_plan with its day): the page, and the occasion it reports, come less than "
              "PLAN_REACH_DAYS before it (a plan told with its day is not told years ahead)"),
    BoundKind("ahead_of_anniversary", "upper", "… hoạt động hướng tới kỷ niệm 60 năm Ngày truyền thống … (3/3/1959 - "
              "3/3/2019); … hướng tới kỷ niệm 70 năm Chiến thắng Điện Biên Phủ (7/5/2024, no dates written)",
              "an anniversary the occasion looks ahead to ('hướng tới', 'hướng đến', 'tiến tới', 'chuẩn bị', "
              "'chào đón' (chào mừng, tổ chức) kỷ niệm), with its dates or a known day without them (anniversaries.known_days_ahead, round 35): "
              "the occasion comes before its day (see year_ahead)"),
    BoundKind("pandemic_began", "lower", "trước diễn biến phức tạp của đại dịch Covid-19; dịch Covid-19 đang diễn biến phức tạp",
              "the Covid-19 pandemic told as the occasion's present in the lead (not looked back on: 'sau đại dịch', "
              "'giai đoạn 2020 - 2022'): from 2020 (year_pandemic)"),
    BoundKind("pandemic", "upper", "(the same words)",
              "... to the end of 2022: a stamp or a cue after it is a repost's or the site's clock, no year; it takes "
              "years away only, never gives the one year left (year_pandemic)"),
    BoundKind("clock", "upper", "Thứ tư, 06/07/2022 (the site's clock in its header)",
              "today's date on the page: nothing it reports is later"),
)
BOUND = {b.name: b for b in BOUNDS}


@dataclass(frozen=True, slots=True)
class Bound:
    name: str
    day: date
    start: int
    end: int
    #: A follow-up told as recent (year_bounds._RECENT): only then does it give a year (year_bounds.follow_year).
    near: bool = False


@dataclass(slots=True)
class Bounds:
    lower: Bound | None = None
    upper: Bound | None = None
    every: list[Bound] = field(default_factory=list)
    #: The latest year the body names for anything not told as ahead (a date, a year, a period's start).
    latest: int | None = None

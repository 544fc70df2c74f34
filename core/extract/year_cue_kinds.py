"""The kinds of year cue an article can give (:data:`CUES`: name, example, weight,
turn-of-year shift, note) and the :class:`YearCue` record one gives. The finders are in
:mod:`hoptac.core.extract.year_cues`."""

from __future__ import annotations

from dataclasses import dataclass

from .occasions_ahead import ahead_shift

__all__ = ["YearCue", "CueKind", "CUES", "CUE", "NEW_YEAR_DAYS", "cue_shift"]

#: An anniversary whose day lies within this many days of a new year (7/1, 22/12) does not give
#: the year of an occasion held for it that has no day and month of its own: it may be held
#: in the days before the anniversary, across the new year (twice as many: the reach of
#: years.anniversary_year_near).
NEW_YEAR_DAYS = 20


@dataclass(slots=True)
class YearCue:
    pos: int        # where the cue's year is in the text
    year: int       # the year it points to (before the turn-of-year shift)
    name: str       # a name in CUES (or "nearby_date" / "stated" for a record)
    weight: int
    start: int = -1  # the words that gave it: text[start:end]
    end: int = -1
    also: tuple[int, int] | None = None   # a second stretch of words (the other bound)
    day_month: tuple[int, int] | None = None   # an anniversary's own day (month, day): the
    # occasion held for it lies near that day, which may be in the year before ('28/12' for
    # '(7/1/1979 - 7/1/2024)'): see years.anniversary_year_near
    signed: bool = False   # a period's words sign or adopt it ("ký kết chương trình … giai đoạn 2023 - 2025",
    # "phương hướng hợp tác giai đoạn …", not "triển khai", "thực hiện"): see SIGNED_PERIOD_MONTHS
    months: tuple[int, int] | None = None   # the first and last month of a period that names the occasion
    # (held_in): the cue counts only for a day and month in them
    counted_from: tuple[int, int] | None = None   # years counted after a signing on (month, day): an
    # occasion on an earlier day and month is a year short of them (review_since told after the date)
    carried: bool = False   # a period the occasion only carries out ("nhằm triển khai thỏa thuận … giai đoạn
    # 2024 - 2027"): it may lie in any year of the period, no year (plan_carried.CARRIED, round 37 period37)


@dataclass(frozen=True, slots=True)
class CueKind:
    name: str
    example: str
    weight: int
    shift: tuple[tuple[tuple[int, ...], int | None], ...]   # ((months, years to add or None: no cue), ...)
    note: str


#: The article's own cues, strongest first. ``shift``: for a mention in these months,
#: add this to the cue's year.
CUES: tuple[CueKind, ...] = (
    CueKind("trip_year", "chuyến thăm và làm việc tại Hàn Quốc từ ngày 10 - 15/10/2023 … Ngày 12/10, … với tỉnh B: 2023",
            95, (),
            "the year of a trip to a country written with its days, for the part of it spent with the partner "
            "(country_trips, round 62): the part's days lie inside the trip's"),
    CueKind("review_since", "sơ kết 1 năm thực hiện thỏa thuận hợp tác (ký ngày 14/5/2018): 2019", 90, (),
            "a review of N years of carrying out what was signed, founded or begun on a full "
            "date D/M/Y: Y+N (the date itself is another occasion's, never the year)"),
    CueKind("so_far", "Từ đầu năm 2023 đến nay; 6 tháng đầu năm 2023; kết quả đầu năm 2024", 80,
            (((1, 2), +1),),
            "results of year Y so far: the article is written in Y (or early in Y+1 "
            "for a date in January-February)"),
    CueKind("review_period", "Hội nghị đánh giá kết quả hợp tác giai đoạn 2018 - 2023; sơ kết 2 năm (2023 - 2024); "
            "xuất khẩu tăng 5 năm liên tiếp (2019-2023)", 80,
            (((11, 12), -1), ((7, 8, 9, 10), None)),
            "a review (đánh giá, tổng kết, kết quả) of a period ending in Y: held in Y+1, or in "
            "Y in November-December; in July-October it may be either (no cue). An interim "
            "review (sơ kết) of N years from Y1: Y1+N. An interim review of a period without N "
            "says only that the year lies inside it: no cue"),
    CueKind("interim_before_plan", "Hội nghị sơ kết chương trình hợp tác giai đoạn 2004-2009 và kế hoạch hợp tác "
            "giai đoạn 2010 - 2015: 2009", 80, (((1, 2, 3), None),),
            "an interim review (sơ kết) of a period ending in Y held with the plan of the period that "
            "follows it (Y+1 - …): held inside the period, near its end: Y; in January-March it may be a "
            "review held just after the period (no cue); with the next programme signed ('và ký kết Chương "
            "trình … giai đoạn Y+1 - …'), in November-December it may be a signing ahead (Y) or a late one in "
            "the new period's first year (Y+1): no cue (SIGNED_INTERIM_OPEN) (see year_shapes)"),
    CueKind("handover_period", "lễ ký kết chương trình hợp tác giai đoạn 2025 – 2030 … trong giai đoạn 2022 – 2025, "
            "hợp tác giữa hai tỉnh đã đạt nhiều kết quả: 2025", 80, (),
            "a period signed or opened (plan_period, plan_period_weak; not one only carried out: plan_carried) "
            "from Y, on a page that tells another "
            "period ending in that same year Y (W - Y): the old period's last year is the new one's first, "
            "the occasion that hands one over to the other is in Y whatever the month (a period that ends "
            "the year before, W - (Y-1), leaves late Y-1 or early Y: no cue); a review of W - Y told there closes it "
            "at the hand-over, so its review_period (Y+1) is dropped (see year_cues)"),
    CueKind("plan_year", "phương hướng hợp tác năm 2023; ký kết ... kế hoạch hợp tác năm 2023", 75,
            (((11, 12), -1), ((9, 10), None)),
            "a plan (phương hướng, ký kết, triển khai, xây dựng, thống nhất ...) for year Y (not one "
            "done: 'đã cùng nhau xây dựng … năm 2004'): "
            "Y, or Y-1 in November-December (either in September-October: no cue; Y where the page rules Y-1 out: "
            "a lower bound in Y, the clock on the occasion's days -- plan_year_kept); beats a "
            "review year in the same sentence: "
            "'kết quả ... năm 2016 và phương hướng ... năm 2017' -> 2017"),
    CueKind("review_plan_year", "hội nghị đánh giá kết quả thực hiện thỏa thuận; đồng thời đề ra phương hướng phối "
            "hợp trong năm 2025 (on 14/10): 2024", 75, (((9, 10, 11, 12), -1),),
            "a review of results and the plan for a whole year Y in one sentence (plan_year after 'đánh giá kết quả', "
            "'tổng kết'; no 'tháng', 'quý', 'cuối năm', 'còn lại' between): the year-end review of Y-1 from September "
            "on, Y before (see plan_named_years)"),
    CueKind("plan_carried_out", "Thực hiện Kế hoạch hợp tác năm 2023 giữa hai tỉnh, ngày 10/12, đoàn …: 2023", 75, (),
            "a year's plan the occasion carries out, named in a frame that opens its sentence and closes with a comma "
            "('Thực hiện', 'Triển khai', 'Theo', 'Trong khuôn khổ' …): the occasion lies inside the year, in "
            "any month (see plan_frames)"),
    CueKind("bond_anniversary", "Ngày 18/9, hai xã tổ chức lễ kỷ niệm 10 năm kết nghĩa. Ngày 18/9/2009, hai xã chính "
            "thức ký kết nghĩa: 2019", 75, (),
            "an anniversary of N years of the bond the page holds, its founding day told with its full date D/M/Y in "
            "another sentence: Y+N, near the founding's day (the founding day lends no year of its own) "
            "(see bond_anniversary)"),
    CueKind("anniversary", "nhân dịp kỷ niệm 80 năm Quốc khánh (2/9/1945 - 2/9/2025); 46 năm ... (18/7/1977)", 75, (),
            "an occasion held for an anniversary: the anniversary's year (the end of the range, "
            "or the date plus N years; 'kỷ niệm 5 năm ký kết hợp tác … (2009 - 2013)': a span of "
            "exactly N years after it is the anniversary's, not a plan's period). An occasion dated within "
            "days of an anniversary across the new year is in the other year ('28/12' for '(7/1/1979 - "
            "7/1/2024)': 2023); an undated one held for an anniversary near the new year gets no year"),
    CueKind("known_anniversary", "nhân dịp kỷ niệm 48 năm Quốc khánh nước CHDCND Lào; kỷ niệm 30 năm thiết "
            "lập quan hệ ngoại giao Việt Nam - Hàn Quốc; dịp kỷ niệm 70 năm Chiến thắng Điện Biên Phủ", 75, (),
            "an occasion held for the N-th anniversary of a founding the text names without its date, "
            "one of the table KNOWN_FOUNDINGS in :mod:`hoptac.core.extract.anniversaries` (a national "
            "day, diplomatic relations, a treaty) or NATIONAL_DAYS (a victory, a liberation, a founding of the nation's; a "
            "name cut off by the page's end read by its first letters): its year plus N ('hướng tới', 'tiến tới', 'chuẩn bị' kỷ niệm look ahead: no cue)"),
    CueKind("party_congress", "Hội nghị … tiến tới chào mừng Đại hội đại biểu toàn quốc lần thứ XIV của Đảng: 2026 "
            "for a day in January, 2025 from February on", 70, (((2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12), -1),),
            "an occasion held to greet a national Party Congress ahead of it ('chào mừng', 'hướng tới', 'tiến tới'), "
            "one of the table KNOWN_CONGRESSES in :mod:`hoptac.core.extract.anniversaries` (each held in January): "
            "the congress's year for a day in January, the year before from February on (not 'chào mừng thành "
            "công': after it)"),
    CueKind("party_congress_held", "Ngày 6/3, đoàn tỉnh A sang thăm, chúc mừng thành công Đại hội đại biểu toàn "
            "quốc lần thứ XIII của Đảng Cộng sản Việt Nam: 2021", 70, (((1,), None),),
            "a national Party Congress of KNOWN_CONGRESSES whose success the occasion congratulates ('chúc mừng / "
            "chào mừng (sự) thành công') or which is told held just now ('tổ chức thành công … vừa qua'): held in "
            "January, so a day from February on is in its year; a day in January may be before it or a year "
            "after (no cue). Only 'của Đảng (Cộng sản Việt Nam)': the Lao Party's numbers are two lower in the "
            "same years (see congress_held)"),
    CueKind("congress_term", "Chủ tịch tỉnh A tham dự Đại hội Hội Nông dân tỉnh B lần thứ X, nhiệm kỳ 2023 - 2028: "
            "2023", 70, (((11, 12), None),),
            "a congress the page's occasion attends, holds, opens or closes, named with the term it opens "
            "('nhiệm kỳ Y - Z'): held in the term's first year Y; in November-December it may be held ahead of a "
            "term that starts the next year (no cue) (see congress_term)"),
    CueKind("years_ago", "ôn lại dấu mốc cách đây 40 năm, ngày 12/3/1984, khi hai tỉnh kết nghĩa", 70, (),
            "a dated milestone counted back from now ('cách đây N năm, ngày D/M/Y'): the writer's year "
            "is Y + N ('cách đây hơn/gần N năm' counts loosely: no cue)"),
    CueKind("anniversary_year", "Năm 2022 là năm kỷ niệm 60 năm quan hệ ngoại giao hai nước", 70,
            (((11, 12), None),),
            "a year said to be an anniversary's, in the present ('Năm Y là kỷ niệm …'): the year the "
            "parties are in; in November-December it may be said ahead of it (no cue)"),
    CueKind("spring", "đầu xuân mới 2023; xuân Quý Mão 2023; Tết Nguyên đán Ất Tỵ năm 2025; ngày đầu năm mới 2017; "
            "chương trình “Du lịch thành phố A chào 2027” (round 37)", 70,
            (((12,), -1), ((5, 6, 7, 8, 9, 10, 11), None)),
            "the spring or Tết of year Y: Y, or Y-1 in December; a date from May to November "
            "is no spring's (no cue: 'Tết … 2016' told beside '12/11' says nothing of its year)"),
    CueKind("named_year", "Tuần lễ văn hóa Thanh Hóa - Hủa Phăn 2022; lúa Hè Thu 2021; OTDYKH LEISURE 2014; "
            "lễ khai mạc chương trình “Những ngày Đà Nẵng tại Viêng Chăn” năm 2019", 70, (),
            "an occasion named with its year, the year written bare after a capitalised name, or "
            "a programme opened or held ('khai mạc', 'tổ chức', 'đăng cai' chương trình … năm Y)"),
    CueKind("lead_part_year", "Vừa qua, đoàn tỉnh A đã hội đàm với tỉnh B đầu năm 2019; Trong chuyến thăm cuối "
            "năm 2023, lãnh đạo hai tỉnh đã …", 70, (),
            "a part of a year (đầu, giữa, cuối năm Y) that times the lead's own occasion, told as done: Y "
            "(not results so far, 'từ đầu năm …', '6 tháng đầu năm …', nor a plan, 'sẽ', 'kế hoạch') "
            "(see undated.lead_part_year)"),
    CueKind("review_quarter", "Hội nghị giao ban quý III/2024; sơ kết công tác quý 1/2023", 70,
            (((1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12), 0),),
            "a meeting or review of the first three quarters of year Y, held in it or the quarter after: Y "
            "(see year_cues._QUARTER_MEETING)"),
    CueKind("held_in", "Chiều 9/11, hai xã đã tổ chức buổi giao ban kết nghĩa cụm dân cư hai bên biên giới quý IV năm "
            "2024: 2024", 70, (),
            "a quarter or half-year of year Y that names the occasion its sentence dates (a meeting's noun before it "
            "in its clause, no plan): Y for a day and month in it, no cue for one outside it (see year_held_in)"),
    CueKind("review_months", "Ngày 21/8, … các xã giáp ranh tổ chức giao ban từ tháng 10/2024 đến tháng 6/2025: 2025", 70, (),
            "a meeting that reviews a span of months ending with month M of year Y ('từ tháng 10/2024 đến tháng 6/2025') "
            "and names the occasion its sentence dates: Y for a day in M or the REVIEW_MONTHS months after it (a review "
            "is held at the span's end or soon after), no cue for another month (see year_held_in)"),
    CueKind("review_q4", "Hội đàm định kỳ quý 4/2025 (on 29/1): 2026", 70,
            (((1, 2, 3), +1), ((4, 5, 6, 7, 8, 9), None)),
            "a meeting or review of the fourth quarter of year Y: Y in October-December, Y+1 in January-March "
            "(a quarter is reviewed in it or the quarter after)"),
    CueKind("annual_edition", "Đây là lần thứ hai hội nghị được tổ chức … kể từ Hội nghị lần thứ nhất năm 2021 … "
            "trong một năm qua: 2022", 70, (),
            "the edition before the page's own yearly meeting dated by its year Y: Y+1 (see year_shapes)"),
    CueKind("quoted_name", "Chương trình bình chọn “Điểm đến hấp dẫn của vùng năm 2024” đã được công bố ngày 9/10",
            70, (((11, 12), None),),
            "a programme, contest or campaign whose quoted name ends with its year: Y; in "
            "November-December it may be launched the year before (no cue) (see year_shapes)"),
    CueKind("new_year_after", "Nhân dịp Tết cổ truyền Bunpimay, … đến chúc Tết … ; … đạt được trong năm 2023: 2024", 70, (),
            "a lead's traditional New Year (late January to mid-April) at which a side's achievements of the whole "
            "year Y, or the two sides' doings through it, are told: Y+1 (lead_new_year: year only for a lead that "
            "dates no occasion; for the lead's own day from January to April on a page with no stamp, round 37)"),
    CueKind("results_quarter", "Ngày 12/7, … thông tin về kết quả nổi bật đạt được trong quý II năm 2025: 2025", 65, (),
            "a quarter (I-III) of year Y told by what it achieved ('kết quả', 'thành tựu', 'tình hình' before it, no plan): "
            "Y for a day in the quarter after it, no cue for another month (see year_held_in)"),
    CueKind("account_year", "thông tin về tình hình kinh tế - xã hội của tỉnh trong năm 2017 (at a visit on 11/4): 2018",
            65, (((1, 2, 3, 4, 5, 6), +1), ((7, 8, 9, 10), None)),
            "an account of the situation (tình hình) in year Y, a whole year told as known: Y in November-December, "
            "Y+1 from January to June (last year's: this year's would be 'quý I', '6 tháng đầu năm'), either in "
            "July-October (no cue)"),
    CueKind("summed_done", "hai bên nêu rõ, trong năm 2029, hai đơn vị đã thường xuyên phối hợp (at talks on 13/2): 2030", 65,
            (((1, 2), +1), ((3, 4, 5, 6, 7, 8, 9, 10), None)),
            "a whole year Y summed up as done in what the occasion said ('nêu rõ, trong năm Y, … đã …', on a page naming "
            "no later year; see year_summed_done): Y+1 in January-February, Y in November-December, none from March "
            "to October"),
    CueKind("hard_year", "năm 2020, cả nước đối diện với nhiều khó khăn, thách thức (at a visit on 17/1): 2021", 65,
            (((1, 2), +1), ((3, 4, 5, 6, 7, 8, 9, 10), None)),
            "a whole year Y told by the hardships it held ('năm Y, … đối diện / đối mặt với nhiều khó khăn', opening a "
            "speaker's reported clause, 'cho biết, năm Y, …', on a page naming no later year; see year_hardship): Y+1 in January-February, Y in November-December, "
            "none from March to October (the year may still be running)"),
    CueKind("achieved_year", "thông tin kết quả đạt được trên các lĩnh vực trong năm 2024 (at talks on 7/5): 2025",
            65, (((1, 2, 3, 4, 5, 6), +1), ((7, 8, 9, 10), None)),
            "what a side achieved in the whole year Y ('đạt được … trong năm Y'), told as known: as account_year, "
            "Y in November-December, Y+1 from January to June, either in July-October (see year_achieved)"),
    CueKind("review_year", "Hội nghị sơ kết chương trình hợp tác năm 2018", 65,
            (((1, 2), +1), ((3,), None)),
            "a review of year Y: Y, or Y+1 in January-February (either in March: no cue)"),
    CueKind("wish_year", "chúc tỉnh A tiếp tục đạt nhiều thành tựu … trong năm 2023 (on 9/1): 2023", 65,
            (((12,), None),),
            "a year named in a wish ('chúc' … năm Y, not 'chúc mừng', 'chúc Tết'; nothing told as done between): "
            "a wish looks ahead, the year running, Y; in December it may be the year closing or the one ahead "
            "(no cue) (see year_wishes)"),
    CueKind("review_before_plan", "kết quả phối hợp công tác biên giới năm 2022, đồng thời thảo luận kế hoạch hợp tác "
            "năm 2023 (on 12/9: none; on 15/4: 2023; on 20/12: 2022)", 65,
            (((1, 2, 3, 4, 5, 6, 7, 8), +1), ((9, 10), None)),
            "a review of year Y (review_year) in the sentence that plans the whole year Y+1 (plan_year, plan_noun): "
            "the review closes Y and the plan opens Y+1, so the occasion is at the end of Y (November-December: Y) "
            "or in Y+1 (January-August); in September-October either (no cue), never Y because the review says it "
            "(see plan_named_years.review_before_plan)"),
    CueKind("yearly_review", "Hội nghị thường niên … Năm 2018, quan hệ hợp tác hai thành phố diễn ra 24 lượt trao "
            "đổi: 2018 in November-December", 65, (((1, 2), +1), ((3, 4, 5, 6, 7, 8, 9, 10), None)),
            "a year's record told as done ('Năm Y, … diễn ra / tổ chức / đạt … N') on a page whose meeting is yearly "
            "('thường niên', 'hằng năm', 'tổng kết năm'): the meeting reviews the year it closes, Y in "
            "November-December, Y+1 in January-February; in other months no cue (see year_cues)"),
    CueKind("year_figures", "Năm 2024, kim ngạch thương mại hai tỉnh đạt 500 triệu USD, tăng 12%", 65,
            (((11, 12), None),),
            "a whole year Y's figures told as achieved, opening the sentence (no 'ước', no plan): "
            "the year is over, so Y+1 (the cue's year); in November-December they may be the "
            "current year's first estimates (no cue)"),
    CueKind("spring_canchi", "Xuân Quý Mão (no number): 2023", 60,
            (((12,), -1), ((5, 6, 7, 8, 9, 10, 11), None)),
            "a lunar year name after xuân/Tết, read in 1984-2043 (none for a date from May to November)"),
    CueKind("named_ahead", "Tuần văn hoá du lịch tỉnh A năm 2009 dự kiến khai mạc vào ngày 24/11 (on 17/8): 2009", 60,
            (((9, 10, 11, 12), None),),
            "an occasion named with its year and told as coming ('dự kiến', 'sẽ diễn ra', 'chuẩn bị cho', 'vào tháng "
            "3 tới'): the page's occasion comes before it, most often in that year; from September on it may be the "
            "year before (no cue). One the parties are invited to or agree to hold gives none (see occasions_ahead)"),
    CueKind("spring_ahead", "Hai bên thống nhất tổ chức giao lưu nhân dịp Tết Nguyên đán 2020 (on 15/4: none; "
            "on 10/1: 2020; on 20/12: 2019)", 60,
            (((12,), -1), ((3, 4, 5, 6, 7, 8, 9, 10, 11), None)),
            "the spring or Tết of year Y told as coming (agreed to hold, prepared, invited to, 'sẽ': "
            "occasions_ahead.told_ahead): the page's day comes before that Tết, so Y in January and "
            "February (a visit 'chuẩn bị đón Tết' days before it), Y-1 in December; from March to "
            "November that Tết is a year ahead or more (no cue), never Y as a past spring's would be"),
    CueKind("next_edition", "Ngày hội lần thứ 3 … hoạt động thường niên … Ngày hội lần thứ 4 sẽ được tổ chức vào năm "
            "2019: 2018", 60, (((1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12), -1),),
            "the next edition of a yearly occasion ('hàng năm', 'thường niên') told ahead in year Y, the page naming "
            "the edition before it: the page's edition is a year earlier, Y-1 (not an occasion held every second "
            "year) (see year_next_edition)"),
    CueKind("plan_noun", "kế hoạch hợp tác năm 2023; chương trình hợp tác năm 2019", 60,
            (((11, 12), -1), ((9, 10), None)),
            "a plan or programme of year Y with no verb before it"),
    CueKind("year_ahead", "Trong năm 2024, hai bên sẽ phối hợp tổ chức Hội chợ thương mại; Trong năm 2019, hai "
            "bên thống nhất tập trung triển khai …", 60,
            (((11, 12), -1), ((7, 8, 9, 10), None)),
            "a sentence (or a reported clause: 'ông A nhấn mạnh, trong năm Y, …') that opens with 'Trong năm Y' and says what "
            "the parties will do in it ('sẽ', 'dự kiến', 'phấn đấu', 'thống nhất', 'nhất trí', 'cần'; not 'đã'): the year they "
            "are in, as a plan's (Y-1 in November-December; from July to October it may be the next year's plan, 'Trong năm "
            "2016, Chính phủ sẽ xem xét …' on 17/8/2015: no cue)"),
    CueKind("continued_from", "Ba hội đã nhất trí từ năm 2027 sẽ tiếp tục duy trì hoạt động này (on 25/11): 2026",
            60, (((11, 12), -1), ((1, 2, 3, 4, 5, 6, 7, 8, 9, 10), None)),
            "an agreement to carry the activity on from year Y: the year before, in November-December; "
            "no cue in the months before (see year_continued)"),
    CueKind("school_year", "Ngày 24/10, trường tiếp nhận 20 lưu học sinh Lào sang học năm học 2025-2026: 2025", 60,
            (((1, 2, 3, 4, 5, 6, 7, 8), None),),
            "the one school year the page names in its lead's paragraph or the next, not reviewed nor past: an "
            "occasion of September-December is in its first year; from January to August no cue (see school_year)"),
    CueKind("season_opened", "Sáng 14/11, cảng A đón tàu đầu tiên, mở màn cho mùa tàu biển 2025–2026: 2025", 60,
            (((1, 2, 3, 4, 5, 6), None),),
            "the one span of two years the lead's paragraph names as a season or a school year that a verb of opening "
            "opens ('mở màn cho mùa …', 'khai giảng năm học …'), not told ahead: an occasion of July-December is in "
            "its first year; from January to June no cue (see season_opened)"),
    CueKind("dry_season", "Mùa khô 2022-2023, đội quy tập của tỉnh đã cất bốc được 15 hài cốt liệt sĩ: 2023 (on "
            "12/4)", 60, (((8, 9, 10, 11, 12), None),),
            "a dry season Y-(Y+1) (mùa khô, November to May: when remains are searched for in Laos and "
            "Cambodia) told as done ('đã tìm kiếm, cất bốc được …'): the ceremony for what it found is at its end, "
            "Y+1 from January to July; from August on it may be the next season's start (no cue) (see year_shapes)"),
    CueKind("dry_season_signed", "Ngày 20/9, hai tỉnh vừa ký kết văn bản phối hợp tìm kiếm, quy tập hài cốt liệt sĩ "
            "mùa khô 2026-2027: 2026", 60, (((1, 2, 3, 4, 5, 6, 7), None),),
            "a dry season Y-(Y+1) a text of coordination or cooperation is signed for (not remains handed over or found): "
            "signed ahead, in the autumn before the season begins: Y from August to December; from January to July it may "
            "be a late signing inside the season (no cue) (see season_signed; round 35, late35b)"),
    CueKind("dry_season_year", "Sáng 9/3, đoàn công tác làm việc với hai tỉnh về cấp nước trong mùa khô 2019: 2019", 60,
            (((9, 10, 11, 12), None),),
            "the dry season of one year Y the occasion works for ('trong / cho / phục vụ mùa khô (năm) Y', not "
            "compared with, reviewed, nor where a period starts): an occasion of January-August is in that season, Y; "
            "from September on it may prepare next year's (no cue) (see year_shapes)"),
    CueKind("plan_period", "thống nhất các nội dung hợp tác giai đoạn 2021 - 2025", 55,
            (((11, 12), None),),
            "a plan for a period starting in Y: Y (not an appendix or amendment to it: 'phụ lục sửa "
            "đổi biên bản … giai đoạn 2021-2025' comes later). In November-December it may be Y-1 (a period "
            "signed before it begins) or Y (signed late in a period already begun): no cue -- "
            "unless a review of the period before it ('giai đoạn W - (Y-1)', review_period) "
            "decides. In September-October only a period signed or adopted there ('ký kết chương trình … "
            "giai đoạn 2023 - 2025' on 13/10: 2023) gives Y: on the labelled sets such signings opened their "
            "own year 6 times in 6, the ones made ahead fell in November-December (5 of 13); a period carried out "
            "('triển khai … Thỏa thuận … giai đoạn 2022-2026' on 5/9/2024) or one that opens a five-year term "
            "('giai đoạn 2026 - 2030', often signed in the autumn before it) gives none (SIGNED_PERIOD_MONTHS). A period "
            "the occasion only carries out ('nhằm triển khai thỏa thuận … giai đoạn 2024 - 2027') gives none in any "
            "month (YearCue.carried, plan_carried; round 37)"),
    CueKind("plan_period_weak", "diễn ra Hội nghị hợp tác giữa 3 địa phương … giai đoạn 2022-2025", 50,
            (((11, 12), None),),
            "a period in a sentence that reports a conference or a signing, with no verb in its "
            "clause: the period the occasion opens"),
    CueKind("year", "Năm 2023 tiếp tục hợp tác; trong năm 2020", 30, (),
            "any other 'năm Y' that is a date; counts only near the mention"),
    CueKind("bond_founding", "Ngày 18/9, hai xã tổ chức lễ kỷ niệm 10 năm kết nghĩa. … Ngày 2/3/2009, hai xã chính "
            "thức ký kết nghĩa: no year", 0, (((1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12), None),),
            "the bond's founding day told with its full date on a page that holds an anniversary of the bond, the "
            "anniversary's sentence not dated near that day: no year, and the founding day lends the page's day "
            "none of its own (see bond_anniversary)"),
)
CUE = {c.name: c for c in CUES}


#: The months in which a period's first year is the occasion's only when the period is signed or adopted
#: there (YearCue.signed): a period named otherwise may be one already running (see plan_period).
SIGNED_PERIOD_MONTHS = (9, 10)
#: The months in which an interim review held with the next period's programme signed (interim_before_plan,
#: YearCue.signed) gives no year: the programme may be signed ahead, late in the reviewed period's last year Y,
#: or late in its own first year Y+1 (plan_period's November-December), and "sơ kết" of a period just ended
#: is written of both (round 40, late40f: delta40 05, "sơ kết … giai đoạn 2016-2021 và ký kết … giai đoạn
#: 2022-2025" on 10-11 read 2021; the gold reads 2022 and says the text fits both -- a wrong year).
SIGNED_INTERIM_OPEN = (11, 12)
#: ... except a period that opens a national five-year term (2021 - 2025, 2026 - 2030: its first year is 1
#: modulo 5), which is often signed ahead, in the autumn before it begins.
TERM_START = 1


def cue_shift(cue: YearCue, kind: CueKind, month: int | None, day: int | None) -> int | None:
    """What to add to ``cue.year`` for an occasion on day/month: the kind's ``shift`` for the month, or
    None where the cue may point to either of two years. A coming occasion (``named_ahead``) comes after the
    page's: before its own day when the text gives it (occasions_ahead.ahead_shift). Years counted after a
    signing give no year to a day and month before the signing's (YearCue.counted_from)."""
    if cue.name == "named_ahead":
        return ahead_shift(cue.day_month, month, day)
    if cue.months is not None:   # held_in: a day in the period only
        return 0 if month and cue.months[0] <= month <= cue.months[1] else None
    if cue.counted_from is not None and month and (month, day or 1) < cue.counted_from:
        return None   # "ký kết ngày 20-12-2015 … Trong 5 năm qua" on 15/1: 2021, or 2020 counted loosely
    if cue.carried:
        return None   # "nhằm triển khai thỏa thuận … giai đoạn 2024 - 2027": any year of the period (plan_carried)
    if cue.name == "interim_before_plan" and cue.signed and month in SIGNED_INTERIM_OPEN:
        return None   # "sơ kết … giai đoạn 2016-2021 và ký kết … giai đoạn 2022-2025" on 10-11: 2021 or 2022
    if month in SIGNED_PERIOD_MONTHS and cue.name in ("plan_period", "plan_period_weak") and (
            not cue.signed or cue.year % 5 == TERM_START):
        return None
    return next((add for months, add in kind.shift if month in months), 0)


def _cue(name: str, year: int, pos: int, start: int, end: int,
         day_month: tuple[int, int] | None = None) -> YearCue:
    return YearCue(pos, year, name, CUE[name].weight, min(start, pos), end, day_month=day_month)

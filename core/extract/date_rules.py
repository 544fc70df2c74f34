"""The table of Vietnamese date patterns that :mod:`hoptac.core.extract.dates` applies.

Written to be reviewed by a linguist. Every date has a number, so a rule is read from
its first number -- a number that starts a token, not one inside "x8/3", "3.500",
"1,5", "16:25" or after "/" (the engine only tries such numbers). A rule is

* ``name``;
* ``lead``: the words that must (or may) come just before the first number -- one of
  the kinds of :data:`LEAD` below: ``"date?"`` (a part of the day, a weekday, "ngày",
  "từ" may come first and then belong to the date -- "từ" only to a range: "từ ngày
  28/2 đến ngày 2/3" but "ngày 8/3" in "từ ngày 8/3"), ``"date!"`` (a part of the day,
  a weekday or "ngày" must come first), ``"thang"``, ``"nam"``, ``"quy"``,
  ``"period"``, ``"target"``, ``"part"`` (that word must come first), ``""`` (none is
  taken: "từ 8/3" gives "8/3");
* ``core``: a regular expression from the first number on;
* ``examples``: texts the rule finds whole (the tests check every one);
* ``kind``: "date" or "period"; ``check``: extra tests of the engine, by name
  (``date_checks.CHECKS``: ``not_doc``, ``no_unit``, ``cue_or_year`` ...); ``note``: what a
  reviewer should know.

Patterns are written in plain lower-case letters without accents ("thang" for "tháng",
"nam" for "năm"); the engine makes every letter match its upper case and accented forms,
then checks on the text as written that the cue words carry the right accents
(:data:`ACCENTED`): "tôi 8/3" (I) and "tới" are not "tối" (evening), "Việt Nam 2018" is
not "năm 2018", "ngay" (at once) is not "ngày", "thắng 3" (won 3) is not "tháng 3".
Upper-case names in braces (``{DAY}``) are :data:`PIECES`; ``(?P<d>...)`` captures the
day, ``m`` the month, ``y`` the year, ``d2 m2 y2`` the end of a range, ``q`` a quarter,
``half`` a half year.

Order matters: at one number the first rule whose lead and core match (and whose
checks pass) wins, so longer forms come first (a range before a single date).
"""

from __future__ import annotations

from dataclasses import dataclass

__all__ = ["Rule", "RULES", "PIECES", "LEAD", "LEAD_LAST_WORDS", "ACCENTED", "DAYPARTS",
           "DAYPART_WORDS", "UNITS", "UNIT_EXCEPTIONS", "DOC_WORDS"]


@dataclass(frozen=True, slots=True)
class Rule:
    name: str
    lead: str                     # "", "date?", "date!", "thang", "nam", "quy", "period", "target", "part"
    core: str                     # regular expression (re.VERBOSE) from the first number on
    examples: tuple[str, ...]
    kind: str = "date"
    check: str = ""               # extra checks, space-separated names
    note: str = ""


# --- word lists ---------------------------------------------------------------------

#: After these a bare number is a quantity, not a date: "8/3 tỷ", "2/3 số hộ", "tháng 2 lần"
#: (but "năm" followed by one of UNIT_EXCEPTIONS is time: "tháng 3 năm nay").
UNITS = (
    "ty", "trieu", "nghin", "ngan", "dong", "usd", "ha", "km", "m", "m2", "m3", "kg",
    "tan", "lit", "nguoi", "ho", "doan", "tinh", "xa", "huyen", "lan", "noi dung", "gio",
    "phut", "so", "diem", "tran", "ban", "ben", "cuoc", "dot", "buoi", "nam", "con",
    "chiec", "cai", "phan", "suat", "tuoi", "hoc sinh", "thanh vien", "du an", "lop",
    "dien tich", "dan so", "tong", "kinh phi", "gia tri", "san luong", "cong suat",
)

UNIT_EXCEPTIONS = ("nam nay", "nam ngoai", "nam truoc", "nam sau", "nam toi", "nam qua")

#: Before these a bare "d/m" is a number of something: "số 12/3", "Bài 3/4",
#: "lần thứ 2/3", "chiếm 2/3", "bằng 1/3", "Quyết định 12/3", a score "thắng 3/1".
DOC_WORDS = (
    "so", "bai", "lan", "thu", "khoa", "phong", "lo", "to", "ty so", "ti so", "ty le",
    "ti le", "chiem", "dat", "hon", "khoang", "gan", "tren", "duoi", "quoc lo", "tinh lo",
    "duong", "km", "hang", "lop", "tang", "nha", "can", "ma", "ky hieu", "van ban",
    "cong van", "quyet dinh", "nghi quyet", "nghi dinh", "thong tu", "thong bao", "chi thi",
    "ke hoach", "to trinh", "bao cao", "ket luan", "bang", "gap", "thang", "thua", "hoa",
    # a place named after a day: "Quảng trường 26/3", "Sân vận động 19/8", "Công viên 29/3", "cầu 2/9"
    "quang truong", "van dong", "cong vien", "cau", "nga ba", "nga tu",
)

#: Cue word (without accents) -> how it must be written (lower case). Written otherwise
#: the match is refused, unless the text around has no accents at all ("Chieu 8/3").
ACCENTED = {
    "ngay": {"ngày"}, "hom": {"hôm"}, "mung": {"mùng"}, "mong": {"mồng"},
    "thang": {"tháng"}, "nam": {"năm"}, "quy": {"quý"}, "thu": {"thứ"},
    "sang": {"sáng"}, "chieu": {"chiều"}, "toi": {"tối", "tới"}, "trua": {"trưa"},
    "dem": {"đêm"}, "rang": {"rạng"}, "som": {"sớm"}, "muon": {"muộn"},
    "den": {"đến"}, "tu": {"từ", "tư"}, "het": {"hết"}, "doan": {"đoạn"},
    "ky": {"kỳ", "kì"}, "dau": {"đầu"}, "cuoi": {"cuối"}, "giua": {"giữa"},
    "truoc": {"trước"}, "nhin": {"nhìn"}, "nhiem": {"nhiệm"}, "thoi": {"thời"},
    "nien": {"niên"}, "khoa": {"khóa", "khoá"}, "hoc": {"học"}, "va": {"và"},
}

# ... but a cue word with two tone marks ("ngàỵ 11-10", "Chìềư 5/3") is no word of the language (a
# syllable carries one tone: hoptac.core.text.two_tones): a copy whose accents were scrambled, read
# as the cue it folds to. One wrong tone stays refused: "ngáy" (snores), "ngay" (at once) are words.

#: Part of the day (without accents) -> DateMention.daypart. Inside a part of the day,
#: "toi" must be written "tối" (not "tới", "tôi").
DAYPARTS = {
    "sang": "sáng", "rang sang": "sáng", "sang som": "sáng", "chieu": "chiều",
    "chieu toi": "tối", "toi": "tối", "toi muon": "tối", "trua": "trưa", "dem": "đêm",
    "dem khuya": "đêm", "khuya": "đêm",
}
DAYPART_WORDS = {"sáng", "chiều", "tối", "trưa", "đêm", "khuya", "rạng", "sớm", "muộn"}


# --- pieces -------------------------------------------------------------------------

PIECES = {
    # numbers: a day 1-31, a month 1-12 (a leading zero or not), a year 1900-2099
    "DAY": r"(?:0?[1-9]|[12][0-9]|3[01])",
    "MON": r"(?:0?[1-9]|1[0-2])",
    "YEAR": r"(?:19|20)[0-9]{2}",
    # a number ends here: no letter, no "/" (document suffix "/NĐ-CP", a path "/2019/12/"), no ".5" /
    # ",5" / ":30" (more number), no "-NQ" (document number) after it; a slash typed for the comma
    # after the date, with a space after it, ends it too ("Sáng 28/12/2019/ UBND hai tỉnh …", round 32)
    "END": r"(?![\w]|/(?![ ])|[.,:\-–][0-9]|-[a-z])",   # ("[ ]": the patterns are verbose)
    "SEP": r"[/.\-]",
    # after a slash or a dash a space is a typo, not a new number: "27/ 3", "24- 4-2010"
    # (the separator itself is what must repeat: "24- 4-2010" is one date)
    "GAP": r"(?:(?<=[/\-])[ \t])?",
    # ... and one before a slash: "ngày 12 /3/2024", "ngày 12/3 /2024"
    "GAP_BEFORE": r"(?:[ \t](?=/))?",
    # ... and, in a lead's day, one before a dash glued to the month: "chiều 22 -11" (a space on one side
    # only is a typo; "ngày 5 - 12", spaced on both, may join two days, and "ngày 5 -12/3" is read first
    # as days of March by range_days)
    "GAP_BEFORE_DASH": r"(?:[ \t](?=/|-(?:0?[1-9]|1[0-2])(?![0-9])))?",
    # between the two ends of a range: "-", "đến", "tới", "đến hết", then perhaps "ngày" -- on one line: a headline
    # closing with its date is no range with the lead's day under it ("… (15/03/2010)" / "Tối 14-3, …": "tối" folds
    # as "tới")
    # ... and perhaps the end's weekday, before or after "ngày": "đến thứ Sáu 10-3-2023", "đến ngày thứ 6, 10/3",
    # "- T6 10/3", "đến Chủ nhật 12/3" (round 58: a weekday before each end of a range)
    "TO": r"[^\S\n]*(?:[-–—]|\bden(?:\s+het)?\b|\btoi\b)[^\S\n]*(?:ngay\s+)?(?:{WEEKDAY_END}[^\S\n]*,?[^\S\n]*(?:ngay\s+)?)?",
    # a weekday written before a range's end (no group: the start's weekday is the lead's "wd"); "T2" .. "T7"
    # ("T6 10/3") only here, followed by a number, and "tới" folded is never "thứ"
    "WEEKDAY_END": r"\b(?:thu\s+(?:hai|ba|tu|nam|sau|bay|[2-7](?![0-9]))|chu\s+nhat|t[2-7](?=[^\S\n]+[0-9]))\b",
    # between two days of one month: the same and "và", ","; the second day may carry its
    # part of the day ("sáng 5 và chiều 6/12"); "đến hết" as in TO ("từ ngày 25 đến hết ngày 27-4");
    # "và" may be typed glued to the second day ("trong 2 ngày 16 và17/3", round 39: press39 08)
    "AND_TO": r"[^\S\n]*(?:[-–—,&]|\bva(?:\b|(?=[0-9]))|\bden(?:\s+het)?\b|\btoi\b)[^\S\n]*(?:(?:sang|chieu|toi|trua)\s+)?(?:ngay\s+)?",
    # a clock time: "19:30", "8h", "8h30" (the opening's hour between "từ" and "ngày")
    "CLOCK": r"(?:[01]?[0-9]|2[0-3])(?:[:h][0-5][0-9]|h)",
    # a year after a month: "/2018", "-2018", ".2018", " năm 2018", ", năm 2018"
    "OF_YEAR": r"(?:\s*[/.\-]\s*|\s*,?\s*nam\s+)",
    # "sáng", "chiều nay", "tối qua", "rạng sáng", "buổi sáng hôm nay"
    "DAYPART": r"""\b(?:buoi\s+)?(?P<dp>rang\s+sang|sang\s+som|chieu\s+toi|toi\s+muon|dem\s+khuya
                   |sang|chieu|toi|trua|dem|khuya)\b(?:\s+(?:hom\s+)?(?:nay|qua|mai))?""",
    # "thứ Hai", "thứ 2", "Chủ nhật"
    "WEEKDAY": r"(?P<wd>\b(?:thu\s+(?:hai|ba|tu|nam|sau|bay|[2-7](?![0-9]))|chu\s+nhat)\b)",
    # "ngày", "hôm", "ngày mùng", "mồng", "hôm nay"
    "NGAY": r"(?P<ngay>\b(?:(?:ngay|hom)(?:\s+(?:nay|qua|mai))?(?:\s+(?:mung|mong))?|mung|mong))(?:\s*,\s*|\s+)",
    # words that introduce a period of years
    "PERIOD_CUE": r"\b(?:giai\s+doan|nhiem\s+ky|thoi\s+ky|nien\s+khoa|nam\s+hoc|khoa)",
}

#: The words just before a first number, found by one expression that must end at the
#: number (the engine reads it backwards from the number, so each branch is told by the
#: words that END it; the date branch, all optional, comes last). The group that
#: matched gives the lead's kind (see Rule.lead).
LEAD = r"""(?:
      (?P<period>{PERIOD_CUE})\s+(?:tu\s+)?(?:nam\s+)?               # giai đoạn 2018
    | (?P<target>\b(?:tam\s+nhin\s+)?(?:cho\s+)?(?:den|toi|truoc)(?:\s+het)?\s+nam)\s+  # đến năm 2030
    | (?P<part>\b(?:dau|cuoi|giua))\s+nam\s+                         # đầu năm 2023
    | (?P<quy>\bquy)\s+(?:(?P<qr>iv|iii|ii|i)\b(?:\s*[/.\-]\s*|\s*,?\s*nam\s+))?   # quý I/2019
    | (?P<thang>\bthang)\s+                                          # tháng 11/2018
    | (?:\btu\s+)?(?P<nam>\bnam)\s+                                  # năm 2018, từ năm 2015
    | (?:{DAYPART}\s*,?\s*(?:{WEEKDAY}\s*,?\s*)?(?:(?P<par>\()\s*)?   # Sáng (thứ Hai) (
        |{WEEKDAY}\s*,?\s*(?:(?P<par>\()\s*)?)?                       # Thứ Hai, (
      (?:(?P<tu>\b(?:ke\s+)?tu)\s+)?                                # từ
      (?:{NGAY}(?:(?P<par>\()\s*)?)?                                 # ngày, hôm nay (, mùng
    )\Z"""

#: The words a LEAD can end with (then perhaps "(", ",", "/" or "-"). The engine reads
#: the lead only after one of these, which spares it for "24 đoàn" or "2 tỉnh".
LEAD_LAST_WORDS = frozenset("""
    ngay hom nay qua mai mung mong sang chieu toi trua dem khuya som muon
    hai ba tu nam sau bay nhat 2 3 4 5 6 7 doan ky khoa hoc het thang quy i ii iii iv
""".split())


# --- the rules ----------------------------------------------------------------------

RULES: tuple[Rule, ...] = (
    Rule("range_dm_dm", "date?",
         r"""(?P<d>{DAY})(?P<s>{SEP}){GAP}(?P<m>{MON})(?:(?P=s){GAP}(?P<y>{YEAR}))?
             {TO}(?:(?:sang|chieu|toi|trua)\s+(?:ngay\s+)?)?(?P<d2>{DAY})(?P<s2>{SEP}){GAP}(?P<m2>{MON})(?:(?P=s2){GAP}(?P<y2>{YEAR}))?{END}""",
         ("từ ngày 28/2 đến ngày 2/3", "22/12/1944 - 22/12/2016", "từ 28/12/2019 đến 2/1/2020",
          "ngày 8/3 - 10/3", "từ 28/12 đến 2/1/2020", "Sáng 5/9 đến chiều 7/9"),
         check="slash_unless_cue no_dash_run",
         note="Two full day-month dates (the second may carry its part of the day: 'đến chiều 7/9'). "
              "A year on one end only is shared (the start "
              "takes the year before when its month is later: 28/12 - 2/1/2020). Dots or "
              "dashes need 'ngày', a part of the day or a year; '1.5 - 2.5' is numbers. "
              "Not a run of days joined by dashes before one month (no_dash_run, round 57): in "
              "'ngày 8- 9-10/12/2019' the 9 is a day, not September (range_days reads 8-10 Dec)."),
    Rule("range_opens_runs", "date?",
         r"""(?:(?=[0-9]{1,2}[:h]){CLOCK}\s+(?:ngay\s+)?)?(?P<d>{DAY})(?P<s>{SEP}){GAP}(?P<m>{MON})(?:(?P=s){GAP}(?P<y>{YEAR}))?
             \s*,?\s+(?:va\s+)?(?:dien\s+ra|keo\s+dai)\s+(?:den|toi)(?:\s+het)?\s+(?:ngay\s+)?
             (?P<d2>{DAY})(?P<s2>{SEP}){GAP}(?P<m2>{MON})(?:(?P=s2){GAP}(?P<y2>{YEAR}))?{END}""",
         ("từ 19:30 ngày 3/5 và diễn ra đến hết ngày 5/5/2024", "từ ngày 3/5 và kéo dài đến ngày 6/5",
          "từ 8h ngày 3.5 kéo dài tới hết ngày 6.5.2024"),
         check="opens_runs",
         note="An occasion opened ('khai mạc', 'bắt đầu', 'diễn ra', 'tổ chức' just before 'từ') on one day "
              "that runs ('diễn ra', 'kéo dài') until ('đến', 'đến hết') another, in one clause: a range, "
              "perhaps with the opening's clock time between 'từ' and 'ngày' ('khai mạc từ 19:30 ngày 3/5 và "
              "diễn ra đến hết ngày 5/5'). Not without the opening verb, nor after a plan's or a document's "
              "words ('kế hoạch', 'hiệu lực', 'giai đoạn' ... in the clause): 'có hiệu lực từ ngày 1/1 và kéo "
              "dài đến ...' is a validity, not an occasion. (The examples are tested after 'khai mạc'.)"),
    Rule("two_days", "date!",
         r"""(?P<d>{DAY})(?P<s>{SEP}){GAP}(?P<m>{MON})\s*(?:,|\bva\b)\s*(?:(?:sang|chieu|toi|trua)\s+)?(?:ngay\s+)?
             (?P<d2>{DAY})(?P=s){GAP}(?P<m2>{MON})(?:(?P=s){GAP}(?P<y>{YEAR}))?{END}""",
         ("ngày 25.6 và 26.6", "ngày 30/11 và 1/12", "Ngày 8/3 và ngày 9/3/2021", "Sáng 5/12 và chiều 6/12"),
         check="consecutive",
         note="Two days written in full and joined by 'và' or ',' after 'ngày': a range only when "
              "the second is the day after the first (else two separate dates)."),
    Rule("range_days", "date?",
         r"""(?P<d>{DAY})(?P<mid>(?:\s*,\s*{DAY})+|(?:[^\S\n]*[-–][^\S\n]*{DAY})+)?{AND_TO}(?P<d2>{DAY})
             (?:(?P<s>{SEP}){GAP}(?P<m>{MON})(?:(?P=s){GAP}(?P<y>{YEAR}))?
               |\s+thang\s+(?P<m>{MON})(?:{OF_YEAR}(?P<y>{YEAR}))?){END}""",
         ("24 và 25 tháng 11 năm 2018", "ngày 24 và 25/11", "từ ngày 2 đến 6.9",
          "ngày 2-3/9/2020", "ngày 24, 25/11", "ngày 7, 8 và 9 tháng 5/2013", "sáng 5 và chiều 6/12",
          "từ ngày 25 đến hết ngày 27-4", "từ 25 đến 27-7", "ngày 24 và25/11", "ngày 8- 9-10/12/2019",
          "ngày 12-13-14/3"),
         check="range_cue days_listed",
         note="Days of one month. Needs 'tháng', a year, 'ngày'/a part of the day, or "
              "'từ' or '(' before with a slash: '(3 - 4/6)', or 'từ D đến D2' with a dash, the days rising and "
              "no unit after ('từ 25 đến 27-7'; not 'từ 3 đến 5-6 người'), or 'diễn ra/tổ chức từ D-D2.M' with a "
              "dot, the days rising and no unit after ('diễn ra từ 16-18.5'; not 'giá từ 16-18.5 triệu'). 'ngày 2 và 5/9' reads 2-5 Sept. "
              "Three days or more listed ('7, 8 và 9 tháng 5', or joined by dashes, 'ngày 8- 9-10/12/2019', "
              "round 57) are a range only when they follow each other day by day."),
    Rule("dmy", "date?",
         r"(?P<d>{DAY}){GAP_BEFORE}(?P<s>{SEP}){GAP}(?P<m>{MON})(?:{GAP_BEFORE}(?P=s){GAP}|\s*,?\s*nam\s+)(?P<y>{YEAR}){END}",
         ("ngày 19/9/2018", "26/2/2006", "ngày 3.6.2015", "12-8-2020", "05/03/2022",
          "Chiều 8/3/2020", "ngày 8/3 năm 2020", "Thứ Hai (14/3/2022)", "Tối 12- 5-2011",
          "ngày 12 /3/2024", "ngày 12/3 /2024"),
         check="not_doc",
         note="Day, month, year, one separator throughout; not after 'số' (DOC_WORDS). A space "
              "typed beside a slash is a typo inside the date."),
    Rule("dmy_short", "date!",
         r"(?P<d>{DAY})(?P<s>{SEP}){GAP}(?P<m>{MON})(?P=s){GAP}(?P<y>[0-9]{2}){END}",
         ("ngày 12/3/24", "Sáng 5-9-25", "Chiều 12.3.24"),
         note="A year of two digits (20YY; 19YY from 70) after 'ngày', a part of the day or a "
              "weekday: 'ngày 12/3/24' (without them '12/3/24' may be a number)."),
    Rule("dm_cut_year", "date!",
         r"(?P<d>{DAY})(?P<s>{SEP}){GAP}(?P<m>{MON})(?P=s)(?:[0-9]{3}|[0-9]{5}|[12][0-9]*[oO][0-9oO]*){END}",
         ("ngày 14/3/202", "Sáng 5-9-202", "ngày 14/3/2O24", "ngày 14/3/20244"),
         note="A date whose year is misprinted (three or five digits, a letter O for a zero) keeps its "
              "day and month, and the broken year is read as nothing: not as a year, not as the next "
              "date's day ('Ngày 14/3/202, hai hội ...': 14 March, the year left to the context). "
              "Two digits are a real short year (dmy_short: 'ngày 14/3/20' is 2020). Only after "
              "'ngày', a part of the day or a weekday: a bare '14/3/202' may be a number."),
    Rule("range_dm_text", "date?",
         r"""(?P<d>{DAY})\s+thang\s+(?P<m>{MON})(?:{OF_YEAR}(?P<y>{YEAR}))?
             {TO}(?P<d2>{DAY})\s+thang\s+(?P<m2>{MON})(?:{OF_YEAR}(?P<y2>{YEAR}))?{END}""",
         ("từ ngày 17 tháng 2 đến ngày 22 tháng 2", "ngày 28 tháng 12 năm 2019 đến ngày 2 tháng 1 năm 2020",
          "từ ngày 30 tháng 5 đến ngày 3 tháng 6 năm 2021"),
         check="cue_or_year",
         note="Two dates written in words ('ngày D tháng M'), as range_dm_dm: a year on one end only is "
              "shared. Without 'ngày', a part of the day or a year, '6 tháng 2 - 8 tháng 3' may be durations."),
    Rule("dm_text", "date?",
         r"(?P<d>{DAY})\s+thang\s+(?P<m>{MON})(?:{OF_YEAR}(?P<y>{YEAR}))?{END}",
         ("ngày 14 tháng 03 năm 2022", "Thứ Hai, ngày 14 tháng 03 năm 2022",
          "14 tháng 3 năm 2022", "ngày mùng 2 tháng 9", "Sáng 6 tháng 2", "14 tháng 3, năm 2022"),
         check="cue_or_year",
         note="'ngày D tháng M [năm Y]'. Without 'ngày' or a part of the day it needs the "
              "year: '6 tháng 2 lần' is a duration."),
    Rule("dm_month_word", "date!",
         r"""(?P<d>{DAY})\s+thang\s+(?P<mw>muoi\s+mot|muoi\s+hai|muoi|mot|hai|ba|tu|nam|sau|bay|tam|chin)\b
             (?:{OF_YEAR}(?P<y>{YEAR}))?{END}""",
         ("sáng ngày 5 tháng Ba", "Ngày 12 tháng Tư năm 2024", "chiều 20 tháng Mười Một", "ngày 5 tháng Năm năm 2024",
          "Sáng 9 tháng Mười"),
         check="month_word",
         note="A month written in words after 'ngày' or a part of the day ('sáng ngày 5 tháng Ba', round 35): the "
              "month's name capitalised and rightly accented ('tháng Năm', not 'tháng năm': a year), and no lunar "
              "day ('ngày 10 tháng Ba âm lịch', '… tháng Ba năm Giáp Thìn': the lunar months are no solar day)."),
    Rule("lead_dm", "date!",
         r"(?P<d>{DAY}){GAP_BEFORE_DASH}(?P<s>{SEP}){GAP}(?P<m>{MON}){END}",
         ("Chiều 8/3", "Sáng 23.9", "Sáng nay 12.5", "Sáng 14-10", "Ngày 7/1", "hôm 5/3",
          "Thứ Hai (14/3)", "Chiều qua (7/3)", "Tối thứ Bảy, 12/5", "ngày 08/03", "Sáng 5 /12", "chiều 22 -11"),
         note="Day and month after a part of the day, a weekday or 'ngày': any separator, "
              "a dash too ('Sáng 14-10' is 14 October, not a range); a space typed before a slash "
              "('Sáng 5 /12') or on one side of a dash ('chiều 22 -11', 'chiều 22- 11'), not on both sides "
              "('ngày 5 - 12' may be days 5 to 12)."),
    Rule("day_of_month", "date!",
         r"(?P<d>{DAY}){END}(?!\s*(?:thang|tet|nam|\d))",
         ("ngày mùng 4", "sáng ngày mồng 9", "buổi sáng ngày mùng 4"),
         check="day_alone",
         note="A day without its month, after 'mùng'/'mồng' ('vào ngày mùng 4'): the month of "
              "the page's publication, or the month before when the day is later than the "
              "publication's (dates.day_in_month); no date at all without a publication date. "
              "Not 'mùng 4 Tết' (a lunar day)."),
    Rule("paren_dm", "",
         r"(?P<d>{DAY})(?P<s>[.\-])(?P<m>{MON})(?=[ \t]*\))",
         ("5-3", "12.4", "7-11", "20.6"),
         check="paren_alone",
         note="A day and month with a dot or a dash closed alone in parentheses right after a word: the lead's "
              "day after its occasion ('… đã đến thăm và làm việc tại tỉnh B (5-3)', '… hội đàm với lãnh đạo "
              "tỉnh D (7.11)'; round 36). Not after a number ('12 (5-3)') nor a word that makes it one "
              "(paren_days.NUMBER_BEFORE: 'điểm (8.5)', 'tỷ số (2-1)', 'Điều (3.2)', 'số 12 (5-3)'); a bare "
              "'12.5' or '3-6' outside parentheses stays a number. (The examples are tested inside 'tỉnh B (…)'.)"),
    Rule("bare_dm", "",
         r"(?P<d>{DAY})/(?P<m>{MON}){END}",
         ("8/3", "19/11", "2/9"),
         check="not_doc no_unit",
         note="Day/month with a slash and nothing before; not after 'số', 'Bài', 'lần "
              "thứ', 'chiếm' ... (DOC_WORDS), not before a unit (UNITS). A bare '12.5' or "
              "'3-6' is a number, not a date."),
    Rule("quarter", "quy",
         r"(?:(?P<q>[1-4]){OF_YEAR})?(?P<y>{YEAR}){END}",
         ("quý I/2019", "quý 2 năm 2020", "quý IV-2020", "Quý III năm 2019"),
         check="quarter",
         note="Month precision, from the quarter's first month to its last (end_month)."),
    Rule("half_year", "",
         r"6\s+thang\s+(?P<half>dau|cuoi)\s+nam\s+(?P<y>{YEAR}){END}",
         ("6 tháng đầu năm 2019", "6 tháng cuối năm 2020"),
         note="Month precision: January-June or July-December."),
    Rule("period_cue", "period",
         r"(?P<y>{YEAR}){TO}(?:nam\s+)?(?P<y2>{YEAR}){END}",
         ("giai đoạn 2018 - 2023", "giai đoạn 2021-2025", "nhiệm kỳ 2020 - 2025",
          "thời kỳ 2021-2030", "năm học 2018-2019", "giai đoạn từ 2016 đến 2020",
          "giai đoạn từ năm 2016 đến năm 2020"),
         kind="period",
         note="What a cooperation covers; never an event date."),
    Rule("year_range", "nam",
         r"(?P<y>{YEAR}){TO}(?:nam\s+)?(?P<y2>{YEAR}){END}",
         ("năm 2018 - 2019", "từ năm 2015 đến năm 2020"),
         kind="period",
         note="A period after 'năm'."),
    Rule("years", "date?",
         r"(?P<y>{YEAR}){TO}(?:nam\s+)?(?P<y2>{YEAR}){END}",
         ("2016-2020", "2016 – 2020", "1945 - 2025", "từ 2015 đến 2020"),
         kind="period",
         note="Two years, the first smaller: a period."),
    Rule("target_year", "target",
         r"(?P<y>{YEAR}){END}",
         ("đến năm 2030", "tầm nhìn đến năm 2045", "trước năm 2020", "đến hết năm 2025",
          "cho đến năm 2025"),
         kind="period",
         note="A target year: a period whose year is the target, never an event date."),
    Rule("part_of_year", "part",
         r"(?P<y>{YEAR}){END}",
         ("đầu năm 2023", "cuối năm 2024", "giữa năm 2019"),
         note="Year precision."),
    Rule("month_year", "thang",
         r"(?P<m>{MON}){OF_YEAR}(?P<y>{YEAR}){END}",
         ("tháng 11/2018", "tháng 11 năm 2018", "tháng 3-2019", "tháng 12.2017"),
         note="Month precision."),
    Rule("month", "thang",
         r"(?P<m>{MON}){END}",
         ("tháng 11", "tháng 3"),
         check="month_alone no_unit",
         note="Month precision, no year. Not after a number ('6 tháng 2 lần' is a "
              "duration) nor before a unit ('tháng 2 tỉnh')."),
    Rule("year", "nam",
         r"(?P<y>{YEAR}){END}",
         ("năm 2018", "Năm 2023"),
         note="Year precision. A bare 2018 without 'năm' is not returned."),
)

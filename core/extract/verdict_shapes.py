"""The shapes :func:`hoptac.core.extract.verdicts.judge` reads around a date (folded text: no
accents, no case, đ→d): a document's number or name before it, background words ("Trước đó", "N năm
trước"), a founding, a relation running since a day, a legal basis, a holiday, a celebration's day,
a lunar day, a reproduced document's own line; each pattern with an example.
"""

from __future__ import annotations

import re

from .dates import DateMention
from .tense_words import search_written

_W = r"[\w/.\-]"


def _first_letters(words: str) -> str:
    """``a|b|…`` (plain words) as ``a(?<!\\w.)…|…``: \\b(?:a|b|…) with a first character to skip to."""
    return "|".join(w[0] + r"(?<!\w.)" + w[1:] for w in words.split("|"))


_DOC_NOUNS = (r"quyet dinh|nghi quyet|nghi dinh|ket luan|ke hoach|thong bao|cong van|chi thi|thong tu|"
              r"van ban|to trinh|bao cao|huong dan|quy che|quy dinh|bien ban|ban ghi nho|thoa thuan|"
              r"hiep dinh|luat|phap lenh|chuong trinh|de an")
# (the nouns first letter first, the look-behind after it, here and in _SIGNED_DOC, _SIGNED_ON: written \b(?:…):
# the engine skips to those letters instead of trying every character; tests/test_prefilters_*.py)
_DOCUMENT = re.compile(rf"(?:{_first_letters(_DOC_NOUNS)})\s+(?:so\s+)?{_W}*\d{_W}*(?:\s+{_W}+)?\s*(?:cua\s+[^,;.()]{{0,80}})?\s*$")
# A signed document named by its date with no number: "Bản ghi nhớ hợp tác giữa hai tỉnh ngày
# 14/5/2018", "(Thỏa thuận … ngày …)" -- no verb of an occasion between the noun and the date.
_SIGNED_DOC = re.compile("(?:" + _first_letters("ban ghi nho|bien ban ghi nho|thoa thuan hop tac|ban thoa thuan|hiep dinh|"
                                                 "nghi quyet|ke hoach so|ban ky ket") + ")"
                         r"(?:(?!\b(?:dien ra|to chuc|ky|ky ket|vao|tai|hoi nghi|le)\b)[^,;.()\n]){0,60}$")
# The days an occasion takes, right before the date: "… ký kết Biên bản ghi nhớ hợp tác trong 2 ngày 18 và 19/9",
# "… trong hai ngày 18-19/9", "… trong các ngày 18-20/9": the signing's days (para31), never a signed document's
# date ("Bản ghi nhớ hợp tác trong lĩnh vực y tế ngày 14/5/2018" keeps its document date: no count of days there)
DAYS_IT_TAKES = re.compile(r"\btrong\s+(?:\d{1,2}|hai|ba|bon|nam|cac|nhung)\s+$")
_ISSUING = re.compile(rf"\b(?:ban hanh|ky ban hanh|ky|cong bo)\s+(?:{_DOC_NOUNS})\s"
                      # ... or told as just issued by one ("Kế hoạch … vừa được UBND huyện ban hành tại Quyết định số 12/QĐ-UBND
                      # ngày 9/2/2023", "… mới được phê duyệt tại Quyết định số …"); without "vừa"/"mới" a cited basis
                      rf"|\b(?:vua|moi)\s+(?:duoc\s+(?:[^,;.()\n]{{1,40}}?\s+)?)?(?:ky\s+)?(?:ban hanh|phe duyet|thong qua)"
                      rf"\s+(?:tai|theo)\s+(?:{_DOC_NOUNS})\s")
_PAST = re.compile(r"(?:\btruoc\s+do|\b\d+\s+nam\s+truoc|\bcach\s+day\s+(?:hon\s+|gan\s+)?\d+\s+nam|\b(?:mot|hai|ba|bon|nam|muoi)\s+nam\s+truoc|\btu\s+thoi\s+diem"
                   r"|\bke\s+tu)\s*,?\s*(?:vao\s+)?(?:ngay\s+)?$")
#: Gates of _PAST, _FOUNDING, _HOLIDAY_BEFORE: words each cannot match without (anchors.required_words;
#: the regex, opening with a word boundary, is tried at every character of its window, the gate is
#: a few substring tests): tests/test_anchors.py checks each gate against its rule.
_PAST_GATE = ("truoc", "cach", "thoi", "ke")
# An occasion the paper has already reported, told again as the frame of the new one: "Như chúng
# tôi đã đưa tin, từ ngày 8 đến 11/11, đoàn … thăm …. Tối qua (10/11) đã diễn ra lễ ký kết".
_REPORTED = re.compile(r"\bnhu\s+(?:tin da dua|(?:[^,.;\n]{0,30}\s)?da\s+(?:dua tin|bao tin|thong tin))\s*,?\s*$")
#: The issue of a news source that reports the occasion: "Báo Pasaxon số ra ngày 5/8 đưa tin tỉnh A vừa bàn
#: giao …", "Tờ Vientiane Times ngày 9/4 đưa tin …", "Hãng tin KPL ngày 12/3 dẫn lời …", "Báo Nhân Dân Lào số ra
#: ngày 10/10 cho biết …": the day the paper came out, the occasion ("vừa …") before it -- never the occasion's day.
#: Read as "số ra" before the day, or a reporting verb right after it (verdict "source").
SOURCE_ISSUE_BEFORE = re.compile(r"\bso ra\s+(?:ngay\s+)?$")
SOURCE_ISSUE_AFTER = re.compile(r"^(?:/\d{2,4})?\s*,?\s*(?:da\s+)?(?:dua tin|dang tin|dan loi|dan nguon)\b")
_PARTICIPLE = re.compile(r"\bduoc\s+(?:ky ket|ky|thanh lap|ban hanh|thong qua|phe duyet)\s+"
                         r"(?:(?:giua|voi|tai)\s+(?:[^,.;()\n]|(?<=\btp)\.){1,90}?\s)?(?:vao\s+)?$")   # "… được ký kết giữa hai tỉnh vào ngày …", "… giữa Bộ A và Bộ Kinh tế bang B vào tháng 7/2017"
# (and with the other party or the place: "… biên bản ghi nhớ được ký kết với Chủ tịch UBND thành phố B vào tháng 11/2022")
#: A work's milestone told as done, its participle right before the day ("Cầu A được khánh thành ngày 13/9/2017"):
#: a background milestone like a document's signing (verdict "past": the occasion the page reports is later, a
#: day and month before it in its year has not that year), unless the lead's first sentence reports it
#: (``_reports_it``). (name, folded participle, a sentence written for it):
WORK_DONE_ON: tuple[tuple[str, str, str], ...] = (
    ("inaugurated", r"khanh thanh", "Nhà văn hóa hữu nghị được khánh thành ngày 2/9/2019, do tỉnh bạn tài trợ."),
    ("opened_to_traffic", r"thong xe", "Tuyến đường nối hai huyện được thông xe vào ngày 30/4/2020."),
    ("begun", r"khoi cong|dong tho", "Trường học được khởi công ngày 12/4/2021 với tổng vốn 8 tỷ đồng."),
    ("completed", r"hoan thanh", "Cây cầu được hoàn thành ngày 15/1/2022 sau hai năm thi công."),
    ("put_in_use", r"dua vao (?:su dung|hoat dong|van hanh|khai thac)",
     "Chợ biên giới được đưa vào sử dụng ngày 1/6/2023."),
)
# Not one told ahead: "dự kiến được khánh thành ngày 30/4/2026", "sẽ được thông xe …", "phải được hoàn thành trước
# ngày …" (a deadline: no "trước" between), "cần được …", "theo kế hoạch được …".
# The participle may name the work done (round 48: "được khởi công xây dựng vào ngày 22/11/2014", "được khánh thành và
# đưa vào sử dụng …" is the "và" below), and a second participle joined by "và" shares the first's "được" ("Cầu A được
# khởi công ngày 2/3/2015 và khánh thành vào 20/10/2018": both days are the work's milestones; late48b).
_WORK_OBJECT = r"(?:\s+(?:xay dung|thi cong))?"
_DONE_WORK = "(?:" + "|".join(p for _, p, _ in WORK_DONE_ON) + ")"   # the participles of WORK_DONE_ON
_DONE_NOT_AHEAD = r"(?<!\bse )(?<!du kien )(?<!phai )(?<!\bcan )(?<!ke hoach )\bduoc\s+"   # "được", not told ahead
_WORK_DONE_ON = re.compile(_DONE_NOT_AHEAD + _DONE_WORK + _WORK_OBJECT + r"\s+(?:vao\s+)?$")
_WORK_DONE_JOINED = re.compile(_DONE_NOT_AHEAD + _DONE_WORK + r"\b(?:[^.;\n]|(?<=\d)\.(?=\d)){1,60}?\bva\s+"
                               + _DONE_WORK + _WORK_OBJECT + r"\s+(?:vao\s+)?$")
# (searched only where "duoc" stands: the regex tries its word boundary at every character)
# The day a letter or an invitation arrived: "Ngày 15/7/2022, Sở Nội vụ tỉnh A nhận được Công văn
# số 68/SNV của tỉnh B về việc tổ chức đoàn …" -- a document's date; the visit it asks for is later.
_RECEIVED = re.compile(r"[^.;\n]{0,100}?\bnhan duoc\s+(?:cong van|van ban|thu|to trinh|de nghi|giay moi|loi moi|cong dien)\b")
# A lead's first sentence that grounds itself on something earlier: "Trên cơ sở …", "Căn cứ …".
_GROUNDS = re.compile(r"\W*(?:\([^()]{1,40}\)\s*-?\s*)?(?:tren co so|can cu|thuc hien|theo|nham|de trien khai)\b")
_SIGNED_ON = re.compile(r"ky(?<!\w..)(?:\s+ket)?\s+(?:vao\s+)?$")          # "… Bản ghi nhớ … ký ngày 24/2/2018"
# ... told done with the other party or the place: "Bản ghi nhớ về hợp tác đã ký kết với Chính quyền tỉnh B ngày 26 tháng 9
# năm 2023", "thỏa thuận đã ký giữa hai tỉnh vào ngày …" (a document noun before it in the sentence)
_SIGNED_DONE = re.compile(r"\bda\s+ky(?:\s+ket)?\s+(?:(?:giua|voi|tai)\s+(?:[^,.;()\n]|(?<=\btp)\.){1,90}?\s)?(?:vao\s+)?$")
_DOC_NOUN = re.compile(rf"\b(?:{_DOC_NOUNS}|hiep uoc)\b")
#: What is signed though it is not a document's noun (round 40, late40b, "signed_things"): "ký ngày …" right after it
#: in its sentence dates its signing, an earlier milestone, as after a document's noun (the verdict "past", unless
#: the lead's first sentence reports that signing: ``_reports_it``). (name, folded noun, a sentence written for it):
SIGNED_THINGS: tuple[tuple[str, str, str], ...] = (
    ("mechanism", r"co che",
     "Thực hiện cơ chế hội đàm định kỳ giữa tỉnh Cao Bằng và tỉnh Hà Giang ký ngày 5/10/2018, ngày 12/10/2022 hai bên "
     "tổ chức hội nghị."),
    ("contract", r"hop dong",
     "Theo hợp đồng hợp tác đào tạo giữa tỉnh Cao Bằng và tỉnh Hà Giang ký ngày 3/4/2019, ngày 8/5/2023 đoàn sinh "
     "viên tỉnh Cao Bằng sang Hà Giang thực tập."),
    ("joint_statement", r"tuyen bo chung",
     "Trên cơ sở tuyên bố chung của tỉnh Cao Bằng và tỉnh Hà Giang ký ngày 9/9/2017, sáng 15/3/2021 hai bên họp "
     "trực tuyến."),
)
_SIGNED_THING = re.compile(rf"\b(?:{_DOC_NOUNS}|hiep uoc|" + "|".join(w for _, w, _ in SIGNED_THINGS) + r")\b")
_FOUNDING = re.compile(r"\b(?:thanh lap|tai lap|giai phong|ra doi|khai sinh)\s+(?:vao\s+)?$")
_FOUNDING_GATE = ("lap", "giai", "doi", "sinh")
#: A founding told in passing with the founded body's name between the verb and its date, the date in brackets
#: (round 46, late46a, "founded_name_bracket"): "sau khi thành lập Văn phòng Liên lạc (tháng 8/2020)" -- the
#: day the body began, background to what the page reports, never its occasion (verdict "founding"). Not when
#: the clause makes the founding an occasion of its own (a rite, an announcement, a signing or a launch: "Lễ công
#: bố quyết định thành lập Văn phòng B (ngày 5/8)" is held that day). (name, folded verb, a sentence written for it):
FOUNDED_NAME_BRACKET: tuple[tuple[str, str, str], ...] = (
    ("founded", r"thanh lap",
     "Từ sau khi thành lập Tổ công tác liên ngành hai tỉnh (tháng 3/2019), việc trao đổi thông tin đã nền nếp hơn."),
    ("refounded", r"tai lap",
     "Kể từ khi tái lập tỉnh Bắc Kạn (ngày 1/1/1997), hai tỉnh vẫn giữ quan hệ kết nghĩa."),
    ("born", r"ra doi",
     "Sau khi Hiệp hội du lịch hai tỉnh ra đời (năm 2015), số đoàn khách tăng nhanh."),
)
_FOUNDED_NAME_BRACKET = re.compile(r"\b(?:" + "|".join(p for _, p, _ in FOUNDED_NAME_BRACKET) + r")\b"
                                   r"[^,.;:()\n]{0,80}\(\s*(?:vao\s+)?$")
#: A day given as an example of what a cooperation has achieved (round 46, late46a, "cited_example"): "Điển hình như
#: ngày 5/8/2023, qua trao đổi thông tin, công an tỉnh B đã bắt …", "Điển hình là ngày …", "Ví dụ như ngày …" -- a
#: result the page cites, background to its occasion (verdict "past": an other milestone), never the occasion.
#: (name, folded words right before the day, a sentence written for it):
CITED_EXAMPLE: tuple[tuple[str, str, str], ...] = (
    ("typical", r"dien hinh(?:\s+(?:nhu|la))?",
     "Hai bên đã phối hợp bắt nhiều đối tượng. Điển hình như ngày 12/6/2022, công an hai huyện đã bắt một đối tượng "
     "truy nã."),
    ("for_example", r"vi du(?:\s+(?:nhu|la))?",
     "Nhiều sản phẩm đã sang được thị trường tỉnh bạn. Ví dụ như tháng 4/2021, lô vải thiều đầu tiên đã được xuất sang."),
)
CITED_EXAMPLE_BEFORE = re.compile(r"\b(?:" + "|".join(p for _, p, _ in CITED_EXAMPLE) + r")\s*,?\s*(?:vao\s+)?(?:ngay\s+)?$")
#: ... the founding made an occasion by its own clause: "lễ (công bố) thành lập", "công bố … thành lập", "ra mắt",
#: "ký kết … thành lập", "quyết định thành lập" (a decision read out at a rite) -- left to the other rules.
_FOUNDING_HELD = re.compile(r"\b(?:le|cong bo|ra mat|ky ket|quyet dinh|trao|to chuc|hop bao)\b[^,.;:()\n]{0,40}$")
#: ... nor when an anniversary frames the founding ("nhân dịp kỷ niệm 20 năm ngày tái lập tỉnh A (ngày 30/9/2011),
#: tỉnh A tổ chức hội nghị …"): the bracket then dates the anniversary, an occasion (the merge of round 46: the
#: seeds' 002 lost its 2011 milestone to the row above).
_ANNIVERSARY_FRAME = re.compile(r"\b(?:ky niem|nhan dip|nhan ngay|mung)\b[^,.;:()\n]{0,60}$")


def founded_in_brackets(near: str) -> bool:
    """Is the date right after ``near`` (folded, the text before it) a founding's told in brackets after the founded
    body's name ("… thành lập Văn phòng Liên lạc (tháng 8/2020")? Not when its clause holds the founding as an
    occasion ("Lễ công bố quyết định thành lập … (ngày 5/8"): :data:`_FOUNDING_HELD` before the verb."""
    if not near.rstrip().endswith("("):
        return False
    m = _FOUNDED_NAME_BRACKET.search(near[-110:])
    if m is None:
        return False
    head = near[:len(near) - len(near[-110:]) + m.start()]
    return _FOUNDING_HELD.search(head[-60:]) is None and _ANNIVERSARY_FRAME.search(head[-80:]) is None
#: A relation told as running since a day ("kết nghĩa từ ngày 12/4/1998"): the day it began, told
#: in passing -- an earlier milestone of the pair (verdict "past"), never the occasion (a trip "từ
#: ngày 5 đến 8/4" is a range, not this).
#: The relation's words (folded), each with a sentence of the shape:
RELATION_SINCE: tuple[tuple[str, str], ...] = (
    ("ket nghia", "Hai xã Tà Lùng và Thủy Khẩu đã kết nghĩa từ ngày 12/4/1998 và thường xuyên thăm hỏi nhau."),
    ("thiet lap quan he", "Hai địa phương thiết lập quan hệ hữu nghị hợp tác từ ngày 5/10/2012."),
)
_RELATION_SINCE = re.compile(r"\b(?:" + "|".join(w for w, _ in RELATION_SINCE) + r")\b[^,.;()\n]{0,40}?"
                             r"\s(?:chinh thuc\s+)?(?:ke\s+)?tu\s+(?:ngay\s+)?$")
_ANNIV_BEFORE = re.compile(r"\b(?:ky niem|quoc khanh|ngay thanh lap|tai lap|chien thang|giai phong|ngay sinh|"
                           r"ngay ky|ngay thiet lap|ngay truyen thong|nam ngay)\b[^().;]{0,100}\(\s*$")
# ... "cho" may come first: "từ tháng 9/2024 cho đến nay" (round 20)
_SINCE_AFTER = re.compile(r"^\s*(?:cho\s+)?(?:den|toi)\s+(?:nay|thoi diem nay|hien nay)\b")
# A legal basis: a clause (from a line start or ';') opening with "Căn cứ", "Xét đề nghị".
_BASIS = re.compile(r"\W*(?:can cu|xet de nghi|theo de nghi|xet to trinh)\b")
# A holiday or an option: "nghỉ lễ vào ngày 5/9", "5/9 hoặc 28/6".
_HOLIDAY_BEFORE = re.compile(r"\b(?:nghi le|ngay le|ngay nghi|nghi bu|nghi tet|duoc nghi)\b[^.;,]{0,20}$")
_HOLIDAY_GATE = ("nghi", "ngay le")
# The day a celebration is named with, after "nhân dịp", "chào mừng": "nhân dịp kỷ niệm Quốc khánh
# 2/9", "Chào mừng ngày 20/10", "nhân Ngày Nhà giáo Việt Nam 20/11" -- what the occasion honours,
# held days before it; not "nhân dịp đoàn sang thăm … từ ngày 5/9" (a verb of the occasion).
_CELEBRATED = re.compile(r"\b(?:nhan dip|nhan ngay|nhan ky niem|chao mung|huong toi)\b"
                         r"(?:(?!\b(?:tham|lam viec|hoi|ky ket|to chuc|dien ra|den|sang|vao|tu|tai|doan|cua|giua|voi)\b)"
                         r"[^,.;:()\n]){0,50}$")
_OR_BEFORE = re.compile(r"\bhoac\s+(?:vao\s+)?(?:ngay\s+)?$")
_OR_AFTER = re.compile(r"^\s*hoac\s+(?:vao\s+)?(?:ngay\s+)?\d")
# A reproduced document's own place-and-date line: "Bắc Ninh, ngày 18 tháng 12 năm 2025", also as a
# table's cell on a law database's page ("| Bắc Ninh, ngày 18 tháng 12 năm 2025 |").
_DOCUMENT_LINE = re.compile(r"(?:\|\s*)?[^\W\d][^\d,\n|]{1,40},\s*ngay\s+\d{1,2}(?:\s+thang\s+|/)\d{1,2}(?:\s+nam\s+|/)\d{4}"
                            r"\s*\.?\s*\|?\s*$")
# A day of the lunar calendar: "ngày 10/3 âm lịch", "(10/3 ÂL)", "(tức ngày 4/2)" after a solar
# day. Read as a solar day it would be a month or so off: never an occasion's date nor a year's
# evidence (the solar day, when the text gives it, is read on its own).
_LUNAR_AFTER = re.compile(r"\s*\(?\s*(?:theo\s+)?(?:am lich|al\b)")
#: The words that restate a solar day's lunar day (round 58, late58a), folded, each with a sentence of the
#: shape (our own): "tức" in a bracket; "nhằm" right after the solar day, in a bracket or not (so never
#: "nhằm" of a purpose: a digit, the solar day, stands right before it).
LUNAR_RESTATED: tuple[tuple[str, str, str], ...] = (
    ("tuc_bracket", r"\(\s*tuc\s+(?:la\s+)?", "Sáng 3/5 (tức ngày 15/3 âm lịch), hai huyện dâng hương"),
    ("nham_after_day", r"\d\s*,?\s*\(?\s*nham\s+",
     "Sáng ngày 12/10/2023 (nhằm ngày 28/08/ Quý Mão), đoàn trao quà; ngày 5/2/2022 nhằm ngày 5/1 năm Nhâm Dần"),
)
_LUNAR_BEFORE = re.compile(r"(?:" + "|".join(p for _, p, _ in LUNAR_RESTATED) + r")(?:ngay\s+)?(?:mung\s+|mong\s+)?$")
#: A day followed by a year named by its stem and branch ("ngày 28/08/ Quý Mão", "ngày 5/1 năm Nhâm Dần") is a
#: lunar day: the solar calendar numbers its years.
_SEXAGENARY_AFTER = re.compile(r"\s*(?:/|,?\s*nam\b)\s*(?:giap|at|binh|dinh|mau|ky|canh|tan|nham|quy)\s+"
                               r"(?:ty|suu|dan|mao|meo|thin|ti|ngo|mui|than|dau|tuat|hoi)\b")
#: ... unless what the bracket restates is itself a lunar day: then "(tức 17/2)" is its solar day
#: ("Ngày mùng 8 tháng Giêng (tức 17/2), …": 17 February). The lunar words, folded, each with a
#: sentence of the shape:
LUNAR_NAMED: tuple[tuple[str, str], ...] = (
    (r"(?:mung|mong)\s+\d{1,2}", "Sáng mùng 6 Tết (tức 15/2), lãnh đạo hai huyện gặp mặt đầu xuân"),
    (r"thang\s+(?:gieng|chap)", "Ngày 10 tháng Giêng (tức 19/2), đoàn tỉnh bạn sang chúc Tết"),
    (r"ram\s+thang", "Đêm rằm tháng Tám (tức 17/9), hai xã tổ chức giao lưu văn nghệ"),
    (r"am\s+lich", "Ngày 12 tháng 3 âm lịch (tức 20/4), hai bên dâng hương tưởng niệm"),
)
_LUNAR_NAMED = re.compile(r"\b(?:" + "|".join(p for p, _ in LUNAR_NAMED) + r")\b[^()\n]{0,24}$")


def _inside(pos: int, spans) -> bool:
    return any(s <= pos < e for s, e in spans)



_YEARS_BEFORE = re.compile(r"\b(\d{1,3})\s+nam\b[^()]{0,120}\(\s*(?:ngay\s+)?$")


def _lunar(text: str, folded: str, m: DateMention) -> bool:
    """'ngày 10/3 âm lịch', '10/3 (ÂL)', '(tức ngày 4/2)': a day of the lunar calendar ('AL' only
    in capitals: the folded 'al' of other words is not the abbreviation)."""
    if m.kind != "date":
        return False
    after = _LUNAR_AFTER.match(folded, m.end, m.end + 16)
    if after is not None and (folded.startswith("am lich", after.end() - 7)
                              or text[after.end() - 2:after.end()] in ("AL", "ÂL")):
        return True
    if _SEXAGENARY_AFTER.match(folded, m.end, m.end + 24):
        return True   # "ngày 28/08/ Quý Mão", "ngày 5/1 năm Nhâm Dần"
    before = _LUNAR_BEFORE.search(folded, max(0, m.start - 24), m.start)
    if before is None:
        return False
    # "mùng 8 tháng Giêng (tức 17/2)": the bracket gives the lunar day's solar day
    return not _LUNAR_NAMED.search(folded, max(0, before.start() - 48), before.start())


#: What stands before the comma of a "…, ngày D/M/Y" line and is no place: such a line is the page's own
#: clock or stamp, not a reproduced document's place-and-date line (round 48, late48d). Each with a line of
#: the shape (our own):
NOT_A_DOCUMENT_PLACE: tuple[tuple[str, str, str], ...] = (
    ("weekday_stamp", r"(?:(?:sang|chieu|toi|trua)\s+)?(?:thu\s+(?:hai|ba|tu|nam|sau|bay|[2-7])|chu\s+nhat)",
     "Thứ năm, ngày 07/10/2021 (a site's date line over the article: the weekday is the page's clock)"),
)
_NOT_A_DOCUMENT_PLACE = re.compile(r"\W*(?:" + "|".join(p for _, p, _ in NOT_A_DOCUMENT_PLACE) + r")\s*,")


def _document_line(folded: str, line_start: int, s: int) -> bool:
    """Is the line at ``line_start`` a document's 'Bắc Ninh, ngày 18 tháng 12 năm 2025'? Not a weekday's
    'Thứ năm, ngày 07/10/2021' (NOT_A_DOCUMENT_PLACE)."""
    line_end = folded.find("\n", s)
    line_end = len(folded) if line_end < 0 else line_end
    if _NOT_A_DOCUMENT_PLACE.match(folded, line_start, line_end):
        return False
    return bool(_DOCUMENT_LINE.fullmatch(folded, line_start, line_end))


def _years_apart(near: str, m: DateMention) -> bool:
    """'kỷ niệm 60 năm … (1962 - 2022)': the range spans the N years said before it, or counts them
    inclusively ('kỷ niệm 5 năm ký kết … (2009 - 2013)': five calendar years, as year_cues reads the cue)."""
    n = _YEARS_BEFORE.search(near)
    return bool(n and m.year and m.end_year and int(n.group(1)) - (m.end_year - m.year) in (0, 1))


#: Between the anniversary's words and the bracket, the place the occasion is held: "… tham dự lễ kỷ niệm 60 năm Ngày
#: kết nghĩa hai tỉnh tại tỉnh B (5/3)" (round 36).
_HELD_AT = re.compile(r"\btai\s+[^\W\d]")


def anniversary_bracket(near: str, m: DateMention) -> bool:
    """Does the bracket hold the day an anniversary commemorates ("kỷ niệm 60 năm Ngày thiết lập quan hệ ngoại
    giao (5/9/1962 - 5/9/2022)", "nhân dịp Quốc khánh (2/9)")? Not a day without its year written after the place
    the occasion is held ("… kỷ niệm … tại tỉnh B (5/3)"): that day closes the occasion's sentence; nor a day with
    its part of the day ("… kỷ niệm 60 năm Ngày kết nghĩa hai tỉnh (sáng 5/3/2020)"): a commemorated day has no
    morning, the occasion has (round 36)."""
    a = _ANNIV_BEFORE.search(near)
    return a is not None and m.daypart is None and (m.year is not None or _HELD_AT.search(a.group()) is None)


def _anniversary_day(m: DateMention, near: str, latest: int | None) -> bool:
    """'kỷ niệm 20 năm ngày tái lập tỉnh (ngày 30/9/2011)': the bracket holds the
    anniversary's own day (an occasion), not the day it commemorates, when the
    commemorated day plus N years would lie after every other year of the article."""
    n = _YEARS_BEFORE.search(near)
    return bool(n and m.year and latest and m.year + int(n.group(1)) > latest + 1)


def _reports_it(folded: str, m: DateMention, lead, earlier=(), text: str = "") -> bool:
    """'Biên bản … được ký kết vào ngày 12/3 tại …' as the lead's first sentence reports
    the signing itself (unless the sentence grounds itself: 'Trên cơ sở biên bản … được ký
    kết ngày …', or dates its own occasion before: 'Chiều 20/3, … biên bản được ký kết
    ngày 15/1/2021')."""
    l0, l1 = lead
    if not l0 <= m.start < l1 or re.search(r"[.!?]\s", folded[l0:m.start]):
        return False
    bracket = folded.rfind("(", l0, m.start)
    if bracket > folded.rfind(")", l0, m.start) and m.start - bracket < 60:
        return False   # "Hội nghị sơ kết … thỏa thuận (được ký kết ngày 14/5/2018)": told in passing
    if any(l0 <= o.start < m.start and o.kind == "date" and not _names_a_document(folded, o, l0) for o in earlier):
        return False
    if _REVIEWS_IT.search(folded, l0, m.start):
        return False   # "Hai tỉnh vừa tổng kết Chương trình hợp tác … được ký kết ngày 22-2-2006": the news is the review
    if ("thuc hien" in (head := folded[l0:m.start]) or "trien khai" in head) and _CARRIED_FOR.search(head):
        return False   # "Sau một năm thực hiện thỏa thuận … được ký kết ngày 15/4/2023, …": the document runs already
    return not _GROUNDS.match(folded, l0) or _what_it_provides(folded, m, lead, text)


#: A lead whose verb reviews the signed document ("vừa tổng kết Chương trình hợp tác … được lãnh đạo hai
#: tỉnh ký kết ngày …", "sơ kết 5 năm thực hiện thỏa thuận ký ngày …"): its news is the review, so the
#: signing day is the document's, in passing (the verb right before the document's noun, at most three
#: words between: "tổng kết 10 năm thực hiện").
_REVIEWS_IT = re.compile(rf"\b(?:tong ket|so ket|danh gia|nhin lai|kiem diem)\s+(?:\S+\s+){{0,3}}?(?:{_DOC_NOUNS})\b")


#: A lead that counts how long the signed document has been carried out, before its noun and in the clause
#: that dates its signing: the document runs already, so the day it was signed is past (its verdict "past",
#: a lower bound on the occasion, :data:`year_bound_kinds.BOUNDS` "years_since"), never the page's occasion,
#: which the page dates elsewhere or leaves undated. (name, folded pattern, a sentence written for it):
CARRIED_FOR: tuple[tuple[str, str, str], ...] = (
    ("carried_out_for", r"\b(?:sau|qua)\s+(?:hon\s+|gan\s+|tron\s+)?(?:\d{1,2}|mot|hai|ba|bon|nam|sau|bay|tam|chin|muoi)"
                        r"\s+(?:nam|thang)\s+(?:thuc hien|trien khai)\s+",
     "Từ những kết quả sau một năm thực hiện thỏa thuận hợp tác giữa hai tỉnh được ký kết ngày 15/4/2023, …"),
    ("carried_out_a_while", r"\b(?:sau|qua)\s+(?:mot\s+)?thoi gian\s+(?:thuc hien|trien khai)\s+",
     "Qua một thời gian triển khai biên bản ghi nhớ giữa hai huyện được ký kết ngày 9/3/2023, …"),
)
# Not "Sau một năm đàm phán, thỏa thuận … được ký kết ngày 15/4/2023" (the time led to the signing: the news),
# nor a frame in an earlier clause ("Sau hai năm thực hiện thỏa thuận cũ, hai tỉnh đã ký kết thỏa thuận mới ngày
# …"): the frame's document and the signing day share their clause (no comma, semicolon or full stop between).
_CARRIED_FOR = re.compile("(?:" + "|".join(p for _, p, _ in CARRIED_FOR) + rf")(?:{_DOC_NOUNS})\b[^,;.\n]{{0,160}}$")


def _names_a_document(folded: str, o: DateMention, l0: int) -> bool:
    """A year alone after a document's noun names the document ("Biên bản ghi nhớ hợp tác giữa huyện A và huyện B
    năm 2023 được ký kết ngày 9/2", "Kế hoạch … năm 2023 vừa được ban hành ngày 9/2"): it dates no occasion of
    the sentence ("Trong năm 2022, hai huyện … theo biên bản được ký kết ngày …" does)."""
    return o.precision == "year" and _DOC_NOUN.search(folded, max(l0, o.start - 100), o.start) is not None


#: A lead that tells what a signed agreement provides: "Theo văn bản thỏa thuận hợp tác giữa tỉnh A và
#: tỉnh B, được ký kết ngày 17/9, từ nay đến năm 2009 tỉnh A sẽ hỗ trợ …", "Theo biên bản ghi nhớ ký
#: ngày 5/3, hai huyện sẽ …": it reports the signing (the news is what was signed), when the rest of its
#: sentence tells only what will be done ("sẽ") and nothing done ("đã", "vừa"). Not "Trên cơ sở …",
#: "Thực hiện …", "Căn cứ …" (a new occasion carries the agreement out).
_PROVIDED_BY = re.compile(r"\W*theo\s+(?:van ban\s+)?(?:thoa thuan|ban ghi nho|bien ban ghi nho|bien ban|hiep dinh|"
                          r"chuong trinh hop tac|ke hoach hop tac)\b")
_WILL = re.compile(r"\bse\b")
_DONE_OR_RECENT = re.compile(r"\b(?:da|vua|moi day)\b")


def _what_it_provides(folded: str, m: DateMention, lead, text: str = "") -> bool:
    """(The tense words read as written in ``text``, :mod:`.tense_words`: "thành phố Đà Nẵng sẽ hỗ trợ …" tells
    nothing done, "hai huyện chia sẻ kinh nghiệm" nothing ahead.)"""
    l0, l1 = lead
    if not _PROVIDED_BY.match(folded, l0):
        return False
    stop = re.search(r"[.!?](?:\s|$)", folded[m.end:l1])
    end = m.end + stop.start() if stop else l1
    return bool(search_written(_WILL, text, folded, m.end, end)) \
        and not search_written(_DONE_OR_RECENT, text, folded, l0, l1)


def fold_starts_ngay(folded: str, m: DateMention) -> bool:
    return folded[m.start:m.end].startswith("ngay") or folded[max(0, m.start - 5):m.start].rstrip().endswith("ngay")

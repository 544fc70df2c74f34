"""Round 33 (meta33): the main event's type read from a sentence cut by a width (type_runs_on). Sentences and pages
written for these tests (the shapes seen on news sites, never a page's text)."""

from hoptac.core.ingest import process_bytes
from hoptac.core.extract.type_runs_on import type_sentence


def _main(text):
    r = process_bytes(text.encode("utf-8"), "x.txt")
    ev = [e for e in r.item.events if e.get("main")]
    return ev[0]["type"], ev[0]["date"]


# a page hard-wrapped at about 80 columns, a blank line between its paragraphs; the lead's "tổ chức" / "Hành trình"
# falls on either side of a line break
_WRAPPED = [
    "Tuổi trẻ huyện Lạc Dương đến với huyện đảo Lý Sơn",
    "",
    "Trong hai ngày 5 và 6/9, Ban Thường vụ Huyện đoàn Lạc Dương, tỉnh Lâm Đồng tổ chức",
    "Hành trình Tuổi trẻ vì biển đảo quê hương năm nay tại huyện Lý Sơn, tỉnh Quảng",
    "Ngãi, với sự tham gia của gần bốn mươi đoàn viên, thanh niên tiêu biểu của huyện.",
    "",
    "Tại huyện đảo, các đoàn viên đã giao lưu, trao đổi kinh nghiệm trong công tác",
    "Đoàn với Huyện đoàn Lý Sơn, thăm hỏi các gia đình chính sách và trao quà cho học",
    "sinh nghèo vượt khó, đồng thời cùng tham gia dọn vệ sinh bãi biển trên đảo lớn.",
    "",
    "Dịp này, đoàn cũng dâng hương tại di tích và thăm các công trình thanh niên do",
    "tuổi trẻ hai địa phương cùng xây dựng trong những năm qua trên huyện đảo Lý Sơn.",
]


def test_a_type_phrase_cut_by_a_hard_wrap_is_read_across_the_break():
    # inner_breaks: "tổ chức" / "Hành trình" is "tổ chức hành trình" (a visit), not a sentence naming nothing
    assert _main("\n".join(_WRAPPED) + "\n") == ("visit", "--09-05")


_LONG = ("Hai bên đã trao đổi về tình hình hợp tác trong thời gian qua, nhất là trong quản lý biên giới, phòng "
         "chống tội phạm, buôn bán hàng hóa qua cửa khẩu, và thống nhất nhiều biện pháp để nâng cao hiệu quả.")
_LONG2 = ("Phát biểu tại buổi làm việc, lãnh đạo tỉnh An Giang cảm ơn sự hợp tác của tỉnh bạn và đề nghị hai bên "
          "tiếp tục duy trì cơ chế gặp gỡ định kỳ, trao đổi thông tin thường xuyên giữa các lực lượng chức năng.")


def _cut_lead(first, second):
    """A page of one paragraph a line (no hard wrap) whose lead alone is cut in two lines."""
    return "\n".join(["Tỉnh An Giang và tỉnh Kandal bàn nâng cấp cặp cửa khẩu", "", "Tin ảnh: Bảo Ngọc", "",
                      first, second, "", _LONG, "", _LONG2, "", "Tin liên quan", "Các tin khác"]) + "\n"


_HEAD = "Ngày 13/3, đoàn đại biểu tỉnh Kandal do Phó Tỉnh trưởng dẫn đầu"


def test_the_lead_cut_by_a_width_runs_on_for_the_type():
    # run_on: the talks are on the next line, which opens with a small letter; read alone, the first line names a
    # delegation (a visit)
    tail = "đã có buổi hội đàm với lãnh đạo tỉnh An Giang về việc nâng cấp cặp cửa khẩu."
    assert _main(_cut_lead(_HEAD, tail)) == ("conference", "--03-13")
    assert _main(_cut_lead(_HEAD + " " + tail, "")) == ("conference", "--03-13")   # the same lead on one line


def test_a_plan_word_under_the_days_sentence_does_not_run_on_for_the_type():
    # wrapped_joins' guard: a signing told ahead on the next line is no part of the day's sentence (read as one
    # line, the type reader takes it: that is what the guard keeps off)
    first = _HEAD + " đến thăm An Giang"
    tail = "và hai bên dự kiến sẽ ký kết biên bản hợp tác về cửa khẩu trong tháng tới."
    assert _main(_cut_lead(first, tail)) == ("visit", "--03-13")
    assert _main(_cut_lead(first + " " + tail, ""))[0] == "signing"


def test_a_next_line_opening_with_a_capital_does_not_run_on():
    # on a page that is not hard-wrapped, a capital opens a line of its own (a subhead, a title)
    assert _main(_cut_lead(_HEAD, "Hội đàm với lãnh đạo tỉnh An Giang về việc nâng cấp cặp cửa khẩu."))[0] == "visit"


def test_type_sentence_keeps_offsets_and_stops_at_a_closed_line():
    keep = ("Ngày 13/3, đoàn đại biểu tỉnh Kandal do Phó Tỉnh trưởng dẫn đầu\n"
            "đã có buổi hội đàm với lãnh đạo tỉnh An Giang.\nTin khác\n")
    folded = keep.lower()
    first = keep.index("\n")
    sents = [(0, first), (first + 1, keep.index(".") + 1), (keep.index("Tin"), len(keep) - 1)]
    out, spans, end = type_sentence(keep, folded, list(sents), 0, first, (0, len(keep)))
    assert len(out) == len(folded) and end == keep.index(".") + 1 and " đã có buổi" in out[:end]
    assert (0, end) in spans and out[end:] == folded[end:]
    # a line closed by a stop ends its sentence: nothing runs on
    closed = keep.replace("dẫn đầu\n", "dẫn đầu.\n", 1)
    out, spans, end = type_sentence(closed, closed.lower(), list(sents), 0, first + 1, (0, len(closed)))
    assert out == closed.lower() and end == first + 1


# -- lead_stamps: the stamp forms a one-line page glued to its lead that round 32's table missed -----------------

_LEAD = ("Chiều 10/2, lãnh đạo tỉnh Quảng Trị đã đón tiếp đoàn cán bộ tỉnh Savannakhet sang thăm và chúc tết. Hai "
         "bên ôn lại truyền thống hợp tác và thống nhất nhiều nội dung trong năm mới.")


def test_more_publication_stamps_glued_to_the_lead_are_the_pages_stamp():
    from hoptac.core.extract.article import parse_article
    for stamp in ("Chủ nhật, 11/02/2018 | 10:59:25 [GMT +7] A  A ",   # a bracketed zone, the text size's buttons
                  "Chủ nhật: 09:12 ngày 11/02/2018 ",                 # the clock first, after ':'
                  "Cập nhật: 09:12 ngày 11/02/2018 (BQT)- ",          # 'ngày' between a label's clock and date
                  "Minh Hà - Quốc Tuấn 09:12 11/02/2018 ",            # two authors
                  "Minh Hà (t/h) 11/02/2018 09:12 | "):               # a compiled report
        text = "Quảng Trị đón đoàn tỉnh Savannakhet chúc tết\n\n" + stamp + _LEAD + "\n"
        a = parse_article(text)
        assert a.published is not None and (a.published.year, a.published.day) == (2018, 11), stamp
        assert text[a.lead_span()[0]:].lstrip("(BQT)- ").startswith("Chiều 10/2"), stamp


def test_a_lead_opening_with_a_weekday_a_clock_and_its_day_keeps_them():
    from hoptac.core.extract.lead_stamps import lead_stamp
    # the occasion's hour and day, after a comma: the lead's own words, no stamp
    assert lead_stamp("Thứ Bảy, 10:30 ngày 13/4/2024, hai đoàn đã dâng hương tại khu di tích và trồng cây lưu niệm") is None
    # a name and a day with no clock: no stamp
    assert lead_stamp("Minh Hà - Quốc Tuấn 11/02/2018 Chiều 10/2, lãnh đạo tỉnh Quảng Trị đã đón tiếp đoàn tỉnh bạn") is None


# -- a headline written as a sentence over its stamp (article_lines._headline_over_stamp) -------------------------

_SENTENCE_HEAD = ("Hai tỉnh Quảng Trị và Savannakhet ký kết chương trình hợp tác về thương mại, du lịch và giáo dục giai "
                  "đoạn 2024 - 2028.")   # (as long as a lead: over 100 characters)
_BODY_LEAD = ("Chiều ngày 18/4/2024, tại thành phố Đông Hà, lãnh đạo tỉnh Quảng Trị và tỉnh Savannakhet đã ký kết chương "
              "trình hợp tác giai đoạn 2024 - 2028, tập trung vào thương mại, du lịch và giáo dục.")
_MORE = ("Theo chương trình, hai tỉnh sẽ phối hợp tổ chức các hội chợ thương mại, trao đổi đoàn du lịch và cấp học "
         "bổng cho sinh viên của tỉnh bạn sang học tập tại các trường của tỉnh.")


def test_a_sentence_headline_over_a_timed_stamp_is_the_headline():
    from hoptac.core.extract.article import parse_article
    text = "\n".join([_SENTENCE_HEAD, "Thứ Sáu, 19/4/2024 - 08:30", "", _BODY_LEAD, "", _MORE]) + "\n"
    a = parse_article(text)
    assert a.title == _SENTENCE_HEAD.rstrip(".") or a.title.startswith("Hai tỉnh Quảng Trị")
    assert a.title_span[1] > a.title_span[0] and a.published is not None and a.published.day == 19
    assert text[a.lead_span()[0]:].startswith("Chiều ngày 18/4/2024")
    assert _main(text) == ("signing", "2024-04-18")


def test_a_sentence_headline_over_two_stamps_is_the_headline():
    from hoptac.core.extract.article import parse_article
    # the site's clock and the post's stamp, one under the other, then the lead
    text = "\n".join([_SENTENCE_HEAD, "Thứ Sáu, 19/4/2024 - 08:30", "", "15:08 19/04/2024", _BODY_LEAD, "", _MORE]) + "\n"
    a = parse_article(text)
    assert a.title_span[1] > a.title_span[0] and text[a.lead_span()[0]:].startswith("Chiều ngày 18/4/2024")


def test_a_lead_over_a_stamp_with_no_clock_stays_the_lead():
    from hoptac.core.extract.article import parse_article
    # a day with no clock under the first sentence: the sentence is the lead, as before
    text = "\n".join([_SENTENCE_HEAD, "19/4/2024", "", _BODY_LEAD, "", _MORE]) + "\n"
    a = parse_article(text)
    assert a.title_span == (0, 0) and text[a.lead_span()[0]:].startswith("Hai tỉnh")
    # nor is a sentence under chrome and a headline of its own made a second headline
    text = "\n".join(["Quảng Trị – Savannakhet: hợp tác giai đoạn mới", "", _SENTENCE_HEAD, "", _BODY_LEAD]) + "\n"
    a = parse_article(text)
    assert a.title.startswith("Quảng Trị – Savannakhet") and text[a.lead_span()[0]:].startswith("Hai tỉnh")


# -- the lead photo's caption over the stamp over the headline (headline_stamp_lead) ------------------------------

_CAPTION = ("Lãnh đạo hai tỉnh cùng bấm nút khởi động dự án nâng cấp con đường nối hai cửa khẩu ở vùng biên giới. "
            "Ảnh: Minh Hà.")
_HEADLINE = "Cao Bằng có tuyến đường biên giới mới"
_LEAD_CB = ("Sáng 5.6, tỉnh Cao Bằng và Khu tự trị Quảng Tây (Trung Quốc) tổ chức lễ khởi công nâng cấp tuyến đường "
            "nối hai cửa khẩu.")
_REST_CB = "Hai bên thống nhất tiếp tục tăng cường quan hệ hữu nghị trong thời gian tới."


def test_a_caption_over_the_stamp_over_the_headline_is_no_lead():
    from hoptac.core.extract.article import parse_article
    text = "\n\n".join([_CAPTION, "Thứ Sáu, 06/06/2024 - 08:30", _HEADLINE, "Minh Hà | 05/06/2024 13:52",
                        _LEAD_CB, _REST_CB]) + "\n"
    a = parse_article(text)
    assert a.title == _HEADLINE and text[a.lead_span()[0]:].startswith("Sáng 5.6")
    assert _main(text)[1] == "2024-06-05"


def test_a_caption_over_a_stamp_over_a_sentence_stays():
    from hoptac.core.extract.headline_stamp_lead import caption_over_headline_stamp
    from hoptac.core.extract.page_lines import _lines
    # counter-example: under the stamp a paragraph, no headline: the rule does not fire
    text = "\n\n".join([_CAPTION, "Thứ Sáu, 06/06/2024 - 08:30", _LEAD_CB, _REST_CB]) + "\n"
    assert not caption_over_headline_stamp(_lines(text), 0)
    text = "\n\n".join([_CAPTION, "Thứ Sáu, 06/06/2024 - 08:30", _HEADLINE, _LEAD_CB]) + "\n"
    assert caption_over_headline_stamp(_lines(text), 0)


def test_a_covenant_is_no_handover():
    from hoptac.core.extract.event_type import main_type
    # "Bản Giao ước thi đua" (an emulation covenant) folds to "ban giao uoc": no 'bàn giao' (a handover)
    assert main_type("hoi nghi so ket ban giao uoc thi dua xay dung duong bien gioi hoa binh giua tinh a va tinh b")[0] \
        == "conference"
    # counter-example: a handover stays one
    assert main_type("le ban giao cong trinh truong hoc cho tinh b")[0] == "other"

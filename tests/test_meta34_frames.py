"""Round 34 (meta34): a site's header line is no headline (the frames harness's transplant class). Lines and pages
written for these tests (the shapes seen on news sites, never a page's text).

A page that opens with its lead (no headline line of its own) took the first short line above it as its headline: a
school's masthead, a site's greeting, a follow-us button, a weather strip whose range's low end has no degree sign.
The headline's province then stood as a partner (or the headline's words as the type). Each is now page furniture."""

import pytest

from hoptac.core.extract.chrome import junk_reason
from hoptac.core.text import fold

from extract_support import main_event


@pytest.mark.parametrize("line", [
    "Trường Đại học Phú Yên - PhuYen University",
    "Trường Cao đẳng Y tế Lạng Sơn - Lang Son Medical College",
    "Học viện Chính trị khu vực II - Academy of Politics Region II",
    "Chào mừng bạn đến với Trang thông tin điện tử huyện Yên Mô",
    "Chào mừng quý vị đến với Cổng thông tin điện tử xã Tân Lập",
    "BAOLAMDONG.VN trên Google News",
    "Theo dõi baoquangninh.vn trên Zalo",
    "Thái Bình 21 °C / 21 - 29 °C",
    "Kon Tum 19°C / 18 - 27°C",
])
def test_a_site_header_line_is_furniture(line):
    assert junk_reason(line, fold(line)) is not None


@pytest.mark.parametrize("line", [
    # headlines and sentences that share the words
    "Trường Đại học Phú Yên ký kết hợp tác với Đại học Champasak",
    "Trường Đại học Phú Yên - Đại học Champasak: mười năm hợp tác đào tạo",
    "Chào mừng đoàn đại biểu tỉnh Xiêng Khoảng đến với tỉnh Điện Biên",
    "Tỉnh Lâm Đồng giới thiệu sản phẩm OCOP trên Google News và các mạng xã hội",
    "Nhiệt độ ngày 5/7 lên tới 38°C, từ 27 - 38°C, đoàn vẫn đến thăm các hộ dân.",
])
def test_a_headline_or_sentence_with_those_words_is_not_furniture(line):
    assert junk_reason(line, fold(line)) is None


_LEAD = ("Sáng 12/3, đoàn công tác huyện Duy Xuyên, tỉnh Quảng Nam do đồng chí Bí thư Huyện ủy dẫn đầu đã đến thăm "
         "và làm việc tại huyện kết nghĩa Nông Cống (Thanh Hóa). Hai bên đã thông tin về tình hình kinh tế - xã hội "
         "của mỗi địa phương trong thời gian qua.\n\n"
         "Tại buổi làm việc, lãnh đạo huyện Nông Cống cảm ơn tình cảm của Đảng bộ và nhân dân huyện Duy Xuyên, mong "
         "hai huyện tiếp tục giữ gìn tình nghĩa anh em kết nghĩa đã có từ nhiều năm nay.\n")


@pytest.mark.parametrize("header", [
    "Trường Đại học Phú Yên - PhuYen University",
    "Chào mừng bạn đến với Trang thông tin điện tử huyện Yên Mô",
    "Thái Bình 21 °C / 21 - 29 °C",
])
def test_a_header_line_over_a_page_with_no_headline_names_no_partner(header):
    ev = main_event(header + "\n" + _LEAD)
    assert sorted(ev["pair"]) == ["Quảng Nam", "Thanh Hóa"]
    assert ev["type"] == "visit"


def test_the_page_under_its_own_headline_reads_the_same():
    # the counter-example: a headline of the page's own, with a place, is still the headline
    ev = main_event("Huyện Duy Xuyên thăm huyện kết nghĩa Nông Cống\n\n" + _LEAD)
    assert sorted(ev["pair"]) == ["Quảng Nam", "Thanh Hóa"]


# --- a button above the headline opens no list of related titles --------------------------------------------------

_SIGNING = ("Bà Marie Dubois, Chủ tịch vùng Normandie, và ông Chủ tịch UBND tỉnh Thái Bình đã ký chương trình hành "
            "động hợp tác giai đoạn mới tại trụ sở UBND tỉnh chiều 14/5/2019, với nhiều nội dung về nông nghiệp, y tế "
            "và đào tạo nghề.\n\n"
            "Hai bên cũng trao đổi về việc đưa sinh viên sang thực tập và mở rộng giao lưu văn hóa giữa hai địa "
            "phương trong những năm tới.\n")


@pytest.mark.parametrize("button", ["Theo dõi baothaibinh.vn trên", "Chia sẻ", "In bài"])
def test_the_line_under_a_button_is_still_the_headline(button):
    # a follow-us line whose network is a logo, a share or a print button over the headline: the headline is no
    # related title, its "ký kết" still tells the type (the lead's "ký" alone would too: the point is the headline)
    from hoptac.core.extract.article import parse_article
    art = parse_article("Trang chủ Hữu nghị\n" + button + "\n\nKý kết chương trình hợp tác mới giữa Normandie và "
                        "Thái Bình\n\n" + _SIGNING)
    assert art.title.startswith("Ký kết chương trình")


def test_the_lines_under_a_related_box_above_the_lead_are_still_related_titles():
    # the counter-example: "Tin liên quan" over the lead still lists other articles' titles
    from hoptac.core.extract.article import parse_article
    art = parse_article("Tin liên quan\nHuyện A và huyện B ký kết hợp tác du lịch\n\n" + _SIGNING)
    assert not (art.title or "").startswith("Huyện A và huyện B")


# --- a comment form with one more word ends the article ----------------------------------------------------------

@pytest.mark.parametrize("form", ["Viết bình luận mới", "Gửi bình luận của bạn"])
def test_a_comment_form_ends_the_article(form):
    # the line under the form is another article's teaser: its "Ngày 14/3/2021" is no lower bound of this page's year
    ev = main_event("Đoàn cán bộ nữ tỉnh Bến Tre thăm tỉnh Đồng Tháp\n19/10/2018 15:10\n\n"
                    "Ngày 19/10, Hội Liên hiệp Phụ nữ tỉnh Bến Tre tổ chức đoàn đến thăm và làm việc với Hội Liên hiệp "
                    "Phụ nữ tỉnh Đồng Tháp, trao đổi kinh nghiệm trong công tác hội.\n\n"
                    "Dịp này, đoàn đã trao 20 suất quà cho hội viên nghèo của hai xã biên giới thuộc tỉnh Đồng Tháp.\n\n"
                    "Minh Hà\n\n" + form + "\nNgày 14/3/2021, Ủy ban nhân dân tỉnh đã ban hành kế hoạch về việc triể\n")
    assert ev["date"] == "2018-10-19"


def test_a_comment_word_inside_a_sentence_ends_nothing():
    from hoptac.core.extract.chrome import is_end_marker
    assert not is_end_marker(fold("Viết bình luận mới là cách bạn đọc góp ý cho tòa soạn."))

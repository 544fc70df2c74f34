"""A follow-us widget inside the text, with the article going on after it (sentences written for
these tests; none is copied from a page)."""

from __future__ import annotations

from hoptac.core.extract.article import parse_article

from extract_support import main_event

HEAD = "Việt Nam và tỉnh Vân Nam tăng cường hợp tác\n"
LEAD = ("Ngày 14/5, tại Hà Nội, Bộ Ngoại giao và tỉnh Vân Nam (Trung Quốc) đồng chủ trì hội nghị điều phối "
        "hợp tác giữa các bộ, ngành, địa phương hai bên.\n")
WIDGET = "Theo dõi Báo Thời Sự trên\n"
PROSE = ("Dự hội nghị có các địa phương gồm: Thành phố Hà Nội, tỉnh Lào Cai, tỉnh Hà Giang của Việt Nam và "
         "các sở, ngành liên quan của tỉnh Vân Nam, cùng đại diện nhiều doanh nghiệp hai bên.\n"
         "Tại hội nghị, hai bên vui mừng trước những tiến triển trong hợp tác kể từ hội nghị lần trước, nhất "
         "là giao lưu đoàn các cấp, thương mại biên giới và kết nối giao thông giữa các địa phương.\n")


def provinces(ev: dict) -> set[str]:
    return {p["province"] for p in ev["parties"]}


def test_two_paragraphs_of_prose_after_the_widget_go_on_with_the_article():
    # the headline printed again and a caption stand between the widget and the prose
    text = (HEAD + LEAD + WIDGET + HEAD + "Toàn cảnh hội nghị. (Ảnh: Minh Anh)\n" + PROSE)
    art = parse_article(text)
    assert art.body_span[1] > text.index("Tại hội nghị")
    assert provinces(main_event(text)) == {"Vân Nam", "Hà Nội", "Lào Cai", "Hà Giang"}


def test_a_related_box_under_the_widget_then_prose_goes_on_with_the_article():
    text = (HEAD + LEAD + WIDGET + "TIN LIÊN QUAN\n"
            "Hội chợ thương mại biên giới khai mạc tại Lào Cai\n"
            "Nông sản Việt Nam vào thị trường Vân Nam tăng mạnh\n" + PROSE)
    art = parse_article(text)
    assert art.body_span[1] > text.index("Tại hội nghị")


def test_a_widget_with_one_paragraph_after_it_still_ends_the_article():
    text = HEAD + LEAD + WIDGET + PROSE.splitlines(keepends=True)[0] + "Bình luận\nĐăng nhập\n"
    art = parse_article(text)
    assert art.body_span[1] < text.index("Theo dõi")

"""A page scraped with its HTML left in is read as text (sentences written for these tests)."""

from __future__ import annotations

import re

from hypothesis import example, given, settings
from hypothesis import strategies as st

from hoptac.core.extract.decode import decode, unmarkup
from extract_support import main_event

PAGE = ("Hai tỉnh ký kết hợp tác thanh niên\n\n"
        '<html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1252"</head><body> '
        '<p style="text-align:justify"><span style="font-size:14px"><strong>Vừa qua, Tỉnh đo&agrave;n '
        "Ninh B&igrave;nh v&agrave; Đo&agrave;n thanh ni&ecirc;n tỉnh Luang Prabang (L&agrave;o) đ&atilde; "
        "k&yacute; kết bi&ecirc;n bản ghi nhớ v&agrave;o s&aacute;ng 12.9.</strong></span></p> "
        '<p><img alt="" src="/images/a.jpg" /></p><p>Hai b&ecirc;n thống nhất&nbsp;nhiều nội dung.</p>')


def test_tags_go_and_entities_become_letters():
    text = unmarkup(PAGE)
    assert "<" not in text and "&" not in text
    assert "Vừa qua, Tỉnh đoàn Ninh Bình và Đoàn thanh niên tỉnh Luang Prabang (Lào) đã ký kết" in text
    assert "\n\nHai bên thống nhất nhiều nội dung." in text   # a paragraph tag ends a paragraph


def test_the_lead_inside_markup_is_read():
    main = main_event(decode(PAGE.encode("utf-8")))
    assert (main["date"], main["type"]) == ("--09-12", "signing")


def test_prose_with_a_stray_sign_is_unchanged():
    prose = "Doanh nghiệp R&D; tăng <5% và 3 < 4 & 5 > 2.\n\nHai  tỉnh  hợp tác.\n"
    assert unmarkup(prose) == prose


_SPELLABLE_TAG = re.compile(r"</?(?:p|br|a|b)\b[^<>]*>")


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from(list("ab <>&;/p \n") + ["<p>", "&amp;", "<br/>", "&agrave;"]), max_size=30).map("".join))
@example("<p><p><a>")
def test_unmarkup_leaves_no_tag_of_a_page_with_several(text):
    out = unmarkup(text)
    # every tag the alphabet can spell counts ('<a>', '</p>', '<b/>' from single characters
    # too), not only the '<p>' and '<br/>' tokens: '<p><p><a>' holds three
    if len(_SPELLABLE_TAG.findall(text)) >= 3:
        assert "<p>" not in out and "<br/>" not in out
    else:
        assert ("<p>" in out) == ("<p>" in text)


def test_entities_in_plain_text_become_letters_and_the_layout_stays():
    text = "Hai t&#7881;nh\n\n\n\nH&agrave; Giang v&agrave;  Cao B&#7857;ng h&#7907;p t&aacute;c.\n"
    assert unmarkup(text) == "Hai tỉnh\n\n\n\nHà Giang và  Cao Bằng hợp tác.\n"


def test_an_escaped_tag_is_text_not_a_tag():
    text = "<p>Ghi chú: &lt;p&gt; là thẻ đoạn văn.</p><p>Hai t&#7881;nh</p><br/>"
    assert "<p> là thẻ đoạn văn." in unmarkup(text)

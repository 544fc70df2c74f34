"""Round 36 (fold36): the page's places and principal partners read in one place (page_partners), out of
events.py (401 lines). Sentences are our own."""

from __future__ import annotations

from pathlib import Path

from hoptac.core.extract import events, page_partners
from hoptac.core.extract.article import masked, parse_article
from hoptac.core.extract.events import extract_events
from hoptac.core.scan import fold_page

PAGE = ("Tỉnh Lào Cai và tỉnh Thái Bình ký kết hợp tác\n\nSáng 19/9/2018, tại thành phố Thái Bình, lãnh đạo tỉnh Lào Cai và "
        "tỉnh Thái Bình đã ký kết Biên bản ghi nhớ hợp tác giai đoạn 2018 - 2023.\n\nHai bên thống nhất trao đổi đoàn.\n")
NOWHERE = ("Một buổi gặp mặt\n\nSáng 19/9/2018, các đại biểu đã gặp mặt và trao đổi kinh nghiệm.\n\nHai bên chụp ảnh "
           "lưu niệm.\n")


def _read(text: str):
    article = parse_article(text)
    b0, b1 = article.body_span
    t0, t1 = article.title_span
    cut = [(0, t0), (t1, b0)] + list(article.boilerplate) + [(b1, len(article.text))]
    warnings: list[str] = []
    got = page_partners.read_partners(article, article.text, cut, masked(article.text, cut),
                                      masked(fold_page(article.text), cut), article.lead_span(), warnings)
    return got, warnings


def test_the_pair_read_here_is_the_events_pair():
    got, warnings = _read(PAGE)
    assert warnings == []
    assert len(got.partners.pair) == 2 and got.title_mentions and got.body_mentions
    events_, _ = extract_events(parse_article(PAGE), article_id="t", source="t.txt")
    assert [e["pair"] for e in events_ if e["main"]] == [list(got.partners.pair)]


def test_a_page_naming_no_place_says_so():
    got, warnings = _read(NOWHERE)
    assert not got.partners.parties and len(warnings) == 1


def test_events_is_well_under_400_lines():
    assert len(Path(events.__file__).read_text(encoding="utf-8").splitlines()) < 360

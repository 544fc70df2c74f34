"""Round 55 (late55b): two shapes of real pages, in sentences written for these tests.

- letter_told (core/extract/told_before.py): "Ngày 12/6, đại diện UBND huyện A cho biết địa phương nhận được văn bản
  của … B đề nghị …" on a page that dates nothing else: the day is when the locality told it (the announcement's),
  not a letter's arrival waiting for the occasion it asks for. A letter nobody is said to tell keeps a document's
  date; a later dated occasion the letter asks for is still the page's (letter_asks_later).
- EXHIBITORS (core/extract/partner_lists.py, read by partners.principal_partners): the body's list of the provinces
  whose businesses exhibit ("các DN của các tỉnh A, B, C và D") is no join of sides; the guest province of the
  dated opening is the partner.
The counter-shapes pass before and after the change."""

from __future__ import annotations

import pytest

from extract_support import main_event, main_or_none, partners, verdicts_of
from hoptac.core.extract import partner_lists as pl
from hoptac.core.extract import told_before as tb

HEAD = "Đề xuất mở phiên chợ biên giới\n\n"
SAPO = "Huyện Tràng Định đề xuất UBND tỉnh Lạng Sơn cho phép tổ chức phiên chợ biên giới hằng tháng.\n\n"
AFTER = ("\n\nSau đó, huyện Tràng Định đã có báo cáo gửi UBND tỉnh Lạng Sơn xem xét, cho chủ trương về việc tổ chức "
         "phiên chợ.\n")


def _letter_page(sentence: str, sapo: bool = True) -> str:
    return HEAD + (SAPO if sapo else "") + sentence + AFTER


# --- letter_told: a received letter's day, told by the locality, on a page that dates nothing else ----------------

@pytest.mark.parametrize("sentence, sapo, want", [
    # the day opens the paragraph after the sapo (before: no date, the letter's arrival waiting for an occasion)
    ("Ngày 12/6, đại diện UBND huyện Tràng Định, tỉnh Lạng Sơn, cho biết địa phương nhận được văn bản của chính "
     "quyền huyện Long Châu (Trung Quốc) đề nghị phối hợp tổ chức phiên chợ biên giới.", True, "--06-12"),
    # the same in the lead itself, with "cho hay … vừa nhận được công văn"
    ("Sáng 3/4, lãnh đạo UBND huyện Tràng Định cho hay vừa nhận được công văn của huyện Long Châu (Trung Quốc) "
     "đề nghị phối hợp tổ chức phiên chợ biên giới.", False, "--04-03"),
    # "thông báo đã nhận được công văn"
    ("Ngày 8/9, UBND huyện Tràng Định thông báo đã nhận được công văn của huyện Long Châu (Trung Quốc) về việc "
     "phối hợp tổ chức phiên chợ biên giới.", True, "--09-08"),
])
def test_a_told_letter_is_the_announcement_of_its_day(sentence, sapo, want):
    ev = main_event(_letter_page(sentence, sapo))
    assert ev["date"] == want and ev["year_source"] == "unknown", ev
    assert ev["type"] == "announcement", ev


def test_the_verdict_says_why():
    v = verdicts_of(_letter_page("Ngày 12/6, đại diện UBND huyện Tràng Định cho biết địa phương nhận được văn bản "
                                 "của huyện Long Châu (Trung Quốc) đề nghị phối hợp tổ chức phiên chợ biên giới."))
    assert v == {"Ngày 12/6": "event"}, v


# --- counter-shapes: what must not change -----------------------------------------------------------------------

@pytest.mark.parametrize("sentence", [
    # letter_untold: no reporting verb before "nhận được": the letter's day stays a document's
    "Ngày 12/6, UBND huyện Tràng Định nhận được văn bản của huyện Long Châu (Trung Quốc) đề nghị phối hợp tổ chức "
    "phiên chợ biên giới.",
    # the reporting verb after the letter, not between the day and "nhận được"
    "Ngày 12/6, UBND huyện Tràng Định nhận được văn bản của huyện Long Châu (Trung Quốc); ông Hoàng Văn Bảy cho "
    "biết huyện sẽ báo cáo tỉnh.",
    # "thông tin" as a noun is no reporting verb
    "Ngày 12/6, Trung tâm Thông tin huyện Tràng Định nhận được văn bản của huyện Long Châu (Trung Quốc) đề nghị "
    "phối hợp tổ chức phiên chợ biên giới.",
])
def test_a_letter_nobody_tells_keeps_no_date(sentence):
    ev = main_or_none(_letter_page(sentence))
    assert ev is None or not ev["date"], ev


@pytest.mark.parametrize("page, want", [
    # letter_asks_later, told: a later day is the occasion the letter asks for
    (HEAD + "Ngày 15/7, Sở Nội vụ tỉnh Nghệ An cho biết đã nhận được công văn của tỉnh Hà Tĩnh đề nghị trao đổi "
            "kinh nghiệm. Ngày 20/7, đoàn công tác tỉnh Hà Tĩnh đã đến làm việc tại Sở Nội vụ tỉnh Nghệ An.\n",
     "--07-20"),
    # letter_tells_earlier: the told letter's day with what it tells (earlier days): the letter's day, as before
    (HEAD + "Chiều 9-7, UBND huyện Kỳ Sơn cho biết vừa nhận được công văn từ huyện Mường Quắn, tỉnh Hủa Phăn (Lào) "
            "nhờ giúp tìm kiếm. Theo đó, trong các ngày 6 đến 7-7, lực lượng huyện Mường Quắn đã tìm kiếm dọc con "
            "suối.\n", "--07-09"),
    # occasion_then_letter: an occasion told before the letter
    (HEAD + "Ngày 3/8, đoàn công tác tỉnh Sơn La đã thăm tỉnh Điện Biên. Ngày 10/8, tỉnh Điện Biên cho biết đã "
            "nhận được thư cảm ơn của tỉnh Sơn La.\n", "--08-03"),
])
def test_other_days_keep_their_reading(page, want):
    assert main_event(page)["date"] == want


def test_each_rule_has_an_example_and_a_reading():
    names = [n for n, _, _ in tb.RULES]
    assert len(names) == len(set(names)) and {"letter_told", "letter_untold (counter-shape)"} <= set(names)
    assert all(word and example for word, example in tb.TOLD_WORDS)


# --- EXHIBITORS: the provinces of the exhibiting businesses are no joined sides -----------------------------------

FAIR_HEAD = "Khai mạc hội chợ thương mại vùng cao\n"
FAIR_LEAD = ("Tối 12-8, tại sân vận động huyện Bảo Yên, UBND tỉnh Lào Cai tổ chức khai mạc Hội chợ thương mại vùng "
             "cao năm 2019.")
GUESTS = ("Dự lễ khai mạc có lãnh đạo tỉnh cùng đại diện lãnh đạo các sở, ngành, các tỉnh lân cận và tỉnh Phông "
          "Sa Lỳ (Lào).")


def _pair(*body: str) -> list[str]:
    return partners(FAIR_HEAD, FAIR_LEAD, *body).pair


@pytest.mark.parametrize("exhibitors", [
    "Hội chợ có 180 gian hàng của các doanh nghiệp trong tỉnh, các DN tỉnh Phông Sa Lỳ (Lào), các DN của các tỉnh "
    "Yên Bái, Hà Giang, Lai Châu và Tuyên Quang.",
    "Hội chợ có sự tham gia của các doanh nghiệp tỉnh Phông Sa Lỳ (Lào) và các doanh nghiệp đến từ các tỉnh Yên "
    "Bái, Hà Giang và Lai Châu.",
])
def test_the_guest_of_the_opening_over_the_exhibitors_provinces(exhibitors):
    # before: Yên Bái (its list's join, +1) over Phông Sa Lỳ (two mentions)
    assert _pair(GUESTS, exhibitors) == ["Lào Cai", "Phông Sa Lỳ"]


def test_the_guest_named_once_ties_and_is_named_first():
    assert _pair(GUESTS, "Hội chợ có 150 gian hàng của các DN của các tỉnh Yên Bái, Hà Giang và Lai Châu.") \
        == ["Lào Cai", "Phông Sa Lỳ"]


def test_the_exhibitors_list_earns_no_join():
    p = partners(FAIR_HEAD, FAIR_LEAD, "Hội chợ có gian hàng của các doanh nghiệp (DN) của các tỉnh Yên Bái, Hà "
                                       "Giang, Lai Châu và Tuyên Quang.")
    assert p.scores["Yên Bái"] == p.scores["Tuyên Quang"] == 0.3, p.scores


@pytest.mark.parametrize("body, joined", [
    # two provinces' businesses: the two sides, joined as before
    ("Doanh nghiệp hai tỉnh Hà Giang và Tuyên Quang đã ký kết 12 biên bản hợp tác.", ("Hà Giang", "Tuyên Quang")),
    # a list of the leaders of three provinces, not of businesses: joined as before
    ("Lãnh đạo các tỉnh Yên Bái, Hà Giang và Lai Châu cùng cắt băng khai mạc.", ("Yên Bái", "Lai Châu")),
    # businesses named after the list, not introducing it
    ("Các tỉnh Yên Bái, Hà Giang và Lai Châu có nhiều doanh nghiệp tham gia.", ("Yên Bái", "Lai Châu")),
])
def test_other_lists_keep_their_join(body, joined):
    p = partners(FAIR_HEAD, FAIR_LEAD, body)
    assert all(p.scores[prov] == 1.3 for prov in joined), p.scores


def test_invited_guests_as_before():
    p = partners(FAIR_HEAD, FAIR_LEAD, "Tham dự có đại diện khách mời đến từ các tỉnh Yên Bái, Hà Giang và Lai Châu.")
    assert p.scores["Yên Bái"] == 0.3, p.scores


def test_each_exhibitors_row_has_an_example():
    assert all(word and example for word, example in pl.EXHIBITORS)

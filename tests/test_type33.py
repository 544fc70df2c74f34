"""Round 33 (type33; docs/accuracy.md "Round 33: type33"): a review conference with a signing joined to it under a
signing headline (type_headline_defers), parties that discuss ("đã thảo luận", "thảo luận hợp tác":
type_discussions), and a signing told as done in the time just past ("… đã ký kết trong thời gian qua":
type_past_signings). Sentences of our own."""

from __future__ import annotations

import pytest

from hoptac.core.extract.explain import explain_text
from hoptac.core.extract.type_discussions import DISCUSSION_PHRASES
from hoptac.core.extract.type_headline_defers import EXAMPLES

def _type(headline: str, lead: str) -> str | None:
    head = f"{headline}\n\n" if headline else ""
    return (explain_text(f"{head}{lead}\n").main or {}).get("type")


# --- a review conference with a signing joined to it ----------------------------------------------------------------
_SIGN = "Ký kết chương trình phối hợp giữa Hội Nông dân tỉnh A và Hội Nông dân tỉnh B"
REVIEW_THEN_SIGNING = [
    (EXAMPLES[3][2], EXAMPLES[3][3], EXAMPLES[3][4]),
    (_SIGN, "Sáng 5/3/2024, Hội Nông dân tỉnh A đã tổ chức Hội nghị tổng kết đợt 1, phát động đợt 2 phong trào thi "
            "đua và ký kết chương trình phối hợp với Hội Nông dân tỉnh B.", "conference"),
    ("Ký kết biên bản hợp tác năm 2025 giữa huyện A và huyện B",
     "Ngày 13/12/2024, Ban Chỉ huy Quân sự huyện A tổ chức hội nghị tổng kết hợp tác năm 2024 và ký kết biên bản "
     "hợp tác năm 2025 với huyện B (Campuchia).", "conference"),
    ("Ký kết hợp tác phát triển giữa tỉnh A và thành phố B",
     "Chiều 26/2/2024, tại Trung tâm Hội nghị tỉnh A đã diễn ra hội nghị sơ kết và ký kết hợp tác phát triển giữa "
     "tỉnh A với thành phố B.", "conference"),
    ("Ký kết quy chế phối hợp bảo vệ rừng giữa huyện A và huyện B",
     "Ngày 5/3/2024, Hạt Kiểm lâm huyện A và Hạt Kiểm lâm huyện B tổ chức sơ kết một năm phối hợp bảo vệ rừng và ký "
     "kết quy chế phối hợp giai đoạn mới.", "conference"),
    # a conference held to sign (no review), a signing ceremony held at a review, talks and a signing: the signing
    ("Ký kết giao ước thi đua năm 2024 của cụm thi đua các tỉnh",
     "Sáng 25/2/2024, tại tỉnh A, cụm thi đua các tỉnh A, B, C đã tổ chức hội nghị ký kết giao ước thi đua năm 2024.",
     "signing"),
    ("Ký kết quy chế phối hợp bảo vệ rừng giữa huyện A và huyện B",
     "Lễ ký kết diễn ra ngày 4/11/2024 tại hội nghị đánh giá công tác phối hợp bảo vệ rừng của hai huyện.", "signing"),
    ("Ký kết biên bản ghi nhớ giữa tỉnh A và tỉnh B",
     "Chiều 2/2/2024, đoàn công tác tỉnh B do Chủ tịch tỉnh dẫn đầu đã sang thăm tỉnh A, tiến hành hội đàm và ký kết "
     "biên bản ghi nhớ hợp tác giữa hai tỉnh.", "signing"),
    ("Ký kết biên bản tổng kết hợp tác giữa hai huyện",
     "Ngày 5/3/2024, lãnh đạo huyện A và huyện B đã ký kết biên bản tổng kết hợp tác năm 2023.", "signing"),
    ("Ký kết chương trình phối hợp giữa Hội Cựu chiến binh huyện A và huyện B",
     "Ngày 12/4/2024, Hội Cựu chiến binh huyện A tổ chức sơ kết 6 tháng thực hiện quy chế phối hợp và ký kết chương "
     "trình phối hợp năm 2024 với Hội Cựu chiến binh huyện B.", "conference"),
    # the review after the signing, or only its time or reason: the signing
    ("Ký kết chương trình phối hợp giữa Hội Cựu chiến binh huyện A và huyện B",
     "Ngày 12/4/2024, hai huyện A và B đã ký kết chương trình phối hợp giai đoạn 2024–2029 sau khi tổng kết 5 năm "
     "hợp tác.", "signing"),
    ("Lễ ký kết thỏa thuận hợp tác giữa tỉnh A và tỉnh B",
     "Sáng 12/4/2024, tỉnh A và tỉnh B tổ chức lễ ký kết thỏa thuận hợp tác giai đoạn 2024–2028, tổng kết thỏa "
     "thuận giai đoạn trước.", "signing"),
    ("Ký kết quy chế phối hợp giữa Công an hai tỉnh",
     "Ngày 12/4/2024, Công an tỉnh A và Công an tỉnh B tổ chức hội nghị ký kết quy chế phối hợp, tổng kết công tác "
     "năm 2023.", "signing"),
    ("Ký kết chương trình phối hợp giữa Hội Cựu chiến binh huyện A và huyện B",
     "Nhân dịp tổng kết năm, ngày 12/4/2024 hai huyện A và B ký kết chương trình phối hợp.", "signing"),
    # no signing headline: the lead's own ranks, as before
    ("", "Ngày 5/3/2024, Hội Nông dân tỉnh A đã tổ chức Hội nghị tổng kết năm 2023 và ký kết chương trình phối hợp "
         "với Hội Nông dân tỉnh B.", "conference"),
]


@pytest.mark.parametrize(("headline", "lead", "want"), REVIEW_THEN_SIGNING)
def test_a_review_conference_with_a_signing_joined(headline: str, lead: str, want: str) -> None:
    assert _type(headline, lead) == want


# --- parties that discuss -------------------------------------------------------------------------------------------
DISCUSSIONS = [
    *(("", example, etype) for _, etype, _, example in DISCUSSION_PHRASES),
    ("", "Tỉnh A và thành phố B đã có ý kiến về kế hoạch cũng như thảo luận hợp tác hai bên để hướng tới một lễ hội "
         "thành công từ ngày 17/2/2024 đến ngày 22/2/2024.", "conference"),
    ("", "Sáng 5/3/2024, lãnh đạo huyện A và huyện B đã thảo luận về việc mở chợ biên giới.", "conference"),
    ("", "Ngày 12/4/2024, đại diện hai tỉnh A và B đã cùng thảo luận, thống nhất kế hoạch tổ chức tuần văn hóa.",
     "conference"),
    # an occasion of its own kind beside it is the occasion
    ("", "Ngày 12/4/2024, Tỉnh trưởng tỉnh B (Lào) đã tiếp đoàn đại biểu tỉnh A; hai bên đã thảo luận về hợp tác.",
     "visit"),
    ("", "Ngày 12/4/2024, UBND tỉnh A ban hành kế hoạch hợp tác với tỉnh B, sau khi hai bên đã thảo luận.",
     "announcement"),
    ("", "Ngày 5/3/2024, đoàn công tác tỉnh B do ông C dẫn đầu đã sang thăm và thảo luận hợp tác với tỉnh A.", "visit"),
    ("", "Ngày 5/3/2024, tỉnh A và tỉnh B đã thảo luận và ký kết biên bản ghi nhớ hợp tác.", "signing"),
    ("", "Ngày 5/3/2024, lãnh đạo tỉnh A và tỉnh B đã hội đàm, cùng thảo luận về hợp tác.", "conference"),
    ("", "Ngày 5/3/2024, tỉnh A khai mạc Lễ hội văn hóa tỉnh B; hai bên đã thảo luận bên lề lễ hội.", "other"),
]


@pytest.mark.parametrize(("headline", "lead", "want"), DISCUSSIONS)
def test_parties_that_discuss(headline: str, lead: str, want: str) -> None:
    assert _type(headline, lead) == want


# --- a signing told as done in the time just past -------------------------------------------------------------------
PAST = [
    ("", "Ngày 5/3/2024, đoàn đại biểu tỉnh A và đoàn đại biểu tỉnh B đã trao đổi tình hình, đánh giá những nội dung "
         "hợp tác đã ký kết trong thời gian qua và thảo luận nội dung hợp tác giai đoạn tới.", "conference"),
    ("", "Sáng 5/3/2024, lãnh đạo huyện A và huyện B đã cùng thảo luận, rà soát các thỏa thuận được ký kết trước đây.",
     "conference"),
    # the sentence's own signing: an object after the verb, or the time words elsewhere
    ("", "Chiều 5/3/2024, hai tỉnh ký kết biên bản ghi nhớ như đã thống nhất trước đó.", "signing"),
    ("", "Ngày 5/3/2024, hai tỉnh đã ký kết thỏa thuận hợp tác, tiếp nối những kết quả trong thời gian qua.",
     "signing"),
    ("", "Ngày 5/3/2024, hai huyện đã ký kết trước đông đảo đại biểu chương trình phối hợp năm 2024.", "signing"),
]


@pytest.mark.parametrize(("headline", "lead", "want"), PAST)
def test_a_signing_done_in_the_time_past(headline: str, lead: str, want: str) -> None:
    assert _type(headline, lead) == want

"""What around the dated clause tells the main event's type (round 14): the trip whose days frame the
sentence, a host's working session with a delegation that came to work with it, a document named by
the headline, an administrative instruction. Read by :mod:`.main_event_type` after
:func:`.event_type.main_type` has read the clause; each shape weighed against every labelled set's golds
(docs/accuracy.md, "Types round 14"). Matched on folded text (no accents, no case, đ→d); the Vietnamese
shape is in each table's examples (sentences of our own).
"""

from __future__ import annotations

import re

__all__ = ["trip_days", "hosted_working_session", "document_headline", "instruction"]

# A sentence that opens with a trip and its days ("Trong khuôn khổ chuyến thăm và làm việc tại nước B từ
# ngày 19-22/10, đoàn … đã hội kiến …, hội kiến …, ký kết …, gặp gỡ …"): the days are the trip's, so the
# occasion the date names is the trip, a visit, whatever talks the rest of the sentence lists. A talk with
# a day of its own ("Ngày 26/5, trong khuôn khổ chuyến thăm … từ ngày 25 đến 29/5, đoàn … hội đàm …") is
# dated by that day, not by the frame, and stays the talks.
# (examples: the trip's frame, up to the date inside it)
TRIP_FRAME_EXAMPLES: tuple[str, ...] = (
    "Trong khuôn khổ chuyến thăm và làm việc tại nước B từ ngày 19-22/10, đoàn … đã có buổi hội kiến …",
    "Trong chuyến thăm và làm việc tại nước này từ ngày 30-5 đến 2-6, đoàn … đã hội đàm với …",
    "Trong chuyến công tác tại tỉnh B (từ 3 đến 6/4), đoàn đại biểu tỉnh A đã làm việc với …",
    "Trong khuôn khổ chương trình thăm và làm việc từ ngày 17-21/2 tại các tỉnh của nước bạn, đoàn …",
    "Trong đợt công tác từ ngày 5 đến 9/9 tại tỉnh B, lãnh đạo tỉnh A đã làm việc với …",
)
_TRIP_FRAME = re.compile(r"^\W*(?:\([^()]{1,40}\)\s*-?\s*)?trong (?:khuon kho )?(?:(?:chuong trinh|lich trinh)"
                         r"(?: chuyen| dot)?|chuyen|dot) (?:tham|cong tac|lam viec|cong du)\b[^,;.]*$")


def trip_days(folded_sentence: str, date_at: int) -> bool:
    """Does the sentence open with a trip's frame that holds the date at ``date_at`` (the date is the trip's)?"""
    if date_at <= 0 or "trong " not in folded_sentence[:40]:
        return False
    return _TRIP_FRAME.match(folded_sentence, 0, date_at) is not None


# A host that receives a delegation which comes to visit AND WORK WITH IT ("Sở A đã có buổi tiếp đoàn Sở B
# đến thăm và làm việc với Sở A", "lãnh đạo tỉnh A có buổi tiếp đón đoàn tỉnh B thăm và làm việc"): a working
# session the host holds, a meeting, as a host's "có cuộc làm việc với đoàn …" (corpus b30). A delegation
# that comes to visit and work IN a place ("… đến thăm và làm việc tại thành phố A") is on a trip there, and
# a reception to greet ("chào xã giao", "chúc Tết", "chúc mừng", "thăm hỏi") is the visit.
# (examples)
HOSTED_WORK_EXAMPLES: tuple[str, ...] = (
    "Ngày 5/3, Sở Y tế tỉnh A đã có buổi tiếp đoàn Sở Y tế tỉnh B đến thăm và làm việc với Sở Y tế tỉnh A.",
    "Ngày 5.3, lãnh đạo tỉnh B do Bí thư dẫn đầu có buổi tiếp đón đoàn lãnh đạo tỉnh A thăm và làm việc.",
    "Chiều 5/3, Chủ tịch UBND huyện A tiếp đoàn công tác huyện B sang thăm, làm việc với huyện A.",
    "Sáng 5/3, UBND tỉnh A đón tiếp đoàn đại biểu tỉnh B đến thăm và làm việc với lãnh đạo tỉnh.",
)
_HOSTED_WORK = re.compile(r"\b(?:tiep|tiep don|don tiep)\s+(?:doan|phai doan)\b[^.;]{0,200}?"
                          r"\btham(?: va|,) lam viec\b(?!\s+(?:tai|o)\b)")
_GREETING = re.compile(r"\b(?:xa giao|chuc tet|chuc mung|tham hoi|chuc xuan|don tet|vui tet)\b")


def hosted_working_session(folded_clause: str) -> bool:
    """Does the clause tell a host receiving a delegation that comes to work with it (no greeting)?"""
    return ("tham va lam viec" in folded_clause or "tham, lam viec" in folded_clause) and (
        _HOSTED_WORK.search(folded_clause) is not None and _GREETING.search(folded_clause) is None)


# A page that is a document: its headline opens with the document's name and number ("Quyết định
# 1808/QĐ-UBND năm 2025 ký kết thỏa thuận hợp tác giữa …", "Kế hoạch 120/KH-UBND triển khai …"): what it
# names after the number is what the document is about (a signing it authorises is not held by it).
# (examples)
DOCUMENT_HEADLINE_EXAMPLES: tuple[str, ...] = (
    "Quyết định 1808/QĐ-UBND năm 2025 ký kết thỏa thuận hợp tác giữa UBND tỉnh A và tỉnh B",
    "Kế hoạch số 120/KH-UBND thực hiện Biên bản ghi nhớ với tỉnh B",
    "Công văn 512/UBND-KT về việc phối hợp đón đoàn tỉnh B",
    "Tỉnh A: Nghị quyết 26/NQ-HĐND về hợp tác với tỉnh B",
)
_DOCUMENT_HEADLINE = re.compile(r"^\W*(?:[^:]{1,30}:\s*)?(?:quyet dinh|ke hoach|cong van|nghi quyet|chi thi|thong bao|"
                                r"thong tu|ket luan|to trinh|bao cao)\s+(?:so\s*:?\s*)?\d+\s*[/-]")


def document_headline(folded_headline: str) -> bool:
    """Does the headline open with a document's name and number?"""
    return _DOCUMENT_HEADLINE.match(folded_headline) is not None


# An administrative instruction or request the lead reports, with no occasion named ("UBND tỉnh A giao Sở Kế
# hoạch và Đầu tư chủ trì, phối hợp … triển khai Kế hoạch hợp tác với tỉnh B", "UBND TP A mới đây đã đề nghị
# các tỉnh vùng B tăng cường phối hợp …"): a government's decision told as news, an announcement. Read only
# when the clause names no occasion: a meeting where someone asks ("Tại hội nghị, ông A đề nghị các tỉnh …")
# stays the meeting.
# (examples)
INSTRUCTION_EXAMPLES: tuple[str, ...] = (
    "UBND tỉnh A giao Sở Kế hoạch và Đầu tư chủ trì, phối hợp với các sở rà soát Kế hoạch hợp tác với tỉnh B.",
    "UBND TP.HCM mới đây đã đề nghị các tỉnh vùng B tăng cường phối hợp thực hiện thỏa thuận.",
    "Chủ tịch UBND tỉnh A chỉ đạo các sở, ngành triển khai Thỏa thuận hợp tác với tỉnh B.",
    "Ủy ban nhân dân tỉnh A yêu cầu các địa phương phối hợp với tỉnh B trong phòng chống dịch.",
)
_INSTRUCTION = re.compile(r"\b(?:ubnd|uy ban nhan dan|thanh uy|tinh uy|hdnd)\b(?:[^.;]|\.(?=\S)){0,80}?\b(?:giao|chi dao|yeu cau|de nghi)"
                          r"\s+(?:cho\s+)?(?:cac\s+(?:so|tinh|dia phuong|nganh|don vi|co quan|quan|huyen)\b|so\s|ubnd\b|uy ban\b)")


def instruction(folded_clause: str) -> bool:
    """Does the clause report a government's instruction or request to its departments or to other provinces?"""
    return _INSTRUCTION.search(folded_clause) is not None

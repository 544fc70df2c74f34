"""A photo caption that dates the lead's own undated occasion (round 26: late26date).

The shape: the lead tells its occasion as recent and gives it no day, the page has no stamp, and the
only day is in a photo caption that names the same occasion, of the same kind, as taking place on it::

    Sở Nông nghiệp tỉnh A và Sở Nông nghiệp tỉnh B vừa tổ chức ký quy chế phối hợp …
    Lễ ký kết diễn ra ngày 12/9/2021 tại Hội nghị tổng kết công tác thú y. Ảnh: …

The caption's day is the occasion's. A caption that names an occasion otherwise (of another kind than
the lead's: "Hội nghị sơ kết diễn ra ngày …" under a lead that signs; or of the same kind with words the
lead does not say: "Hội nghị lần thứ nhất …" under "… tổ chức hội nghị lần thứ hai") stays another
occasion's photo, as a body sentence does (undated._another_named); so does an archive photo's ("Ảnh tư
liệu": main_date.archive_captions_past) and one told as earlier ("… năm trước", "kỳ trước"). The caption
lends its day only when nothing else on the page is dated as an occasion (a dated lead or body sentence
keeps winning) and every caption dated by a day gives the same day; on a stamped page the stamp's window
decides as before (undated.RECENT_DAYS). Matched on folded text.
"""

from __future__ import annotations

import re
from datetime import date as _date

__all__ = ["CAPTION_STAMP_DAYS", "SAME_OCCASION", "captions_dating_lead", "captions_of_another_occasion", "names_the_lead_occasion", "told_earlier"]

#: The kinds of occasion a caption's head may name as the lead's own: (name, the head's noun -- the
#: opening of undated._SENTENCE_HEAD's occasion --, what the lead says when it tells that kind, a
#: caption and a lead written for the row).
SAME_OCCASION: tuple[tuple[str, str, str, str, str], ...] = (
    ("signing", r"(?:buoi\s+)?le\s+ky(?:\s+ket)?(?!\s+niem\b)",   # (not "lễ kỷ niệm", a celebration)
     r"\bky(?:\s+ket|\s+(?:quy che|thoa thuan|bien ban|ban ghi nho|ghi nho|hop dong|chuong trinh|ke hoach|cam ket))\b",
     "Lễ ký kết diễn ra ngày 12/9/2021 tại Hội nghị tổng kết công tác thú y. Ảnh: Thu Hà.",
     "Sở Nông nghiệp tỉnh A và Sở Nông nghiệp tỉnh B vừa tổ chức ký quy chế phối hợp phòng chống dịch bệnh."),
    ("conference", r"hoi nghi", r"\bhoi nghi\b",
     "Hội nghị diễn ra ngày 5/6/2022 tại thành phố A. Ảnh: Minh Anh.",
     "Mới đây, hai tỉnh A và B vừa tổ chức hội nghị xúc tiến đầu tư vùng giáp ranh."),
    ("workshop", r"hoi thao", r"\bhoi thao\b",
     "Hội thảo được tổ chức ngày 5/6/2022 tại Trường Đại học A. Ảnh: Minh Anh.",
     "Vừa qua, hai tỉnh A và B đã tổ chức hội thảo về phát triển du lịch vùng biên."),
    ("forum", r"dien dan", r"\bdien dan\b",
     "Diễn đàn diễn ra ngày 5/6/2022 tại tỉnh A. Ảnh: Minh Anh.",
     "Vừa qua, hai tỉnh A và B đã tổ chức diễn đàn hợp tác kinh tế."),
    ("working_session", r"buoi\s+lam viec", r"\blam viec\b",
     "Buổi làm việc diễn ra ngày 5/6/2022 tại trụ sở UBND tỉnh A. Ảnh: Minh Anh.",
     "Đoàn công tác tỉnh B vừa có buổi làm việc với lãnh đạo tỉnh A."),
    ("talks", r"cuoc\s+hoi dam", r"\bhoi dam\b",
     "Cuộc hội đàm diễn ra ngày 5/6/2022 tại tỉnh A. Ảnh: Minh Anh.",
     "Lãnh đạo tỉnh A vừa hội đàm với lãnh đạo tỉnh B về hợp tác thương mại."),
    ("visit", r"chuyen\s+tham(?:\s+va\s+lam viec)?", r"\b(?:chuyen\s+(?:tham|cong tac)|(?:den|sang|vua)\s+tham(?!\s+(?:gia|du|quan)\b))\b",
     "Chuyến thăm diễn ra ngày 5/6/2022. Ảnh: Minh Anh.",
     "Đoàn công tác tỉnh B vừa sang thăm và làm việc tại tỉnh A."),
    ("fair", r"hoi cho", r"\bhoi cho\b",
     "Hội chợ khai mạc ngày 5/6/2022 tại thành phố A. Ảnh: Minh Anh.",
     "Vừa qua, hai tỉnh A và B đã phối hợp tổ chức hội chợ nông sản."),
    ("festival", r"le hoi", r"\ble hoi\b",
     "Lễ hội diễn ra ngày 5/6/2022 tại huyện A. Ảnh: Minh Anh.",
     "Vừa qua, huyện A và huyện B đã phối hợp tổ chức lễ hội văn hóa biên giới."),
)
_ROWS = tuple((name, re.compile(noun + r"(?:\s+(.+))?"), re.compile(said)) for name, noun, said, _, _ in SAME_OCCASION)
#: A caption that tells its occasion as an earlier one ("Lễ ký kết năm trước diễn ra ngày …", "kỳ trước").
_EARLIER = re.compile(r"\b(?:nam|ky|lan|dot)\s+(?:truoc|ngoai)\b")


def told_earlier(folded: str, s: int, at: int) -> bool:
    """Does the caption's sentence, from ``s`` to its day at ``at``, tell its occasion as an earlier one
    ("Lễ ký kết năm trước diễn ra ngày 12/9/2020 …": another occasion's photo, under a lead told as recent)?"""
    head = folded[s:at]
    return ("truoc" in head or "ngoai" in head) and _EARLIER.search(head) is not None


def names_the_lead_occasion(head: str, caption: str, lead: str) -> str | None:
    """The row's name when ``head`` (the occasion a caption opens with, folded: "le ky ket") names the kind of
    occasion ``lead`` (folded) tells, with no word the lead does not say, and ``caption`` (its sentence,
    folded) does not tell it as earlier; else None."""
    if _EARLIER.search(caption):
        return None
    words = None
    for name, noun, said in _ROWS:
        m = noun.fullmatch(head)
        if m is None or not said.search(lead):
            continue
        if m.group(1):
            words = words or set(lead.split())
            if not set(m.group(1).split()) <= words:
                continue   # "Hội nghị lần thứ nhất …" under "… hội nghị lần thứ hai": another occasion
        return name
    return None


def captions_dating_lead(cands, folded: str, lead, head_rx) -> set[int]:
    """The ids of the caption readings among ``cands`` (the body's candidate readings, none in the lead) whose
    day is the lead's undated occasion's (see the module): none when another candidate is not a caption, or
    when the captions give different days. ``head_rx``: undated._SENTENCE_HEAD (group 1: the occasion named)."""
    caps = [r for r in cands if r.verdict == "caption"]
    if not caps or len(caps) != len(cands):
        return set()   # nothing in a caption, or the text dates an occasion itself: its day wins (or is weighed)
    if len({(r.mention.year, r.mention.month, r.mention.day, r.mention.end_day) for r in caps}) != 1:
        return set()   # two captions, two days: which is the occasion's is not told
    l0, l1 = lead
    out = set()
    for r in caps:
        m = r.mention
        if m.precision != "day" or not m.year:
            continue
        s = max(folded.rfind(".", 0, m.start), folded.rfind("\n", 0, m.start)) + 1
        h = head_rx.match(folded, s, m.start)
        if h is None:
            continue
        stop = folded.find("\n", m.end)
        if names_the_lead_occasion(h.group(1), folded[s:stop if stop >= 0 else len(folded)], folded[l0:l1]):
            out.add(id(r))
    return out


#: How many days before the page's stamp a caption's own day may lie and still date the page's occasion unnamed
#: (undated.RECENT_DAYS: a report is stamped within weeks of its occasion).
CAPTION_STAMP_DAYS = 45


def captions_of_another_occasion(readings, folded: str, lead, cues=(), published=None) -> set[int]:
    """The ids of the caption readings among ``readings`` (the body's, as verdicts.choose_main takes them) dated
    with their own year that may not date the page's occasion, when every candidate is a caption (round 32: the
    year probe's ``caption_dated``). Such a caption is the last resort; it is set aside when its occasion is not
    the one the lead tells and the page tells another time against it:

    - a year cue of a later year ("Nhân dịp kỷ niệm 70 năm … (2/9/1954 – 2/9/2024), tại xã B đã diễn ra lễ kết
      nghĩa …" over "Quang cảnh lễ ký kết … giữa hai tỉnh ngày 12/5/2021. Ảnh: …"), or
    - a stamp more than :data:`CAPTION_STAMP_DAYS` after its day, or before it ("22.08.2021" over "… ngày
      12/5/2018. Ảnh: …" under "Như chúng tôi đã đưa tin, ngày 9/8 …").

    The lead's occasion is then kept undated, its year left to the cues or the stamp. A caption that names the
    lead's occasion as its own (:func:`names_the_lead_occasion`: "Lễ ký kết diễn ra ngày 4/11/2020 …" under "…
    vừa tổ chức ký quy chế phối hợp …") still dates it; so does a caption on a page that tells no other time
    ("Lãnh đạo hai tỉnh ký kết biên bản tại Đông Hà ngày 25/9/2023. Ảnh: …" under a lead and a body of that year),
    and one with no year of its own (its year is weighed as any yearless day's)."""
    from .undated import _SENTENCE_HEAD   # (undated imports this module)
    l0, l1 = lead
    cands = [r for r in readings if r.verdict in ("event", "range", "issued", "caption")
             and r.mention.precision in ("day", "month") and r.mention.kind == "date"]   # (as choose_main)
    caps = [r for r in cands if r.verdict == "caption"]
    if not caps or len(caps) != len(cands):
        return set()   # the text dates an occasion itself: it wins over any caption
    stamp = (published.date() if hasattr(published, "date") else published) if published is not None else None
    later_cue = max((c.year for c in cues if c.year), default=None)
    out = set()
    for r in caps:
        m = r.mention
        if not m.year or not m.month:
            continue
        try:
            day = _date(m.year, m.month, m.day or 1)
        except ValueError:
            continue
        against = (later_cue is not None and later_cue > (m.end_year or m.year)) or (
            stamp is not None and not 0 <= (stamp - day).days <= CAPTION_STAMP_DAYS + (0 if m.day else 31))
        if not against:
            continue
        s = max(folded.rfind(".", 0, m.start), folded.rfind("\n", 0, m.start)) + 1
        h = _SENTENCE_HEAD.match(folded, s, m.start)
        stop = folded.find("\n", m.end)
        if h is None or not names_the_lead_occasion(h.group(1), folded[s:stop if stop >= 0 else len(folded)],
                                                    folded[l0:l1]):
            out.add(id(r))
    return out

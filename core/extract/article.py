"""An article as scraped: headline, lead, publication time, and body versus boilerplate.

Scraped pages carry much that is not the article: logos, log-in links, menus and
today's date above it; bylines, share buttons, audio players and stamps around the
headline; related-article lists, counters and comment forms below it; image file
names, captions, glued related titles and a lead printed twice inside it. Many pages
have no headline line at all and start with the lead. Each line is judged by what it
looks like (:mod:`hoptac.core.extract.chrome`), and :func:`parse_article` marks

* ``title``: the headline (not "image banner", "admin" or a byline); when the page has
  none, the lead's first words stand for it and ``title_span`` is empty;
* ``lead``: the lead paragraph -- the first line that reads like one (it opens with a
  time expression or an agency tag, or is a long paragraph of sentences);
* ``published``: the page's publication time, from a stamp near the headline;
  ``clock``: a date printed above the headline with no time of day (today's date in
  the site's header), which bounds the year from above and is never a publication date;
* ``body_span``: where the article's own text starts and ends;
* ``boilerplate``: spans inside and around it that are not the article, and ``chrome``
  the same spans with the reason each was cut;
* ``teasers`` and ``captions``: lines in the body that are not its sentences.

The whole original text is kept for display; the spans are offsets into it.
"""

from __future__ import annotations

import datetime as _dt
import re
from dataclasses import dataclass, field

from ..messages import M_
from ..scan import fast_fold
from .english_headline import WHY_ENGLISH, english_over_headline
from .chrome import (END_MARKERS, JUNK_LINES, is_caption,
                     is_end_marker, glued_end_marker, is_leadlike, is_teaser, is_titlelike, looks_like_byline)
from .crawl_stamp import without_crawl_line
from .end_markers import opens_title_list
from .document_bases import after_bases, is_basis
from .headline_stamp_lead import CAPTION_OVER_HEADLINE, caption_over_headline_stamp, headline_over_stamp_and_lead
from .site_controls import WHY_PORTRAIT
from .site_names import site_names_over_menus
from .end_markers import end_mark_index
from .glued_titles import glued_title, unfinished_lead_tail, unfinished_tail
from .sapo_stamps import stamp_under_sapo
from .stamps import GLUED_DATE, PUBLISHED_FORMS, headline_date, is_clock_form, parse_published, strip_time
from .stamp_choice import _choose_published, _names_day, _names_lead_day_instead, dated_opening  # noqa: F401 - _names_day re-exported
from .stamp_credit import credit_under
from .stamp_mirror import mirror_stamp
from .header_banners import WHY_BANNER, WHY_ORG_BANNER, headline_under_banner, headline_under_organisation
from .viewing_label import glued_label_end, label_end, viewing_headline
from .section_glued import glued_section_end
from .site_tags import site_tag_end
from .table_cards import WHY_TABLE_CARD, table_card
from .stamp_source_tag import source_tag
from .lead_stamps import lead_stamp, stamped_lead
from .teaser_stamps import teaser_stamp
from .glued_captions import CAPTION_MAX, glued_caption
from .stamp_updates import posting_from_crawl, stamps_kept, update_under_glued_posting
from .wrapped_leads import cut_headline, in_sentence, wrapped_lead_before
from .wrapped_joins import joined_lines
from .inside_markers import INSIDE_MARKERS, WIDGET_REACH, BOX_TITLES  # noqa: F401 - INSIDE_MARKERS re-exported
from .inside_markers import inside_marker as _inside_marker
from .text_masks import masked  # noqa: F401 - re-exported (events, tests)
from .article_lines import (HEADLINE_OVER_STAMP_MAX, TRAILING_STAMP_LINES, _card_title, _headline_over_stamp,  # noqa: F401
                            credited_caption, _listed, _short_title, _slug_start, _without_credit)
from .page_lines import _Line, _chrome_reason, _continues, _hard_wrapped, _junk, _key, _lines, _spans, _stamp, _within

__all__ = ["Article", "parse_article", "parse_published", "END_MARKERS", "JUNK_LINES",
           "PUBLISHED_FORMS"]

_INLINE_LINK = re.compile(r"(?:xem them|doc them|tin lien quan|bai lien quan)\s*:?\s*\S+(?:\s+\S+){3,}")
_TOP = 80   # how many lines from the top the headline and the lead are looked for (menus run long)
@dataclass(slots=True)
class Article:
    text: str
    title: str
    title_span: tuple[int, int]
    published: _dt.datetime | None
    body_span: tuple[int, int]
    boilerplate: list[tuple[int, int]] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    lead: tuple[int, int] | None = None
    clock: _dt.datetime | None = None
    chrome: list[tuple[int, int, str]] = field(default_factory=list)
    teasers: list[tuple[int, int]] = field(default_factory=list)
    captions: list[tuple[int, int]] = field(default_factory=list)
    published_span: tuple[int, int] | None = None
    wrapped: bool = False       # hard-wrapped: sentences run on over line breaks
    joins: tuple[int, ...] = ()  # line breaks inside a date or a place's name on such a page (wrapped_joins)
    cards: tuple[tuple[int, int], ...] = ()  # the teasers that are related articles' cards (_card_title)

    @property
    def body(self) -> str:
        """The body with boilerplate inside it blanked out (offsets unchanged)."""
        start, end = self.body_span
        return masked(self.text, self.boilerplate)[start:end]

    def body_masked(self) -> str:
        """The whole text with everything but the body blanked (offsets unchanged)."""
        start, end = self.body_span
        spans = [(0, start)] + list(self.boilerplate) + [(end, len(self.text))]
        return masked(self.text, spans)

    def lead_span(self) -> tuple[int, int]:
        """The lead paragraph (the first paragraph of the body when none reads like one)."""
        if self.lead is not None:
            return self.lead
        start, end = self.body_span
        body = self.body_masked()
        i = start
        while i < end and body[i].isspace():
            i += 1
        j = body.find("\n", i)
        return (i, end if j == -1 or j > end else j)


def _list_ends_at_gap(text: str, top: list[_Line], i: int, related_i: set[int]) -> bool:
    """A box of titles above the lead ("Tin mới", "Tin liên quan") printed tight, its title and titles one under
    another, ends at a blank line: the line apart under it is the page's own headline ("Tin mới" / "Tỉnh A tiếp đoàn
    tỉnh B (05/02/2026)" / "" / "Tỉnh A và tỉnh C ký kết hợp tác"). A box printed with blank lines between its titles
    is not judged so (its gaps tell nothing)."""
    if i - 1 not in related_i or text.count("\n", top[i - 1].end, top[i].start) < 2:
        return False
    j = i - 1
    while j - 1 in related_i:
        j -= 1   # j: the box's first title, j - 1 its title
    return all(text.count("\n", top[k].end, top[k + 1].start) < 2 for k in range(max(j - 1, 0), i - 1))


def parse_article(text: str) -> Article:
    nonblank, joins = joined_lines(text, _lines(text))   # "… Ngày" / "13- 1, tại …" as one line (wrapped_joins)
    if not nonblank:
        return Article(text, "", (0, 0), None, (0, 0), [], ["empty"])
    chrome: list[tuple[int, int, str]] = []

    # -- the lead and the headline above it ---------------------------------------------
    top = nonblank[:_TOP]
    reasons: list[str | None] = []
    lead_i = None
    related = False  # after "Tin liên quan" above the lead: the titles listed under it
    dated_head = None  # a headline that opens with a date, over its stamp
    basis_i = None  # the first of a document's bases read like a lead (document_bases)
    related_i: set[int] = set()
    for i, ln in enumerate(top):  # up to the lead: later lines are judged in the body
        why = _chrome_reason(ln) or (WHY_TABLE_CARD if i > 0 and table_card(top, i) else None)   # (table_cards)
        if why is None and related and len(ln.raw) <= 160 and ln.raw.rstrip(" |")[-1:] not in ".!?…" \
                and not _list_ends_at_gap(text, top, i, related_i):
            why = M_("a related article's title (under 'Tin liên quan' above the lead)")
            related_i.add(i)
        else:
            related = opens_title_list(ln.folded) if why else False   # not a button (end_markers)
        reasons.append(why)
        if why is None and (is_leadlike(ln.raw, ln.folded) or stamped_lead(ln.raw, ln.folded)   # (lead_stamps)
                            or basis_i is not None and after_bases(ln.raw, ln.folded)):
            if _headline_over_stamp(top, i, all(r is not None for r in reasons[:i])):
                dated_head = i if dated_head is None else dated_head
                continue
            if caption_over_headline_stamp(top, i):   # the lead photo's caption above them (headline_stamp_lead)
                reasons[i] = CAPTION_OVER_HEADLINE
                continue
            if is_basis(ln.raw, ln.folded):   # "Căn cứ …;": a document's basis, the lead follows (document_bases)
                basis_i = i if basis_i is None else basis_i
                continue
            lead_i = i
            break
    if lead_i is None and basis_i is not None:
        lead_i = basis_i   # no operative paragraph after the bases: the first basis
        reasons = reasons[:basis_i + 1]
    limit = lead_i if lead_i is not None else len(top)
    for i, why in site_names_over_menus(top, limit, reasons, WHY_PORTRAIT):   # "<the site's name>" / "• Trang chủ" (site_names)
        reasons[i] = why
    title_i = next((i for i in range(limit) if reasons[i] is None and is_titlelike(top[i].raw, top[i].folded)
                    and not credited_caption(top[i].raw)), None)   # "Quang cảnh … - Ảnh: Báo A": a caption (article_lines)
    if (head := headline_under_banner(top, title_i, limit, reasons)) is not None:   # (header_banners)
        reasons[title_i], title_i = WHY_BANNER, (head if head >= 0 else None)
    elif (head := headline_under_organisation(top, title_i, limit, reasons)) is not None:   # "GIÁO HỘI … TỈNH A"
        reasons[title_i], title_i = WHY_ORG_BANNER, head
    if (head := english_over_headline(top, title_i, reasons)) is not None and (lead_i is None or head < lead_i):
        reasons[title_i], title_i = WHY_ENGLISH, head   # "Hua Phan and Phu Tho …" / "Ký kết …" (english_headline)
    if (head := headline_over_stamp_and_lead(top, title_i, lead_i, reasons, related_i)) is not None:
        title_i, reasons[head] = head, None   # the headline over the stamp over the lead (headline_stamp_lead)
    if (viewing := viewing_headline(top, limit)) is not None:   # "Bạn đang xem: <headline>" (viewing_label)
        title_i, reasons[viewing] = viewing, None
    if dated_head is not None and (title_i is None or title_i > dated_head):
        title_i = dated_head
    if title_i is None and lead_i is None:
        title_i = next((i for i, r in enumerate(reasons) if r is None), 0)
    elif lead_i is not None and (title_i is None or title_i < lead_i):   # a hard-wrapped lead above it (wrapped_leads)
        lead_i = limit = wrapped_lead_before(top, 0 if title_i is None else title_i + 1, lead_i, reasons)
    if title_i is not None and cut_headline(text, top, title_i, lead_i, reasons):   # "… (huyện" / "Ngọc Hồi) năm …"
        title_i, lead_i = None, title_i   # no headline: the wrapped lead's first line (wrapped_leads)

    stamps = []
    for i, ln in enumerate(top[:limit + 1]):
        st = _stamp(ln) if i != title_i else None
        if st is not None:
            stamps.append((i, *st, is_clock_form(ln.raw)))
    opening = "" if lead_i is None else dated_opening(top[lead_i].raw, [None if is_caption(ln.raw) else ln.raw
                                                                         for ln in top[lead_i + 1:lead_i + 5]])
    stamps = stamps_kept(top, stamps, title_i, lead_i, reasons, opening)   # no clock under the text, no later update (stamp_updates)
    copies = [s[1] for s in stamps if mirror_stamp(top[s[0]].raw)]   # "发布时间:2025-01-10 …": a mirror's copy (stamp_mirror)
    published, clock, stamp_i = _choose_published([s for s in stamps if not mirror_stamp(top[s[0]].raw)], title_i, opening)
    if copies:   # the copy's time bounds the year from above, never gives it
        clock = max([clock] * (clock is not None) + copies)
    if published is None and lead_i is not None:   # "Báo ABáo A04/12/2025" under the lead: the source's credit
        published, stamp_i = credit_under(top, lead_i)
    published_span = _within(top[stamp_i]) if stamp_i is not None else None
    if title_i is not None:
        title_line = top[title_i]
        glued = parse_published(title_line.raw) or headline_date(title_line.raw)  # "… 29/11/2025 11:57", "… (12-2-2009)"
        if glued is not None and (published is None or _names_lead_day_instead(
                top[lead_i].raw if lead_i is not None else "", glued, published) or update_under_glued_posting(
                top[stamp_i].raw if stamp_i is not None else None, glued, published)):   # (stamp_updates)
            if published is not None and published > glued:
                clock = max(clock or published, published)
            published, published_span = glued, _within(title_line)
        raw_title = without_crawl_line(title_line.raw) if title_i == 0 else title_line.raw
        # "Bạn đang xem:" (viewing_label), "Chi tiết tin tức" (glued_label), "Chính trị Phường A …" (section_glued)
        at = label_end(raw_title) if title_i == viewing else (glued_label_end(raw_title) or glued_section_end(
            raw_title, top[lead_i].raw if lead_i is not None else ""))
        raw_title = raw_title[at:]
        title = _without_credit(strip_time(raw_title)) or raw_title.strip()
        title_span = (title_line.start + at, title_line.end)
        body_from = title_i + 1
    else:
        lead_raw = without_crawl_line(top[lead_i].raw) if lead_i == 0 else top[lead_i].raw   # (" date 2025-12-02 …")
        # (lead_i is not None here: with neither a title nor a lead, title_i was set above)
        title, title_span, body_from = _short_title(lead_raw), (0, 0), lead_i  # type: ignore[assignment]
    if len(title) > 300:
        title = title[:297].rstrip() + "…"

    # chrome before the headline, and between it and the lead
    for i in range(0, body_from):
        if i != title_i:
            chrome.append((top[i].start, top[i].end, (reasons[i] if i < len(reasons) else None) or M_("above the headline")))
    rest = nonblank[nonblank.index(top[body_from]):] if body_from < len(top) else []
    k = 0
    lead_line = top[lead_i] if lead_i is not None else None
    known = {id(ln): r for ln, r in zip(top, reasons)}
    while k < len(rest) and rest[k] is not lead_line:
        why = known[id(rest[k])] if id(rest[k]) in known else _chrome_reason(rest[k])
        if why is None:
            break
        chrome.append((rest[k].start, rest[k].end, why))
        k += 1
    body_lines = rest[k:]
    if not body_lines:
        return Article(text, title, title_span, published, (title_span[1], title_span[1]),
                       _spans(chrome), [M_("no body text found")], None, clock, chrome)

    # -- the end: the first end marker after the lead --------------------------------------
    lead_k = body_lines.index(lead_line) if lead_line in body_lines else None
    if lead_k is None:  # no line reads like a lead: the first real paragraph
        lead_k = next((j for j, ln in enumerate(body_lines[:8]) if len(ln.raw) >= 60
                       and not is_caption(ln.raw) and _chrome_reason(ln) is None), 0)
    end_index = len(body_lines)
    inline: list[_Line] = []  # "Xem thêm: <a title>" inside the text: a link, not the end
    boxed: list[_Line] = []   # a widget or a related-news box inside the text (INSIDE_MARKERS)
    for j in range(lead_k + 1, len(body_lines)):
        ln = body_lines[j]
        if is_end_marker(ln.folded) or glued_end_marker(ln.raw, ln.folded):   # "Tin liên quanTỉnh A …"
            if _INLINE_LINK.match(ln.folded) and j + 1 < len(body_lines) and len(body_lines[j + 1].raw) > 200:
                inline.append(ln)
                continue
            if any(b is ln for b in boxed[-BOX_TITLES - WIDGET_REACH - 1:]):
                continue   # a box under a widget, boxed with it
            if (n := _inside_marker(body_lines, j)) >= 0:
                boxed.extend(body_lines[j:j + 1 + n])
                continue
            end_index = j
            break
    end_index = end_mark_index([ln.raw for ln in body_lines], lead_k, end_index)   # "… người dân./." then a sidebar
    while end_index > lead_k + 1 and (looks_like_byline(body_lines[end_index - 1].raw)
                                      or _junk(body_lines[end_index - 1])):
        end_index -= 1
    kept = body_lines[:end_index]
    body_start, body_end = kept[0].start, kept[-1].end
    if published is None:   # no stamp above: the one some sites print under the article,
        for ln in body_lines[end_index:end_index + TRAILING_STAMP_LINES]:   # after the byline
            if is_end_marker(ln.folded):
                break
            st = _stamp(ln)
            if st is not None and st[1] and not is_clock_form(ln.raw):   # not a footer's clock
                published, published_span = st[0], _within(ln)   # 'Thu Hằng\n12/03/2020 08:15'
                break
    lead_ln = kept[min(lead_k, len(kept) - 1)]
    wrapped = _hard_wrapped(kept)
    lead_end = lead_ln.end
    for nxt in kept[kept.index(lead_ln) + 1:]:  # a hard-wrapped lead goes on on the next lines
        if not _continues(text, lead_end, nxt, wrapped):
            break
        lead_end = nxt.end
    lead = (lead_ln.start, lead_end)
    g = GLUED_DATE.match(lead_ln.raw)
    listed = _listed(g) if g is not None else None
    if listed is not None:  # "20/6/2024Chiều nay (20.6), …": a listing date glued to the lead
        chrome.append((lead_ln.start, lead_ln.start + g.end(), M_("a listing date glued to the lead")))
        lead = (lead_ln.start + g.end(), lead_ln.end)
        if published is None or _names_lead_day_instead(lead_ln.raw[g.end():], listed, published):
            if published is not None and published > listed:
                clock = max(clock or published, published)
            published = listed
            published_span = (lead_ln.start, lead_ln.start + g.end())

    elif published is None and (ls := lead_stamp(lead_ln.raw)) is not None:   # "Thứ Hai, 11/02/2018 | 16:51 Chiều 10/2, …"
        chrome.append((lead_ln.start, lead_ln.start + ls[0], M_("a publication stamp opening the lead")))
        lead, published, published_span = (lead_ln.start + ls[0], lead[1]), ls[1], (lead_ln.start, lead_ln.start + ls[0])
    elif published is None and (ts := teaser_stamp(lead_ln.raw)) is not None:   # "<headline> bởi Thu Hà 12 Tháng 3, 2025 <lead>"
        chrome.append((lead_ln.start + ts[0], lead_ln.start + ts[1], M_("a post's byline and date inside a one-line teaser")))
        published, published_span = ts[2], (lead_ln.start + ts[0], lead_ln.start + ts[1])   # (teaser_stamps)
    elif (tag := source_tag(lead_ln.raw)) is not None:   # "(KHCN-03/11/2017): Ngày 2/11, …" (stamp_source_tag)
        chrome.append((lead_ln.start, lead_ln.start + tag[0], M_("a source's dated tag opening the lead")))
        lead = (lead_ln.start + tag[0], lead[1])
        if published is None:
            published, published_span = tag[1], (lead_ln.start, lead_ln.start + tag[0])
    elif (tag_end := site_tag_end(lead_ln.raw)):   # "(Báo A) - Sáng 18/9, …": the site's name (site_tags)
        chrome.append((lead_ln.start, lead_ln.start + tag_end, M_("the site's name opening the lead: '(Báo A) - '")))
    for ln in inline:
        chrome.append((ln.start, ln.end, M_("a link to a related article inside the text: 'Xem thêm: …'")))
    for ln in boxed:
        chrome.append((ln.start, ln.end, M_("a widget or related titles inside the text: 'Theo dõi … trên', 'Tin liên quan'")))
    # -- inside the body --------------------------------------------------------------
    teasers, captions = [], []
    seen: set[bytes] = set()        # the words of each paragraph kept (alphanumerics only)
    cut_short: list[bytes] = []     # teasers cut short with '…', as prefixes
    title_key = _key(fast_fold(title)) if title_span != (0, 0) else b""
    skip = {id(ln) for ln in inline} | {id(ln) for ln in boxed}
    card = False                    # the line before was a related card's title (_card_title)
    bare = False                    # ... and a card's title came right before that one: cards printed without summaries
    cards: list[tuple[int, int]] = []
    for j, ln in enumerate(kept):
        if id(ln) in skip:
            continue
        if ln is not lead_ln and j > lead_k and (card or _card_title(ln.raw)):
            titled = _card_title(ln.raw)
            if titled or not bare:   # the title, then its summary: both the card's
                bare, card = card and titled, titled
                teasers.append((ln.start, ln.end))
                cards.append((ln.start, ln.end))
                continue
            card = bare = False     # after titles printed alone ("T1 T1" / "T2 T2" / …), the text goes on (round 62)
        key = _key(ln.folded)
        short = ln.folded.endswith(("...", "…")) and len(key) > 40
        if ln is lead_ln:
            seen.add(key)
            if short:
                cut_short.append(_key(ln.folded.rstrip(".…")))
            continue
        why = _junk(ln) or (_chrome_reason(ln) if j < lead_k else None)
        if why is None and title_key and len(key) > len(title_key) + 15 and key.startswith(title_key) and _slug_start(ln.raw):
            why = M_("the headline's address slug, then a related article's title")   # an image's alt text
        if why is None and title_key and key == title_key:
            why = M_("the headline printed again")
        if why is None and len(ln.folded) > 40 and (key in seen or (cut_short and key.startswith(tuple(cut_short)))):
            why = M_("a paragraph printed twice")
        if why is not None:
            chrome.append((ln.start, ln.end, why))
            continue
        if (published is None and j > lead_k and len(ln.raw.strip()) <= 30   # (a short line first: round 44, speed44)
                and (looks_like_byline(kept[j - 1].raw) or stamp_under_sapo(kept, j, lead_k))
                # (sapo_stamps: '<sapo>\n26/08/2018 23:03\nSáng nay (26/8), …')
                and (st := _stamp(ln)) is not None and st[1] and re.search(r"\d[:h]\d\d", ln.raw)):
            published, published_span = st[0], _within(ln)   # 'summary\nThu Hằng\n29/07/2024 18:10\nbody'
            chrome.append((ln.start, ln.end, M_("a stamp under the summary and the byline")))
            continue
        seen.add(key)
        if short:
            cut_short.append(_key(ln.folded.rstrip(".…")))
        cap = is_caption(ln.raw)   # (False at once over 300 characters; glued_captions: "… (Ảnh: X/TTXVN) Trong …")
        if (cut := glued_caption(ln.raw, ln.folded) if cap or len(ln.raw) > CAPTION_MAX else None) is not None:
            captions.append((ln.start, ln.start + cut))
        elif cap:
            captions.append((ln.start, ln.end))
        elif (is_teaser(ln.raw, ln.folded) and not (j == len(kept) - 1 and len(ln.raw) > 120)
              and not in_sentence(text, kept, j, wrapped)):   # (wrapped_leads: a wrapped sentence, not titles)
            teasers.append((ln.start, ln.end))  # (a long last line is the text cut short, not a title)
    if kept and (glued_span := glued_title(kept[-1].raw, kept[-1].start)) is not None:
        teasers.append(glued_span)   # "… hợp tác./. Khai mạc Tuần Văn hóa … năm 2025": a related title (glued_titles)
    elif len(kept) > 1 and kept[-1].start >= lead[1] and (tail := unfinished_tail(kept[-1].raw, kept[-1].start)):
        teasers.append(tail)    # "… với các địa phương trong c Khai mạc Tuần Văn hóa … năm 2025": unfinished (glued_titles)
    elif len(kept) == 1 and (tail := unfinished_lead_tail(kept[0].raw, kept[0].start)):
        teasers.append(tail)    # the page's one paragraph cut short, a title glued on (glued_titles)
    if text[body_end:].strip():
        chrome.append((body_end, len(text), M_("after the article: related news, comments, site footer")))
    if (crawled := posting_from_crawl(text, published, published_span)) is not None:   # " date 2025-12-02 …": the scraper's
        published, published_span = crawled
    return Article(text, title, title_span, published, (body_start, body_end), _spans(chrome), [],
                   lead, clock, sorted(chrome), teasers, captions, published_span, wrapped, joins, tuple(cards))


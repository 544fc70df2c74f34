"""From a parsed article to dated events (the record of ``docs/design.md``).

Each article gives

* its **main event** (``main: true``): the date of the occasion the lead reports, chosen
  among the article's dates by their verdicts and places (:mod:`verdicts`: documents,
  anniversaries, background and captions set aside), typed by the main verb of the
  sentence that dates it (:mod:`main_event_type`), between the article's principal partners
  (``partners``), at the place after "tại"; with no dated occasion, an undated recent
  one ("vừa có chuyến thăm") dated by the publication month or the article's year, or
  an occasion held for an anniversary ("Nhân dịp kỷ niệm … (2/9/1954 – 2/9/2024)");
* each **other dated milestone** its body reports: a sentence with a day (or month)
  date and a cooperation keyword (``vocab.MILESTONE_KEYWORDS``), e.g. "ngày 19/9/2018
  tại thành phố Thái Bình, lãnh đạo tỉnh Lào Cai và tỉnh Thái Bình đã ký kết Biên bản
  ghi nhớ"; a signing outranks other types there (:mod:`other_milestones`).

Nothing is taken from boilerplate: the text is analysed with everything outside the
headline and the body blanked.
"""

from __future__ import annotations

import functools
import re
from typing import Any

from ..messages import M_
from .article import Article, masked
from .dates import DateMention, day_in_month, find_dates
from .event_fields import NO_DATE, date_fields, event_id, format_date, keyword_type, sectors
from .frames import day_by_day, lasted, reported_days, reported_recent, within_frame   # (lasted: .occasion_days)
from .main_event_type import main_event_type
from .other_milestones import add_other_milestones
from .other_occasions import first_meetings_past
from .wrapped_joins import unbroken
from .undated import HEADLINE_OVER, headline_day, lead_part_year, not_the_recent_occasion
from .approved_ahead import approved_ahead_day
from .historic_dates import historic_readings
from .year_headline_named import headline_named
from .issued_plans import issued_plan_lead
from .later_plans import later_plans
from .stamp_disputed import stamp_disputed
from .caption_occasion import captions_of_another_occasion
from .year_told_today import day_context_year
from .main_date import archive_captions_past, body_month_aside, captions_of_other_days
from .signed_document_lead import signed_document_main
from .verdicts import captions_before, choose_main, judge, undated_main
from .country_trips import trip_part_main
from .type_side_trips import side_trip
from .page_partners import read_partners
from .partners import choose, party_dict
from .people import find_people
from ..places import resolve, to_2025
from ..scan import fold_page, folds_exactly, shape_masked
from ..text import fold
from .sentences import paragraphs, sentence_at, sentences as split_sentences
from .year_bounds import earliest_floor, find_bounds
from .anniversaries import known_anniversaries
from .bond_anniversary import bond_anniversary_cues
from .lead_anniversary import undated_lead_cues   # (a lead's undated anniversary)
from .caption_anniversaries import caption_anniversaries_aside   # (a caption's anniversary of another occasion)
from .lead_new_year import dated_new_year_cue   # (a lead's New Year greeting on its day)
from .congress_term import congress_term_cues
from .school_year import school_year_cues
from .season_opened import season_opened_cues
from .year_held_in import held_in_cues
from .chrome import is_archive_caption
from .crawl_stamp import sentences_after_crawl_line, undated_crawl_month
from .background_lead import lead_tells_background   # an undated lead that opens with "Trước đó," (late44b)
from .last_resort import last_resort_day
from .event_location import _location
from .visit_host import one_party_host   # a one-party visit's venue: its host (late55c)
from .type_phrases import forget_page
from .type_runs_on import type_sentence
from .years import anniversary_cues, find_year_cues, infer_year, year_cue_record

__all__ = ["extract_events", "format_date"]

# the pair's sort key, remembered (the same province names page after page)
_fold_key = functools.lru_cache(maxsize=1024)(fold)

# "Đồng thời, …" continues the sentence before it (the same occasion).
_CONTINUES_RE = re.compile(r"^\s*(?:dong thoi|cung dip nay|nhan dip nay|tai hoi nghi nay|cung ngay)\b")


def _restated(d: DateMention, main: DateMention | None) -> bool:
    """Is ``d`` the main range told again with its year ("… diễn ra từ ngày 25 đến hết ngày 27/4" and
    later "Sự kiện sẽ diễn ra từ ngày 25/4 đến hết ngày 27/4/2022")? The same first and last days are
    the same occasion, not another one told ahead (a bound): its year is the main range's."""
    return (main is not None and main.year is None and main.end_day is not None and d.year is not None
            and (d.day, d.month, d.end_day, d.end_month) == (main.day, main.month, main.end_day, main.end_month))


@functools.lru_cache(maxsize=8192)
def _is_place_name(name: str) -> bool:
    """Is a capitalised run a place's name ("Thái Bình")? Names recur across articles."""
    return resolve(name) is not None


_SIGNED_ON_RE = re.compile(r"\bky(?: ket)?\s+(?:vao\s+)?$")


def extract_events(article: Article, *, article_id: str, source: str,
                   trace: dict[str, Any] | None = None) -> tuple[list[dict[str, Any]], list[str]]:
    """Events of one article, and warnings (no date, no locality) for the summary.
    ``trace``, when given, is filled with how the article was read (for ``explain``)."""
    text = article.text
    forget_page()   # the type phrases' answers kept for this page's strings only (type_phrases)
    warnings: list[str] = []
    b0, b1 = article.body_span
    t0, t1 = article.title_span
    cut = [(0, t0), (t1, b0)] + list(article.boilerplate) + [(b1, len(text))]
    keep = masked(text, cut)
    # fold(keep), same length as keep (offsets are shared): the page folded once for its
    # lines (parse_article), blanked where keep is (folding is character by character)
    folded = masked(fold_page(text), cut)
    if article.joins:   # a hard-wrapped page's breaks inside a date or a place's name read as spaces (wrapped_joins)
        keep, folded = unbroken(keep, article.joins), unbroken(folded, article.joins)
    else:
        shape_masked(text, keep, cut)  # the places' and people's scans read keep's shape from the page's code
    title = article.title

    # the page's places and its principal partners, each later reading of the sides applied (page_partners)
    l0, l1 = article.lead_span()
    all_mentions, title_mentions, body_mentions, partners = read_partners(article, text, cut, keep, folded, (l0, l1),
                                                                          warnings)
    context = set(partners.pair)

    # headline and body (the headline's years are cues too); a day alone in the page's month
    all_dates = [d for d in (day_in_month(m, article.published) for m in find_dates(keep)) if d is not None]
    sentences = sentences_after_crawl_line(keep, split_sentences(keep, b0, b1, article.wrapped))   # the stamp line
    readings = judge(keep, folded, [d for d in all_dates if b0 <= d.start < b1 or t0 <= d.start < t1],
                     title_span=(t0, t1), lead=(l0, l1), teasers=article.teasers,
                     captions=article.captions, paragraphs=(paras := paragraphs(keep, b0, b1)))
    historic_readings(readings, keep, folded, (l0, l1), paras, article.published)   # "kết nghĩa từ ngày 12/2/1961": past
    archive_captions_past(readings, article.captions, folded)   # "… ngày 9/4/2019. (Ảnh tư liệu)": past (main_date)
    if article.published is None:   # "Hội nghị lần thứ nhất được tổ chức … ngày 12/5/2019" after the lead: an earlier one
        first_meetings_past(readings, folded, (l0, l1))
    verdict_of = {id(r.mention): r.verdict for r in readings}
    evidence = [r.mention for r in readings if r.verdict not in ("teaser", "anniversary", "founding", "holiday", "lunar")]
    # a nearby full date gives a year, but not a document's (it only comes before the
    # occasion: "Sáng 12/3, thực hiện Nghị quyết … ngày 3/11/2022, …") nor a period's start
    # nor another occasion's told as earlier ("Thỏa thuận … (ký ngày 14/5/2018)"): those are
    # lower bounds (year_bounds), never the year
    # an archive or stock photo's caption ("… ký biên bản kết nghĩa năm 2010 (Ảnh tư liệu)") shows an earlier
    # occasion: it gives the page's none of its years, as related titles give none
    archive = [(s, e) for s, e in article.captions if is_archive_caption(folded[s:e])]
    if archive:
        evidence = [d for d in evidence if not any(s <= d.start < e for s, e in archive)]
    dates = [d for d in evidence if b0 <= d.start < b1
             and verdict_of[id(d)] not in ("since", "document", "past", "basis", "deadline")]
    # the page's fold where it is fold(keep) character for character (scan.folds_exactly), for the cues'
    # windows; blanked as their text is (masked keeps each newline: fold keeps "\n" and makes no other)
    unread = article.teasers + archive
    cues = (find_year_cues(masked(keep, unread), mentions=evidence,
                           folded=None if not folds_exactly(keep) else masked(folded, unread))
            + anniversary_cues(keep, readings) + known_anniversaries(folded, article.teasers)
            + bond_anniversary_cues(keep, folded, readings)   # "kỷ niệm 10 năm kết nghĩa" + "Ngày 18/9/2009, … kết nghĩa"
            + congress_term_cues(folded, article.teasers, (t0, t1),   # in the headline or a dated sentence
                                 [d.start for d in evidence if d.kind == "date" and d.month and d.day])   # "tham dự Đại hội …, nhiệm kỳ 2024-2029": 2024
            + school_year_cues(masked(folded, article.teasers), (l0, l1), paras, sentences)   # "Ngày 24/10, … năm học 2025-2026": 2025
            + season_opened_cues(folded, (l0, l1))   # "Sáng 14/11, … mở màn cho mùa tàu biển 2025–2026": 2025
            + held_in_cues(folded, evidence))   # "Chiều 9/11, … giao ban … quý IV năm 2024"
    headline_named(cues, keep, folded, (t0, t1), (l0, l1), evidence)   # "… diễn tập cứu hộ năm 2024" + "tổ chức diễn tập cứu hộ"
    if (part := lead_part_year(readings, folded, (l0, l1))) is not None:
        cues.append(part)   # "… hội đàm với tỉnh B đầu năm 2019" in the lead: the occasion's year
    if quarters := {c.start for c in cues if c.name in ("review_q4", "review_quarter", "held_in", "results_quarter")}:   # its cue, not a date
        dates = [d for d in dates if d.start not in quarters]   # ("Hội đàm định kỳ quý 4/2025" on 20/1: 2026)
    if spans := [(c.start, c.end) for c in cues if c.name == "review_months"]:   # the span's two months: its cue
        dates = [d for d in dates if not any(s <= d.start < e for s, e in spans)]   # (year_held_in)
    cues.sort(key=lambda c: c.pos)
    for r in later_plans(readings, folded, (l0, l1), paras, article.published, cues, keep):   # "… sẽ diễn ra từ 5 đến 11/3/2026"
        verdict_of[id(r.mention)] = r.verdict
    people = find_people(keep, is_place=_is_place_name, folded=folded)  # fold(keep), where exact
    pair = partners.pair

    floor = captions_before(readings, earliest_floor(readings, b0, b1))   # (a caption before it: an earlier photo)
    other = not_the_recent_occasion(readings, folded, (l0, l1), article.published, cues, keep)   # "Vừa qua, …" and a body's far day
    other |= captions_of_another_occasion([r for r in readings if b0 <= r.mention.start < b1 and id(r) not in other],
                                          folded, (l0, l1), cues, article.published)   # "… ngày 12/5/2021. Ảnh: …"
    main_reading, main_why = choose_main([r for r in readings if b0 <= r.mention.start < b1 and id(r) not in other])
    main_reading, main_why, lead_year = body_month_aside(main_reading, main_why, readings, article.published)
    main_reading, main_why = trip_part_main(main_reading, main_why, folded, readings, other, paras, all_mentions, cues)
    signed = None
    if main_reading is None and (signed := signed_document_main(readings, folded, (l0, l1), paras, article.published)):
        # "Theo biên bản hợp tác …, hai địa phương sẽ … . Biên bản hợp tác được ký vào tháng 7/2023": its signing
        main_reading, main_why = signed, M_("the lead reports a signed document; the text dates only its signing")
    main_date = main_reading.mention if main_reading else None
    if main_reading is not None and main_reading.verdict == "range":
        framed = within_frame(keep, folded, main_date, main_reading.in_lead, sentences)
        if framed is not None:   # "Trong khuôn khổ <X>, … ký kết" + "<X> diễn ra từ 20/11-23/11"
            main_date, main_why = framed
    elif main_reading is not None and main_reading.verdict == "event":
        days = reported_days(folded, main_date, [r.mention for r in readings if r.verdict in ("event", "range")
                                                  and b0 <= r.mention.start < b1], sentences)
        told = days or day_by_day(folded, main_date, readings, paras) or reported_recent(   # (trip_days)
            keep, folded, main_date, sentences, article.published)
        if told is not None:     # "Ngày 15/3, Sở Ngoại vụ cho biết, hai tỉnh vừa tổ chức hội đàm"
            main_date, main_why = told
    undated = disputed = None
    if main_date is None and not lead_year:
        undated = undated_main(keep, folded, readings, (l0, l1), article.published,
                               [] if issued_plan_lead(readings) else undated_lead_cues(cues, keep, folded, (l0, l1), article.captions, readings, (t0, t1)),
                               told=len(pair) >= 2 and not other, floor=floor)   # (a far day set aside: the stamp may not be this report's)
        if undated is not None and undated[0].rule in ("recent", "stamped") and undated[1]["year_source"] == "published" \
                and (disputed := stamp_disputed(undated[0], undated[0].year, keep, cues)) is not None:
            undated = None   # "… giai đoạn 2024-2026 … vừa được … ký kết" stamped 2025: a copy's stamp (stamp_disputed)
        if undated is not None and undated[0].rule in HEADLINE_OVER:
            day = headline_day(readings, article.published) or (undated[0].rule == "recent" and approved_ahead_day(
                readings, folded, (l0, l1), article.published)) or None   # "vừa có công văn đồng ý cho … tổ chức …"
            if day is not None:   # "… đón đoàn huyện B ngày 5/12" over "Vừa qua, …": the headline's day
                main_why = M_("the headline's date, over the lead's undated occasion ({rule})", rule=undated[0].rule)
                undated, main_date = None, day
        if undated is None and main_date is None:  # the headline's own date ("… diễn ra vào ngày 18/12") as a last resort
            main_date, last_why = last_resort_day(readings)   # (or the lead's day told "Như tin đã đưa")
            if main_date is not None:
                main_why = last_why
            elif len(pair) >= 2:  # the occasion is told, its date is not: keep it, undated
                warnings.append(M_("no date found: the event is kept without a date"))
            else:
                warnings.append(M_("no date found"))

    clock = article.clock.date() if hasattr(article.clock, "date") else article.clock
    bounds = find_bounds(folded, readings, main_date, span=(b0, b1), clock=clock, teasers=article.teasers)
    if clock is not None and bounds.lower is not None and bounds.lower.day > clock:   # the page tells of later days
        clock, bounds = None, find_bounds(folded, readings, main_date, span=(b0, b1), teasers=article.teasers)  # than its clock: a stale header
    # another occasion's date, told as earlier or expected, bounds the main one's year: it is not its year
    bound_at = {b.start for b in bounds.every}
    bound_at |= captions_of_other_days(dates, article.captions, main_date)   # a photo of another day: no year
    main_dates = [d for d in dates if d.start not in bound_at or _restated(d, main_date)]
    # "Nhân dịp Tết cổ truyền …, ngày 8/4, … chúc Tết …" + "trong năm 2014, hai tỉnh đã có những chuyến thăm …": 2015
    lead_cues = [ny] if (ny := dated_new_year_cue(cues, folded, (l0, l1), main_date, article.published)) else []
    main_cues = caption_anniversaries_aside(cues, folded, (l0, l1), article.captions)   # a caption's "Lễ ký kết … kỷ niệm …"
    events: list[dict[str, Any]] = []
    main_whys: dict[str, str] = {}   # why the main event has its type and (visit_host) its pair: for explain
    month = undated_crawl_month(text, bool(readings or cues or other)) if (   # " date 2025-05 …" over a page dating
        main_date is None and undated is None and len(pair) >= 2) else None   # nothing: the line's month
    if trace is not None:
        trace.update(readings=readings, main_why=main_why if main_date is not None else (
            M_("no dated occasion: {rule}", rule=undated[0].rule) if undated else M_(
                "no dated occasion: the stamp's year is disputed by '{cue}' (stamp_disputed)", cue=keep[disputed.start:disputed.end][-60:])
            if disputed else M_("no dated occasion: the page's date line gives its month ({line})", line=month[1]["text"])
            if month else M_("no dated occasion: the lead's occasion is kept without a date")
            if len(pair) >= 2 else M_("no dated occasion: none found")), cues=cues,
            places=[(m, partners.places.get(m.start) or choose(m, context)) for m in all_mentions], keep=keep, main_whys=main_whys,
            pair=pair, bounds=bounds)

    def _main_type(dm: DateMention, s: int, e: int) -> tuple[str, str]:
        if signed is not None and dm is signed.mention:
            return "signing", M_("the lead reports a signed document; the text dates only its signing")
        # the sentence's line breaks read as spaces, and run on over a width's cut (type_runs_on)
        own = folded[s:e]
        tfolded, tsentences, e = type_sentence(keep, folded, sentences, s, e, (b0, b1))
        etype, why = main_event_type(dm, s, e, verdict=verdict_of.get(id(dm)), folded=tfolded, sentences=tsentences,
                                     title=title, title_span=(t0, t1), lead=(l0, l1))
        if etype == "other" and (trip := side_trip(dm, own, folded, s, e, mentions=all_mentions, context=context, pair=pair,
                                                    places=partners.places, province_at=lambda m: getattr(
                                                        partners.places.get(m.start) or choose(m, context), "province", None))):
            return trip   # one side's trip told by what its units do (type_side_trips)
        return etype, why

    def build(dm: DateMention, *, main: bool, fields_override=None) -> dict[str, Any] | None:
        s, e = sentence_at(sentences, dm.start)
        if s == e and t0 <= dm.start < t1:  # dated by the headline
            s, e = t0, t1
        if not main:
            nxt = next(((ns, ne) for ns, ne in sentences if ns >= e), None)
            if nxt and _CONTINUES_RE.match(folded[nxt[0]:nxt[1]]):
                e = nxt[1]
        seg = folded[s:e]
        if main:
            etype, main_whys["type"] = _main_type(dm, s, e)
        elif verdict_of.get(id(dm)) in ("document", "issued"):
            etype = "announcement"  # "Kế hoạch số 61/KH-NHT ngày 01 tháng 3 năm 2021"
        elif _SIGNED_ON_RE.search(folded, max(0, dm.start - 24), dm.start):
            etype = "signing"       # "Bản ghi nhớ … ký ngày 24/2/2018"
        else:
            etype = keyword_type(seg, main=False)
        if fields_override is not None:
            fields, cue = fields_override
        else:
            year, ysource, cue = infer_year(dm, keep, published=article.published,
                                            mentions=main_dates if main else dates, cues=main_cues + lead_cues if main else cues,
                                            clock=clock, floor=floor if main else None,
                                            bounds=bounds if main else None, explain=True, main=main)
            if main and year is None:   # a photo's "img-20241108-…jpg", "… hôm nay (19.3.2019)" on the occasion's day
                cue_x = day_context_year(text[:b1], folded, dm, dates, clock=clock, floor=floor, bounds=bounds)
                if cue_x is not None:
                    year, ysource, cue = cue_x.year, "context", cue_x
            fields = date_fields(dm, year, ysource)
        fields["year_cue"] = year_cue_record(text, cue, fields["year_source"], article.published,
                                             article.published_span)
        if not fields["date"] and fields["precision"] != "none":
            return None
        loc = _location(keep, folded, body_mentions, s, e, context, etype, dm.start, places=partners.places)
        if loc is None and main:
            loc = _location(keep, folded, title_mentions, t0, t1, context, etype, places=partners.places)
        if main:
            ev_pair, parties, main_whys["pair"] = one_party_host(pair, partners, loc, etype, folded, body_mentions, (s, e), context)
            ev_people = [p.as_dict() for p in people]
            ev_sectors = sectors(folded[b0:b1], keep[b0:b1])
        else:
            local = [m for m in body_mentions if s <= m.start < e]
            provs = []
            parties = []
            for m in local:
                place = partners.places.get(m.start) or choose(m, context)   # as the article reads it (a city alone: itself)
                if place and place.province not in provs:
                    provs.append(place.province)
                    parties.append(party_dict(place, m.level_word or place.level))
            if len([p for p in provs if p in pair]) >= 2 or len(provs) < 2:
                parties = [p.as_dict() for p in partners.parties]
                ev_pair = pair
            else:
                ev_pair = sorted(provs[:2], key=_fold_key)
            ev_people = [p.as_dict() for p in people if s <= p.start < e]
            ev_sectors = sectors(seg, keep[s:e])
        ev_pair_2025 = sorted({to_2025(p) or p for p in ev_pair}, key=_fold_key) if ev_pair else []
        snippet = keep[s:e].strip()
        lead_ws = len(keep[s:e]) - len(keep[s:e].lstrip())
        span = [s + lead_ws, s + lead_ws + len(snippet)]
        return {
            "id": event_id(article_id, fields, etype, ev_pair, dm.start),
            "article_id": article_id,
            "source": source,
            "title": title,
            **fields,
            "type": etype,
            "main": main,
            "parties": parties,
            "pair": ev_pair,
            "pair_2025": ev_pair_2025,
            "location": loc,
            "people": ev_people,
            "sectors": ev_sectors,
            "snippet": snippet,
            "span": span,
        }

    if main_date is not None:
        ev = lasted(build(main_date, main=True), main_date, main_reading, readings, folded, paras, keep)
        if ev:
            events.append(ev)
    elif undated is not None:
        ev = build(undated[0], main=True, fields_override=undated[1:])
        if ev:
            events.append(ev)
    elif len(pair) >= 2:  # no date at all: the pair, type and people still tell what happened
        a0 = t0 if t0 < t1 and lead_tells_background(folded, (l0, l1)) else l0   # "Trước đó, …" (background_lead)
        at = DateMention(a0, a0, "", None, None, None, precision="none", rule="undated")
        ev = build(at, main=True, fields_override=(month[0] if month else dict(NO_DATE), None))
        if ev:
            if month:
                ev["year_cue"] = month[1]
            events.append(ev)
    add_other_milestones(events, build, readings=readings, main_date=main_date, published=article.published,
                         keep=keep, folded=folded, sentences=sentences, cues=cues, body_mentions=body_mentions,
                         context=context, body=(b0, b1))
    return events, warnings

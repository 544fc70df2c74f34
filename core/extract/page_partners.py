"""The page's places and its principal partners: the first reading of the sides (:mod:`.partners`), then each later
reading that corrects it, in this order (each module's own table says what it reads):

- ``partner_merged_sides``: after July 2025, a commune of an old province and the province of 2025 are one side, the
  old part's ("tại Cửa khẩu A, xã A, Ban Chỉ đạo tỉnh Tây Ninh"): read again so;
- ``partner_organisers``: "do Sở Công Thương A, B và C … tổ chức": the organisers are the sides;
- ``partner_envoys``: an envoy's page, a lone body mention is no side;
- ``partner_groups``: groups named as a side ("TP.HCM và 13 tỉnh, thành ĐBSCL", "hai huyện A và B" of one province);
- ``partner_sides``: "… với công an 6 tỉnh" and the six in the body; a study trip's stops;
- ``partner_festival_venues``: a city's own festival the listed sides take part in: the city is where;
- ``partner_group_hosts``: a group of provinces of several countries, one partner: an earlier host of its meeting;
- ``partner_hosts``: a sapo naming no place, then "… với các tỉnh …, tổ chức tại B": B hosts;
- ``partner_home``: one side named, the site's own province from the page's chrome;
- ``partner_border_parts``, ``partner_venue_parts``: after July 2025, the old province a border or a venue is in.

Split out of :mod:`.events` (round 36, fold36) to keep it well under ~400 lines; the calls and their order are the
same. ``warnings`` gets "no Vietnamese locality found" when no side is read.
"""

from __future__ import annotations

import functools
from typing import NamedTuple

from ..messages import M_
from ..places import find_places
from ..scan import read_folded
from .article import Article
from .partner_border_parts import border_parts, dated_after_merger, dated_before_merger
from .partner_disaster_lead import disaster_lead
from .partner_envoys import drop_lone_across
from .partner_group_hosts import add_group_host
from .partner_festival_venues import drop_festival_city
from .partner_groups import add_group_parties
from .partner_home import add_home_in_chrome, chrome_provinces
from .partner_hosts import sapo_venue_host
from .partner_links import a_venue
from .partner_merged_sides import one_side
from .partner_organisers import organisers_lead
from .partner_sides import add_counted
from .partner_venue_parts import venue_parts
from .partners import Partners, principal_partners
from .year_bounds import merger_told

__all__ = ["PagePlaces", "read_partners"]


class PagePlaces(NamedTuple):
    all_mentions: list          # every place mentioned in keep (headline and body), in text order
    title_mentions: list
    body_mentions: list
    partners: Partners


def _dated_old_map(keep: str, spans: list[tuple[int, int]]) -> bool:
    """The headline or the lead dates the occasion before July 2025 by a full date, and by none after
    ("(19/8/1945 – 19/8/2025)": an anniversary's first day is no occasion of the old map)."""
    return dated_before_merger(keep, spans) and not dated_after_merger(keep, spans)


def read_partners(article: Article, text: str, cut: list[tuple[int, int]], keep: str, folded: str,
                  lead: tuple[int, int], warnings: list[str]) -> PagePlaces:
    """The places of ``keep`` (the page with everything outside the headline and the body blanked, ``cut``) and the
    page's principal partners. ``folded``: fold(keep), blanked as it is; ``lead``: the lead's span
    (``article.lead_span()``)."""
    b0, b1 = article.body_span
    t0, t1 = article.title_span
    # the rules' windows of keep sliced from its fold (scan.fold_slice), where folded is that (keep all in
    # the one-byte code); a hard-wrapped or ASCII page's keep is coded by the places' shape, after them
    read = read_folded(keep, folded)
    all_mentions = find_places(keep, folded)
    if not read:
        read_folded(keep, folded)
    title_mentions = [m for m in all_mentions if t0 <= m.start < t1]
    body_mentions = [m for m in all_mentions if b0 <= m.start < b1]
    l0, l1 = lead
    if (nxt := disaster_lead(folded, lead, b1)) is not None:   # "Như đã đưa tin, … ở A, B và C đã xảy ra mưa đá":
        l0, l1 = nxt   # where a disaster struck, no sides; the next paragraph is the partners' lead (partner_disaster_lead)
    lead_mentions = [m for m in body_mentions if l0 <= m.start < l1]
    # a related article's card inside the text ("Title Title", then its summary) names no party of this one
    cards = article.cards   # (most pages have none: no mention is tested against them)
    outside_cards = [m for m in body_mentions if not any(a <= m.start < b for a, b in cards)] if cards else list(body_mentions)
    # no stamp: the headline or the lead dating the occasion before July 2025, and not after it, is the old map
    # (its communes are no units of 2025: partner_places' old_map_commune)
    spans = [(t0, t1), (l0, l1)]
    old_map = functools.partial(_dated_old_map, keep, spans)
    partners = principal_partners(keep, title_mentions, keep, lead_mentions, outside_cards,
                                  home=functools.partial(chrome_provinces, text, cut), published=article.published,
                                  folded=folded, old_map=old_map)
    # after July 2025, "tại Cửa khẩu A, xã A, Ban Chỉ đạo tỉnh Tây Ninh": xã A (old Long An) and the province of 2025
    # are one side, the old part's; read again so (partner_merged_sides)
    if len(partners.parties) >= 2 and (parts := one_side(partners, [(t0, t1), (l0, l1)], article.published,
                                                          lambda: merger_told(folded, b0, b1) is not None)):
        partners = principal_partners(keep, title_mentions, keep, lead_mentions, outside_cards,
                                      home=functools.partial(chrome_provinces, text, cut), published=article.published,
                                      folded=folded, parts=parts, old_map=old_map)
    organisers_lead(partners, keep, (l0, l1), lead_mentions)   # "do Sở Công Thương A, B và C … tổ chức" (partner_organisers)
    drop_lone_across(partners, keep, [(t0, t1), (l0, l1)])   # an envoy's page: a lone body mention is no side
    # groups named as a side: "TP.HCM và 13 tỉnh, thành ĐBSCL", "Cụm thi đua 5 thành phố trực thuộc
    # Trung ương", "giữa TP.HCM và các tỉnh, thành", "hai huyện A và B" of one province (partner_groups)
    add_group_parties(partners, keep, folded, [(t0, t1), (l0, l1)], title_mentions + lead_mentions)
    # "… với công an 6 tỉnh" and the six in the body; "học tập kinh nghiệm tại 3 tỉnh" and its stops (partner_sides)
    add_counted(partners, keep, folded, [(t0, t1), (l0, l1)], body_mentions)
    # "tỉnh A tham gia Ngày hội Du lịch TP.HCM" with the cluster's list: the festival's own city is where (partner_festival_venues)
    if len(partners.parties) >= 3:   # (most pages: two parties)
        drop_festival_city(partners, keep, title_mentions + lead_mentions, [(t0, t1), (l0, l1)])
    # "9 tỉnh thuộc 3 nước …" meeting at A, the body: "Hội nghị … 9 tỉnh … tổ chức tại tỉnh B": B (partner_group_hosts)
    add_group_host(partners, folded, [(t0, t1), (l0, l1)], (b0, b1), body_mentions)
    n1 = keep.find("\n", keep.find("\n", l1) + 2)   # the paragraph after the lead: a sapo's dateline
    n1 = n1 if l1 < n1 <= b1 else b1
    if len(partners.parties) == 1:   # a sapo naming no place, then "… với các tỉnh …, tổ chức tại B": B hosts (partner_hosts)
        sapo_venue_host(partners, keep, body_mentions, (l0, l1), (l1, n1), a_venue)
    if len(partners.parties) == 1:   # "Thường trực HĐND tỉnh … sang thăm Quảng Tây": the site's own province
        add_home_in_chrome(partners, text, folded, (l0, l1), cut, article.teasers)   # (or its related titles)
    # after July 2025, "Biên phòng tỉnh Đồng Nai" with a Cambodian province: old Bình Phước's border (partner_border_parts)
    border_parts(partners, folded, [(t0, t1), (l0, l1)], article.published,   # (no stamp: "xã A (mới)" in the body,
                 lambda: merger_told(folded, b0, b1) is not None   # or "… Tết Nguyên đán Bính Ngọ 2026" in the lead)
                 or dated_after_merger(keep, [(t0, t1), (l0, l1)]),
                 lambda: dated_before_merger(keep, [(t0, t1), (l0, l1)]))   # round 36: the old namesake's borders
    # after July 2025, "tại xã Bố Trạch, tỉnh Quảng Trị": old Quảng Bình's occasion (partner_venue_parts)
    venue_parts(partners, folded, [(t0, t1), (l0, l1), (l1, n1)], article.published,
                lambda: merger_told(folded, b0, b1) is not None)
    if not partners.parties:
        warnings.append(M_("no Vietnamese locality found"))
    return PagePlaces(all_mentions, title_mentions, body_mentions, partners)

"""The texts of the detail pane's rows that take more than a field's value: the year's
cue, the date as the page wrote it (or a reader's date), the pair (a region as itself),
when the page was published, and the names a row keeps whole where it wraps. Plain strings (the pane wraps them in
``Content``)."""

from __future__ import annotations

from typing import Any

from ..i18n import _
from .text import visible

__all__ = ["event_names", "pair_line", "published_line", "written_line", "year_cue_line"]


def year_cue_line(event: dict[str, Any]) -> str:
    """"year 2023 from 'phương hướng hợp tác năm 2023'": the words that gave the year
    (the event's ``year_cue``); empty when the year is unknown or stated as such."""
    cue = event.get("year_cue")
    year = str(event.get("date") or "")[:4]
    if not isinstance(cue, dict) or not cue.get("text") or not year.isdigit():
        return ""
    return _("year {year} from '{cue}'").format(year=year, cue=cue["text"])


def written_line(event: dict[str, Any]) -> str:
    """The date as the page wrote it ("“Chiều 18/2”"). After a reader corrected the date the
    page's words are no longer this date's: the row says so, and gives the words the
    extraction read (kept under ``extracted`` too; events patched into the caches before
    have them on the event only)."""
    extracted = event.get("extracted") or {}
    words = extracted.get("date_text") or event.get("date_text")
    if not (event.get("corrected") and "date" in extracted):
        return f"“{words}”" if words else ""
    by_reader = _("✎ the date is a reader's")
    if not words:
        return by_reader
    return by_reader + "; " + _("the page's words “{words}” gave the extracted date").format(words=words)


def event_names(event: dict[str, Any]) -> list[str]:
    """The places and people an event names (its partners, pair on either map, place,
    people): each kept on one line where the fields wrap."""
    names = [str(x) for key in ("pair", "pair_2025") for x in event.get(key) or ()]
    for party in event.get("parties") or ():
        if isinstance(party, dict):
            names += [str(party.get(k) or "") for k in ("name", "province", "region")]
    names.append(str(event.get("location") or ""))
    names += [str(p.get("name") or "") for p in event.get("people") or () if isinstance(p, dict)]
    return [visible(n) for n in names if n]


def pair_line(event: dict[str, Any]) -> str:
    """``Lào Cai – Yên Bái   (on the 2025 map: Lào Cai)``. A region named as one party shows
    as itself, as the summary line has it: "Hồ Chí Minh – Đồng bằng sông Cửu Long", where
    the stored pair names one of its members ("Bến Tre – Hồ Chí Minh" read as if the
    occasion were Bến Tre's; the Parties row lists the members)."""
    pair = [str(x) for x in event.get("pair") or ()]
    region_of = {str(p.get("province") or p.get("name")): str(p["region"]) for p in event.get("parties") or ()
                 if isinstance(p, dict) and p.get("region")}
    if not any(p in region_of for p in pair):
        text = " – ".join(pair)
        p25 = " – ".join(str(x) for x in event.get("pair_2025") or ())
    else:
        from hoptac.core.places import to_2025

        sides = [(region_of[p], region_of[p]) if p in region_of else (p, to_2025(p) or p)
                 for p in sorted(pair, key=lambda p: p in region_of)]  # the region after its partner
        names = list(dict.fromkeys(a for a, _b in sides))
        text = " – ".join(names)
        p25 = " – ".join(dict.fromkeys(b for _a, b in sides))
    if p25 and p25 != text:
        text += "   " + _("(on the 2025 map: {pair})").format(pair=p25)
    return text


def published_line(published: str) -> str:
    """When the page was published, as people write it: ``2022-04-27 14:35`` (seconds and
    zone left out), the day alone when the page gave no time (stored as midnight:
    "2022-04-27T00:00:00" was shown)."""
    day, sep, time = visible(published).partition("T")
    hour = time[:5]
    if not sep or hour in ("", "00:00"):
        return day
    return f"{day} {hour}" if hour[2:3] == ":" else f"{day} {time}"

"""Plain-text helpers for showing events: safe display strings, dates, labels, name matching.

Nothing here builds markup: every function returns plain ``str`` that the widgets wrap in
``rich.text.Text`` or ``textual.content.Content``, so article text can never be parsed as
markup.
"""

from __future__ import annotations

import re
import unicodedata
from functools import cache
from typing import Any, Iterable

from hoptac.core.text import fold_query

from ..i18n import N_, _

__all__ = [
    "visible",
    "format_date",
    "fitted_date",
    "date_detail",
    "display_date",
    "type_label",
    "short_type_width",
    "party_label",
    "describe_filter",
    "pair_label",
    "pair_parts",
    "parties_label",
    "region_short",
    "match_names",
    "match_or_alias",
    "resolve_name",
    "slug",
]

# C0 controls (except tab/newline handled below) -> Unicode control pictures, so an ESC or a
# NUL in a title shows as "␛" / "␀" instead of reaching the terminal.
_C0 = {cp: chr(0x2400 + cp) for cp in range(0x20)}
_C0[0x7F] = "\u2421"  # ␡
_TABLE: dict[int, str] = dict(_C0)
for _cp in range(0x80, 0xA0):  # C1 controls (a CSI in one byte)
    _TABLE[_cp] = "\ufffd"
# Bidi overrides/isolates and zero-width characters: shown as a visible token, never obeyed.
for _cp in [*range(0x202A, 0x202F), *range(0x2066, 0x206A), 0x200B, 0x200E, 0x200F, 0xFEFF, 0x061C]:
    _TABLE[_cp] = f"<U+{_cp:04X}>"

_NEEDS_WORK = re.compile(r"[\x00-\x1f\x7f-\x9f\u061c\u200b\u200e\u200f\u202a-\u202e\u2066-\u2069\ufeff]")


def visible(text: Any, *, keep_newlines: bool = False) -> str:
    """``text`` as something safe to put on one terminal cell row: NFC (so NFD Vietnamese
    shows as it should), control characters as visible pictures, bidi controls as tokens.

    With ``keep_newlines`` newlines and tabs survive (for the article body)."""
    s = "" if text is None else str(text)
    if not s.isascii():
        s = unicodedata.normalize("NFC", s)
    if not _NEEDS_WORK.search(s):
        return s
    if keep_newlines:
        s = s.replace("\r\n", "\n").replace("\r", "\n")
        parts = s.split("\n")
        return "\n".join(p.replace("\t", "    ").translate(_TABLE) for p in parts)
    s = s.replace("\r\n", " ").replace("\n", " ").replace("\t", " ")
    return s.translate(_TABLE)


# --- dates ---------------------------------------------------------------------------------


def _year_known(date: str) -> bool:
    return len(date) >= 4 and date[:4].isdigit()


def format_date(event: dict[str, Any]) -> tuple[str, str]:
    """``(marker, date)`` for a timeline row.

    marker: ``"~"`` the year was inferred, else ``" "`` (an unknown year shows as ``????``).
    date: ``2023-02-18``, ``2018-11`` (month), ``2018`` (year), ``????-02-18`` (unknown year),
    ``????-??-??`` (no date in the text),
    a range ``2018-11-24–25`` / ``2018-11-30–12-01`` / ``2018-12-30–2019-01-02``.
    """
    date = str(event.get("date") or "")
    end = str(event.get("date_end") or "")
    if not date:  # the article tells the occasion but dates it nowhere
        return " ", "????-??-??"
    if not _year_known(date):
        marker = " "  # the "????" says it
        shown = "????" + date[1:] if date.startswith("--") else date
    else:
        marker = "~" if event.get("year_inferred") else " "
        shown = date
    if end and end != date:
        if _year_known(end) and _year_known(date) and end[:4] == date[:4]:
            if end[:7] == date[:7] and len(end) >= 10:
                shown += "–" + end[8:]
            else:
                shown += "–" + end[5:]
        elif end.startswith("--") and date.startswith("--"):
            # a range of unknown year: "????-03-26–28" as "2018-11-24–25"
            shown += "–" + (end[5:] if end[:5] == date[:5] and len(end) >= 7 else end[2:])
        else:
            shown += "–" + end
    return marker, visible(shown)


def fitted_date(event: dict[str, Any], cells: int) -> str:
    """A timeline row's date (:func:`format_date`'s, the marker apart) in ``cells``: a range
    too wide shows its first day and "…" (the detail gives the end), but a range of unknown
    year, whose first day alone would hide that the year is unknown *and* where it ends,
    is written short and whole where that fits: "??-03-26–28" (a month's days), "03-30–04-02"
    (under the "Year unknown" heading)."""
    shown = format_date(event)[1]
    if len(shown) <= cells or not event.get("date_end"):
        return shown
    if shown.startswith("????-"):
        for short in ("??" + shown[4:], shown[5:]):
            if len(short) <= cells:
                return short
    return format_date({**event, "date_end": None})[1] + "…"


_SOURCES = {
    "stated": N_("year stated"),
    "published": N_("year from the publication date"),
    "context": N_("year inferred from context"),
    "unknown": N_("year unknown"),
    "reader": N_("corrected by a reader"),  # core/store/corrections.apply
}
_PRECISIONS = {"day": N_("day"), "month": N_("month"), "year": N_("year"), "none": N_("no date in the text")}


def shown_date(date: str | None) -> str:
    """A stored date as people read it: ``????-03-26`` for a day of unknown year (kept as
    ``--03-26``, a form the reader never sees), any other as it is."""
    return "????" + date[1:] if date and date.startswith("--") else (date or "")


def shown_dates(changes: dict[str, Any]) -> dict[str, Any]:
    """A correction's values with its dates as people read them (:func:`shown_date`)."""
    return {k: shown_date(v) if k in ("date", "date_end") and isinstance(v, str) else v for k, v in changes.items()}


def date_detail(event: dict[str, Any]) -> str:
    """One line for the detail pane: ``~2023-02-18 · day · year inferred from context``."""
    marker, shown = format_date(event)
    precision = str(event.get("precision") or "day")
    precision = _(_PRECISIONS[precision]) if precision in _PRECISIONS else visible(precision)
    source = _SOURCES.get(str(event.get("year_source") or ""), "")
    if str(event.get("date") or "").startswith("--"):  # a reader's day without a year too
        source = _SOURCES["unknown"]
    if not source:
        source = N_("year inferred") if event.get("year_inferred") else N_("year stated")
    return f"{marker.strip()}{shown} · {precision} · {_(source)}"


def display_date(event: dict[str, Any]) -> str:
    """The one way a date is written for people, in the app and in tables: ``~2023-02-18``
    (inferred year), ``????-08-03`` (unknown year), ranges ``2018-11-24–25``. (JSON keeps
    the record's ISO forms, ``--08-03`` for an unknown year.)"""
    marker, shown = format_date(event)
    return marker.strip() + shown


# --- labels --------------------------------------------------------------------------------

# the timeline's narrow column is as wide as the widest short form in the interface's
# language (5 cells in English; Vietnamese's are whole words a reader knows, "họp",
# "công bố", not cut ones such as "hnghị", "c.bố")
_SHORT_TYPES = {"conference": N_("conf"), "signing": N_("sign"), "visit": N_("visit"),
                "announcement": N_("annc"), "other": N_("other")}
_TYPES = {"conference": N_("conference"), "signing": N_("signing"), "visit": N_("visit"),
          "announcement": N_("announcement"), "other": N_("other")}


def short_type_width() -> int:
    """Cells of the timeline's narrow type column: its widest short form, translated."""
    from ..i18n import language

    return _short_width(language())


@cache
def _short_width(lang: str) -> int:  # (a short form is letters of one cell each)
    return max(len(_(label)) for label in _SHORT_TYPES.values())


def type_label(event_type: str | None, *, short: bool) -> str:
    t = str(event_type or "other")
    if short:
        return _(_SHORT_TYPES[t]) if t in _SHORT_TYPES else visible(t)[:5]
    return _(_TYPES[t]) if t in _TYPES else visible(t)


def describe_filter(flt: Any) -> str:
    """A filter for people, in the interface's language: ``Lào Cai – Yên Bái · 2018–2020 ·
    signing`` (dates as a range is written everywhere; ``…`` an open end)."""
    bits: list[str] = []
    if flt.pair:
        bits.append(f"{flt.pair[0]} – {flt.pair[1]}")
    if flt.province:
        bits.append(str(flt.province))
    if flt.since or flt.until:
        bits.append(f"{flt.since or '…'}–{until_label(flt.until) if flt.until else '…'}")
    if flt.type:
        bits.append(type_label(flt.type, short=False))
    if flt.level:
        bits.append(str(flt.level))
    if flt.search:
        bits.append(f"“{flt.search}”")
    if flt.article_id:
        bits.append(_("one article"))
    if getattr(flt, "person", None):
        bits.append(_("person {name}").format(name=flt.person))
    if getattr(flt, "map", None):
        bits.append(_("map {map}").format(map=flt.map))
    return visible(" · ".join(bits))


def until_label(until: str) -> str:
    """An upper bound as it was typed: ``2020-12-31`` → ``2020``, ``2020-02-29`` →
    ``2020-02`` (a year or a month is stored as its last day; the same events either way)."""
    import calendar

    if len(until) == 10 and until[:4].isdigit() and until[5:7].isdigit() and until[8:].isdigit():
        year, month, day = int(until[:4]), int(until[5:7]), int(until[8:])
        if (month, day) == (12, 31):
            return until[:4]
        if 1 <= month <= 12 and day == calendar.monthrange(year, month)[1]:
            return until[:7]
    return until


def party_label(party: dict[str, Any]) -> str:
    """``Bảo Thắng (huyện, Lào Cai)``, ``Hủa Phăn (tỉnh, Lào)`` (a foreign partner's country)."""
    from .names import country_of

    name, level, prov = party.get("name") or "?", party.get("level"), party.get("province")
    country = party.get("country") or country_of(str(prov or name))  # records carry it; older ones do not
    extra = ", ".join(str(x) for x in (level, prov if prov and prov != name else None, country) if x)
    return visible(f"{name} ({extra})" if extra else str(name))


def pair_label(event: dict[str, Any], *, short: bool = False) -> str:
    """``Lào Cai – Yên Bái``, ``+N`` when more partners take part; with ``short`` the
    gazetteer's short forms (``TP.HCM – Lào Cai``). A region named as one party shows as
    itself, by its short form: ``TP.HCM – ĐBSCL`` for TP.HCM and the 13 provinces of the
    Mekong delta (each a party, with its ``region``)."""
    shown, extra = pair_parts(event, short=short)
    label = " – ".join(shown) if shown else "—"
    return label + (f" +{extra}" if extra > 0 else "")


def pair_parts(event: dict[str, Any], *, short: bool = False) -> tuple[list[str], int]:
    """The names :func:`pair_label` joins, and how many more partners take part (``+N``)."""
    from .names import short_name

    name = short_name if short else (lambda n: n)
    parties = event.get("parties") or ()
    pair = list(event.get("pair") or ())
    if not pair:
        for party in parties:
            p = party.get("province") or party.get("name")
            if p and p not in pair:
                pair.append(p)
        pair = pair[:2]
    region_of = {str(p.get("province") or p.get("name")): str(p["region"]) for p in parties
                 if isinstance(p, dict) and p.get("region")}
    shown: list[str] = []
    regions: set[str] = set()
    for p in sorted(pair, key=lambda p: p in region_of):   # the region after the partner it is joined to
        region = region_of.get(p)
        if region is None:
            shown.append(visible(name(p)))
        elif region not in regions:
            regions.add(region)
            shown.append(visible(region_short(region)))
    provinces = {p.get("province") or p.get("name") for p in parties}
    covered = set(pair) | {p for p, r in region_of.items() if r in regions}
    return shown, len(provinces - covered) if event.get("pair") else 0


def region_short(region: str) -> str:
    """``Đồng bằng sông Cửu Long`` -> ``ĐBSCL`` (:mod:`hoptac.core.places_regions`)."""
    from hoptac.core.places_regions import REGIONS

    return next((r.short for r in REGIONS if r.name == region), region)


def parties_label(parties: Iterable[dict[str, Any]]) -> str:
    """The parties, ``·`` between them; the members of a region named as one party together:
    ``Hồ Chí Minh (thành phố) · Tây Nguyên (vùng, 5: Đắk Lắk, Đắk Nông, Gia Lai, Kon Tum, Lâm Đồng)``
    ("vùng", like the level words "tỉnh", "huyện" of the other parties, is the gazetteer's word)."""
    order: list[tuple[str, str]] = []   # ("party", its label) or ("region", its name)
    members: dict[str, list[str]] = {}
    for p in parties:
        if not isinstance(p, dict):
            continue
        region = str(p.get("region") or "")
        if not region:
            order.append(("party", party_label(p)))
            continue
        if region not in members:
            members[region] = []
            order.append(("region", region))
        members[region].append(str(p.get("name") or "?"))
    return " · ".join(text if kind == "party" else visible(
        f"{text} (vùng, {len(members[text])}: {', '.join(members[text])})") for kind, text in order)


# --- names ---------------------------------------------------------------------------------


def match_names(query: str, names: Iterable[str], limit: int = 200) -> list[str]:
    """Names matching ``query`` accent- and case-insensitively: names starting with it, then
    names with a word starting with it, then names containing it."""
    q = fold_query(query)
    names = list(names)
    if not q:
        return names[:limit]
    starts, words, inside = [], [], []
    for name in names:
        f = fold_query(name)
        if f.startswith(q):
            starts.append(name)
        elif f" {q}" in f" {f}":
            words.append(name)
        elif q in f or q.replace(" ", "") in f.replace(" ", ""):
            inside.append(name)
    return (starts + words + inside)[:limit]


def match_or_alias(query: str, names: list[str]) -> list[str]:
    """:func:`match_names`; else the one name the gazetteer knows ``query`` by ("hcm",
    "sai gon", "tp hcm" → Hồ Chí Minh), when it is among ``names`` (the pickers said
    "no match" to what the filters dialog took)."""
    found = match_names(query, names)
    if found or not query.strip():
        return found
    known = resolve_name(query, names)
    return [known] if known in names else []


def resolve_name(query: str, names: Iterable[str]) -> str | None:
    """The one name ``query`` means (exact folded match, else the only match), else the
    gazetteer's answer (aliases such as "TP HCM"), else None."""
    q = fold_query(query)
    if not q:
        return None
    names = list(names)
    for name in names:
        if fold_query(name) == q:
            return name
    found = match_names(query, names)
    if len(found) == 1:
        return found[0]
    try:
        from hoptac.core.store.query import parse_province

        canonical = parse_province(query)
    except Exception:  # places not available yet, or an unknown or ambiguous name
        return None
    return canonical


def slug(text: str) -> str:
    """``Lào Cai – Yên Bái`` -> ``lao-cai-yen-bai`` (for file names)."""
    folded = fold_query(text)
    return re.sub(r"[^a-z0-9]+", "-", folded).strip("-")[:60]

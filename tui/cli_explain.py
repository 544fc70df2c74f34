"""``hoptac explain FILE``: how one article was read, in plain text.

Headline, lead and body spans, the chrome cut and why, every date with its verdict,
every place with its level and province, the year cues, the main event and why it was
chosen, the other events. Article text is printed inert (:func:`printable`), never as
markup.
"""

from __future__ import annotations

from pathlib import Path

import click

from ..core.rxcache import cached_compiles

with cached_compiles("explain"):  # the rules' small regexes: read from one file, not compiled
    from ..core.extract.decode import DecodeError, decode
    from ..core.extract.explain import Explanation, explain_text
    from ..core.ingest import MAX_BYTES
from ..core.text import printable
from .cli_common import CONTEXT, fail
from .i18n import N_, _, tr
from .widgets.text import parties_label, type_label


def _q(s: str) -> str:
    return "“" + printable(s, newlines=False) + "”"


def _span(span) -> str:
    return f"[{span[0]}:{span[1]}]" if span else "[-]"


# the labels of the lines, padded to one column in the language spoken
_LABELS = {
    "file": N_("file"), "headline": N_("headline"), "published": N_("published"), "clock": N_("page clock"),
    "lead": N_("lead"), "body": N_("body"), "chrome": N_("chrome cut"), "teasers": N_("teasers"),
    "captions": N_("captions"), "dates": N_("dates"), "cues": N_("year cues"), "bounds": N_("year bounds"),
    "places": N_("places"), "warnings": N_("warnings"),
}
_MAIN = {"date": N_("date"), "year_from": N_("year from"), "written": N_("written"), "chosen": N_("chosen"),
         "type": N_("type"), "pair": N_("pair"), "parties": N_("parties"), "location": N_("location")}
_YEAR_SOURCES = {"stated": N_("year stated"), "published": N_("year from the publication date"),
                 "context": N_("year inferred from context"), "unknown": N_("year unknown")}


def render(ex: Explanation, name: str) -> list[str]:
    width = max(11, *(len(_(v)) for v in _LABELS.values()))
    sub = max(9, *(len(_(v)) for v in _MAIN.values()))

    def lab(key: str) -> str:
        return f"{_(_LABELS[key]):<{width}} "

    def mlab(key: str) -> str:
        return f"  {_(_MAIN[key]):<{sub}} "

    out = [f"{lab('file')}{printable(name, newlines=False)}"]
    if ex.headline:
        out.append(f"{lab('headline')}{_span(ex.headline)} {_q(ex.excerpt(ex.headline))}")
    else:
        out.append(lab("headline") + _("none: the page opens with its lead; shown as {title}").format(title=_q(ex.title)))
    if ex.published:
        found = _q(ex.excerpt(ex.published_span)) if ex.published_span else ""
        out.append((lab("published") + _("{when} from {span} {text}").format(
            when=ex.published, span=_span(ex.published_span), text=found)).rstrip())
    else:
        out.append(lab("published") + _("none found"))
    if ex.clock:
        out.append(lab("clock") + _("{clock} (an upper bound on the year, never the year)").format(clock=ex.clock))
    out.append(f"{lab('lead')}{_span(ex.lead)} {_q(ex.excerpt(ex.lead))}")
    out.append(f"{lab('body')}{_span(ex.body)}")
    out.append(f"{lab('chrome')}{len(ex.chrome)}")
    for span, why in ex.chrome:
        out.append(f"  {_span(span):<13} {printable(tr(why), newlines=False)}: {_q(ex.excerpt(span, 60))}")
    for key, spans in (("teasers", ex.teasers), ("captions", ex.captions)):
        if spans:
            out.append(f"{lab(key)}{len(spans)}")
            out += [f"  {_span(s):<13} {_q(ex.excerpt(s, 70))}" for s in spans]
    out.append(f"{lab('dates')}{len(ex.dates)}")
    for d in ex.dates:
        score = " " + _("score {score}").format(score=d["score"]) \
            if d["verdict"] in ("event", "range", "issued", "caption") else ""
        lead = " " + _("(lead)") if d["in_lead"] else ""
        out.append(f"  {_span(d['span']):<13} {_q(d['text'])} {d['verdict']}{lead}{score}: "
                   f"{printable(tr(d['why']), newlines=False)} [{d['rule']}]")
    out.append(f"{lab('cues')}{len(ex.cues)}")
    for c in ex.cues:
        out.append(f"  {_span(c['span']):<13} {c['kind']} → {c['year']}: {_q(c['text'])}")
    out.append(f"{lab('bounds')}{len(ex.bounds)}")
    for b in ex.bounds:
        where = _span(b["span"]) if b["span"] else _("page")
        kind = _("{kind}, the tightest").format(kind=b["kind"]) if b["used"] else b["kind"]
        out.append(f"  {where:<13} {b['side']} {b['date']} ({kind}): {_q(b['text'])}")
    out.append(f"{lab('places')}{len(ex.places)}")
    for p in ex.places:
        if p["name"]:
            where = _("{level} {name}, province {province}").format(level=p["level"] or "?", name=p["name"],
                                                                     province=p["province"])
            if p["country"] and p["country"] != "Việt Nam":
                where += f" ({p['country']})"
        elif p.get("candidates", 0) > 1:   # a homonym ("xã Trường Sơn"): known, but none of its provinces is named
            where = _("one of {n} places of that name, none in a province the page names: unknown").format(
                n=p["candidates"])
        else:
            where = _("not in the gazetteer")
        out.append(f"  {_span(p['span']):<13} {_q(p['text'])} {printable(where, newlines=False)}")
    out.append(_("main event"))
    if ex.main is None:
        out.append("  " + _("none: {why}").format(why=printable("; ".join(tr(w) for w in ex.warnings) or tr(ex.main_why),
                                                                  newlines=False)))
    else:
        m = ex.main
        source = _(_YEAR_SOURCES[m["year_source"]]) if m["year_source"] in _YEAR_SOURCES else m["year_source"]
        precision = _(m["precision"]) if m["precision"] in ("day", "month", "year") else m["precision"]
        if m["date"] is None:  # the occasion is told, its date is not
            out.append(mlab("date") + _("none: the text dates no occasion"))
        else:
            out.append(mlab("date") + f"{m['date']}" + (f" – {m['date_end']}" if m.get("date_end") else "")
                       + f" ({precision}, {source})")
        cue = m.get("year_cue")
        if cue:
            out.append(f"{mlab('year_from')}{_q(cue['text'])} ({cue['kind']})")
        if m.get("date_text"):
            out.append(f"{mlab('written')}{_q(m['date_text'])}")
        out.append(f"{mlab('chosen')}{printable(tr(ex.main_why), newlines=False)}")
        out.append(f"{mlab('type')}{type_label(m['type'], short=False)}: {printable(tr(ex.type_why), newlines=False)}")
        none, not_stated = _("none"), _("not stated")
        out.append(mlab("pair") + printable(" – ".join(m["pair"]) or none, newlines=False)
                   + (f": {printable(tr(ex.pair_why), newlines=False)}" if ex.pair_why else ""))
        parties = m.get("parties") or ()
        if len(parties) > 2 or any(p.get("region") for p in parties):   # who else, and a region's members
            out.append(mlab("parties") + printable(parties_label(parties), newlines=False))
        out.append(mlab("location") + printable(m.get("location") or not_stated, newlines=False))
    out.append(_("other events") + f" {len(ex.others)}")
    for e in ex.others:
        out.append(f"  {e['date']} {type_label(e['type'], short=False)}: {_q(e['date_text'])}")
    if ex.warnings:
        out.append(lab("warnings") + printable("; ".join(tr(w) for w in ex.warnings), newlines=False))
    return out


@click.command(context_settings=CONTEXT)
@click.argument("file", type=click.Path(path_type=Path, readable=False))  # unreadable: our one line
def explain(file: Path) -> None:
    """Show how FILE (one article) is read: headline, lead, chrome cut, every date with its
    verdict, every place, and the main event with why it was chosen."""
    try:
        if file.is_dir():
            fail(_("{file}: a folder; explain reads one article file").format(file=file))
        if file.stat().st_size > MAX_BYTES:
            fail(_("{file}: too large for an article").format(file=file))
        data = file.read_bytes()
    except FileNotFoundError:
        fail(_("{file}: no such file").format(file=file))
        return
    except OSError as exc:
        fail(_("{file}: cannot be read ({reason})").format(file=file, reason=exc.strerror or exc))
        return
    try:
        text = decode(data)
    except DecodeError as exc:
        fail(f"{file}: {tr(exc)}")
        return
    for line in render(explain_text(text, source=str(file)), str(file)):
        click.echo(line)

"""``hoptac explain FILE``: how one article was read, in plain text.

Headline, lead and body spans, the chrome cut and why, every date with its verdict,
every place with its level and province, the year cues, the main event and why it was
chosen, the other events. Article text is printed inert (:func:`printable`), never as
markup.
"""

from __future__ import annotations

from pathlib import Path

import click

from ..core.extract.decode import DecodeError, decode
from ..core.extract.explain import Explanation, explain_text
from ..core.ingest import MAX_BYTES
from ..core.text import printable
from .cli_common import CONTEXT, fail


def _q(s: str) -> str:
    return "“" + printable(s, newlines=False) + "”"


def _span(span) -> str:
    return f"[{span[0]}:{span[1]}]" if span else "[-]"


def render(ex: Explanation, name: str) -> list[str]:
    out = [f"file        {printable(name, newlines=False)}"]
    if ex.headline:
        out.append(f"headline    {_span(ex.headline)} {_q(ex.excerpt(ex.headline))}")
    else:
        out.append(f"headline    none: the page opens with its lead; shown as {_q(ex.title)}")
    if ex.published:
        out.append(f"published   {ex.published} from {_span(ex.published_span)} "
                   f"{_q(ex.excerpt(ex.published_span)) if ex.published_span else ''}".rstrip())
    else:
        out.append("published   none found")
    if ex.clock:
        out.append(f"page clock  {ex.clock} (an upper bound on the year, never the year)")
    out.append(f"lead        {_span(ex.lead)} {_q(ex.excerpt(ex.lead))}")
    out.append(f"body        {_span(ex.body)}")
    out.append(f"chrome cut  {len(ex.chrome)}")
    for span, why in ex.chrome:
        out.append(f"  {_span(span):<13} {printable(why, newlines=False)}: {_q(ex.excerpt(span, 60))}")
    for label, spans in (("teasers", ex.teasers), ("captions", ex.captions)):
        if spans:
            out.append(f"{label:<11} {len(spans)}")
            out += [f"  {_span(s):<13} {_q(ex.excerpt(s, 70))}" for s in spans]
    out.append(f"dates       {len(ex.dates)}")
    for d in ex.dates:
        score = f" score {d['score']}" if d["verdict"] in ("event", "range", "issued", "caption") else ""
        lead = " (lead)" if d["in_lead"] else ""
        out.append(f"  {_span(d['span']):<13} {_q(d['text'])} {d['verdict']}{lead}{score}: "
                   f"{printable(d['why'], newlines=False)} [{d['rule']}]")
    out.append(f"year cues   {len(ex.cues)}")
    for c in ex.cues:
        out.append(f"  {_span(c['span']):<13} {c['kind']} → {c['year']}: {_q(c['text'])}")
    out.append(f"year bounds {len(ex.bounds)}")
    for b in ex.bounds:
        where = _span(b["span"]) if b["span"] else "page"
        out.append(f"  {where:<13} {b['side']} {b['date']} ({b['kind']}{', the tightest' if b['used'] else ''}): "
                   f"{_q(b['text'])}")
    out.append(f"places      {len(ex.places)}")
    for p in ex.places:
        where = (f"{p['level'] or '?'} {p['name']}, province {p['province']}"
                 + (f" ({p['country']})" if p["country"] and p["country"] != "Việt Nam" else "")
                 if p["name"] else "not in the gazetteer")
        out.append(f"  {_span(p['span']):<13} {_q(p['text'])} {printable(where, newlines=False)}")
    out.append("main event")
    if ex.main is None:
        out.append("  none: " + printable("; ".join(ex.warnings) or ex.main_why, newlines=False))
    else:
        m = ex.main
        out.append(f"  date      {m['date']}" + (f" – {m['date_end']}" if m.get("date_end") else "")
                   + f" ({m['precision']}, year {m['year_source']})")
        cue = m.get("year_cue")
        if cue:
            out.append(f"  year from {_q(cue['text'])} ({cue['kind']})")
        out.append(f"  written   {_q(m['date_text'])}")
        out.append(f"  chosen    {printable(ex.main_why, newlines=False)}")
        out.append(f"  type      {m['type']}: {printable(ex.type_why, newlines=False)}")
        out.append(f"  pair      {printable(' – '.join(m['pair']) or 'none', newlines=False)}")
        out.append(f"  location  {printable(m.get('location') or 'not stated', newlines=False)}")
    out.append(f"other events {len(ex.others)}")
    for e in ex.others:
        out.append(f"  {e['date']} {e['type']}: {_q(e['date_text'])}")
    if ex.warnings:
        out.append("warnings    " + printable("; ".join(ex.warnings), newlines=False))
    return out


@click.command(context_settings=CONTEXT)
@click.argument("file", type=click.Path(path_type=Path))
def explain(file: Path) -> None:
    """Show how FILE (one article) is read: headline, lead, chrome cut, every date with its
    verdict, every place, and the main event with why it was chosen."""
    try:
        if file.is_dir():
            fail(f"{file}: a folder; explain reads one article file")
        if file.stat().st_size > MAX_BYTES:
            fail(f"{file}: too large for an article")
        data = file.read_bytes()
    except FileNotFoundError:
        fail(f"{file}: no such file")
        return
    except OSError as exc:
        fail(f"{file}: cannot be read ({exc.strerror or exc})")
        return
    try:
        text = decode(data)
    except DecodeError as exc:
        fail(f"{file}: {exc}")
        return
    for line in render(explain_text(text, source=str(file)), str(file)):
        click.echo(line)

"""How an article was read, as a record: the headline, lead and body spans, the chrome
cut and why, every date mention with its verdict, every place with its level and
province, the year cues, the main event chosen and why, the other events.

:func:`explain_text` builds it (the same reading as ingest); ``hoptac explain FILE``
prints it (:mod:`hoptac.tui.cli_explain`). It is how a user understands a wrong date,
and how a developer finds the next rule to fix.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from .article import Article, parse_article
from .events import extract_events
from .year_bounds import BOUND

__all__ = ["Explanation", "explain_text", "explain_article"]

Span = tuple[int, int]


@dataclass(slots=True)
class Explanation:
    text: str
    headline: Span | None               # None: the page opens with its lead
    title: str
    published: str | None                # ISO time, and where the stamp is
    published_span: Span | None
    clock: str | None                    # a page clock: an upper bound, never the year
    lead: Span
    body: Span
    chrome: list[tuple[Span, str]] = field(default_factory=list)      # what was cut, and why
    teasers: list[Span] = field(default_factory=list)
    captions: list[Span] = field(default_factory=list)
    dates: list[dict[str, Any]] = field(default_factory=list)          # text, span, verdict, why, score
    places: list[dict[str, Any]] = field(default_factory=list)         # text, span, name, level, province, country, candidates
    cues: list[dict[str, Any]] = field(default_factory=list)           # year cues: kind, year, text, span
    bounds: list[dict[str, Any]] = field(default_factory=list)         # year bounds: kind, side, date, text, span, used
    main: dict[str, Any] | None = None                                  # the main event
    main_why: str = ""
    type_why: str = ""
    pair_why: str = ""                   # only when a rule of the event gave the pair (visit_host)
    others: list[dict[str, Any]] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)

    def excerpt(self, span: Span, width: int = 90) -> str:
        """The words of ``span``, on one line, cut to ``width`` characters."""
        s = " ".join(self.text[span[0]:span[1]].split())
        return s if len(s) <= width else s[:width - 1] + "…"


def explain_article(article: Article, *, source: str = "") -> Explanation:
    trace: dict[str, Any] = {}
    events, warnings = extract_events(article, article_id="explain", source=source, trace=trace)
    text = article.text
    ex = Explanation(
        text=text,
        headline=article.title_span if article.title_span != (0, 0) else None,
        title=article.title,
        published=article.published.isoformat(" ", "minutes") if article.published else None,
        published_span=article.published_span,
        clock=article.clock.isoformat(" ", "minutes") if article.clock else None,
        lead=article.lead_span(),
        body=article.body_span,
        chrome=[((s, e), why) for s, e, why in article.chrome],
        teasers=list(article.teasers),
        captions=list(article.captions),
        warnings=list(article.warnings) + warnings,
    )
    for r in trace.get("readings", []):
        m = r.mention
        ex.dates.append({"text": m.text, "span": (m.start, m.end), "verdict": r.verdict, "why": r.why,
                         "score": r.score, "rule": m.rule, "in_lead": r.in_lead})
    for m, place in trace.get("places", []):
        ex.places.append({"text": text[m.start:m.end], "span": (m.start, m.end),
                          "name": place.name if place else None, "level": m.level_word or (place.level if place else None),
                          "province": place.province if place else None, "country": place.country if place else None,
                          "candidates": len({(c.province, c.country) for c in m.candidates or ()})})
    keep = trace.get("keep", text)
    for c in trace.get("cues", []):
        if c.start >= 0:
            ex.cues.append({"kind": c.name, "year": c.year, "span": (c.start, c.end),
                            "text": " ".join(keep[c.start:c.end].split())})
    b = trace.get("bounds")
    for x in (b.every if b is not None else []):
        ex.bounds.append({"kind": x.name, "side": BOUND[x.name].side, "date": x.day.isoformat(),
                          "span": (x.start, x.end) if x.start >= 0 else None,
                          "text": " ".join(keep[x.start:x.end].split()) if x.start >= 0 else x.name,
                          "used": x is b.lower or x is b.upper})
    ex.main_why = trace.get("main_why", "")
    ex.type_why = trace.get("main_whys", {}).get("type", "")
    ex.pair_why = trace.get("main_whys", {}).get("pair", "")
    ex.main = next((e for e in events if e["main"]), None)
    ex.others = [e for e in events if not e["main"]]
    return ex


def explain_text(text: str, *, source: str = "") -> Explanation:
    return explain_article(parse_article(text), source=source)

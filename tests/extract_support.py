"""The main event an article's text gives, for the extraction tests that write their own
sentences (one main event is expected; the warnings say why when there is none)."""

from __future__ import annotations

from hoptac.core.extract.article import parse_article
from hoptac.core.extract.events import extract_events
from hoptac.core.extract.partners import principal_partners
from hoptac.core.places import find_places


def events_of(text: str):
    """The parsed article, all its events and the warnings (for tests that look past the main event)."""
    art = parse_article(text)
    events, warnings = extract_events(art, article_id="t", source="t.txt")
    return art, events, warnings


def main_event(text: str) -> dict:
    events, warnings = extract_events(parse_article(text), article_id="t", source="t.txt")
    mains = [e for e in events if e["main"]]
    assert len(mains) == 1, warnings
    return mains[0]


def main_or_none(text: str) -> dict | None:
    """The main event, or None where the page gives none (for shapes that may give no event)."""
    events, _ = extract_events(parse_article(text), article_id="t", source="t.txt")
    return next((e for e in events if e["main"]), None)


def first_provinces(text: str) -> list[str]:
    """The province of each place found in ``text``, by its first candidate."""
    return [m.candidates[0].province for m in find_places(text)]


HEAD = "Hai địa phương tăng cường hợp tác\n\n"  # a neutral headline: the lead decides


def lead_event(sentence: str) -> dict:
    """The main event of a page that is a neutral headline and the one lead sentence."""
    return main_event(HEAD + sentence + "\n")


def partners(title: str, lead: str, *body: str, home: set[str] | None = None):
    """Partners of an article made of a headline, a lead paragraph and body paragraphs
    (``home``: the provinces the page's chrome names)."""
    text = "\n".join([title, lead, *body])
    t1 = len(title)
    l0, l1 = t1 + 1, t1 + 1 + len(lead)
    found = find_places(text)
    title_m = [m for m in found if m.start < t1]
    body_m = [m for m in found if m.start >= l0]
    lead_m = [m for m in body_m if m.start < l1]
    return principal_partners(text, title_m, text, lead_m, body_m,
                              home=None if home is None else (lambda: home))

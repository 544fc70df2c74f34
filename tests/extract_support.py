"""The main event an article's text gives, for the extraction tests that write their own
sentences (one main event is expected; the warnings say why when there is none).

One module for every test file's small reading helpers (import them under the file's own short
name, ``from extract_support import first_main as _main``): each helper here keeps the exact
behaviour the copies it replaced had, so a test reads the same. Which to take:

- ``main_event``: exactly one main event (an AssertionError with the warnings otherwise);
- ``first_main``: the first main event (StopIteration where there is none);
- ``main_or_none``: the main event or None;
- ``events_in``: all the events; ``other_dates``: the dates of the events that are not the main one;
- ``date_of_main``, ``date_or_empty``, ``type_of_main``, ``headed_type``, ``year_of``, ``known_year``,
  ``year_or_unknown``: one field of the main event, each as the tests that share it read it;
- ``verdicts_of``: each date mention's verdict in the trace;
- ``titles_of``: each person's title, the places told apart as the pipeline does (``core.places.resolve``).
"""

from __future__ import annotations

from hoptac.core.extract.article import parse_article
from hoptac.core.extract.events import extract_events
from hoptac.core.extract.partners import principal_partners
from hoptac.core.extract.people import find_people
from hoptac.core.places import find_places, resolve


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


def first_main(text: str) -> dict:
    """The first main event (StopIteration where the page gives none: the test fails)."""
    return next(e for e in events_in(text) if e["main"])


def events_in(text: str) -> list[dict]:
    """All the events the page gives (the warnings dropped)."""
    return extract_events(parse_article(text), article_id="t", source="t.txt")[0]


def other_dates(text: str) -> list[str]:
    """The date of each event that is not the main one, in the order they are given."""
    return [e["date"] for e in events_in(text) if not e["main"]]


def verdicts_of(text: str) -> dict:
    """Each date mention's text and the verdict the reading gave it (from the trace)."""
    trace: dict = {}
    extract_events(parse_article(text), article_id="t", source="t.txt", trace=trace)
    return {r.mention.text: r.verdict for r in trace["readings"]}


def date_of_main(page: str):
    """The main event's date (None where it has no date, or where the page gives no main event)."""
    ev = main_or_none(page)
    return ev and ev["date"]


def date_or_empty(text: str) -> str:
    """The main event's date, or "" where it has none or the page gives no main event."""
    return (main_or_none(text) or {}).get("date") or ""


def type_of_main(page: str) -> str:
    """The main event's type (a TypeError where the page gives no main event: the test fails)."""
    return main_or_none(page)["type"]


def headed_type(head: str, lead: str) -> str:
    """The main event's type on a page that is a headline, a blank line and the lead."""
    return type_of_main(head + "\n\n" + lead + "\n")


def year_of(event: dict | None, *, heed_unknown: bool = True) -> int | None:
    """The year of an event's date as a number; None where there is no event or no date, where the date is
    a day with no year ("--MM-DD") or, with ``heed_unknown``, where the reading calls the year unknown."""
    d = (event or {}).get("date") or ""
    if not d or d.startswith("-") or (heed_unknown and event["year_source"] == "unknown"):
        return None
    return int(d[:4])


def known_year(text: str) -> int | None:
    """``year_of`` the first main event (StopIteration where the page gives none: the test fails)."""
    return year_of(first_main(text))


def year_or_unknown(text: str) -> str:
    """The main event's year as text, or "unknown" where there is no main event, no date, a day with no
    year or a year the reading calls unknown."""
    main = main_or_none(text) or {}
    if not main.get("date") or main.get("year_source") == "unknown" or main["date"].startswith("-"):
        return "unknown"
    return main["date"][:4]


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


def titles_of(text: str) -> dict[str, str]:
    """Each person ``find_people`` reads in ``text``, with their title ('' for none); a name that is a place
    ("Thái Bình") is told apart by ``resolve``."""
    return {p.name: p.title for p in find_people(text, is_place=lambda name: resolve(name) is not None)}

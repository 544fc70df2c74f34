"""The main event an article's text gives, for the extraction tests that write their own
sentences (one main event is expected; the warnings say why when there is none)."""

from __future__ import annotations

from hoptac.core.extract.article import parse_article
from hoptac.core.extract.events import extract_events


def main_event(text: str) -> dict:
    events, warnings = extract_events(parse_article(text), article_id="t", source="t.txt")
    mains = [e for e in events if e["main"]]
    assert len(mains) == 1, warnings
    return mains[0]


HEAD = "Hai địa phương tăng cường hợp tác\n\n"  # a neutral headline: the lead decides


def lead_event(sentence: str) -> dict:
    """The main event of a page that is a neutral headline and the one lead sentence."""
    return main_event(HEAD + sentence + "\n")

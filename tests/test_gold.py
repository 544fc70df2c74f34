"""The five seed articles meet the careful human reading in seeds-gold.json, in full."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from hoptac.core.extract.article import parse_article
from hoptac.core.extract.events import extract_events
from hoptac.core.ingest import article_id_for
from hoptac.core.extract.decode import decode

ROOT = Path(__file__).resolve().parent.parent
GOLD = json.loads((Path(__file__).parent / "seeds-gold.json").read_text(encoding="utf-8"))
ARTICLES = {a["file"]: a for a in GOLD["articles"]}


def _extract(name: str):
    text = decode((ROOT / "seeds" / name).read_bytes())
    art = parse_article(text)
    events, _warnings = extract_events(art, article_id=article_id_for(text), source=f"seeds/{name}")
    return art, events


@pytest.fixture(scope="module", params=sorted(ARTICLES))
def seed(request):
    name = request.param
    art, events = _extract(name)
    return ARTICLES[name], art, events


def test_title(seed):
    gold, art, _ = seed
    assert art.title == gold["title"]


def test_published(seed):
    gold, art, _ = seed
    if "published" in gold:
        assert art.published is not None and art.published.isoformat(timespec="minutes") == gold["published"]
    else:
        assert art.published is None


def test_exactly_one_main_event(seed):
    _, _, events = seed
    assert sum(1 for e in events if e["main"]) == 1


def test_main_event(seed):
    gold, _, events = seed
    main = next(e for e in events if e["main"])
    want = gold["main_event"]
    assert main["date"] == want["date"]
    assert main["date_end"] == want["date_end"]
    assert main["year_inferred"] == want["year_inferred"]
    assert main["type"] == want["type"]
    assert main["location"] == want["location"]
    assert main["pair"] == gold["pair"]


def test_levels(seed):
    gold, _, events = seed
    main = next(e for e in events if e["main"])
    by_province = {p["province"]: p["level"] for p in main["parties"]}
    assert sorted(by_province) == sorted(gold["pair"])
    # gold lists levels in the order of its pair
    assert [by_province[p] for p in gold["pair"]] == gold["levels"]


def test_other_events(seed):
    gold, _, events = seed
    others = [e for e in events if not e["main"]]
    got = {(e["date"], e["type"], e["location"]) for e in others}
    want = {(o["date"], o["type"], o["location"]) for o in gold["other_events"]}
    assert got == want


def test_people(seed):
    gold, _, events = seed
    main = next(e for e in events if e["main"])
    names = [p["name"] for p in main["people"]]
    assert sorted(names) == sorted(gold["people"])
    everyone = {p["name"] for e in events for p in e["people"]}
    for bad in gold["people_must_not_appear"]:
        assert bad not in everyone


def test_boilerplate_never_becomes_an_event(seed):
    gold, art, events = seed
    texts = {e["date_text"] for e in events}
    for item in gold["must_not_appear"]:
        assert item["date_text"] not in texts
        # and the trap really lies outside the body
        pos = art.text.find(item["date_text"])
        assert pos != -1
        assert not (art.body_span[0] <= pos < art.body_span[1]) or any(s <= pos < e for s, e in art.boilerplate)


def test_spans_point_at_snippets(seed):
    _, art, events = seed
    for e in events:
        s, t = e["span"]
        assert art.text[s:t] == e["snippet"]
        assert e["date_text"] in e["snippet"]


def test_pair_2025_collapses_merged_partners():
    _, events = _extract("002_c5d376b14e6dff08.txt")  # Lào Cai + Yên Bái became one Lào Cai
    main = next(e for e in events if e["main"])
    assert main["pair_2025"] == ["Lào Cai"]
    _, events = _extract("001_18231fda04807153.txt")  # Thái Bình merged into Hưng Yên
    main = next(e for e in events if e["main"])
    assert main["pair_2025"] == ["Hưng Yên", "Lào Cai"]

"""Databases for the app's tests, built without the extractor.

* :func:`build_fixture_db` — the five sample articles (real text, events as a careful reader
  would record them, boilerplate marked) plus a few small Vietnamese articles so the
  timeline has 2006–2024, several pairs (Lào Cai–Thái Bình, Lào Cai–Yên Bái, Hà Nội–Lào Cai
  …), a three-party event, a foreign partner, month and year precision, a range and an
  unknown-year event.
* :func:`build_hostile_db` — titles and bodies full of markup, control characters, bidi
  overrides and NFD text.
* :func:`build_synthetic_db` / :func:`synthetic_events` — N generated events, for timing.

The helpers that drive the app (make_app, press, settle, …) live in app_pilot; they are imported
here too, since many tests take them from this module.
"""

from __future__ import annotations

import hashlib
import random
import re
import unicodedata
from pathlib import Path
from typing import Any, Iterable

import pytest

from hoptac.core.store.segments import IngestItem, Store

from app_pilot import (  # noqa: F401 (the tests import these from here)
    cursor_event,
    goto_date,
    keys,
    make_app,
    open_library,
    press,
    said_soon,
    screen_text,
    settle,
    shown_events,
    type_text,
    wait_workers,
)

SEEDS = Path(__file__).resolve().parent.parent / "seeds"


def _hash(*parts: str) -> str:
    return hashlib.sha256("\x1f".join(parts).encode("utf-8")).hexdigest()[:16]


def make_article(source: str, text: str, *, title: str | None = None, published: str | None = None,
                 body: tuple[str | None, str | None] = (None, None),
                 boilerplate: Iterable[str] = (), boilerplate_lines: str | None = None) -> dict[str, Any]:
    """An article record. ``body`` = (text the body starts with, text the body ends before);
    ``boilerplate`` = exact passages that are not the article (first occurrence after the
    body start, or the repeated second occurrence when a passage appears twice);
    ``boilerplate_lines`` = a regex of whole lines that are not the article (image names)."""
    start = text.find(body[0]) if body[0] else 0
    end = text.find(body[1], start) if body[1] else len(text)
    start = max(0, start)
    end = len(text) if end < 0 else end
    spans: list[list[int]] = []
    for passage in boilerplate:
        first = text.find(passage, start)
        second = text.find(passage, first + 1) if first >= 0 else -1
        at = second if second >= 0 else first
        if at >= 0:
            spans.append([at, at + len(passage)])
    if boilerplate_lines:
        for m in re.finditer(boilerplate_lines, text, flags=re.M):
            spans.append([m.start(), m.end()])
    return {
        "id": _hash(text),
        "source": source,
        "title": title if title is not None else text.strip().split("\n", 1)[0],
        "published": published,
        "body_span": [start, end],
        "boilerplate": sorted(spans),
        "text": text,
        "warnings": [],
    }


def sentence(text: str, needle: str) -> tuple[int, int]:
    """The span of the sentence of ``text`` that contains ``needle``."""
    at = text.find(needle)
    if at < 0:
        raise ValueError(f"not in the text: {needle!r}")
    start = max(text.rfind(". ", 0, at) + 2 if text.rfind(". ", 0, at) >= 0 else 0, text.rfind("\n", 0, at) + 1)
    m = re.compile(r"\.(\s|$)|\n").search(text, at + len(needle))
    end = m.start() + 1 if m and m.group(0).startswith(".") else (m.start() if m else len(text))
    return start, end


def make_event(article: dict[str, Any], needle: str, date: str, type_: str,
               parties: list[tuple[str, str, str]], *, date_end: str | None = None, inferred: bool = False,
               year_source: str | None = None, date_text: str = "", location: str | None = None,
               people: Iterable[tuple[str, str]] = (), sectors: Iterable[str] = (), main: bool = True,
               pair: list[str] | None = None, pair_2025: list[str] | None = None) -> dict[str, Any]:
    """An event record; ``parties`` are (name, level, province); ``needle`` picks its sentence."""
    text = article["text"]
    s, e = sentence(text, needle)
    provinces: list[str] = []
    for _n, _l, prov in parties:
        if prov not in provinces:
            provinces.append(prov)
    pair = pair or sorted(provinces[:2], key=_fold)
    if date.startswith("--") or date.count("-") >= 2:
        precision = "day"
    else:
        precision = "month" if len(date) == 7 else "year"
    return {
        "id": _hash(article["id"], date, type_, *pair),
        "article_id": article["id"],
        "source": article["source"],
        "title": article["title"],
        "date": date,
        "date_end": date_end,
        "precision": precision,
        "year_inferred": inferred,
        "year_source": year_source or ("unknown" if date.startswith("--") else ("context" if inferred else "stated")),
        "date_text": date_text,
        "type": type_,
        "main": main,
        "parties": [{"name": n, "level": lv, "province": p} for n, lv, p in parties],
        "pair": pair,
        "pair_2025": pair_2025 if pair_2025 is not None else pair,
        "location": location,
        "people": [{"name": n, "title": t} for n, t in people],
        "sectors": list(sectors),
        "snippet": text[s:e],
        "span": [s, e],
    }


def _fold(s: str) -> str:
    s = unicodedata.normalize("NFD", s.replace("đ", "d").replace("Đ", "D"))
    return "".join(c for c in s if not unicodedata.combining(c)).lower()


def _seed(name: str) -> str:
    return (SEEDS / name).read_text(encoding="utf-8")


T, TP, H = "tỉnh", "thành phố", "huyện"


def fixture_items() -> list[IngestItem]:
    items: list[IngestItem] = []

    # 000: city to city, a two-day range, lead repeated, banner and counters around it
    text = _seed("000_3cf44d39965355e0.txt")
    lead = text.split("\n")[2]
    a = make_article("seeds/000_3cf44d39965355e0.txt", text, body=("Trong hai ngày", "Tin khác"),
                     boilerplate=[lead], title=text.split("\n")[1])
    items.append(IngestItem(a, [make_event(
        a, "Trong hai ngày 24 và 25 tháng 11 năm 2018", "2018-11-24", "conference",
        [("Yên Bái", TP, "Yên Bái"), ("Lào Cai", TP, "Lào Cai")], date_end="2018-11-25",
        date_text="Trong hai ngày 24 và 25 tháng 11 năm 2018", location="Yên Bái",
        people=[("Mai Đình Định", "Bí thư Thành ủy Lào Cai"), ("Ngô Hạnh Phúc", "Bí thư Thành ủy Yên Bái")],
        sectors=["cải cách hành chính", "môi trường"])]))

    # 001: Lào Cai – Thái Bình, image file names inside the body, related articles after it
    text = _seed("001_18231fda04807153.txt")
    a = make_article("seeds/001_18231fda04807153.txt", text, body=("Chiều 8/3", "Có thể bạn quan tâm"),
                     boilerplate_lines=r"^\d+\.JPG$")
    lc_tb = [("Lào Cai", T, "Lào Cai"), ("Thái Bình", T, "Thái Bình")]
    items.append(IngestItem(a, [
        make_event(a, "Chiều 8/3, tại thành phố Lào Cai", "2024-03-08", "conference", lc_tb, inferred=True,
                   date_text="Chiều 8/3", location="Lào Cai", sectors=["nông nghiệp", "du lịch"],
                   people=[("Đặng Xuân Phong", "Bí thư Tỉnh ủy Lào Cai"),
                           ("Ngô Đông Hải", "Bí thư Tỉnh ủy Thái Bình")]),
        make_event(a, "ngày 19/9/2018 tại thành phố Thái Bình", "2018-09-19", "signing", lc_tb,
                   date_text="ngày 19/9/2018", location="Thái Bình", main=False),
    ]))

    # 002: Lào Cai – Yên Bái, with the history of the partnership
    text = _seed("002_c5d376b14e6dff08.txt")
    a = make_article("seeds/002_c5d376b14e6dff08.txt", text, body=("Chiều 18/2", "\n{"),
                     boilerplate=["Tham quan Bảo tàng tỉnh Yên Bái.\n"])
    lc_yb = [("Yên Bái", T, "Yên Bái"), ("Lào Cai", T, "Lào Cai")]
    items.append(IngestItem(a, [
        make_event(a, "Chiều 18/2, tại thành phố Yên Bái", "2023-02-18", "conference", lc_yb, inferred=True,
                   date_text="Chiều 18/2", location="Yên Bái", sectors=["du lịch", "giao thông"],
                   people=[("Đỗ Đức Duy", "Bí thư Tỉnh ủy Yên Bái"), ("Đặng Xuân Phong", "Bí thư Tỉnh ủy Lào Cai")],
                   pair_2025=["Lào Cai"]),
        make_event(a, "ký kết vào ngày 26/2/2006", "2006-02-26", "signing", lc_yb, date_text="ngày 26/2/2006",
                   main=False, pair_2025=["Lào Cai"]),
        make_event(a, "ngày 30/9/2011", "2011-09-30", "signing", lc_yb, date_text="ngày 30/9/2011", main=False,
                   pair_2025=["Lào Cai"]),
        make_event(a, "Ngày 17/4/2021, tại thị xã Sa Pa", "2021-04-17", "conference", lc_yb,
                   date_text="Ngày 17/4/2021", location="Lào Cai", main=False, pair_2025=["Lào Cai"]),
    ]))

    # 003: Hà Nội – Lào Cai, a visit; the news agency's related items after the byline
    text = _seed("003_580a197666628d6c.txt")
    a = make_article("seeds/003_580a197666628d6c.txt", text, body=("Ngày 7/1", "Tin, ảnh:"))
    items.append(IngestItem(a, [make_event(
        a, "Ngày 7/1, tại thành phố Lào Cai", "2017-01-07", "visit",
        [("Hà Nội", TP, "Hà Nội"), ("Lào Cai", T, "Lào Cai")], inferred=True, date_text="Ngày 7/1",
        location="Lào Cai", people=[("Hoàng Trung Hải", "Bí thư Thành ủy Hà Nội")])]))

    # 004: Hà Nội – Hưng Yên, an announcement; comment form after the byline
    text = _seed("004_4b381de25149f7a0.txt")
    a = make_article("seeds/004_4b381de25149f7a0.txt", text, published="2019-07-13T16:25:00+07:00",
                     body=("HNP - Ngày 11/7", "Các bài mới đăng"))
    items.append(IngestItem(a, [make_event(
        a, "HNP - Ngày 11/7", "2019-07-11", "announcement", [("Hà Nội", TP, "Hà Nội"), ("Hưng Yên", T, "Hưng Yên")],
        inferred=True, year_source="published", date_text="Ngày 11/7", location="Hà Nội")]))

    # small articles written for the fixture
    def small(source: str, title: str, body: str, events: list[tuple[Any, ...]]) -> None:
        text = f"{title}\n\n{body}\n\nTin liên quan\nXem thêm các tin khác\n"
        art = make_article(source, text, body=(body[:12], "Tin liên quan"))
        art["title"] = title
        items.append(IngestItem(art, [make_event(art, *ev[:4], **(ev[4] if len(ev) > 4 else {})) for ev in events]))

    small("fixture/ba-tinh.txt", "Ba tỉnh Lào Cai, Yên Bái, Hà Giang ký kết phát triển du lịch",
          "Ngày 12/6/2015, tại thành phố Lào Cai, ba tỉnh Lào Cai, Yên Bái và Hà Giang đã ký kết chương trình "
          "phối hợp phát triển du lịch vùng Tây Bắc. Các bên thống nhất quảng bá chung.",
          [("Ngày 12/6/2015", "2015-06-12", "signing",
            [("Lào Cai", T, "Lào Cai"), ("Yên Bái", T, "Yên Bái"), ("Hà Giang", T, "Hà Giang")],
            {"date_text": "Ngày 12/6/2015", "location": "Lào Cai", "sectors": ["du lịch"],
             "pair": ["Lào Cai", "Yên Bái"]})])
    small("fixture/da-nang.txt", "Đà Nẵng và Quảng Nam hợp tác phát triển vùng",
          "Tháng 10/2020, thành phố Đà Nẵng và tỉnh Quảng Nam tổ chức hội nghị hợp tác phát triển. "
          "Hai địa phương thống nhất nhiều nội dung về giao thông.",
          [("Tháng 10/2020", "2020-10", "conference", [("Đà Nẵng", TP, "Đà Nẵng"), ("Quảng Nam", T, "Quảng Nam")],
            {"date_text": "Tháng 10/2020", "location": "Đà Nẵng", "sectors": ["giao thông"]})])
    small("fixture/ha-noi-2012.txt", "Hà Nội và Lào Cai ban hành kế hoạch hợp tác năm 2012",
          "Năm 2012, Thành ủy Hà Nội và Tỉnh ủy Lào Cai ban hành kế hoạch hợp tác. Kế hoạch tập trung vào nông nghiệp.",
          [("Năm 2012", "2012", "announcement", [("Hà Nội", TP, "Hà Nội"), ("Lào Cai", T, "Lào Cai")],
            {"date_text": "Năm 2012"})])
    small("fixture/khong-ro-nam.txt", "Đoàn công tác Thái Bình thăm Lào Cai",
          "Ngày 20/5, đoàn công tác tỉnh Thái Bình đến thăm và làm việc tại tỉnh Lào Cai. "
          "Bài viết không ghi năm.",
          [("Ngày 20/5", "--05-20", "visit", [("Thái Bình", T, "Thái Bình"), ("Lào Cai", T, "Lào Cai")],
            {"date_text": "Ngày 20/5", "location": "Lào Cai"})])
    small("fixture/hcm-can-tho.txt", "TP Hồ Chí Minh và Cần Thơ ký kết hợp tác",
          "Ngày 3/12/2022, Thành phố Hồ Chí Minh và thành phố Cần Thơ ký kết chương trình hợp tác "
          "giai đoạn 2023 - 2025.",
          [("Ngày 3/12/2022", "2022-12-03", "signing",
            [("Hồ Chí Minh", TP, "Hồ Chí Minh"), ("Cần Thơ", TP, "Cần Thơ")], {"date_text": "Ngày 3/12/2022"})])
    small("fixture/van-nam.txt", "Lào Cai hội đàm với tỉnh Vân Nam (Trung Quốc)",
          "Ngày 2/4/2019, lãnh đạo tỉnh Lào Cai hội đàm với Chính quyền nhân dân tỉnh Vân Nam tại Côn Minh.",
          [("Ngày 2/4/2019", "2019-04-02", "conference", [("Lào Cai", T, "Lào Cai"), ("Vân Nam", T, "Vân Nam")],
            {"date_text": "Ngày 2/4/2019", "location": "Vân Nam"})])
    small("fixture/bao-thang.txt", "Huyện Bảo Thắng và huyện Kiến Xương kết nghĩa",
          "Ngày 15/8/2009, huyện Bảo Thắng (Lào Cai) và huyện Kiến Xương (Thái Bình) ký kết chương trình kết nghĩa.",
          [("Ngày 15/8/2009", "2009-08-15", "signing",
            [("Bảo Thắng", H, "Lào Cai"), ("Kiến Xương", H, "Thái Bình")], {"date_text": "Ngày 15/8/2009"})])
    small("fixture/thai-binh-2014.txt", "Tỉnh Thái Bình thăm và làm việc tại Lào Cai",
          "Ngày 5/3/2014, đoàn công tác tỉnh Thái Bình thăm và làm việc tại tỉnh Lào Cai.",
          [("Ngày 5/3/2014", "2014-03-05", "visit", [("Thái Bình", T, "Thái Bình"), ("Lào Cai", T, "Lào Cai")],
            {"date_text": "Ngày 5/3/2014", "location": "Lào Cai"})])
    small("fixture/ha-noi-hung-yen-2016.txt", "Hà Nội và Hưng Yên sơ kết hợp tác",
          "Ngày 22/9/2016, Hà Nội và Hưng Yên tổ chức hội nghị sơ kết hợp tác. "
          "Ngày 23/9/2016, hai bên ký biên bản ghi nhớ.",
          [("Ngày 22/9/2016", "2016-09-22", "conference", [("Hà Nội", TP, "Hà Nội"), ("Hưng Yên", T, "Hưng Yên")],
            {"date_text": "Ngày 22/9/2016"}),
           ("Ngày 23/9/2016", "2016-09-23", "signing", [("Hà Nội", TP, "Hà Nội"), ("Hưng Yên", T, "Hưng Yên")],
            {"date_text": "Ngày 23/9/2016", "main": False})])
    return items


def build_fixture_db(path: Path) -> Path:
    Store(path).apply(fixture_items())
    return path


@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The fixture database, built once a module (a test module imports it as its ``db`` fixture)."""
    return build_fixture_db(tmp_path_factory.mktemp("db") / "hoptac.json")


def fixture_events() -> list[dict[str, Any]]:
    return [ev for item in fixture_items() for ev in item.events]


HOSTILE_TITLES = [
    "[TODO] Hợp tác [/b] giữa [Lào Cai]",
    "[bold red]không phải markup[/] [link=http://x]x[/link]",
    "Esc \x1b[31mđỏ\x1b[0m và \x1b]52;c;SGVsbG8=\x07 clipboard",
    "NUL\x00giữa và \x07 chuông \x08 lùi",
    "Bidi \u202eẢH NỘI\u202c và \u2066isolate\u2069",
    unicodedata.normalize("NFD", "Tỉnh Lào Cai và tỉnh Yên Bái (NFD)"),
    "$accent @click=app.quit() {x} %s \\[escaped\\]",
]


def hostile_items() -> list[IngestItem]:
    items = []
    for i, title in enumerate(HOSTILE_TITLES):
        body = (f"{title}\n\nNgày {i + 1}/3/2020, [b]tỉnh[/b] Lào Cai \x1b[2J và tỉnh [Yên Bái] ký kết {title}.\n"
                f"[/]\x00\u202e đoạn cuối\n")
        art = make_article(f"hostile/[{i}]\x1b.txt", body, title=title, body=("Ngày", None))
        ev = make_event(art, f"Ngày {i + 1}/3/2020", f"2020-03-{i + 1:02d}", "signing",
                        [(f"[{title}]", "tỉnh", "Lào Cai"), ("[Yên Bái]", "tỉnh", "Yên Bái")],
                        people=[("[b]Người[/b]", "\x1b[1mBí thư\x1b[0m")], sectors=["[red]du lịch[/]"],
                        location="[Lào Cai]", date_text="[/]")
        items.append(IngestItem(art, [ev]))
    # provinces with hostile names too (they reach the pair picker and the command palette)
    body = "Ngày 9/9/2021, [b]Tỉnh[/b] và \x1b[31mEsc ký kết.\n"
    art = make_article("hostile/province.txt", body, title="[b]Tỉnh[/b] – \x1b[31mEsc")
    items.append(IngestItem(art, [make_event(art, "Ngày 9/9/2021", "2021-09-09", "signing",
                                             [("[b]Tỉnh[/b]", "tỉnh", "[b]Tỉnh[/b]"),
                                              ("\x1b[31mEsc", "tỉnh", "\x1b[31mEsc")])]))
    return items


def build_hostile_db(path: Path) -> Path:
    Store(path).apply(hostile_items())
    return path


PROVINCES = ["Lào Cai", "Yên Bái", "Thái Bình", "Hà Nội", "Hưng Yên", "Hà Giang", "Đà Nẵng", "Quảng Nam",
             "Cần Thơ", "Hồ Chí Minh", "Điện Biên", "Sơn La", "Nghệ An", "Thanh Hóa", "Bắc Ninh", "Quảng Ninh"]
TYPES = ["conference", "signing", "visit", "announcement", "other"]


def synthetic_events(n: int, *, seed: int = 7, articles: int | None = None) -> list[IngestItem]:
    """``n`` events over 2000–2025 (1% of unknown year), grouped ~4 to an article."""
    rng = random.Random(seed)
    articles = articles or max(1, n // 4)
    items: list[IngestItem] = []
    per = max(1, n // articles)
    made = 0
    for k in range(articles):
        a_prov, b_prov = rng.sample(PROVINCES, 2)
        title = f"Tỉnh {a_prov} và tỉnh {b_prov} hợp tác số {k}"
        sentences = []
        dates = []
        count = per if k < articles - 1 else n - made
        for j in range(count):
            year, month, day = rng.randint(2000, 2025), rng.randint(1, 12), rng.randint(1, 28)
            dates.append(f"--{month:02d}-{day:02d}" if rng.random() < 0.01 else f"{year}-{month:02d}-{day:02d}")
            sentences.append(f"Sự kiện {j}: ngày {day}/{month}/{year} hai tỉnh {a_prov} và {b_prov} làm việc.")
        text = title + "\n\n" + " ".join(sentences) + "\n"
        art = make_article(f"synthetic/{k}.txt", text, title=title, body=("Sự kiện", None))
        evs = []
        for j, date in enumerate(dates):
            ev = make_event(art, f"Sự kiện {j}:", date, rng.choice(TYPES),
                            [(a_prov, "tỉnh", a_prov), (b_prov, "tỉnh", b_prov)], inferred=rng.random() < 0.3)
            ev["id"] = _hash(art["id"], str(j))
            evs.append(ev)
        made += len(evs)
        items.append(IngestItem(art, evs))
    return items


def build_synthetic_db(path: Path, n: int) -> Path:
    Store(path).apply(synthetic_events(n))
    return path

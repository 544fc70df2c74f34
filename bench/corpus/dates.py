"""The dates of a corpus article (:mod:`bench.corpus`): the event's date or range written
the ways Vietnamese reports write it, its truth in ISO form, and the page's
publication time."""

from __future__ import annotations

import datetime as dt
import random
from dataclasses import dataclass


WEEKDAYS = ["Thứ Hai", "Thứ Ba", "Thứ Tư", "Thứ Năm", "Thứ Sáu", "Thứ Bảy", "Chủ nhật"]
TIME_OF_DAY = ["Sáng", "Sáng", "Chiều", "Chiều", "Tối", "Trưa"]


@dataclass
class When:
    start: dt.date
    end: dt.date | None
    year_source: str            # stated, published, context, unknown
    text: str = ""              # the date phrase as written (capitalised, sentence-initial form)
    mid: str = ""               # the same, for the middle of a sentence ("vào sáng 23/9")
    form: str = ""              # tag


def _dm(d: dt.date, sep: str, pad: bool = False) -> str:
    return f"{d.day:02d}{sep}{d.month:02d}" if pad else f"{d.day}{sep}{d.month}"


def date_phrase(rng: random.Random, w: When) -> None:
    """Fill in w.text / w.mid / w.form for the lead."""
    s, e, y = w.start, w.end, w.start.year
    with_year = w.year_source == "stated"
    if e is None:
        if with_year:
            choices = [
                ("d/m/y", lambda: f"ngày {s.day}/{s.month}/{y}"),
                ("d/m/y", lambda: f"ngày {_dm(s, '/', True)}/{y}"),
                ("tod d/m/y", lambda: f"{rng.choice(TIME_OF_DAY).lower()} {s.day}/{s.month}/{y}"),
                ("tod ngày d/m/y", lambda: f"{rng.choice(TIME_OF_DAY).lower()} ngày {s.day}/{s.month}/{y}"),
                ("d.m.y", lambda: f"ngày {s.day}.{s.month}.{y}"),
                ("d-m-y", lambda: f"ngày {s.day}-{s.month}-{y}"),
                ("d-m-y", lambda: f"{rng.choice(TIME_OF_DAY).lower()} {s.day}-{s.month}-{y}"),
                ("ngày d tháng m năm y", lambda: f"ngày {s.day} tháng {s.month} năm {y}"),
                ("ngày d tháng m năm y", lambda: f"{rng.choice(TIME_OF_DAY).lower()} ngày {s.day} tháng {s.month} năm {y}"),
            ]
        else:
            choices = [
                ("tod d/m", lambda: f"{rng.choice(TIME_OF_DAY).lower()} {s.day}/{s.month}"),
                ("tod d/m", lambda: f"{rng.choice(TIME_OF_DAY).lower()} {s.day}/{s.month}"),
                ("ngày d/m", lambda: f"ngày {s.day}/{s.month}"),
                ("tod ngày d/m", lambda: f"{rng.choice(TIME_OF_DAY).lower()} ngày {s.day}/{s.month}"),
                ("tod d.m", lambda: f"{rng.choice(TIME_OF_DAY).lower()} {s.day}.{s.month}"),
                ("tod d-m", lambda: f"{rng.choice(TIME_OF_DAY).lower()} {s.day}-{s.month}"),
                ("ngày d-m", lambda: f"ngày {s.day}-{s.month}"),
                ("ngày d tháng m", lambda: f"ngày {s.day} tháng {s.month}"),
                ("tod nay (d/m)", lambda: f"{rng.choice(['sáng', 'chiều'])} nay ({s.day}/{s.month})"),
                ("ngày d/m (padded)", lambda: f"ngày {_dm(s, '/', True)}"),
            ]
    else:
        same_month = e.month == s.month
        n = (e - s).days + 1
        two = n == 2
        if with_year:
            choices = []
            if two and same_month:
                choices += [("hai ngày d và d tháng m năm y",
                             lambda: f"trong hai ngày {s.day} và {e.day} tháng {s.month} năm {y}"),
                            ("hai ngày d và d/m/y", lambda: f"trong hai ngày {s.day} và {e.day}/{s.month}/{y}"),
                            ("2 ngày (d - d/m/y)", lambda: f"trong 2 ngày ({s.day} - {e.day}/{s.month}/{y})")]
            if same_month:
                choices += [("từ ngày d đến ngày d/m/y", lambda: f"từ ngày {s.day} đến ngày {e.day}/{s.month}/{y}"),
                            ("từ ngày d đến d.m.y", lambda: f"từ ngày {s.day} đến {e.day}.{s.month}.{y}"),
                            ("từ d - d/m/y", lambda: f"từ ngày {s.day} - {e.day}/{s.month}/{y}")]
            choices += [("từ d/m đến d/m/y", lambda: f"từ ngày {s.day}/{s.month} đến ngày {e.day}/{e.month}/{y}")]
        else:
            choices = []
            if two and same_month:
                choices += [("hai ngày d và d/m", lambda: f"trong hai ngày {s.day} và {e.day}/{s.month}"),
                            ("hai ngày d và d tháng m", lambda: f"trong hai ngày {s.day} và {e.day} tháng {s.month}"),
                            ("2 ngày (d - d/m)", lambda: f"trong 2 ngày ({s.day} - {e.day}/{s.month})"),
                            ("hai ngày d, d/m", lambda: f"trong hai ngày {s.day}, {e.day}/{s.month}")]
            if same_month:
                choices += [("từ ngày d đến d.m", lambda: f"từ ngày {s.day} đến {e.day}.{s.month}"),
                            ("từ ngày d đến ngày d/m", lambda: f"từ ngày {s.day} đến ngày {e.day}/{s.month}"),
                            ("(d - d/m)", lambda: f"trong {n} ngày ({s.day} - {e.day}/{s.month})"),
                            ("từ d-d/m", lambda: f"từ ngày {s.day}-{e.day}/{s.month}")]
            choices += [("từ d/m đến d/m", lambda: f"từ ngày {s.day}/{s.month} đến ngày {e.day}/{e.month}")]
    form, make = rng.choice(choices)
    phrase = make()
    w.form = form
    w.text = phrase[0].upper() + phrase[1:]
    if phrase.startswith(("ngày", "sáng", "chiều", "tối", "trưa")) and "nay (" not in phrase:
        w.mid = "vào " + phrase
    else:
        w.mid = phrase


def iso_truth(w: When) -> tuple[str, str | None]:
    if w.year_source == "unknown":
        s = f"--{w.start.month:02d}-{w.start.day:02d}"
        e = f"--{w.end.month:02d}-{w.end.day:02d}" if w.end else None
        return s, e
    return w.start.isoformat(), (w.end.isoformat() if w.end else None)


def published_header(rng: random.Random, when: dt.datetime) -> tuple[str, str]:
    """(where, text): the page's publication time in one of the forms sites use."""
    d = when
    forms = [
        ("title", f" ({d:%H:%M} {d:%d/%m/%Y})"),
        ("above", f"{d:%d/%m/%Y} {d:%H:%M}"),
        ("above", f"{WEEKDAYS[d.weekday()]}, ngày {d.day:02d} tháng {d.month:02d} năm {d.year}"),
        ("above", f"{WEEKDAYS[d.weekday()]}, {d.day}/{d.month}/{d.year} - {d:%H:%M}"),
        ("below", f"Cập nhật lúc: {d:%H:%M} - {d:%d/%m/%Y}"),
        ("below", f"Ngày đăng: {d:%d/%m/%Y} | {d:%H:%M}"),
        ("below", f"{d:%d/%m/%Y} | {d:%H:%M} GMT+7"),
        ("below", f"{d:%H:%M} - {d:%d/%m/%Y}"),
        ("below", f"{WEEKDAYS[d.weekday()]}, {d:%d/%m/%Y}, {d:%H:%M} (GMT+7)"),
    ]
    return rng.choice(forms)

"""A whole corpus article (:mod:`bench.corpus`): header, body and the page's boilerplate
around it, sized 3-10 KB, with the truth of its main event; and :func:`write_corpus`,
which writes N of them and truth.jsonl."""

from __future__ import annotations

import hashlib
import random
from collections import Counter
from pathlib import Path

import orjson

from .body import (announcement_body, closing_paragraphs, distractor_items, history_paragraph,
                          participants, result_paragraphs, speeches, year_cue_paragraph)
from .dates import date_phrase, iso_truth, published_header
from .lead import first_mention, headline, lead_sentence
from .parties import load_gazetteer, province_party
from .plan import Plan, location_phrase, pick_pair, pick_when
from .words import (BYLINES, JUNK_TAILS, PHOTO_CAPTIONS_CONF, PHOTO_CAPTIONS_SIGN,
                           PHOTO_CAPTIONS_VISIT, PHOTOGRAPHERS, SITE_PREFIXES)


def _shape(rng: random.Random) -> str:
    return rng.choice(["banner", "portal", "admin", "agency", "comment", "plain"])


def build_article(rng: random.Random, i: int, order: list[str], pool: dict[str, list[dict]],
                  foreign_recs: dict[str, dict]) -> tuple[str, dict]:
    kind, a, b, post2025 = pick_pair(rng, i, order, pool, foreign_recs)
    etype = rng.choices(["conference", "signing", "visit", "announcement"], [0.34, 0.24, 0.30, 0.12])[0]
    if etype == "announcement" and (a.kind == "foreign"):
        etype = "visit"
    when, published, cue = pick_when(rng, post2025, etype, a.kind)
    # Rebuild parties whose written form depends on the date (Huế from 2025).
    if not post2025:
        if a.kind in ("province", "central") and a.canon == "Thừa Thiên Huế":
            a = province_party(a.canon, rng, when.start)
        if b.kind in ("province", "central") and b.canon == "Thừa Thiên Huế":
            b = province_party(b.canon, rng, when.start)
    if etype == "visit":
        host = b
    elif etype == "announcement":
        host = a
    else:
        host = rng.choice([a, b])
    plan = Plan(kind, a, b, host, etype, when, published, cue, post2025)
    if etype in ("conference", "signing") and kind in ("prov-prov", "district-district") and rng.random() < 0.06:
        third = rng.choice(["Hà Nội", "Hồ Chí Minh"])
        if third not in (a.canon, b.canon):
            plan.third_location = third
    date_phrase(rng, when)
    plan.loc_text = location_phrase(rng, host, pool, plan)

    ia, ib = first_mention(a, rng), first_mention(b, rng)
    lead = lead_sentence(rng, plan, ia, ib)
    title = headline(rng, plan)
    shape = _shape(rng)

    # --- header -------------------------------------------------------------------
    head_lines: list[str] = []
    pub_where, pub_text = published_header(rng, published) if published else (None, "")
    if shape == "banner":
        head_lines.append(rng.choice(["image banner", "banner", "logo"]))
    if shape == "portal":
        head_lines.append(rng.choice(["Trang chủ > Tin tức - Sự kiện > Chính trị",
                                      "Trang chủ / Thời sự / Hợp tác - Đối ngoại", "Tin tức > Tin trong tỉnh"]))
    if pub_where == "above":
        head_lines.append(pub_text)
    head_lines.append(title + (pub_text if pub_where == "title" else ""))
    if pub_where == "below":
        head_lines.append(pub_text)
    if shape == "admin":
        head_lines.append(rng.choice(["admin", "Quản trị viên", "biên tập viên"]))
    if shape == "portal" and rng.random() < 0.6:
        head_lines.append("Cỡ chữ: A A A  |  In bài  |  Gửi email")

    # --- body ---------------------------------------------------------------------
    body: list[str] = []
    prefix = rng.choice(SITE_PREFIXES) if shape in ("comment", "agency") and rng.random() < 0.7 else ""
    body.append(prefix + lead)
    if shape == "banner" and rng.random() < 0.8:
        body.append(lead)   # the page prints its lead twice
    body.append(participants(rng, plan) if etype != "announcement" else announcement_body(rng, plan))
    captions = {"conference": PHOTO_CAPTIONS_CONF, "signing": PHOTO_CAPTIONS_SIGN,
                "visit": PHOTO_CAPTIONS_VISIT, "announcement": PHOTO_CAPTIONS_CONF}[etype]
    img = 1
    use_jpg = rng.random() < 0.5

    cap_pool = list(captions)
    rng.shuffle(cap_pool)

    def caption() -> str:
        nonlocal img
        c = cap_pool[(img - 1) % len(cap_pool)]
        s = f"{img}.JPG\n{c}" if use_jpg else (f"{c}" if rng.random() < 0.6 else f"{c} (Ảnh: {rng.choice(PHOTOGRAPHERS)})")
        img += 1
        return s

    if etype != "announcement" and rng.random() < 0.7:
        body.append(caption())
    results = result_paragraphs(rng, plan)
    body.append(results.pop())
    hist = history_paragraph(rng, plan) if rng.random() < 0.5 else None
    if hist:
        body.append(hist)
    if plan.cue_year:
        body.append(year_cue_paragraph(rng, plan))
    if etype != "announcement":
        for s in speeches(rng, plan):
            body.append(s)
            if rng.random() < 0.3:
                body.append(caption())
    closing = closing_paragraphs(rng, plan)
    byline = rng.choice(BYLINES)

    # --- boilerplate tail -----------------------------------------------------------
    tail: list[str] = []
    tstyle = rng.random()
    if tstyle < 0.25:
        tail.append("Tin khác\n1 2 3 4 5  ... ")
        tail.append("\n\nThống kê truy cập\n  • Đang online: {}\n  • Hôm nay: {}\n  • Trong tuần: {}\n  • Tất cả: {}".format(
            rng.randint(1, 90), rng.randint(1, 2000), rng.randint(100, 9000), rng.randint(10000, 999999)))
    elif tstyle < 0.5:
        tail.append("Có thể bạn quan tâm")
        tail.append("Tin cùng chuyên mục")
        tail.extend(distractor_items(rng, plan, rng.randint(2, 4)))
        tail.append(rng.choice(JUNK_TAILS))
    elif tstyle < 0.7:
        tail.extend(distractor_items(rng, plan, 1))
        tail.append("Chia sẻ:")
        tail.append("doanh nghiệp - Sản phẩm - Dịch vụ Thông cáo báo chí Rao vặt")
    elif tstyle < 0.85:
        tail.append("Các bài mới đăng")
        tail.append("Các bài đã đăng :")
        tail.append("Bài viết Xem\nViết bình luận")
        tail.append("Họ tên:(*)\nSố điện thoại:\nTiêu đề:(*)\nNội dung:(*)\nMã xác nhận:         Lấy lại mã bảo mật")
    else:
        tail.append("Ý kiến bạn đọc\n\nGửi bình luận\nHọ và tên\nEmail\nBình luận của bạn")
        tail.append("Tags: hợp tác, " + a.short0 + ", " + b.short0)
        tail.append(rng.choice(["Chia sẻ:", "Chia sẻ bài viết: Facebook Zalo Twitter", "In bài  |  Đầu trang"]))

    # --- size: 3-10 KB ------------------------------------------------------------------
    target = rng.randint(3300, 9300)

    def render(extra: list[str]) -> str:
        parts = head_lines + [""] + body + extra + closing + ["", byline, ""] + tail
        return "\n\n".join(p for p in parts if p is not None).replace("\n\n\n\n", "\n\n\n")

    extra: list[str] = []
    text = render(extra)
    while len(text.encode()) < target and results:
        p = results.pop()
        if rng.random() < 0.2:
            extra.append(caption())
        extra.append(p)
        text = render(extra)
    while len(text.encode()) < max(3072, target - 1500):   # long pages: fresh figures, same themes
        extra.append(result_paragraphs(rng, plan)[0])
        text = render(extra)
    while len(text.encode()) > 10000 and extra:
        extra.pop()
        text = render(extra)
    while len(text.encode()) > 10000 and len(body) > 2:
        body.pop()
        text = render(extra)

    date, date_end = iso_truth(when)
    truth = {
        "title": title,
        "published": published.isoformat(timespec="minutes") if published else None,
        "date": date,
        "date_end": date_end,
        "type": etype,
        "pair": sorted([a.canon, b.canon]),
        "location": plan.third_location or host.canon,
        "levels": [a.level, b.level],
        "names": [a.name, b.name],
        "people": [n for n, _ in a.people + b.people],
        "tags": {
            "pair_kind": kind,
            "date_form": when.form,
            "date_text": when.text,
            "year_source": when.year_source,
            "range": when.end is not None,
            "shape": shape,
            "post2025": post2025,
            "foreign": a.kind == "foreign" or b.kind == "foreign",
            "third_location": plan.third_location is not None,
        },
    }
    return text, truth


def write_corpus(n: int, out: Path, seed: int) -> None:
    pool, foreign_recs, provs = load_gazetteer()
    order = list(provs)
    random.Random(seed).shuffle(order)
    out.mkdir(parents=True, exist_ok=True)
    lines = []
    sizes = []
    for i in range(n):
        rng = random.Random(f"hoptac-corpus:{seed}:{i}")
        text, truth = build_article(rng, i, order, pool, foreign_recs)
        data = text.encode("utf-8")
        name = f"{i:05d}_{hashlib.sha256(data).hexdigest()[:16]}.txt"
        (out / name).write_bytes(data)
        sizes.append(len(data))
        lines.append(orjson.dumps({"file": name, **truth}))
    (out / "truth.jsonl").write_bytes(b"\n".join(lines) + b"\n")
    tr = [orjson.loads(x) for x in lines]
    print(f"wrote {n} articles to {out} (seed {seed}); sizes {min(sizes)}-{max(sizes)} bytes, "
          f"mean {sum(sizes) / max(1, n):.0f}")
    for key in ("pair_kind", "year_source"):
        c = Counter(t["tags"][key] for t in tr)
        print(f"  {key}: " + ", ".join(f"{k} {v}" for k, v in c.most_common()))
    c = Counter(t["type"] for t in tr)
    print("  type: " + ", ".join(f"{k} {v}" for k, v in c.most_common()))
    covered = {p for t in tr for p in t["pair"]}
    print(f"  provinces covered: {len(covered & set(provs))}/{len(provs)}; foreign partners: "
          f"{len(covered - set(provs))}; ranges: {sum(t['tags']['range'] for t in tr)}")

"""A document's bases above its operative paragraph: not its lead (used by
:func:`hoptac.core.extract.article.parse_article`).

An administrative document (a plan, a decision) opens its text with the documents it rests on, one
paragraph each ("Căn cứ Luật …;", "Căn cứ Kế hoạch số 5/KH-UBND ngày … của UBND tỉnh A …."), then
says what it does ("Ủy ban nhân dân tỉnh B ban hành Kế hoạch … với các nội dung sau:"). The bases name
other bodies and earlier dates; the operative paragraph names the issuer and the subject, as a news
lead does. A basis paragraph is passed over as the lead when a later line of the page's top reads
like one, or is the first paragraph after the bases that is no heading (it may end with a colon: "…
với các nội dung sau:"); a page whose only lead-like line is a basis keeps it. Each shape a row, written for it:

| shape                                        | example                                               | the lead      |
|----------------------------------------------|-------------------------------------------------------|---------------|
| basis paragraphs, then the operative one     | "Căn cứ Quyết định số 12/QĐ-UBND ngày 3/2/2021 của     | the operative |
|                                              | UBND tỉnh A …;" / "UBND tỉnh B ban hành Kế hoạch …:"    | paragraph     |
| NOT: one long paragraph that opens with its  | "Căn cứ Kế hoạch số 7/KH-UBND …, tỉnh A tổ chức lễ …    | that paragraph|
| basis and goes on to tell the occasion       | (several sentences, 600 characters or more)"           |               |
| NOT: a basis and no lead-like line after it  | a page cut after its bases                             | the basis     |
"""

from __future__ import annotations

import re

__all__ = ["after_bases", "is_basis"]

# "Căn cứ …", "Căn cứ vào …" at the paragraph's start (folded), perhaps after a list mark
_BASIS_RE = re.compile(r"^\W*can cu\b")
_LONGEST = 600   # a longer paragraph goes on past its basis: the occasion is told in it


def is_basis(raw: str, folded: str) -> bool:
    """Is the paragraph a document's basis ("Căn cứ …"), short of telling anything else?"""
    return len(raw) < _LONGEST and _BASIS_RE.match(folded) is not None


_OPERATIVE_SHORTEST = 80   # "UBND tỉnh B ban hành Kế hoạch … như sau:" (a heading, "QUYẾT ĐỊNH:", is shorter)


def after_bases(raw: str, folded: str) -> bool:
    """After a document's bases, the operative paragraph: the first that is no basis and no heading,
    even when it ends with a colon ("… ban hành Kế hoạch … với các nội dung sau:")."""
    return len(raw.strip()) >= _OPERATIVE_SHORTEST and not is_basis(raw, folded)

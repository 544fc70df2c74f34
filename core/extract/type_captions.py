"""A page that dates no occasion is typed by the first occasion its body names
(:func:`event_type.body_type`); a photo's caption names what the photo shows, often a moment
other than the news (a file photo of an earlier courtesy call, the guests posing), so the
body's own sentences are read before the captions among the same first sentences.

| shape                                   | example (written for the docs)                              | read as                 |
|-----------------------------------------|-------------------------------------------------------------|-------------------------|
| caption line with a photo credit        | "Chủ tịch tỉnh A tiếp xã giao đoàn tỉnh B. Ảnh: Minh Anh"   | read after the body     |
| caption with a side mark                | "Ông X (phải) trao quà cho ông Y"                           | read after the body     |
| body sentence after the caption         | "Tại hội nghị …, tỉnh A và tỉnh B đã ký kết bản ghi nhớ …"  | names the occasion      |
| only captions name an occasion          | (no body sentence names one)                                | the caption's, as before|

A sentence is a caption's when the line that holds it carries the credit or the side mark
(``type_phrases.CAPTION_CREDIT``): a caption "… tại tỉnh. Ảnh: VGP/Minh Anh" is split into
sentences, and its first one names the occasion.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence

from .type_phrases import CAPTION_CREDIT

__all__ = ["body_sentences"]

# the sentences event_type.body_type reads (its _BODY_SENTENCES): the same ones, reordered
_FIRST = 8


def _caption_line(folded: str, start: int, end: int) -> bool:
    """Whether the line around ``folded[start:end]`` is a photo's caption."""
    line_start = folded.rfind("\n", 0, start) + 1
    line_end = folded.find("\n", end)
    line = folded[line_start:line_end if line_end >= 0 else len(folded)]
    return CAPTION_CREDIT.search(line) is not None


def body_sentences(folded: str, sentences: Sequence[tuple[int, int]]) -> Iterator[str]:
    """The first sentences of the page (folded), those outside captions first."""
    first = list(sentences[:_FIRST])
    captions = [_caption_line(folded, ls, le) for ls, le in first]
    yield from (folded[ls:le] for (ls, le), cap in zip(first, captions) if not cap)
    yield from (folded[ls:le] for (ls, le), cap in zip(first, captions) if cap)

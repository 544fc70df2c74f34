"""The main date's sentence as the type reader sees it on a page whose lines are cut by a width.

The type phrases ("tổ chức hành trình", "hội đàm", "ký kết") are matched on the folded sentence, where a line
break is a line break: a phrase cut by the width ("… đã có buổi Hội" / "đàm với đoàn …", "… tổ chức" /
"Hành trình về nguồn …") named nothing, and the type fell to a weaker word of the same sentence (the delegation's
"đoàn đại biểu": a visit) or to none ("other"). The date and year readers already read the run-on breaks as
spaces (wrapped_joins), but only on a page wrapped throughout; the type reader judged the sentence's lines as
written (meta32's wrap80 leftovers, round 33).

==============  ====================================================  =========================================
rule            when                                                  what the type reader is given
==============  ====================================================  =========================================
inner_breaks    a line break inside the sentence (a hard-wrapped      the break read as a space: "… tổ chức"
                page, whose sentences end at stops and blank lines)   / "Hành trình …" is "tổ chức hành trình"
run_on          the sentence ends at a line break, its last line is   the sentence run on into the next line
                40-110 characters with no stop, bracket or full date  (at most :data:`RUN_ON_LINES` lines), the
                at its end, and the next line, right under it, opens  break read as a space: "Ngày 13-3, đoàn
                with a small letter, a figure, a dash or a bracket    đại biểu tỉnh A" / "đã tổ chức hội đàm …"
                (wrapped_joins._runs_on); never a plan word on one
                side and a day on the other (wrapped_joins' guard)
==============  ====================================================  =========================================

Only the main event's type reads this (once a page); every offset stays the page's (a break becomes one space).
"""

from __future__ import annotations

from .wrapped_joins import _BRACKETED, _CLOSED, _DATED_END, _plan_and_day

__all__ = ["RUN_ON_LINES", "type_sentence"]

#: How many lines, at most, the main date's sentence is run on into (a sentence of a wrapped lead).
RUN_ON_LINES = 3


def _line_start(text: str, pos: int) -> int:
    return text.rfind("\n", 0, pos) + 1


def _cut_at(keep: str, s: int, e: int) -> bool:
    """Does the sentence ``keep[s:e]`` end at a single line break that cuts it (its last line 40-110 characters with
    no stop, bracket or full date at its end, the next line opening small, with a figure, a dash or a bracket)?"""
    if keep[e:e + 1] != "\n" or keep[e + 1:e + 2] in ("", "\n"):
        return False
    last = keep[max(s, _line_start(keep, e)):e].rstrip()
    first = keep[e + 1:e + 2]
    if not (40 <= len(last) <= 110) or last[-1:] in _CLOSED or last[-1:] in _BRACKETED or _DATED_END.search(last):
        return False
    return first.islower() or first.isdigit() or first in "-–("


def _guarded(folded: str, e: int, run: tuple[bool, bool]) -> bool:
    """A plan word on one side of the break at ``e`` and a day on the other (``run``: the sentence's so far):
    "dự kiến …" / "đến sáng ngày 20 …" stay apart (wrapped_joins' guard)."""
    nxt = folded.find("\n", e + 1)
    plan, day = run
    b_plan, b_day = _plan_and_day(folded[e + 1:nxt if nxt >= 0 else len(folded)])
    return (plan and b_day) or (day and b_plan)


def type_sentence(keep: str, folded: str, sentences: list[tuple[int, int]], s: int, e: int,
                  body: tuple[int, int]) -> tuple[str, list[tuple[int, int]], int]:
    """(folded, sentences, end) for the type reader of the main date's sentence ``[s, e)``: the sentence run on
    over the lines it is cut at (:data:`run_on`), its line breaks read as spaces (:data:`inner_breaks`); the page's
    ``folded``, ``sentences`` and ``e`` as they are when the sentence is whole on its line."""
    b0, body_end = body
    if not b0 <= s < e <= body_end:   # a headline, or a date outside the body: as it is
        return folded, sentences, e
    end = e
    run: tuple[bool, bool] | None = None   # (a plan word, a day) in the sentence so far, read when it may run on
    for _ in range(RUN_ON_LINES):
        if end >= body_end or not _cut_at(keep, s, end):   # (most sentences end at a stop: nothing more is read)
            break
        if run is None:
            run = _plan_and_day(folded[s:end])
        if _guarded(folded, end, run):
            break
        nxt = next(((ns, ne) for ns, ne in sentences if ns > end), None)
        if nxt is None or nxt[1] > body_end or keep[end + 1:nxt[0]].strip():
            break
        run = tuple(x or y for x, y in zip(run, _plan_and_day(folded[nxt[0]:nxt[1]])))   # type: ignore[assignment]
        end = nxt[1]
    if "\n" not in folded[s:end]:
        return folded, sentences, e
    joined = folded[:s] + folded[s:end].replace("\n", " ") + folded[end:]
    if end != e:
        sentences = [sp for sp in sentences if sp[1] <= s or sp[0] >= end]
        sentences.append((s, end))
        sentences.sort()
    return joined, sentences, end

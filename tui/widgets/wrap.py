"""Lines cut at words, a name kept whole where it fits (the detail pane's fields).

A place or a person is several words ("Đắk Lắk", "Bà Rịa - Vũng Tàu", "Nguyễn Văn Thành"):
a line broken inside one ("… (on the 2025 map: Đắk" then "Lắk – Gia Lai)") reads as two
names. The words of a name move to the next line together:

* the names given (the event's partners, its pair on either map, its place, its people),
  wherever they appear;
* any run of capitalised words ("Quy Nhơn", "UBND Tỉnh Lào Cai"): Vietnamese writes every
  syllable of a proper name with a capital, and nothing else. A comma, a full stop or a
  closing bracket ends a run ("Lạng Sơn, Cao Bằng" is two names).

A name longer than the line is cut at its spaces, as any words are; a word longer than the
line is cut where the line ends. Nothing is left out: the lines joined by single spaces
give the text back (where the text had single spaces at the cuts).

:func:`break_lines` does the same for the article's text, which Textual shows: the spaces
where lines should end become newlines (one character for one, so the highlight's and the
search matches' offsets stay right), and Textual, finding every line short enough, cuts
none of them again. A word longer than the line is left for Textual to fold.
"""

from __future__ import annotations

import re
from typing import Iterable

from rich.cells import cell_len

__all__ = ["break_lines", "wrap_words"]

_GLUE = "\x00"  # stands for a space inside a name (``visible`` text holds no control characters)
_OPENERS = "([{“‘\"'«"
_ENDERS = ",.;:!?)]}”’\"'»…"


def _capitalised(word: str) -> bool:
    head = word.lstrip(_OPENERS)
    return bool(head) and head[0].isupper()


def _glue(text: str, names: Iterable[str]) -> str:
    """``text`` with the spaces inside each name made ``_GLUE``."""
    for name in sorted({n for n in names if n and " " in n.strip()}, key=len, reverse=True):
        name = name.strip()
        text = text.replace(name, name.replace(" ", _GLUE))
    words = text.split(" ")
    out = words[:1]
    for word in words[1:]:
        last = out[-1]
        if last and word and _capitalised(last.rsplit(_GLUE, 1)[-1]) and _capitalised(word) \
                and not last.endswith(tuple(_ENDERS)) and not word.startswith(tuple(_OPENERS)):
            out[-1] = last + _GLUE + word
        else:
            out.append(word)
    return " ".join(out)


def wrap_words(text: str, width: int, names: Iterable[str] = ()) -> list[str]:
    """``text`` cut into lines of at most ``width`` cells (10 at least), at spaces, each
    name (``names``, runs of capitalised words) on one line where it fits."""
    width = max(10, width)
    words: list[str] = []
    for word in _glue(text, names).split(" "):
        whole = word.replace(_GLUE, " ")
        words.extend(whole.split(" ") if _GLUE in word and cell_len(whole) > width else [whole])
    lines: list[str] = []
    line = ""
    for word in words:
        candidate = f"{line} {word}" if line else word
        if cell_len(candidate) <= width:
            line = candidate
            continue
        if line:
            lines.append(line)
        while cell_len(word) > width:  # a word longer than the line
            cut = width
            while cut > 1 and cell_len(word[:cut]) > width:
                cut -= 1
            lines.append(word[:cut])
            word = word[cut:]
        line = word
    lines.append(line)
    return lines


_WORD = re.compile(r"[^\s\x00]+(?:\x00[^\s\x00]+)*")  # a word, or a name's words glued


def break_lines(text: str, width: int, names: Iterable[str] = ()) -> str:
    """``text`` with a space made a newline wherever a line of at most ``width`` cells
    must end (the same length: offsets into it stay those of ``text``), each name
    (``names``, runs of capitalised words) on one line where it fits."""
    if width < 10:
        return text
    names = list(names)
    out = list(text)
    at = 0
    for line in text.split("\n"):
        if cell_len(line) > width:
            for cut in _cuts(line, width, names):
                out[at + cut] = "\n"
        at += len(line) + 1
    return "".join(out)


def _cuts(line: str, width: int, names: list[str]) -> list[int]:
    """Where (the offset of a space) ``line`` is cut into lines of at most ``width`` cells."""
    words: list[tuple[int, int]] = []
    for m in _WORD.finditer(_glue(line, names)):
        s, e = m.span()
        if "\x00" in m.group() and cell_len(line[s:e]) > width:  # a name longer than the line
            words += [(s + w.start(), s + w.end()) for w in re.finditer(r"[^\x00]+", m.group())]
        else:
            words.append((s, e))
    cuts: list[int] = []
    start = 0  # where the current line starts
    folded = False  # the line holds a word longer than itself, which Textual folds: the next word starts a line
    for s, e in words:
        if s > start and (folded or cell_len(line[start:e]) > width):
            cuts.append(s - 1)  # the space before the word (spaces before it stay on the line above)
            start, folded = s, False
        folded = cell_len(line[start:e]) > width
    return cuts

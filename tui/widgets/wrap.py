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
"""

from __future__ import annotations

from typing import Iterable

from rich.cells import cell_len

__all__ = ["wrap_words"]

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

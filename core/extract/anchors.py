r"""Anchors: where a rule can start, found on folded text by literal-first regexes, so that the rule is
tried there only.

A regex that opens with a word boundary or a class of letters (each letter of a keyword
made a class of its cases and accents, :func:`~hoptac.core.extract.date_compile.any_case_and_accent`)
is tried by the engine at every character of the text it searches. The rule's first
words, on the folded text, are literals: a regex that opens with them skips from one
candidate to the next at C speed, and the rule -- the same pattern with plain letters,
on the folded text -- is then matched at those places only.

:class:`FoldedKeywords` does it for a keyword rule searched in windows of a page
(``year_cues``' review and plan words, in the clause before each year): the window is folded
(scan.py's one-byte code: three passes in C), its openings found, the rule matched there. It
gives the matches that ``finditer`` of the any-case-and-accent rule gives on the text: the
same starts, ends and group names (tests/test_anchors.py checks it on generated text).
Folding keeps offsets (one character for one); a window with a character outside the code
(folded to a placeholder: its case and accent unknown) is searched by the rule itself.
(Folding and scanning the whole page once costs more than the few windows a page asks.)

:func:`required_words` gives the words a rule cannot match without: a gate in front of an
end-anchored window rule (``…\s+$``, which the engine tries at every character of its window).
"""

from __future__ import annotations

import re
import re._constants as _sre
import re._parser as _sre_parse

from .. import scan
from ..scan import fold_slice, trie_regex

__all__ = ["FoldedKeywords", "first_words", "holds_any", "required_words"]

_PLACEHOLDERS = (scan._WORD_PH, scan._OTHER_PH)   # what scan.py folds a character outside its code to


def first_words(pattern: str, flags: int = 0) -> set[str]:
    """The literal openings of every match of ``pattern`` (letters up to its first
    non-literal item: a space, a repeat, a class): every match starts with one of them.
    Word boundaries are skipped; a pattern that may open with anything else (a class, a
    repeat, an optional group first) has no such opening and raises ValueError."""
    def heads(items) -> set[tuple[str, bool]]:
        out = {("", True)}
        for op, av in items:
            new: set[tuple[str, bool]] = set()
            for s, open_ in out:
                if not open_:
                    new.add((s, False))
                elif op is _sre.LITERAL:
                    new.add((s + chr(av), True))
                elif op is _sre.SUBPATTERN:
                    new |= {(s + t, o) for t, o in heads(av[-1])}
                elif op is _sre.BRANCH:
                    for alt in av[1]:
                        new |= {(s + t, o) for t, o in heads(alt)}
                elif op is _sre.AT:
                    new.add((s, True))      # a boundary: zero width
                else:
                    new.add((s, False))     # the opening ends here
            out = new
        return out

    words = {s for s, _ in heads(_sre_parse.parse(pattern, flags))}
    if "" in words:
        raise ValueError("a match may open with something other than a literal")
    return words


class FoldedKeywords:
    """``rule`` (a pattern of plain folded letters) searched on folded text from anchors:
    :meth:`finditer` equals ``finditer`` of ``any_case(rule)`` on the original text."""

    def __init__(self, rule: str, flags: int, any_case: re.Pattern) -> None:
        if flags & re.IGNORECASE:   # the openings are literals of the folded (lower-case) text
            raise ValueError("a case-blind rule: its first words are no literals")
        self.plain = re.compile(rule, flags)
        self.any_case = any_case
        words = first_words(rule, flags)
        parsed = _sre_parse.parse(rule, flags)
        # a rule that opens with a word boundary starts where no word character comes before
        behind = r"(?<!\w.)" if parsed and parsed[0] == (_sre.AT, _sre.AT_BOUNDARY) else ""
        by_first: dict[str, list[str]] = {}
        for w in words:
            by_first.setdefault(w[0], []).append(w[1:])
        alts = []
        for first in sorted(by_first):
            rests = [r for r in by_first[first] if r]
            inner = trie_regex(rests, sep=" ") if rests else ""
            if inner and len(rests) < len(by_first[first]):
                inner = f"(?:{inner})?"
            alts.append(re.escape(first) + behind + inner)
        # the openings at word starts (the look-behind stands for the rule's opening word
        # boundary), literal first: a superset of the rule's starts
        self.openings = re.compile("|".join(alts))

    def finditer(self, text: str, lo: int, hi: int) -> list[tuple[int, int, str | None]]:
        """(start, end, lastgroup) of each match of ``any_case.finditer(text, lo, hi)``, from the
        window folded (with the character before it, which a word boundary looks at)."""
        a = lo - 1 if lo > 0 else 0
        folded = fold_slice(text, a, hi)
        if _PLACEHOLDERS[0] in folded or _PLACEHOLDERS[1] in folded:  # case or accent unknown
            return [(m.start(), m.end(), m.lastgroup) for m in self.any_case.finditer(text, lo, hi)]
        out, pos, match = [], lo - a, self.plain.match
        for o in self.openings.finditer(folded, lo - a):
            s = o.start()
            if s < pos:
                continue
            m = match(folded, s)
            if m is not None:
                out.append((a + s, a + m.end(), m.lastgroup))
                pos = m.end() if m.end() > s else s + 1
        return out


def required_words(pattern: str, flags: int = 0) -> set[str]:
    """Literal pieces one of which every match of ``pattern`` holds: for each alternative,
    the longest run of literal characters it cannot match without (outside optional parts,
    repeats and classes). A test ``any(w in text for w in words)`` in front of the search
    then never changes its answer (``search`` is None when it fails). ValueError when some
    alternative holds no such run."""
    def need(items) -> set[str] | None:
        best: set[str] | None = None
        run = ""

        def better(cand: set[str] | None, cur: set[str] | None) -> set[str] | None:
            if cand is None or "" in cand:
                return cur
            if cur is None or min(map(len, cand)) > min(map(len, cur)):
                return cand
            return cur

        for op, av in list(items) + [(None, None)]:
            if op is _sre.LITERAL:
                run += chr(av)
                continue
            best = better({run}, best) if run else best
            run = ""
            if op is _sre.SUBPATTERN:
                if not av[1] & re.IGNORECASE:   # a case-blind group's letters are no literal
                    best = better(need(av[-1]), best)
            elif op is _sre.BRANCH:
                alts = [need(alt) for alt in av[1]]
                if all(a is not None for a in alts):
                    best = better(set().union(*alts), best)
            elif op in (_sre.MAX_REPEAT, _sre.MIN_REPEAT, _sre.POSSESSIVE_REPEAT) and av[0] >= 1:
                best = better(need(av[2]), best)
        return best

    parsed = _sre_parse.parse(pattern, flags)
    if (flags | parsed.state.flags) & re.IGNORECASE:
        raise ValueError("a case-blind pattern holds no literal word")
    words = need(parsed)
    if not words:
        raise ValueError("a match may hold no literal word")
    return words


def holds_any(text: str, words: tuple[str, ...]) -> bool:
    """Does ``text`` hold one of ``words``? (A gate in front of a regex: each word of
    :func:`required_words` of the regex holds one of the gate's, tests/test_anchors.py.)"""
    for w in words:
        if w in text:
            return True
    return False

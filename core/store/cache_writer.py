"""The side of the caches (``cache.py``) that writes them: :class:`_Writer` appends
articles and events to the data files and collects their rows (columns, word postings,
where each article's record lies in its segment: ``segrecords``)."""

from __future__ import annotations

import zlib
from pathlib import Path
from typing import Any

import orjson

from .cache_files import FILES, CrcFile
from .corrections import apply_all
from .records import SEG_SHIFT
from .searchtext import body_words, event_words

__all__ = ["FLAG_INFERRED", "FLAG_MAIN", "FLAG_UNKNOWN"]

FLAG_INFERRED = 1
FLAG_MAIN = 2
FLAG_UNKNOWN = 4


def _sort_key(ev: dict[str, Any]) -> tuple[int, str, str, str]:
    date = ev.get("date") or ""
    unknown = 1 if (not date or date.startswith("--")) else 0
    return (unknown, date, ev.get("date_end") or "", ev.get("title") or "")


class _Writer:
    """Appends articles and events to the data files and collects their rows."""

    def __init__(self, folder: Path, names: dict[str, Path], strings: list[str], sizes: dict[str, int],
                 n_articles: int, n_search: int, vocab: list[str] | None = None,
                 blocks: list[list[Any]] | None = None, crc: int = 0, crcs: dict[str, int] | None = None,
                 corrections: dict[str, dict[str, Any]] | None = None, segments: list[str] | None = None) -> None:
        from .segrecords import SegmentLocator

        self.folder = folder
        self.locator = SegmentLocator(folder, segments or [])
        self.corrections = corrections or {}
        self.codes = {v: i for i, v in enumerate(strings)}
        self.strings = strings
        self.fh: dict[str, Any] = {}
        for name in FILES:
            self.fh[name] = CrcFile(open(names[name], "ab"), (crcs or {}).get(name, 0))
        self.pos = dict(sizes)
        from .wordwrite import WordCollector  # numpy: only when the caches are written

        self.words = WordCollector(vocab or [], self.fh["words.txt"], self.fh["words.bin"], sizes["words.bin"],
                                   blocks or [], crc=crc)
        self.rows: list[tuple[Any, ...]] = []   # (sort key, row fields)
        self.article_ids: list[str] = []
        self.art_seg: list[int] = []
        self.art_off: list[int] = []
        self.art_len: list[int] = []
        self.art_crc: list[int] = []
        self.n_lines = 0   # event lines added
        self.n_articles = n_articles
        self.n_search = n_search

    def code(self, s: str) -> int:
        c = self.codes.get(s)
        if c is None:
            c = self.codes[s] = len(self.strings)
            self.strings.append(s)
        return c

    def _put(self, name: str, data: bytes) -> int:
        at = self.pos[name]
        self.fh[name].write(data)
        self.pos[name] = at + len(data)
        return at

    def add(self, art: dict[str, Any], events: list[dict[str, Any]], segment: str | None) -> None:
        """An article (held by ``segment``, where its record is read from when found there
        verbatim) and its events."""
        a_idx = self.n_articles + len(self.article_ids)
        self.article_ids.append(art["id"])
        found = self.locator.find(segment, art) if segment else None
        if found is None:
            from .segrecords import OVERLAY

            line = orjson.dumps(art) + b"\n"
            found = (OVERLAY, self._put("articles.jsonl", line), len(line), zlib.crc32(line))
        for col, value in zip((self.art_seg, self.art_off, self.art_len, self.art_crc), found):
            col.append(value)
        self.words.add("b", a_idx, body_words(art))
        corr = self.corrections
        for ev in apply_all(events, corr) if corr else events:
            blob = orjson.dumps(ev)
            line = blob + b"\n"
            # read from its segment where it lies there verbatim (``records``: the offset
            # says which segment); a corrected event, or one not found, in events.jsonl
            at = self.locator.find_event(segment, blob) if segment and not (corr and ev.get("id") in corr) else None
            off = self._put("events.jsonl", line) if at is None else ((at[0] + 1) << SEG_SHIFT) | at[1]
            crc = zlib.crc32(line) if at is None else zlib.crc32(blob)   # a segment's record: its bytes' (no new line there)
            sidx = self.n_search + self.n_lines
            self.n_lines += 1
            self.words.add("e", sidx, event_words(ev))
            date = ev.get("date") or ""
            flags = (FLAG_INFERRED if ev.get("year_inferred") else 0) | (FLAG_MAIN if ev.get("main") else 0) \
                | (FLAG_UNKNOWN if (not date or date.startswith("--")) else 0)
            parties = ev.get("parties") or ()
            self.rows.append((_sort_key(ev), (
                date, ev.get("date_end"), flags, self.code(ev.get("type") or "other"), self.code(ev.get("title") or ""),
                [self.code(p) for p in ev.get("pair") or ()], [self.code(p.get("province") or "") for p in parties],
                [self.code(p.get("level") or "") for p in parties], a_idx, off, len(line), sidx, crc)))

    def close(self) -> None:
        self.locator.close()
        for fh in self.fh.values():
            fh.close()

    def crcs(self) -> dict[str, int]:
        return {name: fh.crc for name, fh in self.fh.items()}

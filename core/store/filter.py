"""The :class:`Filter` every query takes (``query.py`` parses what users type into it and
re-exports it)."""

from __future__ import annotations

from dataclasses import asdict, dataclass
from typing import Any

__all__ = ["Filter"]


@dataclass(frozen=True, slots=True)
class Filter:
    """What the user asked for. Empty fields mean "any"."""

    pair: tuple[str, str] | None = None
    province: str | None = None
    since: str | None = None      # ISO date (bound), inclusive
    until: str | None = None      # ISO date (bound), inclusive
    type: str | None = None
    level: str | None = None
    search: str = ""
    article_id: str | None = None  # the events of one article (the app's "same article" view)
    person: str | None = None      # events naming this person (name as typed, accents optional)
    map: str | None = None         # "2025": provinces and pairs on today's 34 units (map2025)

    def is_empty(self) -> bool:
        return self == Filter()

    def as_dict(self) -> dict[str, Any]:
        """The filters in use, for an export document (only the ones set)."""
        out: dict[str, Any] = {}
        for key, value in asdict(self).items():
            if value not in (None, "", ()):
                out[key] = list(value) if isinstance(value, tuple) else value
        return out

    def describe(self) -> str:
        """A short human line: ``pair Lào Cai – Yên Bái · 2018–2020 · conference``."""
        bits: list[str] = []
        if self.pair:
            bits.append(f"{self.pair[0]} – {self.pair[1]}")
        if self.province:
            bits.append(self.province)
        if self.since or self.until:
            bits.append(f"{self.since or '…'} → {self.until or '…'}")
        if self.type:
            bits.append(self.type)
        if self.level:
            bits.append(self.level)
        if self.search:
            bits.append(f"“{self.search}”")
        if self.article_id:
            bits.append("one article")
        if self.person:
            bits.append(f"person {self.person}")
        if self.map:
            bits.append(f"map {self.map}")
        return " · ".join(bits)

"""How the place tests read what find_places found in a text."""

from __future__ import annotations

from pathlib import Path

from hoptac.core.places import find_places


ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"


def mentions(text: str) -> list[tuple[str, str | None, str, str]]:
    """(surface, level word, best name, its level) of each mention."""
    return [(m.surface, m.level_word, m.candidates[0].name, m.candidates[0].level) for m in find_places(text)]

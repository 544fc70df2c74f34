"""Where the database is when no ``--db`` names one (``core/library.py`` re-exports these):
kept apart from the library so that a command answering from the caches as they lie
(``tui/quick.py``) finds its database without importing the library's dataclasses."""

from __future__ import annotations

import os
from pathlib import Path

__all__ = ["ENV_DB", "default_db_path", "default_data_path", "is_default_db"]

ENV_DB = "HOPTAC_DB"


def default_db_path() -> Path:
    """``$HOPTAC_DB``, else ``hoptac.json`` in the user's data directory
    (``~/.local/share/hoptac/`` on Linux)."""
    env = os.environ.get(ENV_DB)
    if env:
        return Path(env).expanduser()
    return default_data_path()


def default_data_path() -> Path:
    """``hoptac.json`` in the user's data directory: the one database that is created
    from the bundled samples on first use."""
    import platformdirs

    return Path(platformdirs.user_data_path("hoptac", appauthor=False)) / "hoptac.json"


def is_default_db(path: str | Path) -> bool:
    """Is ``path`` the default database (neither ``--db`` nor ``$HOPTAC_DB`` named another)?"""
    return Path(path).expanduser().absolute() == default_data_path().absolute()

"""Where the database is when no ``--db`` names one (``core/library.py`` re-exports these):
kept apart from the library so that a command answering from the caches as they lie
(``tui/quick.py``) finds its database without importing the library's dataclasses."""

from __future__ import annotations

import os
import sys
from pathlib import Path

__all__ = ["ENV_DB", "default_db_path", "default_data_path", "is_default_db", "user_folder"]

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
    return user_folder("data") / "hoptac.json"


# platformdirs' Unix folders (``XDG_*_HOME``, else under the home folder)
_XDG = {"data": ("XDG_DATA_HOME", ".local/share"), "config": ("XDG_CONFIG_HOME", ".config")}


def user_folder(kind: str) -> Path:
    """hoptac's folder of user ``kind`` ("data" or "config"): platformdirs'
    ``user_data_path``/``user_config_path("hoptac", appauthor=False)``. On Linux, where
    the answer is plain (``$XDG_DATA_HOME``/``$XDG_CONFIG_HOME`` an absolute path, or unset
    or empty with ``$HOME`` absolute), it is given without importing platformdirs (about
    27 million instructions, a tenth of a cold command's start); anything else
    (another system, a relative or odd value) asks platformdirs. Tests compare both."""
    plain = _plain_folder(kind, os.environ)
    if plain is not None:
        return plain
    import platformdirs

    if kind == "data":
        return Path(platformdirs.user_data_path("hoptac", appauthor=False))
    return Path(platformdirs.user_config_path("hoptac", appauthor=False))


def _plain_folder(kind: str, env: "os._Environ[str] | dict[str, str]") -> Path | None:
    """:func:`user_folder` when every platformdirs version gives the same plain answer."""
    if sys.platform != "linux" or "ANDROID_DATA" in env:
        return None
    var, under = _XDG[kind]
    given = env.get(var, "")
    if given:
        return Path(given, "hoptac") if given.startswith("/") and given.strip() == given else None
    home = env.get("HOME", "")
    if not home.startswith("/") or home.endswith("/") or home.strip() != home:
        return None
    return Path(home, under, "hoptac")


def is_default_db(path: str | Path) -> bool:
    """Is ``path`` the default database (neither ``--db`` nor ``$HOPTAC_DB`` named another)?"""
    return Path(path).expanduser().absolute() == default_data_path().absolute()

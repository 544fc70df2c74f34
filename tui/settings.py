"""Settings a user keeps: ``config.toml`` in the user's config folder.

::

    # ~/.config/hoptac/config.toml (Linux; ``hoptac config`` prints where it is)
    database = "~/hoptac/hoptac.json"   # the default database (--db and HOPTAC_DB win)
    language = "vi"                     # "vi" or "en" (--lang wins; else LANG/LC_MESSAGES)
    theme = "textual-light"             # any Textual theme; a theme picked in the app is kept here

    [keymap]                            # binding id = keys (hoptac config lists the ids)
    "main.clear" = "x,ctrl+l"
    "timeline.down" = "down,j,ctrl+n"

``HOPTAC_CONFIG`` names another file (tests use it). A file that cannot be used gives
one line naming the line at fault, and every setting keeps its default: nothing half-read.
The file is read with the standard library (``tomllib``); the only write is the ``theme``
line when a theme is picked in the app (the rest of the file, comments included, is kept;
written to a temporary file beside it and renamed into place).
"""

from __future__ import annotations

import os
import re
from pathlib import Path
TYPE_CHECKING = False  # (``typing`` is not imported at run time: a cold command's start, ``quick``)
if TYPE_CHECKING:
    from typing import Any, Iterable

from ..core.messages import M_

__all__ = ["Settings", "config_path", "load_settings", "save_theme", "KEYS"]

KEYS = ("database", "language", "theme", "keymap")
LANGS = ("en", "vi")


class Settings:
    """What the config file sets. A plain class, not a dataclass: every command reads the
    settings first, and the dataclasses module costs a cold command about 40 million
    instructions (it imports inspect) that the filter commands otherwise do without."""

    __slots__ = ("path", "exists", "database", "language", "theme", "keymap", "problem")

    def __init__(self, path: Path, exists: bool = False, database: Path | None = None, language: str | None = None,
                 theme: str | None = None, keymap: dict[str, str] | None = None, problem: str | None = None) -> None:
        self.path = path
        self.exists = exists
        self.database = database
        self.language = language
        self.theme = theme
        self.keymap: dict[str, str] = {} if keymap is None else keymap
        self.problem = problem  # one line: why the file could not be used (defaults in force)

    def __repr__(self) -> str:
        return "Settings(" + ", ".join(f"{k}={getattr(self, k)!r}" for k in self.__slots__) + ")"

    def __eq__(self, other: object) -> bool:
        if other.__class__ is not self.__class__:
            return NotImplemented
        return all(getattr(self, k) == getattr(other, k) for k in self.__slots__)

    __hash__ = None  # type: ignore[assignment]  # mutable, as the dataclass was


def config_path(environ: dict[str, str] | None = None) -> Path:
    env = os.environ if environ is None else environ
    if env.get("HOPTAC_CONFIG"):
        return Path(env["HOPTAC_CONFIG"]).expanduser()
    from ..core.dbpaths import user_folder

    return user_folder("config") / "config.toml"


def _line_of(text: str, key: str) -> int | None:
    pattern = re.compile(rf"^[ \t]*(?:\"{re.escape(key)}\"|'{re.escape(key)}'|{re.escape(key)})\s*=", re.M)
    m = pattern.search(text)
    return text.count("\n", 0, m.start()) + 1 if m else None


class _Bad(Exception):
    def __init__(self, line: int | None, message: str) -> None:
        super().__init__(message)
        self.line = line


def load_settings(path: Path | None = None, *, binding_ids: Iterable[str] | None = None) -> Settings:
    """The settings in ``path`` (default :func:`config_path`); a missing file is no problem."""
    path = path or config_path()
    settings = Settings(path=path)
    try:
        raw = path.read_bytes()
    except FileNotFoundError:
        return settings
    except OSError as exc:
        settings.problem = M_("{path}: cannot be read ({reason}); using the defaults", path=path,
                              reason=exc.strerror or exc)
        return settings
    settings.exists = True
    import tomllib  # only when there is a file to read

    try:
        text = raw.decode("utf-8")
        data = tomllib.loads(text)
        _apply(settings, data, text, binding_ids)
    except UnicodeDecodeError:
        settings.problem = M_("{path}: not UTF-8 text; using the defaults", path=path)
    except tomllib.TOMLDecodeError as exc:
        m = re.search(r"\(at line (\d+), column (\d+)\)", str(exc))
        what = re.sub(r"\s*\(at (line \d+, column \d+|end of document)\)", "", str(exc))
        if m:
            settings.problem = _problem(path, int(m.group(1)), what)
        elif "end of document" in str(exc):  # an unfinished value: the last line
            settings.problem = M_("{path}: line {line} (the end): {what}; using the defaults", path=path,
                                  line=len(text.rstrip().splitlines()) or 1, what=what)
        else:
            settings.problem = _problem(path, None, what)
    except _Bad as exc:
        settings.problem = _problem(path, exc.line, exc.args[0])
    if settings.problem:  # nothing half-read
        return Settings(path=path, exists=True, problem=settings.problem)
    return settings


def _problem(path: Path, line: int | None, what: str) -> str:
    """The one line for a settings file that cannot be used (translated where it is shown:
    the language is not chosen yet when the file is read)."""
    if line:
        return M_("{path}: line {line}: {what}; using the defaults", path=path, line=line, what=what)
    return M_("{path}: {what}; using the defaults", path=path, what=what)


def _apply(settings: Settings, data: dict[str, Any], text: str, binding_ids: Iterable[str] | None) -> None:
    for key in data:
        if key not in KEYS:
            raise _Bad(_line_of(text, key), M_("unknown setting {key!r} (known: {keys})",
                                               key=key, keys=", ".join(KEYS)))
    if "database" in data:
        value = data["database"]
        if not isinstance(value, str) or not value.strip():
            raise _Bad(_line_of(text, "database"), M_("database must be a file name in quotes"))
        settings.database = Path(value).expanduser()
    if "language" in data:
        value = data["language"]
        if value not in LANGS:
            raise _Bad(_line_of(text, "language"), M_('language must be "vi" or "en"'))
        settings.language = value
    if "theme" in data:
        value = data["theme"]
        if not isinstance(value, str) or not value.strip():
            raise _Bad(_line_of(text, "theme"), M_("theme must be a theme name in quotes"))
        settings.theme = value.strip()
    if "keymap" in data:
        keymap = data["keymap"]
        if not isinstance(keymap, dict):
            raise _Bad(_line_of(text, "keymap"), M_("keymap must be a table: [keymap] then id = \"keys\" lines"))
        known = set(binding_ids) if binding_ids is not None else None
        for binding_id, keys in keymap.items():
            if known is not None and binding_id not in known:
                raise _Bad(_line_of(text, binding_id), M_("no key binding has the id {id!r}", id=binding_id))
            if not isinstance(keys, str) or not keys.strip():
                raise _Bad(_line_of(text, binding_id), M_("{id}: keys must be a string such as \"x,ctrl+l\"",
                                                          id=binding_id))
            settings.keymap[binding_id] = keys.replace(" ", "")


def save_theme(path: Path, theme: str) -> None:
    """Keep ``theme`` in the file at ``path``: its ``theme`` line replaced (or added before
    the first table), everything else as it was; a new file holds just that line."""
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        text = ""
    line = f'theme = "{theme}"'
    pattern = re.compile(r"^\s*theme\s*=.*$", re.M)
    first_table = re.search(r"^\s*\[", text, re.M)
    m = pattern.search(text)
    if m and (first_table is None or m.start() < first_table.start()):
        text = text[: m.start()] + line + text[m.end():]
    elif first_table is not None:
        text = text[: first_table.start()] + line + "\n\n" + text[first_table.start():]
    else:
        text = (text.rstrip("\n") + "\n" if text.strip() else "") + line + "\n"
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    tmp.write_text(text, encoding="utf-8")
    os.replace(tmp, path)


_current: Settings | None = None


def current() -> Settings:
    """The settings of this run, read once."""
    global _current
    if _current is None:
        _current = load_settings()
    return _current


def use(settings: Settings | None) -> None:
    """Set (or with None, forget) the settings of this run."""
    global _current
    _current = settings


def all_binding_ids() -> list[str]:
    """Every binding id of hoptac's screens and widgets, for the keymap."""
    from .app import HoptacApp
    from .screens.filters import FilterScreen
    from .screens.help import HelpScreen
    from .screens.main import MainScreen
    from .screens.pair import PairScreen
    from .screens.partners import PartnersScreen
    from .screens.people import PeopleScreen
    from .screens.prompt import PromptScreen
    from .widgets.detail import ArticleView, DetailPane
    from .widgets.timeline import Timeline

    ids: list[str] = []
    for cls in (HoptacApp, MainScreen, Timeline, DetailPane, ArticleView, HelpScreen, FilterScreen, PairScreen,
                PromptScreen, PeopleScreen, PartnersScreen):
        for b in cls.__dict__.get("BINDINGS", []):
            binding_id = getattr(b, "id", None)
            if binding_id and binding_id not in ids:
                ids.append(binding_id)
    return ids

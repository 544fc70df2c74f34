"""What ``hoptac`` sets up before it reads its command line: the settings file and the
language (so that ``--help`` is already in it), and the ``config`` command.

The language comes from ``--lang`` (looked for in the arguments before click parses them),
else the config file, else the locale. Command and option help is written in English in
the source and translated here when the command line is read; click's own words ("Usage:",
"Show this message and exit.") come from the same catalog.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path
from typing import Any, Sequence

import click

from . import settings as settings_mod
from .i18n import LANGUAGES, _, choose_language, language, set_language, tr

__all__ = ["HoptacGroup", "config", "configured_database", "lang_option", "setup"]

# click's own words that hoptac's catalog translates (click looks them up with gettext)
CLICK_WORDS = [
    "Usage:", "Options", "Commands", "Show this message and exit.", "Show the version and exit.",
    "Error", "Try '{command} {option}' for help.", "Missing argument '{param_hint}'.",
    "No such command {name!r}.", "No such option: {name}", "Got unexpected extra argument ({args})",
    "Got unexpected extra arguments ({args})", "Option '{name}' requires an argument.",
    "Invalid value for {param_hint}: {message}", "{value!r} is not one of {choices}.",
    "{value!r} is not {choice}.", "Missing option '{param_hint}'.", "Aborted!",
]


def _arg_lang(args: Sequence[str]) -> str | None:
    for i, arg in enumerate(args):
        if arg == "--":
            break
        if arg == "--lang" and i + 1 < len(args):
            return args[i + 1]
        if arg.startswith("--lang="):
            return arg.split("=", 1)[1]
    return None


def setup(args: Sequence[str]) -> settings_mod.Settings:
    """Read the settings, choose the language; returns the settings."""
    # keymap ids are checked by the app and by `hoptac config`, not here: a command imports
    # only what it needs (the app's screens are not imported to run `hoptac ingest`)
    settings = settings_mod.load_settings()
    settings_mod.use(settings)
    set_language(choose_language(_arg_lang(args), settings.language))
    _click_speaks_ours()
    return settings


def _click_speaks_ours() -> None:
    """click looks its own words up with ``gettext.gettext``; its modules get hoptac's
    catalog instead (English stays English: the catalog has no English translations)."""
    from . import i18n

    for name in ("click.core", "click.formatting", "click.exceptions", "click.decorators", "click.types",
                 "click.parser", "click.termui", "click.utils", "click._compat"):
        module = sys.modules.get(name)
        if module is None:
            continue
        if hasattr(module, "_"):
            module._ = i18n._  # type: ignore[attr-defined]
        if hasattr(module, "ngettext"):
            module.ngettext = i18n.ngettext  # type: ignore[attr-defined]


def translate_commands(command: click.Command) -> None:
    """Command and option help in the current language (the English source kept aside)."""
    for attr in ("help", "short_help", "epilog"):
        source = command.__dict__.setdefault(f"_source_{attr}", getattr(command, attr, None))
        if source:
            setattr(command, attr, _(source))
    for param in command.params:
        source = param.__dict__.setdefault("_source_help", getattr(param, "help", None))
        if source:
            param.help = _(source)  # type: ignore[attr-defined]
    if isinstance(command, click.Group):
        for sub in command.commands.values():
            translate_commands(sub)


class HoptacGroup(click.Group):
    """``hoptac``: settings and language first, then the command line."""

    def main(self, args: Sequence[str] | None = None, *a: Any, **kw: Any) -> Any:  # type: ignore[override]
        argv = list(sys.argv[1:] if args is None else args)
        # numpy's BLAS would start a thread per core that spins while a command streams
        # (no command multiplies matrices): 5% of a large answer's CPU time
        os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")
        settings = setup(argv)
        translate_commands(self)
        if settings.problem:
            click.echo(f"hoptac: {tr(settings.problem)}", err=True)
        return super().main(argv, *a, **kw)


def lang_option(fn: Any) -> Any:
    return click.option("--lang", type=click.Choice(LANGUAGES), expose_value=False,
                        help="Language of the interface: vi or en (default: the config file, else LANG).")(fn)


def configured_database() -> Path | None:
    """The ``database`` setting of the config file, if any."""
    return settings_mod.current().database


@click.command(context_settings={"help_option_names": ["-h", "--help"]})
def config() -> None:
    """Show where the settings file is and what it sets."""
    s = settings_mod.load_settings(binding_ids=settings_mod.all_binding_ids())
    state = _("exists") if s.exists else _("not created yet")
    click.echo(_("Settings file: {path} ({state})").format(path=s.path, state=state))
    if s.problem:
        click.echo(_("Problem: {problem}").format(problem=tr(s.problem)))
    from ..core.library import default_db_path

    env_db = os.environ.get("HOPTAC_DB")

    def row(key: str, value: Any, source: str) -> None:
        click.echo(f"  {key:<9} {value}   ({source})")

    if env_db:
        row("database", env_db, _("from HOPTAC_DB"))
    elif s.database:
        row("database", s.database, _("from the settings file"))
    else:
        row("database", default_db_path(), _("default"))
    row("language", language(), _("from the settings file") if s.language else _("from --lang or the locale"))
    row("theme", s.theme or "textual-dark", _("from the settings file") if s.theme else _("default"))
    if s.keymap:
        click.echo(_("Keys (keymap):"))
        for binding_id, keys in s.keymap.items():
            click.echo(f"  {binding_id} = {keys}")
    click.echo(_("Key binding ids for [keymap]: {ids}").format(ids=", ".join(settings_mod.all_binding_ids())))

"""The interface's language: gettext catalogs for English (the source) and Vietnamese.

The language is chosen in this order: ``--lang vi|en``, the ``language`` setting of the
config file, then the environment as gettext reads it (``LANGUAGE``, ``LC_ALL``,
``LC_MESSAGES``, ``LANG``: ``vi_VN.UTF-8`` gives Vietnamese), else English.

Strings are marked ``_("…")`` (translated where they are used), ``ngettext`` for counts,
and ``N_("…")`` for strings kept in tables and translated later. The catalogs are
``tui/locale/<lang>/LC_MESSAGES/hoptac.po``, compiled to ``hoptac.mo`` (shipped in the
wheel) by ``python -m scripts.i18n`` (Babel, a developer tool only).
"""

from __future__ import annotations

import os
from pathlib import Path
TYPE_CHECKING = False  # (``typing`` is not imported at run time: a cold command's start, ``quick``)
if TYPE_CHECKING:
    from typing import Any, Mapping

__all__ = ["LANGUAGES", "N_", "_", "choose_language", "language", "ngettext", "set_language", "tr",
           "translate_bindings"]

DOMAIN = "hoptac"
LOCALEDIR = Path(__file__).resolve().parent / "locale"
LANGUAGES = ("en", "vi")


class _Source:
    """The source language's catalog: ``gettext.NullTranslations``' answers, without
    importing ``gettext`` (about 4 million instructions of every command that speaks
    English, whose messages are the source's own)."""

    @staticmethod
    def gettext(message: str) -> str:
        return message

    @staticmethod
    def ngettext(singular: str, plural: str, n: int) -> str:
        return singular if n == 1 else plural


_translations: Any = _Source()
_language = "en"


def language_of_locale(value: str | None) -> str | None:
    """``vi_VN.UTF-8`` -> ``vi``; ``en_US`` / ``C`` / ``POSIX`` -> ``en``; None when empty."""
    if not value:
        return None
    for part in value.split(":"):  # LANGUAGE may list several
        code = part.split(".")[0].split("@")[0].split("_")[0].split("-")[0].lower()
        if code in LANGUAGES:
            return code
        if code in ("c", "posix"):
            return "en"
    return "en"


def choose_language(cli: str | None = None, config: str | None = None,
                    environ: Mapping[str, str] | None = None) -> str:
    """The language to speak: ``cli``, else ``config``, else the locale, else English."""
    for given in (cli, config):
        if given:
            code = given.strip().lower()
            if code in LANGUAGES:
                return code
    env = os.environ if environ is None else environ
    for var in ("LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG"):
        found = language_of_locale(env.get(var))
        if found:
            return found
    return "en"


def set_language(code: str) -> None:
    """Speak ``code`` (``en`` or ``vi``) from now on."""
    global _translations, _language
    _language = code if code in LANGUAGES else "en"
    if _language == "en":
        _translations = _Source()
    else:
        import gettext

        _translations = gettext.translation(DOMAIN, LOCALEDIR, languages=[_language], fallback=True)


def language() -> str:
    return _language


def _(message: str) -> str:
    return _translations.gettext(message) if message else message


def ngettext(singular: str, plural: str, n: int) -> str:
    return _translations.ngettext(singular, plural, n)


def num(n: int) -> str:
    """A count with its thousands grouped as the interface's language writes them:
    "1,174" in English, "1.174" in Vietnamese (where a comma is the decimal mark: "1,174
    ký tự" read as one and a bit)."""
    text = f"{n:,}"
    return text.replace(",", ".") if _language == "vi" else text


def N_(message: str) -> str:
    """Marks ``message`` for the catalog; it is translated later, with ``_``."""
    return message


def tr(what: Any) -> str:
    """What ``core`` says (a :class:`~hoptac.core.messages.Message`, or an exception
    carrying one), in the current language; the English when the catalog lacks it or its
    translation does not fit the arguments. A plain string is looked up as it is (a
    warning stored in the database, "no date found"), else shown as it is."""
    from ..core.messages import Message, cut_template, message_of

    if isinstance(what, BaseException):
        what = message_of(what)
    if not isinstance(what, Message):
        return _(str(what)) if _language != "en" else str(what)
    if _language == "en":
        return str(what)
    args = {k: tr(v) if isinstance(v, Message) else v for k, v in what.args.items()}
    template = cut_template(_translations.ngettext(what.template, what.plural, what.n or 0)
                            if what.plural is not None else _(what.template), what.cut)
    try:
        return template.format(**args)
    except (KeyError, IndexError, ValueError, AttributeError):
        return str(what)


def translate_bindings(node: Any) -> None:
    """Give ``node``'s bindings (built from class ``BINDINGS`` in the source language) their
    descriptions and tooltips in the current language. Call in ``__init__``."""
    if _language == "en":
        return
    from dataclasses import replace

    from textual.binding import BindingsMap

    keys = {key: [replace(b, description=_(b.description), tooltip=_(b.tooltip) if b.tooltip else b.tooltip)
                  for b in bindings]
            for key, bindings in node._bindings.key_to_bindings.items()}
    node._bindings = BindingsMap.from_keys(keys)

"""Messages a user can see that ``core`` writes (errors, findings, warnings), in English,
kept translatable without ``core`` knowing any language but English.

    raise StoreError(M_("{path} is damaged: {why}", path=path, why=why))
    notes.append(Mn_("removed {n} temporary file", "removed {n} temporary files", n))

A :class:`Message` *is* the English text (a ``str``: it prints, compares, joins and is
stored as before) and also keeps its template and arguments, so that the interface can
say it in the user's language: ``tui.i18n.tr`` looks the template up in the catalog and
fills in the arguments (a ``Message`` among them is translated too). ``M_`` and ``Mn_``
are the markers ``python -m scripts.i18n`` extracts (like gettext's ``_`` and
``ngettext``); the templates use ``str.format`` fields, never f-strings.
"""

from __future__ import annotations

from typing import Any

__all__ = ["Message", "M_", "Mn_", "message_of", "trimmed"]


def _rebuild(template: str, plural: str | None, n: int | None, args: dict[str, Any]) -> Message:
    return Message(template, plural, n, args)


class Message(str):
    """English text that remembers how it was made: ``template`` (the singular, with
    ``plural`` and ``n`` for a count) and ``args``."""

    __slots__ = ("template", "plural", "n", "args")
    template: str
    plural: str | None
    n: int | None
    args: dict[str, Any]

    def __new__(cls, template: str, plural: str | None = None, n: int | None = None,
                args: dict[str, Any] | None = None) -> Message:
        args = dict(args or {})
        if plural is not None:
            args.setdefault("n", n)
        chosen = plural if plural is not None and n != 1 else template
        self = super().__new__(cls, chosen.format(**args) if args or plural is not None else chosen)
        self.template, self.plural, self.n, self.args = template, plural, n, args
        return self

    def __reduce__(self) -> tuple[Any, ...]:  # through a process pool, arguments and all
        return _rebuild, (self.template, self.plural, self.n, self.args)


def M_(template: str, /, **args: Any) -> Message:
    """``template.format(**args)`` in English, translatable later."""
    return Message(template, None, None, args)


def Mn_(singular: str, plural: str, n: int, /, **args: Any) -> Message:
    """The singular or the plural by ``n`` (English has two forms; other languages may
    have one or several: the catalog chooses). ``{n}`` is the count."""
    return Message(singular, plural, n, args)


def message_of(exc: BaseException) -> str:
    """What ``exc`` says: its :class:`Message` when it carries one (so that a message passed
    on by another exception stays translatable), else ``str(exc)``."""
    args = getattr(exc, "args", ())
    if len(args) == 1 and isinstance(args[0], Message):
        return args[0]
    return str(exc)


def trimmed(message: str, head: str = "", tail: str = "") -> Message | None:
    """``message`` without ``head`` at the start and ``tail`` at the end of its template
    (template text: ``"{path} "``, ``"; {hint}"``), for a caller that names the file or gives
    the hint itself; None when ``message`` is not a :class:`Message` made that way."""
    if not isinstance(message, Message):
        return None
    forms = [message.template] + ([message.plural] if message.plural is not None else [])
    if not all(f.startswith(head) and f.endswith(tail) for f in forms):
        return None

    def cut(f: str) -> str:
        return f[len(head): len(f) - len(tail)]

    args = {k: v for k, v in message.args.items() if "{%s}" % k not in head + tail or k == "n"}
    return Message(cut(message.template), cut(message.plural) if message.plural is not None else None,
                   message.n, args)

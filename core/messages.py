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

TYPE_CHECKING = False  # (``typing`` is not imported at run time: a cold command's start, ``quick``)
if TYPE_CHECKING:
    from typing import Any

__all__ = ["Message", "M_", "Mn_", "cut_template", "message_of", "trimmed"]


def _rebuild(template: str, plural: str | None, n: int | None, args: dict[str, Any],
             cut: tuple[str, str] | None = None) -> Message:
    return Message(template, plural, n, args, cut)


def cut_template(template: str, cut: tuple[str, str] | None) -> str:
    """``template`` without ``cut``'s head and tail, where it has them (a translation may
    put them elsewhere: then they stay)."""
    if not cut:
        return template
    head, tail = cut
    if tail and template.endswith(tail):
        template = template[: len(template) - len(tail)]
    if head and template.startswith(head):
        template = template[len(head):]
    return template


class Message(str):
    """English text that remembers how it was made: ``template`` (the singular, with
    ``plural`` and ``n`` for a count) and ``args``; ``cut``: a head and a tail of the
    template left out (:func:`trimmed`)."""

    __slots__ = ("template", "plural", "n", "args", "cut")
    template: str
    plural: str | None
    n: int | None
    args: dict[str, Any]
    cut: tuple[str, str] | None

    def __new__(cls, template: str, plural: str | None = None, n: int | None = None,
                args: dict[str, Any] | None = None, cut: tuple[str, str] | None = None) -> Message:
        args = dict(args or {})
        if plural is not None:
            args.setdefault("n", n)
        chosen = cut_template(plural if plural is not None and n != 1 else template, cut)
        self = super().__new__(cls, chosen.format(**args) if args or plural is not None else chosen)
        self.template, self.plural, self.n, self.args, self.cut = template, plural, n, args, cut
        return self

    def __reduce__(self) -> tuple[Any, ...]:  # through a process pool, arguments and all
        return _rebuild, (self.template, self.plural, self.n, self.args, self.cut)


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
    the hint itself; None when ``message`` is not a :class:`Message` made that way. The
    template is kept whole (it is what the catalog knows); the cut is made again on its
    translation."""
    if not isinstance(message, Message) or message.cut:
        return None
    forms = [message.template] + ([message.plural] if message.plural is not None else [])
    if not all(f.startswith(head) and f.endswith(tail) for f in forms):
        return None
    return Message(message.template, message.plural, message.n, message.args, (head, tail))

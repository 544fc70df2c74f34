"""The frame of every dialog: a bordered box whose bottom edge says that F1 shows the keys
(``?`` is typed into a dialog's field; F1 is not, and works over every dialog)."""

from __future__ import annotations

from textual.containers import Vertical

from ..i18n import _

__all__ = ["Dialog"]


class Dialog(Vertical):
    """``Vertical(classes="dialog")`` with "F1 keys" on its bottom border (no line taken)."""

    DEFAULT_CLASSES = "dialog"

    def on_mount(self) -> None:
        self.border_subtitle = _("F1 keys")

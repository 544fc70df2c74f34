"""The errors a user can act on, in a module of their own: a command that answers from
the caches as they lie (``fastquery``) catches them without importing the store
(``storage``: TinyDB, tempfile, …) or the export writer."""

from __future__ import annotations

__all__ = ["StoreError", "ExportError"]


class StoreError(Exception):
    """A database problem a user can act on; the message is one plain line."""


class ExportError(Exception):
    """The export could not be written (one-line message); nothing was left behind."""

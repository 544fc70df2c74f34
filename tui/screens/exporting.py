"""Export from the main screen: a JSON file written where hoptac runs, or, in a browser
(``hoptac serve``), downloaded there (Textual's ``deliver_text``).

A base class of the main screen, so it is imported before the first frame: the export
writer and the prompt are imported when ``e`` is first pressed."""

from __future__ import annotations

import io
from pathlib import Path
from typing import TYPE_CHECKING

from hoptac.core.store.query import Filter
from hoptac.core.text import typed
from textual import work

from ..i18n import _, ngettext, num, tr
from ..widgets.text import describe_filter, slug, until_label

if TYPE_CHECKING:  # the screen this is mixed into
    from hoptac.core.store.index import EventIndex

__all__ = ["ExportMixin", "default_export_name"]


def default_export_name(flt: Filter, today: str) -> str:
    """``hoptac-export-lao-cai-yen-bai-2026-11-21.json`` (``all`` without filters). An
    upper bound as it was typed, as the filter bar gives it: ``2020-2022-signing``, not
    the stored ``2020-2022-12-31-signing``."""
    from dataclasses import replace

    if flt.until:
        flt = replace(flt, until=until_label(flt.until))
    what = slug(flt.describe()) if not flt.is_empty() else "all"
    return f"hoptac-export-{what or 'view'}-{today}.json"


class ExportMixin:
    """``e``: export exactly what the screen shows (``view_flt``, ``ranks``)."""

    index: "EventIndex"
    view_flt: Filter
    ranks: list[int]
    _export_confirm: str | None

    def action_export(self) -> None:
        from hoptac.core.store.export import export_refusal

        from .prompt import PromptScreen

        flt, ranks = self.view_flt, list(self.ranks)
        name = default_export_name(flt, self.app.today())  # type: ignore[attr-defined]
        self._export_confirm = None
        if self.app.is_web:  # in a browser: the file downloads there, nothing is written here
            self._export_download(name, flt, ranks)
            return

        def check(value: str) -> str | None:
            v = typed(value)
            if not v:
                return _("type a file name")
            path = Path(v).expanduser()
            try:
                if path.is_dir():
                    return _("{name} is a folder; add a file name").format(name=v)
                if not path.parent.exists():
                    return _("folder {folder} does not exist").format(folder=path.parent)
                refusal = export_refusal(path)
                if refusal:
                    return _("cannot write {path}: {reason}").format(path=v, reason=tr(refusal))
                if path.exists() and self._export_confirm != v:
                    self._export_confirm = v
                    return _("{name} exists: press Enter again to replace it, or change the name").format(name=v)
            except OSError as exc:  # e.g. a name too long for the file system
                return _("cannot use that name: {reason}").format(reason=exc.strerror or exc)
            return None

        def done(value: str | None) -> None:
            if value is not None:
                self._export_worker(Path(value.strip()).expanduser(), flt, ranks)

        what = describe_filter(flt) if not flt.is_empty() else _("all events")
        title = ngettext("Export {n} event ({what}) to JSON", "Export {n} events ({what}) to JSON",
                         len(ranks)).format(n=num(len(ranks)), what=what)
        self.app.push_screen(PromptScreen(
            title, value=name, placeholder=_("file name"),
            help_text=_("The file gets the events on screen, the filters and the count "
                        "(the same document as `hoptac export`). Esc cancels."), check=check), done)

    @work(thread=True, group="export")
    def _export_worker(self, path: Path, flt: Filter, ranks: list[int]) -> None:
        from hoptac.core.store.export import ExportError, iter_document, write_export

        events = self.index.events
        chunks = iter_document((events[r] for r in ranks), filters=flt.as_dict(), count=len(ranks))
        try:
            written = write_export(path, chunks)
        except (ExportError, OSError) as exc:
            message = tr(exc) if isinstance(exc, ExportError) else _("cannot write {path}: {reason}").format(
                path=path, reason=exc.strerror or exc)
            self.app.call_from_thread(self.notify, _("Export failed: {reason}").format(reason=message), severity="error",
                                      timeout=8, markup=False)
            return
        # the file's name first: at 80 columns the message is one line, and a long folder
        # before it cut the name off ("Exported 3 events to /home/…/hoptac-export-2…")
        done = ngettext("Exported {n} event to {name} in {folder}", "Exported {n} events to {name} in {folder}",
                        len(ranks))
        self.app.call_from_thread(self.notify, done.format(n=num(len(ranks)), name=Path(written).name,
                                                           folder=Path(written).parent), timeout=6, markup=False)

    def _export_download(self, name: str, flt: Filter, ranks: list[int]) -> None:
        from .prompt import PromptScreen

        def done(value: str | None) -> None:
            if value is not None and value.strip():
                self._download_worker(Path(value.strip()).name, flt, ranks)

        what = describe_filter(flt) if not flt.is_empty() else _("all events")
        title = ngettext("Download {n} event ({what}) as JSON", "Download {n} events ({what}) as JSON",
                         len(ranks)).format(n=num(len(ranks)), what=what)
        self.app.push_screen(PromptScreen(title, value=name, placeholder=_("file name"),
                                          help_text=_("The browser downloads the file. Esc cancels.")), done)

    @work(thread=True, group="export")
    def _download_worker(self, name: str, flt: Filter, ranks: list[int]) -> None:
        from hoptac.core.store.export import iter_document

        events = self.index.events
        chunks = iter_document((events[r] for r in ranks), filters=flt.as_dict(), count=len(ranks))
        text = b"".join(chunks).decode("utf-8")
        self.app.call_from_thread(self._deliver, name, text, len(ranks))

    def _deliver(self, name: str, text: str, n: int) -> None:
        self.app.deliver_text(io.StringIO(text), save_filename=name, open_method="download",
                              mime_type="application/json")
        self.notify(ngettext("Downloading {n} event as {name}", "Downloading {n} events as {name}", n).format(
            n=num(n), name=name), timeout=6, markup=False)

"""Helpers for Pilot tests of the app: start it on a database, press keys and type, wait for its
workers, and read what the screen shows."""

from __future__ import annotations

from pathlib import Path
from typing import Any

SIZE = (80, 24)   # the terminal the tests run the app in, and a wide one
WIDE = (160, 40)


def open_library(path: Path):
    from hoptac.core.library import Library

    return Library.open(path, seed_if_missing=False)


def make_app(path: Path, initial=None, **kwargs):
    """The app on the database at ``path``, with a fixed date and Unicode output."""
    from hoptac.tui.app import HoptacApp

    kwargs.setdefault("today", "2026-11-21")
    kwargs.setdefault("ascii_only", False)
    return HoptacApp(open_library(path), initial, **kwargs)


async def wait_workers(app) -> None:
    """Wait for every worker; a cancelled one (a filter replaced by a newer one) is fine,
    a failed one raises."""
    from textual.worker import WorkerCancelled

    for worker in list(app.workers):
        try:
            await worker.wait()
        except WorkerCancelled:
            pass


async def settle(pilot) -> None:
    """Wait until filtering (thread workers) is done and the screen has caught up (the
    detail pane scrolled to its event: it waits for the new text's layout)."""
    app = pilot.app
    for _ in range(3):
        await wait_workers(app)
        await pilot.pause()
    await wait_workers(app)
    for _ in range(50):
        if not any(getattr(d, "scroll_pending", False) for s in app.screen_stack for d in s.query("DetailPane")):
            break
        await pilot.pause()


async def press(pilot, *keys: str) -> None:
    for key in keys:
        await pilot.press(key)
        await settle(pilot)


async def type_text(pilot, text: str) -> None:
    await pilot.press(*list(text))
    await settle(pilot)


async def goto_date(pilot, text: str, *, open_detail: bool = False) -> None:
    """The "go to date" prompt: ``t``, the date, Enter (and Enter again to open the detail)."""
    await press(pilot, "t")
    await type_text(pilot, text)
    await press(pilot, *(("enter", "enter") if open_detail else ("enter",)))


def screen_text(app) -> str:
    """What the terminal would show, as plain text lines."""
    strips = app.screen._compositor.render_strips()
    return "\n".join(strip.text.rstrip() for strip in strips)


async def said_soon(pilot, app, needle: str) -> str:
    """The messages showing once one says ``needle`` (a worker's message comes later), or
    after three seconds whatever they are; joined by spaces."""
    for _ in range(60):
        said = " ".join(str(n.message) for n in app._notifications)
        if needle in said:
            return said
        await pilot.pause(0.05)
    return " ".join(str(n.message) for n in app._notifications)


def shown_events(app) -> list[dict[str, Any]]:
    """The events in the timeline, in order."""
    from hoptac.tui.widgets.timeline import Timeline

    timeline = app.screen.query_one(Timeline)
    return [timeline.data.events[r] for r in timeline.data.ranks]


def cursor_event(app) -> dict[str, Any] | None:
    from hoptac.tui.widgets.timeline import Timeline

    for screen in reversed(app.screen_stack):
        found = screen.query(Timeline)
        if found:
            return found.first().current_event
    return None


def keys(*presses: str):
    """A snapshot's run_before: presses keys, waits for the workers, and stops cursors
    blinking (and clears notifications), so the picture does not depend on timing."""
    from textual.widgets import Input

    async def run(pilot) -> None:
        await settle(pilot)
        for key in presses:
            await pilot.press(key)
            await settle(pilot)
        for screen in pilot.app.screen_stack:
            for field in screen.query(Input):
                field.cursor_blink = False
        pilot.app.clear_notifications()
        await settle(pilot)

    return run

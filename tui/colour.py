"""Terminal colour capabilities: NO_COLOR sends no colour at all, and 16-colour terminals
get highlights made of reverse video instead of colours rounded to the nearest of 16.

* ``NO_COLOR`` (https://no-color.org): Textual would still send greys (its ``Monochrome``
  filter); :class:`NoColour` takes every colour off every segment, so only bold, italic,
  underline, reverse and dim reach the terminal.
* 16 colours (``TERM=xterm``, ``TEXTUAL_COLOR_SYSTEM=standard``): an orange cursor bar
  rounds to bright red behind black text; the timeline uses reverse video there instead.
"""

from __future__ import annotations

from rich.segment import Segment
from textual.filter import LineFilter, Monochrome, NoColor

__all__ = ["NoColour", "few_colours", "install_no_colour", "sixteen_colours"]


class NoColour(LineFilter):
    """Remove every foreground and background colour; keep the text attributes."""

    def apply(self, segments: list[Segment], background) -> list[Segment]:  # noqa: ANN001
        return [Segment(text, None if style is None else style.without_color, control)
                for text, style, control in segments]


def install_no_colour(app) -> None:  # noqa: ANN001
    """When the app was started with NO_COLOR, swap Textual's grey filter for :class:`NoColour`."""
    if getattr(app, "no_color", False):
        app._filters = [f for f in app._filters if not isinstance(f, (Monochrome, NoColor))]
        app._filters.append(NoColour())


def sixteen_colours(app) -> bool:  # noqa: ANN001
    """True for a real terminal of 16 colours (or fewer). A headless run (tests, snapshots)
    is never one: its pictures must not depend on the TERM of the machine running them."""
    if getattr(app, "is_headless", True):
        return False
    system = getattr(getattr(app, "console", None), "color_system", None)
    return system in (None, "standard", "windows")


def few_colours(app) -> bool:  # noqa: ANN001
    """True when colours cannot carry a highlight: NO_COLOR, or 16 colours (the app's
    ``sixteen`` attribute, found when it starts)."""
    return bool(getattr(app, "no_color", False) or getattr(app, "sixteen", False))

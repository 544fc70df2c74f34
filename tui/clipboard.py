"""Copying to the clipboard over SSH: OSC 52, through the terminal, not a local clipboard.

``App.copy_to_clipboard`` writes ``ESC ] 52 ; c ; <base64> BEL`` to the terminal (and keeps the
text as ``app.clipboard`` for tests). That reaches the clipboard of the machine the user
sits at, even over SSH, when the terminal allows it (most do; macOS Terminal does not;
tmux needs ``set -g set-clipboard on``).
"""

from __future__ import annotations

import base64
import os
from typing import Any

import orjson
from hoptac.core.text import json_escape_controls
from textual.app import App

from .i18n import _, num

__all__ = ["event_json", "osc52", "copy_event", "MAX_OSC52"]

# Many terminals drop an OSC 52 payload larger than this (xterm's default limit is about 100 kB)
MAX_OSC52 = 74_994


def event_json(event: dict[str, Any]) -> str:
    """The event as indented JSON, Vietnamese kept as UTF-8 (not \\u escapes); control
    characters and bidi overrides escaped, so a paste into a terminal is inert."""
    doc = orjson.dumps(event, option=orjson.OPT_INDENT_2 | orjson.OPT_NON_STR_KEYS)
    return json_escape_controls(doc).decode("utf-8")


def osc52(text: str) -> str:
    """The escape sequence that asks the terminal to put ``text`` on the clipboard."""
    return "\x1b]52;c;" + base64.b64encode(text.encode("utf-8")).decode("ascii") + "\a"


def copy_event(app: App, event: dict[str, Any]) -> str:
    """Copy ``event`` as JSON; returns the message to show the user."""
    text = event_json(event)
    app.copy_to_clipboard(text)  # OSC 52 through Textual's driver
    size = len(base64.b64encode(text.encode("utf-8")))
    note = ""
    if size > MAX_OSC52:
        note = " " + _("(large: some terminals refuse more than ~75 kB; use e to export instead)")
    elif os.environ.get("TMUX"):
        note = " " + _("(in tmux this needs: set -g set-clipboard on)")
    return _("Copied the event as JSON ({n} characters) to the clipboard via the terminal").format(
        n=num(len(text))) + note

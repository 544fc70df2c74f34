"""Whether a worker's answer may still land on its screen.

A worker thread hands its answer to the app with ``call_from_thread``; by the time the
app runs it the screen may be gone: the app quitting (its screens' widgets pruned while
the answer waited) or a dialog closed with Esc before its list was gathered. Such an
answer has no one to show it to and is dropped; querying the screen's widgets then would
raise ``NoMatches`` and end the app with a traceback (seen in CI: a correction saved just
as the test's app shut down).
"""

from __future__ import annotations

from typing import Any

__all__ = ["can_land"]


def can_land(screen: Any) -> bool:
    """True while ``screen`` is in the running app's DOM, its widgets there to update."""
    try:
        app = screen.app
    except RuntimeError:   # Textual's NoActiveAppError: no app at all any more
        return False
    return bool(app.is_running and screen.is_attached)

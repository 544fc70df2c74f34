"""SIGTERM and SIGHUP end the app the way ``q`` does: the terminal gets its normal screen
back, mouse reporting off, the cursor shown (issue 10, item 13).

The signals are handled by the app's event loop (``loop.add_signal_handler``), which asks
the app to exit; Textual then restores the terminal. Should the loop not get to it within
``GRACE`` seconds (a frozen screen), the terminal is restored by hand and the process ends.
"""

from __future__ import annotations

import asyncio
import contextlib
import os
import signal
import sys
import threading
from typing import Any

__all__ = ["install", "uninstall", "RESTORE", "GRACE"]

GRACE = 3.0
_SIGNALS = [s for s in (getattr(signal, "SIGTERM", None), getattr(signal, "SIGHUP", None)) if s is not None]

# leave the alternate screen, mouse reporting off (every mode Textual turns on), bracketed
# paste off, cursor shown, attributes reset
RESTORE = ("\x1b[?1000l\x1b[?1002l\x1b[?1003l\x1b[?1006l\x1b[?1015l\x1b[?2004l"
           "\x1b[?1049l\x1b[?25h\x1b[0m")


def install(app: Any) -> None:
    """Call from the app's ``on_mount`` (the loop is running then)."""
    try:
        loop = asyncio.get_running_loop()
        for sig in _SIGNALS:
            loop.add_signal_handler(sig, _on_signal, app, sig)
    except (RuntimeError, NotImplementedError, ValueError):
        pass  # not the main thread, or no signals here (Windows): nothing to restore by hand


def uninstall() -> None:
    with contextlib.suppress(RuntimeError, NotImplementedError, ValueError):
        loop = asyncio.get_running_loop()
        for sig in _SIGNALS:
            loop.remove_signal_handler(sig)


def _on_signal(app: Any, sig: int) -> None:
    timer = threading.Timer(GRACE, _restore_and_exit, args=(128 + sig,))
    timer.daemon = True
    timer.start()
    app.exit(return_code=128 + sig)


def _restore_and_exit(code: int) -> None:
    """The app did not exit in time: put the terminal back ourselves and end."""
    with contextlib.suppress(Exception):
        out = sys.__stdout__
        if out is not None:
            out.write(RESTORE)
            out.flush()
    os._exit(code)

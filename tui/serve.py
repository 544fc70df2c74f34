"""``hoptac serve``: the app in a web browser, for colleagues without a terminal.

textual-serve starts one ``hoptac browse`` per browser tab and relays its screen over a
WebSocket. It listens on 127.0.0.1 unless told otherwise; any other address prints a
warning, since whoever reaches it can read and export the whole database. In the browser,
``e`` downloads the export (Textual's ``deliver_text``) instead of writing a file on the
server, and ``c`` copies through the browser's clipboard.
"""

from __future__ import annotations

import shlex
import sys
from pathlib import Path
from typing import Any

import click

from .cli_common import CONTEXT, db_of, db_option, fail, filter_options
from .i18n import _, language

__all__ = ["serve", "browse_command", "LOCAL_HOSTS"]

LOCAL_HOSTS = ("127.0.0.1", "localhost", "::1")
FILTER_FLAGS = {"pair": "--pair", "province": "--province", "since": "--since", "until": "--until",
                "type_": "--type", "level": "--level", "search": "--search", "person": "--person", "map_": "--map"}


def browse_command(db: Path | None, filters: dict[str, Any], lang: str) -> str:
    """The command textual-serve runs for each browser tab."""
    parts = [sys.executable, "-m", "hoptac", "--lang", lang]
    if db is not None:
        parts += ["--db", str(db)]
    parts.append("browse")
    for key, flag in FILTER_FLAGS.items():
        value = filters.get(key)
        if value:
            parts += [flag, str(value)]
    return shlex.join(parts)


@click.command(context_settings=CONTEXT)
@db_option
@click.option("--host", default="127.0.0.1", show_default=True,
              help="Address to listen on. Anything but 127.0.0.1/localhost lets others in: a warning is printed.")
@click.option("--port", default=8000, show_default=True, type=click.IntRange(1, 65535), help="Port to listen on.")
@filter_options
@click.pass_context
def serve(ctx: click.Context, db: Path | None, host: str, port: int, **filters: Any) -> None:
    """Serve the app to web browsers (textual-serve), starting with FILTERS applied."""
    try:
        from textual_serve.server import Server
    except ImportError:
        fail(_("hoptac serve needs textual-serve: pip install 'hoptac[serve]'"))
        return
    from .cli_common import build_filter

    build_filter(**filters)  # a wrong filter is one line now, not in every browser tab
    path = db_of(ctx, db)
    if host not in LOCAL_HOSTS:
        click.echo(_("hoptac: warning: serving on {host}:{port}: anyone who can reach this address can read "
                     "and export the whole database").format(host=host, port=port), err=True)
    click.echo(_("hoptac: serving on http://{host}:{port} (Ctrl+C stops)").format(host=host, port=port), err=True)
    server = Server(browse_command(path, filters, language()), host=host, port=port, title="hoptac")
    try:
        server.serve()
    except OSError as exc:
        fail(_("cannot serve on {host}:{port}: {reason}").format(host=host, port=port, reason=exc.strerror or exc))

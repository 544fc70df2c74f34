"""The lean entry point (what the ``hoptac`` script runs) in CliRunner's capture, for the QA tests."""

from __future__ import annotations

import sys

from click.testing import CliRunner

from hoptac.tui import quick


def run_quick(*args: str, env: dict[str, str] | None = None) -> tuple[str, int]:
    """The lean entry point (what the ``hoptac`` script runs), stdout piped: (output, exit code)."""
    runner = CliRunner(env=env)
    with runner.isolation(env=env) as (out, err, _both):
        try:
            code = quick.main(list(args), prog_name="hoptac")
        except SystemExit as exc:
            code = exc.code if isinstance(exc.code, int) else (0 if exc.code is None else 1)
        sys.stdout.flush()
        sys.stderr.flush()
        return out.getvalue().decode() + err.getvalue().decode(), int(code or 0)

"""``python -m hoptac``: the same as the ``hoptac`` command."""

from .tui.cli import main

if __name__ == "__main__":
    main(prog_name="hoptac")

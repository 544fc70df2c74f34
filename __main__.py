"""``python -m hoptac``: the same as the ``hoptac`` command."""

from .tui.quick import main  # the command line (click) for all but the answers it gives itself

if __name__ == "__main__":
    import sys

    sys.exit(main(prog_name="hoptac"))

"""hoptac: a terminal timeline of cooperation between Vietnamese localities."""

# The one place the version lives: pyproject.toml reads it (dynamic version),
# `hoptac --version` prints it.
__version__ = "0.1.0"

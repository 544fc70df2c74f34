"""hoptac: a terminal timeline of cooperation between Vietnamese localities."""

__version__ = "0.1.0"

"""Keeping and finding events: segments, caches, the index, search, query and export.

Imports nothing from :mod:`hoptac.core.extract`.
"""

"""Reading articles: bytes -> text -> article -> places and dates -> events.

A pure function of one article; imports nothing from :mod:`hoptac.core.store`.
"""

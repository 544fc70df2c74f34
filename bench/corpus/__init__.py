"""The synthetic corpus: articles written the way Vietnamese reports are written, for speed
and scale (not an accuracy yardstick: real pages are, see the README).

``python -m bench.corpus N DIR`` writes one; ``python -m bench.corpus --score DIR`` scores it.
"""

"""Which extractor read an article: a fingerprint of the code and data that turn a page's
text into events (the extraction rules, the place tables, the gazetteer, text folding).

An article stored by another extractor is read again by ``hoptac reread`` (from its stored
text, ``core/reread.py``) or by the next ``hoptac ingest`` of its file, so that a newer hoptac's
better reading replaces the older one; the same extractor leaves it alone (an interrupted ingest continues where it stopped). Computed from the
files themselves, so that no one has to remember to bump a number when a rule changes.
"""

from __future__ import annotations

import functools
import hashlib
from pathlib import Path

_CORE = Path(__file__).resolve().parent.parent
#: What extraction reads, relative to the ``core`` package.
_PARTS = ("extract/*.py", "places*.py", "place_levels.py", "scan.py", "text.py", "data/places.json")


@functools.lru_cache(maxsize=1)
def extractor_version() -> str:
    """16 hex digits; the same for the same extraction code and data."""
    h = hashlib.sha256()
    files = sorted({p for part in _PARTS for p in _CORE.glob(part)})
    for path in files:
        if path.name == "version.py":
            continue
        try:
            data = path.read_bytes()
        except OSError:
            continue
        h.update(path.relative_to(_CORE).as_posix().encode("utf-8") + b"\0")
        h.update(data.replace(b"\r\n", b"\n") + b"\0")
    if not files:  # installed without sources: the package's own version stands for it
        from importlib.metadata import PackageNotFoundError, version

        try:
            h.update(version("hoptac").encode("utf-8"))
        except PackageNotFoundError:
            pass
    return h.hexdigest()[:16]

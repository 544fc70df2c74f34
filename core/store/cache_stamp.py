"""The caches' stamp, for opening without the full path (``cache.py`` writes it).

* :func:`columns_by_stamp`: the app's first frame reads the columns without parsing the
  manifest, when the stamp names the manifest file as it is now;
* :func:`restamp`: after the full path found every cache file whole, a copied
  database's stamp is made to name its own manifest, so the fast path (``fastquery``)
  answers again.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from .cache_files import checked_json, manifest_stat
from .cache_files import read_rows as _read_rows
from .segments import Store
from .storage import atomic_write_bytes

if TYPE_CHECKING:
    from .mapped import MappedColumns

__all__ = ["cache_stamp", "restamp", "columns_by_stamp"]


def cache_stamp(store: Store) -> dict[str, Any] | None:
    """The stamp of the caches as rows.json says (None: unreadable)."""
    try:
        stamp = _read_rows(store.dir / "rows.json").get("stamp")
    except (OSError, ValueError):
        return None
    return stamp if isinstance(stamp, dict) else None


def restamp(store: Store, verified: dict[str, Any]) -> bool:
    """After every cache file was checked whole against the stamp ``verified`` (the full
    path), name the manifest file as it is now in the stamp, when it is another file
    than the one the caches were written for (a database copied or restored: ``cp``
    gives the manifest another inode) and is of the same generation: the next command
    then takes the fast path (``fastquery``) again instead of the full one forever.
    Under the write lock, never waiting for it; anything changed since: nothing done."""
    folder = store.dir
    now = manifest_stat(folder)
    if now is None or verified.get("manifest") == now:
        return False
    from .storage import StoreError, WriteLock

    try:
        with WriteLock(store.path, timeout=0):
            store.reload()
            data = _read_rows(folder / "rows.json")
            from .cache import _fresh  # the cache builder's module: not on the first frame's path
            if data.get("stamp") != verified or not _fresh(data, store):
                return False
            now = manifest_stat(folder)
            if now is None:
                return False
            data["stamp"] = {**verified, "manifest": now}
            atomic_write_bytes(folder / "rows.json", checked_json(data))
    except (OSError, ValueError, StoreError):
        return False
    return True


def columns_by_stamp(store: Store, most: int | None = None) -> "MappedColumns | None":
    """The cached columns memory-mapped without reading the manifest, when the caches'
    stamp names the manifest file as it is now (same inode, size and time: the one they
    were written for, as ``fastquery`` trusts it) and every file has its recorded size;
    None: take :func:`load_columns`. For the app's first frame: a manifest of a million
    events takes a second and 200 MB to parse (``Library.open(trust_stamp=True)`` checks
    it later), and the columns decoded another second and 300 MB (``mapped``). ``most``:
    None too when there are more events than that (nothing read but ``rows.json``)."""
    from .mapped import open_mapped

    return open_mapped(store.dir, most)

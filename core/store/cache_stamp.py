"""The caches' stamp, for opening without the full path (``cache.py`` writes it).

* :func:`columns_by_stamp`: the app's first frame reads the columns without parsing the
  manifest, when the stamp names the manifest file as it is now;
* :func:`restamp`: after the full path found every cache file whole, a copied
  database's stamp is made to name its own manifest, so the fast path (``fastquery``)
  answers again;
* :func:`carry_stamp`: after a migration that changed only the manifest's schema number,
  the caches made for the manifest as it was are stamped for the new one (not rebuilt).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from .cache_files import checked_json, manifest_stat
from .cache_files import read_rows as _read_rows
from .segments import Store
from .storage import atomic_write_bytes

if TYPE_CHECKING:
    from .mapped import MappedColumns

__all__ = ["cache_stamp", "restamp", "carry_stamp", "columns_by_stamp"]


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


def carry_stamp(store: Store, old_generation: int, old_manifest: list[int] | None) -> bool:
    """Holding the write lock, after a migration that changed nothing but the manifest's
    schema number (``migrate.META_ONLY``): caches fresh for the manifest as it was (its
    generation, their files' sizes) describe the same data, so their stamp takes the new
    manifest's generation and, when it named the old manifest file, the new file's inode,
    size and time: nothing is rebuilt or read whole. A stamp that named another file (a
    copied database) keeps it: the full path checks those caches whole, as ever. Anything
    else, or a failed write: nothing done (the next open decides, as ever)."""
    from .cache import _fresh

    folder = store.dir
    try:
        data = _read_rows(folder / "rows.json")
        stamp = data.get("stamp")
        if not isinstance(stamp, dict) or stamp.get("generation") != old_generation:
            return False
        moved = {**stamp, "generation": store.generation}
        named = stamp.get("manifest")
        # the file it names: inode, size, time (then the schema read, none before schema 3)
        if old_manifest is not None and isinstance(named, list) and named[:3] == old_manifest[:3]:
            moved["manifest"] = manifest_stat(folder)
        data["stamp"] = moved
        if not _fresh(data, store):
            return False
        atomic_write_bytes(folder / "rows.json", checked_json(data))
    except (OSError, ValueError):
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

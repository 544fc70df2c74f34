"""Where the database lives, first-run seeding, and the loaded state a command uses.

``Library.open(path)`` reads the database once and builds the in-memory
:class:`~hoptac.core.store.query.EventIndex`; the command line and the app work on that.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any, Callable

from .messages import M_, message_of
from .store.errors import StoreError

if TYPE_CHECKING:  # imported when a database is opened: a command that answers from the
    from .store.index import EventIndex  # caches as they lie (``fastquery``) never needs them
    from .store.segments import Store

__all__ = ["Library", "default_db_path", "default_data_path", "is_default_db", "seed_paths", "no_database"]

from .dbpaths import ENV_DB, default_data_path, default_db_path, is_default_db  # noqa: E402  (re-exported)


def no_database(path: str | Path) -> StoreError:
    return StoreError(M_("no database at {path} (`hoptac ingest --db {path} FILES` creates one)", path=path))


def seed_paths() -> list[Path]:
    """The bundled sample articles (the package's ``seeds/`` folder)."""
    from importlib.resources import as_file, files  # only to seed the default database

    root = files("hoptac") / "seeds"
    out = []
    for entry in sorted(root.iterdir(), key=lambda p: p.name):
        if entry.name.endswith(".txt"):
            with as_file(entry) as real:
                out.append(Path(real))
    return out


@dataclass
class Library:
    store: Store
    index: EventIndex
    seeded: bool = False
    cache_problems: list[str] = field(default_factory=list)  # found (and rebuilt) by open
    manifest_unchecked: bool = False  # opened by the caches' stamp: verify_caches reads the manifest

    @classmethod
    def open(cls, path: str | Path, *, seed_if_missing: bool = False,
             on_wait: Callable[[str], None] | None = None,
             progress: Callable[[int], None] | None = None, verify: bool = True,
             trust_stamp: bool = False) -> "Library":
        """Open and load the index from the caches, rebuilding them first if the store
        changed since they were written. A path with no database is refused
        (:func:`no_database`) unless ``seed_if_missing`` (the default database on first
        run: created from the bundled seeds); a lost manifest is refused either way.

        ``verify``: check every cache file against its checksum first (and rebuild the
        caches when one does not match); the app passes False and calls
        :meth:`verify_caches` in the background after its first frame instead.

        ``trust_stamp`` (the app, with ``verify=False``): when the caches' stamp names the
        manifest file as it is now (``cache_stamp.columns_by_stamp``), the columns are read
        without parsing the manifest; :meth:`verify_caches` then checks the manifest too."""
        if trust_stamp and not verify:
            quick = cls.open_by_stamp(path)
            if quick is not None:
                return quick
        from .store.cache import load_columns, verify_caches
        from .store.cache_stamp import cache_stamp, restamp
        from .store.check import drop_people
        from .store.index import EventIndex
        from .store.segments import Store

        store = Store(path)
        seeded = False
        if not store.exists:
            store.refuse_if_orphaned()
            if not seed_if_missing:
                raise no_database(path)
            from .ingest import ingest_paths

            ingest_paths(store, seed_paths(), on_wait=on_wait, source_label=_seed_label)
            store.reload()
            seeded = True
        store.counts()  # refuse a damaged or foreign file before anything else
        problems: list[str] = []
        try:
            cols = load_columns(store, progress)
            stamp = cache_stamp(store) if verify else None
            if verify and (problems := verify_caches(store)):
                from .store.people import FILES as PEOPLE  # numpy: not for every command

                drop_people(store.dir)  # made again when next used
                if any(not p.startswith(PEOPLE) for p in problems):
                    cols = load_columns(store, progress, rebuild=True)
            elif stamp is not None:
                restamp(store, stamp)  # a copied database: its caches found whole, the fast path again
            index = EventIndex.from_columns(cols)
        except (OSError, StoreError):
            # caches cannot be written here (a read-only folder): index in memory
            from .store.corrections import apply_all, by_event

            index = EventIndex.build(apply_all(store.events(), by_event(store)), article=store.article)
        return cls(store=store, index=index, seeded=seeded, cache_problems=problems)

    @classmethod
    def open_by_stamp(cls, path: str | Path, most: int | None = None) -> "Library | None":
        """The library over its caches mapped, when their stamp names the manifest file as
        it is now (``cache_stamp.columns_by_stamp``: nothing decoded, rebuilt or waited
        for; the manifest not parsed, :meth:`verify_caches` checks it); None otherwise,
        or when it holds more than ``most`` events."""
        from .store.cache_stamp import columns_by_stamp
        from .store.index import EventIndex
        from .store.segments import Store

        store = Store(path)
        if not store.exists or store.path.is_dir():
            return None
        cols = columns_by_stamp(store, most)
        if cols is None:
            return None
        return cls(store=store, index=EventIndex.from_columns(cols), manifest_unchecked=True)

    def verify_caches(self) -> list[str]:
        """Which cache files do not match their checksums (reads them whole); empty
        when the index was built in memory. A manifest not read at open (``trust_stamp``)
        is checked first (:meth:`_check_manifest`): StoreError when it cannot be used.
        Every file whole in a copied database: its stamp is made to name its own manifest
        (``restamp``, as :meth:`open` with ``verify`` does), so the app's next opening maps
        the caches instead of decoding them (seconds and hundreds of MB at a million)."""
        from .store.index import LazyRecords

        if self.manifest_unchecked:
            self._check_manifest()
            self.manifest_unchecked = False

        if not isinstance(self.index.events, LazyRecords):
            return []
        from .store.cache import verify_caches
        from .store.cache_stamp import cache_stamp, restamp

        stamp = cache_stamp(self.store)
        problems = verify_caches(self.store)
        fit = getattr(self.index.cols, "words_fit", None)  # mapped: not checked at open (``mapped._open``)
        if fit is not None and not fit():
            problems.append("words.bin: its blocks do not fit rows.json")
        if not problems and stamp is not None:
            restamp(self.store, stamp)  # nothing done when the stamp names this manifest already
        return problems

    def _check_manifest(self) -> None:
        """The manifest the caches' stamp vouched for at open, against the CRC-32 in its
        head (read, not parsed: a million events' manifest parsed is 200 MB); one without
        a checksum head (not written by this store) is parsed and checked whole. StoreError:
        damaged, as :meth:`open` would have said."""
        from .store.manifest import REPAIR_HINT
        from .store.storage import _crc_ok, read_regular

        ok = _crc_ok(read_regular(self.store.path))
        if ok is None:
            from .store.segments import Store

            Store(self.store.path).counts()  # parsed and checked, then let go (not kept by the app)
        elif not ok:
            raise StoreError(M_("{path} is damaged: it does not match the checksum recorded when it was "
                                "written; {hint}", path=self.store.path, hint=REPAIR_HINT))

    def article(self, article_id: str) -> dict[str, Any] | None:
        """The article from the caches; from its segment when its cache line is damaged."""
        try:
            art = self.index.article(article_id)
        except (ValueError, OSError, StoreError):
            art = None
        if art is None or not isinstance(art, dict) or art.get("id") != article_id:
            try:
                return self.store.article(article_id)
            except StoreError as exc:  # the app shows the reason in place of the text, and keeps running
                reason = M_("This article cannot be read: {reason}", reason=message_of(exc))
                return {"id": article_id, "source": "", "title": M_("(cannot be read)"), "published": None,
                        "body_span": [0, len(reason)], "boilerplate": [], "text": reason, "warnings": [reason]}
        return art


def _seed_label(path: Path) -> str:
    return f"seeds/{path.name}"

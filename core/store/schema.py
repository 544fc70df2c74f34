"""The manifest's ``meta`` record (``{"app": "hoptac", "schema": SCHEMA, "generation": N}``)
and the refusal of a file that is not a hoptac database, or is one of a newer schema
(used by :mod:`hoptac.core.store.segments`).

Schema 3 (from 2): segments may hold an article as ``text_cut`` (its text without the
sentences its events quote, ``textcut``) instead of ``text``. A hoptac that knows only
schema 2 would show such an article without those sentences and could lose them when it
compacts: it must refuse the file, so the number changed. The data of a schema-2 file is
read as it is (its segments hold ``text``); its migration changes only the number."""

from __future__ import annotations

TYPE_CHECKING = False  # (``typing`` is not imported at run time: a cold command's start, ``quick``)
if TYPE_CHECKING:
    from typing import Any

from ..messages import M_
from .errors import StoreError

SCHEMA = 3
APP = "hoptac"


def _meta(doc: dict[str, Any]) -> dict[str, Any]:
    meta = next(iter((doc.get("meta") or {}).values()), {})
    return meta if isinstance(meta, dict) else {}


def _validate(doc: dict[str, Any]) -> None:
    if not doc:
        return
    if not doc.get("meta"):
        raise StoreError(M_("this file is not a hoptac database (no hoptac metadata); it was left untouched"))
    meta = _meta(doc)
    if meta.get("app") != APP:
        raise StoreError(M_("this file is not a hoptac database (it belongs to another program); it was left untouched"))
    schema = meta.get("schema")
    if not isinstance(schema, int) or schema < 1:
        raise StoreError(M_("this hoptac database has no valid schema version; it was left untouched"))
    if schema > SCHEMA:
        raise StoreError(M_(
            "this database was written by a newer hoptac (schema {schema}; this one reads up to {known}); "
            "upgrade hoptac to open it", schema=schema, known=SCHEMA)
        )

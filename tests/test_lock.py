"""The write lock: one writer at a time, on every platform (``filelock``, not ``fcntl``).

The waiting-writer and lost-update tests across processes are in test_faults.py.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from hoptac.core.store.storage import StoreError, WriteLock


def test_the_lock_file_is_the_database_name_with_lock(tmp_path: Path) -> None:
    db = tmp_path / "hoptac.json"
    with WriteLock(db) as lock:
        assert lock.path == tmp_path / "hoptac.json.lock"
        assert lock.path.exists()


def test_a_second_writer_gives_up_after_its_timeout_and_gets_the_lock_once_free(tmp_path: Path) -> None:
    db = tmp_path / "db.json"
    said: list[str] = []
    with WriteLock(db):
        with pytest.raises(StoreError, match="still writing"):
            with WriteLock(db, timeout=0):
                pass
        with pytest.raises(StoreError, match="still writing"):
            with WriteLock(db, on_wait=said.append, patience=0.05, timeout=0.3):
                pass
    assert len(said) == 1 and said[0].startswith("waiting for another hoptac process")
    with WriteLock(db, timeout=0):  # released: free at the first try
        pass


def test_a_lock_that_cannot_be_created_is_one_clear_error(tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("not a folder")
    with pytest.raises(StoreError, match="cannot lock"):
        with WriteLock(blocker / "sub" / "db.json", timeout=0):
            pass


# Run where ``import fcntl`` fails, as on Windows: the module imports, the lock excludes a
# second writer, and a whole first run (seeding the database, which writes) succeeds.
WITHOUT_FCNTL = r"""
import json, sys
sys.modules["fcntl"] = None  # `import fcntl` now raises ImportError
from pathlib import Path
from hoptac.core.store.storage import StoreError, WriteLock
from hoptac.core.library import Library

db = Path(sys.argv[1])
out = {}
with WriteLock(db) as held:
    out["lock_file"] = held.path.name
    try:
        with WriteLock(db, timeout=0.2):
            out["second"] = "got it"
    except StoreError as exc:
        out["second"] = str(exc)
with WriteLock(db, timeout=0):
    out["after"] = "got it"
lib = Library.open(db, seed_if_missing=True)  # a first run: writes the seeds under the lock
out["events"] = len(lib.index)
out["fcntl_loaded"] = sys.modules.get("fcntl") is not None
print(json.dumps(out))
"""


def test_the_lock_works_where_fcntl_does_not_exist(tmp_path: Path) -> None:
    proc = subprocess.run([sys.executable, "-c", WITHOUT_FCNTL, str(tmp_path / "db.json")],
                          capture_output=True, text=True, timeout=120)
    assert proc.returncode == 0, proc.stderr
    out = json.loads(proc.stdout.splitlines()[-1])
    assert out["lock_file"] == "db.json.lock"
    assert out["second"].startswith("another hoptac process is still writing")
    assert out["after"] == "got it"
    assert out["events"] > 0
    assert out["fcntl_loaded"] is False

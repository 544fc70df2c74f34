"""The app's first frame without numpy (issue 14's app row): the mapped index opened and
every event's rows built before anything imports numpy (``textcolumn.numpy_loaded`` False)
give what the numpy path gives; the text columns found without numpy read the same
lines and refuse the same damage; the word index's blocks, no longer checked when the
columns are mapped, are checked by ``Library.verify_caches`` after the first frame."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))  # bench's generator makes the events

from bench.events import write_db  # noqa: E402
from hoptac.core.library import Library
from hoptac.core.store import mapped, textcolumn
from hoptac.core.store.cache import build_caches
from hoptac.core.store.cache_files import read_rows
from hoptac.core.store.errors import StoreError
from hoptac.core.store.query import Filter
from hoptac.core.store.segments import Store
from hoptac.tui.screens.main import build_rows


@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("stdlib") / "db.json"
    write_db(path, 900, seed=7, workers=1)
    build_caches(Store(path))
    return path


def _rows_facts(index: Any, ranks: Any) -> dict[str, Any]:
    data = build_rows(index, ranks)
    return {"width": data.date_width, "ranges": data.has_ranges, "pair": [data.pair_full, data.pair_short],
            "headings": [[h.year, h.row, h.count] for h in data.headings], "rows": len(data)}


def _open(db: Path, monkeypatch: pytest.MonkeyPatch, with_numpy: bool) -> Library:
    monkeypatch.setattr(textcolumn, "numpy_loaded", lambda: with_numpy)
    lib = Library.open(db, verify=False, trust_stamp=True)
    assert isinstance(lib.index.cols, mapped.MappedColumns)
    return lib


def test_the_first_rows_without_numpy_are_those_with_it(db: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    plain = _open(db, monkeypatch, False)
    cols = plain.index.cols
    assert cols.dates.raw_lines() is not None and cols.ends.raw_lines() is not None  # the stdlib path was taken
    facts = {name: _rows_facts(plain.index, r) for name, r in
             (("all", range(len(plain.index))), ("part", range(100, 700)), ("some", list(range(3, 900, 7))))}
    monkeypatch.setattr(textcolumn, "numpy_loaded", lambda: True)
    facts_np = {name: _rows_facts(plain.index, r) for name, r in
                (("all", range(len(plain.index))), ("part", range(100, 700)), ("some", list(range(3, 900, 7))))}
    with_np = _open(db, monkeypatch, True)
    assert with_np.index.cols.dates.raw_lines() is None  # numpy's bounds
    assert facts == facts_np == {name: _rows_facts(with_np.index, r) for name, r in
                                 (("all", range(len(with_np.index))), ("part", range(100, 700)),
                                  ("some", list(range(3, 900, 7))))}
    assert facts["all"]["ranges"]  # the generated events have date ranges: their shapes were found
    for name in ("dates", "ends", "article_ids"):
        a, b = getattr(plain.index.cols, name), getattr(with_np.index.cols, name)
        assert len(a) == len(b) and list(a) == list(b) and [a[i] for i in range(len(a))] == list(b)
        assert a.nonempty() == b.nonempty() and (a.lengths() == b.lengths()).all()
    ends = plain.index.cols.ends
    assert all(ends[i] is None for i in range(len(ends)) if i not in set(ends.nonempty()))
    ids = plain.index.cols.article_ids
    assert ids.last_index(ids[5]) == with_np.index.cols.article_ids.last_index(ids[5])
    # the rest of the index over the columns opened without numpy answers as the other
    for flt in (Filter(), Filter(type="signing"), Filter(search="hop tac"), Filter(since="2015")):
        assert list(plain.index.filter(flt)) == list(with_np.index.filter(flt))
    assert [plain.index.events[r] for r in range(0, 900, 41)] == [with_np.index.events[r] for r in range(0, 900, 41)]


def test_a_text_column_with_a_line_too_few_is_refused_either_way(monkeypatch: pytest.MonkeyPatch) -> None:
    raw = b"2019-01-02\n2020\n\n2021-05"
    for loaded in (False, True):
        monkeypatch.setattr(textcolumn, "numpy_loaded", lambda loaded=loaded: loaded)
        col = textcolumn.TextColumn(raw, 0, len(raw), 4, none_if_empty=True)
        assert list(col) == ["2019-01-02", "2020", None, "2021-05"] == [col[i] for i in range(4)]
        assert col[-1] == "2021-05" and col.nonempty() == [0, 1, 3]
        with pytest.raises(StoreError):
            textcolumn.TextColumn(raw, 0, len(raw), 5)
        with pytest.raises(IndexError):
            col[4]


def test_opening_the_app_index_and_its_first_rows_imports_no_numpy(db: Path) -> None:
    code = (
        "import sys, json\n"
        "from pathlib import Path\n"
        "from hoptac.core.library import Library\n"
        "from hoptac.tui.screens.main import build_rows\n"
        f"lib = Library.open(Path({str(db)!r}), verify=False, trust_stamp=True)\n"
        "data = build_rows(lib.index, range(len(lib.index)))\n"
        "first = [lib.index.events[data.rows[i]]['id'] for i in range(1, 20) if data.rows[i] >= 0]\n"
        "print(json.dumps({'numpy': 'numpy' in sys.modules, 'width': data.date_width, 'first': first}))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    got = json.loads(out.stdout)
    assert got["numpy"] is False
    lib = Library.open(db, verify=False, trust_stamp=True)
    data = build_rows(lib.index, range(len(lib.index)))
    assert got["width"] == data.date_width
    assert got["first"] == [lib.index.events[data.rows[i]]["id"] for i in range(1, 20) if data.rows[i] >= 0]


def test_word_blocks_that_do_not_fit_are_found_after_the_first_frame(tmp_path: Path) -> None:
    path = tmp_path / "db.json"
    write_db(path, 300, seed=3, workers=1)
    build_caches(Store(path))
    rows_path = path.with_name("db.json.d") / "rows.json"
    rows = read_rows(rows_path)
    assert Library.open(path, verify=False, trust_stamp=True).verify_caches() == []
    blocks = rows["words"]["blocks"]
    blocks[0][4] += 1  # the first block now claims a line more than it holds: the lines no longer add up
    lib = Library.open(path, verify=False, trust_stamp=True)
    cols = lib.index.cols
    cols.words = rows["words"]  # as if rows.json had said so (its stamp and checksums otherwise whole)
    assert not cols.words_fit()
    assert any(p.startswith("words.bin") for p in lib.verify_caches())


def test_the_short_forms_read_from_the_provinces_part_are_those_of_the_whole_gazetteer() -> None:
    import orjson

    from hoptac.tui.widgets import names

    raw = names._gazetteer()
    assert names._provinces(raw) == orjson.loads(raw)["provinces"]
    assert names.short_name("Hồ Chí Minh") == "TP.HCM" and names.short_name("Lào Cai") == "Lào Cai"
    # another layout (no indent, provinces last, a part that is not a list): the whole file is parsed
    for other in (b'{"provinces": [{"name": "A"}], "foreign": []}', b'{\n "x": 1,\n "provinces": [{"name": "B"}]\n}',
                  b'{\n "provinces": 3,\n "foreign": []\n}'):
        whole = orjson.loads(other).get("provinces", [])
        assert names._provinces(other) == whole

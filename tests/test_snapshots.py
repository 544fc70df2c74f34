"""SVG snapshots of the screens at 80x24 and 160x40 (pytest-textual-snapshot).

Regenerate after an intended change with ``pytest tests/test_snapshots.py --snapshot-update``
and look at the SVGs in ``tests/__snapshots__/`` before committing them.
Everything date- or time-dependent is fixed (the app's ``today``), cursors do not blink,
and no notification is on screen when the picture is taken.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from app_support import build_fixture_db, keys, make_app
from hoptac.core.store.query import Filter

NARROW = (80, 24)
WIDE = (160, 40)


@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return build_fixture_db(tmp_path_factory.mktemp("snap") / "hoptac.json")



def test_main_80x24(db: Path, snap_compare) -> None:
    assert snap_compare(make_app(db), terminal_size=NARROW, run_before=keys("j", "j"))


def test_main_160x40_side_by_side(db: Path, snap_compare) -> None:
    assert snap_compare(make_app(db), terminal_size=WIDE, run_before=keys("t", *"2023", "enter"))


def test_pair_filter_80x24(db: Path, snap_compare) -> None:
    app = make_app(db, initial=Filter(pair=("Lào Cai", "Thái Bình")))
    assert snap_compare(app, terminal_size=NARROW, run_before=keys("G"))


def test_detail_80x24(db: Path, snap_compare) -> None:
    assert snap_compare(make_app(db), terminal_size=NARROW, run_before=keys("t", *"2024", "enter", "enter"))


def test_detail_160x40_other_text_shown(db: Path, snap_compare) -> None:
    assert snap_compare(make_app(db), terminal_size=WIDE,
                        run_before=keys("t", *"2024", "enter", "enter", "o"))


def test_help_80x24(db: Path, snap_compare) -> None:
    assert snap_compare(make_app(db), terminal_size=NARROW, run_before=keys("question_mark"))


def test_help_160x40(db: Path, snap_compare) -> None:
    assert snap_compare(make_app(db), terminal_size=WIDE, run_before=keys("question_mark"))


def test_empty_state_80x24(db: Path, snap_compare) -> None:
    app = make_app(db, initial=Filter(pair=("Hà Nội", "Thái Bình"), type="visit"))
    assert snap_compare(app, terminal_size=NARROW, run_before=keys())


def test_empty_state_160x40(db: Path, snap_compare) -> None:
    app = make_app(db, initial=Filter(search="zzqxy"))
    assert snap_compare(app, terminal_size=WIDE, run_before=keys())


def test_pair_picker_80x24(db: Path, snap_compare) -> None:
    assert snap_compare(make_app(db), terminal_size=NARROW, run_before=keys("p", *"lao cai", "enter"))


def test_filter_form_80x24(db: Path, snap_compare) -> None:
    app = make_app(db, initial=Filter(province="Lào Cai", since="2010", type="signing"))
    assert snap_compare(app, terminal_size=NARROW, run_before=keys("f"))


def test_export_prompt_80x24(db: Path, snap_compare) -> None:
    app = make_app(db, initial=Filter(pair=("Lào Cai", "Yên Bái")))
    assert snap_compare(app, terminal_size=NARROW, run_before=keys("e"))


def test_no_color_ascii_80x24(db: Path, snap_compare, monkeypatch: pytest.MonkeyPatch) -> None:
    """A poor terminal: NO_COLOR and no block characters; the cursor still shows (reverse, ">")."""
    monkeypatch.setenv("NO_COLOR", "1")
    app = make_app(db, ascii_only=True)
    assert snap_compare(app, terminal_size=NARROW, run_before=keys("j", "j", "j"))


# -- in Vietnamese (the same screens; article text stays as written) ---------------------------

def test_main_80x24_vi(db: Path, snap_compare, vietnamese) -> None:
    assert snap_compare(make_app(db), terminal_size=NARROW, run_before=keys("j", "j"))


def test_main_160x40_vi(db: Path, snap_compare, vietnamese) -> None:
    assert snap_compare(make_app(db), terminal_size=WIDE, run_before=keys("t", *"2023", "enter"))


def test_detail_80x24_vi(db: Path, snap_compare, vietnamese) -> None:
    assert snap_compare(make_app(db), terminal_size=NARROW, run_before=keys("t", *"2024", "enter", "enter"))


def test_detail_fields_80x24_vi(db: Path, snap_compare, vietnamese) -> None:
    assert snap_compare(make_app(db), terminal_size=NARROW,
                        run_before=keys("t", *"2023-02-18", "enter", "enter", "i"))


def test_help_80x24_vi(db: Path, snap_compare, vietnamese) -> None:
    assert snap_compare(make_app(db), terminal_size=NARROW, run_before=keys("question_mark"))


def test_filter_form_80x24_vi(db: Path, snap_compare, vietnamese) -> None:
    app = make_app(db, initial=Filter(province="Lào Cai", since="2010", type="signing"))
    assert snap_compare(app, terminal_size=NARROW, run_before=keys("f"))


def test_detail_fields_80x24(db: Path, snap_compare) -> None:
    """The fields of the 2023-02-18 event, brought on screen with i."""
    assert snap_compare(make_app(db), terminal_size=NARROW,
                        run_before=keys("t", *"2023-02-18", "enter", "enter", "i"))


def test_after_clear_80x24(db: Path, snap_compare) -> None:
    """x cleared the filters: the bar says u brings them back."""
    app = make_app(db, initial=Filter(pair=("Lào Cai", "Yên Bái")))
    assert snap_compare(app, terminal_size=NARROW, run_before=keys("x"))


def test_detail_160x40_vi(db: Path, snap_compare, vietnamese) -> None:
    assert snap_compare(make_app(db), terminal_size=WIDE, run_before=keys("t", *"2024", "enter", "enter"))


def test_people_80x24_vi(db: Path, snap_compare, vietnamese) -> None:
    assert snap_compare(make_app(db), terminal_size=NARROW, run_before=keys("w", "down"))


def test_partners_80x24_vi(db: Path, snap_compare, vietnamese) -> None:
    assert snap_compare(make_app(db), terminal_size=NARROW, run_before=keys("t", *"2024", "enter", "P"))

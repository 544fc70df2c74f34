"""Vietnamese and English: the language chosen, the catalogs shipped, the app and the
command line in both."""

from __future__ import annotations

import os
import subprocess
import sys
import tomllib
from pathlib import Path

import pytest
from app_support import build_fixture_db, goto_date, make_app, press, screen_text, settle
from hoptac.tui import i18n
from hoptac.tui.i18n import choose_language, language_of_locale

ROOT = Path(__file__).resolve().parent.parent
HOPTAC = Path(sys.executable).parent / "hoptac"


@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return build_fixture_db(tmp_path_factory.mktemp("i18n") / "hoptac.json")


@pytest.mark.parametrize("env, expected", [
    ({"LANG": "vi_VN.UTF-8"}, "vi"),
    ({"LANG": "en_US.UTF-8", "LC_MESSAGES": "vi_VN.UTF-8"}, "vi"),
    ({"LANG": "vi_VN.UTF-8", "LC_ALL": "C.UTF-8"}, "en"),
    ({"LANGUAGE": "vi:en", "LANG": "C"}, "vi"),
    ({"LANG": "fr_FR.UTF-8"}, "en"),
    ({}, "en"),
])
def test_the_language_follows_the_locale(env: dict[str, str], expected: str) -> None:
    assert choose_language(None, None, env) == expected


def test_lang_and_the_setting_come_before_the_locale() -> None:
    assert choose_language("en", "vi", {"LANG": "vi_VN.UTF-8"}) == "en"
    assert choose_language(None, "vi", {"LANG": "en_US.UTF-8"}) == "vi"
    assert choose_language(None, "en", {"LANG": "vi_VN.UTF-8"}) == "en"
    assert language_of_locale("vi_VN.UTF-8") == "vi" and language_of_locale("C") == "en"


def test_the_catalogs_are_what_the_sources_make_and_fully_translated() -> None:
    import importlib.util

    spec = importlib.util.spec_from_file_location("hoptac_scripts_i18n", ROOT / "scripts" / "i18n.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    assert module.build(check=True) == []  # python -m scripts.i18n regenerates them


def test_the_compiled_catalog_ships_in_the_wheel() -> None:
    data = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    patterns = data["tool"]["setuptools"]["package-data"]["hoptac.tui"]
    shipped = {p for pattern in patterns for p in (ROOT / "tui").glob(pattern)}
    assert ROOT / "tui/locale/vi/LC_MESSAGES/hoptac.mo" in shipped


def test_vietnamese_strings_and_plurals() -> None:
    i18n.set_language("vi")
    assert i18n._("Quit") == "Thoát"
    assert i18n.ngettext("{n} event", "{n} events", 1).format(n=1) == "1 sự kiện"
    i18n.set_language("en")
    assert i18n.ngettext("{n} event", "{n} events", 1).format(n=1) == "1 event"
    assert i18n.ngettext("{n} event", "{n} events", 2).format(n=2) == "2 events"


async def test_the_app_in_vietnamese_at_80x24(db: Path) -> None:
    i18n.set_language("vi")
    app = make_app(db)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        text = screen_text(app)
        assert "Tất cả 19 sự kiện" in text and "1 sự kiện" in text
        assert text.splitlines()[-1].rstrip().endswith("q Thoát")
        await goto_date(pilot, "2023-02-18", open_detail=True)
        await press(pilot, "i")
        text = screen_text(app)
        assert "Nguyên văn  “Chiều 18/2”" in text and "Các bên" in text and "năm suy ra từ ngữ cảnh" in text
        assert text.splitlines()[-1].rstrip().endswith("q Thoát")
        await press(pilot, "question_mark")
        assert "hoptac — mọi phím" in screen_text(app)
    # article text stays as written: nothing of it is translated
    assert "Chiều 18/2" in text


def _run(*args: str, **env: str) -> subprocess.CompletedProcess[str]:
    base = {k: v for k, v in os.environ.items() if not k.startswith(("LANG", "LC_"))}
    base.update(env)
    return subprocess.run([str(HOPTAC), *args], capture_output=True, text=True, env=base, timeout=60)


def test_the_command_line_speaks_the_locale_and_lang(tmp_path: Path) -> None:
    vi = _run("--help", LANG="vi_VN.UTF-8")
    assert vi.returncode == 0 and "Cách dùng:" in vi.stdout and "Hiện trợ giúp này rồi thoát." in vi.stdout
    en = _run("--lang", "en", "events", "--help", LANG="vi_VN.UTF-8")
    assert "Usage:" in en.stdout and "List events" in en.stdout
    vi = _run("--lang", "vi", "events", "--help", LANG="C.UTF-8")
    assert "Liệt kê sự kiện" in vi.stdout and "Loại sự kiện." in vi.stdout


def test_the_setting_chooses_the_language(tmp_path: Path) -> None:
    config = tmp_path / "config.toml"
    config.write_text('language = "vi"\n', encoding="utf-8")
    out = _run("--help", LANG="C.UTF-8", HOPTAC_CONFIG=str(config))
    assert "Cách dùng:" in out.stdout


async def test_the_research_screens_and_the_correction_form_in_vietnamese(db: Path) -> None:
    i18n.set_language("vi")
    try:
        app = make_app(db)
        async with app.run_test(size=(80, 24)) as pilot:
            await settle(pilot)
            await press(pilot, "w")
            await settle(pilot)
            text = screen_text(app)
            assert "Nhân vật" in text and "gõ một tên" in text and "Enter xem sự kiện" in text and "sự kiện  20" in text
            for ch in "zzzz":
                await press(pilot, ch)
            await settle(pilot)
            assert "không có ai mang tên này ở đây" in screen_text(app)
            await press(pilot, "escape")
            await goto_date(pilot, "2024")
            await press(pilot, "P")
            await settle(pilot)
            text = screen_text(app)
            assert "Đối tác của Lào Cai" in text and "5 đối tác trong 14 sự kiện" in text and "Tab bên kia" in text
            await press(pilot, "escape")
            await press(pilot, "C")
            await settle(pilot)
            text = screen_text(app)
            assert "Sửa sự kiện này" in text and "Ngày kết thúc (để trống: không có)" in text
            assert "Không phải sự kiện (ẩn đi)" in text
            for word in ("Correct this event", "Partners of", "People", "events"):
                assert word not in text
    finally:
        i18n.set_language("en")

"""The settings file: what it sets, what a broken one does, keymap and theme, `hoptac config`."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from app_support import build_fixture_db, make_app, press, settle, shown_events
from click.testing import CliRunner
from hoptac.core.store.query import Filter
from hoptac.tui.cli import main
from hoptac.tui.settings import all_binding_ids, load_settings, save_theme


@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return build_fixture_db(tmp_path_factory.mktemp("settings") / "hoptac.json")


def write(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "config.toml"
    path.write_text(text, encoding="utf-8")
    return path


def test_a_missing_file_is_the_defaults(tmp_path: Path) -> None:
    s = load_settings(tmp_path / "nothing.toml")
    assert not s.exists and s.problem is None and s.database is None and s.keymap == {}


def test_every_setting_is_read(tmp_path: Path) -> None:
    path = write(tmp_path, '# mine\ndatabase = "~/x/hoptac.json"\nlanguage = "vi"\ntheme = "textual-light"\n\n'
                           '[keymap]\n"main.clear" = "z, ctrl+l"\n')
    s = load_settings(path, binding_ids=all_binding_ids())
    assert s.problem is None
    assert s.database == Path("~/x/hoptac.json").expanduser() and s.language == "vi" and s.theme == "textual-light"
    assert s.keymap == {"main.clear": "z,ctrl+l"}


@pytest.mark.parametrize("text, line, words", [
    ('language = "vi"\ntheme = "nord\n', 2, "line 2:"),
    ('database = "a.json"\n\nlanguage = "fr"\n', 3, 'language must be "vi" or "en"'),
    ('colour = "red"\n', 1, "unknown setting 'colour'"),
    ('[keymap]\n"main.clear" = "z"\n"main.nothing" = "y"\n', 3, "no key binding has the id 'main.nothing'"),
    ('[keymap]\n"main.clear" = 5\n', 2, "keys must be a string"),
])
def test_a_broken_file_is_one_line_naming_the_line_and_the_defaults(tmp_path: Path, text: str, line: int,
                                                                     words: str) -> None:
    s = load_settings(write(tmp_path, text), binding_ids=all_binding_ids())
    assert s.problem is not None and "\n" not in s.problem
    assert f"line {line}:" in s.problem and words in s.problem and s.problem.endswith("using the defaults")
    assert s.database is None and s.language is None and s.theme is None and s.keymap == {}  # nothing half-read


def test_keeping_the_theme_keeps_the_rest_of_the_file(tmp_path: Path) -> None:
    path = write(tmp_path, '# my settings\nlanguage = "vi"  # Vietnamese\n\n[keymap]\n"main.clear" = "z"\n')
    save_theme(path, "nord")
    text = path.read_text(encoding="utf-8")
    assert text.startswith("# my settings\nlanguage = \"vi\"  # Vietnamese\n")
    assert load_settings(path).theme == "nord" and load_settings(path).keymap == {"main.clear": "z"}
    save_theme(path, "gruvbox")
    assert text.replace('theme = "nord"', 'theme = "gruvbox"') == path.read_text(encoding="utf-8")
    fresh = tmp_path / "new" / "config.toml"
    save_theme(fresh, "nord")
    assert fresh.read_text(encoding="utf-8") == 'theme = "nord"\n'
    assert not list(tmp_path.glob(".*.tmp"))


def test_every_binding_has_an_id() -> None:
    from hoptac.tui.app import HoptacApp
    from hoptac.tui.screens.main import MainScreen
    from hoptac.tui.widgets.detail import ArticleView, DetailPane
    from hoptac.tui.widgets.timeline import Timeline

    for cls in (HoptacApp, MainScreen, Timeline, DetailPane, ArticleView):
        for b in cls.BINDINGS:
            assert b.id, (cls.__name__, b.key)
    ids = all_binding_ids()
    assert len(ids) == len(set(ids)) and "main.clear" in ids and "detail.fields" in ids


async def test_the_keymap_rebinds_a_key(db: Path, tmp_path: Path) -> None:
    s = load_settings(write(tmp_path, '[keymap]\n"main.clear" = "z"\n'), binding_ids=all_binding_ids())
    app = make_app(db, initial=Filter(pair=("Lào Cai", "Thái Bình")), settings=s)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await press(pilot, "x")
        assert len(shown_events(app)) == 5  # x is no longer "clear"
        await press(pilot, "z")
        assert len(shown_events(app)) == 19


async def test_a_theme_picked_in_the_app_is_kept(db: Path, tmp_path: Path) -> None:
    path = write(tmp_path, 'language = "en"\n')
    s = load_settings(path)
    app = make_app(db, settings=s)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        app.theme = "textual-light"
        await settle(pilot)
    assert load_settings(path).theme == "textual-light" and load_settings(path).language == "en"
    app = make_app(db, settings=load_settings(path))
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        assert app.theme == "textual-light"


def test_hoptac_config_says_where_and_what(db: Path, tmp_path: Path) -> None:
    path = write(tmp_path, f'database = "{db}"\ntheme = "nord"\n[keymap]\n"main.clear" = "z"\n')
    env = {"HOPTAC_CONFIG": str(path), "HOPTAC_DB": None, "LANG": "C.UTF-8", "LANGUAGE": None,
           "LC_ALL": None, "LC_MESSAGES": None}
    result = CliRunner().invoke(main, ["config"], env=env)
    assert result.exit_code == 0, result.output
    assert f"Settings file: {path} (exists)" in result.output
    assert str(db) in result.output and "from the settings file" in result.output
    assert "nord" in result.output and "main.clear = z" in result.output
    # the config file's database is the default database of every command
    result = CliRunner().invoke(main, ["pairs", "--json"], env=env)
    assert result.exit_code == 0 and '"Lào Cai"' in result.output


def test_a_broken_config_file_is_one_line_and_the_command_still_runs(db: Path, tmp_path: Path) -> None:
    path = write(tmp_path, 'language = "vi"\ntheme = [\n')
    env = {"HOPTAC_CONFIG": str(path), "HOPTAC_DB": str(db), "LANG": "C.UTF-8", "LANGUAGE": None,
           "LC_ALL": None, "LC_MESSAGES": None}
    result = CliRunner(mix_stderr=False).invoke(main, ["pairs", "--json"], env=env) if "mix_stderr" in \
        CliRunner.__init__.__code__.co_varnames else CliRunner().invoke(main, ["pairs", "--json"], env=env)
    assert result.exit_code == 0
    err = [line for line in result.stderr.splitlines() if line.strip()]
    assert len(err) == 1 and err[0].startswith(f"hoptac: {path}: line 2") and "using the defaults" in err[0]
    assert "Traceback" not in result.output


async def test_an_unknown_keymap_id_in_the_app_is_one_warning_and_the_default_keys(db: Path, tmp_path: Path) -> None:
    s = load_settings(write(tmp_path, '[keymap]\n"main.nothing" = "z"\n'))  # read as a command reads it
    assert s.problem is None and s.keymap == {"main.nothing": "z"}
    app = make_app(db, initial=Filter(pair=("Lào Cai", "Thái Bình")), settings=s)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        assert s.problem and "main.nothing" in s.problem and s.keymap == {}
        await press(pilot, "x")
        assert len(shown_events(app)) == 19  # x still clears


@pytest.mark.parametrize("kind", ["data", "config"])
@pytest.mark.parametrize("xdg", [None, "", "/x/conf", "/x/conf/", "rel/conf", " /x", "//x"])
@pytest.mark.parametrize("home", [None, "/home/u", "/home/u/", "/", "relhome"])
def test_the_user_folders_are_platformdirs_own(monkeypatch: pytest.MonkeyPatch, kind: str, xdg: str | None,
                                                home: str | None) -> None:
    """``dbpaths.user_folder`` answers plain cases without platformdirs: the same folder."""
    import platformdirs

    from hoptac.core.dbpaths import _XDG, _plain_folder, user_folder

    var = _XDG[kind][0]
    for name, value in ((var, xdg), ("HOME", home)):
        if value is None:
            monkeypatch.delenv(name, raising=False)
        else:
            monkeypatch.setenv(name, value)
    try:
        want = Path(platformdirs.user_data_path("hoptac", appauthor=False) if kind == "data"
                    else platformdirs.user_config_path("hoptac", appauthor=False))
    except (RuntimeError, KeyError):  # no home folder platformdirs accepts: asked there too
        with pytest.raises((RuntimeError, KeyError)):
            user_folder(kind)
        return
    assert user_folder(kind) == want
    if xdg == "/x/conf" or (not xdg and home == "/home/u"):  # the plain cases: no platformdirs asked
        assert _plain_folder(kind, dict(os.environ)) == want

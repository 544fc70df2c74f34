"""Each test starts in English with no settings file read (a test that changes the
language or the settings of the run does not leak into the next); `vietnamese` runs one in
Vietnamese."""

from __future__ import annotations

from pathlib import Path

import pytest


@pytest.fixture(autouse=True)
def _english_and_no_settings(monkeypatch: pytest.MonkeyPatch, tmp_path_factory: pytest.TempPathFactory):
    from hoptac.tui import i18n, settings

    # never the user's own settings file
    monkeypatch.setenv("HOPTAC_CONFIG", str(tmp_path_factory.getbasetemp() / "no-config.toml"))
    yield
    i18n.set_language("en")
    settings.use(None)


@pytest.fixture
def vietnamese():
    """The interface in Vietnamese for one test (English again after it)."""
    from hoptac.tui import i18n

    i18n.set_language("vi")
    yield
    i18n.set_language("en")


@pytest.fixture(scope="module")
def seeded(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A database made as first use makes the default one: from the bundled seeds (one a module)."""
    from hoptac.core.library import Library

    path = tmp_path_factory.mktemp("seeded") / "hoptac.json"
    Library.open(path, seed_if_missing=True)
    return path


@pytest.fixture()
def default_db(seeded: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """The seeded database as the default one (neither --db nor $HOPTAC_DB)."""
    from hoptac.core import dbpaths

    monkeypatch.setattr(dbpaths, "default_data_path", lambda: seeded)
    return seeded

"""The README's pictures are what the app draws now (``python -m scripts.screenshots``
remakes them from the bundled seeds)."""

from __future__ import annotations

import html
import importlib.util
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def _module():
    spec = importlib.util.spec_from_file_location("hoptac_scripts_screenshots", ROOT / "scripts" / "screenshots.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_the_readme_screenshots_are_up_to_date() -> None:
    shots = _module()
    made = shots.render_all()
    stale = [name for name, svg in made.items()
             if (shots.OUT / f"{name}.svg").read_text(encoding="utf-8") != svg]
    assert not stale, f"stale: {stale}; run python -m scripts.screenshots and look at docs/screenshots/"
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    for name in made:
        assert f"docs/screenshots/{name}.svg" in readme, name
    # what the pictures must show
    pair = html.unescape(made["pair-filter"]).replace("\xa0", " ")
    assert "Filter:" in pair and "Yên Bái" in pair and " of 9 events" in pair
    assert "Tất cả 9 sự kiện" in html.unescape(made["wide-vi"]).replace("\xa0", " ")  # in Vietnamese

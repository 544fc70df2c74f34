"""Pictures of the app for the README, made from the app itself on the bundled seeds.

    python -m scripts.screenshots           # writes docs/screenshots/*.svg
    python -m scripts.screenshots --check   # exit 1 when one is not what the app draws now

Each picture: a database made from the five sample articles (``seeds/``, read by the real
extractor), the app at a fixed size and date, some keys pressed, Textual's SVG export.
``tests/test_screenshots.py`` fails while any picture is stale: rerun the first command
after a change to the app's look (or to the extraction) and look at the pictures.
"""

from __future__ import annotations

import asyncio
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "docs" / "screenshots"
TODAY = "2026-11-21"

# name, size, language, keys (each a key name, or "type:TEXT"), what it shows
SHOTS: list[tuple[str, tuple[int, int], str, list[str], str]] = [
    ("main", (100, 30), "en", [], "the timeline under its year histogram"),
    ("detail", (100, 30), "en", ["t", "type:2023-02-18", "enter", "enter"],
     "an event's detail, opened on its sentence in the article"),
    ("detail-fields", (100, 30), "en", ["t", "type:2023-02-18", "enter", "enter", "i"],
     "every field of the event (i)"),
    ("pair-filter", (100, 30), "en", ["p", "type:lao cai", "enter", "type:yen bai", "enter"],
     "the pair filter Lào Cai – Yên Bái"),
    ("people", (100, 30), "en", ["w"], "the people screen (w)"),
    ("partners", (100, 30), "en", ["t", "type:2023-02-18", "enter", "P"], "partners of the event's parties (P)"),
    ("wide-vi", (160, 40), "vi", ["t", "type:2023-02-18", "enter"], "160 columns, in Vietnamese"),
]


async def _shoot(db: Path, size: tuple[int, int], lang: str, keys: list[str]) -> str:
    from hoptac.core.library import Library
    from hoptac.tui import i18n
    from hoptac.tui.app import HoptacApp

    i18n.set_language(lang)
    try:
        app = HoptacApp(Library.open(db), None, ascii_only=False, today=TODAY, sixteen=False)
        async with app.run_test(size=size) as pilot:
            await _settle(pilot)
            for key in keys:
                if key.startswith("type:"):
                    await pilot.press(*key[5:])
                else:
                    await pilot.press(key)
                await _settle(pilot)
            for screen in app.screen_stack:
                from textual.widgets import Input

                for field in screen.query(Input):
                    field.cursor_blink = False
            app.clear_notifications()
            await _settle(pilot)
            return app.export_screenshot(title="hoptac")
    finally:
        i18n.set_language("en")


async def _settle(pilot) -> None:  # noqa: ANN001
    from textual.worker import WorkerCancelled

    for _ in range(3):
        for worker in list(pilot.app.workers):
            try:
                await worker.wait()
            except WorkerCancelled:
                pass
        await pilot.pause()
    for _ in range(50):  # the detail pane scrolls to its event once the new text is laid out
        screens = pilot.app.screen_stack
        if not any(getattr(d, "scroll_pending", False) for s in screens for d in s.query("DetailPane")):
            break
        await pilot.pause()


def seeds_database(folder: Path) -> Path:
    """A database made from the bundled seeds by the real extractor."""
    from hoptac.core.library import Library

    db = folder / "hoptac.json"
    Library.open(db, seed_if_missing=True)
    return db


def render_all() -> dict[str, str]:
    with tempfile.TemporaryDirectory() as tmp:
        db = seeds_database(Path(tmp))
        return {name: asyncio.run(_shoot(db, size, lang, keys)) for name, size, lang, keys, _what in SHOTS}


def main(argv: list[str]) -> int:
    check = "--check" in argv
    stale = []
    for name, svg in render_all().items():
        path = OUT / f"{name}.svg"
        if not path.exists() or path.read_text(encoding="utf-8") != svg:
            stale.append(path)
            if not check:
                path.parent.mkdir(parents=True, exist_ok=True)
                path.write_text(svg, encoding="utf-8")
    for path in stale:
        print(("stale: " if check else "wrote: ") + str(path.relative_to(ROOT)))
    return 1 if check and stale else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

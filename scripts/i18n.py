"""The interface's catalogs: extract the English strings, merge them into each language's
``.po``, compile the ``.mo`` files that ship in the wheel (developers only; needs Babel).

    python -m scripts.i18n           # tui/locale/hoptac.pot, update vi .po, compile .mo
    python -m scripts.i18n --check   # exit 1 when the .pot, a .po or a .mo is out of date

Strings come from ``_("…")``, ``N_("…")`` and ``ngettext("…", "…", n)`` in ``tui/``,
``M_("…", **args)`` and ``Mn_("…", "…", n, **args)`` in ``core/`` (``core/messages.py``), plus
the command line's help (walked from the click commands, so ``cli*.py`` need no markers)
and click's own words (``cli_setup.CLICK_WORDS``).
"""

from __future__ import annotations

import io
import sys
from datetime import datetime, timezone
from pathlib import Path

from babel.messages.catalog import Catalog
from babel.messages.extract import extract_from_dir
from babel.messages.mofile import write_mo
from babel.messages.pofile import read_po, write_po

ROOT = Path(__file__).resolve().parent.parent
TUI = ROOT / "tui"
LOCALE = TUI / "locale"
POT = LOCALE / "hoptac.pot"
LANGS = ("vi",)
CORE = ROOT / "core"
KEYWORDS = {"_": None, "N_": None, "ngettext": (1, 2), "M_": None, "Mn_": (1, 2)}
CORE_KEYWORDS = {"M_": None, "Mn_": (1, 2)}  # core/messages.py: English templates the interface translates


def _click_strings() -> list[tuple[str, str]]:
    """(string, where) of every command's and option's help, and click's own words."""
    import click
    from hoptac.tui.cli import main
    from hoptac.tui.cli_setup import CLICK_WORDS

    out: list[tuple[str, str]] = []

    def walk(cmd, path: str) -> None:  # noqa: ANN001
        for attr in ("help", "short_help", "epilog"):
            text = cmd.__dict__.get(f"_source_{attr}", getattr(cmd, attr, None))
            if text:
                out.append((text, f"{path} {attr}"))
        for param in cmd.params:
            text = param.__dict__.get("_source_help", getattr(param, "help", None))
            if text:
                out.append((text, f"{path} {param.name}"))
        if isinstance(cmd, click.Group):  # lazy groups load a command when asked for it
            ctx = click.Context(cmd)
            for name in cmd.list_commands(ctx):
                sub = cmd.get_command(ctx, name)
                if sub is not None:
                    walk(sub, f"{path} {name}")

    walk(main, "hoptac")
    out += [(w, "click") for w in CLICK_WORDS]
    return out


# fixed, so that the files (the .mo's header included) change only when the strings do
STAMP = datetime(2026, 1, 1, tzinfo=timezone.utc)


def template() -> Catalog:
    cat = Catalog(project="hoptac", version="0.1", charset="utf-8", creation_date=STAMP, revision_date=STAMP)
    for filename, lineno, message, _comments, _context in extract_from_dir(
            str(TUI), method_map=[("**.py", "python")], keywords=KEYWORDS, comment_tags=()):
        cat.add(message, locations=[(f"tui/{filename}", lineno)])
    for filename, lineno, message, _comments, _context in extract_from_dir(
            str(CORE), method_map=[("**.py", "python")], keywords=CORE_KEYWORDS, comment_tags=()):
        cat.add(message, locations=[(f"core/{filename}", lineno)])
    for text, where in _click_strings():
        cat.add(text, locations=[(where, 0)])
    return cat


def _po_bytes(cat: Catalog) -> bytes:
    buf = io.BytesIO()
    write_po(buf, cat, width=100, omit_header=False, sort_output=False, include_lineno=False)
    return buf.getvalue()


def _mo_bytes(cat: Catalog) -> bytes:
    buf = io.BytesIO()
    write_mo(buf, cat, use_fuzzy=False)
    return buf.getvalue()


def build(check: bool = False) -> list[str]:
    """Write (or, with ``check``, compare) the files; returns the ones out of date."""
    stale: list[str] = []
    pot = template()
    files: dict[Path, bytes] = {POT: _po_bytes(pot)}
    for lang in LANGS:
        po_path = LOCALE / lang / "LC_MESSAGES" / "hoptac.po"
        with po_path.open("rb") as fh:
            cat = read_po(fh, locale=lang)
        cat.update(pot, no_fuzzy_matching=True)
        cat.obsolete.clear()
        cat.creation_date = cat.revision_date = STAMP
        files[po_path] = _po_bytes(cat)
        files[po_path.with_suffix(".mo")] = _mo_bytes(cat)
        missing = [m.id for m in cat if m.id and not (all(m.string) if isinstance(m.string, tuple) else m.string)]
        if missing:
            stale.append(f"{po_path}: {len(missing)} untranslated, e.g. {missing[0]!r}")
    for path, data in files.items():
        old = path.read_bytes() if path.exists() else b""
        if _strip_dates(old) != _strip_dates(data):
            stale.append(str(path.relative_to(ROOT)))
            if not check:
                path.write_bytes(data)
    return stale


def _strip_dates(data: bytes) -> bytes:
    return b"\n".join(line for line in data.split(b"\n")
                      if not line.startswith((b'"POT-Creation-Date', b'"PO-Revision-Date', b'"Generated-By')))


if __name__ == "__main__":
    check = "--check" in sys.argv[1:]
    out = build(check=check)
    for line in out:
        print(("out of date: " if check else "wrote: ") + line)
    sys.exit(1 if check and out else 0)

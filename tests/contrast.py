"""WCAG contrast of what an app has drawn: every cell with a visible character, its
foreground against its background (after Textual's filters; "dim" text as the dim filter
blends it)."""

from __future__ import annotations

from rich.color import Color as RichColor
from textual.filter import dim_color


def _lum(rgb: tuple[int, int, int]) -> float:
    def ch(c: int) -> float:
        s = c / 255
        return s / 12.92 if s <= 0.03928 else ((s + 0.055) / 1.055) ** 2.4

    r, g, b = (ch(c) for c in rgb)
    return 0.2126 * r + 0.7152 * g + 0.0722 * b


def ratio(a: tuple[int, int, int], b: tuple[int, int, int]) -> float:
    la, lb = sorted((_lum(a), _lum(b)), reverse=True)
    return (la + 0.05) / (lb + 0.05)


GRAPHICS = set("▁▂▃▄▅▆▇█▔▕▏▎▍▌▋▊▉─━│┃┄┅┆┇╌╍╎╏═║╭╮╯╰┌┐└┘├┤┬┴┼▲▼▶◀·… ")


def cells(app, region=None) -> list[tuple[str, float, int]]:
    """(text, contrast ratio, screen row) of every drawn run with letters or digits (bars,
    rules and scrollbars are graphics, not text), inside ``region`` (x, y, w, h) if given."""
    strips = app.screen._compositor.render_strips()
    out = []
    for y, strip in enumerate(strips):
        if region is not None and not region[1] <= y < region[1] + region[3]:
            continue
        x = 0
        for seg in strip:
            text, style = seg.text, seg.style
            x0, x = x, x + seg.cell_length
            if region is not None and (x0 < region[0] or x > region[0] + region[2]):
                continue
            if not text.strip() or set(text) <= GRAPHICS:
                continue
            if style is None or style.color is None or style.bgcolor is None:
                continue
            fg, bg = style.color, style.bgcolor
            if style.reverse:
                fg, bg = bg, fg
            if style.dim:
                fg = dim_color(bg, fg)
            f = fg.get_truecolor() if isinstance(fg, RichColor) else fg
            b = bg.get_truecolor() if isinstance(bg, RichColor) else bg
            out.append((text, ratio(tuple(f), tuple(b)), y))
    return out


def worst(app, below: float = 4.5, region=None) -> list[tuple[str, float, int]]:
    return sorted((c for c in cells(app, region) if c[1] < below), key=lambda c: c[1])

#!/usr/bin/env python3
"""Renders a `tmux capture-pane -e -p` capture (text with ANSI SGR escapes) to a PNG.

Usage: ansi_to_png.py [--light] CAPTURE WIDTH HEIGHT OUT.png [TITLE]

The capture is replayed through pyte (a terminal emulator in Python) at WIDTH x HEIGHT cells, then
each cell is painted with Pillow in DejaVu Sans Mono on a dark background, or with --light in xterm's
own colours on white, as the contrast tests (ThemeContrastTests) measure them. Block elements and the
light/heavy box lines are drawn as rectangles rather than glyphs, so bars join seamlessly from cell
to cell and row to row, as they do in a real terminal. Needs: pip install pyte Pillow.
"""
import subprocess
import sys

import pyte
from PIL import Image, ImageDraw, ImageFont

# A dark theme with the eight ANSI colours and their bright variants (also used for bold text);
# dim text is blended towards the ground.
DARK = {
    "background": (24, 26, 33), "foreground": (220, 223, 228),
    "window_edge": (58, 62, 74), "title_bar": (36, 39, 48), "title_text": (150, 156, 170),
    "ansi": {
        "black": (40, 44, 52), "red": (224, 108, 117), "green": (152, 195, 121), "brown": (229, 192, 123),
        "blue": (97, 175, 239), "magenta": (198, 120, 221), "cyan": (86, 182, 194), "white": (200, 204, 212),
    },
    "bright": {
        "black": (92, 99, 112), "red": (255, 130, 140), "green": (175, 225, 140), "brown": (250, 215, 140),
        "blue": (130, 195, 255), "magenta": (220, 150, 240), "cyan": (110, 210, 225), "white": (250, 250, 252),
    },
    "bold_is_bright": True,
    "dim": lambda fg, bg: blend(fg, bg, 0.45),
}
# xterm's defaults (XTerm-col.ad), black on white; bold is a heavier font only, and dim is xterm's
# faint (each channel times 2/3).
LIGHT = {
    "background": (255, 255, 255), "foreground": (0, 0, 0),
    "window_edge": (200, 200, 200), "title_bar": (236, 236, 236), "title_text": (90, 90, 90),
    "ansi": {
        "black": (0, 0, 0), "red": (205, 0, 0), "green": (0, 205, 0), "brown": (205, 205, 0),
        "blue": (0, 0, 238), "magenta": (205, 0, 205), "cyan": (0, 205, 205), "white": (229, 229, 229),
    },
    "bright": {
        "black": (127, 127, 127), "red": (255, 0, 0), "green": (0, 255, 0), "brown": (255, 255, 0),
        "blue": (92, 92, 255), "magenta": (255, 0, 255), "cyan": (0, 255, 255), "white": (255, 255, 255),
    },
    "bold_is_bright": False,
    "dim": lambda fg, bg: tuple(round(c * 2 / 3) for c in fg),
}

FONT_SIZE = 18
PADDING = 22
TITLE_HEIGHT = 34


def font_path(style):
    """DejaVu Sans Mono from fontconfig (fc-match), falling back to Debian's path."""
    name = "DejaVu Sans Mono:style=" + style
    try:
        path = subprocess.run(["fc-match", "-f", "%{file}", name], capture_output=True, text=True).stdout
        if path.endswith(".ttf"):
            return path
    except OSError:
        pass
    suffix = "-Bold" if style == "Bold" else ""
    return f"/usr/share/fonts/truetype/dejavu/DejaVuSansMono{suffix}.ttf"


_fonts = {}


def font_for(char, style, default):
    """The font a terminal draws `char` with: its own, or, for a character it lacks (DejaVu Sans
    Mono has no ℓ), the one fontconfig falls back to, as VTE, kitty and xterm's Xft do."""
    if ord(char[0]) < 0x80:
        return default
    key = (char, style)
    if key not in _fonts:
        _fonts[key] = default
        name = f"DejaVu Sans Mono:style={style}:charset={ord(char[0]):x}"
        try:
            path = subprocess.run(["fc-match", "-f", "%{file}", name], capture_output=True, text=True).stdout
        except OSError:
            path = ""
        if path.endswith(".ttf") and path != font_path(style):
            _fonts[key] = ImageFont.truetype(path, FONT_SIZE)
    return _fonts[key]


class Screen(pyte.Screen):
    """pyte ignores SGR 2 (dim); it is carried here as `blink`, which the explorer never uses."""

    def select_graphic_rendition(self, *attrs, **kwargs):
        expanded = []
        for a in attrs or (0,):
            if a == 2:
                expanded.append(5)
            elif a == 22:  # normal intensity: neither bold nor dim
                expanded += [22, 25]
            else:
                expanded.append(a)
        super().select_graphic_rendition(*expanded, **kwargs)


def colour(theme, name, default, bold=False):
    """A pyte colour name ("red", "brightred", "default") or hex, as `theme` draws it."""
    if name == "default":
        return default
    if name in theme["ansi"]:
        return theme["bright" if bold and theme["bold_is_bright"] else "ansi"][name]
    if name.startswith("bright") and name[6:] in theme["bright"]:  # SGR 90-97, 100-107
        return theme["bright"][name[6:]]
    try:  # 256-colour or truecolour cells arrive as hex
        return tuple(int(name[i:i + 2], 16) for i in (0, 2, 4))
    except ValueError:
        return default


def blend(a, b, t):
    return tuple(round(x * (1 - t) + y * t) for x, y in zip(a, b))


def draw_block(draw, ch, x, y, w, h, fg):
    """Block elements and box lines as rectangles; False when `ch` is an ordinary glyph."""
    code = ord(ch)
    if 0x2589 <= code <= 0x258F or code == 0x2588:  # ▉▊▋▌▍▎▏ and █: left n/8 of the cell
        eighths = 8 if code == 0x2588 else 0x2590 - code
        draw.rectangle([x, y, x + round(w * eighths / 8) - 1, y + h - 1], fill=fg)
        return True
    if 0x2581 <= code <= 0x2587:  # ▁▂▃▄▅▆▇: the bottom n/8 of the cell, as a terminal draws them
        top = y + h - round(h * (code - 0x2580) / 8)
        draw.rectangle([x, top, x + w - 1, y + h - 1], fill=fg)
        return True
    if ch == "▀":
        draw.rectangle([x, y, x + w - 1, y + h // 2 - 1], fill=fg)
        return True
    if ch == "▄":
        draw.rectangle([x, y + h // 2, x + w - 1, y + h - 1], fill=fg)
        return True
    if ch in "─━":
        t = 1 if ch == "─" else 3
        draw.rectangle([x, y + h // 2 - t // 2, x + w - 1, y + h // 2 - t // 2 + t - 1], fill=fg)
        return True
    if ch in "│┃":
        t = 1 if ch == "│" else 3
        draw.rectangle([x + w // 2 - t // 2, y, x + w // 2 - t // 2 + t - 1, y + h - 1], fill=fg)
        return True
    return False


def render(capture, columns, rows, out, title, theme):
    screen = Screen(columns, rows)
    stream = pyte.Stream(screen)
    # capture-pane ends lines with \n only; a terminal needs the carriage return too.
    stream.feed(capture.replace("\r", "").rstrip("\n").replace("\n", "\r\n"))

    regular = ImageFont.truetype(font_path("Book"), FONT_SIZE)
    bold = ImageFont.truetype(font_path("Bold"), FONT_SIZE)
    cell_w = round(regular.getlength("M"))
    ascent, descent = regular.getmetrics()
    cell_h = round((ascent + descent) * 1.12)
    baseline_pad = (cell_h - (ascent + descent)) // 2

    width = columns * cell_w + 2 * PADDING
    height = rows * cell_h + 2 * PADDING + TITLE_HEIGHT
    background, foreground = theme["background"], theme["foreground"]
    image = Image.new("RGB", (width, height), background)
    draw = ImageDraw.Draw(image)
    draw.rectangle([0, 0, width - 1, TITLE_HEIGHT - 1], fill=theme["title_bar"])
    for i, c in enumerate([(237, 106, 94), (245, 191, 79), (98, 197, 84)]):
        cx, cy = 20 + i * 20, TITLE_HEIGHT // 2
        draw.ellipse([cx - 6, cy - 6, cx + 6, cy + 6], fill=c)
    if title:
        tw = regular.getlength(title) * 0.8
        small = ImageFont.truetype(font_path("Book"), round(FONT_SIZE * 0.8))
        draw.text(((width - tw) / 2, (TITLE_HEIGHT - FONT_SIZE) / 2), title, font=small, fill=theme["title_text"])
    draw.rectangle([0, 0, width - 1, height - 1], outline=theme["window_edge"])

    top = TITLE_HEIGHT + PADDING
    for row in range(rows):
        line = screen.buffer[row]
        for col in range(columns):
            ch = line[col]
            fg = colour(theme, ch.fg, foreground, ch.bold)
            bg = colour(theme, ch.bg, background)
            if ch.reverse:
                fg, bg = bg, fg
            if ch.blink:  # dim
                fg = theme["dim"](fg, bg)
            x, y = PADDING + col * cell_w, top + row * cell_h
            char = ch.data
            wide = char and col + 1 < columns and line[col + 1].data == ""
            span = cell_w * (2 if wide else 1)
            if bg != background:
                draw.rectangle([x, y, x + span - 1, y + cell_h - 1], fill=bg)
            if not char or char == " ":
                continue
            if len(char) == 1 and draw_block(draw, char, x, y, cell_w, cell_h, fg):
                continue
            style = "Bold" if ch.bold else "Book"
            font = font_for(char, style, bold if ch.bold else regular)
            draw.text((x, y + baseline_pad), char, font=font, fill=fg)
            if ch.underscore:
                draw.line([x, y + cell_h - 2, x + span - 1, y + cell_h - 2], fill=fg)
    image.save(out, optimize=True)


def main():
    args = sys.argv[1:]
    theme = LIGHT if "--light" in args else DARK
    args = [a for a in args if a != "--light"]
    if len(args) < 4:
        sys.exit(__doc__)
    capture_path, columns, rows, out = args[0], int(args[1]), int(args[2]), args[3]
    title = args[4] if len(args) > 4 else ""
    with open(capture_path, encoding="utf-8") as f:
        render(f.read(), columns, rows, out, title, theme)


if __name__ == "__main__":
    main()

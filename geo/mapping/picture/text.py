"""Text of the picture, drawn at the final size: fonts, data strings as plain text, wrapped
titles, and place labels that avoid each other and the markers."""

from __future__ import annotations

from functools import lru_cache

from PIL import ImageDraw, ImageFont

from geo.mapping.picture.palette import INK, MARKER_RADIUS, PAGE
from geo.mapping.picture.view import Box, View

#: Where DejaVu Sans is on Debian (package fonts-dejavu-core); otherwise Pillow's own font.
FONT_FILES = {False: ("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf", "DejaVuSans.ttf"),
              True: ("/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf",
                     "DejaVuSans-Bold.ttf")}


class Fonts:
    """The picture's fonts at ``unit`` times the social card's sizes: DejaVu Sans where
    installed, Pillow's own font otherwise. The card's type is large for a card: it is read
    at a third of its size in a feed."""

    def __init__(self, unit: float = 1.0) -> None:
        def size(points: float) -> int:
            return max(6, round(points * unit))

        self.title = load_font(size(30), bold=True)
        self.subtitle = load_font(size(19))
        self.panel = load_font(size(17), bold=True)
        self.label = load_font(size(17), bold=True)
        self.quarter = load_font(size(13))
        self.legend = load_font(size(16))
        self.note = load_font(size(14))
        self.scale = load_font(size(14))
        self.base = {"country": load_font(size(15), bold=True), "capital": load_font(size(15)),
                     "city": load_font(size(14)), "region": load_font(size(13))}


@lru_cache(maxsize=16)
def load_font(size: int, bold: bool = False) -> ImageFont.FreeTypeFont:
    for name in FONT_FILES[bold]:
        try:
            return ImageFont.truetype(name, size)
        except OSError:
            continue
    # Pillow's own font (Aileron), a FreeType font since Pillow 10.1 wherever Pillow was
    # built with FreeType, as its wheels are.
    font = ImageFont.load_default(size)
    if not isinstance(font, ImageFont.FreeTypeFont):
        raise RuntimeError("the picture needs Pillow with FreeType (or DejaVu Sans)")
    return font


def plain_text(text: str) -> str:
    """Data text on one line: control characters (newlines, tabs) become spaces."""
    return "".join(" " if ord(c) < 32 or 127 <= ord(c) < 160 else c for c in str(text)).strip()


def fit_lines(text: str, font: ImageFont.FreeTypeFont, width: float, lines: int
              ) -> list[str]:
    """``text`` wrapped at spaces into at most ``lines`` lines of ``width`` pixels; the last
    line ends in an ellipsis if the text does not fit."""
    words = plain_text(text).split(" ")
    result: list[str] = []
    while words and len(result) < lines:
        line = words.pop(0)
        while words and font.getlength(f"{line} {words[0]}") <= width:
            line = f"{line} {words.pop(0)}"
        result.append(line)
    if words or (result and font.getlength(result[-1]) > width):
        last = result[-1] if result else ""
        while last and font.getlength(last + "…") > width:
            last = last[:-1]
        result[-1:] = [last.rstrip() + "…"]
    return result or [""]


def overlaps(a: Box, b: Box) -> bool:
    """Whether two boxes (left, top, right, bottom) overlap."""
    return a[0] < b[2] and b[0] < a[2] and a[1] < b[3] and b[1] < a[3]


def draw_labels(draw: ImageDraw.ImageDraw, view: View, labels: list[tuple[str, float, float]],
                dots: list[tuple[float, float]], obstacles: list[Box],
                font: ImageFont.FreeTypeFont, unit: float = 1.0) -> list[Box]:
    """Place names beside their points, on a white halo: the first of eight positions that
    overlaps no marker, no other label and stays in the panel. Returns the boxes taken
    (page pixels), for the names drawn after these."""
    left, top, right, bottom = view.box
    taken = [(left + b[0], top + b[1], left + b[2], top + b[3]) for b in obstacles]
    taken += [(left + x - 3, top + y - 3, left + x + 3, top + y + 3) for x, y in dots]
    for (name, _, _), (x, y) in zip(labels, dots, strict=True):
        if not (0 <= x <= right - left and 0 <= y <= bottom - top):
            continue  # outside the panel
        text = plain_text(name)
        x0, y0, x1, y1 = font.getbbox(text, anchor="ls")
        width, ascent, descent = x1 - x0, -y0, y1
        x, y = left + x, top + y
        room = (MARKER_RADIUS + 3) * unit
        candidates = [(x + room, y - 4), (x + room, y + ascent + 2),
                      (x - room - width, y - 4), (x - room - width, y + ascent + 2),
                      (x - width / 2, y - room - descent), (x - width / 2, y + room + ascent),
                      (x + room, y + ascent / 2), (x - room - width, y + ascent / 2)]
        chosen = None
        for cx, cy in candidates:
            box = (cx - 2, cy - ascent - 2, cx + width + 2, cy + descent + 2)
            inside = box[0] >= left and box[2] <= right and box[1] >= top and box[3] <= bottom
            if inside and not any(overlaps(box, other) for other in taken):
                chosen = (cx, cy, box)
                break
        if chosen is None:  # everything overlaps: the first place that stays in the panel
            cx = min(max(candidates[0][0], left + 2), right - width - 2)
            cy = min(max(candidates[0][1], top + ascent + 2), bottom - descent - 2)
            chosen = (cx, cy, (cx - 2, cy - ascent - 2, cx + width + 2, cy + descent + 2))
        cx, cy, box = chosen
        taken.append(box)
        draw.text((cx, cy), text, font=font, fill=INK, anchor="ls",
                  stroke_width=max(2, round(2 * unit)), stroke_fill=PAGE)
    return taken

"""Where a panel of the picture puts lon/lat (an equirectangular view), and the
supersampled canvas it is drawn on."""

from __future__ import annotations

import math
from dataclasses import dataclass, field

import numpy as np
from PIL import Image, ImageDraw
from shapely.geometry import MultiPolygon, Polygon
from shapely.geometry.base import BaseGeometry

from geo.mapping.picture.palette import LAND, SCALE

Box = tuple[float, float, float, float]


def exterior_rings(geometry: BaseGeometry | None) -> list[np.ndarray]:
    """The exterior rings (lon/lat rows) of a polygon or multipolygon."""
    if geometry is None or geometry.is_empty:
        return []
    parts = geometry.geoms if isinstance(geometry, MultiPolygon) else [geometry]
    return [np.asarray(p.exterior.coords)[:, :2] for p in parts if isinstance(p, Polygon)]


def ring_bounds(rings: list[np.ndarray]) -> Box:
    """Min lon, min lat, max lon, max lat of ``rings`` (a unit box round 0, 0 when none)."""
    if not rings:
        return (-1.0, -1.0, 1.0, 1.0)
    points = np.concatenate(rings)
    (minx, miny), (maxx, maxy) = points.min(axis=0), points.max(axis=0)
    return (float(minx), float(miny), float(maxx), float(maxy))


def circle_box(x: float, y: float, radius: float) -> Box:
    """The box of a circle, as Pillow's ``ellipse`` takes it."""
    return (x - radius, y - radius, x + radius, y + radius)


@dataclass
class Canvas:
    """An image to draw on, ``SCALE`` times the size it will have on the page."""

    image: Image.Image
    draw: ImageDraw.ImageDraw = field(init=False)

    def __post_init__(self) -> None:
        self.draw = ImageDraw.Draw(self.image)


@dataclass(frozen=True)
class View:
    """A panel of the page and the lon/lat it shows (equirectangular at its middle)."""

    box: tuple[int, int, int, int]  # left, top, right, bottom on the page (final pixels)
    lon0: float
    lat0: float
    cos: float
    scale: float  # pixels per degree of latitude

    @classmethod
    def fit(cls, box: tuple[int, int, int, int], bounds: Box) -> View:
        """The view that shows ``bounds`` (lon/lat) whole and centred in ``box``."""
        minx, miny, maxx, maxy = bounds
        lat0 = (miny + maxy) / 2
        cos = max(0.2, math.cos(math.radians(lat0)))
        width, height = box[2] - box[0], box[3] - box[1]
        spans = (max((maxx - minx) * cos, 1e-6), max(maxy - miny, 1e-6))
        scale = min(width / spans[0], height / spans[1])
        return cls(box, (minx + maxx) / 2, lat0, cos, scale)

    @property
    def size(self) -> tuple[int, int]:
        return self.box[2] - self.box[0], self.box[3] - self.box[1]

    def pixels(self, coords: np.ndarray) -> np.ndarray:
        """Panel pixels (final size, from the panel's top left) of lon/lat rows."""
        width, height = self.size
        return np.column_stack((width / 2 + (coords[:, 0] - self.lon0) * self.cos * self.scale,
                                height / 2 - (coords[:, 1] - self.lat0) * self.scale))

    def point(self, lon: float, lat: float) -> tuple[float, float]:
        """Panel pixels (final size) of one lon/lat point."""
        width, height = self.size
        return (width / 2 + (lon - self.lon0) * self.cos * self.scale,
                height / 2 - (lat - self.lat0) * self.scale)

    def extent(self) -> Box:
        """The lon/lat shown by the whole panel: min lon, min lat, max lon, max lat."""
        width, height = self.size
        half_lon = width / 2 / (self.cos * self.scale)
        half_lat = height / 2 / self.scale
        return (self.lon0 - half_lon, self.lat0 - half_lat, self.lon0 + half_lon,
                self.lat0 + half_lat)

    def canvas(self) -> Canvas:
        """A blank panel, ``SCALE`` times larger than its place on the page."""
        width, height = self.size
        return Canvas(Image.new("RGB", (width * SCALE, height * SCALE), LAND))

    def paste(self, page: Image.Image, canvas: Canvas) -> None:
        """Reduce the panel to its final size (antialiasing it) and put it on the page."""
        page.paste(canvas.image.reduce(SCALE), self.box[:2])

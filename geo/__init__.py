"""warmap: turn war reporting into an interactive, sourced map.

>>> import geo
>>> result = geo.build("data", "seeds", out_dir=None)   # doctest: +SKIP
>>> result.map                                           # doctest: +SKIP

:func:`build` returns the ``folium.Map`` (shown inline in Jupyter) and the tables of the
build; :func:`geoparse_text` the place mentions of any text.
"""

from __future__ import annotations

from importlib.metadata import PackageNotFoundError, version

try:
    __version__ = version("warmap")
except PackageNotFoundError:  # a source tree that was never installed
    __version__ = "0+unknown"

from geo.pipeline import BuildCache, BuildResult, build, geoparse_text

__all__ = ["BuildCache", "BuildResult", "__version__", "build", "geoparse_text"]

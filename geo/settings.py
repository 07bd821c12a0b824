"""Project-wide settings: paths, coordinate reference systems and tunable thresholds."""

from __future__ import annotations

import os
from pathlib import Path

#: A story's folders, relative to the working directory: ``warmap build`` works in any
#: folder that holds ``data/`` and ``seeds/``.
DATA_DIR = Path("data")
SEEDS_DIR = Path("seeds")
OUT_DIR = Path("out")
#: The drafts folder of ``warmap draft`` and ``warmap review``, whose ``decisions.csv`` the
#: build reads too (a draft accepted or rejected is not drafted again).
DRAFTS_DIR = Path("drafts")
#: The folder of ``out/`` with the build's drafts (those ``warmap review`` also lists).
OUT_DRAFTS = "drafts"

#: Where compiled gazetteers are cached between runs (rebuilt when inputs change).
CACHE_DIR = Path(os.environ.get("WARMAP_CACHE", Path.home() / ".cache" / "warmap"))

#: Geographic CRS of every input and output file (RFC 7946 GeoJSON is lon/lat WGS 84).
GEOGRAPHIC_CRS = "EPSG:4326"

#: Decimal places kept for coordinates in outputs: 5 places is about 1 m.
COORDINATE_PRECISION = 5

#: Default base map, an xyzservices provider name. Esri's World Topographic Map labels
#: places in English worldwide (the standard OpenStreetMap style shows the local name,
#: Arabic script in Syria), needs no key (CARTO's Positron and Voyager, also English, now
#: ask for one), and its muted relief shows the deserts and valleys fronts follow. Esri's
#: terms of use apply: a newsroom publishing at scale sets its own tiles with ``--tiles``.
DEFAULT_TILES = "Esri.WorldTopoMap"

#: Population density (people per km²) used to derive an approximate built-up circle for a
#: town that has no drawn boundary. Order of magnitude of Syrian cities' urban density.
TOWN_DENSITY_PER_KM2 = 10_000.0
#: Smallest and largest radius (km) of such a derived town circle.
TOWN_RADIUS_KM = (0.8, 9.0)

#: Smallest radius (km) of the extent of a city's quarters where no built-up outline is
#: packaged: two quarters of a town of 80,000 still tile a town, not a 1.4 km capsule.
MIN_CITY_RADIUS_KM = 2.0

#: Buffer (m) around the hull of a city's quarter points that bounds its Voronoi quarters.
QUARTER_HULL_BUFFER_M = 700.0

#: Geoparser: a text longer than this many characters is parsed in blocks of whole
#: paragraphs of at most this size, each resolved by its own context (memory stays
#: bounded: a 50 MB text is a corpus, not an article); a text up to it is parsed whole.
GEOPARSE_BLOCK_CHARS = 200_000
#: The build drafts only articles up to this many characters: the drafter's cost grows
#: faster than the text (a 1 MB text takes over a minute), and a build must stay quick;
#: ``warmap draft FILE`` drafts a longer one on its own.
DRAFT_MAX_CHARS = 200_000
#: Geoparser: minimum confidence for a mention to be resolved rather than left unresolved.
MIN_CONFIDENCE = 0.35
#: Geoparser: fuzzy (edit-distance) matching score threshold, 0-100, and minimum name length.
FUZZY_MIN_SCORE = 88.0
FUZZY_MIN_LENGTH = 5
#: A world gazetteer name spelled as an ordinary English word (wordfreq Zipf frequency of at
#: least this: "Most", "Nice", "Orange", "Boston") is a place only where the text treats it
#: as a name (capitalised inside a sentence, after a preposition of place, with its country
#: or state named next to it), or where the place is a country, a capital or a city of at
#: least this population.
COMMON_WORD_ZIPF = 4.3
COMMON_WORD_KEEP_POPULATION = 1_000_000
#: Where the text does not show it as a name (a sentence's first word, a heading), a word
#: below this frequency may still be a city of 100,000 people or more ("Seattle walked
#: in"), one above it not ("Nice to see", "Reading the report").
EVERYDAY_WORD_ZIPF = 4.8
#: The most frequent English words (wordfreq) that a single-word world-gazetteer match may
#: not be, unless the place is a country, a continent or a city of a million people or more.
COMMON_WORDS_TOP_N = 25_000

#: Map features (areas, arrows, events, place markers) above which the page draws on one
#: canvas instead of an SVG element per feature (``--renderer auto``): SVG keeps features
#: styleable and testable in the DOM, canvas keeps a map of thousands of them fast.
CANVAS_THRESHOLD = 1500
#: Tolerance (degrees, about 5 m) of the coverage-preserving simplification of areas: below
#: the precision of any boundary the map shows, above the noise of traced outlines.
SIMPLIFY_TOLERANCE_DEG = 0.00005

#: The geocoding service of ``build_map.py geocode`` (online, optional): a Nominatim API.
NOMINATIM_URL = "https://nominatim.openstreetmap.org"
#: How the tool names itself to online services (Nominatim's usage policy asks for one).
USER_AGENT = "warmap/0.1 (war reporting mapped; warmap geocode)"

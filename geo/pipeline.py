"""The build: articles and data in, the map and its exports out (nothing written on bad input).

:func:`build` runs every step of the package in order (read and check the inputs, geoparse
the articles, derive the geometry, lay out the payload, render the page, the exports and
the picture) and writes them all at once. It returns a :class:`BuildResult` that holds the
``folium.Map`` and the tables, so a notebook shows the map inline and can read the data.
"""

from __future__ import annotations

import datetime as dt
import gc
import os
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from geo import settings
from geo.errors import InputError, OutputError, Problem, display_path

if TYPE_CHECKING:
    import folium
    import geopandas as gpd
    import pandas as pd

    from geo.draft.pending import BuildDrafts
    from geo.inputs.articles import Article
    from geo.inputs.story import Story
    from geo.inputs.timeline import Timeline
    from geo.mapping.masthead import Masthead
    from geo.parse.gazetteer import Gazetteer, WorldLayer
    from geo.parse.geoparse import Parse


@dataclass
class BuildResult:
    """What a build made, wrote and found.

    ``files`` are the paths written (none when the build was asked to write nothing);
    ``changed`` names the outputs whose bytes differ from the previous build's. With
    ``build(..., defer_picture=True)``, ``picture`` renders and writes ``map.png`` when
    called (watch mode calls it after reporting the rebuild); otherwise it is ``None``.
    ``map`` is the ``folium.Map`` of ``map.html``; ``places`` the places with their
    geometries (EPSG:4326), ``control`` the holder of each place by day and ``mentions``
    the place mentions of the articles (the tables of ``out/``); ``drafts`` the drafts of
    the articles no one has reviewed (``out/drafts/``; ``None`` when the build drafted
    nothing). In Jupyter the result shows as its map.
    """

    files: list[Path]
    warnings: list[Problem]
    seconds: float
    summary: str
    changed: list[str] = field(default_factory=list)
    picture: Callable[[], list[Path]] | None = None
    map: folium.Map | None = None
    places: gpd.GeoDataFrame | None = None
    control: pd.DataFrame | None = None
    mentions: pd.DataFrame | None = None
    drafts: BuildDrafts | None = None

    def _repr_html_(self) -> str:
        return self.map._repr_html_() if self.map is not None else ""


class BuildCache:
    """What a long-running process (watch mode) keeps between builds.

    The GeoNames world layer (about 0.3 s to load), and the gazetteer of ``data/`` and the
    geoparse of each article as long as the files they come from are byte for byte the
    same: an edit of ``control.csv`` does not re-read the places or re-parse the articles.
    Every input file is still read and checked on every build.
    """

    def __init__(self) -> None:
        self.world: WorldLayer | None = None
        self._gazetteer: tuple[tuple[str, str], Gazetteer] | None = None
        self._parses: dict[str, Parse] = {}

    def world_layer(self) -> WorldLayer:
        """The world layer, loaded on first use."""
        if self.world is None:
            from geo.parse.world import load_world

            self.world = load_world()
            # Hundreds of thousands of long-lived objects: out of the cyclic garbage
            # collector's reach, or each full collection walks them all (0.1-0.2 s a time).
            gc.freeze()
        return self.world

    def gazetteer(self, data_dir: Path) -> Gazetteer:
        """The gazetteer of ``data_dir``, loaded again only when its files change.

        Raises
        ------
        InputError
            As :func:`geo.inputs.places.load_gazetteer` (a failed load is not kept).
        """
        from geo.inputs.places import gazetteer_digest, load_gazetteer

        key = (str(Path(data_dir).resolve()), gazetteer_digest(data_dir))
        if self._gazetteer is None or self._gazetteer[0] != key:
            self._gazetteer = None
            self._parses = {}
            self._gazetteer = (key, load_gazetteer(data_dir, world=self.world_layer()))
        return self._gazetteer[1]

    def geoparse(self, text: str, gazetteer: Gazetteer) -> Parse:
        """The parse of ``text``, kept while the gazetteer is the same."""
        from geo.parse.geoparse import geoparse

        if self._gazetteer is None or gazetteer is not self._gazetteer[1]:
            return geoparse(text, gazetteer)
        if text not in self._parses:
            self._parses[text] = geoparse(text, gazetteer)
        return self._parses[text]


def build(data_dir: Path | str = settings.DATA_DIR, seeds_dir: Path | str = settings.SEEDS_DIR,
          out_dir: Path | str | None = settings.OUT_DIR, *, tiles: str = settings.DEFAULT_TILES,
          picture: bool = True, attribution: str = "", cache: BuildCache | None = None,
          defer_picture: bool = False, renderer: str = "auto", base_url: str = "",
          daily_control: bool = False, drafts: bool = True,
          drafts_dir: Path | str = settings.DRAFTS_DIR, drafts_in_embed: bool = False
          ) -> BuildResult:
    """Run the whole pipeline and write every output, or nothing on bad input.

    Parameters
    ----------
    data_dir, seeds_dir : path
        The story's editable data and its articles (default: ``data`` and ``seeds`` in the
        working directory).
    out_dir : path or None
        Where the outputs go (default ``out``); ``None`` writes nothing and only returns
        the result (for notebooks).
    tiles : str
        An xyzservices provider name, a tile URL template (``http://host/{z}/{x}/{y}.png``)
        or ``"none"``; ``attribution`` is its plain-text credit (default: the provider's
        own, or the template's host).
    picture : bool
        Draw ``map.png``; ``defer_picture`` leaves it to :attr:`BuildResult.picture` so that
        the map is written first (watch mode).
    cache : BuildCache, optional
        Keeps what does not depend on the input files between builds (watch mode).
    renderer : str
        ``auto``, ``svg`` or ``canvas`` (:func:`geo.mapping.page.choose_renderer`).
    base_url : str
        The public address of the folder ``out/`` will be published at
        (``https://example.org/maps/aleppo/``): ``embed.html`` then points there, and
        ``map.html`` names its picture for link previews; by default both are relative.
    daily_control : bool
        Write ``control.csv`` with a row per place for every day of the slider, rather than
        for the days on which control changes (:meth:`Timeline.control_table`).
    drafts : bool
        Draft the articles as ``warmap draft`` does and keep the drafts not yet accepted
        or rejected (``drafts_dir/decisions.csv``) nor about what a row of ``data_dir``
        says: they go to ``out/drafts/`` and onto ``map.html`` as a layer of their own. A
        problem in drafting is a warning: the map of the reviewed data is built anyway.
    drafts_in_embed : bool
        Show the drafts in the embed too (it then loads ``map.html``); by default the
        embed's page is ``map-embed.html``, which carries none. The pictures never show
        drafts: a picture travels without the popup that says what they are.

    Raises
    ------
    InputError
        With every problem of every input file (the checks of ``warmap check``), or a bad
        option; nothing is written then.
    OutputError
        When ``out_dir`` cannot be written (a full disk, a read-only folder, a file in
        the way); ``out_dir`` then holds the previous build's files, untouched.
    """
    from geo import outputs
    from geo.inputs import check as checks
    from geo.mapping.embed import published_urls

    started = time.perf_counter()
    data_dir, seeds_dir = Path(data_dir), Path(seeds_dir)
    out = Path(out_dir) if out_dir is not None else None
    _check_options(out, data_dir, seeds_dir, tiles, attribution)
    try:
        urls = published_urls(base_url)
    except ValueError as error:
        raise InputError([Problem("--base-url", str(error))]) from None
    inputs = checks.load_inputs(data_dir, seeds_dir,
                                world=cache.world_layer() if cache is not None else True,
                                gazetteer_loader=cache.gazetteer if cache is not None else None)
    if inputs.errors:
        raise InputError(inputs.problems)
    drafted, drafting = _draft(inputs, data_dir, Path(drafts_dir)) if drafts else (None, [])
    made = _make_map(inputs, cache, tiles=tiles, attribution=attribution, renderer=renderer,
                     picture_url=urls.picture, page_url=urls.map, daily_control=daily_control,
                     drafts=drafted, drafts_in_embed=drafts_in_embed, embed_url=urls.embed)
    files = outputs.output_files(made, urls)
    result = BuildResult([], [*inputs.warnings, *outputs.mention_warnings(made.mentions_detail),
                              *drafting, *made.warnings],
                         0.0, made.summary, map=made.map,
                         places=made.geometries, control=made.control,
                         mentions=made.mentions, drafts=drafted)
    if out is not None:
        _write(result, files, out, made, picture=picture, defer_picture=defer_picture)
    result.seconds = time.perf_counter() - started
    return result


def _draft(inputs: Any, data_dir: Path, drafts_dir: Path
           ) -> tuple[BuildDrafts | None, list[Problem]]:
    """The build's drafts (:func:`geo.draft.pending.build_drafts`), or none and a warning
    when drafting fails: drafts never stop the map of the reviewed data."""
    from geo.draft.pending import build_drafts
    from geo.errors import display_path
    from geo.vocab import Severity

    short = [a for a in inputs.articles if len(a.text) <= settings.DRAFT_MAX_CHARS]
    skipped = [Problem(display_path(a.path), f"not drafted by the build: {len(a.text):,} "
                       f"characters, more than {settings.DRAFT_MAX_CHARS:,}",
                       expected=f"`warmap draft {display_path(a.path)} --published "
                                f"{a.published.isoformat()}` to draft it on its own",
                       severity=Severity.WARNING)
               for a in inputs.articles if len(a.text) > settings.DRAFT_MAX_CHARS]
    try:
        return build_drafts(short, inputs.gazetteer, inputs.timeline, data_dir,
                            drafts_dir), skipped
    except Exception as error:  # a drafting bug, or an unreadable decisions.csv
        return None, [*skipped, _drafting_problem(error, "drafting")]


def _drafting_problem(error: Exception, step: str) -> Problem:
    from geo.vocab import Severity

    return Problem("drafts", f"{step} failed ({type(error).__name__}: {error}); the map and "
                   "its exports are built without drafts", severity=Severity.WARNING)


def _check_options(out: Path | None, data_dir: Path, seeds_dir: Path, tiles: str,
                   attribution: str) -> None:
    """Refuse options that cannot work, before any work is done.

    Raises
    ------
    InputError
        For bad tiles, or an output folder that is, holds or lies in an input folder.
    OutputError
        For an output folder that is a file.
    """
    from geo.mapping.page import tile_layer

    try:
        tile_layer(tiles, attribution)
    except ValueError as error:
        raise InputError([Problem("--tiles", str(error))]) from None
    if out is not None:
        check_out_dir(out, data_dir, seeds_dir)


def check_out_dir(out: Path, data_dir: Path, seeds_dir: Path) -> None:
    """Refuse an output folder that would overwrite or swallow the inputs.

    ``out/`` is replaced as a whole by every build, so it may not be ``--data`` or
    ``--seeds``, lie inside one (the exports would replace the tables, and watch mode would
    rebuild forever on its own writes) or hold one; and a folder holding other files but no
    output of warmap is refused rather than replaced.

    Raises
    ------
    InputError
        Naming ``--out`` and the input folder.
    OutputError
        When ``out`` names a file.
    """
    from geo.outputs import OUTPUT_NAMES

    resolved = Path(os.path.realpath(out))
    for option, folder in (("--data", data_dir), ("--seeds", seeds_dir)):
        inputs = Path(os.path.realpath(folder))
        if resolved == inputs or inputs in resolved.parents or resolved in inputs.parents:
            where = "is" if resolved == inputs else "lies inside" if inputs in \
                resolved.parents else "holds"
            raise InputError([Problem(
                "--out", f"the output folder {where} the {option} folder {display_path(folder)}"
                ": a build would overwrite the inputs", value=str(out),
                expected=f"a folder outside {option} and not holding it, such as out/")])
    if out.exists() and not out.is_dir():
        raise OutputError(out, "a file, not a folder (choose another --out)")
    if out.is_dir():
        entries = sorted(p.name for p in out.iterdir())
        if entries and not set(entries) & OUTPUT_NAMES and not any(
                e.startswith(".warmap-") for e in entries):
            raise InputError([Problem(
                "--out", "the output folder holds other files and no map: a build replaces "
                "the whole folder", value=f"{out} ({', '.join(entries[:5])}"
                + (", ..." if len(entries) > 5 else "") + ")",
                expected="an empty or new folder, or one a build wrote before")])


def _write(result: BuildResult, files: dict[str, str | bytes], out: Path, made: MadeMap, *,
           picture: bool, defer_picture: bool) -> None:
    """Write the outputs that changed into ``out`` (all at once), or tidy it when none did."""
    from geo import outputs
    from geo.outfolder import tidy

    if picture and defer_picture:
        def later() -> list[Path]:
            return outputs.write_all(dict(made.draw_picture()), out)
        result.picture = later
    elif picture:
        files.update(made.draw_picture())
    dropped = outputs.dropped_outputs(files, out)
    result.changed = outputs.changed_files(files, out) + dropped
    if result.changed:
        result.files = outputs.write_all(files, out, dropped)
    else:
        tidy(out)  # nothing new: out/ stays as it is, without what interrupted builds left


@dataclass
class MadeMap:
    """The map and tables of one build, before anything is written."""

    map: folium.Map
    html: str
    summary: str
    title: str
    initial: dt.date
    geometries: gpd.GeoDataFrame
    control: pd.DataFrame
    mentions: pd.DataFrame
    mentions_detail: pd.DataFrame
    dates: pd.DataFrame
    draw_picture: Callable[[], dict[str, bytes]]
    story: Story = field(default_factory=lambda: _default_story())
    masthead: Masthead | None = None
    #: The drafts of the build (``out/drafts/``), and the embed's page without them
    #: (``map-embed.html``, when ``map.html`` shows drafts the embed does not).
    drafts: BuildDrafts | None = None
    embed_html: str | None = None
    warnings: list[Problem] = field(default_factory=list)


def _make_map(inputs: Any, cache: BuildCache | None, *, tiles: str, attribution: str,
              renderer: str, picture_url: str, page_url: str, daily_control: bool = False,
              drafts: BuildDrafts | None = None, drafts_in_embed: bool = False,
              embed_url: str = "map-embed.html") -> MadeMap:
    """Geoparse, derive the geometry and lay out the map of checked inputs."""
    from geo.mapping.arrows import derived_advances, movement_arrow
    from geo.mapping.figures import figure_checks
    from geo.mapping.geometry import place_geometries
    from geo.mapping.masthead import masthead
    from geo.mapping.page import drafts_script, full_map_link, map_figure, page_html
    from geo.mapping.payload import MapInputs, build_payload, main_city
    from geo.outputs import mentions_tables
    from geo.parse.dates import dates_tables, find_dates
    from geo.parse.geoparse import geoparse

    gazetteer, timeline, articles, shapes = (inputs.gazetteer, inputs.timeline,
                                             inputs.articles, inputs.shapes)
    parse = cache.geoparse if cache is not None else geoparse
    parses = {a.id: parse(a.text, gazetteer) for a in articles}
    derived = {pid: p for parse in parses.values() for pid, p in parse.derived.items()}
    mentioned = {m.place_id for parse in parses.values() for m in parse.mentions if m.place_id}
    extra = [p for pid in sorted(mentioned) if (p := gazetteer.get(pid) or derived.get(pid))]
    geometries = place_geometries(gazetteer, timeline, shapes, extra)
    movements = timeline.movements + derived_advances(timeline, gazetteer)
    arrows = [movement_arrow(m, gazetteer, derived=m.id.startswith("derived-"),
                             timeline=timeline) for m in movements]
    start, end, initial = _dates(inputs.story, timeline, articles)
    city = main_city(timeline, gazetteer)
    figures = figure_checks(inputs.figures, gazetteer, timeline, geometries)
    map_inputs = MapInputs(gazetteer, geometries, timeline, arrows, articles, parses, start,
                           end, initial, city, derived, figures=figures,
                           disputes=inputs.disputes, lines=inputs.lines)
    payload = build_payload(map_inputs)
    title = inputs.story.title or (articles[-1].title if len(articles) == 1 else "") \
        or "War reporting, mapped"
    summary = _summary(payload, timeline.control_state_on(initial), gazetteer, initial)
    words = masthead(inputs.story, articles, timeline,
                     (source for _geometry, _precision, source in shapes.values()))
    marks, warnings = _draft_marks(drafts, gazetteer, derived, timeline, articles)
    figure = map_figure(payload, title=title, tiles=tiles, attribution=attribution,
                        renderer=renderer, description=summary, picture_url=picture_url,
                        page_url=page_url, masthead=words, drafts=marks)
    html = page_html(figure)
    # The embed's page leaves the drafts out, and so does the full map its link opens.
    embed_html = html.replace(drafts_script(marks), "", 1).replace(
        full_map_link(page_url), full_map_link(embed_url), 1) \
        if marks and not drafts_in_embed else None

    def draw_picture() -> dict[str, bytes]:
        from geo.mapping.payload import story_geography
        from geo.mapping.picture import render_pictures

        def named(*kinds: str) -> list[tuple[str, float, float]]:
            return [(p["name"], p["lon"], p["lat"]) for p in payload["places"]
                    if p["kind"] in kinds]

        city_place = gazetteer.get(city) if city else None
        base = story_geography(map_inputs, payload["views"],
                               [a["id"] for a in payload["areas"]] +
                               [p["id"] for p in payload["places"]])
        checked = [f["short"] for f in figures if f["article"] and f["short"]
                   and f["date"] == initial.isoformat()]
        note = "The article's figures: " + "; ".join(checked) + "." if checked else ""
        return render_pictures(geometries, timeline, arrows, initial,
                               city_place.name if city_place is not None else "", title,
                               named("city", "town"), words=words, base=base,
                               quarters=named("quarter"), lines=inputs.lines, note=note)

    named = [(a.name, parses[a.id].mentions) for a in articles]
    return MadeMap(
        map=figure, html=html, summary=summary, title=title, initial=initial,
        geometries=geometries, control=timeline.control_table(start, end, daily_control),
        mentions=mentions_tables(named), mentions_detail=mentions_tables(named, detail=True),
        dates=dates_tables((a.name, find_dates(a.text, a.published)) for a in articles),
        draw_picture=draw_picture, story=inputs.story, masthead=words,
        drafts=drafts, embed_html=embed_html, warnings=warnings)


def _draft_marks(drafts: BuildDrafts | None, gazetteer: Gazetteer, derived: dict,
                 timeline: Timeline, articles: list[Article]) -> tuple[list[dict], list[Problem]]:
    """The drafts as the page shows them, or none and a warning when that fails."""
    from geo.mapping.drafts import draft_marks

    if drafts is None:
        return [], []
    try:
        return draft_marks(drafts, lambda pid: gazetteer.get(pid) or derived.get(pid),
                           {s.id: s.name for s in timeline.sides.values()}, articles), []
    except Exception as error:  # a bug in a draft's mark: the map is built without them
        return [], [_drafting_problem(error, "drawing the drafts")]


def _default_story() -> Story:
    from geo.inputs.story import Story

    return Story()


def _dates(story: Story, timeline: Timeline, articles: list[Article]
           ) -> tuple[dt.date, dt.date, dt.date]:
    """The slider's first and last day and the opening day: the story's settings where
    given, else the span of the tables near the articles and the latest publication."""
    start, end = timeline.window(a.published for a in articles)
    start, end = story.start or start, story.end or end
    if start > end:  # one bound set outside the other's default
        start, end = min(start, end), max(start, end)
    initial = story.opening_date or max(a.published for a in articles)
    return start, end, min(max(initial, start), end)


def _summary(payload: dict, state: dict[str, str], gazetteer: Gazetteer, day: dt.date) -> str:
    """A one-paragraph text alternative of the map on ``day``."""
    sides = payload["sides"]
    parts = [f"Map of {day.strftime('%d %B %Y')}."]
    areas: dict[str, float] = next((held for date, held, *_ in reversed(payload["areaByDay"])
                                    if date <= day.isoformat()), {})
    if payload["city"] and areas:
        parts.append(f"{payload['city']}: " + ", ".join(
            f"{sides[s]['name']} {km:g} km²" for s, km in areas.items()) + ".")
    towns = []
    for place_id, side in state.items():
        place = gazetteer.get(place_id)
        if place is not None and place.kind in ("city", "town"):
            towns.append((place.name, side))
    parts += [f"{name}: {sides[side]['name']}." for name, side in sorted(towns)]
    return " ".join(parts)


def geoparse_text(text: str, data_dir: Path | str | None = settings.DATA_DIR,
                  detail: bool = False, name: str = "text") -> pd.DataFrame:
    """The place mentions of ``text`` as a table (the columns of ``out/mentions.csv``).

    ``data_dir`` holds the local places (``places.csv``, ``demonyms.csv``,
    ``non_places.csv``); when it is ``None`` or has no ``places.csv``, only the world
    layer is used. ``detail`` adds demonyms, non-places and the confidence columns.
    """
    from geo.inputs.places import load_gazetteer, world_gazetteer
    from geo.outputs import mentions_table
    from geo.parse.geoparse import geoparse

    local = data_dir is not None and (Path(data_dir) / "places.csv").is_file()
    gazetteer = load_gazetteer(Path(data_dir)) if local and data_dir is not None \
        else world_gazetteer()
    return mentions_table(name, geoparse(text, gazetteer).mentions, detail=detail)


__all__ = ["BuildCache", "BuildResult", "build", "geoparse_text"]

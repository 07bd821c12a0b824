/* basemap: the base geography under the data (Natural Earth, cut to the story's extent in
 * geo/mapping/base_geography.py): the sea as the map's background, land and lakes in a pane
 * under the tiles, and coasts, borders and rivers in a pane just above them, so that the map
 * reads whether or not tiles load. Nothing here is interactive or focusable. */
(function (modules) {
  "use strict";

  // Panes: the land goes under the tiles (200), which cover it when they load; the lines
  // go over the tiles and under the data (overlays, 400).
  var LAND_PANE = "warmapLand", LINE_PANE = "warmapLines";

  function pane(map, name, zIndex) {
    var made = map.createPane(name);
    made.style.zIndex = String(zIndex);
    made.style.pointerEvents = "none";
    return made;
  }

  // Once a tile loads, the tiles name the countries and cities themselves: the base map's
  // own names of them step back (warmap.css), the story's names stay.
  function watchTiles(map) {
    map.eachLayer(function (layer) {
      if (!(layer instanceof L.TileLayer)) { return; }
      layer.on("tileload", function () {
        map.getContainer().classList.add("warmap-tiles-on");
      });
    });
  }

  function addBasemap(map, data) {
    var base = data.base || {}, style = data.style.base;
    map.getContainer().style.background = style.sea;
    watchTiles(map);
    if (!base.land) { return; }
    pane(map, LAND_PANE, 150);
    pane(map, LINE_PANE, 250);
    var under = L.svg({ pane: LAND_PANE, padding: 0.5 });
    var over = L.svg({ pane: LINE_PANE, padding: 0.5 });
    var common = { interactive: false, smoothFactor: 1.5 };
    L.polygon(base.land, L.extend({ renderer: under, stroke: false, fillColor: style.land,
      fillOpacity: 1, className: "warmap-base-land" }, common)).addTo(map);
    if (base.lakes.length) {
      L.polygon(base.lakes, L.extend({ renderer: under, stroke: false, fillColor: style.lake,
        fillOpacity: 1, className: "warmap-base-lakes" }, common)).addTo(map);
    }
    var looks = { rivers: style.river, admin1: style.admin1, borders: style.border,
      coast: style.coast };
    modules.codec.BASE_LINES.forEach(function (name) {
      if (!base[name].length) { return; }
      L.polyline(base[name], L.extend({ renderer: over, color: looks[name].colour,
        weight: looks[name].width, opacity: 1, lineJoin: "round",
        className: "warmap-base-" + name }, common)).addTo(map);
    });
  }

  modules.basemap = { addBasemap: addBasemap, LINE_PANE: LINE_PANE };
}(window.warmapModules = window.warmapModules || {}));

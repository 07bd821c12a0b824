/* layout: the map's layout on any screen. Below 800 pixels the container is marked
 * .warmap-narrow (compact controls, the legend closed: see warmap.css); the open legend
 * never reaches the date panel; popups fit the part of the map the controls leave free,
 * keep clear of the controls, and follow the date (an open popup is redrawn for the day
 * shown). A reader who prefers reduced motion gets no zoom, fade or pan animations. */
(function (modules) {
  "use strict";

  var NARROW_PX = 800;
  var GAP = 8;

  var reduced = !!(window.matchMedia &&
    window.matchMedia("(prefers-reduced-motion: reduce)").matches);
  if (reduced && window.L) {
    // Before the page makes its map: Leaflet reads these when the map is created.
    L.Map.mergeOptions({ zoomAnimation: false, fadeAnimation: false,
      markerZoomAnimation: false, inertia: false });
    var panBy = L.Map.prototype.panBy;
    L.Map.include({ panBy: function (offset, options) {
      return panBy.call(this, offset, L.extend({}, options, { animate: false }));
    } });
  }

  function markNarrow(map) {
    var container = map.getContainer();
    var narrow = container.clientWidth < NARROW_PX;
    container.classList.toggle("warmap-narrow", narrow);
    return narrow;
  }

  // The part of the map the controls leave free, in container pixels.
  function freeBox(map) {
    var room = modules.views.controlRoom(map), size = map.getSize();
    return { left: room.left, top: room.top, right: size.x - room.right,
      bottom: size.y - room.bottom };
  }

  // The legend's greatest height: down to the controls at the bottom below it (the date
  // panel on a narrow map), not over them.
  function fitLegend(map, legend) {
    if (!legend) { return; }
    var container = map.getContainer(), box = legend.getBoundingClientRect();
    var bottom = container.getBoundingClientRect().bottom;
    var below = container.querySelectorAll(".leaflet-bottom .leaflet-control");
    for (var i = 0; i < below.length; i++) {
      var other = below[i].getBoundingClientRect();
      if (other.width && other.right > box.left && other.left < box.right) {
        bottom = Math.min(bottom, other.top);
      }
    }
    legend.style.maxHeight = Math.max(120, bottom - box.top - GAP) + "px";
  }

  // Popups: as wide and tall as the free part of the map allows, panned into it.
  function fitPopup(map, popup, legend) {
    if (legend && legend.open && map.getContainer().classList.contains("warmap-narrow")) {
      legend.open = false;  // on a small screen the legend and a popup take turns
    }
    var free = freeBox(map), size = map.getSize();
    var width = free.right - free.left, height = free.bottom - free.top;
    popup.options.maxWidth = Math.max(160, Math.min(340, width - 2 * GAP - 40));
    popup.options.minWidth = Math.min(200, popup.options.maxWidth);
    popup.options.maxHeight = Math.max(120, height - 2 * GAP - 40);
    popup.options.autoPanPaddingTopLeft = L.point(free.left + GAP, free.top + GAP);
    popup.options.autoPanPaddingBottomRight = L.point(size.x - free.right + GAP,
      size.y - free.bottom + GAP);
    popup.update();
  }

  // Wires the layout; returns refresh(), which redraws an open popup for the day shown,
  // and narrow(), which says whether the map is narrow.
  function addLayout(map, legend) {
    var open = null;
    map.on("popupopen", function (event) {
      open = event.popup;
      fitPopup(map, open, legend);
    });
    map.on("popupclose", function () { open = null; });
    if (legend) {
      legend.addEventListener("toggle", function () {
        fitLegend(map, legend);
        if (legend.open && open && markNarrow(map)) { map.closePopup(); }
      });
    }
    map.on("resize", function () {
      markNarrow(map);
      fitLegend(map, legend);
    });
    fitLegend(map, legend);
    return {
      refresh: function () { if (open) { open.update(); } },
      narrow: function () { return markNarrow(map); }
    };
  }

  modules.layout = {
    addLayout: addLayout, markNarrow: markNarrow, reduced: reduced, NARROW_PX: NARROW_PX
  };
}(window.warmapModules = window.warmapModules || {}));

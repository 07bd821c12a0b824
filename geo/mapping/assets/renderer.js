/* renderer: SVG or canvases for the vector layers, as the payload says. Thousands of
 * features draw on canvases (chosen in geo/mapping/page.py): one for the areas, one for the
 * marks of the day (arrows, events), so that a day's new arrows do not redraw thousands of
 * areas and restyled areas do not redraw the arrows; areas too small to see are dots. A
 * few hundred features stay SVG elements, which keyboard, tests and stylesheets can reach
 * one by one. */
(function (modules) {
  "use strict";

  var patterns = modules.patterns;

  var MARKS_PANE = "warmapMarks";
  // Below this size (pixels) an area is drawn as a dot of its fill, not as a polygon: a
  // quarter of a city at the zoom of a country is less than a pixel, and a map of thousands
  // spends its frame filling paths nobody can see.
  var DOT_BELOW_PX = 3;

  var AreaCanvas = L.Canvas.extend({
    _updatePoly: function (layer, closed) {
      var box = layer._pxBounds;
      if (!closed || !this._drawing || !box || box.max.x - box.min.x >= DOT_BELOW_PX ||
          box.max.y - box.min.y >= DOT_BELOW_PX) {
        L.Canvas.prototype._updatePoly.call(this, layer, closed);
        return;
      }
      var options = layer.options, ctx = this._ctx;
      var middle = box.getCenter();
      ctx.globalAlpha = options.fillOpacity;
      ctx.fillStyle = typeof options.fillColor === "string" ? options.fillColor : options.color;
      ctx.fillRect(Math.round(middle.x) - 1, Math.round(middle.y) - 1, 2, 2);
    }
  });

  // Sets up the patterns of ``data.renderer`` and returns the function that adds the
  // renderer to a layer's options (``marks``: an arrow's or an event's).
  function vectorOptions(map, data) {
    var areas = null, marks = null;
    if (data.renderer === "canvas") {
      map.createPane(MARKS_PANE).style.zIndex = "420";
      // Canvases a fifth larger than the view (Leaflet's default padding): twice as large
      // would be four times the pixels to draw and to put on the screen at every change.
      areas = new AreaCanvas({ padding: 0.1, tolerance: 3 });
      marks = L.canvas({ padding: 0.1, tolerance: 4, pane: MARKS_PANE });
      data.canvasPatterns = patterns.canvasPatterns(data);
    } else {
      patterns.addPatterns(data);
    }
    return function vector(options, forMarks) {
      var renderer = forMarks ? marks : areas;
      if (renderer) { options.renderer = renderer; }
      return options;
    };
  }

  // Diamonds: circle markers drawn as squares on a corner, set ``offset`` pixels
  // ([dx, dy]) from their point at every zoom (an event beside its place). On a canvas
  // the hit test follows the diamond; in SVG it is the diamond's own path.
  var Diamond = L.CircleMarker.extend({
    options: { offset: [0, 0] },
    _project: function () {
      this._point = this._map.latLngToLayerPoint(this._latlng).add(L.point(this.options.offset));
      this._updateBounds();
    },
    _updatePath: function () { this._renderer._updateDiamond(this); }
  });

  function diamondPoints(layer) {
    var p = layer._point, r = Math.max(Math.round(layer._radius), 1);
    return [[p.x, p.y - r], [p.x + r, p.y], [p.x, p.y + r], [p.x - r, p.y]];
  }

  L.Canvas.include({
    _updateDiamond: function (layer) {
      if (!this._drawing || layer._empty()) { return; }
      var ctx = this._ctx;
      ctx.beginPath();
      diamondPoints(layer).forEach(function (p, i) {
        if (i) { ctx.lineTo(p[0], p[1]); } else { ctx.moveTo(p[0], p[1]); }
      });
      ctx.closePath();
      this._fillStroke(ctx, layer);
    }
  });
  L.SVG.include({
    _updateDiamond: function (layer) {
      this._setPath(layer, layer._empty() ? "M0 0" : "M" + diamondPoints(layer).map(function (p) {
        return p[0] + "," + p[1];
      }).join("L") + "z");
    }
  });

  modules.renderer = { vectorOptions: vectorOptions, Diamond: Diamond };
}(window.warmapModules = window.warmapModules || {}));

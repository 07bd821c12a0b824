/* styles: how a side, a status and a precision look, as the payload's style (the document
 * of geo/mapping/style.json, which the static picture draws from too) says. */
(function (modules) {
  "use strict";

  // [dash, gap] -> SVG's "dash gap" (null: a solid line).
  function dashArray(dash) {
    return dash ? dash.join(" ") : null;
  }

  // Fill: the side's colour (or pattern); stroke: its outline colour, the same hue darkened
  // to 3:1 contrast against the base map's light colours (computed in geo/mapping/style.py).
  // On a canvas map a patterned side's fill is a CanvasPattern (see patterns.js).
  function fillFor(data, side) {
    var s = data.sides[side], style = data.style;
    if (!s) {
      return { color: style.unknown.outline, fill: style.unknown.fill,
        opacity: style.unknown.opacity };
    }
    var fill = s.colour;
    if (s.pattern !== "solid") {
      fill = data.canvasPatterns ? data.canvasPatterns[s.id] : "url(#warmap-pattern-" + s.id + ")";
    }
    return { color: s.outline || s.colour, fill: fill, opacity: style.fill.opacity };
  }

  function outlineOf(data, side) {
    var s = data.sides[side];
    return s ? (s.outline || s.colour) : "#333333";
  }

  function arrowDash(data, status) {
    return dashArray(data.style.arrow.dashes[status]);
  }

  // The dashes of a boundary: those of the first precision class it starts with.
  function outlineDash(data, precision) {
    var dashes = data.style.outline.dashes;
    var key = Object.keys(dashes).filter(function (k) { return precision.indexOf(k) === 0; })[0];
    return key ? dashArray(dashes[key]) : null;
  }

  modules.styles = {
    dashArray: dashArray, fillFor: fillFor, outlineOf: outlineOf, arrowDash: arrowDash,
    outlineDash: outlineDash
  };
}(window.warmapModules = window.warmapModules || {}));

/* styles: how a side, a status, a precision, a certainty and a state of control look, as
 * the payload's style (the document of geo/mapping/style.json, which the static picture
 * draws from too) says. */
(function (modules) {
  "use strict";

  var patterns = modules.patterns;

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

  // The fill of a contested or partly held place: its state's pattern.
  function stateFill(data, row) {
    var key = patterns.stateKey(data, row);
    if (!key) { return null; }
    return data.canvasPatterns ? data.canvasPatterns[key] : "url(#" + key + ")";
  }

  // The ring of a besieged (solid), encircled (dashed) or partly held place with no share
  // given (dotted): the other side's outline colour; null for any other state.
  function ringFor(data, row) {
    var state = data.style.state;
    if (!row) { return null; }
    var part = row.state === "partial" && (row.share === null || row.share === undefined);
    if (row.state !== "besieged" && row.state !== "encircled" && !part) { return null; }
    return { color: outlineOf(data, row.by && row.by[0]), weight: state.ring,
      dashArray: dashArray(row.state === "besieged" ? null : part ? state.part :
        state.encircled) };
  }

  // Leaflet path options of an area held as ``row`` says (null: no known holder) on
  // ``day``: the holder's fill, lighter as the holder is less certain; stripes or bands
  // for a contested or partly held place; a ring in the other side's colour for a besieged,
  // encircled or partly held one (ringFor); a wider outline on the day it changes hands.
  function areaLook(data, row, area, day) {
    var style = data.style;
    var look = fillFor(data, row ? row.side : null);
    var certainty = row && style.certainty[row.certainty] !== undefined ?
      style.certainty[row.certainty] : 1;
    var options = {
      color: look.color, fillColor: stateFill(data, row) || look.fill,
      fillOpacity: look.opacity * certainty,
      weight: row && row.change !== "held" && row.date === day ? style.outline.taken :
        style.outline.width,
      dashArray: outlineDash(data, area.precision)
    };
    var ring = ringFor(data, row);
    if (ring) {
      options.color = ring.color;
      options.weight = Math.max(options.weight, ring.weight);
      options.dashArray = ring.dashArray;
    }
    return options;
  }

  modules.styles = {
    dashArray: dashArray, fillFor: fillFor, outlineOf: outlineOf, arrowDash: arrowDash,
    outlineDash: outlineDash, stateFill: stateFill, ringFor: ringFor, areaLook: areaLook
  };
}(window.warmapModules = window.warmapModules || {}));

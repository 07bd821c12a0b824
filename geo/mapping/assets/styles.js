/* styles: how a side, a certainty, a status and a precision look, as the payload's style
 * (the document of geo/mapping/style.json, which the static picture draws from too) says. */
(function (modules) {
  "use strict";

  var patterns = modules.patterns;

  // [dash, gap] -> SVG's "dash gap" (null: a solid line).
  function dashArray(dash) {
    return dash ? dash.join(" ") : null;
  }

  // Fill: the side's colour (or pattern), striped when the control is claimed and faded
  // when it is approximate; stroke: the side's outline colour, the same hue darkened to 3:1
  // contrast against the base map's light colours (computed in geo/mapping/style.py). On a
  // canvas map a patterned fill is a CanvasPattern (see patterns.js).
  function fillFor(data, side, certainty) {
    var s = data.sides[side], style = data.style;
    if (!s) {
      return { color: style.unknown.outline, fill: style.unknown.fill,
        opacity: style.unknown.opacity };
    }
    var claimed = certainty === "claimed";
    var fill = s.colour;
    if (s.pattern !== "solid" || claimed) {
      var id = patterns.patternId(s.id, claimed);
      fill = data.canvasPatterns ? data.canvasPatterns[id] : "url(#" + id + ")";
    }
    var faded = certainty === "approximate" ? style.certainty.faded : 1;
    return { color: s.outline || s.colour, fill: fill, opacity: style.fill.opacity * faded,
      faded: faded };
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

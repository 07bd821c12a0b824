/* styles: how a side, a status and a precision look: fills, outlines and dash patterns. */
(function (modules) {
  "use strict";

  // Fill: the side's colour (or pattern); stroke: its outline colour, the same hue darkened
  // to 3:1 contrast against the base map's light colours (computed in geo/mapping/style.py).
  // On a canvas map a patterned side's fill is a CanvasPattern (see patterns.js).
  function fillFor(data, side) {
    var s = data.sides[side];
    if (!s) { return { color: "#595959", fill: "#bdbdbd", opacity: 0.15 }; }
    var fill = s.colour;
    if (s.pattern !== "solid") {
      fill = data.canvasPatterns ? data.canvasPatterns[s.id] : "url(#warmap-pattern-" + s.id + ")";
    }
    return { color: s.outline || s.colour, fill: fill, opacity: 0.55 };
  }

  function outlineOf(data, side) {
    var s = data.sides[side];
    return s ? (s.outline || s.colour) : "#333333";
  }

  function dashFor(status) {
    if (status === "claimed") { return "8 6"; }
    if (status === "planned") { return "2 7"; }
    return null;
  }

  modules.styles = { fillFor: fillFor, outlineOf: outlineOf, dashFor: dashFor };
}(window.warmapModules = window.warmapModules || {}));

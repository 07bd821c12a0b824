/* patterns: the hatch and dot fills of patterned sides, as the payload's style.pattern
 * says (a square tile washed with the side's colour, under "/" lines or a dot in it), as
 * SVG patterns (one hidden <svg> of <pattern>s), canvas patterns or an image of the tile
 * (the legend's swatches). */
(function (modules) {
  "use strict";

  // The "/" lines of a tile ``size`` wide: its diagonal, and the ends of the next ones
  // through its corners, each ``reach`` long (the line's width).
  function hatchLines(size, reach) {
    return [[0, size, size, 0], [-reach, reach, reach, -reach],
      [size - reach, size + reach, size + reach, size - reach]];
  }

  function svgPattern(ns, spec, id, side) {
    var size = String(spec.tile);
    var pattern = document.createElementNS(ns, "pattern");
    pattern.setAttribute("id", "warmap-pattern-" + id);
    pattern.setAttribute("patternUnits", "userSpaceOnUse");
    pattern.setAttribute("width", size);
    pattern.setAttribute("height", size);
    var back = document.createElementNS(ns, "rect");
    back.setAttribute("width", size);
    back.setAttribute("height", size);
    back.setAttribute("fill", side.colour);
    back.setAttribute("fill-opacity", String(spec.wash));
    pattern.appendChild(back);
    var mark;
    if (side.pattern === "hatch") {
      mark = document.createElementNS(ns, "path");
      mark.setAttribute("d", hatchLines(spec.tile, spec.hatch).map(function (l) {
        return "M" + l[0] + "," + l[1] + " L" + l[2] + "," + l[3];
      }).join(" "));
      mark.setAttribute("stroke", side.colour);
      mark.setAttribute("stroke-width", String(spec.hatch));
    } else {
      mark = document.createElementNS(ns, "circle");
      mark.setAttribute("cx", String(spec.tile / 2));
      mark.setAttribute("cy", String(spec.tile / 2));
      mark.setAttribute("r", String(spec.dot));
      mark.setAttribute("fill", side.colour);
    }
    pattern.appendChild(mark);
    return pattern;
  }

  function addPatterns(data) {
    var ns = "http://www.w3.org/2000/svg";
    var svg = document.createElementNS(ns, "svg");
    svg.setAttribute("width", "0");
    svg.setAttribute("height", "0");
    svg.setAttribute("aria-hidden", "true");
    svg.style.position = "absolute";
    var defs = document.createElementNS(ns, "defs");
    Object.keys(data.sides).forEach(function (id) {
      var s = data.sides[id];
      if (s.pattern === "solid") { return; }
      defs.appendChild(svgPattern(ns, data.style.pattern, id, s));
    });
    svg.appendChild(defs);
    document.body.appendChild(svg);
  }

  // A canvas of one tile of a patterned side's fill.
  function tile(spec, side) {
    var canvas = document.createElement("canvas");
    canvas.width = spec.tile;
    canvas.height = spec.tile;
    var ctx = canvas.getContext("2d");
    ctx.globalAlpha = spec.wash;
    ctx.fillStyle = side.colour;
    ctx.fillRect(0, 0, spec.tile, spec.tile);
    ctx.globalAlpha = 1;
    ctx.beginPath();
    if (side.pattern === "hatch") {
      ctx.strokeStyle = side.colour;
      ctx.lineWidth = spec.hatch;
      hatchLines(spec.tile, spec.hatch).forEach(function (l) {
        ctx.moveTo(l[0], l[1]);
        ctx.lineTo(l[2], l[3]);
      });
      ctx.stroke();
    } else {
      ctx.fillStyle = side.colour;
      ctx.arc(spec.tile / 2, spec.tile / 2, spec.dot, 0, 2 * Math.PI);
      ctx.fill();
    }
    return canvas;
  }

  // The side id -> CanvasPattern of each patterned side.
  function canvasPatterns(data) {
    var patterns = {};
    Object.keys(data.sides).forEach(function (id) {
      var s = data.sides[id];
      if (s.pattern === "solid") { return; }
      var canvas = tile(data.style.pattern, s);
      patterns[id] = canvas.getContext("2d").createPattern(canvas, "repeat");
    });
    return patterns;
  }

  // A CSS background image of the side's pattern ("none" for a solid side).
  function patternImage(data, side) {
    if (side.pattern === "solid") { return "none"; }
    return "url(" + tile(data.style.pattern, side).toDataURL() + ")";
  }

  modules.patterns = {
    addPatterns: addPatterns, canvasPatterns: canvasPatterns, patternImage: patternImage
  };
}(window.warmapModules = window.warmapModules || {}));

/* patterns: the hatch and dot fills of patterned sides, as SVG patterns (one hidden <svg>
 * of <pattern>s) or as canvas patterns: the same 8 px tile, a wash of the side's colour
 * under dots or hatching. */
(function (modules) {
  "use strict";

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
      var pattern = document.createElementNS(ns, "pattern");
      pattern.setAttribute("id", "warmap-pattern-" + id);
      pattern.setAttribute("patternUnits", "userSpaceOnUse");
      pattern.setAttribute("width", "8");
      pattern.setAttribute("height", "8");
      var back = document.createElementNS(ns, "rect");
      back.setAttribute("width", "8");
      back.setAttribute("height", "8");
      back.setAttribute("fill", s.colour);
      back.setAttribute("fill-opacity", "0.35");
      pattern.appendChild(back);
      var mark;
      if (s.pattern === "hatch") {
        mark = document.createElementNS(ns, "path");
        mark.setAttribute("d", "M0,8 L8,0 M-2,2 L2,-2 M6,10 L10,6");
        mark.setAttribute("stroke", s.colour);
        mark.setAttribute("stroke-width", "2");
      } else {
        mark = document.createElementNS(ns, "circle");
        mark.setAttribute("cx", "4");
        mark.setAttribute("cy", "4");
        mark.setAttribute("r", "1.8");
        mark.setAttribute("fill", s.colour);
      }
      pattern.appendChild(mark);
      defs.appendChild(pattern);
    });
    svg.appendChild(defs);
    document.body.appendChild(svg);
  }

  // The side id -> CanvasPattern of each patterned side.
  function canvasPatterns(data) {
    var patterns = {};
    Object.keys(data.sides).forEach(function (id) {
      var s = data.sides[id];
      if (s.pattern === "solid") { return; }
      var tile = document.createElement("canvas");
      tile.width = 8;
      tile.height = 8;
      var ctx = tile.getContext("2d");
      ctx.globalAlpha = 0.35;
      ctx.fillStyle = s.colour;
      ctx.fillRect(0, 0, 8, 8);
      ctx.globalAlpha = 1;
      ctx.beginPath();
      if (s.pattern === "hatch") {
        ctx.strokeStyle = s.colour;
        ctx.lineWidth = 2;
        [[0, 8, 8, 0], [-2, 2, 2, -2], [6, 10, 10, 6]].forEach(function (l) {
          ctx.moveTo(l[0], l[1]);
          ctx.lineTo(l[2], l[3]);
        });
        ctx.stroke();
      } else {
        ctx.fillStyle = s.colour;
        ctx.arc(4, 4, 1.8, 0, 2 * Math.PI);
        ctx.fill();
      }
      patterns[id] = ctx.createPattern(tile, "repeat");
    });
    return patterns;
  }

  modules.patterns = { addPatterns: addPatterns, canvasPatterns: canvasPatterns };
}(window.warmapModules = window.warmapModules || {}));

/* patterns: the patterned fills of the map, as the payload's style says: a patterned side's
 * tile (its colour washed under "/" lines or a dot), and the striped fill of claimed control
 * (the side's own fill under "\" stripes). As SVG patterns (one hidden <svg> of
 * <pattern>s), canvas patterns, or an image of the tile (the legend's swatches). */
(function (modules) {
  "use strict";

  // The "/" lines of a tile ``size`` wide: its diagonal, and the ends of the next ones
  // through its corners, each ``reach`` long (the line's width).
  function hatchLines(size, reach) {
    return [[0, size, size, 0], [-reach, reach, reach, -reach],
      [size - reach, size + reach, size + reach, size - reach]];
  }

  // The "\" lines of a tile: the mirror of hatchLines.
  function stripeLines(size, reach) {
    return [[0, 0, size, size], [-reach, size - reach, reach, size + reach],
      [size - reach, -reach, size + reach, reach]];
  }

  // The drawing of one tile, as a list of operations both SVG and canvas can follow:
  // {rect: colour, opacity} | {lines: [...], colour, width} | {dot: radius, colour}.
  function tileShapes(style, side, claimed) {
    var spec = style.pattern, size = spec.tile, shapes = [];
    shapes.push({ rect: side.colour, opacity: side.pattern === "solid" ? 1 : spec.wash });
    if (side.pattern === "hatch") {
      shapes.push({ lines: hatchLines(size, spec.hatch), colour: side.colour,
        width: spec.hatch });
    } else if (side.pattern === "dots") {
      shapes.push({ dot: spec.dot, colour: side.colour });
    }
    if (claimed) {
      var certainty = style.certainty;
      shapes.push({ lines: stripeLines(size, certainty.stripe), colour: certainty.stripeColour,
        width: certainty.stripe });
    }
    return shapes;
  }

  function svgShape(ns, shape, size) {
    var node;
    if (shape.rect) {
      node = document.createElementNS(ns, "rect");
      node.setAttribute("width", String(size));
      node.setAttribute("height", String(size));
      node.setAttribute("fill", shape.rect);
      node.setAttribute("fill-opacity", String(shape.opacity));
    } else if (shape.lines) {
      node = document.createElementNS(ns, "path");
      node.setAttribute("d", shape.lines.map(function (l) {
        return "M" + l[0] + "," + l[1] + " L" + l[2] + "," + l[3];
      }).join(" "));
      node.setAttribute("stroke", shape.colour);
      node.setAttribute("stroke-width", String(shape.width));
    } else {
      node = document.createElementNS(ns, "circle");
      node.setAttribute("cx", String(size / 2));
      node.setAttribute("cy", String(size / 2));
      node.setAttribute("r", String(shape.dot));
      node.setAttribute("fill", shape.colour);
    }
    return node;
  }

  function patternId(sideId, claimed) {
    return (claimed ? "warmap-claimed-" : "warmap-pattern-") + sideId;
  }

  function svgPattern(ns, style, id, side, claimed) {
    var size = style.pattern.tile;
    var pattern = document.createElementNS(ns, "pattern");
    pattern.setAttribute("id", patternId(id, claimed));
    pattern.setAttribute("patternUnits", "userSpaceOnUse");
    pattern.setAttribute("width", String(size));
    pattern.setAttribute("height", String(size));
    tileShapes(style, side, claimed).forEach(function (shape) {
      pattern.appendChild(svgShape(ns, shape, size));
    });
    return pattern;
  }

  // One hidden <svg> with a pattern per patterned side and a striped one per side.
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
      if (s.pattern !== "solid") { defs.appendChild(svgPattern(ns, data.style, id, s, false)); }
      defs.appendChild(svgPattern(ns, data.style, id, s, true));
    });
    svg.appendChild(defs);
    document.body.appendChild(svg);
  }

  // A canvas of one tile.
  function tile(style, side, claimed) {
    var size = style.pattern.tile;
    var canvas = document.createElement("canvas");
    canvas.width = size;
    canvas.height = size;
    var ctx = canvas.getContext("2d");
    tileShapes(style, side, claimed).forEach(function (shape) {
      ctx.beginPath();
      if (shape.rect) {
        ctx.globalAlpha = shape.opacity;
        ctx.fillStyle = shape.rect;
        ctx.fillRect(0, 0, size, size);
        ctx.globalAlpha = 1;
      } else if (shape.lines) {
        ctx.strokeStyle = shape.colour;
        ctx.lineWidth = shape.width;
        shape.lines.forEach(function (l) { ctx.moveTo(l[0], l[1]); ctx.lineTo(l[2], l[3]); });
        ctx.stroke();
      } else {
        ctx.fillStyle = shape.colour;
        ctx.arc(size / 2, size / 2, shape.dot, 0, 2 * Math.PI);
        ctx.fill();
      }
    });
    return canvas;
  }

  // Pattern id -> CanvasPattern, for the canvas renderer (the ids of patternId).
  function canvasPatterns(data) {
    var made = {};
    Object.keys(data.sides).forEach(function (id) {
      var s = data.sides[id];
      [false, true].forEach(function (claimed) {
        if (s.pattern === "solid" && !claimed) { return; }
        var canvas = tile(data.style, s, claimed);
        made[patternId(id, claimed)] = canvas.getContext("2d").createPattern(canvas, "repeat");
      });
    });
    return made;
  }

  // A CSS background image of the side's fill ("none" for a solid side's plain fill).
  function patternImage(data, side, claimed) {
    if (side.pattern === "solid" && !claimed) { return "none"; }
    return "url(" + tile(data.style, side, claimed).toDataURL() + ")";
  }

  modules.patterns = {
    addPatterns: addPatterns, canvasPatterns: canvasPatterns, patternImage: patternImage,
    patternId: patternId
  };
}(window.warmapModules = window.warmapModules || {}));

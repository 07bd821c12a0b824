/* patterns: the hatch and dot fills of patterned sides, as the payload's style.pattern
 * says (a square tile washed with the side's colour, under "/" lines or a dot in it), and
 * the fills of contested places (stripes of the sides' colours at 45 degrees) and partly
 * held ones (bands: the holder's share of each stripe), as style.state says; as SVG
 * patterns (one hidden <svg> of <pattern>s), canvas patterns or a CSS image (the legend's
 * swatches). */
(function (modules) {
  "use strict";

  var SVG_NS = "http://www.w3.org/2000/svg";

  // The colours of a state's fill and their shares (summing to 1): a contested place's
  // sides in equal stripes, a partly held place's holder and the rest.
  function stateBands(data, row) {
    function colour(id) {
      return data.sides[id] ? data.sides[id].colour : data.style.unknown.fill;
    }
    if (row.state === "contested") {
      var sides = [row.side].concat(row.by && row.by.length ? row.by : [null]);
      return sides.map(function (id) { return { colour: colour(id), share: 1 / sides.length }; });
    }
    var share = row.share / 100;
    return [{ colour: colour(row.side), share: share },
      { colour: colour(row.by && row.by.length ? row.by[0] : null), share: 1 - share }];
  }

  // The id of a state's fill (null for a state filled as its holder's side: whole,
  // besieged, encircled, or partly held with no share given).
  function stateKey(data, row) {
    if (!row || (row.state !== "contested" && row.state !== "partial")) { return null; }
    if (row.state === "partial" && (row.share === null || row.share === undefined)) {
      return null;
    }
    return "warmap-state-" + row.state + "-" + stateBands(data, row).map(function (b) {
      return b.colour.replace("#", "") + "-" + Math.round(b.share * 100);
    }).join("-");
  }

  function svgStatePattern(data, row) {
    var size = data.style.state.stripe, bands = stateBands(data, row);
    var contested = row.state === "contested";
    var pattern = document.createElementNS(SVG_NS, "pattern");
    pattern.setAttribute("id", stateKey(data, row));
    pattern.setAttribute("patternUnits", "userSpaceOnUse");
    pattern.setAttribute("width", String(contested ? size * bands.length : size));
    pattern.setAttribute("height", String(size));
    if (contested) { pattern.setAttribute("patternTransform", "rotate(45)"); }
    var offset = 0;
    bands.forEach(function (band) {
      var rect = document.createElementNS(SVG_NS, "rect");
      var length = contested ? size : size * band.share;
      rect.setAttribute(contested ? "x" : "y", String(offset));
      rect.setAttribute(contested ? "width" : "height", String(length));
      rect.setAttribute(contested ? "height" : "width", String(size));
      rect.setAttribute("fill", band.colour);
      pattern.appendChild(rect);
      offset += length;
    });
    return pattern;
  }

  // Every control row of the map that is drawn with a state's fill, once per fill.
  function stateRows(data) {
    var rows = {};
    data.areas.forEach(function (area) {
      area.changes.forEach(function (row) {
        var key = stateKey(data, row);
        if (key) { rows[key] = row; }
      });
    });
    return rows;
  }

  // A canvas pattern of a state's fill.
  function canvasStatePattern(data, row) {
    var size = data.style.state.stripe, bands = stateBands(data, row);
    var contested = row.state === "contested";
    var canvas = document.createElement("canvas");
    canvas.width = contested ? size * bands.length : size;
    canvas.height = size;
    var ctx = canvas.getContext("2d"), offset = 0;
    bands.forEach(function (band) {
      var length = contested ? size : size * band.share;
      ctx.fillStyle = band.colour;
      if (contested) { ctx.fillRect(offset, 0, length, size); } else {
        ctx.fillRect(0, offset, size, length);
      }
      offset += length;
    });
    var pattern = ctx.createPattern(canvas, "repeat");
    if (contested && pattern.setTransform && window.DOMMatrix) {
      pattern.setTransform(new DOMMatrix().rotate(45));
    }
    return pattern;
  }

  // A CSS background image of a state's fill, for the legend and the panel.
  function stateImage(data, row) {
    var bands = stateBands(data, row), size = data.style.state.stripe, stops = [], at = 0;
    bands.forEach(function (band) {
      var length = (row.state === "contested" ? size : size * band.share);
      stops.push(band.colour + " " + at + "px " + (at + length) + "px");
      at += length;
    });
    return (row.state === "contested" ? "repeating-linear-gradient(45deg, " :
      "repeating-linear-gradient(180deg, ") + stops.join(", ") + ")";
  }

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
    var ns = SVG_NS;
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
    var rows = stateRows(data);
    Object.keys(rows).forEach(function (key) {
      defs.appendChild(svgStatePattern(data, rows[key]));
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
    var rows = stateRows(data);
    Object.keys(rows).forEach(function (key) {
      patterns[key] = canvasStatePattern(data, rows[key]);
    });
    return patterns;
  }

  // A CSS background image of the side's pattern ("none" for a solid side).
  function patternImage(data, side) {
    if (side.pattern === "solid") { return "none"; }
    return "url(" + tile(data.style.pattern, side).toDataURL() + ")";
  }

  modules.patterns = {
    addPatterns: addPatterns, canvasPatterns: canvasPatterns, patternImage: patternImage,
    stateKey: stateKey, stateImage: stateImage
  };
}(window.warmapModules = window.warmapModules || {}));

/* arrows: the movements of the day shown, each one layer: a shaft dashed by its status and a
 * head of a fixed size in pixels at every zoom (filled when the movement is done), drawn
 * back from a town's marker so that it never hides the town's holder. The head is drawn
 * with the shaft, in the pixels of each redraw, on a canvas or as a second SVG path. An
 * arrow is made when its day is shown and dropped when it is hidden: a map of thousands
 * keeps only the day's in memory. */
(function (modules) {
  "use strict";

  var dom = modules.dom, styles = modules.styles, popups = modules.popups, key = modules.key;

  function defineEntries(data) {
    var words = data.style.legend, arrow = data.style.arrow;
    ["done", "claimed", "planned"].forEach(function (status, order) {
      key.define(status, { group: "lines", order: order, text: words[status],
        swatch: function (d) {
          return key.sample("line", { x1: 4, y1: 8, x2: 24, y2: 8, stroke: "#333333",
            "stroke-width": arrow.width, "stroke-linecap": "round",
            "stroke-dasharray": styles.arrowDash(d, status), "class": "warmap-sample-" + status });
        } });
    });
    key.define("derived", { group: "lines", order: 3, text: words.derived,
      swatch: function () {
        return key.sample("line", { x1: 4, y1: 8, x2: 24, y2: 8, stroke: "#333333",
          "stroke-width": arrow.derived, "stroke-linecap": "round" });
      } });
    key.define("evacuation", { group: "lines", order: 4, text: words.evacuation,
      swatch: function () {
        return key.sample("line", { x1: 2, y1: 8, x2: 26, y2: 8, stroke: "#555555",
          "stroke-width": arrow.width + arrow.evacuation });
      } });
    key.define("target", { group: "lines", order: 5, text: words.target,
      swatch: function () {
        return key.sample("circle", { cx: 14, cy: 8, r: 5, fill: "none", stroke: "#555555",
          "stroke-width": 2 });
      } });
  }

  // A movement whose origin is not known: a ring round its target, dashed by status.
  function ringLayer(data, vector, m, colour) {
    var arrow = data.style.arrow;
    return L.circleMarker(m.ring, vector({
      radius: arrow.target, color: colour, weight: m.derived ? arrow.derived : arrow.width,
      opacity: arrow.opacity, fill: false, dashArray: styles.arrowDash(data, m.status),
      className: "warmap-arrow warmap-arrow-ring warmap-arrow-" + m.status
    }, true));
  }

  // The head of an arrow whose last drawn part ends at ``tip`` (layer pixels): a triangle
  // ``length`` by 2 ``half`` pixels, its tip ``back`` pixels short of the end, smaller when
  // the arrow is shorter than twice the head; and the neck the shaft stops at.
  function headShape(part, back, length, half) {
    var tip = part[part.length - 1], from = part[part.length - 2];
    var dx = tip.x - from.x, dy = tip.y - from.y;
    var span = Math.sqrt(dx * dx + dy * dy) || 1, ux = dx / span, uy = dy / span;
    var total = 0;
    for (var i = 1; i < part.length; i++) { total += part[i].distanceTo(part[i - 1]); }
    var pulled = Math.min(back, total / 3);
    var scale = Math.min(1, (total - pulled) / (2 * length));
    var end = L.point(tip.x - ux * pulled, tip.y - uy * pulled);
    var base = L.point(end.x - ux * length * scale, end.y - uy * length * scale);
    return {
      neck: L.point(end.x - ux * length * scale * 0.8, end.y - uy * length * scale * 0.8),
      points: [end, L.point(base.x - uy * half * scale, base.y + ux * half * scale),
        L.point(base.x + uy * half * scale, base.y - ux * half * scale)]
    };
  }

  // A movement's arrow: a polyline to the movement's end with options.head {length, half,
  // back, fill, weight, className}.
  var Arrow = L.Polyline.extend({
    _updateBounds: function () {
      L.Polyline.prototype._updateBounds.call(this);
      var reach = this.options.head.length + this.options.head.half;
      if (this._pxBounds) {
        this._pxBounds = L.bounds(this._pxBounds.min.subtract([reach, reach]),
          this._pxBounds.max.add([reach, reach]));
      }
    },
    _updatePath: function () {
      var head = null, parts = this._parts, last = parts[parts.length - 1];
      var end = this._map.latLngToLayerPoint(this._latlngs[this._latlngs.length - 1]);
      if (last && last.length > 1 && last[last.length - 1].distanceTo(end) < 1) {
        var options = this.options.head;
        head = headShape(last, options.back, options.length, options.half);
        this._parts = parts.slice(0, -1).concat([last.slice(0, -1).concat([head.neck])]);
      }
      this._renderer._updatePoly(this);
      this._renderer._updateArrowHead(this, head);
    },
    onRemove: function (map) {
      if (this._headPath) {
        L.DomUtil.remove(this._headPath);
        this.removeInteractiveTarget(this._headPath);
        this._headPath = null;
      }
      L.Polyline.prototype.onRemove.call(this, map);
    }
  });

  L.Canvas.include({
    _updateArrowHead: function (layer, head) {
      if (!head || !this._drawing) { return; }
      var ctx = this._ctx, options = layer.options;
      ctx.save();
      ctx.setLineDash([]);
      ctx.beginPath();
      head.points.forEach(function (p, i) {
        if (i) { ctx.lineTo(p.x, p.y); } else { ctx.moveTo(p.x, p.y); }
      });
      ctx.closePath();
      ctx.globalAlpha = options.opacity;
      ctx.fillStyle = options.head.fill;
      ctx.fill();
      ctx.lineWidth = options.head.weight;
      ctx.strokeStyle = options.color;
      ctx.stroke();
      ctx.restore();
    }
  });
  L.SVG.include({
    _updateArrowHead: function (layer, head) {
      if (!layer._headPath) {
        layer._headPath = L.SVG.create("path");
        layer._headPath.setAttribute("class", layer.options.head.className +
          (layer.options.interactive ? " leaflet-interactive" : ""));
        this._rootGroup.appendChild(layer._headPath);
        if (layer.options.interactive) { layer.addInteractiveTarget(layer._headPath); }
      }
      var path = layer._headPath, options = layer.options;
      path.setAttribute("d", head ? "M" + head.points.map(function (p) {
        return p.x + "," + p.y;
      }).join("L") + "z" : "M0 0");
      path.setAttribute("fill", options.head.fill);
      path.setAttribute("stroke", options.color);
      path.setAttribute("stroke-width", String(options.head.weight));
      path.setAttribute("stroke-opacity", String(options.opacity));
      path.setAttribute("fill-opacity", String(options.opacity));
    }
  });

  function makeArrow(data, vector, m, back) {
    var colour = styles.outlineOf(data, m.side), arrow = data.style.arrow;
    var layer = m.ring ? ringLayer(data, vector, m, colour) : shaftLayer(data, vector, m, back,
      colour);
    layer.bindPopup(function () { return popups.itemPopup(data, m, m.label); });
    layer.bindTooltip(function () { return dom.textNode(m.label); }, { sticky: true });
    if (m.kind === "evacuation" && !m.ring) {  // a white core: a corridor, not an assault
      return L.featureGroup([layer, L.polyline(m.shaft, vector({ color: "#ffffff",
        weight: arrow.evacuation, opacity: 1, interactive: false,
        className: "warmap-arrow-core" }, true))]);
    }
    return layer;
  }

  function shaftLayer(data, vector, m, back, colour) {
    var arrow = data.style.arrow;
    return new Arrow(m.shaft.slice(0, -1).concat([m.head[0]]), vector({
      color: colour, weight: m.derived ? arrow.derived : arrow.width, opacity: arrow.opacity,
      dashArray: styles.arrowDash(data, m.status), smoothFactor: 1,
      className: "warmap-arrow warmap-arrow-" + m.status + " warmap-arrow-" + m.kind,
      head: { length: arrow.headLength, half: arrow.headWidth / 2, back: back,
        fill: m.status === "done" ? colour : "#ffffff", weight: arrow.head,
        className: "warmap-arrowhead" }
    }, true));
  }

  // The arrows' layer: show(day) shows that day's and returns them (not derived);
  // usedIn(view, used) adds the legend ids of the arrows shown inside ``view``.
  function addArrows(map, data, group, vector, townEnds) {
    defineEntries(data);
    var town = data.style.town;
    var entries = data.movements.map(function (m) {
      var back = townEnds[m.target] ? town.radius + town.weight / 2 + 2 : 0;
      return { item: m, layer: null, back: back };
    });
    var shown = [];
    function show(day) {
      shown = [];
      entries.forEach(function (entry) {
        var m = entry.item, on = m.start <= day && day <= m.end;
        if (on) {
          if (!entry.layer) { entry.layer = makeArrow(data, vector, m, entry.back); }
          if (!group.hasLayer(entry.layer)) { entry.layer.addTo(group); }
          shown.push(entry);
        } else if (entry.layer) {
          group.removeLayer(entry.layer);
          entry.layer = null;  // made again if its day comes back; memory stays flat
        }
      });
      return shown.filter(function (e) { return !e.item.derived; }).map(function (e) {
        return e.item;
      });
    }
    function usedIn(view, used) {
      shown.forEach(function (entry) {
        var layer = entry.layer;
        if (!layer) { return; }
        var bounds = layer.getBounds ? layer.getBounds() : L.latLngBounds([layer.getLatLng()]);
        if (!view.intersects(bounds)) { return; }
        var m = entry.item;
        used.add(m.derived ? "derived" : m.status);
        if (m.kind === "evacuation") { used.add("evacuation"); }
        if (m.ring) { used.add("target"); }
        used.add("side." + m.side);
      });
    }
    return { show: show, usedIn: usedIn };
  }

  modules.arrows = { addArrows: addArrows, headShape: headShape, Arrow: Arrow };
}(window.warmapModules = window.warmapModules || {}));

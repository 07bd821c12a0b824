/* arrows: the movements of the day shown, each a shaft dashed by its status and a head of
 * a fixed size in pixels at every zoom (filled when the movement is done), drawn back from a
 * town's marker so that it never hides the town's holder. An arrow is made when its day is
 * shown and dropped when it is hidden: a map of thousands keeps only the day's in memory. */
(function (modules) {
  "use strict";

  var dom = modules.dom, styles = modules.styles, popups = modules.popups, key = modules.key;

  function defineEntries(data) {
    var words = data.style.legend, arrow = data.style.arrow;
    ["done", "claimed", "planned"].forEach(function (status, order) {
      key.define("arrow." + status, { group: "lines", order: order, text: words["arrow." + status],
        swatch: function (d) {
          return key.sample("line", { x1: 4, y1: 8, x2: 24, y2: 8, stroke: "#333333",
            "stroke-width": arrow.width, "stroke-linecap": "round",
            "stroke-dasharray": styles.arrowDash(d, status), "class": "warmap-sample-" + status });
        } });
    });
    key.define("arrow.derived", { group: "lines", order: 3, text: words["arrow.derived"],
      swatch: function () {
        return key.sample("line", { x1: 4, y1: 8, x2: 24, y2: 8, stroke: "#333333",
          "stroke-width": arrow.derived, "stroke-linecap": "round" });
      } });
  }

  // The shaft (up to the head's neck) and head of ``m`` in the map's current zoom: the
  // head ``headLength`` by ``headWidth`` pixels, its tip ``back`` pixels short of the
  // movement's end (a town's marker), smaller when the whole arrow is shorter than it.
  function arrowShape(map, data, m, back) {
    var arrow = data.style.arrow;
    var tip = map.latLngToLayerPoint(m.head[0]);
    var from = map.latLngToLayerPoint(m.shaft[m.shaft.length > 1 ? m.shaft.length - 2 : 0]);
    var dx = tip.x - from.x, dy = tip.y - from.y, length = Math.sqrt(dx * dx + dy * dy) || 1;
    var ux = dx / length, uy = dy / length;
    var pulled = Math.min(back, length / 3);
    tip = L.point(tip.x - ux * pulled, tip.y - uy * pulled);
    var scale = Math.min(1, (length - pulled) / (arrow.headLength * 2));
    var headLength = arrow.headLength * scale, half = arrow.headWidth * scale / 2;
    var base = L.point(tip.x - ux * headLength, tip.y - uy * headLength);
    var neck = L.point(tip.x - ux * headLength * 0.8, tip.y - uy * headLength * 0.8);
    var toLatLng = function (p) { return map.layerPointToLatLng(p); };
    return {
      shaft: m.shaft.slice(0, -1).concat([toLatLng(neck)]),
      head: [tip, L.point(base.x - uy * half, base.y + ux * half),
        L.point(base.x + uy * half, base.y - ux * half)].map(toLatLng)
    };
  }

  function makeArrow(map, data, vector, m, back) {
    var colour = styles.outlineOf(data, m.side), arrow = data.style.arrow;
    var shape = arrowShape(map, data, m, back);
    var shaft = L.polyline(shape.shaft, vector({
      color: colour, weight: m.derived ? arrow.derived : arrow.width, opacity: arrow.opacity,
      dashArray: styles.arrowDash(data, m.status),
      className: "warmap-arrow warmap-arrow-" + m.status
    }));
    var head = L.polygon(shape.head, vector({
      color: colour, weight: arrow.head, fillColor: m.status === "done" ? colour : "#ffffff",
      fillOpacity: arrow.opacity, className: "warmap-arrowhead"
    }));
    var group = L.featureGroup([shaft, head]);
    group.bindPopup(function () { return popups.itemPopup(data, m, m.label); });
    group.bindTooltip(function () { return dom.textNode(m.label); }, { sticky: true });
    group.reshape = function () {
      var again = arrowShape(map, data, m, back);
      shaft.setLatLngs(again.shaft);
      head.setLatLngs(again.head);
    };
    return group;
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
          if (!entry.layer) { entry.layer = makeArrow(map, data, vector, m, entry.back); }
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
    map.on("zoomend", function () {
      shown.forEach(function (entry) { if (entry.layer) { entry.layer.reshape(); } });
    });
    function usedIn(view, used) {
      shown.forEach(function (entry) {
        if (!entry.layer || !view.intersects(entry.layer.getBounds())) { return; }
        used.add(entry.item.derived ? "arrow.derived" : "arrow." + entry.item.status);
        used.add("side." + entry.item.side);
      });
    }
    return { show: show, usedIn: usedIn };
  }

  modules.arrows = { addArrows: addArrows, arrowShape: arrowShape };
}(window.warmapModules = window.warmapModules || {}));

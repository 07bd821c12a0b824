/* fronts: the front lines sources give, shown on their days: the line on a white casing,
 * dashed when its precision is approximate, with its source in a popup. */
(function (modules) {
  "use strict";

  var dom = modules.dom, styles = modules.styles, popups = modules.popups, key = modules.key;
  var timeline = modules.timeline;

  function defineEntries(data) {
    var front = data.style.front;
    key.define("front", { group: "lines", order: 6, text: data.style.legend.front,
      swatch: function () {
        return key.sample("line", { x1: 2, y1: 8, x2: 26, y2: 8, stroke: front.colour,
          "stroke-width": front.width });
      } });
  }

  function frontLayer(data, vector, line) {
    var front = data.style.front, group = L.featureGroup();
    var dash = null;
    Object.keys(front.dashes).forEach(function (name) {
      if (line.precision.indexOf(name) === 0) { dash = styles.dashArray(front.dashes[name]); }
    });
    L.polyline(line.paths, vector({ color: "#ffffff", weight: front.casing, opacity: 0.9,
      className: "warmap-front-casing", interactive: false }, true)).addTo(group);
    L.polyline(line.paths, vector({ color: front.colour, weight: front.width, opacity: 1,
      dashArray: dash, className: "warmap-front" }, true)).addTo(group);
    var title = "Front line: " + timeline.sideList(data, line.sides);
    group.bindPopup(function () {
      return popups.itemPopup(data, { start: line.start, end: line.end, side: line.sides[0],
        status: line.precision, quote: line.quote, source: line.source, note: line.note,
        places: [] }, title);
    });
    group.bindTooltip(function () { return dom.textNode(title); }, { sticky: true });
    return group;
  }

  // The fronts' layer: show(day) shows that day's lines (made then, dropped when hidden);
  // usedIn(view, used) adds the legend ids of those inside ``view``.
  function addFronts(data, group, vector) {
    defineEntries(data);
    var entries = (data.lines || []).map(function (l) { return { item: l, layer: null }; });
    function show(day) {
      entries.forEach(function (entry) {
        var on = entry.item.start <= day && day <= entry.item.end;
        if (on && !entry.layer) { entry.layer = frontLayer(data, vector, entry.item).addTo(group); }
        if (!on && entry.layer) {
          group.removeLayer(entry.layer);
          entry.layer = null;
        }
      });
    }
    function usedIn(view, used) {
      entries.forEach(function (entry) {
        if (entry.layer && view.intersects(entry.layer.getBounds())) {
          used.add("front");
          entry.item.sides.forEach(function (side) { used.add("side." + side); });
        }
      });
    }
    return { show: show, usedIn: usedIn };
  }

  modules.fronts = { addFronts: addFronts };
}(window.warmapModules = window.warmapModules || {}));

/* labels: the names on the map, placed so that none overlaps another or a marker: the
 * towns and the places the article names beside their markers, the main city over its
 * area, its quarters inside their polygons once these are large enough to hold the name,
 * and the base map's countries, capitals and regions. Labels are placed by rank, the first
 * that fits wins; they are placed again after every zoom and move, for the view only. */
(function (modules) {
  "use strict";

  var el = modules.dom.el;

  var PANE = "warmapLabels";
  // Rank (lower is placed first), CSS class and font of each kind of label.
  var KINDS = {
    city: [0, "700 14px"], town: [1, "600 13px"], draft: [2, "700 10px"],
    quarterNamed: [3, "600 11px"],
    place: [4, "12px"], quarter: [5, "11px"], capital: [6, "600 12px"],
    country: [7, "600 12px"], bigCity: [8, "12px"], region: [9, "italic 11px"]
  };
  var FONT_FAMILY = " system-ui, -apple-system, \"Segoe UI\", Roboto, sans-serif";
  var LINE = { town: 16, city: 18, country: 15, quarter: 13, quarterNamed: 13, region: 13,
    draft: 16 };
  var PAD = 2;

  var measure = null, widths = {};
  function textWidth(text, kind) {
    var cacheKey = kind + "\u0000" + text;
    if (widths[cacheKey] === undefined) {
      measure = measure || document.createElement("canvas").getContext("2d");
      measure.font = KINDS[kind][1] + FONT_FAMILY;
      var shown = kind === "country" ? text.toUpperCase() : text;
      // Letter-spacing (countries, draft tags) and a draft tag's border and padding.
      var spacing = kind === "country" ? 1.2 : (kind === "draft" ? 0.6 : 0);
      widths[cacheKey] = Math.ceil(measure.measureText(shown).width +
        shown.length * spacing + (kind === "draft" ? 8 : 0));
    }
    return widths[cacheKey];
  }

  // The candidates: {text, kind, latlng, radius (a marker beside which the label goes) or
  // bounds (the area that must hold it, for quarters)}.
  function candidates(data) {
    var list = [], named = {}, town = data.style.town;
    data.places.forEach(function (p) { named[p.id] = true; });
    var areaIds = {};
    data.areas.forEach(function (a) {
      areaIds[a.id] = true;
      if (a.kind === "quarter") {
        list.push({ text: a.name, kind: named[a.id] ? "quarterNamed" : "quarter",
          latlng: L.latLng(a.lat, a.lon), bounds: L.polygon(a.latlngs).getBounds() });
      } else if (a.kind === "city" || a.kind === "town") {
        list.push({ text: a.name, kind: "town", latlng: L.latLng(a.lat, a.lon),
          radius: town.radius + town.weight / 2 });
      } else if (a.kind !== "district") {  // a region drawn as an area
        list.push({ text: a.name, kind: "region", latlng: L.latLng(a.lat, a.lon), radius: 0 });
      }
    });
    var cityView = data.views.filter(function (v) { return v.name === data.city; })[0];
    data.places.forEach(function (p) {
      if (areaIds[p.id] || ["city", "town", "site"].indexOf(p.kind) < 0) { return; }
      var city = p.id === data.cityId && cityView;
      list.push({ text: p.name, kind: city ? "city" : "place", latlng: L.latLng(p.lat, p.lon),
        radius: city ? 0 : 6, city: city ? L.latLngBounds(cityView.bounds) : null });
    });
    var kindOf = { country: "country", capital: "capital", city: "bigCity", region: "region" };
    var story = {};
    list.forEach(function (c) { story[c.text] = true; });
    ((data.base || {}).labels || []).forEach(function (row) {
      if (story[row[0]]) { return; }  // the story's own place of that name is named
      list.push({ text: row[0], kind: kindOf[row[1]], latlng: L.latLng(row[3], row[4]),
        radius: row[1] === "capital" || row[1] === "city" ? 3 : 0 });
    });
    return list.sort(function (a, b) { return KINDS[a.kind][0] - KINDS[b.kind][0]; });
  }

  function overlaps(a, b) {
    return a[0] < b[2] && b[0] < a[2] && a[1] < b[3] && b[1] < a[3];
  }

  // The boxes a label may take: beside its marker (right, left, above, below: the first
  // free one), centred on its point (a quarter), or centred, above or below it.
  function boxesFor(c, point, width, height) {
    if (!c.radius) {
      var centred = [point.x - width / 2, point.y - height / 2, point.x + width / 2,
        point.y + height / 2];
      if (c.bounds) { return [centred]; }
      // Centred, above, below, then beside (the main city between its neighbours' markers).
      var side = width / 2 + 8;
      return [[0, 0], [0, -height], [0, height], [side, 0], [-side, 0], [side, height],
        [-side, height], [side, -height], [-side, -height], [0, 2 * height], [0, -2 * height]]
        .map(function (d) {
          return [centred[0] + d[0], centred[1] + d[1], centred[2] + d[0], centred[3] + d[1]];
        });
    }
    var r = c.radius + 3;
    return [
      [point.x + r, point.y - height / 2, point.x + r + width, point.y + height / 2],
      [point.x - r - width, point.y - height / 2, point.x - r, point.y + height / 2],
      [point.x - width / 2, point.y - r - height, point.x + width / 2, point.y - r],
      [point.x - width / 2, point.y + r, point.x + width / 2, point.y + r + height]
    ];
  }

  // Whether a candidate may show at this zoom: a quarter when its area holds its name, the
  // city's name until its quarters fill most of the view.
  function fits(map, c, width, height, size) {
    var area = c.bounds || c.city;
    if (!area) { return true; }
    var sw = map.latLngToContainerPoint(area.getSouthWest());
    var ne = map.latLngToContainerPoint(area.getNorthEast());
    if (c.city) { return ne.x - sw.x < size.x * 0.6; }
    return ne.x - sw.x >= width + 2 * PAD && sw.y - ne.y >= height + 2 * PAD;
  }

  function place(map, list, obstacles, pane) {
    var size = map.getSize(), taken = obstacles.slice(), placed = [];
    list.forEach(function (c) {
      var point = map.latLngToContainerPoint(c.latlng);
      if (point.x < -50 || point.y < -50 || point.x > size.x + 50 || point.y > size.y + 50) {
        return;
      }
      var width = textWidth(c.text, c.kind) + 2 * PAD, height = LINE[c.kind] || 14;
      if (!fits(map, c, width, height, size)) { return; }
      var box = boxesFor(c, point, width, height).filter(function (b) {
        return b[0] >= 0 && b[1] >= 0 && b[2] <= size.x && b[3] <= size.y &&
          !taken.some(function (t) { return overlaps(b, t); });
      })[0];
      if (!box) { return; }
      taken.push(box);
      placed.push({ c: c, box: box });
    });
    pane.textContent = "";
    placed.forEach(function (p) {
      var label = el("div", "warmap-label warmap-label-" + p.c.kind, p.c.text);
      var corner = map.containerPointToLayerPoint(L.point(p.box[0], p.box[1]));
      L.DomUtil.setPosition(label, corner);
      label.style.width = (p.box[2] - p.box[0]) + "px";
      pane.appendChild(label);
    });
    return placed.length;
  }

  // The boxes of the markers that labels must not cover (container pixels): the towns'
  // and the sites' symbols.
  function markerBoxes(map, data) {
    var town = data.style.town, reach = town.radius + town.weight / 2;
    var siteReach = data.style.site.radius + data.style.state.ring;
    function box(lat, lon, r) {
      var p = map.latLngToContainerPoint([lat, lon]);
      return [p.x - r, p.y - r, p.x + r, p.y + r];
    }
    return data.areas.filter(function (a) {
      return a.kind !== "quarter" && a.kind !== "district";
    }).map(function (a) { return box(a.lat, a.lon, reach); }).concat(
      (data.sites || []).map(function (s) { return box(s.lat, s.lon, siteReach); }));
  }

  // The boxes (container pixels) of the elements that ``selector`` finds in the map: the
  // controls and the badges, which no name goes under.
  function elementBoxes(map, selector) {
    var origin = map.getContainer().getBoundingClientRect();
    var nodes = map.getContainer().querySelectorAll(selector);
    var boxes = [];
    for (var i = 0; i < nodes.length; i++) {
      var r = nodes[i].getBoundingClientRect();
      if (r.width) {
        boxes.push([r.left - origin.left, r.top - origin.top, r.right - origin.left,
          r.bottom - origin.top]);
      }
    }
    return boxes;
  }

  // The labels of the map. ``day`` gives what the day shown adds: ``tags()``, candidates
  // placed by their rank among the names (the drafts' DRAFT tags), and ``boxes()``, marks
  // the names keep clear of (the events' diamonds).
  function addLabels(map, data, day) {
    var pane = map.createPane(PANE);
    pane.style.zIndex = "450";
    pane.style.pointerEvents = "none";
    pane.setAttribute("aria-hidden", "true");
    var list = candidates(data);
    function update() {
      pane.style.display = "";
      var extra = day ? day.tags() : [];
      var all = extra.length ? list.concat(extra).sort(function (a, b) {
        return KINDS[a.kind][0] - KINDS[b.kind][0];
      }) : list;
      var obstacles = markerBoxes(map, data).concat(day ? day.boxes() : [],
        elementBoxes(map, ".leaflet-control, .warmap-badge-icon"));
      return place(map, all, obstacles, pane);
    }
    map.on("zoomstart", function () { pane.style.display = "none"; });
    map.on("zoomend moveend resize", update);
    return { update: update };
  }

  modules.labels = { addLabels: addLabels, candidates: candidates };
}(window.warmapModules = window.warmapModules || {}));

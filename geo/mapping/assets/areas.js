/* areas: the control areas (a polygon per place with a control history: quarters, towns,
 * regions) and the marker of each town, coloured by their holder on the day shown (lighter
 * as the holder is less certain; stripes or bands when contested or partly held, a ring
 * when besieged or encircled: styles.areaLook); a thick outline on the day a place changes
 * hands; dashed outlines for approximate boundaries; and a badge where the control shown
 * is the article's own report. Their legend entries. */
(function (modules) {
  "use strict";

  var dom = modules.dom, timeline = modules.timeline, styles = modules.styles;
  var popups = modules.popups, key = modules.key, sources = modules.sources;
  var patterns = modules.patterns;

  var BADGE_PANE = "warmapBadges";
  // A quarter's badge shows once its area is this many pixels across.
  var BADGE_MIN_PX = 28;

  var DARK = "#555555", LIGHT = "#bdbdbd";
  // The legend's ids of a row's certainty (style.json's legend words).
  var CERTAINTY_IDS = { confirmed: "confirmed", claimed: "claimedHolder",
    approximate: "approximateHolder" };

  // The legend entries of the sides and of how sure the control is.
  function defineSides(data) {
    var words = data.style.legend, style = data.style;
    key.defineFamily("side", function (d, id) {
      var s = d.sides[id];
      if (!s) { return null; }
      return { group: "sides", order: d.legendSides.indexOf(id), text: s.name,
        title: s.description, swatch: function () {
          return key.box(s.pattern === "solid" ? s.colour : "#ffffff",
            patterns.patternImage(d, s), s.outline || s.colour);
        } };
    });
    ["confirmed", "claimed", "approximate"].forEach(function (certainty, order) {
      var id = CERTAINTY_IDS[certainty];
      key.define(id, { group: "control", order: order, text: words[id], swatch: function () {
        return key.sample("rect", { x: 2, y: 3, width: 24, height: 10, fill: DARK,
          stroke: "#333333", "stroke-width": style.outline.width,
          "fill-opacity": style.fill.opacity * style.certainty[certainty] });
      } });
    });
  }

  // The legend entries of states of control (contested, partly held, besieged,
  // encircled), regions, unknown holders, the day's changes, boundaries and the article.
  function defineKinds(data) {
    var words = data.style.legend, style = data.style;
    ["contested", "partial"].forEach(function (state, order) {
      key.define(state, { group: "control", order: 10 + order, text: words[state],
        swatch: function (d) {
          var box = key.box("#ffffff", null, DARK, null, "warmap-swatch-" + state);
          box.style.backgroundImage = patterns.stateImage(d, { state: state, side: "",
            by: [""], share: state === "partial" ? 60 : null }).split(style.unknown.fill)
            .join(DARK);
          return box;
        } });
    });
    ["besieged", "encircled"].forEach(function (state, order) {
      key.define(state, { group: "control", order: 12 + order, text: words[state],
        swatch: function () {
          return key.sample("rect", { x: 3, y: 3, width: 22, height: 9, fill: LIGHT,
            stroke: DARK, "stroke-width": style.state.ring, "stroke-dasharray":
              state === "encircled" ? styles.dashArray(style.state.encircled) : null });
        } });
    });
    var simple = [
      ["region", 20, function () { return key.box(LIGHT, null, DARK); }],
      ["unknown", 21, function () {
        return key.box(style.unknown.fill, null, style.unknown.outline);
      }],
      ["taken", 22, function () {
        return key.sample("rect", { x: 3, y: 3, width: 22, height: 10, fill: "#ffffff",
          stroke: "#333333", "stroke-width": style.outline.taken });
      }],
      ["approximate", 23, function (d) {
        return key.sample("rect", { x: 2, y: 3, width: 24, height: 10, fill: "#ffffff",
          stroke: "#333333", "stroke-width": style.outline.width, "stroke-linecap": "round",
          "stroke-dasharray": styles.outlineDash(d, "approximate"),
          "class": "warmap-sample-approximate" });
      }],
      ["disputed", 24, function () { return key.box("#ffffff", null, DARK); }],
      ["article", 25, function () { return badgeNode(style.badge); }]
    ];
    simple.forEach(function (entry) {
      key.define(entry[0], { group: "control", order: entry[1], text: words[entry[0]],
        swatch: entry[2] });
    });
  }

  function badgeNode(badge) {
    var node = dom.el("span", "warmap-badge", badge.letter);
    node.style.background = badge.fill;
    node.style.color = badge.text;
    node.setAttribute("aria-hidden", "true");
    return node;
  }

  function isTown(area) { return area.kind === "city" || area.kind === "town"; }

  function townMarker(data, area, vector, popupFor) {
    var town = data.style.town;
    var marker = L.circleMarker([area.lat, area.lon], vector({
      radius: town.radius, weight: town.weight, color: "#333333", fillOpacity: town.opacity,
      className: "warmap-town warmap-town-" + area.id
    }));
    marker.bindPopup(popupFor);
    marker.bindTooltip(function () { return dom.textNode(area.name); });
    return marker;
  }

  // One polygon per area, and a marker for each town; popups and tooltips speak of the
  // day ``selected()`` returns.
  function addAreas(map, data, group, vector, selected) {
    defineSides(data);
    defineKinds(data);
    map.createPane(BADGE_PANE).style.zIndex = "610";
    var entries = data.areas.map(function (area) {
      function popupFor() { return popups.areaPopup(data, area, selected()); }
      var layer = L.polygon(area.latlngs, vector({
        weight: data.style.outline.width, className: "warmap-area warmap-place-" + area.id
      }));
      layer.bindPopup(popupFor);
      // The tooltip names the holder in words: the map never relies on colour alone.
      layer.bindTooltip(function () {
        return dom.textNode(timeline.holderText(data, area, selected()));
      }, { sticky: true });
      layer.addTo(group);
      var marker = isTown(area) ? townMarker(data, area, vector, popupFor).addTo(group) : null;
      return { area: area, layer: layer, marker: marker, row: undefined, taken: false,
        bounds: layer.getBounds(), badge: null };
    });
    return entries;
  }

  // Restyles the areas whose holder, certainty or "taken today" differs from what they
  // show; returns town name -> side, and the places that changed hands since ``previous``.
  function showAreas(data, entries, day) {
    var held = {}, town = data.style.town;
    entries.forEach(function (entry) {
      var row = timeline.stateOn(entry.area.changes, day);
      var taken = !!row && row.change !== "held" && row.date === day;
      if (row && entry.marker) { held[entry.area.name] = row; }
      if (row === entry.row && taken === entry.taken) { return; }
      entry.row = row;
      entry.taken = taken;
      var look = styles.areaLook(data, row, entry.area, day);
      entry.layer.setStyle(look);
      if (entry.marker) {
        var ring = styles.ringFor(data, row);
        entry.marker.setStyle({ fillColor: look.fillColor, color: look.color,
          fillOpacity: town.opacity * (row ? data.style.certainty[row.certainty] || 1 : 1),
          weight: ring ? ring.weight : town.weight, dashArray: ring ? ring.dashArray : null });
      }
    });
    return held;
  }

  // The places whose holder on ``day`` differs from that of the day before:
  // [{name, from, to}], towns first.
  function changesOn(data, entries, day) {
    var before = modules.dates.isoDay(modules.dates.parseDay(day) - modules.dates.DAY_MS);
    var changes = [];
    entries.forEach(function (entry) {
      var now = timeline.stateOn(entry.area.changes, day);
      if (!now || now.date !== day) { return; }
      var was = timeline.stateOn(entry.area.changes, before);
      if (!was || was.side !== now.side) {
        changes.push({ name: entry.area.name, from: was ? was.side : null, to: now.side,
          town: !!entry.marker });
      }
    });
    return changes.sort(function (a, b) { return (b.town ? 1 : 0) - (a.town ? 1 : 0); });
  }

  // The legend ids of a control row: its sides, certainty, state, source, disputes.
  function usedByRow(data, area, row, used) {
    used.add("side." + row.side);
    (row.by || []).forEach(function (side) { if (side) { used.add("side." + side); } });
    used.add(CERTAINTY_IDS[row.certainty]);
    if (row.state && row.state !== "whole") { used.add(row.state); }
    if (sources.isArticle(row.source)) { used.add("article"); }
    if (timeline.disputesOf(data, "control", [area.id], row.date).length) {
      used.add("disputed");
    }
  }

  // The legend ids of the areas inside ``view`` (LatLngBounds) on the day they show.
  function usedIn(data, entries, view, used) {
    entries.forEach(function (entry) {
      if (!view.intersects(entry.bounds)) { return; }
      var row = entry.row, area = entry.area;
      if (row) { usedByRow(data, area, row, used); } else { used.add("unknown"); }
      if (entry.taken) { used.add("taken"); }
      if (area.precision && area.precision.indexOf("approximate") === 0) {
        used.add("approximate");
      }
      if (!isTown(area) && area.kind !== "quarter" &&
          !(area.kind === "district" && area.precision.indexOf("approximate: union") === 0)) {
        used.add("region");
      }
    });
  }

  // Badges where the control shown is the article's report: beside a town's marker, and
  // on a quarter once it is BADGE_MIN_PX wide.
  function showBadges(map, data, entries) {
    var badge = data.style.badge, half = badge.size / 2, town = data.style.town;
    entries.forEach(function (entry) {
      var on = !!entry.row && sources.isArticle(entry.row.source);
      if (on && !entry.marker) {
        var sw = map.latLngToLayerPoint(entry.bounds.getSouthWest());
        var ne = map.latLngToLayerPoint(entry.bounds.getNorthEast());
        on = Math.min(ne.x - sw.x, sw.y - ne.y) >= BADGE_MIN_PX;
      }
      if (on && !entry.badge) {
        var reach = entry.marker ? town.radius + town.weight + half : 0;
        entry.badge = L.marker([entry.area.lat, entry.area.lon], {
          pane: BADGE_PANE, interactive: false, keyboard: false,
          icon: L.divIcon({ className: "warmap-badge-icon", html: badgeNode(badge),
            iconSize: [badge.size, badge.size],
            iconAnchor: [half + reach * 0.7, half + reach * 0.7] })
        }).addTo(map);
      } else if (!on && entry.badge) {
        entry.badge.remove();
        entry.badge = null;
      }
    });
  }

  modules.areas = {
    addAreas: addAreas, showAreas: showAreas, changesOn: changesOn, usedIn: usedIn,
    showBadges: showBadges, isTown: isTown
  };
}(window.warmapModules = window.warmapModules || {}));

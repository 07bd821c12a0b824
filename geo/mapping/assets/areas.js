/* areas: the control areas (a polygon per place with a control history) and the marker of
 * each town, coloured by their holder on the day shown: solid where the control is
 * confirmed, striped where it is claimed, faded where it is approximate; a thick outline
 * on the day a place changes hands; dashed outlines only for approximate boundaries; and a
 * badge where the control shown is the article's own report. Their legend entries. */
(function (modules) {
  "use strict";

  var dom = modules.dom, timeline = modules.timeline, styles = modules.styles;
  var popups = modules.popups, key = modules.key, sources = modules.sources;
  var patterns = modules.patterns;

  var BADGE_PANE = "warmapBadges";
  // A quarter's badge shows once its area is this many pixels across.
  var BADGE_MIN_PX = 28;

  // The legend entries of what this module draws.
  function defineEntries(data) {
    var words = data.style.legend, style = data.style;
    key.defineFamily("side", function (d, id) {
      var s = d.sides[id];
      if (!s) { return null; }
      return { group: "sides", order: d.legendSides.indexOf(id), text: s.name,
        title: s.description, swatch: function () {
          return key.box(s.pattern === "solid" ? s.colour : "#ffffff",
            patterns.patternImage(d, s, false), s.outline || s.colour);
        } };
    });
    var grey = { id: "legend-grey", colour: "#8a8a8a", pattern: "solid", outline: "#555555" };
    [["confirmed", 0], ["claimed", 1], ["approximate", 2]].forEach(function (pair) {
      key.define("control." + pair[0], { group: "control", order: pair[1],
        text: words["control." + pair[0]], swatch: function (d) {
          return key.box(grey.colour, pair[0] === "claimed" ?
            patterns.patternImage(d, grey, true) : null, grey.outline,
          pair[0] === "approximate" ? style.certainty.faded : null);
        } });
    });
    key.define("control.unknown", { group: "control", order: 3, text: words["control.unknown"],
      swatch: function () { return key.box(style.unknown.fill, null, style.unknown.outline); } });
    key.define("control.taken", { group: "control", order: 4, text: words["control.taken"],
      swatch: function () {
        return key.sample("rect", { x: 3, y: 3, width: 22, height: 10, fill: "#ffffff",
          stroke: "#333333", "stroke-width": style.outline.taken });
      } });
    key.define("boundary.approximate", { group: "control", order: 5,
      text: words["boundary.approximate"], swatch: function (d) {
        return key.sample("rect", { x: 2, y: 3, width: 24, height: 10, fill: "#ffffff",
          stroke: "#333333", "stroke-width": style.outline.width, "stroke-linecap": "round",
          "stroke-dasharray": styles.outlineDash(d, "approximate"),
          "class": "warmap-sample-approximate" });
      } });
    key.define("source.article", { group: "control", order: 6, text: words["source.article"],
      swatch: function () { return badgeNode(style.badge); } });
  }

  function badgeNode(badge) {
    var node = dom.el("span", "warmap-badge", badge.letter);
    node.style.background = badge.fill;
    node.style.color = badge.text;
    node.setAttribute("aria-hidden", "true");
    return node;
  }

  function isTown(area) { return area.kind !== "quarter" && area.kind !== "district"; }

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
    defineEntries(data);
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
    var held = {}, outline = data.style.outline, town = data.style.town;
    entries.forEach(function (entry) {
      var row = timeline.stateOn(entry.area.changes, day);
      var taken = !!row && row.change === "taken" && row.date === day;
      if (row && entry.marker) { held[entry.area.name] = row.side; }
      if (row === entry.row && taken === entry.taken) { return; }
      entry.row = row;
      entry.taken = taken;
      var look = styles.fillFor(data, row ? row.side : null, row ? row.certainty : null);
      entry.layer.setStyle({
        color: look.color, fillColor: look.fill, fillOpacity: look.opacity,
        weight: taken ? outline.taken : outline.width,
        dashArray: styles.outlineDash(data, entry.area.precision)
      });
      if (entry.marker) {
        entry.marker.setStyle({ fillColor: look.fill, color: look.color,
          fillOpacity: town.opacity * (look.faded || 1) });
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

  // The legend ids of the areas inside ``view`` (LatLngBounds) on the day they show.
  function usedIn(entries, view, used) {
    entries.forEach(function (entry) {
      if (!view.intersects(entry.bounds)) { return; }
      var row = entry.row;
      if (!row) { used.add("control.unknown"); } else {
        used.add("side." + row.side);
        used.add("control." + row.certainty);
        if (sources.isArticle(row.source)) { used.add("source.article"); }
      }
      if (entry.taken) { used.add("control.taken"); }
      if (entry.area.precision.indexOf("approximate") === 0) {
        used.add("boundary.approximate");
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

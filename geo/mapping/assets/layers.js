/* layers: the map's features in their layer groups (control areas and town markers,
 * arrows, events, named places) and their look on the day shown. */
(function (modules) {
  "use strict";

  var dom = modules.dom, timeline = modules.timeline, styles = modules.styles;
  var popups = modules.popups;

  // Adds the entry's layer to the group when ``on`` (making it the first time), or
  // removes it.
  function showIf(entry, on, group, make) {
    if (on && !entry.layer) { entry.layer = make(entry.item); }
    if (!entry.layer) { return; }
    if (on && !group.hasLayer(entry.layer)) { entry.layer.addTo(group); }
    if (!on && group.hasLayer(entry.layer)) { group.removeLayer(entry.layer); }
  }

  // One polygon per area, and a marker for each town; popups and tooltips speak of the
  // day ``selected()`` returns.
  function addAreas(data, groups, vector, selected) {
    var areaLayers = [];
    var town = data.style.town;
    data.areas.forEach(function (area) {
      var layer = L.polygon(area.latlngs, vector({
        weight: data.style.outline.width, className: "warmap-area warmap-place-" + area.id
      }));
      layer.bindPopup(function () { return popups.areaPopup(data, area, selected()); });
      // The tooltip names the holder in words: the map never relies on colour alone.
      layer.bindTooltip(function () {
        return dom.textNode(timeline.holderText(data, area, selected()));
      }, { sticky: true });
      layer.addTo(groups.control);
      var marker = null;
      if (area.kind === "city" || area.kind === "town") {
        // A town is a few pixels wide at the zoom that shows a country: a fixed-size marker
        // carries its holder's colour at every zoom, and its name as a label.
        marker = L.circleMarker([area.lat, area.lon], vector({
          radius: town.radius, weight: town.weight, color: "#333333", fillOpacity: town.opacity,
          className: "warmap-town warmap-town-" + area.id
        }));
        marker.bindPopup(function () { return popups.areaPopup(data, area, selected()); });
        marker.bindTooltip(dom.textNode(area.name), { permanent: true, direction: "right",
          offset: [10, 0], className: "warmap-town-label" });
        marker.addTo(groups.control);
      }
      areaLayers.push({ area: area, layer: layer, marker: marker });
    });
    return areaLayers;
  }

  // A movement whose origin is not known: a ring round its target, dashed by status.
  function ringLayer(data, vector, m, colour) {
    var arrow = data.style.arrow;
    return L.circleMarker(m.ring, vector({
      radius: arrow.target, color: colour, weight: m.derived ? arrow.derived : arrow.width,
      opacity: arrow.opacity, fill: false, dashArray: styles.arrowDash(data, m.status),
      className: "warmap-arrow warmap-arrow-ring warmap-arrow-" + m.status
    }));
  }

  function movementLayer(data, vector, m) {
    var colour = styles.outlineOf(data, m.side);
    var arrow = data.style.arrow;
    var group = L.featureGroup();
    if (m.ring) {
      ringLayer(data, vector, m, colour).addTo(group);
    } else {
      L.polyline(m.shaft, vector({
        color: colour, weight: m.derived ? arrow.derived : arrow.width, opacity: arrow.opacity,
        dashArray: styles.arrowDash(data, m.status),
        className: "warmap-arrow warmap-arrow-" + m.status + " warmap-arrow-" + m.kind
      })).addTo(group);
      if (m.kind === "evacuation") {  // a white core: a corridor, not an assault
        L.polyline(m.shaft, vector({ color: "#ffffff", weight: arrow.evacuation, opacity: 1,
          className: "warmap-arrow-core" })).addTo(group);
      }
      L.polygon(m.head, vector({
        color: colour, weight: arrow.head, fillColor: m.status === "done" ? colour : "#ffffff",
        fillOpacity: arrow.opacity, className: "warmap-arrowhead"
      })).addTo(group);
    }
    var title = (m.derived ? "Derived " : "") + m.kind + ": " + m.label;
    group.bindPopup(function () { return popups.itemPopup(data, m, title); });
    group.bindTooltip(function () { return dom.textNode(title); }, { sticky: true });
    return group;
  }

  function eventLayer(data, vector, e) {
    var colour = data.sides[e.side] ? data.sides[e.side].colour : "#333";
    var event = data.style.event;
    var layer = L.circleMarker([e.lat, e.lon], vector({
      radius: event.radius, color: styles.outlineOf(data, e.side), weight: event.weight,
      fillColor: colour, fillOpacity: 1,
      dashArray: e.status === "claimed" ? styles.dashArray(event.claimed) : null,
      className: "warmap-event"
    }));
    var marker = layer;
    marker.bindPopup(function () { return popups.itemPopup(data, e, e.label); });
    marker.bindTooltip(function () {
      return dom.textNode(e.label + (e.status === "claimed" ? " (claimed)" : ""));
    });
    return marker;
  }

  // A front line a source gives: the line on a white casing, dashed when approximate.
  function frontLayer(data, vector, line) {
    var front = data.style.front, group = L.featureGroup();
    var dash = null;
    Object.keys(front.dashes).forEach(function (key) {
      if (line.precision.indexOf(key) === 0) { dash = styles.dashArray(front.dashes[key]); }
    });
    L.polyline(line.paths, vector({ color: "#ffffff", weight: front.casing, opacity: 0.9,
      className: "warmap-front-casing", interactive: false })).addTo(group);
    L.polyline(line.paths, vector({ color: front.colour, weight: front.width, opacity: 1,
      dashArray: dash, className: "warmap-front" })).addTo(group);
    var title = "Front line: " + timeline.sideList(data, line.sides);
    group.bindPopup(function () {
      return popups.itemPopup(data, { start: line.start, end: line.end, side: line.sides[0],
        status: line.precision, quote: line.quote, source: line.source, note: line.note,
        places: [] }, title);
    });
    group.bindTooltip(function () { return dom.textNode(title); }, { sticky: true });
    return group;
  }

  function addPlaces(data, groups, vector, areaLayers) {
    var townIds = {};
    var mention = data.style.mention;
    areaLayers.forEach(function (entry) { if (entry.marker) { townIds[entry.area.id] = true; } });
    data.places.forEach(function (p) {
      // On a town's control marker, the mention marker is a small dot so the fill shows.
      var onTown = townIds[p.id] === true;
      var marker = L.circleMarker([p.lat, p.lon], vector({
        radius: onTown ? mention.onTownRadius : Math.min(mention.radius +
          mention.radiusPerRootCount * Math.sqrt(p.count), mention.maxRadius),
        color: mention.stroke, weight: onTown ? mention.onTownWeight : mention.weight,
        fillColor: mention.fill, fillOpacity: mention.opacity, className: "warmap-mention"
      }));
      marker.bindPopup(function () { return popups.placePopup(p); }, { maxWidth: 360 });
      marker.bindTooltip(function () { return dom.textNode(p.name); });
      marker.addTo(groups.places);
    });
  }

  // Every layer of the map in ``groups``; ``show(day)`` restyles and shows that day's
  // features and tells what it shows: {held: town -> side, movements, events}.
  function addLayers(data, groups, vector, selected) {
    var areaLayers = addAreas(data, groups, vector, selected);
    // Arrows and event markers are made when their day is first shown: a map of thousands
    // shows a few of them on any one day.
    var movementLayers = data.movements.map(function (m) { return { item: m, layer: null }; });
    var eventLayers = data.events.map(function (e) { return { item: e, layer: null }; });
    var lineLayers = data.lines.map(function (l) { return { item: l, layer: null }; });
    addPlaces(data, groups, vector, areaLayers);

    var showSites = modules.sites.addSites(data, groups.control, selected);

    function showAreas(day) {
      var held = {};
      var town = data.style.town;
      var uncertain = styles.dashArray(town.uncertain);
      areaLayers.forEach(function (entry) {
        var row = timeline.stateOn(entry.area.changes, day);
        var look = styles.areaLook(data, row, entry.area, day);
        entry.layer.setStyle(look);
        if (entry.marker) {
          var ring = styles.ringFor(data, row);
          entry.marker.setStyle({ fillColor: look.fillColor, color: look.color,
            fillOpacity: town.opacity * (row ? data.style.certainty[row.certainty] || 1 : 1),
            weight: ring ? ring.weight : town.weight,
            dashArray: ring ? ring.dashArray : row && row.certainty !== "confirmed" ?
              uncertain : null });
        }
        if (row && entry.area.kind !== "quarter") { held[entry.area.name] = row; }
      });
      showSites(day);
      data.sites.forEach(function (site) {
        var row = timeline.stateOn(site.changes, day);
        if (row) { held[site.name] = row; }
      });
      return held;
    }

    function show(day) {
      var held = showAreas(day);
      var shownMoves = [];
      movementLayers.forEach(function (entry) {
        var on = entry.item.start <= day && day <= entry.item.end;
        showIf(entry, on, groups.movements, function (m) {
          return movementLayer(data, vector, m);
        });
        if (on && !entry.item.derived) { shownMoves.push(entry.item); }
      });
      var lines = groups.lines || groups.control;
      lineLayers.forEach(function (entry) {
        showIf(entry, entry.item.start <= day && day <= entry.item.end, lines,
          function (l) { return frontLayer(data, vector, l); });
      });
      var shownEvents = [];
      eventLayers.forEach(function (entry) {
        var on = entry.item.date === day;
        showIf(entry, on, groups.events, function (e) { return eventLayer(data, vector, e); });
        if (on) { shownEvents.push(entry.item); }
      });
      return { held: held, movements: shownMoves, events: shownEvents };
    }

    return { show: show };
  }

  modules.layers = { addLayers: addLayers };
}(window.warmapModules = window.warmapModules || {}));

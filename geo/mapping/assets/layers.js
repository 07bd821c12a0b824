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
    data.areas.forEach(function (area) {
      var layer = L.polygon(area.latlngs, vector({
        weight: 1.2, className: "warmap-area warmap-place-" + area.id
      }));
      layer.bindPopup(function () { return popups.areaPopup(data, area, selected()); });
      // The tooltip names the holder in words: the map never relies on colour alone.
      layer.bindTooltip(function () {
        return dom.textNode(timeline.holderText(data, area, selected()));
      }, { sticky: true });
      layer.addTo(groups.control);
      var marker = null;
      if (area.kind !== "quarter" && area.kind !== "district") {
        // A town is a few pixels wide at the zoom that shows a country: a fixed-size marker
        // carries its holder's colour at every zoom, and its name as a label.
        marker = L.circleMarker([area.lat, area.lon], vector({
          radius: 9, weight: 2.5, color: "#333333", fillOpacity: 0.95,
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

  function movementLayer(data, vector, m) {
    var colour = styles.outlineOf(data, m.side);
    var group = L.featureGroup();
    var weight = m.derived ? 2 : 4;
    L.polyline(m.shaft, vector({
      color: colour, weight: weight, opacity: 0.95, dashArray: styles.dashFor(m.status),
      className: "warmap-arrow warmap-arrow-" + m.status
    })).addTo(group);
    L.polygon(m.head, vector({
      color: colour, weight: 1, fillColor: m.status === "done" ? colour : "#ffffff",
      fillOpacity: 0.95, className: "warmap-arrowhead"
    })).addTo(group);
    var title = (m.derived ? "Derived " : "") + m.kind + ": " + m.label;
    group.bindPopup(function () { return popups.itemPopup(data, m, title); });
    group.bindTooltip(function () { return dom.textNode(title); }, { sticky: true });
    return group;
  }

  function eventLayer(data, vector, e) {
    var colour = data.sides[e.side] ? data.sides[e.side].colour : "#333";
    var layer = L.circleMarker([e.lat, e.lon], vector({
      radius: 9, color: styles.outlineOf(data, e.side), weight: 2.5, fillColor: colour,
      fillOpacity: 1,
      dashArray: e.status === "claimed" ? "3 3" : null, className: "warmap-event"
    }));
    var marker = layer;
    marker.bindPopup(function () { return popups.itemPopup(data, e, e.label); });
    marker.bindTooltip(function () {
      return dom.textNode(e.label + (e.status === "claimed" ? " (claimed)" : ""));
    });
    return marker;
  }

  function addPlaces(data, groups, vector, areaLayers) {
    var townIds = {};
    areaLayers.forEach(function (entry) { if (entry.marker) { townIds[entry.area.id] = true; } });
    data.places.forEach(function (p) {
      // On a town's control marker, the mention marker is a small dot so the fill shows.
      var onTown = townIds[p.id] === true;
      var marker = L.circleMarker([p.lat, p.lon], vector({
        radius: onTown ? 3 : Math.min(4 + 1.5 * Math.sqrt(p.count), 11), color: "#0d0d0d",
        weight: onTown ? 1 : 1.5, fillColor: "#ffffff", fillOpacity: 0.9,
        className: "warmap-mention"
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
    addPlaces(data, groups, vector, areaLayers);

    function showAreas(day) {
      var held = {};
      areaLayers.forEach(function (entry) {
        var row = timeline.stateOn(entry.area.changes, day);
        var look = styles.fillFor(data, row ? row.side : null);
        var approximate = entry.area.precision.indexOf("approximate") === 0;
        entry.layer.setStyle({
          color: look.color, fillColor: look.fill, fillOpacity: look.opacity,
          weight: row && row.change === "taken" && row.date === day ? 3 : 1.2,
          dashArray: approximate ? "4 3" : null
        });
        if (entry.marker) {
          entry.marker.setStyle({ fillColor: look.fill, color: look.color,
            dashArray: row && row.certainty !== "confirmed" ? "3 2" : null });
        }
        if (row && entry.area.kind !== "quarter") { held[entry.area.name] = row.side; }
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

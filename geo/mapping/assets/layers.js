/* layers: the map's features in their layer groups (control areas and town markers in
 * areas.js, sites in sites.js, arrows in arrows.js, front lines in fronts.js, events and
 * named places in marks.js, unreviewed drafts in drafts.js), their look on the day shown,
 * and the legend ids of what the current view shows (key.js). */
(function (modules) {
  "use strict";

  var areas = modules.areas, arrows = modules.arrows, marks = modules.marks;
  var key = modules.key, timeline = modules.timeline;

  // Sites: their symbols restyled by day (sites.js); the legend ids of those in view.
  function addSites(data, group, selected) {
    var show = modules.sites.addSites(data, group, selected);
    modules.key.define("site", { group: "marks", order: 3, text: data.style.legend.site,
      swatch: function () {
        return key.sample("circle", { cx: 14, cy: 8, r: 6, fill: "#555555", stroke: "#1a1a1a",
          "stroke-width": data.style.site.weight });
      } });
    return {
      show: show,
      usedIn: function (day, view, used) {
        data.sites.forEach(function (site) {
          if (!view.contains([site.lat, site.lon])) { return; }
          used.add("site");
          var row = timeline.stateOn(site.changes, day);
          if (row) { used.add("side." + row.side); }
        });
      }
    };
  }

  // Every layer of the map in ``groups``. ``show(day)`` restyles and shows that day's
  // features and tells what it shows: {held: town -> side, movements, events, changes};
  // ``used()`` gives the key.Used of what the current view shows; ``eventBoxes()`` and
  // ``drafts.tags()`` what the day adds for the names (labels.js) to keep clear of or place.
  function addLayers(map, data, groups, vector, selected) {
    var areaEntries = areas.addAreas(map, data, groups.control, vector, selected);
    var towns = {};
    areaEntries.forEach(function (entry) { if (entry.marker) { towns[entry.area.id] = true; } });
    var siteLayer = addSites(data, groups.control, selected);
    var arrowLayer = arrows.addArrows(map, data, groups.movements, vector, towns);
    var frontLayer = modules.fronts.addFronts(data, groups.lines || groups.control, vector);
    var eventLayer = marks.addEvents(map, data, groups.events, vector);
    var placeLayer = marks.addPlaces(data, groups.places, vector, towns);
    var draftLayer = modules.drafts.addDrafts(map, data, groups.drafts || groups.events, vector);
    var day = null;

    function show(newDay) {
      day = newDay;
      var held = areas.showAreas(data, areaEntries, day);
      siteLayer.show(day);
      frontLayer.show(day);
      areas.showBadges(map, data, areaEntries);
      draftLayer.show(day);
      return { held: held, movements: arrowLayer.show(day), events: eventLayer.show(day),
        changes: areas.changesOn(data, areaEntries, day) };
    }

    function used() {
      var view = map.getBounds(), made = new key.Used();
      if (map.hasLayer(groups.control)) {
        areas.usedIn(data, areaEntries, view, made);
        siteLayer.usedIn(day, view, made);
        frontLayer.usedIn(view, made);
      }
      if (map.hasLayer(groups.movements)) { arrowLayer.usedIn(view, made); }
      if (map.hasLayer(groups.events)) { eventLayer.usedIn(view, made); }
      placeLayer.usedIn(view, made, map.hasLayer(groups.places));
      if (groups.drafts && map.hasLayer(groups.drafts)) { draftLayer.usedIn(view, made); }
      return made;
    }

    map.on("zoomend", function () { areas.showBadges(map, data, areaEntries); });
    return { show: show, used: used, areaEntries: areaEntries, drafts: draftLayer,
      eventBoxes: eventLayer.boxes };
  }

  modules.layers = { addLayers: addLayers };
}(window.warmapModules = window.warmapModules || {}));

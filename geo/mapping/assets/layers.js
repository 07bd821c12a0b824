/* layers: the map's features in their layer groups (control areas and town markers in
 * areas.js, arrows in arrows.js, events and named places in marks.js), their look on the
 * day shown, and the legend ids of what the current view shows (key.js). */
(function (modules) {
  "use strict";

  var areas = modules.areas, arrows = modules.arrows, marks = modules.marks;
  var key = modules.key;

  // Every layer of the map in ``groups``. ``show(day)`` restyles and shows that day's
  // features and tells what it shows: {held: town -> side, movements, events, changes};
  // ``used()`` gives the key.Used of what the current view shows.
  function addLayers(map, data, groups, vector, selected) {
    var areaEntries = areas.addAreas(map, data, groups.control, vector, selected);
    var towns = {};
    areaEntries.forEach(function (entry) { if (entry.marker) { towns[entry.area.id] = true; } });
    var arrowLayer = arrows.addArrows(map, data, groups.movements, vector, towns);
    var eventLayer = marks.addEvents(map, data, groups.events, vector);
    var placeLayer = marks.addPlaces(data, groups.places, vector, towns);
    var day = null;

    function show(newDay) {
      day = newDay;
      var held = areas.showAreas(data, areaEntries, day);
      areas.showBadges(map, data, areaEntries);
      return { held: held, movements: arrowLayer.show(day), events: eventLayer.show(day),
        changes: areas.changesOn(data, areaEntries, day) };
    }

    function used() {
      var view = map.getBounds(), made = new key.Used();
      if (map.hasLayer(groups.control)) { areas.usedIn(areaEntries, view, made); }
      if (map.hasLayer(groups.movements)) { arrowLayer.usedIn(view, made); }
      if (map.hasLayer(groups.events)) { eventLayer.usedIn(view, made); }
      placeLayer.usedIn(view, made, map.hasLayer(groups.places));
      return made;
    }

    map.on("zoomend", function () { areas.showBadges(map, data, areaEntries); });
    return { show: show, used: used, areaEntries: areaEntries };
  }

  modules.layers = { addLayers: addLayers };
}(window.warmapModules = window.warmapModules || {}));

/* timeline: what the unpacked payload says about one day: the holder of an area, the area
 * each side holds in the main city, and the names of sides. */
(function (modules) {
  "use strict";

  // The last of an area's changes (sorted by date) on or before ``day``, or null.
  function stateOn(changes, day) {
    var current = null;
    for (var i = 0; i < changes.length; i++) {
      if (changes[i].date <= day) { current = changes[i]; } else { break; }
    }
    return current;
  }

  function sideName(data, id) {
    return data.sides[id] ? data.sides[id].name : (id || "unknown");
  }

  // "Name: holder (certainty)": the map never relies on colour alone.
  function holderText(data, area, day) {
    var row = stateOn(area.changes, day);
    return area.name + (row ? ": " + sideName(data, row.side) +
      (row.certainty !== "confirmed" ? " (" + row.certainty + ")" : "") : "");
  }

  // Square kilometres held per side in the main city on ``day``.
  function areasOn(data, day) {
    var current = null;
    data.areaByDay.forEach(function (entry) { if (entry[0] <= day) { current = entry[1]; } });
    return current || {};
  }

  modules.timeline = {
    stateOn: stateOn, sideName: sideName, holderText: holderText, areasOn: areasOn
  };
}(window.warmapModules = window.warmapModules || {}));

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

  function sideList(data, ids) {
    var names = (ids || []).map(function (id) { return sideName(data, id); });
    return names.length > 1 ? names.slice(0, -1).join(", ") + " and " + names[names.length - 1] :
      names.join("");
  }

  // The control of a row in words: "held by ISIS", "contested by ISIS and Turkey",
  // "held by the government, besieged by ISIS", "partly held by ISIS (about 60%)".
  function stateText(data, row) {
    var holder = sideName(data, row.side), others = sideList(data, row.by);
    if (row.state === "contested") {
      return "contested by " + sideList(data, [row.side].concat(row.by || []));
    }
    if (row.state === "besieged" || row.state === "encircled") {
      return "held by " + holder + ", " + row.state + (others ? " by " + others : "");
    }
    if (row.state === "partial") {
      return "partly held by " + holder + (row.share !== null && row.share !== undefined ?
        " (" + row.share + "%)" : "") + (others ? ", the rest by " + others : "");
    }
    return "held by " + holder;
  }

  // The rival claims (data/disputes.csv) about a row of ``table`` for a place and a date.
  // The rival claims of a row: of its table, date and place, and of its id (``rowId``, for
  // events and movements) where the claim names the row it rivals.
  function disputesOf(data, table, placeIds, date, rowId) {
    return (data.disputes || []).filter(function (d) {
      return d.table === table && d.date === date && placeIds.indexOf(d.place) >= 0 &&
        (!d.rivals || !rowId || d.rivals === rowId);
    });
  }

  // "Name: held by holder (certainty)": the map never relies on colour alone.
  function holderText(data, area, day) {
    var row = stateOn(area.changes, day);
    if (!row) { return area.name; }
    var disputed = disputesOf(data, "control", [area.id], row.date).length > 0;
    return area.name + ": " + stateText(data, row) +
      (row.certainty !== "confirmed" ? " (" + row.certainty + ")" : "") +
      (disputed ? " (disputed: see the popup)" : "");
  }

  // Square kilometres held per side in the main city on ``day``.
  function areasOn(data, day) {
    return areaEntryOn(data, day)[1];
  }

  // The whole entry of areaByDay for ``day``: [day, {side: km²}, {partly, contested,
  // approximate}].
  function areaEntryOn(data, day) {
    var current = null;
    data.areaByDay.forEach(function (entry) { if (entry[0] <= day) { current = entry; } });
    return current || ["", {}, { partly: {}, contested: 0, approximate: false }];
  }

  // The published figures dated ``day``, the article's first.
  function figuresOn(data, day) {
    return (data.figures || []).filter(function (f) { return f.date === day; });
  }

  modules.timeline = {
    stateOn: stateOn, sideName: sideName, sideList: sideList, stateText: stateText,
    holderText: holderText, areasOn: areasOn, areaEntryOn: areaEntryOn,
    figuresOn: figuresOn, disputesOf: disputesOf
  };
}(window.warmapModules = window.warmapModules || {}));

/* summary: the day shown in words, for screen readers: a polite live region that says who
 * holds what, the area each side holds, and the day's movements and events. */
(function (modules) {
  "use strict";

  var dom = modules.dom, dates = modules.dates, timeline = modules.timeline;

  // ``areas``: km² per side in the main city; ``shown``: what layers.show(day) returned.
  function summaryText(data, day, areas, shown) {
    var sideName = function (id) { return timeline.sideName(data, id); };
    var parts = [dates.longDay(day) + "."];
    if (data.city) {
      parts.push(data.city + ": " + Object.keys(areas).map(function (side) {
        return sideName(side) + " " + areas[side] + " square kilometres";
      }).join(", ") + ".");
    }
    Object.keys(shown.held).forEach(function (name) {
      parts.push(name + ": " + timeline.stateText(data, shown.held[name]) + ".");
    });
    shown.movements.forEach(function (m) {
      parts.push(sideName(m.side) + " " + m.kind + " (" + m.status + "): " + m.label + ".");
    });
    shown.events.forEach(function (e) {
      parts.push(e.label + (e.status === "claimed" ? " (claimed)." : "."));
    });
    return parts.join(" ");
  }

  // Adds the live region to the map; returns show(day, areas, shown).
  function addSummary(map, data) {
    var summary = dom.el("div", "warmap-visually-hidden");
    summary.id = "warmap-summary";
    summary.setAttribute("aria-live", "polite");
    summary.setAttribute("role", "status");
    map.getContainer().appendChild(summary);
    return function show(day, areas, shown) {
      summary.textContent = summaryText(data, day, areas, shown);
    };
  }

  modules.summary = { addSummary: addSummary, summaryText: summaryText };
}(window.warmapModules = window.warmapModules || {}));

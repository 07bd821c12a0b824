/* summary: what changed on the day shown, in words, for screen readers: a polite live region
 * that says which places changed hands ("Sheikh Saeed: Rebels → Syrian government and
 * allies") and the day's events, in a few short sentences, not the whole map again. */
(function (modules) {
  "use strict";

  var dom = modules.dom, dates = modules.dates, timeline = modules.timeline;

  // How many changes of hands are named; the rest are counted.
  var NAMED_CHANGES = 6;

  // ``shown``: what layers.show(day) returned ({changes, events, movements}).
  function summaryText(data, day, shown) {
    var sideName = function (id) { return id ? timeline.sideName(data, id) : "no one known"; };
    var parts = [dates.longDay(day) + "."];
    var changes = shown.changes || [];
    changes.slice(0, NAMED_CHANGES).forEach(function (c) {
      parts.push(c.name + ": " + sideName(c.from) + " \u2192 " + sideName(c.to) + ".");
    });
    if (changes.length > NAMED_CHANGES) {
      parts.push("And " + (changes.length - NAMED_CHANGES) + " more places changed hands.");
    }
    if (!changes.length) { parts.push("No place changed hands."); }
    (shown.movements || []).forEach(function (m) {
      if (m.start === day) { parts.push(m.label + "."); }
    });
    (shown.events || []).forEach(function (e) {
      parts.push(e.label + (e.status === "claimed" ? " (claimed)." : "."));
    });
    return parts.join(" ");
  }

  // Adds the live region to the map; returns show(day, shown).
  function addSummary(map, data) {
    var summary = dom.el("div", "warmap-visually-hidden");
    summary.id = "warmap-summary";
    summary.setAttribute("aria-live", "polite");
    summary.setAttribute("role", "status");
    map.getContainer().appendChild(summary);
    return function show(day, shown) {
      summary.textContent = summaryText(data, day, shown);
    };
  }

  modules.summary = { addSummary: addSummary, summaryText: summaryText };
}(window.warmapModules = window.warmapModules || {}));

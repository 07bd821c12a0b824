/* popups: the content of an area's, a movement's or event's, and a named place's popup,
 * with the source's own words and who the source is; an area's popup gives the holder on
 * the day shown and every change of hands with its date and source. DOM nodes only. */
(function (modules) {
  "use strict";

  var dom = modules.dom, timeline = modules.timeline, dates = modules.dates;
  var sources = modules.sources;
  var el = dom.el;

  var CERTAINTY = {
    confirmed: "confirmed", claimed: "claimed, not confirmed",
    approximate: "approximate, inferred from the front line"
  };
  var BOUNDARY = [
    ["approximate: Voronoi", "approximate (drawn halfway between quarter centres)"],
    ["approximate: union", "approximate (the quarters it covers)"],
    ["approximate: population", "approximate (a circle the size of its population)"],
    ["approximate", "approximate"], ["drawn", "drawn by its source"],
    ["surveyed", "surveyed"]
  ];
  var STATUS = { done: "reported done", reported: "reported", claimed: "claimed",
    planned: "planned" };

  function boundaryWords(precision) {
    var match = BOUNDARY.filter(function (pair) { return precision.indexOf(pair[0]) === 0; })[0];
    return match ? match[1] : precision;
  }

  // One line of an area's history: "11 Dec 2016 · taken by Rebels (claimed) · SOHR".
  function historyLine(data, row, current, day) {
    var item = el("li", row === current ? "warmap-history-current" :
      (row.date > day ? "warmap-history-later" : null));
    item.appendChild(el("span", "warmap-history-date", dates.shortDay(row.date)));
    item.appendChild(document.createTextNode(" " + (row.change === "taken" ? "taken by " :
      "held by ") + timeline.sideName(data, row.side) +
      (row.certainty !== "confirmed" ? " (" + row.certainty + ")" : "") + " · "));
    item.appendChild(el("span", sources.isArticle(row.source) ? "warmap-outlet" : null,
      sources.sourceName(data, row.source)));
    return item;
  }

  function areaPopup(data, area, day) {
    var box = el("div", "warmap-popup");
    box.appendChild(el("h3", null, area.name));
    var row = timeline.stateOn(area.changes, day);
    if (row) {
      box.appendChild(el("p", "warmap-holder", dates.shortDay(day) + ": held by " +
        timeline.sideName(data, row.side) + " (" + CERTAINTY[row.certainty] + ")"));
      box.appendChild(dom.quoteNode(row.quote));
      box.appendChild(sources.sourceNode(data, row.source));
      if (row.note) { box.appendChild(sources.noteNode(row.note)); }
    } else {
      box.appendChild(el("p", "warmap-holder", dates.shortDay(day) +
        ": no information on who holds it"));
    }
    if (area.changes.length) {
      box.appendChild(el("h4", null, "Who held it"));
      var list = el("ol", "warmap-history");
      area.changes.forEach(function (change) {
        list.appendChild(historyLine(data, change, row, day));
      });
      box.appendChild(list);
    }
    box.appendChild(el("p", "warmap-meta", "Boundary " + boundaryWords(area.precision)));
    return box;
  }

  // A movement (``start`` to ``end``) or an event (one ``date``).
  function itemPopup(data, item, title) {
    var box = el("div", "warmap-popup");
    box.appendChild(el("h3", null, title));
    var when = item.start ? (item.start === item.end ? dates.shortDay(item.start) :
      dates.shortDay(item.start) + " to " + dates.shortDay(item.end)) : dates.shortDay(item.date);
    box.appendChild(el("p", "warmap-meta", timeline.sideName(data, item.side) + " · " +
      (STATUS[item.status] || item.status) + " · " + when));
    box.appendChild(dom.quoteNode(item.quote));
    box.appendChild(sources.sourceNode(data, item.source));
    if (item.note) { box.appendChild(sources.noteNode(item.note)); }
    return box;
  }

  function placePopup(data, place) {
    var box = el("div", "warmap-popup");
    box.appendChild(el("h3", null, place.name));
    box.appendChild(el("p", "warmap-meta", place.kind + " · named " + place.count + " time" +
      (place.count === 1 ? "" : "s") + " in the article" + (data.articles.length > 1 ? "s" : "")));
    place.quotes.forEach(function (q) {
      var quote = el("blockquote", "warmap-quote");
      quote.appendChild(document.createTextNode(q.before));
      quote.appendChild(el("mark", null, q.mention));
      quote.appendChild(document.createTextNode(q.after));
      box.appendChild(quote);
      box.appendChild(el("p", "warmap-meta", q.article));
    });
    var where = sources.sourceNode(data, place.source);
    where.firstChild.textContent = "Position: ";
    box.appendChild(where);
    return box;
  }

  modules.popups = { areaPopup: areaPopup, itemPopup: itemPopup, placePopup: placePopup };
}(window.warmapModules = window.warmapModules || {}));

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

  // "Also reported: ..." for each rival claim of the row drawn, with its words and who
  // said it; the drawn row's note says why the map draws it.
  function disputeNodes(data, box, disputes) {
    disputes.forEach(function (d) {
      var line = el("p", "warmap-dispute");
      line.appendChild(el("span", "warmap-field", "Also reported: "));
      line.appendChild(document.createTextNode(d.claim + " (" +
        sources.sourceName(data, d.source) + ")"));
      box.appendChild(line);
      box.appendChild(dom.quoteNode(d.quote));
      box.appendChild(sources.sourceNode(data, d.source));
      if (d.note) { box.appendChild(sources.noteNode(d.note)); }
    });
  }

  function noteWithDisputes(data, box, note, disputes) {
    if (note) {
      var node = sources.noteNode(note);
      if (disputes.length) {
        node.insertBefore(document.createTextNode("Why the map draws this: "), node.firstChild);
      }
      box.appendChild(node);
    }
    disputeNodes(data, box, disputes);
  }

  function boundaryWords(precision) {
    var match = BOUNDARY.filter(function (pair) { return precision.indexOf(pair[0]) === 0; })[0];
    return match ? match[1] : precision;
  }

  // One line of an area's history: "11 Dec 2016 · taken by Rebels (claimed) · SOHR".
  function historyLine(data, row, current, day) {
    var item = el("li", row === current ? "warmap-history-current" :
      (row.date > day ? "warmap-history-later" : null));
    item.appendChild(el("span", "warmap-history-date", dates.shortDay(row.date)));
    var words = row.change === "taken" ? "taken by " + timeline.sideName(data, row.side) :
      row.change === "handed" ? "handed over to " + timeline.sideName(data, row.side) :
        timeline.stateText(data, row);
    item.appendChild(document.createTextNode(" " + words +
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
      box.appendChild(el("p", "warmap-holder", dates.shortDay(day) + ": " +
        timeline.stateText(data, row) + " (" + CERTAINTY[row.certainty] + ")"));
      box.appendChild(dom.quoteNode(row.quote));
      box.appendChild(sources.sourceNode(data, row.source));
      noteWithDisputes(data, box, row.note,
        timeline.disputesOf(data, "control", [area.id], row.date));
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
    box.appendChild(el("p", "warmap-meta", area.precision ? "Boundary " +
      boundaryWords(area.precision) : "Position: the point of its source"));
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
    noteWithDisputes(data, box, item.note, item.start ?
      timeline.disputesOf(data, "movements", item.places || [], item.start, item.id) :
      timeline.disputesOf(data, "events", [item.placeId], item.date, item.id));
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

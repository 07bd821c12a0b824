/* popups: the content of an area's, a movement's or event's, and a named place's popup,
 * with the source's own words; DOM nodes only. */
(function (modules) {
  "use strict";

  var dom = modules.dom, timeline = modules.timeline;
  var el = dom.el;

  function hostOf(source) {
    var match = /^https?:\/\/(?:www\.)?([^/]+)/i.exec(source);
    return match ? match[1] : source;
  }

  // "Also reported: ..." for each rival claim of the row drawn, with its words and source;
  // the drawn row's note says why the map draws it.
  function disputeNodes(box, disputes) {
    disputes.forEach(function (d) {
      var line = el("p", "warmap-dispute");
      line.appendChild(el("span", "warmap-label", "Also reported: "));
      line.appendChild(document.createTextNode(d.claim + " (" + hostOf(d.source) + ")"));
      box.appendChild(line);
      box.appendChild(dom.quoteNode(d.quote));
      box.appendChild(dom.sourceNode(d.source));
      if (d.note) { box.appendChild(el("p", "warmap-note", d.note)); }
    });
  }

  function areaPopup(data, area, day) {
    var box = el("div", "warmap-popup");
    box.appendChild(el("h3", null, area.name));
    var row = timeline.stateOn(area.changes, day);
    if (row) {
      var text = timeline.stateText(data, row);
      box.appendChild(el("p", "warmap-holder", text.charAt(0).toUpperCase() + text.slice(1) +
        " on " + day + (row.certainty !== "confirmed" ? " (" + row.certainty + ")" : "")));
      box.appendChild(el("p", "warmap-meta", (row.change === "taken" ? "Changed hands on " :
        row.change === "handed" ? "Handed over by agreement on " : "Stated for ") + row.date));
      box.appendChild(dom.quoteNode(row.quote));
      box.appendChild(dom.sourceNode(row.source));
      var disputes = timeline.disputesOf(data, "control", [area.id], row.date);
      if (row.note) {
        box.appendChild(el("p", "warmap-note", (disputes.length ? "Why the map draws this: " :
          "") + row.note));
      }
      disputeNodes(box, disputes);
    } else {
      box.appendChild(el("p", "warmap-holder", "No control information for " + day));
    }
    box.appendChild(el("p", "warmap-meta", area.precision ? "Boundary: " + area.precision :
      "Position: the point of its source"));
    return box;
  }

  // A movement (``start`` to ``end``) or an event (one ``date``).
  function itemPopup(data, item, title) {
    var box = el("div", "warmap-popup");
    box.appendChild(el("h3", null, title));
    var when = item.start ? (item.start === item.end ? item.start : item.start + " to " + item.end)
      : item.date;
    box.appendChild(el("p", "warmap-meta", timeline.sideName(data, item.side) + " · " +
      item.status + " · " + when));
    var disputes = item.start ? timeline.disputesOf(data, "movements", item.places || [],
      item.start) : timeline.disputesOf(data, "events", [item.placeId], item.date);
    if (item.note) {
      box.appendChild(el("p", "warmap-note", (disputes.length ? "Why the map draws this: " :
        "") + item.note));
    }
    box.appendChild(dom.quoteNode(item.quote));
    box.appendChild(dom.sourceNode(item.source));
    disputeNodes(box, disputes);
    return box;
  }

  function placePopup(place) {
    var box = el("div", "warmap-popup");
    box.appendChild(el("h3", null, place.name));
    box.appendChild(el("p", "warmap-meta", place.kind + " · " + place.count + " mention" +
      (place.count === 1 ? "" : "s") + " · position: " + place.precision));
    place.quotes.forEach(function (q) {
      var quote = el("blockquote", "warmap-quote");
      quote.appendChild(document.createTextNode(q.before));
      quote.appendChild(el("mark", null, q.mention));
      quote.appendChild(document.createTextNode(q.after));
      box.appendChild(quote);
      box.appendChild(el("p", "warmap-meta", q.article));
    });
    box.appendChild(dom.sourceNode(place.source));
    return box;
  }

  modules.popups = { areaPopup: areaPopup, itemPopup: itemPopup, placePopup: placePopup };
}(window.warmapModules = window.warmapModules || {}));

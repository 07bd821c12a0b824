/* marks: the events of the day shown and the places the article names. An event is a
 * diamond in its side's colour (white inside when only claimed), set above and left of its
 * place, the events of one place and day in a row, so that none covers the place's holder
 * and each can be opened. A named place is a white circle (a small dot on a town's marker);
 * countries and regions, which have no polygon on the map, get none. */
(function (modules) {
  "use strict";

  var dom = modules.dom, popups = modules.popups, key = modules.key, styles = modules.styles;

  function eventNode(data, side, claimed) {
    var s = data.sides[side];
    var node = dom.el("span", "warmap-event-swatch");
    var size = data.style.event.size;
    node.style.width = node.style.height = size + "px";
    node.style.borderWidth = data.style.event.weight + "px";
    node.style.borderColor = styles.outlineOf(data, side);
    node.style.backgroundColor = claimed || !s ? "#ffffff" : s.colour;
    node.setAttribute("aria-hidden", "true");
    return node;
  }

  function defineEntries(data) {
    var words = data.style.legend, mention = data.style.mention;
    var grey = { colour: "#555555", outline: "#333333" };
    key.define("event", { group: "marks", order: 0, swatch: function (d) {
      var node = eventNode(d, null, false);
      node.style.backgroundColor = grey.colour;
      return node;
    }, text: words.event });
    key.define("eventClaimed", { group: "marks", order: 1, text: words.eventClaimed,
      swatch: function (d) { return eventNode(d, null, true); } });
    key.define("mention", { group: "marks", order: 2, text: words.mention, swatch: function () {
      return key.sample("circle", { cx: 14, cy: 8, r: mention.radius + mention.radiusPerRootCount,
        fill: mention.fill, stroke: mention.stroke, "stroke-width": mention.weight,
        "class": "warmap-sample-mention" });
    } });
  }

  // A diamond in the marks' renderer (vector, on the day's canvas on a large map).
  function eventMarker(data, vector, e, index) {
    var style = data.style.event, s = data.sides[e.side];
    var half = style.size * Math.SQRT1_2, claimed = e.status === "claimed";
    // Above and left of the place: its name goes to the right.
    var dx = -(style.offset + index * style.spacing), dy = -style.offset;
    var marker = new modules.renderer.Diamond([e.lat, e.lon], vector({
      radius: half, offset: [dx, dy], weight: style.weight,
      color: styles.outlineOf(data, e.side), opacity: 1,
      fillColor: claimed || !s ? "#ffffff" : s.colour, fillOpacity: 1,
      className: "warmap-event warmap-event-" + (claimed ? "claimed" : "reported")
    }, true));
    marker.bindPopup(function () { return popups.itemPopup(data, e, e.label); },
      { offset: [dx, dy - half] });
    marker.bindTooltip(function () {
      return dom.textNode(e.label + (e.status === "claimed" ? " (claimed)" : ""));
    }, { offset: [dx, dy] });
    return marker;
  }

  // The events' layer: show(day) shows that day's events (made then, dropped when hidden)
  // and returns them; usedIn(view, used) adds the legend ids of those inside ``view``.
  function addEvents(map, data, group, vector) {
    defineEntries(data);
    var entries = data.events.map(function (e) { return { item: e, layer: null }; });
    var shown = [];
    function show(day) {
      var before = shown;
      shown = entries.filter(function (entry) { return entry.item.date === day; });
      before.forEach(function (entry) {
        if (entry.item.date !== day && entry.layer) {
          group.removeLayer(entry.layer);
          entry.layer = null;
        }
      });
      var atPlace = {};
      shown.forEach(function (entry) {
        var place = entry.item.lat + "," + entry.item.lon;
        atPlace[place] = (atPlace[place] || 0) + 1;
        if (!entry.layer) {
          entry.layer = eventMarker(data, vector, entry.item, atPlace[place] - 1).addTo(group);
        }
      });
      return shown.map(function (entry) { return entry.item; });
    }
    function usedIn(view, used) {
      shown.forEach(function (entry) {
        if (!view.contains([entry.item.lat, entry.item.lon])) { return; }
        used.add(entry.item.status === "claimed" ? "eventClaimed" : "event");
        used.add("side." + entry.item.side);
      });
    }
    // The boxes of the day's diamonds (container pixels), for the names to keep clear of.
    function boxes() {
      if (!map.hasLayer(group)) { return []; }
      var style = data.style.event, half = style.size * Math.SQRT1_2 + style.weight;
      var atPlace = {};
      return shown.map(function (entry) {
        var place = entry.item.lat + "," + entry.item.lon;
        var index = atPlace[place] = (atPlace[place] || 0) + 1;
        var p = map.latLngToContainerPoint([entry.item.lat, entry.item.lon]);
        var x = p.x - (style.offset + (index - 1) * style.spacing), y = p.y - style.offset;
        return [x - half, y - half, x + half, y + half];
      });
    }
    return { show: show, usedIn: usedIn, boxes: boxes };
  }

  // The markers of named places (``towns``: id -> true for places with a town marker).
  function addPlaces(data, group, vector, towns) {
    var mention = data.style.mention, markers = [];
    data.places.forEach(function (p) {
      var onTown = towns[p.id] === true;
      var marker = L.circleMarker([p.lat, p.lon], vector({
        radius: onTown ? mention.onTownRadius : Math.min(mention.radius +
          mention.radiusPerRootCount * Math.sqrt(p.count), mention.maxRadius),
        color: mention.stroke, weight: onTown ? mention.onTownWeight : mention.weight,
        fillColor: mention.fill, fillOpacity: mention.opacity, className: "warmap-mention"
      }));
      marker.bindPopup(function () { return popups.placePopup(data, p); });
      marker.bindTooltip(function () { return dom.textNode(p.name); });
      marker.addTo(group);
      markers.push({ place: p, marker: marker });
    });
    return {
      usedIn: function (view, used, shownGroup) {
        if (!shownGroup) { return; }
        if (markers.some(function (m) { return view.contains(m.marker.getLatLng()); })) {
          used.add("mention");
        }
      }
    };
  }

  modules.marks = { addEvents: addEvents, addPlaces: addPlaces };
}(window.warmapModules = window.warmapModules || {}));

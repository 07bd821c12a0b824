/* warmap: date slider, control fills, arrows, events, markers, legend and summary.
 * Every string from an article or a data file is inserted with textContent, never as markup:
 * popups, tooltips and labels get DOM nodes, never HTML strings (Leaflet would parse those).
 * Called once by the page with the Leaflet map, the layer groups and the packed JSON payload
 * (see geo/render.py pack_payload: a texts table and encoded polylines). */
(function () {
  "use strict";

  var DAY_MS = 86400000;
  var PLAY_MS = 700; // how long each day shows while the map plays

  function el(tag, className, text) {
    var node = document.createElement(tag);
    if (className) { node.className = className; }
    if (text !== undefined && text !== null) { node.textContent = String(text); }
    return node;
  }

  // Google's encoded polyline format, 5 decimals: "..." -> [[lat, lon], ...].
  function decodeLine(text) {
    var points = [], index = 0, lat = 0, lon = 0;
    function next() {
      var result = 0, shift = 0, b;
      do {
        b = text.charCodeAt(index++) - 63;
        result |= (b & 0x1f) << shift;
        shift += 5;
      } while (b >= 0x20);
      return (result & 1) ? ~(result >> 1) : (result >> 1);
    }
    while (index < text.length) {
      lat += next();
      lon += next();
      points.push([lat / 1e5, lon / 1e5]);
    }
    return points;
  }

  // The page's JSON carries lists as tables (keys once, then rows), each long string once
  // (data.texts) and coordinates as polylines: the inverse of pack_payload in geo/render.py.
  var TEXT_KEYS = {
    "areas": ["precision"], "areas.changes": ["quote", "source", "note"],
    "movements": ["label", "quote", "source", "note"], "events": ["quote", "source"],
    "places": ["source"], "places.quotes": ["article"]
  };
  var NESTED = { areas: "changes", places: "quotes" };

  function unpack(data) {
    var texts = data.texts || [];
    function items(rows, keys, name) {
      var strings = TEXT_KEYS[name] || [];
      return rows.map(function (row) {
        var item = {};
        keys.forEach(function (key, i) {
          item[key] = strings.indexOf(key) >= 0 ? texts[row[i]] : row[i];
        });
        return item;
      });
    }
    ["areas", "movements", "events", "places"].forEach(function (name) {
      var table = data[name];
      var nested = NESTED[name];
      data[name] = items(table.rows, table.keys, name);
      if (nested) {
        data[name].forEach(function (item) {
          item[nested] = items(item[nested], table.nestedKeys, name + "." + nested);
        });
      }
    });
    data.areas.forEach(function (area) {
      area.latlngs = area.geometry.map(function (polygon) {
        return polygon.map(decodeLine);
      });
      if (area.latlngs.length === 1) { area.latlngs = area.latlngs[0]; }
    });
    data.movements.forEach(function (m) {
      m.shaft = decodeLine(m.shaft);
      m.head = decodeLine(m.head);
    });
    return data;
  }

  function textNode(text, className) {
    return el("span", className || null, text);
  }

  function parseDay(iso) {
    var p = iso.split("-");
    return Date.UTC(+p[0], +p[1] - 1, +p[2]);
  }

  function isoDay(ms) {
    return new Date(ms).toISOString().slice(0, 10);
  }

  var dayFormat = null;  // one formatter: toLocaleDateString builds one per call (slow)
  function longDay(iso) {
    dayFormat = dayFormat || new Intl.DateTimeFormat("en-GB", {
      weekday: "long", day: "numeric", month: "long", year: "numeric", timeZone: "UTC"
    });
    return dayFormat.format(new Date(parseDay(iso)));
  }

  function sideName(data, id) {
    return data.sides[id] ? data.sides[id].name : (id || "unknown");
  }

  function sourceNode(source) {
    var wrap = el("div", "warmap-source");
    wrap.appendChild(el("span", "warmap-label", "Source: "));
    if (/^https?:\/\//i.test(source)) {
      var a = el("a", null, source);
      a.href = source;
      a.target = "_blank";
      a.rel = "noopener noreferrer";
      wrap.appendChild(a);
    } else {
      wrap.appendChild(el("span", null, source));
    }
    return wrap;
  }

  function quoteNode(text) {
    return el("blockquote", "warmap-quote", text);
  }

  function stateOn(changes, day) {
    var current = null;
    for (var i = 0; i < changes.length; i++) {
      if (changes[i].date <= day) { current = changes[i]; } else { break; }
    }
    return current;
  }

  // Fill: the side's colour (or pattern); stroke: its outline colour, the same hue darkened
  // to 3:1 contrast against the base map's light colours (computed in geo/render.py).
  // On a canvas map a patterned side's fill is a CanvasPattern (see canvasPatterns).
  function fillFor(data, side) {
    var s = data.sides[side];
    if (!s) { return { color: "#595959", fill: "#bdbdbd", opacity: 0.15 }; }
    var fill = s.colour;
    if (s.pattern !== "solid") {
      fill = data.canvasPatterns ? data.canvasPatterns[s.id] : "url(#warmap-pattern-" + s.id + ")";
    }
    return { color: s.outline || s.colour, fill: fill, opacity: 0.55 };
  }

  // The SVG patterns of addPatterns, as canvas patterns: the same 8 px tile, a wash of the
  // side's colour under dots or hatching.
  function canvasPatterns(data) {
    var patterns = {};
    Object.keys(data.sides).forEach(function (id) {
      var s = data.sides[id];
      if (s.pattern === "solid") { return; }
      var tile = document.createElement("canvas");
      tile.width = 8;
      tile.height = 8;
      var ctx = tile.getContext("2d");
      ctx.globalAlpha = 0.35;
      ctx.fillStyle = s.colour;
      ctx.fillRect(0, 0, 8, 8);
      ctx.globalAlpha = 1;
      ctx.beginPath();
      if (s.pattern === "hatch") {
        ctx.strokeStyle = s.colour;
        ctx.lineWidth = 2;
        [[0, 8, 8, 0], [-2, 2, 2, -2], [6, 10, 10, 6]].forEach(function (l) {
          ctx.moveTo(l[0], l[1]);
          ctx.lineTo(l[2], l[3]);
        });
        ctx.stroke();
      } else {
        ctx.fillStyle = s.colour;
        ctx.arc(4, 4, 1.8, 0, 2 * Math.PI);
        ctx.fill();
      }
      patterns[id] = ctx.createPattern(tile, "repeat");
    });
    return patterns;
  }

  function outlineOf(data, side) {
    var s = data.sides[side];
    return s ? (s.outline || s.colour) : "#333333";
  }

  function dashFor(status) {
    if (status === "claimed") { return "8 6"; }
    if (status === "planned") { return "2 7"; }
    return null;
  }

  function addPatterns(data) {
    var ns = "http://www.w3.org/2000/svg";
    var svg = document.createElementNS(ns, "svg");
    svg.setAttribute("width", "0");
    svg.setAttribute("height", "0");
    svg.setAttribute("aria-hidden", "true");
    svg.style.position = "absolute";
    var defs = document.createElementNS(ns, "defs");
    Object.keys(data.sides).forEach(function (id) {
      var s = data.sides[id];
      if (s.pattern === "solid") { return; }
      var pattern = document.createElementNS(ns, "pattern");
      pattern.setAttribute("id", "warmap-pattern-" + id);
      pattern.setAttribute("patternUnits", "userSpaceOnUse");
      pattern.setAttribute("width", "8");
      pattern.setAttribute("height", "8");
      var back = document.createElementNS(ns, "rect");
      back.setAttribute("width", "8");
      back.setAttribute("height", "8");
      back.setAttribute("fill", s.colour);
      back.setAttribute("fill-opacity", "0.35");
      pattern.appendChild(back);
      var mark;
      if (s.pattern === "hatch") {
        mark = document.createElementNS(ns, "path");
        mark.setAttribute("d", "M0,8 L8,0 M-2,2 L2,-2 M6,10 L10,6");
        mark.setAttribute("stroke", s.colour);
        mark.setAttribute("stroke-width", "2");
      } else {
        mark = document.createElementNS(ns, "circle");
        mark.setAttribute("cx", "4");
        mark.setAttribute("cy", "4");
        mark.setAttribute("r", "1.8");
        mark.setAttribute("fill", s.colour);
      }
      pattern.appendChild(mark);
      defs.appendChild(pattern);
    });
    svg.appendChild(defs);
    document.body.appendChild(svg);
  }

  function areaPopup(data, area, day) {
    var box = el("div", "warmap-popup");
    box.appendChild(el("h3", null, area.name));
    var row = stateOn(area.changes, day);
    if (row) {
      box.appendChild(el("p", "warmap-holder", "Held by " + sideName(data, row.side) +
        " on " + day + (row.certainty !== "confirmed" ? " (" + row.certainty + ")" : "")));
      box.appendChild(el("p", "warmap-meta", (row.change === "taken" ? "Changed hands on " :
        "Stated for ") + row.date));
      box.appendChild(quoteNode(row.quote));
      box.appendChild(sourceNode(row.source));
      if (row.note) { box.appendChild(el("p", "warmap-note", row.note)); }
    } else {
      box.appendChild(el("p", "warmap-holder", "No control information for " + day));
    }
    box.appendChild(el("p", "warmap-meta", "Boundary: " + area.precision));
    return box;
  }

  function itemPopup(data, item, title) {
    var box = el("div", "warmap-popup");
    box.appendChild(el("h3", null, title));
    var when = item.start ? (item.start === item.end ? item.start : item.start + " to " + item.end)
      : item.date;
    box.appendChild(el("p", "warmap-meta", sideName(data, item.side) + " · " + item.status +
      " · " + when));
    if (item.note) { box.appendChild(el("p", "warmap-note", item.note)); }
    box.appendChild(quoteNode(item.quote));
    box.appendChild(sourceNode(item.source));
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
    box.appendChild(sourceNode(place.source));
    return box;
  }

  window.warmapInit = function (map, layers, data) {
    unpack(data);
    // Thousands of features draw on one canvas (chosen in geo/render.py); a few hundred stay
    // SVG elements, which keyboard, tests and stylesheets can reach one by one.
    var renderer = null;
    if (data.renderer === "canvas") {
      renderer = L.canvas({ padding: 0.5, tolerance: 3 });
      data.canvasPatterns = canvasPatterns(data);
    } else {
      addPatterns(data);
    }
    function vector(options) {
      if (renderer) { options.renderer = renderer; }
      return options;
    }
    var start = parseDay(data.start);
    var end = parseDay(data.end);
    var totalDays = Math.round((end - start) / DAY_MS);
    var selected = data.initial;
    var areaLayers = [];

    function holderText(area, day) {
      var row = stateOn(area.changes, day);
      return area.name + (row ? ": " + sideName(data, row.side) +
        (row.certainty !== "confirmed" ? " (" + row.certainty + ")" : "") : "");
    }
    var movementLayers = [];
    var eventLayers = [];

    data.areas.forEach(function (area) {
      var layer = L.polygon(area.latlngs, vector({
        weight: 1.2, className: "warmap-area warmap-place-" + area.id
      }));
      layer.bindPopup(function () { return areaPopup(data, area, selected); });
      // The tooltip names the holder in words: the map never relies on colour alone.
      layer.bindTooltip(function () { return textNode(holderText(area, selected)); },
        { sticky: true });
      layer.addTo(layers.control);
      var marker = null;
      if (area.kind !== "quarter" && area.kind !== "district") {
        // A town is a few pixels wide at the zoom that shows a country: a fixed-size marker
        // carries its holder's colour at every zoom, and its name as a label.
        marker = L.circleMarker([area.lat, area.lon], vector({
          radius: 9, weight: 2.5, color: "#333333", fillOpacity: 0.95,
          className: "warmap-town warmap-town-" + area.id
        }));
        marker.bindPopup(function () { return areaPopup(data, area, selected); });
        marker.bindTooltip(textNode(area.name), { permanent: true, direction: "right",
          offset: [10, 0], className: "warmap-town-label" });
        marker.addTo(layers.control);
      }
      areaLayers.push({ area: area, layer: layer, marker: marker });
    });

    // Arrows and event markers are made when their day is first shown: a map of thousands
    // shows a few of them on any one day.
    function movementLayer(m) {
      var colour = outlineOf(data, m.side);
      var group = L.featureGroup();
      var weight = m.derived ? 2 : 4;
      L.polyline(m.shaft, vector({
        color: colour, weight: weight, opacity: 0.95, dashArray: dashFor(m.status),
        className: "warmap-arrow warmap-arrow-" + m.status
      })).addTo(group);
      L.polygon(m.head, vector({
        color: colour, weight: 1, fillColor: m.status === "done" ? colour : "#ffffff",
        fillOpacity: 0.95, className: "warmap-arrowhead"
      })).addTo(group);
      var title = (m.derived ? "Derived " : "") + m.kind + ": " + m.label;
      group.bindPopup(function () { return itemPopup(data, m, title); });
      group.bindTooltip(function () { return textNode(title); }, { sticky: true });
      return group;
    }
    data.movements.forEach(function (m) { movementLayers.push({ item: m, layer: null }); });

    function eventLayer(e) {
      var colour = data.sides[e.side] ? data.sides[e.side].colour : "#333";
      var layer = L.circleMarker([e.lat, e.lon], vector({
        radius: 9, color: outlineOf(data, e.side), weight: 2.5, fillColor: colour,
        fillOpacity: 1,
        dashArray: e.status === "claimed" ? "3 3" : null, className: "warmap-event"
      }));
      var marker = layer;
      marker.bindPopup(function () { return itemPopup(data, e, e.label); });
      marker.bindTooltip(function () {
        return textNode(e.label + (e.status === "claimed" ? " (claimed)" : ""));
      });
      return marker;
    }
    data.events.forEach(function (e) { eventLayers.push({ item: e, layer: null }); });

    // Adds the entry's layer to the group when ``on`` (making it the first time), or
    // removes it.
    function showIf(entry, on, group, make) {
      if (on && !entry.layer) { entry.layer = make(entry.item); }
      if (!entry.layer) { return; }
      if (on && !group.hasLayer(entry.layer)) { entry.layer.addTo(group); }
      if (!on && group.hasLayer(entry.layer)) { group.removeLayer(entry.layer); }
    }

    var townIds = {};
    areaLayers.forEach(function (entry) { if (entry.marker) { townIds[entry.area.id] = true; } });
    data.places.forEach(function (p) {
      // On a town's control marker, the mention marker is a small dot so the fill shows.
      var onTown = townIds[p.id] === true;
      var marker = L.circleMarker([p.lat, p.lon], vector({
        radius: onTown ? 3 : Math.min(4 + 1.5 * Math.sqrt(p.count), 11), color: "#0d0d0d",
        weight: onTown ? 1 : 1.5, fillColor: "#ffffff", fillOpacity: 0.9,
        className: "warmap-mention"
      }));
      marker.bindPopup(function () { return placePopup(p); }, { maxWidth: 360 });
      marker.bindTooltip(function () { return textNode(p.name); });
      marker.addTo(layers.places);
    });

    // --- controls ------------------------------------------------------------------------
    var Panel = L.Control.extend({
      options: { position: "bottomleft" },
      onAdd: function () {
        var box = el("div", "warmap-panel leaflet-bar");
        L.DomEvent.disableClickPropagation(box);
        L.DomEvent.disableScrollPropagation(box);
        var label = el("label", "warmap-date-label");
        label.setAttribute("for", "warmap-slider");
        this.dateText = el("span", "warmap-date", "");
        label.appendChild(el("span", "warmap-visually-hidden", "Date shown: "));
        label.appendChild(this.dateText);
        box.appendChild(label);
        var row = el("div", "warmap-slider-row");
        var prev = el("button", "warmap-step", "‹");
        prev.type = "button";
        prev.setAttribute("aria-label", "Previous day");
        var slider = el("input", "warmap-slider");
        slider.id = "warmap-slider";
        slider.type = "range";
        slider.min = "0";
        slider.max = String(totalDays);
        slider.step = "1";
        var next = el("button", "warmap-step", "›");
        next.type = "button";
        next.setAttribute("aria-label", "Next day");
        var play = el("button", "warmap-step warmap-play", "▶");
        play.type = "button";
        play.setAttribute("aria-label", "Play the days");
        play.setAttribute("aria-pressed", "false");
        row.appendChild(prev);
        row.appendChild(slider);
        row.appendChild(next);
        row.appendChild(play);
        box.appendChild(row);
        var ticks = el("div", "warmap-ticks");
        ticks.appendChild(el("span", null, data.start));
        var today = el("button", "warmap-article-day", "Article: " + data.initial);
        today.type = "button";
        ticks.appendChild(today);
        ticks.appendChild(el("span", null, data.end));
        box.appendChild(ticks);
        this.areas = el("div", "warmap-areas");
        box.appendChild(this.areas);
        this.slider = slider;
        this.play = play;
        prev.addEventListener("click", function () { stopPlaying(); step(-1); });
        next.addEventListener("click", function () { stopPlaying(); step(1); });
        play.addEventListener("click", function () {
          if (player) { stopPlaying(); } else { startPlaying(); }
        });
        today.addEventListener("click", function () { stopPlaying(); show(data.initial, true); });
        slider.addEventListener("input", function () {
          stopPlaying();
          show(isoDay(start + Number(slider.value) * DAY_MS), true);
        });
        return box;
      }
    });
    var panel = new Panel();
    panel.addTo(map);

    var Legend = L.Control.extend({
      options: { position: "topright" },
      onAdd: function () {
        var box = el("details", "warmap-legend leaflet-bar");
        // Closed on phones and in narrow embeds, where it would cover the map.
        box.open = !L.Browser.mobile && map.getContainer().clientWidth >= 600;
        L.DomEvent.disableClickPropagation(box);
        L.DomEvent.disableScrollPropagation(box);
        box.appendChild(el("summary", null, "Legend"));
        var list = el("ul", "warmap-legend-list");
        data.legendSides.forEach(function (id) {
          var s = data.sides[id];
          var item = el("li");
          var swatch = el("span", "warmap-swatch warmap-swatch-" + s.pattern);
          swatch.style.backgroundColor = s.colour;
          swatch.style.borderColor = s.outline || s.colour;
          item.appendChild(swatch);
          item.appendChild(el("span", null, s.name));
          item.title = s.description;
          list.appendChild(item);
        });
        box.appendChild(list);
        var lines = el("ul", "warmap-legend-list");
        [["done", "Movement (arrow head filled)"], ["claimed", "Claimed movement (dashed)"],
          ["planned", "Planned movement (dotted, open head)"]].forEach(function (pair) {
          var item = el("li");
          item.appendChild(el("span", "warmap-line warmap-line-" + pair[0]));
          item.appendChild(el("span", null, pair[1]));
          lines.appendChild(item);
        });
        [["warmap-swatch-approx", "Approximate boundary (dashed outline)"],
          ["warmap-swatch-event", "Event (strike, attack)"],
          ["warmap-swatch-mention", "Place named in the article"]].forEach(function (pair) {
          var item = el("li");
          item.appendChild(el("span", "warmap-swatch " + pair[0]));
          item.appendChild(el("span", null, pair[1]));
          lines.appendChild(item);
        });
        box.appendChild(lines);
        var articles = el("div", "warmap-articles");
        // A corpus map names a few articles and counts the rest.
        var SHOWN_ARTICLES = 5;
        data.articles.slice(0, SHOWN_ARTICLES).forEach(function (a) {
          articles.appendChild(el("p", null, a.title + " — " + a.outlet + ", " + a.published));
        });
        if (data.articles.length > SHOWN_ARTICLES) {
          var days = data.articles.map(function (a) { return a.published; }).sort();
          articles.appendChild(el("p", null, "… and " + (data.articles.length - SHOWN_ARTICLES) +
            " more articles, " + days[0] + " to " + days[days.length - 1]));
        }
        box.appendChild(articles);
        return box;
      }
    });
    new Legend().addTo(map);

    var summary = el("div", "warmap-visually-hidden");
    summary.id = "warmap-summary";
    summary.setAttribute("aria-live", "polite");
    summary.setAttribute("role", "status");
    map.getContainer().appendChild(summary);

    function areasOn(day) {
      var current = null;
      data.areaByDay.forEach(function (entry) { if (entry[0] <= day) { current = entry[1]; } });
      return current || {};
    }

    function show(day, updateAddress) {
      if (day < data.start) { day = data.start; }
      if (day > data.end) { day = data.end; }
      selected = day;
      panel.slider.value = String(Math.round((parseDay(day) - start) / DAY_MS));
      panel.slider.setAttribute("aria-valuetext", longDay(day));
      panel.dateText.textContent = longDay(day);
      var held = {};
      areaLayers.forEach(function (entry) {
        var row = stateOn(entry.area.changes, day);
        var look = fillFor(data, row ? row.side : null);
        var approximate = entry.area.precision.indexOf("approximate") === 0;
        entry.layer.setStyle({
          color: look.color, fillColor: look.fill, fillOpacity: look.opacity,
          weight: row && row.change === "taken" && row.date === day ? 3 : 1.2,
          dashArray: approximate ? "4 3" : null
        });
        if (entry.marker) {
          entry.marker.setStyle({ fillColor: look.fill, color: look.color,
            dashArray: row && row.certainty !== "confirmed" ? "3 2" : null });
        }
        if (row && entry.area.kind !== "quarter") { held[entry.area.name] = row.side; }
      });
      var shownMoves = [];
      movementLayers.forEach(function (entry) {
        var on = entry.item.start <= day && day <= entry.item.end;
        showIf(entry, on, layers.movements, movementLayer);
        if (on && !entry.item.derived) { shownMoves.push(entry.item); }
      });
      var shownEvents = [];
      eventLayers.forEach(function (entry) {
        var on = entry.item.date === day;
        showIf(entry, on, layers.events, eventLayer);
        if (on) { shownEvents.push(entry.item); }
      });
      var areas = areasOn(day);
      panel.areas.textContent = "";
      if (data.city) {
        panel.areas.appendChild(el("div", "warmap-areas-title", data.city + ", area held:"));
        Object.keys(areas).forEach(function (side) {
          var line = el("div", "warmap-area-line");
          var swatch = el("span", "warmap-swatch");
          swatch.style.backgroundColor = data.sides[side] ? data.sides[side].colour : "#999";
          line.appendChild(swatch);
          line.appendChild(el("span", null, sideName(data, side) + ": " +
            areas[side].toFixed(1) + " km²"));
          panel.areas.appendChild(line);
        });
      }
      var parts = [longDay(day) + "."];
      if (data.city) {
        parts.push(data.city + ": " + Object.keys(areas).map(function (side) {
          return sideName(data, side) + " " + areas[side].toFixed(1) + " square kilometres";
        }).join(", ") + ".");
      }
      Object.keys(held).forEach(function (name) {
        parts.push(name + ": held by " + sideName(data, held[name]) + ".");
      });
      shownMoves.forEach(function (m) {
        parts.push(sideName(data, m.side) + " " + m.kind + " (" + m.status + "): " + m.label + ".");
      });
      shownEvents.forEach(function (e) {
        parts.push(e.label + (e.status === "claimed" ? " (claimed)." : "."));
      });
      summary.textContent = parts.join(" ");
      map.getContainer().setAttribute("data-date", day);
      if (updateAddress && window.history && window.history.replaceState) {
        window.history.replaceState(null, "", "#" + day);
      }
    }

    function step(delta) {
      show(isoDay(parseDay(selected) + delta * DAY_MS), true);
    }

    // Playing shows one day after another (PLAY_MS each) up to the last day, from the
    // first day when started on the last; any other use of the date controls stops it.
    var player = null;
    function startPlaying() {
      if (selected >= data.end) { show(data.start, true); }
      panel.play.textContent = "❚❚";
      panel.play.setAttribute("aria-label", "Pause");
      panel.play.setAttribute("aria-pressed", "true");
      player = setInterval(function () {
        step(1);
        if (selected >= data.end) { stopPlaying(); }
      }, PLAY_MS);
    }
    function stopPlaying() {
      if (!player) { return; }
      clearInterval(player);
      player = null;
      panel.play.textContent = "▶";
      panel.play.setAttribute("aria-label", "Play the days");
      panel.play.setAttribute("aria-pressed", "false");
    }

    function fromAddress() {
      var match = /^#(\d{4}-\d{2}-\d{2})$/.exec(window.location.hash);
      return match ? match[1] : null;
    }

    window.addEventListener("hashchange", function () {
      var day = fromAddress();
      if (day && day !== selected) { show(day, false); }
    });

    // The page around an embed keeps scrolling: the wheel zooms only with Ctrl (or Cmd), and
    // on touch screens one finger scrolls the page while two fingers move and zoom the map.
    // A wheel event without a modifier is stopped before Leaflet sees it (capture phase) and
    // left to the browser, which scrolls the page; a hint says how to zoom.
    var container = map.getContainer();
    var mac = /Mac|iPhone|iPad/.test(navigator.platform || "");
    var hint = el("div", "warmap-hint", (mac ? "Use \u2318" : "Use Ctrl") +
      " + scroll to zoom the map");
    hint.setAttribute("aria-hidden", "true");
    container.appendChild(hint);
    var hintTimer = null;
    function showHint(text) {
      if (text) { hint.textContent = text; }
      hint.classList.add("warmap-hint-on");
      clearTimeout(hintTimer);
      hintTimer = setTimeout(function () { hint.classList.remove("warmap-hint-on"); }, 1200);
    }
    map.scrollWheelZoom.enable();
    container.addEventListener("wheel", function (event) {
      if (event.ctrlKey || event.metaKey) {
        hint.classList.remove("warmap-hint-on");
        return;
      }
      var target = event.target;
      if (target.closest && target.closest(".leaflet-control")) { return; }
      event.stopPropagation();
      showHint();
    }, { capture: true, passive: true });
    if (L.Browser.mobile && map.dragging) {
      map.dragging.disable();
      container.addEventListener("touchmove", function (event) {
        if (event.touches.length === 1 && !(event.target.closest &&
            event.target.closest(".leaflet-control"))) {
          showHint("Use two fingers to move the map");
        }
      }, { passive: true });
    }

    // The layer control: Enter or Space on its toggle opens it and focuses the first
    // switch; it closes again when the focus leaves it.
    var layersControl = container.querySelector(".leaflet-control-layers");
    if (layersControl) {
      var toggle = layersControl.querySelector(".leaflet-control-layers-toggle");
      if (toggle) {
        toggle.setAttribute("aria-label", "Layers");
        toggle.setAttribute("aria-haspopup", "true");
        toggle.addEventListener("keydown", function (event) {
          if (event.key !== "Enter" && event.key !== " ") { return; }
          event.preventDefault();
          layersControl.classList.add("leaflet-control-layers-expanded");
          var first = layersControl.querySelector("input");
          if (first) { first.focus(); }
        });
      }
      layersControl.addEventListener("focusout", function (event) {
        if (!event.relatedTarget || !layersControl.contains(event.relatedTarget)) {
          layersControl.classList.remove("leaflet-control-layers-expanded");
        }
      });
    }

    var GoTo = L.Control.extend({
      options: { position: "topleft" },
      onAdd: function () {
        var box = el("div", "warmap-goto leaflet-bar");
        L.DomEvent.disableClickPropagation(box);
        data.views.forEach(function (view) {
          var button = el("button", "warmap-goto-button", view.name);
          button.type = "button";
          button.setAttribute("aria-label", "Zoom to " + view.name);
          button.addEventListener("click", function () { fitView(view.bounds, true); });
          box.appendChild(button);
        });
        return box;
      }
    });
    new GoTo().addTo(map);

    // A view fits the part of the map the controls leave free: the date panel covers the
    // bottom, the legend (when open) the right, the view buttons the left. Each control's
    // room is measured from its edge of the map (the scale bar sits below the panel).
    function fitView(bounds, animate) {
      var size = map.getSize();
      var origin = container.getBoundingClientRect();
      function room(selector, edge) {
        var box = container.querySelector(selector);
        if (!box || !box.offsetWidth) { return 0; }
        var r = box.getBoundingClientRect();
        var extent = edge === "left" ? r.right - origin.left :
          edge === "right" ? origin.right - r.left : origin.bottom - r.top;
        var whole = edge === "bottom" ? size.y : size.x;
        // A control that would take more than 40% of the map is not worth avoiding.
        return extent + 10 <= 0.4 * whole ? extent + 10 : 0;
      }
      var legend = container.querySelector(".warmap-legend");
      var right = legend && legend.open ? room(".warmap-legend", "right") : 0;
      map.fitBounds(bounds, {
        animate: animate,
        paddingTopLeft: [Math.max(10, room(".warmap-goto", "left")), 10],
        paddingBottomRight: [Math.max(10, right), Math.max(10, room(".warmap-panel", "bottom"))]
      });
    }
    // The whole story first, at once, beside the controls: an animated fit would swallow
    // the reader's first clicks (Leaflet ignores view changes while a zoom animates).
    if (data.views.length) { fitView(data.views[0].bounds, false); }

    // Keyboard order: the controls (slider, layers, legend, zoom) come before the hundreds
    // of features, which Leaflet makes focusable for their tooltips. Only the DOM order
    // changes; the controls are positioned absolutely above the panes either way.
    var controls = container.querySelector(".leaflet-control-container");
    if (controls) { container.insertBefore(controls, container.firstChild); }

    show(fromAddress() || data.initial, false);
    // A handle for tests, benchmarks and the browser console.
    window.warmap = {
      map: map, layers: layers, data: data, renderer: data.renderer,
      show: function (day) { show(day, true); },
      date: function () { return selected; }
    };
    document.documentElement.setAttribute("data-warmap-ready", "1");
  };
})();

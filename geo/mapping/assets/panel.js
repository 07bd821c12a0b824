/* panel: the date control at the bottom left (the day shown, a slider, a day back and
 * forward, play, the article's day) with the area each side holds in the main city; and
 * playback, which shows one day after another. */
(function (modules) {
  "use strict";

  var dom = modules.dom, dates = modules.dates, timeline = modules.timeline;
  var el = dom.el;

  var PLAY_MS = 700; // how long each day shows while the map plays

  function button(className, text, label) {
    var node = el("button", className, text);
    node.type = "button";
    node.setAttribute("aria-label", label);
    return node;
  }

  // The panel's DOM; ``on`` handles its buttons: step(delta), slide(day), articleDay(),
  // togglePlay().
  function panelBox(data, on) {
    var box = el("div", "warmap-panel leaflet-bar");
    L.DomEvent.disableClickPropagation(box);
    L.DomEvent.disableScrollPropagation(box);
    var label = el("label", "warmap-date-label");
    label.setAttribute("for", "warmap-slider");
    var dateText = el("span", "warmap-date", "");
    label.appendChild(el("span", "warmap-visually-hidden", "Date shown: "));
    label.appendChild(dateText);
    box.appendChild(label);
    var row = el("div", "warmap-slider-row");
    var prev = button("warmap-step", "‹", "Previous day");
    var slider = el("input", "warmap-slider");
    slider.id = "warmap-slider";
    slider.type = "range";
    slider.min = "0";
    slider.max = String(Math.round((dates.parseDay(data.end) - dates.parseDay(data.start)) /
      dates.DAY_MS));
    slider.step = "1";
    var next = button("warmap-step", "›", "Next day");
    var play = button("warmap-step warmap-play", "▶", "Play the days");
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
    var areas = el("div", "warmap-areas");
    box.appendChild(areas);
    prev.addEventListener("click", function () { on.step(-1); });
    next.addEventListener("click", function () { on.step(1); });
    play.addEventListener("click", function () { on.togglePlay(); });
    today.addEventListener("click", function () { on.articleDay(); });
    slider.addEventListener("input", function () {
      on.slide(dates.isoDay(dates.parseDay(data.start) + Number(slider.value) * dates.DAY_MS));
    });
    return { box: box, dateText: dateText, slider: slider, play: play, areas: areas };
  }

  // "side: 12 km²", with "+ parts of 3 km²" for the places it holds part of.
  function areaLine(data, side, km2, partly) {
    var line = el("div", "warmap-area-line");
    var swatch = el("span", "warmap-swatch");
    swatch.style.backgroundColor = data.sides[side] ? data.sides[side].colour : "#999";
    line.appendChild(swatch);
    line.appendChild(el("span", null, timeline.sideName(data, side) + ": " + km2 + " km²" +
      (partly ? " + parts of " + partly + " km²" : "")));
    return line;
  }

  // A published figure and the map's own check of it; a link to its source.
  function figureLine(figure) {
    var line = el("div", "warmap-figure" + (figure.article ? " warmap-figure-article" : ""));
    line.appendChild(el("span", "warmap-label", figure.by + ": "));
    line.appendChild(document.createTextNode(figure.check || figure.stated));
    if (/^https?:\/\//i.test(figure.source)) {
      var link = el("a", null, " (source)");
      link.href = figure.source;
      link.target = "_blank";
      link.rel = "noopener noreferrer";
      line.appendChild(link);
    }
    return line;
  }

  // The figures sources give for the day, closed under one line that writes out the map's
  // check of each of the article's ("some 5 km²: map 4.5–5.9 km², agrees"); open, each
  // figure's check in full and its source.
  function figureLines(node, figures) {
    if (!figures.length) { return; }
    var own = figures.filter(function (f) { return f.article && f.short; });
    var more = el("details", "warmap-figures");
    more.appendChild(el("summary", null, own.length ? "The article's figures, checked: " +
      own.map(function (f) { return f.short; }).join("; ") + "." :
      "Figures reported this day (" + figures.length + ")"));
    figures.forEach(function (f) { more.appendChild(figureLine(f)); });
    node.appendChild(more);
  }

  // The area each side holds in the main city (``entry`` of areaByDay: [day, {side: km²},
  // {partly, contested, approximate}]), and the figures sources give for ``day``.
  function showAreas(data, node, entry, day) {
    node.textContent = "";
    if (!data.city) { return; }
    var held = entry[1], detail = entry[2];
    node.appendChild(el("div", "warmap-areas-title", data.city + ", area held" +
      (detail.approximate ? " (approximate, computed from the map's quarters):" :
        " (computed from the map's quarters):")));
    var sides = Object.keys(held).concat(Object.keys(detail.partly).filter(function (s) {
      return !(s in held);
    }));
    sides.forEach(function (side) {
      node.appendChild(areaLine(data, side, held[side] || 0, detail.partly[side]));
    });
    if (detail.contested) {
      node.appendChild(el("div", "warmap-area-line", "Contested: " + detail.contested + " km²"));
    }
    figureLines(node, timeline.figuresOn(data, day));
  }

  // Playing shows one day after another (PLAY_MS each) up to the last day, from the
  // first day when started on the last; any other use of the date controls stops it.
  // ``app`` gives the day shown (selected) and shows another (show, step).
  function player(data, play, app) {
    var timer = null;
    function stop() {
      if (!timer) { return; }
      clearInterval(timer);
      timer = null;
      play.textContent = "▶";
      play.setAttribute("aria-label", "Play the days");
      play.setAttribute("aria-pressed", "false");
    }
    function start() {
      if (app.selected() >= data.end) { app.show(data.start); }
      play.textContent = "❚❚";
      play.setAttribute("aria-label", "Pause");
      play.setAttribute("aria-pressed", "true");
      timer = setInterval(function () {
        app.step(1);
        if (app.selected() >= data.end) { stop(); }
      }, PLAY_MS);
    }
    return {
      stop: stop,
      toggle: function () { if (timer) { stop(); } else { start(); } }
    };
  }

  // Adds the panel to the map; ``app`` as for player. Returns show(day), which sets the
  // panel to ``day``.
  function addPanel(map, data, app) {
    var playback = null;
    var parts = null;
    var Panel = L.Control.extend({
      options: { position: "bottomleft" },
      onAdd: function () {
        parts = panelBox(data, {
          step: function (delta) { playback.stop(); app.step(delta); },
          slide: function (day) { playback.stop(); app.show(day); },
          articleDay: function () { playback.stop(); app.show(data.initial); },
          togglePlay: function () { playback.toggle(); }
        });
        return parts.box;
      }
    });
    new Panel().addTo(map);
    playback = player(data, parts.play, app);
    return {
      showDate: function (day) {
        parts.slider.value = String(Math.round((dates.parseDay(day) -
          dates.parseDay(data.start)) / dates.DAY_MS));
        parts.slider.setAttribute("aria-valuetext", dates.longDay(day));
        parts.dateText.textContent = dates.longDay(day);
      },
      showAreas: function (entry, day) { showAreas(data, parts.areas, entry, day); }
    };
  }

  modules.panel = { addPanel: addPanel };
}(window.warmapModules = window.warmapModules || {}));

/* panel: the date control at the bottom left (the day shown, a slider with a tick on every
 * day something happens, a day back and forward, play, the article's day) with the area
 * each side holds in the main city while the city is in view; and playback, which shows one
 * day after another. Every button is a 44-pixel touch target; below 800 pixels the panel is
 * one line of date and one of buttons (the CSS of .warmap-narrow). */
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

  function dayIndex(data, day) {
    return Math.round((dates.parseDay(day) - dates.parseDay(data.start)) / dates.DAY_MS);
  }

  // A datalist of the slider's days on which a place changes hands or an event happens:
  // Chromium and Firefox draw them as ticks.
  function ticks(data) {
    var list = el("datalist");
    list.id = "warmap-days";
    var days = {};
    data.areas.forEach(function (a) {
      a.changes.forEach(function (c) { if (c.change === "taken") { days[c.date] = true; } });
    });
    data.events.forEach(function (e) { days[e.date] = true; });
    Object.keys(days).sort().forEach(function (day) {
      if (day < data.start || day > data.end) { return; }
      var option = el("option");
      option.value = String(dayIndex(data, day));
      list.appendChild(option);
    });
    return list;
  }

  function sliderRow(data, parts, reduced) {
    var row = el("div", "warmap-slider-row");
    parts.prev = button("warmap-step", "\u2039", "Previous day");
    parts.slider = el("input", "warmap-slider");
    parts.slider.id = "warmap-slider";
    parts.slider.type = "range";
    parts.slider.min = "0";
    parts.slider.max = String(dayIndex(data, data.end));
    parts.slider.step = "1";
    parts.slider.setAttribute("list", "warmap-days");
    parts.next = button("warmap-step", "\u203a", "Next day");
    parts.play = button("warmap-step warmap-play", "\u25b6", "Play the days");
    parts.play.setAttribute("aria-pressed", "false");
    // Playing is motion: a reader who asks for less gets the slider and the steps only.
    if (reduced) { parts.play.hidden = true; }
    [parts.prev, parts.slider, parts.next, parts.play, ticks(data)].forEach(function (n) {
      row.appendChild(n);
    });
    return row;
  }

  // The panel's DOM; ``on`` handles its buttons: step(delta), slide(day), articleDay(),
  // togglePlay().
  function panelBox(data, on, reduced) {
    var box = el("div", "warmap-panel leaflet-bar");
    L.DomEvent.disableClickPropagation(box);
    L.DomEvent.disableScrollPropagation(box);
    var parts = { box: box };
    parts.notice = el("p", "warmap-notice");
    parts.notice.hidden = true;
    box.appendChild(parts.notice);
    var top = el("div", "warmap-date-row");
    var label = el("label", "warmap-date-label");
    label.setAttribute("for", "warmap-slider");
    parts.dateText = el("span", "warmap-date", "");
    label.appendChild(el("span", "warmap-visually-hidden", "Date shown: "));
    label.appendChild(parts.dateText);
    top.appendChild(label);
    parts.today = button("warmap-article-day", "Article\u2019s day",
      "Show the article\u2019s day, " + dates.longDay(data.initial));
    top.appendChild(parts.today);
    box.appendChild(top);
    box.appendChild(sliderRow(data, parts, reduced));
    var range = el("div", "warmap-ticks");
    range.appendChild(el("span", null, dates.shortDay(data.start)));
    range.appendChild(el("span", null, dates.shortDay(data.end)));
    box.appendChild(range);
    parts.areas = el("div", "warmap-areas");
    box.appendChild(parts.areas);
    parts.prev.addEventListener("click", function () { on.step(-1); });
    parts.next.addEventListener("click", function () { on.step(1); });
    parts.play.addEventListener("click", function () { on.togglePlay(); });
    parts.today.addEventListener("click", function () { on.articleDay(); });
    parts.slider.addEventListener("input", function () {
      on.slide(dates.isoDay(dates.parseDay(data.start) + Number(parts.slider.value) *
        dates.DAY_MS));
    });
    return parts;
  }

  // "side: 12 km²", with "+ parts of 3 km²" for the places it holds part of.
  function areaLine(data, side, km2, partly) {
    var line = el("div", "warmap-area-line");
    var swatch = el("span", "warmap-swatch");
    swatch.style.backgroundColor = data.sides[side] ? data.sides[side].colour : "#999";
    line.appendChild(swatch);
    line.appendChild(el("span", null, timeline.sideName(data, side) + ": " + km2 + " km\u00b2" +
      (partly ? " + parts of " + partly + " km\u00b2" : "")));
    return line;
  }

  // A published figure and the map's own check of it; a link to its source.
  function figureLine(figure) {
    var line = el("div", "warmap-figure" + (figure.article ? " warmap-figure-article" : ""));
    line.appendChild(el("span", "warmap-field", figure.by + ": "));
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
  // {partly, contested, approximate}]), and the figures sources give for ``day``; nothing
  // when no side holds any and no source gives a figure.
  function showAreas(data, node, entry, day) {
    node.textContent = "";
    var held = entry[1], detail = entry[2], figures = timeline.figuresOn(data, day);
    var sides = Object.keys(held).concat(Object.keys(detail.partly).filter(function (s) {
      return !(s in held);
    }));
    if (!data.city || (!sides.length && !figures.length)) { return; }
    node.appendChild(el("div", "warmap-areas-title", data.city + ", area held" +
      (detail.approximate ? " (approximate, computed from the map's quarters):" :
        " (computed from the map's quarters):")));
    sides.forEach(function (side) {
      node.appendChild(areaLine(data, side, held[side] || 0, detail.partly[side]));
    });
    if (detail.contested) {
      node.appendChild(el("div", "warmap-area-line", "Contested: " + detail.contested +
        " km\u00b2"));
    }
    figureLines(node, figures);
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
      play.textContent = "\u25b6";
      play.setAttribute("aria-label", "Play the days");
      play.setAttribute("aria-pressed", "false");
    }
    function start() {
      if (app.selected() >= data.end) { app.show(data.start); }
      play.textContent = "\u275a\u275a";
      play.setAttribute("aria-label", "Pause");
      play.setAttribute("aria-pressed", "true");
      timer = setInterval(function () {
        app.step(1);
        if (app.selected() >= data.end) { stop(); }
      }, PLAY_MS);
    }
    return {
      stop: stop, playing: function () { return timer !== null; },
      toggle: function () { if (timer) { stop(); } else { start(); } }
    };
  }

  // Adds the panel to the map; ``app`` as for player. Returns showDate(day),
  // showAreas(areas), cityInView(bool), notice(text) and playing().
  function addPanel(map, data, app, reduced) {
    var playback = null, parts = null;
    var Panel = L.Control.extend({
      options: { position: "bottomleft" },
      onAdd: function () {
        parts = panelBox(data, {
          step: function (delta) { playback.stop(); app.step(delta); },
          slide: function (day) { playback.stop(); app.show(day); },
          articleDay: function () { playback.stop(); app.show(data.initial); },
          togglePlay: function () { playback.toggle(); }
        }, reduced);
        return parts.box;
      }
    });
    new Panel().addTo(map);
    playback = player(data, parts.play, app);
    return {
      showDate: function (day) {
        parts.slider.value = String(dayIndex(data, day));
        parts.slider.setAttribute("aria-valuetext", dates.longDay(day));
        parts.dateText.textContent = dates.longDay(day);
      },
      showAreas: function (entry, day) { showAreas(data, parts.areas, entry, day); },
      cityInView: function (inView) { parts.areas.hidden = !inView; },
      notice: function (text) {
        parts.notice.textContent = text || "";
        parts.notice.hidden = !text;
        if (text) { parts.notice.setAttribute("role", "alert"); }
      },
      playing: function () { return playback.playing(); }
    };
  }

  modules.panel = { addPanel: addPanel };
}(window.warmapModules = window.warmapModules || {}));

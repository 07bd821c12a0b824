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

  // The lines "City, area held:" and "side: 12.3 km²".
  function showAreas(data, node, areas) {
    node.textContent = "";
    if (!data.city) { return; }
    node.appendChild(el("div", "warmap-areas-title", data.city + ", area held:"));
    Object.keys(areas).forEach(function (side) {
      var line = el("div", "warmap-area-line");
      var swatch = el("span", "warmap-swatch");
      swatch.style.backgroundColor = data.sides[side] ? data.sides[side].colour : "#999";
      line.appendChild(swatch);
      line.appendChild(el("span", null, timeline.sideName(data, side) + ": " +
        areas[side].toFixed(1) + " km²"));
      node.appendChild(line);
    });
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
      showAreas: function (areas) { showAreas(data, parts.areas, areas); }
    };
  }

  modules.panel = { addPanel: addPanel };
}(window.warmapModules = window.warmapModules || {}));

/* init: warmapInit, which the page calls once with the Leaflet map, its layer groups and
 * the packed JSON payload, draws the map for one day and wires the modules together. */
(function (modules) {
  "use strict";

  var dates = modules.dates, timeline = modules.timeline, permalink = modules.permalink;

  window.warmapInit = function (map, layers, data) {
    modules.codec.unpack(data);
    var vector = modules.renderer.vectorOptions(data);
    var selected = data.initial;
    var app = {
      selected: function () { return selected; },
      show: function (day) { show(day, true); },
      step: function (delta) { step(delta); }
    };
    var features = modules.layers.addLayers(data, layers, vector, app.selected);
    var panel = modules.panel.addPanel(map, data, app);
    modules.legend.addLegend(map, data);
    var showSummary = modules.summary.addSummary(map, data);

    function show(day, updateAddress) {
      if (day < data.start) { day = data.start; }
      if (day > data.end) { day = data.end; }
      selected = day;
      panel.showDate(day);
      var shown = features.show(day);
      var areas = timeline.areasOn(data, day);
      panel.showAreas(timeline.areaEntryOn(data, day), day);
      showSummary(day, areas, shown);
      map.getContainer().setAttribute("data-date", day);
      if (updateAddress) { permalink.toAddress(day); }
    }

    function step(delta) {
      show(dates.isoDay(dates.parseDay(selected) + delta * dates.DAY_MS), true);
    }

    permalink.follow(app.selected, function (day) { show(day, false); });
    modules.gestures.addGestures(map);
    modules.keyboard.openLayersByKeyboard(map.getContainer());
    modules.views.addViews(map, data);
    // The whole story first, at once, beside the controls: an animated fit would swallow
    // the reader's first clicks (Leaflet ignores view changes while a zoom animates).
    if (data.views.length) { modules.views.fitView(map, data.views[0].bounds, false); }
    modules.keyboard.controlsFirst(map.getContainer());

    show(permalink.fromAddress() || data.initial, false);
    // A handle for tests, benchmarks and the browser console.
    window.warmap = {
      map: map, layers: layers, data: data, renderer: data.renderer,
      show: function (day) { show(day, true); },
      date: function () { return selected; }
    };
    document.documentElement.setAttribute("data-warmap-ready", "1");
  };
}(window.warmapModules = window.warmapModules || {}));

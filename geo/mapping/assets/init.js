/* init: warmapInit, which the page calls once with the Leaflet map, its layer groups and
 * the packed JSON payload, draws the map for one day and wires the modules together. */
(function (modules) {
  "use strict";

  var dates = modules.dates, timeline = modules.timeline, permalink = modules.permalink;

  // The map's own controls: no Leaflet flag in the attribution (the page credits Leaflet
  // below the map), the base geography credited, the credits beside the scale.
  function setUpControls(map) {
    if (map.attributionControl) {
      map.attributionControl.setPrefix(false);
      map.attributionControl.addAttribution("Natural Earth; places &copy; GeoNames");
      // Under the date panel, beside the scale: one line at the bottom on any screen.
      map._controlCorners.bottomleft.appendChild(map.attributionControl.getContainer());
    }
  }

  // ``run``, once, ``ms`` after the first of any number of calls.
  function later(run, ms) {
    var timer = null;
    return function () {
      if (timer === null) { timer = setTimeout(function () { timer = null; run(); }, ms); }
    };
  }

  // The map's parts, in the order their controls stack.
  function makeParts(map, groups, data, app, onView) {
    var reduced = modules.layout.reduced;
    modules.layout.markNarrow(map);
    setUpControls(map);
    var features = modules.layers.addLayers(map, data, groups,
      modules.renderer.vectorOptions(map, data), app.selected);
    var parts = {
      features: features,
      labels: modules.labels.addLabels(map, data, { tags: features.drafts.tags,
        boxes: features.eventBoxes }),
      panel: modules.panel.addPanel(map, data, app, reduced),
      legend: modules.legend.addLegend(map, data, [["Movements", groups.movements],
        ["Events", groups.events], ["Places named", groups.places]].concat(
        data.drafts.length ? [["Drafts (not reviewed)", groups.drafts]] : []), app),
      views: modules.views.addViews(map, data, onView, reduced)
    };
    parts.layout = modules.layout.addLayout(map, parts.legend.box);
    parts.embed = modules.embed.addEmbed(map);
    parts.showSummary = modules.summary.addSummary(map, data);
    parts.review = modules.review.addReview(map, data, app, parts.features.drafts);
    return parts;
  }

  // What follows the day and the view: the area panel (while the city is in view), the
  // legend and the names, which keep clear of the legend.
  function followers(map, data, parts) {
    var legend = parts.legend, labels = parts.labels;
    function updateLegend() {
      if (legend.update(parts.features.used()) && legend.box.open) { labels.update(); }
    }
    legend.box.addEventListener("toggle", function () { labels.update(); });
    return {
      cityInView: function () {
        var city = data.views.filter(function (v) { return v.name === data.city; })[0];
        parts.panel.cityInView(!!city && map.getBounds().intersects(city.bounds));
      },
      updateLegend: updateLegend,
      // The review list and the names follow the day (they keep clear of its events and
      // place its DRAFT tags).
      dayShown: function (day) {
        parts.review(day);
        labels.update();
      },
      // The legend follows the day and the view a moment later, after the frame that
      // shows them: it need not hold up the map.
      laterLegend: later(updateLegend, 60)
    };
  }

  function wire(map, groups, data) {
    var state = { day: data.initial, view: "" };
    var follow = null;
    var app = {
      selected: function () { return state.day; },
      show: function (day) { show(day, true); },
      step: function (delta) { step(delta); },
      layersChanged: function () { follow.updateLegend(); }
    };
    var parts = makeParts(map, groups, data, app, function (view) {
      state.view = view;
      writeAddress();
    });
    var features = parts.features, labels = parts.labels, panel = parts.panel;
    var views = parts.views, layout = parts.layout;
    var embed = parts.embed, showSummary = parts.showSummary;

    function writeAddress() {
      permalink.toAddress(state.day, state.view);
      embed.link(permalink.addressFor(state.day, state.view));
    }

    follow = followers(map, data, parts);
    var cityInView = follow.cityInView, updateLegend = follow.updateLegend;
    var laterLegend = follow.laterLegend;

    function show(day, updateAddress) {
      if (day < data.start) { day = data.start; }
      if (day > data.end) { day = data.end; }
      state.day = day;
      panel.showDate(day);
      if (updateAddress) { panel.notice(""); }
      var shown = features.show(day);
      panel.showAreas(timeline.areaEntryOn(data, day), day);
      showSummary(day, shown);
      follow.dayShown(day);
      laterLegend();
      layout.refresh();
      map.getContainer().setAttribute("data-date", day);
      if (updateAddress) { writeAddress(); }
    }

    function step(delta) {
      show(dates.isoDay(dates.parseDay(state.day) + delta * dates.DAY_MS), true);
    }

    function open(address) {
      panel.notice(address.problem ? address.problem + " Showing " +
        dates.longDay(address.day || data.initial) + "." : "");
      // The day first: the panel takes its height, which the view's fit keeps clear of.
      show(address.day || data.initial, false);
      if (address.view && !views.select(address.view)) {
        panel.notice("The address names no view \u201c" + address.view + "\u201d.");
        address.view = "";
      }
      if (!address.view && data.views.length) {
        modules.views.fitView(map, data.views[0].bounds, false);
      }
      state.view = address.view;
      writeAddress();
    }

    return { app: app, state: state, views: views, labels: labels, open: open, show: show,
      cityInView: cityInView, updateLegend: updateLegend, writeAddress: writeAddress,
      embed: embed, laterLegend: laterLegend,
      used: function () { return features.used().list(); } };
  }

  window.warmapInit = function (map, groups, data) {
    modules.codec.unpack(data);
    data.drafts = modules.drafts.read();
    modules.basemap.addBasemap(map, data);
    var w = wire(map, groups, data);
    // The whole story first (open, below), at once, beside the controls: an animated fit
    // would swallow the reader's first clicks (Leaflet ignores view changes while a zoom
    // animates).
    map.on("moveend", function () {
      w.cityInView();
      w.laterLegend();
    });
    map.on("dragstart", function () {
      if (w.state.view) { w.state.view = ""; w.views.moved(); w.writeAddress(); }
    });
    modules.keyboard.controlsFirst(map.getContainer());
    modules.gestures.addGestures(map);
    var address = permalink.fromAddress(data);
    w.open(address);
    permalink.follow(data, function () { return w.state; }, w.open);
    w.cityInView();
    w.updateLegend();
    w.labels.update();
    modules.keyboard.featuresOutOfTabOrder(map.getContainer());
    w.embed.size();
    // A handle for tests, benchmarks and the browser console.
    window.warmap = {
      map: map, layers: groups, data: data, renderer: data.renderer,
      show: function (day) { w.show(day, true); },
      date: function () { return w.state.day; },
      view: function () { return w.state.view; },
      legendIds: w.used
    };
    document.documentElement.setAttribute("data-warmap-ready", "1");
  };
}(window.warmapModules = window.warmapModules || {}));

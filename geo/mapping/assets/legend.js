/* legend: the key at the top right, of only what the map shows in the current view on the
 * day shown (the entries of key.js that the layers used), by group; the switches of the
 * movements, events and named places layers; and the articles, each with a button to its
 * day. It starts closed below 800 pixels, where it would cover the map. */
(function (modules) {
  "use strict";

  var el = modules.dom.el, key = modules.key, dates = modules.dates;

  // A corpus map names a few articles and counts the rest.
  var SHOWN_ARTICLES = 5;
  var OPEN_FROM_PX = 800;

  function entryList(data, used) {
    var body = el("div", "warmap-legend-entries");
    var group = null, list = null;
    key.entries(data, used).forEach(function (item) {
      if (item.entry.group !== group) {
        group = item.entry.group;
        var heading = key.GROUPS.filter(function (g) { return g[0] === group; })[0];
        if (heading) { body.appendChild(el("h3", "warmap-legend-heading", heading[1])); }
        list = el("ul", "warmap-legend-list");
        body.appendChild(list);
      }
      var line = el("li", "warmap-legend-" + item.id.replace(/[^a-z0-9-]/gi, "-"));
      line.appendChild(item.entry.swatch(data));
      line.appendChild(el("span", null, item.entry.text));
      if (item.entry.title) { line.title = item.entry.title; }
      list.appendChild(line);
    });
    if (!list) { body.appendChild(el("p", "warmap-meta", "Nothing is drawn in this view.")); }
    return body;
  }

  // Switches for the layers the reader may hide (``layers``: [name, group] pairs).
  function switches(map, layers, onChange) {
    var box = el("fieldset", "warmap-switches");
    box.appendChild(el("legend", null, "Show"));
    layers.forEach(function (pair) {
      var label = el("label", "warmap-switch");
      var input = el("input");
      input.type = "checkbox";
      input.checked = map.hasLayer(pair[1]);
      input.addEventListener("change", function () {
        if (input.checked) { map.addLayer(pair[1]); } else { map.removeLayer(pair[1]); }
        onChange();
      });
      label.appendChild(input);
      label.appendChild(el("span", null, pair[0]));
      box.appendChild(label);
    });
    return box;
  }

  function articleList(data, app) {
    var articles = el("div", "warmap-articles");
    articles.appendChild(el("h3", "warmap-legend-heading", data.articles.length > 1 ?
      "The articles" : "The article"));
    data.articles.slice(0, SHOWN_ARTICLES).forEach(function (a) {
      var line = el("p", null, a.title + " \u2014 " + a.outlet + ", " +
        dates.shortDay(a.published));
      var go = el("button", "warmap-article-go", "Show " + dates.shortDay(a.published));
      go.type = "button";
      go.addEventListener("click", function () { app.show(a.published); });
      line.appendChild(go);
      articles.appendChild(line);
    });
    if (data.articles.length > SHOWN_ARTICLES) {
      var days = data.articles.map(function (a) { return a.published; }).sort();
      articles.appendChild(el("p", null, "\u2026 and " + (data.articles.length - SHOWN_ARTICLES) +
        " more articles, " + days[0] + " to " + days[days.length - 1]));
    }
    return articles;
  }

  // Adds the legend; returns update(used), which redraws its entries when they change,
  // and the <details> box.
  function addLegend(map, data, layers, app) {
    var box = null, entries = null, shownKey = null;
    var Legend = L.Control.extend({
      options: { position: "topright" },
      onAdd: function () {
        box = el("details", "warmap-legend leaflet-bar");
        box.open = !L.Browser.mobile && map.getContainer().clientWidth >= OPEN_FROM_PX;
        L.DomEvent.disableClickPropagation(box);
        L.DomEvent.disableScrollPropagation(box);
        var summary = el("summary", null, "Legend");
        box.appendChild(summary);
        var body = el("div", "warmap-legend-body");
        entries = el("div");
        body.appendChild(entries);
        body.appendChild(switches(map, layers, app.layersChanged));
        body.appendChild(articleList(data, app));
        box.appendChild(body);
        return box;
      }
    });
    new Legend().addTo(map);
    return {
      box: box,
      // Returns whether the entries changed (the legend's size may have).
      update: function (used) {
        if (used.key() === shownKey) { return false; }
        shownKey = used.key();
        entries.textContent = "";
        entries.appendChild(entryList(data, used));
        return true;
      }
    };
  }

  modules.legend = { addLegend: addLegend, OPEN_FROM_PX: OPEN_FROM_PX };
}(window.warmapModules = window.warmapModules || {}));

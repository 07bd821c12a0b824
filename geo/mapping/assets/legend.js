/* legend: the key at the top right: the sides on the map, the arrow and outline styles,
 * and the articles the map draws on. */
(function (modules) {
  "use strict";

  var el = modules.dom.el;

  // A corpus map names a few articles and counts the rest.
  var SHOWN_ARTICLES = 5;

  function sideList(data) {
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
    return list;
  }

  function keyList() {
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
    return lines;
  }

  function articleList(data) {
    var articles = el("div", "warmap-articles");
    data.articles.slice(0, SHOWN_ARTICLES).forEach(function (a) {
      articles.appendChild(el("p", null, a.title + " — " + a.outlet + ", " + a.published));
    });
    if (data.articles.length > SHOWN_ARTICLES) {
      var days = data.articles.map(function (a) { return a.published; }).sort();
      articles.appendChild(el("p", null, "… and " + (data.articles.length - SHOWN_ARTICLES) +
        " more articles, " + days[0] + " to " + days[days.length - 1]));
    }
    return articles;
  }

  function addLegend(map, data) {
    var Legend = L.Control.extend({
      options: { position: "topright" },
      onAdd: function () {
        var box = el("details", "warmap-legend leaflet-bar");
        // Closed on phones and in narrow embeds, where it would cover the map.
        box.open = !L.Browser.mobile && map.getContainer().clientWidth >= 600;
        L.DomEvent.disableClickPropagation(box);
        L.DomEvent.disableScrollPropagation(box);
        box.appendChild(el("summary", null, "Legend"));
        box.appendChild(sideList(data));
        box.appendChild(keyList());
        box.appendChild(articleList(data));
        return box;
      }
    });
    new Legend().addTo(map);
  }

  modules.legend = { addLegend: addLegend };
}(window.warmapModules = window.warmapModules || {}));

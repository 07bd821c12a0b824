/* legend: the key at the top right: the sides on the map, the arrow and outline styles
 * (drawn and worded as the payload's style says), and the articles the map draws on. */
(function (modules) {
  "use strict";

  var el = modules.dom.el, styles = modules.styles, patterns = modules.patterns;

  // A corpus map names a few articles and counts the rest.
  var SHOWN_ARTICLES = 5;

  var SVG = "http://www.w3.org/2000/svg";

  // A side's swatch: its colour, or the tile of its pattern as the map draws it.
  function sideList(data) {
    var list = el("ul", "warmap-legend-list");
    data.legendSides.forEach(function (id) {
      var s = data.sides[id];
      var item = el("li");
      var swatch = el("span", "warmap-swatch warmap-swatch-" + s.pattern);
      swatch.style.backgroundColor = s.pattern === "solid" ? s.colour : "#ffffff";
      swatch.style.backgroundImage = patterns.patternImage(data, s);
      swatch.style.borderColor = s.outline || s.colour;
      item.appendChild(swatch);
      item.appendChild(el("span", null, s.name));
      item.title = s.description;
      list.appendChild(item);
    });
    return list;
  }

  // A sample of a line or an outline, drawn with the map's own widths and dashes.
  function sample(shape, attributes) {
    var svg = document.createElementNS(SVG, "svg");
    svg.setAttribute("class", "warmap-sample");
    svg.setAttribute("width", "28");
    svg.setAttribute("height", "14");
    svg.setAttribute("aria-hidden", "true");
    var mark = document.createElementNS(SVG, shape);
    Object.keys(attributes).forEach(function (name) {
      if (attributes[name] !== null) { mark.setAttribute(name, String(attributes[name])); }
    });
    svg.appendChild(mark);
    return svg;
  }

  function keyItem(list, mark, text) {
    var item = el("li");
    item.appendChild(mark);
    item.appendChild(el("span", null, text));
    list.appendChild(item);
  }

  function keyList(data) {
    var style = data.style, words = style.legend;
    var lines = el("ul", "warmap-legend-list");
    ["done", "claimed", "planned"].forEach(function (status) {
      keyItem(lines, sample("line", {
        x1: 4, y1: 7, x2: 24, y2: 7, stroke: "#333333", "stroke-width": style.arrow.width,
        "stroke-linecap": "round", "stroke-dasharray": styles.arrowDash(data, status),
        "class": "warmap-sample-" + status
      }), words[status]);
    });
    keyItem(lines, sample("rect", {
      x: 2, y: 2, width: 24, height: 10, fill: "#ffffff", stroke: "#333333",
      "stroke-width": style.outline.width, "stroke-linecap": "round",
      "stroke-dasharray": styles.outlineDash(data, "approximate"),
      "class": "warmap-sample-approximate"
    }), words.approximate);
    keyItem(lines, el("span", "warmap-swatch warmap-swatch-event"), words.event);
    var mention = style.mention;  // as the marker of a place named once
    keyItem(lines, sample("circle", {
      cx: 14, cy: 7, r: mention.radius + mention.radiusPerRootCount, fill: mention.fill,
      stroke: mention.stroke, "stroke-width": mention.weight, "class": "warmap-sample-mention"
    }), words.mention);
    return lines;
  }

  var CERTAINTY_KEYS = { confirmed: "confirmed", claimedHolder: "claimed",
    approximateHolder: "approximate" };
  var DARK = "#555555", LIGHT = "#bdbdbd";

  // Samples of the map's own kinds (states of control, certainty, regions, sites, front
  // lines, evacuations), in greys: the colours are the sides'.
  var KIND_SAMPLES = {
    state: function (data, key) {
      var swatch = el("span", "warmap-swatch warmap-swatch-" + key);
      swatch.style.backgroundImage = patterns.stateImage(data, {
        state: key, side: "", by: [""], share: key === "partial" ? 60 : null
      }).split(data.style.unknown.fill).join(DARK);
      return swatch;
    },
    ring: function (data, key) {
      return sample("rect", { x: 3, y: 3, width: 22, height: 8, fill: LIGHT, stroke: DARK,
        "stroke-width": data.style.state.ring, "stroke-dasharray": key === "encircled" ?
          styles.dashArray(data.style.state.encircled) : null });
    },
    certainty: function (data, key) {
      return sample("rect", { x: 2, y: 2, width: 24, height: 10, fill: DARK, stroke: "#333333",
        "fill-opacity": data.style.fill.opacity * data.style.certainty[CERTAINTY_KEYS[key]],
        "stroke-width": data.style.outline.width });
    },
    region: function (data) {
      return sample("rect", { x: 2, y: 2, width: 24, height: 10, fill: LIGHT, stroke: DARK,
        "stroke-width": data.style.outline.width });
    },
    site: function (data) {
      return sample("circle", { cx: 14, cy: 7, r: 6, fill: DARK, stroke: "#1a1a1a",
        "stroke-width": data.style.site.weight });
    },
    front: function (data) {
      return sample("line", { x1: 2, y1: 7, x2: 26, y2: 7, stroke: data.style.front.colour,
        "stroke-width": data.style.front.width });
    },
    evacuation: function (data) {
      return sample("line", { x1: 2, y1: 7, x2: 26, y2: 7, stroke: DARK,
        "stroke-width": data.style.arrow.width + data.style.arrow.evacuation });
    },
    target: function () {
      return sample("circle", { cx: 14, cy: 7, r: 5, fill: "none", stroke: DARK,
        "stroke-width": 2 });
    }
  };

  function kindSample(data, key) {
    var kind = key === "contested" || key === "partial" ? "state" :
      key === "besieged" || key === "encircled" ? "ring" :
        CERTAINTY_KEYS[key] ? "certainty" : key;
    return (KIND_SAMPLES[kind] || KIND_SAMPLES.region)(data, key);
  }

  function kindList(data) {
    var list = el("ul", "warmap-legend-list warmap-legend-kinds");
    (data.legendKeys || []).forEach(function (key) {
      keyItem(list, kindSample(data, key), data.style.legend[key]);
    });
    return list;
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
        box.appendChild(kindList(data));
        box.appendChild(keyList(data));
        box.appendChild(articleList(data));
        return box;
      }
    });
    new Legend().addTo(map);
  }

  modules.legend = { addLegend: addLegend };
}(window.warmapModules = window.warmapModules || {}));

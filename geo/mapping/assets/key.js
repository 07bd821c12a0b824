/* key: the legend's entries, and which of them the map uses on the day shown.
 *
 * Each kind of mark the map draws defines its entry once: define("claimed", {...})
 * for one entry, or defineFamily("side", function (data, value) {...}) for entries named
 * "side.<value>". An entry is {group, order, text, swatch(data) -> Node}. Drawing a day,
 * the layers put the ids of the marks they drew in a Used set (used.add("claimed"));
 * the legend (legend.js) shows the defined entries of that set, by group and order. A new
 * kind of mark (a front line, a siege) needs only its definition and its used.add call. */
(function (modules) {
  "use strict";

  var el = modules.dom.el;
  var SVG = "http://www.w3.org/2000/svg";

  //: The legend's groups, in order, and their headings.
  var GROUPS = [
    ["sides", "Who holds the ground"], ["control", "How sure"], ["lines", "Movements"],
    ["marks", "Events and places"]
  ];
  var definitions = {}, families = {};

  function define(id, entry) { definitions[id] = entry; }

  function defineFamily(prefix, make) { families[prefix] = make; }

  function entryOf(data, id) {
    if (definitions[id]) { return definitions[id]; }
    var dot = id.indexOf(".");
    var make = dot > 0 ? families[id.slice(0, dot)] : null;
    return make ? make(data, id.slice(dot + 1)) : null;
  }

  // The ids the map drew on one day; ``key()`` is the same for the same set.
  function Used() { this.ids = {}; }
  Used.prototype.add = function (id) { this.ids[id] = true; };
  Used.prototype.has = function (id) { return this.ids[id] === true; };
  Used.prototype.list = function () { return Object.keys(this.ids).sort(); };
  Used.prototype.key = function () { return this.list().join("|"); };

  // The entries of ``used`` with their ids, in the legend's order.
  function entries(data, used) {
    var groupIndex = {};
    GROUPS.forEach(function (group, index) { groupIndex[group[0]] = index; });
    return used.list().map(function (id) {
      return { id: id, entry: entryOf(data, id) };
    }).filter(function (item) { return item.entry; }).sort(function (a, b) {
      var ga = groupIndex[a.entry.group], gb = groupIndex[b.entry.group];
      if (ga !== gb) { return (ga === undefined ? 99 : ga) - (gb === undefined ? 99 : gb); }
      if ((a.entry.order || 0) !== (b.entry.order || 0)) {
        return (a.entry.order || 0) - (b.entry.order || 0);
      }
      return a.id < b.id ? -1 : 1;
    });
  }

  // A small SVG drawing (28 x 16) of one shape with ``attributes``.
  function sample(shape, attributes) {
    var svg = document.createElementNS(SVG, "svg");
    svg.setAttribute("class", "warmap-sample");
    svg.setAttribute("width", "28");
    svg.setAttribute("height", "16");
    svg.setAttribute("aria-hidden", "true");
    var mark = document.createElementNS(SVG, shape);
    Object.keys(attributes).forEach(function (name) {
      if (attributes[name] !== null && attributes[name] !== undefined) {
        mark.setAttribute(name, String(attributes[name]));
      }
    });
    svg.appendChild(mark);
    return svg;
  }

  // A filled box (an area's swatch): ``fill`` a colour, ``image`` a CSS background image.
  function box(fill, image, border, opacity, className) {
    var swatch = el("span", "warmap-swatch" + (className ? " " + className : ""));
    swatch.style.backgroundColor = fill;
    if (image) { swatch.style.backgroundImage = image; }
    swatch.style.borderColor = border;
    if (opacity !== undefined && opacity !== null) { swatch.style.opacity = String(opacity); }
    swatch.setAttribute("aria-hidden", "true");
    return swatch;
  }

  modules.key = {
    GROUPS: GROUPS, define: define, defineFamily: defineFamily, entryOf: entryOf,
    Used: Used, entries: entries, sample: sample, box: box
  };
}(window.warmapModules = window.warmapModules || {}));

/* sites: airbases, dams, hospitals, bridges and mosques as symbols in their holder's colour
 * (a disc with the glyph of the site's kind, as style.site says), restyled by date. */
(function (modules) {
  "use strict";

  var dom = modules.dom, timeline = modules.timeline, styles = modules.styles;
  var popups = modules.popups;
  var SVG_NS = "http://www.w3.org/2000/svg";

  function svg(tag, attributes) {
    var node = document.createElementNS(SVG_NS, tag);
    Object.keys(attributes).forEach(function (name) {
      node.setAttribute(name, String(attributes[name]));
    });
    return node;
  }

  // The symbol's SVG: a disc in two halves (one colour unless the place is contested or
  // partly held), a ring, and the glyph; in CSS pixels, centred.
  function symbolNode(data, site) {
    var spec = data.style.site, size = 2 * (spec.radius + data.style.state.ring);
    var root = svg("svg", { width: size, height: size, viewBox: [-size / 2, -size / 2, size,
      size].join(" "), "aria-hidden": "true", "class": "warmap-site-symbol" });
    var r = spec.radius;
    var parts = {
      left: svg("path", { d: "M0," + (-r) + " A" + r + "," + r + " 0 0 0 0," + r + " Z" }),
      right: svg("path", { d: "M0," + (-r) + " A" + r + "," + r + " 0 0 1 0," + r + " Z" }),
      ring: svg("circle", { r: r, fill: "none", "stroke-width": spec.weight }),
      glyph: svg("g", {})
    };
    (spec.symbols[site.symbol] || spec.symbols.other).forEach(function (ring) {
      parts.glyph.appendChild(svg("polygon", { points: ring.map(function (p) {
        return (p[0] * r * 0.62).toFixed(2) + "," + (p[1] * r * 0.62).toFixed(2);
      }).join(" ") }));
    });
    root.appendChild(parts.left);
    root.appendChild(parts.right);
    root.appendChild(parts.ring);
    root.appendChild(parts.glyph);
    return { root: root, parts: parts, size: size };
  }

  function colourOf(data, side) {
    return data.sides[side] ? data.sides[side].colour : data.style.unknown.fill;
  }

  // The ring of a site: the holder's outline, or the besieger's (dashed when encircled).
  function ringOf(data, row) {
    if (row && (row.state === "besieged" || row.state === "encircled")) {
      return { colour: styles.outlineOf(data, row.by[0]), width: data.style.state.ring,
        dash: row.state === "encircled" ? styles.dashArray(data.style.state.encircled) :
          "none" };
    }
    return { colour: styles.fillFor(data, row ? row.side : null).color,
      width: data.style.site.weight, dash: "none" };
  }

  // Colours the symbol for the control row of the day (null: unknown holder): the holder's
  // colour, and the other side's on the right half of a contested or partly held site.
  function restyle(data, symbol, row) {
    var holder = row && data.sides[row.side] ? data.sides[row.side] : null;
    var left = colourOf(data, row ? row.side : null), right = left;
    if (row && (row.state === "contested" || row.state === "partial") && row.by.length) {
      right = colourOf(data, row.by[0]);
    }
    var ringed = ringOf(data, row), ring = ringed.colour, width = ringed.width;
    var dash = ringed.dash;
    var parts = symbol.parts;
    parts.left.setAttribute("fill", left);
    parts.right.setAttribute("fill", right);
    parts.ring.setAttribute("stroke", ring);
    parts.ring.setAttribute("stroke-width", String(width));
    parts.ring.setAttribute("stroke-dasharray", dash);
    parts.glyph.setAttribute("fill", holder ? holder.ink : "#1a1a1a");
    parts.ring.setAttribute("opacity", String(row && row.certainty !== "confirmed" ?
      data.style.certainty[row.certainty] : 1));
  }

  // One marker per site; returns show(day), which restyles them for that day.
  function addSites(data, group, selected) {
    var entries = data.sites.map(function (site) {
      var symbol = symbolNode(data, site);
      var marker = L.marker([site.lat, site.lon], {
        icon: L.divIcon({ html: symbol.root, className: "warmap-site warmap-site-" + site.id,
          iconSize: [symbol.size, symbol.size] }),
        keyboard: true, title: site.name, alt: site.name
      });
      marker.bindPopup(function () { return popups.areaPopup(data, site, selected()); });
      marker.bindTooltip(function () {
        return dom.textNode(timeline.holderText(data, site, selected()));
      });
      marker.addTo(group);
      return { site: site, symbol: symbol };
    });
    return function show(day) {
      entries.forEach(function (entry) {
        restyle(data, entry.symbol, timeline.stateOn(entry.site.changes, day));
      });
    };
  }

  modules.sites = { addSites: addSites };
}(window.warmapModules = window.warmapModules || {}));

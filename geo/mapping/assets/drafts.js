/* drafts: the drafts of the build that no one has reviewed, drawn apart from the reviewed
 * data so that no reader takes them for it: a hollow, dashed circle in a neutral magenta
 * (never a side's fill) tagged DRAFT, one per place for the drafts shown on the
 * day; a drafted movement with both ends also gets a dashed line from its start. A control
 * draft shows from its day on, a movement over its days, an event on its day, an undated
 * draft on every day. Drafts whose place has no point are listed (review.js), not drawn.
 * The page carries them in their own element (#warmap-drafts), absent from the embed. */
(function (modules) {
  "use strict";

  var dom = modules.dom, dates = modules.dates, key = modules.key;
  var el = dom.el;

  // The drafts of the page: [] when it carries none (the embed, a build without drafts).
  function read() {
    var node = document.getElementById("warmap-drafts");
    return node ? JSON.parse(node.textContent).drafts : [];
  }

  // A day of the slider: a draft dated before its first day or after its last shows on
  // that day (its popup says its own date).
  function onSlider(data, day) {
    return day < data.start ? data.start : (day > data.end ? data.end : day);
  }

  function shownOn(data, draft, day) {
    if (!draft.date) { return true; }
    if (onSlider(data, draft.date) > day) { return false; }
    return draft.table === "control" || day <= onSlider(data, draft.until || draft.date);
  }

  function outside(data, draft) {
    if (!draft.date || onSlider(data, draft.date) === draft.date) { return ""; }
    return draft.date < data.start ? " (before the map's first day: shown from it)" :
      " (after the map's last day: shown on it)";
  }

  // How sure the article is of the claim, in words.
  var SURE = { fact: "reported as fact", claimed: "claimed", planned: "planned, not done",
    denied: "denied" };
  function sureness(draft) {
    return SURE[draft.certainty] || draft.certainty || "certainty not read";
  }

  function defineEntry(data) {
    var style = data.style.draft;
    key.define("draft", { group: "marks", order: 9, text: data.style.legend.draft,
      swatch: function () {
        return key.sample("circle", { cx: 14, cy: 8, r: 6, fill: "none", stroke: style.colour,
          "stroke-width": style.weight, "stroke-dasharray": style.dash.join(" "),
          "class": "warmap-sample-draft" });
      } });
  }

  function words(draft) {
    return [draft.table, draft.kind, draft.place || "(no place)",
      draft.date ? dates.shortDay(draft.date) : "undated"].join(" \u00b7 ");
  }

  function articleNode(draft) {
    var name = draft.title || draft.article;
    if (!/^https?:\/\//i.test(draft.url)) { return document.createTextNode(name); }
    var a = el("a", null, name);
    a.href = draft.url;
    a.target = "_blank";
    a.rel = "noopener noreferrer";
    return a;
  }

  // What a draft says, as DOM nodes (every string from the articles as text).
  function draftNode(data, draft) {
    var box = el("div", "warmap-draft-entry");
    var head = el("p", "warmap-draft-head");
    head.appendChild(el("strong", null, "Draft, not reviewed: "));
    head.appendChild(document.createTextNode("drafted by rule \u201c" + draft.rule +
      "\u201d from "));
    head.appendChild(articleNode(draft));
    box.appendChild(head);
    box.appendChild(el("p", "warmap-draft-what", words(draft) +
      (draft.side ? " \u00b7 side: " + draft.side : " \u00b7 no side named") +
      " \u00b7 " + sureness(draft) + outside(data, draft)));
    box.appendChild(dom.quoteNode(draft.quote));
    var id = el("p", "warmap-draft-id");
    id.appendChild(document.createTextNode("Draft " + draft.id + ". To accept it: "));
    id.appendChild(el("code", null, draft.command));
    box.appendChild(id);
    return box;
  }

  function popupNode(data, drafts) {
    var box = el("div", "warmap-popup warmap-draft-popup");
    drafts.forEach(function (d) { box.appendChild(draftNode(data, d)); });
    return box;
  }

  // What the tag beside a place's ring says: DRAFT, or "3 DRAFTS".
  function tagText(style, drafts) {
    return drafts.length > 1 ? drafts.length + " " + style.label + "S" : style.label;
  }

  // One marker per place: its drafts of the day in the popup. Hollow: only the ring takes
  // clicks, so the town's marker under it still opens. Its DRAFT tag is placed with the
  // map's names (labels.js), after the towns' and the city's, so that it never covers them;
  // where no room is left the ring and its tooltip on hover still say what it is.
  function placeMarker(data, vector, drafts) {
    var style = data.style.draft, first = drafts[0];
    var marker = L.circleMarker([first.lat, first.lon], vector({
      radius: style.radius, color: style.colour, weight: style.weight, opacity: 1,
      dashArray: style.dash.join(" "), fill: false,
      className: "warmap-draft"
    }));
    marker.bindPopup(function () { return popupNode(data, drafts); }, { maxWidth: 320 });
    marker.bindTooltip(dom.textNode(tagText(style, drafts)), { direction: "left",
      offset: [-style.radius, 0], className: "warmap-draft-tip" });
    return marker;
  }

  function originLine(data, vector, draft) {
    var style = data.style.draft;
    return L.polyline([draft.origin, [draft.lat, draft.lon]], vector({
      color: style.colour, weight: style.weight, opacity: 0.8,
      dashArray: style.dash.join(" "), interactive: false, className: "warmap-draft-line"
    }));
  }

  // The drafts' layer: show(day) draws that day's drafts; usedIn(view, used) adds the
  // legend's id when one is in ``view``; focus(id) opens the popup of a drawn draft.
  function addDrafts(map, data, group, vector) {
    defineEntry(data);
    var markers = [], byId = {}, tags = [];
    var style = data.style.draft;
    function show(day) {
      group.clearLayers();
      markers = [];
      byId = {};
      tags = [];
      var atPlace = {}, order = [];
      data.drafts.forEach(function (d) {
        if (d.lat === null || !shownOn(data, d, day)) { return; }
        var place = d.lat + "," + d.lon;
        if (!atPlace[place]) { atPlace[place] = []; order.push(place); }
        atPlace[place].push(d);
        if (d.origin) { originLine(data, vector, d).addTo(group); }
      });
      order.forEach(function (place) {
        var marker = placeMarker(data, vector, atPlace[place]).addTo(group);
        markers.push(marker);
        atPlace[place].forEach(function (d) { byId[d.id] = marker; });
        tags.push({ text: tagText(style, atPlace[place]), kind: "draft",
          latlng: marker.getLatLng(), radius: style.radius + style.weight / 2 });
      });
    }
    return {
      show: show,
      // The DRAFT tags of the day's rings, for the label placer (on while the layer is).
      tags: function () { return map.hasLayer(group) ? tags : []; },
      usedIn: function (view, used) {
        if (markers.some(function (m) { return view.contains(m.getLatLng()); })) {
          used.add("draft");
        }
      },
      marker: function (id) { return byId[id] || null; }
    };
  }

  modules.drafts = { read: read, shownOn: shownOn, outside: outside, sureness: sureness,
    addDrafts: addDrafts, draftNode: draftNode, words: words };
}(window.warmapModules = window.warmapModules || {}));

/* review: the list of the drafts to review, below the map of the full page (never in an
 * embed): a collapsible section with each draft's id, table, kind, place, date, side,
 * certainty and quote, the command that accepts it, and "Show on map", which goes to the
 * draft's day and place and opens its popup. It lists every draft, or those shown on the
 * day. Plain buttons and a <details>: the keyboard reaches everything. */
(function (modules) {
  "use strict";

  var dom = modules.dom, drafts = modules.drafts, dates = modules.dates;
  var el = dom.el;
  var ZOOM = 11;

  function field(list, name, value) {
    list.appendChild(el("dt", null, name));
    list.appendChild(el("dd", null, value || "\u2014"));
  }

  function item(data, draft, onShow) {
    var line = el("li", "warmap-review-item");
    line.setAttribute("data-draft", draft.id);
    var fields = el("dl", "warmap-review-fields");
    field(fields, "Id", draft.id);
    field(fields, "Table", draft.table + " (" + draft.kind + ")");
    field(fields, "Place", draft.place);
    field(fields, "Date", (draft.date ? dates.shortDay(draft.date) : "undated") +
      drafts.outside(data, draft));
    field(fields, "Side", draft.side);
    field(fields, "Certainty", drafts.sureness(draft));
    line.appendChild(fields);
    line.appendChild(dom.quoteNode(draft.quote));
    var actions = el("p", "warmap-review-actions");
    if (draft.lat === null) {
      actions.appendChild(el("span", "warmap-review-unplaced",
        "Its place has no point: listed, not drawn."));
    } else {
      var go = el("button", "warmap-review-show", "Show on map");
      go.type = "button";
      go.setAttribute("aria-label", "Show draft " + draft.id + " on the map");
      go.addEventListener("click", function () { onShow(draft); });
      actions.appendChild(go);
    }
    actions.appendChild(el("code", null, draft.command));
    line.appendChild(actions);
    return line;
  }

  function intro(count) {
    return el("p", "warmap-review-intro", count + " draft" + (count === 1 ? "" : "s") +
      " of the build, drafted from the articles by rule: none is reviewed, none is in the " +
      "data. Accept one with \u201cwarmap review accept ID\u201d, reject it with " +
      "\u201cwarmap review reject ID\u201d.");
  }

  // The section, after the map; returns update(day), which the day's changes call.
  function addReview(map, data, app, layer) {
    if (!data.drafts.length || modules.embed.EMBEDDED) { return function () {}; }
    var section = el("section", "warmap-review");
    section.setAttribute("aria-label", "Drafts to review");
    var box = el("details", "warmap-review-box");
    var summary = el("summary", null, "Drafts to review (" + data.drafts.length +
      ", not reviewed)");
    box.appendChild(summary);
    box.appendChild(intro(data.drafts.length));
    var label = el("label", "warmap-review-filter");
    var only = el("input");
    only.type = "checkbox";
    label.appendChild(only);
    label.appendChild(el("span", null, "Only the drafts shown on the day"));
    box.appendChild(label);
    var list = el("ol", "warmap-review-list");
    box.appendChild(list);
    section.appendChild(box);
    var container = map.getContainer();
    container.parentNode.insertBefore(section, container.nextSibling);

    function showOnMap(draft) {
      if (!drafts.shownOn(data, draft, app.selected())) { app.show(draft.date || data.initial); }
      map.setView([draft.lat, draft.lon], Math.max(map.getZoom(), ZOOM), { animate: false });
      var marker = layer.marker(draft.id);
      if (marker) { marker.openPopup(); }
      container.scrollIntoView({ block: "nearest" });
    }
    var listsAll = false;
    function update(day) {
      if (!only.checked && listsAll) { return; }
      listsAll = !only.checked;
      list.textContent = "";
      data.drafts.forEach(function (d) {
        if (!only.checked || drafts.shownOn(data, d, day)) {
          list.appendChild(item(data, d, showOnMap));
        }
      });
    }
    only.addEventListener("change", function () { update(app.selected()); });
    return update;
  }

  modules.review = { addReview: addReview };
}(window.warmapModules = window.warmapModules || {}));

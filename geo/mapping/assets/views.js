/* views: the menu at the top left that zooms to the whole story, the main city and the
 * busiest towns (one control, one Tab stop), each view fitted into the part of the map the
 * controls leave free. A view has a short name for the address (map.html#day/aleppo). */
(function (modules) {
  "use strict";

  var el = modules.dom.el;

  // "al-Bab" -> "al-bab", "Deir ez-Zor" -> "deir-ez-zor"
  function slug(name) {
    return String(name).toLowerCase().replace(/[^a-z0-9]+/g, "-").replace(/^-|-$/g, "");
  }

  // The margins the controls take on each edge of the map (pixels): the top corners' row
  // of controls, the panel at the bottom and, when open beside a wide map, the legend.
  function controlRoom(map) {
    var container = map.getContainer(), origin = container.getBoundingClientRect();
    var size = map.getSize(), room = { top: 0, right: 0, bottom: 0, left: 0 };
    var controls = container.querySelectorAll(".leaflet-control");
    for (var i = 0; i < controls.length; i++) {
      var box = controls[i].getBoundingClientRect();
      if (!box.width || !box.height) { continue; }
      if (controls[i].classList.contains("warmap-legend") && controls[i].open) {
        // An open legend is a column beside a wide map; over a narrow one the reader
        // opened it to read it, and closes it to see the map.
        if (!container.classList.contains("warmap-narrow")) {
          room.right = Math.max(room.right, origin.right - box.left);
        }
        continue;
      }
      if (box.top - origin.top < size.y / 2) {
        room.top = Math.max(room.top, box.bottom - origin.top);
      } else {
        room.bottom = Math.max(room.bottom, origin.bottom - box.top);
      }
    }
    return room;
  }

  function fitView(map, bounds, animate) {
    var room = controlRoom(map);
    map.fitBounds(bounds, {
      animate: animate,
      paddingTopLeft: [room.left + 10, room.top + 10],
      paddingBottomRight: [room.right + 10, room.bottom + 10]
    });
  }

  // Adds the menu; ``onView(slug)`` hears of the view chosen. Returns select(slug), which
  // shows a view by its short name (false when there is none), and moved(), which says
  // the reader left the view.
  function addViews(map, data, onView, reduced) {
    var select = null;
    var GoTo = L.Control.extend({
      options: { position: "topleft" },
      onAdd: function () {
        var box = el("div", "warmap-goto leaflet-bar");
        L.DomEvent.disableClickPropagation(box);
        var label = el("label", "warmap-visually-hidden", "Zoom the map to");
        label.setAttribute("for", "warmap-view");
        box.appendChild(label);
        select = el("select", "warmap-view");
        select.id = "warmap-view";
        var moved = el("option", null, "View\u2026");
        moved.value = "";
        moved.disabled = true;
        select.appendChild(moved);
        data.views.forEach(function (view) {
          var option = el("option", null, view.name);
          option.value = slug(view.name);
          select.appendChild(option);
        });
        select.addEventListener("change", function () { show(select.value, true); });
        box.appendChild(select);
        return box;
      }
    });
    function show(name, byReader) {
      var view = data.views.filter(function (v) { return slug(v.name) === name; })[0];
      if (!view) { return false; }
      select.value = name;
      fitView(map, view.bounds, byReader && !reduced);
      if (byReader) { onView(name); }
      return true;
    }
    var menu = new GoTo().addTo(map).getContainer();
    // First in its corner: the menu, then the zoom buttons, in the Tab order as on screen.
    menu.parentNode.insertBefore(menu, menu.parentNode.firstChild);
    return {
      select: function (name) { return show(name, false); },
      moved: function () { select.value = ""; },
      current: function () { return select.value; }
    };
  }

  modules.views = { addViews: addViews, fitView: fitView, slug: slug, controlRoom: controlRoom };
}(window.warmapModules = window.warmapModules || {}));

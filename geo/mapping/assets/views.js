/* views: the buttons at the top left that zoom to the whole story, the main city and the
 * busiest towns, each view fitted beside the controls. */
(function (modules) {
  "use strict";

  var el = modules.dom.el;

  // A view fits the part of the map the controls leave free: the date panel covers the
  // bottom, the legend (when open) the right, the view buttons the left. Each control's
  // room is measured from its edge of the map (the scale bar sits below the panel).
  function fitView(map, bounds, animate) {
    var container = map.getContainer();
    var size = map.getSize();
    var origin = container.getBoundingClientRect();
    function room(selector, edge) {
      var box = container.querySelector(selector);
      if (!box || !box.offsetWidth) { return 0; }
      var r = box.getBoundingClientRect();
      var extent = edge === "left" ? r.right - origin.left :
        edge === "right" ? origin.right - r.left : origin.bottom - r.top;
      var whole = edge === "bottom" ? size.y : size.x;
      // A control that would take more than 40% of the map is not worth avoiding.
      return extent + 10 <= 0.4 * whole ? extent + 10 : 0;
    }
    var legend = container.querySelector(".warmap-legend");
    var right = legend && legend.open ? room(".warmap-legend", "right") : 0;
    map.fitBounds(bounds, {
      animate: animate,
      paddingTopLeft: [Math.max(10, room(".warmap-goto", "left")), 10],
      paddingBottomRight: [Math.max(10, right), Math.max(10, room(".warmap-panel", "bottom"))]
    });
  }

  function addViews(map, data) {
    var GoTo = L.Control.extend({
      options: { position: "topleft" },
      onAdd: function () {
        var box = el("div", "warmap-goto leaflet-bar");
        L.DomEvent.disableClickPropagation(box);
        data.views.forEach(function (view) {
          var button = el("button", "warmap-goto-button", view.name);
          button.type = "button";
          button.setAttribute("aria-label", "Zoom to " + view.name);
          button.addEventListener("click", function () { fitView(map, view.bounds, true); });
          box.appendChild(button);
        });
        return box;
      }
    });
    new GoTo().addTo(map);
  }

  modules.views = { addViews: addViews, fitView: fitView };
}(window.warmapModules = window.warmapModules || {}));

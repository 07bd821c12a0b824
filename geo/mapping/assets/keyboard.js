/* keyboard: the order of the keyboard's stops. The controls come before the hundreds of
 * features, the date panel first, then the view menu, the zoom buttons and the legend; the
 * features themselves are not Tab stops (the live summary and the popups' lists say what
 * they show). Only the DOM order changes; the controls are positioned absolutely. */
(function (modules) {
  "use strict";

  function controlsFirst(container) {
    var controls = container.querySelector(".leaflet-control-container");
    if (!controls) { return; }
    container.insertBefore(controls, container.firstChild);
    var panel = controls.querySelector(".leaflet-bottom.leaflet-left");
    if (panel) { controls.insertBefore(panel, controls.firstChild); }
  }

  // Features drawn as SVG elements or marker icons leave the Tab order.
  function featuresOutOfTabOrder(container) {
    var features = container.querySelectorAll(
      ".leaflet-overlay-pane .leaflet-interactive, .leaflet-marker-pane [tabindex]");
    for (var i = 0; i < features.length; i++) { features[i].setAttribute("tabindex", "-1"); }
  }

  modules.keyboard = { controlsFirst: controlsFirst, featuresOutOfTabOrder: featuresOutOfTabOrder };
}(window.warmapModules = window.warmapModules || {}));

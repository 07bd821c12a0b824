/* keyboard: the layer control opens from the keyboard, and the controls come first in the
 * keyboard order. */
(function (modules) {
  "use strict";

  // Enter or Space on the layer control's toggle opens it and focuses the first switch;
  // it closes again when the focus leaves it.
  function openLayersByKeyboard(container) {
    var layersControl = container.querySelector(".leaflet-control-layers");
    if (!layersControl) { return; }
    var toggle = layersControl.querySelector(".leaflet-control-layers-toggle");
    if (toggle) {
      toggle.setAttribute("aria-label", "Layers");
      toggle.setAttribute("aria-haspopup", "true");
      toggle.addEventListener("keydown", function (event) {
        if (event.key !== "Enter" && event.key !== " ") { return; }
        event.preventDefault();
        layersControl.classList.add("leaflet-control-layers-expanded");
        var first = layersControl.querySelector("input");
        if (first) { first.focus(); }
      });
    }
    layersControl.addEventListener("focusout", function (event) {
      if (!event.relatedTarget || !layersControl.contains(event.relatedTarget)) {
        layersControl.classList.remove("leaflet-control-layers-expanded");
      }
    });
  }

  // The controls (slider, layers, legend, zoom) come before the hundreds of features,
  // which Leaflet makes focusable for their tooltips. Only the DOM order changes; the
  // controls are positioned absolutely above the panes either way.
  function controlsFirst(container) {
    var controls = container.querySelector(".leaflet-control-container");
    if (controls) { container.insertBefore(controls, container.firstChild); }
  }

  modules.keyboard = { openLayersByKeyboard: openLayersByKeyboard, controlsFirst: controlsFirst };
}(window.warmapModules = window.warmapModules || {}));

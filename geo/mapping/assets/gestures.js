/* gestures: the page around an embed keeps scrolling. The wheel zooms only with Ctrl (or
 * Cmd), and on touch screens one finger scrolls the page while two fingers move and zoom
 * the map. A wheel event without a modifier is stopped before Leaflet sees it (capture
 * phase) and left to the browser, which scrolls the page; a hint says how to zoom. */
(function (modules) {
  "use strict";

  var el = modules.dom.el;

  function onControl(target) {
    return target.closest && target.closest(".leaflet-control");
  }

  function addGestures(map) {
    var container = map.getContainer();
    var mac = /Mac|iPhone|iPad/.test(navigator.platform || "");
    var hint = el("div", "warmap-hint", (mac ? "Use \u2318" : "Use Ctrl") +
      " + scroll to zoom the map");
    hint.setAttribute("aria-hidden", "true");
    container.appendChild(hint);
    var hintTimer = null;
    function showHint(text) {
      if (text) { hint.textContent = text; }
      hint.classList.add("warmap-hint-on");
      clearTimeout(hintTimer);
      hintTimer = setTimeout(function () { hint.classList.remove("warmap-hint-on"); }, 1200);
    }
    map.scrollWheelZoom.enable();
    container.addEventListener("wheel", function (event) {
      if (event.ctrlKey || event.metaKey) {
        hint.classList.remove("warmap-hint-on");
        return;
      }
      if (onControl(event.target)) { return; }
      event.stopPropagation();
      showHint();
    }, { capture: true, passive: true });
    if (L.Browser.mobile && map.dragging) {
      map.dragging.disable();
      container.addEventListener("touchmove", function (event) {
        if (event.touches.length === 1 && !onControl(event.target)) {
          showHint("Use two fingers to move the map");
        }
      }, { passive: true });
    }
  }

  modules.gestures = { addGestures: addGestures };
}(window.warmapModules = window.warmapModules || {}));

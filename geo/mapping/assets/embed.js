/* embed: the page inside an article's iframe (or opened with ?embed). The editor's
 * headline above the map and the source line, credit, a link to the full map and a full
 * screen button below it; the map as tall as suits its width; and the page's height sent to
 * the article (postMessage {type: "warmap:height"}), whose snippet resizes the iframe. */
(function (modules) {
  "use strict";

  var EMBEDDED = window.self !== window.top ||
    /(?:^|[?&])embed(?:[=&]|$)/.test(window.location.search);

  // The map's height for a width: a landscape map in a column, a taller one on a phone.
  function idealHeight(width) {
    var height = width >= 600 ? width * 0.62 : width * 1.15;
    return Math.round(Math.max(300, Math.min(640, height)));
  }

  function outerHeight(node) {
    return node ? node.getBoundingClientRect().height : 0;
  }

  function fullscreenButton() {
    var button = document.querySelector(".warmap-fullscreen");
    if (!button) { return; }
    var root = document.documentElement;
    if (!document.fullscreenEnabled || !root.requestFullscreen) {
      button.hidden = true;
      return;
    }
    button.hidden = false;
    button.addEventListener("click", function () {
      if (document.fullscreenElement) { document.exitFullscreen(); } else {
        root.requestFullscreen();
      }
    });
    document.addEventListener("fullscreenchange", function () {
      button.textContent = document.fullscreenElement ? "Exit full screen" : "Full screen";
    });
  }

  // Sets the map's height, and tells the article the page's height when it changes.
  function sizer(map) {
    var container = map.getContainer(), last = 0;
    var header = document.querySelector(".warmap-masthead");
    var footer = document.getElementById("warmap-after");
    return function size() {
      var height = document.fullscreenElement ?
        Math.max(240, window.innerHeight - outerHeight(header) - outerHeight(footer)) :
        idealHeight(container.clientWidth);
      if (Math.abs(container.clientHeight - height) > 1) {
        container.style.height = height + "px";
        map.invalidateSize({ animate: false });
      }
      var total = Math.ceil(document.body.getBoundingClientRect().height);
      if (total !== last && window.parent !== window) {
        last = total;
        window.parent.postMessage({ type: "warmap:height", height: total }, "*");
      }
      return total;
    };
  }

  // Wires the page's frame; returns link(address), which points "Open the full map" at
  // the day and view shown.
  function addEmbed(map) {
    var root = document.documentElement;
    var full = document.querySelector(".warmap-full-link");
    fullscreenButton();
    var size = null;
    if (EMBEDDED) {
      root.classList.add("warmap-embedded");
      size = sizer(map);
      window.addEventListener("resize", size);
      document.addEventListener("fullscreenchange", size);
      size();
    }
    return {
      embedded: EMBEDDED,
      size: function () { return size ? size() : 0; },
      link: function (address) {
        if (full) { full.href = full.getAttribute("data-page") + address; }
      }
    };
  }

  modules.embed = { addEmbed: addEmbed, idealHeight: idealHeight, EMBEDDED: EMBEDDED };
}(window.warmapModules = window.warmapModules || {}));

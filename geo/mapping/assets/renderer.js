/* renderer: SVG or one canvas for every vector layer, as the payload says. Thousands of
 * features draw on one canvas (chosen in geo/mapping/page.py); a few hundred stay SVG
 * elements, which keyboard, tests and stylesheets can reach one by one. */
(function (modules) {
  "use strict";

  var patterns = modules.patterns;

  // Sets up the patterns of ``data.renderer`` and returns the function that adds the
  // renderer to a layer's options.
  function vectorOptions(data) {
    var renderer = null;
    if (data.renderer === "canvas") {
      renderer = L.canvas({ padding: 0.5, tolerance: 3 });
      data.canvasPatterns = patterns.canvasPatterns(data);
    } else {
      patterns.addPatterns(data);
    }
    return function vector(options) {
      if (renderer) { options.renderer = renderer; }
      return options;
    };
  }

  modules.renderer = { vectorOptions: vectorOptions };
}(window.warmapModules = window.warmapModules || {}));

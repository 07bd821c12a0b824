/* permalink: the day in the page's address (map.html#2016-12-11), read when the page opens
 * and when the address changes, and written as the day changes. */
(function (modules) {
  "use strict";

  function fromAddress() {
    var match = /^#(\d{4}-\d{2}-\d{2})$/.exec(window.location.hash);
    return match ? match[1] : null;
  }

  function toAddress(day) {
    if (window.history && window.history.replaceState) {
      window.history.replaceState(null, "", "#" + day);
    }
  }

  // Shows the address's day (``show(day)``) when it changes to one not ``selected()``.
  function follow(selected, show) {
    window.addEventListener("hashchange", function () {
      var day = fromAddress();
      if (day && day !== selected()) { show(day); }
    });
  }

  modules.permalink = { fromAddress: fromAddress, toAddress: toAddress, follow: follow };
}(window.warmapModules = window.warmapModules || {}));

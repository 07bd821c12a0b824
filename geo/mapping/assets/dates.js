/* dates: days as ISO strings ("2016-12-11") and as UTC milliseconds, and their long form. */
(function (modules) {
  "use strict";

  var DAY_MS = 86400000;

  function parseDay(iso) {
    var p = iso.split("-");
    return Date.UTC(+p[0], +p[1] - 1, +p[2]);
  }

  function isoDay(ms) {
    return new Date(ms).toISOString().slice(0, 10);
  }

  var dayFormat = null;  // one formatter: toLocaleDateString builds one per call (slow)
  function longDay(iso) {
    dayFormat = dayFormat || new Intl.DateTimeFormat("en-GB", {
      weekday: "long", day: "numeric", month: "long", year: "numeric", timeZone: "UTC"
    });
    return dayFormat.format(new Date(parseDay(iso)));
  }

  modules.dates = { DAY_MS: DAY_MS, parseDay: parseDay, isoDay: isoDay, longDay: longDay };
}(window.warmapModules = window.warmapModules || {}));

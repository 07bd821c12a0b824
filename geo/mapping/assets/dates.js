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

  var MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov",
    "Dec"];
  // "2016-12-11" -> "11 Dec 2016"
  function shortDay(iso) {
    var p = iso.split("-");
    return +p[2] + " " + MONTHS[+p[1] - 1] + " " + p[0];
  }

  // Whether ``text`` is a real day "YYYY-MM-DD" (not 2016-13-45 or 2016-02-30).
  function isDay(text) {
    if (!/^\d{4}-\d{2}-\d{2}$/.test(text)) { return false; }
    return isoDay(parseDay(text)) === text;
  }

  modules.dates = {
    DAY_MS: DAY_MS, parseDay: parseDay, isoDay: isoDay, longDay: longDay, shortDay: shortDay,
    isDay: isDay
  };
}(window.warmapModules = window.warmapModules || {}));

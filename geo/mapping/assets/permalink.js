/* permalink: the day and the view in the page's address (map.html#2016-12-11/aleppo), read
 * when the page opens and when the address changes, and written as they change. A day that
 * is not a date (nor a view alone: map.html#aleppo), or is outside the map's days, is
 * reported, not silently replaced. */
(function (modules) {
  "use strict";

  var dates = modules.dates;

  // {day, view, problem}: the address's day within the map's days (null when it names
  // none), its view's short name ("" when none), and what was wrong with the day ("" when
  // nothing).
  function fromAddress(data) {
    var hash = decodeURIComponent(window.location.hash.replace(/^#/, ""));
    if (!hash) { return { day: null, view: "", problem: "" }; }
    var parts = hash.split("/"), asked = parts[0], view = parts[1] || "";
    var isView = function (v) { return v.id === asked; };
    if (parts.length === 1 && (data.views || []).some(isView)) {
      return { day: null, view: asked, problem: "" };  // a view alone: map.html#aleppo
    }
    if (!dates.isDay(asked)) {
      return { day: null, view: view, problem: "The address asks for \u201c" + asked +
        "\u201d, which is not a date (YYYY-MM-DD)." };
    }
    if (asked < data.start || asked > data.end) {
      var nearest = asked < data.start ? data.start : data.end;
      return { day: nearest, view: view, problem: "The map has no " + dates.longDay(asked) +
        ": it runs from " + dates.shortDay(data.start) + " to " + dates.shortDay(data.end) +
        "." };
    }
    return { day: asked, view: view, problem: "" };
  }

  function addressFor(day, view) {
    return "#" + day + (view ? "/" + view : "");
  }

  function toAddress(day, view) {
    if (window.history && window.history.replaceState) {
      window.history.replaceState(null, "", addressFor(day, view));
    }
  }

  // Calls ``show(address)`` (as fromAddress gives it) when the address changes to another
  // day or view than ``current()`` ({day, view}).
  function follow(data, current, show) {
    window.addEventListener("hashchange", function () {
      var asked = fromAddress(data), now = current();
      if (asked.day !== now.day || asked.view !== now.view || asked.problem) { show(asked); }
    });
  }

  modules.permalink = {
    fromAddress: fromAddress, toAddress: toAddress, addressFor: addressFor, follow: follow
  };
}(window.warmapModules = window.warmapModules || {}));

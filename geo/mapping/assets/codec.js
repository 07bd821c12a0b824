/* codec: the page's packed JSON back into lists of objects, the inverse of pack_payload in
 * geo/mapping/codec.py: lists travel as tables (keys once, then rows), each long string
 * once (data.texts) and coordinates as encoded polylines. */
(function (modules) {
  "use strict";

  // Google's encoded polyline format, 5 decimals: "..." -> [[lat, lon], ...].
  function decodeLine(text) {
    var points = [], index = 0, lat = 0, lon = 0;
    function next() {
      var result = 0, shift = 0, b;
      do {
        b = text.charCodeAt(index++) - 63;
        result |= (b & 0x1f) << shift;
        shift += 5;
      } while (b >= 0x20);
      return (result & 1) ? ~(result >> 1) : (result >> 1);
    }
    while (index < text.length) {
      lat += next();
      lon += next();
      points.push([lat / 1e5, lon / 1e5]);
    }
    return points;
  }

  var TEXT_KEYS = {
    "areas": ["precision"], "areas.changes": ["quote", "source", "note"],
    "sites": [], "sites.changes": ["quote", "source", "note"],
    "movements": ["label", "quote", "source", "note"], "events": ["quote", "source"],
    "places": ["source"], "places.quotes": ["article"],
    "figures": ["quote", "source", "note", "check", "short"],
    "disputes": ["claim", "quote", "source", "note"],
    "lines": ["precision", "quote", "source", "note"]
  };
  var TABLES = ["areas", "sites", "movements", "events", "places", "figures", "disputes",
    "lines"];
  var NESTED = { areas: "changes", sites: "changes", places: "quotes" };

  // Unpacks ``data`` in place (and returns it): areas get ``latlngs``, movements their
  // ``shaft`` and ``head`` as points.
  function unpack(data) {
    var texts = data.texts || [];
    function items(rows, keys, name) {
      var strings = TEXT_KEYS[name] || [];
      return rows.map(function (row) {
        var item = {};
        keys.forEach(function (key, i) {
          item[key] = strings.indexOf(key) >= 0 ? texts[row[i]] : row[i];
        });
        return item;
      });
    }
    TABLES.forEach(function (name) {
      var table = data[name] || { keys: [], rows: [] };
      var nested = NESTED[name];
      data[name] = items(table.rows, table.keys, name);
      if (nested) {
        data[name].forEach(function (item) {
          item[nested] = items(item[nested], table.nestedKeys, name + "." + nested);
        });
      }
    });
    data.areas.forEach(function (area) {
      area.latlngs = area.geometry.map(function (polygon) {
        return polygon.map(decodeLine);
      });
      if (area.latlngs.length === 1) { area.latlngs = area.latlngs[0]; }
    });
    data.lines.forEach(function (line) { line.paths = line.paths.map(decodeLine); });
    data.movements.forEach(function (m) {
      m.shaft = decodeLine(m.shaft);
      m.head = decodeLine(m.head);
    });
    return data;
  }

  modules.codec = { decodeLine: decodeLine, unpack: unpack };
}(window.warmapModules = window.warmapModules || {}));
